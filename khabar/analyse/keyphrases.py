"""Keyphrases per article: the YAKE statistics over Hindi- and English-aware tokens.

YAKE (Campos et al., 2020) scores each word by where it first appears, how
often, in how many sentences, how varied its neighbours are and (in Latin
script) how often it is capitalised, then scores each 1–3-word candidate from
its words; lower is better.  This module computes those same features itself
instead of calling the ``yake`` package because

* '।' must end a sentence and Devanagari vowel signs must stay inside words
  (yake's segtok tokenizer splits on neither correctly without pre-processing);
* segtok finds no sentence ends in Devanagari (it looks for a capital after
  the full stop), so under yake every Hindi word sits in "sentence 0" and the
  position and spread features say nothing;
* the analysis stage has to run at ≥300 articles/s; bench/analyse_eval.py
  measured the yake package at 24–61 March 2020 articles/s on this machine
  against 390–1,500 for this module (the range is load on the shared cores).

``extract_keyphrases(text, language, n, backend="yake")`` runs the real yake
package instead (with the same stop-word list and '।' replaced by '.'), for
comparison.  Candidates never start or end with a stop word
(:mod:`khabar.analyse.stopwords`) or a bare number.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from khabar.analyse.stopwords import stopwords

_WORD_CHARS = r"\w\u0900-\u0963\u0966-\u097F"
_TOKEN = re.compile(rf"[{_WORD_CHARS}]+(?:[-'’][{_WORD_CHARS}]+)*")
_SENTENCE_END = re.compile(r"[।॥?!\n|]+|\.(?=\s|$)")
# punctuation inside a sentence that no keyphrase may cross
_CHUNK_BREAK = re.compile(r"[,;:\"“”‘’()\[\]{}<>–—/•]|\s-\s|'(?=\s)|(?<=\s)'")

MAX_WORDS = 3
# Only the first MAX_CHARS characters are read: YAKE's position feature already
# favours the top, and a runaway body (a whole page glued together) stays cheap.
# On the March 2020 corpus (mean body 1,458 chars, 8% over 4,000) a 5,000 cap kept
# 98% of the top-10 phrases; 20,000 leaves all but the longest 1% untouched.
MAX_CHARS = 20_000
# stop words allowed inside a phrase: the ones that link two names
# ("Bank of India", "भारत और चीन"); others ("रविवार को किम") break it
_LINKERS = frozenset({"of", "and", "for", "the", "de", "की", "के", "का", "और", "व", "एवं"})


def extract_keyphrases(text: str, language: str | None = None, n: int = 10, backend: str = "native") -> list[str]:
    """Up to ``n`` keyphrases of ``text``, best first, as they appear in the text."""
    if not text or not text.strip() or n <= 0:
        return []
    try:
        text = text[:MAX_CHARS]
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
    sentences = _sentences(text)
    if not sentences:
        return []
    stats = _word_statistics(sentences, stopwords(language))
    if not stats.positions:
        return []
    weight = _word_weights(stats, len(sentences))
    candidate_tf, surface = _candidates(stats.lowered)
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
    return [surface[key] for key in _choose([key for _, key in scored], n)]


@dataclass
class _WordStats:
    """YAKE's per-word counts over one text (content words only, except ``tf``)."""

    tf: Counter = field(default_factory=Counter)  # every lower-cased word
    upper: Counter = field(default_factory=Counter)  # capitalised, not sentence-initial
    positions: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # sentence indices
    left: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # left neighbours
    right: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # right neighbours
    # per sentence, per chunk: (words, lower-cased words, stop flags)
    lowered: list[list[tuple[list[str], list[str], list[bool]]]] = field(default_factory=list)


def _word_statistics(sentences: list[list[list[str]]], stop: frozenset[str]) -> _WordStats:
    """One pass: lower-case forms, stop flags, and the per-word statistics."""
    stats = _WordStats()
    tf, upper, positions, left, right = stats.tf, stats.upper, stats.positions, stats.left, stats.right
    is_stop: dict[str, bool] = {}
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
                # YAKE's co-occurrence window of 1, stop words included: a word
                # whose neighbours vary ("लोगों की", "लोगों को", "लोगों में") is
                # function-like and weighs worse
                if i > 0:
                    left[low].append(lows[i - 1])
                if i < last:
                    right[low].append(lows[i + 1])
        stats.lowered.append(lowered_chunks)
    return stats


def _word_weights(stats: _WordStats, n_sentences: int) -> dict[str, float]:
    """YAKE's weight of each content word (lower is better)."""
    tf, positions = stats.tf, stats.positions
    content = list(positions)
    counts = [tf[w] for w in content]
    mean_tf = sum(counts) / len(counts)
    std_tf = math.sqrt(sum((c - mean_tf) ** 2 for c in counts) / len(counts))
    max_tf = max(counts)
    weight: dict[str, float] = {}
    for w in content:
        f = tf[w]
        pos = positions[w]  # sentence indices, ascending
        mid = len(pos) // 2
        med = pos[mid] if len(pos) % 2 else (pos[mid - 1] + pos[mid]) / 2
        t_case = stats.upper[w] / (1 + math.log(f))
        t_pos = math.log(math.log(3 + med))
        t_norm = f / (mean_tf + std_tf)
        lw, rw = stats.left.get(w), stats.right.get(w)
        dl = len(set(lw)) / len(lw) if lw else 0.0
        dr = len(set(rw)) / len(rw) if rw else 0.0
        t_rel = 1 + (dl + dr) * f / max_tf
        t_sent = len(set(pos)) / n_sentences
        weight[w] = (t_pos * t_rel) / (t_case + t_norm / t_rel + t_sent / t_rel)
    return weight


def _candidates(lowered) -> tuple[Counter, dict[tuple[str, ...], str]]:
    """Counts of the 1-3-word candidates within chunks, and each one's first surface form.

    Candidates neither start nor end with a stop word; inside, only linkers are allowed.
    """
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
    return candidate_tf, surface


def _choose(ranked: list[tuple[str, ...]], n: int) -> list[tuple[str, ...]]:
    """The best ``n`` candidates of ``ranked`` (best first) that do not repeat one another."""
    chosen: list[tuple[str, ...]] = []
    for key in ranked:
        # a phrase inside a chosen one adds nothing; a phrase holding chosen ones
        # ("उत्तर" + "कोरिया" -> "उत्तर कोरिया") takes the place of the first of them
        if any(_contains(c, key) for c in chosen):
            continue
        held = [i for i, c in enumerate(chosen) if _contains(key, c)]
        if held:
            chosen[held[0]] = key
            for i in reversed(held[1:]):
                del chosen[i]
            continue
        chosen.append(key)
        if len(chosen) >= n:
            break
    return chosen


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
