"""HTML reader: one page per file, passed on raw with the page's own metadata.

The cleaner runs trafilatura on ``RawDocument.html``; this reader only decodes
the bytes (honouring the page's declared charset) and records what the page
declares about itself: ``<meta>`` tags (Open Graph, article:*, name=author,
...), ``<title>``, ``<html lang>``, the canonical URL. trafilatura's metadata
extractor fills what the tags leave open.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.records import Origin, RawDocument, ReadError
from khabar.sources.decode import decode_bytes, one_line
from khabar.sources.text import MAX_ARTICLE_BYTES, read_file_bytes

# One complete start tag, e.g. <p> or <div class="x">: a page without any is not HTML.
_TAG = re.compile(r"<[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# <meta> names/properties per field, most specific first.
_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "dc.title", "headline"),
    "author": ("author", "article:author", "dc.creator", "parsely-author", "byl", "sailthru.author"),
    "published": (
        "article:published_time",
        "datepublished",
        "publishdate",
        "pubdate",
        "dc.date.issued",
        "dc.date",
        "date",
        "og:published_time",
        "parsely-pub-date",
        "sailthru.date",
    ),
    "modified": ("article:modified_time", "datemodified", "og:updated_time", "last-modified"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "url": ("og:url", "twitter:url"),
    "description": ("og:description", "description", "twitter:description"),
    "language": ("og:locale", "language", "content-language", "dc.language"),
}


def decode_html(data: bytes) -> str:
    """Decode an HTML page: BOM, then a declared ``<meta charset>``, then detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "ignore")
            try:
                return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass  # a lying declaration is common; fall through to detection
    return decode_bytes(data)[0]


def _meta_tags(tree: Any) -> dict[str, str]:
    """All ``<meta name|property|itemprop=... content=...>`` pairs, lower-case keys, first wins."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), " ".join(content.split()))
    return found


def page_metadata(html: str) -> dict[str, Any]:
    """What the page declares about itself: title, author, published, outlet, url, language..."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises a zoo of errors on garbage; the caller decides
        return {}
    tags = _meta_tags(tree)
    meta: dict[str, Any] = {}
    for field, keys in _META_KEYS.items():
        for key in keys:
            if key in tags:
                meta[field] = tags[key]
                break
    if "title" not in meta:
        title = tree.findtext(".//title")
        if title and title.strip():
            meta["title"] = " ".join(title.split())
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        meta["language"] = lang.strip()
    if "language" in meta:
        meta["language"] = meta["language"].replace("_", "-").split("-")[0].lower()
    if "url" not in meta:
        for link in tree.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                meta["url"] = link.get("href").strip()
                break
    declared = _ld_json_published(tree)
    if declared and (not meta.get("published") or (_has_zone(declared) and not _has_zone(meta["published"]))):
        # A <meta> time without a zone is the site's local time, unknown to us
        # ("2019-11-18 20:58:46" on a page whose JSON-LD says
        # "2019-11-19T04:58:46Z"): the zoned JSON-LD value is the exact one.
        meta["published"] = declared
    missing = {"author", "published", "outlet", "title"} - meta.keys()
    if missing:
        _fill_from_trafilatura(tree, meta, missing)
    return meta


# A time of day followed by a zone: "...T04:58:46Z", "... 10:30+05:30", "...10:30 -0700".
_ZONED_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})\s*$", re.IGNORECASE)


def _has_zone(value: str) -> bool:
    return bool(_ZONED_TIME.search(value or ""))


def _ld_json_published(tree: Any) -> str | None:
    """The first ``datePublished`` in the page's JSON-LD blocks (``@graph`` and lists included)."""
    import json

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue  # broken JSON-LD is common; the next block may be fine
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and value.strip():
                    return value.strip()
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


def _fill_from_trafilatura(tree: Any, meta: dict[str, Any], missing: set[str]) -> None:
    """trafilatura finds JSON-LD, bylines and dates the plain tags lack."""
    try:
        from trafilatura.metadata import extract_metadata

        found = extract_metadata(tree, extensive=False)
    except Exception:
        return
    if found is None:
        return
    for field, attribute in (("title", "title"), ("author", "author"), ("published", "date"), ("outlet", "sitename")):
        value = getattr(found, attribute, None)
        if field in missing and value:
            meta[field] = value


def has_text(html: str) -> bool:
    """Whether the page parses into an element tree holding any visible text."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:
        return False
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    return bool(tree.text_content().strip())


def _gunzip(data: bytes) -> bytes:
    """Decompress a saved ``.html.gz`` page, refusing bombs over the article size limit."""
    import zlib

    out = bytearray()
    # A gzip file may hold several members, read one after the other as one
    # stream (QA's multimember.html.gz had been read to its first member's end).
    while data.strip(b"\x00"):  # zero padding after the last member is allowed
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(data, MAX_ARTICLE_BYTES + 1 - len(out))
        except zlib.error:
            raise ValueError("not valid gzip data" if not out else "corrupt gzip data after the start") from None
        if len(out) > MAX_ARTICLE_BYTES:
            raise ValueError(f"page larger than {MAX_ARTICLE_BYTES >> 20} MB once decompressed")
        if not inflater.eof:
            # The stream stops inside a member: a cut-off download (QA's
            # trunc_clean.html.gz, which ends on a whole sentence) must not
            # pass for the whole page.
            raise ValueError("truncated gzip file: the page is cut short")
        data = inflater.unused_data
    if not out:
        raise ValueError("empty file")
    return bytes(out)


def read_html_file(path: Path) -> Iterator[RawDocument | ReadError]:
    """Read one HTML page: raw html plus the page's declared metadata."""
    try:
        data = read_file_bytes(path, MAX_ARTICLE_BYTES)
        if path.name.lower().endswith(".gz"):
            data = _gunzip(data)
        html = decode_html(data)
    except (ValueError, OSError) as exc:  # DecodeError is a ValueError
        yield ReadError(str(path), one_line(exc))
        return
    html = html.lstrip("\ufeff")
    if not html.strip():
        yield ReadError(str(path), "empty file (only whitespace)")
        return
    if not _TAG.search(html[:65536]) or not has_text(html):
        yield ReadError(str(path), "malformed HTML: no document with text in it")
        return
    meta = page_metadata(html)
    name = path.name
    for suffix in (".gz", ".html", ".htm", ".xhtml"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    yield RawDocument(
        id=name or path.stem,
        origin=Origin(kind="html", path=str(path), url=meta.get("url")),
        html=html,
        meta=meta,
    )
