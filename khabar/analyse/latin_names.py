"""Candidate names in Latin script: capitalised spans, glosses in brackets, twins.

* capitalised spans ("Russian President Vladimir Putin" -> "Vladimir Putin"),
  trimmed of titles, demonyms and common words and split at gazetteer places;
* Latin glosses in brackets after Devanagari words: "ब्लीदिमीर पुतिन (Vladimir
  Putin)", and acronyms in brackets after a name: "विश्व स्वास्थ्य संगठन (WHO)";
* in Hindi text a bare Latin span counts only where a Devanagari candidate
  romanises to (part of) it (:func:`latin_twins`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from khabar.analyse.gazetteer import Place, acronym_place, lookup, zipf
from khabar.analyse.given_names import is_given_name
from khabar.analyse.hindi_calendar import ENGLISH_WEEKDAYS
from khabar.analyse.lexicon import (
    CONNECTORS_EN,
    DIRECTIONS_EN,
    FACILITY_CUES_EN,
    IRREGULAR_DEMONYMS_EN,
    LATIN_EDGE_MAX_ZIPF,
    NAME_PARTICLES_EN,
    NEWSPAPER_CUES_EN,
    ORG_CUES_EN,
    PARTY_MEMBERS_EN,
    REGION_QUALIFIERS_EN,
    ROLES_EN,
    US_STATE_ABBREVIATIONS,
    US_STATE_CODES,
    WEEKDAYS_MONTHS_EN,
    stop_words,
)
from khabar.analyse.mentions import Candidate, abbreviated_title
from khabar.analyse.naming import contains_name
from khabar.analyse.romanise import latin_key, romanise_many
from khabar.analyse.tokens import Token, span_text, unbroken

# A Devanagari run and the Latin words in brackets after it are one name when
# their romanisations are this close (rapidfuzz ratio): ब्लीदिमीर पुतिन / Vladimir
# Putin scores 84, रूस / Russia 73.
GLOSS_MIN_RATIO = 70
# One word before an office is an employer's name only below this Zipf frequency
# ("Disney" 4.4, "Emirates" 3.7 are; "Defense" 4.9, "Foreign" 5.1, "Team" 5.7 qualify
# the office). Set on the AEB pages' "X Title Name" spans.
EMPLOYER_MAX_ZIPF = 4.5
# A sentence's first word this common is no part of a name after it ("Getting"
# 4.9, "Recent" 4.9, "Visit" 4.9, "Buy" 5.1); names themselves may open a
# sentence (Apple 4.8 and Amazon 4.6 do so alone, Google 5.3 rarely with a
# capitalised word after it).  Set on the AEB pages' spans.
OPENER_MIN_ZIPF = 4.8
# A run of this many words in capitals in English prose is a heading shouted, not a
# name (AEB: "DRAWN OUT HISTORY OF TAYLOR SWIFT" became a person with 28 mentions);
# names in capitals are bylines and tickers of two or three ("HOME DEPOT INC").
SHOUTED_MIN_WORDS = 4


def latin_spans(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised Latin words (with inner connectors), split at line breaks."""
    spans = []
    n = len(toks)
    alone = _runs_alone(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.kind == "lat" and t.text[:1].isupper() and not _unit_of_number(toks, i) and not _in_code(toks, i):
            j = i + 1
            while j < n and not toks[j].newline_before:
                u = toks[j]
                if _capitalised(toks, j) and not _in_code(toks, j):
                    j += 1
                elif (
                    u.kind == "lat"
                    and u.norm in CONNECTORS_EN
                    and j + 1 < n
                    and toks[j + 1].kind == "lat"
                    and toks[j + 1].text[:1].isupper()
                    and not toks[j + 1].newline_before
                ):
                    j += 2
                elif ((u.kind == "lat" and u.norm == "and") or u.text == "&") and toks[j + 1: j + 2] \
                        and toks[j + 1].text != "The" \
                        and _org_after(toks, j + 1) and span_words(toks, i, j) not in alone:
                    # "Securities and Exchange Commission": one name, not two; but a
                    # capitalised "The" opens the next ("Big Machine and The Carlyle Group"),
                    # and a name the text also writes alone ends before "and" ("Big Machine
                    # and Dick Clark Productions", AEB)
                    j += 1
                elif u.text == "&" and j + 1 < n and toks[j + 1].kind == "lat" and toks[j + 1].text[:1].isupper() \
                        and not toks[j + 1].newline_before:
                    # an ampersand joins one name's words: "Procter & Gamble", "Barnes &
                    # Noble", "Rock & Roll Hall of Fame" (AEB had "Rock" an organisation)
                    j += 2
                elif u.text in ("'", "’") and j + 2 < n and toks[j + 1].norm == "s" and _org_after(toks, j + 2) \
                        and not _owner(toks, i, j):
                    j += 2  # "People's Liberation Army", "Sheriff's Department": a possessive inside a name
                else:
                    break
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _in_code(toks: Sequence[Token], k: int) -> bool:
    """Are token ``k``'s letters written together with digits, a code rather than a
    name ("Q3", "FY20", "H1", "G20", "A380")?  The tokenizer splits them, and AEB's
    "Q3 comps" had become an organisation "Q"."""
    before = toks[k - 1] if k > 0 else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    return bool((after is not None and after.kind == "num" and after.start == toks[k].end)
                or (before is not None and before.kind == "num" and before.end == toks[k].start))


def span_words(toks: Sequence[Token], i: int, j: int) -> tuple[str, ...]:
    """The normalised words of tokens ``i`` to ``j`` (exclusive)."""
    return tuple(t.norm for t in toks[i:j])


def _capitalised(toks: Sequence[Token], k: int) -> bool:
    """A capitalised word that may go on a name; a Title Case heading's "And" is the
    "and" between two ("Salesforce Keynote: AI, Integration, Alicia Keys And Protestors"
    had made one person, AEB), and joins them only as "and" does."""
    return k < len(toks) and toks[k].kind == "lat" and toks[k].text[:1].isupper() and toks[k].norm != "and"


def _runs_alone(toks: Sequence[Token]) -> set[tuple[str, ...]]:
    """The runs of two or more capitalised words (with inner connectors) that the text
    writes with no "and" after them: names of their own ("Big Machine owes ...").  One
    word is no such evidence: "Securities" may open a sentence."""
    runs = set()
    n = len(toks)
    i = 0
    while i < n:
        if not _capitalised(toks, i):
            i += 1
            continue
        j = i + 1
        while j < n and not toks[j].newline_before:
            if _capitalised(toks, j):
                j += 1
            elif toks[j].kind == "lat" and toks[j].norm in CONNECTORS_EN and _capitalised(toks, j + 1) \
                    and not toks[j + 1].newline_before:
                j += 2
            else:
                break
        if j - i >= 2 and not (j < n and toks[j].norm in ("and", "&")):
            runs.add(span_words(toks, i, j))
        i = j
    return runs


def _unit_of_number(toks: Sequence[Token], i: int) -> bool:
    """Is token ``i`` letters glued to the number before it ("4K", "5G", "787-9")?
    A unit or a model code, not the start of a name."""
    return i > 0 and toks[i - 1].kind == "num" and toks[i - 1].end == toks[i].start


def _owner(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is run ``i:j`` before a possessive a name of its own, a place or an acronym, that owns
    the name after it ("San Francisco's Moscone Center", "NASA's Goddard Space Flight
    Center": AEB, once "Center" named organisations; "Rosaly Lopes of NASA's Jet Propulsion
    Laboratory"; not "People's Liberation Army", nor a name all in capitals: "LOWE'S
    COMPANIES INC")?"""
    if lookup(span_words(toks, i, j)) is not None:
        return True
    acronym = toks[j - 1].text
    return len(acronym) > 1 and acronym.isupper() and not toks[j + 2].text.isupper()


def _org_after(toks: Sequence[Token], k: int) -> bool:
    """Does a run of capitalised words start at ``k`` and end on an
    organisation word (Commission, Department, Company...)?"""
    last = None
    while k < len(toks) and toks[k].kind == "lat" and toks[k].text[:1].isupper() and not toks[k].newline_before:
        last = toks[k].norm
        k += 1
    return last is not None and last in ORG_CUES_EN


# --------------------------------------------------------------------------
# demonyms


def _demonym_stems(word: str) -> Iterator[str]:
    low = word.casefold()
    if low.endswith("ans"):
        low = low[:-1]  # the people: "Ukrainians", "Americans" ("Israelis" stays: "Artemis" is no people of Artem)
    for suffix, repl in (("ian", "ia"), ("ian", "e"), ("ian", ""), ("an", "a"), ("an", ""), ("ese", "a"), ("ese", ""), ("i", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            yield low[: len(low) - len(suffix)] + repl


def demonym_place(word: str, before: tuple[str, ...] = ()) -> Place | None:
    """'Russian' -> Russia; 'Korean' after 'North' -> North Korea: the place a demonym names."""
    for stem in _demonym_stems(word):
        place = lookup(before + (stem,))
        if place is not None:
            return place
    return None


def is_demonym(word: str) -> bool:
    """"Indian", "North Korean"'s "Korean", "Swedish": an adjective of a people or country,
    by rule (:func:`demonym_place`) or as one of the irregular ones the rules cannot read
    ("Korean" alone: the gazetteer has only the two Koreas); two joined by a hyphen
    ("the Israeli-Palestinian conflict") are one."""
    if "-" in word.strip("-"):
        return all(is_demonym(part) for part in word.split("-"))
    folded = word.casefold()
    return (demonym_place(word) is not None or folded in IRREGULAR_DEMONYMS_EN
            or (folded.endswith("s") and folded[:-1] in IRREGULAR_DEMONYMS_EN))  # "the Palestinians"


# --------------------------------------------------------------------------
# capitalised spans


def latin_names(toks: list[Token], hindi_text: bool) -> list[Candidate]:
    """Candidates from capitalised Latin spans, trimmed of titles, demonyms and common words."""
    out = []
    _, en_stop = stop_words()
    # Hindi pages write English headlines in Title Case ("Kim Jong Un Russia Visit"),
    # so there common words are trimmed; English prose is trimmed of stop words only
    common = _latin_common if hindi_text else _latin_stop
    named_pairs = set() if hindi_text else _pairs_inside_sentences(toks)
    shouted = set() if hindi_text else shouted_lines(toks)
    titles = set() if hindi_text else titles_in_quotes(toks)
    for start, j in (piece for span in latin_spans(toks) for piece in _without_named_days(toks, *span)):
        while j - start > 1 and abbreviated_title(toks, j - 1):
            j -= 1  # "Mississippi Gov. Phil Bryant": the state, and the governor's title (AEB)
        if not hindi_text and _party_and_state(toks, start, j):
            continue
        state = None if hindi_text else (_state_after_city(toks, start, j) or _code_of_named_state(toks, start, j))
        if state is not None:
            out.append(Candidate(start, j, "PLACE", "latin", english=state.name, place=state))
            _town_before_state(toks, out, start)
            continue
        if not hindi_text and start >= 2 and toks[start - 1].text == "," and span_text(toks, start, j) in _US_STATE_NAMES:
            _town_before_state(toks, out, start)  # "Greenbelt, Maryland"
        a, b = _trim_edges(toks, start, j, common)
        if not hindi_text and closed_by_org_cue(toks, a, b) and not any(is_role(t) for t in toks[a:b]):
            # an organisation named after its place or people keeps them: "U.S.
            # Securities and Exchange Commission", "European Space Agency",
            # "Fort Worth Police Department"
            out.append(Candidate(a, b, "ORG", "latin", english=span_text(toks, a, b)))
            continue
        if start in titles:
            continue  # a song's or a book's title in quotes: “Takin’ It to the Streets”
        if not hindi_text and start in shouted:
            # a heading in capitals: "A LONG, DRAWN OUT HISTORY OF TAYLOR SWIFT'S FEUDS".
            # Counted on the whole line, before the edges are trimmed: trimming the
            # shouting ("CHANNELING", "DANCING") had left "ALAINA" of "LAUREN ALAINA IS
            # CHANNELING HER BREAKUP ENERGY ..." and "STARS" of "'DANCING WITH THE STARS'
            # CARRIE ANN INABA ..." as organisations (AEB)
            continue
        i, person_cue = _strip_front(toks, start, j)
        if not hindi_text and i == start and j - i > 1 and _sentence_opener(toks, i, named_pairs):
            # "Getting Disney ...", "Recent Samsung phones": a capital the sentence asks for;
            # a title may follow it ("Former President Barack Obama, the most popular ...")
            i, after_opener = _strip_front(toks, i + 1, j)
            person_cue |= after_opener
        office = _office_holder(toks, i, j)
        if office is not None:
            # "Disney Chief Executive Bob Iger": the name follows the office, and the
            # employer before it is a name of its own ("Disney"), unless it is only a
            # common word qualifying the office ("Defense Secretary", "Team Leader")
            employer_end, i = office
            person_cue = True
            out += _employer(toks, start, employer_end, common)
        for a, b in _split_at_places(toks, i, j):
            if b - a == 1 and toks[a].norm in REGION_QUALIFIERS_EN and (length := _place_length(toks, b, j)):
                out.append(Candidate(a, b + length, "PLACE", "latin", english=span_text(toks, a, b + length)))
                continue  # "Inner Mongolia": one place, not "Inner" and Mongolia
            a, b = _trim_edges(toks, a, b, common)
            if a >= b:
                continue
            words = [t.norm for t in toks[a:b]]
            if all(w in en_stop or w in WEEKDAYS_MONTHS_EN for w in words):
                continue
            if all(is_role(t) for t in toks[a:b]):
                continue  # "the President", "Speaker", "Gov.": an office, nobody named
            if b - a == 1 and _gibberish(toks[a].text):
                continue  # a link's or tracker's code in the page text: "XPxUJuyIAC", "BDnrvkoms"
            if b - a == 1 and _places_joined(toks[a].text):
                continue  # two places' relation, no name: "the US-China trade war", "India-Pakistan ties"
            if person_cue and is_role(toks[b - 1]):
                continue  # an office after a title, nobody named: "Chief Strategy Officer" (AEB)
            kind = _latin_type(toks, a, b, words[-1], person_cue)
            out.append(Candidate(a, b, kind, "latin", english=span_text(toks, a, b)))
    return out


# A US legislator's party and state in brackets: "Rep. Ilhan Omar (D-Minn.)", "(R-Texas)".
_PARTY_STATE_RE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")


def _places_joined(text: str) -> bool:
    """Is a hyphenated word two or more places ("US-China", "India-Pakistan")?"""
    parts = text.split("-")
    return len(parts) > 1 and all(
        lookup((part.lower(),)) is not None or demonym_place(part) is not None or acronym_place(part) is not None
        for part in parts)


def _party_and_state(toks: Sequence[Token], i: int, j: int) -> bool:
    return j - i == 1 and i > 0 and toks[i - 1].text == "(" and bool(_PARTY_STATE_RE.match(toks[i].text))


def _state_after_city(toks: Sequence[Token], i: int, j: int) -> Place | None:
    """The US state a postal code ("Tampa, FL") or the AP's abbreviation ("Sacramento,
    Calif.", "BUFFALO, N.Y.") after a city names, else None."""
    city = toks[i - 2] if i >= 2 else None
    if j - i != 1 or city is None or toks[i - 1].text != "," or not city.text[:1].isupper():
        return None
    word = toks[i].text
    dotted = word.endswith(".") or (i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end)
    name = US_STATE_ABBREVIATIONS.get(word.replace(".", "")) if dotted else None
    if name is None and not city.text.isupper():  # a code after an acronym is one too: "Röntgen, MRT, CT" (a scan)
        name = US_STATE_CODES.get(word)  # (its dot may end the sentence: "in Elkton, MD.")
    return lookup(tuple(name.lower().split())) if name else None


_US_STATE_NAMES = frozenset(US_STATE_CODES.values())


def _town_before_state(toks: Sequence[Token], out: list[Candidate], state_start: int) -> None:
    """The name just before ", <state>" is the town the state follows ("Addison, N.Y.",
    "Greenbelt, Maryland"), known or not; not the rest of one cut at an abbreviation
    ("St. Louis, MO"), nor a person."""
    town = next((c for c in reversed(out) if c.j == state_start - 1), None)
    if (town is not None and town.type != "PERSON" and all(t.text[:1].isupper() for t in toks[town.i:town.j])
            and not (town.i and toks[town.i - 1].text == ".")):
        town.type = "PLACE"


def _code_of_named_state(toks: Sequence[Token], i: int, j: int) -> Place | None:
    """A US state's postal code standing alone ("Meth is a serious problem in SD") in a text
    that names the state in full (South Dakota), else None: "SD", "IN" and "OK" are also a
    card, a word and a reply where no state is named."""
    name = US_STATE_CODES.get(toks[i].text) if j - i == 1 else None
    if name is None or not _names_in_full(toks, tuple(name.split())):
        return None
    return lookup(tuple(name.lower().split()))


def _names_in_full(toks: Sequence[Token], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(tuple(t.text for t in toks[k:k + n]) == words for k in range(len(toks) - n + 1)
               if toks[k].text == words[0])


def lines(toks: Sequence[Token]) -> Iterator[range]:
    """The token indexes of each line."""
    start = 0
    for k in range(1, len(toks) + 1):
        if k == len(toks) or toks[k].newline_before:
            yield range(start, k)
            start = k


def title_case_lines(toks: Sequence[Token]) -> set[int]:
    """The indexes of the tokens on lines that capitalise an "and" inside a sentence: headings
    in Title Case ("[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys
    And Protestors]"), whose capitals say nothing of names."""
    out: set[int] = set()
    for line in lines(toks):
        if any(toks[k].text == "And" and not opens_sentence(toks, k) for k in line):
            out.update(line)
    return out


def shouted_lines(toks: Sequence[Token]) -> set[int]:
    """The indexes of the tokens on lines whose words are all in capitals, SHOUTED_MIN_WORDS
    of them or more: headings."""
    out: set[int] = set()
    for line in lines(toks):
        words = [toks[k].text for k in line if toks[k].kind == "lat"]
        if len(words) >= SHOUTED_MIN_WORDS and all(w.isupper() for w in words):
            out.update(line)
    return out


# A work's title in quotes is written in Title Case, pronouns and verbs capitalised:
# “Takin’ It to the Streets” (a song; AEB had made "Streets" an organisation).  A
# capitalised stop word past a quote's first word ("It", "You", "Is") tells such a
# title from a quoted name, whose inner small words stay lower case ("Bank of America").
_OPENING_QUOTES = frozenset('"“')
_CLOSING_QUOTES = frozenset('"”')
TITLE_QUOTE_MAX_TOKENS = 12
_NESTING = frozenset("“([")  # a quote or bracket opening inside: the quotes were not one pair
_TITLE_SMALL_WORDS = frozenset("a an the of to in on at by for from with and or nor but as".split())


def titles_in_quotes(toks: Sequence[Token]) -> set[int]:
    """The indexes of the tokens inside a quoted Title Case title."""
    _, en_stop = stop_words()
    out: set[int] = set()
    k, n = 0, len(toks)
    while k < n:
        if toks[k].text not in _OPENING_QUOTES:
            k += 1
            continue
        end = k + 1
        while end < n and end - k <= TITLE_QUOTE_MAX_TOKENS and toks[end].text not in _CLOSING_QUOTES \
                and toks[end].text not in _NESTING and not toks[end].newline_before:
            end += 1
        if end >= n or toks[end].text not in _CLOSING_QUOTES:
            k += 1
            continue
        words = [t for t in toks[k + 1:end] if t.kind == "lat"]
        if len(words) >= 3 and all(t.text[:1].isupper() for t in words if t.norm not in _TITLE_SMALL_WORDS) \
                and any(t.text[:1].isupper() and t.norm in en_stop and t.norm not in _TITLE_SMALL_WORDS
                        for t in words[1:]):
            out.update(range(k + 1, end))
        k = end + 1
    return out


_WEEKDAYS_EN = frozenset(form.casefold() for forms in ENGLISH_WEEKDAYS.values() for form in forms)


def _without_named_days(toks: list[Token], i: int, j: int) -> Iterator[tuple[int, int]]:
    """The parts of span ``i:j`` around a named day ("Black Friday", "Cyber Monday",
    "Super Tuesday": a word and a weekday), which is no name and leaves no "Black"."""
    start = i
    for k in range(i + 1, j):
        if toks[k].norm in _WEEKDAYS_EN:
            if start < k - 1:
                yield start, k - 1
            start = k + 1
    if start < j:
        yield start, j


def _gibberish(word: str) -> bool:
    """A code, not a word: case flipping back and forth ("XPxUJuyIAC", "MYwRz"), or
    capitals then a run with hardly a vowel ("BDnrvkoms"); "McDonald", "iPhone",
    "YouTube", "Schmidt" are words."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 5 or not all(c.isascii() for c in letters):
        return False
    flips = sum(1 for x, y in zip(letters, letters[1:]) if x.isupper() != y.isupper())
    vowels = sum(1 for c in letters if c.lower() in "aeiou") / len(letters)
    return flips >= 4 or (flips >= 2 and vowels < 0.2) or (not word.istitle() and flips >= 1 and vowels < 0.15)


def is_role(tok: Token) -> bool:
    """A title or office word ("President", "Gov.", "Executive")."""
    return tok.norm.rstrip(".") in ROLES_EN


def opens_sentence(toks: Sequence[Token], i: int) -> bool:
    """Does token ``i`` start a line or follow a sentence end (so English capitalises it)?"""
    return i == 0 or toks[i].newline_before or toks[i - 1].text in ".!?\"“'‘:"


def _pairs_inside_sentences(toks: Sequence[Token]) -> set[tuple[str, str]]:
    """The pairs of capitalised words that open a capitalised run where no sentence
    starts ("her former label, Big Machine", "other games, Star Wars Jedi")."""
    return {
        (toks[k].norm, toks[k + 1].norm)
        for k in range(1, len(toks) - 1)
        if _capitalised(toks, k) and _capitalised(toks, k + 1) and not toks[k + 1].newline_before
        and not _capitalised(toks, k - 1) and not opens_sentence(toks, k)
    }


def _sentence_opener(toks: list[Token], i: int, named_pairs: set[tuple[str, str]]) -> bool:
    """Is token ``i`` a common word capitalised only because it opens a sentence?"""
    if not opens_sentence(toks, i) or is_given_name(toks[i].text):
        return False
    if (toks[i].norm, toks[i + 1].norm) in named_pairs:
        # the text capitalises the same two words inside a sentence too: the first is
        # the name's ("Big Machine has denied ..." beside "her former label, Big
        # Machine"; AEB made an organisation "Machine" of the sentence-initial ones,
        # and its form then took the "Machine" of every "Big Machine")
        return False
    frequency = zipf(toks[i].norm, "en")
    # a participle opening the sentence ("Joining the Audi team ...") however rare the verb
    participle = toks[i].norm.endswith("ing") and len(toks[i].norm) >= 6 and frequency >= 3.0
    if frequency < OPENER_MIN_ZIPF and not participle:
        return False
    # "New York", "United States", "South Korea" open with common words too, and a
    # country's name can be as common as a word ("U.S. Attorney James Kennedy Jr. said");
    # a town named like a word is no reason to keep one ("Most", "Reading")
    country = lookup((toks[i].norm,))
    if country is not None and country.kind == "country":
        return False
    return not any(lookup(tuple(t.norm for t in toks[i:k])) for k in range(i + 2, min(i + 5, len(toks) + 1)))


def _office_holder(toks: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """(end of the words before the office, start of the holder's name) when a
    title stands inside span ``i:j`` after other words: "U.S. Defense Secretary
    Mark Esper", "Deputy Director of Public Prosecution Eva-Marie Persson".

    The holder starts right after the last title word; after "of", at the first
    given name (an office may run on: "of Public Prosecution"), else after one
    word ("Secretary of State Antony Blinken")."""
    roles = [k for k in range(i + 1, j) if is_role(toks[k])]
    if not roles or roles[-1] == j - 1:
        return None  # no holder named, only an office: "State Attorney General"
    last = roles[-1]
    holder = _after_of(toks, last + 1, j)
    if holder >= j:
        return None
    first_role = last
    while first_role > i and is_role(toks[first_role - 1]):
        first_role -= 1  # "Chief Executive", "Vice President"
    return first_role, holder


def _after_of(toks: list[Token], k: int, j: int) -> int:
    """Where the holder's name starts when the office's words end at ``k`` (span end ``j``):
    ``k`` itself, or after "of", at the first given name (an office may run on: "of
    Public Prosecution"), else after one word ("Secretary of State Antony Blinken")."""
    if k >= j or toks[k].norm != "of":
        return k
    given = (x for x in range(k + 1, j) if is_given_name(toks[x].text.split("-")[0]))
    return next(given, k + 2)


def _employer(toks: list[Token], a: int, b: int, common) -> list[Candidate]:
    """The words before an office as candidates of their own: places and
    organisations ("U.S.", "Disney", "Emirates"), not a qualifying common word."""
    out = []
    for x, y in _split_at_places(toks, a, b):
        x, y = _trim_edges(toks, x, y, common)
        if x >= y or (y - x == 1 and zipf(toks[x].norm, "en") >= EMPLOYER_MAX_ZIPF and not toks[x].text.isupper()):
            continue
        out.append(Candidate(x, y, _latin_type(toks, x, y, toks[y - 1].norm, False), "latin", english=span_text(toks, x, y)))
    return out


def _strip_front(toks: list[Token], i: int, j: int) -> tuple[int, bool]:
    """Skip titles and demonyms at the front ("Russian President Vladimir Putin").

    Returns the new start and whether a title (a person cue) was seen.
    """
    person_cue = i > 0 and toks[i - 1].kind == "lat" and toks[i - 1].norm in ROLES_EN
    # "Mr. Trump": the span starts after the abbreviation's stop (not after a sentence
    # that ends on a title: "... said the president. Officers arrived")
    person_cue |= i > 1 and abbreviated_title(toks, i - 2)
    while i < j:
        t = toks[i]
        if is_role(t):
            person_cue = True
            # "Secretary of State Antony Blinken", "Prime Minister of India Narendra Modi",
            # "Deputy Director of Public Prosecution Eva-Marie Persson"
            i = _after_of(toks, i + 1, j) if i + 2 < j else i + 1
        elif demonym_place(t.text) is not None and lookup((t.norm,)) is None:
            i += 1
        elif t.norm in PARTY_MEMBERS_EN and i + 2 < j and is_given_name(toks[i + 1].text):
            person_cue = True  # "Republican Phil Bryant": a party's member, then the name
            i += 1
        elif t.norm in DIRECTIONS_EN and i + 1 < j and demonym_place(toks[i + 1].text, (t.norm,)) is not None:
            i += 2  # "North Korean"
        else:
            break
    return i, person_cue


def _place_length(toks: list[Token], k: int, j: int, alone: bool = False) -> int:
    """How many tokens of ``k:j`` from ``k`` name a gazetteer place: a country, a
    place of several words, or any place when the span is that word ``alone``."""
    for length in range(min(4, j - k), 0, -1):
        place = lookup(tuple(t.norm for t in toks[k : k + length]))
        if place is not None and (place.kind == "country" or length > 1 or alone):
            return length
    return 0


def _split_at_places(toks: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    """The pieces of span ``i:j`` between the gazetteer places inside it (found on their own)."""
    pieces: list[tuple[int, int]] = []
    k = i
    start = i
    while k < j:
        hit = _place_length(toks, k, j, alone=j - i == 1)
        if hit:
            if start < k:
                pieces.append((start, k))
            k += hit
            start = k
        else:
            k += 1
    if start < j:
        pieces.append((start, j))
    return pieces


def _opens_a_place(toks: list[Token], a: int, b: int) -> bool:
    """Does a common word open a place name here ("New York Times", "New Delhi Television":
    "New" had been trimmed, leaving "York Times", which the place New York then overlapped; AEB)?"""
    return any(lookup(tuple(t.norm for t in toks[a:a + n])) is not None for n in (2, 3) if a + n <= b)


def _trim_edges(toks: list[Token], a: int, b: int, common) -> tuple[int, int]:
    """Drop common words, connectors and modifiers at both edges (a closing cue word stays: "... Ministry")."""
    while (a < b and (common(toks[a]) or toks[a].norm in CONNECTORS_EN or _modifier(toks[a].text))
           and not _opens_a_place(toks, a, b)):
        a += 1
    while (
        b > a
        and (common(toks[b - 1]) or toks[b - 1].norm in CONNECTORS_EN or _PLURAL_CAPITALS_RE.match(toks[b - 1].text))
        and toks[b - 1].norm not in ORG_CUES_EN
        and toks[b - 1].norm not in FACILITY_CUES_EN
    ):
        b -= 1
    return a, b


# A capitalised compound ending in a lower-case part ("Olympic-size", "Russia-backed",
# "Singer-guitarists", "Australian-born Assange") qualifies what follows it, and capitals
# with a plural s are things ("TVs", "SUVs", "ICUs"): AEB pages (Nov 2019) gave them as
# organisations and name parts.  Only at a name's front: at its end the lower-case part
# is a syllable of an East Asian given name ("Kim Jong-un", "Tsai Ing-wen"); a name
# particle is no such part ("Locksley-von Moltke").
_COMPOUND_MODIFIER_RE = re.compile(r"^[A-Z][\w.']*-([a-z]+)$")
_PLURAL_CAPITALS_RE = re.compile(r"^[A-Z]{2,}s$")


def _modifier(text: str) -> bool:
    compound = _COMPOUND_MODIFIER_RE.match(text)
    if compound:
        return compound.group(1) not in NAME_PARTICLES_EN
    return bool(_PLURAL_CAPITALS_RE.match(text))


def names_two_companies(toks: list[Token], a: int, b: int) -> bool:
    """Does the span end on a newspaper's cue word across "and" ("McClatchy and Tribune"), where
    the paper's name is its company's and the span two companies?"""
    return toks[b - 1].norm in NEWSPAPER_CUES_EN and any(t.norm == "and" for t in toks[a:b])


def closed_by_org_cue(toks: list[Token], a: int, b: int) -> bool:
    """Does the span of several words end on an organisation's cue word ("... Commission",
    "Chicago Tribune"), and name one organisation (:func:`names_two_companies`)?"""
    return b - a > 1 and toks[b - 1].norm in ORG_CUES_EN and not names_two_companies(toks, a, b)


def _latin_type(toks: list[Token], a: int, b: int, last: str, person_cue: bool) -> str | None:
    if closed_by_org_cue(toks, a, b) or any(t.text == "&" for t in toks[a + 1:b - 1]):
        return "ORG"  # "... Commission"; a name joined by an ampersand is a firm's or a body's
    if last in FACILITY_CUES_EN and b - a > 1:
        return "PLACE"
    if person_cue and not any(glued_at(toks, k) for k in range(a, b)):
        return "PERSON"
    if b - a == 1 and a > 0 and toks[a - 1].norm == "the":
        return "ORG"
    return None


# Words a page glued together, the spaces of an infobox or a list lost: "Gov. Kristi
# NoemKristi Lynn NoemSouth Dakota" (AEB) had become one person.  A token of two
# capitalised parts each of which the text also writes as a word of its own ("Noem",
# "Kristi", "South") is two words; a surname's ("DelGiorno", "McFee") or a given name's
# ("RuiWen", "LeBron") parts are no words of the text.
_GLUED_RE = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]+)$")


def glued_at(toks: Sequence[Token], k: int) -> bool:
    """Is token ``k`` two words of the text written as one ("NoemKristi")?"""
    m = _GLUED_RE.match(toks[k].text)
    if m is None:
        return False
    texts = {t.text for t in toks}
    return m.group(1) in texts and m.group(2) in texts


# "I'll", "I’m": the capitalised pronoun's contractions (an AEB review's "what I’ll call",
# four times, had become an organisation "I’ll").
_PRONOUN_CONTRACTION_RE = re.compile(r"^I['’](?:ll|m|ve|d)$", re.IGNORECASE)


def _latin_stop(tok: Token) -> bool:
    """English prose: only stop words, weekdays/months and shouting are trimmed."""
    _, en_stop = stop_words()
    w = tok.norm
    if tok.kind != "lat" or w in en_stop or w in WEEKDAYS_MONTHS_EN or _PRONOUN_CONTRACTION_RE.match(tok.text):
        return True
    return tok.text.isupper() and len(tok.text) >= 6 and zipf(w, "en") >= 3.0


def _latin_common(tok: Token) -> bool:
    """A Latin word too common to sit at a name's edge, or shouting boilerplate."""
    if tok.kind != "lat":
        return True
    w = tok.norm
    if w in WEEKDAYS_MONTHS_EN:
        return True
    if tok.text.isupper() and len(tok.text) >= 6 and zipf(w, "en") >= 3.0:
        return True  # ADVERTISEMENT, UPDATED
    return zipf(w, "en") >= LATIN_EDGE_MAX_ZIPF


# --------------------------------------------------------------------------
# glosses in brackets


def glosses(toks: list[Token], latin: list[Candidate], named: Sequence[Candidate] = ()) -> list[Candidate]:
    """'ब्लीदिमीर पुतिन (Vladimir Putin)': align the Latin words in brackets with the words before.

    An acronym in brackets after a name found by its cue ("विश्व स्वास्थ्य संगठन
    (WHO)") is that name's short form: both get the acronym as their key, which
    is also what डब्ल्यूएचओ and WHO elsewhere spell.
    """
    out = []
    latin_by_start = {c.i: c for c in latin if c.source == "latin"}
    named_by_end = {c.j: c for c in named if c.place is None}
    for p, tok in enumerate(toks):
        if tok.text != "(" or p == 0 or toks[p - 1].kind != "dev":
            continue
        q = _closing_bracket(toks, p)
        if q is None:
            continue
        # capitalised runs inside the brackets (any of them may gloss the words before)
        runs = [(a + p + 1, b + p + 1) for a, b in latin_spans(toks[p + 1 : q]) if b > a]
        if not runs:
            continue
        best = _best_alignment(toks, p, runs)
        inner = toks[p + 1 : q]
        if (
            (best is None or best[0] < GLOSS_MIN_RATIO)
            and len(inner) == 1
            and inner[0].kind == "lat"
            and inner[0].text.isupper()
            and 2 <= len(inner[0].text) <= 6
            and p in named_by_end
        ):
            d = named_by_end[p]
            acronym = inner[0].text
            out.append(Candidate(d.i, d.j, d.type, "acronym-gloss", english=acronym))
            out.append(Candidate(p + 1, q, d.type, "acronym", english=acronym))
            continue
        if best and best[0] >= GLOSS_MIN_RATIO:
            score, k, a, b = best
            english = span_text(toks, a, b)
            latin_cand = latin_by_start.get(a)
            kind = latin_cand.type if latin_cand else None
            place = lookup(tuple(t.norm for t in toks[a:b]))
            out.append(Candidate(k, p, "PLACE" if place else kind, "gloss", english=english, place=place))
            out.append(Candidate(a, b, "PLACE" if place else kind, "latin", english=english, place=place))
    return out


def _closing_bracket(toks: list[Token], p: int) -> int | None:
    """The ")" closing the "(" at ``p`` when only Latin words and punctuation (10 at most) are inside."""
    n = len(toks)
    q = p + 1
    while q < n and q - p <= 10 and toks[q].text != ")" and toks[q].kind in ("lat", "punct") and toks[q].text not in "()":
        q += 1
    if q >= n or toks[q].text != ")":
        return None
    return q


def _best_alignment(toks: list[Token], p: int, runs: list[tuple[int, int]]) -> tuple[float, int, int, int] | None:
    """(score, first Devanagari token, Latin start, Latin end) of the closest pair.

    The pairs are the 1-4 Devanagari words before the bracket at ``p`` and the
    suffixes of each Latin run ("North Korean leader Kim Jong" -> "Kim Jong").
    """
    from rapidfuzz import fuzz

    best = None
    for a, b in runs:
        for sub_a in range(a, b):
            lkey = latin_key(span_text(toks, sub_a, b))
            for size in range(1, 5):
                k = p - size
                if k < 0 or toks[k].kind != "dev" or not unbroken(toks, k, p):
                    break
                score = fuzz.ratio(romanise_many([span_text(toks, k, p)])[0], lkey)
                if best is None or score > best[0]:
                    best = (score, k, sub_a, b)
    return best


# --------------------------------------------------------------------------
# Latin twins of Devanagari names


def latin_twins(toks: list[Token], c: Candidate, dev_keys: list[tuple[str, ...]], dev_cands: list[Candidate]) -> list[Candidate]:
    """Sub-spans of a Latin span that match a Devanagari candidate, longest first.

    "Kim Jong-un Vladimir Putin Plan To Meet" next to किम जोंग and व्लादिमीर
    पुतिन yields "Kim Jong-un" and "Vladimir Putin" and drops the rest.
    """
    out: list[Candidate] = []
    a = c.i
    while a < c.j:
        best = None  # (score, length, b, dev candidate)
        for b in range(c.j, a, -1):
            words = tuple(latin_key(span_text(toks, a, b)).split())
            if not words:
                continue
            for key, d in zip(dev_keys, dev_cands):
                score = _twin_score(key, words)
                if score and (best is None or (score, b - a) > best[:2]):
                    best = (score, b - a, b, d)
        if best:
            _, _, b, d = best
            out.append(Candidate(a, b, d.type, "latin", english=span_text(toks, a, b), place=d.place))
            a = b
        else:
            a += 1
    return out


def _twin_score(key: tuple[str, ...], words: tuple[str, ...]) -> int:
    """Same words 3 > Latin one word longer ("Kim Jong-un" for किम जोंग) 2 > Latin part of the name 1; else 0."""
    if not key:
        return 0
    if len(key) == len(words) and contains_name(key, words):
        return 3
    if len(words) == len(key) + 1 and contains_name(words, key):
        return 2
    if len(words) < len(key) and contains_name(key, words):
        return 1
    return 0
