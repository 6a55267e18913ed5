"""English spellings for romanised Hindi words: "vhait" -> "white", "kirbi" -> "kirby".

When no source spells a name in Latin script the entity's name is a
romanisation of the Devanagari ("व्हाइट हाउस" -> "vhait haus").  Hindi writes
English loanwords and foreign names by sound, so the English spelling is
usually one of a few sound-alike spellings of the romanisation.  This module
generates those spellings by phonetic rules and keeps one only when it is an
English word (wordfreq's English list, packaged in khabar/data/zipf_en.tsv.gz)
that is frequent enough and reached cheaply enough.

Rules rewrite one segment of the romanisation at a time, each with a cost:
spelling-only changes (k/c, v/w, i/y at word end, doubled consonants, ph/f,
kh/k, a silent h, "ar" for the English "er" sound) are cheap; changing a
vowel's quality (a -> e, o -> a) or inserting a vowel that schwa deletion
removed costs more.  Variants are enumerated depth first and pruned by the
English word list's prefixes, so a word costs well under a millisecond.

What the rules may spend depends on how much the context says the word is
English: the words of an organisation's name ("इकनॉमिक फोरम") are mostly
English loanwords and get a larger budget than a person's or place's name,
where only spelling-level changes are allowed ("सर्गेई" -> "sergei", but
"लालू" stays "lalu", not "lulu").  A romanisation that is itself a known English
word (Zipf >= KNOWN_ZIPF: "modi" 3.8, "lalu" 2.2, "jon" 4.31) keeps its
spelling unless a spelling-level variant is far more frequent ("jon" -> "john").

Names Hindi writes without an inner schwa that their Latin spelling keeps
("वसुंधरा" -> "vasundhra", Vasundhara) take it back from a packaged table of the
spellings English text uses (:func:`schwa_spelling`).
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from khabar.analyse.gazetteer import zipf_table
from khabar.analyse.given_names import given_names, proper_nouns_en, south_asian_names, surnames

# --------------------------------------------------------------------------
# thresholds.  Calibrated on names nobody tuned the rules to: the romanised
# entity names the analysis stage produces on the BBC Hindi test set and the
# March 2020 papers (/work/shared/bench), reading which changes were right
# ("vhait" -> white, "kirbi" -> kirby, "iknomik" -> economic) and which wrong
# ("primori" -> primary, "lalu" -> lulu); see bench/anglicise_eval.py.  With these
# values, 145 of 1445 distinct romanised name words there are respelt; reading the
# list, about 19 of the 148 word/context respellings look wrong (Bashar -> Bashir,
# Hubei -> Hubby, Infosys -> Emphasis, Jones -> Johns, Jamia -> Jamie).

# A variant must be at least this frequent in English (sergei 3.49, kirby 3.65 pass;
# jinping 2.8 and kejriwal 2.79 would, but their romanisations are not one cheap rule away).
MIN_ZIPF = 3.0
# A romanisation this frequent in English is a known spelling already (lalu 2.2, nitish 2.21).
KNOWN_ZIPF = 2.0
# A known spelling yields only to a variant this much more frequent, net of its cost (jon 4.31 -> john 5.38).
KNOWN_MARGIN = 0.5
# Budgets: the total rule cost one word may spend.
BUDGET_NAME = 0.5  # people and places: spelling-level changes only (nidhi -> needy cost 0.75)
BUDGET_KNOWN = 0.5  # a known spelling
BUDGET_ORG_PER_CHAR = 0.4  # organisation words: "iknomik" (7 letters) may spend 2.8 (economic costs 2.5) ...
ORG_VOWEL_MIN_LEN = 6  # ... when this long; shorter ones change too easily (rusi -> rosie, sofi -> coffee)
MIN_WORD_LEN = 3  # shorter romanisations are left alone ("un", "xi") ...
MIN_UNKNOWN_LEN = 4  # ... and short unknown ones too: bak -> back, kak -> cake, mun -> moon were wrong
# One Hindi word read as two English words: both this common, the whole this cheap
# (new 6.25 + york 5.37 at 0.5; native words fell apart into "bar tie", "sse tit" at 1.0+;
SPLIT_MIN_ZIPF = 5.0  # tie 4.51 + men, info 4.6 + sees 4.59, high + pakistan 4.55 were wrong
SPLIT_MAX_COST = 0.5

CHEAP = 0.25  # a spelling-only change
VOWEL = 1.0  # a change of vowel quality, or a vowel restored where schwa deletion dropped it

_VOWEL_LETTERS = frozenset("aeiou")

# segment -> [(English spelling, cost)]; the identity is always allowed at cost 0
_ALTERNATIVES: dict[str, list[tuple[str, float]]] = {
    # vowels
    "a": [("e", VOWEL), ("u", VOWEL), ("o", VOWEL)],
    "ar": [("er", CHEAP * 2), ("ur", CHEAP * 2), ("ir", CHEAP * 2)],  # schwa + r is English "er" (सर्विस service)
    "i": [("e", VOWEL), ("y", CHEAP), ("ee", CHEAP), ("ie", CHEAP), ("ea", VOWEL)],
    "u": [("oo", CHEAP), ("o", VOWEL), ("ou", VOWEL), ("ew", VOWEL)],
    "e": [("a", VOWEL), ("ai", VOWEL), ("ay", VOWEL), ("ea", CHEAP), ("ee", CHEAP), ("i", VOWEL)],
    "o": [("oh", CHEAP * 2), ("oa", CHEAP), ("ow", CHEAP), ("ou", VOWEL), ("au", VOWEL), ("a", VOWEL), ("oo", VOWEL)],
    # ... and i, as a change of vowel: in an organisation's name only (Microsoft, China,
    # United: March 2020), since people's ai is their own ("laila" is no "lila")
    "ai": [("y", CHEAP), ("igh", CHEAP), ("ei", CHEAP), ("ay", CHEAP), ("ie", CHEAP), ("i", VOWEL)],
    "au": [("o", CHEAP), ("ou", CHEAP), ("aw", CHEAP), ("ow", VOWEL)],
    "yu": [("u", CHEAP), ("ew", CHEAP), ("eu", CHEAP), ("you", CHEAP), ("iu", CHEAP)],
    # ेयर writes the English "air" sound and its neighbours: केयर care, शेयर share, चेयर
    # chair, मेयर mayor, प्लेयर player, लेयर layer
    "eyar": [("are", CHEAP), ("air", CHEAP), ("ayor", CHEAP), ("ayer", CHEAP)],
    # consonants
    "k": [("c", CHEAP), ("ck", CHEAP), ("q", CHEAP), ("ch", VOWEL)],
    "kv": [("qu", CHEAP)],
    "ks": [("x", CHEAP), ("cks", CHEAP), ("cs", CHEAP)],
    "g": [("gh", CHEAP), ("gu", VOWEL)],
    "ch": [("tch", CHEAP)],  # च is English ch; English c/k are written क (चाइना is not "caine")
    "chh": [("ch", CHEAP)],
    "j": [("g", CHEAP), ("z", VOWEL), ("dg", VOWEL)],
    "jh": [("zh", CHEAP)],  # झ writes the Russian zh (कोझेमायाको)
    "t": [("tt", CHEAP), ("th", CHEAP)],
    "d": [("dd", CHEAP), ("th", VOWEL)],
    "p": [("pp", CHEAP)],
    "ph": [("f", CHEAP)],
    "f": [("ph", CHEAP), ("ff", CHEAP)],
    "b": [("bb", CHEAP)],
    "v": [("w", CHEAP)],
    "vh": [("wh", 0.0), ("w", VOWEL)],  # व्ह writes English wh- (व्हाइट, व्हाट्सऐप)
    "s": [("ss", CHEAP), ("c", CHEAP), ("z", VOWEL)],
    "sh": [("ti", VOWEL), ("ci", VOWEL)],
    # ... and s only before the glide: -शिया/-शियन is English -sia/-sian (एशियन Asian,
    # मलेशिया Malaysia); elsewhere श is sh, as English words are written स for s:
    # "sharnam" had read surname (शरणम हॉस्पिटल), "santosh" Santos (March 2020)
    "shiy": [("si", VOWEL), ("shi", CHEAP)],  # (and the glide may drop, as after any i: शिया Shia)
    "z": [("s", CHEAP)],
    "r": [("rr", CHEAP)],
    "l": [("ll", CHEAP)],
    "m": [("mm", CHEAP)],
    "n": [("nn", CHEAP)],
    "nh": [("ngh", CHEAP)],  # anusvara before h is the velar nasal: सिंह sinh is Singh
}
# Hindi's aspirates (ख घ भ ध थ: kh gh bh dh th) and h itself write Hindi sounds, not
# English spellings (English k, g, b, d, t are written क ग ब ड ट), so they have no
# rules: "bhor" -> bore, "baghel" -> bagel, "harish" -> irish were all wrong.
# The glide y that Hindi writes after i before a vowel (कोरिया koriya Korea,
# विलियम viliyam William) may drop; elsewhere y stays (गोयल goyal is not "goal").
_GLIDE = "y"
# Only at the end of a word.
_FINAL_ALTERNATIVES: dict[str, list[tuple[str, float]]] = {
    "i": [("y", CHEAP), ("ie", CHEAP), ("ey", CHEAP), ("ee", CHEAP)],
    # the Hindi adjective suffix -ई (-ī) on a country is the English demonym's -an
    # (कोरियाई koriyai -> korean, इंडोनेशियाई -> indonesian)
    "ai": [("an", CHEAP * 2), ("ian", CHEAP * 2)],
}
# ... and where the Devanagari wrote ऐ (not ाइ, which romanises alike: व्हाइट "vhait" is white)
# it may be the English short a: बैंक bank, कैमरा camera, कैंब्रिज Cambridge, बोमैन Bowman.
_SHORT_A_ALTERNATIVES: dict[str, list[tuple[str, float]]] = {"ai": [("a", CHEAP)]}
# A known English spelling only gains a silent letter (jon -> john).
_KNOWN_ALTERNATIVES: dict[str, list[tuple[str, float]]] = {"o": [("oh", CHEAP * 2)]}
_SEGMENTS = sorted(set(_ALTERNATIVES) | set(_FINAL_ALTERNATIVES), key=len, reverse=True)
_MAGIC_E = CHEAP * 2  # "ai" + consonant + silent e: vhait -> white, taims -> times


def _segment(word: str) -> list[str]:
    out, i = [], 0
    while i < len(word):
        for seg in _SEGMENTS:
            if word.startswith(seg, i):
                out.append(seg)
                i += len(seg)
                break
        else:
            out.append(word[i])
            i += 1
    return out


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, float], list[str]]:
    """(English word -> Zipf, sorted words frequent enough to be chosen)."""
    table = zipf_table("en") or {}
    return table, sorted(w for w, z in table.items() if z >= MIN_ZIPF)


def _has_prefix(words: list[str], prefix: str) -> bool:
    k = bisect_left(words, prefix)
    return k < len(words) and words[k].startswith(prefix)


def _is_consonant_segment(seg: str) -> bool:
    return seg[0] not in _VOWEL_LETTERS and seg != "y"


_SOFT = ("e", "i", "y")


def _allowed(seg: str, spelling: str, following: str) -> bool:
    """English spelling rules that depend on the next sound: c and g are soft only
    before e/i/y (so k -> c and j -> g only elsewhere / there: "kedar" is not cedar,
    "saud" not code), and ow closes a syllable ("boing" is not bowing)."""
    soft = following.startswith(_SOFT) and following != "eyar"  # केयर: the English vowel is a, "care"
    if spelling == "c" and seg in ("k", "s"):
        return soft if seg == "s" else not soft
    if spelling == "g" and seg == "j":
        return soft
    if spelling == "ow":
        return not following or following[0] not in _VOWEL_LETTERS
    return True


def _variants(word: str, budget: float, allow_split: bool, known: bool = False,
              lexicon: tuple[dict[str, float], list[str]] | None = None, min_score: float = MIN_ZIPF,
              short_a: bool = False, alternatives: dict[str, list[tuple[str, float]]] | None = None) -> dict[str, float]:
    """Words (or two-word phrases) of ``lexicon`` (the English word list by
    default) scoring at least ``min_score`` there and reachable from ``word``
    within ``budget`` by the rules of ``alternatives`` (default _ALTERNATIVES): word -> cost."""
    alternatives = _ALTERNATIVES if alternatives is None else alternatives
    table, words = lexicon or _lexicon()
    segs = _segment(word)
    n = len(segs)
    found: dict[str, float] = {}

    def emit_word(done: str, final: str, cost: float) -> None:
        if len(final) >= 2 and table.get(final, 0.0) >= min_score and cost <= budget:
            text = done + final
            if cost < found.get(text, 1e9):
                found[text] = cost

    def walk(k: int, done: str, cur: str, cost: float) -> None:
        # done: finished words (with a trailing space); cur: the word being spelt
        if cost > budget or (cur and not _has_prefix(words, cur)):
            return
        if k == n:
            emit_word(done, cur, cost)
            if cur and not known and cur[-1] not in _VOWEL_LETTERS:
                emit_word(done, cur + "e", cost + _MAGIC_E)  # silent e (haus -> house)
            return
        seg = segs[k]
        if known:
            options = [(seg, 0.0)] + _KNOWN_ALTERNATIVES.get(seg, [])
        else:
            options = [(seg, 0.0)] + alternatives.get(seg, [])
            if short_a:
                options += _SHORT_A_ALTERNATIVES.get(seg, [])
            if k == n - 1:
                options += _FINAL_ALTERNATIVES.get(seg, [])
            if seg == _GLIDE and k > 0 and segs[k - 1] == "i" and k + 1 < n and segs[k + 1][0] in _VOWEL_LETTERS:
                options.append(("", CHEAP))
        nxt = segs[k + 1] if k + 1 < n else ""
        for spelling, c in options:
            if not _allowed(seg, spelling, nxt):
                continue
            walk(k + 1, done, cur + spelling, cost + c)
            # "ai" + consonant + silent e: the consonant follows, then the e
            if seg == "ai" and spelling == seg and not known and k + 1 < n and _is_consonant_segment(segs[k + 1]):
                after = segs[k + 2] if k + 2 < n else ""
                for cons, c2 in [(nxt, 0.0)] + alternatives.get(nxt, []):
                    if _allowed(nxt, cons, "e") and not (after and after[0] in _VOWEL_LETTERS):
                        walk(k + 2, done, cur + "i" + cons + "e", cost + _MAGIC_E + c2)
        # a vowel restored between two consonants (schwa deletion dropped it: iknomik -> ikonomik)
        if (
            k > 0
            and cur
            and cur[-1] not in _VOWEL_LETTERS
            and _is_consonant_segment(segs[k - 1])
            and _is_consonant_segment(seg)
            and cost + VOWEL <= budget
            and not known
        ):
            for v in "aeiou":
                walk(k, done, cur + v, cost + VOWEL)
        # two English words where Hindi writes one (न्यूयॉर्क nyuyork -> new york): only
        # common words, cheaply reached (else भारतीय bhartiy becomes "bar tie")
        if allow_split and not known and not done and len(cur) >= 3 and table.get(cur, 0.0) >= SPLIT_MIN_ZIPF and n - k >= 3:
            walk(k, done + cur + " ", "", cost + CHEAP)

    walk(0, "", "", 0.0)
    return found


def _plain_word(romanised: str) -> str | None:
    """The word case-folded when it is one worth respelling: ASCII letters only,
    at least MIN_WORD_LEN of them ("un", "xi", "x1" are left alone)."""
    word = romanised.casefold()
    return word if len(word) >= MIN_WORD_LEN and word.isalpha() and word.isascii() else None


@lru_cache(maxsize=20000)
def anglicise_word(romanised: str, organisation: bool = False, short_a: bool = False) -> str:
    """The English spelling of one romanised word, or the word itself when none is close.

    ``organisation``: the word belongs to an organisation's name, where English
    loanwords are the rule, so dearer rewrites (vowels) are allowed.
    ``short_a``: the Devanagari wrote ऐ, so its "ai" may be the English short a.
    """
    word = _plain_word(romanised)
    table, _ = _lexicon()
    if word is None or not table:
        return romanised
    own = table.get(word, 0.0)
    known = own >= KNOWN_ZIPF
    if not known and len(word) < MIN_UNKNOWN_LEN:
        return romanised
    if known:
        budget = BUDGET_KNOWN
    elif organisation and len(word) >= ORG_VOWEL_MIN_LEN:
        budget = max(BUDGET_NAME, BUDGET_ORG_PER_CHAR * len(word))
    else:
        budget = BUDGET_NAME
    best, best_score = romanised, own + (KNOWN_MARGIN if known else 0.0)
    for text, cost in _variants(word, budget, allow_split=organisation, known=known, short_a=short_a).items():
        if text == word:
            continue
        parts = text.split()
        if len(parts) > 1 and (cost > SPLIT_MAX_COST or min(table[p] for p in parts) < SPLIT_MIN_ZIPF):
            continue
        score = min(table[p] for p in parts) - cost
        if score > best_score or (score == best_score and best != romanised and text < best):
            best, best_score = text, score
    return best


def _doubled_consonants(word: str) -> int:
    return sum(1 for a, b in zip(word, word[1:]) if a == b and a not in _VOWEL_LETTERS)


@lru_cache(maxsize=1)
def _name_lexicon() -> tuple[dict[str, float], list[str]]:
    names = south_asian_names()
    return {n: 1.0 for n in names}, sorted(names)


# Indian surnames end in वाल/वत/वार, which English always writes with w:
# -wal (Kejriwal, Jaiswal, Khandelwal), -wat (Rawat, Shekhawat, Bhagwat),
# -war (Pawar, Tanwar), -wala (Surjewala; Ahluwalia's -walia included).
_W_ENDINGS_RE = re.compile(r"v(?=(?:al|at|ar|ala|alia|aliya)$)")
# Shorter words keep their v: "aval", "ivar" are no surnames.
W_ENDING_MIN_LEN = 5
# ... and so do English words at least this common (naval 3.9 in wordfreq).
MIN_ENGLISH_ZIPF_KEPT = 3.0


def indian_w_spelling(word: str) -> str | None:
    """"kejrival" -> "kejriwal", "ravat" -> "rawat": the w of an Indian
    surname's ending, for a name the list lacks; None when no ending applies."""
    if len(word) < W_ENDING_MIN_LEN or _lexicon()[0].get(word, 0.0) >= MIN_ENGLISH_ZIPF_KEPT:
        return None  # short, or an English word in its own right ("naval")
    spelt = _W_ENDINGS_RE.sub("w", word)
    return spelt if spelt != word else None


