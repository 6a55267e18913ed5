"""Hindi and English stop words: function words that never start or end a keyphrase.

The Hindi list is stopwords-iso's (225 words, many of them misspellings of one
another) plus the function words it lacks and that fill Hindi news prose:
ergative and oblique pronouns (उन्होंने, उनकी), compound postpositions (के बीच,
के अनुसार, के मुताबिक), auxiliaries and light verbs in their tense forms (गए,
होगी, करेंगे, रहे), reporting verbs (कहा, बताया), discourse adverbs (अब, बता दें,
गौरतलब) and number words.  The additions were collected by reading the five
seed reports and a day of Amar Ujala (March 2020) for words that ranked as
"keyphrases" with stopwords-iso alone.

English uses scikit-learn's list (318 words) plus news reporting verbs;
stopwords-iso's English list (1,298 words) is not used because it holds content
words such as "world", "state", "million" and "government"-like nouns that are
keyphrases in news.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.package_files import package_file

# Words missing from stopwords-iso "hi" that behave as function words in news.
_HINDI_EXTRA = """
अब अभी अगर अगला अगली अगले अपनी अपने अपना आगे आज इसलिए इससे इसको इसकी इसका इसके इसमें इसपर
उन्होंने उन्हें उनसे उनका उनकी उनके उनको उसने उसका उसकी उसके उसको उससे उसमें उसपर इन्होंने
इन्हें इनसे इनके इनकी इनका उसे इसे मैं मैंने मुझे मेरा मेरी मेरे हम हमने हमें हमारा हमारी हमारे
तुम आप आपका आपकी आपके आपने वो वे ये यह वह जो जिसे जिसने जिसका जिसकी जिसके जिससे जिसमें जिनके
जिनकी जिनका जिन्होंने किसने किसका किसकी किसके क्या क्यों कैसे कैसा कैसी कब कहां कहाँ कहीं यहीं
बीच अनुसार मुताबिक दौरान बाद पहले साथ तहत जरिए ज़रिए जरिये बजाय बावजूद खिलाफ़ खिलाफ लिये लिए तरफ ओर
सामने पास ऊपर नीचे अंदर बाहर तक तथा एवं व या अथवा लेकिन परंतु परन्तु किंतु किन्तु बल्कि मगर क्योंकि
चूंकि ताकि जबकि यानी यानि अर्थात हालांकि हालाँकि फिर भी तो ही भी न नहीं ना मत सिर्फ केवल मात्र
है हैं था थे थी थीं हो होगा होगी होंगे होंगी होता होती होते होना होने हुआ हुई हुए हुईं रहा रही रहे
रहीं रहेगा रहेगी रहेंगे गया गई गयी गए गये जाएगा जाएगी जाएंगे जाता जाती जाते जाना जाने जा
करना करने करता करती करते करेगा करेगी करेंगे करें किया किए किये की कीं कर दिया दिए दी दिये देना
देने देता देती देते देंगे दें लिया ली लेना लेने लेता लेती लेते लेंगे लें सकता सकती सकते सकें
सकेगा सकेगी सकेंगे चुका चुकी चुके पाया पाई पाए लगा लगी लगे लगता लगती लगते वाला वाली वाले
कहा कहना कहते कहती कहता बताया बताई बताते बताती बताता बताना बता दें बतादें गौरतलब दरअसल साथ ही
वहीं यहां यहाँ वहां वहाँ जहां जहाँ तब जब अभी तभी कभी सभी सब कुछ कोई किसी कई हर प्रत्येक
एक दो तीन चार पांच पाँच छह सात आठ नौ दस सौ हजार हज़ार लाख करोड़ पहला पहली दूसरा दूसरी दूसरे
तीसरा तीसरी तीसरे बहुत काफी ज्यादा ज़्यादा कम अधिक थोड़ा अन्य आदि इत्यादि वगैरह खुद स्वयं
ऐसा ऐसी ऐसे वैसा वैसी वैसे जैसा जैसी जैसे इतना इतनी इतने उतना उतनी उतने कितना कितनी कितने
दोनों तीनों सबको लेकर देकर करके होकर लेते हुए द्वारा संबंध संबंधी बारे करीब लगभग क़रीब यदि चाहे मानो ना कि का के को से में पर ने
नें
"""

# News reporting and discourse words for English, on top of scikit-learn's list.
_ENGLISH_EXTRA = """
said says say told according also just like would could should may might will shall can
mr mrs ms dr one two three four five six seven eight nine ten new year years day days
week weeks month months today yesterday tomorrow monday tuesday wednesday thursday friday
saturday sunday
"""


@lru_cache(maxsize=None)
def hindi_stopwords() -> frozenset[str]:
    """Hindi function words (Devanagari), stopwords-iso plus news additions."""
    words = set(_HINDI_EXTRA.split())
    try:
        import stopwordsiso

        words |= set(stopwordsiso.stopwords("hi"))
    except Exception:  # the package is a pinned dependency; stay usable without it
        pass
    return frozenset(words)


@lru_cache(maxsize=None)
def english_stopwords() -> frozenset[str]:
    """English function words, lower case."""
    return frozenset(set(_ENGLISH_EXTRA.split()) | _sklearn_english())


def _sklearn_english() -> set[str]:
    """scikit-learn's English list, read from its source file.

    Importing ``sklearn.feature_extraction`` takes ~1.3 s (scipy and more); the
    list is one literal in ``sklearn/feature_extraction/_stop_words.py``, so it
    is parsed from there without importing anything.
    """
    try:
        import ast

        path = package_file("sklearn", "feature_extraction", "_stop_words.py")
        if path is None:
            return set()
        source = path.read_text()
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "ENGLISH_STOP_WORDS":
                return set(ast.literal_eval(node.value.args[0]))
    except Exception:  # a missing or reshaped file leaves the built-in additions
        pass
    return set()


@lru_cache(maxsize=None)
def stopwords(language: str | None = None) -> frozenset[str]:
    """Stop words for ``language`` ("hi", "en"); both lists when unknown or mixed,
    and another language's own list besides.

    Hindi news quotes English names and phrases, and English news rarely holds
    Devanagari, so the union is a safe default: the two lists do not collide.
    """
    if language == "en":
        return english_stopwords()
    return hindi_stopwords() | english_stopwords() | _other_stopwords(language)


@lru_cache(maxsize=None)
def _other_stopwords(language: str | None) -> frozenset[str]:
    """stopwords-iso's list for a language neither Hindi nor English (a Russian
    or Bengali report in the pile), empty when it has none."""
    if not language or language in ("hi", "en"):
        return frozenset()
    try:
        import stopwordsiso

        return frozenset(stopwordsiso.stopwords(language)) if stopwordsiso.has_lang(language) else frozenset()
    except Exception:  # the package is a pinned dependency; stay usable without it
        return frozenset()

