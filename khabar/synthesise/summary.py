"""Extractive multi-document summary of one event, every sentence cited.

Only sentences of cleaned article bodies are candidates, and only those that
read as reporting prose (no headings, teasers, questions, link lines or UI
text).  Sentences that state the same fact in different outlets are grouped
and become one summary sentence citing all of them.  Groups are then picked
greedily until the word budget is spent: each pick is valued by how many
outlets state it, plus the words the event's outlets share (and the headlines
use) that it adds to the summary, per square-root word (concept coverage, so
no fact is said twice); stand-alone, dated, factual sentences are preferred
over anaphoric ones and over expectations.  The picks are ordered by the dates
they describe (chronological where dated), then by their article's date.
Relative day names are resolved in brackets: "मंगलवार (12 सितंबर) को".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from dataclasses import dataclass, field

from khabar.records import SummarySentence
from khabar.synthesise.similarity import DEVANAGARI_RE, Unit, content_tokens, is_day_date, script_of, similarity, words

# Two sentences from different outlets whose similarity reaches MERGE state the
# same fact and become one summary sentence.  Calibrated on the seed reports:
# same-fact pairs across outlets scored 0.45-0.8, different facts about the
# same people below 0.35.
MERGE = 0.45
# Sentences merge only when they also share this many content words or
# entities: two short sentences can look alike on two words alone.
MIN_SHARED = 4
# A candidate this similar to an already chosen sentence adds nothing new.
REDUNDANT = 0.4
# Sentences shorter than this are datelines, captions or fragments.
MIN_WORDS = 7
# Longer "sentences" are run-ons where the splitter found no boundary (lists of
# headlines, tag clouds); they are never summary material.
MAX_WORDS = 70

# Ranking weights, set by reading the digests of the seed event, the invented
# storm event in tests/synthesise and ~20 March 2020 Hindi events
# (bench/synthesise_digest.py): an extra outlet stating a fact outweighs most
# single-outlet details; coverage gain (shared terms per sqrt-word) orders the
# rest; the bonuses and penalties only break near-ties.
SUPPORT_WEIGHT = 1.0
DENSITY_WEIGHT = 1.0
ECHO_WEIGHT = 0.3
LEAD_BONUS = 0.15
ANAPHORA_PENALTY = 0.6
TITLE_WEIGHT = 0.5
UNSHARED_WEIGHT = 0.05
EXPECTATION_PENALTY = 0.4
DATED_BONUS = 0.3
FOREIGN_PENALTY = 2.0
# Greedy picks by gain per word**GAIN_EXPONENT (1 = per word, the usual
# budgeted-coverage rule); the swap search then works on the whole objective.
GAIN_EXPONENT = 1.0
# A concept's weight is (share of the other articles stating it) **
# SUPPORT_EXPONENT: below 1 a fact two outlets state counts nearly as much as
# the names every outlet repeats, which any sentence covers anyway.
SUPPORT_EXPONENT = 0.5
import os as _os  # TEMP sweep
for _k in ("GAIN_EXPONENT", "SUPPORT_EXPONENT", "DATED_BONUS", "SUPPORT_WEIGHT", "EXPECTATION_PENALTY", "ANAPHORA_PENALTY", "LEAD_BONUS", "UNSHARED_WEIGHT"):
    if _os.environ.get(_k):
        globals()[_k] = float(_os.environ[_k])
SEARCH_POOL = 150
MAX_SWAP_ROUNDS = 8

_TERMINAL = ("।", ".", "!", "\"", "”", "'", "’", ")", "॥")
# Generic markers of page furniture in English and Hindi news sites.
_FURNITURE_RE = re.compile(
    r"https?://|www\.|@\w|\.com\b|©|"
    r"\b(also read|read more|read also|click here|subscribe|sign up|follow us|newsletter|"
    r"advertisement|sponsored|share this|leave a reply|all rights reserved|"
    r"download (the )?app|open in app|watch video|live updates?)\b|"
    r"(ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|और पढ़ें|पढ़ें:|यहां क्लिक|क्लिक करें|सब्सक्राइब|"
    r"फॉलो करें|डाउनलोड करें|वीडियो देखें|कमेंट|विज्ञापन|संबंधित खबरें|लेटेस्ट खबरें|ताज़ा खबरें|ताजा खबरें)",
    re.IGNORECASE,
)
# "Kicker: sentence" - a Latin-script label glued before a Hindi sentence.
_KICKER_RE = re.compile(r"^([^:।]{2,120}):\s*(?=\S)")
# A Latin gloss in parentheses inside a Hindi sentence: "किम जोंग उन (Kim Jong Un)".
_LATIN_GLOSS_RE = re.compile(r"\s*\((?=[^()]*[A-Za-z])[^()\u0900-\u097F]{1,60}\)")
# Discourse fillers that open a sentence and say nothing ("बता दें कि" = "let
# us tell you that"); generic Hindi and English news idiom.
_FILLER_RE = re.compile(
    r"^(?:गौरतलब है कि|बता दें कि|बता दे कि|खास बात (?:ये|यह) है कि|दरअसल,?|वहीं,?|"
    r"notably,|meanwhile,|in fact,|interestingly,)\s*",
    re.IGNORECASE,
)
# A dateline opening a sentence: "नई दिल्ली:", "NEW DELHI:", "सियोल, एपी।".
_DATELINE_RE = re.compile(r"^[^\s:।,.]{1,20}(?:\s[^\s:।,.]{1,20})?(?:,\s*[^\s:।,.]{1,15})?\s*[:।]\s+(?=\S)")


def looks_like_boilerplate(text: str) -> bool:
    """True for text that is not reporting prose: furniture, headings, questions."""
    text = text.strip()
    n_words = len(text.split())
    if n_words < MIN_WORDS or n_words > MAX_WORDS:
        return True
    if text.endswith("?") or text.rstrip("\"”'’").endswith("?"):
        return True
    if not text.endswith(_TERMINAL):
        return True  # headings and teasers carry no full stop
    if _FURNITURE_RE.search(text):
        return True
    if text.count("|") >= 2 or text.count("•") >= 1:
        return True
    # A Hindi article's sentence that is mostly Latin words is a slug or a label.
    if DEVANAGARI_RE.search(text):
        tokens = text.split()
        latin = sum(1 for t in tokens if re.search(r"[A-Za-z]", t))
        if latin * 2 > len(tokens):
            return True
    return False


def tidy_sentence(text: str) -> str:
    """Strip kickers, datelines and Latin glosses so the sentence reads cleanly."""
    text = text.strip()
    if DEVANAGARI_RE.search(text):
        match = _KICKER_RE.match(text)
        if match and script_of(match.group(1)) == "latn" and DEVANAGARI_RE.search(text[match.end():]):
            text = text[match.end():]
        elif match and len(match.group(1).split()) <= 3:
            text = text[match.end():]
        text = _LATIN_GLOSS_RE.sub("", text)
    else:
        match = _DATELINE_RE.match(text)
        if match and match.group(0).strip()[:-1].isupper():
            text = text[match.end():]
    text = _FILLER_RE.sub("", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"\.{2,}$", ".", text)
    if text[:1].islower() and not DEVANAGARI_RE.match(text):
        text = text[0].upper() + text[1:]
    return text


_MONTHS_HI = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]


def spell_date(iso: str, language: str | None) -> str | None:
    """"2023-09-12" as "12 सितंबर" (hi) or "12 September" (en); None if not a date."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    names = _MONTHS_HI if language == "hi" else _MONTHS_EN
    return f"{day.day} {names[day.month - 1]}"


