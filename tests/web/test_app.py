"""`khabar serve`'s web app: JSON API shapes, status codes, Hindi search, escaped HTML pages, cache.

A real server on 127.0.0.1 (port 0) over a temporary store holding the seed
example plus one English report whose title and body carry markup
characters, queried with urllib; every request is bounded by a timeout.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
import urllib.error
import urllib.request
from html import escape
from urllib.parse import quote

import pytest

from khabar.cli.ingest import ingest_paths
from khabar.web import app
from khabar.store import Store
from khabar.web.app import Catalogue, make_server, make_snippet, query_words, respond

TIMEOUT = 30  # seconds per request: a digest of the seed event takes well under one

HOSTILE = {
    "id": "council-1",
    "title": 'City council approves <script>alert("x")</script> budget & "cuts"',
    "text": "The city council approved the <b>2024</b> budget on Tuesday after a four-hour debate.\n\n"
    "Opposition members walked out before the vote & called it rushed.",
    "outlet": "The Daily <Ledger>",
    "published": "2024-07-02T20:00:00+00:00",
}

EVENT_KEYS = {
    "id", "title", "article_ids", "duplicate_of", "first_seen", "last_seen",
    "summary", "timeline", "entities", "disagreements", "coverage",
}
ARTICLE_KEYS = {
    "id", "source", "url", "title", "author", "published", "published_precision", "published_inferred", "outlet",
    "dateline", "language", "event_id", "body", "removed",
}


def _start(db):
    server = make_server(db, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return server, thread


def _stop(server, thread):
    server.shutdown()
    server.server_close()
    thread.join(TIMEOUT)


@pytest.fixture(scope="module")
def served(tmp_path_factory, seeds_dir):
    folder = tmp_path_factory.mktemp("serve")
    extra = folder / "extra.jsonl"
    extra.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "k.sqlite3"
    with Store(db) as store:
        report = ingest_paths(store, [seeds_dir, extra])
        assert not report.errors, report.errors
    server, thread = _start(db)
    yield server.url.rstrip("/"), db, server
    _stop(server, thread)


def get(base, path, method="GET"):
    """(status, content type, body text) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(base + path, method=method)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8")


def get_json(base, path, status=200, method="GET"):
    code, kind, body = get(base, path, method)
    assert code == status, (path, code, body[:300])
    assert kind.startswith("application/json"), kind
    return json.loads(body)


def q(text: str) -> str:
    return quote(text, safe="")


def stored(db):
    with Store(db) as store:
        return list(store.iter_articles()), store.load_events()


# --------------------------------------------------------------------------
# JSON API


def test_server_binds_loopback(served):
    base, _, server = served
    assert server.server_address[0] == "127.0.0.1"
    assert base.startswith("http://127.0.0.1:")


def test_events_list_matches_store(served):
    base, db, _ = served
    articles, events = stored(db)
    data = get_json(base, "/api/events")
    assert data["count"] == len(events) == len(data["events"])
    assert {e["id"] for e in data["events"]} == {e.id for e in events}
    outlet_of = {a.id: a.outlet for a in articles}
    sizes = [e["size"] for e in data["events"]]
    assert sizes == sorted(sizes, reverse=True)  # most-reported first
    for row in data["events"]:
        assert set(row) >= {"id", "title", "size", "outlets", "first_seen", "last_seen"}
        assert row["size"] == len(row["article_ids"])
        assert row["outlets"] == list(dict.fromkeys(o for i in row["article_ids"] if (o := outlet_of[i])))
        if row["first_seen"]:
            assert row["first_seen"] <= row["last_seen"] or row["first_seen"][:10] <= row["last_seen"][:10]
    paged = get_json(base, "/api/events?limit=1&offset=1")
    assert paged["count"] == data["count"] and paged["events"] == data["events"][1:2]
    # Every stored article belongs to exactly one listed event.
    members = [i for row in data["events"] for i in row["article_ids"]]
    assert sorted(members) == sorted(a.id for a in articles)


