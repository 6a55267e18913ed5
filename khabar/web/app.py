"""``khabar serve``: a small self-hosted web UI and JSON API over the store.

Standard library only (``http.server`` + ``json``). One :class:`Catalogue`
wraps the :class:`~khabar.store.Store`: it keeps a snapshot of the events and
the light article rows, and computes each event's digest on demand from the
stored analyses, caching it in memory. Whenever the store's article count
changes (``khabar ingest`` ran in another process), the snapshot and every
cached digest are dropped and rebuilt on the next request.

Routes (docs/api.md describes each one):

    GET /                     events list + search box (HTML)
    GET /events/<id>          the event's digest, rendered by khabar.web.report
    GET /articles             articles, newest ingested last, paged
    GET /articles/<id>        clean text, metadata, removed lines with reasons
    GET /search?q=            full-text search results with snippets
    GET /api                  counts and the list of endpoints
    GET /api/events           [{id, title, size, outlets, first_seen, last_seen}]
    GET /api/events/<id>      the digest: docs/digest-schema.md's events[] item
    GET /api/articles         ?limit=&offset=  light rows
    GET /api/articles/<id>    docs/digest-schema.md's articles[] item
    GET /api/search           ?q=&limit=  id, title, outlet, published, snippet, event_id

Errors are JSON ``{"error": "..."}`` (HTML pages for the UI) with the right
status code; no traceback ever reaches the client. Every string that came
from an input is escaped in HTML.
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
import threading
import time
import traceback
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from khabar import __version__
from khabar.records import Article, Event, EventDigest
from khabar.store import WORD_RE, fold_word, words_of

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_WORDS = 120  # summary length, as `khabar digest`
MAX_WORDS = 1000
DEFAULT_EVENT_PAGE = 100  # events on one page of the HTML list
MAX_EVENT_LIMIT = 1000
DEFAULT_ARTICLE_LIMIT = 50
MAX_ARTICLE_LIMIT = 500
DEFAULT_SEARCH_LIMIT = 20
MAX_SEARCH_LIMIT = 200
MAX_QUERY_CHARS = 500
# Digests kept in memory. Measured: the seed event's digest is 17 kB as JSON
# plus 26 kB of article text, a 19-article Hindi news event 28 + 33 kB, so
# 256 of them stay in the tens of megabytes.
DIGEST_CACHE_SIZE = 256
# How often the events are re-read although the article count is unchanged:
# `khabar cluster` rebuilds events without adding articles.
EVENTS_RECHECK_SECONDS = 30.0
# A browser keeps an idle connection open for a minute or more and opens another when
# this one is closed; a client that sends nothing in this long is not a browser at work.
IDLE_SECONDS = 60.0
# Tokens shown around a search hit: enough for a sentence of context.
SNIPPET_TOKENS = 28
SNIPPET_LEAD = 8

__all__ = [
    "ApiError", "Catalogue", "KhabarServer", "Response", "article_json", "event_json", "event_row",
    "make_server", "make_snippet", "query_words", "quote_id", "respond",
]


class ApiError(Exception):
    """A request the server refuses: its status code and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --------------------------------------------------------------------------
# the store, as the server sees it


@dataclass
class _Snapshot:
    """Events and light article rows as of one article count."""

    count: int
    checked_at: float = 0.0  # time.monotonic() when the events were last compared with the store
    events: list[Event] = field(default_factory=list)  # display order: biggest first
    by_id: dict[str, Event] = field(default_factory=dict)
    event_of: dict[str, str] = field(default_factory=dict)  # article id -> event id
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)  # article id -> light row


