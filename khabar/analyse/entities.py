"""People, places and organisations in Hindi and English text, linked across scripts.

The entity component over one article (:func:`find_entities`) and over a batch
(:func:`link_entities`).  There is no offline Hindi NER model, so entities come
from evidence that is cheap to check token by token (:mod:`khabar.analyse.tokens`):

* gazetteer places (countries, regions, cities: :mod:`khabar.analyse.gazetteer`);
* role cues before a name: राष्ट्रपति/प्रवक्ता/मंत्री/गवर्नर ... X (PERSON),
  English titles "President X", "spokesman X";
* organisation cue words closing a name: X हाउस, X एजेंसी, X पार्टी, "X Ministry";
* place cues: X शहर/स्टेशन/प्रांत (X is a place), X कोस्मोड्रोम/एयरपोर्ट
  (the whole is a place);
* the possessor of a role: "X के प्रवक्ता" (X is an organisation when it is not
  a known place);
* rare words as the agent of a reporting verb: "स्टोल्टेनबर्ग ने कहा" (PERSON)
  (all of these: :mod:`khabar.analyse.mentions`);
* acronyms spelt in Devanagari letter names: डब्ल्यूएचओ -> WHO, केसीएनए -> KCNA
  (ORG, or PLACE when a country code: यूएस -> United States;
  :mod:`khabar.analyse.acronyms`);
* Latin glosses in brackets: "ब्लीदिमीर पुतिन (Vladimir Putin)", acronyms in
  brackets after a name: "विश्व स्वास्थ्य संगठन (WHO)", and capitalised Latin
  spans (in Hindi text only when another piece of evidence backs them: a
  gazetteer hit, a gloss, or a Devanagari name that romanises to the same
  thing; :mod:`khabar.analyse.latin_names`);
* names recurring across sources (:mod:`khabar.analyse.linking`).

Names end at postpositions (ने, को, से, के, की, का, में, पर ...), stop words,
punctuation and line breaks; words that are common in the language (wordfreq
Zipf) cannot start a name on their own, which keeps बेटी, आनंद and the like out
(:mod:`khabar.analyse.lexicon`).  What is *not* a name, by rules that hold for
any Hindi text: a plural oblique noun (मजदूरों, दवाओं); a title, kinship word or
profession (डाॅ, बेटे, शोधकर्ता) before the name; a role counted or made
indefinite ("एक जूनियर डॉक्टर", "सभी विधायक") names a class, not a person; a run
after a role that holds an institution word (एयरपोर्ट, फंड, योजना) is no person;
a name runs on into the clause no further than the full name the article also
writes alone ("नरेंद्र मोदी कोरोना वॉरियर्स का" -> नरेंद्र मोदी); a gloss with
nothing to type it ("पोल्ट्री फार्म (Poultry Farm)") is left out; abbreviations
that name no organisation (जीएसटी, पीपीई) are not ORG.  Candidates are grouped into entities with all
their mentions (:mod:`khabar.analyse.grouping`) and named
(:mod:`khabar.analyse.naming`): every entity gets a canonical Latin-script name
and a key, that name casefolded with hyphens as spaces ("kim jong un").  When
no Latin evidence exists anywhere the key is derived from the romanisation, so
a consumer comparing to an English spelling should still match keys fuzzily
(rapidfuzz ratio >= 80).
"""

from __future__ import annotations

import gc
import logging
import re
from collections import Counter
from contextlib import contextmanager

from khabar.analyse.acronyms import acronym_names, latin_acronym_names
from khabar.analyse.grouping import Group, candidate_keys, find_form_mentions, group_candidates, merge_same_key, person_forms
from khabar.analyse.gazetteer import lookup, zipf
from khabar.analyse.given_names import is_given_name, surnames as listed_surnames
from khabar.analyse.latin_names import (
    OPENER_MIN_ZIPF,
    glosses,
    glued_at,
    is_demonym,
    is_role,
    latin_names,
    latin_twins,
    names_two_companies,
    opens_sentence,
    span_words,
    title_case_lines,
)
from khabar.analyse.lexicon import (
    KNOWN_ORGANISATIONS_EN,
    NAME_PARTICLES_EN,
    NOT_ORG_ACRONYMS,
    ORG_CUES_EN,
    PRODUCT_LINE_WORDS_EN,
    REPORTING_EN,
)
from khabar.analyse.linking import link
from khabar.analyse.mentions import (
    Candidate,
    cue_names,
    drop_overlaps,
    gazetteer_places,
    known_organisations,
    romanised_places,
    role_names,
    speakers,
    trim_run_ons,
    type_bracketed_latin,
)
from khabar.analyse.naming import canonical_name, entity_type
from khabar.analyse.romanise import has_devanagari
from khabar.analyse.tokens import Token, remember_tokens, span_text, tokenize
from khabar.records import Analysis, Article, Entity, Mention, Sentence