# In people's names the schwa before r is e at a spelling's cost, not twice that: Bengali
# surnames write it so (बनर्जी Banerjee, मुखर्जी Mukherjee; "Mamta Banarji" in six March 2020
# events).  Allowing any a -> e made "raje" Rege and "badi" Bedi.
_NAME_ALTERNATIVES = {seg: alts + ([("er", CHEAP)] if seg == "ar" else []) for seg, alts in _ALTERNATIVES.items()}


@lru_cache(maxsize=20000)
def name_spelling(romanised: str) -> str | None:
    """The listed Latin spelling of a romanised South Asian name word ("agraval"
    -> "agrawal", "tivari" -> "tiwari", "kapur" -> "kapoor", "sinh" -> "singh"),
    or None when no listed name is a spelling-level change away.

    Indian names keep their own Latin conventions (v written w, u written oo,
    the anusvara before h written ng), which no English word list knows; the
    list is Faker's en_IN and en_PK names (khabar/data/south_asian_names.txt.gz).
    Only spelling-level rules are spent (BUDGET_NAME), as for any person's name.
    The list holds several spellings of many names ("kapur", "kapoor"): the
    one most used in English text wins, net of its cost, so a listed
    romanisation yields to a commoner listed spelling ("kapoor" Zipf 3.29;
    "kapur" is under the packaged table's floor; ties alphabetical, for
    stable output).  A word no listed name matches still takes the w of an
    Indian surname's ending (:func:`indian_w_spelling`)."""
    word = _plain_word(romanised)
    table, _ = _name_lexicon()
    if word is None or not table:
        return None
    found = {}
    if len(word) >= MIN_UNKNOWN_LEN:  # bat -> bath, kir -> keer, nel -> neel were wrong
        found = _variants(word, BUDGET_NAME, allow_split=False, lexicon=_name_lexicon(), min_score=1.0,
                          alternatives=_NAME_ALTERNATIVES)
        # a doubled consonant is a spelling some families use, not the usual one
        # (ratan -> rattan, malik -> mallick were wrong; reddi -> reddy keeps its own)
        found = {text: cost for text, cost in found.items()
                 if " " not in text and _doubled_consonants(text) <= _doubled_consonants(word)}
    if word in table:
        found[word] = 0.0
    if not found:
        return indian_w_spelling(word)
    english, _ = _lexicon()
    return min(found, key=lambda text: (found[text] - english.get(text, 0.0), text))


