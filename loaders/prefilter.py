"""A cheap test before an expensive regex: the words one of which every match of a pattern contains.

`needed_words(rx)` reads the pattern's parse tree and names literal runs every match must hold (`kapitel`,
`kap` for `(?:kapitel|kap\\.?)\\s*\\d+`); `folded(text)` is the text in the case the regex engine compares
under re.I, with offsets unchanged. So `not any(w in folded(text) for w in needed_words(rx))` proves that
rx finds nothing in text, at the cost of a substring test instead of trying the pattern at every position.
A pattern whose every match needs no such word gives None: it must always be tried.
Pure functions; the result never depends on more than the pattern and the text.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import functools
import re
import re._casefix  # type: ignore[import-not-found]
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
PER_PATTERN_MAX = 4096  # patterns a per_pattern memo holds (the seeds and the reader's own: a few hundred)
MAX_GATE_ITEMS = 24  # items of a first_char_gated lookahead (characters, ranges): more tests little


def per_pattern(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """fn memoised per pattern object, looked up by identity: hashing a compiled pattern hashes its whole compiled
    code (FORECAST_RE's thousand words: 7 us), and an lru_cache keyed on it did that at every call, for every
    sentence and number that asks (3.7 % of the instructions of extraction). The memo keeps each pattern it
    holds alive (so no other object takes its id) and is emptied past PER_PATTERN_MAX patterns."""
    memo: dict[int, tuple[Any, T]] = {}

    @functools.wraps(fn)
    def memoised(rx: Any) -> T:
        hit = memo.get(id(rx))
        if hit is not None and hit[0] is rx:
            return hit[1]
        if len(memo) >= PER_PATTERN_MAX:
            memo.clear()
        value = fn(rx)
        memo[id(rx)] = (rx, value)
        return value

    return memoised


MIN_WORD = 2  # a needed run shorter than this tests little


def _fold_char(ch: str) -> str:
    """The character re.I compares: its simple lower case, then one member of its case-equivalence class."""
    low = chr(_sre.unicode_tolower(ord(ch)))
    return _EQUIVALENT.get(low, low)


# characters re.I treats as one beyond their lower case (the engine's table, e.g. s and ſ, i and ı):
# each maps to the smallest of its class, which folded() and needed_words() both use
_EQUIVALENT: dict[str, str] = {}
for _low, _others in re._casefix._EXTRA_CASES.items():
    _members = sorted({chr(_low), *(chr(c) for c in _others)})
    for _m in _members:
        _EQUIVALENT[_m] = _members[0]
_EQUIVALENT = {ch: rep for ch, rep in _EQUIVALENT.items() if ch != rep}
_FOLD_TABLE = str.maketrans(_EQUIVALENT)
_UNFOLDED_RE = re.compile("[" + re.escape("".join(sorted(_EQUIVALENT))) + "]")


_UNFOLDED_CHARS = "".join(sorted(_EQUIVALENT))
_LONG_TEXT = 2000  # characters: above this, a str.find per character of _UNFOLDED_CHARS is faster than the class
_last_folded: tuple[str | None, str] = (None, "")  # (text, folded(text)) of the last long text folded


def folded(text: str) -> str:
    """`text` in the case re.I compares, one character for one (offsets into it are offsets into text)."""
    global _last_folded
    if text.isascii():
        return text.lower()
    if len(text) <= _LONG_TEXT:
        return _folded_short(text)
    last, low = _last_folded
    if last is text:  # (a report's text is folded for several scans of it: the same string, the same answer)
        return low
    low = text.replace("\u0130", "i").lower()
    low = low.translate(_FOLD_TABLE) if any(map(low.__contains__, _UNFOLDED_CHARS)) else low
    _last_folded = (text, low)
    return low


@functools.lru_cache(maxsize=1024)  # a sentence is folded for several stages (5 reports: 7 000 calls, 1 000 texts)
def _folded_short(text: str) -> str:
    # str.lower() is the simple lower case for every character but İ (to 'i̇', two characters) and a
    # final Σ (to ς); the translation maps ς to σ, the equivalences to one member
    low = text.replace("\u0130", "i").lower()
    return low.translate(_FOLD_TABLE) if _UNFOLDED_RE.search(low) else low


@per_pattern
def needed_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded words one of which every match of rx contains, or None (no such words known)."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
    except Exception:  # a pattern re compiled always parses; guard all the same
        return None
    words = _needed(list(tree))
    return tuple(sorted(words)) if words else None


def _needed(items: list) -> frozenset[str] | None:
    """The best set of needed words of one sequence of parse items: its longest literal run, or the
    needed words of one of its required parts, whichever has the longest shortest word."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre_c.LITERAL:
            run.append(_fold_char(chr(av)))
            continue
        if len(run) >= MIN_WORD:
            options.append(frozenset(["".join(run)]))
        run = []
        inner: frozenset[str] | None = None
        if op is sre_c.SUBPATTERN:
            inner = _needed(list(av[3]))
        elif op is sre_c.ATOMIC_GROUP:
            inner = _needed(list(av))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _needed(list(av[2]))
        elif op is sre_c.BRANCH:
            alts = [_needed(list(alt)) for alt in av[1]]
            if all(a for a in alts):
                inner = frozenset().union(*alts)  # type: ignore[arg-type]
        if inner:
            options.append(inner)
    if not options:
        return None
    return max(options, key=lambda words: (min(len(w) for w in words), -len(words)))


def may_match(rx: re.Pattern[str], folded_text: str) -> bool:
    """False only when rx cannot match in the text whose folded() form is `folded_text`."""
    words = needed_words(rx)
    return words is None or any(w in folded_text for w in words)


ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)


