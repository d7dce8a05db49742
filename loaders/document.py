"""What a report says about itself: region, report type, period, its own org unit."""

from __future__ import annotations

import bisect
import calendar
import csv
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from loaders.lexicon import (
    alternation,
    cue_alternation,
    load_month_names,
    load_number_words,
    load_reader_lists,
    load_report_type_words,
    load_year_parts,
)
from loaders.prefilter import finditer_folded, first_char_gated, folded, may_match
from loaders.records import Document
from loaders.reflow import reflow
from loaders.sentences import URL_LINE_RE
from loaders.tables.headers import opens_header_columns
from loaders.undated import ANNUAL_WORD_RE, DATED_ANNUAL_EVIDENCE, LAST_YEAR_EVIDENCE, LAST_YEAR_RE

REGIONS_SEED = Path(__file__).resolve().parent.parent / "seeds" / "regions.csv"
FORMER_NAMES_SEED = REGIONS_SEED.with_name("region_former_names.csv")
WEB_DOMAINS_SEED = REGIONS_SEED.with_name("region_web_domains.csv")
READER_WORDS = load_reader_lists()  # word lists (seeds/*.csv), read once at import
MONTHS = list(load_month_names(form="name"))
MONTH_RE = "|".join(MONTHS)
EVIDENCE_LINE_RE = re.compile(r"^L(\d+):")  # the line a period's evidence names ('L3: Tertialrapport 1 2024')
TITLE_LINES = 120  # report title, cover and summary: where a report names itself

