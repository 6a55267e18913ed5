"""The digest as one self-contained HTML page.

Everything is inline (CSS, no scripts, no fonts, no images), so the file can
be mailed or opened on an air-gapped machine. Devanagari is shaped by the
reader's own system fonts: the font stack names the common Devanagari faces
of every platform (Noto Sans Devanagari, Nirmala UI, Mangal, Lohit
Devanagari), and every piece of article text carries its own ``lang`` so
browsers pick them and hyphenate/line-break correctly. Every string that
came from an input is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timezone
from html import escape

from khabar import __version__
from khabar.records import Article, EventDigest, ReadError
from khabar.web.common import (
    article_published,
    ENTITY_TYPE_LABELS,
    NO_SUMMARY,
    UNTITLED_EVENT,
    Citations,
    coverage_articles,
    describe_inferred,
    disputed_note,
    entities_by_type,
    corpus_outlets_fact,
    outlets_fact,
    event_span,
    first_report_id,
    format_day,
    format_iso_date,
    plural,
    text_language,
    web_url,
    word_count,
)

DEVANAGARI_FONTS = '"Noto Sans Devanagari", "Nirmala UI", Mangal, "Lohit Devanagari"'
FONT_STACK = f'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", {DEVANAGARI_FONTS}, sans-serif'

CSS = """
:root { --ink:#1d2430; --muted:#5b6574; --line:#d9dee6; --paper:#fff; --wash:#f4f6f9;
  --accent:#b3261e; --link:#0b57d0; --mark:#fff4c2; }
@media (prefers-color-scheme: dark) {
  :root { --ink:#e6e9ee; --muted:#a3acb9; --line:#3a4350; --paper:#161a20; --wash:#1f252d;
    --accent:#ff8a80; --link:#8ab4f8; --mark:#4a4020; } }
* { box-sizing: border-box; }
html { font-family: FONT_STACK; color: var(--ink); background: var(--paper); }
body { margin: 0 auto; max-width: 68rem; padding: 1.5rem 1.25rem 4rem; line-height: 1.55; }
/* One stack for both scripts: browsers fall back per character cluster, so
   Latin keeps the UI face and Devanagari finds the first face that has it. */
:lang(hi) { line-height: 1.8; }
a { color: var(--link); }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h1 .brand { color: var(--accent); }
h2 { font-size: 1.45rem; margin: 0 0 .35rem; line-height: 1.35; }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted);
  margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
.meta, .facts { color: var(--muted); font-size: .92rem; margin: 0; }
.toc { background: var(--wash); border-radius: .5rem; padding: .6rem 1rem; margin: 1.2rem 0 2rem; }
.toc ol { margin: .3rem 0; padding-left: 1.4rem; }
.toc li { margin: .15rem 0; }
.toc .facts { display: inline; font-size: .85rem; }
.event { border-top: 3px solid var(--accent); padding-top: 1rem; margin: 0 0 3rem; }
.summary p { font-size: 1.08rem; margin: 0 0 .5rem; }
.disputed { font-size: .78rem; color: var(--muted); border: 1px dashed var(--line); border-radius: .3rem;
  padding: 0 .3rem; text-decoration: none; white-space: nowrap; }
.cite { font-size: .72em; line-height: 0; white-space: nowrap; }
.cite a { text-decoration: none; padding: 0 .08em; }
.cite a:hover { text-decoration: underline; }
ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--line); }
ol.timeline li { position: relative; padding: .2rem 0 .45rem 1.1rem; }
ol.timeline li::before { content: ""; position: absolute; left: -.4rem; top: .75rem; width: .65rem;
  height: .65rem; border-radius: 50%; background: var(--accent); }
ol.timeline time { font-weight: 600; margin-right: .5rem; white-space: nowrap; }
.precision { font-size: .72rem; color: var(--muted); border: 1px solid var(--line);
  border-radius: .6rem; padding: 0 .4rem; margin-right: .4rem; }
.entity-group { display: grid; grid-template-columns: 9rem 1fr; gap: .4rem 1rem; margin: .2rem 0 .6rem; }
.entity-group h4 { margin: .35rem 0 0; font-size: .92rem; color: var(--muted); }
ul.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
ul.chips li { background: var(--wash); border: 1px solid var(--line); border-radius: .5rem;
  padding: .2rem .6rem; }
