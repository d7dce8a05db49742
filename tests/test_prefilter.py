"""The keyword pre-check before an expensive regex (loaders/prefilter.py) never skips a pattern that matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders.coverage import load_non_fact_rules
from loaders.document import REPORT_TYPE_RES, _region_scanners, load_regions
from loaders.prefilter import (
    all_matches,
    finditer_by_lines,
    finditer_folded,
    first_char_gated,
    first_class,
    first_line_words,
    folded,
    leading_words,
    may_match,
    needed_words,
    search_folded,
)

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


def test_needed_words_of_an_alternation_before_a_number():
    rx = re.compile(r"(?:kapitel|kap\.?|avsnitt)\s*\d+", re.I)
    assert needed_words(rx) == ("avsnitt", "kap", "kapitel")


def test_the_longest_needed_run_wins_and_a_part_that_may_be_absent_needs_nothing():
    assert needed_words(re.compile(r"\bdnr\.?\s*(?:nr)?\d+ avgift")) == (" avgift",)
    assert needed_words(re.compile(r"(?:månad)?\d+")) is None
    assert needed_words(re.compile(r"\d+|\(\d+\)")) is None  # one alternative needs no word
    assert needed_words(re.compile(r"(?:besök)+ \d")) == ("besök",)  # a repeated part stands alone


def test_case_is_folded_as_the_regex_engine_folds_it():
    assert folded("Sida 3 AV 5") == "sida 3 av 5"
    assert folded("Åre İNTERVALL ſida") == "åre intervall sida"
    assert len(folded("İſΣ x")) == len("İſΣ x")  # one character for one: offsets stay
    rx = re.compile(r"sida \d", re.I)
    for text in ("ſida 4", "SIDA 4", "Sida 4"):
        assert rx.search(text) and may_match(rx, folded(text))


def test_a_case_sensitive_part_is_still_a_needed_word():
    rx = re.compile(r"(?-i:Dnr)\s*\d+", re.I)
    assert needed_words(rx) == ("dnr",)
    assert not may_match(rx, folded("diarienummer 12"))


@pytest.mark.parametrize("report", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.stem[:24])
def test_no_seed_pattern_is_skipped_where_it_matches(report):
    """Every pattern of seeds/non_fact_words.csv over a sample report, five lines at a time: where the
    pre-check says no match, the pattern finds none."""
    lines = report.read_text(encoding="utf-8").split("\n")
    chunks = ["\n".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    patterns = [rx for rule in load_non_fact_rules() for rx in (rule.span, rule.before, rule.near, rule.after) if rx]
    skipped = 0
    for chunk in chunks:
        low = folded(chunk)
        for rx in patterns:
            if not may_match(rx, low):
                skipped += 1
                assert rx.search(chunk) is None, (rx.pattern, chunk)
    assert skipped > len(chunks)  # the check does skip patterns


def test_leading_words_of_a_pattern_whose_alternatives_share_a_first_letter():
    assert leading_words(re.compile(r"\b(?:Västra Götalandsregionen|VGR)")) == ("vgr", "västra götalandsregionen")
    assert leading_words(re.compile(r"(?=[Dd])\b[Dd]ivision(?:en)? (\w+)")) == ("division",)
    assert leading_words(re.compile(r"\b\d{6}-\d{4}\b")) is None  # a digit class: no word
    assert leading_words(re.compile(r"(?:per)?\s*jan")) is None  # an optional first part


@pytest.mark.parametrize("report", sorted(REPORTS.glob("*.txt"))[:2], ids=lambda p: p.stem[:24])
def test_finditer_folded_finds_what_finditer_finds(report):
    """The span rules, the region scanners and the report types' words over a whole sample: the same matches,
    tried only where a leading word stands."""
    text = report.read_text(encoding="utf-8")
    low = folded(text)
    regions = load_regions()
    key = tuple((r["region_code"], r["name_pattern"], r["short_pattern"], r["place_pattern"]) for r in regions)
    patterns = [rule.span for rule in load_non_fact_rules() if rule.span]
    patterns += [scanner for scanner, _ in _region_scanners(key)]
    patterns += list(REPORT_TYPE_RES.values())  # (document.detect_report_type counts each kind's words so)
    led = 0
    for rx in patterns:
        led += leading_words(rx) is not None
        assert [m.span() for m in finditer_folded(rx, text, low)] == [m.span() for m in rx.finditer(text)], rx.pattern
    assert led >= 10


def test_first_line_words_stop_where_a_line_may_break():
    """Only the words of a line-start pattern's opening part that cannot cross a line break count: what stands
    after `\\s+` or a dot that takes line breaks may be on a later line."""
    assert first_line_words(re.compile(r"^[^\n]*?\b(?:kapitel|avsnitt)\s+nio", re.M)) == ("avsnitt", "kapitel")
    assert first_line_words(re.compile(r"(?s)^[ \t]*ab.*?investering", re.M)) == ("ab",)
    assert first_line_words(re.compile(r"^(?:tabell\s+x|figur)", re.M)) == ("figur", "tabell")
    assert first_line_words(re.compile(r"^\s*tabell", re.M)) is None  # (a line break may come first)
    assert first_line_words(re.compile(r"^tabell")) is None  # (not re.M: one start only)
    text = "Tabell\n  kapitel ett\n x kapitel\nsista"
    for rx in (re.compile(r"^[^\n]*?kapitel", re.M | re.I), re.compile(r"(?s)^.*?kapitel", re.M | re.I)):
        assert [m.span() for m in finditer_by_lines(rx, text, folded(text))] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("report", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.stem[:24])
def test_finditer_by_lines_finds_what_finditer_finds(report):
    """The section rules of seeds/non_fact_words.csv over a whole sample, and over it with its lines joined in
    twos (a caption's words on the line after a short line): the same matches, tried only at line starts."""
    rules = [rule.span for rule in load_non_fact_rules() if rule.span and rule.span.flags & re.S]
    assert rules and all(first_line_words(rx) for rx in rules)
    lines = report.read_text(encoding="utf-8").split("\n")
    for text in ("\n".join(lines), "\n".join(" ".join(lines[k : k + 2]) for k in range(0, len(lines), 2))):
        low = folded(text)
        for rx in rules:
            assert [m.span() for m in finditer_by_lines(rx, text, low)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("report", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.stem[:24])
def test_search_folded_finds_what_search_finds(report):
    """Every pattern of the sentence reader with leading words (loaders/prose.py), over each sentence of a sample
    with a number, and the parts of it before each number and after the first: search_folded gives the match
    search gives."""
    import loaders.prose as prose
    from loaders.sentences import lines_to_sentences

    patterns = [rx for rx in vars(prose).values() if isinstance(rx, re.Pattern) and leading_words(rx) is not None]
    assert prose.FORECAST_RE in patterns and prose.CONTRIBUTION_RE in patterns
    found = 0
    for sent in lines_to_sentences(report.read_text(encoding="utf-8").split("\n")):
        text, low = sent.text, folded(sent.text)
        numbers = prose.find_numbers(text)
        if not numbers:
            continue  # (the reader searches the parts of a sentence around its numbers)
        cuts = [(0, None)] + [(0, n.start) for n in numbers] + [(n.end, None) for n in numbers[:1]]
        for rx in patterns:
            for pos, endpos in cuts:
                end = len(text) if endpos is None else endpos
                want = rx.search(text, pos, end)
                got = search_folded(rx, text, low, pos, endpos)
                assert (got and got.span()) == (want and want.span()), (rx.pattern[:60], text[:120])
                found += want is not None
    assert found


def test_the_first_character_of_a_pattern_that_starts_with_a_digit_or_a_sign():
    assert first_class(re.compile(r"\b[0-3]?\d/(?:1[0-2]|0?[1-9])\b")) == r"[\d]"  # an optional digit, a digit
    assert first_class(re.compile(r"\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b")) == r"[012\d]"
    assert first_class(re.compile(r"(?:\.{3,}|…)[ \t]*\d")) == r"[\.…]"
    assert first_class(re.compile(r"^[ \t]*\d+", re.M)) == "[\\\t\\ \\d]"  # a space or tab may come first
    assert not first_class(re.compile(r"\bv\.?\s?\d{1,2}"))  # a letter first
    assert not first_class(re.compile(r"\d*"))  # may match nothing
    assert not first_class(re.compile(r"(\d)-\1"))  # a back reference: not joined with others


def test_a_pattern_gated_by_its_first_characters_takes_what_it_took():
    """first_char_gated: a lookahead for the first characters, letters too, under the pattern's own flags (re.I:
    `[p]` takes 'P' as `p` does, `[t]` the 'T' of 'T1'); a pattern whose first character is any word
    character, or that may match nothing, is left as it is."""
    gated = first_char_gated(re.compile(r"\b(?:per|efter|t\.o\.m\.?)\s*(?:mars|april)|\bT([123])\b", re.I))
    assert gated.pattern.startswith("(?=[Tept])")
    for text in ("Utfall PER MARS", "t.o.m. april", "efter april 2019, T2 och t3", "ingenting"):
        assert [m.span() + m.groups() for m in gated.finditer(text)] == [
            m.span() + m.groups() for m in re.compile(gated.pattern[len("(?=[Tept])") :], re.I).finditer(text)
        ]
    assert first_char_gated(gated) is first_char_gated(gated)  # (one compiled pattern per pattern)
    for plain in (r"\w+ procent", r"(?:per)?\s*mars", r"[^a]bc"):
        rx = re.compile(plain)
        assert first_char_gated(rx) is rx
    # (the lookahead holds no group: a back reference keeps its number)
    assert first_char_gated(re.compile(r"(ab)-\1")).search("ab-ab ab-ba").span() == (0, 5)


@pytest.mark.parametrize("report", sorted(REPORTS.glob("*.txt"))[2:], ids=lambda p: p.stem[:24])
def test_all_matches_is_finditer_of_each_pattern(report):
    """The span rules over a whole sample: the word-led, digit-led (one scan together) and other patterns
    give what finditer gives, match for match."""
    text = report.read_text(encoding="utf-8")
    patterns = [rule.span for rule in load_non_fact_rules() if rule.span]
    assert sum(1 for rx in patterns if first_class(rx)) >= 10
    found = all_matches(patterns, text, folded(text))
    for rx, matches in zip(patterns, found):
        assert [(m.span(), m.group(0)) for m in matches] == [(m.span(), m.group(0)) for m in rx.finditer(text)]


def test_a_long_text_folds_as_a_short_one_and_the_same_text_twice_alike():
    short = "Åre İNTERVALL ſida Σ K"
    long_text = (short + " text\n") * 200  # over prefilter._LONG_TEXT characters: found by str.find
    assert folded(long_text) == "\n".join([folded(short + " text")] * 200) + "\n"
    assert folded(long_text) is folded(long_text)  # remembered: asked again, the same string
    assert folded("plain ascii TEXT " * 200) == "plain ascii text " * 200


@pytest.mark.parametrize("report", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.stem[:24])
def test_no_sentence_pattern_the_reader_pre_checks_is_skipped_where_it_matches(report):
    """The sentence reader skips a pattern in every part of a sentence whose words it lacks (prose._may): over
    each sentence of a sample report, a pattern found in the sentence or in any part of it before a number has
    one of its needed words in the sentence."""
    from loaders.extract import _lexicon
    from loaders.prose import (
        BUDGET_VALUE_BEFORE_RE,
        DEVIATION_RE,
        FORECAST_RE,
        SIGN_WORD_NEAR_RE,
        TARGET_RE,
        THRESHOLD_BEFORE_RE,
        UNIT_SUBJECT_RE,
        WHOLE_COUNTRY_RE,
        _prepared_lexicon,
        _Words,
        find_numbers,
    )
    from loaders.sentences import lines_to_sentences

    lex, _ = _prepared_lexicon(_lexicon())
    patterns = [
        BUDGET_VALUE_BEFORE_RE,
        DEVIATION_RE,
        FORECAST_RE,
        SIGN_WORD_NEAR_RE,
        TARGET_RE,
        THRESHOLD_BEFORE_RE,
        UNIT_SUBJECT_RE,
        WHOLE_COUNTRY_RE,
    ] + [cue for cue, _, _ in lex.non_fact_cues]
    found = 0
    for sent in lines_to_sentences(report.read_text(encoding="utf-8").split("\n")):
        words = _Words(sent.text)
        parts = [sent.text] + [sent.text[: n.start] for n in find_numbers(sent.text)]
        for rx in patterns:
            hit = any(rx.search(part) for part in parts)
            found += hit
            assert words[rx] or not hit, (rx.pattern[:60], sent.text[:120])
    assert found  # the samples hold matches of these patterns: the test tries something


def test_a_word_across_the_joint_of_two_parts_is_seen():
    """'i hela lan' + 'det': the clause that joins the text before a number to the text after it may hold a
    word neither part does (prose._may_across)."""
    from loaders.prose import WHOLE_COUNTRY_RE, _may_across

    assert _may_across(WHOLE_COUNTRY_RE, "kostnaden i hela lan", "det var")
    assert not _may_across(WHOLE_COUNTRY_RE, "kostnaden i hela", " regionen var")
