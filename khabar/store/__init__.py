"""SQLite store: articles, analyses, events and pipeline state in one file.

WAL mode so a reader (the web app) and a writer (``khabar ingest``) can share
the file. Ingest is idempotent: an article's identity is a hash over its
normalised title and body, so the same content read twice - under any id,
from any file - is stored once and reported as a duplicate. Each
``add_articles`` call is one transaction: it lands whole or not at all.

Records are stored as their :func:`khabar.records.to_jsonable` JSON plus a few
columns for ordering and lookup; :mod:`khabar.store.codec` turns them back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from khabar.records import Analysis, Article, Event, to_jsonable
from khabar.store.codec import analysis_from_dict, article_from_dict, event_from_dict

__all__ = ["Store", "AddResult", "QueryPart", "default_db_path", "content_hash", "raw_hash", "fold_word", "words_of"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,  -- ingestion order
    id        TEXT NOT NULL UNIQUE,
    hash      TEXT NOT NULL UNIQUE,               -- content_hash(title, body)
    title     TEXT,
    published TEXT,
    outlet    TEXT,
    language  TEXT,
    source    TEXT,
    added_at  TEXT NOT NULL,
    data      TEXT NOT NULL                       -- to_jsonable(Article)
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    id UNINDEXED, title, body, tokenize = "unicode61 remove_diacritics 2 tokenchars '{marks}'"
);
CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY,
    data       TEXT NOT NULL                      -- to_jsonable(Analysis)
);
CREATE TABLE IF NOT EXISTS events (
    id         TEXT PRIMARY KEY,
    title      TEXT,
    first_seen TEXT,
    last_seen  TEXT,
    data       TEXT NOT NULL                      -- to_jsonable(Event)
);
CREATE TABLE IF NOT EXISTS event_members (
    event_id     TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id   TEXT NOT NULL,
    duplicate_of TEXT,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX IF NOT EXISTS event_members_article ON event_members(article_id);
CREATE TABLE IF NOT EXISTS raw_documents (
    hash       TEXT PRIMARY KEY,                  -- raw_hash(RawDocument) as read
    article_id TEXT NOT NULL                      -- the article it was stored as
);
CREATE TABLE IF NOT EXISTS state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL                           -- JSON
);
"""

# The names each article's analysis gives its people, places and organisations, so
# that search finds an entity under any of its spellings (see Store.parse_query).
# Kept per article: a re-analysed article's old names go with its old analysis.
_NAMES_SCHEMA = """
CREATE TABLE IF NOT EXISTS entity_aliases (
    article_id TEXT NOT NULL,
    key        TEXT NOT NULL,                     -- Entity.key: one entity in any script
    alias      TEXT NOT NULL,                     -- a name it goes by: Entity.name or an alias
    PRIMARY KEY (article_id, key, alias)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_aliases_key ON entity_aliases(key);
CREATE TABLE IF NOT EXISTS entity_words (
    word       TEXT NOT NULL,                     -- fold_word() of a word of a key, name or alias
    key        TEXT NOT NULL,
    article_id TEXT NOT NULL,
    sound      TEXT NOT NULL,                     -- name_sound(word), '' for none
    PRIMARY KEY (word, key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_words_article ON entity_words(article_id);
CREATE INDEX IF NOT EXISTS entity_words_sound ON entity_words(sound) WHERE sound != '';
"""


