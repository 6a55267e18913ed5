"""SQLite store: idempotent, atomic ingest; FTS (Hindi too); analyses, events, state."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from khabar.records import Analysis, Article, Entity, Event, Mention, Origin, RemovedLine, Sentence
from khabar.store import Store, content_hash

IST = timezone(timedelta(hours=5, minutes=30))


def article(id_, title, body, **kwargs):
    return Article(id=id_, source=f"{id_}.txt", origin=Origin(kind="text", path=f"{id_}.txt"),
                   title=title, body=body, **kwargs)


KIM = article(
    "kim", "किम जोंग उन ट्रेन से रूस पहुंचे", "उत्तर कोरिया के नेता किम जोंग उन रूस पहुंचे।\n\nपुतिन से मुलाकात होगी।",
    published=datetime(2023, 9, 12, 11, 58, tzinfo=IST), outlet="समाचार", language="hi",
    removed=[RemovedLine(text="होम / दुनिया", reason="breadcrumb", line=0)], extra={"section": "world"},
)
PUTIN = article("putin", "Putin hosts Kim", "Vladimir Putin met Kim Jong Un at the Vostochny cosmodrome.", language="en")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "k.sqlite3") as s:
        yield s


def test_wal_mode_and_round_trip(store):
    result = store.add_articles([KIM, PUTIN])
    assert result.added == ["kim", "putin"] and result.duplicates == []
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.get_article("kim") == KIM
    assert store.get_article("kim").published.utcoffset() == timedelta(hours=5, minutes=30)
    assert store.get_article("nope") is None
    assert [a.id for a in store.iter_articles()] == ["kim", "putin"]
    assert store.count_articles() == 2


def test_same_content_twice_is_a_duplicate(store):
    store.add_articles([KIM])
    again = article("kim-copy", "  किम जोंग उन ट्रेन से  रूस पहुंचे ", KIM.body.replace("\n\n", "\n"))
    result = store.add_articles([again, PUTIN, PUTIN])
    assert result.added == ["putin"]
    assert result.duplicates == [("kim-copy", "kim"), ("putin", "putin")]
    assert store.count_articles() == 2


def test_clashing_id_with_new_content_gets_suffix_not_overwrite(store):
    store.add_articles([KIM])
    other = article("kim", "Different", "Different content entirely.")
    result = store.add_articles([other, article("kim", "Third", "Third content.")])
    assert result.added == ["kim-2", "kim-3"]
    assert result.renamed == [("kim", "kim-2"), ("kim", "kim-3")]
    assert store.get_article("kim") == KIM
    assert store.get_article("kim-2").title == "Different"


def test_failure_mid_batch_keeps_earlier_articles_and_stores_nothing_of_the_batch(store):
    store.add_articles([KIM])

    def batch():
        yield PUTIN
        yield article("third", "Third", "Third body.")
        raise RuntimeError("reader died mid-batch")

    with pytest.raises(RuntimeError):
        store.add_articles(batch())
    assert [a.id for a in store.iter_articles()] == ["kim"]
    assert store.search("Putin") == []
    # The store is still usable and the same batch can be retried.
    assert store.add_articles([PUTIN]).added == ["putin"]


def test_outer_transaction_makes_several_calls_one_batch(store):
    with pytest.raises(ValueError):
        with store.transaction():
            store.add_articles([KIM])
            store.set_state("cursor", 1)
            raise ValueError("abort")
    assert store.count_articles() == 0 and store.get_state("cursor") is None
    with store.transaction():
        store.add_articles([KIM])
        store.add_articles([PUTIN])
    assert store.count_articles() == 2


def test_data_survives_reopening(tmp_path):
    path = tmp_path / "k.sqlite3"
    with Store(path) as s:
        s.add_articles([KIM])
    with Store(path) as s:
        assert s.get_article("kim") == KIM
        assert s.add_articles([KIM]).duplicates == [("kim", "kim")]


def test_search_hindi_and_english(store):
    store.add_articles([KIM, PUTIN])
    [(hit, snippet)] = store.search("पुतिन")
    assert hit == "kim" and "[पुतिन]" in snippet
    assert [i for i, _ in store.search("कोरिया नेता")] == ["kim"]
    assert store.search("पत") == []  # no match on a fragment of a word
    assert [i for i, _ in store.search("vostochny")] == ["putin"]
    assert {i for i, _ in store.search("Kim")} == {"putin"}
    assert store.search('"unbalanced AND (') == []  # FTS syntax in user input is harmless
    assert store.search("   ") == []


def _names(article_, *entities):
    """An analysis of ``article_`` that names only these (key, name, type, *aliases)."""
    return Analysis(article=article_,
                    entities=[Entity(key, name, kind, list(aliases)) for key, name, kind, *aliases in entities])


def test_search_finds_an_entity_under_its_names_in_any_script(store):
    store.add_articles([KIM, PUTIN])
    # Before any analysis the store knows no names: a word finds its own script only.
    assert [i for i, _ in store.search("Putin")] == ["putin"]
    assert [i for i, _ in store.search("पुतिन")] == ["kim"]
    store.save_analyses([
        _names(KIM, ("vladimir putin", "Vladimir Putin", "PERSON", "पुतिन"),
               ("kim jong un", "Kim Jong Un", "PERSON", "किम जोंग उन")),
        _names(PUTIN, ("vladimir putin", "Vladimir Putin", "PERSON", "Vladimir Putin")),
    ])
    assert {i for i, _ in store.search("Putin")} == {"kim", "putin"}
    assert {i for i, _ in store.search("पुतिन")} == {"kim", "putin"}
    [part] = store.parse_query("vladimir PUTIN")
    assert part.words == ["vladimir", "PUTIN"] and part.names == ["पुतिन"]
    # the other words of the query must still occur
    assert [i for i, _ in store.search("Kim Jong Un रूस")] == ["kim"]
    assert [i for i, _ in store.search("Putin cosmodrome")] == ["putin"]
    # a word that names nobody is searched as it stands
    assert [(p.words, p.names) for p in store.parse_query("रूस")] == [(["रूस"], [])]
    # a new analysis of an article replaces the names the old one gave it
    store.save_analyses([_names(KIM)])
    assert [i for i, _ in store.search("Putin")] == ["putin"]


def test_search_prefers_the_entity_a_query_names_in_full(store):
    store.add_articles([KIM])
    store.save_analyses([_names(KIM, ("india", "India", "PLACE", "भारत"),
                                ("state bank of india", "State Bank of India", "ORG", "स्टेट बैंक"))])
    assert [p.names for p in store.parse_query("India")] == [["भारत"]]
    assert [p.names for p in store.parse_query("Bank")] == [["State Bank of India", "स्टेट बैंक"]]


def test_a_word_of_many_names_is_not_expanded(store):
    from khabar.store import MAX_NAMED_ENTITIES

    store.add_articles([KIM])
    people = [(f"ram kumar {n}", f"Ram Kumar {n}", "PERSON", f"राम कुमार {n}") for n in range(MAX_NAMED_ENTITIES + 1)]
    store.save_analyses([_names(KIM, *people)])
    assert [p.names for p in store.parse_query("Kumar")] == [[]]
    assert [p.names for p in store.parse_query("Ram Kumar 3")] == [["राम कुमार 3"]]


def test_a_run_of_name_words_is_read_at_most_max_name_words_long(store):
    from khabar.store import MAX_NAME_WORDS

    store.add_articles([KIM])
    long_name = " ".join(f"word{n}" for n in range(MAX_NAME_WORDS + 2))
    store.save_analyses([_names(KIM, (long_name, long_name.title(), "ORG", "एक लंबा नाम"))])
    assert [len(p.words) for p in store.parse_query(long_name)] == [MAX_NAME_WORDS, 2]


def test_a_name_spelt_otherwise_is_found_by_its_sound(store):
    # March 2020: Hindi reports romanised to "Nirmala Sitarman", "Uddhav Thakre"
    store.add_articles([KIM])
    store.save_analyses([_names(KIM, ("nirmala sitarman", "Nirmala Sitarman", "PERSON", "निर्मला सीतारमण"),
                                ("uddhav thakre", "Uddhav Thakre", "PERSON", "उद्धव ठाकरे"),
                                ("anupriya patel", "Anupriya Patel", "PERSON", "अनुप्रिया पटेल"))])
    assert [p.names for p in store.parse_query("Sitharaman")] == [["Nirmala Sitarman", "निर्मला सीतारमण"]]
    assert [(p.words, p.names) for p in store.parse_query("Uddhav Thackeray")] == [
        (["Uddhav", "Thackeray"], ["Uddhav Thakre", "उद्धव ठाकरे"])]
    # a short name's few consonants are no evidence: Patil is not Patel
    assert [p.names for p in store.parse_query("Patil")] == [[]]


def test_a_hindi_word_finds_a_name_only_english_reports_give(store):
    trump = article("trump", "Trump on China", "Donald Trump spoke about China and NASA.", language="en")
    store.add_articles([trump])
    store.save_analyses([_names(trump, ("donald trump", "Donald Trump", "PERSON", "Donald Trump"),
                                ("china", "China", "PLACE", "China"), ("nasa", "NASA", "ORG", "NASA"),
                                ("men in black", "Men in Black", "ORG", "Men in Black"))])
    assert [i for i, _ in store.search("ट्रंप")] == ["trump"]  # romanised "tramp", sounded as Trump
    assert [i for i, _ in store.search("डोनाल्ड ट्रंप")] == ["trump"]
    assert [i for i, _ in store.search("चीन")] == ["trump"]  # the gazetteer's China
    assert [i for i, _ in store.search("नासा")] == ["trump"]  # romanised "nasa"
    assert [p.names for p in store.parse_query("में")] == [[]]  # a stopword names no one ("men")


def test_a_store_made_before_names_were_kept_takes_them_from_its_analyses(tmp_path):
    with Store(tmp_path / "k.sqlite3") as old:
        old.add_articles([KIM])
        old.save_analyses([_names(KIM, ("vladimir putin", "Vladimir Putin", "PERSON", "पुतिन"))])
        old._conn.executescript("DROP TABLE entity_aliases; DROP TABLE entity_words;")
    with Store(tmp_path / "k.sqlite3") as reopened:
        assert [i for i, _ in reopened.search("Putin")] == ["kim"]
        # names kept without their sounds are kept again with them
        reopened._conn.executescript("DROP TABLE entity_words; CREATE TABLE entity_words (word TEXT, key TEXT, "
                                     "article_id TEXT, PRIMARY KEY (word, key, article_id)) WITHOUT ROWID;")
    with Store(tmp_path / "k.sqlite3") as again:
        assert [i for i, _ in again.search("Putin")] == ["kim"]


def test_analyses_round_trip_and_order(store):
    store.add_articles([KIM, PUTIN])
    kim = Analysis(
        article=KIM,
        sentences=[Sentence("उत्तर कोरिया के नेता किम जोंग उन रूस पहुंचे।", 0, 44)],
        entities=[Entity("kim jong un", "Kim Jong Un", "PERSON", ["किम जोंग उन"], [Mention("किम जोंग उन", 21, 32)])],
        keyphrases=["किम जोंग उन"],
    )
    putin = Analysis(article=PUTIN)
    store.save_analyses([putin, kim])
    assert store.load_analyses() == [kim, putin]  # ingestion order
    assert store.load_analyses(["putin"]) == [putin]
    kim.keyphrases = ["रूस"]
    store.save_analyses([kim])
    assert store.load_analyses(["kim"])[0].keyphrases == ["रूस"]


def test_events_save_update_replace(store):
    first = Event("e1", "Kim in Russia", ["kim", "putin"], {"putin": "kim"},
                  datetime(2023, 9, 12, tzinfo=timezone.utc), datetime(2023, 9, 13, tzinfo=IST))
    second = Event("e2", "Other", ["x"])
    store.save_events([first, second])
    assert store.load_events() == [first, second]
    assert store.events_of_article("putin") == ["e1"]
    first.article_ids.append("new")
    store.save_events([first])
    assert store.load_events()[0].article_ids == ["kim", "putin", "new"]
    store.save_events([second], replace=True)
    assert store.load_events() == [second] and store.events_of_article("kim") == []


def test_state(store):
    assert store.get_state("missing", {"d": 1}) == {"d": 1}
    store.set_state("cluster", {"next_id": 7, "when": datetime(2023, 9, 12, tzinfo=timezone.utc)})
    store.set_state("cluster", {"next_id": 8})
    assert store.get_state("cluster") == {"next_id": 8}


def test_default_path_from_env(tmp_path, monkeypatch):
    monkeypatch.setenv("KHABAR_DB", str(tmp_path / "env" / "db.sqlite3"))
    with Store() as s:
        s.add_articles([KIM])
    assert (tmp_path / "env" / "db.sqlite3").exists()


def test_content_hash_normalises_case_space_and_unicode_form():
    assert content_hash("Kim  Arrives", "Body\n\ntext") == content_hash("kim arrives", "body text")
    assert content_hash("café", "x") == content_hash("cafe\u0301", "x")
    assert content_hash("a", "b") != content_hash("a", "c")


def test_a_second_connection_reads_while_writing(tmp_path):
    path = tmp_path / "k.sqlite3"
    with Store(path) as writer, Store(path) as reader:
        with writer.transaction():
            writer.add_articles([KIM])
            assert reader.count_articles() == 0  # WAL: readers see the last commit
        assert reader.count_articles() == 1


def test_raw_document_memory(store):
    from khabar.store import raw_hash

    one = raw_hash("text", None, {"title": "t"})
    assert one != raw_hash("text", None, {"title": "other"}) != raw_hash(None, "text", {"title": "t"})
    assert store.known_raw([one]) == {}
    store.remember_raw([(one, "kim")])
    store.remember_raw([(one, "later")])  # first record wins
    assert store.known_raw([one, "nope"]) == {one: "kim"}


def test_a_store_opened_read_only_reads_and_refuses_to_write(tmp_path):
    # QA: a store on a read-only mount or an immutable file could not even be read
    # ("attempt to write a readonly database"); read commands now open it read-only.
    import sqlite3

    with Store(tmp_path / "k.sqlite3") as writer:
        writer.add_articles([KIM, PUTIN])
    with Store(tmp_path / "k.sqlite3", read_only=True) as reader:
        assert reader.count_articles() == 2
        assert reader.get_article("kim") == KIM
        assert [i for i, _ in reader.search("Putin")] == ["putin"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.add_articles([article("new", "New", "A new report.")])


def test_a_read_only_store_whose_shm_file_cannot_be_made_is_read_as_it_stands(tmp_path):
    # Where not even the -wal/-shm files can be created (a read-only folder, which root
    # could still write to), SQLite's mode=ro alone fails; the store is opened immutable.
    # A folder in the -shm file's place stops its creation for root too.
    with Store(tmp_path / "k.sqlite3") as writer:
        writer.add_articles([KIM])
    (tmp_path / "k.sqlite3-shm").mkdir()
    with Store(tmp_path / "k.sqlite3", read_only=True) as reader:
        assert [a.id for a in reader.iter_articles()] == ["kim"]


def test_a_file_that_is_no_store_is_not_opened_read_only(tmp_path):
    import sqlite3

    (tmp_path / "empty.sqlite3").write_bytes(b"")
    with pytest.raises(sqlite3.DatabaseError, match="not a khabar store"):
        Store(tmp_path / "empty.sqlite3", read_only=True)


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path):
    # QA: ingest and cluster --db on another program's SQLite file added khabar's tables to
    # it and switched it to WAL; the read commands had refused it already
    import sqlite3

    other = tmp_path / "contacts.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Asha', '98100')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="not a khabar store"):
        Store(other)
    assert other.read_bytes() == before
    assert not Path(f"{other}-wal").exists()


def test_a_store_of_a_newer_schema_is_read_but_not_written(tmp_path):
    # QA: the schema version was written at every opening and never read: an older khabar
    # wrote into a newer store and marked it its own version again
    import sqlite3

    from khabar.store import SCHEMA_VERSION

    path = tmp_path / "k.sqlite3"
    with Store(path) as store:
        store.add_articles([article("a1", "Title", "Body text.")])
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(sqlite3.DatabaseError, match="made by a newer khabar"):
        Store(path)
    with Store(path, read_only=True) as store:
        assert store.count_articles() == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


def test_a_lost_search_index_is_made_again_from_the_stored_articles(tmp_path):
    # QA: with articles_fts dropped, opening the store made it again empty, and every
    # article stored before it dropped out of search
    import sqlite3

    with Store(tmp_path / "k.sqlite3") as writer:
        writer.add_articles([KIM, PUTIN])
    with sqlite3.connect(tmp_path / "k.sqlite3") as conn:
        conn.execute("DROP TABLE articles_fts")
    with Store(tmp_path / "k.sqlite3") as store:
        assert [i for i, _ in store.search("Putin")] == ["putin"]
        assert [i for i, _ in store.search("पुतिन")] == ["kim"]
        store.add_articles([article("new", "Putin again", "Putin spoke.")])
        assert sorted(i for i, _ in store.search("Putin")) == ["new", "putin"]
