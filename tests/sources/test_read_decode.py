"""Encoding detection: the cases scraped news arrives in."""

from __future__ import annotations

import pytest

from khabar.sources.decode import DecodeError, decode_bytes

RUSSIAN = "В восьмидесятых годах чешская красавица заявила о себе на весь мир. Тогда трудно было найти журнал."
GERMAN = "Der Bürgermeister äußerte sich über die Straßenbahn – „endlich“, sagte er."
HINDI = "उत्तर कोरिया के नेता किम जोंग उन ट्रेन से रूस पहुंचे। पुतिन से मुलाकात होगी।"


@pytest.mark.parametrize(
    "text, codec",
    [
        (HINDI, "utf-8"),
        (HINDI, "utf-16-le"),
        (HINDI, "utf-16-be"),
        (RUSSIAN, "utf-16-le"),
        (RUSSIAN, "cp1251"),
        (GERMAN, "cp1252"),
        ("Pure ASCII text.", "ascii"),
    ],
)
def test_decodes_exactly(text, codec):
    assert decode_bytes(text.encode(codec))[0] == text


def test_cyrillic_legacy_is_not_mistaken_for_cp1252():
    assert decode_bytes(RUSSIAN.encode("cp1251"))[1] != "cp1252"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x1f\x8b\x08\x00" + bytes(200), "gzip"),
        (b"PK\x03\x04" + bytes(200), "ZIP"),
        (bytes(range(256)) * 4, "binary"),
        ((HINDI.encode() + b"\xff\xfe\xc3\x28" * 4) * 20, "undecodable"),  # too damaged to repair
    ],
)
def test_refuses_binary_and_corrupt_text(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_near_clean_utf8_is_repaired_and_counted():
    from khabar.sources.decode import decode_text

    decoded = decode_text(HINDI.encode() * 20 + b"\xc3\x28" + HINDI.encode())
    assert decoded.encoding == "utf-8" and decoded.replaced == 1
    assert decoded.text == HINDI * 20 + "\ufffd(" + HINDI