class Catalogue:
    """Read access to a store for a threaded server, with a digest cache.

    One SQLite connection is shared by the worker threads, so every store call
    holds ``_store_lock``; digests are computed outside it (they can take a
    while for a big event) under ``_digest_lock``, so two requests for the
    same event do not compute it twice.
    """

    def __init__(self, store, *, cache_size: int = DIGEST_CACHE_SIZE) -> None:
        self.store = store
        self.cache_size = cache_size
        self._store_lock = threading.RLock()
        self._digest_lock = threading.Lock()
        self._snapshot: _Snapshot | None = None
        self._identity = _file_identity(getattr(store, "path", None))
        self._digests: OrderedDict[tuple[str, int], tuple[EventDigest, list[Article]]] = OrderedDict()

    # -- snapshot -----------------------------------------------------------

    def snapshot(self) -> _Snapshot:
        """The current snapshot, rebuilt (and the digest cache dropped) when the store changed.

        The article count is checked on every call (one cheap query); the
        events themselves every ``EVENTS_RECHECK_SECONDS``, to notice a
        re-clustering that added no article.
        """
        now = time.monotonic()
        with self._store_lock:
            self._reopen_if_replaced()
            count = self.store.count_articles()
            current = self._snapshot
            if current is not None and current.count == count:
                if now - current.checked_at < EVENTS_RECHECK_SECONDS:
                    return current
                events = self.store.load_events()
                if _event_keys(events) == _event_keys(current.events):
                    current.checked_at = now
                    return current
            else:
                events = self.store.load_events()
            rows = {row["id"]: row for row in self.store.article_rows()}
        # Most-reported first, as `khabar digest` orders them; ties keep store order.
        ordered = sorted(events, key=lambda e: -len(e.article_ids))
        event_of: dict[str, str] = {}
        for event in ordered:
            for article_id in event.article_ids:
                event_of.setdefault(article_id, event.id)
        snap = _Snapshot(count=count, checked_at=now, events=ordered, by_id={e.id: e for e in ordered}, event_of=event_of, rows=rows)
        with self._digest_lock:
            self._snapshot = snap
            self._digests.clear()
        return snap

    def _reopen_if_replaced(self) -> None:
        """Open the store afresh when another file now stands at its path.  QA: after
        `rm news.db; khabar ingest ... --db news.db` the server went on reading the deleted
        file through its open connection, and showed the old store until restarted.  (The
        open connection keeps the old file's inode in use, so a new file cannot reuse it.)"""
        identity = _file_identity(getattr(self.store, "path", None))
        if identity is None or identity == self._identity:
            return  # the same file, or none yet: the open one is all there is to serve
        from khabar.store import Store

        try:
            fresh = Store(self.store.path, read_only=True)
        except Exception:  # noqa: BLE001 - sqlite3.Error: not (yet) a khabar store; the next request tries again
            return
        old, self.store, self._identity, self._snapshot = self.store, fresh, identity, None
        old.close()

    # -- reads --------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        with self._store_lock:
            self._reopen_if_replaced()
            return self.store.get_article(article_id)

    def search(self, query: str, limit: int) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
        """(hits, also_named): the store's hits and which of the query's words name an
        entity, with the other names they were also searched under (store.parse_query):
        [{"words": "Putin", "names": ["पुतिन", ...]}]."""
        with self._store_lock:
            parts = self.store.parse_query(query)
            hits = self.store.search(query, limit=limit, parts=parts)
        return hits, [{"words": " ".join(part.words), "names": part.names} for part in parts if part.names]

    def marked_words(self, query: str) -> set[str]:
        """The words to mark for ``query``: its own and those of the other names its
        entity words are searched under ("Putin" marks पुतिन too)."""
        with self._store_lock:
            parts = self.store.parse_query(query)
        return _marked_words(query, [name for part in parts for name in part.names])

    def digest(self, event_id: str, words: int = DEFAULT_WORDS) -> tuple[EventDigest, list[Article]] | None:
        """The event's digest and its articles (cached), or None for an unknown event."""
        snap = self.snapshot()
        event = snap.by_id.get(event_id)
        if event is None:
            return None
        key = (event_id, words)
        with self._digest_lock:
            if self._snapshot is snap and key in self._digests:
                self._digests.move_to_end(key)
                return self._digests[key]
            with self._store_lock:
                analyses = {a.id: a for a in self.store.load_analyses(event.article_ids)}
                articles = [a for a in (self.store.get_article(i) for i in event.article_ids) if a is not None]
            from khabar.synthesise import digest_event

            digest = digest_event(event, analyses, words=words)
            if self._snapshot is snap:  # not invalidated meanwhile
                self._digests[key] = (digest, articles)
                while len(self._digests) > self.cache_size:
                    self._digests.popitem(last=False)
            return digest, articles

    def cached_digests(self) -> int:
        return len(self._digests)


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, or None when there is none."""
    try:
        stat = Path(path).stat() if path is not None else None
    except (OSError, ValueError):
        return None
    return (stat.st_dev, stat.st_ino) if stat is not None else None


def _event_keys(events: Iterable[Event]) -> set[tuple]:
    """What makes two event lists the same for display and digests."""
    return {
        (e.id, e.title, tuple(e.article_ids), tuple(sorted(e.duplicate_of.items())), e.first_seen, e.last_seen)
        for e in events
    }


# --------------------------------------------------------------------------
# JSON shapes


def event_row(event: Event, snap: _Snapshot) -> dict[str, Any]:
    """One /api/events item: id, title, size, outlets, date span."""
    rows = [snap.rows[i] for i in event.article_ids if i in snap.rows]
    outlets: list[str] = []
    for row in rows:
        if row.get("outlet") and row["outlet"] not in outlets:
            outlets.append(row["outlet"])
    first, last = _span(event, rows)
    return {
        "id": event.id,
        "title": event.title,
        "size": len(event.article_ids),
        "article_ids": list(event.article_ids),
        "outlets": outlets,
        "first_seen": first.isoformat() if first else None,
        "last_seen": last.isoformat() if last else None,
    }


def _span(event: Event, rows: Sequence[Mapping[str, Any]]) -> tuple[datetime | None, datetime | None]:
    if event.first_seen and event.last_seen:
        return event.first_seen, event.last_seen
    times = [t for t in (_parse_time(r.get("published")) for r in rows) if t is not None]
    if not times:
        return event.first_seen, event.last_seen
    try:
        return min(times), max(times)
    except TypeError:  # naive and aware times mixed: ordering is meaningless
        return event.first_seen, event.last_seen


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def article_row(row: Mapping[str, Any], snap: _Snapshot) -> dict[str, Any]:
    """One /api/articles item: metadata without the body."""
    return {
        "id": row["id"],
        "title": row.get("title"),
        "outlet": row.get("outlet"),
        "published": row.get("published"),
        "language": row.get("language"),
        "source": row.get("source"),
        "added_at": row.get("added_at"),
        "event_id": snap.event_of.get(row["id"]),
    }


def event_json(digest: EventDigest, articles: Sequence[Article]) -> dict[str, Any]:
    """docs/digest-schema.md's events[] item, plus the light rows of its articles."""
    from khabar.web.jsonout import build_digest_json

    document = build_digest_json(articles, [digest])
    item = document["events"][0]
    item["articles"] = [
        {k: a[k] for k in ("id", "title", "outlet", "published", "published_inferred", "url", "language")}
        for a in document["articles"]
    ]
    return item


