"""Extractive multi-document summary of one event, every sentence cited.

Only sentences of cleaned article bodies are candidates, and only those that
read as reporting prose (no headings, teasers, questions, link lines or UI
text).  Selection is concept coverage after Gillick & Favre (2009): a
sentence's concepts are its light-stemmed content words, neighbouring
content-word pairs, canonical entity keys and resolved days; a concept weighs
by the share of the event's articles that state it, so a paraphrase of what
other outlets report counts even when no sentence matches it word for word,
and each concept counts once, so no fact is bought twice.  Each sentence's
quality (other outlets stating the same sentence, lead position, a dated
happening, named entities; against anaphora, expectations, advice, another
language, an aside far from the event's centre) scales the concepts it
carries.  Sentences are chosen greedily by gain per word under the word
budget, then improved by swaps.  Sentences that state the same fact in
different outlets are grouped: the chosen member speaks for its group and
cites every article in it.  The picks are ordered by the dates they describe
(chronological where dated, a day after the report's own being a schedule the
report tells that day, so undated; an undated sentence goes with the dated one just
before it in its article), then by article date, a fact more reports state
first, a report's undated sentences together and in their order; a report's
lead that stands alone opens the summary when the first in that order leans
on something unsaid.  Relative day names are resolved in brackets:
"मंगलवार (12 सितंबर) को".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from dataclasses import dataclass, field
from functools import lru_cache

from khabar.analyse.hindi_calendar import (
    ENGLISH_MONTHS,
    ENGLISH_NUMBERS,
    ENGLISH_WEEKDAYS,
    HINDI_DAY_PARTS,
    HINDI_MONTHS,
    HINDI_NUMBERS,
    HINDI_THAT_IS,
    HINDI_WEEKDAYS,
    month_number,
    unit_name,
)
from khabar.analyse.lexicon import ORG_ROLES_HI, REPORTING_EN, REPORTING_HI, ROLES_EN, ROLES_HI
from khabar.analyse.normalise import normalise
from khabar.analyse.stopwords import stopwords
from khabar.clean.metadata import find_dateline
from khabar.records import SummarySentence
from khabar.synthesise.similarity import (
    DEVANAGARI_RE,
    NUMBER_RE,
    Unit,
    content_tokens,
    cosine,
    event_centre,
    is_day_date,
    negated,
    numbers,
    script_of,
    similarity,
    stem,
    tells_of_another,
    words,
)

# Two sentences from different outlets whose similarity reaches MERGE state the
# same fact and become one summary sentence.  Calibrated on the seed reports:
# same-fact pairs across outlets scored 0.45-0.8, different facts about the
# same people below 0.35.
MERGE = 0.45
# Sentences merge only when they also share this many content words or
# entities: two short sentences can look alike on two words alone.
MIN_SHARED = 4
# Below this similarity two sentences giving different numbers (and none the same)
# are two facts, however many words they share; only a copy of one sentence with a
# figure changed is one.  Of 30 March 2020 multi-source summary sentences read, 4 cited
# an outlet for another count (Iran's 145 deaths for the world's 3,500, 0.5; Bihar's 16
# cases for "छह का इजाफा", 0.49), and market reports word each hour's index alike
# (Nifty at 10,448.90 and at 9,925.75, 0.73).  Of the groups the rule splits on March
# and AEB, all but two were two facts (Bihar's 1,13,225 samples and 5,948 cases; 28
# contacts quarantined and the first patients' 46; South Korea's 54 deaths and 51); the
# two were one total given as 52 and as "50 से भी अधिक", and one man's death at 60 and
# at 65 years (a disagreement, now two sentences).
SAME_WORDING = 0.9
# Two statements someone reported ("X ने बताया कि ...") are one fact only when this
# share of the shorter one's reported words is in the other: the same official's two
# statements share his name, title and verb ("लव अग्रवाल ने कहा कि सभी राज्यों में ...
# अस्पताल नामित" / "... ने बताया कि देश में रोजाना पांच हजार जांच", 0.52 similar).
REPORTED_SHARED = 0.3
# A candidate this similar to an already chosen sentence adds nothing new.
REDUNDANT = 0.4
# ... or when most (this share) of the shorter one's content words are in the
# other: "योगगुरु ने कहा कि कोरोना से लोगों को डरने की जरूरत नहीं है" inside a
# longer quote of the same speaker (March 2020 digests) scored only 0.3.
REPEATS = 0.6
# Two sentences giving the same count of at least this state one fact (in
# the March 2020 digests they did, often in different words); smaller numbers
# ("2 लोग", "तीन") recur across facts.
MIN_COUNT = 10
# Two sentences naming this many of the same places, and most (this share) of the
# shorter list, list them for one statement, however else they are worded (March
# 2020: Maharashtra's four shut cities, twice); long lists of countries share a few
# by chance (a travel advisory's twelve and another sentence's five).
SAME_PLACE_LIST = 3
SAME_PLACE_SHARE = 0.75
# Sentences shorter than this are datelines, captions or fragments.
MIN_WORDS = 7
# Longer "sentences" are run-ons where the splitter found no boundary (lists of
# headlines, tag clouds); they are never summary material.
MAX_WORDS = 70

# Selection (concept coverage, see ``select``).  Calibrated by reading the
# seed event's digests at 120-150 words (which of the reports' main facts
# appear), the invented storm event in tests/synthesise and March 2020 Hindi
# events (bench/synthesise_digest.py, khabar digest on the whole month).
# A concept's weight is (share of the event's other articles stating it) **
# SUPPORT_EXPONENT: below 1 a detail two outlets state counts nearly as much
# as the names every outlet repeats (which any sentence covers anyway).
SUPPORT_EXPONENT = 0.5
# Concepts only one article states still count a little, so a one-outlet
# event gets a summary and a one-outlet scoop can beat filler.
UNSHARED_WEIGHT = 0.05
# Headline words are the editors' own summary: a bonus on their weight.
TITLE_WEIGHT = 0.5
# Sentence quality, a factor on the weight of every concept the sentence
# carries.  Raised by other articles stating the same sentence (+1 per extra
# article), a lead position, a resolved day on a reported (not expected)
# happening, named entities (up to three; a number counts half); lowered for
# a sentence that opens or leans back on an earlier one, that only expects or
# advises something, that is in another language than the summary, or that is
# an aside far from the event's centre.
# Measured: SUPPORT_WEIGHT 0.25 / 1.0 / 2.0 kept the same five seed facts
# at 120 and 150 words and raised the share of multi-article summary
# sentences over the 40 largest March 2020 events from 31% to 36% / 37%.
SUPPORT_WEIGHT = 1.0
LEAD_BONUS = 0.15
# One report's own lead is its summary in the inverted pyramid: where no other outlet
# tells which facts matter, it does ("More than a third of WeWork's 12,000 employees
# will likely receive notice this week ...", AEB, had lost to three later sentences
# naming more people), and a lead's "will" is the news, no mere expectation.  Summaries
# of one report holding its first sentence: AEB 41% -> 54% (of 125), BBC Hindi 49% ->
# 61% (of 337), March 2020 72% -> 85% (of 406); 0.5 gave 50%, 58%, 81%.
LONE_REPORT_LEAD_BONUS = 1.0
DATED_BONUS = 0.3
ENTITY_BONUS = 0.5
ANAPHORA_PENALTY = 0.6
# Measured over the 51 March 2020 events of 3+ articles: single-source summary
# sentences with no name, number or date fell from 29% to 19% of summary
# sentences at 0.5 (multi-source share 0.23 -> 0.24); the seed summary is unchanged.
VAGUE_PENALTY = 0.5
INNER_ANAPHORA_PENALTY = 0.3
EXPECTATION_PENALTY = 0.4
FOREIGN_PENALTY = 0.8
# A sentence whose cosine to the event's centre (similarity.event_centre) is under
# OFF_CENTRE is an aside: in March 2020's events of 3+ reports the chosen sentences
# scored a median of 0.30, and those under 0.15 were mostly other stories of a
# roundup ("टीडीएस पर ब्याज 18 पर्सेंट से घटाकर 9 पर्सेंट" in Uttar Pradesh's disaster
# declaration, Kanika Kapoor's party in Maharashtra's lockdown).
OFF_CENTRE = 0.15
OFF_CENTRE_PENALTY = 0.5
# Greedy picks by objective gain per word (the usual budgeted-coverage
# rule); the swap search then works on the whole objective.  Only the
# SEARCH_POOL best sentences on their own are searched (big events have
# thousands), for at most MAX_SWAP_ROUNDS passes.
SEARCH_POOL = 150
MAX_SWAP_ROUNDS = 8
# An undated sentence is ordered with the dated sentence at most this many
# sentences before it in its article: only the next sentence, since reports
# jump back in time within a paragraph ("बता दें कि ... रविवार को रवाना हुए
# थे" is followed by news of the day in the seed reports).
NARRATIVE_REACH = 1

_TERMINAL = ("।", ".", "!", "\"", "”", "'", "’", ")", "॥", "۔")  # ۔: Urdu's full stop
# Generic markers of page furniture in English and Hindi news sites.
_FURNITURE_RE = re.compile(
    r"https?://|www\.|@\w|\.com\b|©|"
    r"\b(also read|read more|read also|click here|subscribe|sign up|follow us|newsletter|"
    r"advertisement|sponsored|share this|leave a reply|all rights reserved|"
    r"download (the )?app|open in app|watch video|live updates?|syndicated feed|not been edited by|"
    r"subject to change without notice|may (?:earn|receive) (?:a )?(?:small )?commission|affiliate links?)\b|"
    r"\.कॉम|डॉट ?कॉम|ऑटो-अपलोड|एजेंसी फीड|एडिट नहीं किया|"
    r"(ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|और पढ़ें|पढ़ें:|यहां क्लिक|क्लिक करें|सब्सक्राइब|"
    r"फॉलो करें|डाउनलोड करें|वीडियो देखें|कमेंट|विज्ञापन|संबंधित खबरें|लेटेस्ट खबरें|ताज़ा खबरें|ताजा खबरें)",
    re.IGNORECASE,
)
# A page asking the reader to do something for the outlet ("Follow NBC Latino on
# Facebook, Twitter and Instagram", "Visit Business Insider's homepage for more
# stories", "Read our ... review", "Check out our picks ..."): an imperative of
# engagement opening the sentence, and the outlet, a network or more content after
# it.  Read off the AEB digests (English, Nov 2019); generic page idiom.
_CALL_TO_ACTION_RE = re.compile(
    r"^(?:(?:be sure to|make sure to|don'?t forget to|just|please|and)\s+)?"
    r"(?:visit|follow|read|check out|catch up on|search for|listen to|watch|subscribe to|sign up|join|download"
    r"|book|like us|stay tuned|find (?:us|out more)|get (?:the|our)|see (?:our|more))\b"
    r".{0,120}?\b(?:our|(?-i:us)|facebook|twitter|instagram|youtube|linkedin|podcast|newsletter|homepage|website|app"
    r"|alexa|for more)\b"
    # ... or to buy: "Get access to India's fastest growing financial subscriptions
    # service Moneycontrol Pro for as little as Rs 599", "Get Dashlane Password
    # Manager for Free (Upgrade to Premium for $4.99/mo)" (AEB).
    r"|^get\b.{0,120}?(?:\bfor\s+free\b|\bfor\s+(?:just|only|as\s+little\s+as)\b|\$\s?\d|\brs\.?\s?\d)"
    # Hindi teasers announce what the page will tell instead of telling it: "जानिए इस
    # वायरस से जुड़ी हर अपडेट" (find out every update ...), "यहां पढ़ें लॉकडाउन के दौरान
    # ...", and any "let us" opener ("आइए देखते हैं कोरोना को लेकर 10 बड़ी अपडेट",
    # "आइए आपको बताते हैं ... पांच बड़ी खबरें": six March 2020 summary sentences); a link
    # to watch, read or hear more ("देखिए गज़ा में तबाही का मंज़र", "पढ़िए- इसराइल और हमास
    # ...", "सुनिए रेहान फ़ज़ल की विवेचना": BBC Hindi, its caption run into the next
    # sentence), but not a speaker's "देखिए, ..." (look, ...).
    r"|^(?:(?:यहां|यहाँ)\s+)?(?:जानिए|जानें|पढ़ें|पढ़िए|देखिए|देखें|सुनिए|सुनें)(?=\s|[-:–]\s)"
    r"|^(?:आइए|आइये|चलिए)(?=\s)",
    re.IGNORECASE,
)
# An item of a numbered reference list: "[1] Alarm fatigue: impacts on patient safety ...".
_REFERENCE_ITEM_RE = re.compile(r"^\[\d{1,3}\]\s")
# A spaced colon with only one or two words after it before the danda ends a label, not a
# sentence (March 2020: the two such "sentences" were a sub-heading run into the next
# paragraph's dateline and a row of a district-wise table).
_LABEL_TAIL_RE = re.compile(r"\s:\s*\S+(?:\s\S+)?\s*।$")
# A label and a figure ("धोनी: 162 मैच"), not a clock time ("2:34"): three in a sentence are a
# table whose rows lost their breaks (BBC Hindi's captains' records had led a summary).
_TABLE_CELL_RE = re.compile(r"[^\d\s]\s*:\s+\d")
TABLE_MIN_CELLS = 3
# A sentence never ends on a conjunction; a headline or teaser cut short does.
_CUT_ENDS = frozenset("लेकिन मगर किंतु परंतु और कि but and or that".split())
# "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre": a listing's venue mark.
_VENUE_MARK = " @ "
# "Kicker: sentence" - a Latin-script label glued before a Hindi sentence.
_KICKER_RE = re.compile(r"^([^:।]{2,120})(?<!\d):(?!\d)\s*(?=\S)")  # not a clock time: "दोपहर 2:34 बजे"
# A Latin gloss in parentheses inside a Hindi sentence: "किम जोंग उन (Kim Jong Un)".
_LATIN_GLOSS_RE = re.compile(r"\s*\((?=[^()]*[A-Za-z])[^()\u0900-\u097F]{1,60}\)")
# Discourse fillers that open a sentence and say nothing ("बता दें कि" = "let
# us tell you that"); generic Hindi and English news idiom.  "उधर", "इधर" (over there,
# over here: "meanwhile" as a report turns to another place) and "वैसे" (by the way)
# only bridge from the sentence before: 24 March 2020 and 15 BBC Hindi summary
# sentences opened so; so do "इस बीच" (meanwhile), "दूसरी ओर/तरफ" (on the other side:
# 17 March 2020 summary sentences turned so to another place or party) and "बहरहाल"
# (anyway).  Not "उधर से" (from there), "वैसे ही" (just so), "दूसरी तरफ के" (the other
# side's).  English connectives that only add or sequence ("For example,", "Later,",
# "Plus,") go too (see _ENGLISH_CONNECTIVES).
_FILLER_RE = re.compile(
    r"^(?:गौरतलब है कि|उल्लेखनीय है कि|मालूम हो कि|ज्ञात हो कि|(?:आपको )?(?:(?:ये|यह) भी )?बता (?:दें|दे)(?: कि|,)|"
    r"खास बात (?:ये|यह) है कि|दरअसल,?|वहीं,?|इस बीच,?|बहरहाल,?|"
    r"(?:उधर|इधर|वैसे(?:\s+तो)?|दूसरी (?:ओर|तरफ))(?:\s*,|(?=\s)(?!\s+(?:से|में|की|के|का|को|ही|भी|तक|पर)(?!\S)))|"
    r"notably,|meanwhile,|in fact,|interestingly,|"
    r"(?:for example|for instance|plus|later|afterwards?|finally|lastly|then|so|in addition|at the same time),)\s*",
    re.IGNORECASE,
)
# A dateline opening a sentence: "नई दिल्ली:", "NEW DELHI:", "सियोल, एपी।".
_DATELINE_RE = re.compile(r"^[^\s:।,.]{1,20}(?:\s[^\s:।,.]{1,20})?(?:,\s*[^\s:।,.]{1,15})?\s*[:।]\s+(?=\S)")
# ... or a place set off by a dash: "Indianapolis – Several thousand teachers ..." (AEB).
_DASH_DATELINE_RE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+[—–-]\s+(?=\S)")


# News prose states; a sentence shouting its end outside any quotation sells ("Book your tickets
# through KLOOK easily ... today!", "Deixe suas dúvidas e opiniões aqui embaixo!": 16 AEB summary
# sentences so ended, nearly all from blogs' and shops' promotion).  Hindi papers end
# headline-like statements so for emphasis ("चूहों की कमी के चलते विकसित नहीं हो पा रही है
# कोरोना की दवा!"): the rule is not theirs.
_QUOTE_MARKS_RE = re.compile(r"[\"“”]")
# An interviewer's line, labelled so, is a question whatever it ends on ("प्रश्न- आप कोरोना
# से बचने के लिए लगातार विभिन्न सलाह दे रहे हैं ।", March 2020, Dainik Jagran's interview).
_QUESTION_LABEL_RE = re.compile(r"^(?:प्रश्न|सवाल|Q|Question)\s*[-:–—]\s", re.IGNORECASE)
# A Hindi sentence never opens on a case marker: "के डर के कारण लोग मटन की खरीदारी
# से परहेज कर रहे हैं" lost its noun where the page was cut into pieces (March 2020,
# Amar Ujala).  ("पर" also means "but", and opens sentences.)
_CASE_MARKERS = frozenset("के की का को से में ने तक".split())


_ALNUM_RE = re.compile(r"[^\W_]")  # a letter or digit of any script (what str.isalnum accepts)
_LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=131072)  # the same sentence is asked about by several stages
def looks_like_boilerplate(text: str) -> bool:
    """True for text that is not reporting prose: furniture, headings, questions, fragments."""
    text = text.strip()
    n_words = len(text.split())
    if n_words < MIN_WORDS or n_words > MAX_WORDS:
        return True
    tidy = tidy_sentence(text)
    if sum(1 for token in tidy.split() if _ALNUM_RE.search(token)) < MIN_WORDS:
        # the words left once its bullet, dateline or kicker go, a danda set off by a
        # space not counted ("- पणजी: गोवा के मुख्यमंत्री डॉक्टर ।", "जिनसे मटन में कोरोनावायरस न फैले ।")
        return True
    if text.endswith("?") or text.rstrip("\"”'’").endswith("?") or _QUESTION_LABEL_RE.match(text):
        return True
    if text.endswith("!") and not _QUOTE_MARKS_RE.search(text) and not DEVANAGARI_RE.search(text):
        return True  # a call to action or a promotion ("Book your tickets ... today!")
    if not text.endswith(_TERMINAL):
        return True  # headings and teasers carry no full stop
    if _FURNITURE_RE.search(text) or _CALL_TO_ACTION_RE.match(text) or _VENUE_MARK in text:
        return True
    if text.count("|") >= 2 or text.count("•") >= 1:
        return True
    if text.startswith("(") and text.rstrip(".।").endswith(")") and text.count("(") == 1:
        return True  # an aside in brackets ("(Watergate, remember, took more than two years to unfold.)")
    if _REFERENCE_ITEM_RE.match(text):
        return True  # a numbered reference ("[1] Alarm fatigue: impacts on patient safety, Ruskin KJ ...", AEB)
    if _LABEL_TAIL_RE.search(text):
        return True  # a heading and its dateline, or a table's row ("... आपाधापी : सीवान ।", "डीसी अमित कुमार : 1410 लोग ।")
    if len(_TABLE_CELL_RE.findall(text)) >= TABLE_MIN_CELLS:
        return True  # a table's rows run together ("धोनी: 162 मैच, 91 जीतमोहम्मद अज़हरुद्दीन: 174 मैच, ...")
    last = words(text)[-1:]
    if last and last[0].lower() in _CUT_ENDS:
        return True  # a teaser cut at its conjunction ("लोगों ने कहा- सालों से था इंतजार लेकिन.", March 2020)
    # A Hindi article's sentence that is mostly Latin words is a slug or a label.
    if DEVANAGARI_RE.search(text):
        tokens = text.split()
        latin = sum(1 for t in tokens if _LATIN_LETTER_RE.search(t))
        if latin * 2 > len(tokens):
            return True
        if is_fragment(text) or text.split(maxsplit=1)[0] in _CASE_MARKERS:
            return True
    # (as the summary would show it: "भारतीय टीम: महेंद्र सिंह धोनी (कप्तान), वीरेंदर सहवाग, ..."
    # is a squad once its kicker goes, BBC Hindi)
    return is_list_of_items(text) or is_list_of_items(tidy)


# A list set as a sentence: three or more items of a few words each, commas between
# them and "और"/"and" before the last, and no verb ("... वी. ओ. चिदम्बरनार, विशाखापट्टनम,
# पारादीप और कोलकाता (हल्दिया समेत) ।", a cricket squad of eleven names, "दवा की दुकानें,
# किराने का सामान, होमडिलीवरी का ई-कामर्स ।", "1 scoop Shakeology, 1 cup spinach, ...":
# March 2020, BBC Hindi and AEB summaries).  A clause with its verb in the last item
# ("..., युवराज सिंह ने 18 और सुरेश रैना ने 21 रन की पारी खेली") makes that item longer.
LIST_ITEM_MAX_WORDS = 5
LIST_MIN_ITEMS = 3
_LIST_SEPARATOR_RE = re.compile(r"\s*[,;]\s*(?:(?:और|एवं|तथा|या|and|or|&)\s+)?|\s+(?:और|एवं|तथा|या|and|or|&)\s+")
# What shows a Hindi clause, not a list of nouns: a verb, or a case marker or negation
# that only a verb's arguments take ("अपने कमरे, रसोई और बाथरूम को साफ रखें": the
# imperative -ें is also a plural noun's ending, "दुकानें").
_HINDI_CLAUSE_WORDS = frozenset("को ने न नहीं मत चाहिए चाहिये".split())
# An English list's items are names or quantities, each opening on a capital or a digit;
# with a finite verb it is a clause ("Stadia, Google's streaming gaming platform, launches today"),
# and so with a verb's contraction ("There’s electronic damping control, ...").
_CONTRACTION_RE = re.compile(r"['’](?:s|m|re|ve|ll|d|t)\b", re.IGNORECASE)


def is_list_of_items(text: str) -> bool:
    """Is the sentence a list of short items with no verb (names, places, quantities)?"""
    body = text.strip().rstrip("।.!\"”'’ ")
    items = [item.strip() for item in _LIST_SEPARATOR_RE.split(body) if item.strip()]
    if len(items) < LIST_MIN_ITEMS or any(len(item.split()) > LIST_ITEM_MAX_WORDS for item in items):
        return False
    if DEVANAGARI_RE.search(body):
        # A Hindi clause ends on its verb: only an item's last word may be one ("घोषणा की");
        # inside an item की is the genitive ("दवा की दुकानें").
        last_words = [item_words[-1] for item_words in map(words, items) if item_words]
        return not any(t in _HINDI_CLAUSE_WORDS for t in words(body)) and not any(
            HINDI_VERB_END_RE.search(w) for w in last_words)
    return (all(item[0].isupper() or item[0].isdigit() for item in items)
            and not ENGLISH_VERB_RE.search(body) and not _CONTRACTION_RE.search(body))


def _is_place(name: str) -> bool:
    """Is ``name`` (a dateline's first part, "Guwahati" or "Guwahati, Assam") a gazetteer place?"""
    try:
        from khabar.analyse.gazetteer import lookup, name_tokens
    except Exception:
        return False
    return lookup(name_tokens(name.split(",")[0])) is not None


# A list marker opening a sentence: "- ", "– ", "* ", "1. ", "2) "; or markup left glued to
# the first word ("=जागरूकता के लिहाज से ...", March 2020 Dainik Hindustan; "-टीडीएस पर
# ब्याज ...", Amar Ujala), a dash only before a letter ("-5 करोड़" may be a minus).
_BULLET_RE = re.compile(r"^(?:[-–—*•]+|\d{1,2}[.)])\s+(?=\S)|^[=#~_|>*]+(?=\w)|^[-–—](?=[^\W\d])")


# A sub-heading run into its section's first sentence, set off by a spaced colon:
# "क्या है जीनोम सीक्वेंस : कोरोना वायरस 29,903 न्यूक्लियोडाइट्स ... से बना है ।",
# "अनाज से हवन करने की परंपरा : पंडित त्रिपाठी के मुताबिक ..." (March 2020, four
# summary sentences).  Up to this many words; a colon after a verb of saying
# opens the words said ("उन्होंने कहा : ...").
SECTION_KICKER_MAX_WORDS = 8


def _is_section_kicker(kicker: str, rest: str) -> bool:
    """Is ``kicker`` (the words before a colon) a sub-heading and ``rest`` its sentence?"""
    kicker_words = kicker.split()
    if not kicker.endswith((" ", "\u00a0")) or not 3 < len(kicker_words) <= SECTION_KICKER_MAX_WORDS:
        return False
    if normalise(kicker_words[-1]) in REPORTING_HI or is_fragment(rest, initial=True):
        return False
    return len(rest.split()) >= MIN_WORDS


# A space before a comma or the full stop is a page's typesetting ("Senator representing Yobe
# North , Ahmad Lawan , on Tuesday", "... annual recess .": AEB); Hindi papers set the danda
# off so by house style, and keep it.
_SPACE_BEFORE_COMMA_RE = re.compile(r"(?<=\w)\s+(?:([,;])(?=\s)|([.!?])$)")


@lru_cache(maxsize=131072)  # asked of a sentence by several stages (46k calls for the March 2020 digest)
def tidy_sentence(text: str) -> str:
    """Strip kickers, datelines and Latin glosses so the sentence reads cleanly."""
    text = _BULLET_RE.sub("", text.strip())
    if DEVANAGARI_RE.search(text):
        match = _KICKER_RE.match(text)
        if match and script_of(match.group(1)) == "latn" and DEVANAGARI_RE.search(text[match.end():]):
            text = text[match.end():]
        elif match and len(match.group(1).split()) <= 3:
            text = text[match.end():]
        elif match and _is_section_kicker(match.group(1), text[match.end():]):
            text = text[match.end():]
        dateline = find_dateline(text)  # agency copy: "नयी दिल्ली, दो मार्च (भाषा) ..."
        if dateline:
            text = text[dateline[1]:]
        text = _LATIN_GLOSS_RE.sub("", text)
    else:
        match = _DATELINE_RE.match(text)
        if match and (match.group(0).strip()[:-1].isupper() or _is_place(match.group(0).strip()[:-1])):
            text = text[match.end():]  # "NEW DELHI:", "Guwahati:"
        dateline = find_dateline(text)  # "BUFFALO, N.Y. — ...", "WASHINGTON (Reuters) - ..."
        if dateline:
            text = text[dateline[1]:]
        match = _DASH_DATELINE_RE.match(text)
        if match and _is_place(match["place"]):
            text = text[match.end():]
    text = _FILLER_RE.sub("", _FILLER_RE.sub("", text))  # "बहरहाल, आपको बता दें कि ...": two in a row
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"\.{2,}$", ".", text)
    if not DEVANAGARI_RE.search(text):
        text = _SPACE_BEFORE_COMMA_RE.sub(lambda m: m.group(1) or m.group(2), text)
    if text[:1].islower() and not DEVANAGARI_RE.match(text):
        text = text[0].upper() + text[1:]
    return text


