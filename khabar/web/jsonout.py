"""The digest as JSON, in the schema documented in ``docs/digest-schema.md``.

One object with the articles (clean text and metadata, the inferred
publication range of undated ones, what the cleaner removed) and the events
(summary, timeline, who and where, disagreements, coverage), every statement
citing article ids. Keys never disappear: a missing value is ``null`` or an
empty list, so consumers need no existence checks.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from khabar import __version__
from khabar.records import Article, EventDigest, ReadError, to_jsonable
from khabar.web.common import inferred_published

SCHEMA = "khabar.digest/1"


def build_digest_json(
    articles: Sequence[Article],
    digests: Sequence[EventDigest],
    *,
    errors: Sequence[ReadError] = (),
    generated: datetime | None = None,
) -> dict[str, Any]:
    """The JSON-ready digest document (see docs/digest-schema.md)."""
    inferred = inferred_published(digests)
    event_of = {i: d.event.id for d in digests for i in d.event.article_ids}
    return {
        "schema": SCHEMA,
        "generator": f"khabar {__version__}",
        "generated": (generated or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "articles": [_article(a, inferred.get(a.id), event_of.get(a.id)) for a in articles],
        "events": [_event(d) for d in digests],
        "errors": [{"source": e.source, "message": e.message} for e in errors],
    }


def dumps(document: dict[str, Any]) -> str:
    """Readable UTF-8 JSON: Devanagari stays Devanagari, not ``\\u0915``."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _article(article: Article, inferred: dict[str, Any] | None, event_id: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url or article.origin.url,
        "title": article.title,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "published_precision": article.published_precision,
        "published_inferred": to_jsonable(inferred) if inferred and not article.published else None,
        "outlet": article.outlet,
        "dateline": article.dateline,
        "language": article.language,
        "event_id": event_id,
        "body": article.body,
        "removed": [{"line": r.line, "reason": r.reason, "text": r.text} for r in article.removed],
    }


def _event(digest: EventDigest) -> dict[str, Any]:
    return {
        **to_jsonable(digest.event),
        "summary": [{"text": s.text, "sources": list(s.sources), "disputed": list(s.disputed)} for s in digest.summary],
        "timeline": [
            {"date": t.date, "precision": t.precision, "text": t.text, "sources": list(t.sources)}
            for t in digest.timeline
        ],
        "entities": [
            {
                "key": e.key,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": e.mentions,
                "sources": list(e.sources),
            }
            for e in digest.entities
        ],
        "disagreements": [
            {
                "topic": d.topic,
                "kind": d.kind,
                "versions": [{"text": v.text, "sources": list(v.sources)} for v in d.versions],
            }
            for d in digest.disagreements
        ],
        "coverage": to_jsonable(digest.coverage),
    }