__all__ = ["find_entities", "link_entities", "no_cyclic_gc"]

_log = logging.getLogger(__name__)

# English evidence thresholds (Zipf frequency, wordfreq), set on the English AEB
# labels (bench/labels/analyse_entities_en.jsonl): a surname used alone is a
# rare word (Parise 2.4, Lopes 2.7, Bevin 2.6), a product's last word reused
# alone is a common one ("Pro" 4.9); a lone capitalised word this common
# ("Scientists" 4.5, "Complete" 5.1, "Hours" 5.4) is a name only when the text
# capitalises it twice where no sentence starts (Apple 4.8, Amazon 4.6 are).  A listed
# surname is one however common ("James" 5.2 in "LeBron James ... James said").
SURNAME_MAX_ZIPF = 4.5
LONE_COMMON_ZIPF = 4.5
# ... and a reused last word makes a person only after a first word rarer than this
# ("Home" 5.8 in "Home Depot ... Depot" is none; unlisted first names are rare words).
FIRST_NAME_MAX_ZIPF = 5.0
# An acronym shorter than this may spell a common word ("US", "IT", "WHO"); one this long
# written in lower case too is that word in capitals (AEB's "BUILD", "SCARY", "LEVEL";
# NASA, KOSPI, VIPER are never written so).
SHOUTED_WORD_MIN_LETTERS = 4
# ... and one this common is a word whether or not the text writes it so ("NEWS" 5.4,
# "VIDEO" 5.4, "AHEAD" 5.0 on AEB pages); acronyms that long are rarer words: NASA 4.2,
# ESPN 3.9, UNESCO 3.6.
SHOUTED_WORD_MIN_ZIPF = 5.0


