"""Counters the stress tests and benchmarks read; nothing in the app decides by them."""

from __future__ import annotations


class RetryCounter:
    """How many transactions had to be retried, for the stress figures."""

    retries = 0
