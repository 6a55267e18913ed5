"""Readers: files, folders and feeds in; :class:`RawDocument` records out.

:func:`read_paths` is the one entry point. It walks folders, picks a reader per
file by extension (sniffing the first bytes when the extension says nothing),
keeps article ids unique within the batch and never raises for bad input: each
unreadable file, line or record becomes a :class:`ReadError` with one clear
line, and the batch carries on.

Readers only read. Cleaning (boilerplate, metadata from the text) is
``khabar.clean``'s job; readers put into ``meta`` only what the container
itself declares.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.records import RawDocument, ReadError
from khabar.sources.decode import shown_name, without_surrogates

__all__ = ["read_paths", "detect_format", "FORMATS"]

# Extension -> reader name. Longest suffixes are tried first (".warc.gz").
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".html.gz": "html",
    ".htm.gz": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".jsonl.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc.gz": "warc",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

_SNIFF_BYTES = 4096


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if suffix and name.endswith(suffix):
            return suffix
    return "" if "." not in name.lstrip(".") else "." + name.rsplit(".", 1)[-1]


def sniff_format(head: bytes) -> str | None:
    """Guess a format from a file's first bytes; None when nothing stands out."""
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()[:1024]
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
            return "feed"
        if b"<html" in start or b"<!doctype html" in start or b"<body" in start or b"<head" in start:
            return "html"
    return None


def detect_format(path: Path) -> str | None:
    """The reader for ``path``: by extension, else by sniffing; None if unknown."""
    suffix = _suffix(path)
    fmt = FORMATS.get(suffix)
    if fmt in (None, "text", "feed"):
        # No extension, an unknown one, or a generic .xml: look inside.
        try:
            with open(path, "rb") as handle:
                head = handle.read(_SNIFF_BYTES)
        except OSError:
            return fmt
        if head.startswith(b"\x1f\x8b") and ".warc" in path.name.lower():
            return "warc"
        sniffed = sniff_format(head)
        if suffix == ".xml":
            return "feed"  # the feed reader says clearly if it is not a feed
        if sniffed and fmt is None:
            return sniffed
        if fmt == "text" and suffix == "" and sniffed in ("html", "warc", "feed"):
            return sniffed
        if fmt == "text" and suffix == "" and sniffed == "jsonl" and _first_line_is_object(path):
            return "jsonl"
    return fmt


def _first_line_is_object(path: Path) -> bool:
    """Whether the first non-blank line of ``path`` is one JSON object.

    The whole line, not the sniffed head: a JSONL dump's first article is
    often longer than 4 KB (QA's jl/noext_dump, and any of it piped on
    stdin), and a cut line never parses.
    """
    from khabar.sources.jsonl import MAX_LINE_BYTES, parse_json

    try:
        with open(path, "rb") as handle:
            line = handle.readline(MAX_LINE_BYTES + 1).removeprefix(b"\xef\xbb\xbf")
            while line and not line.strip():
                line = handle.readline(MAX_LINE_BYTES + 1)
        return isinstance(parse_json(line.decode("utf-8")), dict)
    except (OSError, ValueError):  # UnicodeDecodeError, JSONDecodeError, JSONValueError
        return False