@contextmanager
def no_cyclic_gc():
    """Pause the cycle collector while one article is processed.

    An article makes ~400 token objects and many small tuples; every one is
    freed by reference counting (this code builds no reference cycles), but
    their allocation keeps triggering collections that walk the whole heap:
    on the March 2020 corpus that was ~20% of the analysis stage's time.
    The collector's previous state is restored afterwards, so nothing leaks.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Languages whose names the rules here read (Hindi's neighbours in Devanagari share its cues).
NAME_RULE_LANGUAGES = ("hi", "en", "mr", "ne")


def find_entities(article: Article, sentences: list[Sentence] | None = None) -> list[Entity]:
    """Entities of one article, mentions pointing into ``article.body``.

    ``sentences`` is accepted for the facade's signature; names never cross the
    line breaks and punctuation the tokens already carry, so it is not needed.
    """
    body = getattr(article, "body", None)
    if not body or not isinstance(body, str):
        return []
    language = getattr(article, "language", None)
    try:
        with no_cyclic_gc():
            # The name rules read Hindi and English; in another language (AEB's German pages
            # capitalise every noun: "Versicherten", "Ärzte") only the gazetteer's places and
            # people named in full count ("Brad Keselowski" in a Portuguese standings table).
            return _find_entities(body, other_language=language not in (None, *NAME_RULE_LANGUAGES))
    except Exception:  # bad input never crashes the analysis stage
        _log.exception("entity extraction failed for %s", getattr(article, "id", "?"))
        return []


def link_entities(analyses: list[Analysis]) -> None:
    """Unify keys, names and types of the same entity across articles, in place.

    See :mod:`khabar.analyse.linking`: same key, short forms of one longer
    name, fuzzy spellings; then each entity's forms are found in the articles
    that did not recognise them.
    """
    try:
        with no_cyclic_gc():
            link(analyses)
    except Exception:
        _log.exception("entity linking failed")


def _find_entities(body: str, other_language: bool = False) -> list[Entity]:
    toks = tokenize(body)
    remember_tokens(body, toks)  # linking finds forms in the same tokens
    if not toks:
        return []
    groups = group_candidates(toks, _candidates(toks))
    found = find_form_mentions(toks, *_forms(groups))
    entities = []
    typed_keys = set()
    for g, spans in zip(groups, found):
        if not spans or (other_language and not _named_in_any_language(g)):
            continue
        name, key = canonical_name(g)
        if not key:
            continue
        if not untyped(g):
            typed_keys.add(key)
        mentions = [Mention(body[toks[a].start : toks[b - 1].end], toks[a].start, toks[b - 1].end) for a, b in spans]
        aliases = list(dict.fromkeys(m.text for m in mentions))
        entities.append(Entity(key=key, name=name, type=entity_type(g), aliases=aliases, mentions=mentions))
    # an untyped group counts only as another spelling of a typed one ("(Vladimir Putin)")
    return merge_same_key([e for e in entities if e.key in typed_keys])


# A one-word city in a language the rules do not read must be this big: the gazetteer's
# common-word guard knows English and Hindi words only, and AEB's Indonesian page made
# places of "Itu" (that), "Kita" (we) and "Bukan" (not); Heidelberg (160k) is lost with them.
OTHER_LANGUAGE_CITY_MIN_POPULATION = 1_000_000


def _named_in_any_language(g: Group) -> bool:
    """A gazetteer place (a one-word city only when big), or a person named by a listed
    given name and a surname."""
    if g.place is not None:
        return (g.place.kind != "city" or g.place.population >= OTHER_LANGUAGE_CITY_MIN_POPULATION
                or len(g.longest_text) > 1)
    words = g.longest_text
    return entity_type(g) == "PERSON" and len(words) >= 2 and is_given_name(words[0])


def untyped(g: Group) -> bool:
    """Did nothing say what this group is?  A word glossed in Latin letters with no
    role, cue or gazetteer entry behind it is as often a thing as a name:
    "पोल्ट्री फार्म (Poultry Farm)", "पेरासिटामोल (Paracetamol)", "बेड़ो (Bero)", a
    village.  Such a group is kept only when it has the key of a typed one; when
    another article types the same name by a cue, linking still finds it here."""
    return g.place is None and not g.types


def _candidates(toks: list[Token]) -> list[Candidate]:
    """Every finder's candidates, Latin spans kept only where evidence backs them, overlaps settled."""
    kinds = [t.kind for t in toks]
    hindi_text = kinds.count("dev") >= kinds.count("lat")
    acronyms = [c for c in acronym_names(toks) if c.place is not None or c.english not in NOT_ORG_ACRONYMS]
    if hindi_text:
        acronyms += latin_acronym_names(toks)  # "WHO ने कहा": Hindi text leaves acronyms in capitals too
    cands = (gazetteer_places(toks) + known_organisations(toks) + role_names(toks) + cue_names(toks) + acronyms
             + speakers(toks))
    trim_run_ons(toks, cands)
    cands += romanised_places(toks, cands)  # after the name finders: a surname is theirs
    latin = latin_names(toks, hindi_text)
    cands += glosses(toks, latin, cands)
    dev_cands = [c for c in cands if has_devanagari(toks[c.i].text)]
    dev_keys = candidate_keys(toks, dev_cands)
    if hindi_text:
        for c in latin:
            if c.type is None and c.place is None:
                # in Hindi text a bare Latin span counts only where a Devanagari candidate
                # romanises to (part of) it
                cands += latin_twins(toks, c, dev_keys, dev_cands)
            else:
                cands.append(c)
    else:
        cands += _english_names(toks, latin)
    cands = drop_overlaps(cands)
    type_bracketed_latin(toks, cands)
    for c in cands:
        if c.type is None and c.source in ("gloss", "latin") and _is_acronym(c.english):
            c.type = "ORG"  # "रिम्स (RIMS)": a name spelt in capitals is an organisation's
    return cands