# Hindi drops a word's inner schwa where the Latin spelling of a name keeps it: वसुंधरा
# "vasundhra" is Vasundhara, चिदंबरम "chidambram" Chidambaram, राघवन "raghvan" Raghavan,
# पतंजलि "patanjli" Patanjali.  A romanised name word that English text hardly uses
# (wordfreq Zipf under SCHWA_SOURCE_MAX_ZIPF) takes the spelling with one schwa restored
# (an "a" between two consonants, no digraph split) that it does use (at least
# SCHWA_MIN_ZIPF).  Calibrated with bench/anglicise_eval.py on the March 2020 papers and
# the BBC Hindi test set: 15 name words respelt, 14 right by reading (Vijayan, Vasundhara,
# Chidambaram, Shailaja, Benjamin, Gokhale, Javadekar, Kamaraj, Patanjali, Pinarayi,
# Raghavan, Shyamalan, Sundaram, Varadarajan), one doubtful (जयराम ठाकुर, who writes Jai
# Ram, is "Jayaram").  A spelling in use stays, though a longer one is commoner: बन्ना
# गुप्ता "banna" (2.14) had read "Banana", मंडला मंडेला "Mandala" (and जनता stays "Janta",
# not Janata).  No word under SCHWA_MIN_LETTERS letters or in capitals (HMIL is an
# acronym, not "Hamil").
SCHWA_MIN_ZIPF = 1.5
SCHWA_SOURCE_MAX_ZIPF = 1.0
SCHWA_MIN_LETTERS = 5
_DIGRAPHS = frozenset("kh gh ch jh th dh ph bh sh".split())
# Built from wordfreq by scripts/build_gazetteer.py (build_schwa_spellings): the names are
# rarer than the packaged English list's floor, and wordfreq's own list would cost every
# process ~0.1 s and ~40 MB to read.
SCHWA_SPELLINGS_PATH = Path(__file__).resolve().parent.parent / "data" / "schwa_spellings_en.tsv.gz"


