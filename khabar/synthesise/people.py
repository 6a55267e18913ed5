"""Who and where: the event's main entities with mention and source counts.

Entities are merged by their cross-article ``key`` (set by the analysis
stage's linking), so "किम जोंग उन" in one outlet and "Kim Jong Un" in another
count as one person.  Main entities are those several outlets name, those
named more than once, and the people named in full; a list shorter than
MIN_LISTED is topped up with the places named once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from khabar.records import Analysis, EntitySummary

# At most this many entities are listed; a reader scans a short list.
MAX_ENTITIES = 20
# A list shorter than this is topped up with the places named once.
MIN_LISTED = 5


def who_and_where(analyses: Sequence[Analysis], limit: int = MAX_ENTITIES) -> list[EntitySummary]:
    merged: dict[str, dict] = {}
    for analysis in analyses:
        for entity in analysis.entities or []:
            if not entity.key:
                continue
            slot = merged.setdefault(
                entity.key,
                {"names": Counter(), "types": Counter(), "aliases": [], "mentions": 0, "sources": []},
            )
            count = len(entity.mentions) or 1
            slot["names"][entity.name or entity.key] += count
            slot["types"][entity.type or "OTHER"] += count
            for alias in list(entity.aliases) + [m.text for m in entity.mentions]:
                if alias and alias not in slot["aliases"]:
                    slot["aliases"].append(alias)
            slot["mentions"] += count
            if analysis.id not in slot["sources"]:
                slot["sources"].append(analysis.id)
    out = [
        EntitySummary(
            key=key,
            name=slot["names"].most_common(1)[0][0],
            type=slot["types"].most_common(1)[0][0],
            aliases=slot["aliases"],
            mentions=slot["mentions"],
            sources=sorted(slot["sources"]),
        )
        for key, slot in merged.items()
    ]
    out.sort(key=lambda e: (-len(e.sources), -e.mentions, e.name))
    # Main entities: named by two or more outlets, or often by one, and any
    # person named in full (the seed story's "रूसी रक्षा मंत्री सर्गेई शोइगु",
    # who showed Kim the weapons, and "प्रवक्ता जॉन किर्बी", who gave the US
    # warning, are each named once): a report names a person for a reason.
    main = [e for e in out if len(e.sources) >= 2 or e.mentions >= 2
            or (e.type == "PERSON" and len(e.name.split()) >= 2)]
    if not main:
        return out[:limit]
    # A short list still says where: places named once join it (a small event's
    # "बिहार के मुंगेर में" is its only mention of where it happened; gazetteer places
    # are the surest entities, Hindi place precision 25/25 on bench/labels).
    if len(main) < MIN_LISTED:
        main += [e for e in out if e not in main and e.type == "PLACE"][: MIN_LISTED - len(main)]
    if len(main) > limit:
        # A roundup names twenty states before its first person: people named further
        # down take the places of the last-ranked places, up to half the list (March
        # 2020: a day's state-by-state tally had listed 20 places and none of the chief
        # ministers it quotes).  Other lists are cut as ranked.
        top = main[:limit]
        wanted = min(limit // 2, sum(e.type == "PERSON" for e in main)) - sum(e.type == "PERSON" for e in top)
        if wanted > 0:
            places = [e for e in top if e.type == "PLACE"]
            extra = [e for e in main[limit:] if e.type == "PERSON"][: min(wanted, len(places))]
            dropped = {id(e) for e in places[len(places) - len(extra):]}
            kept = {id(e) for e in top if id(e) not in dropped} | {id(e) for e in extra}
            return [e for e in main if id(e) in kept]
    return main[:limit]