REPORT_TYPES = {kind: alternation(words) for kind, words in load_report_type_words().items()}
REPORT_TYPE_RES = {kind: re.compile(pattern, re.I) for kind, pattern in REPORT_TYPES.items()}
# "Delårsrapport 1 2024", "Tertialrapport 2, 2023", "Delårsrapport 2 år 2014", "T1 2024": the ordinal is the
# tertial; the report's word starts a word and may go on ('Tertialrapport', 'Tertialuppföljning'), a one-letter
# word stands alone ('Kvartalsrapport 1 2019' is no 'T 1 2019')
NUMBERED_WORDS = READER_WORDS["numbered_report_word"]
NUMBERED_REPORT_RE = re.compile(
    r"\b(?:(?:"
    + alternation(w for w in NUMBERED_WORDS if len(w) > 1)
    + r")\w*|(?:"
    + alternation(w for w in NUMBERED_WORDS if len(w) == 1)
    + r"))\s?([123]),?\s+(?:år\s+)?((?:19|20)\d\d)\b",
    re.I,
)
LINE_SPACE = r"[^\S\n]"  # white space that does not end a line: a match never spans two lines
MONTH_ABBR = r"jan(?:uari)?\.?"
# the start of a range from January: `jan–aug`, `januari - april`, `januari till augusti` (the range in words, as
# MONTH_RANGE_RE of loaders/prose.py reads it; not the month January alone: 'Delårsrapporten för januari till augusti
# i år', a news text of Region Kalmar län of 2025, was dated January), and `januari september` (a PDF's text that
# lost the dash: Månadsrapport januari september 2017, för perioden januari oktober)
FROM_JANUARY = rf"{MONTH_ABBR}(?:{LINE_SPACE}?[-–]|{LINE_SPACE}+till(?={LINE_SPACE})|{LINE_SPACE}(?=[a-zA-ZåäöÅÄÖ]))"
MONTH_NAME = rf"(?:{alternation(load_month_names())})\.?"
# `per april 2024`, `efter oktober`, `t.o.m. augusti`, `januari-april`, `jan–aug 2019` (seeds/reader_words.csv
# month_close_word); the lookahead lets the scan skip other positions fast
MONTH_CLOSE_WORDS = READER_WORDS["month_close_word"]
PER_MONTH_RE = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in MONTH_CLOSE_WORDS} | {'t', 'j'}))}])"
    rf"\b(?:{alternation(MONTH_CLOSE_WORDS)}|t\.?o\.?m\.?|{FROM_JANUARY}{LINE_SPACE}?)"
    rf"{LINE_SPACE}?({MONTH_NAME})(?![a-zåäö])(?:{LINE_SPACE}+((?:19|20)\d\d))?",
    re.I,
)
# "årets första tre månader", "de fyra första månaderna": the months counted from January
# (the number words of seeds/number_words.csv that can count months before December)
# (in digits too: "efter 11 månader", "de 8 första månaderna")
MONTH_COUNTS = {word: int(value) for word, value in load_number_words().items() if 2 <= value <= 11}
MONTH_COUNTS.update({str(value): value for value in range(2, 12)})
FIRST_MONTHS_RE = re.compile(
    r"\b(?:" + alternation(READER_WORDS["month_count_lead"]) + r")\s+(" + alternation(MONTH_COUNTS) + r")\s+"
    r"(?:första\s+)?månader",
    re.I,
)
# "delårsrapporten för augusti 2025", "delårsbokslutet per april", "Månadsrapport november 2013": the month an
# interim or monthly report closes (its figures run from January: a monthly report is year to date)
INTERIM_MONTH_RE = re.compile(
    rf"\b(?:{REPORT_TYPES['delarsrapport']}|{REPORT_TYPES['manadsrapport']})\w*(?:\s+(?:för|per|efter)\s+|{LINE_SPACE}+)"
    rf"(?:{FROM_JANUARY}{LINE_SPACE}?)?"
    rf"({MONTH_NAME})(?![a-zåäö])(?:{LINE_SPACE}+((?:19|20)\d\d))?",
    re.I,
)
# "Månadsrapport Region Norrbotten 2018-03": a year and month written YYYY-MM (the form that heads a table's
# columns too, 'Utfall 2023-04') after an interim or monthly report's word, up to two title words between, is
# the month its figures run to; a date (`Månadsrapport 2010-11-15`, the day it was written) is not
YEAR_MONTH = r"((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![-\d])"
INTERIM_YEAR_MONTH_RE = re.compile(
    rf"\b(?:{REPORT_TYPES['delarsrapport']}|{REPORT_TYPES['manadsrapport']})\w*"
    rf"(?:{LINE_SPACE}+(?-i:[A-ZÅÄÖ])\w+){{0,2}}{LINE_SPACE}+(?:per{LINE_SPACE}+)?{YEAR_MONTH}",
    re.I,
)
# "första halvåret 2013", "första kvartalet": the months of the year's first part; also the turn of the year's
# halves, "efter halvårsskiftet 2018" (a part's stem compounded with 'skiftet'): the end of its first half (the turn
# of a quarter or a tertial names none of the three)
PART_MONTHS = load_year_parts()  # 'halvåret' -> 6 (seeds/year_parts.csv)
HALF_STEMS = [part.removesuffix("et") for part, months in PART_MONTHS.items() if months * 2 == 12]  # 'halvår'
FIRST_PART_RE = re.compile(
    rf"\b(?:första{LINE_SPACE}+({alternation(PART_MONTHS)})(?:{LINE_SPACE}+((?:19|20)\d\d))?"
    rf"|({alternation(HALF_STEMS)})s?skiftet(?:{LINE_SPACE}+((?:19|20)\d\d))?)\b",
    re.I,
)
# "per 30 september", "den 31 december 2017": a month's last day, the day a report's figures are taken; also the
# last day a period runs to ('perioden 1 januari till 31 augusti i år', 'för perioden fram till 31 mars')
MONTH_END_RE = first_char_gated(
    re.compile(
        rf"\b(?:per|den|t\.?o\.?m\.?|till och med|till){LINE_SPACE}+(?P<day>2[89]|3[01]){LINE_SPACE}+({MONTH_NAME})"
        rf"(?![a-zåäö])(?:{LINE_SPACE}+((?:19|20)\d\d))?",
        re.I,
    )
)
# the annual report's word, then its year, on the same line or after a line break and blank lines
ANNUAL_WORDS = alternation(READER_WORDS["annual_report_word"])
# ('ÅRSRAPPORTER DIVISIONER 2013': up to two title words between)
ANNUAL_RE = first_char_gated(
    re.compile(
        rf"\b(?:{ANNUAL_WORDS})(?:en|et|er)?(?:\s+[A-ZÅÄÖ]\w+){{0,2}}\s+(?:för\s+)?(?:år\s+)?"
        r"((?:19|20)\d\d)\b(?![-–]\d)",
        re.I,
    )
)
# a dated document: a meeting, a press release, a decision ("Möte 2026-02-26", "Pressmeddelande 2022-05-12")
DATED_RE = re.compile(r"\b((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?([0-3]\d)\b")  # 2025-03-13, 20200506
# the text's own date, its publication, marked as such by the word before it ('Publicerad 2022-04-20 13:34',
# 'Publicerad 16 augusti 2023', a web copy's dateline 'date 2023-08', 'Date: 19 januari, 2020' with the comma of an
# English date): with a day or only year and month (a page's
# 'Uppdaterad' date is none: a report of 2022, a quiz of 2018 and a table of 2005-2017 all updated a year later)
OWN_DATE_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_WORDS["own_date_word"]) + r")[^\S\n]*:?[^\S\n]*"
    rf"(?:((?:19|20)\d\d)-(?:0[1-9]|1[0-2])(?:-[0-3]\d)?|[0-3]?\d[^\S\n]+{MONTH_NAME},?[^\S\n]+((?:19|20)\d\d))"
    r"(?![\d-])",
    re.I,
)
OWN_DATE_EVIDENCE = "the text's own date"  # the evidence of a report period that is only the year of that date
# what a year spoken of adds to its evidence when each sentence that names it forecasts it ('väntas', 'prognos')
FORECAST_YEAR_EVIDENCE = ", the year it forecasts"
FORECAST_CUE_RE = re.compile(
    r"(?<![\wåäö])(?:" + cue_alternation(READER_WORDS["forecast_verb"] + READER_WORDS["forecast_noun"]) + r")", re.I
)
# a forecast an outcome is compared with ('30 miljoner kronor bättre än prognosen', 'jämfört med den senaste
# prognosen'): no forecast of the sentence's own
COMPARED_FORECAST_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_WORDS["compared_with_word"])
    + r")\s+(?:(?:den|det)\s+)?(?:[\wåäö]+\s+)?(?="
    + cue_alternation(READER_WORDS["forecast_noun"])
    + r")",
    re.I,
)
# a page's own date, written with dashes ('mote-2018-01-17'; '20200506' is as often a photo's caption)
PAGE_DATE_RE = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-3]\d)\b")
# 'jämfört med 2017', 'jämfört med samma period 2016', 'som året innan, 2012': the year a sentence compares its
# figure with, the year before the one it speaks of; 'i år', 'årets': a sentence that speaks of the text's own year
YEAR_BEFORE_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_WORDS["year_before_phrase"]) + r"),?\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.I
)
# 'förra året' as the year compared with, not the year spoken of: 'minskade med 1 500 jämfört med (samma period)
# förra året', 'från 6,5 procent samma period förra året', 'högre än förra året', 'vid samma tid förra året'
COMPARED_LAST_YEAR_RE = re.compile(
    r"(?:\b(?:"
    + cue_alternation(READER_WORDS["compared_year_word"])
    + r")|\b(?:"
    + alternation(READER_WORDS["same_word"])
    + r")\s+(?:period\w*|tid(?:punkt)?))\s+(?:(?:"
    + alternation(READER_WORDS["same_word"])
    + r")\s+(?:period\w*|tid(?:punkt)?)\s+)?(?:under\s+|i\s+)?$",
    re.I,
)
# (not after 'förra', 'föregående': 'förra årets resultat' is last year's)
CURRENT_YEAR_RE = re.compile(
    "".join(rf"(?<!\b{re.escape(word)}\s)" for word in READER_WORDS["previous_word"])
    + r"\b(?:"
    + cue_alternation(READER_WORDS["current_year_word"])
    + r")\b",
    re.I,
)
SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
SENTENCE_REACH = 300  # how far a time phrase's sentence is read on either side for a plan word
# 'planera*', 'målet är att' (seeds/reader_words.csv plan_year_word): a plan or a goal, whose time is its own
PLAN_WORD_RE = re.compile(r"\b(?:" + cue_alternation(READER_WORDS["plan_year_word"]) + r")", re.I)
# "under 2017", "för 2015", "(Siffror från 2015)", "år 2016": a whole year the text speaks of
YEAR_PHRASE_RE = re.compile(
    r"\b(?:" + alternation(READER_WORDS["year_phrase_word"]) + r")\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.I
)
YEAR_RE = re.compile(r"\b(20\d\d)\b")
# 'i år', 'innevarande år' (not 'i år 2017'): the text's own year as an adverb; a year a sentence names beside it is
# another year ('För 2014 redovisar Stockholm plus 656 miljoner kronor, men i år pekar prognosen på en förlust')
THIS_YEAR_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_WORDS["this_year_adverb"]) + r")\b(?![^\S\n]*,?[^\S\n]*(?:19|20)\d\d)", re.I
)
# a time phrase governed by a comparison ('jämfört med samma period 2019', 'i förhållande till 2016'), by a
# deadline ('senast år 2002') or by another report ('än prognosen per oktober') is the time of something else,
# never evidence of the report's own period, nor is a date after a weekday (the day of a meeting): the words that
# end right before such a phrase
SAME_PERIOD = (
    r"(?:"
    + alternation(READER_WORDS["same_word"])
    + r")\s+(?:"
    + alternation(READER_WORDS["same_time_noun"])
    + r")\w*\s+"
)
# 'jämfört med samma period 2019', 'motsvarande period 2012': the year whose same months a text compares with
SAME_PERIOD_YEAR_RE = re.compile(rf"\b{SAME_PERIOD}(?:år\s+)?((?:19|20)\d\d)\b(?![-–/]\d)", re.I)
# (a forecast's month is another report's only when compared with or named earlier: 'än prognosen per oktober',
# 'föregående prognos per april'; 'Landstingets samlade prognos per april' is the report's own; a lead governs each
# year of a list after it: 'för åren 2007 och 2008', 'jämfört med 2016 och 2017')
OTHER_TIME_LEAD_RE = first_char_gated(
    re.compile(
        r"(?:\b(?:"
        + cue_alternation(READER_WORDS["compared_with_word"] + READER_WORDS["other_time_lead"])
        + rf")\s+(?:{SAME_PERIOD}|(?:den\s+)?(?:"
        + cue_alternation(READER_WORDS["forecast_noun"])
        + rf")\w*\s+)?|\b{SAME_PERIOD}|\b(?:"
        + cue_alternation(READER_WORDS["earlier_reckoning"])
        + r")\s+)(?:år\s+)?(?:(?:19|20)\d\d,?\s+(?:och\s+)?)*$"
        # (a weekday or 'i dag' before a date: the day of a meeting, 'Under tisdagen den 31 januari', 'I dag, den 31
        # oktober 2023, har regionstyrelsen haft sammanträde', never the end of the report's period)
        + r"|\b(?:"
        + cue_alternation(READER_WORDS["event_day_lead"])
        + r"),?\s+$",
        re.I,
    )
)
ORG_UNIT_RES = (  # (?=...): the first letter, so the scan skips other positions fast
    # (a capitalised second word before a lower-case one opens the next heading: 'Division Primärvård Stark ekonomi')
    re.compile(
        r"(?=[Dd])\b[Dd]ivision(?:en)? ((?:[A-ZÅÄÖ][\wåäö]*|nära)"
        r"(?: (?:[a-zåäö]+|[A-ZÅÄÖ][\wåäö]*(?![\wåäö]| [a-zåäö])))?(?: \d)?)"
    ),
    re.compile(
        r"(?=["
        + "".join(sorted({name[0] for name in READER_WORDS["named_unit"]}))
        + r"])\b("
        + alternation(READER_WORDS["named_unit"])
        + r")\b"
    ),
)
COMMON_WORDS = frozenset(READER_WORDS["not_in_unit_name"])  # words a unit name does not end on
HEADING_LINES = 5  # the first lines with text: where a fact page or a hospital's report names its subject
HEADING_WORDS = 8  # a heading is short and no sentence: a caption or a first sentence naming a hospital is not
# a column gap before an amount (not a year): a table's row (`Hallands sjukhus      4 210      6,8`), no heading
TABLE_ROW_RE = re.compile(r"\S[^\S\n]{2,}[-–−+]?(?!(?:19|20)\d\d(?!\d))\d")
# "Om Södersjukhuset", "Capio St Görans Sjukhus", "Centralsjukhuset Karlstad", "Delårsrapport augusti 2015 -
# Sahlgrenska Universitetssjukhuset": capitalised words ending on a hospital word, a town after a one-word name
HOSPITAL_RE = re.compile(
    r"((?:[A-ZÅÄÖ][\w:.]*\s+){0,3}\w*(?i:" + alternation(READER_WORDS["hospital_word"]) + r"))\b"
    r"(?:\s+(?:i\s+)?([A-ZÅÄÖ][a-zåäö]+)\b)?"
)
TITLE_LEAD_WORDS = frozenset(READER_WORDS["title_lead_word"])  # "Om", "Fakta": heading words before a name
# a hospital named anywhere in the text: 'Alingsås lasarett', 'Karolinska Universitetssjukhusets årsberättelse'
# (a genitive names it too), 'Lasarettet i Enköping'; at most one capitalised word before the hospital word
NAMED_HOSPITAL_RE = re.compile(
    r"(?<![\w:.])(?:([A-ZÅÄÖ][\wåäö:]*)[^\S\n]+)?(\w*(?i:" + alternation(READER_WORDS["hospital_word"]) + r"))(s)?\b"
    r"(?:[^\S\n]+i[^\S\n]+([A-ZÅÄÖ][a-zåäö]+)\b)?"
)
# the definite forms of the hospital words ('sjukhuset', 'lasarettet'): standing alone, the text's own hospital
HOSPITAL_WORDS = frozenset(READER_WORDS["hospital_word"])
OWN_HOSPITAL_WORDS = frozenset(w for w in HOSPITAL_WORDS if w.endswith("et") and w[:-2] in HOSPITAL_WORDS)
OWN_HOSPITAL_WORD_RE = re.compile(r"(?:" + alternation(OWN_HOSPITAL_WORDS) + r")\b", re.I)
NOT_A_NAME = frozenset(READER_WORDS["not_a_place"]) | {w.capitalize() for w in TITLE_LEAD_WORDS}
REGION_SELF_RE = first_char_gated(re.compile(r"\b(?:" + alternation(READER_WORDS["region_self_word"]) + r")\b", re.I))
# the definite form a text names the body it reports for by, in running text: before a lower-case word on the line
# ('landstingets ackumulerade resultat', 'Landstinget beräknar', 'nämndens prioriterade områden'), not a page
# title's cut-off 'Landstinget ...'
OWN_BODY_IN_TEXT_RE = re.compile(
    r"\b(?:" + alternation(READER_WORDS["own_body_word"]) + r")\b(?=[^\S\n]+[a-zåäö])", re.I
)
# the definite forms of a kind of unit ('divisionen', 'förvaltningens'): the text's own unit of that kind
KIND_OF_OWN_WORD = {
    word: kind
    for word in READER_WORDS["own_unit_word"]
    for kind in READER_WORDS["unit_kind_word"]
    if word.startswith(kind)
}


