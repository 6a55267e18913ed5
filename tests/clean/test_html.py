from __future__ import annotations

from khabar.clean import clean_document
from khabar.records import Origin, RawDocument

PAGE = """<!doctype html><html lang="en"><head>
<title>Port strike ends after talks | Harbour Daily</title>
<meta property="og:title" content="Port strike ends after talks">
<meta property="og:site_name" content="Harbour Daily">
<meta name="author" content="Meera Nair">
<meta property="article:published_time" content="2024-05-02T08:30:00+05:30">
</head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<article>
<h1>Port strike ends after talks</h1>
<p>Dock workers at the city port ended their week-long strike on Thursday after the management agreed to raise wages and hire more staff, union leaders said.</p>
<p>Cargo handling had slowed to a crawl during the strike, and dozens of ships waited at anchor outside the harbour for their turn to unload.</p>
<p>The port authority said normal operations would resume by the weekend once the backlog of containers was cleared.</p>
</article>
<aside><h3>Related Stories</h3><ul><li><a href="/a">Fuel prices cut</a></li><li><a href="/b">New airport terminal opens</a></li></ul></aside>
<footer>Copyright 2024 Harbour Daily. All rights reserved.</footer>
</body></html>"""


def test_html_page_metadata_and_text():
    doc = RawDocument(id="port", origin=Origin(kind="html", path="port.html", url="https://www.harbourdaily.com/port"),
                      html=PAGE)
    article = clean_document(doc)
    assert article.title == "Port strike ends after talks"
    assert article.author == "Meera Nair"
    assert article.published.isoformat() == "2024-05-02T08:30:00+05:30"
    assert article.outlet == "Harbour Daily"
    assert article.language == "en"
    assert article.url == "https://www.harbourdaily.com/port"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Dock workers at the city port")
    for junk in ("Related Stories", "Fuel prices", "Copyright", "Business"):
        assert junk not in article.body


def test_meta_from_reader_wins_over_html():
    doc = RawDocument(id="port", origin=Origin(kind="html"), html=PAGE,
                      meta={"title": "Strike over", "outlet": "Wire"})
    article = clean_document(doc)
    assert article.title == "Strike over"
    assert article.outlet == "Wire"


def test_short_html_fragment_keeps_its_text():
    fragment = "<p>दिल्ली में आज भारी बारिश हुई और कई इलाकों में पानी भर गया।</p>"
    article = clean_document(RawDocument(id="f", origin=Origin(kind="feed"), html=fragment,
                                         meta={"title": "दिल्ली में बारिश", "language": "en-US"}))
    assert "भारी बारिश" in article.body
    assert article.language == "hi"  # the template's lang="en-US" is contradicted by the script


def test_declared_language_is_normalised():
    doc = RawDocument(id="port", origin=Origin(kind="html"), html=PAGE, meta={"language": "en-GB"})
    assert clean_document(doc).language == "en"


def test_a_latin_script_page_declared_english_is_read_for_its_language():
    # AEB: a German e-health article whose template declares lang="en"
    german = ("<p>Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute durch fast "
              "alle Branchen und Anwendungsgebiete, sei es im Finanzbereich, der Industrie oder eben auch im Bereich "
              "Healthcare. Behandelnde Mediziner sind dabei nicht immer auf dem aktuellsten Stand, erhalten wichtige "
              "Patientendaten gar nicht oder zu spät und müssen Zeit für die Suche nach Befunden aufwenden. Die "
              "Versicherten sollen ihre Daten künftig selbst verwalten und an Ärzte freigeben können.</p>")
    doc = RawDocument(id="de", origin=Origin(kind="html"), html=german, meta={"language": "en"})
    assert clean_document(doc).language == "de"


def test_placeholder_publication_date_gives_way_to_the_page_date(tmp_path):
    # A CMS's zero time in JSON-LD (as on five AEB benchmark pages) is no date;
    # the date the page prints is.
    from khabar.pipeline import extract

    page = PAGE.replace(
        '<meta property="article:published_time" content="2024-05-02T08:30:00+05:30">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>',
    ).replace("<article>", '<article><p class="date">May 3, 2024</p>')
    (tmp_path / "port.html").write_text(page, encoding="utf-8")
    articles, errors = extract([tmp_path / "port.html"])
    assert not errors and articles[0].published.date().isoformat() == "2024-05-03"


def test_a_page_past_lxmls_text_node_limit_keeps_its_text():
    # QA's big19.html: 18 MB of one paragraph came out with an empty body, because libxml2
    # cuts a text node at 10 MB unless the parser allows huge trees.
    from khabar.clean.html import LXML_TEXT_LIMIT, extract_html

    sentence = "The minister said on Friday that the talks went well. "
    paragraph = sentence * (LXML_TEXT_LIMIT // len(sentence) + 10)
    text, _ = extract_html(f"<html><body><article><h1>Big</h1><p>{paragraph}</p></article></body></html>")
    assert len(text) >= len(paragraph.strip())
    assert text.rstrip().endswith("went well.")
