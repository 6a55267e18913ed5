"""People, places and organisations in Hindi and English text, linked across scripts.

There is no offline Hindi NER model, so entities come from evidence that is
cheap to check token by token:

* gazetteer places (countries, regions, cities: :mod:`khabar.analyse.gazetteer`);
* role cues before a name: राष्ट्रपति/प्रवक्ता/मंत्री/गवर्नर ... X (PERSON),
  English titles "President X", "spokesman X";
* organisation cue words closing a name: X हाउस, X एजेंसी, X पार्टी, "X Ministry";
* place cues: X शहर/स्टेशन/प्रांत (X is a place), X कोस्मोड्रोम/एयरपोर्ट
  (the whole is a place);
* the possessor of a role: "X के प्रवक्ता" (X is an organisation when it is not
  a known place);
* Latin glosses in brackets: "ब्लीदिमीर पुतिन (Vladimir Putin)", and acronyms
  in brackets after a name: "विश्व स्वास्थ्य संगठन (WHO)";
* acronyms spelt in Devanagari letter names: डब्ल्यूएचओ -> WHO, केसीएनए -> KCNA
  (ORG, or PLACE when a country code: यूएस -> United States);
* rare words as the agent of a reporting verb: "स्टोल्टेनबर्ग ने कहा" (PERSON);
* capitalised Latin spans (in Hindi text only when another piece of evidence
  backs them: a gazetteer hit, a gloss, or a Devanagari name that romanises to
  the same thing);
* names recurring across sources (:func:`link_entities`).

Names end at postpositions (ने, को, से, के, की, का, में, पर ...), stop words,
punctuation and line breaks; words that are common in the language (wordfreq
Zipf) cannot start a name on their own, which keeps बेटी, आनंद and the like out.

Every entity gets a canonical Latin-script name: the gazetteer's English name,
else the Latin spelling seen in the text (gloss or Latin mention; token by token
when the Latin form is partial: "किम जोंग उन" + "Kim Jong" -> "Kim Jong Un"),
else a clean romanisation ("दिमित्री पेस्कोव" -> "Dimitri Peskov") whose
loanwords and foreign names are respelt in English where a sound-alike English
word is close (:mod:`khabar.analyse.anglicise`: "व्हाइट हाउस" -> "White House",
"जॉन किर्बी" -> "John Kirby"; words common in Hindi, i.e. native words and
Indian names, are never respelt).  Its key is that name casefolded with hyphens
as spaces ("kim jong un").  When no Latin evidence exists anywhere the key is
derived from the romanisation, so a consumer comparing to an English spelling
should still match keys fuzzily (rapidfuzz ratio >= 80).
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from khabar.analyse.anglicise import anglicise_word
from khabar.analyse.gazetteer import Place, acronym_place, first_tokens, lookup, zipf
from khabar.analyse.normalise import normalise
from khabar.analyse.romanise import has_devanagari, latin_key, romanise_many
from khabar.records import Analysis, Article, Entity, Mention, Sentence

# --------------------------------------------------------------------------
# lexicon: small generic lists (no names); Zipf thresholds calibrated on the
# five seed reports and one day of Amar Ujala (March 2020).

POSTPOSITIONS = frozenset("ने को से के की का में पर तक द्वारा लिए साथ बीच ओर तरफ वाले वाली वाला जी".split())

# Titles and roles written before a name (the name follows them).
ROLES_HI = frozenset(
    """
    राष्ट्रपति उपराष्ट्रपति प्रधानमंत्री मंत्री मुख्यमंत्री उपमुख्यमंत्री नेता प्रवक्ता गवर्नर राज्यपाल
    अधिकारी सचिव महासचिव तानाशाह सांसद विधायक अध्यक्ष उपाध्यक्ष निदेशक चेयरमैन सीईओ राजदूत
    कमांडर जनरल न्यायाधीश जज श्री श्रीमती सुश्री डॉ डॉक्टर प्रोफेसर प्रो कप्तान कोच अभिनेता अभिनेत्री
    गायक गायिका मेयर महापौर चांसलर पीएम सीएम एनएसए कलेक्टर जिलाधिकारी आयुक्त उपायुक्त क्रिकेटर
    महाराज सम्राट राजा रानी राजकुमार राजकुमारी पोप शेख
    """.split()
)
# (professions such as वैज्ञानिक, संवाददाता, विशेषज्ञ are left out: "हमारे संवाददाता
# कोरोना वायरस लेकर", "वैज्ञानिक कोरोना वायरस की दवा" are far commoner than names)
# Titles strong enough to vouch for a following word however common it is
# (प्रधानमंत्री मोदी: मोदी is 6.02; राहुल 5.5, गांधी 5.58 after नेता).
TITLES_HI = frozenset(
    """
    राष्ट्रपति उपराष्ट्रपति प्रधानमंत्री मुख्यमंत्री उपमुख्यमंत्री राज्यपाल गवर्नर श्री श्रीमती सुश्री डॉ डॉक्टर
    प्रोफेसर प्रो पीएम सीएम सांसद विधायक तानाशाह चांसलर महापौर मेयर राजदूत
    """.split()
)
# Roles that an organisation (or a country) holds: "X के प्रवक्ता" -> X is an organisation.
ORG_ROLES_HI = frozenset("प्रवक्ता प्रमुख अध्यक्ष निदेशक चेयरमैन सीईओ प्रबंध संस्थापक अधिकारी महासचिव सचिव".split())
# Generic nouns that follow a role word but are not names ("राष्ट्रपति कार्यालय").
NOT_NAMES_HI = frozenset(
    """
    कार्यालय भवन पद चुनाव स्तर पद भी रहे रह बनने बने बनी चुने उम्मीदवार सोमवार मंगलवार बुधवार गुरुवार
    शुक्रवार शनिवार रविवार जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर नवंबर नवम्बर
    दिसंबर दिसम्बर आज कल बुधवार परसों हाल दफ्तर आवास निवास सदन विपक्ष प्रतिपक्ष मौके मौका कार्यकाल शपथ
    ग्रहण प्रशासन जिला जिले सरकार पुलिस विभाग टीम दल लोग सूत्रों सूत्र जांच बैठक बयान पत्र संबोधन दौरे
    दौरा यात्रा सम्मेलन समेत सहित खुद स्वयं फिलहाल लगातार पहली बार
    """.split()
)
# Words that close an organisation's name and belong to it.
ORG_CUES_HI = frozenset(
    """
    हाउस पार्टी एजेंसी कंपनी बैंक विश्वविद्यालय यूनिवर्सिटी संगठन परिषद आयोग समिति फोरम टाइम्स न्यूज
    बोर्ड लिमिटेड मंत्रालय फाउंडेशन इंस्टीट्यूट संस्थान कॉलेज क्लब एयरलाइंस ग्रुप कॉर्पोरेशन पोस्ट
    """.split()
)
NATIVE_ORG_CUES_HI = frozenset("संगठन परिषद आयोग समिति मंत्रालय विश्वविद्यालय संस्थान".split())
# Words after a place name that are not part of it: "खासान स्टेशन", "प्रिमोरी क्षेत्र", "क्रीमिया स्थित".
PLACE_CUES_HI = frozenset("शहर स्टेशन प्रांत क्षेत्र इलाके इलाका जिले जिला गांव कस्बे द्वीप नदी स्थित प्रदेश".split())
# Facility words that end a place's name and belong to it: "X कोस्मोड्रोम", "X एयरपोर्ट".
FACILITY_CUES_HI = frozenset("कोस्मोड्रोम कॉस्मोड्रोम एयरपोर्ट स्टेडियम पैलेस टावर स्क्वायर हवाईअड्डा".split())
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(normalise(w) for w in words)


# tokens are compared in folded form (ॉ -> ा, nukta dropped), so fold the lists too
POSTPOSITIONS, ROLES_HI, TITLES_HI, ORG_ROLES_HI, NOT_NAMES_HI, ORG_CUES_HI, PLACE_CUES_HI, FACILITY_CUES_HI = (
    _folded(x)
    for x in (POSTPOSITIONS, ROLES_HI, TITLES_HI, ORG_ROLES_HI, NOT_NAMES_HI, ORG_CUES_HI, PLACE_CUES_HI, FACILITY_CUES_HI)
)

# English spellings of the loanword cues, for display names ("व्हाइट हाउस" -> "... House").
CUES_IN_ENGLISH = {
    "हाउस": "House", "पार्टी": "Party", "एजेंसी": "Agency", "कंपनी": "Company", "बैंक": "Bank",
    "यूनिवर्सिटी": "University", "फोरम": "Forum", "टाइम्स": "Times", "न्यूज": "News", "बोर्ड": "Board",
    "लिमिटेड": "Limited", "फाउंडेशन": "Foundation", "इंस्टीट्यूट": "Institute", "कॉलेज": "College",
    "क्लब": "Club", "एयरलाइंस": "Airlines", "ग्रुप": "Group", "कॉर्पोरेशन": "Corporation", "पोस्ट": "Post",
    "कोस्मोड्रोम": "Cosmodrome", "कॉस्मोड्रोम": "Cosmodrome", "एयरपोर्ट": "Airport", "स्टेडियम": "Stadium",
    "पैलेस": "Palace", "टावर": "Tower", "स्क्वायर": "Square", "सेंट्रल": "Central", "ईस्ट": "East",
    "वेस्ट": "West", "नॉर्थ": "North", "साउथ": "South", "इंटरनेशनल": "International", "नेशनल": "National",
}

ROLES_EN = frozenset(
    """
    president vice prime minister ministers secretary governor senator sen rep representative mr mrs ms dr
    prof professor general gen col colonel lt chancellor king queen prince princess pope sheikh spokesman
    spokeswoman spokesperson leader chief ceo chairman chairwoman mayor judge justice ambassador commander
    captain coach lord sir lady dictator premier envoy director head founder officer official
    """.split()
)
ORG_CUES_EN = frozenset(
    """
    ministry party agency house council times news university bank company corporation corp inc ltd
    army navy committee commission forum organisation organization association institute foundation
    union court parliament congress senate department office police post group airlines kremlin pentagon
    """.split()
)
FACILITY_CUES_EN = frozenset(
    "cosmodrome airport station stadium square street road island islands river mountains lake province region "
    "county district valley bay sea ocean palace bridge port".split()
)
CONNECTORS_EN = frozenset("of the de del da di von van bin al el la le du".split())
WEEKDAYS_MONTHS_EN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)

# A word at or above this Zipf frequency cannot be a one-word name by itself
# (किम 3.95, पुतिन 3.7, जॉन 4.35 pass; बेटी 5.22, आनंद 5.05, कार्यालय 4.95 do not).
SINGLE_NAME_MAX_ZIPF = 4.6
# ... nor any word of a longer name at or above this (प्रियंका 4.77 passes).
NAME_WORD_MAX_ZIPF = 5.0
# Words in a name that follows a role cue may be this common (मोदी 6.02); the
# generic nouns that follow roles are listed in NOT_NAMES_HI instead.
TITLED_WORD_MAX_ZIPF = 6.2
# Up to this common when two or more words precede an organisation cue
# (भारतीय 5.87 जनता 5.56 पार्टी; "राजनीतिक पार्टी" has one word and stays out).
ORG_WORD_MAX_ZIPF = 5.9
# Words before a place cue (X शहर, X स्टेशन, X कोस्मोड्रोम) must be rarer than this:
# खासान 0, प्रिमोरी 0, क्रीमिया 3.13 pass; बंदरगाह (port) 3.81, अंतरिक्ष 4.52 do not.
# Indian towns are commoner (गोरखपुर 4.63) but the gazetteer has them.
PLACE_WORD_MAX_ZIPF = 3.5
# Latin words this common are trimmed from the edges of capitalised spans
# ("Visit" 5.04, "News" 5.44, "Open" 5.48; "Kim" 4.59 and "Un" 4.62 stay).
LATIN_EDGE_MAX_ZIPF = 4.8
# Single tokens propagated to other articles must be rarer than this
# (क्रेमलिन 0, पुतिन 3.7, किम 3.95; जॉन 4.35 is not propagated alone).
PROPAGATE_MAX_ZIPF = 4.0

_TOKEN = re.compile(
    r"(?P<dev>[\u0900-\u0963\u0971-\u097f]+)"
    r"|(?P<lat>(?:[A-Za-z]\.){2,}|[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f'’\-]*[A-Za-z\u00c0-\u024f])?)"
    r"|(?P<num>\d[\d.,:/]*)"
    r"|(?P<punct>\S)"
)
_TOKEN_OR_NEWLINE = re.compile(_TOKEN.pattern + r"|(?P<nl>\n)")


def _stopwords() -> tuple[frozenset[str], frozenset[str]]:
    global _STOP
    if _STOP is None:
        try:
            from khabar.analyse.stopwords import english_stopwords, hindi_stopwords

            hi, en = hindi_stopwords(), english_stopwords()
        except Exception:  # the keyphrase engineer's module missing: fall back to stopwordsiso
            import stopwordsiso

            hi, en = frozenset(stopwordsiso.stopwords("hi")), frozenset(stopwordsiso.stopwords("en"))
        hi = frozenset(normalise(w) for w in hi) | POSTPOSITIONS
        _STOP = (hi, frozenset(en))
    return _STOP


_STOP: tuple[frozenset[str], frozenset[str]] | None = None


# --------------------------------------------------------------------------
# tokens


class _Tok:
    """One token; a slotted class because a corpus has millions of them."""

    __slots__ = ("text", "start", "end", "kind", "norm", "newline_before")

    def __init__(self, text: str, start: int, end: int, kind: str, norm: str, newline_before: bool):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind  # "dev" | "lat" | "num" | "punct"
        self.norm = norm  # normalised, casefolded
        self.newline_before = newline_before


def _tok_start(tok: _Tok) -> int:
    return tok.start


_norm_cache: dict[str, str] = {}


def tokenize(body: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    cache = _norm_cache
    newline = False
    # line breaks are matched too (not searched for between tokens): one regex pass
    for m in _TOKEN_OR_NEWLINE.finditer(body):
        kind = m.lastgroup
        if kind == "nl":
            newline = True
            continue
        text = m.group()
        norm = cache.get(text)
        if norm is None:
            norm = normalise(text).casefold()
            if len(cache) < 500_000:
                cache[text] = norm
        start, end = m.span()
        append(_Tok(text, start, end, kind, norm, newline))
        newline = False
    return toks


def _is_name_word(tok: _Tok, max_zipf: float = NAME_WORD_MAX_ZIPF) -> bool:
    """Could this Devanagari token be (part of) a name?"""
    if tok.kind != "dev" or len(tok.norm) < 2:
        return False
    hi_stop, _ = _stopwords()
    if tok.norm in hi_stop or tok.norm in NOT_NAMES_HI or tok.norm in ROLES_HI:
        return False
    return _tok_zipf(tok) < max_zipf


def _tok_zipf(tok: _Tok) -> float:
    """Zipf of the word as written and as folded, whichever is lower: folding
    ॉ to ा turns जॉन (John, 4.35) into जान (life, 5.54)."""
    lang = "hi" if tok.kind == "dev" else "en"
    low = tok.text.casefold()
    return zipf(low, lang) if low == tok.norm else min(zipf(low, lang), zipf(tok.norm, lang))


# --------------------------------------------------------------------------
# candidates


@dataclass
class _Cand:
    i: int  # first token
    j: int  # one past the last token
    type: str | None  # PERSON | PLACE | ORG | None (unknown yet)
    source: str  # "gazetteer" | "role" | "org" | "place" | "possessor" | "gloss" | "latin"
    english: str | None = None  # Latin-script spelling from a gazetteer, gloss or Latin text
    place: Place | None = None


def _span_ok(toks: list[_Tok], i: int, j: int) -> bool:
    """No line break inside the span."""
    return all(not toks[k].newline_before for k in range(i + 1, j))


def _gazetteer(toks: list[_Tok]) -> list[_Cand]:
    out = []
    firsts = first_tokens()
    n = len(toks)
    free = 0  # tokens before this one are inside a place already found
    # only tokens that can open a gazetteer name are looked at (one C-speed pass to find them)
    for i in [k for k, t in enumerate(toks) if t.norm in firsts]:
        if i < free:
            continue
        tok = toks[i]
        longest = firsts[tok.norm] if tok.kind in ("dev", "lat") else 0
        hit = None
        if longest and (tok.kind == "dev" or tok.text[:1].isupper()):
            for length in range(min(longest, n - i), 0, -1):
                if length > 1 and not _span_ok(toks, i, i + length):
                    continue
                key = tuple(t.norm for t in toks[i : i + length])
                place = lookup(key)
                if place is not None:
                    hit = (length, place)
                    break
        if hit and tok.kind == "lat" and hit[1].kind != "country" and hit[0] == 1 and _in_capitalised_run(toks, i):
            hit = None  # "Lok Sabha Elections": Sabha (Libya) is not meant
        if hit:
            length, place = hit
            out.append(_Cand(i, i + length, "PLACE", "gazetteer", english=place.name, place=place))
            free = i + length
    return out


# Reporting verbs: "X ने कहा" makes X a speaker, usually a person.
_REPORTING = frozenset(normalise(w) for w in "कहा बताया कहना बोले बोलीं बोला लिखा दावा आरोप ट्वीट पूछा".split())
# Speakers found only this way must be rare words (पेस्कोव 0; सरकार, पुलिस,
# मंत्रालय are common and are institutions, not people).
SPEAKER_MAX_ZIPF = 3.5


def _speakers(toks: list[_Tok]) -> list[_Cand]:
    out = []
    n = len(toks)
    for i in [k for k, t in enumerate(toks) if t.norm == "ने"]:
        if i + 1 >= n or toks[i + 1].norm not in _REPORTING or toks[i + 1].newline_before:
            continue
        k = _back(toks, i, 3, SPEAKER_MAX_ZIPF)
        while k < i and toks[k].norm.endswith(("ों", "ओं")):  # oblique plurals: डॉक्टरों, आयोजकों
            k += 1
        if any(t.norm.endswith(("ों", "ओं")) for t in toks[k:i]):
            continue
        if k < i and not (k > 0 and toks[k - 1].norm in ROLES_HI):  # role names are found by _roles
            out.append(_Cand(k, i, "PERSON", "speaker"))
    return out


def _in_capitalised_run(toks: list[_Tok], i: int) -> bool:
    def cap(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].kind == "lat" and toks[k].text[:1].isupper()

    return (cap(i - 1) and not toks[i].newline_before) or (cap(i + 1) and not toks[i + 1].newline_before)


# Postpositions that put a word in a place, not a person: "नेता आइसोलेशन में".
_LOCATIVE = frozenset({"में", "पर", "तक"})


def _closed(toks: list[_Tok], j: int) -> bool:
    """Does a name ending before token ``j`` end where names end (postposition, punctuation, line)?"""
    if j >= len(toks):
        return True
    after = toks[j]
    return after.newline_before or after.norm in POSTPOSITIONS or (after.kind == "punct" and after.text not in "-")


def _roles(toks: list[_Tok]) -> list[_Cand]:
    out = []
    n = len(toks)
    for i in [k for k, t in enumerate(toks) if t.norm in ROLES_HI]:
        tok = toks[i]
        if tok.kind != "dev":
            continue
        # a title (प्रधानमंत्री) vouches for common words (मोदी 6.02); a generic role
        # (अधिकारी, नेता) only for name-like ones ("अधिकारी मास्क लगाकर" is no name)
        titled = tok.norm in TITLES_HI
        limit = TITLED_WORD_MAX_ZIPF if titled else NAME_WORD_MAX_ZIPF
        j = i + 1
        while j < n and j - i <= 4 and not toks[j].newline_before and _is_name_word(toks[j], limit):
            j += 1
        if j == i + 1:
            continue
        # "किम जोंग उन ने": a last name word that is also a function word (उन) counts
        # when the name already has two words and a postposition follows it
        if (
            j - i >= 3
            and j + 1 < n
            and toks[j].kind == "dev"
            and not toks[j].newline_before
            and toks[j].norm not in POSTPOSITIONS
            and len(toks[j].norm) <= 3
            and (toks[j + 1].norm in POSTPOSITIONS or toks[j + 1].text == "(")
        ):
            j += 1
        # three or more words not closed by a postposition or punctuation ran on into
        # the clause ("डोनाल्ड ट्रंप हस्ताक्षर कर सकते"): drop the last word
        if j - i >= 4 and not _closed(toks, j):
            j -= 1
        if j - i == 2:
            if j < n and toks[j].norm in _LOCATIVE:
                continue  # "मुख्यमंत्री ऑफिस में", "नेता आइसोलेशन में"
            if _tok_zipf(toks[i + 1]) >= SINGLE_NAME_MAX_ZIPF and not (titled and _closed(toks, j)):
                # one common word after a role is a noun ("अधिकारी जांच"), unless a title
                # vouches for it and a postposition closes it ("प्रधानमंत्री मोदी ने")
                continue
        out.append(_Cand(i + 1, j, "PERSON", "role"))
    return out


def _back(toks: list[_Tok], end: int, limit: int, max_zipf: float, also: frozenset[str] = frozenset()) -> int:
    """Walk back from ``end`` (exclusive) over name words; return the first index."""
    k = end
    if end < len(toks) and toks[end].newline_before:
        return end  # the cue opens a line: nothing before it on that line
    while k > 0 and end - k < limit:
        t = toks[k - 1]
        if not (_is_name_word(t, max_zipf) or (t.kind == "dev" and t.norm in also)):
            break
        k -= 1
        if t.newline_before:
            break
    return k


_CUE_WORDS = ORG_CUES_HI | FACILITY_CUES_HI | PLACE_CUES_HI | frozenset(("के", "की", "का"))


def _cues(toks: list[_Tok]) -> list[_Cand]:
    out = []
    n = len(toks)
    for i in [k for k, t in enumerate(toks) if t.norm in _CUE_WORDS]:
        tok = toks[i]
        if tok.kind != "dev" or tok.newline_before:
            continue
        norm = tok.norm
        if norm in ORG_CUES_HI or norm in FACILITY_CUES_HI:
            # organisation names take ordinary words (व्हाइट 4.08); facility names take only rare ones
            # (so "अंतरिक्ष बंदरगाह" stays out of "वोस्तोचन कोस्मोड्रोम")
            limit = SINGLE_NAME_MAX_ZIPF if norm in ORG_CUES_HI else PLACE_WORD_MAX_ZIPF
            k = _back(toks, i, 3, limit, also=ORG_CUES_HI)
            if norm in ORG_CUES_HI:  # "भारतीय जनता पार्टी": two ordinary words make a name
                k2 = _back(toks, i, 3, ORG_WORD_MAX_ZIPF, also=ORG_CUES_HI)
                if len([t for t in toks[k2:i] if t.norm not in ORG_CUES_HI]) >= 2:
                    k = min(k, k2)
            core = [t for t in toks[k:i] if t.norm not in ORG_CUES_HI]
            # a native generic noun (संस्थान, मंत्रालय) after one ordinary word is a description
            # ("शिक्षण संस्थान"); a loanword cue after one is a name ("व्हाइट हाउस")
            one_limit = PLACE_WORD_MAX_ZIPF if norm in NATIVE_ORG_CUES_HI else SINGLE_NAME_MAX_ZIPF
            if core and (len(core) >= 2 or any(_tok_zipf(t) < one_limit for t in core)):
                kind = "ORG" if norm in ORG_CUES_HI else "PLACE"
                out.append(_Cand(k, i + 1, kind, "org" if kind == "ORG" else "place"))
        elif norm in PLACE_CUES_HI:
            k = _back(toks, i, 2, PLACE_WORD_MAX_ZIPF)
            if k < i:
                out.append(_Cand(k, i, "PLACE", "place"))
        elif norm in ("के", "की", "का") and i + 1 < n and toks[i + 1].norm in ORG_ROLES_HI:
            k = _back(toks, i, 3, SINGLE_NAME_MAX_ZIPF - 0.6)
            if k < i:
                out.append(_Cand(k, i, "ORG", "possessor"))
    return out


# English letter names in Devanagari: acronyms are written letter by letter
# (डब्ल्यूएचओ WHO, केसीएनए KCNA, बीजेपी BJP, आईटीबीपी ITBP).
_LETTER_NAMES = {
    normalise(k): v
    for k, v in {
        "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I",
        "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R",
        "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W", "डब्लू": "W", "डबल्यू": "W", "डब्बल्यू": "W",
        "एक्स": "X", "वाई": "Y", "वाय": "Y", "जेड": "Z", "ज़ेड": "Z",
    }.items()
}
_LETTER_MAX = max(len(k) for k in _LETTER_NAMES)


_acronym_cache: dict[str, str | None] = {}
_LETTER_FIRST = frozenset(k[0] for k in _LETTER_NAMES)


def _spell_acronym(word: str) -> str | None:
    """'केसीएनए' -> 'KCNA' when the word is nothing but English letter names (2+)."""
    if word[:1] not in _LETTER_FIRST:
        return None
    if word in _acronym_cache:
        return _acronym_cache[word]
    result = _parse_letters(word)
    if len(_acronym_cache) < 200_000:
        _acronym_cache[word] = result
    return result


def _parse_letters(word: str) -> str | None:
    best: list[str | None] = [None] * (len(word) + 1)
    best[0] = ""
    for i in range(len(word)):
        if best[i] is None:
            continue
        for size in range(1, min(_LETTER_MAX, len(word) - i) + 1):
            letter = _LETTER_NAMES.get(word[i : i + size])
            if letter and best[i + size] is None:
                best[i + size] = best[i] + letter
    out = best[len(word)]
    return out if out and len(out) >= 2 else None


def _acronyms(toks: list[_Tok]) -> list[_Cand]:
    hi_stop, _ = _stopwords()
    out = []
    for i in [k for k, t in enumerate(toks) if t.norm[:1] in _LETTER_FIRST]:
        t = toks[i]
        if t.kind != "dev" or t.norm in ROLES_HI or t.norm in hi_stop or len(t.norm) < 3:
            continue
        acronym = _spell_acronym(t.norm)
        if acronym is None:
            continue
        place = acronym_place(acronym)
        out.append(_Cand(i, i + 1, "PLACE" if place else "ORG", "acronym", english=place.name if place else acronym, place=place))
    return out


def _latin_spans(toks: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised Latin words (with inner connectors), split at gaps."""
    spans = []
    n = len(toks)
    i = 0
    _, en_stop = _stopwords()
    while i < n:
        t = toks[i]
        if t.kind == "lat" and t.text[:1].isupper():
            j = i + 1
            while j < n and not toks[j].newline_before:
                u = toks[j]
                if u.kind == "lat" and u.text[:1].isupper():
                    j += 1
                elif (
                    u.kind == "lat"
                    and u.norm in CONNECTORS_EN
                    and j + 1 < n
                    and toks[j + 1].kind == "lat"
                    and toks[j + 1].text[:1].isupper()
                    and not toks[j + 1].newline_before
                ):
                    j += 2
                else:
                    break
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _demonym_stems(word: str):
    low = word.casefold()
    for suffix, repl in (("ian", "ia"), ("ian", "e"), ("ian", ""), ("an", "a"), ("an", ""), ("ese", "a"), ("ese", ""), ("i", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            yield low[: len(low) - len(suffix)] + repl


def _demonym_place(word: str, before: tuple[str, ...] = ()) -> Place | None:
    """'Russian' -> Russia; 'Korean' after 'North' -> North Korea: the place a demonym names."""
    for stem in _demonym_stems(word):
        place = lookup(before + (stem,))
        if place is not None:
            return place
    return None


DIRECTIONS_EN = frozenset("north south east west northern southern eastern western".split())


def _latin(toks: list[_Tok], hindi_text: bool) -> list[_Cand]:
    """Candidates from capitalised Latin spans, trimmed of titles, demonyms and common words."""
    out = []
    _, en_stop = _stopwords()
    for i, j in _latin_spans(toks):
        person_cue = i > 0 and toks[i - 1].kind == "lat" and toks[i - 1].norm in ROLES_EN
        # strip titles and demonyms at the front ("Russian President Vladimir Putin")
        while i < j:
            t = toks[i]
            if t.norm.rstrip(".") in ROLES_EN:
                person_cue = True
                i += 1
                # "Secretary of State Antony Blinken", "Prime Minister of India Narendra Modi"
                if i + 1 < j and toks[i].norm == "of":
                    i += 2
            elif _demonym_place(t.text) is not None and lookup((t.norm,)) is None:
                i += 1
            elif t.norm in DIRECTIONS_EN and i + 1 < j and _demonym_place(toks[i + 1].text, (t.norm,)) is not None:
                i += 2  # "North Korean"
            else:
                break
        # split at gazetteer places inside the span; trim common words at the edges
        pieces: list[tuple[int, int]] = []
        k = i
        start = i
        while k < j:
            hit = None
            for length in range(min(4, j - k), 0, -1):
                place = lookup(tuple(t.norm for t in toks[k : k + length]))
                if place is not None and (place.kind == "country" or length > 1 or j - i == 1):
                    hit = length
                    break
            if hit:
                if start < k:
                    pieces.append((start, k))
                k += hit
                start = k
            else:
                k += 1
        if start < j:
            pieces.append((start, j))
        # Hindi pages write English headlines in Title Case ("Kim Jong Un Russia Visit"),
        # so there common words are trimmed; English prose is trimmed of stop words only
        common = _latin_common if hindi_text else _latin_stop
        for a, b in pieces:
            while a < b and (common(toks[a]) or toks[a].norm in CONNECTORS_EN):
                a += 1
            while b > a and (common(toks[b - 1]) or toks[b - 1].norm in CONNECTORS_EN) and toks[b - 1].norm not in ORG_CUES_EN and toks[b - 1].norm not in FACILITY_CUES_EN:
                b -= 1
            if a >= b:
                continue
            words = [t.norm for t in toks[a:b]]
            if all(w in en_stop or w in WEEKDAYS_MONTHS_EN for w in words):
                continue
            last = words[-1]
            if last in ORG_CUES_EN and b - a > 1:
                kind = "ORG"
            elif last in FACILITY_CUES_EN and b - a > 1:
                kind = "PLACE"
            elif person_cue:
                kind = "PERSON"
            elif b - a == 1 and a > 0 and toks[a - 1].norm == "the":
                kind = "ORG"
            else:
                kind = None
            out.append(_Cand(a, b, kind, "latin", english=" ".join(t.text for t in toks[a:b])))
    return out


def _latin_stop(tok: _Tok) -> bool:
    """English prose: only stop words, weekdays/months and shouting are trimmed."""
    _, en_stop = _stopwords()
    w = tok.norm
    if tok.kind != "lat" or w in en_stop or w in WEEKDAYS_MONTHS_EN:
        return True
    return tok.text.isupper() and len(tok.text) >= 6 and zipf(w, "en") >= 3.0


def _latin_common(tok: _Tok) -> bool:
    """A Latin word too common to sit at a name's edge, or shouting boilerplate."""
    if tok.kind != "lat":
        return True
    w = tok.norm
    if w in WEEKDAYS_MONTHS_EN:
        return True
    if tok.text.isupper() and len(tok.text) >= 6 and zipf(w, "en") >= 3.0:
        return True  # ADVERTISEMENT, UPDATED
    return zipf(w, "en") >= LATIN_EDGE_MAX_ZIPF


def _glosses(toks: list[_Tok], cands: list[_Cand], named: Sequence[_Cand] = ()) -> list[_Cand]:
    """'ब्लीदिमीर पुतिन (Vladimir Putin)': align the Latin words in brackets with the words before.

    An acronym in brackets after a name found by its cue ("विश्व स्वास्थ्य संगठन
    (WHO)") is that name's short form: both get the acronym as their key, which
    is also what डब्ल्यूएचओ and WHO elsewhere spell.
    """
    from rapidfuzz import fuzz

    out = []
    n = len(toks)
    latin_by_start = {c.i: c for c in cands if c.source == "latin"}
    named_by_end = {c.j: c for c in named if c.place is None}
    for p, tok in enumerate(toks):
        if tok.text != "(" or p == 0 or toks[p - 1].kind != "dev":
            continue
        q = p + 1
        while q < n and q - p <= 10 and toks[q].text != ")" and toks[q].kind in ("lat", "punct") and toks[q].text not in "()":
            q += 1
        if q >= n or toks[q].text != ")":
            continue
        # capitalised runs inside the brackets (any of them may gloss the words before)
        runs = [(a, b) for a, b in _latin_spans(toks[p + 1 : q]) if b > a]
        if not runs:
            continue
        best = None
        for a, b in runs:
            a, b = a + p + 1, b + p + 1
            for sub_a in range(a, b):  # suffixes of the run: "North Korean leader Kim Jong" -> "Kim Jong"
                latin = " ".join(t.text for t in toks[sub_a:b])
                lkey = latin_key(latin)
                for size in range(1, 5):
                    k = p - size
                    if k < 0 or toks[k].kind != "dev" or not _span_ok(toks, k, p):
                        break
                    dev = " ".join(t.text for t in toks[k:p])
                    score = fuzz.ratio(romanise_many([dev])[0], lkey)
                    if best is None or score > best[0]:
                        best = (score, k, sub_a, b)
        inner = toks[p + 1 : q]
        if (
            (best is None or best[0] < 70)
            and len(inner) == 1
            and inner[0].kind == "lat"
            and inner[0].text.isupper()
            and 2 <= len(inner[0].text) <= 6
            and p in named_by_end
        ):
            d = named_by_end[p]
            acronym = inner[0].text
            out.append(_Cand(d.i, d.j, d.type, "acronym-gloss", english=acronym))
            out.append(_Cand(p + 1, q, d.type, "acronym", english=acronym))
            continue
        # 70 accepts ब्लीदिमीर पुतिन / Vladimir Putin (84) and रूस / Russia (73)
        if best and best[0] >= 70:
            score, k, a, b = best
            english = " ".join(t.text for t in toks[a:b])
            latin_cand = latin_by_start.get(a)
            kind = latin_cand.type if latin_cand else None
            place = lookup(tuple(t.norm for t in toks[a:b]))
            out.append(_Cand(k, p, "PLACE" if place else kind, "gloss", english=english, place=place))
            out.append(_Cand(a, b, "PLACE" if place else kind, "latin", english=english, place=place))
    return out


# --------------------------------------------------------------------------
# grouping candidates into entities within one article


@dataclass
class _Group:
    keys: list[tuple[str, ...]] = field(default_factory=list)  # romanised token tuples of its forms
    types: Counter = field(default_factory=Counter)
    english: list[str] = field(default_factory=list)
    place: Place | None = None
    forms: set[tuple[str, ...]] = field(default_factory=set)  # surface token tuples (norm)
    texts: list[tuple[str, ...]] = field(default_factory=list)  # surface token tuples, parallel to keys

    @property
    def longest(self) -> tuple[str, ...]:
        return max(self.keys, key=len)

    @property
    def longest_text(self) -> tuple[str, ...]:
        """The surface tokens of the longest form (same index as ``longest``)."""
        k = max(range(len(self.keys)), key=lambda x: len(self.keys[x]))
        return self.texts[k] if k < len(self.texts) else ()


def _tokens_match(a: str, b: str) -> bool:
    """Same word, or a spelling variant of a long word (kojhemayako/kozhemayako, 91)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 85


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Is ``short`` a run of ``long`` that includes its first or last word?"""
    n, m = len(long), len(short)
    if m > n or not m:
        return False
    if long[:m] == short or long[n - m :] == short:  # the common case, without the fuzzy test
        return True
    # only the runs that start at the first word or end at the last one count
    # (first words compared before the loop: most pairs differ there)
    if _tokens_match(long[0], short[0]) and all(_tokens_match(long[x], short[x]) for x in range(1, m)):
        return True
    return _tokens_match(long[n - 1], short[m - 1]) and all(_tokens_match(long[n - m + x], short[x]) for x in range(m - 1))


def _cand_keys(toks: list[_Tok], cands: list[_Cand]) -> list[tuple[str, ...]]:
    """Romanised word tuples of candidates (acronyms by their letters: डब्ल्यूएचओ -> who)."""
    surfaces = [" ".join(t.text for t in toks[c.i : c.j]) for c in cands]
    keys = [tuple(k.split()) for k in romanise_many(surfaces)]
    for x, c in enumerate(cands):
        if c.source in ("acronym", "acronym-gloss") and c.english:
            keys[x] = (c.english.casefold(),)
    return keys


def _group(toks: list[_Tok], cands: list[_Cand]) -> list[_Group]:
    groups: list[_Group] = []
    keys = _cand_keys(toks, cands)
    order = sorted(range(len(cands)), key=lambda x: (-(cands[x].place is not None), -len(keys[x])))
    for x in order:
        c, key = cands[x], keys[x]
        if not key:
            continue
        target = None
        for g in groups:
            if c.place is not None or g.place is not None:
                if c.place is not None and g.place is not None and c.place.name == g.place.name:
                    target = g
                    break
                continue
            if c.type and g.types and c.type not in g.types and not (c.source == "latin" and c.type is None):
                continue
            if any(_contains(k, key) or _contains(key, k) for k in g.keys):
                target = g
                break
        if target is None:
            target = _Group(place=c.place)
            groups.append(target)
        target.keys.append(key)
        target.texts.append(tuple(t.text for t in toks[c.i : c.j]))
        if c.type:
            target.types[c.type] += 1
        if c.english:
            target.english.append(c.english)
        target.forms.add(tuple(t.norm for t in toks[c.i : c.j]))
    return groups


def _partial_forms(group: _Group) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """Short forms of multi-word person names: first word, last word, all but the last.

    Returns (strong, weak): a weak form is a word common in the language (मोदी
    6.02, राय 5.3 "opinion") that counts only as the agent of a verb or with an
    honorific ("मोदी ने", "मोदी जी").
    """
    hi_stop, en_stop = _stopwords()
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


AGENT_MARKERS = frozenset({"ने", "जी"})


def _canonical(group: _Group) -> tuple[str, str]:
    """(display name, key) for a group: gazetteer > Latin spelling > romanisation."""
    if group.place is not None:
        name = group.place.name
        return name, latin_key(name)
    longest = group.longest
    organisation = bool(group.types) and group.types.most_common(1)[0][0] == "ORG"
    texts = group.longest_text
    # which romanised words may be respelt in English: those written in Devanagari
    # (one word a token) that are rare in Hindi, i.e. loanwords and foreign names
    english_like = [_english_like(t) for t in texts] if len(texts) == len(longest) else [False] * len(longest)
    latin_forms = [e for e in group.english if e]
    if latin_forms:
        best = max(latin_forms, key=lambda e: (len(latin_key(e).split()), latin_forms.count(e)))
        if len(latin_key(best).split()) >= len(longest):
            return best, latin_key(best)
        # fill the romanised longest form with Latin spellings word by word
        latin_words = {latin_key(w): w for e in latin_forms for w in e.replace("-", " ").split()}
        words = []
        for r, respell in zip(longest, english_like):
            match = next((w for k, w in latin_words.items() if _tokens_match(k, r)), None)
            words.append(match or _display_word(r, organisation, respell))
        name = " ".join(words)
        return name, latin_key(name)
    name = " ".join(_display_word(w, organisation, respell) for w, respell in zip(longest, english_like))
    return name, latin_key(name)


# Devanagari words at least this common in Hindi are native words or Indian names,
# never respelt in English (भारतीय 5.87 "bertie", समिति "committee", सिंह "seen",
# जनता "junta"); loanwords and foreign names are rarer (व्हाइट 4.08, न्यूयॉर्क 4.1,
# जॉन 4.35, कोरियाई 3.87, इकनॉमिक 0).  Calibrated with bench/anglicise_eval.py
# on the March 2020 papers and the BBC Hindi test set.
ANGLICISE_MAX_HI_ZIPF = 4.4


def _english_like(text: str) -> bool:
    if not has_devanagari(text):
        return False
    low = text.casefold()
    return zipf(low, "hi") < ANGLICISE_MAX_HI_ZIPF and zipf(normalise(low), "hi") < ANGLICISE_MAX_HI_ZIPF


def _display_word(romanised: str, organisation: bool = False, respell: bool = True) -> str:
    """A romanised word as a reader expects it: the English cue word, else the
    English spelling it sounds like (:mod:`khabar.analyse.anglicise`), title-cased."""
    english = _CUES_BY_ROMAN().get(romanised)
    if english:
        return english
    english = anglicise_word(romanised, organisation) if respell else romanised
    if english.startswith("vh"):  # व्ह- writes English wh- (व्हाइट, व्हाट्सऐप)
        english = "wh" + english[2:]
    return english.title()


_cues_by_roman: dict[str, str] = {}


def _CUES_BY_ROMAN() -> dict[str, str]:
    if not _cues_by_roman:
        words = list(CUES_IN_ENGLISH)
        for roman, word in zip(romanise_many(words), words):
            _cues_by_roman[roman] = CUES_IN_ENGLISH[word]
    return _cues_by_roman


_FormIndex = tuple  # (first word -> [(form, group)], {(group, weak form)})


def _form_index(forms_by_group: list[set[tuple[str, ...]]], weak_by_group: list[set[tuple[str, ...]]] | None = None) -> _FormIndex:
    weak_by_group = weak_by_group or [set() for _ in forms_by_group]
    index: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    weak_pairs = set()
    for gi, (forms, weak) in enumerate(zip(forms_by_group, weak_by_group)):
        for form in forms | weak:
            index[form[0]].append((form, gi))
        weak_pairs.update((gi, form) for form in weak if form not in forms)
    for lst in index.values():
        lst.sort(key=lambda fg: -len(fg[0]))
    return index, weak_pairs


def _scan(toks: list[_Tok], form_index: _FormIndex, taken: bytearray | None = None) -> list[tuple[int, int, int]]:
    """(group, first token, end token) of every form occurrence, longest first, never overlapping.

    Weak forms count only when an agent marker (ने, जी) follows them; tokens
    marked in ``taken`` are skipped.
    """
    index, weak_pairs = form_index
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
                if m > 1 and not (all(toks[i + x].norm == form[x] for x in range(1, m)) and _span_ok(toks, i, i + m)):
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


def _find_mentions(
    toks: list[_Tok], forms_by_group: list[set[tuple[str, ...]]], weak_by_group: list[set[tuple[str, ...]]] | None = None
) -> list[list[tuple[int, int]]]:
    found: list[list[tuple[int, int]]] = [[] for _ in forms_by_group]
    for gi, i, j in _scan(toks, _form_index(forms_by_group, weak_by_group)):
        found[gi].append((i, j))
    return found


# The tokens of the last articles seen by find_entities, so that linking does not
# tokenise them again: body -> tokens (bodies are compared by identity first).
_recent_tokens: dict[int, tuple[str, list]] = {}
_RECENT_MAX = 1_000  # ~100 KB of tokens an article: bounded memory, enough for one batch of ~800


def _tokens_of(body: str) -> list[_Tok]:
    hit = _recent_tokens.get(id(body))
    if hit is not None and hit[0] is body:
        return hit[1]
    return tokenize(body)


def find_entities(article: Article, sentences: list[Sentence] | None = None) -> list[Entity]:
    """Entities of one article, mentions pointing into ``article.body``.

    ``sentences`` is accepted for the facade's signature; names never cross the
    line breaks and punctuation the tokens already carry, so it is not needed.
    """
    body = getattr(article, "body", None)
    if not body or not isinstance(body, str):
        return []
    try:
        with no_cyclic_gc():
            return _find_entities(body)
    except Exception:  # bad input never crashes the analysis stage
        import logging

        logging.getLogger(__name__).exception("entity extraction failed for %s", getattr(article, "id", "?"))
        return []


@contextmanager
def no_cyclic_gc():
    """Pause the cycle collector while one article is processed.

    An article makes ~400 token objects and many small tuples; every one is
    freed by reference counting (this code builds no reference cycles), but
    their allocation keeps triggering collections that walk the whole heap:
    on the March 2020 corpus that was ~20% of the analysis stage's time.
    The collector's previous state is restored afterwards, so nothing leaks.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _find_entities(body: str) -> list[Entity]:
    toks = tokenize(body)
    if len(_recent_tokens) >= _RECENT_MAX:
        _recent_tokens.clear()
    _recent_tokens[id(body)] = (body, toks)
    if not toks:
        return []
    kinds = [t.kind for t in toks]
    hindi_text = kinds.count("dev") >= kinds.count("lat")

    cands = _gazetteer(toks) + _roles(toks) + _cues(toks) + _acronyms(toks) + _speakers(toks)
    latin = _latin(toks, hindi_text)
    cands += _glosses(toks, latin, cands)
    dev_cands = [c for c in cands if has_devanagari(toks[c.i].text)]
    dev_keys = _cand_keys(toks, dev_cands)
    for c in latin:
        if c.type is None and c.place is None and hindi_text:
            # in Hindi text a bare Latin span counts only where a Devanagari candidate
            # romanises to (part of) it: "Kim Jong-un Vladimir Putin Plan To Meet"
            # yields "Kim Jong-un" and "Vladimir Putin" and drops the rest
            cands += _latin_twins(toks, c, dev_keys, dev_cands)
            continue
        if not hindi_text and c.type is None:
            if c.j - c.i == 1 and (c.i == 0 or toks[c.i - 1].newline_before or toks[c.i - 1].text in ".!?\"“'‘:"):
                continue  # a lone capitalised word opening a sentence is no evidence
            c.type = "PERSON"
        cands.append(c)
    cands = _drop_overlaps(cands)
    groups = _group(toks, cands)

    forms, weak = [], []
    for g in groups:
        f, w = set(g.forms), set()
        if g.place is None and g.types.most_common(1) and g.types.most_common(1)[0][0] == "PERSON":
            strong, w = _partial_forms(g)
            f |= strong
        forms.append(f)
        weak.append(w)
    found = _find_mentions(toks, forms, weak)

    entities = []
    for g, spans in zip(groups, found):
        if not spans:
            continue
        name, key = _canonical(g)
        if not key:
            continue
        etype = "PLACE" if g.place is not None else (g.types.most_common(1)[0][0] if g.types else "PERSON")
        mentions = [Mention(body[toks[a].start : toks[b - 1].end], toks[a].start, toks[b - 1].end) for a, b in spans]
        aliases = list(dict.fromkeys(m.text for m in mentions))
        entities.append(Entity(key=key, name=name, type=etype, aliases=aliases, mentions=mentions))
    return _merge_same_key(entities)


def _latin_twins(toks: list[_Tok], c: _Cand, dev_keys: list[tuple[str, ...]], dev_cands: list[_Cand]) -> list[_Cand]:
    """Sub-spans of a Latin span that match a Devanagari candidate, longest first."""
    out: list[_Cand] = []
    a = c.i
    while a < c.j:
        best = None  # (score, length, b, dev candidate)
        for b in range(c.j, a, -1):
            words = tuple(latin_key(" ".join(t.text for t in toks[a:b])).split())
            if not words:
                continue
            for key, d in zip(dev_keys, dev_cands):
                if not key:
                    continue
                # same words > Latin one word longer ("Kim Jong-un" for किम जोंग) > Latin part of the name
                if len(key) == len(words) and _contains(key, words):
                    score = 3
                elif len(words) == len(key) + 1 and _contains(words, key):
                    score = 2
                elif len(words) < len(key) and _contains(key, words):
                    score = 1
                else:
                    continue
                if best is None or (score, b - a) > best[:2]:
                    best = (score, b - a, b, d)
        if best:
            _, _, b, d = best
            out.append(_Cand(a, b, d.type, "latin", english=" ".join(t.text for t in toks[a:b]), place=d.place))
            a = b
        else:
            a += 1
    return out


def _drop_overlaps(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest candidate where two overlap (glosses and cues before bare Latin)."""
    rank = {"gloss": 0, "acronym-gloss": 0, "gazetteer": 1, "acronym": 1, "role": 2, "org": 2, "place": 2, "possessor": 3, "speaker": 3, "latin": 4}
    keep: list[_Cand] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), rank.get(c.source, 5))):
        span = set(range(c.i, c.j))
        if span & taken:
            continue
        keep.append(c)
        taken |= span
    keep.sort(key=lambda c: c.i)
    return keep