def load_regions(path: Path = REGIONS_SEED) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def load_former_names(path: Path = FORMER_NAMES_SEED) -> dict[str, tuple[str, int]]:
    """region code -> (its name as a landsting, the last year it had it) (seeds/region_former_names.csv)."""
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["region_code"]: (row["former_name"], int(row["last_year"])) for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def load_web_domains(path: Path = WEB_DOMAINS_SEED) -> dict[str, str]:
    """web domain -> the code of the region that publishes on it (seeds/region_web_domains.csv)."""
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["domain"].casefold(): row["region_code"] for row in csv.DictReader(fh)}


ADDRESS_HOST_RE = re.compile(r"(?:https?://|(?=www\.))([\w.-]+)", re.I)  # the host of an address line's address


def region_of_address(address_lines: list[str]) -> str:
    """The code of the region whose own web domain (or a host under it: 'politik.regionhalland.se') an address line
    of the text gives ('# source: https://www.skane.se/...', 'regionuppsala.se/...'); '' for any other address (a
    newspaper's, radio's, a document archive's) or none."""
    domains = load_web_domains()
    for line in address_lines:
        m = ADDRESS_HOST_RE.search(line)
        labels = m.group(1).casefold().split(".") if m else []
        code = next((domains[d] for i in range(len(labels) - 1) if (d := ".".join(labels[i:])) in domains), "")
        if code:
            return code
    return ""


@lru_cache(maxsize=1)
def seed_regions() -> list[dict[str, str]]:
    """seeds/regions.csv, read once per process (every report's metadata and region lookups use it)."""
    return load_regions()


@lru_cache(maxsize=1)
def _regions_by_code() -> dict[str, dict[str, str]]:
    return {r["region_code"]: r for r in seed_regions()}


def region_by_code(code: str) -> dict[str, str] | None:
    """The region of seeds/regions.csv with this code, None when there is none ('' for a text naming none)."""
    return _regions_by_code().get(code)


REGION_WEIGHTS = {"name_pattern": 10, "short_pattern": 3, "place_pattern": 1}
REGION_LEAD = 2  # a region that scores less than twice the next leads only narrowly


def _first_letters(patterns: list[str]) -> str | None:
    """The letters every match of these patterns starts with, or None when an alternative does not
    start with a plain letter or digit (a group, class, escape or optional first letter)."""
    letters = set()
    for pattern in patterns:
        for alternative in pattern.split("|"):  # a `|` inside a group only adds letters: still a superset
            if not alternative[:1].isalnum() or alternative[1:2] in ("?", "*", "{"):
                return None
            letters.add(alternative[0])
    return "".join(sorted(letters))