_STRAIGHT_QUOTE_RE = re.compile(r"''|[\"']")


def closed_quotation(text: str) -> str:
    """The sentence with the quotation it opens closed at its end: the quoted
    words run on into the report's next sentence, which the summary need not
    show ('वॉलर ब्रिज कहती हैं, “ये सीन नाटक में बेहद ज़रूरी था.': 17 BBC Hindi
    summary sentences left a quotation open)."""
    if text.count("“") > text.count("”"):
        return text + "”"
    # BBC Hindi writes a double mark as two single ones (''), and Hindi papers quote with
    # a single one ("ने कहा, 'शख्स की स्थिति स्थिर है ।": 23 March 2020 and 55 BBC Hindi
    # summary sentences opened a quotation with one of these that the next sentence closed).
    marks = list(_STRAIGHT_QUOTE_RE.finditer(text))
    doubles = [m for m in marks if m.group() != "'"]
    singles = [m for m in marks if m.group() == "'"] if DEVANAGARI_RE.search(text) else []
    for kind in (doubles, singles):
        if len(kind) % 2 == 1:
            at = kind[-1].start()
            if at == 0 or text[at - 1] in " ,:(":  # the odd mark opens a quotation
                return text + kind[-1].group()
    return text


def spell_date(iso: str, language: str | None) -> str | None:
    """"2023-09-12" as "12 सितंबर" (hi) or "12 September" (en); None if not a date."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    names = HINDI_MONTHS if language == "hi" else ENGLISH_MONTHS
    return f"{day.day} {names[day.month][0]}"


def _names_month(word: str) -> bool:
    return month_number(word) is not None


def dated_right_after(text_after: str) -> bool:
    """Does the text right after a relative day give its date ("दो दिन पहले 11 मार्च
    को")?  Then that date is the source's own; the relative day adds nothing.  (A
    weekday so glossed, "रविवार 22 मार्च", is dropped already by analyse.times.)"""
    following = re.match(r"\s*,?\s*\d{1,2}\s+(\S+)", text_after)
    return bool(following) and _names_month(following.group(1).strip("(),.।"))


# A "today"/"yesterday"/"tomorrow" before the weekday it names: "आज मंगलवार", "कल यानी रविवार",
# "today, Tuesday".
_THAT_IS = "|".join(HINDI_THAT_IS)
_DEICTIC_DAY_RE = re.compile(rf"(?:आज|कल|today|yesterday|tomorrow),?\s+(?:(?:{_THAT_IS})\s+)?(?=\S)", re.IGNORECASE)


def _open_quotes(text: str) -> tuple[int, bool]:
    """Curly quotations opened and not closed (negative: closed and not opened), and
    whether a straight one is left open."""
    return text.count("“") - text.count("”"), text.count('"') % 2 == 1


def _inside_quote(text: str, position: int) -> bool:
    """Is ``position`` inside a quotation opened before it?"""
    curly, straight = _open_quotes(text[:position])
    return curly > 0 or straight


def in_quotation(text: str, position: int) -> bool:
    """Is ``position`` inside a quotation, opened before it or closed after it
    (a sentence may begin or end inside a longer quotation)?"""
    curly, straight = _open_quotes(text[position:])
    return _inside_quote(text, position) or curly < 0 or straight


# A short bracket right after a day reference: the source's own gloss of it ("कल (सोमवार)").
_DAY_GLOSS_RE = re.compile(r"\s*\(([^()]{1,30})\)")


def _after_own_gloss(unit: Unit, body: str, at: int) -> int:
    """Where a resolved date goes after the day reference ending at ``at``: past the
    bracket that follows it when that bracket holds another of the sentence's day
    references ("कल (सोमवार) (23 मार्च)"), else right there."""
    gloss = _DAY_GLOSS_RE.match(body, at)
    if gloss and any(gloss.start(1) <= other.start - unit.start < gloss.end(1) for other in unit.times):
        return gloss.end()
    return at


def with_resolved_dates(unit: Unit) -> str:
    """The sentence with relative day references resolved in brackets.

    "मंगलवार को रूस पहुंचे" becomes "मंगलवार (12 सितंबर) को रूस पहुंचे", so the
    reader sees the date khabar worked out and can check it against the source.
    """
    body = unit.text
    inserts = []
    for time in unit.times:
        if not is_day_date(time):
            continue
        if re.search(r"\d", time.text) or any(_names_month(w) for w in time.text.split()):
            continue  # already an explicit date ("4 मार्च", "चार मार्च")
        rel_end = time.end - unit.start
        spelled = spell_date(time.date, unit.language)
        if re.match(r"\s*\([^)]*\d", body[rel_end:]):
            continue  # the source already dates it in brackets
        if dated_right_after(body[rel_end:]):
            continue  # "दो दिन पहले 11 मार्च को": the source names the day itself
        rel_start = time.start - unit.start
        if _inside_quote(body, rel_start):
            continue  # a speaker's "today" is theirs (and often "nowadays": "consoles that exist today")
        if body[rel_start - 1: rel_start] == "(" and body[rel_end: rel_end + 1] == ")":
            continue  # the source's own gloss of the day before it: "कल (सोमवार)"
        if spelled and 0 < rel_end <= len(body) and body[rel_start: rel_end] == time.text:
            at = _after_own_gloss(unit, body, rel_end)  # not "कल (23 मार्च) (सोमवार (23 मार्च))"
            inserts.append((at, at, f" ({spelled})"))
            deixis = _DEICTIC_DAY_RE.match(time.text)
            if deixis:
                # "आज मंगलवार (12 सितंबर)": "today" is the report's day, not the
                # reader's; the weekday and the date say it
                inserts.append((rel_start, rel_start + deixis.end(), ""))
    for start, end, insert in sorted(inserts, reverse=True):
        body = body[:start] + insert + body[end:]
    return body


def checkable_claims(unit: Unit) -> set[tuple[str, object]]:
    """What a reader can look up of a sentence in its source: the figures it
    gives and the days it names."""
    return {("figure", f) for f in figures(unit.text)} | {("day", d) for d in unit.day_dates()}


def claims_by_article(units: Sequence[Unit]) -> dict[str, set[tuple[str, object]]]:
    """Every figure and day each article gives, in any of its sentences."""
    out: dict[str, set[tuple[str, object]]] = {}
    for unit in units:
        out.setdefault(unit.article_id, set()).update(checkable_claims(unit))
    return out


@dataclass
class Group:
    """Sentences from one or more outlets that state one fact."""

    units: list[Unit] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(unit.article_id for unit in self.units))


# A wire story as the feed sends it: the desk's slug and number, keywords, the
# headline and the dateline run into its first sentence ("दि94 दिल्ली कोरोना वायरस
# डीएमआरसी कोरोना वायरस: दिल्ली मेट्रो ने परामर्श जारी किया ... नयी दिल्ली, ...";
# PTI-Bhasha's desks; 63 such openings in March 2020, six of them had reached
# summaries).  The timeline and the disagreements still read the dated clause or
# the count inside it; a summary would show the feed's furniture.  The desk may
# follow its number too ("खेल28खेल कोरोना बास्केटबाल क्वालीफायर ...").
_WIRE_DESKS = "दि|प्रादे|वि|खेल|अर्थ|मनो"
_WIRE_SLUG_RE = re.compile(rf"^(?:{_WIRE_DESKS})\d{{1,3}}(?:{_WIRE_DESKS})?\s")


def candidate_units(units: Sequence[Unit]) -> list[Unit]:
    """The sentences a summary may show: prose, and no wire feed's slug line."""
    return [u for u in units if not looks_like_boilerplate(u.text) and not _WIRE_SLUG_RE.match(u.text)]


