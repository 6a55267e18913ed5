"""The Markdown digest: escaped text, resolvable citation links, all sections."""

from __future__ import annotations

import re

from khabar.web.markdown import md_escape, render_markdown


def test_escape():
    assert md_escape("a *b* <c> [d] | e_f") == r"a \*b\* \<c\> \[d\] \| e\_f"
    assert md_escape("1. first") == r"1\. first"
    assert md_escape("# not a heading") == r"\# not a heading"
    assert md_escape("2.5 करोड़\nनई पंक्ति") == "2.5 करोड़ नई पंक्ति"


def test_sections_and_citations(sample):
    articles, digests, errors = sample
    md = render_markdown(articles, digests, errors=errors)
    assert md.startswith("# khabar digest\n")
    # the batch's header counts articles that name no outlet, as the terminal's does
    assert re.search(r"^4 articles · 2 events · 3 outlets \(\+1 article with no outlet named\) · generated", md, re.M)
    assert "## 1. असम में बाढ़ से 12 लोगों की मौत, 3 लाख प्रभावित" in md
    assert "## 2. City council approves \\<new\\> budget" in md
    for heading in ("### Summary", "### Timeline", "### Who & where", "### Where the sources differ", "### Sources"):
        assert heading in md
    # a1 has a URL: its citations are links; b2 has none: plain numbers.
    assert "कई लोगों की मौत हो गई है। [\\[1\\]][ev-000001-1]\\[2\\] _(sources differ: मरने वालों की संख्या)_" in md
    assert md.count("sources differ:") == 1
    assert "[ev-000001-1]: <https://example.org/news/assam-flood?id=1&ref=home>" in md
    used = set(re.findall(r"\]\[([^\]]+)\]", md))
    defined = set(re.findall(r"^\[([^\]]+)\]: <", md, flags=re.M))
    assert used and used == defined
    assert "| 3 | unknown outlet | undated; between 2024-07-02 and 2024-07-04" in md
    # An article that names no outlet is counted as such, not as an outlet.
    assert "3 articles · 2 outlets: दैनिक समाचार, Khabar Times (+1 article with no outlet named)" in md
    assert "- **1 Jul 2024** (day): मुख्यमंत्री ने हवाई सर्वेक्षण किया" in md
    assert "`in/broken.bin`: binary file, not text" in md
    assert "<script>" not in md


def test_table_cells_cannot_break_the_table(sample):
    from dataclasses import replace

    articles, digests, _ = sample
    articles = [replace(articles[0], title="a | b\nc")] + articles[1:]
    md = render_markdown(articles, digests)
    row = next(line for line in md.splitlines() if line.startswith("| 1 |"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 5  # four cells, no cell split by the title's "|"
    assert "a \\| b c" in row