@per_pattern
def leading_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded words one of which every match of rx starts with (after its zero-width tests: `\\b`,
    lookarounds), or None. Where none of them stands in the text, no match of rx can start."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        tree = sre_parse.parse(rx.pattern, rx.flags)
    except Exception:
        return None
    words = _leading(list(tree))
    return tuple(sorted(words)) if words else None


def _leading(items: list) -> frozenset[str] | None:
    items = list(items)
    while items and items[0][0] in ZERO_WIDTH:
        items.pop(0)
    if not items:
        return None
    op, av = items[0]
    if _one_char(op, av):
        run = []
        for op2, av2 in items:
            ch = _one_char(op2, av2)
            if not ch:
                break
            run.append(ch)
        word = "".join(run)
        if len(word) < MIN_WORD:  # ('V(?:ästra Götalandsregionen|GR)': the parser takes out a common first letter)
            rest = _leading(items[len(run) :])
            return frozenset(word + w for w in rest) if rest else None
        return frozenset([word])
    if op is sre_c.SUBPATTERN:
        return _leading(list(av[3]))
    if op is sre_c.ATOMIC_GROUP:
        return _leading(list(av))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _leading(list(av[2]))
    if op is sre_c.BRANCH:
        alts = [_leading(list(alt)) for alt in av[1]]
        if all(alts):
            return frozenset().union(*alts)  # type: ignore[arg-type]
    return None


def _one_char(op, av) -> str:
    """The folded character a parse item takes, when it takes one: a literal, or a class of one letter in
    its cases (`[Dd]`); else ''."""
    if op is sre_c.LITERAL:
        return _fold_char(chr(av))
    if op is sre_c.IN and av and all(o is sre_c.LITERAL for o, _ in av):
        chars = {_fold_char(chr(a)) for _, a in av}
        return chars.pop() if len(chars) == 1 else ""
    return ""


def finditer_folded(rx: re.Pattern[str], text: str, folded_text: str) -> Iterator[re.Match[str]]:
    """What rx.finditer(text) yields, trying rx only where one of its leading words stands in
    `folded_text` (= folded(text)): the engine otherwise tries a pattern that starts with a word in any
    case at every character. Falls back to rx.finditer when the pattern has no leading words."""
    words = leading_words(rx)
    if words is None:
        yield from rx.finditer(text)
        return
    yield from _matches_at(rx, text, _word_starts(words, folded_text))


def _word_starts(words: tuple[str, ...], folded_text: str, pos: int = 0, end: int | None = None) -> list[int]:
    """Where any of `words` starts in folded_text[pos:end], in order."""
    end = len(folded_text) if end is None else end
    starts = set()
    for w in words:
        at = folded_text.find(w, pos, end)
        while at >= 0:
            starts.add(at)
            at = folded_text.find(w, at + 1, end)
    return sorted(starts)


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of rx tried at each of the ordered `starts`, none overlapping the one before (as finditer
    gives them when no match can start elsewhere)."""
    pos = 0
    for at in starts:
        if at < pos:
            continue
        m = rx.match(text, at)
        if m:
            yield m
            pos = m.end() if m.end() > at else at + 1


@per_pattern
def first_line_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a pattern whose every match starts at a line's start (`^` first, under re.M): folded words one of
    which stands on the first line of every match (the needed words of its opening part, up to the first item
    that may take a line break), or None. Where no line holds one of them, no match of rx can start."""
    if not isinstance(rx.pattern, str) or not rx.flags & re.M:
        return None
    try:
        items = list(sre_parse.parse(rx.pattern, rx.flags))
    except Exception:
        return None
    if not items or items[0] != (sre_c.AT, sre_c.AT_BEGINNING):
        return None
    words = _needed(_within_a_line(items)[0])
    return tuple(sorted(words)) if words else None