def dedupe_within_articles(units: Sequence[Unit]) -> list[Unit]:
    """Drop a sentence its own article already said (leads repeated as teasers)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for unit in units:
        key = (unit.article_id, " ".join(unit.tokens) or unit.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(unit)
    return out


def _in_matrix(unit: Unit, sim) -> bool:
    matrix = getattr(sim, "matrix", None)
    units = getattr(sim, "units", None)
    return matrix is not None and 0 <= unit.position < len(units) and units[unit.position] is unit


def group_units(units: Sequence[Unit], sim) -> list[Group]:
    """Greedy grouping: a sentence joins the group it matches best when it
    reaches MERGE with some member (or shares a fact key with another outlet's
    member, naming no other place: :func:`fact_keys`) and stays above MERGE/2
    with all of them (no chaining of loosely related sentences)."""
    import numpy as np

    groups: list[Group] = []
    group_of: dict[int, Group] = {}
    expects = {id(u): is_expectation(u.text) for u in units}
    others_told = {id(u): tells_of_another(u.text) for u in units}
    terms_of = {id(u): set(u.tokens) | u.entity_keys for u in units}
    places_of = {id(u): place_keys(u) for u in units}
    # (each sentence's figures once: a group's members are checked against every newcomer)
    figures_of = {id(u): figures(u.text) for u in units}
    own_of = {id(u): own_words(u) for u in units}
    by_position = {u.position: u for u in units if _in_matrix(u, sim)}
    # Per group, kept as members join (an event of thousands of like sentences, a feed's
    # items of one template, had taken minutes re-reading every member for each sentence):
    # the members' places in the similarity matrix (None once one is not in it), so a
    # sentence's scores against all of them are one read of its row; and which
    # (expectation, "another") kinds of statement the members are.
    positions_of: dict[int, list[int] | None] = {}
    # Each sentence's group (its index in ``groups``) by its place in the matrix, -1 for none yet.
    group_at = np.full(len(sim.matrix) if getattr(sim, "matrix", None) is not None else 0, -1, dtype=np.int64)
    index_of: dict[int, int] = {}
    kinds_of: dict[int, set[tuple[bool, bool]]] = {}
    seen: list[Unit] = []
    stating: dict[tuple, list[Unit]] = {}  # a fact key -> the sentences holding it
    for unit in units:
        in_matrix = unit.position in by_position and by_position[unit.position] is unit
        # Only groups holding a sentence that reaches MERGE can take this one;
        # the similarity matrix finds those without a Python loop per pair.
        # (Groups are kept in the order first met, each once: a list scanned for each one
        # had made an event of thousands of like sentences take minutes, a feed's 3,000
        # items of one template; a Python step per near sentence, 4 s of its 11.)
        if in_matrix:
            hits = group_at[np.nonzero(sim.matrix[unit.position] >= MERGE)[0]]
            hits = hits[hits >= 0]  # (sentences not grouped yet, this one among them, have none)
            _, first = np.unique(hits, return_index=True)
            candidates = [groups[k] for k in hits[np.sort(first)].tolist()]
        else:
            candidates, met = [], set()
            for other in seen:
                if sim(unit, other) >= MERGE and id(group_of[id(other)]) not in met:
                    met.add(id(group_of[id(other)]))
                    candidates.append(group_of[id(other)])
        listed = {id(group) for group in candidates}
        # ... and groups holding another outlet's sentence with the same fact key (a
        # count of a thing, a day at a place), however differently worded.
        facts = fact_keys(unit)
        keyed: set[int] = set()
        for fact in sorted(facts, key=repr):  # (a set's order follows the hash seed)
            for other in stating.get(fact, ()):
                if id(group_of[id(other)]) in keyed:
                    continue  # its group is in already (a template feed's count met hundreds of times)
                if (other.article_id != unit.article_id and places_agree(places_of[id(unit)], places_of[id(other)])
                        and sim(unit, other) >= MERGE / 2):
                    group = group_of[id(other)]
                    keyed.add(id(group))
                    if id(group) not in listed:
                        listed.add(id(group))
                        candidates.append(group)
        best, best_score = None, 0.0
        terms = terms_of[id(unit)]
        expecting = expects[id(unit)]
        another = others_told[id(unit)]
        reports = reported_tokens(unit.text) is not None
        unit_figures = figures_of[id(unit)]
        counts = bool(unit_figures)
        for group in candidates:
            # A plan and a report of the act are two statements, not one; nor
            # are a happening and "another" of its kind.
            if kinds_of[id(group)] != {(expecting, another)}:
                continue
            # The scores decide first: the tests after them read every member, and a feed
            # of one template makes groups of hundreds (500 items of 10 sentences: 30 s
            # here).  The tests' order changes nothing but the time.
            positions = positions_of[id(group)]
            if positions is not None and in_matrix:
                scores = sim.matrix[unit.position, positions].tolist()
            else:
                scores = [sim(unit, member) for member in group.units]
            top = max(scores)
            if not ((top >= MERGE or id(group) in keyed) and min(scores) >= MERGE / 2 and top > best_score):
                continue
            if not any(
                (len(terms & terms_of[id(m)]) >= MIN_SHARED
                 and not _say_only_own_words(own_of[id(unit)], own_of[id(m)]))
                or (m.language and unit.language and m.language != unit.language)  # no shared words across languages
                for m in group.units
            ):
                continue
            if reports and any(_say_different_things(unit, m) for m in group.units):
                continue  # one speaker's two statements share only the speaker's words
            if counts and any(score < SAME_WORDING and figure_sets_differ(unit_figures, figures_of[id(m)])
                              for m, score in zip(group.units, scores)):
                continue  # "तीन और लोग संक्रमित" / "50 से भी अधिक लोग संक्रमित": two counts, two facts
            best, best_score = group, top
        if best is None:
            best = Group(units=[unit])
            index_of[id(best)] = len(groups)
            groups.append(best)
            positions_of[id(best)] = []
            kinds_of[id(best)] = set()
        else:
            best.units.append(unit)
        if in_matrix:
            group_at[unit.position] = index_of[id(best)]
        positions = positions_of[id(best)]
        if positions is not None:
            if in_matrix:
                positions.append(unit.position)
            else:
                positions_of[id(best)] = None
        kinds_of[id(best)].add((expecting, another))
        group_of[id(unit)] = best
        seen.append(unit)
        for fact in facts:
            stating.setdefault(fact, []).append(unit)
    return groups


# Openers that point back at an earlier sentence ("इसके बाद", "This", "He") or
# continue it ("जबकि", "साथ ही", "इसलिए": whereas, also, therefore): such a
# sentence cannot stand alone in a summary.  Generic pronoun and
# demonstrative lists for Hindi and English.
_ANAPHORIC_OPENERS = frozenset(
    """इसके इसकी इसका इससे इसमें इसपर इसी इस उस उसी यह ये वह वो वे उन्होंने उनकी उनके उनका उसने उसकी उसके उसका उसमें उससे उसपर
    उनको इनको उसको इसको यही वही इन्हीं उन्हीं इतना इतनी इतने
    इन इनके इनकी इनका इनमें इन्हें इन्होंने उन उनमें उन्हें उसे इसे सभी उक्त
    जहां जहाँ जिस जिसके जिससे जिसमें जिसका जिसकी जिसे जिसपर जिसको जिन जिनका जिनकी जिनके जिनमें जिनसे जिनपर जिनको जिन्हें जिन्होंने जो ताकि क्योंकि यहां यहाँ वहां वहाँ वहीं ऐसे ऐसा ऐसी हालांकि हालाँकि लेकिन तीनों चारों
    जबकि परन्तु परंतु किंतु किन्तु मगर बल्कि इसलिए अतः साथ मतलब फिर तब पर
    this that these those it he she they his her their its such there however but and
    yet nor also besides moreover furthermore instead thus hence therefore consequently
    similarly likewise additionally surely
    मैं मैंने मुझे हम हमने हमें मेरे मेरी मेरा हमारे हमारी हमारा i we my our
    हां हाँ yes""".split()
) | frozenset(HINDI_THAT_IS)
# (पर, a postposition anywhere else, opening a sentence is "but": "पर उन्होंने कहा है
# कि राज्य में भ्रष्टाचार बहुत बढ़ गया है", BBC Hindi.)
# (First-person openers are quotes: their speaker is named around them, and
# "मैं अगले दिन दुष्यंत के बगल में बैठा रहा था" alone does not say who spoke.
# "हां" (yes) answers the question before it: "हाँ लेकिन डायलॉग बोलना बहुत मुश्किल है"
# in a BBC Hindi interview.)


# A relative pronoun opens a whole sentence when its correlative follows
# ("जिन लोगों की उम्र 58 से ज़्यादा है, उन्हें ..."); alone it is the tail of
# the sentence before ("जिनका काम लॉकडाउन होने से ठप पड़ गया है").
_RELATIVES = frozenset(
    "जो जिस जिसके जिससे जिसमें जिसका जिसकी जिसे जिसपर जिसको जिन जिनका जिनकी जिनके जिनमें जिनसे जिनपर जिनको जिन्हें"
    " जिन्होंने जहां जहाँ".split())
_CORRELATIVES = frozenset("वह वो वे उन्हें उनको उस उसे उसको उन उनके उनकी उनका उनमें उसके उसकी उसका तो वहां वहाँ वहीं".split())
# "जहां" (where) is taken up by a place or "then" only: in "जहां रात में उसकी मौत हो
# गयी" the "उसकी" is someone named before, and the clause is the tail of the
# sentence before it (March 2020, Prabhat Khabar).
_PLACE_RELATIVES = frozenset("जहां जहाँ".split())
_PLACE_CORRELATIVES = frozenset("तो वहां वहाँ वहीं".split())
# Further forms that take up a relative clause inside a sentence ("जो कुल 83 मामले हैं उसमें ...").
_TAKE_UP = _CORRELATIVES | frozenset("उसमें उससे उसने उसपर उनसे उनपर उन्होंने यह ये इसे इसका इसकी इसके इनमें इन्हें".split())
# Words a Hindi clause ends on when it ends on its verb: auxiliaries and the
# perfective/future forms news prose uses.  Generic Hindi grammar.
HINDI_VERB_END_RE = re.compile(
    r"^(?:है|हैं|हूं|हूँ|था|थी|थे|थीं|हो|होगा|होगी|होंगे|गया|गई|गयी|गए|गये|गईं|हुआ|हुई|हुए|हुईं|किया|की|किए|किये|"
    r"कहा|दिया|दी|दिए|दिये|लिया|ली|लिए|रहा|रही|रहे|सका|सकी|सके|चुका|चुकी|चुके|पाया|पाई|पाए|बताया|"
    r"मिला|मिली|मिले|आया|आई|आए|करेगा|करेगी|करेंगे|जाएगा|जाएगी|जाएंगे|"
    r"खोला|खोली|खोले|लौटा|लौटी|लौटे|पहुंचा|पहुंची|पहुंचे|भेजा|भेजी|भेजे|रखा|रखी|रखे|लिखा|देखा|माना|चला|चली|चले)$"
    r"|(?:ेगा|ेगी|ेंगे|ेंगी|ाया|ाई|ाए|ाएगा|ाएगी)$"
)
# English: a finite verb somewhere in the clause (past tense, auxiliary, "said").
ENGLISH_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|told|met|went|came|"
    r"made|took|gave|left|began|saw|found|hit|set|put|shut|\w{3,}ed)\b",
    re.IGNORECASE,
)
# Hindi auxiliaries and the commonest perfective forms: a clause holding one has its verb.
# (The copula's present and past forms on their own tell the perfect from the simple past:
# "17 मामले सामने आए हैं" against "छह मामले सामने आए".)
COPULA_HI = frozenset("है हैं था थे थी थीं".split())
AUXILIARIES_HI = COPULA_HI | frozenset("हो होगा होगी होंगे गया गई गए गयी गये रहा रही रहे".split())
# A relative clause opened this close after the start of its clause (or after "कि") hangs
# off a bare noun phrase: "... ने जानकारी दी कि आठ विदेशी नागरिक जो आज सुबह ... पाए गए थे ।"
_FRAGMENT_HEAD_WORDS = 4


def _taken_up(relative: str, rest: Sequence[str], forms: frozenset) -> bool:
    """Does a word of ``rest`` take up the relative clause ``relative`` opens (one of
    ``forms``; for "जहां", only a place word or "तो")?"""
    if relative in _PLACE_RELATIVES:
        forms = _PLACE_CORRELATIVES
    return any(t in forms for t in rest)


def is_fragment(text: str, *, initial: bool = False) -> bool:
    """Is the Hindi sentence a noun phrase and its relative clause, with no main clause?

    Such "sentences" are cut mid-way in the source (a full stop typed after the relative
    clause: March 2020 Amar Ujala reports), or are a clause cut from one ("आज देश जिस
    संकट के दौर से गुजर रहा है"); nothing takes the relative clause up again (a
    correlative "वे", "उन्हें", ...), and before the relative ("जो", "जिस", "जिन" ...)
    stand a few words with no verb.  With ``initial``, a relative clause opening the text
    with nothing taking it up is one too ("जिस मरीज की कल मौत हुई": a clause cut from its
    sentence; a whole sentence so opening is the tail of the one before, see is_anaphoric)."""
    tokens = words(text)
    if initial and tokens and tokens[0] in _RELATIVES and not _taken_up(tokens[0], tokens[1:], _TAKE_UP):
        return True
    # ("जहां" is left out: as often "whereas" or a place clause the predicate follows)
    relatives = [k for k, t in enumerate(tokens) if t in _RELATIVES and t not in _PLACE_RELATIVES]
    if not relatives:
        return False
    at = relatives[-1]
    head = tokens[:at]
    if "कि" in head:
        head = head[len(head) - head[::-1].index("कि"):]
    if not head or len(head) > _FRAGMENT_HEAD_WORDS or any(t in AUXILIARIES_HI for t in head):
        return False
    return not any(t in _TAKE_UP for t in tokens[at + 1:])


# A first-person quote anywhere ("सावधानी के तौर पर मैं सेल्फ आइसोलेसन में जा रही हूं") needs
# the sentence that names its speaker, unless it names one itself ("..., उन्होंने कहा").
# The Hindi plural too: whether a "हम" is a quoted official's, the reporter's or a
# country's ("हमारे देश में"), a digest cannot say it in its own voice ("हमने कल देखा कि लोग
# ... लाइन लगा कर खड़े हो गए", "जब नतीजे स्पष्ट होंगे, तब हम उसकी घोषणा करेंगे" had stood in
# March 2020 summaries).  English "we" is left as it was (not tried on AEB).  "मै" is a
# common spelling of "मैं".
_FIRST_PERSON = frozenset("मैं मै मैंने मैने मेरे मेरी मेरा मुझे हूं हूँ हम हमने हमें हमे हमारा हमारी हमारे i me my".split())
# Verbs that speak in the first person singular by their ending: "करूंगा", "जाऊँगी".
_FIRST_PERSON_VERB_RE = re.compile(r"[ूऊ][ंँ]ग[ाी]$")
# Words that name whose words follow: verbs of saying, in the present too ("सरपंच खुर्शीद
# मलिक कहते हैं, ''हमें ...''", BBC Hindi), and "according to" ("प्रोफ़ेसर जोंस के अनुसार, ...").
_SAYS = REPORTING_HI | REPORTING_EN | frozenset(
    normalise(w) for w in "कहते कहती कहता बताते बताती बताता मानते मानती मानता अनुसार मुताबिक".split())


# A sentence that opens inside a quotation names its speaker after the quote closes
# ('"...," Clarke said', '"...", मोदी ने कहा'); one that names none there ('"The plate is
# really full today', '“In fact, we do not have the right ...”' on AEB pages) is someone's words
# with the someone in another sentence.  (A single ‘ opens names in Hindi papers: ‘जयपुर फुट'.)
_OPENING_QUOTES = ('"', "“")


def opens_unattributed_quote(text: str) -> bool:
    """Does the text open inside a quotation that names no speaker once it closes?"""
    text = text.strip()
    if text[:1] not in _OPENING_QUOTES:
        return False
    closes = [i for i in (text.find('"', 1), text.find("”", 1)) if i > 0]
    if not closes:
        return True
    return not any(normalise(w.lower()) in _SAYS for w in words(text[min(closes) + 1:]))


# A wish that ends a sentence with no verb is someone's message quoted bare ("...
# नीतीश कुमार जी को जन्मदिन की हार्दिक बधाई.", a minister's tweet under the crosshead
# "तेजप्रताप ने बताया महान व्यक्तित्व", March 2020): the summary would send it in its own
# voice.  Its sender is named elsewhere, if anywhere.
_BARE_WISH_RE = re.compile(r"(?:बधाई|बधाइयां|शुभकामनाएं|शुभकामनाएँ|शुभकामना|मंगलकामनाएं|मंगलकामनाएँ|मंगलकामना"
                           r"|श्रद्धांजलि|श्रद्धांजली|नमन)\s*[।.!]*[\"”'’]?\s*$")


def sends_bare_wish(text: str) -> bool:
    """Does the sentence end on a wish (congratulations, greetings, homage) with no
    verb of saying to name who sends it?"""
    return bool(_BARE_WISH_RE.search(text.strip())) and not any(normalise(w.lower()) in _SAYS for w in words(text))


def quotes_unnamed_speaker(text: str, *, from_word: int = 0) -> bool:
    """Does the text speak in the first person (from word ``from_word`` on)
    without a reporting verb that would name the speaker?"""
    tokens = words(text)
    return (any(t.lower() in _FIRST_PERSON or _FIRST_PERSON_VERB_RE.search(t) for t in tokens[from_word:])
            and not any(normalise(t.lower()) in _SAYS for t in tokens))


# A sentence that only attributes the one before it ("जयशंकर ने इसकी जानकारी
# दी", "officials confirmed this"): it says who told, not what.  In the March
# 2020 digests seven summary sentences were nothing else.  Generic Hindi and
# English news idiom.
_ATTRIBUTES_PREVIOUS_RE = re.compile(
    r"(?:इसकी|इसका|इसके|इस बात की|इस बारे में|यह)\s+(?:\S+\s+){0,2}(?:जानकारी|पुष्टि|सूचना|खुलासा|ऐलान|घोषणा)"
    r"(?:\s+\S+){0,6}?\s+(?:दी|दीं|की|किया|दिया)(?:\s+(?:है|हैं|थी|था|गई|गयी))?\s*[।.!]?\s*$"
    r"|\b(?:confirmed|announced|reported|said|disclosed)\s+(?:this|it|that)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def attributes_previous(text: str) -> bool:
    """Does the sentence only say who told what the sentence before it said?"""
    match = _ATTRIBUTES_PREVIOUS_RE.search(text.strip())
    # "कंपनी ने स्वास्थ्य विभाग को इसकी सूचना नहीं दी": a failure to tell is news.
    return bool(match) and not negated(match.group(0))


def _time_lead_re() -> re.Pattern:
    """A day (and part of it) opening a sentence: "बुधवार (11 मार्च) को", "25 फरवरी को",
    "सोमवार की शाम", "आज", "On Monday"."""
    def alt(*tables):
        forms = (f for table in tables for fs in table.values() for f in fs)
        return "|".join(sorted(forms, key=len, reverse=True))

    date = rf"\d{{1,2}}\s+(?:{alt(HINDI_MONTHS, ENGLISH_MONTHS)})(?:\s+\d{{4}})?"
    day = rf"(?:(?:{alt(HINDI_WEEKDAYS, ENGLISH_WEEKDAYS)})(?:,?\s+{date})?|{date})"  # "रविवार 22 मार्च को"
    part = rf"(?:{'|'.join(HINDI_DAY_PARTS)}|देर\s+रात|देर\s+शाम|morning|evening|night)"
    return re.compile(
        rf"^(?:(?:बीते|पिछले|गत|इस|आज|कल|On|on|Last|last)\s+(?:(?:{_THAT_IS})\s+)?)?(?:{day}|आज|कल|Today|Yesterday)"
        rf"(?:\s*\([^)]*\))?(?:\s+(?:की|को))?(?:\s+{part})?(?:\s+(?:को|तक))?\s*,?\s+")


# Hindi puts a time adverbial before the subject ("बुधवार को उसे आइसोलेट किया
# गया"): the sentence's opener is the word after it.
_TIME_LEAD_RE = _time_lead_re()


def is_partial_quote(text: str) -> bool:
    """Does a quotation open in the sentence and not close (or close without
    opening)?  The sentence splitter cut a longer quote: this piece needs the
    rest of it and its speaker ('"At no point did we say Taylor could not
    perform.' in an AEB page)."""
    curly, straight = _open_quotes(text)
    return curly != 0 or straight or _single_quote_cut(text)


# Single quotation marks, not apostrophes inside a word ("Kong's", "territory’s").
_SINGLE_QUOTE_RE = re.compile(r"(?<!\w)['‘’]|['‘’](?!\w)")
_ENDS_ON_SINGLE_QUOTE_RE = re.compile(r"[।.!?]['’]+$")


def _single_quote_cut(text: str) -> bool:
    """Does the text end a single-quoted quotation it did not open, or open one
    it does not close?  Hindi papers write names in matched single quotes
    (‘सोनम नूरबो मेमोरियल'), so an unmatched one at an end is a cut quotation:
    "... लॉकडाउन किया जाएगा ।'" (March 2020: Kejriwal's words, his name in the
    sentence before)."""
    text = text.strip()
    odd = len(_SINGLE_QUOTE_RE.findall(text)) % 2 == 1
    return odd and (text[:1] in "'‘" or bool(_ENDS_ON_SINGLE_QUOTE_RE.search(text)))


def _words_after_time_lead(tidy: str) -> list[str]:
    """The words of a tidied sentence after the day that may open it."""
    lead = _TIME_LEAD_RE.match(tidy)
    return words(tidy[lead.end():] if lead else tidy)


# A quotation whose speaker is only a pronoun ('... an entire ecosystem of companies,”
# he said.'): who "he" is, the sentence before told (AEB: a SpaceX quote had followed
# NASA's associate administrator's in a summary, as if his).  English news idiom; a
# Hindi "उन्होंने कहा" opens its sentence and is caught there.
_PRONOUN_ATTRIBUTION_RE = re.compile(
    r"[,.!?]\s*[\"”’']\s*(?:he|she|they)\s+(?:said|says|added|adds|told|wrote|explained|noted|continued|asked)\b",
    re.IGNORECASE,
)


# "और", "तथा" (and) opening a sentence go on from the one before ("और यह अपने आप में एक
# रिकॉर्ड है.", "और फिर 184 के कुल स्कोर पर ...": ten BBC Hindi summary sentences); after a
# time lead they join two days ("शुक्रवार (6 मार्च) और शनिवार (7 मार्च) को ..."), so only
# the sentence's very first word counts.
_CONTINUING_CONJUNCTIONS = frozenset("और तथा एवं".split())
# English discourse connectives (after the Penn Discourse Treebank's list) that open a
# sentence set off by a comma and tie it to what came before, contrasting, concluding from
# or pointing at it: "By contrast, ...", "Otherwise, you may ...", "To that, Cook joked ..."
# (AEB summaries: 15 of 550 English summary sentences opened with a connective).  Those that
# only add or sequence ("For example,", "Later,", "Plus,") are stripped (_FILLER_RE); those
# that sum up or stress ("In sum, the claim ... is wholly unsubstantiated", "Of course")
# stand alone.  The one-word ones in _ANAPHORIC_OPENERS ("however", "also") need no comma.
_ENGLISH_CONNECTIVES = frozenset(" ".join(phrase.split()) for phrase in """
    by contrast|in contrast|by comparison|otherwise|as a result|on the other hand|in other words|
    that said|even so|in turn|to that end|to that|after that|before that|in that case|in this case|
    in each case|in both cases|instead|nevertheless|nonetheless|regardless|rather|in any case|as such|
    accordingly|on top of that|beyond that|despite this|despite that|because of this|because of that|
    for that reason|for this reason""".split("|"))
_CONNECTIVE_OPENER_RE = re.compile(r"^([A-Za-z ]{2,30}),\s")


def _opens_with_connective(tidy: str) -> bool:
    match = _CONNECTIVE_OPENER_RE.match(tidy)
    return bool(match) and " ".join(match.group(1).lower().split()) in _ENGLISH_CONNECTIVES


# A reporting verb with no subject ("बताया कि ...", "कहा कि ...") leaves its speaker to the
# sentence before (six March 2020 summary sentences); the impersonal "बताया जा रहा है
# कि", "बताया गया कि" (it is said) name no one and need no one.
_SUBJECTLESS_REPORT = frozenset("बताया कहा".split())


def is_anaphoric(text: str) -> bool:
    tidy = tidy_sentence(text)
    tokens = _words_after_time_lead(tidy)
    if not tokens:
        return False
    if words(tidy)[0] in _CONTINUING_CONJUNCTIONS or _opens_with_connective(tidy):
        return True
    if tokens[0] in _SUBJECTLESS_REPORT and tokens[1:2] == ["कि"]:
        return True
    if attributes_previous(text) or is_partial_quote(tidy) or opens_unattributed_quote(tidy) or sends_bare_wish(tidy):
        return True
    if _PRONOUN_ATTRIBUTION_RE.search(tidy):
        return True
    if tokens[0].lower() not in _ANAPHORIC_OPENERS:
        return quotes_unnamed_speaker(" ".join(tokens), from_word=1)
    return not (tokens[0] in _RELATIVES and _taken_up(tokens[0], tokens[1:], _CORRELATIVES))


# Object and possessive forms that lean on an earlier sentence wherever they
# stand ("इसकी जानकारी दी", "इन्हें भर्ती", "यहां 28 लोगों की मौत"): the
# sentence is half a statement on its own ("उक्त व्यक्ति", the said man).  Generic Hindi and English.
_INNER_ANAPHORS = frozenset(
    """इसकी इसका इसके इसे इससे इसमें इन्हें इनकी इनका इनके इनमें यहां यहाँ वहां वहाँ वे उक्त""".split()
)
# English binds "they" and "there" within the sentence more often than not ("employees will
# likely receive notice this week that they no longer have a job", "there are others who
# work for affiliates": 391 of 6,861 AEB body sentences hold one past their first word).
# They lean back near the start ("Instead, they did the opposite"; so do "he", "she": "At
# 16, he went to Indiana University") or as a place after a preposition ("from there").
# AEB: WeWork's lead had been passed over for its "they".
_EARLY_PRONOUNS_EN = frozenset({"they", "he", "she", "him", "his", "her"})
EARLY_PRONOUN_REACH_EN = 3
_PLACE_ADVERBS_EN = frozenset({"here", "there"})
_PLACE_PREPOSITIONS_EN = frozenset("in at from to over near into".split())


def _english_leans_back(tokens: Sequence[str]) -> bool:
    if any(w in _EARLY_PRONOUNS_EN for w in tokens[1:EARLY_PRONOUN_REACH_EN]):
        return True
    return any(w in _PLACE_ADVERBS_EN and before in _PLACE_PREPOSITIONS_EN for before, w in zip(tokens, tokens[1:]))


# "वहीं" before a postposition is "right there" ("पांच लोग वहीं पर रह गए"),
# a place named in an earlier sentence; elsewhere it is "whereas" ("जहां ...,
# वहीं ...", "वहीं दूसरी ओर") and leans on nothing.
_THERE_ITSELF = "वहीं"
_POSTPOSITIONS = frozenset("पर से के की का में तक".split())


# A third person's object form near the start of a clause ("डॉ मनीष शर्मा की टीम ने
# उन्हें खेलगांव पहुंचाया था", "फिलहाल उसे ... रखा गया है") is someone named in an
# earlier sentence: no noun it could refer to comes before it.  Further on, the
# clause has usually named them ("... 10 लोग ठीक होने के बाद उन्हें छुट्टी दे दी
# गई"); after a relative or "if" it is the correlative ("जिन ..., उन्हें", "अगर
# कोई ... तो उसे"), and after "कि" the speaker.  Read off the March 2020 summaries
# (65 of 2,963 sentences hold such a form past their first word; the first seven
# words after a time lead catch the dangling ones among them).  So does a
# possessive ("जब सोमवार को उसकी तबीयत खराब हुई", "जानकारी के अनुसार उनकी बेटी
# ...": 14 more of the 2,954 March summary sentences), except right after "और",
# where it is the noun just named ("मार्क जुकरबर्ग और उनकी पत्नी", "थूकने और उसके पाउच").
# The ergative subject forms lean back as well ("बैठक में उन्होंने कहा कि ...", "बाद में उन्होंने
# दिल्ली से ... ट्रेन ली", "पहले उसने निजी क्लिनिक में इलाज कराया": four March 2020 summary
# sentences naming nobody but "he"); as the first word they already open an anaphoric sentence.
_THIRD_PERSON_FORMS = frozenset("उन्हें उनको उसे उसको उसकी उसके उसका उनकी उनके उनका उन्होंने उसने".split())
_THIRD_PERSON_REACH = 7
_BINDERS = _RELATIVES | frozenset("अगर यदि कोई कि".split())


def _early_third_person(tokens: Sequence[str]) -> bool:
    if tokens and tokens[0] in _BINDERS:
        return False  # "जिस व्यक्ति को बुखार है, उसे ...": the correlative
    for before, word in zip(tokens[0:_THIRD_PERSON_REACH - 1], tokens[1:_THIRD_PERSON_REACH]):
        if word in _BINDERS:
            return False
        if word in _THIRD_PERSON_FORMS and before != "और":
            return True
    return False


# A person named by a bare noun that a case marker follows ("युवक के सैंपल जांच के लिए
# भेजे गए", "बुजुर्ग ने सुबह आठ बजे अंतिम सांस ली", "अधिकारी ने कहा कि ...") is one the
# report introduced before: Hindi has no article, and a new person is "एक युवक".
# Of 40 March 2020 summary sentences opening on such a noun, 31 were someone told of
# before, the rest names ("डॉक्टर जोशी"), compounds ("महिला दिवस") or generic
# ("बुजुर्ग अक्सर ... पीड़ित होते हैं"); a case marker next is in 18 of the 31 and in
# one of the other 9 ("मरीज की नाक ... से संक्रमण फैल सकता है", generic).
_BARE_PERSONS = frozenset(
    """शख्स शख़्स व्यक्ति युवक युवती मरीज मरीज़ महिला पुरुष बच्चा बच्ची लड़की लड़का बुजुर्ग बुज़ुर्ग वृद्ध
    वृद्धा छात्र छात्रा आरोपी पीड़ित पीड़िता मृतक डॉक्टर चिकित्सक अधिकारी""".split())
_ATTRIBUTION_LEAD = frozenset("अनुसार मुताबिक".split())
ATTRIBUTION_LEAD_WORDS = 6  # "मिली जानकारी के मुताबिक, ...", "पुलिस के अनुसार, ..."


def _opens_on_bare_person(tokens: Sequence[str], topic: frozenset[str]) -> bool:
    lead = next((k + 1 for k, w in enumerate(tokens[:ATTRIBUTION_LEAD_WORDS]) if w in _ATTRIBUTION_LEAD), 0)
    tokens = tokens[lead:]
    return (len(tokens) > 1 and tokens[0] in _BARE_PERSONS and tokens[1] in _CASE_MARKED
            and stem(tokens[0]) not in topic)  # (the headline's "युवक" is the reader's)


# "दोनों", "चारों" (both, all four) before a case marker stand for people named
# before ("पुलिस ने चारों को सत्यापित कर ...", "जानकारी के अनुसार दोनों की हालत स्थिर है",
# March 2020 summaries); before a noun they only count it ("दोनों नेता", "दोनों देशों").
_COLLECTIVES = frozenset("दोनों तीनों चारों पांचों पाँचों छहों सातों आठों दसों".split())
_CASE_MARKED = _POSTPOSITIONS | frozenset("को ने".split())


# "इन" before a noun is "these": "इन लोगों को सर्विलांस पर रखा गया है", "इन दुकानों के
# लिए ... ड्यूटी लगाई गई है" (March 2020 summaries: 35 such sentences, BBC Hindi 29)
# point at people and things an earlier sentence named; so does "इस" (this) before a
# noun or a postposition ("पुलिस इस मामले में आगे की जांच करेगी", "सरकार ने इस आदेश की
# घोषणा की", "महाधिवक्ता ने इस पर सलाह मांगी थी": 431 of 4,797 March 2020 and BBC Hindi
# summary sentences held an inner "इस"; "इसपर", "इसमें" already leaned back), and the direct
# case "यह"/"ये" before a noun ("कंपनी ने यह कदम उठाया है", "शोध के ये निष्कर्ष": 240 more;
# not before a verb, a particle or a number: "यह है", "यह भी", "यह पहला मौका").  Not the
# time it is now ("इन दिनों", "इस साल", "इस बार", "इस समय"), not "इस बीच" (meanwhile),
# not the English "in" in a quoted title ('मैड इन इंडिया'), and not when a "कि" or "जब" clause
# after it says what they are ("इन बातों का ध्यान रखें कि ...", "इस बात का कोई प्रमाण नहीं ... कि").
_NOW = "दिनों|साल|वर्ष|बार|समय|वक्त|वक़्त|सप्ताह|हफ्ते|हफ़्ते|महीने|माह|सीजन|सीज़न|मौसम|दशक|सदी|बीच"
# English "this"/"these" before a noun inside a sentence ("Benioff understands the benefits of
# this collaboration", "built by these partner companies"), not the time now or the page itself
# ("this year", "this week", "this article"); "that"/"those" are as often relatives and
# complementisers, and stay out.
_THIS_EN_RE = re.compile(
    r"(?<=\s)(?:this|these)\s+(?!(?:year|years|week|weekend|month|morning|afternoon|evening|season|spring|summer|fall|"
    r"autumn|winter|time|decade|century|article|story|series|post|page|site|review|guide|is|was|are|were|will|has|have|"
    r"had|can|could|would|may|might|must|should|does|did)\b)(?=[a-z])")
_NOT_NOUNS = "है|हैं|था|थे|थी|थीं|हो|भी|ही|तो|सब|सभी|दोनों|तीनों|कि|जो|एक|पहला|पहली|पहले|दूसरा|दूसरी|सबसे|बात|काफी|बहुत"
_THESE_RE = re.compile(rf"(?<![\w\u0900-\u097f'‘\"“])(?:(?:इन|इस)\s+(?!(?:{_NOW})(?![\u0900-\u097f]))|"
                       rf"(?<=\s)(?:यह|ये)\s+(?!(?:{_NOW}|{_NOT_NOUNS})(?![\u0900-\u097f])))(?=[\u0900-\u097f])")


def _in_single_quotes(text: str, position: int) -> bool:
    """Inside a name or title Hindi papers set off with single quotes ('मैड इन इंडिया')?"""
    before = text[:position]
    return before.count("'") % 2 == 1 or before.count("‘") > before.count("’")


# Letters a noun keeps through its inflections (वायरस/वायरसों, मामला/मामले): a light stem.
_STEM_LETTERS = 4


def _named_before(tidy: str, m: re.Match, topic: frozenset[str]) -> bool:
    """Is the noun "इन"/"इस" goes with (or the adjective before it) named already: by
    the sentence itself before it ("कोरोना वायरस की चपेट में ... 89000 लोग इस वायरस से
    संक्रमित हैं", March 2020 summaries), or among ``topic``, the light stems of the
    event's headline, which the digest shows above the summary ("इस संक्रामक रोग से मौत
    का यह पहला मामला है" under "... केरल में पहली मौत, 176 संक्रमित")?"""
    before = {normalise(w)[:_STEM_LETTERS] for w in words(tidy[:m.start()]) if len(w) >= _STEM_LETTERS}
    after = words(tidy[m.end():])[:2]
    return any(normalise(w)[:_STEM_LETTERS] in before or stem(w) in topic for w in after if len(w) >= _STEM_LETTERS)


def _these_points_back(tidy: str, topic: frozenset[str] = frozenset()) -> bool:
    pattern = _THESE_RE if DEVANAGARI_RE.search(tidy) else _THIS_EN_RE
    return any(not in_quotation(tidy, m.start()) and not _in_single_quotes(tidy, m.start())
               and not re.search(r"\s(?:कि|जब)\s", tidy[m.end():]) and not _named_before(tidy, m, topic)
               for m in pattern.finditer(tidy))


def leans_back(text: str, topic: frozenset[str] = frozenset()) -> bool:
    """Does the sentence lean on one before it (an object or possessive pronoun, "these"/"this"
    and a noun neither it nor ``topic`` names, "both" as a case-marked noun, "him" early on)?"""
    tidy = tidy_sentence(text)
    tokens = [w.lower() for w in words(tidy)]
    if any(w in _INNER_ANAPHORS or (w == _THERE_ITSELF and following in _POSTPOSITIONS)
           for w, following in zip(tokens[1:], tokens[2:] + [""])):
        return True
    if _english_leans_back(tokens):
        return True
    if _these_points_back(tidy, topic):
        return True
    if any(w in _COLLECTIVES and following in _CASE_MARKED for w, following in zip(tokens, tokens[1:])):
        return True
    opening = _words_after_time_lead(tidy)
    return _early_third_person(opening) or _opens_on_bare_person(opening, topic)


_EXPECTATION_RE = re.compile(
    r"(सकता|सकती|सकते|सकें|ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|होगा|होगी|होंगे|योजना|संभावना|उम्मीद|वाले हैं|वाली है|वाला है)"
    r"(?=[\s।.,]|$)|\b(will|would|may|might|could|expected to|plans? to|planned|likely to|set to)\b",
    re.IGNORECASE,
)


# A Hindi sentence whose final verb is a request or advice ("डॉक्टर को
# दिखाएं", "काढ़ा का सेवन करें") tells readers what to do, not what happened.
_ADVICE_END_RE = re.compile(r"(?<!ह)(?<!म)(?:ें|एं|एँ|िए|िये|ीजिए)$")


# The reader addressed in Hindi ("अगर आपको खांसी है", "आपके हाथ"): the inflected forms only,
# since a bare "आप" is as often the Aam Aadmi Party ("आप विधायक"), and not the reflexive
# "अपने आपको" (oneself).  March 2020 and BBC Hindi: 57 summary sentences, nearly all service
# pieces' advice or an interview's unmarked answers.
_READER_HI_RE = re.compile(r"(?<![\u0900-\u097f])(?<!अपने )(?<!अपने-)(?:आपको|आपका|आपके|आपकी|आपने|आपमें|आपसे)(?![\u0900-\u097f])")


def addresses_the_reader_hi(text: str) -> bool:
    """Does Hindi ``text`` speak to the reader (आपको, आपके, ...) outside a quotation?"""
    return any(not in_quotation(text, m.start()) for m in _READER_HI_RE.finditer(text))


def is_advice(text: str) -> bool:
    """Does the sentence tell readers what to do or speak to them (a Hindi request or "आपको", an English "you")?"""
    if not DEVANAGARI_RE.search(text):
        return in_readers_or_writers_voice(text)
    last = words(text)[-1:]
    return (bool(last) and bool(_ADVICE_END_RE.search(last[0]))) or addresses_the_reader_hi(text)


# English in the writer's or the reader's voice, outside any quotation, is copy, not news:
# "Today only, Amazon offers ... for $700", "the lowest price we've ever seen", "Get Motor
# Cycle Monthly delivered through your letterbox" (AEB shop, marketing and blog pages: 71 of
# their 650 summary sentences, 8 of 16 such timeline lines; "US" is no "us").
_READER_OR_WRITER_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou[’']re|(?<!The )[Ww]e|[Ww]e[’'](?:ve|re)|[Oo]ur|us)\b|\b[Tt]oday only\b")