def build_schwa_spellings() -> dict[str, str]:
    """Every spelling English text hardly uses (Zipf under SCHWA_SOURCE_MAX_ZIPF, at least
    SCHWA_MIN_LETTERS letters) that one inner "a" between two consonants (no digraph
    joined) makes a word it does use (Zipf at least SCHWA_MIN_ZIPF), mapped to the
    commonest such word: "vasundhra" -> "vasundhara"."""
    from wordfreq import iter_wordlist, zipf_frequency

    best: dict[str, tuple[float, str]] = {}
    for word in iter_wordlist("en"):
        frequency = zipf_frequency(word, "en")
        if frequency < SCHWA_MIN_ZIPF:
            break  # the list runs from the commonest word down
        if not (word.isascii() and word.isalpha() and word.islower()):
            continue
        for i in range(1, len(word) - 1):
            before, after = word[i - 1], word[i + 1]
            if (word[i] != "a" or before in _VOWEL_LETTERS or after in _VOWEL_LETTERS
                    or before + after in _DIGRAPHS):
                continue
            dropped = word[:i] + word[i + 1:]
            if len(dropped) < SCHWA_MIN_LETTERS or zipf_frequency(dropped, "en") >= SCHWA_SOURCE_MAX_ZIPF:
                continue
            if dropped not in best or (frequency, word) > best[dropped]:
                best[dropped] = (frequency, word)
    return {dropped: word for dropped, (_, word) in best.items()}


def write_schwa_spellings(path: Path, table: dict[str, str]) -> None:
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:  # mtime 0: the same bytes on every build
        f.write("".join(f"{dropped}\t{word}\n" for dropped, word in sorted(table.items())).encode("utf-8"))


@lru_cache(maxsize=1)
def _schwa_spellings() -> dict[str, str]:
    try:
        with gzip.open(SCHWA_SPELLINGS_PATH, "rt", encoding="utf-8") as f:
            return dict(line.rstrip("\n").split("\t") for line in f if "\t" in line)
    except OSError:
        return {}


def schwa_spelling(romanised: str) -> str | None:
    """The spelling of a romanised name word with the inner schwa Hindi dropped put back,
    when English text writes the word so ("vasundhra" -> "vasundhara"); else None."""
    return _schwa_spellings().get(romanised)


# --------------------------------------------------------------------------
# foreign people's names

# Hindi writes a foreign name by sound, its vowels as Hindi hears them: डोनाल्ड ट्रंप
# "donald tramp", बोरिस जॉनसन "boris jonsan", बिल क्लिंटन "bil klintan", जस्टिन बीबर
# "jastin bibar", डेविड "devid".  Spelling-level rules (BUDGET_NAME) cannot reach Trump,
# Johnson or Clinton, whose English vowels differ, and allowing vowel changes in any
# person's name had turned Indian names into English words (raje -> rage, katrina kaif ->
# chief).  So the dearer budget is spent only on a name read as foreign as a whole: its
# first word is, or is this budget away from, a given name common in English text (donald
# 4.46, boris 3.87, david; not imran 3.16 or salman 3.34, which Faker's Arabic lists hold
# too), and no word is a South Asian name.  Its words are then respelt only into names:
# listed given names and surnames, or words the web writes capitalised (trump, merkel:
# given_names.proper_nouns_en).  Calibrated with bench/anglicise_eval.py on the March 2020
# papers and the BBC Hindi test set: 50 distinct names change (Donald Trump, Boris Johnson,
# Bill Clinton, Angela Merkel, Justin Bieber, Nancy Pelosi, Matthew Hancock, David Cameron's
# first name); read one by one, three are still wrong in a word (निकी हेली, Nikki Haley, is
# "Nicky Healy"; ग्रेग चैपल "Greg Chapel"; ब्रैंडन "Brandon" for Brendon) and a few could not
# be checked.
FOREIGN_NAME_BUDGET = 1.5  # one vowel and two spelling changes: klintan -> clinton 1.25, jonsan -> johnson 1.5
FOREIGN_GIVEN_MIN_ZIPF = 3.5  # a given name this common in English opens a foreign name
# a surname commoner than this in English is a word first (back 6.2, way 6.6, power 5.6);
# trump 4.93, johnson 4.72 and clinton 4.57 pass
FOREIGN_NAME_MAX_ZIPF = 5.0
# surnames shorter than this are left alone: bak -> buck (Thomas Bach), bruk -> bruce
# (Kelly Brook), vas -> vos, hei -> hay were wrong
FOREIGN_SURNAME_MIN_LEN = 5
# Faker's en_IN list holds George, Michael and David too: a given name this common in
# English is no sign of a South Asian name (Singh 4.04 is no given name, and stays one)
SOUTH_ASIAN_MAX_EN_ZIPF = 4.0
# In a surname only the schwa changes its vowel (ट्रंप tramp Trump, क्लिंटन klintan Clinton,
# मर्केल markel Merkel), besides spelling-level changes and restored vowels: Hindi writes
# the English o with ओ/ऑ, so o -> a made क्रॉफ्ट "Kraft" and फोंग "Fang" (BBC Hindi).
_FOREIGN_SURNAME_ALTERNATIVES = {seg: [(alt, cost) for alt, cost in alts if cost < VOWEL or seg == "a"]
                                 for seg, alts in _ALTERNATIVES.items()}


