"""The patterns the table reader decides by: number shapes, header words, label words.

All of them are here, at the top of one module, named for what they recognise. The words are Swedish
report vocabulary read from seeds/reader_words.csv (one list per concept) and seeds/month_names.csv;
seeds/column_headers.csv gives a header its measure in dbt, after reading; these words decide where a
header's columns start while reading."""

from __future__ import annotations

import re

from loaders.lexicon import (
    alternation,
    cue_alternation,
    load_lexicon,
    load_month_names,
    load_reader_lists,
    load_report_type_words,
    load_unit_words,
)

WORDS = load_reader_lists()
MONTH_NAMES = tuple(load_month_names())
UNIT_WORDS = load_unit_words()
# a column header that names a metric (seeds/metric_aliases.csv: `Årsarbetare`, `Antal anställda`, `Sjukfrånvaro %`):
# the aliases of five letters or more, whole words, the longest first
METRIC_NAME_RE = re.compile(
    r"(?<!\w)(?:" + alternation(sorted((a for a in load_lexicon() if len(a) >= 5), key=len, reverse=True)) + r")(?!\w)",
    re.I,
)

# ---------------------------------------------------------------- number shapes

MINUS = "-\u2013\u2212\u2012\u2014"
NUM_TOKEN_RE = re.compile(r"^(?P<sign>[" + MINUS + r"+]?)(?P<int>\d+)(?:,(?P<dec>\d+))?(?P<pct>\s?%)?$")
DASH_RE = re.compile(r"^[" + MINUS + r"]$")
LETTER = "A-Za-zÅÄÖåäöÉéÜü"
# a label glued after the numbers: `306 598Läkarbesök`, `246 324- Varav somatisk vård`
LABEL_AFTER_RE = re.compile(
    r"^(?P<nums>\s*[" + MINUS + r"\d][\d\s,%" + MINUS + r"]*?\d%?)"
    r"(?P<label>[" + MINUS + r"]?\s?[" + LETTER + r"(].*)$"
)
LETTER_RE = re.compile(r"[" + LETTER + r"]")
TOKEN_RE = re.compile(r"\S+")
# a negative amount in parentheses, as income statements print it (`(4 795)`, `(211)`): the opening token (`(4`), a
# closing thousands group (`795)`), or the whole number (`(211)`, `(6)`; right after a label, `Läkarbesök (1)`, one
# digit is a footnote mark: FOOTNOTE_MARK_RE)
PAREN_OPEN_RE = re.compile(r"^\((?P<int>\d{1,3})$")
PAREN_CLOSE_RE = re.compile(r"^(?P<int>\d{3})(?:,(?P<dec>\d+))?\)$")
PAREN_WHOLE_RE = re.compile(r"^\((?P<int>\d+)(?:,(?P<dec>\d+))?\)$")
PAREN_CELL_RE = re.compile(r"^\((?P<int>\d{1,3}(?: \d{3})+|\d+)(?:,(?P<dec>\d+))?\)$")
FOOTNOTE_MARK_RE = re.compile(r"^\(\d\)$")
PAGE_OF_RE = re.compile(r"\bsida\s+\d+\s*\(\d+\)$", re.I)  # `... Sida 1 (2)`: page 1 of 2, no amounts
# a minus glued to the decimals of the previous value: `-100,00-25 833`
GLUED_MINUS_RE = re.compile(r"(?<=,\d)(?=[" + MINUS + r"]\d)|(?<=,\d\d)(?=[" + MINUS + r"]\d)")
SPACE_AFTER_MINUS_RE = re.compile(r"(?<=[" + MINUS + r"])\s+")
SPACE_BEFORE_PCT_RE = re.compile(r"\s+(?=%)")
CELL_RE = re.compile(r"^(?P<sign>[" + MINUS + r"+]?)(?P<int>\d{1,3}(?: \d{3})*|\d+)(?:,(?P<dec>\d+))?(?P<pct>%?)$")
BARE_YEAR_RE = re.compile(r"^(19|20)\d\d$")
YEAR_IN_TEXT_RE = re.compile(r"\b(19|20)\d\d\b")
MONTH_NUMBER_RE = re.compile(r"^(0[1-9]|1[0-2])$")
DIGITS_RE = re.compile(r"^\d+$")
DIGIT_RE = re.compile(r"\d")
STARTS_NUMBER_RE = re.compile(r"^[-–]?\d")
YEAR_RE = re.compile(r"^(19|20)\d\d[-–]?(0[1-9]|1[0-2])?[-–]?$|^(19|20)\d\d[-–](19|20)\d\d(0[1-9]|1[0-2])?$")
YEAR_DASH_RE = re.compile(r"^\d{4}[-–]$")  # `2024-` of a period wrapped over two tokens
YEAR_LINE_RE = re.compile(r"^(?:(?:19|20)\d\d\s+)+(?:19|20)\d\d$")  # `2007 2006`