def in_readers_or_writers_voice(text: str, start: int = 0, end: int | None = None) -> bool:
    """Does English ``text[start:end]`` say you, we or our outside a quotation of ``text``?"""
    if DEVANAGARI_RE.search(text):
        return False
    end = len(text) if end is None else end
    return any(not in_quotation(text, m.start()) for m in _READER_OR_WRITER_RE.finditer(text, start, end))


# A main clause that only claims or reckons ("दावा किया है कि", "माना जा
# रहा है कि", "officials claimed that") passes the question to its "that"
# clause: "claimed that Kim may soon go" is still a forecast.
_CLAIM_RE = re.compile(r"(दावा|माना जा रहा|अनुमान|आशंका|अटकल)|\b(claim(?:s|ed)?|believed|speculat\w*)\b",
                       re.IGNORECASE)


def _verb_group(clause: str) -> str:
    """The last six words of a Hindi clause, where its verb and its modality stand."""
    return " ".join(clause.rstrip("।.!\"'” ").split()[-6:])


@lru_cache(maxsize=131072)  # asked of a sentence by the summary, timeline and disagreements (and of clauses)
def is_expectation(text: str) -> bool:
    """Does the main clause speak of what may or will happen?  Hindi puts the
    main verb last, before any "कि" (that) clause, so only the words before
    the first "कि" are read, and of those the last six; English reads the
    words before "that".  After a bare claim the "that" clause is read."""
    if DEVANAGARI_RE.search(text):
        main, *rest = re.split(r"\sकि\s", text, maxsplit=1)
        tail = _verb_group(main)
        if _EXPECTATION_RE.search(tail):
            return True
        if rest and _CLAIM_RE.search(tail):
            return bool(_EXPECTATION_RE.search(_verb_group(rest[0])))
        return False
    main, *rest = english_main_clause(text)
    if _EXPECTATION_RE.search(main):
        return True
    return bool(rest and _CLAIM_RE.search(main) and _EXPECTATION_RE.search(rest[0]))


