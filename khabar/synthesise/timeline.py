"""Timeline: dated happenings of one event, deduplicated across sources.

An entry comes from a sentence holding a time expression that the analysis
stage (or coverage's re-resolution of an undated article) resolved to a day.
Its text is the clause around the date, trimmed; entries on the same day
that say the same thing (similar clauses, or the same sentence meaning) merge
and cite all their sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.records import TimeExpression, TimelineEntry
from khabar.synthesise.similarity import Unit, content_tokens, is_day_date, jaccard, similarity
from khabar.synthesise.summary import _FURNITURE_RE, tidy_sentence

# Clause boundaries inside a sentence: punctuation and the conjunctions that
# join two main clauses in Hindi and English news prose.
_CLAUSE_RE = re.compile(r"\s*(?:[,;:–—]|\s-\s)\s*|\s+(?=(?:और|तथा|लेकिन|जबकि|जिसके बाद|and|but|while|after which)\s)")
# An entry's text is at most this many words (a timeline line, not a paragraph).
MAX_WORDS = 24
# Two same-day entries merge when their clauses share this much: calibrated on
# the seed reports, where the same arrival told by two outlets scored 0.35-0.6
# (token Jaccard / sentence similarity) and different same-day happenings < 0.2.
SAME_HAPPENING = 0.3
# Entries this many words or fewer carry no happening ("बुधवार को।").
MIN_WORDS = 3


def clause_around(unit: Unit, time: TimeExpression) -> str:
    """The clause of ``unit`` that holds ``time``, grown until it has a verb-ish
    length, trimmed to MAX_WORDS."""
    text = unit.text
    rel_start, rel_end = time.start - unit.start, time.end - unit.start
    if not (0 <= rel_start < rel_end <= len(text)):
        return tidy_sentence(text)
    bounds = [0]
    for match in _CLAUSE_RE.finditer(text):
        bounds.extend([match.start(), match.end()])
    bounds.append(len(text))
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
    index = next((i for i, (s, e) in enumerate(pieces) if s <= rel_start < e or (s <= rel_start and rel_end <= e)), 0)
    lo = hi = index
    # A clause that is just the date phrase ("on Sunday,") needs its neighbour.
    while len(text[pieces[lo][0]: pieces[hi][1]].split()) < 6 and (lo > 0 or hi < len(pieces) - 1):
        if hi < len(pieces) - 1:
            hi += 1
        else:
            lo -= 1
    clause = text[pieces[lo][0]: pieces[hi][1]].strip(" ,;:-–—")
    clause = tidy_sentence(clause)
    tokens = clause.split()
    if len(tokens) > MAX_WORDS:
        # Keep the words around the date: the happening sits next to it.
        date_word = len(text[pieces[lo][0]: max(rel_start, pieces[lo][0])].split())
        start = max(0, min(date_word - MAX_WORDS // 3, len(tokens) - MAX_WORDS))
        clause = ("… " if start else "") + " ".join(tokens[start: start + MAX_WORDS]) + " …"
    return clause.strip()


def timeline(units: Sequence[Unit], window: tuple[str, str] | None = None, sim=similarity) -> list[TimelineEntry]:
    """Day-precision happenings, merged across sources, sorted by date.

    ``window`` (ISO first, last) keeps background dates out: a report's
    "in 2019 the two leaders met" is history, not this event's timeline."""
    raw: list[tuple[str, str, Unit]] = []  # (date, clause, unit)
    seen: set[tuple[str, str, int]] = set()
    for unit in units:
        if _FURNITURE_RE.search(unit.text) or len(unit.text.split()) < 5:
            continue
        for time in unit.times:
            if not is_day_date(time):
                continue
            if window and not (window[0] <= time.date <= window[1]):
                continue
            # The publication stamp ("Published: September 13, 2023") is not a happening.
            if re.search(r"\b(published|updated|posted)\b|अपडेट|प्रकाशित", unit.text, re.IGNORECASE):
                continue
            key = (unit.article_id, time.date, unit.index)
            if key in seen:
                continue
            seen.add(key)
            clause = clause_around(unit, time)
            if len(clause.split()) <= MIN_WORDS:
                continue
            raw.append((time.date, clause, unit))

    merged: list[dict] = []
    for day, clause, unit in raw:
        tokens = set(content_tokens(clause, unit.language))
        target = None
        for entry in merged:
            if entry["date"] != day:
                continue
            overlap = max(
                jaccard(tokens, entry["tokens"]),
                max(sim(unit, other) for other in entry["units"]),
            )
            if overlap >= SAME_HAPPENING:
                target = entry
                break
        if target is None:
            merged.append({"date": day, "text": clause, "tokens": tokens, "units": [unit], "sources": [unit.article_id]})
        else:
            target["units"].append(unit)
            if unit.article_id not in target["sources"]:
                target["sources"].append(unit.article_id)
            # Keep the shorter clause that still says something: it reads best.
            if MIN_WORDS < len(clause.split()) < len(target["text"].split()):
                target["text"] = clause
            target["tokens"] |= tokens
    merged.sort(key=lambda e: (e["date"], -len(e["sources"])))
    return [
        TimelineEntry(date=e["date"], precision="day", text=e["text"], sources=sorted(e["sources"]))
        for e in merged
    ]
