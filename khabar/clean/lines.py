"""Line features for the plain-text cleaner.

Every non-empty line of a scraped page becomes a :class:`Line` with the
features the boilerplate rules look at: length in words, sentence punctuation
(including the danda '।'), script, stop-word density (as jusText does), and
whether it opens with a generic news-site cue ("ये भी पढ़ें", "Share this",
"Related Stories"...). Cues are only one feature: the rules in
:mod:`khabar.clean.boilerplate` also weigh position, neighbours and evidence
from other documents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from khabar.package_files import package_file

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")
# \w alone splits Hindi words at vowel signs (combining marks are not \w).
WORD_CHARS = r"[\w\u0300-\u036F\u0900-\u0963\u0966-\u097F\uA8E0-\uA8FF]"
WORD_RE = re.compile(WORD_CHARS + "+")
_WORD = WORD_RE
# Characters that end a sentence in Hindi or English (and Urdu's full stop and
# question mark, ۔ ؟: an Urdu report's every line had read as a heading, and its
# body came out empty), optionally followed by closing quotes/brackets.
_SENTENCE_MARKS = "!?।॥۔؟"  # and "."
_SENTENCE_END = re.compile(rf"[.{_SENTENCE_MARKS}][\"'”’)\]]*$")
# A mark followed by a space, the end, or Devanagari (scraped Hindi often
# glues sentences: "की है.यदि"); not by Latin letters ("U.S.", "ndtv.com").
_SENTENCE_MARK = re.compile(rf"[.{_SENTENCE_MARKS}](?=\s|$|[\u0900-\u097F])")


def normalise(text: str) -> str:
    """NFC, zero-width characters out, whitespace runs collapsed per line."""
    text = unicodedata.normalize("NFC", text or "")
    text = _ZERO_WIDTH.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def line_key(text: str) -> str:
    """How a line is compared across documents: lower-case words only."""
    return " ".join(_WORD.findall(text.lower()))


# ---------------------------------------------------------------------------
# generic cues, Hindi and English, matched at the start of short lines.
# Each reason has patterns seen on many news sites, not on any one outlet.

_SOCIAL = r"(?:whatsapp|facebook|twitter|telegram|linkedin|instagram|youtube|koo|x|email|e-mail|copy link|reddit)"
_CUES: dict[str, list[str]] = {
    "teaser": [
        r"(?:ये|यह|इसे|इन्हें) भी (?:पढ़ें|पढ़े|देखें|देखे)", r"(?:also|must) (?:read|see|watch)", r"read (?:also|more|next)",
        r"और पढ़ें", r"आगे पढ़ें", r"पढ़ें[:\-–]", r"see also", r"continue reading", r"click here",
    ],
    "headline-list": [
        r"(?:लेटेस्ट|ताज़ा|ताजा|संबंधित|सम्बंधित|अधिक|और|अन्य|बड़ी|टॉप|ट्रेंडिंग|लोकप्रिय) (?:खबरें|ख़बरें|खबर|न्यूज़|न्यूज|समाचार|स्टोरी|वीडियो)",
        r"\w+ अधिक खबरें",
        r"(?:latest|related|top|more|trending|popular|recent|similar|recommended|editor'?s?) (?:news|stories|story|posts|articles|headlines|videos|picks|from)",
        r"you may (?:also )?like", r"don'?t miss", r"must read", r"more from", r"in (?:other|case you missed)",
        r"recommended(?: for you)?", r"trending(?: now)?", r"what to read next", r"most (?:read|popular|viewed)",
    ],
    "advert": [r"advertisement", r"advertisment", r"sponsored", r"विज्ञापन", r"promoted(?: content)?"],
    "tags": [r"tags?", r"टैग्स?", r"टॅग्स", r"टैग", r"topics?", r"keywords?", r"filed under"],
    "prompt": [
        r"share(?: this(?: \w+)?| on \w+| via \w+| (?:the )?(?:article|story|post))?\s*[:!]?$", r"शेयर करें", r"open in app", r"download (?:the )?app",
        r"ऐप (?:डाउनलोड|खोलें|में)", r"subscribe", r"सब्सक्राइब", r"sign ?up", r"log ?in", r"follow us", r"फॉलो करें",
        r"leave a (?:reply|comment)", r"please enter your", r"post (?:a )?comment", r"(?:view |show |all |\d+ )?comments?(?: \(\d+\))?\s*:?$", r"कमेंट्स?", r"टिप्पणियाँ",
        r"टिप्पणी", r"बातचीत में शामिल", r"कृपया धैर्य", r"join the conversation", r"print(?: this(?: \w+)?)?$", r"email this",
        _SOCIAL + r"(?:\W+" + _SOCIAL + r")*$", r"लाइव (?:न्यूज़|न्यूज|टीवी|अपडेट्स?)", r"live (?:tv|updates?)",
        r"copy link", r"listen to (?:this|the) (?:article|story)", r"font size", r"next (?:article|story)", r"previous (?:article|story)",
        r"back to top", r"we respect your privacy", r"cookie",
    ],
    "source-link": [r"source ?link", r"source:", r"स्रोत:", r"image source", r"photo credit", r"फोटो[:\-]", r"तस्वीर[:\-]"],
    "copyright": [r"©", r"copyright", r"all rights reserved", r"सर्वाधिकार सुरक्षित", r"कॉपीराइट",
                  r"(?:this|our) (?:web)?site uses cookies", r"the material on this site may not be"],
}
# Lines that open a readers' comments section: what follows is not the article.
COMMENTS_START = re.compile(
    r"^(?:(?:\d+ |all |view |show |सभी )?(?:comments?|कमेंट्स?|टिप्पणियां|टिप्पणियाँ)(?: \(\d+\))?\s*:?|"
    r"leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|"
    r"(?:\d+ )?(?:responses?|replies) to .{1,80}|\S+ says:|बातचीत में शामिल हों|अपनी राय (?:दें|लिखें))$",
    re.I,
)
_CUE_RES = {
    reason: re.compile(r"^(?:" + "|".join(patterns) + r")(?=$|[\s:\-–—|,.!/(])", re.I)
    for reason, patterns in _CUES.items()
}
# Cues that may start a long line (a teaser is a whole linked headline).
_LONG_LINE_CUES = {"teaser", "tags", "copyright", "source-link"}
# Cue lines longer than this many words are treated as content anyway.
# Calibrated on the seeds (longest cue line "ये भी पढ़ें: ..." 24 words).
MAX_CUE_WORDS = 12

_BREADCRUMB = re.compile(r"^(?:होम|home|मुख्य पृष्ठ|मुखपृष्ठ|hindi news|news)\s*[/>»›|]", re.I)
_SEPARATORS = re.compile(r"\s[/>»›|]\s")
_COUNTER = re.compile(r"^[\W\d_]*\d[\W\d_]*$|^\w{0,12}\s*\(\d+\)$")


def _crumb_trail(text: str) -> bool:
    """"World > Asia > India": short segments joined by path separators.

    Table rows from HTML ("| a | b |") and long titles are not trails.
    """
    if text.startswith("|") or _SENTENCE_END.search(text):
        return False
    segments = _SEPARATORS.split(text)
    if len(segments) < 3:
        return False
    return all(1 <= len(_WORD.findall(s)) <= 4 for s in segments[:-1]) and len(_WORD.findall(segments[-1])) <= 30


def _justext_stoplist(name: str) -> frozenset[str]:
    """jusText's stop list ``name``, read from its package folder as
    ``justext.get_stoplist`` reads it, without importing jusText (which
    imports lxml: ~0.07 s of every start-up, for a word list)."""
    path = package_file("justext", "stoplists", f"{name}.txt")
    if path is None:
        import justext

        return justext.get_stoplist(name)
    return frozenset(w.decode("utf8").lower() for w in path.read_bytes().splitlines())


@lru_cache(maxsize=4)
def stopwords(language: str) -> frozenset[str]:
    """Stop words from jusText's lists plus words stopwordsiso misses."""
    name = {"hi": "Hindi", "en": "English"}.get(language, "English")
    words = set(w.lower() for w in _justext_stoplist(name))
    if language == "hi":
        words |= {"उन्होंने", "बीच", "अब", "ने", "को", "से", "में", "की", "का", "के", "है", "हैं", "था", "थे",
                  "थी", "और", "कि", "यह", "वह", "ये", "वे", "भी", "पर", "लिए", "साथ", "बाद", "तो", "ही", "कहा"}
    return frozenset(words)