def _english_names(toks: list[Token], latin: list[Candidate]) -> list[Candidate]:
    """The capitalised spans of English text that are names, typed.

    English capitalises sentence openings, headings, products, events and works
    as well as names, so a span needs evidence: a title or organisation word, a
    given name, a surname the text also uses alone, or (one word) being written
    capitalised where nothing else asks for a capital."""
    # An English word the text also writes in lower case is a common noun
    # capitalised by a heading or a sentence start ("Plan", "Journalists").
    # A web address's words are no such use ("KLOOK ... www.klook.com", AEB).
    lowercase = {
        t.text for k, t in enumerate(toks) if t.kind == "lat" and t.text.islower() and not _in_address(toks, k)
    }
    # Capitals no sentence start asks for; a word ending a longer capitalised run is
    # that run's ("Order" in "Star Wars Jedi: Fallen Order" is no evidence for an
    # "Order" of its own: AEB made one, and its form took twelve "Fallen Order"s).
    inside = Counter(
        t.text for k, t in enumerate(toks)
        if t.kind == "lat" and t.text[:1].isupper() and not opens_sentence(toks, k) and not _run_tail(toks, k)
    )
    # A word the text uses alone after the full name is the surname ("Zach
    # Parise ... Parise scored"); the news convention for people, rare for
    # products and companies, whose short form is their first word.
    alone = Counter(toks[c.i].norm for c in latin if c.j - c.i == 1 and not opens_sentence(toks, c.i))

    def person(c: Candidate) -> bool:
        last = toks[c.j - 1]
        first = toks[c.i]
        # a surname is written in capitals only as an acronym's ("VW Atlas Cross Sport SUV ...
        # SUV"), and never in lower case elsewhere in the text
        surname_like = not last.text.isupper() and last.text.lower() not in lowercase
        reused = (
            c.j - c.i <= 3  # "Nintendo Switch Lite Pokemon Zacian ... Zacian" is a product
            # a company named with a common word first ("Home Depot ... the Depot", "Big
            # Machine"): a person's first name is a given name or a rare word
            and (is_given_name(first.text) or zipf(first.norm, "en") < FIRST_NAME_MAX_ZIPF)
            # a first word the text also uses alone is a company's ("Google Stadia ...
            # Stadia ... Google"); news calls people by their surnames, not first names,
            # though a star also goes by the first ("LeBron" twice, "James" eleven times
            # on an AEB page): a listed surname used alone more often still makes a person
            and (first.norm not in alone or is_given_name(first.text)
                 or _mainly_by_surname(last.norm, first.norm, alone))
            and last.norm in alone
            and surname_like
            and (zipf(last.norm, "en") < SURNAME_MAX_ZIPF or last.norm in listed_surnames())
        )
        # ... or who speaks under a listed surname: "Barack Obama said", "said Barack Obama"
        # (a first name no given-name list holds: Barack, Kristi)
        speaks = (
            2 <= c.j - c.i <= 3
            and ((c.j < len(toks) and toks[c.j].norm in REPORTING_EN)
                 or (c.i > 0 and toks[c.i - 1].norm in REPORTING_EN))
            and zipf(first.norm, "en") < FIRST_NAME_MAX_ZIPF
            and last.norm in listed_surnames()
            and surname_like
        )
        return _named_person(toks, c, lowercase) or reused or speaks

    latin = [piece for c in latin for piece in _person_of_place(toks, c, person)]
    # In English text a lone capitalised word is a person only as the surname
    # of a full name the text gives ("Adam Neumann ... Neumann"); otherwise it
    # is a company, agency or outlet (WeWork, Reuters, SoftBank).
    people = [c for c in latin if c.j - c.i >= 2 and (c.type or _english_type(toks, c, set(), person)) == "PERSON"]
    # A full name's last word makes its other spans people too, when it is surname-like:
    # rare, or used alone.  "Mac Pro" (Mac a given name) must not make "MacBook Pro" and
    # "AMD Radeon Pro" people (AEB, a laptop review: 65 "person" mentions).
    surnames = {
        toks[k].norm for k in (_surname_at(toks, c) for c in people)
        if toks[k].norm in alone or zipf(toks[k].norm, "en") < SURNAME_MAX_ZIPF
    }
    # ... and a full name's given name, where the text also uses it alone, is that person
    # called by first name ("Taylor Swift ... this fight with Taylor": AEB had made an
    # organisation of "Taylor")
    # (not a model's: "Lexus LC", its code in capitals, is no person for Lexus to join)
    first_names = {toks[c.i].norm for c in people if toks[c.i].norm in alone and is_given_name(toks[c.i].text)
                   and not toks[c.j - 1].text.isupper()}
    headings = title_case_lines(toks)
    spans_inside = Counter(span_words(toks, c.i, c.j) for c in latin if not opens_sentence(toks, c.i))
    out = []
    for c in latin:
        if c.j - c.i == 1 and c.type != "PERSON" and c.place is None:
            # a full name's surname is a name however common ("Steve Jobs ... Jobs said": the
            # "Jobs" of the full name counts no more in ``inside``)
            twice = c.type is not None or inside[toks[c.i].text] >= 2 or toks[c.i].norm in surnames
            if not _lone_name(toks, c.i, lowercase, twice):
                continue
            if c.i in headings and not twice:
                continue  # a rare word a Title Case heading capitalises ("... Alicia Keys And Protestors")
            if _after_a_count(toks, c.i):
                continue  # a model or a tally's column after its number ("11 Pro models", "3 INT"), no name
            if c.type is None and _alone_in_a_table_cell(toks, c.i):
                continue  # a column's heading or a code in a table: "| Pos | Player |", "| DL |" (AEB)
        if c.type is None:
            if c.j - c.i == 1 and opens_sentence(toks, c.i):
                continue  # a lone capitalised word opening a sentence is no evidence
            if c.j - c.i == 1 and toks[c.i].norm in first_names and toks[c.i].norm not in surnames:
                c.type = "PERSON"
                out.append(c)
                continue
            c.type = _english_type(toks, c, surnames, person)
            if c.type is None and _common_word_first(toks, c) and spans_inside[span_words(toks, c.i, c.j)] >= 2 \
                    and _lone_name(toks, c.i + 1, lowercase, True):
                # "Home Depot", "Big Machine", capitalised inside sentences twice or more: a
                # common word before a word that would be a name alone is the name's first
                # word, and the name the organisation the word alone would be (a sentence's
                # opening capital is stripped before, unless the text capitalises the pair
                # inside a sentence too: AEB had made "Machine", "Depot" and "Origin" of them)
                c.type = "ORG"
            if c.type is None:
                continue  # capitalised, but nothing says what it is: a product, an event, a work
        out.append(c)
    return out


