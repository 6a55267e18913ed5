"""WARC reader (plain or gzipped): each HTML response record is one page.

Records are streamed with warcio, so archive size does not matter. Non-HTML
responses (images, scripts, redirects, errors) are skipped silently: an
archive is expected to hold them. The record's own declarations go to
``meta``: the target URI, the capture date (``WARC-Date``) and the HTTP
``Date``/``Last-Modified`` headers, plus what the page's tags declare.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.records import Origin, RawDocument, ReadError
from khabar.sources.decode import DecodeError
from khabar.sources.html import decode_html, page_metadata
from khabar.sources.text import MAX_ARTICLE_BYTES

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _decode_payload(payload: bytes, content_type: str) -> str:
    declared = _charset(content_type)
    if declared:
        try:
            return payload.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # servers lie about charsets; let the page and detection decide
    return decode_html(payload)


def read_warc_file(path: Path) -> Iterator[RawDocument | ReadError]:
    """Yield one :class:`RawDocument` per HTML response record in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    records = 0
    last = None
    unread = 0  # bytes after the last complete record
    try:
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle)
            for record in iterator:
                last = record
                records += 1
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    content_type = record.http_headers.get_header("Content-Type") or ""
                    if status and not status.startswith("2"):
                        continue
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith(_HTML_TYPES):
                    continue
                payload = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
                # Only after reading: asking warcio for the offset first empties the stream.
                offset = iterator.get_record_offset()
                where = f"{path}@{offset}"
                if len(payload) > MAX_ARTICLE_BYTES:
                    yield ReadError(where, f"HTML record larger than {MAX_ARTICLE_BYTES >> 20} MB skipped")
                    continue
                if _cut_short(record):
                    break  # the file ends inside this page: not the page; reported below
                try:
                    html = _decode_payload(payload, content_type)
                except DecodeError as exc:
                    yield ReadError(where, str(exc))
                    continue
                if not html.strip():
                    continue  # an empty 200 response is not an article
                count += 1
                meta = page_metadata(html)
                if uri:
                    meta["url"] = uri  # the captured address beats the page's own claim
                meta["fetched"] = record.rec_headers.get_header("WARC-Date")
                if record.http_headers is not None:
                    for header, key in (("Date", "http_date"), ("Last-Modified", "last_modified")):
                        value = record.http_headers.get_header(header)
                        if value:
                            meta[key] = value
                yield RawDocument(
                    id=f"{_stem(path)}-{count:03d}",
                    origin=Origin(kind="warc", path=str(path), offset=offset, url=uri),
                    html=html,
                    meta={k: v for k, v in meta.items() if v},
                )
            # A gzip member cut before its record's headers end makes warcio
            # stop as at a clean end; its offset (the end of the last complete
            # record) then falls short of the file's size.
            unread = max(0, _size(path) - iterator.offset)
    except ArchiveLoadFailed:
        # warcio's message quotes the offending "first line" raw: 1,900
        # characters of binary for QA's bad/junk.warc.gz. Say what it means.
        if records == 0:
            yield ReadError(str(path), "not a WARC file (no WARC record at its start)")
        else:
            yield ReadError(str(path), f"malformed WARC: record {records + 1} is not a WARC record; "
                                       f"{records} records before it were read")
        return
    except (OSError, EOFError, ValueError) as exc:
        yield ReadError(str(path), f"unreadable WARC after {records} records: {exc}".splitlines()[0])
    except (AttributeError, TypeError, KeyError):
        # warcio trips over records missing required headers (a response
        # without WARC-Target-URI) instead of reporting them.
        yield ReadError(str(path), f"malformed WARC record after {records} records (missing WARC headers)")
        return
    if last is not None and _cut_short(last):
        records -= 1  # the cut one was not read
        unread = 1
    if unread:
        where = f"record {records + 1}" if records else "its first record"
        yield ReadError(str(path), f"truncated WARC file: it ends inside {where}; {records} complete records were read")
        return
    if records == 0:
        yield ReadError(str(path), "empty WARC file")
    elif count == 0:
        yield ReadError(str(path), f"no HTML pages among {records} WARC records")


def _cut_short(record: Any) -> bool:
    """Whether the file ended before the record's declared Content-Length.

    warcio stops quietly at the end of a truncated file, handing out the cut
    record as if whole (QA's trunc.warc.gz and trunc.warc gave a last article
    cut mid-sentence with exit 0). Its raw stream counts down the declared
    length; whatever is left once the record has been read to its end (by us,
    or by warcio before the next record) was never there.
    """
    return bool(getattr(record.raw_stream, "limit", 0))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".warc.gz", ".arc.gz", ".warc", ".gz"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem
