"""Word lists and frequency limits that tell names from ordinary words.

Small generic lists (no names): postpositions, roles and titles before a name,
cue words after one, and the English equivalents.  Zipf thresholds (wordfreq
frequencies, :func:`khabar.analyse.gazetteer.zipf`) calibrated on the five seed
reports and one day of Amar Ujala (March 2020) unless said otherwise.
"""

from __future__ import annotations

from khabar.analyse.gazetteer import zipf
from khabar.analyse.normalise import normalise
from khabar.analyse.tokens import Token, token_zipf


def _folded(words: str) -> frozenset[str]:
    """Tokens are compared in folded form (ॉ -> ा, nukta dropped), so the lists are folded too."""
    return frozenset(normalise(w) for w in words.split())


# The ergative marker, and its common misspelling with an anusvara (105 times in the March
# 2020 papers, 16 BBC Hindi reports: "पंकज यादव नें बीबीसी को बताया" had made a person
# "Pankaj Yadav Nen Bibisi").
ERGATIVE_HI = _folded("ने नें")
POSTPOSITIONS = ERGATIVE_HI | _folded("को से के की का में पर तक द्वारा लिए साथ बीच ओर तरफ वाले वाली वाला जी")
# "And" joining two words of one name ("स्वास्थ्य एवं परिवार कल्याण मंत्रालय").
_AND_WORDS = "एवं तथा और व"
AND_HI = _folded(_AND_WORDS)