def _alone_in_a_table_cell(toks: list[Token], k: int) -> bool:
    """Is token ``k`` all of a table cell, between two "|" on its line?"""
    return (0 < k < len(toks) - 1 and toks[k - 1].text == "|" and toks[k + 1].text == "|"
            and not toks[k].newline_before and not toks[k + 1].newline_before)


_ADDRESS_SIGNS = frozenset("./@")


def _in_address(toks: list[Token], k: int) -> bool:
    """Is token ``k`` part of a web or mail address: after a dot, slash or at sign glued
    to it, or before one glued to a word after it ("klook.com"; a sentence's full stop
    is followed by a space)?"""
    if k and toks[k - 1].text in _ADDRESS_SIGNS and toks[k - 1].end == toks[k].start:
        return True
    rest = toks[k + 1 : k + 3]
    return (len(rest) == 2 and rest[0].text in _ADDRESS_SIGNS and rest[0].start == toks[k].end
            and rest[1].start == rest[0].end)


def _lone_name(toks: list[Token], k: int, lowercase: set[str], capitalised_twice: bool) -> bool:
    """May capitalised word ``k`` be a name by itself?  Not a letter, a common noun
    the text also writes in lower case, a demonym, a unit, or a common word
    capitalised only once where no sentence starts."""
    word = toks[k].text
    if len(word) < 2:
        return False  # a letter alone: "USB 3.2 type C", "Plan B", a list's "S" (AEB had made them organisations)
    if word.lower() in lowercase and (not word.isupper() or len(word) >= SHOUTED_WORD_MIN_LETTERS):
        # a common noun ("the Plan"), or one shouted ("the BUILD stage", "NOT SCARY",
        # "BUBONIC PLAGUE" beside "build", "scary", "bubonic": AEB had made
        # organisations of them); "EU" is no "eu", "WHO" no "who"
        return False
    if _shouted_word(toks[k]):
        return False  # "[NEWS]", "WATCH VIDEO", "AHEAD": a common word in capitals
    if is_demonym(word) or word.upper() in NOT_ORG_ACRONYMS or word.split("-")[0].upper() in NOT_ORG_ACRONYMS:
        return False  # a demonym ("Indian", "Swedish"), a unit or a kind of thing ("SUV", "Hz", "USB-C")
    # a common word capitalised once ("Scientists", "Barely"): no name; a known body's is ("Twitter")
    return (word.isupper() or zipf(toks[k].norm, "en") < LONE_COMMON_ZIPF or capitalised_twice
            or toks[k].norm in KNOWN_ORGANISATIONS_EN)