def _south_asian(word: str) -> bool:
    return word in south_asian_names() and not (
        word in given_names() and _lexicon()[0].get(word, 0.0) >= SOUTH_ASIAN_MAX_EN_ZIPF)


@lru_cache(maxsize=1)
def _foreign_name_lexicon() -> tuple[dict[str, float], list[str]]:
    """(name -> English Zipf, sorted names): the names a foreign name's words may become."""
    table, _ = _lexicon()
    names = surnames() | proper_nouns_en()
    chosen = {w: z for w, z in table.items()
              if (w in given_names() or (w in names and z <= FOREIGN_NAME_MAX_ZIPF)) and w.isalpha()
              and not _south_asian(w)}
    return chosen, sorted(chosen)


def _foreign_spelling(word: str, given: bool, budget: float = FOREIGN_NAME_BUDGET, short_a: bool = False) -> str | None:
    """The commonest name (net of its cost) ``word`` sounds like; a common given name when ``given``.
    ``short_a``: the Devanagari wrote ऐ, which may be the English short a (हैनकॉक Hancock)."""
    lexicon = _foreign_name_lexicon()
    found = _variants(word, budget, allow_split=False, lexicon=lexicon, min_score=1.0, short_a=short_a,
                      alternatives=None if given else _FOREIGN_SURNAME_ALTERNATIVES)
    if given:
        # a given name that is a common word as well is reached by its spelling only
        # ("bil" -> bill); else "lav" (Lav Agrawal) became "love"
        found = {t: c for t, c in found.items() if t in given_names() and lexicon[0][t] >= FOREIGN_GIVEN_MIN_ZIPF
                 and (budget <= BUDGET_NAME or lexicon[0][t] <= FOREIGN_NAME_MAX_ZIPF or t in proper_nouns_en())}
    found.pop(word, None)
    return max(found, key=lambda t: (lexicon[0][t] - found[t], t)) if found else None


