"""Report bytes -> text, with the encoding detected and said, never guessed silently.

Reports arrive as text extracted from PDFs by many tools: UTF-8 (with or without a
BOM), UTF-16 (with or without a BOM), Windows-1252 or ISO-8859-1, now and then a
file whose tool mixed two encodings, or one cut off in the middle of a character.
`decode_report` reads all of them, and every decision it had to make beyond plain
UTF-8 / a BOM comes back as a note (kind, message) that the caller turns into an
ExtractionIssue, so a fallback is always visible in raw.extraction_issues.

Bytes that are not text at all (empty, binary, a PDF or Office file with a .txt
name) raise UnreadableReport with a one-line reason.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# files that are not text whatever their name says: (leading bytes, what they are)
MAGIC = (
    (b"%PDF", "a PDF file, not text; convert it to text first (e.g. pdftotext -layout)"),
    (b"PK\x03\x04", "a ZIP/Office (docx, xlsx) file, not text"),
    (b"\xd0\xcf\x11\xe0", "an old Office (doc, xls) file, not text"),
    (b"{\\rtf", "an RTF document, not plain text"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\x1f\x8b", "a gzip archive, not text"),
)
# single-byte encodings tried, in order of preference when they read the text equally well
SINGLE_BYTE = ("latin-1", "cp1252", "cp850", "mac_roman")
SWEDISH_LETTERS = "åäöÅÄÖéÉüÜ"
# a Swedish letter inside a word: what a right single-byte decode produces and a wrong one does not
IN_WORD_RE = re.compile(
    rf"(?<=[A-Za-z{SWEDISH_LETTERS}])[{SWEDISH_LETTERS}]|[{SWEDISH_LETTERS}](?=[a-z{SWEDISH_LETTERS}])"
)
# characters no report text contains: C0/C1 controls (except line ends, tab, form feed) and U+FFFD
ODD_CHAR_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
FOREIGN_RE = re.compile("[\udc80-\udcff]")
SCORE_BYTES = 256_000  # the single-byte encodings are compared on the first 256 kB
NON_BREAKING_HYPHEN = "\u2011"  # a hyphen that keeps its line together; in numbers, a minus


class UnreadableReport(ValueError):
    """The file is not report text (binary, empty, undecodable) or cannot be read."""

    def __init__(self, message: str, evidence: str = "", kind: str = "unreadable_file"):
        super().__init__(message)
        self.evidence = evidence  # a short quote of what showed it (first bytes, size)
        self.kind = kind  # the raw.extraction_issues kind


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    note: str = ""  # '' or, in words, what the reader had to assume (all notes joined)
    notes: tuple[tuple[str, str], ...] = ()  # (issue kind, message) per assumption or repair

    @property
    def ends_mid_line(self) -> bool:
        """The last line has text but no line end after it: the file may have been cut off."""
        return bool(self.text.rsplit("\n", 1)[-1].strip())


def _head(data: bytes) -> str:
    return "first bytes: " + repr(data[:16])


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of its ASCII and Latin-1 characters."""
    n = len(data) // 2
    if n < 2:
        return None
    even_nuls = data[0 : 2 * n : 2].count(0) / n
    odd_nuls = data[1 : 2 * n : 2].count(0) / n
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _decode_strict_or_repair(data: bytes, encoding: str, label: str) -> DecodedText:
    """Decode with a known encoding; undecodable bytes become U+FFFD and are counted in a note."""
    notes = []
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        text = data.decode(encoding, errors="replace")
        at_end = exc.start >= len(data) - 4
        notes.append(
            (
                "encoding_errors",
                f"{label}: bytes at offset {exc.start} are not valid {encoding}"
                + (" (the file ends in the middle of a character: cut off?)" if at_end else "")
                + f"; replaced by U+FFFD ({text.count(chr(0xFFFD))} characters)",
            )
        )
    return _result(text, label, notes)


def _result(text: str, encoding: str, notes: list[tuple[str, str]]) -> DecodedText:
    return DecodedText(_normalise(text), encoding, "; ".join(m for _, m in notes), tuple(notes))


def _single_byte(data: bytes) -> str:
    """The single-byte encoding that reads the most Swedish letters inside words and the fewest controls."""
    best: tuple[int, str] | None = None
    for encoding in SINGLE_BYTE:
        text = data.decode(encoding, errors="replace")
        score = len(IN_WORD_RE.findall(text)) - 2 * len(ODD_CHAR_RE.findall(text))
        if best is None or score > best[0]:
            best = (score, encoding)
    assert best is not None, "SINGLE_BYTE names at least one encoding"
    return best[1]


def _why_single_byte(data: bytes, encoding: str) -> str:
    c1 = [b for b in range(0x80, 0xA0) if bytes([b]) in data]
    if encoding == "latin-1" and not c1:
        return "decoded as latin-1 (ISO-8859-1); it has no bytes 0x80-0x9F, so cp1252 would read it the same"
    if encoding == "cp1252":
        shown = bytes(c1[:6])
        return (
            f"decoded as cp1252 (Windows-1252): its bytes {', '.join(f'0x{b:02X}' for b in shown)} are "
            f"characters there ({shown.decode('cp1252', errors='replace')}) and control codes in latin-1"
        )
    return f"decoded as {encoding}: it reads the most Swedish letters (å, ä, ö) inside words"