# Titles and roles written before a name (the name follows them).
ROLES_HI = _folded(
    """
    राष्ट्रपति उपराष्ट्रपति प्रधानमंत्री मंत्री मुख्यमंत्री उपमुख्यमंत्री नेता प्रवक्ता गवर्नर राज्यपाल
    अधिकारी सचिव महासचिव तानाशाह सांसद विधायक अध्यक्ष उपाध्यक्ष निदेशक चेयरमैन सीईओ राजदूत
    कमांडर जनरल न्यायाधीश जज श्री श्रीमती सुश्री डॉ डॉक्टर प्रोफेसर प्रो कप्तान कोच अभिनेता अभिनेत्री
    गायक गायिका मेयर महापौर चांसलर पीएम सीएम एनएसए कलेक्टर जिलाधिकारी आयुक्त उपायुक्त क्रिकेटर
    महाराज सम्राट राजा रानी राजकुमार राजकुमारी पोप शेख डाॅ
    मंडलायुक्त एसपी एसएसपी डीएसपी डीएम एसडीएम सीएमओ थानाध्यक्ष प्रभारी कुलपति प्राचार्य
    डीसी डीजीपी आईजी डीआईजी एडीएम बीडीओ एसएचओ एसओ सीओ डीसीपी एसीपी टीटीई एमएलए जेसीओ
    एक्टर एक्ट्रेस सिंगर स्पोक्सपर्सन योगगुरु अधिवक्ता महाधिवक्ता वकील एमडी सीएमडी
    कैप्टन समन्वयक मैनेजर डायरेक्टर जस्टिस न्यायमूर्ति एडमिरल मरहूम स्वर्गीय दिवंगत
    पत्रकार संवाददाता मजिस्ट्रेट कार्डिनल बिशप आर्चबिशप फादर पादरी
    """
)
# Words that complete a district officer's title before the name: "एसपी सिटी श्वेता
# चौबे", "एसपी ग्रामीण ...", "डीसीपी ट्रैफिक ..." (the post's charge, never a name).
ROLE_QUALIFIERS_HI = _folded("सिटी ग्रामीण देहात क्राइम ट्रैफिक यातायात पूर्वी पश्चिमी उत्तरी दक्षिणी")
# (डाॅ is डॉ typed with a candra: a title, never a name; the last lines: Indian
# district officials, loanwords (actor, singer, spokesperson, MD) and other
# professions, written before a name and never part of it)
# (मैनेजर, डायरेक्टर, जस्टिस, न्यायमूर्ति, एडमिरल and the late's मरहूम, स्वर्गीय, दिवंगत: BBC
# Hindi had "Mainejar Gareth Dansmor", "Jastis Miyan Saqib Nisar", "Marhum Sunil Datt")
# (professions such as वैज्ञानिक, विशेषज्ञ are left out: "वैज्ञानिक कोरोना वायरस की दवा" is far
# commoner than a name.  पत्रकार, संवाददाता and मजिस्ट्रेट are in: in BBC Hindi and March 2020
# a name follows them far more often than not ("बीबीसी संवाददाता विदित मेहरा", "मजिस्ट्रेट
# सुमित सभरवाल"); with them the two corpora gain 27 people, one of them wrong ("नोम्सा
# केपटाउन", Nomsa of Cape Town), and their other followers are sentence words the name
# rules refuse, or वार्ता and सम्मेलन below: a press conference is no one.)
# Titles strong enough to vouch for a following word however common it is
# (प्रधानमंत्री मोदी: मोदी is 6.02; राहुल 5.5, गांधी 5.58 after नेता).
TITLES_HI = _folded(
    """
    राष्ट्रपति उपराष्ट्रपति प्रधानमंत्री मुख्यमंत्री उपमुख्यमंत्री राज्यपाल गवर्नर श्री श्रीमती सुश्री डॉ डॉक्टर
    प्रोफेसर प्रो पीएम सीएम सांसद विधायक तानाशाह चांसलर महापौर मेयर राजदूत डाॅ जस्टिस न्यायमूर्ति
    """
)
# Words of Indian names so common that wordfreq ranks them with ordinary words
# (सिंह 5.83, कुमार 5.42, यादव 5.38, शर्मा 5.1): after a first name they go on with
# the name ("मुख्य सचिव उत्पल कुमार सिंह"), whatever their frequency.
COMMON_NAME_WORDS_HI = _folded(
    """
    सिंह कुमार कुमारी शर्मा यादव गुप्ता वर्मा प्रसाद देवी खान अली मिश्रा पांडे पांडेय तिवारी
    चौबे दुबे दास राय चौधरी चौहान गांधी पटेल शाह जैन अग्रवाल श्रीवास्तव सिन्हा ठाकुर मौर्य
    """
)
# Abbreviated titles that a full stop may follow before the name: "डॉ . पीके दास".
ABBREVIATED_TITLES_HI = _folded("डॉ डाॅ प्रो")
# Words that make the noun after them a class, not a title: "एक जूनियर डॉक्टर",
# "सभी विधायक", "कई मंत्री" (a role after them is no name's title).
QUANTIFIERS_HI = _folded("एक कई सभी कुछ हर प्रत्येक अनेक तमाम दो तीन चार पांच दोनों अन्य")
# Roles that an organisation (or a country) holds: "X के प्रवक्ता" -> X is an organisation.
ORG_ROLES_HI = _folded("प्रवक्ता स्पोक्सपर्सन प्रमुख अध्यक्ष निदेशक चेयरमैन सीईओ प्रबंध संस्थापक अधिकारी महासचिव सचिव")
# Generic nouns that follow a role word but are not names ("राष्ट्रपति कार्यालय").
NOT_NAMES_HI = _folded(
    """
    कार्यालय भवन पद चुनाव स्तर भी रहे रह बनने बने बनी चुने उम्मीदवार सोमवार मंगलवार बुधवार गुरुवार
    शुक्रवार शनिवार रविवार जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर नवंबर नवम्बर
    दिसंबर दिसम्बर आज कल परसों हाल दफ्तर आवास निवास सदन विपक्ष प्रतिपक्ष मौके मौका कार्यकाल शपथ
    ग्रहण प्रशासन जिला जिले सरकार पुलिस विभाग टीम दल लोग सूत्रों सूत्र जांच बैठक बयान पत्र संबोधन दौरे
    दौरा यात्रा सम्मेलन वार्ता समेत सहित खुद स्वयं फिलहाल लगातार पहली बार
    बेटे बेटा बेटी पुत्र पुत्री पत्नी पति भाई बहन पिता माता कर्मचारी मजदूर मरीज शिक्षक छात्र यात्री
    शोधकर्ता रिसर्चर रिसर्चर्स वैज्ञानिक विशेषज्ञ एक्सपर्ट संवाददाता प्रसारक
    वायरस संक्रमण महामारी बीमारी लॉकडाउन वैक्सीन लैब प्रयोगशाला रैंक तेजी ब्वॉय बॉय
    रहते रहता रहती हालात स्थिति शामिल मौजूद दूर होली दिवाली
    स्थित अलावा कारण वजह समर्थन जिक्र जानकारी बड़ी बड़ा बड़े नमूने नमूना फंसे
    जिनमें खाली अचानक दिखाने परिजन इलाज आये एहतियातन संक्रमित स्वास्थ्यकर्मी
    """
)
# (the last two lines: words of the sentence around a name that the organisation cue's walk
# back had taken in, March 2020: "खेमनीचक स्थित शरणम हॉस्पिटल", "अलावा पतंजलि योग समिति",
# "नमूने गोरखपुर मेडिकल कॉलेज", "फंसे यस बैंक", "जिक्र विश्व स्वास्थ्य संगठन"; before a
# hospital's name, "जिनमें कस्तूरबा गांधी अस्पताल", "एहतियातन संतोष हॉस्पिटल", "खाली सेवन हिल्स";
# the five before them: kinship words and classes of people, which stand before a
# name but are never part of it, "सांसद बेटे दुष्यंत सिंह", "जनरल ओबीसी कर्मचारी";
# professions that stand where a name would, as the agent of a reporting verb,
# "शोधकर्ता ने कहा", or before one, "शोधकर्ता गगनदीप कांग", and are not roles, being
# far commoner before a verb than before a name; then common nouns, verbs and
# predicates that a title's name runs on into: "प्रधानमंत्री X वायरस के खिलाफ",
# "X हालात पर नजर", "X शामिल हैं", "X होली मिलन में", "प्रधानमंत्री मोदी रहते हैं")
# Heads of the names of things a role word may stand before: "मुख्यमंत्री कृषक
# दुर्घटना कल्याण योजना", "श्री राम मिलेनियम स्कूल", "कोच सह पृथक वार्ड" (a scheme, a
# school, a railway coach fitted as an isolation ward: no person; BBC Hindi: "डा. अम्बेडकर
# स्मारक", a memorial, had been a person).
NON_PERSON_HEADS_HI = _folded(
    "योजना अभियान मिशन कार्यक्रम स्कूल विद्यालय मंदिर मस्जिद अस्पताल होटल मार्ग रोड चौक पार्क वार्ड स्मारक")