def _merge_same_key(entities: list[Entity]) -> list[Entity]:
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


# --------------------------------------------------------------------------
# linking across articles


def _evidence(entity: Entity) -> int:
    """How trustworthy an entity's name is: 3 gazetteer, 2 Latin text, 1 romanised."""
    if lookup(tuple(latin_key(entity.name).split())) is not None:
        return 3
    if any(not has_devanagari(a) for a in entity.aliases):
        return 2
    return 1


def link_entities(analyses: list[Analysis]) -> None:
    """Unify keys, names and types of the same entity across articles, in place.

    Same key -> same entity; a key whose words are the first or last words of
    exactly one longer key of the same type joins it ("putin" -> "vladimir
    putin"); keys whose words all match fuzzily join ("blidimir putin" ->
    "vladimir putin").  The group's name is the best-evidenced one.  Then the
    forms seen in one article are looked for in every other article ("names
    recurring across sources"), so an article that writes only क्रेमलिन gets
    the Kremlin that another article typed by its context.
    """
    try:
        with no_cyclic_gc():
            _link(analyses)
    except Exception:
        import logging

        logging.getLogger(__name__).exception("entity linking failed")


def _link(analyses: Sequence[Analysis]) -> None:
    from rapidfuzz import fuzz

    all_entities = [(ai, e) for ai, a in enumerate(analyses) for e in a.entities]
    if not all_entities:
        return
    keys = sorted({e.key for _, e in all_entities})
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=lambda r: (len(r.split()), r))] = max(ra, rb, key=lambda r: (len(r.split()), r))
            parent[min(ra, rb, key=lambda r: (len(r.split()), r))] = max(ra, rb, key=lambda r: (len(r.split()), r))

    types: dict[str, Counter] = defaultdict(Counter)
    gazetteer_keys = set()
    for _, e in all_entities:
        types[e.key][e.type] += len(e.mentions)
        if _evidence(e) == 3:
            gazetteer_keys.add(e.key)

    main = {k: c.most_common(1)[0][0] for k, c in types.items()}

    # fuzzy: same number of words, every word close; blocked by word count, type and
    # the first letter of the last word (surnames are spelt alike at least there)
    blocks: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for k in keys:
        words = k.split()
        if k not in gazetteer_keys and len(words) >= 2:
            blocks[(len(words), main[k], words[-1][:1])].append(k)
    for block in blocks.values():
        if len(block) < 2 or len(block) > 400:
            continue
        split = [b.split() for b in block]
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                a, b = split[x], split[y]
                if a[-1] != b[-1] and a[0] != b[0]:
                    continue  # one word must agree exactly
                # calibrated on blidimir/vladimir (75) + putin/putin (100)
                if min(fuzz.ratio(p, q) for p, q in zip(a, b)) >= 70:
                    union(block[x], block[y])
    # containment: "putin" / "kim jong" join the one longer name they are part of
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        words = k.split()
        if len(words) > 1 and k not in gazetteer_keys and main[k] == "PERSON":
            by_word[words[0]].add(k)
            by_word[words[-1]].add(k)
    for k in keys:
        if k in gazetteer_keys or main[k] != "PERSON":
            continue  # places and organisations are not named by their parts
        words = tuple(k.split())
        candidates = by_word.get(words[0], set()) | by_word.get(words[-1], set())
        hosts = {find(m) for m in candidates if m != k and _contains(tuple(m.split()), words)}
        if len(hosts) == 1:
            union(k, hosts.pop())

    # canonical name per group: best evidence, then most words, then most mentions
    groups: dict[str, list[Entity]] = defaultdict(list)
    for _, e in all_entities:
        groups[find(e.key)].append(e)
    for members in groups.values():
        best = max(members, key=lambda e: (_evidence(e), len(e.key.split()), len(e.mentions)))
        type_votes: Counter = Counter()
        for e in members:
            type_votes[e.type] += len(e.mentions)
        etype = "PLACE" if _evidence(best) == 3 else type_votes.most_common(1)[0][0]
        for e in members:
            e.key, e.name, e.type = best.key, best.name, etype
    for a in analyses:
        a.entities = _merge_same_key(a.entities)

    _propagate(analyses)


