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


def folded(text: str) -> str:
    """`text` in the case re.I compares, one character for one (offsets into it are offsets into text)."""
    if text.isascii():
        return text.lower()
    # str.lower() is the simple lower case for every character but İ (to 'i̇', two characters) and a
    # final Σ (to ς); the translation maps ς to σ, the equivalences to one member
    low = text.replace("\u0130", "i").lower()
    return low.translate(_FOLD_TABLE) if _UNFOLDED_RE.search(low) else low


@functools.lru_cache(maxsize=4096)
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