def article_json(article: Article, digest: EventDigest | None) -> dict[str, Any]:
    """docs/digest-schema.md's articles[] item (its event's digest supplies the inferred date)."""
    from khabar.web.jsonout import build_digest_json

    item = build_digest_json([article], [digest] if digest is not None else [])["articles"][0]
    if digest is None:
        item["event_id"] = None
    return item


# --------------------------------------------------------------------------
# search snippets


_SPACE = re.compile(r"\s+")


def query_words(query: str) -> set[str]:
    """The query's words as the store's index compares them (store.fold_word)."""
    return set(words_of(query))


@dataclass
class Snippet:
    """A window of text around the query's words, with the matches marked."""

    text: str
    highlights: list[tuple[int, int]]  # [start, end) offsets into ``text``


def make_snippet(text: str, words: set[str]) -> Snippet | None:
    """The window of ``text`` that shows the most distinct query words; None if none occurs."""
    text = unicodedata.normalize("NFC", text or "")
    tokens = list(WORD_RE.finditer(text))
    hits = [i for i, t in enumerate(tokens) if fold_word(t.group()) in words]
    if not hits:
        return None
    best, best_score = 0, -1
    for hit in hits:
        start = max(0, hit - SNIPPET_LEAD)
        covered = {fold_word(t.group()) for t in tokens[start : start + SNIPPET_TOKENS]} & words
        if len(covered) > best_score:
            best, best_score = start, len(covered)
    window = tokens[best : best + SNIPPET_TOKENS]
    out, highlights = [], []
    length = 0
    if window[0].start() > 0:
        out.append("…")
        length += 1
    previous_end = window[0].start()
    for token in window:
        gap = _SPACE.sub(" ", text[previous_end : token.start()])
        out.append(gap)
        length += len(gap)
        if fold_word(token.group()) in words:
            highlights.append((length, length + len(token.group())))
        out.append(token.group())
        length += len(token.group())
        previous_end = token.end()
    tail = text[previous_end:]
    # Keep the sentence's closing punctuation (। . ? !) when it follows at once.
    closing = re.match(r"[^\w\s]{1,2}", tail)
    if closing and not WORD_RE.match(closing.group()):
        out.append(closing.group())
        previous_end += closing.end()
    if previous_end < len(text.rstrip()):
        out.append("…")
    return Snippet(text="".join(out), highlights=highlights)


def _marked_words(query: str, other_names: Iterable[str]) -> set[str]:
    """The query's own words and those of the other names it was also searched under."""
    return query_words(query) | {w for name in other_names for w in words_of(name)}


