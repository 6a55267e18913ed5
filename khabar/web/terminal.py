"""The digest as plain terminal text: wrapped, with [n] citations mapped to outlets.

Wrapping measures display columns, not code points: Devanagari vowel signs
and the virama are combining marks that take no column of their own, so
``textwrap`` (which counts code points) would break Hindi lines far too early.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

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
    display_width,
    corpus_outlets_fact,
    outlets_fact,
    event_span,
    first_report_id,
    format_day,
    plural,
)

DEFAULT_WIDTH = 88
# Names per "Who & where" line before "…": enough to see the cast of a story
# without turning a 30-entity event into a wall of names.
MAX_ENTITIES_PER_TYPE = 8
MAX_ALIASES = 3
# Citation markers per statement: a fact that 23 reports of a big story share
# would otherwise end in a line of numbers (seen on the March 2020 corpus);
# the HTML and JSON outputs keep every source.
MAX_CITATIONS = 6


class Style:
    """ANSI emphasis when writing to a terminal that wants it (NO_COLOR respected)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    @classmethod
    def for_stream(cls, stream) -> Style:
        isatty = getattr(stream, "isatty", lambda: False)
        return cls(bool(isatty()) and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb")

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def cite(self, text: str) -> str:
        return self._wrap("36", text)


def wrap(text: str, width: int, indent: str = "", subsequent: str | None = None) -> list[str]:
    """Greedy word wrap by display width; a word longer than the line stands alone."""
    subsequent = indent if subsequent is None else subsequent
    lines: list[str] = []
    current, current_width = indent, display_width(indent)
    fresh = True
    for word in text.split():
        w = display_width(word)
        if not fresh and current_width + 1 + w > width:
            lines.append(current)
            current, current_width, fresh = subsequent, display_width(subsequent), True
        if fresh:
            current += word
            current_width += w
            fresh = False
        else:
            current += " " + word
            current_width += 1 + w
    if not fresh:
        lines.append(current)
    return lines


def render_terminal(
    articles: Sequence[Article],
    digests: Sequence[EventDigest],
    *,
    max_events: int | None = None,
    width: int = DEFAULT_WIDTH,
    style: Style | None = None,
    errors: Sequence[ReadError] = (),
) -> str:
    """The whole terminal digest as one string ending in a newline."""
    style = style or Style(False)
    by_id = {a.id: a for a in articles}
    shown = list(digests if max_events is None else digests[: max(0, max_events)])
    header = (
        f"khabar digest: {plural(len(articles), 'article')}, {plural(len(digests), 'event')}, "
        f"{corpus_outlets_fact(articles)}"
    )
    out = [style.bold(line) for line in wrap(header, width, "", "  ")]
    if errors:
        out.append(style.dim(f"{plural(len(errors), 'input')} could not be read (listed on stderr)"))
    for number, digest in enumerate(shown, 1):
        out.append("")
        out.extend(render_event(digest, by_id, number=number, width=width, style=style))
    hidden = len(digests) - len(shown)
    if hidden > 0:
        out.append("")
        out.append(style.dim(f"… {plural(hidden, 'more event')} not shown (--events N; all are in --html/--json/--md)"))
    return "\n".join(out) + "\n"


def render_event(
    digest: EventDigest,
    articles: Mapping[str, Article],
    *,
    number: int = 1,
    width: int = DEFAULT_WIDTH,
    style: Style | None = None,
) -> list[str]:
    style = style or Style(False)
    cites = Citations.for_digest(digest, articles)
    event = digest.event
    first, last = event_span(digest, articles)
    facts = [plural(len(event.article_ids), "article"), outlets_fact(digest, articles, names=False)]
    if first:
        span = format_day(first)
        if last and last.date() != first.date():
            span += f" – {format_day(last)}"
        facts.append(span)
    lines = wrap(f"{number}. {event.title or UNTITLED_EVENT}", width, "", "   ")
    lines = [style.bold(line) for line in lines]
    lines += [style.dim(line) for line in wrap(" · ".join(facts) + f" · {event.id}", width, "   ", "   ")]

    def cited(text: str, sources: Sequence[str]) -> str:
        marks = cites.markers(sources, MAX_CITATIONS)
        return f"{text} {marks}" if marks else text

    lines += ["", style.bold("  Summary")]
    for item in digest.summary:
        lines += wrap(cited(item.text or "", item.sources), width, "  ")
        if item.disputed:
            lines += wrap(f"({disputed_note(item.disputed)})", width, "    ")
    if not digest.summary:
        lines += [style.dim(line) for line in wrap(NO_SUMMARY, width, "  ")]
    if digest.timeline:
        lines += ["", style.bold("  Timeline")]
        for entry in digest.timeline:
            head = f"  {entry.date or 'undated':<10}  "
            lines += wrap(cited(entry.text or "", entry.sources), width, head, " " * len(head))
    if digest.entities:
        lines += ["", style.bold("  Who & where")]
        lines += _entity_lines(digest, width)
    if digest.disagreements:
        lines += ["", style.bold("  Where sources differ")]
        for d in digest.disagreements:
            lines += wrap(f"• {d.topic or ''} ({d.kind or 'detail'})", width, "  ", "    ")
            for v in d.versions:
                marks = cites.markers(v.sources, MAX_CITATIONS) or "[?]"
                head = f"      {marks} "
                lines += wrap(v.text or "", width, head, " " * display_width(head))
    lines += ["", style.bold("  Sources")]
    lines += _source_lines(digest, articles, cites, width)
    return lines


def _entity_lines(digest: EventDigest, width: int) -> list[str]:
    lines = []
    for kind, members in entities_by_type(digest):
        parts = []
        for e in members[:MAX_ENTITIES_PER_TYPE]:
            aliases = [a for a in e.aliases if a != e.name][:MAX_ALIASES]
            alias = f" ({', '.join(aliases)})" if aliases else ""
            parts.append(f"{e.name}{alias} ×{e.mentions}/{len(set(e.sources))}src")
        if len(members) > MAX_ENTITIES_PER_TYPE:
            parts.append(f"+{len(members) - MAX_ENTITIES_PER_TYPE} more")
        label = ENTITY_TYPE_LABELS.get(kind, kind.title()) + ": "
        lines += wrap(label + "; ".join(parts), width, "  ", "    ")
    return lines


def _source_lines(
    digest: EventDigest, articles: Mapping[str, Article], cites: Citations, width: int
) -> list[str]:
    rows = coverage_articles(digest)
    first = first_report_id(digest)
    lines = []
    for article_id, number in sorted(cites.numbers.items(), key=lambda kv: kv[1]):
        article = articles.get(article_id)
        when = article_published(article) if article and article.published else ""
        if not when:
            when = describe_inferred((rows.get(article_id) or {}).get("published_inferred"))
        parts = [cites.outlet(article_id), when]
        if article_id == first:
            parts.append("first report")
        if article_id in digest.event.duplicate_of:
            parts.append(f"near-duplicate of [{cites.number(digest.event.duplicate_of[article_id])}]")
        if article is not None and article.title:
            parts.append(article.title)
        parts.append(article.source if article is not None else article_id)
        head = f"  [{number}] "
        lines += wrap(" — ".join(p for p in parts if p), width, head, " " * len(head))
    return lines