# A court is named by its town and nothing else: "दिल्ली हाईकोर्ट", "पटना हाईकोर्ट" (23
# हाईकोर्ट in the March 2020 papers had named no organisation); other words before the
# word describe a court ("जिला न्यायालय", "खिलाड़ी टेनिस कोर्ट पर उतरे").
COURT_CUES_HI = _folded("कोर्ट हाईकोर्ट न्यायालय")
# Hospital names: the words that say what kind of hospital it is are no name on their
# own ("सदर अस्पताल", "संक्रामक रोग अस्पताल", "नोडल अस्पताल", "निकटतम सरकारी अस्पताल"),
# though they belong to a name after one ("मुंगेर सदर अस्पताल", "गुरदासपुर सिविल
# अस्पताल").  Drawn from the 54 hospital names the rule found in March 2020.
HOSPITAL_CUES_HI = _folded("अस्पताल हॉस्पिटल")
# Words that close an organisation's name and belong to it (the courts' and hospitals' among them).
ORG_CUES_HI = COURT_CUES_HI | HOSPITAL_CUES_HI | _folded(
    """
    हाउस पार्टी एजेंसी कंपनी बैंक विश्वविद्यालय यूनिवर्सिटी संगठन परिषद आयोग समिति फोरम टाइम्स न्यूज
    बोर्ड लिमिटेड मंत्रालय फाउंडेशन इंस्टीट्यूट संस्थान कॉलेज क्लब एयरलाइंस ग्रुप कॉर्पोरेशन पोस्ट
    फंड कोष एसोसिएशन यूनियन फेडरेशन कमिशन कमीशन काउंसिल कमेटी ट्रस्ट सोसाइटी सोसायटी मिनिस्ट्री
    महासंघ एक्सचेंज
    """
)
# (सोसायटी is the spelling the March 2020 papers use most, 22 times to सोसाइटी's 3: "रेड क्रॉस
# सोसायटी", a Noida housing "केपटाउन सोसायटी", which had been the city of Cape Town)
# Native generic nouns among them: after one ordinary word they describe ("शिक्षण संस्थान").
NATIVE_ORG_CUES_HI = _folded("संगठन परिषद आयोग समिति मंत्रालय विश्वविद्यालय संस्थान फंड कोष महासंघ अस्पताल")
# (फंड and कोष too: "कोरोना से जुड़े फंड", "राशि सीएसआर फंड" describe a fund)
HOSPITAL_KINDS_HI = _folded(
    """
    सदर सरकारी निजी जिला सिविल सामान्य बेस नोडल डेडिकेटेड संक्रामक रोग महिला मिलिट्री सैन्य
    अस्थाई अस्थायी रेलवे स्थानीय निकटतम नजदीकी संबद्ध कोविड सुपर स्पेशियलिटी मल्टी प्राइवेट
    """
)
POLICE_STATIONS_HI = _folded("थाना थाने")
# Words after a place name that are not part of it: "खासान स्टेशन", "प्रिमोरी क्षेत्र", "क्रीमिया स्थित".
PLACE_CUES_HI = POLICE_STATIONS_HI | _folded("शहर स्टेशन प्रांत क्षेत्र इलाके इलाका जिले जिला गांव कस्बे द्वीप नदी स्थित प्रदेश प्रखंड तहसील")
# (a police station is named for its locality: "हुलासगंज थाना क्षेत्र", "टूंडला थाने में",
# 13 localities so in March 2020; not when the word before says what kind of station it
# is, "महिला थाना", "मुफस्सिल थाना", "जीआरपी थाना"; so is a block or a tehsil, "सन्हौला
# प्रखंड", "रुदौली तहसील": 7 more, all right)
POLICE_STATION_KINDS_HI = _folded("मुफस्सिल कोतवाली महिला सदर यातायात ट्रैफिक साइबर जीआरपी आरपीएफ")
# Facility words that end a place's name and belong to it: "X कोस्मोड्रोम", "X एयरपोर्ट".
# (Not काउंटी: "स्नोहोमिश काउंटी", a labelled miss, split the March 2020 report of six US
# deaths from its other half in the clustering pool, 24-day BCubed F1 0.899 -> 0.897.)
FACILITY_CUES_HI = _folded("कोस्मोड्रोम कॉस्मोड्रोम एयरपोर्ट स्टेडियम पैलेस टावर स्क्वायर हवाईअड्डा")
# Possessive postpositions: "X के प्रवक्ता" names X as the holder of a role.
POSSESSIVES_HI = frozenset(("के", "की", "का"))
# Reporting verbs: "X ने कहा" makes X a speaker, usually a person.
REPORTING_HI = _folded("कहा बताया कहना बोले बोलीं बोला लिखा दावा आरोप ट्वीट पूछा")
# English verbs of saying, as a speaker is named after a quote or a statement ("..., she said").
REPORTING_EN = frozenset(
    """said says told wrote tweeted reported added stated noted explained announced confirmed recounted
    insisted argued claimed declared warned""".split())
# Postpositions that put a word in a place, not a person: "नेता आइसोलेशन में".
LOCATIVES_HI = frozenset({"में", "पर", "तक"})
# Markers after a name that make a common word a name: "मोदी ने", "मोदी जी".
AGENT_MARKERS = ERGATIVE_HI | frozenset({"जी"})