def test_event_digest_has_schema_shape_and_cites_its_articles(served):
    base, _, _ = served
    biggest = get_json(base, "/api/events")["events"][0]
    digest = get_json(base, f"/api/events/{q(biggest['id'])}")
    assert EVENT_KEYS <= set(digest)
    assert digest["id"] == biggest["id"] and digest["article_ids"] == biggest["article_ids"]
    assert digest["summary"], "the seed event has a summary"
    members = set(digest["article_ids"])
    cited = [s for item in digest["summary"] + digest["timeline"] for s in item["sources"]]
    cited += [s for d in digest["disagreements"] for v in d["versions"] for s in v["sources"]]
    cited += [s for e in digest["entities"] for s in e["sources"]]
    assert cited and set(cited) <= members
    for entry in digest["timeline"]:
        assert set(entry) == {"date", "precision", "text", "sources"}
    assert {a["id"] for a in digest["articles"]} == members
    # A shorter word budget gives a shorter (separately cached) summary.
    short = get_json(base, f"/api/events/{q(biggest['id'])}?words=20")
    assert sum(len(s["text"].split()) for s in short["summary"]) < sum(
        len(s["text"].split()) for s in digest["summary"]
    )


def test_articles_paging_and_detail(served):
    base, db, _ = served
    articles, events = stored(db)
    page = get_json(base, "/api/articles?limit=2&offset=1")
    assert page["total"] == len(articles) and page["limit"] == 2 and page["offset"] == 1
    assert [r["id"] for r in page["articles"]] == [a.id for a in articles[1:3]]
    assert "body" not in page["articles"][0]
    event_of = {i: e.id for e in events for i in e.article_ids}
    for article in articles:
        detail = get_json(base, f"/api/articles/{q(article.id)}")
        assert set(detail) == ARTICLE_KEYS
        assert detail["body"] == article.body and detail["title"] == article.title
        assert detail["event_id"] == event_of[article.id]
        assert [(r["line"], r["reason"], r["text"]) for r in detail["removed"]] == [
            (r.line, r.reason, r.text) for r in article.removed
        ]
        if article.published is None:
            # Undated: the event's coverage supplies an inferred range, never a stated time.
            assert detail["published"] is None
    assert any(a.removed for a in articles), "the seeds carry boilerplate the cleaner removed"


def test_hindi_search_finds_seed_articles_with_highlighted_snippets(served, seeds_dir):
    base, db, _ = served
    seed_ids = {p.stem for p in seeds_dir.glob("*.txt")}
    data = get_json(base, f"/api/search?q={q('पुतिन')}&limit=50")
    found = {r["id"] for r in data["results"]}
    articles, _ = stored(db)
    expected = {a.id for a in articles if "पुतिन" in (a.title or "") + a.body}
    assert found == expected and found and found <= seed_ids
    for r in data["results"]:
        assert set(r) >= {"id", "title", "outlet", "published", "snippet", "event_id"}
        assert r["event_id"]
        assert r["highlights"], r
        for start, end in r["highlights"]:
            assert r["snippet"][start:end] in PUTIN_WORDS
    assert get_json(base, f"/api/search?q={q('पुतिन')}&limit=2")["count"] == 2


# The words of the names the seeds' analyses give Putin (ब्लीदिमीर पुतिन in one report).
PUTIN_WORDS = {"पुतिन", "व्लादिमीर", "ब्लीदिमीर", "Vladimir", "Putin"}


def test_a_latin_name_finds_the_hindi_reports_that_name_the_entity(served, seeds_dir):
    base, db, _ = served
    articles, _ = stored(db)
    expected = {a.id for a in articles if "पुतिन" in (a.title or "") + a.body or "Putin" in (a.title or "") + a.body}
    data = get_json(base, "/api/search?q=Putin&limit=50")
    assert {r["id"] for r in data["results"]} == expected and len(expected) == 5
    [named] = data["also_named"]
    assert named["words"] == "Putin" and "पुतिन" in named["names"] and "ब्लीदिमीर पुतिन" in named["names"]
    assert "also found as" in html(base, "/search?q=Putin")
    assert get_json(base, "/api/search?q=zqxwv")["also_named"] == []
    for r in data["results"]:
        marked = {r["snippet"][start:end] for start, end in r["highlights"]}
        assert marked and marked <= PUTIN_WORDS, r
    # the report that spells him ब्लीदिमीर is found under the usual spelling, and marked
    spelt = {a.id for a in articles if "ब्लीदिमीर" in a.body}
    data = get_json(base, f"/api/search?q={q('व्लादिमीर पुतिन')}&limit=50")
    assert spelt and spelt <= {r["id"] for r in data["results"]}
    page = html(base, f"/articles/{q(sorted(spelt)[0])}?q={q('Putin')}")
    assert "<mark>ब्लीदिमीर</mark>" in page