def search_results(catalogue: Catalogue, query: str, limit: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Ranked hits with metadata and a snippet around the query's words, and the query's
    words that were also searched under an entity's other names (Catalogue.search)."""
    snap = catalogue.snapshot()
    hits, also_named = catalogue.search(query, limit)
    words = _marked_words(query, [name for part in also_named for name in part["names"]])
    results = []
    for article_id, fts_snippet in hits:
        article = catalogue.article(article_id)
        if article is None:
            continue
        snippet = make_snippet(article.body, words) or make_snippet(article.title or "", words)
        if snippet is None:  # matched only through FTS folding we do not mirror: its own snippet
            snippet = Snippet(text=fts_snippet, highlights=[])
        results.append(
            {
                "id": article.id,
                "title": article.title,
                "outlet": article.outlet,
                "published": article.published.isoformat() if article.published else None,
                "language": article.language,
                "snippet": snippet.text,
                "highlights": [list(h) for h in snippet.highlights],
                "event_id": snap.event_of.get(article.id),
            }
        )
    return results, also_named


# --------------------------------------------------------------------------
# requests


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _json(value: Any, status: int = 200) -> Response:
    body = (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return Response(status, "application/json; charset=utf-8", body)


def _html(page: str, status: int = 200) -> Response:
    return Response(status, "text/html; charset=utf-8", page.encode("utf-8"))


def _int_param(params: Mapping[str, list[str]], name: str, default: int, low: int, high: int) -> int:
    values = params.get(name)
    if not values:
        return default
    raw = values[-1].strip()
    if not re.fullmatch(r"[+-]?\d{1,9}", raw):
        raise ApiError(400, f"{name} must be an integer from {low} to {high}, not {raw[:40]!r}")
    value = int(raw)
    if not low <= value <= high:
        raise ApiError(400, f"{name} must be from {low} to {high}, not {value}")
    return value


def _query_param(params: Mapping[str, list[str]]) -> str:
    query = (params.get("q") or [""])[-1].strip()
    if not query:
        raise ApiError(400, "q (the search words) is required")
    if len(query) > MAX_QUERY_CHARS:
        raise ApiError(400, f"q is longer than {MAX_QUERY_CHARS} characters")
    return query


def respond(catalogue: Catalogue, method: str, target: str) -> Response:
    """The response to one request, errors included (never raises)."""
    path = _path_of(target)
    api = _is_api(path)
    try:
        if method not in ("GET", "HEAD"):
            raise ApiError(405, f"method {method} not allowed; this server only reads")
        try:
            query = urlsplit(target).query
        except ValueError as exc:
            raise ApiError(400, f"malformed request target: {exc}") from None
        params = parse_qs(query, keep_blank_values=True)
        return (_api if api else _page)(catalogue, path, params)
    except ApiError as error:
        return error_response(api, error.status, error.message)
    except Exception:  # noqa: BLE001 - a bug must cost one request, never the server or a traceback
        traceback.print_exc(file=sys.stderr)
        return error_response(api, 500, "internal error; see the server log")


def error_response(api: bool, status: int, message: str) -> Response:
    """An error as JSON ``{"error": ...}`` for the API, else as the site's error page."""
    if api:
        return _json({"error": message}, status)
    return _html(error_page(status, message), status)


def _is_api(path: str) -> bool:
    """Is ``path`` under /api (answered in JSON, errors too)?"""
    return path == "/api" or path.startswith("/api/")


def _path_of(target: str) -> str:
    """The path of a request target, also of one urlsplit refuses: QA, "GET http://[/api"
    (an unclosed IPv6 bracket) raised out of respond and the client got no answer at all."""
    try:
        return urlsplit(target).path or "/"
    except ValueError:
        rest = target.partition("?")[0]
        if "://" in rest:
            rest = "/" + rest.partition("://")[2].partition("/")[2]
        return rest or "/"


def request_target(raw: str) -> str:
    """The request target as sent: http.server reads the request line as Latin-1, so a
    client that sends a Hindi query unescaped (``curl 'http://…/api/search?q=पुतिन'``) would
    be answered for mojibake; its bytes are percent-encoded back as the UTF-8 they were."""
    if raw.isascii():
        return raw
    try:
        data = raw.encode("latin-1")
        data.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return raw  # not UTF-8 bytes: answered as read (an unknown id, no hits)
    return quote(data, safe="".join(chr(b) for b in range(0x21, 0x7F)))


def _tail(path: str, prefix: str) -> str | None:
    """The id after ``prefix`` (percent-decoded), or None when the path is not under it."""
    if not path.startswith(prefix):
        return None
    rest = path[len(prefix) :]
    if not rest:
        return None
    return unquote(rest, errors="strict") if _valid_escapes(rest) else None


def _valid_escapes(text: str) -> bool:
    try:
        unquote(text, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def _api(catalogue: Catalogue, path: str, params: Mapping[str, list[str]]) -> Response:
    path = path.rstrip("/") or "/"
    if path == "/api":
        snap = catalogue.snapshot()
        return _json(
            {
                "name": "khabar",
                "version": __version__,
                "articles": snap.count,
                "events": len(snap.events),
                "endpoints": [
                    "/api/events",
                    "/api/events/<id>?words=",
                    "/api/articles?limit=&offset=",
                    "/api/articles/<id>",
                    "/api/search?q=&limit=",
                ],
            }
        )
    if path == "/api/events":
        snap = catalogue.snapshot()
        # Without ?limit= every event: a client listing a store wants all of them.
        limit = _int_param(params, "limit", MAX_EVENT_LIMIT, 1, MAX_EVENT_LIMIT) if "limit" in params else None
        offset = _int_param(params, "offset", 0, 0, 10**9)
        shown = snap.events[offset : None if limit is None else offset + limit]
        return _json({"count": len(snap.events), "offset": offset, "events": [event_row(e, snap) for e in shown]})
    if path == "/api/articles":
        limit = _int_param(params, "limit", DEFAULT_ARTICLE_LIMIT, 1, MAX_ARTICLE_LIMIT)
        offset = _int_param(params, "offset", 0, 0, 10**9)
        snap = catalogue.snapshot()
        rows = list(snap.rows.values())[offset : offset + limit]
        return _json(
            {"total": snap.count, "limit": limit, "offset": offset, "articles": [article_row(r, snap) for r in rows]}
        )
    if path == "/api/search":
        query = _query_param(params)
        limit = _int_param(params, "limit", DEFAULT_SEARCH_LIMIT, 1, MAX_SEARCH_LIMIT)
        results, also_named = search_results(catalogue, query, limit)
        return _json({"query": query, "limit": limit, "count": len(results), "also_named": also_named,
                      "results": results})
    event_id = _tail(path, "/api/events/")
    if event_id is not None:
        return _json(event_json(*_event_digest(catalogue, event_id, params, f"no event with id {event_id!r}")))
    article_id = _tail(path, "/api/articles/")
    if article_id is not None:
        return _json(article_json(*_article_and_digest(catalogue, article_id, f"no article with id {article_id!r}")))
    raise ApiError(404, f"no such endpoint: {path}; see /api")


def _event_digest(catalogue: Catalogue, event_id: str, params: Mapping[str, list[str]], missing: str):
    """(digest, articles) of an event at the ``words`` the request asks for; 404 when unknown."""
    words = _int_param(params, "words", DEFAULT_WORDS, 1, MAX_WORDS)
    found = catalogue.digest(event_id, words)
    if found is None:
        raise ApiError(404, missing)
    return found


def _article_and_digest(catalogue: Catalogue, article_id: str, missing: str):
    """(article, its event's digest or None); 404 when the article is unknown."""
    article = catalogue.article(article_id)
    if article is None:
        raise ApiError(404, missing)
    event_id = catalogue.snapshot().event_of.get(article.id)
    found = catalogue.digest(event_id) if event_id else None
    return article, found[0] if found else None


def _page(catalogue: Catalogue, path: str, params: Mapping[str, list[str]]) -> Response:
    if path == "/":
        limit = _int_param(params, "limit", DEFAULT_EVENT_PAGE, 1, MAX_EVENT_LIMIT)
        offset = _int_param(params, "offset", 0, 0, 10**9)
        snap = catalogue.snapshot()
        rows = [event_row(e, snap) for e in snap.events]
        return _html(home_page(rows, snap.count, limit=limit, offset=offset))
    if path.rstrip("/") == "/search":
        query = (params.get("q") or [""])[-1].strip()
        if not query:
            return _html(search_page("", [], DEFAULT_SEARCH_LIMIT))
        query = _query_param(params)
        limit = _int_param(params, "limit", DEFAULT_SEARCH_LIMIT, 1, MAX_SEARCH_LIMIT)
        results, also_named = search_results(catalogue, query, limit)
        return _html(search_page(query, results, limit, also_named))
    if path.rstrip("/") == "/articles":
        limit = _int_param(params, "limit", DEFAULT_ARTICLE_LIMIT, 1, MAX_ARTICLE_LIMIT)
        offset = _int_param(params, "offset", 0, 0, 10**9)
        snap = catalogue.snapshot()
        rows = [article_row(r, snap) for r in list(snap.rows.values())[offset : offset + limit]]
        return _html(articles_page(rows, snap.count, limit, offset))
    event_id = _tail(path, "/events/")
    if event_id is not None:
        return _html(event_page(*_event_digest(catalogue, event_id, params, f"No event with id {event_id!r}.")))
    article_id = _tail(path, "/articles/")
    if article_id is not None:
        article, digest = _article_and_digest(catalogue, article_id, f"No article with id {article_id!r}.")
        query = (params.get("q") or [""])[-1][:MAX_QUERY_CHARS]
        return _html(article_page(article, digest, query, catalogue.marked_words(query)))
    raise ApiError(404, f"No page at {path}.")


# --------------------------------------------------------------------------
# HTML pages: server-rendered, self-contained (inline CSS, no scripts, no
# external assets), in the look of the HTML report (its CSS is reused).


APP_CSS = """
nav.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1.1rem; padding: .3rem 0 .8rem;
  margin: 0 0 1.2rem; border-bottom: 1px solid var(--line); }
nav.bar .home { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--ink); }
nav.bar .home .brand { color: var(--accent); }
nav.bar form { margin-left: auto; }
nav.bar.flush { border-bottom: 0; margin-bottom: .2rem; }
form.search { display: flex; gap: .4rem; }
form.search input { font: inherit; min-width: 16rem; padding: .3rem .6rem; border: 1px solid var(--line);
  border-radius: .4rem; background: var(--paper); color: var(--ink); }
form.search button { font: inherit; padding: .3rem .9rem; border: 0; border-radius: .4rem;
  background: var(--accent); color: var(--paper); cursor: pointer; }
form.big { margin: 1rem 0 1.5rem; }
form.big input { flex: 1; font-size: 1.1rem; padding: .5rem .8rem; }
ol.events, ol.results { list-style: none; padding: 0; margin: 0; }
ol.events > li, ol.results > li { border-top: 1px solid var(--line); padding: .8rem 0; }
ol.events > li:first-child, ol.results > li:first-child { border-top: 0; padding-top: .2rem; }
ol.events a.title, ol.results a.title { font-size: 1.15rem; font-weight: 600; text-decoration: none; }
ol.events a.title:hover, ol.results a.title:hover { text-decoration: underline; }
.snippet { margin: .3rem 0 0; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: .15em; }
dl.fields { display: grid; grid-template-columns: 9rem 1fr; gap: .25rem 1rem; margin: .8rem 0 1.2rem; }
dl.fields dt { color: var(--muted); font-size: .9rem; }
dl.fields dd { margin: 0; word-break: break-word; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
article.full .body p { margin: .7rem 0; font-size: 1.05rem; }
@media (max-width: 40rem) { nav.bar form { margin-left: 0; width: 100%; }
  form.search input { min-width: 0; flex: 1; } dl.fields { grid-template-columns: 1fr; } }
"""


def _link(path: str, key: str) -> str:
    return f"{path}/{quote_id(key)}"


def _lang(text: str | None, fallback: str | None = None) -> str:
    from khabar.web.common import script_language

    lang = script_language(text or "") or fallback
    return f' lang="{escape(lang)}"' if lang else ""


def _text(text: str | None, fallback_lang: str | None = None) -> str:
    return f"<span{_lang(text, fallback_lang)}>{escape(text or '')}</span>"


def _nav(query: str = "", *, search: bool = True, flush: bool = False) -> str:
    form = (
        '<form class="search" action="/search" method="get" role="search">'
        f'<input type="search" name="q" value="{escape(query)}" placeholder="खोजें · search" aria-label="Search articles">'
        '<button type="submit">Search</button></form>'
        if search
        else ""
    )
    return (
        f'<nav class="bar{" flush" if flush else ""}"><a class="home" href="/"><span class="brand">khabar</span> <span lang="hi">खबर</span></a>'
        f'<a href="/">Events</a><a href="/articles">Articles</a>{form}</nav>'
    )


def _document(title: str, body: str, *, query: str = "", search: bool = True) -> str:
    from khabar.web.report import CSS

    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)} · khabar</title>",
            f"<style>{CSS}{APP_CSS}</style>",
            "</head>",
            "<body>",
            _nav(query, search=search),
            body,
            f"<footer>khabar {escape(__version__)} · served from the local store, offline.</footer>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _day_span(first: str | None, last: str | None) -> str:
    from khabar.web.common import format_day

    start, end = _parse_time(first), _parse_time(last)
    if start is None:
        return ""
    span = format_day(start)
    if end is not None and end.date() != start.date():
        span += f" – {format_day(end)}"
    return span


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _event_facts(row: Mapping[str, Any]) -> str:
    outlets = row["outlets"]
    facts = [_plural(row["size"], "article"), _plural(len(outlets), "outlet") + (": " + ", ".join(outlets) if outlets else "")]
    span = _day_span(row["first_seen"], row["last_seen"])
    if span:
        facts.append(span)
    return escape(" · ".join(facts)) + f" · <code>{escape(row['id'])}</code>"


def home_page(
    events: Sequence[Mapping[str, Any]], article_count: int, *, limit: int = DEFAULT_EVENT_PAGE, offset: int = 0
) -> str:
    """Counts, a search box and one page of the events (all of them count in the totals)."""
    from khabar.web.common import UNTITLED_EVENT

    outlets = {o for row in events for o in row["outlets"]}
    in_events = {i for row in events for i in row["article_ids"]}
    parts = [
        "<header>",
        '<h1><span class="brand">khabar</span> <span lang="hi">खबर</span></h1>',
        f'<p class="meta">{_plural(article_count, "article")} · {_plural(len(events), "event")} · '
        f"{_plural(len(outlets), 'outlet')}</p>",
        "</header>",
        '<form class="search big" action="/search" method="get" role="search">'
        '<input type="search" name="q" placeholder="खोजें · search the articles" aria-label="Search articles" autofocus>'
        '<button type="submit">Search</button></form>',
        "<h3>Events</h3>",
    ]
    if events:
        items = []
        for row in events[offset : offset + limit]:
            items.append(
                f'<li><a class="title" href="{escape(_link("/events", row["id"]))}">'
                f"{_text(row['title'] or UNTITLED_EVENT)}</a>"
                f'<p class="facts">{_event_facts(row)}</p></li>'
            )
        parts.append(f'<ol class="events" start="{offset + 1}">{"".join(items)}</ol>')
        pager = []
        if offset > 0:
            pager.append(f'<a href="/?offset={max(0, offset - limit)}&amp;limit={limit}">← previous events</a>')
        if offset + limit < len(events):
            pager.append(f'<a href="/?offset={offset + limit}&amp;limit={limit}">next events →</a>')
        if pager:
            parts.append(f'<p class="pager">{"".join(pager)}</p>')
        elif not items:
            parts.append('<p class="empty">No events on this page.</p>')
    elif article_count:
        parts.append('<p class="empty">No events yet: the articles were stored without clustering.</p>')
    else:
        parts.append(
            '<p class="empty">The store is empty. Add articles with '
            "<code>khabar ingest PATH... --db FILE</code>, then reload.</p>"
        )
    loose = article_count - len(in_events)
    if events and loose > 0:
        parts.append(
            f'<p class="meta">{_plural(loose, "article")} in no event yet; '
            "<code>khabar cluster</code> groups them. <a href=\"/articles\">All articles</a></p>"
        )
    # The page has its own big search box; a second one in the bar would only repeat it.
    return _document("events", "\n".join(parts), search=False)


def event_page(digest: EventDigest, articles: Sequence[Article]) -> str:
    """The report's own rendering of one event, with the site's navigation around it."""
    from khabar.web.common import UNTITLED_EVENT
    from khabar.web.report import render_html

    title = digest.event.title or UNTITLED_EVENT
    # One event: the report's header (brand, counts) and table of contents
    # would only repeat the site's bar and the event's own heading. The
    # event's own accent rule follows the bar at once: no second line under it.
    return render_html(
        articles,
        [digest],
        title=f"{title} · khabar",
        standalone=False,
        banner=_nav(flush=True),
        extra_css=APP_CSS,
        name_href=lambda name: "/search?q=" + quote(name, safe=""),
    )


def _marked(text: str, words: set[str]) -> str:
    """``text`` escaped, with the query's words in ``<mark>``."""
    if not words:
        return escape(text)
    out, at = [], 0
    for token in WORD_RE.finditer(text):
        if fold_word(token.group()) in words:
            out.append(escape(text[at : token.start()]))
            out.append(f"<mark>{escape(token.group())}</mark>")
            at = token.end()
    out.append(escape(text[at:]))
    return "".join(out)


def article_page(article: Article, digest: EventDigest | None, query: str = "", marks: set[str] | None = None) -> str:
    """One article; with ``query`` (from a search result) its words, or ``marks`` when
    given (the words it was searched under), are marked in the text."""
    from khabar.web.common import article_published, coverage_articles, describe_inferred, web_url
    from khabar.web.report import removed_table

    lang = article.language
    fields: list[tuple[str, str]] = [("Outlet", escape(article.outlet or "unknown outlet"))]
    if article.author:
        fields.append(("Author", _text(article.author, lang)))
    if article.published:
        fields.append(("Published", escape(article_published(article))))
    else:
        inferred = (coverage_articles(digest).get(article.id) or {}).get("published_inferred") if digest else None
        inferred = inferred if isinstance(inferred, dict) else None
        when = escape(describe_inferred(inferred, with_reason=False))
        if inferred and inferred.get("reason"):
            when += f'<br><small class="reason-text">{escape(str(inferred["reason"]))}</small>'
        fields.append(("Published", when))
    if article.dateline:
        fields.append(("Dateline", _text(article.dateline, lang)))
    if article.language:
        fields.append(("Language", escape(article.language)))
    url = web_url(article.url or article.origin.url)
    if url:
        fields.append(("URL", f'<a href="{escape(url)}" rel="noreferrer">{escape(url)}</a>'))
    fields.append(("Source", f"<code>{escape(article.source)}</code>"))
    fields.append(("Id", f"<code>{escape(article.id)}</code>"))
    if digest is not None:
        event = digest.event
        fields.append(
            ("Event", f'<a href="{escape(_link("/events", event.id))}">{_text(event.title or event.id)}</a>')
        )
    paragraphs = [p for p in (article.body or "").split("\n\n") if p.strip()]
    marks = query_words(query) if marks is None else marks
    body = "".join(f"<p>{_marked(p, marks)}</p>" for p in paragraphs) or '<p class="empty">(empty body)</p>'
    words = len((article.body or "").split())
    parts = [
        '<article class="full">',
        f"<h2{_lang(article.title, lang)}>{_marked(article.title or 'Untitled', marks)}</h2>",
        '<dl class="fields">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in fields) + "</dl>",
        f"<h3>Clean text · {_plural(words, 'word')}</h3>",
        f'<div class="body"{_lang(article.body[:2000] if article.body else "", lang)}>{body}</div>',
        f"<h3>Removed by the cleaner · {_plural(len(article.removed), 'line')}</h3>",
        removed_table(article, lang),
        "</article>",
    ]
    return _document(article.title or article.id, "\n".join(parts), query=query)


def _snippet_html(text: str, highlights: Sequence[Sequence[int]]) -> str:
    out, at = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in highlights):
        if start < at:
            continue
        out.append(escape(text[at:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def search_page(query: str, results: Sequence[Mapping[str, Any]], limit: int,
                also_named: Sequence[Mapping[str, Any]] = ()) -> str:
    """Search results; ``also_named`` (Catalogue.search) says which of the query's
    words were searched under an entity's other names, so a hit without them is explained."""
    from khabar.web.common import format_published

    parts = []
    if not query:
        parts.append('<p class="empty">Type words to find in the articles\' titles and text (Hindi or English).</p>')
        return _document("search", "\n".join(parts))
    capped = len(results) >= limit
    shown = f"The first {_plural(len(results), 'result')}" if capped else _plural(len(results), "result")
    parts.append(f"<h2>{escape(shown)} for <q{_lang(query)}>{escape(query)}</q></h2>")
    for part in also_named:
        names = " · ".join(_text(name) for name in part["names"])
        parts.append(f'<p class="meta">{_text(part["words"])} also found as {names}</p>')
    if not results:
        parts.append('<p class="empty">No article contains all of these words.</p>')
    items = []
    for r in results:
        facts = [escape(r.get("outlet") or "unknown outlet")]
        published = _parse_time(r.get("published"))
        if published is not None:
            facts.append(escape(format_published(published)))
        if r.get("event_id"):
            facts.append(f'event <a href="{escape(_link("/events", r["event_id"]))}">{escape(r["event_id"])}</a>')
        items.append(
            f'<li><a class="title" href="{escape(_link("/articles", r["id"]) + "?q=" + quote(query, safe=""))}">'
            f"{_text(r.get('title') or 'Untitled', r.get('language'))}</a>"
            f'<p class="facts">{" · ".join(facts)}</p>'
            f'<p class="snippet"{_lang(r["snippet"], r.get("language"))}>'
            f"{_snippet_html(r['snippet'], r.get('highlights') or [])}</p></li>"
        )
    parts.append(f'<ol class="results">{"".join(items)}</ol>')
    if capped and limit < MAX_SEARCH_LIMIT:
        more = f"/search?q={quote(query, safe='')}&limit={min(limit * 2, MAX_SEARCH_LIMIT)}"
        parts.append(f'<p class="pager"><a href="{escape(more)}">more results →</a></p>')
    return _document(f"search: {query}", "\n".join(parts), query=query)


def articles_page(rows: Sequence[Mapping[str, Any]], total: int, limit: int, offset: int) -> str:
    from khabar.web.common import format_published

    parts = [f"<h2>Articles</h2><p class=\"meta\">{_plural(total, 'article')} in the store, in the order they were added.</p>"]
    if rows:
        body = []
        for n, r in enumerate(rows, start=offset + 1):
            published = _parse_time(r.get("published"))
            event = (
                f'<a href="{escape(_link("/events", r["event_id"]))}">{escape(r["event_id"])}</a>'
                if r.get("event_id")
                else ""
            )
            body.append(
                f'<tr><td class="num">{n}</td><td><a href="{escape(_link("/articles", r["id"]))}">'
                f"{_text(r.get('title') or 'Untitled', r.get('language'))}</a></td>"
                f"<td>{escape(r.get('outlet') or 'unknown outlet')}</td>"
                f"<td>{escape(format_published(published)) if published else 'undated'}</td><td>{event}</td></tr>"
            )
        parts.append(
            "<table><thead><tr><th>#</th><th>Headline</th><th>Outlet</th><th>Published</th><th>Event</th></tr>"
            f"</thead><tbody>{''.join(body)}</tbody></table>"
        )
    else:
        parts.append('<p class="empty">No articles here.</p>')
    pager = []
    if offset > 0:
        pager.append(f'<a href="/articles?offset={max(0, offset - limit)}&amp;limit={limit}">← previous</a>')
    if offset + limit < total:
        pager.append(f'<a href="/articles?offset={offset + limit}&amp;limit={limit}">next →</a>')
    if pager:
        parts.append(f'<p class="pager">{"".join(pager)}</p>')
    return _document("articles", "\n".join(parts))


def error_page(status: int, message: str) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body = f'<h2>{status} · {escape(phrase)}</h2><p>{escape(message)}</p><p><a href="/">Back to the events</a></p>'
    return _document(phrase, body)


# --------------------------------------------------------------------------
# the server


# Pages and API answers are self-contained: nothing may load from elsewhere.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
}


def _as_utf8(arg: Any) -> Any:
    """http.server reads the request line as Latin-1; a client that sends a Hindi
    query unescaped ("/search?q=कनिका") sent UTF-8, which the log should show
    as such rather than as "à¤\\x95..."."""
    if not isinstance(arg, str):
        return arg
    try:
        return arg.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return arg


class Handler(BaseHTTPRequestHandler):
    server: KhabarServer
    server_version = f"khabar/{__version__}"
    protocol_version = "HTTP/1.1"
    # Seconds a connection may wait for a request (or stall within one) before it is
    # closed: each holds a thread, and one that sent nothing had held it for ever.
    timeout = IDLE_SECONDS

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def _answer(self, *, head: bool) -> None:
        target = request_target(self.path)
        host = self.headers.get("Host")
        if self.server.answers_to(host):
            response = respond(self.server.catalogue, self.command, target)
        else:
            response = error_response(
                _is_api(_path_of(target)), 403,
                f"Host {host[:100]!r} is not this server: on a loopback address it answers localhost only",
            )
        if self.headers.get("Content-Length", "0").strip() not in ("", "0") or "Transfer-Encoding" in self.headers:
            # A GET's body is never read: left on a kept-alive connection it would be read
            # as the next request (QA: a body "GET /nope ..." was answered as one).
            self.close_connection = True
            response.headers["Connection"] = "close"
        self._send(response, head=head)

    def _refuse(self) -> None:
        # The request body is never read, so the connection cannot carry another request.
        self.close_connection = True
        response = respond(self.server.catalogue, self.command, request_target(self.path))
        response.headers["Connection"] = "close"
        self._send(response, head=False)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse  # noqa: N815

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own refusals (a request line it cannot read, an over-long URL or
        header, an unknown method or HTTP version) in this server's formats and headers: QA,
        they had come as the standard library's HTML page, under /api too."""
        self.close_connection = True  # what is left of the request cannot be trusted
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "Error"
        self.log_error("code %d, message %s", code, message or phrase)
        # The line as read, not self.requestline: that is left empty for an over-long one.
        words = (getattr(self, "raw_requestline", b"") or b"").decode("latin-1").split()
        path = _path_of(words[1]) if len(words) >= 2 else "/"
        if len(words) >= 3 and self.request_version == self.default_request_version:
            # A version was sent but refused ("HTTP/2.0"): http.server would answer it as
            # HTTP/0.9, a body without status line or headers.
            self.request_version = "HTTP/1.0"
        response = error_response(_is_api(path), code, message or phrase)
        response.headers["Connection"] = "close"
        self._send(response, head=self.command == "HEAD")

    def _send(self, response: Response, *, head: bool) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("Cache-Control", "no-store")
            for name, value in {**SECURITY_HEADERS, **response.headers}.items():
                self.send_header(name, value)
            if response.status == 405:
                self.send_header("Allow", "GET, HEAD")
            self.end_headers()
            if not head:
                self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away; nothing to tell it

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        if not self.server.quiet:
            super().log_message(format, *(_as_utf8(arg) for arg in args))


class KhabarServer(ThreadingHTTPServer):
    daemon_threads = True  # an open keep-alive connection must not block shutdown
    request_queue_size = 32

    def __init__(self, address: tuple[str, int], catalogue: Catalogue, *, quiet: bool = False) -> None:
        self.catalogue = catalogue
        self.quiet = quiet
        super().__init__(address, Handler)
        try:
            self.loopback = ipaddress.ip_address(self.server_address[0]).is_loopback
        except ValueError:
            self.loopback = False

    def answers_to(self, host: str | None) -> bool:
        """Whether a request's Host header may be answered.  On a loopback address only
        this machine's names are: a web page whose own name an attacker's DNS re-points
        at 127.0.0.1 (DNS rebinding) sends its name as Host, and would otherwise read the
        store from the user's browser (QA: Host: attacker.example was answered)."""
        if not self.loopback or not host or not host.strip():
            return True  # listening on a network the user chose; an HTTP/1.0 client sends no Host
        try:
            name = urlsplit("//" + host.strip()).hostname or ""
        except ValueError:  # "[::1" and the like
            return False
        if name == "localhost" or name.endswith(".localhost"):
            return True
        try:
            return ipaddress.ip_address(name).is_loopback
        except ValueError:
            return False

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        try:
            self.catalogue.store.close()
        except Exception:  # noqa: BLE001 - already closed
            pass


def make_server(
    db: str | Path | None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, quiet: bool = False
) -> KhabarServer:
    """A server over the store at ``db`` (not yet serving: call ``serve_forever``)."""
    from khabar.store import Store

    store = Store(db, read_only=True)  # the web app only reads: a read-only store is served too
    try:
        server_class = KhabarServer
        if ":" in host:  # an IPv6 literal such as ::1
            import socket

            server_class = type("KhabarServer6", (KhabarServer,), {"address_family": socket.AF_INET6})
        return server_class((host, port), Catalogue(store), quiet=quiet)
    except BaseException:
        store.close()
        raise


def quote_id(value: str) -> str:
    """An id as one URL path segment."""
    return quote(value, safe="")

