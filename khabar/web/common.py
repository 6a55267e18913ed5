"""What every digest renderer shares: citation numbers, dates, coverage look-ups.

The terminal, Markdown, HTML and JSON outputs all show the same digest; the
helpers here make sure they number sources, name outlets and describe
(inferred) publication dates the same way. Standard library only, so the
renderers stay cheap to import.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from khabar.records import Article, EntitySummary, EventDigest

ENTITY_TYPE_LABELS = {"PERSON": "People", "PLACE": "Places", "ORG": "Organisations"}
ENTITY_TYPE_ORDER = ["PERSON", "PLACE", "ORG"]
UNTITLED_EVENT = "(untitled event)"
# said where an event has no summary (no sentence of its reports reads as reporting
# prose: a Japanese page, a photo gallery), so the reader sees why the section is bare
NO_SUMMARY = "No summary could be made for this event."

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Citations:
    """Per-event source numbers: ``[1]`` is the event's first article, and so on.

    Numbers follow the event's own article order (the clusterer's publication
    order), so the same article keeps its number in every section of the event.
    """

    numbers: dict[str, int]
    articles: Mapping[str, Article]

    @classmethod
    def for_digest(cls, digest: EventDigest, articles: Mapping[str, Article]) -> Citations:
        numbers: dict[str, int] = {}
        for article_id in _cited_ids(digest):
            if article_id not in numbers:
                numbers[article_id] = len(numbers) + 1
        return cls(numbers=numbers, articles=articles)

    def number(self, article_id: str) -> int:
        return self.numbers.get(article_id, 0)

    def ordered(self, sources: Iterable[str]) -> list[str]:
        """Known sources in citation-number order, each once."""
        unique = {s for s in sources if s in self.numbers}
        return sorted(unique, key=self.numbers.__getitem__)

    def markers(self, sources: Iterable[str], limit: int | None = None) -> str:
        """``[1][3]`` for the given article ids; past ``limit`` of them, ``… +N``."""
        ordered = self.ordered(sources)
        shown = ordered if limit is None else ordered[:limit]
        text = "".join(f"[{self.numbers[s]}]" for s in shown)
        if len(ordered) > len(shown):
            text += f"…+{len(ordered) - len(shown)}"
        return text

    def outlet(self, article_id: str) -> str:
        return outlet_name(self.articles.get(article_id), article_id)


def entities_by_type(digest: EventDigest) -> list[tuple[str, list[EntitySummary]]]:
    """The event's entities grouped by type: people, places, organisations, then others."""
    types = ENTITY_TYPE_ORDER + sorted({e.type for e in digest.entities} - set(ENTITY_TYPE_ORDER))
    groups = [(kind, [e for e in digest.entities if e.type == kind]) for kind in types]
    return [(kind, members) for kind, members in groups if members]


def _cited_ids(digest: EventDigest) -> list[str]:
    """The event's articles first, then any id a section cites but the event lacks."""
    ids = list(digest.event.article_ids)
    ids += [s for item in digest.summary for s in item.sources]
    ids += [s for item in digest.timeline for s in item.sources]
    ids += [s for d in digest.disagreements for v in d.versions for s in v.sources]
    ids += [s for e in digest.entities for s in e.sources]
    return ids


def outlet_name(article: Article | None, fallback: str = "") -> str:
    """The article's outlet; "unknown outlet" when the cleaner found none."""
    if article is not None:
        return article.outlet or "unknown outlet"
    return fallback or "unknown outlet"


# --------------------------------------------------------------------------
# coverage


def coverage_articles(digest: EventDigest) -> dict[str, dict[str, Any]]:
    """``coverage["articles"]`` keyed by article id; tolerant of a sparse coverage dict."""
    rows = digest.coverage.get("articles") if isinstance(digest.coverage, dict) else None
    out: dict[str, dict[str, Any]] = {}
    for row in rows or []:
        if isinstance(row, dict) and row.get("id") is not None:
            out[str(row["id"])] = row
    return out


def inferred_published(digests: Sequence[EventDigest]) -> dict[str, dict[str, Any]]:
    """Article id -> ``{"earliest", "latest", "reason"}`` for undated articles."""
    out: dict[str, dict[str, Any]] = {}
    for digest in digests:
        for article_id, row in coverage_articles(digest).items():
            inferred = row.get("published_inferred")
            if isinstance(inferred, dict) and article_id not in out:
                out[article_id] = inferred
    return out


def first_report_id(digest: EventDigest) -> str | None:
    first = digest.coverage.get("first_report") if isinstance(digest.coverage, dict) else None
    if isinstance(first, dict) and first.get("id") is not None:
        return str(first["id"])
    return None


def event_outlets(digest: EventDigest, articles: Mapping[str, Article]) -> list[str]:
    """Known outlet names of the event's articles, in article order.

    Read from the articles themselves, so that an article with no known outlet
    is never counted as an outlet of its own (whatever placeholder coverage
    groups it under); coverage is the fallback when the articles are absent.
    """
    names: list[str] = []
    present = [articles[i] for i in digest.event.article_ids if i in articles]
    if present:
        for article in present:
            if article.outlet and article.outlet not in names:
                names.append(article.outlet)
        return names
    rows = digest.coverage.get("outlets") if isinstance(digest.coverage, dict) else None
    for row in rows or []:
        name = row.get("outlet") if isinstance(row, dict) else row
        if name and str(name) not in names:
            names.append(str(name))
    return names