def test_an_unescaped_hindi_query_is_read_as_utf8(served):
    # curl 'http://…/api/search?q=पुतिन' sends the UTF-8 bytes as they are, unescaped
    import socket
    from urllib.parse import urlsplit

    from khabar.web.app import request_target

    assert request_target("/api/search?q=" + "पुतिन".encode().decode("latin-1")) == f"/api/search?q={q('पुतिन')}"
    assert request_target("/api/events?limit=5") == "/api/events?limit=5"
    base, _, _ = served
    where = urlsplit(base)
    with socket.create_connection((where.hostname, where.port), timeout=TIMEOUT) as conn:
        conn.sendall("GET /api/search?q=पुतिन&limit=2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    body = json.loads(answer.split(b"\r\n\r\n", 1)[1])
    assert body["query"] == "पुतिन" and body["count"] == 2


def test_english_search_and_no_hits(served):
    base, _, _ = served
    data = get_json(base, "/api/search?q=COUNCIL+budget")
    assert [r["id"] for r in data["results"]] == ["council-1"]
    marked = [data["results"][0]["snippet"][s:e].casefold() for s, e in data["results"][0]["highlights"]]
    assert set(marked) == {"council", "budget"}
    assert get_json(base, "/api/search?q=zqxwv")["results"] == []
    # FTS syntax in user input is just words, never an error.
    tricky = q('(council* "budget -')
    assert [r["id"] for r in get_json(base, f"/api/search?q={tricky}")["results"]] == ["council-1"]


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/events/ev-no-such", 404),
        ("/api/articles/no-such-article", 404),
        ("/api/articles/%FF%FE", 404),
        ("/api/nope", 404),
        ("/api/articles?limit=abc", 400),
        ("/api/articles?limit=0", 400),
        ("/api/articles?limit=100000", 400),
        ("/api/articles?offset=-1", 400),
        ("/api/search", 400),
        ("/api/search?q=", 400),
        ("/api/search?q=x&limit=1.5", 400),
        ("/api/search?q=" + "x" * 600, 400),
        ("/api/events/ev-000001?words=0", 400),
        ("/api/events?limit=-2", 400),
    ],
)
def test_errors_are_json_with_status(served, path, status):
    base, _, _ = served
    data = get_json(base, path, status=status)
    assert set(data) == {"error"} and data["error"]
    assert "Traceback" not in data["error"]


def test_only_reads_allowed(served):
    base, _, _ = served
    data = get_json(base, "/api/events", status=405, method="POST")
    assert "error" in data
    code, _, body = get(base, "/api/events", method="HEAD")
    assert code == 200 and body == ""


def test_concurrent_requests_agree(served):
    base, _, _ = served
    event_id = get_json(base, "/api/events")["events"][0]["id"]
    results, failures = [], []

    def fetch():
        try:
            results.append(get_json(base, f"/api/events/{q(event_id)}?words=60"))
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=fetch) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT)
    assert not failures and len(results) == 6
    assert all(r == results[0] for r in results)


# --------------------------------------------------------------------------
# HTML


def html(base, path, status=200):
    code, kind, body = get(base, path)
    assert code == status, (path, code, body[:300])
    assert kind.startswith("text/html"), kind
    assert "<script" not in body.lower()  # no script of ours, and no input's
    assert " src=" not in body and "<link" not in body and "@import" not in body  # self-contained
    return body


def test_home_lists_events_with_escaped_titles(served):
    base, db, _ = served
    _, events = stored(db)
    page = html(base, "/")
    assert 'action="/search"' in page
    for event in events:
        assert escape(event.title) in page
        assert f'href="/events/{q(event.id)}"' in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    first, second = html(base, "/?limit=1"), html(base, "/?limit=1&offset=1")
    assert page.count("<li>") == len(events) and first.count("<li>") == second.count("<li>") == 1
    assert "next events" in first and "previous events" in second


def _biggest_event(base, db):
    """(articles, events, the event of most articles, its digest's JSON, its page)."""
    articles, events = stored(db)
    event = max(events, key=lambda e: len(e.article_ids))
    return articles, events, event, get_json(base, f"/api/events/{q(event.id)}"), html(base, f"/events/{q(event.id)}")