ul.chips b a { text-decoration: none; }
ul.chips b a:hover { text-decoration: underline; }
ul.chips .aliases { color: var(--muted); font-size: .85rem; }
ul.chips .count { color: var(--muted); font-size: .78rem; white-space: nowrap; }
.disagreement { border: 1px solid var(--line); border-radius: .5rem; padding: .2rem .9rem .8rem;
  margin: 0 0 .8rem; }
.kind { font-size: .72rem; font-weight: normal; color: var(--muted); border: 1px solid var(--line);
  border-radius: .6rem; padding: 0 .4rem; margin-left: .4rem; vertical-align: middle; }
.versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .6rem; }
.version { background: var(--wash); border-radius: .4rem; padding: .4rem .7rem; }
.version p { margin: 0 0 .2rem; }
.version .by { font-size: .85rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; font-size: .8rem; }
table.coverage th:nth-child(1) { width: 2.5rem; }
table.coverage th:nth-child(2) { width: 10rem; }
table.coverage th:nth-child(3) { width: 15rem; }
table.coverage th:nth-child(5) { width: 6.5rem; }
.inferred { font-size: .9rem; }
.reason-text { color: var(--muted); font-size: .78rem; line-height: 1.35; display: inline-block; }
.badge { background: var(--accent); color: var(--paper); border-radius: .6rem; font-size: .72rem;
  padding: .05rem .45rem; white-space: nowrap; }
.num { color: var(--muted); font-variant-numeric: tabular-nums; }
.articles > article { border: 1px solid var(--line); border-radius: .5rem; padding: .7rem 1rem;
  margin: 0 0 1rem; scroll-margin-top: 1rem; }
.articles > article:target { outline: 3px solid var(--accent); background: var(--mark); }
.articles h3 { text-transform: none; letter-spacing: 0; font-size: 1.1rem; color: var(--ink);
  border: 0; margin: 0 0 .2rem; }
details { margin: .5rem 0 0; }
summary { cursor: pointer; color: var(--link); font-size: .92rem; }
.body p { margin: .5rem 0; }
.removed td.text { word-break: break-word; }
.reason { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .82rem; }
.errors { border-left: 4px solid var(--accent); padding: .2rem .9rem; background: var(--wash); }
.empty { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: .85rem; margin-top: 3rem; }
@media (max-width: 40rem) { .entity-group { grid-template-columns: 1fr; }
  table.coverage th:nth-child(3) { width: auto; } body { padding: 1rem .7rem 3rem; } }
