"""The append-only audit trail: written inside each change's own transaction.

What is audited is also what a write changed: each row is announced to other workstations and
noted for a caller collecting the changes (services.changeset), so no service lists them twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import json
import operator
from collections.abc import Callable
from functools import wraps
from json.encoder import encode_basestring
from typing import Any, Literal, ParamSpec, TypeVar

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import PermissionDenied
from reservations_app.domain.model import AuditEntry
from reservations_app.services import changeset
from reservations_app.store import changes, records
from reservations_app.store.models import AuditRow, to_db
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import transactional

MAX_PAGE = 1000
DENIED = "access.denied"

P = ParamSpec("P")
T = TypeVar("T")


def snapshot(value: Any) -> str | None:
    """A record as JSON for the before/after columns (secrets never reach here): exactly
    json.dumps(dataclasses.asdict(value), default=str, sort_keys=True, ensure_ascii=False)."""
    if value is None:
        return None
    text = _flat_text(value)
    if text is not None:
        return text
    return _ENCODER.encode(_plain(value))


# What json.dumps(..., default=str, sort_keys=True, ensure_ascii=False) builds on every call.
_ENCODER = json.JSONEncoder(default=str, sort_keys=True, ensure_ascii=False)


# What json would hand to default=str, turned into that text here: json calls back into Python
# for each one otherwise. Only these exact types; a StrEnum is text to json already.
_AS_TEXT = frozenset({dt.datetime, dt.date, dt.time})
_AS_IS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Dataclasses as dicts, like dataclasses.asdict but without deep-copying every value
    on the way (json turns them into text anyway)."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    if kind in _AS_TEXT:
        return str(value)
    names = _field_names(kind)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _flat_text(value: Any) -> str | None:
    """The JSON text of a dataclass whose fields are all plain values (a reservation, a
    client), each value written into a template made once per type; None for anything else.
    Each booking change snapshots one to three of these inside its transaction: json's
    encoder sorted the keys every time and called back into Python for every instant."""
    writer = _FLAT_WRITERS.get(type(value))
    if writer is None:
        writer = _FLAT_WRITERS[type(value)] = _flat_writer(type(value))
    if writer is False:
        return None
    template, values_of = writer
    values = values_of(value)
    writers: list[Any] = list(map(_SCALAR_WRITERS.get, map(type, values)))
    if None in writers:
        writers = [write or _learn_text_kind(type(item))
                   for write, item in zip(writers, values, strict=True)]
        if None in writers:
            return None  # a list, dict, record or number: the general path writes it
    return template % tuple(map(_written, writers, values))


def _written(write: Callable[[Any], str], item: Any) -> str:
    return write(item)


_FLAT_WRITERS: dict[type, tuple[str, Callable[[Any], tuple[Any, ...]]] | Literal[False]] = {}


def _flat_writer(kind: type) -> tuple[str, Callable[[Any], tuple[Any, ...]]] | Literal[False]:
    """The type's keys in sorted order, written once into a %-template, and a reader of its
    values in that order."""
    names = _field_names(kind)
    if names is None or len(names) < 2:  # attrgetter of one name gives no tuple
        return False
    in_order = sorted(names)
    keys = (encode_basestring(name).replace("%", "%%") for name in in_order)
    return "{" + ", ".join(f"{key}: %s" for key in keys) + "}", operator.attrgetter(*in_order)


_INSTANT_TEXT: dict[dt.datetime, str] = {}


def _instant_text(instant: dt.datetime) -> str:
    """A datetime as json writes it through default=str. A change's UTC instants recur in its
    before and after (and a hold's in its confirmation's before), so their text is kept."""
    if instant.tzinfo is not dt.UTC:  # equal instants in other zones are written apart
        return f'"{instant}"'
    text = _INSTANT_TEXT.get(instant)
    if text is None:
        if len(_INSTANT_TEXT) >= 4096:
            _INSTANT_TEXT.clear()
        text = _INSTANT_TEXT[instant] = f'"{instant}"'
    return text


def _quoted_str(value: dt.date | dt.time) -> str:
    return f'"{value}"'  # an ISO date or time needs no escaping


# How json writes each plain kind of value; text enums are added as they are met. Floats and
# int subclasses are left to json, which writes them its own way.
_SCALAR_WRITERS: dict[type, Callable[[Any], str]] = {
    type(None): lambda _: "null", bool: lambda flag: "true" if flag else "false",
    int: int.__repr__, str: encode_basestring, dt.datetime: _instant_text,
    dt.date: _quoted_str, dt.time: _quoted_str}


def _learn_text_kind(kind: type) -> Callable[[Any], str] | None:
    """json writes a str subclass (a StrEnum) as its text."""
    if not issubclass(kind, str):
        return None
    _SCALAR_WRITERS[kind] = encode_basestring
    return encode_basestring


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, or None for any other type."""
    if kind not in _FIELD_NAMES:
        _FIELD_NAMES[kind] = tuple(field.name for field in dataclasses.fields(kind)) \
            if dataclasses.is_dataclass(kind) else None
    return _FIELD_NAMES[kind]