def _names_month(word: str) -> bool:
    try:
        from khabar.analyse.hindi_calendar import month_number
    except Exception:
        return word in _MONTHS_HI or word.capitalize() in _MONTHS_EN
    return month_number(word) is not None


def with_resolved_dates(unit: Unit) -> str:
    """The sentence with relative day references resolved in brackets.

    "मंगलवार को रूस पहुंचे" becomes "मंगलवार (12 सितंबर) को रूस पहुंचे", so the
    reader sees the date khabar worked out and can check it against the source.
    """
    body = unit.text
    inserts = []
    for time in unit.times:
        if not is_day_date(time):
            continue
        if re.search(r"\d", time.text) or any(_names_month(w) for w in time.text.split()):
            continue  # already an explicit date ("4 मार्च", "चार मार्च")
        rel_end = time.end - unit.start
        spelled = spell_date(time.date, unit.language)
        if re.match(r"\s*\([^)]*\d", body[rel_end:]):
            continue  # the source already dates it in brackets
        if spelled and 0 < rel_end <= len(body) and body[time.start - unit.start: rel_end] == time.text:
            inserts.append((rel_end, f" ({spelled})"))
    for position, insert in sorted(inserts, reverse=True):
        body = body[:position] + insert + body[position:]
    return body


@dataclass
class Group:
    """Sentences from one or more outlets that state one fact."""

    units: list[Unit] = field(default_factory=list)
    echo: float = 0.0

    @property
    def sources(self) -> list[str]:
        seen: list[str] = []
        for unit in self.units:
            if unit.article_id not in seen:
                seen.append(unit.article_id)
        return seen


