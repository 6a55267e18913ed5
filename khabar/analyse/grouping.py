"""One article's candidates grouped into entities, and their forms found in text.

Candidates whose romanised words contain one another (किम जोंग उन, किम, Kim
Jong Un) are one entity; a person's first word, last word and all but the last
are short forms of the name.  :func:`scan_forms` then finds every occurrence of
every form, longest first, so each entity gets all its mentions; linking uses
the same scan to find an entity's forms in other articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from khabar.analyse.gazetteer import Place, zipf
from khabar.analyse.lexicon import AGENT_MARKERS, NOT_NAMES_HI, SINGLE_NAME_MAX_ZIPF, TITLED_WORD_MAX_ZIPF, stop_words
from khabar.analyse.mentions import Candidate
from khabar.analyse.naming import contains_name
from khabar.analyse.romanise import has_devanagari, romanise_many
from khabar.analyse.tokens import Token, span_text, unbroken
from khabar.records import Entity

Form = tuple[str, ...]  # the normalised words of one way of writing a name


@dataclass
class Group:
    keys: list[tuple[str, ...]] = field(default_factory=list)  # romanised token tuples of its forms
    types: Counter = field(default_factory=Counter)
    english: list[str] = field(default_factory=list)
    place: Place | None = None
    forms: set[Form] = field(default_factory=set)  # surface token tuples (norm)
    texts: list[tuple[str, ...]] = field(default_factory=list)  # surface token tuples, parallel to keys
    # each key and English form once, for the join test: a name mentioned 5,000 times in one
    # article had made every later mention test all 5,000 copies (minutes on a long scrape)
    distinct_keys: set[tuple[str, ...]] = field(default_factory=set)
    distinct_english: set[str] = field(default_factory=set)

    @property
    def longest(self) -> tuple[str, ...]:
        return max(self.keys, key=len)

    @property
    def longest_text(self) -> tuple[str, ...]:
        """The surface tokens of the longest form (same index as ``longest``)."""
        k = max(range(len(self.keys)), key=lambda x: len(self.keys[x]))
        return self.texts[k]

    @property
    def main_type(self) -> str | None:
        return self.types.most_common(1)[0][0] if self.types else None


def candidate_keys(toks: list[Token], cands: list[Candidate]) -> list[tuple[str, ...]]:
    """Romanised word tuples of candidates (acronyms by their letters: डब्ल्यूएचओ -> who)."""
    keys = [tuple(k.split()) for k in romanise_many([span_text(toks, c.i, c.j) for c in cands])]
    for x, c in enumerate(cands):
        if c.source in ("acronym", "acronym-gloss") and c.english:
            keys[x] = (c.english.casefold(),)
    return keys


def group_candidates(toks: list[Token], cands: list[Candidate]) -> list[Group]:
    groups: list[Group] = []
    keys = candidate_keys(toks, cands)
    # places first, then longer names: short forms join the name they are part of
    order = sorted(range(len(cands)), key=lambda x: (-(cands[x].place is not None), -len(keys[x])))
    for x in order:
        c, key = cands[x], keys[x]
        if not key:
            continue
        target = next((g for g in groups if _joins(c, key, g)), None)
        if target is None:
            target = Group(place=c.place)
            groups.append(target)
        target.keys.append(key)
        target.distinct_keys.add(key)
        target.texts.append(tuple(t.text for t in toks[c.i : c.j]))
        if c.type:
            target.types[c.type] += 1
        if c.english:
            target.english.append(c.english)
            target.distinct_english.add(c.english)
        target.forms.add(tuple(t.norm for t in toks[c.i : c.j]))
    return groups


def _joins(c: Candidate, key: tuple[str, ...], g: Group) -> bool:
    """Does candidate ``c`` (romanised ``key``) belong to group ``g``?"""
    if c.place is not None or g.place is not None:
        # places are one entity by their gazetteer entry only
        return c.place is not None and g.place is not None and c.place.name == g.place.name
    if c.type and g.types and c.type not in g.types and not (c.source == "latin" and c.type is None):
        return False
    if c.source == "org" and c.english and not any(
            e.startswith(c.english) or c.english.startswith(e) for e in g.distinct_english):
        # a listed body is no short form of another name: संयुक्त राष्ट्र (United Nations) of
        # "संयुक्त राष्ट्र बाल कोष" (UNICEF), फीफा of a "फीफा क्लब"; it is one of a listed
        # name its English opens (संयुक्त राष्ट्र संघ, the United Nations Organization)
        return False
    return any(contains_name(k, key) or contains_name(key, k) for k in g.distinct_keys)


def person_forms(group: Group) -> tuple[set[Form], set[Form]]:
    """Short forms of multi-word person names: first word, last word, all but the last.

    Returns (strong, weak): a weak form is a word common in the language (मोदी
    6.02, राय 5.3 "opinion") that counts only as the agent of a verb or with an
    honorific ("मोदी ने", "मोदी जी").
    """
    hi_stop, en_stop = stop_words()
    strong, weak = set(), set()
    for form in group.forms:
        if len(form) < 2:
            continue
        for part in (form[:1], form[-1:], form[:-1]):
            if len(part) == 1:
                w = part[0]
                lang = "hi" if has_devanagari(w) else "en"
                if len(w) < 2 or w in hi_stop or w in en_stop or w in NOT_NAMES_HI:
                    continue
                z = zipf(w, lang)
                if z >= TITLED_WORD_MAX_ZIPF:
                    continue
                if z >= SINGLE_NAME_MAX_ZIPF:
                    if part == form[-1:] and lang == "hi":
                        weak.add(part)
                    continue
            strong.add(part)
    return strong, weak - strong


# --------------------------------------------------------------------------
# finding forms in text

# (first word -> [(form, group index)], longest forms first; {(group index, weak form)})
FormIndex = tuple[dict[str, list[tuple[Form, int]]], set[tuple[int, Form]]]


def form_index(forms_by_group: list[set[Form]], weak_by_group: list[set[Form]] | None = None) -> FormIndex:
    weak_by_group = weak_by_group or [set() for _ in forms_by_group]
    index: dict[str, list[tuple[Form, int]]] = defaultdict(list)
    weak_pairs = set()
    for gi, (forms, weak) in enumerate(zip(forms_by_group, weak_by_group)):
        for form in forms | weak:
            index[form[0]].append((form, gi))
        weak_pairs.update((gi, form) for form in weak if form not in forms)
    for lst in index.values():
        lst.sort(key=lambda fg: -len(fg[0]))
    return index, weak_pairs


def scan_forms(toks: list[Token], index_: FormIndex, taken: bytearray | None = None) -> list[tuple[int, int, int]]:
    """(group, first token, end token) of every form occurrence, longest first, never overlapping.

    Weak forms count only when an agent marker (ने, जी) follows them; tokens
    marked in ``taken`` are skipped.
    """
    index, weak_pairs = index_
    found = []
    n = len(toks)
    free = 0  # tokens before this one belong to a form already found
    for i in [k for k, t in enumerate(toks) if t.norm in index]:
        if i < free:
            continue
        options = index[toks[i].norm]
        if not (taken and taken[i]):
            for form, gi in options:
                m = len(form)
                if i + m > n:
                    continue
                if m > 1 and not (all(toks[i + x].norm == form[x] for x in range(1, m)) and unbroken(toks, i, i + m)):
                    continue
                # Latin single words must be capitalised to count ("kim" in prose is not Kim)
                if toks[i].kind == "lat" and not toks[i].text[:1].isupper():
                    continue
                if weak_pairs and (gi, form) in weak_pairs and not (i + m < n and toks[i + m].norm in AGENT_MARKERS):
                    continue
                if taken and any(taken[i : i + m]):
                    continue
                found.append((gi, i, i + m))
                free = i + m
                break
    return found


def find_form_mentions(toks: list[Token], forms_by_group: list[set[Form]], weak_by_group: list[set[Form]]) -> list[list[tuple[int, int]]]:
    """Token spans of each group's forms in ``toks``."""
    found: list[list[tuple[int, int]]] = [[] for _ in forms_by_group]
    for gi, i, j in scan_forms(toks, form_index(forms_by_group, weak_by_group)):
        found[gi].append((i, j))
    return found


def merge_same_key(entities: list[Entity]) -> list[Entity]:
    """One entity per key: mentions and aliases of later ones join the first."""
    by_key: dict[str, Entity] = {}
    for e in entities:
        old = by_key.get(e.key)
        if old is None:
            by_key[e.key] = e
            continue
        seen = {(m.start, m.end) for m in old.mentions}
        old.mentions += [m for m in e.mentions if (m.start, m.end) not in seen]
        old.mentions.sort(key=lambda m: m.start)
        old.aliases = list(dict.fromkeys(old.aliases + e.aliases))
    return list(by_key.values())