# ---------------------------------------------------------------- units

# (seeds/unit_factors.csv: the words a caption names a table's unit by, and those a row label names its own by)
UNIT_RE = re.compile(r"\b(" + alternation(u.word for u in UNIT_WORDS if u.table_caption_unit) + r")\b", re.I)
ROW_UNIT_RE = re.compile(r"\((" + alternation(u.word for u in UNIT_WORDS if u.row_label_unit) + r")\)", re.I)
# a unit printed after a row label (`Nettokostnad, mnkr`, `Sjukfrånvaro %`, `Inhyrd personal tkr`) or in a unit column
# (`Arbetad tid  timmar`): money and percent units after a space or comma, any unit of hours only after a column gap
# (`Övertid timmar`, `arbetade timmar` are labels of their own); `Sjukfrånvaro i %`: the unit the row is stated in
_MONEY_OR_PCT = [u.word for u in UNIT_WORDS if u.row_label_unit or u.canonical_unit == "pct" and " " not in u.word]
_HOURS = [u.word for u in UNIT_WORDS if u.canonical_unit == "hours" and len(u.word) > 1]
ROW_LABEL_UNIT_END_RE = re.compile(
    r"(?:\s*,\s*|\s+)(?:i\s+)?(" + alternation(_MONEY_OR_PCT) + r")\s*$"
    r"|(?:\s*,\s*|\s{2,})(" + alternation(_HOURS) + r")\s*$",
    re.I,
)

# ---------------------------------------------------------------- header words
# The words are seed data (seeds/reader_words.csv, seeds/month_names.csv); the regexes are built from them here.