def candidate_units(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if not looks_like_boilerplate(u.text)]


def dedupe_within_articles(units: Sequence[Unit]) -> list[Unit]:
    """Drop a sentence its own article already said (leads repeated as teasers)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for unit in units:
        key = (unit.article_id, " ".join(unit.tokens) or unit.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(unit)
    return out


def _in_matrix(unit: Unit, sim) -> bool:
    matrix = getattr(sim, "matrix", None)
    units = getattr(sim, "units", None)
    return matrix is not None and 0 <= unit.position < len(units) and units[unit.position] is unit


def group_units(units: Sequence[Unit], sim) -> list[Group]:
    """Greedy grouping: a sentence joins the group it matches best when it
    reaches MERGE with some member and stays above MERGE/2 with all of them
    (no chaining of loosely related sentences)."""
    import numpy as np

    groups: list[Group] = []
    group_of: dict[int, Group] = {}
    expects = {id(u): is_expectation(u.text) for u in units}
    by_position = {u.position: u for u in units if _in_matrix(u, sim)}
    seen: list[Unit] = []
    for unit in units:
        # Only groups holding a sentence that reaches MERGE can take this one;
        # the similarity matrix finds those without a Python loop per pair.
        if unit.position in by_position and by_position[unit.position] is unit:
            row = sim.matrix[unit.position]
            near = [by_position.get(int(j)) for j in np.nonzero(row >= MERGE)[0]]
            near = [u for u in near if u is not None and id(u) in group_of and u is not unit]
        else:
            near = [u for u in seen if sim(unit, u) >= MERGE]
        candidates: list[Group] = []
        for other in near:
            group = group_of[id(other)]
            if all(group is not g for g in candidates):
                candidates.append(group)
        best, best_score = None, 0.0
        terms = set(unit.tokens) | unit.entity_keys
        expecting = expects[id(unit)]
        for group in candidates:
            # A plan and a report of the act are two statements, not one.
            if any(expects[id(m)] != expecting for m in group.units):
                continue
            if not any(
                len(terms & (set(m.tokens) | m.entity_keys)) >= MIN_SHARED
                or (m.language and unit.language and m.language != unit.language)  # no shared words across languages
                for m in group.units
            ):
                continue
            scores = [sim(unit, member) for member in group.units]
            if max(scores) >= MERGE and min(scores) >= MERGE / 2 and max(scores) > best_score:
                best, best_score = group, max(scores)
        if best is None:
            best = Group(units=[unit])
            groups.append(best)
        else:
            best.units.append(unit)
        group_of[id(unit)] = best
        seen.append(unit)
    return groups


def echo_of(unit: Unit, units: Sequence[Unit], sim) -> float:
    """How strongly the other articles repeat this sentence: the sum, over the
    other articles, of their best match to it."""
    if _in_matrix(unit, sim) and all(_in_matrix(u, sim) for u in units[:1]):
        import numpy as np

        others = [u for u in units if u.article_id != unit.article_id and _in_matrix(u, sim)]
        if not others:
            return 0.0
        labels: dict[str, int] = {}
        codes = np.array([labels.setdefault(u.article_id, len(labels)) for u in others])
        row = sim.matrix[unit.position, [u.position for u in others]]
        best = np.zeros(len(labels), dtype=np.float32)
        np.maximum.at(best, codes, row)
        return float(best.sum())
    best: dict[str, float] = {}
    for other in units:
        if other.article_id == unit.article_id:
            continue
        score = sim(unit, other)
        if score > best.get(other.article_id, 0.0):
            best[other.article_id] = score
    return sum(best.values())


# Openers that point back at an earlier sentence ("इसके बाद", "This", "He"):
# such a sentence cannot stand alone in a summary.  Generic pronoun and
# demonstrative lists for Hindi and English.
_ANAPHORIC_OPENERS = frozenset(
    """इसके इससे इसमें इसपर इसी इस यह ये वह वो वे उन्होंने उनकी उनके उनका उसने उसकी उसके उसका
    इन इनके इनकी इनका इनमें इन्हें इन्होंने उन उनमें उन्हें उसे इसे सभी
    जहां जहाँ जिसके जिससे जिसमें जो यहां यहाँ वहां वहाँ वहीं ऐसे ऐसा ऐसी हालांकि हालाँकि लेकिन
    this that these those it he she they his her their its such there however but""".split()
)


def is_anaphoric(text: str) -> bool:
    first = words(tidy_sentence(text))[:1]
    return bool(first) and first[0].lower() in _ANAPHORIC_OPENERS


_EXPECTATION_RE = re.compile(
    r"(सकता|सकती|सकते|सकें|ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|होगा|होगी|होंगे|योजना|संभावना|उम्मीद|वाले हैं|वाली है|वाला है)"
    r"(?=[\s।.,]|$)|\b(will|would|may|might|could|expected to|plans? to|planned|likely to|set to)\b",
    re.IGNORECASE,
)


def is_expectation(text: str) -> bool:
    """Does the main clause speak of what may or will happen?  Hindi puts the
    main verb last, before any "कि" (that) clause, so only the words before
    the first "कि" are read, and of those the last six; English reads the
    words before "that"."""
    if DEVANAGARI_RE.search(text):
        main = re.split(r"\sकि\s", text, maxsplit=1)[0]
        tail = " ".join(main.rstrip("।.!\"'” ").split()[-6:])
        return bool(_EXPECTATION_RE.search(tail))
    main = re.split(r"\bthat\b", text, maxsplit=1)[0]
    return bool(_EXPECTATION_RE.search(main))


def concepts_of(unit: Unit) -> set[str]:
    """The concepts a sentence states (after Gillick & Favre 2009): light-stemmed
    content words, pairs of neighbouring content words (the bigram is what
    tells "हथियार सौदा" from "हथियार कारखाना"), canonical entity keys (the
    same person in any script or spelling) and the days it dates."""
    tokens = [t for t in unit.tokens if t not in unit.entity_tokens]
    out = set(tokens)
    out.update(f"{a}_{b}" for a, b in zip(tokens, tokens[1:]) if a != b)
    out.update("@" + k for k in unit.entity_keys)
    out.update("#" + d for d in unit.day_dates())
    return out


def term_weights(units: Sequence[Unit], titles: Sequence[str] = (), concepts=None) -> dict[str, float]:
    """Weight of a concept: the share of the event's other articles that also
    state it (0 for what only one article says), plus a bonus for words of
    the headlines, which are the editors' own summaries."""
    articles: dict[str, set[str]] = {}
    for unit in units:
        terms = concepts[id(unit)] if concepts is not None else set(unit.tokens) | {"@" + k for k in unit.entity_keys}
        articles.setdefault(unit.article_id, set()).update(terms)
    n = len(articles)
    df: dict[str, int] = {}
    for terms in articles.values():
        for term in terms:
            df[term] = df.get(term, 0) + 1
    if n < 2:
        # A one-article event: every word is as shared as it can be.
        weights = {t: 1.0 for t in df}
    else:
        weights = {t: ((c - 1) / (n - 1)) ** SUPPORT_EXPONENT for t, c in df.items() if c > 1}
    title_terms: dict[str, int] = {}
    for title in titles:
        for term in set(content_tokens(title or "")):
            title_terms[term] = title_terms.get(term, 0) + 1
    for term, count in title_terms.items():
        if term in weights:
            weights[term] += TITLE_WEIGHT * min(count, 2) / 2
    return weights


