"""Hindi institution names in English, and the acronyms they expand."""

from __future__ import annotations

from khabar.analyse.institutions import english_orders, expansions, initialisms, institution_names


def _names(text):
    return institution_names(tuple(text.split()))


def test_institution_words_are_translated():
    assert _names("विश्व स्वास्थ्य संगठन")[0] == "World Health Organization"
    assert _names("केंद्रीय स्वास्थ्य मंत्रालय")[0] == "Central Health Ministry"
    assert _names("केन्द्रीय स्वास्थ्य मंत्रालय")[0] == "Central Health Ministry"  # the other spelling
    assert _names("सरकारी मेडिकल कॉलेज")[0] == "Government Medical College"  # with a common loanword
    assert _names("झारखंड लोक सेवा आयोग")[0] == "Jharkhand Public Service Commission"  # a place opens it
    assert _names("अखिल भारतीय आयुर्विज्ञान संस्थान")[0] == "All India Medical Sciences Institute"
    # (BBC Hindi and March 2020 names that had stayed in Hindi words)
    assert _names("केन्द्रीय नागर विमानन मंत्रालय")[0] == "Central Civil Aviation Ministry"
    assert _names("उच्चतर शिक्षा सेवा आयोग")[0] == "Higher Education Service Commission"
    assert _names("लोकसेवा आयोग")[0] == "Public Service Commission"
    assert _names("संयुक्त राष्ट्र सुरक्षा परिषद")[0] == "United Nations Security Council"


def test_proper_names_of_ordinary_words_are_not_translated():
    for name in ("भारतीय जनता पार्टी", "राष्ट्रीय स्वयंसेवक संघ", "इंदिरा गांधी आयुर्विज्ञान संस्थान",
                 "तेलंगाना राष्ट्र समिति",  # the Telangana Rashtra Samithi, no "Nations Committee"
                 "न्यूयॉर्क टाइम्स",  # a place and a loanword: the romanisation spells it already
                 "रिजर्व बैंक", "मंत्रालय", "दिल्ली मुंबई"):
        assert _names(name) == (), name


def test_the_orders_an_official_name_takes():
    assert "Indian Council of Medical Sciences Research" in english_orders("Indian Medical Sciences Research Council")
    assert "Reserve Bank of India" in english_orders("Indian Reserve Bank")
    assert "Ministry of Health and Family Welfare" in english_orders("Health and Family Welfare Ministry")
    assert initialisms("Health and Family Welfare Ministry")["MOHFW"] == "Ministry of Health and Family Welfare"


def test_acronyms_find_their_expansion():
    acronyms = {"WHO", "ICMR", "AIIMS", "SBI", "CBSE", "RBI", "CHC"}
    assert expansions(_names("विश्व स्वास्थ्य संगठन"), acronyms) == {"WHO": "World Health Organization"}
    # आयुर्विज्ञान is "Medical" here and "Medical Sciences" in AIIMS: both are tried.
    assert expansions(_names("भारतीय आयुर्विज्ञान अनुसंधान परिषद"), acronyms) == {
        "ICMR": "Indian Council of Medical Research"}
    assert expansions(_names("अखिल भारतीय आयुर्विज्ञान संस्थान"), acronyms) == {
        "AIIMS": "All India Institute of Medical Sciences"}
    assert expansions(_names("भारतीय स्टेट बैंक"), acronyms) == {"SBI": "State Bank of India"}
    assert expansions(_names("केंद्रीय माध्यमिक शिक्षा बोर्ड"), acronyms) == {
        "CBSE": "Central Board of Secondary Education"}
    assert expansions(_names("केंद्रीय स्वास्थ्य मंत्रालय"), acronyms) == {}