@lru_cache(maxsize=8)
def _region_scanners(regions: tuple[tuple[str, str, str, str], ...]) -> list[tuple[re.Pattern, int]]:
    """One alternation per pattern kind, a named group per region: three scans of the text, not 63.
    A lookahead for the letters the names start with lets the scan skip most positions quickly."""
    scanners = []
    for index, weight in enumerate(REGION_WEIGHTS.values(), start=1):
        groups = "|".join(f"(?P<r{region[0]}>{region[index]})" for region in regions)
        letters = _first_letters([region[index] for region in regions])
        prefilter = f"(?=[{letters}])" if letters else ""
        scanners.append((re.compile(rf"{prefilter}\b(?:{groups})"), weight))
    return scanners


def detect_region(text: str, regions: list[dict[str, str]]) -> tuple[str, str]:
    """(region_code, evidence): names weigh most, short names next, hospitals and towns least. A region that leads
    only narrowly (less than REGION_LEAD times the next) is the text's only when the text names it first: a survey of
    the regions or a national summary ('En av regionerna som går mest back är Örebro län ... Region Stockholm har
    redan varslat ...') has none of its own."""
    key = tuple((r["region_code"], r["name_pattern"], r["short_pattern"], r["place_pattern"]) for r in regions)
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}  # where the text first names each region, an address line aside
    # (an address line holds one of URL_LINE_RE's needed words, loaders/prefilter.py: a text with none, as most
    # reports, is not read line by line for one)
    address = (
        [m.span() for m in re.finditer(r"^.*$", text, re.M) if URL_LINE_RE.match(m.group(0))]
        if may_match(URL_LINE_RE, folded(text))
        else []
    )
    for scanner, weight in _region_scanners(key):
        # (scanned by finditer, not finditer_folded: the scanner's lookahead for the names' capital first letters
        # already skips most positions, and one str.find per leading word over the whole text costs more)
        for m in scanner.finditer(text):
            region_group = m.lastgroup  # r<code>: the only groups are the regions' (_region_scanners)
            assert region_group is not None
            scores[region_group[1:]] += weight
            if not any(start <= m.start() < end for start, end in address):
                first[region_group[1:]] = min(first.get(region_group[1:], m.start()), m.start())
    if not scores or scores.most_common(1)[0][1] < 3:
        # a web copy of a text that names no region (a region's news item: 'Resultatet för januari-augusti uppgår
        # till 552 miljoner kronor'), published on the region's own domain, is the region's
        code = region_of_address([text[start:end] for start, end in address])
        return (code, "the region's own web address") if code else ("", "")
    (code, best), *rest = scores.most_common(2) + [("", 0)]
    if rest and rest[0][1] == best:
        return "", f"tie between regions {code} and {rest[0][0]}"
    if rest and best < REGION_LEAD * rest[0][1] and min(first, key=lambda c: first[c], default=code) != code:
        return "", f"no region stands out: {code} scores {best}, {rest[0][0]} {rest[0][1]}, another is named first"
    return code, f"region score {best}"


def opening_lines(lines: list[str], n: int = 5) -> list[tuple[int, str]]:
    """The first n non-blank lines with their index, a line that is only a source address aside ('Källa:
    https://...', a web copy's first line): where a report names itself."""
    return list(
        itertools.islice(((i, line) for i, line in enumerate(lines) if line.strip() and not URL_LINE_RE.match(line)), n)
    )


def detect_report_type(lines: list[str], period_end: date | None) -> str:
    """The type the title names; else a December period end means annual; else the type named most."""
    for _, line in opening_lines(lines):
        for kind, pattern in REPORT_TYPES.items():
            if re.search(pattern, line, re.I):
                return kind
    if period_end is not None and period_end.month == 12:
        return "arsrapport"
    text = "\n".join(lines)
    low = folded(text)
    # (each kind's words found where they stand, loaders/prefilter.py: re.findall tried the alternation in any case
    # at every character of the report, 2 % of its extraction)
    counts = Counter(
        {
            kind: sum(1 for _ in finditer_folded(rx, text, low))
            for kind, rx in REPORT_TYPE_RES.items()
            if kind != "arsrapport"
        }
    )
    kind, n = counts.most_common(1)[0]
    return kind if n else ""


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def line_matches(
    pattern: re.Pattern, lines: list[str], joined: tuple[str, list[int]] | None = None
) -> Iterator[tuple[int, re.Match]]:
    """(line index, match) of every match in the lines, in one scan of the joined text (one scan per
    line costs more than the scanning); the pattern must not match across a line end. `joined`: the
    lines' joined_lines, when the caller scans them with several patterns."""
    text, line_starts = joined or joined_lines(lines)
    for m in finditer_folded(pattern, text, folded(text)):
        yield bisect.bisect_right(line_starts, m.start()) - 1, m


def joined_lines(lines: list[str]) -> tuple[str, list[int]]:
    """The lines joined by newlines, and the offset where each line starts in that text."""
    return "\n".join(lines), list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))


def detect_period(lines: list[str]) -> tuple[date | None, date | None, str]:
    """Year-to-date period the report covers, with the evidence (line and text), from the strongest
    evidence there is: a numbered or annual report title; months with a year (`januari-augusti 2019`,
    `per april`, `årets första tre månader`); an annual report dated early the next year (a meeting or
    press release of 2025-03 presents the årsredovisning of 2024); a year the text speaks of (`under 2017`)."""
    head = "\n".join(lines[:TITLE_LINES])
    for i, line in opening_lines(lines):
        m = NUMBERED_REPORT_RE.search(line)
        if m:
            year, tertial = int(m.group(2)), int(m.group(1))
            return date(year, 1, 1), month_end(year, 4 * tertial), f"L{i + 1}: {m.group(0)}"
    annual = _annual_title(head)
    if annual and annual.start() < len("\n".join(line for _, line in opening_lines(lines, 12))):
        return _annual(annual, head)
    months: Counter[int] = Counter()
    years: Counter[int] = Counter()
    evidence: dict[int, str] = {}
    joined = joined_lines(lines)
    for pattern, weight in (
        (INTERIM_MONTH_RE, 3),
        (INTERIM_YEAR_MONTH_RE, 3),
        (PER_MONTH_RE, 1),
        (MONTH_END_RE, 1),
        (FIRST_MONTHS_RE, 1),
        (FIRST_PART_RE, 1),
    ):
        for i, m in line_matches(pattern, lines, joined):
            if _time_of_something_else(joined[0], m.start()):
                continue
            month, named_year = _month_and_year(pattern, m)
            if month is None:
                continue
            months[month] += weight
            evidence.setdefault(month, f"L{i + 1}: {m.group(0)}")
            if named_year:
                years[named_year] += 3
    named = bool(years)
    years.update(int(m.group(1)) for m in YEAR_RE.finditer(head) if not _time_of_something_else(head, m.start()))
    years.update(int(m.group(1)) for m in DATED_RE.finditer(head))
    if years and months:
        month = months.most_common(1)[0][0]
        year = _year_of_months(years, month, None if named else PAGE_DATE_RE.search(head))
        return date(year, 1, 1), month_end(year, month), evidence[month]
    compared_years = {int(m.group(1)) for m in SAME_PERIOD_YEAR_RE.finditer(joined[0])}
    if months and len(compared_years) == 1:
        # months with no year of their own, compared with 'samma period 2019': the same months of the year before
        month, year = months.most_common(1)[0][0], compared_years.pop() + 1
        return date(year, 1, 1), month_end(year, month), f"{evidence[month]}, the year after 'samma period {year - 1}'"
    if annual:
        return _annual(annual, head)
    dated = DATED_RE.search(head)
    if dated and int(dated.group(2)) <= 6 and ANNUAL_WORD_RE.search(head):
        year = int(dated.group(1)) - 1
        return date(year, 1, 1), date(year, 12, 31), f"{DATED_ANNUAL_EVIDENCE} {dated.group(0)}"
    text = joined[0]
    set_apart = _years_set_apart_from_this_year(text)
    spoken = Counter(
        int(m.group(1))
        for m in YEAR_PHRASE_RE.finditer(text)
        if not _time_of_something_else(text, m.start()) and int(m.group(1)) not in set_apart
    )
    if spoken:
        ((year, _),) = spoken.most_common(1)
        forecast = FORECAST_YEAR_EVIDENCE if _only_forecast_of(text, year) else ""
        return date(year, 1, 1), date(year, 12, 31), f"year spoken of: {year} ({spoken[year]}x){forecast}"
    if dated and _speaks_of_last_year(text):
        year = int(dated.group(1)) - 1
        return date(year, 1, 1), date(year, 12, 31), f"{LAST_YEAR_EVIDENCE} in a text dated {dated.group(0)}"
    last_year = _last_year_by_comparison(text) if LAST_YEAR_RE.search(text) else None
    if last_year:
        year, compared = last_year
        return date(year, 1, 1), date(year, 12, 31), f"{LAST_YEAR_EVIDENCE}: {year}, the year after '{compared}'"
    if len(set_apart) == 1 and _speaks_of_last_year(text):
        # a text that speaks of 'i fjol' and sets one year apart from 'i år' ('För 2014 redovisar Stockholm plus 656
        # miljoner kronor, men i år pekar prognosen på en förlust', a blog on the landsting of 2015; 'Under 2023
        # minskade skatteunderlaget ... på samma nivå i år', a news item on a region's forecast of 2024): that year
        # is last year's, the text's own the year after it
        year = set_apart.pop() + 1
        return date(year, 1, 1), date(year, 12, 31), f"'i år': {year}, the year after the one set apart from it"
    own = OWN_DATE_RE.search(head)
    if own and (CURRENT_YEAR_RE.search(text) or _forecast_of_its_own_year(text, int(own.group(1) or own.group(2)))):
        # the weakest evidence: a text that speaks of 'i år', 'årets' is of the year of its own date (a news item
        # dated 'date 2023-08' on the regions' deficits 'i år', one dated 'date 2016-09' on what the region 'i år'
        # has spent on hired staff); its month is no end of a period the text does not name. A figure of a text that
        # never speaks of its year stays undated ('Publicerad: 2020-03-10' over a sick-leave rate of no year)
        year = int(own.group(1) or own.group(2))
        return date(year, 1, 1), date(year, 12, 31), f"{OWN_DATE_EVIDENCE}: {' '.join(own.group(0).split())}"
    return None, None, ""