def density(unit: Unit, weights: Mapping[str, float]) -> float:
    """How much of what the event's outlets share this sentence says, per
    square-root word (long sentences are not free: they spend the budget)."""
    terms = set(unit.tokens) | {"@" + k for k in unit.entity_keys}
    return sum(weights.get(t, 0.0) for t in terms) / max(unit.word_count, 1) ** 0.5


@dataclass
class Item:
    """One candidate summary sentence: its words, concepts and fixed bonus."""

    unit: Unit
    group: Group
    text: str
    words: int
    concepts: set[str]
    bonus: float


def _item(unit: Unit, group: Group, concepts: set[str], main_language: str | None) -> Item:
    """The sentence as it would read in the summary, and what its style is worth.

    The bonus is in the units of concept weight (one concept every other
    article states is worth 1): support from other outlets, a resolved day,
    a lead position; minus for sentences that cannot stand alone, that only
    expect something, or that are in another language than the summary."""
    text = tidy_sentence(with_resolved_dates(unit))
    bonus = SUPPORT_WEIGHT * (len(group.sources) - 1)
    if unit.index <= 2:
        bonus += LEAD_BONUS  # leads carry the news in every outlet's house style
    if unit.day_dates():
        bonus += DATED_BONUS  # a dated happening is the backbone of a report
    if is_anaphoric(unit.text):
        bonus -= ANAPHORA_PENALTY
    if is_expectation(unit.text):
        bonus -= EXPECTATION_PENALTY
    if main_language and unit.language and unit.language != main_language:
        bonus -= FOREIGN_PENALTY
    return Item(unit=unit, group=group, text=text, words=max(len(text.split()), 1), concepts=concepts, bonus=bonus)