def _is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def walk_folder(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` that some reader accepts, sorted, hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if _suffix(path) in FORMATS:
                yield path


def _read_file(path: Path, multi_article: bool, fetch_links: bool) -> Iterator[RawDocument | ReadError]:
    try:
        yield from _read_file_unguarded(path, multi_article, fetch_links)
    except Exception as exc:  # a reader bug must not sink the rest of the folder
        yield ReadError(str(path), f"unexpected {type(exc).__name__}: {exc}".splitlines()[0])


def _read_file_unguarded(path: Path, multi_article: bool, fetch_links: bool) -> Iterator[RawDocument | ReadError]:
    fmt = detect_format(path)
    if fmt == "text":
        from khabar.sources.text import read_text_file

        yield from read_text_file(path, multi_article=multi_article)
    elif fmt == "html":
        from khabar.sources.html import read_html_file

        yield from read_html_file(path)
    elif fmt == "jsonl":
        from khabar.sources.jsonl import read_jsonl_file

        yield from read_jsonl_file(path)
    elif fmt == "warc":
        from khabar.sources.warc import read_warc_file

        yield from read_warc_file(path)
    elif fmt == "feed":
        from khabar.sources.feed import read_feed

        yield from read_feed(str(path), fetch_links=fetch_links)
    else:
        yield ReadError(str(path), f"unknown file type {_suffix(path)!r}")


def _read_stdin(multi_article: bool, fetch_links: bool) -> Iterator[RawDocument | ReadError]:
    """``-``: spool standard input to a temporary file, sniff its format, read it as ``<stdin>``."""
    import shutil
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="khabar-stdin-") as folder:
        spooled = Path(folder) / "stdin"
        with open(spooled, "wb") as handle:
            shutil.copyfileobj(sys.stdin.buffer, handle)
        for result in _read_file(spooled, multi_article, fetch_links):
            if isinstance(result, ReadError):
                result.source = result.source.replace(str(spooled), "<stdin>")
            else:
                result.origin.path = "<stdin>"
            yield result


def _read_one(item: str | Path, multi_article: bool, fetch_links: bool) -> Iterator[RawDocument | ReadError]:
    text = str(item)
    if text == "-":
        yield from _read_stdin(multi_article, fetch_links)
        return
    if _is_url(text):
        from khabar.sources.feed import read_feed

        yield from read_feed(text, fetch_links=fetch_links)
        return
    path = Path(item)
    try:
        if path.is_dir():
            files = list(walk_folder(path))
            if not files:
                yield ReadError(str(path), "folder holds no readable files")
            for file in files:
                if not file.is_file():
                    # A FIFO (or socket, device) among the files: opening it
                    # waits for a writer forever (QA's dirs/fifodir hung).
                    yield ReadError(str(file), "not a regular file")
                    continue
                yield from _read_file(file, multi_article, fetch_links)
        elif path.is_file():
            yield from _read_file(path, multi_article, fetch_links)
        elif path.exists():
            yield ReadError(str(path), "not a regular file")
        else:
            yield ReadError(str(path), "no such file or folder")
    except OSError as exc:  # permission denied, vanished mid-walk, ...
        yield ReadError(str(path), exc.strerror or str(exc))


def read_paths(
    paths: Iterable[str | Path], *, multi_article: bool = False, fetch_links: bool = True
) -> Iterator[RawDocument | ReadError]:
    """Read files, folders (recursed) and feed URLs into documents and errors.

    ``-`` reads standard input (format sniffed). Article ids are unique
    within the call: a repeated id gets ``-2``, ``-3``...
    """
    seen: set[str] = set()
    for item in paths:
        try:
            for result in _read_one(item, multi_article, fetch_links):
                result = _writable(result)
                if isinstance(result, RawDocument):
                    result.id = _unique(result.id, seen)
                yield result
        except Exception as exc:  # a reader bug must not sink the batch
            yield _writable(ReadError(str(item), f"unexpected {type(exc).__name__}: {exc}".splitlines()[0]))


def _writable(result: RawDocument | ReadError) -> RawDocument | ReadError:
    """``result`` with nothing that cannot be written as UTF-8 on one line.

    Every reader's output passes here, so no later stage ever meets a lone
    surrogate: text keeps its place with U+FFFD, names show undecodable bytes
    and control characters escaped (``bad\\xffname.txt``, ``new\\nline.txt``).
    """
    if isinstance(result, ReadError):
        result.source = shown_name(result.source)
        result.message = shown_name(result.message)
        return result
    result.id = shown_name(result.id)
    origin = result.origin
    origin.path = shown_name(origin.path) if origin.path is not None else None
    origin.url = shown_name(origin.url) if origin.url is not None else None
    result.text = without_surrogates(result.text) if result.text is not None else None
    result.html = without_surrogates(result.html) if result.html is not None else None
    result.meta = _without_surrogates_within(result.meta)
    return result


def _without_surrogates_within(value: object) -> object:
    """A JSON-like value (meta: strings, lists, dicts, numbers, datetimes) with its strings' lone surrogates replaced."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {_without_surrogates_within(k): _without_surrogates_within(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_surrogates_within(v) for v in value]
    return value


def _unique(doc_id: str, seen: set[str]) -> str:
    candidate, n = doc_id, 1
    while candidate in seen:
        n += 1
        candidate = f"{doc_id}-{n}"
    seen.add(candidate)
    return candidate