_INSERT = Prepared(lambda: AuditRow.insert(
    at=Bind("at"), actor=Bind("actor"), workstation=Bind("workstation"), action=Bind("action"),
    entity=Bind("entity"), entity_id=Bind("entity_id"), before=Bind("before"),
    after=Bind("after")))


def record(actor: Actor, now: dt.datetime, action: str, entity: str, entity_id: int | None,
           before: Any = None, after: Any = None) -> None:
    """Append one row. Call it inside the transaction of the change it describes; other
    workstations hear of the change when that transaction commits."""
    _INSERT.execute(at=to_db(now), actor=actor.username, workstation=actor.workstation,
                    action=action, entity=entity, entity_id=entity_id,
                    before=snapshot(before), after=snapshot(after))
    changes.announce(action, entity, entity_id)
    changeset.note(action, entity, entity_id)


def for_each_query(id_field: Any, condition: Any) -> Any:
    """An INSERT ... SELECT writing one row per row of `id_field`'s table that matches
    `condition`, alike but for the id: for one change made to many rows at once. Run it as a
    Prepared query through `record_each`."""
    source = id_field.model.select(
        Bind("at"), Bind("actor"), Bind("workstation"), Bind("action"), Bind("entity"),
        id_field, Bind("before"), Bind("after")).where(condition)
    return AuditRow.insert_from(source, [AuditRow.at, AuditRow.actor, AuditRow.workstation,
                                         AuditRow.action, AuditRow.entity, AuditRow.entity_id,
                                         AuditRow.before, AuditRow.after])


def record_each(query: Prepared, actor: Actor, now: dt.datetime, action: str, entity: str,
                before: Any = None, after: Any = None, **condition: Any) -> None:
    """One row per row `query` (made by `for_each_query`) matches with `condition`'s values,
    in one statement, inside the transaction of the change they describe."""
    query.execute(**condition, at=to_db(now), actor=actor.username,
                  workstation=actor.workstation, action=action, entity=entity,
                  before=snapshot(before), after=snapshot(after))
    changes.announce(action, entity, None)
    changeset.note(action, entity, None)


def denials_audited(work: Callable[P, T]) -> Callable[P, T]:
    """Record a refused call (role without the right) as an `access.denied` row.

    Put it above `@transactional`: the refused call's own transaction has rolled back by then,
    so the denial is written in a transaction of its own. Only the call's name is kept, never
    its arguments, which may hold passwords.
    """
    signature = inspect.signature(work)
    call = f"{work.__module__.rsplit('.', 1)[-1]}.{work.__name__}"

    @wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return work(*args, **kwargs)
        except PermissionDenied as exc:
            bound = signature.bind_partial(*args, **kwargs).arguments
            actor, now = bound.get("actor"), bound.get("now")
            if isinstance(actor, Actor) and isinstance(now, dt.datetime):
                _record_denial(actor, now, call, str(exc))
            raise

    return run


@transactional
def _record_denial(actor: Actor, now: dt.datetime, call: str, reason: str) -> None:
    record(actor, now, DENIED, "call", None, None,
           {"call": call, "role": actor.role.value, "reason": reason})


def list_entries(actor: Actor, *, since: dt.datetime | None = None,
                 until: dt.datetime | None = None, entity: str | None = None,
                 entity_id: int | None = None, who: str | None = None,
                 action: str | None = None, client_id: int | None = None,
                 limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    """Newest first. `client_id` finds the client's own rows and their reservations' rows."""
    require(actor, Permission.VIEW_AUDIT)
    query = AuditRow.select()
    if since:
        query = query.where(AuditRow.at >= to_db(since))
    if until:
        query = query.where(AuditRow.at < to_db(until))
    if entity:
        query = query.where(AuditRow.entity == entity)
    if entity_id is not None:
        query = query.where(AuditRow.entity_id == entity_id)
    if who:
        query = query.where(AuditRow.actor == who)
    if action:
        query = query.where(AuditRow.action.startswith(action))
    if client_id is not None:
        query = query.where(_about_client(client_id))
    query = query.order_by(AuditRow.at.desc(), AuditRow.id.desc())
    limit = max(1, min(limit, MAX_PAGE))
    return [records.audit(row) for row in query.limit(limit).offset(max(0, offset))]


def _about_client(client_id: int) -> Any:
    from reservations_app.store.models import ReservationRow

    reservations = ReservationRow.select(ReservationRow.id).where(
        ReservationRow.client == client_id)
    return ((AuditRow.entity == "client") & (AuditRow.entity_id == client_id)) | (
        (AuditRow.entity == "reservation") & (AuditRow.entity_id.in_(reservations)))