def _coverage(items: Sequence[Item], weights: Mapping[str, float]) -> float:
    """The objective: the weight of every concept the summary states, each
    counted once however often it is said (redundancy earns nothing), plus
    the chosen sentences' bonuses."""
    covered: set[str] = set()
    for item in items:
        covered |= item.concepts
    return sum(weights.get(c, 0.0) + UNSHARED_WEIGHT for c in covered) + sum(i.bonus for i in items)


def _compatible(item: Item, others: Sequence[Item], sim) -> bool:
    """A sentence may join the summary only if it states no fact already there."""
    for other in others:
        if other is item or other.group is item.group:
            return False
        if sim(item.unit, other.unit) >= REDUNDANT:
            return False
    return True


def select(items: Sequence[Item], weights: Mapping[str, float], budget: int, sim) -> list[Item]:
    """Budgeted concept coverage: greedy by objective gain per word, then
    swaps and additions while they raise the objective within the budget (a
    cheap stand-in for Gillick & Favre's integer program, exact enough at
    five to ten sentences)."""
    if not items:
        return []
    # Only the best-ranked sentences on their own are worth searching over:
    # a big event has thousands.
    alone = sorted(items, key=lambda i: -(_coverage([i], weights) / i.words ** GAIN_EXPONENT))
    pool = alone[:SEARCH_POOL]
    chosen: list[Item] = []
    used = 0
    score = 0.0
    while True:
        best, best_ratio = None, 0.0
        for item in pool:
            if used + item.words > budget or not _compatible(item, chosen, sim):
                continue
            gain = _coverage(chosen + [item], weights) - score
            ratio = gain / item.words ** GAIN_EXPONENT
            if gain > 0 and ratio > best_ratio:
                best, best_ratio = item, ratio
        if best is None:
            break
        chosen.append(best)
        used += best.words
        score = _coverage(chosen, weights)
    for _ in range(MAX_SWAP_ROUNDS):
        improved = False
        for item in pool:
            if item in chosen:
                continue
            # Add outright, or in place of one chosen sentence.
            options = [None] + list(chosen)
            for out in options:
                rest = [c for c in chosen if c is not out]
                if sum(c.words for c in rest) + item.words > budget or not _compatible(item, rest, sim):
                    continue
                value = _coverage(rest + [item], weights)
                if value > score + 1e-9:
                    chosen, score, improved = rest + [item], value, True
                    break
        if not improved:
            break
    return chosen


def summarise(
    units: Sequence[Unit],
    *,
    words: int = 120,
    reference_dates: Mapping[str, str | None] | None = None,
    titles: Sequence[str] = (),
    sim=similarity,
) -> list[SummarySentence]:
    """Pick, merge and order summary sentences within ``words`` words."""
    candidates = dedupe_within_articles(candidate_units(units))
    if not candidates or words <= 0:
        return []
    cache: dict[tuple[int, int], float] = {}

    def cached(a: Unit, b: Unit) -> float:
        key = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))
        if key not in cache:
            cache[key] = sim(a, b)
        return cache[key]

    if getattr(sim, "matrix", None) is not None:
        cached = sim  # already a lookup table (and group_units vectorises over it)

    concepts = {id(u): concepts_of(u) for u in candidates}
    weights = term_weights(candidates, titles, concepts)
    groups = group_units(candidates, cached)
    group_of = {id(u): g for g in groups for u in g.units}
    # The summary speaks the language most of the event's sentences are in.
    languages = Counter(u.language for u in candidates if u.language)
    main_language = languages.most_common(1)[0][0] if languages else None
    items = [_item(u, group_of[id(u)], concepts[id(u)], main_language) for u in candidates]
    items = [i for i in items if i.words <= words]
    chosen = select(items, weights, words, cached)

    # One summary sentence per group: the chosen member speaks for the group
    # and cites every article whose sentence states the same fact.
    entries = [{"group": i.group, "rep": i.unit, "text": i.text} for i in chosen]

    reference_dates = reference_dates or {}

    def order_key(entry):
        group, rep = entry["group"], entry["rep"]
        dates = sorted(d for u in group.units for d in u.day_dates())
        when = dates[0] if dates else (reference_dates.get(rep.article_id) or "9999")
        return (when, reference_dates.get(rep.article_id) or "9999", rep.index)

    entries.sort(key=order_key)
    return [SummarySentence(text=e["text"], sources=sorted(e["group"].sources)) for e in entries]
