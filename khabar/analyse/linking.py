"""Entities linked across articles: one key, name and type for the same entity.

Same key -> same entity; a key whose words are the first or last words of
exactly one longer key of the same type joins it ("putin" -> "vladimir
putin"); a person's name shown in its English spelling joins the key English
text gives it ("donald tramp", named Donald Trump, -> "donald trump"); keys
whose words all match fuzzily join ("blidimir putin" -> "vladimir putin"); an
institution named in Hindi words joins the acronym its English name spells
(विश्व स्वास्थ्य संगठन -> WHO).  The group's name is the best-evidenced one.  Then
the forms seen in one article are looked for in every other article ("names
recurring across sources"), so an article that writes only क्रेमलिन gets the
Kremlin that another article typed by its context.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence

from khabar.analyse.gazetteer import lookup, zipf
from khabar.analyse.grouping import Form, form_index, merge_same_key, scan_forms
from khabar.analyse.institutions import expansions, institution_names
from khabar.analyse.lexicon import (
    COMMON_NAME_WORDS_HI,
    CUES_IN_ENGLISH,
    INSTITUTION_SCOPES_HI,
    INSTITUTION_WORDS_HI,
    PROPAGATE_MAX_ZIPF,
    UNAMBIGUOUS_ACRONYMS_EN,
)
from khabar.analyse.naming import WORD_VARIANT_MIN_RATIO, contains_name
from khabar.analyse.romanise import has_devanagari, latin_key, romanise
from khabar.analyse.tokens import Token, forget_tokens, token_start, tokenize, tokens_of
from khabar.records import Analysis, Entity, Mention

# Two keys of as many words (2+) are one name when every word pair scores at
# least this rapidfuzz ratio: calibrated on blidimir/vladimir (75) + putin/putin (100).
FUZZY_WORD_MIN_RATIO = 70
# Blocks of keys larger than this are not compared pairwise (quadratic cost).
FUZZY_BLOCK_MAX = 400


def evidence(entity: Entity) -> int:
    """How trustworthy an entity's name is: 3 gazetteer, 2 Latin text, 1 romanised."""
    if lookup(tuple(latin_key(entity.name).split())) is not None:
        return 3
    if any(not has_devanagari(a) for a in entity.aliases):
        return 2
    return 1


def link(analyses: Sequence[Analysis]) -> None:
    """Unify keys, names and types across ``analyses`` in place, then propagate forms."""
    all_entities = [e for a in analyses for e in a.entities]
    if not all_entities:
        return
    keys = sorted({e.key for e in all_entities})
    types: dict[str, Counter] = defaultdict(Counter)
    gazetteer_keys = set()
    for e in all_entities:
        types[e.key][e.type] += len(e.mentions)
        if evidence(e) == 3:
            gazetteer_keys.add(e.key)
    main = {k: c.most_common(1)[0][0] for k, c in types.items()}

    union = _KeyUnion(keys)
    _join_spacing_variants(union, keys, main)
    _join_fuzzy_spellings(union, keys, main, gazetteer_keys)
    _join_short_forms(union, keys, main, gazetteer_keys, _Company(analyses))
    _join_respelt_names(union, all_entities, main)
    _join_sound_alikes(union, all_entities, main, gazetteer_keys)
    keys_beside: dict[int, set[str]] = {}  # an entity (by id) -> the keys of its own article
    for a in analyses:
        article_keys = {e.key for e in a.entities}
        keys_beside.update((id(e), article_keys) for e in a.entities)
    expanded = _join_acronyms(union, all_entities, main, keys_beside)

    groups: dict[str, list[Entity]] = defaultdict(list)
    for e in all_entities:
        groups[union.find(e.key)].append(e)
    for members in groups.values():
        _name_group(members, expanded)
    for a in analyses:
        a.entities = merge_same_key(a.entities)

    propagate(analyses)


