"""The clusterer's word features: spelling variants fold to one term."""

from __future__ import annotations

from khabar.cluster.features import words


def test_spelling_variants_of_one_hindi_word_are_one_term():
    # nukta, chandrabindu and English "e" written ऐ/ै or ए/े (March 2020: ऐलान 21 times,
    # एलान 15; सैनिटाइजर 18, सेनिटाइजर 29)
    assert words("लॉकडाउन का ऐलान") == words("लॉकडाउन का एलान")
    assert words("सैनिटाइजर") == words("सेनिटाइजर")
    assert words("ज़्यादा पाँच") == words("ज्यादा पांच")


def test_an_untitled_reports_title_is_its_first_sentence_that_stands_alone():
    from khabar.analyse.sentences import split_sentences
    from khabar.cluster.features import TITLE_MAX_CHARS, article_features
    from khabar.records import Analysis, Article, Origin

    def title_of(body):
        article = Article(id="a", source="a", origin=Origin(kind="text"), title=None, body=body, language="hi")
        return article_features(Analysis(article=article, sentences=split_sentences(body, "hi"))).title

    # BBC Hindi (reports without titles): the first line's 120 characters had run into the
    # second sentence and ended mid-word
    assert title_of("महाराष्ट्र में कोरोना वायरस के 11 मामलों की पुष्टि हुई है। मुख्यमंत्री उद्धव ठाकरे ने "
                    "प्रशासन को निर्देश दिए हैं।") == "महाराष्ट्र में कोरोना वायरस के 11 मामलों की पुष्टि हुई है।"
    # a sentence opening on "लेकिन" (but) or too short to say anything is passed over
    assert title_of("लेकिन यह साफ़ नहीं है कि आगे क्या होगा और कब होगा। ईरान के राष्ट्रपति चुनाव में इस बार "
                    "सईद जलीली की उम्मीदवारी सबसे मज़बूत मानी जा रही है।").startswith("ईरान के राष्ट्रपति")
    # a long one is cut at a word, and says so
    long_title = title_of("शोधकर्ताओं ने 1,250 पाउंड (लगभग एक लाख रुपए) की लागत से एक सिस्टम बनाया है, जिससे "
                          "कार्बनिक मिश्रण और अकार्बनिक समूह मिलकर नए रसायन बना सकते हैं और प्रयोगशाला का काम आसान होगा।")
    assert long_title.endswith(" …") and len(long_title) <= TITLE_MAX_CHARS + 2
    assert long_title[:-2] in "शोधकर्ताओं ने 1,250 पाउंड (लगभग एक लाख रुपए) की लागत से एक सिस्टम बनाया है, जिससे " \
        "कार्बनिक मिश्रण और अकार्बनिक समूह मिलकर नए रसायन बना सकते हैं"