# English spellings of the loanword cues, for display names ("व्हाइट हाउस" -> "... House").
CUES_IN_ENGLISH = {
    "हाउस": "House", "पार्टी": "Party", "एजेंसी": "Agency", "कंपनी": "Company", "बैंक": "Bank",
    "यूनिवर्सिटी": "University", "फोरम": "Forum", "टाइम्स": "Times", "न्यूज": "News", "बोर्ड": "Board",
    "लिमिटेड": "Limited", "फाउंडेशन": "Foundation", "इंस्टीट्यूट": "Institute", "कॉलेज": "College",
    "क्लब": "Club", "एयरलाइंस": "Airlines", "ग्रुप": "Group", "कॉर्पोरेशन": "Corporation", "पोस्ट": "Post",
    "फंड": "Fund", "एसोसिएशन": "Association", "यूनियन": "Union", "फेडरेशन": "Federation",
    "कमिशन": "Commission", "कमीशन": "Commission", "काउंसिल": "Council", "कमेटी": "Committee",
    "ट्रस्ट": "Trust", "सोसाइटी": "Society", "सोसायटी": "Society", "हॉस्पिटल": "Hospital", "मिनिस्ट्री": "Ministry",
    "एक्सचेंज": "Exchange", "अस्पताल": "Hospital", "कोर्ट": "Court", "हाईकोर्ट": "High Court",
    "कोस्मोड्रोम": "Cosmodrome", "कॉस्मोड्रोम": "Cosmodrome", "एयरपोर्ट": "Airport", "स्टेडियम": "Stadium",
    "पैलेस": "Palace", "टावर": "Tower", "स्क्वायर": "Square", "हवाईअड्डा": "Airport", "सेंट्रल": "Central",
    "ईस्ट": "East",
    "वेस्ट": "West", "नॉर्थ": "North", "साउथ": "South", "इंटरनेशनल": "International", "नेशनल": "National",
    # Loanwords too common in Hindi for the English respelling (ANGLICISE_MAX_HI_ZIPF):
    # "मेडिकल कॉलेज" read "Medikal College" in the March 2020 digests.
    "मेडिकल": "Medical", "स्कूल": "School", "स्टेट": "State", "कैंसर": "Cancer", "हार्ट": "Heart",
    "क्रिकेट": "Cricket", "कंट्रोल": "Control", "ओलंपिक": "Olympic", "टेबल": "Table", "टेनिस": "Tennis",
    "टेलीकॉम": "Telecom", "टेलिकॉम": "Telecom", "पब्लिक": "Public", "सर्विस": "Service", "रिसर्च": "Research",
    "साइंसेज": "Sciences", "साइंस": "Science", "हेल्थ": "Health", "ब्यूरो": "Bureau", "पुलिस": "Police",
    "रिजर्व": "Reserve", "डिपार्टमेंट": "Department", "ऑर्गनाइजेशन": "Organization",
    # English words inside loanword names, which the respelling leaves alone (too short)
    # or reads wrong: "यूनाइटेड फोरम ऑफ बैंक" had read "United Forum Oph Bank", "ईस्ट
    # इंडिया कंपनी" "East Indiya Company", "लाइफ़ एंड टाइम्स" "Laif End Times" (March
    # 2020 and BBC Hindi, six names).
    "ऑफ": "of", "एंड": "and", "ऑल": "All", "इंडिया": "India",
}

