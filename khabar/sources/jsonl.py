"""JSONL reader: one article per line, streamed so files of any size are fine.

Recognised fields (first present wins): ``id``; ``url``/``link``; ``title``/
``headline``; ``text``/``body``/``content``/``article`` (plain text) or
``html``/``raw_html``; ``published``/``date``/``published_at``/...;
``outlet``/``source``/``publisher``/``site``; ``author``/``authors``/``byline``;
``language``/``lang``. Every other field is kept verbatim in ``meta``.
A ``.json`` file holding one JSON array of such objects is read too.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from khabar.records import Origin, RawDocument, ReadError
from khabar.sources.text import MAX_ARTICLE_BYTES

# Field aliases, in order of preference.
TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "article_body", "articleBody")
HTML_FIELDS = ("html", "raw_html", "page")
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "published": ("published", "date", "published_at", "publish_date", "date_publish", "pubdate", "datetime"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "source_domain"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang"),
}
# One JSONL line longer than this is not an article (guards memory on junk).
MAX_LINE_BYTES = MAX_ARTICLE_BYTES
# An over-long line is read past in pieces of this size, never held whole.
_SKIP_CHUNK_BYTES = 1 << 20


class JSONValueError(ValueError):
    """A line that is JSON by syntax but holds a value Python will not read; str() says which."""


def _finite_or_none(text: str) -> float | None:
    """A JSON number as a float; one too big for a float (1e999) is no number: None."""
    value = float(text)
    return value if math.isfinite(value) else None


def _int_or_refuse(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:
        # Python reads at most 4300 digits (sys.get_int_max_str_digits());
        # QA's bigint.jsonl has a 5000-digit id, which used to lose the whole file.
        raise JSONValueError(f"a number of {len(digits.lstrip('-'))} digits, too long to read") from None


def parse_json(text: str) -> Any:
    """``json.loads`` for input lines: NaN, Infinity and numbers beyond a float
    become null (pandas writes NaN for a missing value; none of them is JSON,
    and written back out they would make our own output invalid JSON).

    Raises json.JSONDecodeError for bad syntax, JSONValueError for an
    over-long integer or nesting deeper than Python's recursion limit (QA's
    deep.jsonl: 200,000 '[').
    """
    try:
        return json.loads(text, parse_constant=lambda name: None, parse_float=_finite_or_none,
                          parse_int=_int_or_refuse)
    except RecursionError:
        raise JSONValueError("arrays or objects nested too deeply to read") from None


def _scalar_text(value: Any) -> str | None:
    """A field value as a string: lists of names joined, dicts by their name/title."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "title", "value", "text"):
            if isinstance(value.get(key), str):
                return value[key].strip() or None
        return None
    if isinstance(value, list):
        parts = [p for p in (_scalar_text(v) for v in value) if p]
        return ", ".join(parts) or None
    return None


def record_to_document(record: dict[str, Any], default_id: str, origin: Origin) -> RawDocument | str:
    """A JSON object as a :class:`RawDocument`, or a one-line reason it is not an article."""
    used: set[str] = set()
    text = html = None
    for key in TEXT_FIELDS:
        if isinstance(record.get(key), str) and record[key].strip():
            text = record[key]
            used.add(key)
            break
    if text is None:
        for key in HTML_FIELDS:
            if isinstance(record.get(key), str) and record[key].strip():
                html = record[key]
                used.add(key)
                break
    if text is None and html is None:
        return f"no article text (expected one of: {', '.join(TEXT_FIELDS[:3])})"
    meta: dict[str, Any] = {}
    for field, keys in META_FIELDS.items():
        for key in keys:
            value = _scalar_text(record.get(key)) if key in record else None
            if value:
                meta[field] = value
                used.add(key)
                break
    raw_id = record.get("id", record.get("_id"))
    used.update(("id", "_id"))
    for key, value in record.items():
        if key not in used:
            meta.setdefault(key, value)  # unknown fields travel on to Article.extra
    doc_id = _scalar_text(raw_id) if raw_id is not None and not isinstance(raw_id, (list, dict)) else None
    if meta.get("url") and not origin.url:
        origin.url = meta["url"]
    return RawDocument(id=doc_id or default_id, origin=origin, text=text, html=html, meta=meta)


def _open(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _first_char(path: Path) -> bytes:
    with _open(path) as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1]