def _propagate(analyses: Sequence[Analysis]) -> None:
    """Find each entity's forms in the articles that did not recognise them."""
    forms: dict[tuple[str, ...], set[str]] = defaultdict(set)
    proto: dict[str, Entity] = {}
    for a in analyses:
        for e in a.entities:
            proto.setdefault(e.key, e)
            for alias in e.aliases:
                form = tuple(t.norm for t in tokenize(alias) if t.kind in ("dev", "lat"))
                if form:
                    forms[form].add(e.key)
    keys_sorted = sorted(proto)
    key_index = {k: i for i, k in enumerate(keys_sorted)}
    forms_by_group: list[set[tuple[str, ...]]] = [set() for _ in keys_sorted]
    for form, keys in forms.items():
        if len(keys) != 1:
            continue  # a form two entities share proves nothing
        if len(form) == 1:
            w = form[0]
            lang = "hi" if has_devanagari(w) else "en"
            if len(w) < 3 or zipf(w, lang) >= PROPAGATE_MAX_ZIPF:
                continue
        forms_by_group[key_index[next(iter(keys))]].add(form)
    if not any(forms_by_group):
        return
    form_index = _form_index(forms_by_group)
    for a in analyses:
        body = a.article.body or ""
        toks = _tokens_of(body)
        if not toks:
            continue
        taken = bytearray(len(toks))
        for e in a.entities:
            for m in e.mentions:
                # mentions start on token starts: binary search, no per-article index
                k = bisect_left(toks, m.start, key=_tok_start)
                while k < len(toks) and toks[k].start < m.end:
                    taken[k] = 1
                    k += 1
        by_key = {e.key: e for e in a.entities}
        for gi, i, j in _scan(toks, form_index, taken):
            key = keys_sorted[gi]
            start, end = toks[i].start, toks[j - 1].end
            mention = Mention(body[start:end], start, end)
            entity = by_key.get(key)
            if entity is None:
                p = proto[key]
                entity = Entity(key=p.key, name=p.name, type=p.type)
                a.entities.append(entity)
                by_key[key] = entity
            entity.mentions.append(mention)
            if mention.text not in entity.aliases:
                entity.aliases.append(mention.text)
        for e in a.entities:
            e.mentions.sort(key=lambda m: m.start)
    _recent_tokens.clear()
