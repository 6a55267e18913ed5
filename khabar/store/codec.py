"""Record <-> dict codecs: the inverse of :func:`khabar.records.to_jsonable`.

``to_jsonable`` turns records into plain JSON-ready dicts; the functions here
rebuild the records from such dicts, datetimes restored timezone-aware (a
naive stored value is taken as UTC). Unknown keys are ignored and missing
optional keys take their defaults, so JSON written by an older or newer
version still loads.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from typing import Any, TypeVar

from khabar.records import (
    Analysis,
    Article,
    Entity,
    Event,
    Mention,
    Origin,
    RemovedLine,
    Sentence,
    TimeExpression,
)

__all__ = ["article_from_dict", "analysis_from_dict", "event_from_dict", "parse_datetime", "to_dict"]

T = TypeVar("T")


def parse_datetime(value: Any) -> datetime | None:
    """An ISO string (or datetime) as a timezone-aware datetime; naive means UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _plain(cls: type[T], data: dict[str, Any] | None, **overrides: Any) -> T:
    """Build a flat dataclass from ``data``, keeping only its known fields."""
    data = data or {}
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {k: v for k, v in data.items() if k in names}
    values.update(overrides)
    return cls(**values)


def origin_from_dict(data: dict[str, Any] | None) -> Origin:
    data = dict(data or {})
    data.setdefault("kind", "text")
    return _plain(Origin, data)


def article_from_dict(data: dict[str, Any]) -> Article:
    """An :class:`Article` from its ``to_jsonable`` dict."""
    return _plain(
        Article,
        {**{"title": None, "body": ""}, **data},
        origin=origin_from_dict(data.get("origin")),
        published=parse_datetime(data.get("published")),
        removed=[_plain(RemovedLine, r) for r in data.get("removed") or []],
        extra=dict(data.get("extra") or {}),
    )


def _entity_from_dict(data: dict[str, Any]) -> Entity:
    return _plain(
        Entity,
        data,
        aliases=list(data.get("aliases") or []),
        mentions=[_plain(Mention, m) for m in data.get("mentions") or []],
    )


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    """An :class:`Analysis` (with its article) from its ``to_jsonable`` dict."""
    return _plain(
        Analysis,
        data,
        article=article_from_dict(data["article"]),
        sentences=[_plain(Sentence, s) for s in data.get("sentences") or []],
        entities=[_entity_from_dict(e) for e in data.get("entities") or []],
        times=[_plain(TimeExpression, t) for t in data.get("times") or []],
        keyphrases=list(data.get("keyphrases") or []),
    )


def event_from_dict(data: dict[str, Any]) -> Event:
    """An :class:`Event` from its ``to_jsonable`` dict."""
    return _plain(
        Event,
        data,
        article_ids=list(data.get("article_ids") or []),
        duplicate_of=dict(data.get("duplicate_of") or {}),
        first_seen=parse_datetime(data.get("first_seen")),
        last_seen=parse_datetime(data.get("last_seen")),
    )


def to_dict(record: Any) -> Any:
    """Alias of :func:`khabar.records.to_jsonable`, for symmetry with the ``*_from_dict`` functions."""
    from khabar.records import to_jsonable

    return to_jsonable(record)