class _KeyUnion:
    """Union-find over keys; a set is represented by its longest (then greatest) key."""

    def __init__(self, keys: list[str]):
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        parent = self.parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            root = max(ra, rb, key=_root_rank)
            self.parent[root] = root
            self.parent[min(ra, rb, key=_root_rank)] = root


def _root_rank(key: str) -> tuple[int, str]:
    return len(key.split()), key


def _join_spacing_variants(union: _KeyUnion, keys: list[str], main: dict[str, str]) -> None:
    """Join keys of one type that are one name written joined or apart.

    Hindi writes a compound name either way (हर्षवर्धन / हर्ष वर्धन, Harsh
    Vardhan in the March 2020 papers; गौतमबुद्ध नगर / गौतम बुद्ध नगर), and
    the romanisation keeps the vowel at the joint only inside a word
    ("harshavardhan" / "harsh vardhan"), so each joint is tried with and
    without it."""
    by_letters: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in keys:
        by_letters[(main[k], k.replace(" ", ""))].append(k)
    for k in keys:
        words = k.split()
        if len(words) < 2:
            continue
        for joined in {"".join(words), "a".join(words)}:
            for other in by_letters.get((main[k], joined), []):
                if other != k:
                    union.union(k, other)


def _join_fuzzy_spellings(union: _KeyUnion, keys: list[str], main: dict[str, str], gazetteer_keys: set[str]) -> None:
    """Join keys of the same number of words whose words are all close.

    Blocked by word count, type and the first letter of the last word (surnames
    are spelt alike at least there).
    """
    from rapidfuzz import fuzz

    blocks: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for k in keys:
        words = k.split()
        if k not in gazetteer_keys and len(words) >= 2:
            blocks[(len(words), main[k], words[-1][:1])].append(k)
    common = common_name_words()
    for block in blocks.values():
        if len(block) < 2 or len(block) > FUZZY_BLOCK_MAX:
            continue
        split = [b.split() for b in block]
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                a, b = split[x], split[y]
                if a[-1] != b[-1] and a[0] != b[0]:
                    continue  # one word must agree exactly
                if _spelling_variants(a, b, common, fuzz.ratio):
                    union.union(block[x], block[y])


def _spelling_variants(a: list[str], b: list[str], common: frozenset[str], ratio) -> bool:
    """Are two names of as many words spellings of one name?

    Every word pair must be close.  A word inside the other is a different name
    (vijay / ranvijay, mohan / manmohan); and when the words that agree are only
    common name words (kumar, singh) they prove little, so the others must be
    near-identical ("vijay kumar" and "sanjay kumar" are two people).
    """
    differing = [(i, p, q) for i, (p, q) in enumerate(zip(a, b)) if p != q]
    if any((p in q or q in p) and not _possessive_pair(p, q, i < len(a) - 1) for i, p, q in differing):
        return False
    floor = WORD_VARIANT_MIN_RATIO if all(p in common for p, q in zip(a, b) if p == q) else FUZZY_WORD_MIN_RATIO
    return all(ratio(p, q) >= floor for _, p, q in differing)


def _possessive_pair(p: str, q: str, leading: bool) -> bool:
    """A leading word with and without a possessive s ("johns hopkins" / "john hopkins",
    as Hindi writes जॉन हॉपकिंस): one name.  A last word so differing is another
    surname (adam / adams)."""
    return leading and (p == q + "s" or q == p + "s")


_COMMON_ROMAN: frozenset[str] | None = None


def common_name_words() -> frozenset[str]:
    """The common Indian name words (kumar, sinh ...; see COMMON_NAME_WORDS_HI) as
    keys spell them: romanised, and as a person's name displays them ("singh",
    "tiwari"), which is how keys of Hindi names are written.  (With the romanised
    forms alone "pratibha singh" and "pratap singh", March 2020, had agreed on no
    common word and so joined at the lenient ratio.)"""
    global _COMMON_ROMAN
    if _COMMON_ROMAN is None:
        from khabar.analyse.naming import display_word
        from khabar.analyse.romanise import romanise_many

        romanised = romanise_many(sorted(COMMON_NAME_WORDS_HI))
        _COMMON_ROMAN = frozenset(romanised) | {display_word(w, person=True).casefold() for w in romanised}
    return _COMMON_ROMAN