# An English "that" among a sentence's first two words is a determiner or a pronoun, not
# the opening of a reported clause: no verb of saying or thinking comes before it ("Today
# that mission scope may well have expanded to Jupiter's moon Europa", an AEB line that had
# read as the main clause "Today" and a reported one).
_THAT_RE = re.compile(r"\bthat\b", re.IGNORECASE)


def reported_that(text: str) -> re.Match | None:
    """The first "that" after an English sentence's first two words: where a reported clause opens."""
    return next((found for found in _THAT_RE.finditer(text) if len(text[: found.start()].split()) >= 2), None)


def english_main_clause(text: str) -> list[str]:
    """[main clause] or [main clause, reported clause], split at :func:`reported_that`."""
    found = reported_that(text)
    return [text] if found is None else [text[: found.start()], text[found.end():]]


# Of the expectations, the ones that only reckon a happening possible ("निर्णय ले
# सकती है", "बारिश की संभावना है", "may decide"), not a plan or a schedule ("बैठक होगी",
# "will meet on Friday"), nor the act of saying so ("यह आशंका व्यक्त की").  English
# "could" is as often past ability ("could not get going on Sunday") and is left out.
_SPECULATION_RE = re.compile(
    r"(सकता|सकती|सकते|सकें)(?=[\s।.,]|$)|(संभावना|आशंका|अनुमान)\s+(?:है|हैं|थी|था)(?=[\s।.,]|$)"
    # a plan is no happening either: "वह रविवार को किम से मिलने की योजना बना रहे हैं" (the
    # seed reports: the governor's meeting, never reported held)
    r"|(?:की|का)\s+(?:योजना|इरादा)\s+(?:बना|है|हैं|था|थी|रख)"
    r"|\b(may|might|likely to)\b",
    re.IGNORECASE,
)