# Unpunctuated lines this long with jusText-like stop-word density are prose
# whose punctuation got lost. 40: BBC Hindi words kept 0.975 -> 0.978, AEB
# whole-page F1 unchanged (0.869); seeds' longest list headline is 30 words.
LONG_PROSE_WORDS = 40


@dataclass
class Line:
    """One non-empty line of the raw text with its features."""

    index: int  # 0-based line number in the raw text
    text: str  # normalised
    words: int
    sentence_end: bool  # ends with . ! ? । (closing quotes allowed)
    sentence_marks: int  # sentence-ending marks followed by a space or the end
    stopword_density: float
    cue: str | None  # reason of the generic cue it opens with, if any
    breadcrumb: bool
    counter: bool  # digits and punctuation only ("0", "(12)", "1/5")

    @property
    def is_paragraph(self) -> bool:
        """Running prose: long enough and punctuated like sentences.

        12 words calibrated on the seeds (shortest real paragraph 25 words,
        longest list headline without end punctuation 30) and English AEB text.
        """
        if self.cue or self.counter or self.breadcrumb:
            return False
        if self.words >= 12 and (self.sentence_end or self.sentence_marks >= 2):
            # no stop-word floor here: AEB is multilingual and a floor of 0.1
            # cut whole-page F1 from 0.869 to 0.834 (pages outside hi/en)
            return True
        if self.words >= LONG_PROSE_WORDS and self.stopword_density >= 0.3:
            return True  # long running text whose end punctuation got lost
        return self.words >= 8 and self.sentence_end and self.stopword_density >= 0.3

    @property
    def headline_like(self) -> bool:
        """Short, unpunctuated: a heading, a link in a list, a label."""
        return not self.sentence_end and self.sentence_marks == 0 and 1 <= self.words <= 40


def line_features(index: int, text: str, language: str = "hi") -> Line:
    words = _WORD.findall(text)
    stop = stopwords(language)
    density = sum(w.lower() in stop for w in words) / len(words) if words else 0.0
    cue = None
    ends = bool(_SENTENCE_END.search(text))
    for reason, pattern in _CUE_RES.items():
        if reason not in _LONG_LINE_CUES and (len(words) > MAX_CUE_WORDS or (ends and len(words) > 4)):
            continue  # a sentence that merely starts like a cue ("Share prices fell.")
        if pattern.match(text):
            cue = reason
            break
    return Line(
        index=index,
        text=text,
        words=len(words),
        sentence_end=bool(_SENTENCE_END.search(text)),
        sentence_marks=len(_SENTENCE_MARK.findall(text)),
        stopword_density=density,
        cue=cue,
        breadcrumb=bool(_BREADCRUMB.match(text)) or _crumb_trail(text),
        counter=bool(_COUNTER.match(text)),
    )