def _shouted_word(tok: Token) -> bool:
    """Is ``tok`` a common English word written in capitals (an acronym spelling one is rare)?"""
    return (tok.text.isupper() and len(tok.text) >= SHOUTED_WORD_MIN_LETTERS
            and zipf(tok.norm, "en") >= SHOUTED_WORD_MIN_ZIPF)


def _common_word_first(toks: list[Token], c: Candidate) -> bool:
    """Is ``c`` two words, the first a common English word that is no given name or place
    ("Home", "Big"; not "Mark", "China")?"""
    first = toks[c.i]
    return (c.j - c.i == 2 and not first.text.isupper() and zipf(first.norm, "en") >= OPENER_MIN_ZIPF
            and not is_given_name(first.text) and lookup((first.norm,)) is None)


def _run_tail(toks: list[Token], k: int) -> bool:
    """Does Latin token ``k`` continue a capitalised run ("Order" in "Fallen Order")?"""
    before = toks[k - 1] if k else None
    return (before is not None and before.kind == "lat" and before.text[:1].isupper()
            and not toks[k].newline_before)


def _mainly_by_surname(last: str, first: str, alone: Counter) -> bool:
    """Is ``last`` a listed surname the text uses alone more often than ``first``?"""
    return last in listed_surnames() and alone[last] > alone[first]


_CURRENCY_SIGNS = frozenset("$£€¥₹")


def _after_a_count(toks: list[Token], i: int) -> bool:
    """Does a small number stand right before token ``i``: not a year ("in 2019 Trump said"),
    nor a price ("the $99 Logitech mouse")?"""
    if i == 0 or toks[i - 1].kind != "num" or not toks[i - 1].text.isdigit() or len(toks[i - 1].text) >= 4:
        return False
    return not (i > 1 and toks[i - 2].text in _CURRENCY_SIGNS and toks[i - 2].end == toks[i - 1].start)


def _person_of_place(toks: list[Token], c: Candidate, person) -> list[Candidate]:
    """"Rosaly Lopes of NASA", "Martin Taylor of Aberdeenshire": a person and
    where they are from, two names (an untyped span holding "of" whose part
    before it is a person's name)."""
    if c.type is not None or c.j - c.i < 4:
        return [c]
    for k in range(c.i + 2, c.j - 1):
        if toks[k].norm == "of":
            name = Candidate(c.i, k, None, c.source, english=span_text(toks, c.i, k))
            if person(name):
                rest = Candidate(k + 1, c.j, None, c.source, english=span_text(toks, k + 1, c.j))
                return [name, rest]
            break
    return [c]


def _is_acronym(english: str | None) -> bool:
    """"RIMS", "WHO": one word of 2-6 capitals (as acronyms.py reads Devanagari letter names)."""
    return bool(english) and english.isalpha() and english.isupper() and 2 <= len(english) <= 6


def _named_person(toks: list[Token], c: Candidate, lowercase: set[str]) -> bool:
    """Does a capitalised span open with a given name ("Adam Neumann", "Ahmad
    Lawan", "Li Jifeng")?  Not when the text also writes that word in lower case ("Summer
    Olympics" beside "this summer")."""
    first = toks[c.i]
    return is_given_name(first.text) and first.text.lower() not in lowercase


# "Patrick W. Carlineo Jr.": a generational suffix ends a person's name, after the surname.
_GENERATIONAL_SUFFIXES = frozenset("jr sr".split())


def _surname_at(toks: list[Token], c: Candidate) -> int:
    """The index of span ``c``'s last word that is no generational suffix."""
    k = c.j - 1
    return k - 1 if k > c.i and toks[k].norm in _GENERATIONAL_SUFFIXES else k


# Planets and moons that space news names alone; Mercury, Earth and the Moon are left
# out (a singer, a common word, a common noun).
CELESTIAL_BODIES_EN = frozenset(
    "venus mars jupiter saturn uranus neptune pluto europa titan enceladus ganymede callisto".split())