def is_speculation(text: str, about: str | None = None) -> bool:
    """Does the main clause only reckon something possible (see :func:`is_expectation`
    for which words are read)?  With ``about`` (the words of a date), the clause that
    holds it is read: "मंत्री ने कहा कि वह शुक्रवार को फैसला ले सकते हैं" is a maybe
    about Friday."""
    if DEVANAGARI_RE.search(text):
        main, *rest = re.split(r"\sकि\s", text, maxsplit=1)
        if about and rest and about in rest[0] and about not in main:
            main = rest[0]
        return bool(_SPECULATION_RE.search(_verb_group(main)))
    return bool(_SPECULATION_RE.search(english_main_clause(text)[0]))


def concepts_of(unit: Unit) -> set[str]:
    """The concepts a sentence states (after Gillick & Favre 2009): light-stemmed
    content words, pairs of neighbouring content words (the bigram is what
    tells "हथियार सौदा" from "हथियार कारखाना"), canonical entity keys (the
    same person in any script or spelling) and the days it dates."""
    tokens = [t for t in unit.tokens if t not in unit.entity_tokens]
    out = set(tokens)
    out.update(f"{a}_{b}" for a, b in zip(tokens, tokens[1:]) if a != b)
    out.update("@" + k for k in unit.entity_keys)
    out.update("#" + d for d in unit.day_dates())
    out.update(figure_concepts(unit.text))
    return out


def figure_concepts(text: str) -> set[str]:
    """The counts a text gives, as concepts: "%3124" for "3,124.68 अंक" and for a
    headline's "सेंसेक्स 3124 ... लुढ़का".  Whole numbers, since headlines round;
    only counts (MIN_COUNT and up), since small numbers recur across facts."""
    return {f"%{int(value)}" for match, value, _ in _count_matches(text)
            if not _hyphened(text, match) and not _PHONE_NUMBER_RE.fullmatch(match.group(1))}


# Ten digits or more, unbroken: a telephone number ("9013151515 नंबर"), which a
# count of that size never is (Indian and Western counts are written with commas).
_PHONE_NUMBER_RE = re.compile(r"\d{10,}")


