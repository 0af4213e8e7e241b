"""Table models over domain objects, and the proxies that sort and filter them."""