# Native Hindi words of institution names and their English renderings (the
# first is shown; the others are tried when an acronym is matched: आयुर्विज्ञान
# is "Medical Sciences" in AIIMS and "Medical" in ICMR).  Only names made of
# nothing but these, the cue words above and places are translated
# (khabar.analyse.institutions), so proper names of ordinary words (भारतीय
# जनता पार्टी, राष्ट्रीय स्वयंसेवक संघ, केंद्रीय विद्यालय) keep their Hindi form.
# Drawn from the ORG names of the March 2020 papers and generic Indian usage.
# Scope words open the name; an English name may put its head noun right
# after them ("Indian Council of Medical Research", ICMR).
INSTITUTION_SCOPES_HI: dict[str, tuple[str, ...]] = {
    "विश्व": ("World",), "अंतरराष्ट्रीय": ("International",), "अंतर्राष्ट्रीय": ("International",),
    "राष्ट्रीय": ("National",), "केंद्रीय": ("Central",), "केन्द्रीय": ("Central",), "भारतीय": ("Indian",),
    "अखिल": ("All",), "भारत": ("India",), "राज्य": ("State",), "संयुक्त": ("United",),
    "सरकारी": ("Government",), "राजकीय": ("Government",), "लोक": ("Public",), "सार्वजनिक": ("Public",), "चीनी": ("Chinese",),
    "अमेरिकी": ("American",), "उच्च": ("High",), "सर्वोच्च": ("Supreme",), "उच्चतम": ("Supreme",),
}
INSTITUTION_WORDS_HI: dict[str, tuple[str, ...]] = {
    # fields
    "स्वास्थ्य": ("Health",), "परिवार": ("Family",), "कल्याण": ("Welfare",), "चिकित्सा": ("Medical",),
    "आयुर्विज्ञान": ("Medical Sciences", "Medical"), "आर्युविज्ञान": ("Medical Sciences", "Medical"),
    "विज्ञान": ("Science",), "अनुसंधान": ("Research",), "शोध": ("Research",), "शिक्षा": ("Education",),
    "माध्यमिक": ("Secondary",), "सेवा": ("Service",), "निर्वाचन": ("Election",), "आपदा": ("Disaster",),
    "प्रबंधन": ("Management",), "विकास": ("Development",), "कृषि": ("Agricultural",), "खाद्य": ("Food",),
    "सुरक्षा": ("Security",), "रक्षा": ("Defence",), "गृह": ("Home",), "विदेश": ("Foreign",), "वित्त": ("Finance",),
    "रेल": ("Railway",), "नागरिक": ("Civil",), "नागर": ("Civil",), "उड्डयन": ("Aviation",), "विमानन": ("Aviation",),
    "उच्चतर": ("Higher",), "लोकसेवा": ("Public Service",), "चुनाव": ("Election",),
    "पर्यटन": ("Tourism",), "श्रम": ("Labour",), "वाणिज्य": ("Commerce",), "उद्योग": ("Industry",),
    "वितरण": ("Distribution",), "उपभोक्ता": ("Consumer",), "मामले": ("Affairs",), "मामलों": ("Affairs",),
    "खेल": ("Sports",), "युवा": ("Youth",), "अन्वेषण": ("Investigation",), "मौसम": ("Weather",),
    "सूचना": ("Information",), "प्रसारण": ("Broadcasting",), **dict.fromkeys(_AND_WORDS.split(), ("and",)),
    # heads
    "मंत्रालय": ("Ministry",), "विभाग": ("Department",), "संगठन": ("Organization",), "परिषद": ("Council",),
    "आयोग": ("Commission",), "समिति": ("Committee",), "संस्थान": ("Institute",),
    "विश्वविद्यालय": ("University",), "महाविद्यालय": ("College",), "प्राधिकरण": ("Authority",),
    "निगम": ("Corporation",), "महासंघ": ("Federation",), "परिसंघ": ("Confederation",), "केंद्र": ("Centre",),
    "अस्पताल": ("Hospital",), "कार्यालय": ("Office",), "न्यायालय": ("Court",), "सचिवालय": ("Secretariat",),
    "प्रशासन": ("Administration",), "सेना": ("Army",), "नौसेना": ("Navy",), "वायुसेना": ("Air Force",),
    "बल": ("Force",),
}
# International bodies whose Hindi names are ordinary words with no organisation cue
# ("संयुक्त राष्ट्र" is "united nation"; "परिषद", "संगठन", "बैंक", "कोष" names are found by
# their cue): the names as Hindi papers write them, and the English name.
KNOWN_ORGANISATIONS_HI: dict[tuple[str, ...], str] = {
    ("संयुक्त", "राष्ट्र", "संघ"): "United Nations Organization", ("संयुक्त", "राष्ट्र"): "United Nations",
    ("यूरोपीय", "संघ"): "European Union", ("यूरोपियन", "यूनियन"): "European Union",
    ("अफ्रीकी", "संघ"): "African Union", ("नाटो",): "NATO", ("इंटरपोल",): "Interpol",
    ("इस्लामिक", "स्टेट"): "Islamic State",
    # a national body with no cue word ("भारतीय रेलवे ने ... ट्रेनें रद्द कीं": 9 March 2020 mentions)
    ("भारतीय", "रेलवे"): "Indian Railways", ("भारतीय", "रेल"): "Indian Railways",
    ("सुप्रीम", "कोर्ट"): "Supreme Court", ("उच्चतम", "न्यायालय"): "Supreme Court",
    ("सर्वोच्च", "न्यायालय"): "Supreme Court",
    ("लोकसभा",): "Lok Sabha", ("राज्यसभा",): "Rajya Sabha", ("लोक", "सभा"): "Lok Sabha", ("राज्य", "सभा"): "Rajya Sabha",
    # parties' full names, spelt as they spell them ("Am Admi Party" had been the romanisation).
    # (Not the bare names and initials, कांग्रेस, भाजपा: found in every political report, they
    # joined two held-out days' stories into one event, BCubed F1 0.878 -> 0.874.)
    ("आम", "आदमी", "पार्टी"): "Aam Aadmi Party", ("तृणमूल", "कांग्रेस"): "Trinamool Congress",
    # Indian newspapers and channels, which Hindi reports cite and credit ("अमर उजाला से
    # बातचीत में"): no cue word types them, and अमर is also a given name.  ("आज तक" is
    # left out: it is far more often "until today".)
    ("अमर", "उजाला"): "Amar Ujala", ("दैनिक", "जागरण"): "Dainik Jagran", ("दैनिक", "भास्कर"): "Dainik Bhaskar",
    ("दैनिक", "हिंदुस्तान"): "Dainik Hindustan", ("प्रभात", "खबर"): "Prabhat Khabar",
    ("नवभारत", "टाइम्स"): "Navbharat Times", ("जनसत्ता",): "Jansatta", ("राजस्थान", "पत्रिका"): "Rajasthan Patrika",
    ("हिंदुस्तान", "टाइम्स"): "Hindustan Times", ("टाइम्स", "ऑफ", "इंडिया"): "The Times of India",
    ("इंडियन", "एक्सप्रेस"): "The Indian Express", ("इंडिया", "टुडे"): "India Today", ("जी", "न्यूज"): "Zee News",
    # the platforms and companies reports name as sources and actors ("ट्विटर पर लिखा", "अमेजन
    # ने डिलीवरी रोकी"): no cue word types them, and "Amejan" had been a person (March 2020)
    ("ट्विटर",): "Twitter", ("फेसबुक",): "Facebook", ("गूगल",): "Google", ("इंस्टाग्राम",): "Instagram",
    ("यूट्यूब",): "YouTube", ("व्हाट्सएप",): "WhatsApp", ("व्हाट्सऐप",): "WhatsApp", ("टिकटॉक",): "TikTok",
    ("माइक्रोसॉफ्ट",): "Microsoft", ("नेटफ्लिक्स",): "Netflix", ("अमेजन",): "Amazon", ("अमेज़न",): "Amazon",
    ("रॉयटर्स",): "Reuters", ("बोइंग",): "Boeing", ("सैमसंग",): "Samsung", ("ऐपल",): "Apple", ("एप्पल",): "Apple",
    ("इंफोसिस",): "Infosys", ("रिलायंस",): "Reliance", ("नोकिया",): "Nokia", ("पेटीएम",): "Paytm", ("उबर",): "Uber",
}
# ... and as English text writes them, where no cue word types them either.
KNOWN_ORGANISATIONS_EN = frozenset(name.lower() for name in KNOWN_ORGANISATIONS_HI.values())
# Short acronyms that name one body in any Hindi or English news: an institution's Hindi
# name whose translation spells one is that body even where no article names both
# (linking.SHORT_ACRONYM_MAX); most short acronyms spell several (CBI, CHC, ICC, IOC, NDA).
UNAMBIGUOUS_ACRONYMS_EN = {
    "WHO": "World Health Organization", "UN": "United Nations", "IMF": "International Monetary Fund",
    "WTO": "World Trade Organization", "ILO": "International Labour Organization",
    "FAO": "Food and Agriculture Organization", "RBI": "Reserve Bank of India", "SBI": "State Bank of India",
}
# Two-word phrases of institution names rendered as one.
# ("राष्ट्र" alone is no "Nations": तेलंगाना राष्ट्र समिति is the Telangana Rashtra Samithi.)
INSTITUTION_PHRASES_HI: dict[tuple[str, str], tuple[str, ...]] = {
    ("अखिल", "भारतीय"): ("All India",), ("संयुक्त", "राष्ट्र"): ("United Nations",)}