class _Company:
    """The keys named beside a key: in the articles that name it.  Worked out only for the
    keys asked about (a lone common surname and its hosts), which are few; unions for every
    key of a 20,000-article batch would cost seconds."""

    def __init__(self, analyses: Sequence[Analysis]):
        self.keys_of = [{e.key for e in a.entities} for a in analyses]
        self.articles_of: dict[str, list[int]] = defaultdict(list)
        for n, keys in enumerate(self.keys_of):
            for k in keys:
                self.articles_of[k].append(n)
        self._cache: dict[str, set[str]] = {}

    def of(self, key: str) -> set[str]:
        if key not in self._cache:
            self._cache[key] = set().union(*(self.keys_of[n] for n in self.articles_of.get(key, ())))
        return self._cache[key]

    def shared(self, a: str, b: str) -> int:
        """How many other keys the articles of ``a`` and of ``b`` both name."""
        return len((self.of(a) & self.of(b)) - {a, b})


# A short form that is a name many South Asians share (the packaged list of their given
# names and surnames: Chopra, Sharma, Modi) joins a longer name, or is looked for as its
# form in other articles, only where the articles share this many other names (of the
# same story): BBC Hindi's years of reports had made a lone चोपड़ा (Prem, Uday, Parineeti
# Chopra's reports) the one "Yash Chopra" another report named.  Putin, Nadal or
# Kejriwal, in no such list, join as before.
SURNAME_COMPANY_MIN = 2


def _join_short_forms(union: _KeyUnion, keys: list[str], main: dict[str, str], gazetteer_keys: set[str],
                      company: _Company | None = None) -> None:
    """"putin" / "kim jong" join the one longer person's name they are part of."""
    from khabar.analyse.given_names import south_asian_names

    common = south_asian_names()
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        words = k.split()
        if len(words) > 1 and k not in gazetteer_keys and main[k] == "PERSON":
            by_word[words[0]].add(k)
            by_word[words[-1]].add(k)
    for k in keys:
        if k in gazetteer_keys or main[k] != "PERSON":
            continue  # places and organisations are not named by their parts
        words = tuple(k.split())
        candidates = by_word.get(words[0], set()) | by_word.get(words[-1], set())
        parts = [m for m in candidates if m != k and contains_name(tuple(m.split()), words)]
        hosts = {union.find(m) for m in parts}
        if len(hosts) != 1:
            continue
        if company is not None and len(words) == 1 and words[0] in common and not any(
                company.shared(k, m) >= SURNAME_COMPANY_MIN for m in parts):
            continue  # a common surname alone, in other stories than the full name's
        union.union(k, hosts.pop())


def _join_respelt_names(union: _KeyUnion, entities: list[Entity], main: dict[str, str]) -> None:
    """A person's name shown in its English spelling but keyed by its romanisation
    (key "donald tramp", name Donald Trump: naming._person_name_in_english) joins
    the name as English text keys it."""
    for e in entities:
        spelt = latin_key(e.name)
        if spelt != e.key and main.get(e.key) == "PERSON" and main.get(spelt) == "PERSON":
            union.union(e.key, spelt)


# English spelling to the sound Hindi writes, for foreign names keyed from Devanagari by
# their romanisation: "xi" is शी (shi), "z" is ज (j), "c" is स before e/i/y and क before
# the rest, "eau" is ओ (o), "w" is व (v); an "h" inside a word is an aspirate, a digraph
# or silent ("john" is जॉन, jon).  Then the vowels go (Hindi respells them: इमैनुएल मैक्रों "imainuel
# maikron" is Emmanuel Macron, जो बाइडेन "jo baiden" Joe Biden) and doubled letters are one.
_SOUND_RULES = (("eau", "o"), ("ph", "f"), ("ck", "k"), ("ch", "C"), ("sh", "S"), ("x", "ks"),
                ("q", "k"), ("z", "j"), ("w", "v"), ("y", "i"))