def _within_a_line(items: list) -> tuple[list, bool]:
    """(the opening items of a sequence that take no line break, cut inside the first group or alternation that
    may take one; whether the whole sequence is kept)."""
    kept: list = []
    for op, av in items:
        if op in ZERO_WIDTH or (op is sre_c.LITERAL and av != 10) or _never_a_line_break(op, av):
            kept.append((op, av))
            continue
        if op is sre_c.SUBPATTERN:
            inner, whole = _within_a_line(list(av[3]))
            kept.append((op, (av[0], av[1], av[2], inner)))
            if whole:
                continue
        elif op is sre_c.BRANCH:
            cut = [_within_a_line(list(alt)) for alt in av[1]]
            kept.append((op, (av[0], [inner for inner, _ in cut])))
            if all(whole for _, whole in cut):
                continue
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and _within_a_line(list(av[2]))[1]:
            kept.append((op, av))
            continue
        return kept, False
    return kept, True


def _never_a_line_break(op, av) -> bool:
    """A one-character item that cannot take '\\n': `[^\\n]`, or a class of literals, ranges, digits or word
    characters without it."""
    if op is sre_c.NOT_LITERAL:
        return av == 10
    if op is not sre_c.IN:
        return False
    if av and av[0][0] is sre_c.NEGATE:
        return (sre_c.LITERAL, 10) in av
    return all(
        (o is sre_c.LITERAL and a != 10)
        or (o is sre_c.RANGE and not a[0] <= 10 <= a[1])
        or (o is sre_c.CATEGORY and a in (sre_c.CATEGORY_DIGIT, sre_c.CATEGORY_WORD))
        for o, a in av
    )


def finditer_by_lines(rx: re.Pattern[str], text: str, folded_text: str) -> Iterator[re.Match[str]]:
    """What rx.finditer(text) yields for a pattern with first_line_words, tried only at the start of each line
    that holds one of them (a section rule's `^...[^\\n]*?\\b(?:caption words)` is otherwise tried at every
    character of every short line); rx.finditer for any other pattern."""
    words = first_line_words(rx)
    if words is None:
        yield from rx.finditer(text)
        return
    line_starts = {folded_text.rfind("\n", 0, at) + 1 for at in _word_starts(words, folded_text)}
    yield from _matches_at(rx, text, sorted(line_starts))