MONTHS = alternation(MONTH_NAMES)
MONTH_RE = re.compile(r"^(" + MONTHS + r")$")
# a range of months as one word (`Jan–apr`, `januari-augusti`): opens a column as a month does
MONTH_RANGE_RE = re.compile(r"^(" + MONTHS + r")[-–](" + MONTHS + r")$")
YEAR_ALT = r"(19|20)\d\d"  # a year among header words
# words that open a new column in a joined header (see split_header)
COLUMN_START_RE = re.compile(
    r"^("
    + alternation(WORDS["header_column_start"])
    + r"|(?:"
    + alternation(WORDS["header_column_start_stem"])
    + r")\w*|"
    + MONTHS
    + r")$",
    re.I,
)
MEASURE_WORD_RE = re.compile(r"^(" + alternation(WORDS["header_measure_word"]) + r")$", re.I)
QUAL_WORD_RE = re.compile(
    r"^(" + alternation(WORDS["header_qualifier"]) + r"|" + YEAR_ALT + r"|" + MONTHS + r")$",
    re.I,
)
# a column of these words only (`Helår`, `Apr`) qualifies the column before it
QUALIFIER_ONLY_RE = re.compile(r"^(" + alternation(WORDS["header_qualifier_only"]) + r"|" + MONTHS + r")$")
HEADER_HINT_RE = re.compile(
    r"\b(" + alternation(WORDS["header_hint"]) + r"|(19|20)\d\d(0[1-9]|1[0-2])?|" + MONTHS + r")\b|%",
    re.I,
)
SHORT_YEAR_RE = re.compile(r"^[-–]?\d\d$")  # `-21` in `Tom april -21`: a year, after a header word or month
HEADER_WORD_RE = re.compile(
    r"^(" + alternation(WORDS["header_word"]) + r"|(19|20)\d\d[-–]?(0[1-9]|1[0-2])?[-–]?|" + MONTHS + r")$",
    re.I,
)
# text columns hold no numbers
TEXT_COLUMN_RE = re.compile(r"\b(" + alternation(WORDS["text_column"]) + r")\b")
HYPHENATED_HEADER_RE = re.compile(r"(\w)-\s+(?=[a-zåäö])")  # `Budget- avvikelse`
WRAPPED_PERIOD_RE = re.compile(r"\b((?:19|20)\d\d)-\s+(?=(?:0[1-9]|1[0-2])\b)")  # `2024- 04`
GLUED_WORDS_RE = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ][a-zåäö])")  # `%Föregeående ÅrInnevarande`
GLUED_PERCENT_RE = re.compile(r"%(?=\w)")
_PAIR_SIDE = alternation(WORDS["deviation_pair_side"])
DEVIATION_PAIR_RE = re.compile(r"^(" + _PAIR_SIDE + r")-(" + _PAIR_SIDE + r")$", re.I)
# `Föregående år`, `Innevarande år`
YEAR_SIDE_RE = re.compile(r"^(" + alternation(WORDS["year_side"]) + r")$", re.I)
YEAR_SIDE_OPENS_AFTER_RE = re.compile(r"\b(" + alternation(WORDS["year_side_opens_after"]) + r")\b|%")
MEASURE_OPENERS = WORDS["measure_opener"]  # open a column after a measure
JOINING_WORDS = WORDS["joining_word"]  # `Utfall mot budget`: the column goes on
MEASURE_CONTINUES_AFTER = WORDS["measure_continues_after"]
OUTCOME_WORDS = WORDS["outcome_word"]
FORECAST_WORDS = WORDS["forecast_word"]  # `Prognos utfall 2024` is one column
CLOSING_WORDS = WORDS["closing_word"]  # `Bokslut utf` is one column
DEV_HEADER_RE = re.compile(r"\b(" + alternation(WORDS["deviation_header"]) + r")|%", re.I)
PREV_HEADER_RE = re.compile(r"\b(" + alternation(WORDS["previous_year_header"]) + r")\b", re.I)
CUR_HEADER_RE = re.compile(r"\b(" + alternation(WORDS["current_year_header"]) + r")\b", re.I)
COMMENT_HEADER_RE = re.compile(r"\b(" + alternation(WORDS["comment_header"]) + r")\b", re.I)
CONTINUED_RE = re.compile(alternation(WORDS["continued_marker"]), re.I)

# ---------------------------------------------------------------- label words