def test_event_page_is_the_report_with_navigation(served):
    base, db, _ = served
    articles, events, event, digest, page = _biggest_event(base, db)
    assert escape(event.title) in page
    assert escape(digest["summary"][0]["text"]) in page
    assert '<nav class="bar' in page and 'class="event"' in page
    titles = {a.id: a.title for a in articles}
    for article_id in event.article_ids:  # the report lists the event's articles, citations link to them
        assert escape(titles[article_id]) in page
    hostile = next(e for e in events if "council-1" in e.article_ids)
    page = html(base, f"/events/{q(hostile.id)}")
    assert "&lt;script&gt;" in page and "&lt;Ledger&gt;" in page


def test_an_event_pages_people_and_places_link_to_every_report_naming_them(served):
    base, db, _ = served
    articles, _, _, digest, page = _biggest_event(base, db)
    for entity in digest["entities"]:
        assert f'href="{escape("/search?q=" + q(entity["name"]))}"' in page, entity["name"]
    putin = next(e for e in digest["entities"] if e["name"] == "Vladimir Putin")
    found = html(base, f"/search?q={q(putin['name'])}")
    naming = {a.id for a in articles if "पुतिन" in a.body or "Putin" in a.body}
    assert naming and all(f"/articles/{q(i)}" in found for i in naming)


def test_article_page_shows_text_metadata_and_removed_lines(served):
    base, db, _ = served
    articles, _ = stored(db)
    article = next(a for a in articles if a.removed)
    page = html(base, f"/articles/{q(article.id)}")
    assert escape(article.title) in page
    for paragraph in article.body.split("\n\n"):
        assert escape(paragraph.strip()) in page
    for removed in article.removed:
        assert f'<td class="reason">{escape(removed.reason)}</td>' in page
        assert escape(removed.text) in page
    hostile = html(base, "/articles/council-1")
    assert "&lt;b&gt;2024&lt;/b&gt;" in hostile and "<b>2024" not in hostile
    # Opened from a search result: the query's words are marked, markup still escaped.
    marked = html(base, f"/articles/council-1?q={q('<b> budget')}")
    assert marked.count("<mark>budget</mark>") == 2  # title and body
    assert "&lt;<mark>b</mark>&gt;2024" in marked and "<b>" not in marked