def _annual_title(head: str) -> re.Match | None:
    """The first annual report's word with its year (`Årsredovisning 2022`, `bokslutet för 2017`) that heads no
    column of a table: `Bokslut 2018  Budget 2019  Prognos helår` under `Delårsrapport januari–augusti 2019` (or
    `Bokslut` / `2022` / `Bokslut` / `2023`, a header wrapped over lines) names a column's period, never the
    report's."""
    return next(
        (
            m
            for m in ANNUAL_RE.finditer(head)
            if not _heads_a_column(head, m) and not _time_of_something_else(head, m.start())
        ),
        None,
    )


def _years_set_apart_from_this_year(text: str) -> set[int]:
    """The years the text speaks of ('under 2023', 'för 2014') in a sentence that also says 'i år': the sentence
    sets them apart from the text's own year ('Under 2023 minskade skatteunderlaget med 1,5 procent och minskningen
    beräknas bli på samma nivå i år'), so no mention of them is evidence of it."""
    years: set[int] = set()
    for start, end in _sentence_spans(text):
        if THIS_YEAR_RE.search(text, start, end):
            years.update(int(m.group(1)) for m in YEAR_PHRASE_RE.finditer(text, start, end))
    return years


# 'Kostnaden sjönk från över 76,5 miljoner kronor första halvåret 2019, till 74,3 miljoner motsvarande period 2020'
# (a news item on Region Värmland's hired doctors of 2020), 'minskat från 5,0 procent år 2018 till 3,1 procent år
# 2019': a time phrase after the figure a change starts from (its unit and the phrase's own words between) dates that
# figure, the earlier side of the change, never the text's own period. A day before a month's name is no figure but
# the first date of a range ('från och med 4 mars till och med 31 december 2024', 'från 1 januari till 30 april 2024'):
# the range's end is a time phrase of its own, which this rule must not set aside
FROM_FIGURE_LEAD_RE = re.compile(
    r"\b(?:"
    + alternation(READER_WORDS["change_from_word"])
    + r")\s+(?:[^\W\d]+\s+){0,2}\d[\d\s,]*"
    + rf"(?!{MONTH_NAME}(?![a-zåäö]))"
    + r"(?:[^\W\d]+\s+){0,4}$",
    re.I,
)
CHANGE_TO_RE = re.compile(r"\b(?:" + alternation(READER_WORDS["change_to_word"]) + r")\s+\D{0,20}\d", re.I)


def _from_side_of_change(before: str, after: str) -> bool:
    """Whether a time phrase, with the words of its sentence before and after it, dates the figure a change starts
    from: 'från <figure> [words] <phrase> ... till <figure>' (FROM_FIGURE_LEAD_RE, CHANGE_TO_RE)."""
    return bool(FROM_FIGURE_LEAD_RE.search(before) and CHANGE_TO_RE.search(after))


def _time_of_something_else(text: str, start: int) -> bool:
    """Whether the time phrase starting at `start` is governed by a comparison, a deadline or another report (the
    words right before it: OTHER_TIME_LEAD_RE): 'jämfört med samma period 2019' compares with 2019, 'senast år
    2002' sets a deadline, 'än prognosen per oktober' names the forecast's month; none is the report's period. Nor
    is the time of a plan or a goal, a plan_year_word in its sentence ('För 2019 har man planerat för ett underskott'
    in a news item on Region Uppsala's result of 2018, 'målet är att bli oberoende till 2019' in one on Region
    Jönköpings län's first quarter of 2018); not the broader plan_word ('uppdrag', 'åtgärd*', 'ska'), which also
    opens clauses on what happened ('fick i uppdrag ... eftersom sjukhuset visade ett underskott ... efter årets
    första två månader')."""
    if OTHER_TIME_LEAD_RE.search(text, max(0, start - 60), start):
        return True
    before = text[max(0, start - SENTENCE_REACH) : start]
    opening = max((m.end() for m in SENTENCE_END_RE.finditer(before)), default=0)
    after = text[start : start + SENTENCE_REACH]
    closing = next((m.start() for m in SENTENCE_END_RE.finditer(after)), len(after))
    if _from_side_of_change(before[opening:], after[:closing]):
        return True
    return bool(PLAN_WORD_RE.search(before, opening) or PLAN_WORD_RE.search(after, 0, closing))