def read_jsonl_file(path: Path) -> Iterator[RawDocument | ReadError]:
    """Read a JSONL file (or a JSON array file), one article per object."""
    try:
        first = _first_char(path)
    except gzip.BadGzipFile:
        yield ReadError(str(path), "not valid gzip data")
        return
    except (OSError, EOFError) as exc:
        yield ReadError(str(path), getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
        return
    if not first:
        yield ReadError(str(path), "empty file")
        return
    if first not in (b"{", b"[") and _looks_binary(path):
        yield ReadError(str(path), "binary file, not JSON lines")
        return
    if first == b"[":
        yield from _read_json_array(path)
        return
    if path.suffix.lower() == ".json" and _is_single_object(path):
        yield from _read_json_array(path)
        return
    yield from _read_lines(path)


def _is_single_object(path: Path) -> bool:
    """Whether a ``.json`` file is one (pretty-printed) object rather than JSON lines."""
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            return False
        with _open(path) as handle:
            return isinstance(parse_json(handle.read().decode("utf-8-sig")), dict)
    except (OSError, EOFError, ValueError):  # JSONValueError too
        return False


def _json_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's message without its dangling "at" ("Invalid control character at")."""
    return exc.msg.removesuffix(" at")


def _looks_binary(path: Path) -> bool:
    """Whether the file starts like binary data rather than JSON lines: NULs or
    invalid UTF-8 in its first 4 KB (QA's bad/junk.jsonl gave 19 'invalid
    UTF-8' lines, one per chance newline)."""
    with _open(path) as handle:
        head = handle.read(4096)
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.end < len(head) - 3  # not merely a character cut at the 4 KB mark
    return False


def _skip_rest_of_line(handle: BinaryIO) -> None:
    """Read past the rest of the current line in bounded pieces."""
    while True:
        piece = handle.readline(_SKIP_CHUNK_BYTES)
        if not piece or piece.endswith(b"\n"):
            return


def _read_lines(path: Path) -> Iterator[RawDocument | ReadError]:
    count = 0
    try:
        with _open(path) as handle:
            number = 0
            while raw := handle.readline(MAX_LINE_BYTES + 1):
                number += 1
                where = f"{path}:{number}"
                if len(raw) > MAX_LINE_BYTES:
                    # One over-long line is one bad record: QA's hugeline.jsonl
                    # (53 MB on line 2) had lost its good line 3 as well.
                    count += 1
                    if not raw.endswith(b"\n"):
                        _skip_rest_of_line(handle)
                    yield ReadError(where, f"line longer than {MAX_LINE_BYTES >> 20} MB skipped")
                    continue
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                count += 1
                try:
                    record = parse_json(raw.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    yield ReadError(where, f"undecodable bytes: invalid UTF-8 at column {exc.start + 1}")
                    continue
                except json.JSONDecodeError as exc:
                    yield ReadError(where, f"malformed JSON: {_json_problem(exc)} at column {exc.colno}")
                    continue
                except JSONValueError as exc:
                    yield ReadError(where, f"unreadable JSON: {exc}")
                    continue
                yield _record_item(record, path, number, where)
    except gzip.BadGzipFile:
        yield ReadError(str(path), "not valid gzip data")  # not gzip's "Not a gzipped file (b'\\xcb\\x12')"
        return
    except (OSError, EOFError) as exc:
        yield ReadError(str(path), getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
        return
    if count == 0:
        yield ReadError(str(path), "empty file (no JSON lines)")


def _read_json_array(path: Path) -> Iterator[RawDocument | ReadError]:
    """A ``[...]`` JSON file: read whole (size-limited), one article per element."""
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            yield ReadError(str(path), "JSON array file too large to load whole; convert it to JSONL")
            return
        with _open(path) as handle:
            data = parse_json(handle.read().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield ReadError(str(path), f"undecodable bytes: invalid UTF-8 at byte {exc.start}")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and exc.lineno > 1 and exc.colno == 1:
            # A whole JSON value on the first line and more after it: JSON lines
            # whose first line happens to be an array ("[1, 2]\n{...}\n").
            yield from _read_lines(path)
            return
        yield ReadError(str(path), f"malformed JSON: {_json_problem(exc)} at line {exc.lineno} column {exc.colno}")
        return
    except JSONValueError as exc:
        yield ReadError(str(path), f"unreadable JSON: {exc}")
        return
    except (OSError, EOFError) as exc:
        yield ReadError(str(path), getattr(exc, "strerror", None) or str(exc))
        return
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        yield ReadError(str(path), "expected JSON objects, one per line, or an array of them")
        return
    for index, record in enumerate(data, start=1):
        yield _record_item(record, path, index, f"{path}[{index}]")


def _json_kind(value: object) -> str:
    """What JSON calls the value's type ("null", not Python's "NoneType")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {"list": "an array", "str": "a string"}.get(type(value).__name__, type(value).__name__)


def _record_item(record: object, path: Path, number: int, where: str) -> RawDocument | ReadError:
    """One JSON value (line ``number`` of a JSONL file, or array element) as a document or an error."""
    if not isinstance(record, dict):
        return ReadError(where, f"expected a JSON object, found {_json_kind(record)}")
    origin = Origin(kind="jsonl", path=str(path), line=number)
    result = record_to_document(record, f"{path.stem}-{number}", origin)
    return ReadError(where, result) if isinstance(result, str) else result
