"""Keyphrases per article: the YAKE statistics over Hindi- and English-aware tokens.

YAKE (Campos et al., 2020) scores each word by where it first appears, how
often, in how many sentences, how varied its neighbours are and (in Latin
script) how often it is capitalised, then scores each 1–3-word candidate from
its words; lower is better.  This module computes those same features itself
instead of calling the ``yake`` package because

* '।' must end a sentence and Devanagari vowel signs must stay inside words
  (yake's segtok tokenizer splits on neither correctly without pre-processing);
* the analysis stage has to run at ≥300 articles/s and yake costs ~5–8 ms per
  Hindi article on this machine (measured on 60 March 2020 paragraphs), which
  alone would cap the stage near 150 articles/s.

``extract_keyphrases(text, language, n, backend="yake")`` runs the real yake
package instead (with the same stop-word list and '।' replaced by '.'), for
comparison.  Candidates never start or end with a stop word
(:mod:`khabar.analyse.stopwords`) or a bare number.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from khabar.analyse.stopwords import stopwords

_WORD_CHARS = r"\w\u0900-\u0963\u0966-\u097F"
_TOKEN = re.compile(rf"[{_WORD_CHARS}]+(?:[-'’][{_WORD_CHARS}]+)*")
_SENTENCE_END = re.compile(r"[।॥?!\n|]+|\.(?=\s|$)")
# punctuation inside a sentence that no keyphrase may cross
_CHUNK_BREAK = re.compile(r"[,;:\"“”‘’()\[\]{}<>–—/•]|\s-\s|'(?=\s)|(?<=\s)'")

MAX_WORDS = 3
# stop words allowed inside a phrase: the ones that link two names
# ("Bank of India", "भारत और चीन"); others ("रविवार को किम") break it
_LINKERS = frozenset({"of", "and", "for", "the", "de", "की", "के", "का", "और", "व", "एवं"})
# YAKE's co-occurrence window (its default, kept)
_WINDOW = 1


def extract_keyphrases(text: str, language: str | None = None, n: int = 10, backend: str = "native") -> list[str]:
    """Up to ``n`` keyphrases of ``text``, best first, as they appear in the text."""
    if not text or not text.strip() or n <= 0:
        return []
    try:
        if backend == "yake":
            return _yake_package(text, language, n)
        return _native(text, language, n)
    except Exception:  # bad input never crashes the stage
        return []


def _sentences(text: str) -> list[list[list[str]]]:
    """Sentences as lists of chunks, each chunk a list of tokens."""
    out = []
    for sentence in _SENTENCE_END.split(text):
        chunks = [_TOKEN.findall(c) for c in _CHUNK_BREAK.split(sentence)]
        chunks = [c for c in chunks if c]
        if chunks:
            out.append(chunks)
    return out


def _native(text: str, language: str | None, n: int) -> list[str]:
    stop = stopwords(language)
    sentences = _sentences(text)
    if not sentences:
        return []

    # one pass: lower-case forms, stop flags, and the per-word statistics
    is_stop: dict[str, bool] = {}
    tf: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    positions: dict[str, list[int]] = defaultdict(list)
    left: dict[str, list[str]] = defaultdict(list)
    right: dict[str, list[str]] = defaultdict(list)
    lowered: list[list[tuple[list[str], list[str], list[bool]]]] = []
    for s_index, chunks in enumerate(sentences):
        lowered_chunks = []
        for chunk in chunks:
            lows = [w.lower() for w in chunk]
            flags = []
            for low in lows:
                flag = is_stop.get(low)
                if flag is None:
                    flag = is_stop[low] = low in stop or len(low) < 2 or low.isdigit()
                flags.append(flag)
            lowered_chunks.append((chunk, lows, flags))
            tf.update(lows)
            last = len(lows) - 1
            for i, low in enumerate(lows):
                if flags[i]:
                    continue
                if i > 0 and chunk[i][:1].isupper():
                    upper[low] += 1
                positions[low].append(s_index)
                # YAKE's window of 1: the neighbour on each side, when it is a content word
                if i > 0 and not flags[i - 1]:
                    left[low].append(lows[i - 1])
                if i < last and not flags[i + 1]:
                    right[low].append(lows[i + 1])
        lowered.append(lowered_chunks)

    content = list(positions)
    if not content:
        return []
    counts = [tf[w] for w in content]
    mean_tf = sum(counts) / len(counts)
    std_tf = math.sqrt(sum((c - mean_tf) ** 2 for c in counts) / len(counts))
    max_tf = max(counts)
    n_sentences = len(sentences)

    weight: dict[str, float] = {}
    for w in content:
        f = tf[w]
        pos = positions[w]  # sentence indices, ascending
        mid = len(pos) // 2
        med = pos[mid] if len(pos) % 2 else (pos[mid - 1] + pos[mid]) / 2
        t_case = upper[w] / (1 + math.log(f))
        t_pos = math.log(math.log(3 + med))
        t_norm = f / (mean_tf + std_tf)
        lw, rw = left.get(w), right.get(w)
        dl = len(set(lw)) / len(lw) if lw else 0.0
        dr = len(set(rw)) / len(rw) if rw else 0.0
        t_rel = 1 + (dl + dr) * f / max_tf
        t_sent = len(set(pos)) / n_sentences
        weight[w] = (t_pos * t_rel) / (t_case + t_norm / t_rel + t_sent / t_rel)

    candidate_tf: Counter[tuple[str, ...]] = Counter()
    surface: dict[tuple[str, ...], str] = {}
    for chunks in lowered:
        for chunk, lows, flags in chunks:
            size_limit = len(lows)
            for i in range(size_limit):
                if flags[i]:
                    continue
                for j in range(i + 1, min(size_limit, i + MAX_WORDS) + 1):
                    if flags[j - 1]:
                        if lows[j - 1] not in _LINKERS:
                            break
                        continue
                    key = tuple(lows[i:j])
                    candidate_tf[key] += 1
                    if key not in surface:
                        surface[key] = " ".join(chunk[i:j])

    scored = []
    for key, f in candidate_tf.items():
        product, total = 1.0, 0.0
        for w in key:
            h = weight.get(w)
            if h is not None:
                product *= h
                total += h
        scored.append((product / (f * (1 + total)), key))
    scored.sort()

    chosen: list[tuple[str, ...]] = []
    for _, key in scored:
        # near-duplicates: a phrase inside a chosen one, or one holding it, adds nothing
        if any(_contains(c, key) or _contains(key, c) for c in chosen):
            continue
        chosen.append(key)
        if len(chosen) >= n:
            break
    return [surface[key] for key in chosen]


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """Whether ``inner`` occurs as a contiguous run of words in ``outer``."""
    size = len(inner)
    return any(outer[i : i + size] == inner for i in range(len(outer) - size + 1))


def _yake_package(text: str, language: str | None, n: int) -> list[str]:
    import yake

    extractor = yake.KeywordExtractor(
        lan=language or "hi", n=MAX_WORDS, top=n, stopwords=set(stopwords(language))
    )
    return [phrase for phrase, _ in extractor.extract_keywords(text.replace("।", "."))]