def term_weights(units: Sequence[Unit], titles: Sequence[str] = (), concepts=None) -> dict[str, float]:
    """Weight of a concept: the share of the event's other articles that also
    state it (0 for what only one article says), plus a quality for words of
    the headlines, which are the editors' own summaries."""
    articles: dict[str, set[str]] = {}
    for unit in units:
        terms = concepts[id(unit)] if concepts is not None else set(unit.tokens) | {"@" + k for k in unit.entity_keys}
        articles.setdefault(unit.article_id, set()).update(terms)
    n = len(articles)
    df: dict[str, int] = {}
    for terms in articles.values():
        for term in terms:
            df[term] = df.get(term, 0) + 1
    if n < 2:
        # A one-article event: every word is as shared as it can be.
        weights = {t: 1.0 for t in df}
    else:
        weights = {t: ((c - 1) / (n - 1)) ** SUPPORT_EXPONENT for t, c in df.items() if c > 1}
    title_terms: dict[str, int] = {}
    for title in titles:
        for term in set(content_tokens(title or "")):
            title_terms[term] = title_terms.get(term, 0) + 1
    for term, count in title_terms.items():
        if term in weights:
            weights[term] += TITLE_WEIGHT * min(count, 2) / 2
    # A headline's figure is the one number its editor chose: it counts as a
    # two-headline word even when only one report's body gives it (March 2020:
    # "सेंसेक्स 3124 ... लुढ़का" over a body's "सेंसेक्स 3,124.68 अंक ... की ढलान").
    # Other figures weigh nothing of their own: an event's reports repeat counts
    # across its facts (each day's totals), and two reports giving one figure in
    # one statement share its words already.  Measured on March 2020's events of
    # 2+ reports: of 126 headline figures some body gives, summaries left out 61
    # before, 47 after (33 of 573 summaries changed; Iran's 54 deaths, Italy's 16, India's 173
    # cases now where the headline has them).
    # (Not a question's: "Does Marie Yovanovitch Have a Net Worth of $17 Million?" heads
    # a fact check that finds the figure baseless, AEB.)
    title_figures = {figure for title in titles if not (title or "").rstrip(" \"'”’").endswith("?")
                     for figure in figure_concepts(title or "")}
    for figure in [t for t in weights if t.startswith("%") and t not in title_figures]:
        del weights[figure]
    for figure in title_figures & df.keys():
        weights[figure] = weights.get(figure, 0.0) + TITLE_WEIGHT
    return weights


@dataclass
class Item:
    """One candidate summary sentence: its words, concepts and fixed quality."""

    unit: Unit
    group: Group
    text: str
    words: int
    concepts: set[str]
    quality: float
    anaphoric: bool = False  # opens by pointing back at the sentence before it


def names_by_surname_only(unit: Unit, topic: frozenset[str] = frozenset()) -> bool:
    """Does an English sentence name a person by one word of a longer name ("Figgins
    declined to address ...", AEB) the headline does not carry?  Its report introduced
    them earlier.  (Not Hindi: it writes some full names as one word, हर्षवर्धन, and its
    reports name ministers by surname after their title, "स्वास्थ्य मंत्री टोपे": in
    March 2020 the rule cost such sentences their place.)"""
    for start, end, key, kind in unit.mentions:
        shown = unit.text[start:end].split()
        if (kind == "PERSON" and len(shown) == 1 and len(key.split()) > 1 and not DEVANAGARI_RE.search(shown[0])
                and stem(shown[0].lower()) not in topic):
            return True
    return False


def _item(unit: Unit, group: Group, concepts: set[str], main_language: str | None, central: float = 1.0,
          topic: frozenset[str] = frozenset(), lone_report: bool = False) -> Item:
    """The sentence as it would read in the summary, and how well it says
    what it says: a factor on the weight of every concept it covers.

    Support from other outlets, a resolved day on a reported happening and a
    lead position raise it; a sentence that cannot stand alone, that only
    expects something, that is in another language than the summary, or whose
    cosine to the event's centre (``central``) is under OFF_CENTRE is a poor
    carrier of its concepts."""
    text = closed_quotation(tidy_sentence(with_resolved_dates(unit)))
    quality = 1.0 + SUPPORT_WEIGHT * (len(group.sources) - 1)
    if unit.index <= 2:
        quality *= 1.0 + LEAD_BONUS  # leads carry the news in every outlet's house style
    if lone_report and unit.index == 0:
        quality *= 1.0 + LONE_REPORT_LEAD_BONUS
    expectation = is_expectation(unit.text)
    if unit.day_dates() and not expectation:
        quality *= 1.0 + DATED_BONUS  # a dated happening is the backbone of a report
    # Named people, places and organisations make a statement concrete (up
    # to three count); a number helps half as much.
    concrete = min(len(unit.entity_keys), 3) + (0.5 if numbers(unit.text) else 0.0)
    quality *= 1.0 + ENTITY_BONUS * min(concrete, 3) / 3
    if len(group.sources) < 2 and not concrete and not unit.day_dates():
        # One outlet's remark naming nobody, no place, no number and no day
        # ("कोरोना अपनी दस्तक भी बढ़ा रहा है", "सभी की हालत खतरे से बाहर है").
        quality *= 1.0 - VAGUE_PENALTY
    anaphoric = is_anaphoric(unit.text)
    if anaphoric:
        quality *= 1.0 - ANAPHORA_PENALTY
    elif leans_back(unit.text, topic) or names_by_surname_only(unit, topic):
        quality *= 1.0 - INNER_ANAPHORA_PENALTY
    if (expectation and unit.index > 0) or is_advice(unit.text):
        quality *= 1.0 - EXPECTATION_PENALTY
    if main_language and unit.language and unit.language != main_language:
        quality *= 1.0 - FOREIGN_PENALTY
    if central < OFF_CENTRE:
        quality *= 1.0 - OFF_CENTRE_PENALTY  # a roundup's aside on another story
    words_ = max(len(text.split()), 1)
    return Item(unit=unit, group=group, text=text, words=words_, concepts=concepts, quality=quality,
                anaphoric=anaphoric)


def _coverage(items: Sequence[Item], weights: Mapping[str, float]) -> float:
    """The objective: the weight of every concept the summary states, each
    counted once however often it is said (redundancy earns nothing), times
    the quality of the best sentence that states it."""
    return _Objective(items, weights).value


class _Objective:
    """:func:`_coverage` of a set of sentences, kept so that the value with one more
    (:meth:`with_item`) is summed without re-reading the set: its concepts' best
    qualities and terms are kept, and the sum is the same exact fsum over the same terms."""

    def __init__(self, items: Sequence[Item], weights: Mapping[str, float]):
        self.weights = weights
        self.best: dict[str, float] = {}
        for item in items:
            for concept in item.concepts:
                if item.quality > self.best.get(concept, 0.0):
                    self.best[concept] = item.quality
        self.terms = {c: (weights.get(c, 0.0) + UNSHARED_WEIGHT) * q for c, q in self.best.items()}
        # fsum: exact whatever the order of the set, so no pick depends on the hash seed.
        self.value = math.fsum(self.terms.values())

    def with_item(self, item: Item) -> float:
        terms = self.terms.copy()
        for concept in item.concepts:
            if item.quality > self.best.get(concept, 0.0):
                terms[concept] = (self.weights.get(concept, 0.0) + UNSHARED_WEIGHT) * item.quality
        return math.fsum(terms.values())


_ROLE_STEMS = frozenset(stem(w) for w in ROLES_HI | ORG_ROLES_HI | ROLES_EN)
# Each sentence must say this many content words besides names for the names
# alone to tell that the two say different things.
OWN_WORDS_MIN = 2


def _only_names_shared(a: Unit, b: Unit) -> bool:
    """Do two sentences share their names (and the titles before them) and no other
    content word?  Similarity counts names heavily, so one speaker's two statements
    look alike ("केजरीवाल ने ... लॉकडाउन का एलान कर दिया" and "केजरीवाल ने बताया,
    'अभी दिल्ली में कोरोना वायरस के 27 केस हैं'", 0.67, March 2020); their own words
    tell them apart."""
    return _say_only_own_words(own_words(a), own_words(b))


def own_words(unit: Unit) -> frozenset[str]:
    """A sentence's content words besides its names and the titles before them."""
    return frozenset(set(unit.tokens) - set(unit.entity_tokens) - _ROLE_STEMS)


def _say_only_own_words(own_a: frozenset[str], own_b: frozenset[str]) -> bool:
    return len(own_a) >= OWN_WORDS_MIN and len(own_b) >= OWN_WORDS_MIN and not own_a & own_b


def _compatible(item: Item, others: Sequence[Item], sim) -> bool:
    """A sentence may join the summary only if it states no fact already there."""
    return all(_compatible_pair(item, other, sim) for other in others)


def _compatible_pair(item: Item, other: Item, sim) -> bool:
    if other is item or other.group is item.group:
        return False
    if sim(item.unit, other.unit) >= REDUNDANT and not _only_names_shared(item.unit, other.unit):
        return False
    mine, theirs = set(item.unit.tokens), set(other.unit.tokens)
    if mine and theirs and len(mine & theirs) / min(len(mine), len(theirs)) >= REPEATS:
        return False  # most of the shorter one's words are in the other
    if counts(item.unit.text) & counts(other.unit.text):
        # "संक्रमित लोगों की संख्या 173 हो गयी" and "कुल 173 मामले हैं"
        # share no content word but give one count: one fact.
        return False
    if min(len(item.unit.entity_keys), len(other.unit.entity_keys)) < SAME_PLACE_LIST:
        return True  # (most pairs: too few names for a list of places)
    places, their_places = place_keys(item.unit), place_keys(other.unit)
    shared = len(places & their_places)
    # "मुंबई, नागपुर, पिंपली और पुणे में ... दुकानें बंद" and "मुंबई समेत पुणे,
    # चिंचवड़-पिंपरी और नागपुर शहर बंद": one list of places, one statement.
    return not (shared >= SAME_PLACE_LIST and shared >= SAME_PLACE_SHARE * min(len(places), len(their_places)))


# Multipliers written after a number, part of the count ("70 हजार कैदियों", "2 million people");
# and what makes a number a measure, no count of things: a clock time ("10 a.m.", "11 बजे"),
# a distance or a share ("10 किलोमीटर के दायरे में", "40 प्रतिशत"; time units come from
# the analysis stage's calendar).
# Words that multiply the number before them ("70 हजार कैदियों", "25 million people"), and by how much.
MULTIPLIERS = {"hundred": 1e2, "सौ": 1e2, "thousand": 1e3, "हजार": 1e3, "हज़ार": 1e3, "lakh": 1e5, "लाख": 1e5,
               "million": 1e6, "crore": 1e7, "करोड़": 1e7, "करोड": 1e7, "billion": 1e9}
_MEASURES = frozenset("a.m p.m am pm बजे o'clock किलोमीटर मीटर मील km miles प्रतिशत फीसदी फ़ीसदी percent %".split())


def _hyphened(text: str, match: re.Match) -> bool:
    """Is the number hyphened to a word before or after it ("COVID-19", "16-inch")?"""
    return (match.start() > 0 and text[match.start() - 1] in "-‐–") or text[match.end(): match.end() + 1] in ("-", "‐")


def _number_matches(text: str):
    """(match, value, the three words after it) for each number that is neither a year
    nor the day of a named month ("31 मार्च", "November 16")."""
    for match in NUMBER_RE.finditer(text):
        try:
            value = float(match.group(1).replace(",", ""))
        except ValueError:
            continue
        following = [w.strip("()[],.।") for w in text[match.end():].split()[:3]]
        if 1900 <= value <= 2100 or (following and _names_month(following[0])) or _english_day_of_month(
                text[:match.start()], value):
            continue
        yield match, value, following


def _english_day_of_month(text_before: str, value: float) -> bool:
    """Is the number English's day after its month ("On November 16", "Nov. 5")?  A
    capital letter tells the month from the verb "may"."""
    before = text_before.split()[-1:]
    return (bool(before) and value <= 31 and before[0][:1].isupper()
            and _names_month(before[0].strip("(),")))


def _count_matches(text: str):
    """:func:`_number_matches` of at least MIN_COUNT: the counts."""
    return ((m, v, f) for m, v, f in _number_matches(text) if v >= MIN_COUNT)


@lru_cache(maxsize=65536)
def counted_facts(text: str) -> frozenset[tuple[float, str]]:
    """(count, stem of the thing counted) for each count the sentence gives (see
    :func:`counts`): "70 हजार कैदियों" is (70, "कैद").  Only a content word right
    after the number is a thing counted ("लद्दाख में 10 और ..." counts nothing), and
    a number hyphened to a word ("COVID-19", "16-inch") is none."""
    stop = stopwords(None)
    out = set()
    for match, value, following in _count_matches(text):
        if _hyphened(text, match):
            continue  # a name's number ("COVID-19") or a modifier ("16-inch", "30-date")
        nouns = [w for w in following if w.lower() not in MULTIPLIERS]
        noun = nouns[0] if nouns else ""
        if (not noun or NUMBER_RE.fullmatch(noun) or noun.lower() in stop or noun.lower() in _MEASURES
                or unit_name(noun)):
            continue
        out.add((value, stem(noun)))
    return frozenset(out)


def fact_keys(unit: Unit) -> frozenset[tuple]:
    """What makes two outlets' sentences one fact however they are worded (when they
    are also at least half-way similar, see :func:`group_units`): the same count of
    the same thing ("करीब 70 हजार कैदियों को रिहा कर दिया" / "70 हजार कैदियों को
    अस्थाई तौर पर रिहा किया गया", March 2020), or the same day at the same place
    ("ओडिशा ... सभी शिक्षण संस्थान 31 मार्च तक बंद रहेंगे" / "ओडिशा में ... सभी
    शैक्षणिक संस्थान 31 मार्च तक बंद रखने का आदेश"; "पटना एम्स में ... शनिवार को मौत")."""
    return counted_facts(unit.text) | frozenset((day, place) for day in unit.day_dates() for place in place_keys(unit))


# Counts written as words ("तीन और लोग", "two more people"); "एक", "a", "one" are as
# often articles as counts.
_NUMBER_WORDS = {w: float(v) for table in (HINDI_NUMBERS, ENGLISH_NUMBERS) for w, v in table.items()
                 if w not in ("एक", "a", "an", "one")}
