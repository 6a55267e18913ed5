"""HTML reader: raw html passed on, the page's own metadata in meta."""

from __future__ import annotations

from khabar.records import RawDocument, ReadError
from khabar.sources import read_paths

PAGE = """<!DOCTYPE html>
<html lang="hi-IN"><head>
<meta charset="{charset}">
<title>किम रूस पहुंचे | समाचार साइट</title>
<meta property="og:title" content="किम जोंग उन ट्रेन से रूस पहुंचे">
<meta property="og:site_name" content="समाचार साइट">
<meta property="article:published_time" content="2023-09-12T11:58:00+05:30">
<meta name="author" content="प्रियंका सिंह">
<link rel="canonical" href="https://example.org/news/kim-russia">
</head><body><nav>होम / दुनिया</nav>
<article><h1>किम जोंग उन ट्रेन से रूस पहुंचे</h1><p>उत्तर कोरिया के नेता किम जोंग उन रूस पहुंचे।</p></article>
</body></html>"""


def test_html_page_metadata(tmp_path):
    path = tmp_path / "kim.html"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    [doc] = read_paths([path])
    assert isinstance(doc, RawDocument)
    assert doc.id == "kim" and doc.text is None and "<article>" in doc.html
    assert doc.origin.kind == "html" and doc.origin.url == "https://example.org/news/kim-russia"
    assert doc.meta["title"] == "किम जोंग उन ट्रेन से रूस पहुंचे"
    assert doc.meta["outlet"] == "समाचार साइट"
    assert doc.meta["author"] == "प्रियंका सिंह"
    assert doc.meta["published"] == "2023-09-12T11:58:00+05:30"
    assert doc.meta["language"] == "hi"
    assert doc.meta["url"] == "https://example.org/news/kim-russia"


def test_html_declared_legacy_charset(tmp_path):
    page = "<html><head><meta charset='windows-1252'><title>Caf\u00e9 news</title></head>" \
        "<body><p>The caf\u00e9 re-opened \u2013 \u201cfinally\u201d.</p></body></html>"
    path = tmp_path / "old.htm"
    path.write_bytes(page.encode("cp1252"))
    [doc] = read_paths([path])
    assert "The caf\u00e9 re-opened \u2013 \u201cfinally\u201d." in doc.html
    assert doc.meta["title"] == "Caf\u00e9 news"


def test_recoverable_broken_markup_is_still_read(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>Unclosed paragraph about the summit<p>and another", encoding="utf-8")
    [doc] = read_paths([path])
    assert isinstance(doc, RawDocument) and "summit" in doc.html


def test_gzipped_page(tmp_path):
    import gzip

    path = tmp_path / "saved.html.gz"
    path.write_bytes(gzip.compress(PAGE.format(charset="utf-8").encode()))
    [doc] = read_paths([tmp_path])
    assert doc.id == "saved" and doc.meta["author"] == "प्रियंका सिंह"


def test_a_zoned_json_ld_time_beats_a_zoneless_meta_time(tmp_path):
    # A US site's <meta content="2019-11-18 20:58:46"> is its local time; the
    # JSON-LD says when that was: 04:58 UTC the next day.
    page = ("<html><head><meta name='pubdate' content='2019-11-18 20:58:46'>"
            "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"}, "
            "{\"@type\": \"NewsArticle\", \"datePublished\": \"2019-11-19T04:58:46Z\"}]}</script>"
            "</head><body><article><p>The council approved the budget on Monday after a long debate.</p>"
            "</article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [doc] = list(read_paths([tmp_path / "a.html"]))
    assert doc.meta["published"] == "2019-11-19T04:58:46Z"
    # A zoned <meta> time stays, whatever the JSON-LD says.
    (tmp_path / "b.html").write_text(page.replace("2019-11-18 20:58:46", "2019-11-18T20:58:46-08:00"),
                                     encoding="utf-8")
    [doc] = list(read_paths([tmp_path / "b.html"]))
    assert doc.meta["published"] == "2019-11-18T20:58:46-08:00"


def test_truncated_gzipped_page_is_reported(tmp_path):
    # QA's trunc_clean.html.gz: cut at a sentence end, it passed for the whole page.
    import gzip

    data = gzip.compress(PAGE.format(charset="utf-8").encode() * 20)
    path = tmp_path / "cut.html.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    [error] = list(read_paths([path]))
    assert isinstance(error, ReadError) and "truncated" in error.message


def test_multi_member_gzipped_page_is_read_whole(tmp_path):
    # QA's multimember.html.gz (two gzip members, as `cat a.gz b.gz` makes) was read to its first member's end.
    import gzip

    text = PAGE.format(charset="utf-8")
    half = len(text) // 2
    path = tmp_path / "joined.html.gz"
    path.write_bytes(gzip.compress(text[:half].encode()) + gzip.compress(text[half:].encode()))
    [doc] = list(read_paths([path]))
    assert isinstance(doc, RawDocument) and doc.html == text