def _heads_a_column(text: str, m: re.Match) -> bool:
    """Whether the words beside the match on its line, or the line after it when nothing follows on its line, are
    header words opening another column (loaders.tables.headers.opens_header_columns)."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    after = text[m.end() : end]
    if not after.strip():
        after = next((line for line in text[end : end + 2000].split("\n") if line.strip()), "")
    return any(opens_header_columns(piece) for piece in (text[start : m.start()], after))


def _only_forecast_of(text: str, year: int) -> bool:
    """Whether every sentence that names the year (YEAR_PHRASE_RE) forecasts it ('Västra Götalandsregionens
    underskott för 2009 väntas bli minus 900 miljoner kronor', a news item of 2009): the text is written during that
    year, which is then its present, not a year gone by it reports on."""
    named = [
        (start, end)
        for start, end in _sentence_spans(text)
        if any(int(m.group(1)) == year for m in YEAR_PHRASE_RE.finditer(text, start, end))
    ]
    return bool(named) and all(_forecasts(text, start, end) for start, end in named)


def _forecasts(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] forecasts (FORECAST_CUE_RE): a forecast it only compares an outcome with does not
    ('Resultatet för 2019 blev minus 120 miljoner kronor, 30 miljoner kronor bättre än prognosen' reports on 2019)."""
    end = len(text) if end is None else end
    compared = {m.end() for m in COMPARED_FORECAST_RE.finditer(text, start, end)}
    return any(m.start() not in compared for m in FORECAST_CUE_RE.finditer(text, start, end))


def _forecast_of_its_own_year(text: str, year: int) -> bool:
    """Whether a text dated `year` by its own date forecasts (FORECAST_CUE_RE) and names no other year: a forecast is
    made during the year it forecasts ('Publicerad 2022-04-20 ... delårsrapport 1 som prognosticerar ett årsresultat
    på minus 10 miljoner kronor', Region Gotland, dev corpus), as a text that names its year only forecasts it
    (_only_forecast_of); a text dated early in a year that names the year before reports on that one ('date 2020-01'
    over Skaraborgs sjukhus' outcome for 2019, review 12b)."""
    return (
        _forecasts(text)
        and not ANNUAL_WORD_RE.search(text)  # (a text on a bokslut reports on a year gone by: 'än prognosen')
        and all(int(m.group(1)) == year for m in YEAR_RE.finditer(text))
    )


def _speaks_of_last_year(text: str) -> bool:
    """Whether the text speaks of last year ('Förra året gick regionen med underskott'), not only compares with it
    ('ökade med 5 procent jämfört med förra året', 'samma period förra året': the text's own year is the current)."""
    return any(
        not COMPARED_LAST_YEAR_RE.search(text, max(0, m.start() - 40), m.start()) for m in LAST_YEAR_RE.finditer(text)
    )


def _last_year_by_comparison(text: str) -> tuple[int, str] | None:
    """The year 'förra året' is in a text with no date of its own, from the years its sentences compare with:
    a year compared with is the one before the year the sentence speaks of, the text's own year when the sentence
    says so ('årets tre första månader ... jämfört med samma period 2016': 'förra året' is 2016), the year
    'förra året' when it or the sentence before speaks of that ('I fjol gjordes 1,9 miljoner besök ... jämfört
    med 2017': 2018; 'förra året ... 69 miljoner kronor. Det är samma summa som året innan, 2012': 2013); a
    comparison of neither says nothing of it. None when there is none or they disagree."""
    found: dict[int, str] = {}
    sentences = _sentence_spans(text)
    for k, (start, end) in enumerate(sentences):
        for m in YEAR_BEFORE_RE.finditer(text, start, end):
            if CURRENT_YEAR_RE.search(text, start, m.start()):
                year = int(m.group(1))
            elif LAST_YEAR_RE.search(text, sentences[k - 1][0] if k else start, m.start()):
                year = int(m.group(1)) + 1
            else:
                continue
            found.setdefault(year, " ".join(m.group(0).split()))
    return next(iter(found.items())) if len(found) == 1 else None


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line of the text that holds more than white space."""
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip([0] + ends, ends) if text[a:b].strip()]


def _year_of_months(years: Counter[int], month: int, dated: re.Match | None) -> int:
    """The year of a period of months the text names without a year: the year the text names most, but never
    one whose months end after the document's own date (a meeting of 2018-01-17 presents the figures 'efter 11
    månader' of 2017: a period cannot end after the page that reports it)."""
    if dated:
        made = date(int(dated.group(1)), int(dated.group(2)), int(dated.group(3)))
        latest = made.year if month_end(made.year, month) <= made else made.year - 1
        if years.most_common(1)[0][0] > latest:
            possible = Counter({y: k for y, k in years.items() if y <= latest})
            return possible.most_common(1)[0][0] if possible else latest
    return years.most_common(1)[0][0]


def _month_and_year(pattern: re.Pattern, m: re.Match) -> tuple[int | None, int | None]:
    """The last month a period phrase covers and the year it names (None when it names none); month None
    when a day is not its month's last (`den 20 april` dates a meeting, `per 30 september` closes a period)."""
    if pattern is FIRST_MONTHS_RE:
        return MONTH_COUNTS[m.group(1).lower()], None
    if pattern is INTERIM_YEAR_MONTH_RE:
        return int(m.group(2)), int(m.group(1))
    if pattern is FIRST_PART_RE:
        if m.group(3):  # the turn of the halves: the first half's months, only with its year ('efter halvårsskiftet
            # 2018'); without one it tells when something turned ('Kostnaderna ökade kraftigt efter halvårsskiftet'
            # in a text on the whole year), no period a report covers
            return (PART_MONTHS[m.group(3).lower() + "et"], int(m.group(4))) if m.group(4) else (None, None)
        return PART_MONTHS[m.group(1).lower()], int(m.group(2)) if m.group(2) else None
    if pattern is MONTH_END_RE:
        month = _month_number(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        last = calendar.monthrange(year or 2001, month)[1]  # (a year not given: February ends on the 28th)
        return (month if int(m.group("day")) >= last else None), year
    return _month_number(m.group(1)), int(m.group(2)) if m.group(2) else None


def _annual(m: re.Match, head: str) -> tuple[date, date, str]:
    year = int(m.group(1))
    return (
        date(year, 1, 1),
        date(year, 12, 31),
        f"L{head.count(chr(10), 0, m.start()) + 1}: {' '.join(m.group(0).split())}",
    )


def _month_number(word: str) -> int:
    """`augusti`, `aug`, `Aug.`, `sept` -> 8, 8, 8, 9."""
    word = word.lower().rstrip(".")
    return next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(word[:3]))


LINE_BREAK_RUN_RE = re.compile(r"\s*\n\s*")  # (the definition lines_joined follows; tests compare the two)


def lines_joined(text: str) -> str:
    """The text with each run of white space that holds a line break made one space (what the
    substitution of LINE_BREAK_RUN_RE with a space gives, without trying the pattern at every character)."""
    pieces = text.split("\n")
    if len(pieces) == 1:
        return text
    kept = [pieces[0].rstrip()]
    kept += [s for s in (piece.strip() for piece in pieces[1:-1]) if s]  # (a blank line is part of the run)
    kept.append(pieces[-1].lstrip())
    return " ".join(kept)


def detect_org_unit(text: str) -> str:
    """The unit the report is about: the division or administration it names most often."""
    counts: Counter[str] = Counter()
    lines = text.split("\n")
    text = lines_joined(text)  # names wrap over lines
    low = folded(text)
    for pattern in ORG_UNIT_RES:
        for m in finditer_folded(pattern, text, low):
            name = m.group(1)
            words = name.split()
            while words and words[-1].lower() in COMMON_WORDS:
                words.pop()
            if not words:
                continue
            name = " ".join(words)
            if pattern is ORG_UNIT_RES[0]:
                name = "Division " + name[0].upper() + name[1:]
            counts[name.removesuffix("s")] += 1
    if len(counts) == 1 and sum(counts.values()) == 1:
        # the one unit a text names, once ('Årsrapport Division Primärvård'), that the text then speaks of by its
        # kind's definite form ('Divisionen redovisar ett negativt resultat') more often than of its region: as a
        # hospital's text says 'sjukhuset' (named_hospital)
        own = _own_kind_mentions(next(iter(counts)), lines)
        if own > sum(len(REGION_SELF_RE.findall(line)) for line in lines if not URL_LINE_RE.match(line)):
            counts[next(iter(counts))] += own
    if not counts:
        return ""
    name, n = counts.most_common(1)[0]
    return name if n >= 2 else ""


def _own_kind_mentions(name: str, lines: list[str]) -> int:
    """How often the text's lines (not an address line) speak of a unit of the kind `name` ends on (or opens with:
    'Division Primärvård') by the kind's definite form ('divisionen', 'divisionens'; seeds/reader_words.csv
    own_unit_word)."""
    words = name.casefold().split()
    own = [word for word, kind in KIND_OF_OWN_WORD.items() if kind == words[0] or kind in words[-1]]
    if not own:
        return 0
    own_re = re.compile(r"(?<![\wåäö-])(?:" + alternation(own) + r")(?![\wåäö])", re.I)
    return sum(len(own_re.findall(line)) for line in lines if not URL_LINE_RE.match(line))


def own_body_name(text: str) -> str:
    """The body a text reports for, by the common noun it speaks of it with in running text, for a text that
    names neither its region nor a unit ('Landstingsdirektörens ekonomirapport ... Landstinget beräknar att årets
    resultat kommer att uppgå till plus 182 miljoner kronor', 'Mål och satsningar inom nämndens prioriterade
    områden'): 'Landstinget', 'Nämnden', the body it speaks of most; '' when it speaks of none, or of two as
    often (seeds/reader_words.csv own_body_word)."""
    found: Counter[str] = Counter()
    for line in text.split("\n"):
        if not URL_LINE_RE.match(line):
            found.update(m.group(0).casefold().removesuffix("s") for m in OWN_BODY_IN_TEXT_RE.finditer(line))
    (body, n), (_, other) = (found.most_common(2) + [("", 0), ("", 0)])[:2]
    return body.capitalize() if n > other else ""


def heading_hospital(lines: list[str]) -> str:
    """The hospital a text's first heading lines name: the subject of a hospital's fact page or report."""
    first = [line.strip() for line in lines if line.strip() and not URL_LINE_RE.match(line)][:HEADING_LINES]
    for line in first:
        if len(line.split()) > HEADING_WORDS or ". " in line or line.endswith(".") or TABLE_ROW_RE.search(line):
            continue
        for m in HOSPITAL_RE.finditer(line):
            words = m.group(1).split()
            while words and words[0].lower() in TITLE_LEAD_WORDS:
                words.pop(0)
            if not words or not words[0][0].isupper():
                continue
            town = m.group(2) if len(words) == 1 and m.group(2) and m.group(2).lower() not in TITLE_LEAD_WORDS else None
            return " ".join(words + ([town] if town else []))
    return ""


def named_hospital(text: str, region: dict[str, str] | None = None) -> str:
    """The one hospital a text that speaks of itself as 'sjukhuset' or 'lasarettet' names: a hospital's annual
    report, fact page or news ('sjukhusets ekonomi', 'Lasarettet uppvisar'), more often than of its region
    ('regionen', 'landstinget' or the region's own name), and with the hospital named in its first lines or at
    least twice as often as the region; '' when it names none or several ('Akademiska sjukhuset och Lasarettet i
    Enköping') and its opening sentence names none of them, or it is a region's text speaking of its hospital."""
    names, own = _hospital_mentions(text)
    regions = _region_mentions(text, region)
    if not own or own <= regions:
        return ""
    forms, keys = _one_hospital_forms(names)
    if not forms:
        # several hospitals named: the one the text's opening sentence names is its subject, the others parts of it
        # or compared with it ('Den ekonomiska utvecklingen fortsätter åt fel håll för Sahlgrenska
        # Universitetssjukhuset. ... Vid Mölndals sjukhus ...', 'Sahlgrenska Universitetssjukhusets kostnader
        # fortsätter att öka. ... i Röda rummet på Sahlgrenska sjukhuset', two news items of 2023)
        return _opening_sentence_hospital(text)
    first = [line.strip() for line in text.split("\n") if line.strip() and not URL_LINE_RE.match(line)][:HEADING_LINES]
    headings = " ".join(h for h in first if len(h.split()) <= HEADING_WORDS and ". " not in h).casefold()
    if own < 2 * regions and not any(key in headings for key in keys.values()):
        return ""  # '... Sunderby sjukhus har haft hög beläggning. Sjukhuset ... Region Norrbotten redovisar'
    return forms[0]


def _opening_sentence_hospital(text: str) -> str:
    """The one hospital the first sentence of a text (not an address line) names by its name, without its genitive;
    '' when it names none or several ('Akademiska sjukhuset och Lasarettet i Enköping tog emot fler patienter')."""
    first = next((line for line in text.split("\n") if line.strip() and not URL_LINE_RE.match(line)), "")
    opening = SENTENCE_END_RE.split(first, 1)[0]
    forms, _ = _one_hospital_forms(
        Counter(name for m in NAMED_HOSPITAL_RE.finditer(opening) if (name := hospital_name(m)))
    )
    return forms[0] if forms else ""


def only_hospital_named(text: str, region: dict[str, str] | None = None) -> str:
    """The one hospital a text that names neither its region ('Region Gotland', 'regionen', 'landstinget') nor any
    other hospital names by its name at least twice: the subject of a news item on a hospital ('På Skaraborgs
    sjukhus gjordes det förra året totalt 120 496 övertidstimmar ... Vårdförbundet menar att det tas ut för mycket
    övertid på Skaraborgs sjukhus'); '' when it names none, names it once, names several or names its region."""
    names, _ = _hospital_mentions(text)
    if _region_mentions(text, region):
        return ""
    forms, _ = _one_hospital_forms(names)
    return forms[0] if forms and sum(names.values()) >= 2 else ""


def _hospital_mentions(text: str) -> tuple[Counter[str], int]:
    """(the hospitals a text names by a name, with how often; how often it says 'sjukhuset' or 'lasarettet'
    alone)."""
    names, own = _hospital_mention_counts(text)
    return Counter(dict(names)), own


@lru_cache(maxsize=1)  # named_hospital and only_hospital_named ask about the same text, one after the other
def _hospital_mention_counts(text: str) -> tuple[tuple[tuple[str, int], ...], int]:
    names: Counter[str] = Counter()
    own = 0
    # (every match holds a hospital word, loaders/prefilter.py: a text without one, over half the field texts, is
    # not scanned; the pattern tries a capitalised word and a compound at every position, which costs)
    if not may_match(NAMED_HOSPITAL_RE, folded(text)):
        return (), 0
    for m in NAMED_HOSPITAL_RE.finditer(text):
        name = hospital_name(m)
        if name:
            names[name] += 1
        elif m.group(4) is None and m.group(2).casefold() in OWN_HOSPITAL_WORDS:
            own += 1
    return tuple(names.items()), own


def hospital_name(m: re.Match[str], definite_needs_town: bool = False) -> str:
    """The hospital's name a match of NAMED_HOSPITAL_RE gives ('Skaraborgs sjukhus', 'Lasarettet i Enköping',
    'Södersjukhuset'), without its genitive; '' for a common noun ('sjukhuset', 'På sjukhuset'). With
    `definite_needs_town`, a capitalised word before a definite 'sjukhuset' names nothing without a town after it
    (at a clause's start any word has a capital: 'Hela sjukhuset')."""
    lead, word, town = m.group(1), m.group(2), m.group(4)
    if lead in NOT_A_NAME or (definite_needs_town and word.casefold() in OWN_HOSPITAL_WORDS and not town):
        lead = None
    if not (lead or town or (word[:1].isupper() and word.casefold() not in HOSPITAL_WORDS)):
        return ""
    return " ".join([lead or "", word] + (["i", town] if town else [])).strip()


def _region_mentions(text: str, region: dict[str, str] | None) -> int:
    """How often a text speaks of its region: 'regionen', 'landstinget' or the region's own name."""
    return len(REGION_SELF_RE.findall(text)) + (sum(1 for _ in region_names_re(region).finditer(text)) if region else 0)


def _one_hospital_forms(names: Counter[str]) -> tuple[list[str], dict[str, str]]:
    """The forms of the one hospital `names` holds, most often named first, with the key each compares by
    ('Centralsjukhuset', 'Centralsjukhuset i Karlstad', 'Skaraborgs Sjukhus'); ([], {}) when it holds none or
    several hospitals."""
    forms = sorted(names, key=lambda name: (-names[name], name))
    keys = {name: OWN_HOSPITAL_WORD_RE.sub(lambda m: m.group(0)[:-2], name.casefold()) for name in forms}
    if not forms or any(not (keys[a] in keys[b] or keys[b] in keys[a]) for a in forms for b in forms):
        return [], {}
    return forms, keys


@lru_cache(maxsize=32)
def _region_names_re(short: str, name_pattern: str, former: str) -> re.Pattern[str]:
    short = re.escape(short)
    return re.compile(
        rf"\b(?:(?P<landsting>(?:Landstinget(?:\s+i)?\s+{short}(?:s)?(?:\s+län)?|{short}s\s+läns\s+landsting"
        rf"{'|' + re.escape(former) if former else ''}))|Region\s+{short}(?:s)?(?:\s+län)?|{name_pattern})\b"
    )


def region_names_re(region: dict[str, str]) -> re.Pattern[str]:
    """The forms a text names its region by: 'Region X', 'Landstinget X', 'Landstinget i X län', 'Xs läns
    landsting', the seed's names and former name (X its short name), a genitive too; the group `landsting` holds
    the landsting forms."""
    former = load_former_names().get(region["region_code"])
    return _region_names_re(region["short_name"], region["name_pattern"], former[0] if former else "")


def without_genitive(name: str) -> str:
    """A region's name as written without its genitive: 'Region Östergötlands' -> 'Region Östergötland',
    'Region Kalmar läns' -> 'Region Kalmar län' (no region's name ends on -s; 'Norrbottens läns landsting' stays)."""
    words = name.split()
    if words and (words[-1] == "läns" or (words[-1][:1].isupper() and words[-1].endswith("s"))):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def is_region_name(name: str, region: dict[str, str]) -> bool:
    """Whether `name` is one of the names of `region` ('Landstinget Sörmland', 'Region Sörmland')."""
    return bool(region_names_re(region).fullmatch(name)) and without_genitive(name) == name


def own_unit_of_unnamed_region(text: str, region: dict[str, str] | None, year: int | None = None) -> str:
    """The unit of a text that writes no name of its region: the body it speaks of as 'nämnden' (own_body_name) when
    that is not the region itself, else the region known from its hospitals, towns or web address, by the seed's
    name (region_own_name), else the body it speaks of ('Landstinget', 'Regionen'); '' when none is known."""
    body = own_body_name(text)
    if region is None or (body and not REGION_SELF_RE.fullmatch(body)):
        return body
    return region_own_name(region, year)


def region_own_name(region: dict[str, str], year: int | None = None) -> str:
    """The name of a region known from a text that writes none of its names (known by its hospitals and towns, or
    by its own web address): the seed's, or its landsting name for a year it still had it (as
    region_name_as_written names a landsting's region)."""
    former = load_former_names().get(region["region_code"])
    return former[0] if former and year is not None and year <= former[1] else region["region_name"]


def region_name_as_written(text: str, region: dict[str, str] | None, year: int | None = None) -> str:
    """The name the text gives its own region, in the forms 'Region X', 'Landstinget X', 'Landstinget i X län',
    'Xs läns landsting' or the seed's own names (X its short name), the one it uses most; empty when none.
    A report about a year when the region was still a landsting (seeds/region_former_names.csv) names it so:
    by the landsting name the text writes, else by that former name ('Region Sörmland, dåvarande Landstinget
    Sörmland, visar ett överskott för 2018'; a web copy of 2014 under today's 'Region Uppsala'), but only when
    the text names its region in some form. A name it writes in full goes before an abbreviation of it."""
    if not region:
        return ""
    former = load_former_names().get(region["region_code"])
    counts: Counter[str] = Counter()
    landsting: Counter[str] = Counter()
    for m in region_names_re(region).finditer(text):
        name = without_genitive(m.group(0))  # a genitive ("Region Östergötlands resultat") names it too
        counts[name] += 1
        if m.group("landsting"):
            landsting[name] += 1
    if counts and former and year is not None and year <= former[1]:
        return landsting.most_common(1)[0][0] if landsting else former[0]
    # an abbreviation ('VGR') stands for the name the text also writes in full ('Västra Götalandsregionen (VGR)'),
    # however often it is used after that
    written_out = Counter({name: k for name, k in counts.items() if not name.isupper()})
    return (written_out or counts).most_common(1)[0][0] if counts else ""


def read_document(
    report_file: str,
    data: bytes,
    text: str,
    encoding: str,
    regions: list[dict[str, str]],
    reflowed: tuple[list[str], list[int]] | None = None,
) -> Document:
    """The title, period and report type are read from the lines as loaders/reflow.py gives them (`reflowed`, the
    readers' lines and their source lines, when the caller has them): a page flattened onto one line names itself
    in its first statements, as a line-broken report does in its first lines, not anywhere on the page."""
    lines = text.split("\n")
    shown, origin = reflowed or reflow(lines)
    title = next((line.strip() for _, line in opening_lines(shown, 1)), "")
    region_code, _ = detect_region(text, regions)
    start, end, evidence = detect_period(shown)
    evidence = EVIDENCE_LINE_RE.sub(lambda m: f"L{origin[int(m.group(1)) - 1]}:", evidence)
    report_type = detect_report_type(shown, end)
    region = next((r for r in regions if r["region_code"] == region_code), None)
    return Document(
        report_file=report_file,
        sha256=hashlib.sha256(data).hexdigest(),
        n_lines=len(lines),
        n_bytes=len(data),
        encoding=encoding,
        title=title[:200],
        report_type=report_type,
        region_code=region_code,
        # the division or administration it names, else the hospital its headings name or it speaks of itself as,
        # else its region (the seed's name when the text writes none: a text that names no region is the body it
        # speaks of as 'landstinget', 'nämnden')
        org_unit=detect_org_unit(text)
        or heading_hospital(shown)
        or named_hospital(text, region)
        or only_hospital_named(text, region)
        or region_name_as_written(text, region, end.year if end else None)
        or own_unit_of_unnamed_region(text, region, end.year if end else None),
        period_start=start,
        period_end=end,
        period_evidence=evidence,
    )
