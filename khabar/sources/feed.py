"""RSS/Atom reader, from a file or a URL.

Each feed entry becomes one document. With ``fetch_links`` the entry's linked
page is fetched (httpx) and passed on as HTML; when offline, or when a fetch
fails, the entry's own content or summary stands in, so a feed still yields
its articles without a network. The entry's declarations (title, link,
published, author) and the feed's (title as outlet, language) go to ``meta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlparse

from khabar.records import Origin, RawDocument, ReadError
from khabar.sources.text import MAX_ARTICLE_BYTES

# Per-request timeout (s) for feeds and linked pages; a news page that takes
# longer than this is usually a dead host.
FETCH_TIMEOUT = 15.0
USER_AGENT = "khabar/0.1 (+offline news reader)"


def _slug(url: str) -> str:
    parsed = urlparse(url)
    slug = re.sub(r"[^0-9A-Za-z]+", "-", f"{parsed.netloc}{parsed.path}").strip("-")
    return slug[:80] or "feed"


def _fetch(client: Any, url: str) -> tuple[bytes, str]:
    """GET ``url``: (body, content type). Raises on network or HTTP errors."""
    with client.stream("GET", url) as response:
        response.raise_for_status()
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > MAX_ARTICLE_BYTES:
                raise ValueError(f"response larger than {MAX_ARTICLE_BYTES // 1_000_000} MB")
        return bytes(body), response.headers.get("content-type", "")


def _client() -> Any:
    import httpx

    return httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT})


# A W3C/ISO date as Atom and many RSS feeds write it: 2023-09-12T10:00:00Z.
_ISO_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}")


def _entry_published(entry: Any) -> str | datetime | None:
    """The entry's date as feedparser read it (UTC), or as written when it is no real date.

    feedparser rolls impossible ISO dates over into real-looking ones
    (2023-02-30T10:00:00Z became 2 March, 2023-13-45T99:99:99Z 1 January
    2024); such a date is passed on as written, so the cleaner drops it
    exactly as it drops the same string from JSONL, and the article stays.
    """
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            written = entry.get(key) or ""
            if _ISO_DATE.match(written) and not _is_real_iso_date(written):
                return written.strip()
            return datetime(*parsed[:6], tzinfo=timezone.utc)  # feedparser normalises to UTC
    return entry.get("published") or entry.get("updated") or None


def _is_real_iso_date(written: str) -> bool:
    try:
        datetime.fromisoformat(written.strip().replace("z", "Z"))
    except ValueError:
        return False
    return True


def _entry_content(entry: Any) -> str | None:
    """The richest HTML the entry carries: full content, else summary."""
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return content["value"]
    summary = entry.get("summary") or entry.get("description")
    return summary if summary and summary.strip() else None


def _as_html(fragment: str, title: str | None) -> str:
    """Wrap a feed's HTML fragment so the cleaner sees an ordinary page."""
    from html import escape

    head = f"<title>{escape(title)}</title>" if title else ""
    return f"<html><head>{head}</head><body><article>{fragment}</article></body></html>"


def read_feed(source: str, *, fetch_links: bool = True) -> Iterator[RawDocument | ReadError]:
    """Read an RSS/Atom feed from a file path or an http(s) URL."""
    import feedparser

    is_url = source.startswith(("http://", "https://"))
    client = _client() if (is_url or fetch_links) else None
    try:
        if is_url:
            try:
                data, _ = _fetch(client, source)
            except Exception as exc:  # httpx.HTTPError, ValueError, ...
                yield ReadError(source, f"could not fetch feed: {exc}".splitlines()[0])
                return
            stem = _slug(source)
        else:
            path = Path(source)
            try:
                if path.stat().st_size > MAX_ARTICLE_BYTES:
                    yield ReadError(source, f"feed file larger than {MAX_ARTICLE_BYTES // 1_000_000} MB")
                    return
                data = path.read_bytes()
            except OSError as exc:
                yield ReadError(source, exc.strerror or str(exc))
                return
            if not data.strip():
                yield ReadError(source, "empty file")
                return
            stem = path.stem
        parsed = feedparser.parse(data)
        if not parsed.entries:
            problem = parsed.get("bozo_exception")
            reason = f": {problem}".splitlines()[0] if problem else ""
            kind = "not an RSS/Atom feed" if problem or not parsed.get("version") else "feed has no entries"
            yield ReadError(source, f"{kind}{reason}")
            return
        feed = parsed.feed
        feed_meta = {"outlet": feed.get("title"), "language": (feed.get("language") or "").split("-")[0].lower()}
        online = fetch_links
        for n, entry in enumerate(parsed.entries, start=1):
            read = _entry_document(entry, n, stem, source, feed_meta, client if online else None)
            yield read.document
            online = read.keep_fetching
            if read.warning:
                yield ReadError(source, read.warning)
    finally:
        if client is not None:
            client.close()


class EntryRead(NamedTuple):
    """One feed entry as read, and what its link fetch says about the next ones."""

    document: RawDocument | ReadError
    keep_fetching: bool  # False once offline or the host stalls
    warning: str | None = None  # why fetching stopped, when the user should know


def _entry_document(
    entry: Any, n: int, stem: str, source: str, feed_meta: dict[str, Any], client: Any
) -> EntryRead:
    """One entry as a document; also whether to keep fetching its feed's links."""
    link = entry.get("link")
    title = entry.get("title")
    meta: dict[str, Any] = {k: v for k, v in feed_meta.items() if v}
    meta.update(
        {
            "title": title,
            "url": link,
            "published": _entry_published(entry),
            "author": entry.get("author"),
            "feed_id": entry.get("id"),
        }
    )
    meta = {k: v for k, v in meta.items() if v}
    where = f"{source}#{n}"
    html = None
    keep_fetching = client is not None
    warning = None
    if client is not None and link and link.startswith(("http://", "https://")):
        import httpx

        try:
            body, content_type = _fetch(client, link)
            from khabar.sources.html import decode_html

            html = decode_html(body)
            meta["fetched_from"] = link
        except (httpx.ConnectError, httpx.ConnectTimeout):
            keep_fetching = False  # offline or host down: do not wait on every entry
        except httpx.TimeoutException:
            # A host that accepts and never answers (QA's feed_slow.rss) cost the
            # full timeout per entry; one stall is enough to stop asking.
            keep_fetching = False
            warning = (f"linked page {link} did not answer within {FETCH_TIMEOUT:g} s; "
                       "no more links fetched, entries' own content used")
        except Exception:
            pass  # one bad page; fall back to the entry's own content
    if html is None:
        fragment = _entry_content(entry)
        if fragment is None:
            return EntryRead(ReadError(where, "entry has no content and its link could not be fetched"),
                             keep_fetching, warning)
        html = _as_html(fragment, title)
    origin = Origin(kind="feed", path=None if source.startswith("http") else source, line=None, url=link)
    entry_id = f"{stem}-{n:03d}"
    return EntryRead(RawDocument(id=entry_id, origin=origin, html=html, meta=meta), keep_fetching, warning)