_SOFT_C_RE = re.compile(r"c(?=[eiy])")
_INNER_H_RE = re.compile(r"(?<=.)h")
_VOWELS_RE = re.compile(r"[aeiou]")
_DOUBLED_RE = re.compile(r"(.)\1+")


def sound_skeleton(word: str) -> str:
    """A Latin name word as the consonants it sounds ("emmanuel" and "imainuel": "mnl"),
    with "-V" when it ends on a vowel ("xi" and "shi": "S-V"), so "khan" ("kn") and
    "khanna" ("kn-V") stay two names."""
    w = word.casefold()
    if w.startswith("x"):
        w = "sh" + w[1:]  # pinyin's x is sh: Xi, Xinhua
    w = _SOFT_C_RE.sub("s", w)
    for written, sound in _SOUND_RULES:
        w = w.replace(written, sound)
    w = _INNER_H_RE.sub("", w.replace("c", "k"))
    ends_on_vowel = bool(w) and w[-1] in "aeiou"
    return _DOUBLED_RE.sub(r"\1", _VOWELS_RE.sub("", w)) + ("-V" if ends_on_vowel else "")


# A person's name keyed from Devanagari joins a name written in Latin letters whose every
# word sounds alike (:func:`sound_skeleton`), when the two names hold at least this many
# consonants: "jo baiden" / "joe biden" (4), but no two-letter names.
SOUND_ALIKE_MIN_CONSONANTS = 4


def _join_sound_alikes(union: _KeyUnion, entities: list[Entity], main: dict[str, str],
                       gazetteer_keys: set[str]) -> None:
    """A foreign person's name romanised from Hindi ("shi jinping", "volodimir jelenski")
    joins its English spelling in another article ("xi jinping", "volodymyr zelensky").
    Only across scripts: two Latin spellings that differ are two people's names."""
    latin = {e.key for e in entities if evidence(e) >= 2}
    romanised = {e.key for e in entities if evidence(e) == 1} - latin
    by_sound: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in sorted(latin):
        words = k.split()
        if main.get(k) == "PERSON" and len(words) >= 2:
            by_sound[tuple(map(sound_skeleton, words))].append(k)
    for k in sorted(romanised):
        if main.get(k) != "PERSON" or k in gazetteer_keys or len(k.split()) < 2:
            continue
        sound = tuple(map(sound_skeleton, k.split()))
        if sum(len(s.removesuffix("-V")) for s in sound) < SOUND_ALIKE_MIN_CONSONANTS:
            continue
        matches = by_sound.get(sound, [])
        if len({union.find(m) for m in matches}) == 1:
            union.union(k, matches[0])


# Acronyms this short spell many names (CBI, CHC, NDA, ASI): one joins the translation of
# an institution's Hindi name only when some article names both (as papers introduce one:
# "विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ)"); then it does in every article.  March 2020 and BBC
# Hindi: सीएचसी (a community health centre) had become the "Chinese Health Commission" of
# another article, सीबीआई the "Cricket Board of India" (भारतीय क्रिकेट बोर्ड).
SHORT_ACRONYM_MAX = 3


