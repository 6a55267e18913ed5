"""Typed records that flow through the pipeline.

Data flows one way: ``sources`` produce :class:`RawDocument`, ``clean`` turns
each into an :class:`Article`, ``analyse`` adds an :class:`Analysis`,
``cluster`` groups analyses into :class:`Event`, ``synthesise`` writes an
:class:`EventDigest` per event. Every stage reads these records and returns new
ones; none reaches back into a later stage.

Records serialise to plain JSON-ready dicts with :func:`to_jsonable`.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# --------------------------------------------------------------------------
# sources


@dataclass
class Origin:
    """Where a document came from, precise enough to find it again."""

    kind: str  # "text" | "html" | "jsonl" | "warc" | "feed"
    path: str | None = None  # file path, when read from disk
    line: int | None = None  # 1-based line number in a JSONL file
    offset: int | None = None  # byte offset of the record in a WARC file
    url: str | None = None  # the page's URL, when known

    def describe(self) -> str:
        """A short human-readable location such as ``dump.jsonl:12``."""
        where = self.path or self.url or "<input>"
        if self.line is not None:
            return f"{where}:{self.line}"
        if self.offset is not None:
            return f"{where}@{self.offset}"
        return where


@dataclass
class RawDocument:
    """One document as a reader found it, before any cleaning.

    Exactly one of ``text`` (already-extracted plain text) and ``html`` is set.
    ``meta`` holds whatever metadata the container supplied (JSONL fields, HTML
    ``<meta>`` values via the HTML reader, feed entry fields): keys ``title``,
    ``author``, ``published`` (str or datetime), ``outlet``, ``language``,
    ``url``; any other key is kept verbatim in ``Article.extra``.
    """

    id: str
    origin: Origin
    text: str | None = None
    html: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReadError:
    """A reader's report that one input could not be read; the batch goes on."""

    source: str  # the file, line or URL that failed
    message: str  # one line saying what is wrong

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


# --------------------------------------------------------------------------
# clean


@dataclass
class RemovedLine:
    """A line the cleaner dropped from the body, kept so users can audit it."""

    text: str
    reason: str  # e.g. "breadcrumb", "headline-list", "recurring", "advert"
    line: int  # 0-based line index in the raw text


@dataclass
class Article:
    """A clean article: body without boilerplate, plus newsroom metadata."""

    id: str
    source: str  # Origin.describe(), kept flat for tables and JSON
    origin: Origin
    title: str | None
    body: str  # paragraphs separated by "\n\n"
    author: str | None = None
    published: datetime | None = None  # always timezone-aware when set
    outlet: str | None = None
    dateline: str | None = None  # e.g. "नई दिल्ली", "सियोल, एपी"
    language: str | None = None  # "hi" | "en" | other ISO 639-1 | None
    url: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown input fields

    @property
    def published_precision(self) -> str | None:
        """"day" when the source gave only the day it was published (its midnight a
        stand-in, see khabar.clean), "time" when a time of day; None when undated."""
        if self.published is None:
            return None
        return self.extra.get("published_precision") or "time"


# --------------------------------------------------------------------------
# analyse


@dataclass
class Sentence:
    text: str
    start: int  # character offsets into Article.body
    end: int


@dataclass
class Mention:
    text: str  # the surface form exactly as it stands in the body
    start: int
    end: int


@dataclass
class Entity:
    """One real-world entity within an article, linked to a canonical key.

    ``key`` is the cross-article identity (a normalised Latin-script name such
    as ``"vladimir putin"``): two articles that mention the same person share
    the key whatever script or spelling they used.
    """

    key: str
    name: str  # canonical display name, Latin script: "Vladimir Putin"
    type: str  # "PERSON" | "PLACE" | "ORG"
    aliases: list[str] = field(default_factory=list)  # every surface form seen
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class TimeExpression:
    text: str
    start: int
    end: int
    kind: str = "date"  # "date" | "duration"
    date: str | None = None  # ISO: "2023-09-13", "2023-09", "2023"; None if unresolved
    precision: str | None = None  # "day" | "month" | "year" | None
    note: str | None = None  # why it is unresolved, or how it was resolved


@dataclass
class Analysis:
    """Everything the analysis stage knows about one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    keyphrases: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.article.id


# --------------------------------------------------------------------------
# cluster


@dataclass
class Event:
    """A real-world event: the articles that report it."""

    id: str  # stable: never renamed or renumbered as articles arrive
    title: str
    article_ids: list[str] = field(default_factory=list)
    duplicate_of: dict[str, str] = field(default_factory=dict)  # near-dup -> original
    first_seen: datetime | None = None
    last_seen: datetime | None = None


# --------------------------------------------------------------------------
# synthesise


@dataclass
class SummarySentence:
    text: str
    sources: list[str]  # article ids that state it
    # (article id, sentence index) of every sentence it speaks for
    statements: list[tuple[str, int]] = field(default_factory=list)
    # topics of the disagreements about what it states ("महीनों: 17 vs 18")
    disputed: list[str] = field(default_factory=list)


@dataclass
class TimelineEntry:
    date: str  # ISO, as precise as ``precision`` says
    precision: str
    text: str
    sources: list[str]


@dataclass
class EntitySummary:
    key: str
    name: str
    type: str
    aliases: list[str]
    mentions: int
    sources: list[str]


@dataclass
class Version:
    text: str
    sources: list[str]
    # (article id, sentence index) of the sentences that give this version
    statements: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Disagreement:
    topic: str
    versions: list[Version]
    kind: str = "detail"  # "number" | "date" | "place" | "name" | "descriptor" | "overtaken" | "decree"


@dataclass
class EventDigest:
    event: Event
    summary: list[SummarySentence] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    entities: list[EntitySummary] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    coverage: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------
# serialisation


def to_jsonable(value: Any) -> Any:
    """Turn records (and containers of them) into JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        # JSON has no NaN or Infinity: Python writes them as bare NaN, which strict readers
        # refuse (QA: a JSONL input's "score": NaN made extract's and `article --json`'s
        # output invalid).  A value that is no number is no value: null.
        return None
    return value