def foreign_name_spelling(words: list[str], short_a: list[bool] | None = None) -> list[str] | None:
    """The English spelling of a foreign person's romanised name (["donald",
    "tramp"] -> ["donald", "trump"], ["jastin", "bibar"] -> ["justin", "bieber"]),
    or None when the name is not read as foreign or no word changes.
    ``short_a``: per word, whether the Devanagari wrote ऐ (नैंसी पेलोसी, Nancy Pelosi)."""
    folded = [w.casefold() for w in words]
    short_a = short_a or [False] * len(folded)
    if len(folded) < 2 or any(_south_asian(w) for w in folded):
        return None
    first = folded[0]
    if not (first in given_names() and _lexicon()[0].get(first, 0.0) >= FOREIGN_GIVEN_MIN_ZIPF):
        # a listed given name rarer in English changes its spelling only (bil -> bill,
        # juli -> julie; nino is no "Nina", mika no "Mike")
        budget = BUDGET_NAME if first in given_names() else FOREIGN_NAME_BUDGET
        first = _foreign_spelling(first, given=True, budget=budget, short_a=short_a[0]) if _plain_word(first) else None
        if first is None:
            return None
    out = [first]
    for word, a in zip(folded[1:], short_a[1:]):
        plain = _plain_word(word)
        # a name English text knows is kept ("johnson", "putin"); a listed one it does not
        # know yields to one it does ("markel" -> merkel)
        if plain is None or len(plain) < FOREIGN_SURNAME_MIN_LEN or plain in _foreign_name_lexicon()[0]:
            out.append(word)
        else:
            out.append(_foreign_spelling(plain, given=False, short_a=a) or word)
    if out == folded or any(_south_asian(w) for w in out):
        return None
    return out
