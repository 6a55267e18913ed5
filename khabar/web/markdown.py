"""The digest as Markdown: for wikis, issue trackers and chat.

Citations are reference-style links ``[1]`` resolved in a per-event source
list, whose entries link to the article's URL when there is one. Text from the
inputs is escaped so that a stray ``*``, ``|`` or ``<`` in a news sentence
cannot turn into formatting or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone

from khabar.records import Article, EventDigest, ReadError
from khabar.web.common import (
    article_published,
    ENTITY_TYPE_LABELS,
    NO_SUMMARY,
    UNTITLED_EVENT,
    Citations,
    corpus_outlets_fact,
    coverage_articles,
    describe_inferred,
    disputed_note,
    entities_by_type,
    outlets_fact,
    event_span,
    first_report_id,
    format_day,
    format_iso_date,
    plural,
    web_url,
)

# Characters Markdown (CommonMark + GFM tables) would interpret anywhere in text,
# and the ones that only matter at the start of a line (headings, lists, quotes).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^([#+=-]|\d+[.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """Escape Markdown syntax and fold newlines so one item stays one line."""
    flat = _SPECIAL.sub(r"\\\1", " ".join(("" if text is None else str(text)).split()))
    return _LINE_START.sub(_escape_line_start, flat)


def _escape_line_start(match: re.Match) -> str:
    marker = match.group(1)
    # "1." must become "1\." (a backslash before a digit escapes nothing).
    return marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker


def render_markdown(
    articles: Sequence[Article],
    digests: Sequence[EventDigest],
    *,
    errors: Sequence[ReadError] = (),
    generated: datetime | None = None,
) -> str:
    by_id = {a.id: a for a in articles}
    generated = generated or datetime.now(timezone.utc)
    out = [
        "# khabar digest",
        "",
        f"{plural(len(articles), 'article')} · {plural(len(digests), 'event')} · "
        f"{corpus_outlets_fact(articles)} · generated {generated.strftime('%Y-%m-%d %H:%M %Z').strip()}",
    ]
    if errors:
        out += ["", "**Inputs that could not be read:**", ""]
        out += [f"- `{e.source}`: {md_escape(e.message)}" for e in errors]
    for number, digest in enumerate(digests, 1):
        out += [""] + render_event_markdown(digest, by_id, number=number)
    if not digests:
        out += ["", "_No events: no article could be read and clustered._"]
    return "\n".join(out) + "\n"


def render_event_markdown(digest: EventDigest, articles: Mapping[str, Article], *, number: int = 1) -> list[str]:
    cites = Citations.for_digest(digest, articles)
    event = digest.event
    first, last = event_span(digest, articles)
    facts = [plural(len(event.article_ids), "article"), outlets_fact(digest, articles)]
    if first:
        span = format_day(first)
        if last and last.date() != first.date():
            span += f" – {format_day(last)}"
        facts.append(span)
    out = [f"## {number}. {md_escape(event.title or UNTITLED_EVENT)}", "", md_escape(" · ".join(facts)) + f" · `{event.id}`"]

    def cited(text: str, sources: Sequence[str]) -> str:
        return f"{md_escape(text)} {_marks(sources, event.id, cites, articles)}".rstrip()

    out += ["", "### Summary", ""]
    if digest.summary:
        out.append(" ".join(
            cited(s.text, s.sources) + (f" _({md_escape(disputed_note(s.disputed))})_" if s.disputed else "")
            for s in digest.summary
        ))
    else:
        out.append(f"_{NO_SUMMARY}_")
    if digest.timeline:
        out += ["", "### Timeline", ""]
        out += [
            f"- **{format_iso_date(t.date, t.precision)}** ({t.precision or '?'}): {cited(t.text, t.sources)}"
            for t in digest.timeline
        ]
    if digest.entities:
        out += ["", "### Who & where", ""]
        for kind, members in entities_by_type(digest):
            names = []
            for e in members:
                aliases = [a for a in e.aliases if a != e.name]
                alias = f" ({', '.join(md_escape(a) for a in aliases)})" if aliases else ""
                names.append(
                    f"{md_escape(e.name)}{alias}, {plural(e.mentions, 'mention')} in "
                    f"{plural(len(set(e.sources)), 'source')}"
                )
            out.append(f"- **{ENTITY_TYPE_LABELS.get(kind, kind.title())}:** " + "; ".join(names))
    if digest.disagreements:
        out += ["", "### Where the sources differ", ""]
        for d in digest.disagreements:
            out.append(f"- **{md_escape(d.topic)}** ({d.kind or 'detail'})")
            out += [f"  - {cited(v.text, v.sources)}" for v in d.versions]
    out += ["", "### Sources", ""]
    rows = coverage_articles(digest)
    first_id = first_report_id(digest)
    out += ["| # | Outlet | Published | Headline |", "|---|---|---|---|"]
    for article_id, n in sorted(cites.numbers.items(), key=lambda kv: kv[1]):
        article = articles.get(article_id)
        if article is not None and article.published:
            when = article_published(article)
        else:
            when = describe_inferred((rows.get(article_id) or {}).get("published_inferred"))
        if article_id == first_id:
            when += " (first report)"
        title = article.title if article is not None and article.title else article_id
        out.append(f"| {n} | {md_escape(cites.outlet(article_id))} | {md_escape(when)} | {md_escape(title)} |")
    out.append("")
    for article_id in cites.ordered(cites.numbers):
        article = articles.get(article_id)
        if article is not None and web_url(article.url):
            label = article.source.replace('"', "'")
            out.append(f'[{_ref(event.id, article_id, cites)}]: <{web_url(article.url)}> "{label}"')
    return out


def _marks(sources: Sequence[str], event_id: str, cites: Citations, articles: Mapping[str, Article]) -> str:
    """``[1][2]``: links to the article's URL where there is one, plain otherwise."""
    marks = []
    for s in cites.ordered(sources):
        article = articles.get(s)
        if article is not None and web_url(article.url):
            marks.append(f"[\\[{cites.number(s)}\\]][{_ref(event_id, s, cites)}]")
        else:
            marks.append(f"\\[{cites.number(s)}\\]")
    return "".join(marks)


def _ref(event_id: str, article_id: str, cites: Citations) -> str:
    """A reference label unique across events (Markdown labels are document-global)."""
    return re.sub(r"[\[\]\\\s]+", "_", f"{event_id}-{cites.number(article_id)}")