# A leading nationality in an English institution name may stand at its end
# ("Indian Reserve Bank" is the Reserve Bank of India, RBI).
NATIONALITIES_EN = {"Indian": "India", "Chinese": "China", "American": "America"}
# Demonyms no suffix rule of latin_names.demonym_place reads ("Russian" -> Russia
# is a rule, "Swedish" -> Sweden is none; "Korean": the gazetteer holds only the two
# Koreas; "Palestinian" -> Palestine): adjectives, never a name on their own (AEB had
# made organisations of "Korean", 10 mentions, and "Israeli-Palestinian").
IRREGULAR_DEMONYMS_EN = frozenset(
    """swedish danish finnish norwegian british english scottish welsh irish dutch french swiss
    spanish portuguese polish turkish greek czech slovak belgian thai filipino afghan mexican
    ecuadorean ecuadorian peruvian argentine argentinian moroccan lebanese maltese ghanaian
    emirati saudi kazakh uzbek tajik korean palestinian
    arab kurdish kurd latino hispanic""".split()
)

# Abbreviations that name no organisation: degrees, taxes, services, things,
# classes of people (the acronym finder reads जीएसटी, पीपीई, बीए as letters;
# the March 2020 papers and the BBC test set are full of them).
NOT_ORG_ACRONYMS = frozenset(
    """
    GST PPE ID BA MA BSC MSC BED PHD MBBS MD OBC SC ST EWS TV TB HIV AIDS DNA RNA ATM PAN OTP SMS PIN ICU
    OPD FIR PIL CCTV PC GDP EMI LPG CNG VIP NRI IAS IPS IFS IRS PCS NCR NPR NRC CAA UT OMR QR AC IPC CSR
    SUV SUVS EV AWD PM AM PR IPO GMT UTC RGB HZ GHZ MHZ LED LCD OLED USB HDMI CPU GPU RAM SSD HD UHD VR
    APP APPS FAQ CEO CFO COO CTO RS MPH KM KG MG ML MW GW KWH GB MB KB FPS
    COVID SARS MERS XI PSU
    GPS SIM GSM CDMA LTE NFC VPN API SDK IOT MRI CT AI
    """.split()
)

