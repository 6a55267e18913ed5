"""The terminal digest: wrapped by display width, citations mapped to outlets."""

from __future__ import annotations

import re

from khabar.web.common import display_width
from khabar.web.terminal import Style, render_terminal, wrap


def test_display_width_ignores_combining_marks():
    # wcwidth's convention: the virama (Mn) takes no column, a spacing vowel sign (Mc) one.
    assert display_width("न्य") == 2
    assert display_width("कि") == 2
    assert display_width("\u200bक") == 1
    assert display_width("abc") == 3


def test_wrap_keeps_every_word_and_fits():
    text = "असम में ब्रह्मपुत्र नदी का जलस्तर बढ़ने से आई बाढ़ में कई लोगों की मौत हो गई है। " * 3
    lines = wrap(text, 30, "  ", "    ")
    assert " ".join(line.strip() for line in lines).split() == text.split()
    assert all(display_width(line) <= 30 for line in lines)
    assert lines[0].startswith("  ") and not lines[0].startswith("   ")
    assert all(line.startswith("    ") for line in lines[1:])
    assert wrap("", 30) == []
    assert wrap("x" * 50, 20) == ["x" * 50]  # an over-long word stands alone, uncut


def test_digest_sections_and_citations(sample):
    articles, digests, errors = sample
    out = render_terminal(articles, digests, errors=errors, width=72)
    assert out.startswith("khabar digest: 4 articles, 2 events, 3 outlets")
    assert "1 input could not be read" in out
    for heading in ("Summary", "Timeline", "Who & where", "Where sources differ", "Sources"):
        assert f"\n  {heading}\n" in out
    flat = " ".join(out.split())
    assert "कई लोगों की मौत हो गई है। [1][2] (sources differ: मरने वालों की संख्या)" in flat
    assert flat.count("sources differ:") == 1  # only the sentence a disagreement is about
    sources = " ".join(out.split("\n  Sources\n", 1)[1].split())
    assert re.search(r"\[1\] दैनिक समाचार — 2024-07-02 09:15 \+05:30 — first report", sources)
    assert re.search(r"\[2\] Khabar Times — 2024-07-03 18:40", sources)
    assert "[3] unknown outlet — undated; between 2024-07-02 and 2024-07-04" in sources
    assert "Places: Assam (असम) ×4/2src" in flat
    assert "[1] बाढ़ में 12 लोगों की मौत हो गई है" in flat
    assert all(display_width(line) <= 72 for line in out.splitlines())


def test_event_limit_and_plain_style(sample):
    articles, digests, _ = sample
    out = render_terminal(articles, digests, max_events=1)
    assert "City council" not in out
    assert "1 more event not shown" in out
    assert "\x1b[" not in out
    coloured = render_terminal(articles, digests, style=Style(True))
    assert "\x1b[1m" in coloured


def test_an_event_without_a_summary_says_so(sample):
    from dataclasses import replace

    articles, digests, _ = sample
    out = render_terminal(articles, [replace(digests[0], summary=[])])
    assert "\n  Summary\n  No summary could be made for this event.\n" in out


def test_empty_digest():
    assert render_terminal([], []).startswith("khabar digest: 0 articles, 0 events, 0 outlets")


def test_outlets_when_no_article_names_one(sample):
    from dataclasses import replace

    from khabar.web.common import corpus_outlets_fact

    articles, _, _ = sample
    unnamed = [replace(a, outlet=None) for a in articles]
    assert corpus_outlets_fact(unnamed) == "no outlet named"
    assert corpus_outlets_fact(unnamed[:1] + articles[:1]).startswith("1 outlet (+1 article with no outlet named)")


def test_long_citation_runs_are_capped(sample):
    from dataclasses import replace

    from khabar.records import Event, EventDigest, Origin, SummarySentence

    articles, _, _ = sample
    many = [replace(articles[0], id=f"x{n}", origin=Origin(kind="text")) for n in range(10)]
    digest = EventDigest(
        event=Event(id="ev", title="t", article_ids=[a.id for a in many]),
        summary=[SummarySentence(text="एक बात जो सब कहते हैं।", sources=[a.id for a in many])],
    )
    out = render_terminal(many, [digest])
    assert "एक बात जो सब कहते हैं। [1][2][3][4][5][6]…+4" in out