def _join_acronyms(union: _KeyUnion, entities: list[Entity], main: dict[str, str],
                   keys_beside: dict[int, set[str]]) -> set[int]:
    """An institution named in Hindi words joins the acronym its English name
    spells: विश्व स्वास्थ्य संगठन (World Health Organization) is WHO, भारतीय
    आयुर्विज्ञान अनुसंधान परिषद the Indian Council of Medical Research, ICMR.
    A name with no translation joins the acronym its own initials spell where
    one article names both ("नालंदा मेडिकल कॉलेज अस्पताल (एनएमसीएच)" is NMCH).
    The translated entity takes the expansion's word order as its name; the
    ids of the entities whose name is to be the group's are returned: the
    translated ones, and for a name joined by its initials the name when its
    words are English, else the acronym as written.
    ``keys_beside``: the keys of each entity's own article (by ``id``)."""
    expanded: set[int] = set()
    acronyms = {e.name: e.key for e in entities
                if main[e.key] == "ORG" and e.name.isupper() and e.name.isalpha() and len(e.name) >= 2}
    if not acronyms:
        return expanded
    acronym_keys = set(acronyms.values())
    matches = []  # (entity, acronym, expansion): the first alias spelling one acronym
    by_initials: dict[str, set[str]] = defaultdict(set)  # acronym -> the names whose own initials spell it
    for entity in entities:
        if main[entity.key] != "ORG" or entity.key in acronym_keys:
            continue
        for alias in entity.aliases:
            if not has_devanagari(alias):
                continue
            found = expansions(institution_names(tuple(alias.split())), set(acronyms))
            if len(found) == 1:
                (acronym, expansion), = found.items()
                matches.append((entity, acronym, expansion))
                break
        else:
            initials = "".join(word[0] for word in entity.name.split()).upper()
            # (two letters spell too many names: "सांप्रदायिक पार्टी", a communal party, is no SP)
            if len(initials) >= 3 and initials in acronyms and acronyms[initials] in keys_beside.get(id(entity), ()):
                by_initials[initials].add(union.find(entity.key))
                matches.append((entity, initials, None))
    attested = {(acronym, expansion) for entity, acronym, expansion in matches
                if acronyms[acronym] in keys_beside.get(id(entity), ())}
    for entity, acronym, expansion in matches:
        if expansion is None:
            # A name's initials spell many acronyms: it joins one only where its article
            # names both, and only when no other name there spells it too (BBC Hindi's
            # Mumbai and Maharashtra Cricket Associations, both MCA).
            if len(by_initials[acronym]) > 1:
                continue
            if _reads_as_english(entity.name):
                expanded.add(id(entity))  # "Nalanda Medical College Hospital" names NMCH
            else:  # "Bhartiy Janta Party" is a guess at a spelling BJP gives as written
                expanded.update(id(e) for e in entities if e.key == acronyms[acronym])
            union.union(entity.key, acronyms[acronym])
            continue
        if (len(acronym) <= SHORT_ACRONYM_MAX and (acronym, expansion) not in attested
                and UNAMBIGUOUS_ACRONYMS_EN.get(acronym) != expansion):
            continue
        entity.name = expansion
        expanded.add(id(entity))
        union.union(entity.key, acronyms[acronym])
    return expanded


_ENGLISH_NAME_WORDS = frozenset(
    w for table in (CUES_IN_ENGLISH, INSTITUTION_WORDS_HI, INSTITUTION_SCOPES_HI)
    for v in table.values() for words in ([v] if isinstance(v, str) else v) for w in words.split()
)


def _reads_as_english(name: str) -> bool:
    """Is every word of a romanised name an English word (a cue or institution word, or one
    wordfreq knows) or a gazetteer place?  "National Stock Exchange" is; "Bombe Stock
    Exchange", "Bhartiy Janta Party" and "Nalanda ..." are romanisations, which may be guesses."""
    return all(w in _ENGLISH_NAME_WORDS or zipf(w.lower(), "en") > 0 or lookup((w.lower(),)) is not None
               for w in name.split())


def _name_group(members: list[Entity], expanded: set[int] = frozenset()) -> None:
    """Give every member the best-evidenced name: best evidence, then most
    words, then most mentions.  An acronym's expansion (``expanded``) is as
    good as a Latin spelling: "World Health Organization" names the WHO."""
    best = max(members, key=lambda e: (max(evidence(e), 2 * (id(e) in expanded)), len(e.key.split()),
                                       len(e.mentions)))
    type_votes: Counter = Counter()
    for e in members:
        type_votes[e.type] += len(e.mentions)
    etype = "PLACE" if evidence(best) == 3 else type_votes.most_common(1)[0][0]
    key = latin_key(best.name) if id(best) in expanded else best.key
    for e in members:
        e.key, e.name, e.type = key, best.name, etype


