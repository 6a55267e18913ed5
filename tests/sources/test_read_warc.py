"""WARC reader: HTML responses become documents, everything else is skipped."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.records import RawDocument
from khabar.sources import read_paths


def write_warc(path, records, gzip=True):
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for uri, status, content_type, body in records:
            headers = StatusAndHeaders(
                status,
                [("Content-Type", content_type), ("Date", "Tue, 12 Sep 2023 06:28:00 GMT")],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


HTML = "<html><head><title>किम रूस में</title></head><body><p>किम जोंग उन रूस पहुंचे।</p></body></html>"


def test_warc_gz_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://e.org/a", "200 OK", "text/html; charset=utf-8", HTML.encode()),
            ("https://e.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://e.org/gone", "404 Not Found", "text/html", b"<html><body>missing</body></html>"),
            ("https://e.org/b", "200 OK", "text/html; charset=windows-1252",
             "<html><body><p>caf\u00e9 \u2013 news</p></body></html>".encode("cp1252")),
        ],
    )
    docs = list(read_paths([path]))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.id for d in docs] == ["crawl-001", "crawl-002"]
    first, second = docs
    assert first.html == HTML and first.meta["url"] == "https://e.org/a"
    assert first.meta["title"] == "किम रूस में"
    assert first.meta["http_date"] == "Tue, 12 Sep 2023 06:28:00 GMT"
    assert first.origin.kind == "warc" and first.origin.url == "https://e.org/a"
    assert first.origin.offset == 0 and second.origin.offset > 0
    assert "caf\u00e9 \u2013 news" in second.html


def test_uncompressed_warc(tmp_path):
    path = tmp_path / "plain.warc"
    write_warc(path, [("https://e.org/a", "200 OK", "text/html", HTML.encode())], gzip=False)
    [doc] = read_paths([path])
    assert doc.id == "plain-001" and doc.html == HTML


def page(n: int) -> bytes:
    return f"<html><body><p>पूरी खबर {n}। {'विस्तार से पाठ। ' * 40}</p></body></html>".encode()


def test_truncated_warc_is_reported_and_complete_records_kept(tmp_path):
    # QA's trunc.warc.gz and trunc.warc: the file ends inside the last page,
    # which came out cut mid-sentence, with no error and exit 0.
    from khabar.records import ReadError

    records = [(f"https://e.org/{n}", "200 OK", "text/html; charset=utf-8", page(n)) for n in range(3)]
    for gzip in (True, False):
        two, three = tmp_path / f"two{gzip}.warc", tmp_path / f"three{gzip}.warc"
        write_warc(two, records[:2], gzip=gzip)
        write_warc(three, records, gzip=gzip)
        start, end = two.stat().st_size, three.stat().st_size
        cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
        cut.write_bytes(three.read_bytes()[: (start + end) // 2])  # midway through the third record
        results = list(read_paths([cut]))
        docs = [r for r in results if isinstance(r, RawDocument)]
        assert [d.origin.url for d in docs] == ["https://e.org/0", "https://e.org/1"]
        assert all(d.html.endswith("</html>") for d in docs)
        [error] = [r for r in results if isinstance(r, ReadError)]
        assert error.source == str(cut) and "truncated" in error.message