def _english_type(toks: list[Token], c: Candidate, surnames: set[str], person) -> str | None:
    """PERSON or ORG for a capitalised English span without a type cue; None
    when nothing says (English capitalises products, events and works too:
    "MacBook Pro", "Black Friday", "Star Wars")."""
    if c.j - c.i == 1:
        if toks[c.i].norm in CELESTIAL_BODIES_EN and toks[c.i].norm not in surnames:
            return "PLACE"  # where a probe flies or plumes rise, not an organisation (AEB: "Mars" x7)
        return "PERSON" if toks[c.i].norm in surnames else "ORG"
    if is_role(toks[c.j - 1]):
        return "ORG"  # an office, not a name: "State Attorney General"
    if any(t.norm in ORG_CUES_EN for t in toks[c.i: c.j]) and not names_two_companies(toks, c.i, c.j):
        return "ORG"  # "Ministry of Health", "Bank of England"; not "McClatchy and Tribune"
    if span_text(toks, c.i, c.j).lower() in KNOWN_ORGANISATIONS_EN:
        return "ORG"  # "United Nations", "Islamic State": no cue word says so
    if toks[c.j - 1].norm in _GENERATIONAL_SUFFIXES:
        return "PERSON"
    if (person(c) or toks[_surname_at(toks, c)].norm in surnames) and not _no_personal_name(toks, c):
        return "PERSON"
    return None


# A word with a capital inside whose last part is a common word is a brand, never a
# person's name ("WeWork", "PlayStation", "SoftBank", "iPhone", "MacBook"); a surname's
# inner capital follows a prefix, and its part is a given name or rarer ("McFee" 4.6,
# "DeWine" 4.6, "MacArthur"; "MacBook" 5.4).
_INNER_CAPITAL_RE = re.compile(r"^([A-Za-z]*[a-z])([A-Z][a-z]+)$")
_SURNAME_PREFIXES = frozenset("Mc Mac De Di Da Du La Le Lo Van Von Fitz".split())
_BRAND_PART_MIN_ZIPF = 4.5  # "Work" 6.0, "Station" 5.0, "Bank" 5.2
_BRAND_PART_AFTER_PREFIX_MIN_ZIPF = 5.0


def _brand_word(word: str) -> bool:
    inner = _INNER_CAPITAL_RE.match(word)
    if inner is None:
        return False
    prefix, part = inner.groups()
    if word[0].islower():
        return True
    floor = _BRAND_PART_AFTER_PREFIX_MIN_ZIPF if prefix in _SURNAME_PREFIXES else _BRAND_PART_MIN_ZIPF
    return zipf(part.lower(), "en") >= floor and not is_given_name(part)


def _no_personal_name(toks: list[Token], c: Candidate) -> bool:
    """Is span ``c`` shaped like no person's name?  AEB pages (Nov 2019) gave these as
    people: a brand in it ("Retina MacBook Pro", "Ousted WeWork"), words the page glued
    together ("Kristi NoemKristi Lynn NoemSouth Dakota"), a product line's last word
    ("Mac Pro"), a lower-case word that is no name particle ("Host the Lakers"), or a
    place that is no given name first ("Chicago Tribune", "Kentucky Democrats", "Indiana
    Statehouse")."""
    span = toks[c.i : c.j]
    if any(_brand_word(t.text) or glued_at(toks, k) for k, t in enumerate(span, c.i)):
        return True
    if span[-1].norm in PRODUCT_LINE_WORDS_EN:
        return True  # a model: "Mac Pro", "AMD Radeon Pro" (AEB), "iPhone 11 Pro Max"
    if any(t.text.islower() and t.norm not in NAME_PARTICLES_EN for t in span[1:-1]):
        return True
    first = span[0]
    return len(span) > 1 and lookup((first.norm,)) is not None and not is_given_name(first.text)


def _forms(groups: list[Group]) -> tuple[list[set], list[set]]:
    """(forms, weak forms) of each group: people also by the short forms of their names."""
    forms, weak = [], []
    for g in groups:
        f, w = set(g.forms), set()
        if g.place is None and g.main_type == "PERSON":
            strong, w = person_forms(g)
            f |= strong
        forms.append(f)
        weak.append(w)
    return forms, weak