TOTAL_LABEL_RE = re.compile(r"^\s*(" + alternation(WORDS["total_label"]) + r")\b", re.I)
# words standing in a value cell of an indicator table (`203,5 Färre 162,5`): no number, a placeholder
TEXT_CELL_RE = re.compile(r"^(" + alternation(WORDS["text_cell_word"]) + r")$", re.I)
# a word (or two) printed after a number and before the next number or the line's end: the count noun of
# the cell when it follows two or more numbers of the row (`453 behandl. 384 behandl.`, `516 st 455 st`)
CELL_NOUN_RE = re.compile(
    r"(?<=\d)[ \t]+(?P<word>[" + LETTER + r"]+\.?(?:[ \t][a-zåäö]+\.?)?)(?=[ \t]+[" + MINUS + r"+]?\d|[ \t]*$)"
)
# unit words that carry a scale or a unit of their own (mnkr, %, timmar): never blanked as a count noun
SCALED_UNIT_WORDS = frozenset(u.word.casefold() for u in UNIT_WORDS if u.canonical_unit != "count")
# a line below a row that goes on with its values: it starts with a number (`362`, `-106`, `-89 3 776 Tackat ja`)
# or is a lower-case count noun wrapped from the value above it (`munhälsobed.`, `tandreglering`)
VALUES_BELOW_RE = re.compile(r"^(?:[" + MINUS + r"]?\d|[a-zåäöéü][a-zåäöéü. ]*$)")
CAPITAL_START_RE = re.compile(r"^[A-ZÅÄÖÉ]")
SENTENCE_END_RE = re.compile(r"[.!?]$")
# a label that ends like a sentence going on: numbers after it are prose
SENTENCE_GOES_ON_RE = re.compile(r"\b(" + alternation(WORDS["sentence_goes_on"]) + r")$", re.I)
# `Köpt riks- och region-`: the hyphen stays
CONJUNCTION_START_RE = re.compile(r"^(" + alternation(WORDS["conjunction_start"]) + r")\b")
# a word naming a report (seeds/report_type_words.csv: `Delårsrapport`, `Delårsbokslut`, `Verksamhetsberättelse`),
# compounds and inflections included; `Tertial 1` (the word, then its number) names a column, not the report
REPORT_WORD_RE = re.compile(
    r"\b(?:" + alternation(w for ws in load_report_type_words().values() for w in ws) + r")\w*(?!\s+\d\b)", re.I
)
PAGE_CHROME_RE = re.compile(r"^(sida \d+|\d+ \(\d+\)|sida \d+ \(\d+\))$", re.I)
VARAV_RE = re.compile(r"^\s*[-–]?\s*(?:" + alternation(WORDS["part_marker"]) + r")\b", re.I)
DASH_LABEL_RE = re.compile(r"^\s*[-–]")
CHILD_LABEL_RE = re.compile(r"^\s*[-–]\s*\S")  # `-män`, `- varav ...` under a parent row
LABEL_TOKEN_RE = re.compile(r"[^0-9a-zåäöéü]+")
SORT_KEY_DROP_RE = re.compile(r"[^0-9a-zåäöéü ]+")
SORT_KEY_TABLE = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})  # å ä ö after z
# the end of a goal table's header, its pieces joined (`... Mått för måluppfyllelse Måluppfyllelse Utveckling`,
# `Kortsiktiga nyckeltal Utfall Mål Kommentar`): the target and the outcome column in either order (group 1),
# then the closing columns of arrows or comments
_GOAL_TARGET = "(?:" + cue_alternation(WORDS["goal_target_column"]) + ")"
_GOAL_OUTCOME = "(?:" + cue_alternation(WORDS["goal_outcome_column"]) + ")"
GOAL_HEADER_END_RE = re.compile(
    r"(?:^|\s)("
    + _GOAL_TARGET
    + r"\s+"
    + _GOAL_OUTCOME
    + "|"
    + _GOAL_OUTCOME
    + r"\s+"
    + _GOAL_TARGET
    + r")(?:\s+(?:"
    + cue_alternation(WORDS["goal_closing_column"])
    + r"))*\s*$",
    re.I,
)
# the same columns anywhere in a joined header (the header read with a row's label after it), and the words a
# goal table's header can end in (a cheap test before the pieces above a line are joined)
GOAL_COLUMNS_RE = re.compile(GOAL_HEADER_END_RE.pattern[: -len(r"\s*$")], re.I)
GOAL_HEADER_LAST_WORDS = frozenset(
    w.split()[-1].casefold() for w in WORDS["goal_outcome_column"] + WORDS["goal_closing_column"]
)
GOAL_TARGET_RE = re.compile(_GOAL_TARGET, re.I)
GOAL_OUTCOME_RE = re.compile(_GOAL_OUTCOME, re.I)