def check_not_plainly_unreadable(data: bytes) -> None:
    """UnreadableReport when the bytes are plainly no text, seen without decoding them: empty, or the
    leading bytes of another format (MAGIC)."""
    if not data.strip():
        raise UnreadableReport("empty file" if not data else "empty file (only white space)", f"{len(data)} bytes")
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise UnreadableReport(what, _head(data))


def decode_report(data: bytes) -> DecodedText:
    """Decode report bytes; raise UnreadableReport with a one-line reason when they are not text."""
    check_not_plainly_unreadable(data)
    padding = len(data) - len(data.rstrip(b"\x00"))
    if padding > 1 and b"\x00" not in data[:-padding]:
        # NUL bytes after the text: a file preallocated and not (yet) fully written; the text is kept
        decoded = _decode(data[:-padding])
        note = ("possibly_truncated", f"{padding} NUL bytes after the text (a file not fully written?); ignored")
        decoded = DecodedText(
            decoded.text, decoded.encoding, "; ".join(m for _, m in (*decoded.notes, note)), (*decoded.notes, note)
        )
    else:
        decoded = _decode(data)
    if not decoded.text.strip():
        raise UnreadableReport(f"empty file (no text in it as {decoded.encoding})", f"{len(data)} bytes")
    if _looks_binary(decoded.text):
        raise UnreadableReport("binary content, not report text", _head(data))
    return decoded


def _decode(data: bytes) -> DecodedText:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_strict_or_repair(data, encoding, encoding.replace("-sig", "") + " (BOM)")
    utf16 = _utf16_without_bom(data)
    if utf16:
        decoded = _decode_strict_or_repair(data, utf16, utf16)
        if not _looks_binary(decoded.text):
            note = (
                "encoding_fallback",
                f"{utf16} without a BOM, detected from the NUL byte in every "
                f"{'second' if utf16.endswith('le') else 'first'} byte of each pair",
            )
            return DecodedText(
                decoded.text, utf16, "; ".join(m for _, m in (note, *decoded.notes)), (note, *decoded.notes)
            )
    if b"\x00" in data:
        raise UnreadableReport("binary content (NUL bytes), not report text", _head(data))
    try:
        return _result(data.decode("utf-8"), "utf-8", [])
    except UnicodeDecodeError as exc:
        first_error = exc
    if first_error.start >= len(data) - 3 and first_error.reason == "unexpected end of data":
        return _result(
            data[: first_error.start].decode("utf-8"),
            "utf-8",
            [
                (
                    "encoding_errors",
                    f"the file ends in the middle of a UTF-8 character (offset {first_error.start}): "
                    "cut off; the incomplete character was dropped",
                )
            ],
        )
    escaped = data.decode("utf-8", errors="surrogateescape")  # a byte that is not UTF-8 -> U+DC80..U+DCFF
    foreign = len(data) - len(escaped.encode("utf-8", errors="ignore"))  # the escaped bytes do not encode
    valid_multibyte = len(escaped) - len(escaped.encode("ascii", errors="ignore")) - foreign
    if valid_multibyte > foreign:
        # mostly UTF-8 with a few stray single-byte characters (a tool mixed two encodings)
        text = FOREIGN_RE.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), escaped)
        return _result(
            text,
            "utf-8",
            [
                (
                    "encoding_fallback",
                    f"UTF-8 with {foreign} byte(s) that are not UTF-8 (first at offset "
                    f"{first_error.start}: {data[first_error.start : first_error.start + 1]!r}); "
                    "those were read as cp1252",
                )
            ],
        )
    encoding = _single_byte(data[:SCORE_BYTES])
    text = data.decode(encoding, errors="replace")
    notes = [
        (
            "encoding_fallback",
            f"not UTF-8 (invalid byte at offset {first_error.start}); " + _why_single_byte(data, encoding),
        )
    ]
    if "\ufffd" in text:
        notes.append(
            ("encoding_errors", f"{text.count(chr(0xFFFD))} byte(s) undefined in {encoding}, replaced by U+FFFD")
        )
    return _result(text, encoding, notes)


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = len(ODD_CHAR_RE.findall(sample))
    return controls > len(sample) * 0.01


def _normalise(text: str) -> str:
    """CRLF and CR line ends -> LF; form feeds and stray BOMs are dropped (no line ends in the source's numbering);
    a non-breaking hyphen (U+2011) is a hyphen: SCB's statistics pages print their minus signs so (`‑183`,
    `‑6,1`), as Region Värmland's annual report of 2024 its compounds (`region‑Sverige`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "").replace("\ufeff", "")
    return text.replace(NON_BREAKING_HYPHEN, "-") if NON_BREAKING_HYPHEN in text else text