def search_folded(
    rx: re.Pattern[str], text: str, folded_text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """What rx.search(text, pos, endpos) gives, trying rx only where one of its leading words stands in
    `folded_text` (= folded(text)), as finditer_folded: a long alternation of words in any case (FORECAST_RE)
    is otherwise tried alternative by alternative at every character. rx.search when it has no leading words."""
    words = leading_words(rx)
    end = len(text) if endpos is None else endpos
    if words is None:
        return rx.search(text, pos, end)
    for at in _word_starts(words, folded_text, pos, end):
        m = rx.match(text, at, end)
        if m:
            return m
    return None


@per_pattern
def first_char_gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """rx with a lookahead for the characters a match of it can start with (after its zero-width tests), letters
    too, compiled under rx's own flags (so `[pe]` under re.I takes what `p` and `e` take): the same matches, but
    at a position whose character opens none of them the engine stops at one class test instead of trying each
    alternative of a long alternation (MONTHS_COUNTED_RE: per, efter, till och med, the months, tertial, the first
    months; searched in every sentence). rx itself when its first characters are not a few known ones (a class
    such as \\w or a negated one, a back reference) or when it may match nothing."""
    if not isinstance(rx.pattern, str) or rx.flags & re.X:
        return rx
    try:
        first, nullable = _first(list(sre_parse.parse(rx.pattern, rx.flags)), letters=True)
    except Exception:
        return rx
    if not first or nullable or len(first) > MAX_GATE_ITEMS:
        return rx
    try:
        return re.compile("(?=[" + "".join(sorted(first)) + "])(?:" + rx.pattern + ")", rx.flags)
    except re.error:  # (a global inline flag, `(?i)`, must open the pattern)
        return rx


def first_class(rx: re.Pattern[str]) -> str | None:
    """A character class (`[\\d \\t(]`) that holds the first character of every match of rx, after its
    zero-width tests, when those are digits and other characters without case only; None for a pattern
    that may start with a letter or match nothing, and for one with back references or named groups
    (see all_matches)."""
    return _first_class(rx)


@per_pattern
def _first_class(rx: re.Pattern[str]) -> str | None:
    if not isinstance(rx.pattern, str) or rx.groupindex or "(?P=" in rx.pattern or "(?(" in rx.pattern:
        return None
    if re.search(r"\\\d", rx.pattern.replace("\\\\", "")):  # \1: a back reference
        return None
    try:
        first, nullable = _first(list(sre_parse.parse(rx.pattern, rx.flags)))
    except Exception:
        return None
    if not first or nullable:
        return None
    return "[" + "".join(t if t == r"\d" else re.escape(t) for t in sorted(first)) + "]"


def _first(items: list, letters: bool = False) -> tuple[frozenset[str] | None, bool]:
    """(what the first character may be: \\d or a character; None when it may be a letter or is not
    known, may the sequence match nothing). With `letters`, letters count too and the answer is items of a
    character class as written in a pattern (`a`, `\\-`, `a-z`, `\\d`; first_char_gated)."""
    found: set[str] = set()
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        first, nullable = _item_first(op, av, letters)
        if first is None:
            return None, nullable
        found |= first
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _caseless(ch: str) -> bool:
    return not ch.isalpha() and ch.lower() == ch == ch.upper()


def _item_first(op, av, letters: bool = False) -> tuple[frozenset[str] | None, bool]:
    if op is sre_c.LITERAL:
        if letters:
            return frozenset([re.escape(chr(av))]), False
        return (frozenset([chr(av)]) if _caseless(chr(av)) else None), False
    if op is sre_c.IN:
        found = set()
        for o, a in av:
            if (o is sre_c.CATEGORY and a is sre_c.CATEGORY_DIGIT) or (o is sre_c.RANGE and 48 <= a[0] <= a[1] <= 57):
                found.add(r"\d")
            elif o is sre_c.LITERAL and (letters or _caseless(chr(a))):
                found.add(re.escape(chr(a)) if letters else chr(a))
            elif o is sre_c.RANGE and letters:
                found.add(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
            else:
                return None, False
        return frozenset(found), False
    if op is sre_c.SUBPATTERN:
        return _first(list(av[3]), letters)
    if op is sre_c.ATOMIC_GROUP:
        return _first(list(av), letters)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        lo, hi, body = av
        if hi == 0:
            return frozenset(), True
        first, nullable = _first(list(body), letters)
        return first, nullable or lo == 0
    if op is sre_c.BRANCH:
        alts = [_first(list(alt), letters) for alt in av[1]]
        if any(f is None for f, _ in alts):
            return None, any(n for _, n in alts)
        return frozenset().union(*(f for f, _ in alts)), any(n for _, n in alts)  # type: ignore[arg-type]
    return None, True


@functools.lru_cache(maxsize=64)
def _first_class_gate(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One zero-width pattern that holds where one of the patterns (each with a first_class, all with the
    same flags) matches, tried only at their first characters: one scan for all, not one scan each."""
    classes = sorted({first_class(p) or "" for p in patterns})
    gate = "|".join(c for c in classes if c)
    try:
        return re.compile(
            f"(?=(?:{gate}))(?=" + "|".join(f"(?:{p.pattern})" for p in patterns) + ")", patterns[0].flags
        )
    except re.error:
        return None


def all_matches(patterns: list[re.Pattern[str]], text: str, folded_text: str) -> list[list[re.Match[str]]]:
    """[list(rx.finditer(text)) for rx in patterns], found faster: the patterns whose matches start with a
    digit or another character without case are tried at the places where one scan of all of them
    together holds, one that starts with a word where its words stand (finditer_folded), the others by
    finditer."""
    out: list[list[re.Match[str]] | None] = [None] * len(patterns)
    gated: dict[tuple[int, bool], list[int]] = {}  # (flags, first may be a space) -> patterns with a first_class
    for k, rx in enumerate(patterns):
        first = first_class(rx)
        if first:  # (before the words: '19', '20' of a year stand everywhere)
            # (patterns that may start with a space are scanned apart: spaces are many, digits fewer)
            gated.setdefault((rx.flags, " " in first or "\t" in first), []).append(k)
        elif leading_words(rx) is not None:
            out[k] = list(finditer_folded(rx, text, folded_text))
        else:
            out[k] = list(rx.finditer(text))
    for ks in gated.values():
        gate = _first_class_gate(tuple(patterns[k] for k in ks)) if len(ks) > 1 else None
        if gate is None:
            for k in ks:
                out[k] = list(patterns[k].finditer(text))
            continue
        places = [m.start() for m in gate.finditer(text)]
        for k in ks:
            rx, found, pos = patterns[k], [], 0
            for at in places:
                if at < pos:
                    continue
                m = rx.match(text, at)
                if m:
                    found.append(m)
                    pos = m.end()
            out[k] = found
    return [found or [] for found in out]