# --------------------------------------------------------------------------
# names recurring across sources


def propagate(analyses: Sequence[Analysis]) -> None:
    """Find each entity's forms in the articles that did not recognise them."""
    keys_sorted, forms_by_group, proto = _unique_forms(analyses)
    if not any(forms_by_group):
        return
    index = form_index(forms_by_group)
    from khabar.analyse.given_names import south_asian_names

    common = south_asian_names()
    company = _Company(analyses)  # (the articles' own keys, before any form is propagated)
    for a in analyses:
        body = a.article.body or ""
        toks = tokens_of(body)
        if not toks:
            continue
        by_key = {e.key: e for e in a.entities}
        own_keys = set(by_key)
        for gi, i, j in scan_forms(toks, index, _taken_tokens(toks, a.entities)):
            key = keys_sorted[gi]
            start, end = toks[i].start, toks[j - 1].end
            if (j - i == 1 and key not in own_keys and _name_word_key(body[start:end]) in common
                    and len((company.of(key) & own_keys) - {key}) < SURNAME_COMPANY_MIN):
                continue  # a common surname alone, in another story (see SURNAME_COMPANY_MIN)
            mention = Mention(body[start:end], start, end)
            entity = by_key.get(key)
            if entity is None:
                p = proto[key]
                entity = Entity(key=p.key, name=p.name, type=p.type)
                a.entities.append(entity)
                by_key[key] = entity
            entity.mentions.append(mention)
            if mention.text not in entity.aliases:
                entity.aliases.append(mention.text)
        for e in a.entities:
            e.mentions.sort(key=lambda m: m.start)
    forget_tokens()


def _name_word_key(word: str) -> str:
    """A name word as the surname lists spell it ("चोपड़ा" chopra, "Chopra" chopra)."""
    return romanise(word) if has_devanagari(word) else latin_key(word)


def _unique_forms(analyses: Sequence[Analysis]) -> tuple[list[str], list[set[Form]], dict[str, Entity]]:
    """(keys sorted, the forms only that key's entity is written as, key -> first entity with it).

    A form two entities share proves nothing, and one common word alone is no
    evidence (see PROPAGATE_MAX_ZIPF).
    """
    forms: dict[Form, set[str]] = defaultdict(set)
    proto: dict[str, Entity] = {}
    for a in analyses:
        for e in a.entities:
            proto.setdefault(e.key, e)
            for alias in e.aliases:
                form = tuple(t.norm for t in tokenize(alias) if t.kind in ("dev", "lat"))
                if form:
                    forms[form].add(e.key)
    keys_sorted = sorted(proto)
    key_index = {k: i for i, k in enumerate(keys_sorted)}
    forms_by_group: list[set[Form]] = [set() for _ in keys_sorted]
    for form, keys in forms.items():
        if len(keys) != 1:
            continue
        if len(form) == 1:
            w = form[0]
            lang = "hi" if has_devanagari(w) else "en"
            if len(w) < 3 or zipf(w, lang) >= PROPAGATE_MAX_ZIPF:
                continue
        forms_by_group[key_index[next(iter(keys))]].add(form)
    return keys_sorted, forms_by_group, proto


def _taken_tokens(toks: list[Token], entities: list[Entity]) -> bytearray:
    """1 for every token inside a mention the article already has."""
    taken = bytearray(len(toks))
    for e in entities:
        for m in e.mentions:
            # mentions start on token starts: binary search, no per-article index
            k = bisect_left(toks, m.start, key=token_start)
            while k < len(toks) and toks[k].start < m.end:
                taken[k] = 1
                k += 1
    return taken