ROLES_EN = frozenset(
    """
    president vice prime minister ministers secretary governor senator sen rep representative mr mrs ms dr
    prof professor general gen col colonel lt chancellor king queen prince princess pope sheikh spokesman
    spokeswoman spokesperson leader chief ceo chairman chairwoman mayor judge justice ambassador commander
    captain coach lord sir lady dictator premier envoy director head founder officer official
    executive administrator manager superintendent attorney commissioner adviser advisor deputy sheriff
    inspector editor economist analyst strategist chair chairperson treasurer cfo coo cto detective
    sergeant sgt lieutenant gov atty rabbi bishop cardinal imam pastor dean hon
    """.split()
)
# A party's member before a given name is a person's cue, as a title is: "Republican Phil
# Bryant", "Democrat Jim Hood" (AEB); before anything else the word names the party
# ("Republican Party", "Democratic National Committee").
PARTY_MEMBERS_EN = frozenset("republican republicans democrat democrats democratic".split())
# Titles written abbreviated with a stop ("Mr. Trump", "Sen. Warren", "Dr. Gupta").
TITLE_ABBREVIATIONS_EN = frozenset("mr mrs ms dr sen rep gen col lt gov sgt prof atty hon".split())
# A paper named after its city is an organisation: "Chicago Tribune", once Chicago is a
# place; not across "and", where the paper's name is its company's, "McClatchy and Tribune".
NEWSPAPER_CUES_EN = frozenset("tribune herald journal gazette chronicle telegraph".split())
ORG_CUES_EN = frozenset(
    """
    ministry party agency house council times news university bank company corporation corp inc ltd
    army navy committee commission forum organisation organization association institute foundation
    union court parliament congress senate department office police post group airlines kremlin pentagon
    co studios media records entertainment productions motors technologies laboratory labs holdings
    llc plc network observatory team
    authority institution center centre project
    awards airways express brothers
    """.split()
) | NEWSPAPER_CUES_EN
# (team: "ESA Topical Team" had been a person.)
# (authority, institution, center, centre, project: AEB pages (Nov 2019) had made people of
# "Washington Healthcare Authority", "Urban Institute-Brookings Institution Tax Policy
# Center" and "Lexus Project", each opening with a given name; a "Center" is as often a
# venue as a body, and an organisation is the lesser error.)
# (awards, airways, express, brothers: a name led by a demonym keeps it as an organisation's
# does, "American Music Awards", "British Airways", "The Indian Express", where the
# demonym had been trimmed ("Music Awards", "Airways") or the paper lost; a band or firm
# named "<Name> Brothers" had been no entity: "The Doobie Brothers" (AEB, Nov 2019).)
FACILITY_CUES_EN = frozenset(
    "cosmodrome airport station stadium square street road island islands river mountains lake province region "
    "county district valley bay sea ocean palace bridge port pavilion amphitheatre amphitheater".split()
)
# (pavilion, amphitheatre: a tour's venues, "Cynthia Woods Mitchell Pavilion", "Ak-Chin
# Pavilion", had been people; "Arena" and "Hall" are surnames too and stay out.)
# A product line's last word: a span ending in one is a model, no person ("Mac Pro", Mac
# a given name, and "AMD Radeon Pro" were people on an AEB laptop review; "iPhone 11 Pro
# Max", "Galaxy S10 Plus", "iPad Mini", "Switch Lite").  None is a surname.
PRODUCT_LINE_WORDS_EN = frozenset("pro max plus mini ultra lite".split())
# Lower-case words inside a person's name: "Ludwig van Beethoven", "Osama bin Laden".
NAME_PARTICLES_EN = frozenset("von van de da del der di du la le bin ibn al el ul ur".split())
CONNECTORS_EN = frozenset("of the de del da di von van bin al el la le du".split())
WEEKDAYS_MONTHS_EN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
DIRECTIONS_EN = frozenset("north south east west northern southern eastern western".split())
# A region named after a place it is not: "Inner Mongolia" is in China, "Lower Saxony" in Germany.
REGION_QUALIFIERS_EN = frozenset("inner outer upper lower greater".split())
# US states by their postal codes and the AP's abbreviations, as US papers write them
# after a town: "Tampa, FL", "Nashville, TN" (AEB's tour dates had made organisations of
# ten), "BUFFALO, N.Y. —", "Sacramento, Calif.," (AEB datelines; the AP's are always
# written with their dots, dropped here; None: the AP writes the name in full).
US_STATES = (
    ("Alabama", "AL", "Ala"), ("Alaska", "AK", None), ("Arizona", "AZ", "Ariz"), ("Arkansas", "AR", "Ark"),
    ("California", "CA", "Calif"), ("Colorado", "CO", "Colo"), ("Connecticut", "CT", "Conn"),
    ("Delaware", "DE", "Del"), ("District of Columbia", "DC", "DC"), ("Florida", "FL", "Fla"),
    ("Georgia", "GA", "Ga"), ("Hawaii", "HI", None), ("Idaho", "ID", None), ("Illinois", "IL", "Ill"),
    ("Indiana", "IN", "Ind"), ("Iowa", "IA", None), ("Kansas", "KS", "Kan"), ("Kentucky", "KY", "Ky"),
    ("Louisiana", "LA", "La"), ("Maine", "ME", None), ("Maryland", "MD", "Md"), ("Massachusetts", "MA", "Mass"),
    ("Michigan", "MI", "Mich"), ("Minnesota", "MN", "Minn"), ("Mississippi", "MS", "Miss"), ("Missouri", "MO", "Mo"),
    ("Montana", "MT", "Mont"), ("Nebraska", "NE", "Neb"), ("Nevada", "NV", "Nev"), ("New Hampshire", "NH", "NH"),
    ("New Jersey", "NJ", "NJ"), ("New Mexico", "NM", "NM"), ("New York", "NY", "NY"), ("North Carolina", "NC", "NC"),
    ("North Dakota", "ND", "ND"), ("Ohio", "OH", None), ("Oklahoma", "OK", "Okla"), ("Oregon", "OR", "Ore"),
    ("Pennsylvania", "PA", "Pa"), ("Rhode Island", "RI", "RI"), ("South Carolina", "SC", "SC"),
    ("South Dakota", "SD", "SD"), ("Tennessee", "TN", "Tenn"), ("Texas", "TX", None), ("Utah", "UT", None),
    ("Vermont", "VT", "Vt"), ("Virginia", "VA", "Va"), ("Washington", "WA", "Wash"), ("West Virginia", "WV", "WVa"),
    ("Wisconsin", "WI", "Wis"), ("Wyoming", "WY", "Wyo"),
)
US_STATE_CODES = {code: state for state, code, _ in US_STATES}
US_STATE_ABBREVIATIONS = {abbreviation: state for state, _, abbreviation in US_STATES if abbreviation}

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


