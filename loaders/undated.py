"""A year the text names late dates only what follows it.

A fact page ("Om sjukhuset", "Regionen i siffror") states standing figures first (`673 vårdplatser`,
`10 100 medarbetare`) and names a year only further down (`Det här hände på SkaS 2016:`, `Under 2017 är
det ...`, a link `Årsredovisning 2016` at the foot). The report's period, taken from that year, is
evidence for what stands after it, not for what the page said before it: a number above the first line
that names the year, dated by nothing of its own, is undated (its period left empty, the evidence says
why). A line that says the page's figures are from that year (`(Siffror från 2015)`, `Alla uppgifter är
från den 31 december 2017`) dates the whole page.

Only a whole-year period whose evidence is the year as written; a period from months (`jan-okt`) or from a
meeting date is not a year the text names. A year the text speaks of as `förra året` (a press release dated
2022-02-03, or the year after the year it compares with) dates what follows the first line that says
`förra året`, `i fjol`: a standing figure above it is undated. A news item's title is no standing figure: it
states the item's own figure (`Minus på 162 miljoner kronor för landstinget` over `Det visar det preliminära
bokslutet för 2003`), so a number in it keeps the report's period. Nor is a year gone by (an annual report's)
the time of a figure of the day of writing (`Karolinska har i dag 16.000 anställda` in a news item on the bokslut
for 2018): that figure is undated. Pure functions; the words come from seeds/reader_words.csv (lists
`figures_note_word`, `last_year_phrase`, `annual_report_word`, `writing_day_adverb`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from loaders.lexicon import cue_alternation, load_reader_lists
from loaders.records import Document, ProseFact
from loaders.sentences import URL_LINE_RE

FIGURES_NOTE_RE = re.compile(r"\b(?:" + cue_alternation(load_reader_lists()["figures_note_word"]) + r")\b", re.I)
# 'förra året', 'i fjol': the year before the text's own (seeds/reader_words.csv `last_year_phrase`)
LAST_YEAR_RE = re.compile(r"\b(?:" + cue_alternation(load_reader_lists()["last_year_phrase"]) + r")\b", re.I)
UNDATED = "undated"  # the evidence of a fact left without a period starts with this word
REPORT_PERIOD = "report period"  # the evidence of a fact that takes the report's period (loaders/prose.py)
LAST_YEAR_EVIDENCE = "'förra året'"  # the evidence of a report period that is the year before the text's own
# the evidence of a report period that is the year before the date of a text that reports on it: that year is over
DATED_ANNUAL_EVIDENCE = "annual report dated"
# an annual report's word ('bokslutet för 2018', 'Årsredovisning 2022'): the evidence of a period that is a year gone by
ANNUAL_WORD_RE = re.compile(r"\b(?:" + cue_alternation(load_reader_lists()["annual_report_word"]) + r")", re.I)
# 'i dag', 'för närvarande': the day the text was written (seeds/reader_words.csv `writing_day_adverb`)
WRITING_DAY_RE = re.compile(
    r"\b(?:" + cue_alternation(load_reader_lists()["writing_day_adverb"]) + r")(?![a-zåäö])", re.I
)
# a line that is a heading or title of its own: short, no sentence end, an empty line (or the text's end) after it
OWN_TITLE_LINE_MAX = 120
OWN_TITLE_LINE_END_RE = re.compile(r"[.!?:;,]\s*$")


def _year_re(year: int) -> re.Pattern[str]:
    # the year as a word, not a part of a date (2017-10-18) or of a number
    return re.compile(r"(?<![\d\-–/.,])" + str(year) + r"(?![\d\-–/]|[.,]\d)")


def first_line_naming(lines: list[str], year: int) -> int | None:
    """The 1-based line where the text first names `year` (a line that is only an address left out), or None."""
    rx = _year_re(year)
    for i, line in enumerate(lines):
        if rx.search(line) and not URL_LINE_RE.match(line):
            return i + 1
    return None


def own_title_line(lines: list[str], line: int) -> bool:
    """Whether the 1-based line is a title of its own ('Prognos om plus 481 miljoner kronor', 'Region Uppsala gör
    ett årsresultat på plus 251 miljoner kronor'): short, no sentence end, an empty line or the text's end after
    (unlike a headline of loaders/sentences.py _headline, it may hold a figure)."""
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return (
        bool(text)
        and len(text) <= OWN_TITLE_LINE_MAX
        and not OWN_TITLE_LINE_END_RE.search(text)
        and (line >= len(lines) or not lines[line].strip())
    )


def title_line(lines: list[str]) -> int | None:
    """The 1-based line of the text's title: its first line of text (a line that is only an address left out) when
    that is a title of its own ('Underskott på 235 miljoner i landstinget'); None when the text opens on a sentence
    (a news item's first paragraph, a page flattened onto one line)."""
    first = next((i + 1 for i, line in enumerate(lines) if line.strip() and not URL_LINE_RE.match(line)), None)
    return first if first is not None and own_title_line(lines, first) else None


def is_whole_year(start: date | None, end: date | None) -> bool:
    """Whether the period is a whole calendar year."""
    return start is not None and end is not None and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _names_its_year(document: Document) -> int | None:
    start, end = document.period_start, document.period_end
    if start is None or end is None or not is_whole_year(start, end):
        return None
    if document.period_evidence.startswith(LAST_YEAR_EVIDENCE):
        return None  # (a year the text speaks of as 'förra året', not one it names)
    return end.year if start.year == end.year and str(end.year) in document.period_evidence else None


def undated_before_the_year(facts: list[ProseFact], lines: list[str], document: Document) -> list[ProseFact]:
    """The facts, those that take the report's period (no period of their own: the evidence is the report
    period) and stand above the first line naming the report's year (or, for a year the text speaks of as
    'förra året', above the first line that says so) left undated; not a number of the text's title, which
    states the text's own figure."""
    year = _names_its_year(document)
    if year is not None:
        first = first_line_naming(lines, year)
        rx = _year_re(year)
        if first is None or any(rx.search(line) and FIGURES_NOTE_RE.search(line) for line in lines):
            return facts
        why = f"where the text first names {year}"
    elif document.period_evidence.startswith(LAST_YEAR_EVIDENCE):
        first = next((i + 1 for i, line in enumerate(lines) if LAST_YEAR_RE.search(line)), None)
        if first is None:
            return facts
        why = f"where the text first speaks of {LAST_YEAR_EVIDENCE}"
    else:
        return facts
    title = title_line(lines)
    return [
        replace(f, period_start=None, period_end=None, period_evidence=f"{UNDATED}: above L{first}, {why}")
        if f.line < first and f.line != title and _takes_the_report_period(f, document)
        else f
        for f in facts
    ]


def undated_of_the_day_of_writing(facts: list[ProseFact], document: Document) -> list[ProseFact]:
    """The facts, those that take the report's period in a text on a year gone by (an annual report's: its title or
    a phrase names the bokslut, or the text is dated early the next year) and stand in a sentence that speaks of the
    day of writing ('i dag', 'för närvarande') left undated: that day is not the year the report is about ('Karolinska
    har i dag 16.000 anställda' in a news item on the bokslut for 2018; 'antalet vårdplatser ... uppgår till ca 1100
    och ... för närvarande' in one on the boksluten for 2019). Not a forecast, which is made that day for the year."""
    start, end = document.period_start, document.period_end
    evidence = document.period_evidence
    if (
        end is None
        or not is_whole_year(start, end)
        or not (evidence.startswith(DATED_ANNUAL_EVIDENCE) or ANNUAL_WORD_RE.search(evidence))
    ):
        return facts
    return [
        replace(
            f,
            period_start=None,
            period_end=None,
            period_evidence=f"{UNDATED}: the day of writing ('{m.group(0)}'), not the year {end.year} reported on",
        )
        if _takes_the_report_period(f, document)
        and not f.measure.startswith("forecast")
        and (m := WRITING_DAY_RE.search(_punctuated_clause(f.sentence, f.quote)))
        else f
        for f in facts
    ]


# a break between clauses that punctuation marks (not a comma inside a number: '1,1 miljarder')
CLAUSE_PUNCTUATION_RE = re.compile(r"[;:()]|,\s|\s[–—]\s")


def _punctuated_clause(sentence: str, quote: str) -> str:
    """The part of the sentence between the punctuation marks around the number's quote ('Årets resultat blev 120
    miljoner kronor, och i dag har regionen 6 000 anställda': the result's clause does not speak of today); the
    whole sentence when the quote is not in it."""
    at = sentence.find(quote)
    if at < 0:
        return sentence
    starts = [m.end() for m in CLAUSE_PUNCTUATION_RE.finditer(sentence, 0, at)]
    end = CLAUSE_PUNCTUATION_RE.search(sentence, at + len(quote))
    return sentence[starts[-1] if starts else 0 : end.start() if end else len(sentence)]


def _takes_the_report_period(f: ProseFact, document: Document) -> bool:
    return f.period_evidence.startswith(REPORT_PERIOD) and (f.period_start, f.period_end) in (
        (None, None),
        (document.period_start, document.period_end),
    )