# ... and Hindi ordinals ("दूसरा मामला" / "पहला मामला"), but not पहले (also "before")
# nor दूसरे (also "other").
_NUMBER_WORDS.update({w: float(v) for v, forms in enumerate(
    ("पहला पहली", "दूसरा दूसरी", "तीसरा तीसरी", "चौथा चौथी", "पांचवां पांचवीं पांचवा पांचवी", "छठा छठी"), start=1)
    for w in forms.split()})
# ... and collectives, which count too ("उसके दोनों बच्चे ... पढ़ते हैं" is no telling
# of "स्कूल में 5 बच्चों के सैंपल लिए गए": March 2020, Noida, cited for it before).
_NUMBER_WORDS.update({"दोनों": 2.0, "दोनो": 2.0, "तीनों": 3.0, "चारों": 4.0, "पांचों": 5.0, "both": 2.0})


@lru_cache(maxsize=65536)
def figures(text: str) -> frozenset[float]:
    """The numbers a sentence gives, in digits or words, but not its dates, years
    and numbers hyphened to a word ("कोविड-19")."""
    out = {value for match, value, _ in _number_matches(text) if not _hyphened(text, match)}
    out.update(_NUMBER_WORDS[w.lower()] for w in words(text) if w.lower() in _NUMBER_WORDS)
    return frozenset(out)


def figures_differ(text: str, other: str) -> bool:
    """Do both texts give numbers, and none the same?"""
    return figure_sets_differ(figures(text), figures(other))


def figure_sets_differ(mine: frozenset[float], theirs: frozenset[float]) -> bool:
    """:func:`figures_differ` of figures already read (:func:`figures`)."""
    return bool(mine) and bool(theirs) and not (mine & theirs)


# A verb of saying and, within three words, "कि" (that): "ने बताया कि", "ने कहा है कि".
_REPORTED_RE = re.compile(
    r"(?:^|\s)(?:" + "|".join(sorted(REPORTING_HI, key=len, reverse=True)) + r")(?:\s+\S+){0,3}?\s+कि\s")


@lru_cache(maxsize=65536)
def reported_tokens(text: str) -> frozenset[str] | None:
    """The content tokens of what a Hindi sentence reports someone said ("X ने बताया
    कि <this>"), or None when it reports nobody's words."""
    match = _REPORTED_RE.search(text)
    if not match:
        return None
    return frozenset(content_tokens(text[match.end():], "hi"))


def _say_different_things(a: Unit, b: Unit) -> bool:
    """Do two reported statements share too little of what was said (under REPORTED_SHARED)?"""
    mine, theirs = reported_tokens(a.text), reported_tokens(b.text)
    if not mine or not theirs:
        return False
    return len(mine & theirs) / min(len(mine), len(theirs)) < REPORTED_SHARED


def place_keys(unit: Unit) -> set[str]:
    """The keys of the places a sentence names."""
    return {k for k in unit.entity_keys if unit.entity_types.get(k) == "PLACE"}


def places_agree(places_a: set[str], places_b: set[str]) -> bool:
    """Do two statements' places (keys) differ in nothing said: one names none, or they share one?"""
    return not places_a or not places_b or bool(places_a & places_b)


@lru_cache(maxsize=65536)  # asked of every pair the selection compares (570k times on March 2020)
def counts(text: str) -> frozenset[float]:
    """The counts a sentence gives: numbers of at least MIN_COUNT that are
    neither a year nor the day of a named month ("31 मार्च")."""
    return frozenset(value for _, value, _ in _count_matches(text))


def _grounded(items: Sequence[Item], needs: Mapping[int, Group | None]) -> bool:
    """Does every sentence that leans on the one before it in its article
    ("उसके पुत्र की रिपोर्ट नेगेटिव आई है") have that sentence's fact in the set?"""
    groups = {id(i.group) for i in items}
    for item in items:
        if id(item) in needs:
            need = needs[id(item)]
            if need is None or id(need) not in groups:
                return False
    return True


def select(
    items: Sequence[Item], weights: Mapping[str, float], budget: int, sim,
    needs: Mapping[int, Group | None] | None = None,
) -> list[Item]:
    """Budgeted concept coverage: greedy by objective gain per word, then
    swaps and additions while they raise the objective within the budget (a
    cheap stand-in for Gillick & Favre's integer program, exact enough at
    five to ten sentences).  ``needs`` maps an anaphoric sentence to the group
    of the sentence it leans on (None: one that can never be shown): it is
    chosen only together with that one, as coherence constraints in
    extractive summarisation do."""
    needs = needs or {}
    if not items:
        return []
    alone = sorted(items, key=lambda i: -(_coverage([i], weights) / i.words))
    pool = alone[:SEARCH_POOL]
    # The same pairs are asked about in every pass: each is worked out once.
    pairs: dict[tuple[int, int], bool] = {}

    def compatible(item: Item, others: Sequence[Item]) -> bool:
        for other in others:
            key = (id(item), id(other))
            if key not in pairs:
                pairs[key] = _compatible_pair(item, other, sim)
            if not pairs[key]:
                return False
        return True

    chosen: list[Item] = []
    used = 0
    score = 0.0
    while True:
        best, best_ratio = None, 0.0
        objective = _Objective(chosen, weights)
        for item in pool:
            if used + item.words > budget or not compatible(item, chosen):
                continue
            if not _grounded(chosen + [item], needs):
                continue
            gain = objective.with_item(item) - score
            ratio = gain / item.words
            if gain > 0 and ratio > best_ratio:
                best, best_ratio = item, ratio
        if best is None:
            break
        chosen.append(best)
        used += best.words
        score = _coverage(chosen, weights)
    for _ in range(MAX_SWAP_ROUNDS):
        improved = False
        # the objective of the summary without each chosen sentence (None: with all)
        without: dict[int, _Objective] = {}
        for item in pool:
            if item in chosen:
                continue
            # Add outright, or in place of one chosen sentence.
            options = [None] + list(chosen)
            for out in options:
                rest = [c for c in chosen if c is not out]
                if sum(c.words for c in rest) + item.words > budget or not compatible(item, rest):
                    continue
                if not _grounded(rest + [item], needs):
                    continue
                if id(out) not in without:
                    without[id(out)] = _Objective(rest, weights)
                value = without[id(out)].with_item(item)
                if value > score + 1e-9:
                    chosen, score, improved = rest + [item], value, True
                    without = {}
                    break
        if not improved:
            break
    return chosen


def antecedents(items: Sequence[Item], candidates: Sequence[Unit], group_of: Mapping[int, Group]) -> dict[int, Group | None]:
    """For each sentence that opens by pointing back (Item.anaphoric), the group
    of the sentence before it in its article; None when that one is no
    candidate (a heading, furniture), so the pointer has nothing to point at."""
    by_place = {(u.article_id, u.index): u for u in candidates}
    out: dict[int, Group | None] = {}
    for item in items:
        if item.anaphoric:
            before = by_place.get((item.unit.article_id, item.unit.index - 1))
            out[id(item)] = group_of.get(id(before)) if before is not None else None
    return out


def narrative_dates(units: Sequence[Unit]) -> dict[int, str]:
    """For each sentence, the earliest day its article's closest earlier
    dated sentence (within NARRATIVE_REACH sentences) names."""
    out: dict[int, str] = {}
    last: dict[str, tuple[int, str]] = {}
    for unit in sorted(units, key=lambda u: (u.article_id, u.index)):
        days = sorted(unit.day_dates())
        if days:
            last[unit.article_id] = (unit.index, days[0])
            continue
        previous = last.get(unit.article_id)
        if previous and unit.index - previous[0] <= NARRATIVE_REACH:
            out[id(unit)] = previous[1]
    return out


def _opener(entries: Sequence[dict], reference_dates: Mapping[str, str | None],
            topic: frozenset[str] = frozenset()) -> dict | None:
    """The sentence to open the summary when the first in date order leans on
    something unsaid ("जब सोमवार (30 मार्च) को उसकी तबीयत खराब हुई ..."): the
    lead of a report (its first two sentences) that stands alone, names someone
    or somewhere ("राज्य में ..." does not) and is told by no fewer outlets; of
    several, the one more outlets state, then the earliest report's.  None to
    keep the date order."""
    if not entries or not (leans_back(entries[0]["text"], topic) or is_anaphoric(entries[0]["text"])):
        return None
    told_by = len(entries[0]["group"].sources)
    leads = [e for e in entries if e["rep"].index <= 1 and e["needs"] is None and len(e["group"].sources) >= told_by
             and e["rep"].entity_keys and not leans_back(e["text"], topic) and not is_anaphoric(e["text"])]
    if not leads:
        return None
    return min(leads, key=lambda e: (-len(e["group"].sources), reference_dates.get(e["rep"].article_id) or "9999",
                                     e["rep"].article_id, e["rep"].index))


def summarise(
    units: Sequence[Unit],
    *,
    words: int = 120,
    reference_dates: Mapping[str, str | None] | None = None,
    titles: Sequence[str] = (),
    sim=similarity,
) -> list[SummarySentence]:
    """Pick, merge and order summary sentences within ``words`` words."""
    candidates = dedupe_within_articles(candidate_units(units))
    if not candidates or words <= 0:
        return []
    cache: dict[tuple[int, int], float] = {}

    def cached(a: Unit, b: Unit) -> float:
        key = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))
        if key not in cache:
            cache[key] = sim(a, b)
        return cache[key]

    if getattr(sim, "matrix", None) is not None:
        cached = sim  # already a lookup table (and group_units vectorises over it)

    concepts = {id(u): concepts_of(u) for u in candidates}
    weights = term_weights(candidates, titles, concepts)
    groups = group_units(candidates, cached)
    group_of = {id(u): g for g in groups for u in g.units}
    # The summary speaks the language most of the event's sentences are in.
    languages = Counter(u.language for u in candidates if u.language)
    main_language = languages.most_common(1)[0][0] if languages else None
    # Asides far from the event's centre (a roundup's other stories) are poor carriers;
    # the centre means something only when several reports make it.
    centre = event_centre(units) if len({u.article_id for u in candidates}) >= 3 else None
    # What the headlines name, the reader has read above the summary ("इस वायरस" under a coronavirus headline).
    topic = frozenset(t for title in titles for t in content_tokens(title or ""))
    lone_report = len({u.article_id for u in candidates}) == 1
    items = [_item(u, group_of[id(u)], concepts[id(u)], main_language,
                   cosine(u.vector, centre) if centre is not None else 1.0, topic, lone_report) for u in candidates]
    items = [i for i in items if i.words <= words]
    needs = antecedents(items, candidates, group_of)
    chosen = select(items, weights, words, cached, needs)

    # One summary sentence per group: the chosen member speaks for the group
    # and cites the articles whose sentences state the same fact (below).
    entries = [{"group": i.group, "rep": i.unit, "text": i.text, "needs": needs.get(id(i))} for i in chosen]

    reference_dates = reference_dates or {}
    anchors = narrative_dates(units)

    article_rank = {article: k for k, article in enumerate(dict.fromkeys(u.article_id for u in units))}

    def order_key(entry):
        group, rep = entry["group"], entry["rep"]
        dates = sorted(d for u in group.units for d in u.day_dates())
        # A fact several reports state stands at its earliest telling, whichever
        # report's words show it.
        reference = min(reference_dates.get(u.article_id) or "9999" for u in group.units)
        if dates and dates[0] > reference[:10]:
            # a day after the report's own is a schedule, told that day, where the report tells
            # it: "केजरीवाल ने 23 मार्च से 31 मार्च तक दिल्ली में लॉकडाउन का एलान कर दिया है"
            # in reports of 22 March is their lead, not a happening after their other news
            dates = []
        if dates:
            return (dates[0], 0, reference, rep.index)
        # An undated sentence goes with the happening its article was just
        # telling ("... मंगलवार को रूस पहुंचे। ... बख्तरबंद ट्रेन से पहुंचे।"),
        # after the sentences that date it; else at its article's date, its
        # article's sentences together and in their order.
        # (a fact several reports state goes first, inverted-pyramid style, then
        # where its earliest telling stands)
        place = min((article_rank[u.article_id], u.index) for u in group.units)
        return (anchors.get(id(rep)) or reference, 1, reference, -len(group.sources)) + place

    entries.sort(key=order_key)
    # A sentence that points back follows the sentence it points at.
    for entry in [e for e in entries if e["needs"] is not None]:
        entries.remove(entry)
        at = next((k for k, e in enumerate(entries) if e["group"] is entry["needs"]), len(entries) - 1)
        entries.insert(at + 1, entry)
    opener = _opener(entries, reference_dates, topic)
    if opener is not None:
        entries.remove(opener)
        entries.insert(0, opener)
    # ... but only the articles that give its figures and days: one fact told with other
    # or fewer particulars is still one group (it is said once), yet an outlet that
    # wrote 127 लाख करोड़, or gave no figure, is no source for 128 (March 2020: 21 of
    # 353 citations of merged sentences had named an article without the sentence's figure).
    # Nor is an outlet whose own sentence puts the fact on other days, whatever days its
    # report names elsewhere ("... 30 मार्च तक सभी सिनेमाहॉल ... बंद" for "31 मार्च तक").
    given = claims_by_article(units)
    out = []
    for e in entries:
        claims = checkable_claims(e["rep"])
        days = set(e["rep"].day_dates())
        stating = [u for u in e["group"].units if claims <= given.get(u.article_id, set())
                   and not (days and u.day_dates() and not days & set(u.day_dates()))]
        out.append(SummarySentence(text=e["text"], sources=sorted({u.article_id for u in stating}),
                                   statements=[(u.article_id, u.index) for u in stating]))
    return out