def test_search_page_marks_hits_and_escapes_query(served):
    base, _, _ = served
    page = html(base, f"/search?q={q('पुतिन')}")
    assert "<mark>पुतिन</mark>" in page
    assert 'href="/articles/' in page and 'href="/events/' in page
    page = html(base, f"/search?q={q('<script>alert(1)</script>')}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "empty" in html(base, "/search")  # no query: the form, no error


def test_html_errors_and_articles_list(served):
    base, db, _ = served
    articles, _ = stored(db)
    assert "No event with id" in html(base, "/events/%3Cx%3E", status=404)
    assert "&lt;x&gt;" in html(base, "/events/%3Cx%3E", status=404)
    html(base, "/nowhere", status=404)
    html(base, "/articles?limit=x", status=400)
    listing = html(base, "/articles?limit=2")
    assert listing.count('<td class="num">') == 2 and "next →" in listing
    assert f'href="/articles/{q(articles[0].id)}"' in listing


# --------------------------------------------------------------------------
# cache


def test_digest_cache_drops_when_store_changes(tmp_path, monkeypatch):
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    second = tmp_path / "b.jsonl"
    second.write_text(
        json.dumps({"id": "quake-1", "title": "Earthquake shakes the coast",
                    "text": "A strong earthquake shook the northern coast on Monday, officials said."}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "k.sqlite3"
    with Store(db) as store:
        ingest_paths(store, [first])
    catalogue = Catalogue(Store(db))
    try:
        (event,) = catalogue.snapshot().events
        digest, _ = catalogue.digest(event.id)
        assert catalogue.digest(event.id)[0] is digest and catalogue.cached_digests() == 1
        with Store(db) as writer:  # another connection, as `khabar ingest` in another process
            ingest_paths(writer, [second])
        snap = catalogue.snapshot()
        assert snap.count == 2 and "quake-1" in snap.event_of
        assert catalogue.cached_digests() == 0
        assert catalogue.digest(event.id)[0] is not digest
        assert catalogue.digest("no-such-event") is None
        # Re-clustering (`khabar cluster`) changes events without adding articles.
        monkeypatch.setattr(app, "EVENTS_RECHECK_SECONDS", 0.0)
        assert catalogue.snapshot() is snap  # nothing changed: same snapshot, cache kept
        assert catalogue.cached_digests() == 1
        with Store(db) as writer:
            renamed = replace(writer.load_events()[0], title="Council budget (re-clustered)")
            writer.save_events([renamed])
        assert catalogue.snapshot().by_id[renamed.id].title == "Council budget (re-clustered)"
        assert catalogue.cached_digests() == 0
    finally:
        catalogue.store.close()


def test_store_without_events_still_serves_articles(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = tmp_path / "k.sqlite3"
    with Store(db) as store:
        ingest_paths(store, [source], analyse=False)  # `khabar ingest --no-analyse`
    catalogue = Catalogue(Store(db))
    try:
        events = json.loads(respond(catalogue, "GET", "/api/events").body)
        assert events["count"] == 0 and events["events"] == []
        article = json.loads(respond(catalogue, "GET", "/api/articles/council-1").body)
        assert article["event_id"] is None and article["published_inferred"] is None
        home = respond(catalogue, "GET", "/")
        assert home.status == 200 and "No events yet" in home.body.decode()
        page = respond(catalogue, "GET", "/articles/council-1")
        assert page.status == 200 and "Event</dt>" not in page.body.decode()
        hits = json.loads(respond(catalogue, "GET", "/api/search?q=council").body)["results"]
        assert [(h["id"], h["event_id"]) for h in hits] == [("council-1", None)]
    finally:
        catalogue.store.close()


# --------------------------------------------------------------------------
# snippets


def test_snippet_prefers_window_with_most_query_words():
    text = "पुतिन ने कहा। " + "और " * 40 + "रूस के राष्ट्रपति पुतिन ने किम से मुलाकात की।"
    snippet = make_snippet(text, query_words("पुतिन किम"))
    marked = [snippet.text[s:e] for s, e in snippet.highlights]
    assert marked == ["पुतिन", "किम"]
    assert snippet.text.startswith("…") and snippet.text.endswith("।")
    assert make_snippet("nothing here", query_words("पुतिन")) is None
    assert make_snippet("", query_words("x")) is None
    accented = make_snippet("The café opened.", query_words("CAFE"))
    assert [accented.text[s:e] for s, e in accented.highlights] == ["café"]


def test_the_access_log_shows_a_hindi_query_sent_unescaped_as_hindi(served, capsys):
    import socket

    base, _, server = served
    host, port = server.server_address[:2]
    server.quiet = False
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT) as connection:
            connection.sendall("GET /search?q=किम HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode("utf-8"))
            while connection.recv(65536):
                pass
    finally:
        server.quiet = True
    logged = capsys.readouterr().err
    assert '"GET /search?q=किम HTTP/1.1" 200' in logged


# --------------------------------------------------------------------------
# requests as a client may send them, byte for byte


def raw_exchange(server, data: bytes) -> bytes:
    """Everything the server sends back for ``data`` until it closes the connection."""
    import socket

    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=TIMEOUT) as connection:
        connection.sendall(data)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_a_target_urlsplit_refuses_is_a_400_not_a_dropped_connection(served):
    # QA: an unclosed IPv6 bracket raised ValueError out of respond; the client got nothing
    _, _, server = served
    answer = raw_exchange(server, b"GET http://[/api/events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert "malformed request target" in json.loads(body)["error"]
    assert respond(None, "GET", "http://[/articles").status == 400


@pytest.mark.parametrize("chunked", [False, True])
def test_a_get_with_a_body_closes_the_connection_rather_than_read_the_body_as_a_request(served, chunked):
    # QA: the unread body of a kept-alive GET was answered as a second request
    _, _, server = served
    smuggled = b"GET /api/nope HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    framing = (b"Transfer-Encoding: chunked\r\n\r\n%x\r\n" % len(smuggled) if chunked
               else b"Content-Length: %d\r\n\r\n" % len(smuggled))
    answer = raw_exchange(server, b"GET /api HTTP/1.1\r\nHost: localhost\r\n" + framing + smuggled)
    assert answer.startswith(b"HTTP/1.1 200 ") and b"Connection: close" in answer.partition(b"\r\n\r\n")[0]
    assert answer.count(b"HTTP/1.1 ") == 1, answer[-300:]


@pytest.mark.parametrize(
    "request_line, status",
    [
        (b"GET /api/events HTTP/2.0", 505),
        (b"BREW /api/events HTTP/1.1", 501),
        (b"GET /api/events/" + b"x" * 70000 + b" HTTP/1.1", 414),
        (b"GARBAGE", 400),
    ],
)
def test_http_servers_own_refusals_are_in_the_servers_formats(served, request_line, status):
    # QA: these came as http.server's HTML page, without the security headers, under /api too
    _, _, server = served
    answer = raw_exchange(server, request_line + b"\r\nHost: localhost\r\n\r\n")
    if request_line == b"GARBAGE":  # HTTP/0.9 to http.server: the body alone, no status line
        assert answer.startswith(b"<!doctype html>") and b"<h2>400 " in answer, answer[:100]
        return
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 %d " % status) or head.startswith(b"HTTP/1.0 %d " % status), head[:100]
    assert b"X-Content-Type-Options: nosniff" in head and b"Connection: close" in head
    if b"/api/events" in request_line:
        assert b"application/json" in head and json.loads(body)["error"]
    else:
        assert b"text/html" in head and b'<a href="/">Back to the events</a>' in body


@pytest.mark.parametrize(
    "host, status",
    [
        ("localhost", 200), ("LOCALHOST:8000", 200), ("127.0.0.1:1", 200), ("127.1.2.3", 200), ("[::1]:80", 200),
        ("khabar.localhost", 200), ("attacker.example", 403), ("attacker.example:8000", 403), ("10.0.0.1", 403),
        ("[::1", 403),
    ],
)
def test_a_loopback_server_answers_only_requests_for_a_local_name(served, host, status):
    # QA: any Host was answered, so a page whose name DNS rebinding points at 127.0.0.1 could read the store
    _, _, server = served
    for path in ("/api/events", "/"):
        answer = raw_exchange(server, f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        assert answer.startswith(b"HTTP/1.1 %d " % status), (host, path, answer[:100])
        if status == 403 and path.startswith("/api"):
            assert "Host" in json.loads(answer.partition(b"\r\n\r\n")[2])["error"]
    assert raw_exchange(server, b"GET /api HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.1 200 ")  # no Host sent


def test_a_server_on_another_address_answers_any_host(served):
    _, _, server = served
    server.loopback = False
    try:
        assert server.answers_to("attacker.example")
    finally:
        server.loopback = True


def test_a_connection_that_sends_nothing_is_closed(served, monkeypatch):
    # QA: a connection that sent nothing held its worker thread for as long as the client liked
    import socket

    _, _, server = served
    assert app.Handler.timeout == app.IDLE_SECONDS and 0 < app.IDLE_SECONDS <= 300
    monkeypatch.setattr(app.Handler, "timeout", 0.3)  # the same, sooner
    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=5) as connection:
        connection.sendall(b"GET /api HTTP/1.1\r\nHost: localhost\r\n")  # and never the blank line
        assert connection.recv(65536) == b""  # closed by the server, not by this timeout


def test_a_store_replaced_at_its_path_is_served_anew(tmp_path):
    # QA: `rm news.db; khabar ingest ... --db news.db` while serving kept showing the deleted store
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    new.write_text(json.dumps({"id": "quake-1", "title": "Earthquake shakes the coast",
                               "text": "A strong earthquake shook the northern coast on Monday."}) + "\n",
                   encoding="utf-8")
    db = tmp_path / "k.sqlite3"
    with Store(db) as store:
        ingest_paths(store, [old])
    server, thread = _start(db)
    try:
        base = server.url.rstrip("/")
        assert [a["id"] for a in get_json(base, "/api/articles")["articles"]] == ["council-1"]
        for leftover in tmp_path.glob("k.sqlite3*"):
            leftover.unlink()
        (tmp_path / "junk.sqlite3").write_text("not yet a store")
        (tmp_path / "junk.sqlite3").rename(db)  # half-written: the old store is served meanwhile
        assert [a["id"] for a in get_json(base, "/api/articles")["articles"]] == ["council-1"]
        db.unlink()
        with Store(db) as store:
            ingest_paths(store, [new])
        assert get_json(base, "/api/articles/quake-1")["title"] == "Earthquake shakes the coast"
        assert [a["id"] for a in get_json(base, "/api/articles")["articles"]] == ["quake-1"]
        assert [r["id"] for r in get_json(base, "/api/search?q=earthquake")["results"]] == ["quake-1"]
    finally:
        _stop(server, thread)
