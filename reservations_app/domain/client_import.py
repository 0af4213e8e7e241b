"""Reading a clinic's client spreadsheet (CSV): its encoding, its dialect, which column holds
what, and each row's fields. Nothing here knows the database; the service decides each row."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reservations_app.domain.errors import InvalidInput

FIELDS = ("name", "first_name", "last_name", "email", "phone", "birth_date", "note")
IGNORE = "ignore"
MAX_BYTES = 64 * 1024 * 1024
SNIFF_CHARS = 64 * 1024
# Header words spreadsheets use, as normalise() leaves them, for each field.
SYNONYMS = {
    "name": {"name", "fullname", "client", "clientname", "patient", "patientname"},
    "first_name": {"firstname", "givenname", "forename", "first"},
    "last_name": {"lastname", "surname", "familyname", "last"},
    "email": {"email", "emailaddress", "mail"},
    "phone": {"phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cell",
              "cellphone"},
    "birth_date": {"birthdate", "dateofbirth", "dob", "birthday", "born"},
    "note": {"note", "notes", "comment", "comments", "remarks"},
}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read as: a BOM decides, else UTF-8 if it decodes
    cleanly, else Windows-1252 (what Excel writes on Western-European Windows)."""
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"The file is larger than {MAX_BYTES // 2**20} MB; split it.")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InvalidInput(f"The file starts as {encoding} but is not: {exc}.") from exc
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InvalidInput("The file is neither UTF-8 nor Windows-1252 text. Save it from the "
                       "spreadsheet as 'CSV UTF-8' and try again.")


def dialect_of(text: str) -> type[csv.Dialect]:
    """The sniffed delimiter and quoting; a file with one column has no delimiter to find."""
    try:
        return csv.Sniffer().sniff(text[:SNIFF_CHARS], delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def normalise(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.strip().lower())


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field for the headers that name a field; each field taken once."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = normalise(header)
        for field, words in SYNONYMS.items():
            if key in words and field not in mapping.values():
                mapping[index] = field
                break
    return mapping


def apply_overrides(headers: Sequence[str], mapping: dict[int, str],
                    overrides: Sequence[str]) -> dict[int, str]:
    """`column=field` pairs (a header or a 1-based column number; field 'ignore' drops it)."""
    result = dict(mapping)
    for pair in overrides:
        column, sep, field = pair.partition("=")
        field = field.strip().lower()
        if not sep or (field not in FIELDS and field != IGNORE):
            raise InvalidInput(f"'{pair}' is not column=field; fields: "
                               f"{', '.join(FIELDS)}, or {IGNORE}.")
        index = _column_index(headers, column.strip())
        result = {i: f for i, f in result.items() if i != index and f != field}
        if field != IGNORE:
            result[index] = field
    return result


def _column_index(headers: Sequence[str], column: str) -> int:
    for index, header in enumerate(headers):
        if header.strip().lower() == column.lower():
            return index
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    raise InvalidInput(f"The file has no column '{column}'. Its columns: "
                       f"{', '.join(h.strip() for h in headers)}.")


def check_mapping(mapping: dict[int, str]) -> None:
    fields = set(mapping.values())
    if "name" not in fields and not {"first_name", "last_name"} & fields:
        raise InvalidInput("No column holds the client's name: map one with --map "
                           "COLUMN=name (or first_name and last_name).")


@dataclass(frozen=True)
class ImportRow:
    """One data row's fields as the file has them, or why the row cannot be read."""

    line: int
    name: str = ""
    email: str | None = None
    phone: str | None = None
    birth_date: dt.date | None = None
    note: str | None = None
    problem: str | None = None


def rows_of(text: str, mapping: dict[int, str], headers_width: int,
            dialect: type[csv.Dialect]) -> Iterator[ImportRow]:
    """Each non-blank data row (the first row is the header), with its line number."""
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        next(reader, None)
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            yield _row(reader.line_num, cells, mapping, headers_width)
    except csv.Error as exc:
        raise InvalidInput(f"Line {reader.line_num} of the file cannot be read: {exc}.") from exc


def _row(line: int, cells: list[str], mapping: dict[int, str], width: int) -> ImportRow:
    values = {field: cells[index].strip() if index < len(cells) else ""
              for index, field in mapping.items()}
    name = values.get("name") or " ".join(
        part for part in (values.get("first_name", ""), values.get("last_name", "")) if part)
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        return ImportRow(line, name, problem=f"has {len(cells)} cells but the header has {width}")
    try:
        birth = parse_birth_date(values.get("birth_date", ""))
    except InvalidInput as exc:
        return ImportRow(line, name, problem=exc.message)
    return ImportRow(line, name, values.get("email") or None, values.get("phone") or None,
                     birth, values.get("note") or None)


def parse_birth_date(text: str) -> dt.date | None:
    """ISO dates only (1980-04-30): 04/05/1980 means April to some clinics and May to others."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.replace("/", "-"))
    except ValueError as exc:
        raise InvalidInput(f"birth date '{text}' is not a date like 1980-04-30") from exc


def read_table(data: bytes) -> tuple[str, str, type[csv.Dialect], list[str]]:
    """Text, encoding, dialect and header row of a CSV file's bytes."""
    text, encoding = decode(data)
    if not text.strip():
        raise InvalidInput("The file is empty.")
    dialect = dialect_of(text)
    try:
        headers = next(csv.reader(io.StringIO(text, newline=""), dialect))
    except (csv.Error, StopIteration) as exc:
        raise InvalidInput(f"The first line of the file cannot be read as headers: {exc}.") \
            from exc
    return text, encoding, dialect, headers