def default_db_path() -> Path:
    """``$KHABAR_DB``, else ``khabar.sqlite3`` in the user's data directory."""
    env = os.environ.get("KHABAR_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("khabar")) / "khabar.sqlite3"


_SPACE = re.compile(r"\s+")
# A query word: \w alone misses Indic vowel signs (category M), splitting पुतिन.
WORD_RE = re.compile(r"(?:\w|[\u0900-\u0dff\u200c\u200d])+")


def fold_word(word: str) -> str:
    """A word as the FTS index compares it: NFC and case-folded, and for non-Indic
    words without accents (unicode61 ``remove_diacritics``)."""
    word = unicodedata.normalize("NFC", word).casefold()
    if any("\u0900" <= ch <= "\u0dff" for ch in word):
        return word  # Indic vowel signs are letters, not accents
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def words_of(text: str) -> list[str]:
    """The folded words of ``text``, as search compares them."""
    return [fold_word(w) for w in WORD_RE.findall(unicodedata.normalize("NFC", text or ""))]


# A Latin query word no entity's names hold may still be one of them spelt otherwise: the
# same consonants sounded (analyse.linking.sound_skeleton) find the name a Hindi report
# romanised ("Sitharaman" the entity "Nirmala Sitarman", "Safdarjung" "Saphdarjang
# Hospital", "Thackeray" "Uddhav Thakre"), when they are at least MIN_SOUND_CONSONANTS,
# or MIN_LONG_SOUND_CONSONANTS in a word of LONG_WORD letters; fewer confuse short names
# ("patel" and "patil" both sound "ptl", "rao" and "rai" "r-V").
MIN_SOUND_CONSONANTS = 4
MIN_LONG_SOUND_CONSONANTS = 3
LONG_WORD = 7


def name_sound(word: str) -> str:
    """The sound a folded Latin name word is kept under, or '' (other scripts, names of
    fewer than MIN_LONG_SOUND_CONSONANTS consonants)."""
    from khabar.analyse.linking import sound_skeleton

    if not word.isascii() or not word.isalpha():
        return ""
    sound = sound_skeleton(word)
    return sound if len(sound.removesuffix("-V")) >= MIN_LONG_SOUND_CONSONANTS else ""


def _sound_asked(word: str) -> str:
    """The sound a query word is looked up by: name_sound, of at least
    MIN_SOUND_CONSONANTS consonants unless the word is LONG_WORD letters long."""
    sound = name_sound(word)
    enough = MIN_LONG_SOUND_CONSONANTS if len(word) >= LONG_WORD else MIN_SOUND_CONSONANTS
    return sound if len(sound.removesuffix("-V")) >= enough else ""


# Query expansion stays bounded: a run of query words that fits more entities than
# MAX_NAMED_ENTITIES names nobody in particular ("Kumar"), and a run is searched under
# at most MAX_OTHER_NAMES other spellings, those most articles use first.
MAX_NAMED_ENTITIES = 8
MAX_OTHER_NAMES = 24
# No name runs longer ("All India Institute of Medical Sciences" is six words), and a
# 500-character query of one-letter words stays a few thousand look-ups.
MAX_NAME_WORDS = 8


@dataclass
class QueryPart:
    """Words of a search query that must occur together, or, when they name an
    entity the store knows, any one of that entity's other names instead."""

    words: list[str]
    names: list[str] = field(default_factory=list)


def _longest_name(words: list[str], start: int, keys_of: dict[str, set[str]]) -> tuple[int, set[str]]:
    """(end, keys): the longest run ``words[start:end]`` (at most MAX_NAME_WORDS) whose
    words are all words of the names of the same entities, at most MAX_NAMED_ENTITIES of
    them; else the one word at ``start`` and no keys."""
    for end in range(min(len(words), start + MAX_NAME_WORDS), start, -1):
        keys = set.intersection(*(keys_of[fold_word(w)] for w in words[start:end]))
        if keys and len(keys) <= MAX_NAMED_ENTITIES:
            return end, keys
    return start + 1, set()


def _indic_marks() -> str:
    """Combining marks of the Indic scripts (U+0900-U+0DFF) plus ZWJ/ZWNJ.

    FTS5's unicode61 tokenizer treats combining marks as separators, which cuts
    every Hindi word at its vowel signs (पुतिन -> प त न); declaring them token
    characters keeps words whole.
    """
    marks = [chr(c) for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    return "".join(marks) + "\u200c\u200d"


def content_hash(title: str | None, body: str) -> str:
    """Identity of an article's content: NFC, case-folded, whitespace-collapsed title + body."""

    def norm(text: str | None) -> str:
        return _SPACE.sub(" ", unicodedata.normalize("NFC", text or "").casefold()).strip()

    return hashlib.sha256(f"{norm(title)}\n{norm(body)}".encode()).hexdigest()


def raw_hash(text: str | None, html: str | None, meta: dict[str, Any] | None) -> str:
    """Identity of a document as read: its text or html plus the container's metadata."""
    declared = json.dumps(to_jsonable(meta or {}), sort_keys=True, ensure_ascii=False, default=str)
    payload = f"{'T' if text is not None else 'H'}\n{text if text is not None else html or ''}\n{declared}"
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class AddResult:
    """What one ``add_articles`` call did."""

    added: list[str] = field(default_factory=list)  # ids as stored
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, existing id)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (given id, stored id) on id clashes
    stored_as: dict[str, str] = field(default_factory=dict)  # given id -> id it is stored under


def _dumps(value: Any) -> str:
    return json.dumps(to_jsonable(value), ensure_ascii=False)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


class Store:
    """The khabar database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        """Open the store at ``path``, creating it when missing; ``read_only``: open an
        existing store for reading only, writing and creating nothing (:meth:`_open_read_only`)."""
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        self.read_only = read_only
        self._depth = 0
        self._has_names = True
        if read_only:
            self._open_read_only()
            return
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread=False: the web app may hand the store to worker
        # threads; callers serialise writes (SQLite itself locks the file).
        # isolation_level=None: transactions are explicit (see transaction()),
        # so a whole ingest run can be one atomic batch across many calls.
        self._conn = sqlite3.connect(
            str(self.path), timeout=30, check_same_thread=False, isolation_level=None
        )
        self._conn.row_factory = sqlite3.Row
        tables = _tables(self._conn)
        if tables and "articles" not in tables:
            # another program's database (a mistyped --db): not a khabar store to add tables
            # to and turn to WAL, as ingest and cluster had done; read-only opening refuses it too
            self._conn.close()
            raise sqlite3.DatabaseError("not a khabar store (it has no articles table)")
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            # written by a newer khabar: writing here would mark it version SCHEMA_VERSION again
            # and store what that version may no longer read (the read commands still read it)
            self._conn.close()
            raise sqlite3.DatabaseError(f"made by a newer khabar (store schema {version}; this khabar "
                                        f"writes schema {SCHEMA_VERSION}): nothing was changed")
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.executescript(_SCHEMA.replace("{marks}", _indic_marks()))
        if "articles" in tables and "articles_fts" not in tables:
            # the search index lost (dropped, or a copy without it): made again from the
            # stored articles, which had otherwise dropped out of every search (QA)
            with self.transaction():
                self._conn.execute("INSERT INTO articles_fts (id, title, body) SELECT id, COALESCE(title, ''),"
                                   " json_extract(data, '$.body') FROM articles")
        had_names = "entity_aliases" in tables
        if had_names and "sound" not in _word_columns(self._conn):
            # names kept before their sounds were: kept again, sounds and all
            self._conn.executescript("DROP TABLE entity_aliases; DROP TABLE entity_words;")
            had_names = False
        self._conn.executescript(_NAMES_SCHEMA)
        self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        if not had_names:
            # a store made before names were kept: take them from its analyses once
            with self.transaction():
                for analysis in self.load_analyses():
                    self._save_names(analysis)

    def _open_read_only(self) -> None:
        """Connect with SQLite's mode=ro, which writes nothing to the database file.  A WAL
        store still needs its -shm file to be read; where even that cannot be created (a
        read-only folder or mount) the store is opened immutable=1: read as the file stands,
        without locks (no writer can be at work there either).  QA: an immutable file
        (chattr +i) and a read-only mount had failed every read command with "attempt to
        write a readonly database" or "unable to open database file"."""
        from urllib.parse import quote

        if not self.path.is_file():
            raise sqlite3.OperationalError(f"unable to open database file: no file at {self.path}")
        uri = "file:" + quote(str(self.path.resolve()))
        try:
            self._conn = _connect_uri(uri + "?mode=ro")
        except sqlite3.OperationalError:
            self._conn = _connect_uri(uri + "?mode=ro&immutable=1")
        tables = _tables(self._conn)
        # Every table a read uses: QA, another program's database with an articles table was
        # served, and every page then failed ("no such table: events").
        missing = [name for name in _READ_TABLES if name not in tables]
        if missing:
            self._conn.close()
            raise sqlite3.DatabaseError(f"not a khabar store (it has no {missing[0]} table)")
        # a store from before entity names were kept is searched by its words alone
        self._has_names = "entity_aliases" in tables and "sound" in _word_columns(self._conn)

    # -- lifecycle ----------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One atomic batch: every write inside lands together or not at all.

        Nests: only the outermost block commits (or rolls back on an exception).
        """
        if self._depth == 0:
            self._conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self._conn.execute("COMMIT")

    # -- articles -----------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store new articles in one transaction; same content again is a duplicate.

        An id already taken by different content gets ``-2``, ``-3``... - stored
        articles are never overwritten. On any error nothing of this call is kept.
        """
        result = AddResult()
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.transaction():  # all of this call, or none of it
            for article in articles:
                digest = content_hash(article.title, article.body)
                row = self._conn.execute("SELECT id FROM articles WHERE hash = ?", (digest,)).fetchone()
                if row:
                    result.duplicates.append((article.id, row["id"]))
                    result.stored_as[article.id] = row["id"]
                    continue
                stored_id = self._free_id(article.id)
                result.stored_as[article.id] = stored_id
                if stored_id != article.id:
                    result.renamed.append((article.id, stored_id))
                    article = _with_id(article, stored_id)
                self._conn.execute(
                    "INSERT INTO articles (id, hash, title, published, outlet, language, source, added_at, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        digest,
                        article.title,
                        _iso(article.published),
                        article.outlet,
                        article.language,
                        article.source,
                        now,
                        _dumps(article),
                    ),
                )
                self._conn.execute(
                    "INSERT INTO articles_fts (id, title, body) VALUES (?, ?, ?)",
                    (article.id, article.title or "", article.body),
                )
                result.added.append(article.id)
        return result

    def _free_id(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def known_raw(self, hashes: Iterable[str]) -> dict[str, str]:
        """Which raw-document hashes were ingested before: hash -> stored article id.

        Lets ingest skip documents it has already read, whatever the cleaner
        would make of them in a different batch (its boilerplate evidence
        depends on the batch, so the cleaned body alone is not a stable key).
        """
        found: dict[str, str] = {}
        for digest in set(hashes):
            row = self._conn.execute("SELECT article_id FROM raw_documents WHERE hash = ?", (digest,)).fetchone()
            if row:
                found[digest] = row["article_id"]
        return found

    def remember_raw(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record (raw-document hash, stored article id) pairs; the first record of a hash wins."""
        with self.transaction():
            self._conn.executemany("INSERT OR IGNORE INTO raw_documents (hash, article_id) VALUES (?, ?)", pairs)

    def get_article(self, article_id: str) -> Article | None:
        row = self._conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_from_dict(json.loads(row["data"])) if row else None

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in ingestion order."""
        cursor = self._conn.execute("SELECT data FROM articles ORDER BY seq")
        for row in cursor:
            yield article_from_dict(json.loads(row["data"]))

    def count_articles(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def article_rows(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Light rows for tables (no body): seq, id, title, published, outlet, language, source."""
        rows = self._conn.execute(
            "SELECT seq, id, title, published, outlet, language, source, added_at FROM articles"
            " ORDER BY seq LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [dict(row) for row in rows]

    def parse_query(self, query: str) -> list[QueryPart]:
        """The query's words in runs: each longest run of words that are all words of
        the names of at most MAX_NAMED_ENTITIES entities carries those entities' other
        names (Kejriwal -> केजरीवाल, अरविंद केजरीवाल; व्लादिमीर -> ब्लीदिमीर पुतिन,
        Vladimir Putin); every other word stands alone.  A word no name holds is looked
        up across scripts and by its sound (:meth:`_keys_of_word`)."""
        words = WORD_RE.findall(unicodedata.normalize("NFC", query or ""))
        keys_of = {word: self._keys_of_word(word) for word in {fold_word(w) for w in words}}
        parts: list[QueryPart] = []
        start = 0
        while start < len(words):
            end, keys = _longest_name(words, start, keys_of)
            run = words[start:end]
            parts.append(QueryPart(words=run, names=self._other_names(run, keys) if keys else []))
            start = end
        return parts

    def _keys_of_word(self, word: str) -> set[str]:
        """The entities a folded query word is a word of the names of; for a word no name
        holds, those it names in the other script or spelt otherwise: a Devanagari word
        by the gazetteer's name for it (चीन: China) or as romanised (नासा: nasa, ट्रंप
        "tramp" by its sound: Trump), a Latin word by its sound (Sitharaman: Sitarman)."""
        from khabar.analyse.stopwords import stopwords

        if not self._has_names:
            return set()
        keys = self._keys_with(word)
        if keys or not word or word in stopwords():  # Hindi's and English's
            return keys  # "में" is not "men", nor "the" anyone's
        if "\u0900" <= word[0] <= "\u097f":
            from khabar.analyse.gazetteer import lookup, name_tokens
            from khabar.analyse.romanise import romanise

            place = lookup(name_tokens(word))
            if place is not None:
                keys = set.intersection(*(self._keys_with(w) for w in words_of(place.name)))
            word = romanise(word)
            keys = keys or self._keys_with(word)
        sound = "" if keys else _sound_asked(word)
        if sound:
            # "sound != ''" lets SQLite use the partial index entity_words_sound
            rows = self._conn.execute("SELECT DISTINCT key FROM entity_words WHERE sound = ? AND sound != ''",
                                      (sound,))
            keys = {row["key"] for row in rows}
        return keys

    def _keys_with(self, word: str) -> set[str]:
        rows = self._conn.execute("SELECT DISTINCT key FROM entity_words WHERE word = ?", (word,))
        return {row["key"] for row in rows}

    def _other_names(self, run: list[str], keys: set[str]) -> list[str]:
        """The names of the entities ``keys`` other than ``run`` itself, those most
        articles use first; only the entity that goes by exactly ``run`` when one does
        ("India" is भारत, not also the State Bank of India)."""
        own = words_of(" ".join(run))
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(
            f"SELECT key, alias, COUNT(*) AS n FROM entity_aliases WHERE key IN ({marks})"
            " GROUP BY key, alias ORDER BY n DESC, alias", sorted(keys)).fetchall()
        exact = {row["key"] for row in rows if words_of(row["alias"]) == own}
        exact |= {key for key in keys if words_of(key) == own}
        names = [row["alias"] for row in rows
                 if (row["key"] in exact or not exact) and words_of(row["alias"]) not in ([], own)]
        return list(dict.fromkeys(names))[:MAX_OTHER_NAMES]

    def search(self, query: str, limit: int | None = 20,
               parts: list[QueryPart] | None = None) -> list[tuple[str, str]]:
        """Full-text search over title and body: (article id, snippet), best first.

        Every word of ``query`` must occur (quoted, so FTS5 syntax characters in
        user input cannot break the query), except that words naming an entity may
        be met by any of its names in the store's analyses (:meth:`parse_query`), so
        "Putin" finds पुतिन and ब्लीदिमीर पुतिन; Hindi and English alike.  ``parts``:
        the query as parse_query already read it; ``limit`` None: every match.
        """
        parts = self.parse_query(query) if parts is None else parts
        if not parts:
            return []

        def quoted(text: str) -> str:
            return '"' + text.replace('"', '""') + '"'

        def part_match(part: QueryPart) -> str:
            own = " AND ".join(quoted(w) for w in part.words)
            if not part.names:
                return own
            return "(" + " OR ".join([f"({own})", *(quoted(name) for name in part.names)]) + ")"

        match = " AND ".join(part_match(part) for part in parts)
        rows = self._conn.execute(
            "SELECT id, snippet(articles_fts, -1, '[', ']', '…', 16) AS snip FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, -1 if limit is None else limit),
        )
        return [(row["id"], row["snip"]) for row in rows]

    # -- analyses -----------------------------------------------------------

    def save_analyses(self, analyses: Iterable[Analysis]) -> None:
        with self.transaction():
            for analysis in analyses:
                self._conn.execute(
                    "INSERT INTO analyses (article_id, data) VALUES (?, ?)"
                    " ON CONFLICT(article_id) DO UPDATE SET data = excluded.data",
                    (analysis.id, _dumps(analysis)),
                )
                self._save_names(analysis)

    def _save_names(self, analysis: Analysis) -> None:
        """The article's entity names for search, replacing those of an earlier analysis."""
        self._conn.execute("DELETE FROM entity_aliases WHERE article_id = ?", (analysis.id,))
        self._conn.execute("DELETE FROM entity_words WHERE article_id = ?", (analysis.id,))
        aliases, words = set(), set()
        for entity in analysis.entities:
            if not entity.key:
                continue
            for name in {entity.name, *entity.aliases}:
                folded = words_of(name)
                if folded:
                    aliases.add((analysis.id, entity.key, name))
                    words.update((word, entity.key, analysis.id) for word in folded)
            words.update((word, entity.key, analysis.id) for word in words_of(entity.key))
        self._conn.executemany("INSERT INTO entity_aliases (article_id, key, alias) VALUES (?, ?, ?)", sorted(aliases))
        self._conn.executemany("INSERT INTO entity_words (word, key, article_id, sound) VALUES (?, ?, ?, ?)",
                               [(*row, name_sound(row[0])) for row in sorted(words)])

    def load_analyses(self, ids: Iterable[str] | None = None) -> list[Analysis]:
        """Stored analyses in article ingestion order (all, or those of ``ids``)."""
        rows = self._conn.execute(
            "SELECT analyses.article_id, analyses.data FROM analyses"
            " LEFT JOIN articles ON articles.id = analyses.article_id"
            " ORDER BY articles.seq IS NULL, articles.seq, analyses.rowid"
        ).fetchall()
        if ids is not None:
            wanted = set(ids)
            rows = [r for r in rows if r["article_id"] in wanted]
        return [analysis_from_dict(json.loads(r["data"])) for r in rows]

    # -- events -------------------------------------------------------------

    def save_events(self, events: Iterable[Event], *, replace: bool = False) -> None:
        """Upsert events and their membership; ``replace`` drops all other events first."""
        with self.transaction():
            if replace:
                self._conn.execute("DELETE FROM event_members")
                self._conn.execute("DELETE FROM events")
            for event in events:
                self._conn.execute(
                    "INSERT INTO events (id, title, first_seen, last_seen, data) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,"
                    " last_seen = excluded.last_seen, data = excluded.data",
                    (event.id, event.title, _iso(event.first_seen), _iso(event.last_seen), _dumps(event)),
                )
                self._conn.execute("DELETE FROM event_members WHERE event_id = ?", (event.id,))
                self._conn.executemany(
                    "INSERT OR IGNORE INTO event_members (event_id, article_id, duplicate_of) VALUES (?, ?, ?)",
                    ((event.id, a, event.duplicate_of.get(a)) for a in event.article_ids),
                )

    def load_events(self) -> list[Event]:
        """Stored events in the order they were first saved."""
        rows = self._conn.execute("SELECT data FROM events ORDER BY rowid")
        return [event_from_dict(json.loads(row["data"])) for row in rows]

    def events_of_article(self, article_id: str) -> list[str]:
        rows = self._conn.execute("SELECT event_id FROM event_members WHERE article_id = ?", (article_id,))
        return [row["event_id"] for row in rows]

    # -- state --------------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row["value"]) if row else default

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(to_jsonable(value), ensure_ascii=False)),
            )


# The tables every khabar store has had, which reading it needs (entity names came later).
_READ_TABLES = ("articles", "articles_fts", "analyses", "events", "event_members")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row["name"] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _word_columns(conn: sqlite3.Connection) -> set[str]:
    return {row["name"] for row in conn.execute("PRAGMA table_info(entity_words)")}


def _connect_uri(uri: str) -> sqlite3.Connection:
    """A read-only connection to ``uri``, checked by reading (which a WAL store cannot do without its -shm)."""
    conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _with_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)