# Endings of the Hindi plural oblique (मजदूरों, दवाओं, कर्मचारियों): a word so
# inflected is a common noun ("the workers"), never a word of a name.
PLURAL_OBLIQUE_ENDINGS = ("ों", "ओं")
# ... when what is left without the ending is a Hindi word at least this common
# (मजदूर 4.51, दवा 4.81, मरीज 4.38; मैक्रों "Macron" leaves मैक्र, 0).
PLURAL_STEM_MIN_ZIPF = 3.0


def is_plural_oblique(tok: Token) -> bool:
    """मजदूरों, दवाओं, कर्मचारियों, लड़कों: a plural oblique of a Hindi noun (not मैक्रों)."""
    norm = tok.norm
    if tok.kind != "dev" or len(norm) <= 3 or not norm.endswith(PLURAL_OBLIQUE_ENDINGS):
        return False
    stem = norm[:-2]
    stems = [stem, stem + "ा", stem + "ी", stem + "े"]  # मजदूर, लड़का, साथी (साथियों), बेटे
    if stem.endswith("ि"):  # कर्मचारियों -> कर्मचारी
        stems.append(stem[:-1] + "ी")
    if stem.endswith("िय"):
        stems.append(stem[:-2] + "ी")
    return any(zipf(s, "hi") >= PLURAL_STEM_MIN_ZIPF for s in stems)


_CANDRA = frozenset("\u0949\u0911\u0945\u090d")  # ॉ ऑ ॅ ऍ


# A word that is an inflected form of a common Hindi word is that word, whatever else
# it spells: "टीके" (vaccines; टीका 4.1) is no T.K., "पीटी" (beat; पीटा 4.2) no P.T.
# (March 2020: "TK" had been an organisation in two events, 14 mentions), "थाने" (police
# station; थाना 4.5) no Thane.
_INFLECTED_ENDINGS = ("े", "ी", "ों", "ें")
_COMMON_WORD_MIN_ZIPF = 4.0


def inflects_a_common_word(word: str) -> bool:
    """Is the (normalised) word "-ा" noun or verb with another ending, and that "-ा" form common?"""
    return any(word.endswith(end) and zipf(word[: -len(end)] + "ा", "hi") >= _COMMON_WORD_MIN_ZIPF
               for end in _INFLECTED_ENDINGS)


def name_zipf(tok: Token) -> float:
    """How common the word is, for telling names from words.

    :func:`khabar.analyse.tokens.token_zipf` takes the rarer of the word as
    written and folded, which makes every word with a nukta look rare: पीड़िता is
    4.32 as written and 0 folded (पीडिता), जुड़े likewise; without a candra vowel the
    commoner of the two spellings says how common the word is.  With one the word as
    written does, when wordfreq knows it: folded it may be another word (जॉन "John"
    4.35 folds to जान "life" 5.54) or a misspelling (फुटबॉल 4.34, फुटबाल 3.47).
    """
    z = token_zipf(tok)
    if tok.kind != "dev" or tok.text.casefold() == tok.norm:
        return z
    if _CANDRA.intersection(tok.text):
        return zipf(tok.text.casefold(), "hi") or z  # ("फुटबॉल के अधिकारी" had been an organisation)
    return max(z, zipf(tok.text.casefold(), "hi"), zipf(tok.norm, "hi"))


def is_name_word(tok: Token, max_zipf: float = NAME_WORD_MAX_ZIPF, place: bool = False) -> bool:
    """Could this Devanagari token be (part of) a name?

    ``place``: a word before a place cue ("गढ़वा जिला"), judged by the rarer
    spelling as before :func:`name_zipf`: town names are often written with a
    nukta and their folded spelling is the fair measure of how rare they are.
    """
    if tok.kind != "dev" or len(tok.norm) < 2:
        return False
    hi_stop, _ = stop_words()
    if tok.norm in hi_stop or tok.norm in NOT_NAMES_HI or tok.norm in ROLES_HI or is_plural_oblique(tok):
        return False
    return (token_zipf(tok) if place else name_zipf(tok)) < max_zipf


def is_content_word(tok: Token) -> bool:
    """A Devanagari word that is neither a function word nor a one-letter particle (ओ in "डेरेक ओ ब्रायन")."""
    return tok.kind == "dev" and len(tok.norm) >= 2 and tok.norm not in stop_words()[0]


# Acronyms Hindi writes as one word, not letter by letter (एम्स is AIIMS, इसरो ISRO):
# romanised they would read "Ems", "Isro".  Well-known bodies in Indian news.
ACRONYM_WORDS_HI = {
    "एम्स": "AIIMS", "इसरो": "ISRO", "नासा": "NASA", "नाटो": "NATO", "सेबी": "SEBI", "यूनिसेफ": "UNICEF",
    "यूनेस्को": "UNESCO", "सार्क": "SAARC", "आसियान": "ASEAN", "फिक्की": "FICCI", "नाबार्ड": "NABARD",
    "ओपेक": "OPEC", "फीफा": "FIFA", "सिडबी": "SIDBI", "रिम्स": "RIMS", "नैस्कॉम": "NASSCOM",
}