@media print { .toc { display: none; } .event { break-before: page; } }
""".replace("DEVANAGARI_FONTS", DEVANAGARI_FONTS).replace("FONT_STACK", FONT_STACK)


def render_html(
    articles: Sequence[Article],
    digests: Sequence[EventDigest],
    *,
    errors: Sequence[ReadError] = (),
    title: str = "khabar digest",
    generated: datetime | None = None,
    standalone: bool = True,
    banner: str = "",
    extra_css: str = "",
    name_href: Callable[[str], str] | None = None,
) -> str:
    """The whole report as one HTML document.

    ``standalone=False`` leaves out the report's own header and table of
    contents, for a page that wraps the report in a site (``banner`` is then
    put first in the body and ``extra_css`` after the report's styles).
    ``name_href`` links each person, place and organisation to an address made
    from its name (the web app's search, which finds it in every script).
    """
    by_id = {a.id: a for a in articles}
    anchors = _Anchors()
    generated = generated or datetime.now(timezone.utc)
    parts = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="khabar {escape(__version__)}">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}{extra_css}</style>",
        "</head>",
        "<body>",
    ]
    if banner:
        parts.append(banner)
    if standalone:
        parts += [
            "<header>",
            f'<h1><span class="brand">khabar</span> <span lang="hi">खबर</span> · {escape(title)}</h1>',
            f'<p class="meta">{plural(len(articles), "article")} · {plural(len(digests), "event")} · '
            f"{escape(corpus_outlets_fact(articles))} · generated "
            f"{escape(generated.strftime('%Y-%m-%d %H:%M %Z').strip())}</p>",
            "</header>",
        ]
    if errors:
        parts.append(_errors(errors))
    if digests and standalone:
        parts.append(_toc(digests, by_id, anchors))
    parts.append("<main>")
    for digest in digests:
        parts.append(_event(digest, by_id, anchors, name_href))
    if not digests:
        parts.append('<p class="empty">No events: no article could be read and clustered.</p>')
    parts.append("</main>")
    parts.append(_articles(articles, digests, anchors))
    parts.append(
        f"<footer>Made offline by khabar {escape(__version__)}. Every summary sentence, timeline "
        "entry and version cites the articles that state it; the numbers link to them below.</footer>"
    )
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------
# anchors


class _Anchors:
    """HTML ids for events and articles: safe characters, unique, stable per id."""

    def __init__(self) -> None:
        self._given: dict[tuple[str, str], str] = {}
        self._used: set[str] = set()

    def get(self, kind: str, key: str) -> str:
        if (kind, key) not in self._given:
            base = f"{kind}-" + (re.sub(r"[^A-Za-z0-9_.-]+", "_", key).strip("_") or "x")
            anchor, n = base, 1
            while anchor in self._used:
                n += 1
                anchor = f"{base}-{n}"
            self._used.add(anchor)
            self._given[(kind, key)] = anchor
        return self._given[(kind, key)]

    def article(self, article_id: str) -> str:
        return self.get("article", article_id)

    def event(self, event_id: str) -> str:
        return self.get("event", event_id)

    def differences(self, event_id: str) -> str:
        """The event's "Where the sources differ" heading, which disputed summary sentences link to."""
        return self.get("differ", event_id)


# --------------------------------------------------------------------------
# pieces


# Languages written right to left: their text is set so, or an Urdu sentence's
# full stop and citation marks land at the wrong end of the line.
RTL_LANGUAGES = frozenset("ar fa he ps sd ug ur yi".split())


def _lang_attr(lang: str | None) -> str:
    if not lang:
        return ""
    return f' lang="{escape(lang)}"' + (' dir="rtl"' if lang in RTL_LANGUAGES else "")


def _text(text: str | None, sources: Iterable[str], articles: Mapping[str, Article], tag: str = "span") -> str:
    text = "" if text is None else str(text)
    lang = text_language(text, list(sources), articles)
    return f"<{tag}{_lang_attr(lang)}>{escape(text)}</{tag}>"


def _cites(sources: Iterable[str], cites: Citations, anchors: _Anchors) -> str:
    links = []
    for s in cites.ordered(sources):
        article = cites.articles.get(s)
        hover = cites.outlet(s) + (f" — {article.title}" if article is not None and article.title else "")
        links.append(
            f'<a href="#{anchors.article(s)}" title="{escape(hover)}">[{cites.number(s)}]</a>'
        )
    return f'<sup class="cite">{"".join(links)}</sup>' if links else ""


def _errors(errors: Sequence[ReadError]) -> str:
    items = "".join(f"<li><code>{escape(e.source)}</code>: {escape(e.message)}</li>" for e in errors)
    return f'<section class="errors"><h3>Inputs that could not be read</h3><ul>{items}</ul></section>'


def _toc(digests: Sequence[EventDigest], articles: Mapping[str, Article], anchors: _Anchors) -> str:
    items = []
    for d in digests:
        title = _text(d.event.title or UNTITLED_EVENT, d.event.article_ids, articles)
        facts = f"{plural(len(d.event.article_ids), 'article')} · {outlets_fact(d, articles, names=False)}"
        span = _span(d, articles)
        if span:
            facts += f" · {span}"
        items.append(
            f'<li><a href="#{anchors.event(d.event.id)}">{title}</a> <p class="facts">{facts}</p></li>'
        )
    return f'<nav class="toc"><h3>Events</h3><ol>{"".join(items)}</ol></nav>'


def _event(digest: EventDigest, articles: Mapping[str, Article], anchors: _Anchors,
           name_href: Callable[[str], str] | None = None) -> str:
    cites = Citations.for_digest(digest, articles)
    event = digest.event
    facts = [plural(len(event.article_ids), "article"), outlets_fact(digest, articles)]
    span = _span(digest, articles)
    if span:
        facts.append(span)
    parts = [
        f'<section class="event" id="{anchors.event(event.id)}">',
        f"<h2>{_text(event.title or UNTITLED_EVENT, event.article_ids, articles)}</h2>",
        f'<p class="facts">{escape(" · ".join(facts))} · <code>{escape(event.id)}</code></p>',
        "<h3>Summary</h3>",
    ]
    if digest.summary:
        sentences = " ".join(
            _text(s.text, s.sources, articles) + _cites(s.sources, cites, anchors)
            + (f' <a class="disputed" href="#{anchors.differences(event.id)}">{escape(disputed_note(s.disputed))}</a>'
               if s.disputed else "")
            for s in digest.summary
        )
        first = digest.summary[0]
        rtl = text_language(first.text, list(first.sources), articles) in RTL_LANGUAGES
        # an Urdu summary runs right to left as a whole, its sentences and citations in order
        direction = ' dir="rtl"' if rtl else ""
        parts.append(f'<div class="summary"><p{direction}>{sentences}</p></div>')
    else:
        parts.append(f'<p class="empty">{escape(NO_SUMMARY)}</p>')
    if digest.timeline:
        parts.append("<h3>Timeline</h3>")
        parts.append(_timeline(digest, articles, cites, anchors))
    if digest.entities:
        parts.append("<h3>Who &amp; where</h3>")
        parts.append(_entities(digest, articles, cites, anchors, name_href))
    if digest.disagreements:
        parts.append(f'<h3 id="{anchors.differences(event.id)}">Where the sources differ</h3>')
        parts.append(_disagreements(digest, articles, cites, anchors))
    parts.append("<h3>Coverage</h3>")
    parts.append(_coverage(digest, articles, cites, anchors))
    parts.append("</section>")
    return "\n".join(parts)


def _span(digest: EventDigest, articles: Mapping[str, Article]) -> str:
    """``12 Sep 2023 – 13 Sep 2023``: when the event's dated reports appeared."""
    first, last = event_span(digest, articles)
    if not first:
        return ""
    span = format_day(first)
    if last and last.date() != first.date():
        span += f" – {format_day(last)}"
    return span


def _timeline(digest: EventDigest, articles: Mapping[str, Article], cites: Citations, anchors: _Anchors) -> str:
    items = []
    for t in digest.timeline:
        items.append(
            f'<li><time datetime="{escape(t.date or "")}">{escape(format_iso_date(t.date, t.precision))}</time>'
            f'<span class="precision">{escape(t.precision or "?")}</span>'
            f"{_text(t.text, t.sources, articles)}{_cites(t.sources, cites, anchors)}</li>"
        )
    return f'<ol class="timeline">{"".join(items)}</ol>'


def _entities(digest: EventDigest, articles: Mapping[str, Article], cites: Citations, anchors: _Anchors,
              name_href: Callable[[str], str] | None = None) -> str:
    groups = []
    for kind, members in entities_by_type(digest):
        chips = []
        for e in members:
            aliases = [a for a in e.aliases if a != e.name]
            alias_html = " · ".join(_text(a, e.sources, articles) for a in aliases)
            sources = len(set(e.sources))
            # The source numbers go in a tooltip: a citation run on every chip is noise.
            cited = cites.markers(e.sources)
            name = _text(e.name, (), articles)
            if name_href is not None:
                name = (f'<a href="{escape(name_href(e.name))}" '
                        f'title="{escape("every report that names " + e.name)}">{name}</a>')
            chips.append(
                f"<li><b>{name}</b>"
                + (f' <span class="aliases">{alias_html}</span>' if alias_html else "")
                + f' <span class="count" title="{escape(cited)}">{plural(e.mentions, "mention")} · '
                + f"{plural(sources, 'source')}</span></li>"
            )
        label = escape(ENTITY_TYPE_LABELS.get(kind, kind.title()))
        groups.append(f'<div class="entity-group"><h4>{label}</h4><ul class="chips">{"".join(chips)}</ul></div>')
    return "".join(groups)


def _disagreements(
    digest: EventDigest, articles: Mapping[str, Article], cites: Citations, anchors: _Anchors
) -> str:
    blocks = []
    for d in digest.disagreements:
        versions = []
        for v in d.versions:
            known = [a.outlet for s in cites.ordered(v.sources) if (a := articles.get(s)) and a.outlet]
            outlets = ", ".join(dict.fromkeys(known))
            versions.append(
                f'<div class="version">{_text(v.text, v.sources, articles, "p")}'
                f'<p class="by">{_cites(v.sources, cites, anchors)} {escape(outlets)}</p></div>'
            )
        blocks.append(
            f'<div class="disagreement"><h4>{_text(d.topic, [s for v in d.versions for s in v.sources], articles)}'
            f'<span class="kind">{escape(d.kind or "detail")}</span></h4><div class="versions">{"".join(versions)}</div></div>'
        )
    return "".join(blocks)


def _coverage(digest: EventDigest, articles: Mapping[str, Article], cites: Citations, anchors: _Anchors) -> str:
    rows = coverage_articles(digest)
    first = first_report_id(digest)
    body = []
    for article_id, number in sorted(cites.numbers.items(), key=lambda kv: kv[1]):
        article = articles.get(article_id)
        if article is not None and article.published:
            when = f'<time datetime="{escape(article.published.isoformat())}">{escape(article_published(article))}</time>'
        else:
            inferred = (rows.get(article_id) or {}).get("published_inferred")
            when = f'<span class="inferred">{escape(describe_inferred(inferred, with_reason=False))}</span>'
            if isinstance(inferred, dict) and inferred.get("reason"):
                when += f'<br><small class="reason-text">{escape(str(inferred["reason"]))}</small>'
        notes = []
        if article_id == first:
            notes.append('<span class="badge">first report</span>')
        if article_id in digest.event.duplicate_of:
            original = digest.event.duplicate_of[article_id]
            notes.append(f"near-duplicate of [{cites.number(original)}]")
        headline = (
            _text(article.title, [article_id], articles)
            if article is not None and article.title
            else '<span class="empty">untitled</span>'
        )
        body.append(
            f'<tr><td class="num"><a href="#{anchors.article(article_id)}">[{number}]</a></td>'
            f"<td>{escape(cites.outlet(article_id))}</td><td>{when}</td><td>{headline}</td>"
            f"<td>{' '.join(notes)}</td></tr>"
        )
    head = "<tr><th>#</th><th>Outlet</th><th>Published</th><th>Headline</th><th></th></tr>"
    return f'<table class="coverage"><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'


def _articles(articles: Sequence[Article], digests: Sequence[EventDigest], anchors: _Anchors) -> str:
    event_of = {i: d for d in digests for i in d.event.article_ids}
    inferred = {}
    for d in digests:
        for article_id, row in coverage_articles(d).items():
            inferred.setdefault(article_id, row.get("published_inferred"))
    parts = ['<section class="articles">', "<h3>Articles</h3>"]
    for a in articles:
        lang = a.language or text_language((a.body or "")[:2000], (), {})
        meta = [escape(a.outlet or "unknown outlet")]
        if a.author:
            meta.append(f"<span{_lang_attr(text_language(a.author, (), {}))}>{escape(a.author)}</span>")
        if a.published:
            meta.append(escape(article_published(a)))
        else:
            meta.append(escape(describe_inferred(inferred.get(a.id), with_reason=False)))
        if a.dateline:
            meta.append(f"<span{_lang_attr(lang)}>{escape(a.dateline)}</span>")
        if a.language:
            meta.append(f"language {escape(a.language)}")
        source = escape(a.source)
        if web_url(a.url):
            source = f'<a href="{escape(web_url(a.url))}" rel="noreferrer">{source}</a>'
        meta.append(f"<code>{escape(a.id)}</code> from {source}")
        digest = event_of.get(a.id)
        if digest is not None:
            meta.append(f'event <a href="#{anchors.event(digest.event.id)}">{escape(digest.event.id)}</a>')
        paragraphs = [p for p in (a.body or "").split("\n\n") if p.strip()]
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs) or '<p class="empty">(empty body)</p>'
        parts.append(
            f'<article id="{anchors.article(a.id)}">'
            f"<h3{_lang_attr(text_language(a.title, (), {}) or lang) if a.title else ''}>"
            f"{escape(a.title or 'Untitled')}</h3>"
            f'<p class="meta">{" · ".join(meta)}</p>'
            f"<details><summary>Article text ({plural(word_count(a.body or ''), 'word')})</summary>"
            f'<div class="body"{_lang_attr(lang)}>{body}</div></details>'
            f"{_removed(a, lang)}</article>"
        )
    parts.append("</section>")
    return "\n".join(parts)


def _line_number(line: int | None) -> str:
    # Shown 1-based, as editors count; the JSON keeps the cleaner's 0-based index.
    return str(line + 1) if isinstance(line, int) else ""


def removed_table(article: Article, lang: str | None) -> str:
    """The lines the cleaner removed, with their reasons, as a table (for audit)."""
    if not article.removed:
        return '<p class="meta">The cleaner removed nothing from this article.</p>'
    rows = "".join(
        f'<tr><td class="num">{_line_number(r.line)}</td><td class="reason">{escape(str(r.reason))}</td>'
        f'<td class="text"{_lang_attr(text_language(r.text, (), {}) or lang)}>{escape(str(r.text))}</td></tr>'
        for r in sorted(article.removed, key=lambda r: r.line if isinstance(r.line, int) else -1)
    )
    return (
        '<table class="removed"><thead><tr><th>Line</th><th>Reason</th><th>Text</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _removed(article: Article, lang: str | None) -> str:
    if not article.removed:
        return removed_table(article, lang)
    return (
        f"<details><summary>Removed by the cleaner ({plural(len(article.removed), 'line')})</summary>"
        f"{removed_table(article, lang)}</details>"
    )
