"""RSS/Atom reader (offline): entries become documents with the entry's metadata."""

from __future__ import annotations

from datetime import datetime, timezone

from khabar.records import RawDocument
from khabar.sources import read_paths

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>समाचार फ़ीड</title><link>https://e.org/</link><language>hi-IN</language>
<item><title>किम रूस पहुंचे</title><link>https://e.org/kim</link>
<pubDate>Tue, 12 Sep 2023 11:58:00 +0530</pubDate><author>desk@e.org (डेस्क)</author>
<description>&lt;p&gt;उत्तर कोरिया के नेता रूस पहुंचे।&lt;/p&gt;</description></item>
<item><title>Second</title><link>https://e.org/two</link><description>Second summary.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Kim meets Putin</title><link href="https://w.org/kim-putin"/><id>urn:1</id>
<updated>2023-09-13T08:00:00Z</updated><author><name>A. Writer</name></author>
<content type="html">&lt;p&gt;Kim Jong Un met Vladimir Putin at Vostochny.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_file_offline(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    docs = list(read_paths([path], fetch_links=False))
    assert [d.id for d in docs] == ["news-001", "news-002"]
    first = docs[0]
    assert isinstance(first, RawDocument) and first.origin.kind == "feed"
    assert first.meta["title"] == "किम रूस पहुंचे" and first.meta["url"] == "https://e.org/kim"
    assert first.meta["outlet"] == "समाचार फ़ीड" and first.meta["language"] == "hi"
    assert first.meta["published"] == datetime(2023, 9, 12, 6, 28, tzinfo=timezone.utc)
    assert "उत्तर कोरिया के नेता रूस पहुंचे।" in first.html
    assert first.origin.url == "https://e.org/kim"


def test_atom_file_sniffed_by_content(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = read_paths([path], fetch_links=False)
    assert doc.meta["title"] == "Kim meets Putin" and doc.meta["author"] == "A. Writer"
    assert doc.meta["published"] == datetime(2023, 9, 13, 8, 0, tzinfo=timezone.utc)
    assert "Vostochny" in doc.html


def test_unreachable_links_fall_back_to_entry_content(tmp_path):
    # Port 9 on localhost refuses at once: stands in for being offline.
    path = tmp_path / "local.rss"
    path.write_text(RSS.replace("https://e.org/", "http://127.0.0.1:9/"), encoding="utf-8")
    docs = list(read_paths([path], fetch_links=True))
    assert len(docs) == 2 and all(isinstance(d, RawDocument) for d in docs)
    assert "Second summary." in docs[1].html


def test_feed_url_and_linked_pages_over_local_http(tmp_path):
    # A throwaway HTTP server on localhost: exercises fetching without a network.
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(tmp_path)))
    base = f"http://127.0.0.1:{server.server_port}"
    (tmp_path / "kim.html").write_text(
        "<html><head><title>Page</title></head><body><article><p>पूरी खबर का पाठ।</p></article></body></html>",
        encoding="utf-8",
    )
    feed = RSS.replace("https://e.org/kim", f"{base}/kim.html").replace("https://e.org/two", f"{base}/gone.html")
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        docs = list(read_paths([f"{base}/feed.xml"]))
    finally:
        server.shutdown()
        server.server_close()
    assert [d.id for d in docs] == ["127-0-0-1-" + str(server.server_port) + "-feed-xml-001",
                                    "127-0-0-1-" + str(server.server_port) + "-feed-xml-002"]
    fetched, fallback = docs
    assert "पूरी खबर का पाठ।" in fetched.html and fetched.meta["fetched_from"] == f"{base}/kim.html"
    assert fetched.meta["title"] == "किम रूस पहुंचे"  # the entry's title, not the page's
    assert "Second summary." in fallback.html  # a 404 link falls back to the entry's summary
    assert fetched.origin.path is None and fetched.origin.url == f"{base}/kim.html"


def test_stalled_link_host_stops_fetching_with_one_warning(tmp_path, monkeypatch):
    # QA's feed_slow.rss: a host that accepts connections and never answers cost
    # the full timeout on every entry. The kernel accepts into the backlog of a
    # listening socket nobody serves, which is exactly such a host.
    import socket
    import time

    from khabar.records import ReadError
    from khabar.sources import feed

    monkeypatch.setattr(feed, "FETCH_TIMEOUT", 0.5)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    base = f"http://127.0.0.1:{silent.getsockname()[1]}"
    items = "".join(
        f"<item><title>Item {n}</title><link>{base}/a{n}</link><description>Summary {n}.</description></item>"
        for n in range(6)
    )
    path = tmp_path / "slow.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>{items}</channel></rss>')
    started = time.perf_counter()
    try:
        results = list(read_paths([path], fetch_links=True))
    finally:
        silent.close()
    elapsed = time.perf_counter() - started
    docs = [r for r in results if isinstance(r, RawDocument)]
    errors = [r for r in results if isinstance(r, ReadError)]
    assert [f"Summary {n}." in d.html for n, d in enumerate(docs)] == [True] * 6
    [warning] = errors
    assert warning.source == str(path) and "did not answer" in warning.message
    assert elapsed < 2.5  # one timeout, not six


def test_impossible_iso_dates_are_not_rolled_over(tmp_path):
    # QA's feed/dates.rss: feedparser made 2023-02-30 into 2 March and
    # 2023-13-45T99:99:99Z into 1 January 2024; JSONL rejects the same strings.
    items = "".join(
        f"<item><title>{n}</title><pubDate>{date}</pubDate><description>Body {n}.</description></item>"
        for n, date in enumerate(["2023-02-30T10:00:00Z", "2023-13-45T99:99:99Z", "2023-09-12T10:00:00+05:30"])
    )
    path = tmp_path / "dates.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>D</title>{items}</channel></rss>')
    docs = list(read_paths([path], fetch_links=False))
    assert [d.meta["published"] for d in docs] == [
        "2023-02-30T10:00:00Z", "2023-13-45T99:99:99Z", datetime(2023, 9, 12, 4, 30, tzinfo=timezone.utc)
    ]
