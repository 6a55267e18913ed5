"""Features one article brings to clustering: text terms, entity keys, headline tokens, time.

Units suit Hindi: words are runs of letters *with* their combining vowel signs
(Python's ``\\w`` splits ``पुतिन`` into ``प त न``), normalised so common
spelling variants meet (nukta dropped, chandrabindu folded into anusvara), and
lightly stemmed by stripping inflectional suffixes (after Ramanathan & Rao's
light stemmer for Hindi). English words are lower-cased and de-pluralised.

Everything here is a pure function of one :class:`~khabar.records.Analysis`,
so features can be computed ahead of clustering and cached.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache

from khabar.records import Analysis

# Letters of any script plus Devanagari combining marks (matras, virama,
# anusvara, nukta); digits kept so "2713" or "H5N1" can be terms.
_WORD = re.compile(r"[^\W_][\w\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u200c\u200d]*")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")

# Inflectional suffixes, longest first: plural/oblique nouns, adjective
# agreement, verb endings. Stripped only when at least two letters remain.
_HI_SUFFIXES = sorted(
    """ाएंगी ाएंगे ूंगी ूंगा ेंगी ेंगे ियां ियों ाइयां ाइयों ाओं ाएं ुओं ुएं ीयां
    ाना ाने ानी ाता ाते ाती ाया ाये ायी ाई ाए ओं ाँ ां ें ों ीं ी े ा ि ु ू ो""".split(),
    key=len,
    reverse=True,
)

# Function words missing from stopwordsiso's Hindi list that dominate news
# prose (checked on the seed reports and March 2020 files).
_EXTRA_HI_STOP = set(
    """उन्होंने बीच अब कहा बताया बताया जा गया गई गए किया किए की के का को में से
    पर ने और भी यह वह ये वे इस उस इन उन तक लिए रहा रही रहे हुआ हुई हुए होगा होगी
    होंगे जाएगा जाएगी साथ बाद पहले दौरान अनुसार लेकर बारे मुताबिक वहीं यहां वहां
    जबकि हालांकि लेकिन क्योंकि इसके उसके इसमें उनके उनकी उनका अपने अपनी अपना
    सकता सकती सकते कर करने करते करेंगे था थी थे है हैं हो""".split()
)
# Newsroom filler that says nothing about which event a report covers.
_EXTRA_EN_STOP = {"said", "says", "also", "would", "could", "told", "according", "reported"}


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    try:
        import stopwordsiso

        base = set(stopwordsiso.stopwords("hi")) | set(stopwordsiso.stopwords("en"))
    except Exception:  # the package is pinned, but clustering must not die without it
        base = set()
    words = {normalise_word(w) for w in base | _EXTRA_HI_STOP | _EXTRA_EN_STOP}
    return frozenset(words | {stem(w) for w in words})


# ऐलान/एलान, सैंपल/सेंपल: English "e" is written both ways (see synthesise.similarity).
_E_AI = str.maketrans({"\u0948": "\u0947", "\u0910": "\u090f"})


def normalise_word(word: str) -> str:
    """Fold spelling variants: nukta dropped, chandrabindu → anusvara, ai → e, lower case."""
    return normalise_text(word)


def normalise_text(text: str) -> str:
    """:func:`normalise_word` over a whole text at once (cheaper than word by word)."""
    text = unicodedata.normalize("NFC", text).lower()
    if _DEVANAGARI.search(text):
        text = unicodedata.normalize("NFD", text).replace("\u093c", "")
        text = text.replace("\u0901", "\u0902").replace("\u200c", "").replace("\u200d", "")
        text = unicodedata.normalize("NFC", text).translate(_E_AI)
    return text


def words(text: str) -> list[str]:
    """Normalised word tokens of ``text``, in order."""
    return _WORD.findall(normalise_text(text or ""))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    if _DEVANAGARI.search(word):
        for suffix in _HI_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                return word[: -len(suffix)]
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def terms(text: str) -> list[str]:
    """Content terms of ``text``: normalised, stemmed, stop words and 1-letter tokens out."""
    return content_terms(words(text))


def content_terms(tokens: list[str]) -> list[str]:
    stop = stopwords()
    out = []
    for word in tokens:
        if len(word) < 2 or word in stop or word.isdigit() and len(word) < 3:
            continue
        word = stem(word)
        if word not in stop:
            out.append(word)
    return out


def script_of(text: str) -> str:
    """"deva" when Devanagari letters outnumber Latin ones, else "latn"."""
    deva = len(_DEVANAGARI.findall(text or ""))
    latin = sum(1 for c in text or "" if "a" <= c.lower() <= "z")
    return "deva" if deva >= latin else "latn"


# Near-duplicates are judged on the first words of the body: copies share their
# opening, and the cap keeps MinHash cost flat for long reports.
_SHINGLE_WORDS = 300
_SHORT_BODY_WORDS = 15  # = 3 shingles of 5 words, the least MinHash judges (see neardup.py)


@dataclass
class ArticleFeatures:
    """What the clusterer needs from one article, nothing else."""

    id: str
    when: datetime | None  # publication time, timezone-aware
    title: str
    outlet: str | None
    language: str  # "hi" / "en" / ... ; script-based guess when the article has none
    terms: Counter = field(default_factory=Counter)  # title terms counted twice
    headline: frozenset = frozenset()
    entities: Counter = field(default_factory=Counter)  # entity key -> mentions
    shingle_hash: str = ""  # exact-duplicate fingerprint of the body
    body_tokens: list[str] = field(default_factory=list)  # for MinHash shingles
    dense: list[float] | None = None
    title_words: int = 0  # words in the headline as written
    body_chars: int = 0
    source: str = ""  # the file or URL it was read from; pieces of one file arrive together
    # Who and where the report is about: places its headline names (its lead's when the headline
    # names none) and people its headline names. In a one-topic month (COVID-19, an election)
    # topic words make different events look alike; where and who tell them apart.
    focus_places: frozenset = frozenset()
    focus_people: frozenset = frozenset()
    places: frozenset = frozenset()  # every place and person it names anywhere ("names")
    people: frozenset = frozenset()
    # the regions (states, provinces) its headline places and all its places lie in: a Patna
    # piece under a Bihar report names no conflicting place
    focus_regions: frozenset = frozenset()
    place_regions: frozenset = frozenset()
    # How the piece opens, as a page lays it out (see opens_a_report / reads_as_a_section):
    # a dateline, list number or section slug starts a report; a headline or body opening that
    # points back (a demonstrative, "also read", a connective, a bullet) continues the one above.
    opens_report: bool = False
    reads_as_section: bool = False
    # What kind of item a headline is (see counts_cases / national_count / covers_many_places): a
    # count of cases and nothing else, a country's (or many states') count, a roundup of places
    count_piece: bool = False
    place_in_headline: bool = False  # focus_places come from the headline, not the lead
    national_tally: bool = False
    roundup: bool = False
    # countries its headline names: a country's count is no part of another country's tally
    headline_countries: frozenset = frozenset()


def article_features(analysis: Analysis, *, max_body_terms: int = 400) -> ArticleFeatures:
    """Features of one analysed article; never raises on odd input.

    ``max_body_terms`` caps the body read: the lead carries the event, and the
    cap keeps per-article cost flat for long reports.
    """
    article = analysis.article
    title = (article.title or "").strip()
    body = article.body or ""
    body_words = words(body)
    # the lead carries the event; reading 2x the term cap of raw words is plenty
    body_terms = content_terms(body_words[: 2 * max_body_terms])
    counts = Counter(body_terms[:max_body_terms])
    title_terms = terms(title)
    for term in title_terms:
        counts[term] += 2  # headlines name the event; weigh them over body prose
    entities: Counter = Counter()
    for entity in analysis.entities or []:
        key = (getattr(entity, "key", "") or "").strip().lower()
        if not key:
            continue
        mentions = max(1, len(getattr(entity, "mentions", []) or []))
        entities[key] += mentions
        # name parts too, so "kim jong" meets "kim jong un" and "sargei shoigu" meets
        # "sergei shoigu" halfway when two batches romanised a name differently
        parts = key.split()
        if len(parts) > 1:
            for part in parts:
                if len(part) >= 3:
                    entities["~" + part] += mentions
    when = article.published
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    named_in_headline = headline_places(title, analysis)
    focus = named_in_headline or headline_places(_lead(body), analysis)
    named = {"PLACE": set(), "PERSON": set()}
    for entity in analysis.entities or []:
        kind = getattr(entity, "type", "")
        if kind in named and (entity.key or "").strip():
            named[kind].add(entity.key.strip().lower())
    language = (article.language or "").lower() or ("hi" if script_of(title + body[:500]) == "deva" else "en")
    # a short body says too little to call two reports copies: the headline must match too
    printed = body_words if len(body_words) >= _SHORT_BODY_WORDS else words(title) + ["|"] + body_words
    digest = hashlib.blake2b(" ".join(printed).encode("utf-8"), digest_size=12).hexdigest()
    return ArticleFeatures(
        id=article.id,
        when=when,
        title=title or _lead_sentence(analysis),
        outlet=article.outlet,
        language=language,
        terms=counts,
        headline=frozenset(title_terms),
        entities=entities,
        shingle_hash=digest if body_words else "",
        body_tokens=body_words[:_SHINGLE_WORDS],
        title_words=len(title.split()),
        body_chars=len(body),
        source=(article.origin.path or article.origin.url or "") if article.origin else "",
        focus_places=focus,
        focus_people=headline_people(title, analysis),
        places=frozenset(named["PLACE"] | focus),
        people=frozenset(named["PERSON"]),
        focus_regions=regions_of(focus),
        place_regions=regions_of(named["PLACE"] | focus),
        opens_report=opens_a_report(title, body, article.dateline),
        reads_as_section=reads_as_a_section(title, body),
        count_piece=counts_cases(title),
        place_in_headline=bool(named_in_headline),
        national_tally=national_count(title),
        roundup=covers_many_places(title, named_in_headline),
        headline_countries=countries_among(named_in_headline),
    )


# ---------------------------------------------------------------- page layout

# Multi-article dumps (one file per paper and day) hold reports and the sections under their
# subheadings, split into pieces. How a piece opens says which it is, whatever it is about.
# A report opens with a list number ("2.भारत में ...", "3) ..."), a section slug ("रांची / ...",
# "देश / ...", "Business | ...") or a dateline ("लखनऊ, जेएनएन ।", "रांची :", "NEW DELHI (Reuters) -").
LIST_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*[.)](?!\d)")  # "2.5 लाख" is a figure, not item 2
_SECTION_SLUG = re.compile(r"^[^/|:\n]{1,30}\s[/|]\s")
# A section points back: its headline opens with a demonstrative or interrogative ("ये हैं ...",
# "इन पर रहेगी पाबंदी", "क्या क्या खुला रहेगा"), an "also read" link or a bullet; or its body opens
# with a bullet or a connective that needs the text above it ("दरअसल", "इधर,", "Meanwhile,").
# Closed-class Hindi and English words, not names: the list is grammar, not the corpus.
_BACK_HI = ("ये यह इन इस इसे इसी इसके इसमें इनमें उन वहीं यहां ऐसे क्या कैसे अन्य फिलहाल इधर उधर "
            "दरअसल हालांकि लेकिन").split()
_BACK_EN = "this these those meanwhile however besides".split()
_SECTION_HEAD = re.compile(
    r"^\s*(?:[-–•*]|(?:ये|यह|इसे|इन्हें)\s+भी\s+पढ़|(?:also\s+read|read\s+also)\b|"
    rf"(?:{'|'.join(_BACK_HI)})(?=[\s,:\-])|(?:{'|'.join(_BACK_EN)})\b)", re.IGNORECASE)
_SECTION_BODY = re.compile(
    r"^\s*(?:[-–•*]\s|(?:इधर|उधर|दरअसल|वहीं|इसके|इसी|इस\s+बीच|साथ\s+ही|हालांकि|लेकिन|"
    r"meanwhile|however|besides|also)(?=[\s,]))", re.IGNORECASE)


def opens_a_report(title: str, body: str, dateline: str | None = None) -> bool:
    """True when a piece opens the way a report does: a list number or section slug before its
    headline, or a dateline before its body (the cleaner's, or one found in the first line)."""
    if LIST_NUMBER_RE.match(title or "") or _SECTION_SLUG.match(title or ""):
        return True
    if dateline:
        return True
    from khabar.clean.metadata import find_dateline  # lazily: the cleaner's imports cost ~30 ms

    first = (body or "").lstrip().split("\n", 1)[0]
    return find_dateline(first) is not None


def reads_as_a_section(title: str, body: str) -> bool:
    """True when a piece's headline or body opens by pointing back at the text above it."""
    return bool(_SECTION_HEAD.match(title or "") or _SECTION_BODY.match((body or "").lstrip()))


# ---------------------------------------------------------------- counts and roundups

# What kind of item a headline announces, from closed-class words (numbers, quantifiers, the
# nouns of a case count, decision verbs), not names. Word-start prefixes of normalised tokens
# (nukta dropped), so inflections meet: मामले/मामलों, टली/टले, closed/closes.
_CASE_WORDS = ("मामल", "संक्रमित", "पॉजिटिव", "पॉजीटिव", "मरीज", "केस", "पुष्टि",
               "case", "positive", "infected", "infection", "patient")
# a decision or a happening beyond the count: closures, lockdowns, postponements, a death
_DECISION_WORDS = ("बंद", "लॉक", "टल", "टाल", "रद", "स्थगित", "घोषित", "मौत", "आदेश", "खत्म",
                   "lockdown", "lock", "clos", "shut", "cancel", "postpon", "declar", "death", "dead", "die")
_NUMBER_WORDS = frozenset("""एक दो तीन चार पांच छह सात आठ नौ दस ग्यारह बारह
    one two three four five six seven eight nine ten eleven twelve dozen""".split())
_MANY_WORDS = frozenset("कई सभी अनेक तमाम several many all".split())
# units of a roundup ("कई राज्यों", "13 राज्यों", "several states")
_PLACE_UNITS = ("राज्य", "प्रदेश", "देश", "जिल", "शहर", "state", "countr", "district", "cities")
# a whole country's count names the country or "देश" (the nation); "कुल" (total) is not enough,
# states give totals too ("यूपी में कुल दस मरीज", "दिल्ली में कुल 27 केस" on the dev days)
_NATION_WORDS = ("भारत", "देश", "इंडिया", "india", "country", "nation")
# Three place names in a headline make it a roundup.
_ROUNDUP_PLACES = 3


def _is_number(token: str) -> bool:
    return any(ch.isdigit() for ch in token) or token in _NUMBER_WORDS


def _has(tokens, prefixes) -> bool:
    return any(t.startswith(prefixes) for t in tokens)


def counts_cases(title: str) -> bool:
    """True when a headline gives a count of cases and announces nothing else: a number and a
    case noun, no decision or death ("महाराष्ट्र में 19 संक्रमित", not "दिल्ली- 6 मामले, स्कूल बंद")."""
    tokens = words(LIST_NUMBER_RE.sub("", title or "", count=1))  # "2.इटली से ..." is item 2, not a count
    return (any(map(_is_number, tokens)) and _has(tokens, _CASE_WORDS)
            and not _has(tokens, _DECISION_WORDS))


def national_count(title: str) -> bool:
    """True when a headline gives a country's count and nothing else (:func:`counts_cases`) and names
    the country, the nation or a number of states ("भारत में कोरोना के 251 मामले", "13 राज्यों में 81
    मरीज"); "देश के 75 जिलों में केस, लॉकडाउन" announces a lockdown, not a count."""
    if not counts_cases(title):
        return False
    tokens = words(title)
    return _has(tokens, _NATION_WORDS) or _many_places(tokens)


def _many_places(tokens: list[str]) -> bool:
    return any((_is_number(a) or a in _MANY_WORDS) and b.startswith(_PLACE_UNITS)
               for a, b in zip(tokens, tokens[1:]))


def covers_many_places(title: str, places=frozenset()) -> bool:
    """True for a roundup: a headline about several states or cities ("कई राज्यों में स्कूल बंद",
    "13 राज्यों में ..."), or one naming three places or more (``places``: those its headline names;
    a lead naming three places is common in a one-place report, so leads do not count)."""
    return len(places) >= _ROUNDUP_PLACES or _many_places(words(title))


# ---------------------------------------------------------------- where and who

# About the first sentence of a Hindi report, where it says what happened and where (checked
# on the March 2020 papers' pieces whose headlines name no place).
_LEAD_CHARS = 240
# A dateline opens many reports ("नई दिल्ली, एजेंसियां ।", "पटना :"): the desk's city, not the
# event's place. A first segment this short, ended by a danda, colon or slash, is taken as one.
_DATELINE = re.compile(r"^\s*[^।:|/\n]{1,40}?\s*[।:|/]\s*")
_EDGE_PUNCT = "ः:/|,.;!?'\"‘’“”()[]-–—"


def _lead(body: str) -> str:
    lead = (body or "")[: _LEAD_CHARS + 60]
    match = _DATELINE.match(lead)
    if match and len(match.group(0).split()) <= 5:
        lead = lead[match.end():]
    return lead[:_LEAD_CHARS]


def headline_places(text: str, analysis: Analysis | None = None) -> frozenset:
    """Place keys named in ``text``: gazetteer names found in it, plus the analysis's PLACE
    entities whose surface forms occur in it (local names the gazetteer lacks)."""
    found: set[str] = set()
    if not text:
        return frozenset()
    try:
        from khabar.analyse.gazetteer import first_tokens, lookup, name_tokens

        tokens = [t.strip(_EDGE_PUNCT) for t in name_tokens(text)]
        longest = first_tokens()
        i = 0
        while i < len(tokens):
            hit = 0
            for length in range(min(longest.get(tokens[i], 0), len(tokens) - i), 0, -1):
                place = lookup(tuple(tokens[i:i + length]))
                if place is not None:
                    found.add(place.name.lower())
                    hit = length
                    break
            i += hit or 1
    except Exception:  # the gazetteer is packaged; without it the entities below still count
        pass
    for entity in (analysis.entities if analysis is not None else None) or []:
        if getattr(entity, "type", "") != "PLACE" or not entity.key:
            continue
        if any(len(alias) >= 3 and alias in text for alias in entity.aliases or []):
            found.add(entity.key.strip().lower())
    return frozenset(found)


def countries_among(names) -> frozenset:
    """The countries (lower-cased names, as :func:`headline_places` gives them) among ``names``."""
    try:
        from khabar.analyse.gazetteer import country_names
    except Exception:  # no gazetteer: no name is known to be a country
        return frozenset()
    return frozenset(names) & country_names()


def regions_of(places) -> frozenset:
    """The first-level regions (lower-cased names) the given places lie in, as far as the
    gazetteer knows; places that are regions themselves or unknown add nothing."""
    try:
        from khabar.analyse.gazetteer import parent_region
    except Exception:  # no hierarchy: conflicts are judged on the names alone
        return frozenset()
    return frozenset(r for r in map(parent_region, places) if r)


def headline_people(text: str, analysis: Analysis) -> frozenset:
    """PERSON entity keys of the analysis whose surface forms occur in ``text``."""
    found = set()
    if not text:
        return frozenset()
    for entity in analysis.entities or []:
        if getattr(entity, "type", "") == "PERSON" and entity.key:
            if any(len(alias) >= 3 and alias in text for alias in entity.aliases or []):
                found.add(entity.key.strip().lower())
    return frozenset(found)


# An untitled report's title is its first sentence, cut at a word to at most this many
# characters: the first line's 120 characters had run into the second sentence or ended
# mid-word in 324 of 341 BBC Hindi events (whose reports come without titles).
TITLE_MAX_CHARS = 120


# ... the first of the first few sentences that says something on its own: this many
# words at least, and not opening on a word that points back or goes on ("लेकिन मीडिया
# रिपोर्टों के मुताबिक ...", "इसके विषाणुओं से ...", "However, ..."); else the first.
TITLE_MIN_WORDS = 8
TITLE_SENTENCES_READ = 3
_LEANING_OPENERS = frozenset(
    """लेकिन हालांकि हालाँकि मगर परंतु परन्तु किंतु किन्तु जबकि और वहीं साथ ही इसके इसकी इसका इससे इसमें इन्हें
    इस उस यह ये वह वे वो उनके उनकी उनका उसके उसकी उसका उन्होंने उसने इसलिए फिर तब
    but however and also meanwhile he she it they this that these those his her their its then""".split())


def _lead_sentence(analysis: Analysis) -> str:
    """The first sentence of an untitled report that can stand as its title."""
    body = analysis.article.body or ""
    sentences = [" ".join(body[s.start:s.end].split()) for s in analysis.sentences or []]
    sentences = [s for s in sentences if s] or [" ".join(_first_line(body).split())]
    first = next((s for s in sentences[:TITLE_SENTENCES_READ] if len(s.split()) >= TITLE_MIN_WORDS
                  and s.split()[0].strip(",").casefold() not in _LEANING_OPENERS), sentences[0])
    if len(first) <= TITLE_MAX_CHARS:
        return first
    cut = first[:TITLE_MAX_CHARS + 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")
    return (cut or first[:TITLE_MAX_CHARS]) + " …"


def _first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return line.strip()
    return ""
