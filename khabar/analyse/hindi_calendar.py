"""Calendar vocabulary for Hindi and English news: months, weekdays, units, numbers.

Plain tables; :mod:`khabar.analyse.times` builds its patterns from them.
Spelling variants are the ones newspapers actually print (सितंबर/सितम्बर,
अक्टूबर/अक्तूबर, फरवरी/फ़रवरी, with and without nukta).
"""

from __future__ import annotations

# month number -> surface forms
HINDI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("जनवरी",),
    2: ("फरवरी", "फ़रवरी"),
    3: ("मार्च",),
    4: ("अप्रैल", "अप्रेल"),
    5: ("मई",),
    6: ("जून",),
    7: ("जुलाई",),
    8: ("अगस्त",),
    9: ("सितंबर", "सितम्बर", "सितमबर"),
    10: ("अक्टूबर", "अक्तूबर"),
    11: ("नवंबर", "नवम्बर"),
    12: ("दिसंबर", "दिसम्बर"),
}

ENGLISH_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("January", "Jan"),
    2: ("February", "Feb"),
    3: ("March", "Mar"),
    4: ("April", "Apr"),
    5: ("May",),
    6: ("June", "Jun"),
    7: ("July", "Jul"),
    8: ("August", "Aug"),
    9: ("September", "Sept", "Sep"),
    10: ("October", "Oct"),
    11: ("November", "Nov"),
    12: ("December", "Dec"),
}

# Python weekday number (Monday = 0) -> surface forms
HINDI_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("सोमवार",),
    1: ("मंगलवार",),
    2: ("बुधवार",),
    3: ("गुरुवार", "बृहस्पतिवार", "वीरवार"),
    4: ("शुक्रवार",),
    5: ("शनिवार",),
    6: ("रविवार", "इतवार"),
}

ENGLISH_WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("Monday",),
    1: ("Tuesday",),
    2: ("Wednesday",),
    3: ("Thursday",),
    4: ("Friday",),
    5: ("Saturday",),
    6: ("Sunday",),
}

# parts of the day that follow a day's name ("सोमवार शाम", "22 मार्च की सुबह")
HINDI_DAY_PARTS: tuple[str, ...] = ("सुबह", "शाम", "रात", "दोपहर")

# "that is": glosses a day by its other name ("कल यानी रविवार"); opening a sentence, it
# restates the one before ("यानी चीन के बाद ...")
HINDI_THAT_IS: tuple[str, ...] = ("यानी", "यानि", "अर्थात")

# unit name -> surface forms (direct and oblique plural)
HINDI_UNITS: dict[str, tuple[str, ...]] = {
    "hour": ("घंटे", "घंटों", "घण्टे", "घंटा"),
    "day": ("दिन", "दिनों"),
    "week": ("हफ्ते", "हफ़्ते", "हफ्तों", "हफ़्तों", "हफ्ता", "सप्ताह", "सप्ताहों"),
    "month": ("महीने", "महीनों", "महीना", "महिने", "माह", "मास"),
    "year": ("साल", "सालों", "वर्ष", "वर्षों", "बरस", "बरसों"),
    "decade": ("दशक", "दशकों"),
}

ENGLISH_UNITS: dict[str, tuple[str, ...]] = {
    "hour": ("hour", "hours"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "decade": ("decade", "decades"),
}

# number words that quantify durations ("दो साल", "two years")
HINDI_NUMBERS: dict[str, int] = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6,
    "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "पंद्रह": 15,
    "बीस": 20, "तीस": 30, "पचास": 50, "सौ": 100, "डेढ़": 1, "ढाई": 2,
}

# day-of-month words, as wire copy writes datelines ("नयी दिल्ली, चार मार्च (भाषा)")
HINDI_DAY_WORDS: dict[str, int] = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7,
    "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14,
    "पंद्रह": 15, "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19,
    "बीस": 20, "इक्कीस": 21, "बाईस": 22, "तेईस": 23, "चौबीस": 24, "पच्चीस": 25,
    "छब्बीस": 26, "सत्ताईस": 27, "अट्ठाईस": 28, "अठ्ठाईस": 28, "अठाईस": 28, "उनतीस": 29,
    "तीस": 30, "इकतीस": 31, "इकत्तीस": 31,
}

ENGLISH_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100, "a": 1, "an": 1,
}

DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def month_number(word: str) -> int | None:
    """1–12 for a Hindi or English month name or abbreviation, else None."""
    w = word.rstrip(".")
    for number, forms in HINDI_MONTHS.items():
        if w in forms:
            return number
    for number, forms in ENGLISH_MONTHS.items():
        if w.capitalize() in forms or w in forms:
            return number
    return None


def weekday_number(word: str) -> int | None:
    """0 (Monday) – 6 (Sunday) for a Hindi or English weekday name, else None."""
    for number, forms in HINDI_WEEKDAYS.items():
        if word in forms:
            return number
    for number, forms in ENGLISH_WEEKDAYS.items():
        if word.capitalize() in forms:
            return number
    return None


def unit_name(word: str) -> str | None:
    for unit, forms in HINDI_UNITS.items():
        if word in forms:
            return unit
    for unit, forms in ENGLISH_UNITS.items():
        if word.lower() in forms:
            return unit
    return None


def number_value(word: str) -> int | None:
    w = word.translate(DEVANAGARI_DIGITS).replace(",", "")
    if w.isdigit():
        return int(w)
    return HINDI_NUMBERS.get(word) or HINDI_DAY_WORDS.get(word) or ENGLISH_NUMBERS.get(word.lower())
