"""Bytes to text: encoding detection shared by the text and HTML readers.

Order of trust: a byte-order mark, then strict UTF-8 (by far the commonest
encoding of scraped Hindi), then charset-normalizer for legacy 8-bit and
BOM-less UTF-16. Binary data and corrupt UTF-8 are refused with a reason
instead of being decoded into mojibake that would poison every later stage.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

# (bom, codec) - UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Leading bytes of common binary formats, so the error can say what it is.
_MAGIC = [
    (b"\x1f\x8b", "gzip data"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
]

# A UTF-8 file is "corrupt" rather than "in another encoding" when most of its
# non-ASCII bytes still form valid UTF-8 sequences. 0.5 separates the two
# cleanly: cp1252/latin-1 text almost never contains valid multi-byte UTF-8
# sequences, while a truncated or spliced UTF-8 Hindi file is >99% valid.
_UTF8_MAJORITY = 0.5

# ...and it is read, the few bad bytes replaced by U+FFFD with a warning, when
# at least this share is valid: one stray byte in a seed article (QA's
# enc/onebad.txt, 99.98% valid) or a short Latin-1 tail (enc/mixed.txt, 99.96%)
# had rejected the whole article. Between this and _UTF8_MAJORITY the file
# is too damaged to trust and is still refused.
_UTF8_REPAIRABLE = 0.99

# charset-normalizer "chaos" (share of odd-looking characters) above which a
# guessed decoding is rejected as binary or garbage; its own default is 0.2.
_MAX_CHAOS = 0.2


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can trust; str() says why."""


def one_line(exc: BaseException) -> str:
    """An exception as one readable line: the OS reason, else its message, else its type."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# A lone UTF-16 surrogate: JSON allows "\ud800" and Python's file-name decoding
# turns undecodable bytes into U+DC80..U+DCFF, but neither can be written as
# UTF-8. One such title ("t\ud800", QA's surrogate.jsonl) crashed extract and
# digest at output and made ingest store nothing of a whole batch.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# What a file name shows for its undecodable bytes (U+DC80..U+DCFF, see
# os.fsdecode) and its control characters: a name with a newline split the
# one-line error in two.
_UNSHOWABLE_IN_NAME = re.compile("[\udc80-\udcff\x00-\x1f\x7f]")


def without_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so it can be written as UTF-8."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def shown_name(name: str) -> str:
    """A file name or location as one printable UTF-8 line: undecodable bytes
    as ``\\xff``, controls as ``\\n``/``\\x01``, other lone surrogates as U+FFFD."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if "\udc80" <= char <= "\udcff":
            return f"\\x{ord(char) - 0xDC00:02x}"
        return repr(char)[1:-1]

    return without_surrogates(_UNSHOWABLE_IN_NAME.sub(escape, name))


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file ``data`` starts like, or None if it looks like text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _valid_utf8_share(data: bytes) -> tuple[float, int]:
    """Share of non-ASCII bytes that sit in valid UTF-8 sequences, and the first bad offset."""
    non_ascii = sum(1 for b in data if b >= 0x80)
    if not non_ascii:
        return 1.0, -1
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    first_bad = -1
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return max(0.0, 1.0 - bad / non_ascii), first_bad


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the bytes look like BOM-less UTF-16 text.

    In UTF-16 the high byte of each code unit repeats: NUL for ASCII (every
    space), 0x04 for Cyrillic, 0x09 for Devanagari. So NULs pile up on one
    parity only, while in binary data they spread evenly. The guess must then
    decode cleanly into printable text. Calibrated on BBC Hindi and the AEB
    bodies (English, Russian, Japanese, Korean) re-encoded without a BOM.
    """
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0) / half
    odd_nuls = sample[1::2].count(0) / half
    candidates = []
    if odd_nuls >= 0.05 and even_nuls <= odd_nuls / 5:
        candidates.append("utf-16-le")
    if even_nuls >= 0.05 and odd_nuls <= even_nuls / 5:
        candidates.append("utf-16-be")
    for codec in candidates:
        try:
            text = sample[: len(sample) // 2 * 2].decode(codec, errors="strict")
        except UnicodeDecodeError:
            # A sample may end inside a surrogate pair; judge the rest.
            text = sample[: len(sample) // 2 * 2].decode(codec, errors="replace")
            if text[:-1].count("\ufffd"):
                continue
        if _printable_share(text) >= 0.995:
            return codec
    return None


def _printable_share(text: str) -> float:
    """Share of characters that are not controls, unassigned or private use."""
    if not text:
        return 0.0
    bad = sum(
        1
        for char in text
        if char not in "\t\n\r" and unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")
    )
    return 1 - bad / len(text)


# Western legacy text (cp1252/latin-1) has few non-ASCII letters: accents,
# curly quotes, dashes: at most 4.6% of letters in a 150-body sample of the
# AEB pages (bench/decode_accuracy.py), so 15% leaves room for French or German; text
# in other 8-bit encodings (cp1251 Cyrillic, font-encoded Hindi) is mostly
# high bytes and goes to charset-normalizer instead.
_MAX_NON_ASCII_CP1252 = 0.15


def _looks_cp1252(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    non_ascii = sum(1 for c in letters if ord(c) > 0x7F)
    return non_ascii / len(letters) <= _MAX_NON_ASCII_CP1252 and _printable_share(text) >= 0.995


class Decoded(NamedTuple):
    """Decoded text, the encoding it was read in, and how many bad bytes were replaced."""

    text: str
    encoding: str
    replaced: int = 0  # invalid UTF-8 sequences replaced by U+FFFD; the reader warns


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text and return ``(text, encoding)``.

    Raises :class:`DecodeError` for binary data and for badly corrupt UTF-8.
    """
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def decode_text(data: bytes) -> Decoded:
    """Decode ``data``, saying how many invalid bytes of near-clean UTF-8 were replaced.

    Raises :class:`DecodeError` for binary data and for badly corrupt UTF-8.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable bytes: invalid {codec} at byte {exc.start + len(bom)}") from None
    kind = binary_kind(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass  # NULs in a non-UTF-16 pattern: binary, refused below
    if b"\x00" in data[:1_000_000]:
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:1_000_000]
    share, first_bad = _valid_utf8_share(sample)
    if share >= _UTF8_REPAIRABLE and b"\x00" not in sample:
        text = data.decode("utf-8", errors="replace")
        replaced = text.count("\ufffd") - data.count("\ufffd".encode())
        return Decoded(text, "utf-8", replaced)
    if share >= _UTF8_MAJORITY and b"\x00" not in sample:
        raise DecodeError(
            f"undecodable bytes: mostly UTF-8 but invalid at byte {first_bad} (corrupt or mixed encodings)"
        )
    if _looks_cp1252(data):
        return Decoded(data.decode("cp1252"), "cp1252")
    import charset_normalizer

    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS:
        if b"\x00" in sample:
            raise DecodeError("binary file (contains NUL bytes), not text")
        raise DecodeError("undecodable bytes: no text encoding fits")
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(f"undecodable bytes: looked like {encoding} but does not decode") from None
    if "\x00" in text:
        raise DecodeError("binary file (contains NUL characters), not text")
    return Decoded(text, encoding)
