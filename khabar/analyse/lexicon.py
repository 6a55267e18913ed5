"""Word lists and frequency limits that tell names from ordinary words.

Small generic lists (no names): postpositions, roles and titles before a name,
cue words after one, and the English equivalents.  Zipf thresholds (wordfreq
frequencies, :func:`khabar.analyse.gazetteer.zipf`) calibrated on the five seed
reports and one day of Amar Ujala (March 2020) unless said otherwise.
"""

from __future__ import annotations

from khabar.analyse.normalise import normalise
from khabar.analyse.tokens import Token, token_zipf


def _folded(words: str) -> frozenset[str]:
    """Tokens are compared in folded form (ॉ -> ा, nukta dropped), so the lists are folded too."""
    return frozenset(normalise(w) for w in words.split())


POSTPOSITIONS = _folded("ने को से के की का में पर तक द्वारा लिए साथ बीच ओर तरफ वाले वाली वाला जी")

# Titles and roles written before a name (the name follows them).
ROLES_HI = _folded(
    """
    राष्ट्रपति उपराष्ट्रपति प्रधानमंत्री मंत्री मुख्यमंत्री उपमुख्यमंत्री नेता प्रवक्ता गवर्नर राज्यपाल
    अधिकारी सचिव महासचिव तानाशाह सांसद विधायक अध्यक्ष उपाध्यक्ष निदेशक चेयरमैन सीईओ राजदूत
    कमांडर जनरल न्यायाधीश जज श्री श्रीमती सुश्री डॉ डॉक्टर प्रोफेसर प्रो कप्तान कोच अभिनेता अभिनेत्री
    गायक गायिका मेयर महापौर चांसलर पीएम सीएम एनएसए कलेक्टर जिलाधिकारी आयुक्त उपायुक्त क्रिकेटर
    महाराज सम्राट राजा रानी राजकुमार राजकुमारी पोप शेख
    """
)
# (professions such as वैज्ञानिक, संवाददाता, विशेषज्ञ are left out: "हमारे संवाददाता
# कोरोना वायरस लेकर", "वैज्ञानिक कोरोना वायरस की दवा" are far commoner than names)
# Titles strong enough to vouch for a following word however common it is
# (प्रधानमंत्री मोदी: मोदी is 6.02; राहुल 5.5, गांधी 5.58 after नेता).
TITLES_HI = _folded(
    """
    राष्ट्रपति उपराष्ट्रपति प्रधानमंत्री मुख्यमंत्री उपमुख्यमंत्री राज्यपाल गवर्नर श्री श्रीमती सुश्री डॉ डॉक्टर
    प्रोफेसर प्रो पीएम सीएम सांसद विधायक तानाशाह चांसलर महापौर मेयर राजदूत
    """
)
# Roles that an organisation (or a country) holds: "X के प्रवक्ता" -> X is an organisation.
ORG_ROLES_HI = _folded("प्रवक्ता प्रमुख अध्यक्ष निदेशक चेयरमैन सीईओ प्रबंध संस्थापक अधिकारी महासचिव सचिव")
# Generic nouns that follow a role word but are not names ("राष्ट्रपति कार्यालय").
NOT_NAMES_HI = _folded(
    """
    कार्यालय भवन पद चुनाव स्तर भी रहे रह बनने बने बनी चुने उम्मीदवार सोमवार मंगलवार बुधवार गुरुवार
    शुक्रवार शनिवार रविवार जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर नवंबर नवम्बर
    दिसंबर दिसम्बर आज कल परसों हाल दफ्तर आवास निवास सदन विपक्ष प्रतिपक्ष मौके मौका कार्यकाल शपथ
    ग्रहण प्रशासन जिला जिले सरकार पुलिस विभाग टीम दल लोग सूत्रों सूत्र जांच बैठक बयान पत्र संबोधन दौरे
    दौरा यात्रा सम्मेलन समेत सहित खुद स्वयं फिलहाल लगातार पहली बार
    """
)
# Words that close an organisation's name and belong to it.
ORG_CUES_HI = _folded(
    """
    हाउस पार्टी एजेंसी कंपनी बैंक विश्वविद्यालय यूनिवर्सिटी संगठन परिषद आयोग समिति फोरम टाइम्स न्यूज
    बोर्ड लिमिटेड मंत्रालय फाउंडेशन इंस्टीट्यूट संस्थान कॉलेज क्लब एयरलाइंस ग्रुप कॉर्पोरेशन पोस्ट
    """
)
# Native generic nouns among them: after one ordinary word they describe ("शिक्षण संस्थान").
NATIVE_ORG_CUES_HI = _folded("संगठन परिषद आयोग समिति मंत्रालय विश्वविद्यालय संस्थान")
# Words after a place name that are not part of it: "खासान स्टेशन", "प्रिमोरी क्षेत्र", "क्रीमिया स्थित".
PLACE_CUES_HI = _folded("शहर स्टेशन प्रांत क्षेत्र इलाके इलाका जिले जिला गांव कस्बे द्वीप नदी स्थित प्रदेश")
# Facility words that end a place's name and belong to it: "X कोस्मोड्रोम", "X एयरपोर्ट".
FACILITY_CUES_HI = _folded("कोस्मोड्रोम कॉस्मोड्रोम एयरपोर्ट स्टेडियम पैलेस टावर स्क्वायर हवाईअड्डा")
# Possessive postpositions: "X के प्रवक्ता" names X as the holder of a role.
POSSESSIVES_HI = frozenset(("के", "की", "का"))
# Reporting verbs: "X ने कहा" makes X a speaker, usually a person.
REPORTING_HI = _folded("कहा बताया कहना बोले बोलीं बोला लिखा दावा आरोप ट्वीट पूछा")
# Postpositions that put a word in a place, not a person: "नेता आइसोलेशन में".
LOCATIVES_HI = frozenset({"में", "पर", "तक"})
# Markers after a name that make a common word a name: "मोदी ने", "मोदी जी".
AGENT_MARKERS = frozenset({"ने", "जी"})

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
DIRECTIONS_EN = frozenset("north south east west northern southern eastern western".split())

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
# Speakers found only by a reporting verb must be rare words (पेस्कोव 0; सरकार,
# पुलिस, मंत्रालय are common and are institutions, not people).
SPEAKER_MAX_ZIPF = 3.5
# Latin words this common are trimmed from the edges of capitalised spans
# ("Visit" 5.04, "News" 5.44, "Open" 5.48; "Kim" 4.59 and "Un" 4.62 stay).
LATIN_EDGE_MAX_ZIPF = 4.8
# Single tokens propagated to other articles must be rarer than this
# (क्रेमलिन 0, पुतिन 3.7, किम 3.95; जॉन 4.35 is not propagated alone).
PROPAGATE_MAX_ZIPF = 4.0

_STOP: tuple[frozenset[str], frozenset[str]] | None = None


def stop_words() -> tuple[frozenset[str], frozenset[str]]:
    """(Hindi, English) stop words; the Hindi ones folded and with the postpositions."""
    global _STOP
    if _STOP is None:
        from khabar.analyse.stopwords import english_stopwords, hindi_stopwords

        hi = frozenset(normalise(w) for w in hindi_stopwords()) | POSTPOSITIONS
        _STOP = (hi, frozenset(english_stopwords()))
    return _STOP


def is_name_word(tok: Token, max_zipf: float = NAME_WORD_MAX_ZIPF) -> bool:
    """Could this Devanagari token be (part of) a name?"""
    if tok.kind != "dev" or len(tok.norm) < 2:
        return False
    hi_stop, _ = stop_words()
    if tok.norm in hi_stop or tok.norm in NOT_NAMES_HI or tok.norm in ROLES_HI:
        return False
    return token_zipf(tok) < max_zipf
