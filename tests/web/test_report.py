"""The HTML report: self-contained, escaped, Devanagari-ready, every citation a working link."""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

from khabar.web.report import render_html

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children: list = []  # Node or str

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def lang(self) -> str | None:
        node = self
        while node is not None:
            if "lang" in node.attrs:
                return node.attrs["lang"]
            node = node.parent
        return None


class TreeBuilder(HTMLParser):
    """A strict little DOM: fails on any mis-nested or unclosed element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        self.current = self.current.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.current is builder.root, f"unclosed <{builder.current.tag}>"
    return builder.root


def test_well_formed_and_self_contained(sample):
    articles, digests, errors = sample
    html = render_html(articles, digests, errors=errors)
    root = parse(html)
    tags = {n.tag for n in root.iter()}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "url(" not in html and "@import" not in html and "@font-face" not in html
    assert html.startswith("<!doctype html>")
    assert next(n for n in root.iter() if n.tag == "html").attrs.get("lang")
    assert '<meta charset="utf-8">' in html


def test_names_link_to_an_address_only_when_one_is_given(sample):
    # the stand-alone report has no server to search: its names link nowhere
    names = [e.name for d in sample[1] for e in d.entities]
    assert names and "/find/" not in render_html(*sample[:2])
    linked = render_html(*sample[:2], name_href=lambda name: "/find/" + name)
    assert all(f'href="/find/{escape(name)}"' in linked for name in names)


def test_font_stack_names_devanagari_fonts(sample):
    html = render_html(*sample[:2])
    for font in ('"Noto Sans Devanagari"', '"Nirmala UI"', "Mangal", '"Lohit Devanagari"', "sans-serif"):
        assert font in html
    assert ":lang(hi)" in html


def test_everything_from_input_is_escaped(sample):
    html = render_html(*sample[:2])
    assert "<script>" not in html and "</script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "City council approves &lt;new&gt; budget" in html
    assert "राहत शिविर &amp; &quot;नावें&quot; तैनात" in html
    assert "<new>" not in html and "<और>" not in html


def test_summary_citations_link_to_articles_on_the_page(sample):
    root = parse(render_html(*sample[:2]))
    ids = {n.attrs["id"] for n in root.iter() if "id" in n.attrs}
    hrefs = [n.attrs["href"] for n in root.iter() if n.tag == "a" and n.attrs.get("href", "").startswith("#")]
    assert hrefs and all(h[1:] in ids for h in hrefs), "every in-page link has a target"
    summary = next(n for n in root.iter() if n.attrs.get("class") == "summary")
    cites = [n for n in summary.iter() if n.attrs.get("class") == "cite"]
    assert len(cites) == 3  # one citation group per summary sentence
    first = [(a.text(), a.attrs["href"]) for a in cites[0].iter() if a.tag == "a"]
    assert first == [("[1]", "#article-a1"), ("[2]", "#article-b2")]
    target = next(n for n in root.iter() if n.attrs.get("id") == "article-a1")
    assert target.tag == "article"
    assert "दैनिक समाचार" in next(a for a in cites[0].iter() if a.tag == "a").attrs["title"]


def test_hindi_and_english_text_carry_their_lang(sample):
    root = parse(render_html(*sample[:2]))
    summaries = [n for n in root.iter() if n.attrs.get("class") == "summary"]
    hindi = [n for n in summaries[0].iter() if n.tag == "span" and n.parent.tag == "p"]
    assert hindi and all(n.lang() == "hi" for n in hindi)
    english = [n for n in summaries[1].iter() if n.tag == "span" and n.parent.tag == "p"]
    assert english and all(n.lang() == "en" for n in english)
    body = next(n for n in root.iter() if n.attrs.get("id") == "article-a1")
    assert next(n for n in body.iter() if n.attrs.get("class") == "body").lang() == "hi"


def test_an_urdu_summary_runs_right_to_left_and_hindi_does_not(sample):
    from dataclasses import replace

    from khabar.records import SummarySentence

    articles, digests = sample[:2]
    sentence = "ممبئی میں منگل کے روز شدید بارش کے بعد کئی علاقوں میں پانی بھر گیا۔"
    urdu = [replace(articles[0], id="u1", language="ur", body=sentence)] + list(articles[1:])
    digest = replace(digests[0], event=replace(digests[0].event, article_ids=["u1"]),
                     summary=[SummarySentence(text=sentence, sources=["u1"])])
    root = parse(render_html(urdu, [digest]))
    paragraph = next(n for n in root.iter() if n.attrs.get("class") == "summary").children[0]
    assert paragraph.tag == "p" and paragraph.attrs.get("dir") == "rtl"
    assert any(n.tag == "span" and n.attrs.get("dir") == "rtl" for n in paragraph.iter())
    hindi = parse(render_html(*sample[:2]))
    assert not any(n.attrs.get("dir") for n in hindi.iter())


def test_removed_lines_viewable_per_article_with_reasons(sample):
    root = parse(render_html(*sample[:2]))
    a1 = next(n for n in root.iter() if n.attrs.get("id") == "article-a1")
    details = [n for n in a1.iter() if n.tag == "details"]
    removed = next(d for d in details if "Removed" in d.text())
    rows = [[td.text() for td in tr.iter() if td.tag == "td"] for tr in removed.iter() if tr.tag == "tr"]
    rows = [r for r in rows if r]
    assert rows[0] == ["1", "breadcrumb", "होम / राज्य / असम"]
    assert rows[1][1] == "teaser"
    c3 = next(n for n in root.iter() if n.attrs.get("id") == "article-c3")
    assert "removed nothing" in c3.text()


def test_timeline_entities_disagreements_and_coverage(sample):
    root = parse(render_html(*sample[:2]))
    event = next(n for n in root.iter() if n.attrs.get("id") == "event-ev-000001")
    text = event.text()
    times = [n.attrs["datetime"] for n in event.iter() if n.tag == "time"]
    assert times[:2] == ["2024-07-01", "2024-07"]
    assert "1 Jul 2024" in text and "Jul 2024" in text
    assert "Assam" in text and "4 mentions · 2 sources" in text and "एनडीआरएफ" in text
    versions = [n for n in event.iter() if n.attrs.get("class") == "version"]
    assert len(versions) == 2
    # The summary sentence whose figure the sources give differently points at them.
    disputed = [n for n in event.iter() if n.attrs.get("class") == "disputed"]
    assert len(disputed) == 1 and "मरने वालों की संख्या" in disputed[0].text()
    target = disputed[0].attrs["href"].lstrip("#")
    heading = next(n for n in event.iter() if n.attrs.get("id") == target)
    assert heading.tag == "h3" and "differ" in heading.text()
    assert "12 लोगों" in versions[0].text() and "दैनिक समाचार" in versions[0].text()
    assert "14" in versions[1].text() and "Khabar Times" in versions[1].text()
    coverage = next(n for n in event.iter() if n.attrs.get("class") == "coverage")
    rows = [tr.text() for tr in coverage.iter() if tr.tag == "tr"][1:]
    assert "first report" in rows[0] and "2024-07-02 09:15 +05:30" in rows[0]
    assert "between 2024-07-02 and 2024-07-04" in rows[2] and "its event was reported" in rows[2]
    assert "unknown outlet" in rows[2]


def test_errors_and_empty_inputs_render(sample):
    articles, digests, errors = sample
    assert "binary file, not text" in render_html(articles, digests, errors=errors)
    parse(render_html([], []))
    from dataclasses import replace

    bare = replace(digests[0], summary=[], timeline=[], entities=[], disagreements=[], coverage={})
    html = render_html(articles, [bare])
    parse(html)
    assert "No summary could be made" in html


def test_anchor_ids_are_safe_and_unique(sample):
    from dataclasses import replace

    articles, digests, _ = sample
    odd = [replace(articles[0], id='x "y" <z>'), replace(articles[1], id="x-y-z")]
    html = render_html(odd, [])
    root = parse(html)
    ids = [n.attrs["id"] for n in root.iter() if n.tag == "article"]
    assert len(set(ids)) == 2 and all(re.fullmatch(r"[A-Za-z0-9_.-]+", i) for i in ids)


def test_missing_values_from_a_sloppy_stage_do_not_crash(sample):
    """Records typed str may still arrive as None from a buggy stage: render, don't crash."""
    from khabar.records import Disagreement, Event, EventDigest, SummarySentence, TimelineEntry, Version
    from khabar.web.jsonout import build_digest_json, dumps
    from khabar.web.markdown import render_markdown
    from khabar.web.terminal import render_terminal

    articles, _, _ = sample
    digest = EventDigest(
        event=Event(id="ev-x", title=None, article_ids=["a1", "gone"]),
        summary=[SummarySentence(text=None, sources=["a1", "unknown-id"])],
        timeline=[TimelineEntry(date=None, precision=None, text=None, sources=[])],
        disagreements=[Disagreement(topic=None, kind=None, versions=[Version(text=None, sources=["gone"])])],
        coverage={"articles": "not a list", "first_report": None},
    )
    html = render_html(articles, [digest])
    parse(html)
    assert "(untitled event)" in html
    assert "(untitled event)" in render_terminal(articles, [digest])
    assert "(untitled event)" in render_markdown(articles, [digest])
    dumps(build_digest_json(articles, [digest]))


def test_only_web_urls_become_links(sample):
    from dataclasses import replace

    articles, digests, _ = sample
    html = render_html([replace(articles[0], url="javascript:alert(1)")] + articles[1:], digests)
    assert 'href="javascript' not in html
    assert 'href="https://example.org/news/assam-flood?id=1&amp;ref=home"' in render_html(articles, digests)


def test_near_duplicates_are_marked(sample):
    from dataclasses import replace

    from khabar.web.terminal import render_terminal

    articles, digests, _ = sample
    event = replace(digests[0].event, duplicate_of={"b2": "a1"})
    flood = replace(digests[0], event=event)
    root = parse(render_html(articles, [flood]))
    coverage = next(n for n in root.iter() if n.attrs.get("class") == "coverage")
    rows = [tr.text() for tr in coverage.iter() if tr.tag == "tr"][1:]
    assert "near-duplicate of [1]" in rows[1] and "near-duplicate" not in rows[0]
    assert "near-duplicate of [1]" in " ".join(render_terminal(articles, [flood]).split())