def outlets_fact(digest: EventDigest, articles: Mapping[str, Article], *, names: bool = True) -> str:
    """"2 outlets: A, B" and, when some articles name none, "(+3 articles with
    no outlet named)": an event of five reports of which one names its outlet
    is not a one-outlet story."""
    outlets = event_outlets(digest, articles)
    present = [articles[i] for i in digest.event.article_ids if i in articles]
    return _outlets_text(outlets if names else [], len(outlets), sum(1 for a in present if not a.outlet))


def corpus_outlets_fact(articles: Sequence[Article]) -> str:
    """The same count over a whole digest's articles, without names."""
    outlets = {a.outlet for a in articles if a.outlet}
    return _outlets_text([], len(outlets), sum(1 for a in articles if not a.outlet))


def _outlets_text(names: Sequence[str], count: int, unnamed: int) -> str:
    if not count and unnamed:
        return "no outlet named"  # not "0 outlets (+1 article with no outlet named)"
    text = plural(count, "outlet")
    if names:
        text += ": " + ", ".join(names)
    if unnamed:
        text += f" (+{plural(unnamed, 'article')} with no outlet named)"
    return text


def event_span(digest: EventDigest, articles: Mapping[str, Article]) -> tuple[datetime | None, datetime | None]:
    """First and last publication time of the event's articles."""
    first, last = digest.event.first_seen, digest.event.last_seen
    if first and last:
        return first, last
    times = [a.published for i in digest.event.article_ids if (a := articles.get(i)) and a.published]
    if not times:
        return first, last
    return min(times), max(times)


# --------------------------------------------------------------------------
# dates


def format_day(value: date | datetime | None) -> str:
    """``12 Sep 2023`` (month names in English whatever the locale)."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_published(value: datetime | None) -> str:
    """``2023-09-12 11:58 +05:30``: the outlet's own clock, with its offset."""
    if value is None:
        return ""
    text = value.strftime("%Y-%m-%d %H:%M")
    offset = value.strftime("%z")
    if offset:
        text += f" {offset[:3]}:{offset[3:]}"
    return text


def article_published(article: Article) -> str:
    """When an article was published, as precisely as its source said it."""
    if article.published is None:
        return ""
    if article.published_precision == "day":
        return article.published.strftime("%Y-%m-%d")
    return format_published(article.published)


def format_iso_date(iso: str | None, precision: str | None = None) -> str:
    """A timeline date as a reader says it: ``12 Sep 2023``, ``Sep 2023``, ``2023``."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    try:
        if len(parts) >= 3 and precision in (None, "day"):
            return f"{int(parts[2][:2])} {_MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
        if len(parts) >= 2 and precision in (None, "day", "month"):
            return f"{_MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
        return str(int(parts[0]))
    except (ValueError, IndexError):
        return iso  # an unexpected shape: show it as given rather than guess


def describe_inferred(inferred: Mapping[str, Any] | None, *, with_reason: bool = True) -> str:
    """``undated; between 2023-09-10 and 2023-09-12 (reason)``."""
    if not inferred:
        return "undated"
    text = f"undated; {inferred_span(inferred)}"
    reason = inferred.get("reason")
    return text + (f" ({reason})" if reason and with_reason else "")


def inferred_span(inferred: Mapping[str, Any]) -> str:
    """``between 2023-09-10 and 2023-09-12`` / ``about 2023-09-12``."""
    earliest, latest = _iso(inferred.get("earliest")), _iso(inferred.get("latest"))
    if earliest and latest and earliest != latest:
        return f"between {earliest} and {latest}"
    if earliest or latest:
        return f"about {earliest or latest}"
    return "date unknown"


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10] if value else ""


# --------------------------------------------------------------------------
# text


def script_language(text: str) -> str | None:
    """``hi`` for mostly-Devanagari text, ``en`` for mostly-Latin, else None."""
    counts: Counter[str] = Counter()
    if not text:
        return None
    for ch in text:
        if "\u0900" <= ch <= "\u097f":
            counts["hi"] += 1
        elif ch.isascii() and ch.isalpha():
            counts["en"] += 1
    if not counts:
        return None
    lang, n = counts.most_common(1)[0]
    return lang if n >= 0.5 * sum(counts.values()) else None


def text_language(text: str, sources: Iterable[str], articles: Mapping[str, Article]) -> str | None:
    """The language to tag a cited text with: its script, else its first source's."""
    by_script = script_language(text)
    if by_script:
        return by_script
    for s in sources:
        article = articles.get(s)
        if article is not None and article.language:
            return article.language
    return None


def dominant_language(articles: Iterable[Article]) -> str:
    counts = Counter(a.language for a in articles if a.language)
    return counts.most_common(1)[0][0] if counts else "en"


def display_width(text: str) -> int:
    """Terminal columns: combining marks (Devanagari matras, virama) take none."""
    width = 0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))


def web_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None.

    A scraped page can carry ``javascript:`` or malformed URLs; only web links
    may become clickable in a report.
    """
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or any(c in url for c in ' <>"\n'):
        return None
    return url


def disputed_note(topics: Sequence[str]) -> str:
    """What a summary sentence says that the sources give differently:
    ``sources differ: महीनों: 17 vs 18``; empty when nothing is disputed."""
    return "sources differ: " + "; ".join(topics) if topics else ""


def plural(count: int, noun: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{count} {noun}" + ("" if count == 1 else "s")
