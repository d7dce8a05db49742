"""Report bytes -> text, with the encoding detected and said, never guessed silently."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# characters a cp1252 decode of Swedish text produces, and which latin-1 leaves as C1 controls
CP1252_ONLY = set(range(0x80, 0xA0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class UnreadableReport(ValueError):
    """The file is not report text (binary, empty, undecodable)."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    note: str  # '' or what the reader had to assume


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of its ASCII characters."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def decode_report(data: bytes) -> DecodedText:
    """Decode report bytes; raise UnreadableReport with a one-line reason when they are not text."""
    if not data.strip():
        raise UnreadableReport("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return DecodedText(_normalise(data.decode(encoding)), encoding.replace("-sig", "") + " (BOM)", "")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(_normalise(data.decode(utf16)), utf16, "UTF-16 without BOM, detected from NUL bytes")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise UnreadableReport("binary content (NUL bytes), not report text")
    try:
        return DecodedText(_normalise(data.decode("utf-8")), "utf-8", "")
    except UnicodeDecodeError:
        pass
    high = {b for b in data if b >= 0x80}
    encoding = "cp1252" if high & CP1252_ONLY else "latin-1"
    text = data.decode(encoding, errors="replace")
    if _looks_binary(text):
        raise UnreadableReport("binary content, not report text")
    return DecodedText(_normalise(text), encoding, f"not UTF-8; decoded as {encoding}")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls > len(sample) * 0.01


def _normalise(text: str) -> str:
    """CRLF and CR line ends -> LF; a form feed is dropped (it is no line end in the source's numbering)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "")
