"""Prose: facts stated in running text.

"Divisionen uppvisar en negativ budgetavvikelse på 129 mnkr per augusti 2023" becomes one
ProseFact (resultat, budget_deviation, -129, mnkr, jan-aug 2023, the report's own unit).

The steps are small pure functions:
  lines -> sentences (loaders/sentences.py, with each character's source line)
  sentence -> numbers (skipping years, dates, ages, page and label numbers)
  number -> unit, metric (nearest lexicon phrase that fits the unit), measure (cue words),
            sign (explicit minus or a sign word), period, org unit, approximation
A number that stands in a sentence with a metric (or carries a unit) but cannot be placed
becomes an ExtractionIssue(kind='unplaced_number') with the reason.
"""

from __future__ import annotations

import calendar
import csv
import functools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import overload

from loaders.document import (
    DATED_ANNUAL_EVIDENCE,
    EVIDENCE_LINE_RE,
    FIRST_MONTHS_RE,
    FORECAST_YEAR_EVIDENCE,
    HOSPITAL_RE,
    MONTH_COUNTS,
    NAMED_HOSPITAL_RE,
    OWN_DATE_EVIDENCE,
    OWN_HOSPITAL_WORDS,
    REGION_SELF_RE,
    SAME_PERIOD_YEAR_RE,
    hospital_name,
    is_region_name,
    region_by_code,
    seed_regions,
    without_genitive,
)
from loaders.factlists import (
    is_breakdown,
    list_facts,
    listed_count_fact,
    parts_before_nouns,
    parts_in_parentheses,
    with_line_label_parts,
)
from loaders.lexicon import (
    METRICS,
    NON_FACT_CUES,
    NUMBER_WORDS,
    ORG_ALIASES,
    PROSE_PHRASES,
    WORD_FORMS,
    ProseLexicon,
    alternation,
    base_form,
    compose_number_word,
    cue_alternation,
    load_lexicon,
    load_metric_units,
    load_month_names,
    load_number_words,
    load_org_kind_titles,
    load_prose_lexicon,
    load_reader_lists,
    load_reader_words,
    load_unit_words,
    load_word_forms,
    load_year_parts,
    with_base_forms,
)
from loaders.numbers import NUMBER_RE, match_value, parse_number
from loaders.prefilter import first_char_gated, folded, may_match, needed_words, per_pattern, search_folded
from loaders.records import Document, ExtractionIssue, ProseFact
from loaders.sentences import DIGIT_RE, TABLE_MARK, Sentence, lines_to_sentences
from loaders.tables.arithmetic import half_unit
from loaders.undated import (
    LAST_YEAR_EVIDENCE,
    REPORT_PERIOD,
    is_whole_year,
    own_title_line,
    undated_before_the_year,
    undated_of_the_day_of_writing,
)

# the closed word lists the reader decides by (seeds/reader_words.csv, documented in seeds/_reader_words.yml)
READER_WORDS = load_reader_words()
READER_LISTS = load_reader_lists()  # the same lists in the seed's order, for the regexes built from them
OWN_UNIT_WORDS = READER_WORDS["own_unit_word"]
NOT_PLACES = READER_WORDS["not_a_place"]
WEAK_METRIC_ALIASES = READER_WORDS["weak_metric_alias"]
FUNCTION_WORDS = READER_WORDS["function_word"]
NOT_NARROWING_AFTER_FOR = READER_WORDS["not_narrowing_after_for"]
OTHER_YEAR_PREFIXES = READER_WORDS["other_year_prefix"]
GENERIC_HEADINGS = READER_WORDS["generic_heading"]
# a colon name that names no unit: a generic heading, a note or total, a dateline's label ('Date: 19 januari, 2020')
NOT_A_COLON_UNIT = GENERIC_HEADINGS | READER_WORDS["not_a_colon_unit"] | READER_WORDS["own_date_word"]


def _default_result_metric() -> str:
    """The metric a bare surplus or deficit names: the one seeds/metric_aliases.csv gives the surplus and deficit
    words ('överskott', 'underskott' -> resultat). The reader falls back on it where an amount is a result by its
    words alone, with no metric word ('ett minus på 16,4 miljoner', 'gick 146 miljoner back')."""
    aliases = load_lexicon()
    named = {aliases.get(w.casefold(), "") for w in READER_LISTS["surplus_deficit_word"]}
    if len(named) != 1 or "" in named:
        raise ValueError(f"the surplus and deficit words must name one metric in the alias seed, not {named}")
    return named.pop()


DEFAULT_RESULT_METRIC = _default_result_metric()


def words_of(*lists: str) -> str:
    """The words of these seed lists (seeds/reader_words.csv) as one regex alternation, in order."""
    return alternation(word for name in lists for word in READER_LISTS[name])


# a comparative that 'än' follows ('sämre', 'högre', 'mer', 'större'), and 'än' itself (seeds/reader_words.csv)
THAN_COMPARATIVE = words_of("more_less_word", "higher_lower_word", "better_worse_word", "larger_word")
THAN = cue_alternation(READER_LISTS["than_word"])

# the edges of a word where \b will not do (a cue that may start or end on a non-letter)
NO_LETTER_BEFORE, NO_LETTER_AFTER = r"(?<![\wåäö])", r"(?![\wåäö])"


def cue_regex(*lists: str, literal: bool = False, before: str = r"\b", after: str = r"\b") -> re.Pattern[str]:
    """The words of these seed lists (seeds/reader_words.csv) as one case-blind regex between two word edges:
    as cue words (cue_alternation: a space is any white space, a `*` any further letters) or, `literal`, as
    written."""
    words = [word for name in lists for word in READER_LISTS[name]]
    return re.compile(before + "(?:" + (alternation(words) if literal else cue_alternation(words)) + ")" + after, re.I)


MONTHS = load_month_names()  # name or abbreviation -> month number (seeds/month_names.csv)
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# unit written after a number -> its family (seeds/unit_factors.csv `reader_family`; the canonical multiplier is
# applied in dbt); an age ('45 år', '18-åringar') is a family of its own. Longest first: 'miljoner kronor' before
# 'miljoner'.
UNIT_WORDS = load_unit_words()
UNIT_FAMILY = {u.word: u.reader_family for u in UNIT_WORDS if u.reader_family not in ("", "count")}
UNIT_FAMILY |= {word: "age" for word in READER_LISTS["age_word"]}
# a noun after a number that counts it
COUNT_NOUNS = frozenset(u.word for u in UNIT_WORDS if u.reader_family == "count")
UNIT_ALT = alternation(
    sorted([*(u.word for u in UNIT_WORDS if u.reader_family), *READER_LISTS["age_word"]], key=len, reverse=True)
)
UNIT_RE = re.compile(r"\s*(?P<unit>" + UNIT_ALT + r")(?![\wåäö])", re.I)
# 'miljoner', 'miljarder' before a count noun: the count they multiply by, their money factor (seeds/unit_factors.csv,
# in tkr) in kronor
MILLIONS = {u.word: u.factor * 1000 for u in UNIT_WORDS if u.word in READER_LISTS["million_word"]}
# a count noun right after 'miljoner' ('1,4 miljoner patientbesök', '2,1 miljoner PCR-prov'): a compound's head
MILLIONS_OF_COUNT_RE = re.compile(r"\s+[\wåäöÅÄÖ-]*(?:" + alternation(READER_LISTS["count_noun_head"]) + r")\b", re.I)
UNIT_FAMILY_OF = {
    "tkr": "tkr",
    "pct": "pct",
    "fte": "fte",
    "hours": "hours",
    "days": "days",
    "count": "count",
}  # canonical -> family

# words before a number that make it a label, a reference or a date part, never a value
LABEL_BEFORE_RE = re.compile(
    r"(?:\b(?:" + alternation(READER_LISTS["label_word_before"]) + r")\s*$)|(?:\b(?:T|Q|R|K|P)\s?$)", re.I
)
PREV_YEAR_LABEL_BEFORE_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_LISTS["previous_year_phrase"]) + r")\s*:?\s*$", re.I
)
APPROX_RE = first_char_gated(
    re.compile(r"(?:\b(?:" + cue_alternation(READER_LISTS["approximation_word"]) + r")\s+)$", re.I)
)
# 'på över' or 'med mer än' right before an amount of money ('ett underskott på över 6 miljarder', 'går med över 100
# miljoner kronor i underskott'): a round figure a little under the true amount, an approximation of it as the
# annotations of the fresh texts of six stops read it (review12b, 15pd, 16wr, 18im, 19pr, 20bl), not a limit the way it
# bounds a share or a waiting time; without the preposition ('investeringar över 10 mnkr') it stays a limit
AMOUNT_LOWER_BOUND_RE = re.compile(r"\b(?:" + cue_alternation(READER_LISTS["amount_lower_bound_word"]) + r")\s*$", re.I)
# (the words of the patterns below are the closed lists of seeds/reader_words.csv; what stays written in a pattern
# is its grammar: endings, spacing, order, and the articles and prepositions of a fixed phrase)
PERCENT_WORD = alternation(READER_LISTS["percent_word"])
GENDER_RE = re.compile(
    r"^\s*(?:" + PERCENT_WORD + r")?\s*(?:(?:" + alternation(READER_LISTS["share_of_preposition"]) + r")\s+)?"
    r"(?:de\s+)?(?:"
    + alternation(READER_LISTS["gender_word"])
    + r")\b|\b(?:"
    + alternation(READER_LISTS["women_men_word"])
    + r")\s*$",
    re.I,
)
SIGN_WORD = alternation(READER_LISTS["sign_word"])
# 'ett resultat på minus på 208 mnkr'; an approximation between the sign word and its number keeps the sign
# ('låg på minus närmare 94 miljoner kronor', 'ett minus på nästan 80 miljoner kronor')
SIGN_WORD_BEFORE_RE = re.compile(
    r"\b(" + SIGN_WORD + r")(?:\s+på)?(?:\s+(?:" + cue_alternation(READER_LISTS["approximation_word"]) + r"))?\s*$",
    re.I,
)
SIGN_NOUN_BEFORE_RE = re.compile(
    r"\bett\s+(?:" + SIGN_WORD + r")\s+på(?:\s+(?:" + cue_alternation(READER_LISTS["approximation_word"]) + r"))?\s*$",
    re.I,
)  # 'ett minus på (nästan) 80 miljoner kronor': the sign word as a noun, a deficit or surplus
SIGN_WORD_NEAR_RE = re.compile(r"\b(?:" + SIGN_WORD + r")(?:\s+på)?\s*$", re.I)  # 'ett plus på 118 årsarbetare'

# the year's end: a forecast in an interim report, the outcome itself in a report of the whole year
YEAR_END = cue_alternation(READER_LISTS["year_end_word"])
YEAR_END_RE = re.compile(YEAR_END, re.I)
YEAR_END_AFTER_RE = re.compile(r"\s*(?:" + YEAR_END + r")", re.I)
# a verb of landing on a figure ('landar på', 'lär hamna på', 'landar vi på') right before an amount, a sign word or
# an approximation between: where the year ends, as YEAR_END says it; with the sign word, the sign of a whole result
# ('hamna på minus')
LANDING_VERB_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_LISTS["landing_verb"])
    + r")(?:\s+[a-zåäö]+){0,2}?\s+på(?P<sign>\s+(?:"
    + SIGN_WORD
    + r"))?(?:\s+(?:"
    + cue_alternation(READER_LISTS["approximation_word"])
    + r"))?\s*$",
    re.I,
)
# measure cues (searched in the clause before the number unless noted)
# a forecast verb of more than one word with the subject or an adverbial put between its first word and the rest,
# as Swedish word order puts them after a finite verb that opens the clause: 'beräknas i år bli', 'beräknas
# underskottet bli', 'räknar man med ett'
FORECAST_VERB_SPLIT = "|".join(
    r"(?<![\wåäö])" + re.escape(first) + r"\s+(?:[a-zåäö]+\s+){1,2}?(?:" + cue_alternation([rest]) + r")(?![\wåäö])"
    for first, rest in (p.split(" ", 1) for p in READER_LISTS["forecast_verb"] if " " in p.strip())
)
FORECAST_RE = re.compile(
    cue_alternation(READER_LISTS["forecast_noun"]) + "|" + YEAR_END + r"|förvänta(?:de?|t)\s+resultat|"
    # ('kommer att landa på', and with the subject after the finite verb: 'i år kommer notan att bli')
    r"kommer\s+(?:(?:[a-zåäö]+\s+){0,2}?att\s+)?(?:" + alternation(READER_LISTS["will_outcome_verb"]) + r")|"
    r"beräknas\s+(?:" + alternation(READER_LISTS["estimated_outcome_verb"]) + r")|\bgår\s+mot\s+(?:ett|en)\b|"
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_LISTS["forecast_verb"])
    + r")(?![\wåäö])|"  # 'väntas bli'
    + FORECAST_VERB_SPLIT
    # ('det beräknade underskottet': the estimated figure)
    + r"|\b(?:den|det|de)\s+(?:"
    + alternation(READER_LISTS["forecast_participle"])
    + r")\b",
    re.I,
)
AGAINST = alternation(READER_LISTS["against_word"])
# measured against ('mot', 'än') or compared with ('jämfört med', 'i förhållande till') what follows: a budget, a plan
AGAINST_OR_COMPARED = r"(?:" + AGAINST + "|" + cue_alternation(READER_LISTS["budget_comparison_lead"]) + r")"
BUDGET_PLAN = alternation(READER_LISTS["budget_plan_word"])
SURPLUS_DEFICIT = alternation(READER_LISTS["surplus_deficit_word"])
DEVIATION_RE = re.compile(
    cue_alternation(READER_LISTS["deviation_word"]) + r"|\b(?:" + alternation(READER_LISTS["deviation_verb"]) + r")\b|"
    r"(?:" + AGAINST + r"|jämfört\s+(?:med\s+)?|i\s+förhållande\s+till)\s*(?:" + BUDGET_PLAN + r")\w*|"
    r"(?:" + alternation(READER_LISTS["budget_exceed_verb"]) + r")\w*\s+budget|"  # ('översteg budget med 3 072 mnkr')
    r"\b(?:"
    + alternation(READER_LISTS["budget_overrun_verb"])
    + r")\s+(?:[\wåäö-]+\s+){0,2}?över\s+(?:"
    + alternation(READER_LISTS["own_budget_word"])
    + r")\s+budget|"  # ('drog över sina budgetar med 361 miljoner': BUDGET_OVERRUN_RE)
    r"budget\w*(?:\s+[^\s\d]+){0,3}?\s+(?:"
    + alternation(READER_LISTS["budget_exceed_verb"])
    + r")",  # ('Budgeten överskrids med 921')
    re.I,
)
# (not across 'vilket': '715 mnkr, vilket var en positiv avvikelse mot budget med 522' is the next number's cue;
# nor across 'och', a second predicate of the subject: 'Resultat för perioden uppgår till -52 miljoner kronor och
# avviker negativt mot budget' is the result, said to deviate with no figure of its own)
DEVIATION_AFTER_RE = re.compile(
    r"^(?:(?!\bvilket\b)(?!\b(?:"
    + words_of("and_word")
    + r")\b)[^0-9]){0,40}?"
    + AGAINST_OR_COMPARED
    + r"\s+(?:"
    + BUDGET_PLAN
    # (not when the budget's own figure follows, also after the noun an attributive 'budgeterat' goes with: '-66,4
    # mnkr att jämföras mot budgeterat resultat på 39 mnkr' (Landstinget Gävleborg 2005, fresh text of stop 20) is
    # the level set beside the budget, as 'jämfört med budgeterade 187' is)
    + r")\w*+(?!\s*(?:(?:\w*resultat\w*|(?:"
    + SURPLUS_DEFICIT
    + r")\w*)\s+)?(?:(?:"
    + words_of("deviation_value_link")
    + r")\s+)?(?:[-–+]?\s?\d|$))|^\s*\)?\s*(?:i\s+)?(?:"
    + SURPLUS_DEFICIT
    # ('ligger 2 400 besök under budget': above or below the budget, the difference from it)
    + r")|^\s*(?:[a-zåäö]+\s+)?(?:"
    + words_of("over_under_word")
    + r")\s+(?:"
    + BUDGET_PLAN
    + r")(?:en|erat)?\b",
    re.I,
)
# a surplus or deficit named after the amount with 'i': 'gick med 99 miljoner kronor i underskott', 'Bokslutet visar
# på 22,6 miljoner kronor i överskott': with no other metric and no budget in its clause, the result itself, its sign
# the word's
SURPLUS_AFTER_AMOUNT_RE = re.compile(r"\s*i\s+(?P<word>" + SURPLUS_DEFICIT + r")(?![\wåäö])", re.I)
CHANGE_RE = cue_regex("change_word")
LEVEL_RE = re.compile(
    r"\b(?:ligger(?:\s+\w+){0,2}\s+på|"
    + cue_alternation(READER_LISTS["level_phrase"])
    + r"|motsvarande\s+\d*\s*$|till(?=\s*$))\b",
    re.I,
)
# the previous number again in another unit: 'motsvarande', 'dvs', '(', '27 procent, eller 32,2 miljoner kronor'
# (not 'motsvarande period', the period compared with: 'lägre än motsvarande period 2012 då resultatet ... visade ett
# överskott med 27 miljoner kronor')
NOT_A_CONVERSION_AFTER = (
    r"(?![\wåäö])(?!\s+(?:"
    + cue_alternation(READER_LISTS["period_word"] + READER_LISTS["time_to_date_word"] + READER_LISTS["same_time_noun"])
    + r"))"
)
CONVERSION_RE = re.compile(
    "(?:"
    + cue_alternation(READER_LISTS["conversion_word"])
    + ")"
    + NOT_A_CONVERSION_AFTER
    + r"|^\s*\(\s*[+\-–]?\s*$|^[\s,]*eller(?:\s+med)?\s*$",
    re.I,
)
# 'nu', 'i dag': the time of the text itself (seeds/reader_words.csv present_time_adverb, writing_day_adverb)
NOW_RE = cue_regex("present_time_adverb", "writing_day_adverb")
# a change named as a noun, bare or in a compound ('ökningen', 'kostnadsutvecklingen', 'nettokostnadsökning')
CHANGE_NOUN_RE = re.compile(r"\w*(?:" + alternation(READER_LISTS["change_noun"]) + r")(?:en|ar|arna)?", re.I)
HIGHER_LOWER = alternation(READER_LISTS["higher_lower_word"])
CHANGE_AFTER_RE = re.compile(
    r"^\s*(?:i\s+)?(?:" + HIGHER_LOWER + r")\s+(?:" + alternation(READER_LISTS["amount_noun"]) + r")|"
    # ('3,6 % högre produktion av vård än 2014 års utfall')
    r"^\s*(?:" + HIGHER_LOWER + r")\s+(?:[a-zåäö]+\s+){1,4}?än\s+(?!(?:i\s+)?(?:" + BUDGET_PLAN + r"))|"
    r"^\s*(?:" + alternation(READER_LISTS["more_fewer_word"]) + r")\b",
    re.I,
)
# 'vilket var 30 (8,8 %) fler än motsvarande period 2014': the change with its percent in parentheses before
# the comparative
# the comparative after the percent signs the change (against an earlier period, never a budget, goal or place)
EARLIER_PERIOD = (
    r"(?:"
    + words_of("previous_word")
    + r")\b|(?:19|20)\d\d\b|(?:"
    + cue_alternation(READER_LISTS["previous_year_adverb"])
    + r")\b"
)
EARLIER_PERIOD_RE = re.compile(EARLIER_PERIOD, re.I)
EARLIER_LEVEL_FROM_RE = re.compile(
    r"\bfrån\s+(?:" + cue_alternation(READER_LISTS["previous_year_genitive"]) + r")\s*$", re.I
)
# the percent that restates it, in parentheses or after 'eller', then the comparative of both: '30 (8,8 %) färre än
# motsvarande period', '116 miljoner kronor eller 7,2 procent högre jämfört med föregående år'
MORE_FEWER_AFTER_PAREN_RE = re.compile(
    r"^\s*(?:\(\s*[-+−–]?\d[\d,.]*\s*(?:%|"
    + PERCENT_WORD
    + r")\s*\)|,?\s*eller\s+\d[\d,.]*\s*(?:%|"
    + PERCENT_WORD
    + r"))\s*(?P<comparative>"
    + words_of("more_fewer_word", "higher_lower_word")
    + r")\s+(?:"
    + THAN
    + r")\s+(?:(?:"
    + words_of("same_word")
    + r")\s+[a-zåäö]+\s+)?(?:"
    + EARLIER_PERIOD
    + r")",
    re.I,
)
TARGET_RE = re.compile(
    r"\b\w*mål(?:" + cue_alternation(READER_LISTS["goal_word_end"]) + r")?\b(?:[^.]{0,45}?)"
    r"(?:"
    + alternation(READER_LISTS["goal_value_link"])
    + r")?\s*(?:"
    + alternation(READER_LISTS["bound_word"])
    + r")?\s*$",
    re.I,
)
# after a goal word, a clause with its own subject and verb: the number is that subject's, not the goal's value
# ('missar målet med knapp marginal, avvikelsen blev negativ på 4 mnkr')
NEW_CLAUSE_AFTER_GOAL_RE = re.compile(
    r",\s+(?:och\s+|men\s+)?[a-zåäö]+(?:en|et|na|erna|arna|orna)\s+(?:"
    + alternation(READER_LISTS["outcome_verb"])
    + r")\b",
    re.I,
)
# the subject of the number's own clause, a definite noun right before its verb ('biljettintäkterna i
# kollektivtrafiken blev 1 757 miljoner lägre'): when it is no metric phrase, the number is not a metric's
SUBJECT_VERB_BEFORE_RE = re.compile(
    r"(?<![\wåäö])([a-zåäö]{4,}(?:erna|arna|orna|na|en|et))(?:\s+(?:"
    + words_of("place_preposition", "owner_preposition")  # (a place or owner: 'i', 'inom', 'för')
    + r")\s+[a-zåäö]+)?"
    r"\s+(?:" + cue_alternation(READER_LISTS["subject_outcome_verb"]) + r")\s+$"
)
PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:"
    + alternation(READER_LISTS["period_preposition"])
    + r")\s+(?:"
    + alternation(READER_LISTS["period_qualifier"])
    + r")?\s*$",
    re.I,
)  # ('Medelbeläggningen för första kvartalet ... var'): a period after a preposition, no subject
# a part of the year named in the number's own clause (seeds/reader_words.csv): the number is that part's
SUMMER_RE = cue_regex("summer_word", before=NO_LETTER_BEFORE, after=NO_LETTER_AFTER)
WEEK_RE = cue_regex("week_word", literal=True, before=NO_LETTER_BEFORE, after=NO_LETTER_AFTER)
FROM_MONTH_ON_RE = re.compile(
    r"(?<![\wåäö])(?:" + cue_alternation(READER_LISTS["from_month_on"]) + r")\s+(" + MONTH_ALT + r")\b", re.I
)
# ('I landet som helhet ökade ...': 'som' before 'helhet' compares, it opens no relative clause)
# (a dash between spaces before a word is a tankstreck that sets a clause apart, as a comma does: 'ett överskott
# på 165 miljoner kronor – en positiv avvikelse på 423'; before a digit it may be a minus sign)
OWN_CLAUSE_SPLIT_RE = re.compile(
    r"[,;:()]|\s[–—]\s+(?=[^\W\d])|\b(?:" + alternation(READER_LISTS["clause_split_word"]) + r")\b"
    r"(?!\s+(?:" + words_of("not_a_clause_after_split_word") + r")\b)",
    re.I,
)
# 'Höga pensionskostnader är anledningen till att regionen budgeterat för ett underskott på 1 050 miljoner kronor':
# a link from a cause to its consequence opens a clause ('att') of its own subject; a metric phrase before the link
# names the cause, not the number of the consequence, when that clause names a metric of its own
CONSEQUENCE_LINK_RE = re.compile(
    r"(?<![\wåäö])(?:" + cue_alternation(READER_LISTS["consequence_link"]) + r")\s+att\b", re.I
)
# 'och berörda enheter redovisar ett överskott på 100 miljoner', 'att den ordinarie verksamheten istället har ett
# resultat på minus 147 miljoner kronor': a clause whose subject is units or activities a word leaves unnamed
# (seeds/reader_words.csv unnamed_part_qualifier, unnamed_part_noun), then a verb of reporting: the figure is
# theirs, no unit the text names and not the report's own
UNNAMED_PART_SUBJECT_RE = re.compile(
    r"^\W*((?:(?:den|det|de)\s+)?(?:"
    + cue_alternation(READER_LISTS["unnamed_part_qualifier"])
    + r")\s+(?:[a-zåäö]+\s+)?(?:"
    + cue_alternation(READER_LISTS["unnamed_part_noun"])
    + r"))\s+(?:[a-zåäö]+\s+)?(?:"
    + words_of("report_verb")
    + r")\b",
    re.I,
)
# 'hyrde förra året in läkare för 69 miljoner kronor': an amount paid for hiring staff in is their cost
HIRE_IN_RE = re.compile(
    r"(?<![\wåäö])(?:" + alternation(READER_LISTS["hire_in_verb"]) + r")(?:\s+[\wåäö]+){0,3}?\s+in\b", re.I
)
# 'hyrläkarna kostade 37 miljoner kronor', 'Kostnaderna för hyrsjuksköterskor uppgår till 47 miljoner kronor': a
# compound of a hiring prefix and a staff group (seeds/breakdown_labels.csv) names that group's hired staff cost, as
# the hiring word before the group does ('Kostnaden för inhyrda sjuksköterskor ökade från 135 miljoner kronor')
HIRED_PREFIX = alternation(READER_LISTS["hired_staff_prefix"])
HIRED_WORD = alternation(READER_LISTS["hired_staff_word"])
HIRED_GROUP_RE = re.compile(
    r"(?<![\wåäö])(?:(?:" + HIRED_PREFIX + r")|(?:" + HIRED_WORD + r")\s+)(?P<group>[a-zåäö]{4,})(?![\wåäö])", re.I
)
# 'beräknas förbruka 329 miljoner kronor mer än budget', 'har ... kostat 78 miljoner kronor mer än vad som fanns i
# budgeten': spending set against the budget is the unit's result deviation, more spent a negative one
SPEND_VERB_RE = cue_regex("spend_verb", literal=True, before=NO_LETTER_BEFORE, after=NO_LETTER_AFTER)
SPENT_AGAINST_BUDGET = "(spent against the budget)"
# a unit that overruns its own budget by the amount: 'Förvaltningarna drog över sina budgetar 2019 med totalt 361
# miljoner' (kalmar_press_2019, review 15pd), 'På kostnadssidan drar verksamheten över sina budgetar med totalt 232
# miljoner' (kalmar_delarsrapport_2017, review 14rs): its result's deviation from that budget, negative
BUDGET_OVERRUN_RE = re.compile(
    r"\b(?:"
    + words_of("budget_overrun_verb")
    + r")\s+(?:[\wåäö-]+\s+){0,2}?över\s+(?:"
    + words_of("own_budget_word")
    + r")\s+budget\w*",
    re.I,
)
BUDGET_OVERRUN = "(over its own budget)"
# 'betalade Region Skåne ut hela 62,8 miljoner kronor till hyrpersonal', 'hade Region Norrbotten spenderat 193
# miljoner kronor på inhyrd personal': the amount a verb of paying takes is the cost of what the 'på'/'till' phrase
# right after it names
PAY_VERB_RE = cue_regex("pay_verb", literal=True, before=NO_LETTER_BEFORE, after=NO_LETTER_AFTER)
PAID_ON_GAP_RE = re.compile(r"\s+(?:" + alternation(READER_LISTS["paid_on_word"]) + r")\s+", re.I)
WHOLE_COUNTRY_RE = re.compile(
    r"(?<![\wåäö])(?:" + cue_alternation(READER_LISTS["whole_country"]) + r")(?![\wåäö])(?!\s+i\s+[A-ZÅÄÖ])", re.I
)  # ('landstingen i Stockholm, Västra Götaland och Malmö' names the units)
WHOLE_COUNTRY_GENITIVE_RE = cue_regex("whole_country_genitive", literal=True)
# the country's total as a subject: its genitive before a count or a word of a sum ('landets 20 landsting',
# 'Landstingens sammantagna resultat'; not 'landets lägsta sjukfrånvaro', which ranks a unit)
COUNTRY_TOTAL_RE = first_char_gated(
    re.compile(
        r"\b(?:"
        + words_of("whole_country_genitive")
        + r")\s+(?:\d+\s+[a-zåäö]+|(?:"
        + words_of("owner_genitive_filler")
        + r")\b)",
        re.I,
    )
)
# or the country's genitive and the noun it owns, 'landets akutmottagningar', 'landets sjuksköterskor': the
# country's (in lower case, as a common noun: a capital starts a name; not a rank of the unit, 'landets lägsta
# sjukfrånvaro'; not the regions' genitive, which a region's own text uses of what it shares with the others, 'för
# att kompensera regionernas ökade kostnader')
COUNTRY_OWNED_NOUN_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + words_of("country_genitive")
    + r")\s+(?!(?i:"
    + cue_alternation(READER_LISTS["ranked_word"])
    + r"))[a-zåäö]{3,}"
)
# a region's name or short name (seeds/regions.csv): 'Region Stockholm', 'Västerbotten'
REGION_NAMED_RE = re.compile(
    r"\b(?:" + "|".join(f"{r['name_pattern']}|{r['short_pattern']}" for r in seed_regions()) + r")\b"
)
COUNTRY_CLAUSE_SPLIT_RE = re.compile(OWN_CLAUSE_SPLIT_RE.pattern + r"|\boch\b(?!\s+med\b)", re.I)
RANKED_RE = cue_regex("ranked_word")
EMERGENCY_UNIT_RE = cue_regex("emergency_unit", before="")  # (in a compound)
# 'antalet anställda (omräknat till antal heltidstjänster) ... ökat med 220 medarbetare': full-time equivalents
FTE_CONVERSION_RE = re.compile(
    r"\b(?:"
    + alternation(READER_LISTS["conversion_verb_stem"])
    + r")(?:t|d|de)?\s+till\s+(?:antal\s+)?(?:"
    + alternation(READER_LISTS["fte_word"])
    + r")\b",
    re.I,
)
PAIR_JOINER = alternation(READER_LISTS["pair_joiner"])
PAIR_GAP_RE = re.compile(r"\s*(?:" + PAIR_JOINER + r")\s+(?:[a-zåäö]+\s+)?", re.I)  # 'vårdplatser och omkring '
THAN_OTHER_AFTER_RE = re.compile(
    r"\s*(?:" + words_of("larger_word", "more_less_word", "higher_lower_word") + r")\s+än\s+(?:(?:de|den|det)\s+)?",
    re.I,
)
PLAN_RE = cue_regex("plan_word")
RELATIVE_PRONOUN_RE = cue_regex("relative_pronoun", literal=True)
# 'bättre än planerat (70 Mkr i budget)': a plan word right after 'än' is what the outcome is compared with
THAN_BEFORE_RE = re.compile(r"\bän\s+$", re.I)
IN_BUDGET_AFTER_RE = re.compile(r"\s*i\s+(?:" + words_of("budget_plan_word") + r")(?:en|et)?\b", re.I)
FINITE_OUTCOME_VERB_RE = cue_regex("report_verb", "outcome_verb", literal=True)
NEG_WORDS_RE = cue_regex("negative_word")
POS_WORDS_RE = cue_regex("positive_word")
PREVIOUS = alternation(READER_LISTS["previous_word"])
PREV_YEAR_AFTER_RE = re.compile(
    r"^\s*(?:" + alternation(READER_LISTS["unit_before_previous_year"]) + r")?\s*"
    # (a parenthesis only when it holds the phrase alone, '298 mnkr (fg år)': one that goes on to a number,
    # '312 mnkr (föregående år 298 mnkr)', labels that number, PAREN_LABEL_BEFORE_RE)
    r"(?:\(\s*(?=(?:" + cue_alternation(READER_LISTS["previous_year_phrase"]) + r")[^()\d]*\)))?"
    r"(?:"
    + cue_alternation(READER_LISTS["previous_year_phrase"])
    + r"|"
    # (an adverb as well: 'mot 58 miljoner i fjol', 'jämfört med 84 i fjol')
    + cue_alternation(READER_LISTS["previous_year_adverb"])
    + r"(?![\wåäö])|"
    r"för\s+motsvarande\s+period|(?:för\s+)?(?:"
    + alternation(READER_LISTS["same_word"])
    + r")\s+period\w*\s+(?:"
    + PREVIOUS
    + r"))",
    re.I,
)
# a label that opens a parenthesis or a clause after a comma belongs to the number inside it: '(föregående år 298
# mnkr)', '(fg år: 142 100)', '(budget 150 000)', '(2018: 142 100)', '312 mnkr, föregående år 298 mnkr'
PAREN_LABEL_BEFORE_RE = re.compile(
    r"[(,]\s*(?:(?P<prev>" + cue_alternation(READER_LISTS["previous_year_phrase"]) + r")"
    r"|(?P<budget>(?:" + words_of("budget_label") + r")(?:\s+för\s+(?:(?:hel)?året|(?:19|20)\d\d))?)"
    r"|(?P<year>(?:19|20)\d\d))\s*:?\s*$",
    re.I,
)
# a previous-year adverbial that opens the number's own clause: 'Föregående år uppgick kostnaderna till 298 mnkr',
# 'I fjol var underskottet 80 mnkr', 'Motsvarande period föregående år var sjukfrånvaron 6,7 procent'
# 'samma period föregående', 'motsvarande period förra'
SAME_PERIOD_OF_PREVIOUS = r"(?:" + alternation(READER_LISTS["same_word"]) + r")\s+period\w*\s+(?:" + PREVIOUS + r")"
PREV_YEAR_OPENS_RE = re.compile(
    r"^\W*(?:(?:under|för)\s+)?(?:"
    + SAME_PERIOD_OF_PREVIOUS
    + r"\s+år\w*|"
    + cue_alternation(READER_LISTS["previous_year_phrase"])
    + r"|"
    + cue_alternation(READER_LISTS["previous_year_adverb"])
    + r"|"
    + cue_alternation(READER_LISTS["previous_year_genitive"])  # ('Förra årets resultat var 60 mnkr')
    + r")(?![\wåäö])",
    re.I,
)
SAME_PERIOD_PREV_RE = re.compile(
    SAME_PERIOD_OF_PREVIOUS
    + r"|"
    + cue_alternation(READER_LISTS["previous_year_phrase"])
    + r"|\b(?:"
    + cue_alternation(READER_LISTS["previous_year_adverb"])
    + r")",
    re.I,
)
# (an approximation may stand between 'från' and its number: 'ökade från drygt 26 000 i februari till 108 000')
FROM_TO_RE = re.compile(r"\bfrån\s*(?:(?:" + cue_alternation(READER_LISTS["approximation_word"]) + r")\s+)?$", re.I)
FROM_WORD_RE = re.compile(r"\bfrån\b", re.I)
EARLIER_FROM_RE = re.compile(r"\bfrån\s+(?:[^\W\d]+\s+){0,3}$", re.I)  # ('från ett underskott på 560')
TO_AFTER_AMOUNT_RE = re.compile(r"^\s*(?:kronor\s+)?till\b", re.I)  # ('560 miljoner till ett överskott')
# a comparison with the budget that goes on 'från X till Y': X is the budget's own figure, Y the level the figure
# compared came to ('har förbättrats markant jämfört med budget, från ett underskott på 560 miljoner till ett
# överskott på 400 miljoner', vgr_rf_2012 of review 16pt), as '-66,4 mnkr att jämföras mot budgeterat resultat på
# 39 mnkr' names the budget's figure beside the level (DEVIATION_AFTER_RE; Landstinget Gävleborg 2005, fresh text of
# stop 20): neither is a deviation
_FROM_THE_BUDGET = AGAINST_OR_COMPARED + r"\s+(?:" + BUDGET_PLAN + r")\w*\s*,?\s+från\s+(?:[^\W\d]+\s+){0,3}"
FROM_THE_BUDGET_RE = re.compile(_FROM_THE_BUDGET + r"$", re.I)
TO_FROM_THE_BUDGET_RE = re.compile(
    _FROM_THE_BUDGET + r"[-–+]?\s?\d[\d\s,]*[^\W\d]*(?:\s+kronor)?\s+till\s+(?:[^\W\d]+\s+){0,3}$", re.I
)
TO_RE = re.compile(r"^\s*(?:" + alternation(READER_LISTS["unit_before_to"]) + r")?\s*till\s*$", re.I)
ORG_RE = re.compile(
    r"\b(?P<kind>" + cue_alternation(READER_LISTS["org_kind_title"]) + r")"
    r"[\s-]+(?P<name>(?:[A-ZÅÄÖ][\wåäöÅÄÖ/&.-]*|[a-zåäö][\wåäö-]+)"
    r"(?:\s+(?!(?:" + alternation(READER_LISTS["not_after_unit_name"]) + r")\b)"
    r"(?:[A-ZÅÄÖ0-9][\wåäöÅÄÖ/&-]*|[a-zåäö]+))?)"
)
# the singular genitive of a named unit right before its metric or number: the unit owns it ('Hälso- och
# sjukvårdsförvaltningens underskott uppgick till 340 miljoner', 'Landstingsstyrelsens förvaltnings resultat',
# 'Länstrafiken Kronobergs plus 70 miljoner', 'Region Gotlands resultat'): a capitalised name ending on a kind of
# unit (seeds/reader_words.csv unit_kind_word, also as a compound's end), a proper name after it, or a region
UNIT_KIND = alternation(READER_LISTS["unit_kind_word"])
REGION_TITLE = alternation(READER_LISTS["region_title"])

# the spender opening the sentence ('Hälso- och sjukvårdsförvaltningen under vilket de tre sjukhusen ligger beräknas
# förbruka ...'): the unit whose spending it is
SPENDER_OPENS_RE = re.compile(
    r"^\W*((?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+)?[\wåäö]*(?i:" + UNIT_KIND + r")(?:en|et|n|erna|arna|ena|rna)?)(?![\wåäö])"
)
# a capitalised name ending on a kind of unit: 'Hälso- och sjukvårdsförvaltning', 'Landstingsstyrelse'
UNIT_NAME = r"(?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]*|[A-ZÅÄÖ][\wåäö]*)(?i:" + UNIT_KIND + r")"
NOT_A_NAME_START = frozenset(READER_LISTS["not_after_unit_name"])  # 'samt', 'och', 'som': no unit's name opens so
# the capitalised word right before a place's name: 'Skaraborgs Sjukhus', 'Landstinget Sörmland'
NAME_WORD_BEFORE_RE = re.compile(r"(?<![\wåäö])([A-ZÅÄÖ][\wåäö]+)[^\S\n]+$")
# ... and the capitalised word right after one, on the same line: 'för Västra Götalandsregionen'
NAME_WORD_AFTER_RE = re.compile(r"[^\S\n]+([A-ZÅÄÖ][\wåäö]+)(?![\wåäö-])")
# a plural genitive of a kind of unit right before the metric: 'nämndernas resultat', 'förvaltningarnas kostnader'
UNITS_GENITIVE_BEFORE_RE = re.compile(r"\b([a-zåäö]*(?:" + UNIT_KIND + r")(?:erna|arna|ena)s)\s+$", re.I)
# ... or with a participle between: 'Nämndernas prognostiserade resultat', at the start of the sentence
UNITS_OWNING_SUBJECT_RE = re.compile(
    r"^\W*([a-zåäö]*(?:" + UNIT_KIND + r")(?:erna|arna|ena)s)\s+(?:[a-zåäö]+\s+)?$", re.I
)
UNIT_GENITIVE_BEFORE_RE = re.compile(
    r"(?<![\wåäö-])((?:(?!(?:"
    + alternation(NOT_PLACES)
    + r")\s)[A-ZÅÄÖ][\wåäö]*\s+(?:och\s+[a-zåäö]*)?(?:"
    + UNIT_KIND
    + r")|"
    + UNIT_NAME
    + r")"
    r"(?:en|et|n)?(?:\s+[A-ZÅÄÖ][\wåäö]+)?|(?:" + REGION_TITLE + r")\s+[A-ZÅÄÖ][\wåäö]+)s"
    r"\s+(?:(?:" + alternation(READER_LISTS["owner_genitive_filler"]) + r")\s+)?$"
)
# ... or a pair of kinds joined to the first word's hyphen, written in lower case inside a sentence: 'Försämringen
# beror på hälso- och sjukvårdens underskott som uppgår till 1 667 miljoner kronor'
UNIT_PAIR_GENITIVE_BEFORE_RE = re.compile(
    r"(?<![\wåäö-])([a-zåäö]+-\s+och\s+[a-zåäö]*(?:" + UNIT_KIND + r")(?:en|et|n)?)s\s+$"
)
# a named unit that is the subject of the number's clause: 'Sjukvårdsverksamheten redovisar ett underskott på 372
# miljoner', 'Kalmar länstrafik visade underskott på 94 miljoner', 'Förvaltningarna hade ... 350 miljoner',
# '... medan miljö- och hälsoskyddsnämnden går mot ett nollresultat': a word ending on a kind of unit (singular or
# plural, definite or not), a name before it, at a clause's start, then a verb of reporting (report_verb) or of a
# forecast ('Akademiska sjukhuset beräknas göra ett underskott på dryga 990 miljoner kronor', 'Lasarettet i Enköping
# väntas göra ett plusresultat': forecast_verb, 'beräknas' and an estimated_outcome_verb)
UNIT_SUBJECT_RE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:" + alternation(READER_LISTS["clause_opener"]) + r")\s+)"
    r"((?:(?!(?:" + alternation(NOT_PLACES) + r")\s)[A-ZÅÄÖ][\wåäö]*\s+(?=[a-zåäö]))?(?:[\wåäö]+-\s+och\s+)?"
    r"[\wåäö]*(?i:" + UNIT_KIND + r")"
    r"(?:en|et|n|erna|arna|ena|rna)?)\s+(?:"
    + alternation(READER_LISTS["report_verb"])
    + r"|beräknas\s+(?:"
    + alternation(READER_LISTS["estimated_outcome_verb"])
    + r")|"
    + cue_alternation(READER_LISTS["forecast_verb"])
    + r")\b"
)
# a sentence in inverted word order (V2): one fronted word, the finite verb, then the subject, a unit of a kind in
# the definite form ('Samtidigt visar akutsjukhusen i regionen ett samlat underskott på 487 miljoner kronor',
# 'Samtidigt prognostiserar sjukhusen ett underskott på 915 miljoner kronor') or a name ('Ekonomiskt redovisar VGR
# ett underskott på 452 miljoner kronor'): the subject is the unit of the numbers, the fronted word no unit's name
INVERTED_SUBJECT_RE = re.compile(
    r"^\W*[A-ZÅÄÖ][a-zåäö]+\s+(?:" + alternation(READER_LISTS["report_verb"]) + r")\s+"
    r"(?:(?P<unit>(?=[a-zåäö])[\wåäö]*(?i:" + UNIT_KIND + r")(?:en|et|n|erna|arna|ena|rna))(?![\wåäö])"
    # (the place the unit is in: 'akutsjukhusen i regionen')
    r"(?:\s+(?:" + alternation(READER_LISTS["place_preposition"]) + r")\s+[a-zåäö]+(?![\wåäö]))?|[A-ZÅÄÖ])"
)
# a named unit in a place adverbial that opens the sentence: 'På Skaraborgs sjukhus gjordes det förra året totalt
# 120 496 övertidstimmar', 'På Danderyds sjukhus i Stockholm med cirka 4 000 anställda så låg den totala
# sjukfrånvaron ... på 6,4 procent'
FRONTED_UNIT_RE = re.compile(
    r"^\W*(?i:" + alternation(READER_LISTS["place_preposition"]) + r")\s+"
    r"((?:[A-ZÅÄÖ][\wåäö]*\s+[a-zåäö]*|[A-ZÅÄÖ][\wåäö]*)(?i:" + UNIT_KIND + r")(?:en|et|n)?)\b"
)
# a named unit after 'för' (owner_preposition): the unit whose figure the clause gives ('Budgetavvikelsen för
# nettokostnaden för Hälso- och sjukvårdsförvaltningen uppgick ... till 30,5 mkr'), also for the next sentence
# of the paragraph ('Denna avvikelse beror på 243,5 mkr högre intäkter ...')
UNIT_AFTER_FOR_RE = first_char_gated(
    re.compile(
        r"\b(?:" + alternation(READER_LISTS["owner_preposition"]) + r")\s+"
        r"(" + UNIT_NAME + r"(?:en|et|n|erna|arna)?)\b"
    )
)
# the report's own unit named by a common noun: 'Förvaltningen', 'Sjukhuset redovisar ...' in a hospital's report
SELF_WORDS = frozenset(OWN_UNIT_WORDS) | OWN_HOSPITAL_WORDS
SELF_WORD_RE = re.compile(r"(?<![\wåäö])(?:" + alternation(sorted(SELF_WORDS)) + r")(?![\wåäö])", re.I)
# where the clause of a number starts: at the last ',' or ';', clause opener ('medan', 'men') or 'och' between
# two clauses before it (not the 'och' of 'Hälso- och sjukvården')
CLAUSE_START_RE = re.compile(
    r"[,;](?=\s)|\b(?:" + alternation(READER_LISTS["clause_opener"]) + r")\s|(?<![-\s])\s+och\s", re.I
)
# a subject of the clause's own, nearer the number than a named unit: the report's own unit or region by a common
# noun ('förvaltningen', 'regionens') or another owner in the definite genitive ('koncernens resultat')
OWN_SUBJECT_RE = re.compile(
    SELF_WORD_RE.pattern + "|" + REGION_SELF_RE.pattern + r"|\b[a-zåäö]{3,}(?:ens|ets|ernas|arnas|ornas)\b", re.I
)
# a noun that names a kind of unit ('primärvård', 'sjukhusen', 'hälsovalsnämnden'), as a region's genitive's noun
UNIT_NOUN_RE = re.compile(
    r"[\wåäö]*(?:"
    + UNIT_KIND
    + r")(?:en|et|n|erna|arna|ena|rna|er|ar)?|"
    + alternation(READER_LISTS["care_area"] + READER_LISTS["hospital_word"]),
    re.I,
)
AREA_RE = re.compile(r"\b(" + alternation(READER_LISTS["care_area"]) + r")\b", re.I)
CAPITAL_WORD_RE = re.compile(r"(?<![\wåäöÅÄÖ])([A-ZÅÄÖ][a-zåäöé]{2,}(?:-[A-ZÅÄÖa-zåäö]+)?)")
# the money items that are no cost though the costs domain holds them: every revenue and result (seeds/metrics.csv
# amount_kind), and the net of financial items, which has no amount kind (income less costs, either sign)
REVENUE_METRICS = frozenset(m for m, kind in load_metric_units()[2].items() if kind in ("revenue", "result")) | {
    "finansnetto"
}
WAITING_WORD_RE = first_char_gated(cue_regex("waiting_word", literal=True, after=""))
WS_RE = re.compile(r"\s+")
WAITING_RE = re.compile(
    r"\b(?:" + cue_alternation(w + "*" for w in READER_LISTS["waiting_word"]) + r")\s+(?:\w+\s+){0,6}$", re.I
)
# a waiting word that is a forecast verb ('väntas', 'väntar sig') expects an outcome, no one waits: 'Västra
# Götalandsregionen som helhet väntas göra ett överskott på 350 miljoner kronor' (review 12b nu_sr), 'Sjukhusstyrelsen
# ... väntar sig ett underskott på 1 034 miljoner kronor' (Läkartidningen 2020, fresh)
FORECAST_VERB_AT_RE = re.compile(r"(?:" + cue_alternation(READER_LISTS["forecast_verb"]) + r")(?![\wåäö])", re.I)
# an idiom of giving before a bare metric word names no metric: 'Arbetet med att minska beroendet av hyrpersonal ...
# har gett resultat där kostnaderna minskat med cirka 26 miljoner kronor' (Region Sörmland, delårsrapport 2019), as
# 'åtgärder ... gett resultat' (vgr_delarsrapport_2014, dev) and 'besparingsåtgärder ... ger resultat' (Region Örebro
# län 2024, review HR12); seeds/reader_words.csv effect_idiom
EFFECT_IDIOM_RE = re.compile(r"\b(?:" + cue_alternation(READER_LISTS["effect_idiom"]) + r")$", re.I)
EFFECT_IDIOM_REACH = 20
# WAITING_RE is searched only this far back from a hit (its seven words fit): a search from the start of the
# text for every hit made a long line (a page flattened onto one line) quadratic
WAITING_REACH = 2000
ALIAS_REACH = 500  # the longest alias phrase is far shorter: where a label before a '(ack mars)' is looked for
# a noun of the result's change, 'resultatförbättringen', 'en resultatförsämring': a contribution unless the
# sentence compares with an earlier year right after the result was stated (_result_changed_against_a_year)
RESULT_CHANGE_NOUN_RE = cue_regex("result_change_noun", after="")
RESULT_CHANGE_AGAINST_YEAR = "(a result change noun against an earlier year)"
# the effect of one item on the result: a contribution, not an outcome of the metric
CONTRIBUTION_RE = re.compile(
    cue_alternation(READER_LISTS["result_change_noun"])
    + r"|(?:"
    + alternation(READER_LISTS["affect_verb_stem"])
    + r")\w*\s+(?:det\s+\w+\s+|(?:"
    + alternation(READER_LISTS["result_owner_genitive"])
    + r")\s+)?resultatet|"
    r"\bpåverka\w*\s+(?:\w+\s+){0,3}med\s*$|"
    # (the result the subject of a passive 'påverkats': 'Resultatet har dock påverkats positivt genom en realisering
    # av övervärden ... motsvarande 480 miljoner kronor', 'Resultatet påverkades negativt av att ...')
    r"\bresultatet\s+(?:\w+\s+){0,2}?påverka(?:ts|des)\b|"
    r"\b(?:" + alternation(READER_LISTS["cause_verb"]) + r")\s+(?:\w+\s+){0,3}?på\b|"
    r"\bförklaras\s+(?:\w+\s+){0,3}?(?:av|med)\b",  # (a cause of it)
    re.I,
)
# compared with a forecast ('en förbättring mot prognosen efter juli', '14,9 mkr sämre jämfört med den reviderade
# årsprognosen'): an outcome against an earlier forecast is none of the contract's measures
# a forecast in the past tense before the number in its clause: an earlier forecast ('Då pekade allt på ett
# underskott på 300 miljoner kronor', 'istället för tidigare beräknade 50 miljoner kronor')
# (a verb of more than one word split by the subject or an adverbial, as FORECAST_VERB_SPLIT: 'I budgeten räknade
# regionen med ett överskott på 13', 'hade länge räknat med ... ett minusresultat på 14')
PAST_FORECAST_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_LISTS["past_forecast_verb"])
    + r")(?![\wåäö])|"
    + "|".join(
        r"(?<![\wåäö])" + re.escape(first) + r"\s+(?:[a-zåäö]+\s+){1,2}?(?:" + cue_alternation([rest]) + r")(?![\wåäö])"
        for first, rest in (p.split(" ", 1) for p in READER_LISTS["past_forecast_verb"] if " " in p.strip())
    ),
    re.I,
)
# ... or a forecast that was: its noun the subject of a copula in the past ('Prognosen låg länge på -360 miljoner men
# efter oktober månad ser det i stället ut att landa på närmare -550', 'Prognosen för Region Sörmlands resultat för
# 2023 var ett underskott på cirka 1,2 miljarder kronor' in the year's closing)
PAST_FORECAST_COPULA_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_LISTS["forecast_noun"])
    + r")\w*(?:\s+[\wåäö]+){0,6}?\s+(?:"
    + alternation(READER_LISTS["past_copula"])
    + r")(?![\wåäö])",
    re.I,
)
# ... or the 'att' clause such a verb governs: 'hade länge räknat med att det skulle stanna vid ett minusresultat på 14'
# a phrase led by 'med' (no verb of its own) at the start of a clause split off by a comma
WITH_ADJUNCT_RE = re.compile(r"\s*med\s", re.I)
PAST_FORECAST_THAT_RE = re.compile(r"(?:" + PAST_FORECAST_RE.pattern + r")\s+att\s*$", re.I)
# an earlier reckoning a figure is measured against (seeds earlier_reckoning), and a comparative right after a number
EARLIER_RECKONING_RE = first_char_gated(cue_regex("earlier_reckoning", before=NO_LETTER_BEFORE, after=""))
COMPARATIVE_AFTER_RE = re.compile(r"\s*(?:" + THAN_COMPARATIVE + r")\b", re.I)
PREVIOUS_MONTH_RE = cue_regex("previous_month_phrase", after=NO_LETTER_AFTER)
AGAINST_FORECAST_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_LISTS["compared_with_word"]) + r")\s+(?:den\s+|det\s+|en\s+)?"
    r"(?:[a-zåäö]+\s+)?[a-zåäö]*prognos",
    re.I,
)
CHANGE_AFTER_LEVEL_RE = re.compile(
    r"^\s*(?:eller\s+[\d ,]+\s*(?:"
    + PERCENT_WORD
    + r")\s+)?(?:"
    + alternation(READER_LISTS["comparative"])
    # (the level's own time may stand between the comparative and 'än': 'kostade 18 miljoner kronor mer förra året
    # än året dessförinnan')
    + r")\s+(?:(?P<own_time>"
    + cue_alternation(READER_LISTS["last_year_phrase"])
    + r")\s+)?(?:"
    + cue_alternation(READER_LISTS["comparison_opener"])
    + r")\s+(?:med\s+|mot\s+)?"
    # (the same point of the earlier year: 'tio miljoner sämre än vid den här tiden förra året')
    r"(?:(?:" + cue_alternation(READER_LISTS["same_point_phrase"]) + r")\s+)?"
    r"(?:(?!" + alternation(READER_LISTS["plan_noun"]) + r")[a-zåäö]+\s+)?"  # ('lägre än resultatet 2018')
    r"(?:"
    + cue_alternation(READER_LISTS["earlier_period_word"] + READER_LISTS["relative_previous_year"])
    + r"|(?:år\s+)?(?:19|20)\d\d)",
    re.I,
)
# (not across a conjunction that opens a clause with a subject of its own: 'minus 630 miljoner kronor och Lasarettet
# i Enköping väntas göra ...' names where that subject is, not where the number was counted)
ORG_AFTER_RE = re.compile(
    r"^\s*(?:(?!(?:"
    + alternation(READER_LISTS["clause_break_word"])
    + r")\s+[A-ZÅÄÖ])\w+\s+){0,2}?(?:inom\s+(?!"
    + alternation(READER_LISTS["not_a_unit_after_inom"])
    + r")[a-zåäö]{4,}|(?:i|på|vid)\s+[A-ZÅÄÖ][a-zåäö]{2,})"
)
# a whole organisation named after the number is where it was counted, not a part of the metric ('7,0 % i
# Region Västmanland', '2 551 förlossningar vid Skaraborgs sjukhus')
WHOLE_ORG_AFTER_RE = re.compile(
    r"\s*(?:[a-zåäö]+\s+){0,2}?(?:"
    + alternation(READER_LISTS["place_preposition"])
    + r")\s+(?:(?:"
    + REGION_TITLE
    + r")\s+[A-ZÅÄÖ][a-zåäö]+|"
    r"[A-ZÅÄÖ][a-zåäö]+s\s+(?:" + alternation(READER_LISTS["hospital_noun"]) + r")\b|"
    # a county named with its county word is the whole region too ('28 323 förlossningar på Stockholms läns sex
    # förlossningsenheter', 'på klinikerna i Stockholms län')
    r"(?:[A-ZÅÄÖ][a-zåäö]+\s+)?[A-ZÅÄÖ][a-zåäö]+\s+(?:" + alternation(READER_LISTS["county_word"]) + r")s?\b)"
)
# a count of missions ('uppdrag', 'transporter', 'utryckningar') in a sentence that names an ambulance
MISSION_NOUN_AFTER_RE = re.compile(r"\s*(" + alternation(READER_LISTS["mission_noun"]) + r")\b", re.I)
AMBULANCE_RE = re.compile(alternation(READER_LISTS["mission_subject"]), re.I)  # a word stem: ambulanser, -helikopter
MONTH_YEAR_RE = re.compile(
    r"\bi\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+((?:19|20)\d\d)\b", re.I
)
# a month and year right after an amount, one word before them ('152,3 miljoner kronor efter september 2014'): the
# month the figure was counted up to, whose year the number is of
MONTH_YEAR_RIGHT_AFTER_RE = re.compile(
    r"\s*(?:kronor\s+)?(?:[a-zåäö]+\s+)?(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\s+((?:19|20)\d\d)\b",
    re.I,
)
# words that may follow a bare number without making it a count of something else
# a sentence that continues the previous one's metric: its subject is a unit, a place or a pronoun
# 'Motsvarande siffra för året innan var 4,8 procent': the previous sentence's figure, for another period or unit
MATCHING_FIGURE = r"^Motsvarande\s+(?:" + alternation(READER_LISTS["matching_figure_noun"]) + r")\b"
MATCHING_FIGURE_RE = re.compile(MATCHING_FIGURE, re.I)
# other units than the report's: a figure 'för samtliga landsting', 'i riket', 'för regionerna' is a comparison
OTHER_UNITS_RE = re.compile(
    r"\b(?:"
    + alternation(READER_LISTS["all_other_word"])
    + r")\s+(?:"
    + alternation(READER_LISTS["region_kind_noun"])
    + r")\w*|\b(?:"
    + alternation(READER_LISTS["other_units_word"])
    + r")\b",
    re.I,
)
# a clause about the figure before it: 'Det är 36 miljoner bättre än budgeterat', and with the verb second after
# an adverbial, 'Jämfört mot budget är det en positiv avvikelse med 81 miljoner kronor'
REFERRING_CLAUSE = (
    r"^(?:(?:"
    + alternation(READER_LISTS["referring_pronoun"])
    + r")\s+(?:"
    + alternation(READER_LISTS["referring_verb"])
    + r"))\b|^[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö]+){0,3}\s+(?:"
    + alternation(READER_LISTS["referring_verb"])
    + r")\s+(?i:"
    + alternation(READER_LISTS["referring_pronoun"])
    + r")\s"
)
REFERRING_CLAUSE_RE = re.compile(REFERRING_CLAUSE)
CARRY_SUBJECT_RE = re.compile(
    r"^(?:(?:"
    + alternation(READER_LISTS["carry_lead_word"])
    + r")\s+)?(?:(?:"
    + alternation(READER_LISTS["unit_title_word"])
    + r")\s+"
    r"[\wåäöÅÄÖ]+|(?![\wåäöÅÄÖ]+(?:en|et|na|erna|arna|ningen|heten)\s)[A-ZÅÄÖ][\wåäöé]+"
    r"(?:\s+och\s+[A-ZÅÄÖ][\wåäöé]+)?)\s+(?:" + alternation(READER_LISTS["carry_verb"]) + r")\b|"
    r"^(?:" + alternation(READER_LISTS["carried_change_noun"]) + r")\b|" + REFERRING_CLAUSE + r"|" + MATCHING_FIGURE
)

CUE_WORDS = r"\b(?:" + alternation(READER_LISTS["cue_word"]) + r")\b"
TARGET_PLAN_RE = re.compile(r"\b(?:i|enligt)\s+(?:" + alternation(READER_LISTS["plan_kind_prefix"]) + r")plan\w*", re.I)


@dataclass
class Num:
    start: int  # match start (sign included)
    end: int  # end of the number itself
    text: str  # number as printed, without %
    value: float
    explicit_sign: bool
    unit: str  # unit as written, '' if none
    family: str  # pct | pp | tkr | kr | fte | hours | days | age | count | none
    unit_end: int
    match_end: int = 0  # end of the whole match (its percent sign included)
    in_word: bool = False  # the first part of a compound ('noll' of 'nollresultat': compound_numbers)


@dataclass
class AliasHit:
    start: int
    end: int
    phrase: str
    metric: str


def _trie_pattern(phrases: set[str]) -> str:
    """One alternation of all phrases as a prefix tree ('besök(?:en|...)' rather than a flat list of a
    thousand alternatives tried one by one at every character). A node tries its longer continuations
    before it ends, so the longest phrase that fits wins, as with the longest-first flat list; a space in
    a phrase matches any run of white space."""
    root: dict = {}
    for p in phrases:
        node = root
        for tok in re.findall(r"\s+|.", p, re.S):
            node = node.setdefault(r"\s+" if tok.isspace() else re.escape(tok), {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [k + emit(v) for k, v in sorted(node.items()) if k]
        if "" in node:
            alts.append("")
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root)


# (and 'held_share': a noun that people have, 'heltidsanställning', read only after a percent of them)
# the group a share is taken among, opening the number's clause: 'Av kvinnorna är det 92 procent som ...'
OF_SEX_CLAUSE_RE = re.compile(r"\bav\s+(" + words_of("women_men_word") + r")\s+[a-zåäö]+\s+det\s+$", re.I)
# after a percent, what the people it counts have: '92,4 procent av alla medarbetare har en heltidsanställning',
# '92 procent som har en heltidsanställning'
HELD_SHARE_AFTER_RE = re.compile(
    r"\s+(?:av\s+(?:"
    + words_of("all_other_word")
    + r")\s+[\wåäö]+\s+)?(?:som\s+)?(?:"
    + words_of("auxiliary_verb")
    + r")\s+(?:en\s+)?([\wåäö]+)",
    re.I,
)
COUNT_STAGE_ONLY_FAMILIES = frozenset({"admission_count", "emergency_visit_count", "held_share"})


def _alias_regex(lex: ProseLexicon) -> re.Pattern[str]:
    # (a noun only a count stage reads, 'patienter' admitted, names no metric in a sentence of its own)
    phrases = set(lex.aliases) | {p for p, fam in lex.unit_phrases if fam not in COUNT_STAGE_ONLY_FAMILIES}
    phrases = {p for p in phrases if len(p) >= 3 and not p.startswith("-")}
    alt = _trie_pattern(phrases)
    forms = lex.word_forms
    # a compound's head after the alias keeps its metric ('nettokostnadsutvecklingen'); a modifier before it
    # too ('plusresultat'); an ending inflects it ('nettokostnaderna'); all from seeds/word_forms.csv
    modifier = "|".join(map(re.escape, forms.get("compound_modifier", ())))
    head = "|".join(map(re.escape, forms.get("compound_head", ())))
    ending = "|".join(map(re.escape, forms.get("inflection", ())))
    return re.compile(
        r"(?<![\wåäöÅÄÖ])"
        + (f"(?:{modifier})?" if modifier else "")
        + "("
        + alt
        + r")(?:"
        + (rf"s?(?:{head})\w*|" if head else "")
        + rf"(?:{ending or 'en'})?)(?![\wåäöÅÄÖ])",
        re.I,
    )


def find_aliases(
    text: str, lex: ProseLexicon, rx: re.Pattern[str], pos: int = 0, endpos: int | None = None
) -> list[AliasHit]:
    """The aliases in text[pos:endpos] (text read as if it ended at endpos; offsets into text)."""
    hits: list[AliasHit] = []
    endpos = len(text) if endpos is None else endpos
    waiting = None  # is there a waiting word at all (else no need to look back from each hit); asked at the first hit
    for m in rx.finditer(text, pos, endpos):
        phrase = WS_RE.sub(" ", m.group(1)).casefold()
        if waiting is None:
            waiting = bool(WAITING_WORD_RE.search(text, max(0, pos - WAITING_REACH), endpos))
        waits = WAITING_RE.search(text, max(0, m.start() - WAITING_REACH), m.start()) if waiting else None
        if waits and not FORECAST_VERB_AT_RE.match(text, waits.start()):
            continue  # 'väntande till första besök': a waiting list, not visits
        if EFFECT_IDIOM_RE.search(text, max(0, m.start() - EFFECT_IDIOM_REACH), m.end()):
            continue  # 'har gett resultat': an effect, not the metric
        hit = AliasHit(m.start(), m.end(), phrase, lex.aliases.get(phrase, ""))
        if hits and hits[-1].metric and _genitive_before(text, hits[-1], hit):
            continue  # 'Personalkostnadernas kostnadsutveckling': the development of the genitive's metric
        hits.append(hit)
    return hits


def label_metric(label: str, lexicon) -> str:
    """The metric a table row label names in any word form (`Läkarbesök i öppenvård:`,
    `Nettokostnaderna`): the metric of an alias that begins the label, by the same lexicon and word forms
    as running text. '' when no alias begins it, or when the alias is a generic word."""
    return _label_metric(label, *_prepared_lexicon(lexicon))


def label_metrics(labels, lexicon) -> dict[str, str]:
    """label_metric of each label, the lexicon prepared once (not once per label)."""
    lex, rx = _prepared_lexicon(lexicon)
    return {label: _label_metric(label, lex, rx) for label in labels}


def _label_metric(label: str, lex: ProseLexicon, rx: re.Pattern[str]) -> str:
    # the label as written first, then without its lead word: an alias may carry its own parenthesis
    # (`Inhyrd personal (Arbetad tid)`, `Antal ärenden (ambulans)`), which the trimmed label has lost
    label = FOOTNOTE_MARK_RE.sub("", label)
    for written in (label, LABEL_LEAD_RE.sub("", label)):
        key = WS_RE.sub(" ", written.strip(" \t:.")).casefold()
        if key in lex.aliases and key not in WEAK_METRIC_ALIASES:
            return lex.aliases[key]
    text = LABEL_TRIM_RE.sub("", LABEL_LEAD_RE.sub("", label))
    hits = find_aliases(text, lex, rx)
    if not hits or hits[0].start > 0 or hits[0].phrase in WEAK_METRIC_ALIASES:
        return ""
    # the alias is the whole label: `Arbetad tid läkare` is a part of the worked time, not the total
    return hits[0].metric if hits[0].end == len(text) else ""


# a footnote mark glued to a label's last word, its superscript lost in the text (`Utryckningar1`)
FOOTNOTE_MARK_RE = re.compile(r"(?<=[a-zåäö])[1-9]\s*$")
LABEL_LEAD_RE = re.compile(r"^[\s\-–•*]*(?:(?:" + words_of("part_marker") + r")\s+)?(?:antal\s+)?", re.I)
# what may follow the metric's name in a label: a unit or note in parentheses, a colon, 'totalt', '(%)'
LABEL_TRIM_RE = re.compile(r"(?:\s*\([^)]*\)?|\s*[:.]|\s+totalt|\s+i\s+%)+\s*$", re.I)


# a qualifier printed after the amount ('113 mkr före finansiella poster', '207 mkr efter finansnetto')
QUALIFIER_AFTER_RE = re.compile(
    r"^\s*((?:" + words_of("qualifier_preposition") + r")\s+[a-zåäö]+(?:\s+[a-zåäö]+){0,2})", re.I
)
# a result its own clause measures by the balance requirement ('Justerat resultat enligt balanskravet uppgår till
# minus 88', 'Enligt upprättad balanskravsutredning är resultatet 321 mnkr', 'resultat efter balanskravsjusteringar')
# is the balanskravsresultat, whatever words stand between
BALANCE_RULE = (
    r"\b(?:" + words_of("balance_rule_preposition") + r")\s+(?:[a-zåäö]+\s+)?(?:" + words_of("balance_rule_stem") + r")"
)
BALANCE_RULE_RE = re.compile(BALANCE_RULE, re.I)
# the same measure set off by commas right before the clause of the number: 'Det prognostiserade årsresultatet per
# oktober, enligt balanskravet, uppgår till plus 111' (Region Uppsala 2020), 'Region Uppsalas årsprognos, enligt
# balanskravsresultatet, uppgår ... till plus 481' (Region Uppsala 2021)
BALANCE_RULE_ASIDE_RE = re.compile(r",\s*" + BALANCE_RULE + r"[\wåäö]*\s*,?\s*$", re.I)
# ... or right after the amount, the requirement perhaps named as a term: 'Det ekonomiska resultatet för 2019 blev 37
# miljoner kronor enligt det så kallade balanskravet' (Region Sörmland 2019), 'ett resultat för 2019 på minus 80
# miljoner kronor enligt balanskravet' (Region Uppsala 2020)
BALANCE_RULE_AFTER_RE = re.compile(
    r"\s*(?:" + words_of("balance_rule_preposition") + r")\s+"
    r"(?:(?:" + words_of("term_determiner") + r")\s+(?:" + cue_alternation(READER_LISTS["so_called"]) + r")\s+)?"
    r"(?:" + words_of("balance_rule_stem") + r")",
    re.I,
)


def _qualified_after(label: str, rest: str, lex: ProseLexicon) -> str:
    """The metric that the label and the qualifier right after its number name together (`resultat` +
    `före finansiella poster` is an alias of verksamhetens_resultat), or ''."""
    words = QUALIFIER_AFTER_RE.match(rest)
    if not label or not words or label.startswith("("):
        return ""
    forms = [label] + [label[: -len(e)] for e in lex.word_forms.get("inflection", ()) if label.endswith(e)]
    parts = words.group(1).casefold().split()
    for k in range(len(parts), 1, -1):
        for form in forms:
            metric = lex.aliases.get(f"{form} {' '.join(parts[:k])}")
            if metric:
                return metric
    return ""


def _genitive_before(text: str, first: AliasHit, second: AliasHit) -> bool:
    """`first` is a metric in the genitive ('-s') right before `second`, which it owns."""
    return (
        text[first.end - 1] in "sS" and text[first.end - 2] not in "sS" and not text[first.end : second.start].strip()
    )


# a number written as a word counts only right before a unit of amount ('fyra procent', 'tre miljoner'):
# elsewhere 'en', 'ett', 'sex' are articles and nouns
WORD_UNIT_RE = re.compile(r"\s+(?P<unit>" + words_of("number_word_unit") + r")(?![\wåäö])", re.I)
WORD_RE_ = re.compile(r"(?<![\wåäö])[a-zåäö]+(?![\wåäö])", re.I)


@functools.lru_cache(maxsize=4)
def _number_word_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The number words as whole words, a phrase of several before its parts ('en halv' before 'en'), or one word
    made of several of them ('femhundra': compose_number_word gives its value)."""
    phrases = [r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True) if " " in w]
    parts = alternation(sorted((w for w in words if " " not in w), key=len, reverse=True))
    # (possessive: the longest part that fits is never undone, as in compose_number_word, so a garbled word of
    # parts, 'sextiosextio...x', costs its length and not 2^length)
    return re.compile(r"(?<![\wåäö])(?:" + "|".join([*phrases, rf"(?:{parts})++"]) + r")(?![\wåäö])", re.I)


def word_numbers(text: str, words: dict[str, float]) -> list[Num]:
    """Numbers written as words before a unit: `ökning med fyra procent` -> 4 %, `femhundra miljoner kronor` ->
    500 miljoner kronor."""
    out: list[Num] = []
    if not WORD_UNIT_RE.search(text):
        return out  # (one scan for a unit first: most sentences name none, and a number word needs one after it)
    for m in _number_word_regex(tuple(words)).finditer(text):
        value = compose_number_word(" ".join(m.group(0).split()), words)
        if value is None:
            continue
        unit = WORD_UNIT_RE.match(text, m.end())
        if unit:
            word, unit_end = unit.group("unit"), unit.end()
            family = UNIT_FAMILY[word.casefold()]
            if word.casefold() in MILLIONS and MILLIONS_OF_COUNT_RE.match(text, unit.end()):
                # 'en halv miljon patientbesök': a count in millions, as find_numbers reads '3,6 miljoner läkarbesök'
                value, word, family, unit_end = value * MILLIONS[word.casefold()], "", "count", m.end()
            out.append(Num(m.start(), m.end(), m.group(0), value, False, word, family, unit_end, unit_end))
    return out


# a dash with white space on both sides after words that are no label ('där Västernorrland hade högst sjukfrånvaro
# – 7,9 procent', 'landar på 197,8 miljoner – 113,9 miljoner sämre', 'på länets sjukhus – 5,5 miljoner') is a
# thought dash between two clauses, not the next number's minus: a label before a minus is short and has no verb
# ('Prognos – 1 235 mnkr', 'Ackumulerat resultat – 475 mnkr'), and a verb or preposition right before the dash
# ('landade på – 25') keeps it a minus
SPACED_DASH_SIGNS = "-\u2013\u2014"
THOUGHT_DASH_MIN_WORDS = 4
SIGN_TAKING_WORDS = frozenset(
    w.casefold() for name in ("function_word", "number_verb", "report_verb") for w in READER_LISTS[name]
)
CLAUSE_VERBS = frozenset(
    part.casefold()
    for name in ("report_verb", "number_verb", "auxiliary_verb", "clause_verb")
    for w in READER_LISTS[name]
    for part in w.split()
    if part != "som"
)
SEGMENT_START_RE = re.compile(r"[\n:;•(]")
ALPHA_WORD_RE = re.compile(r"[^\W\d_]+")
# a spaced dash before a difference whose comparative follows it ('Det största överskottet i modern tid – 1.909
# miljoner kronor mer än budgeterat', stockholm_viityreso_2019 of review 16an, as 'resultatet för 2019 var 171
# miljoner – 43 miljoner bättre än budget', jamtland_op_2020 of review 14pe): the comparative gives the direction,
# the dash sets the figure off
DASH_BEFORE_DIFFERENCE_RE = re.compile(
    r"[-\u2013\u2014]\s*\d[\d.,]*(?:\s\d{3})*\s*(?:%\s*|[^\W\d_]+\s+){0,3}?(?:"
    + THAN_COMPARATIVE
    + r")\s+(?:"
    + THAN
    + r")\b",
    re.I,
)


def _thought_dash(text: str, start: int, sign: str) -> bool:
    """Whether the spaced dash of a number matched at `start` ('– 7,9') is a thought dash, not its minus."""
    if sign[:1] not in SPACED_DASH_SIGNS or sign[1:] == "" or start == 0 or not text[start - 1].isspace():
        return False
    before = text[:start]
    cut = max((m.end() for m in SEGMENT_START_RE.finditer(before)), default=0)
    words = ALPHA_WORD_RE.findall(before[cut:])
    if words and words[-1].casefold() not in SIGN_TAKING_WORDS and DASH_BEFORE_DIFFERENCE_RE.match(text, start):
        return True
    return (
        len(words) >= THOUGHT_DASH_MIN_WORDS
        and words[-1].casefold() not in SIGN_TAKING_WORDS
        and any(w.casefold() in CLAUSE_VERBS for w in words)
    )


def find_numbers(text: str, words: dict[str, float] | None = None) -> list[Num]:
    out = word_numbers(text, words) if words else []
    if not DIGIT_RE.search(text):
        return out  # (a fast scan: most sentences hold no number)
    for found in NUMBER_RE.finditer(text):
        m = found
        if found.group("sign") and _thought_dash(text, found.start(), found.group("sign")):
            m = NUMBER_RE.match(text, found.start() + len(found.group("sign"))) or found  # (the number, no dash)
        s, e = m.start(), m.end()
        raw = m.group(0)
        has_pct = bool(m.group("pct"))
        num_text = raw[: raw.rfind("%")].rstrip() if has_pct else raw
        num_end = s + len(num_text)
        value = match_value(m)  # (what parse_number(num_text) gives, without matching it again)
        unit, family, unit_end = "", "none", num_end
        if has_pct:
            unit, family, unit_end = "%", "pct", e
        else:
            um = UNIT_RE.match(text, num_end)
            if um and um.group("unit").casefold() in MILLIONS and MILLIONS_OF_COUNT_RE.match(text, um.end()):
                # '3,6 miljoner läkarbesök': a count in millions, not money (the noun after names the metric)
                value *= MILLIONS[um.group("unit").casefold()]
                family = "count"
            elif um and not (um.group("unit").casefold() in COUNT_NOUNS and text.startswith(":", um.end())):
                # (a count noun with a colon after it labels the next value: 'Invånare: 282 000 Anställda: 7 500',
                # fact lines joined into one text, is no count of 282 000 employees)
                unit = um.group("unit")
                low = unit.casefold()
                family = UNIT_FAMILY.get(low, "count" if low in COUNT_NOUNS else "none")
                unit_end = um.end()
        sign = (m.group("sign") or "").strip()
        out.append(Num(s, num_end, num_text.strip(), value, bool(sign), unit, family, unit_end, e))
    return sorted(out, key=lambda n: n.start) if words else out


# what _skip_reason looks for right after a number (matched at its end) or right before it (ending at its start)
LABEL_OR_DATE_AFTER_RE = re.compile(r"[\wåäö]|[.:/][0-9]|[-–][0-9]|\.[a-zåäö]")
EMPTY_CELL_AFTER_RE = re.compile(r"\s+[-–]\s")
RATIO_BASE_BEFORE_RE = re.compile(r"(?:/|\bper)\s*$")
LABEL_AFTER_RE = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]")
UNIT_NAME_AFTER_RE = re.compile(r"\s+(?:" + words_of("unit_title_after_number") + r")\b")
MONTH_AFTER_RE = re.compile(r"\s*(?:" + MONTH_ALT + r")\b", re.I)
MONTH_BEFORE_RE = first_char_gated(re.compile(r"(?:" + MONTH_ALT + r")\s*$", re.I))
YEAR_DIGITS_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
NAME_BEFORE_RE = re.compile(r"[A-ZÅÄÖ][\wåäö-]+\s$")
TOTAL_BEFORE_RE = re.compile(r"\b(?:" + words_of("total_title") + r")\s$")
# the longest text (trailing white space aside) each pattern anchored at the end ($) can match: see _search_end
RATIO_BASE_REACH, MONTH_REACH, LABEL_BEFORE_REACH = len("per"), max(map(len, MONTHS)), len("till och med")
RANGE_OPENER_REACH = max(map(len, READER_LISTS["range_opener"]))


def _search_end(rx: re.Pattern[str], text: str, end: int, reach: int) -> re.Match[str] | None:
    """rx.search(text[:end]) for a pattern anchored at the end ($) whose match is at most `reach` characters
    long before its trailing white space: only that tail is searched (lookbehinds and \\b still see what
    stands before it), not the whole text before every number."""
    stop = len(text[:end].rstrip())
    return rx.search(text, max(0, stop - reach), end)


def _skip_reason(text: str, n: Num) -> str | None:
    """Why a number is not a value (year, date, age, page, label), or None."""
    if n.start >= 1 and text[n.start - 1] in ".:/-–" and n.start >= 2 and text[n.start - 2].isalnum():
        return "part of a label or date"
    if n.start >= 1 and (text[n.start - 1].isalpha() or text[n.start - 1] == ")"):
        return "part of a word or a footnote mark"
    if LABEL_OR_DATE_AFTER_RE.match(text, n.end):
        return "part of a label, date or time"
    if n.family in ("none", "count") and EMPTY_CELL_AFTER_RE.match(text, n.end):
        return "a table cell beside an empty cell"
    if n.family == "age":
        return "age or duration in years"
    if n.family in ("none", "count") and _search_end(RATIO_BASE_BEFORE_RE, text, n.start, RATIO_BASE_REACH):
        return "a ratio's base ('/ 100 vårdplatser')"
    if n.family == "none" and LABEL_AFTER_RE.match(text, n.end) and not UNIT_NAME_AFTER_RE.match(text, n.end):
        return "a number printed before a label (a table cell)"
    if MONTH_AFTER_RE.match(text, n.end):
        return "date"
    if n.family == "none" and _search_end(MONTH_BEFORE_RE, text, n.start, MONTH_REACH):
        return "date"
    digits = n.text.replace(" ", "").lstrip("+-–−")
    if (n.family == "none" and YEAR_DIGITS_RE.fullmatch(digits)) and not n.explicit_sign:
        return "year"
    if (
        n.family == "count"
        and YEAR_DIGITS_RE.fullmatch(n.text.strip())
        and not n.explicit_sign
        and LABEL_AFTER_RE.match(text, n.end)
    ):
        # a title's year before the heading of a table whose label is a count noun (`Månadsrapport september 2021` /
        # `Operationer  Utfall ack sep ...`, `Årsredovisning 2022` / `Operationer per tertial 2022`): running text
        # writes the noun of its count in lower case (`2 410 operationer`)
        return "year"
    if (
        n.family in ("none", "count")
        and _search_end(LABEL_BEFORE_RE, text, n.start, LABEL_BEFORE_REACH)
        and not _search_end(PREV_YEAR_LABEL_BEFORE_RE, text, n.start, LABEL_BEFORE_REACH)
    ):
        return "label or reference number"  # (not 'år 2019' of '(fg år 142 100)': the year before labels a value)
    if (
        n.family == "none"
        and n.value <= 20
        and float(n.value).is_integer()
        and NAME_BEFORE_RE.search(text, 0, n.start)
        and not TOTAL_BEFORE_RE.search(text, 0, n.start)
    ):
        return "number inside a name"
    return None  # (days and kr may be placed on a metric of their unit; otherwise they end unplaced)


def _metric_ok(metric: str, family: str, measure: str, lex: ProseLexicon) -> bool:
    unit = lex.units.get(metric, "")
    if not unit:
        return False
    if family == "tkr":
        return unit == "tkr"
    if family == "pct":
        return unit == "pct" or measure == "change_pct"
    if family == "pp":
        return unit == "pct"
    if family == "fte":
        return unit == "fte"
    if family == "hours":
        return unit == "hours"
    if family == "days":
        return unit == "days"
    if family in ("count", "none"):
        return unit in ("count", "fte")
    return False


def _end_of_month(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


@overload
def _shift_year(d: date, years: int) -> date: ...
@overload
def _shift_year(d: date | None, years: int) -> date | None: ...
def _shift_year(d: date | None, years: int) -> date | None:
    if d is None:
        return None
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + years, day=28)


TERTIAL_RE = re.compile(
    r"\b(?:tertial\s*([123])|T([123]))\b|\b(" + alternation(READER_LISTS["ordinal_word"][:3]) + r")\s+tertial", re.I
)
TIME_TO_DATE_RE = cue_regex("time_to_date_word")  # 'hittills', 'så här långt'
UNTIL_MONTH_RE = re.compile(
    # ('Fram till augusti i år har det gått 91 miljoner sämre', jamtland_lakartidningen_2019 of review 16nw: the
    # months up to the one named, as in 'den siffran gäller endast fram till juli', gavleborg_hela_2016 of review 16pd,
    # whose figure stands in the sentence before)
    r"\b(?:per(?:\s+den)?(?:\s+\d{1,2})?|efter|t\.o\.m\.?|till\s+och\s+med|(?:"
    + words_of("month_to_date_lead")
    + r")|ack(?:umulerat)?|jan(?:uari)?\s*(?:[-–]|till\s)\s*)\s*"
    r"(" + MONTH_ALT + r")(?:\s+(?:månad\s+)?((?:19|20)\d\d))?\b",
    re.I,
)
ROLLING_12_RE = first_char_gated(re.compile(r"\bR12\b|rullande\s+(?:12|" + words_of("twelve_word") + r")\b", re.I))


CLAUSE_YEAR_RE = re.compile(r"(?<![\d\-–/.,])\b((?:19|20)\d\d)\b(?![\d\-–/]|[.,]\d)")


def _years_spoken_of(text: str) -> Iterator[re.Match[str]]:
    """The years of the text (CLAUSE_YEAR_RE), but a year compared with ('sedan 2015', 'jämfört med 2017',
    'jämfört med andra kvartalet 2017')."""
    compared = [m.span() for m in COMPARED_TIME_RE.finditer(text)]
    return (
        m
        for m in CLAUSE_YEAR_RE.finditer(text)
        if not YEAR_COMPARED_LEAD_RE.search(text, 0, m.start()) and not any(a <= m.start() < b for a, b in compared)
    )


def _without_compared_time(clause: str) -> str:
    """The clause with the time of what its number is compared with blanked out (COMPARED_TIME_RE): 'bättre än
    prognosen per oktober' names the forecast's time, 'jämfört med andra kvartalet 2017' the base's, not the
    number's."""
    return COMPARED_TIME_RE.sub(lambda m: " " * len(m.group(0)), clause)


def _period(
    clause: str,
    measure: str,
    prev_year: bool,
    document: Document,
    full_year: bool,
    sentence: str = "",
    context: str = "",
    before: str = "",
) -> tuple[date | None, date | None, str]:
    ps, pe = document.period_start, document.period_end
    if pe is None:
        # no report period: a year the number's own clause names ('gjorde 1 022 538 besök ... 2017')
        # (or the only year of its sentence, else of the list intro or heading it stands under, else of the
        # sentences before it in its paragraph)
        # (not a year compared with: 'har ökat med 8 procent sedan 2015' is no figure of 2015)
        span = YEAR_SPAN_RE.search(sentence or clause) if measure.startswith("change") else None
        if span:
            # 'Mellan 2012 och 2013 försvann ca 400 vårdplatser', 'Från 2003 till 2004 sjönk ...': a change between
            # two years is the later year's (against the earlier), not the first year named
            y = int(span.group(2))
            return date(y, 1, 1), date(y, 12, 31), f"the later year of a change between two: {span.group(0)}"
        year_named = next(_years_spoken_of(clause), None)
        # (a sentence that says 'i år' beside a year it names sets that year apart from the text's own: 'För 2014
        # redovisar Stockholm plus 656 miljoner kronor, men i år pekar prognosen på en förlust på 709' (a news item
        # on the landsting, 2015), 'Under 2023 minskade skatteunderlaget ... på samma nivå i år' (a news item on a
        # region's forecast, 2024): the year dates no figure outside the clause that names it)
        for text in (sentence if not THIS_YEAR_ADVERB_RE.search(sentence) else "", context, before):
            if year_named is None and len({m.group(1) for m in _years_spoken_of(text)}) == 1:
                year_named = next(_years_spoken_of(text))
        if year_named is None:
            return None, None, "no report period"
        y = int(year_named.group(1)) - (1 if prev_year else 0)
        return date(y, 1, 1), date(y, 12, 31), f"year in the sentence: {year_named.group(1)}"
    y = pe.year
    ev = "report period"
    clause = _without_compared_time(clause)
    if measure in ("forecast", "forecast_deviation") or full_year:
        ps, pe, ev = date(y, 1, 1), date(y, 12, 31), "full year"
    else:
        t = TERTIAL_RE.search(clause)
        mo = UNTIL_MONTH_RE.search(clause)
        r12 = ROLLING_12_RE.search(clause)
        first = FIRST_MONTHS_RE.search(clause)
        if r12:
            # rolling 12 months ending at the report period end
            start = _shift_year(pe, -1)
            ps, ev = date.fromordinal(start.toordinal() + 1), "R12"
        elif t:
            k = {"första": 1, "andra": 2, "tredje": 3}.get((t.group(3) or "").casefold()) or int(
                t.group(1) or t.group(2)
            )
            ps, pe, ev = date(y, 1, 1), _end_of_month(y, 4 * k), f"tertial {k}"
        elif first and not mo:
            # 'Under årets första sex månader ... uppgick till 740 miljoner': January to the sixth month
            ps, pe, ev = date(y, 1, 1), _end_of_month(y, MONTH_COUNTS[first.group(1).casefold()]), first.group(0)
        elif mo:
            month = MONTHS[mo.group(1).casefold()]
            year = int(mo.group(2)) if mo.group(2) else y
            if year == y and document.period_start:
                ps, pe, ev = date(year, 1, 1), _end_of_month(year, month), mo.group(0)
        if (
            ev == "report period"
            and document.period_evidence.startswith(OWN_DATE_EVIDENCE)
            and TIME_TO_DATE_RE.search(clause)
        ):
            # a text dated only by its own date gives the year, not the months: 'Hittills i år är underskottet 312
            # miljoner kronor' under 'Publicerad 2019-09-25' runs to a month no one names
            return None, None, "undated: the time to date in a text its own date dates only by year"
    if prev_year:
        ps, pe = _shift_year(ps, -1), _shift_year(pe, -1)
        ev += ", previous year"
    return ps, pe, ev


def _region_name(name: str) -> str:
    """The name after 'Region' without the word the sentence goes on with and without its genitive ('Region
    Östergötland ett plusresultat', 'Region Skånes preliminära bokslut', 'Region Jämtland Härjedalens resultat',
    'Region Skånes kostnader': Östergötland, Skåne, Jämtland Härjedalen, Skåne; no region's name ends on -s);
    'Kalmar län' and a genitive's noun that names a kind of unit ('Region Skånes primärvård', a part of the
    region: unit_kind_word, care_area, hospital_word) stay whole."""
    words = [w.removesuffix("s") if w == "läns" else w for w in name.split()]  # 'Region Kalmar läns resultat'
    genitive = [i for i, w in enumerate(words) if w[:1].isupper() and w.endswith("s")]
    if genitive and genitive[-1] + 1 < len(words) and UNIT_NOUN_RE.fullmatch(words[genitive[-1] + 1]):
        return " ".join(words)  # 'Region Skånes primärvård'
    if len(words) > 1 and words[1] != "län" and words[1][:1].islower():
        words = words[:1]
    return without_genitive(" ".join(words))


ORG_KIND_TITLES = load_org_kind_titles()  # 'verksamhet' -> 'VO' (seeds/org_kind_titles.csv)
# a verb after a capitalised name that makes the name its clause's subject ('Hortlax har'), the endings of a
# capitalised word that is a common noun ('Utveckling'), of a sentence's first word that is no name ('Kostnaderna')
# before a name: the place or unit the number is of, its owner ('för', 'på', 'hos')
PLACE_PREPOSITIONS = words_of("owner_preposition", "owner_place_preposition")
# a hospital word right after a capitalised name ('Akademiska sjukhuset', 'Sollefteå sjukhus', 'Skaraborgs Sjukhus')
HOSPITAL_AFTER_NAME_RE = re.compile(r"[^\S\n]+(?i:" + words_of("hospital_word") + r")(?![\wåäö])")
VERB_AFTER_PLACE_RE = re.compile(r"\s*(?:\(|(?:" + words_of("verb_after_place") + r")\b)")
NOT_A_PLACE_END_RE = re.compile(r"(?:" + cue_alternation(READER_LISTS["not_a_place_ending"]) + r")$")
NAME_SUBJECT_RE = re.compile(
    r"(?:Även\s+)?([A-ZÅÄÖ][a-zåäöé]{2,}(?:-[A-ZÅÄÖa-zåäö]+)?)\s+(?:" + words_of("name_subject_verb") + r")\b"
)
NOT_A_NAME_END_RE = re.compile(r"(?:" + words_of("not_a_name_ending") + r")$")
SUSPENDED_JOIN_RE = re.compile(r"-\s+(" + words_of("conjunction_start") + r")\s+([a-zåäö][\wåäö]+)")


def _names_months(word: str) -> bool:
    """A capitalised month or span of months ('April', 'Januari-Augusti', seeds/month_names.csv): a time, no place."""
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all(p.casefold() in MONTHS for p in parts)


def _org_unit(sentence: str, win_start: int, pos: int, alias_spans: Sequence[tuple[int, int]] = ()) -> str:
    """The org unit the number at `pos` is about; '' is the report's own unit."""
    best = ""
    best_pos = -1
    best_end = -1
    for m in ORG_RE.finditer(sentence[:pos]):
        kind = m.group("kind")
        # (a year after the name is the time, never part of it: 'resultat för Region Uppsala 2020 är 45 miljoner')
        name = re.sub(r"\s+(?:19|20)\d\d$", "", m.group("name").strip(" .-"))
        if name.casefold() in OWN_UNIT_WORDS or not name or name.split()[0] in NOT_A_NAME_START:
            continue  # ('utfallet av verksamheten samt den ekonomiska ställningen': no unit named 'samt den')
        if kind[0].islower() and name[0].islower():
            # a kind of unit written as a common noun names a unit only by a proper name after it: 'som verksamheten
            # omsätter under ett år', 'av verksamheten bedömd till 70 miljoner' go on with a verb, no unit
            continue
        k = kind.casefold()
        if k == "region":
            name = _region_name(name)
        kind = next((title for start, title in ORG_KIND_TITLES.items() if k.startswith(start)), kind)
        name = name[0].upper() + name[1:]
        best, best_pos, best_end = f"{kind} {name}", m.start(), m.end()
    for m in AREA_RE.finditer(sentence[:pos]):
        if m.start() > best_pos:
            best, best_pos, best_end = m.group(1)[0].upper() + m.group(1)[1:], m.start(), m.end()
    clause_start = _clause_start(sentence, 0, pos)
    if best_pos < clause_start and OWN_SUBJECT_RE.search(sentence, clause_start, pos):
        # '..., medan regionen totalt gick med ett överskott på 80 mnkr': the number's clause has its own subject
        best, best_pos, best_end = "", -1, -1
    # a place or unit named without a prefix in the clause right before the number
    clause = sentence[win_start:pos]
    places = [
        m
        for m in CAPITAL_WORD_RE.finditer(clause)
        if m.group(1) not in NOT_PLACES
        and not _names_months(m.group(1))
        and win_start + m.start() != 0
        and win_start + m.start() >= best_end
        and not any(a <= win_start + m.start() < b for a, b in alias_spans)
        and not re.search(r"\bi\s$", clause[: m.start()])
        and (
            VERB_AFTER_PLACE_RE.match(clause[m.end() :])
            or re.search(r"\b(?:" + PLACE_PREPOSITIONS + r")\s+$", clause[: m.start()])
            # ('För Akademiska sjukhuset fortsatte ...': the preposition opens the sentence)
            or re.fullmatch(r"\W*(?i:" + PLACE_PREPOSITIONS + r")\s+", sentence[: win_start + m.start()])
        )
        and not NOT_A_PLACE_END_RE.search(m.group(1))
    ]
    # a sentence whose subject is a name: 'Hortlax har genomfört 91 besök'
    subj = NAME_SUBJECT_RE.match(sentence)
    if (
        not places
        and not best
        and subj
        and win_start == 0
        and subj.group(1) not in NOT_PLACES
        and not _names_months(subj.group(1))
        and not any(a <= subj.start(1) < b for a, b in alias_spans)
        and not NOT_A_NAME_END_RE.search(subj.group(1))
        and not INVERTED_SUBJECT_RE.match(sentence)  # ('Ekonomiskt redovisar VGR ...': the subject follows the verb)
    ):
        return subj.group(1)
    if places:
        place = places[-1].group(1)
        # the first part of a coordinated compound ('för Hälso- och sjukvårdsförvaltningen'): the whole name
        joined = SUSPENDED_JOIN_RE.match(clause[places[-1].end() :])
        if joined:
            place = f"{place}- {joined.group(1)} {joined.group(2)}"
        # a name and a hospital word after it ('för Akademiska sjukhuset', 'för Sollefteå sjukhus'): the hospital's
        # whole name, not its first word
        hospital = HOSPITAL_AFTER_NAME_RE.match(clause, places[-1].end())
        if hospital:
            place += hospital.group(0).rstrip()
        # a name of two capitalised words after its preposition ('Bokslutet för Västra Götalandsregionen 2004 visar'):
        # the whole name, not its first word
        after = NAME_WORD_AFTER_RE.match(clause, places[-1].end()) if not hospital and not joined else None
        if after and after.group(1) not in NOT_PLACES and not _names_months(after.group(1)):
            place += " " + after.group(1)
        # a name of two capitalised words ('Skaraborgs Sjukhus har ...', 'Landstinget Sörmland redovisar ...')
        before = NAME_WORD_BEFORE_RE.search(clause, 0, places[-1].start())
        if (
            before
            and before.group(1) not in NOT_PLACES
            and not _names_months(before.group(1))
            and not re.fullmatch(r"(?i:" + PLACE_PREPOSITIONS + r")", before.group(1))
            and win_start + before.start(1) >= best_end
        ):
            place = f"{before.group(1)} {place}"
        if best and best_pos < win_start + places[-1].start():
            return f"{best} {place}"
        return place
    return best


OWN_UNIT_RE = re.compile(r"\b(?:" + "|".join(sorted(OWN_UNIT_WORDS)) + r")\b", re.I)
# a sentence whose subject is another name ('Piteå har ...', 'Primärvården redovisar ...')
CAPITAL_SUBJECT_RE = re.compile(
    r"(?:(?:"
    + words_of("subject_lead_word")
    + r")\s+)?[A-ZÅÄÖ][a-zåäöé]{2,}(?:\s+[A-ZÅÄÖ][\wåäö]+)?\s+(?:"
    + alternation(READER_LISTS["report_verb"])
    + r")\b"
)


@dataclass
class _Ctx:
    last_metric: str = ""
    last_measure: str = ""  # the measure of the previous sentence's last fact
    # the measure of the last fact of the paragraph so far, with that paragraph's block ('' when it had none)
    paragraph_measure: tuple[str, int] = ("", -1)
    last_sentence_had_fact: bool = False
    last_facts: tuple[ProseFact, ...] = ()  # all the previous sentence's facts
    # (metric, block) of the cost item ('inhyrd_personal_kostnad') the paragraph named last, by its phrase or as the
    # cost of a hired staff group ('kostnaderna för inhyrda läkare'), kept over the sentences after it that name no
    # metric at all: what a bare cost noun ('kostnaden', 'notan') stands for (_cost_item_before)
    last_cost_item: tuple[str, int] = ("", -1)
    # the metric the previous sentence named, by a phrase of its own, as what changed, giving no number
    last_named_change: str = ""
    # (metric, phrase) of the one metric the previous sentence named as what changed, giving no number, by a weak
    # word too ('kostnaderna har ökat'): a later clause that names the same noun again changes that metric
    last_changed_noun: tuple[str, str] = ("", "")
    list_intro: str = ""  # the sentence a bullet list hangs from ('Större avvikelser mot budget:')
    in_list: bool = False
    bullet_first: bool = False  # this sentence opens a bullet point
    prev_text: str = ""
    prev_block: int = -1  # the block of the sentence prev_text is
    # the block of the last sentence that named the months its figures count ('till och med oktober'): the later
    # sentences of that paragraph go on with those months' outcome (_outcome_of_counted_months)
    counted_months_block: int = -1
    block_years: frozenset[str] = frozenset()  # the years that block's sentences named (texts with no period only)
    set_apart_years: frozenset[str] = frozenset()  # those of them named in a sentence that also says 'i år'
    block: int = -1
    colon_org: str = ""  # 'AnOpIVA: ...' names the unit of the rest of its paragraph
    subject_org: str = ""  # 'Verksamhetsområde Medicin redovisar ...' is the subject of its paragraph
    result_level: bool = False  # the paragraph told its 'underskott' apart from the deviation from budget
    part_subject: str = ""  # 'Produktionskostnaderna har kraftigt ökat ...': the paragraph is about a part of the costs
    deviation_block: bool = False  # a sentence of the paragraph read a number as a deviation from budget (no level)
    # (reset where a paragraph starts, as part_subject)
    prose_paragraph: bool = False  # the sentence stands in a paragraph that opens with no bullet (a list is over)
    # the unit of the deviation stated just before, for a sentence that refers back to it by a definite deviation
    # noun ('Intäktsavvikelsen beror på ...', 'Huvuddelen av kostnadsavvikelsen ...')
    deviation_org: str = ""
    # a deviation no word gave a sign ('Budgetavvikelsen ... uppgick till 30,5 mkr'), read up to its sign, with the
    # issue it left: the next sentence may split it into signed parts whose sum gives it (with_sign_of_its_parts)
    unsigned_whole: tuple[ProseFact, ExtractionIssue] | None = None
    prev_unsigned_whole: ProseFact | None = None  # the sentence before's unsigned deviation, while the next is read
    # amounts a budget noun is the subject of that no stage placed ('Budgeten för perioden är -2,0 mnkr'), with the
    # issue each left: budgets_closed_by_arithmetic may find the result and deviation they are the budget of
    budget_amounts: list[tuple[Num, str, int, ExtractionIssue]] = field(default_factory=list)
    # every amount no stage placed, with its issue: the deviation a budget amount may close by arithmetic
    held_amounts: list[tuple[Num, str, int, ExtractionIssue]] = field(default_factory=list)
    # each issue of the sentence reader, by id, with the line and value of its number: a reader after it may place it
    issue_numbers: dict[int, tuple[ExtractionIssue, int, float]] = field(default_factory=dict)

    @property
    def last_fact(self) -> ProseFact | None:
        """The previous sentence's last fact (None when it placed none)."""
        return self.last_facts[-1] if self.last_facts else None


COLON_NAME_RE = re.compile(r"([A-ZÅÄÖ][\wåäöÅÄÖ/&-]{1,30}):\s")  # 'AnOpIVA: ...'
# a deviation noun in the definite form, alone or as a compound's head ('Avvikelsen', 'kostnadsavvikelsen'): the
# deviation the text stated before, analysed further
DEFINITE_DEVIATION_RE = re.compile(
    r"(?<![\wåäö])[\wåäö]*(?:" + alternation(READER_LISTS["deviation_noun"]) + r")(?![\wåäö])", re.I
)
DEVIATION_REACH = 10  # lines after a deviation that a definite deviation noun may refer back to it
_PREPARED: dict[tuple, tuple[ProseLexicon, re.Pattern[str]]] = {}


def _prepared_lexicon(lexicon) -> tuple[ProseLexicon, re.Pattern[str]]:
    """The prose lexicon and its alias regex, built once per lexicon (and seed file versions) rather than
    once per report: reading the seeds and compiling the alternation of every alias is not free."""
    if isinstance(lexicon, ProseLexicon):
        return lexicon, _alias_regex(lexicon)
    items = tuple(dict(lexicon).items())  # in seed order: ties between aliases keep their order
    key = (
        items,
        tuple(_mtime(p) for p in (METRICS, PROSE_PHRASES, ORG_ALIASES, WORD_FORMS, NON_FACT_CUES, NUMBER_WORDS)),
    )
    if key not in _PREPARED:
        lex = load_prose_lexicon(dict(items))
        lex = replace(
            lex, aliases=with_base_forms(lex.aliases, lex.word_forms.get("inflection", ()), WEAK_METRIC_ALIASES)
        )
        if len(_PREPARED) > 8:
            _PREPARED.clear()
        _PREPARED[key] = (lex, _alias_regex(lex))
    return _PREPARED[key]


def _mtime(path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# a line that only dates the text ('Publicerad 2019-09-25', 'Pressmeddelande 25 september 2019 10:15') is a
# sentence of its own, ended where it ends, no part of the sentence below it ('Publicerad 2019-09-25 Förra året
# gick ...' hid the opening 'Förra året' and made '25 Akutmottagningen' a count); a few words, then a day's date
DATELINE_RE = re.compile(
    r"^\s*(?:[^\W\d]+:?\s+){0,3}(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d\s+(?:"
    + MONTH_ALT
    + r")\s+(?:19|20)\d\d)(?:,?\s+(?:[^\W\d]+\.?\s*)?[0-2]?\d[.:][0-5]\d)?\s*$",
    re.I,
)


def with_datelines_ended(lines: list[str]) -> list[str]:
    """The lines, a dateline (DATELINE_RE) ended by a full stop where the text below it starts with a sentence
    (a line with a full stop); above a headline (no full stop: 'Stor osäkerhet i ekonomisk prognos') it stays
    as it is, the headline's own line."""
    out = list(lines)
    for i, line in enumerate(lines):
        if DIGIT_RE.search(line) and DATELINE_RE.match(line):
            below = next((x for x in lines[i + 1 :] if x.strip()), "")
            if "." in below:
                out[i] = line.rstrip() + "."
    return out


def extract_prose(
    report_file: str, lines: list[str], document: Document, lexicon
) -> tuple[list[ProseFact], list[ExtractionIssue]]:
    """Facts stated in running text, and the numbers that could not be placed."""
    lex, rx = _prepared_lexicon(lexicon)
    facts: list[ProseFact] = []
    issues: list[ExtractionIssue] = []
    sentences = lines_to_sentences(with_datelines_ended(lines))
    ctx = _Ctx()
    prev_block_end = None
    prev_sent: Sentence | None = None
    subject_of: Sentence | None = None  # the sentence whose subject (_sentence_subject) the next one may carry
    deviation_of: tuple[str, int] | None = None  # (unit, last line of its sentence) of the last deviation read
    # with a unit named
    budget_amounts: list[tuple[Num, str, int, ExtractionIssue]] = []
    held_amounts: list[tuple[Num, str, int, ExtractionIssue]] = []
    issue_numbers: dict[int, tuple[ExtractionIssue, int, float]] = {}
    for sent in sentences:
        # metric carry only between adjacent sentences of one paragraph
        if prev_block_end is not None and sent.lines[0] - prev_block_end > 3:
            ctx, subject_of = _Ctx(), None
        if sent.block != ctx.block:
            ctx.in_list, ctx.list_intro, ctx.block, ctx.colon_org = False, "", sent.block, ""
            ctx.subject_org, ctx.result_level, ctx.part_subject = "", False, ""
            subject_of = None
        # the unit a sentence opens with is the subject of the next sentence of its paragraph too
        # ('Verksamhetsområde Medicin redovisar ... Prognosen för helåret är ...'), never of a bullet
        # (worked out only when the next sentence is one that may carry it: most sentences name no unit)
        carried_subject = ""
        if (
            subject_of is not None
            and not sent.bullet
            and prev_sent is not None
            and prev_sent.block == sent.block
            and sent.lines[0] <= prev_sent.lines[-1] + 1  # the same paragraph
        ):
            prev_subject = _sentence_subject(subject_of)
            if (
                prev_subject
                and not OWN_UNIT_RE.search(sent.text)
                and not CAPITAL_SUBJECT_RE.match(sent.text)
                and not OWN_SUBJECT_RE.search(sent.text)  # 'Totalt uppgick koncernens resultat till 100 mkr'
            ):
                carried_subject = prev_subject
        subject_of = None if sent.bullet else sent
        colon = COLON_NAME_RE.match(sent.text)
        first_of_block = prev_sent is None or prev_sent.block != sent.block
        # a paragraph starts a block or follows an empty line; its opening part is the subject of all of it
        if prev_sent is None or first_of_block or sent.lines[0] > prev_sent.lines[-1] + 1:
            part = PART_SUBJECT_RE.match(sent.text)
            ctx.part_subject = part.group(1) if part and not sent.bullet else ""
            ctx.deviation_block, ctx.prose_paragraph = False, not sent.bullet
        ctx.prose_paragraph = ctx.prose_paragraph and not sent.bullet
        if (
            colon
            and first_of_block
            and not sent.bullet
            and colon.group(1).casefold() not in NOT_A_COLON_UNIT
            and not _label_metric(colon.group(1), lex, rx)  # 'Dagsjukvård: 44 000' is a metric's label, no unit
        ):
            ctx.colon_org = colon.group(1)
        prev_block_end = sent.lines[-1]
        if sent.bullet and (not ctx.in_list or ctx.prev_text.rstrip().endswith(":")):
            ctx.list_intro, ctx.in_list = ctx.prev_text, True
        ctx.bullet_first = sent.bullet
        ctx.subject_org = carried_subject
        ctx.deviation_org = (
            deviation_of[0]
            if deviation_of
            and sent.lines[0] - deviation_of[1] <= DEVIATION_REACH
            and DEFINITE_DEVIATION_RE.search(sent.text)
            else ""
        )
        waiting, ctx.unsigned_whole = ctx.unsigned_whole, None
        ctx.prev_unsigned_whole = waiting[0] if waiting else None
        f, i = sentence_facts(report_file, sent, document, lex, rx, ctx)
        budget_amounts.extend(ctx.budget_amounts)
        held_amounts.extend(ctx.held_amounts)
        issue_numbers.update(ctx.issue_numbers)
        ctx.budget_amounts, ctx.held_amounts, ctx.issue_numbers = [], [], {}
        f, refused = without_rival_values(with_line_label_parts(f, lines))
        i.extend(refused)
        ctx.subject_org = ""
        named = [x for x in f if x.org_unit and x.measure in ("budget_deviation", "forecast_deviation")]
        deviation_of = (named[-1].org_unit, sent.lines[-1]) if named else deviation_of
        signed = with_sign_of_its_parts(waiting[0], f) if waiting is not None else None
        if signed is not None and waiting is not None:
            facts.append(signed)  # (the sentence before this one stated it: it comes before this one's facts)
            issues = [x for x in issues if x is not waiting[1]]
        if document.period_end is None:
            same_block = ctx.prev_block == sent.block
            named_years = {
                m.group(1)
                for m in CLAUSE_YEAR_RE.finditer(sent.text)
                # (not a month counted from: 'de lägsta sedan januari 2016' dates nothing after it)
                if not MONTH_COMPARED_LEAD_RE.search(sent.text, 0, m.start())
            }
            ctx.block_years = (ctx.block_years if same_block else frozenset()) | named_years
            ctx.set_apart_years = (ctx.set_apart_years if same_block else frozenset()) | (
                named_years if THIS_YEAR_ADVERB_RE.search(sent.text) else set()
            )
        ctx.prev_text, ctx.prev_block = sent.text, sent.block
        if _months_counted(sent.text, len(sent.text)):
            ctx.counted_months_block = sent.block
        prev_sent = sent
        facts.extend(f)
        issues.extend(i)
    closed = budgets_closed_by_arithmetic(budget_amounts, facts, held_amounts)
    facts.extend(fact for fact, _ in closed)
    placed = {id(why) for _, why in closed}
    issues = [x for x in issues if id(x) not in placed]
    facts.extend(scorecard_facts(report_file, lines, document, lex))
    # the count and part readers below each read a number in digits, sentence by sentence: a sentence without a
    # digit gives none of them, so it is tested once here rather than once per reader (count_change_facts also
    # reads the sentence before a change, and gets them all)
    numbered = [sent for sent in sentences if DIGIT_RE.search(sent.text)]
    facts.extend(clause_end_count_facts(report_file, numbered, document, lex, facts))
    facts.extend(work_count_facts(report_file, numbered, document, lex, facts))
    facts.extend(birth_count_facts(report_file, numbered, document, lex, facts))
    facts.extend(whole_count_facts(report_file, numbered, document, lex, facts))
    facts.extend(parenthesized_part_facts(report_file, numbered, document, lex, rx, facts))
    facts.extend(count_change_facts(sentences, document, lex, facts))
    listed = heading_list_facts(report_file, lines, document, lex, rx)
    # a number of a list line is the list's: the sentence reader's reading of that line gives way
    taken = {(f.line, f.value) for f in listed}
    facts = [f for f in facts if (f.line, f.value) not in taken] + listed
    facts = with_line_label_parts(facts, lines)
    facts, refused = without_unit_line_figures(facts, lines, lex, rx)
    issues.extend(refused)
    facts = with_repeated_statements_joined(facts)
    facts = with_restated_kinds_named(facts, lex)
    facts = with_loose_readings_named(facts, lines, lex)
    facts, rounded = without_rounded_restatements(facts, document.org_unit)
    issues.extend(rounded)
    facts = with_budgets_of_the_result_before(facts, lex)
    facts = with_title_figures_as_stated_below(facts, lines)
    facts = undated_before_the_year(facts, lines, document)
    facts = undated_of_the_day_of_writing(facts, document)
    facts, twins = without_undated_twins(facts)
    issues.extend(twins)
    lag = worked_time_month(lines, document)
    metric_lag = metric_months(lines, document, lex, rx)
    facts = [
        _lag_metric(f, metric_lag[f.metric_code])
        if f.metric_code in metric_lag
        else _lag_worked_time(f, lag, lex)
        if lag is not None
        else f
        for f in facts
    ]
    facts, loose = without_loose_approximate_amounts(facts)
    issues.extend(loose)
    return facts, without_issues_of_placed_numbers(issues, issue_numbers, facts)


def is_loose_approximate_amount(f: ProseFact) -> bool:
    """An approximate amount of money ('drygt 400 miljoner', 'närmare 70 miljoner kronor sämre än budget') that
    the reader placed on the report's own unit and dated by nothing but the report's period: no unit, year or
    months in its sentence, and no exact figure of its sentence it is read from ('(as the previous number)': 'blev
    256 miljoner kronor, vilket är cirka 51 miljoner kronor högre än budgeterat' is that figure's deviation)."""
    return (
        f.is_approximate
        and not f.org_unit
        and f.period_evidence == REPORT_PERIOD
        and f.label != PREVIOUS_NUMBER_LABEL
        and _unit_scale(f.unit_raw) is not None
        and next(_years_spoken_of(f.sentence), None) is None
    )


def without_loose_approximate_amounts(facts: list[ProseFact]) -> tuple[list[ProseFact], list[ExtractionIssue]]:
    """The facts, less the loose approximate amounts (is_loose_approximate_amount), held back with their reason.
    A kind of reading, measured, not a phrase: on the review folders as the reader read them before it was tuned
    on them, and on dev and the folders as read now, such readings were more often wrong than right (a part, a
    forecast or a deviation the sentence does not name), where an approximate amount with a unit, a period or an
    exact figure of its own was mostly right."""
    kept: list[ProseFact] = []
    refused: list[ExtractionIssue] = []
    for f in facts:
        if is_loose_approximate_amount(f):
            why = (
                "an approximate amount with no unit, period or exact figure of its own (only the report's): "
                "a kind of reading more often wrong than right"
            )
            refused.append(ExtractionIssue(f.report_file, f.line, "unplaced_number", why, f.sentence))
        else:
            kept.append(f)
    return kept, refused


def without_issues_of_placed_numbers(
    issues: list[ExtractionIssue], numbers: dict[int, tuple[ExtractionIssue, int, float]], facts: list[ProseFact]
) -> list[ExtractionIssue]:
    """The issues, less those the sentence reader left on a number that a reader after it placed ('Vid årets slut
    hade sjukhuset 3 800 medarbetare': no metric phrase fits for the sentence reader, the count reader's staff):
    a number is a fact or an issue, not both."""
    placed = {(f.line, abs(f.value)) for f in facts}
    return [i for i in issues if not ((n := numbers.get(id(i))) and n[0] is i and n[1:] in placed)]


# a line that is a name, a colon and figures only ('Södersjukhuset: 7 667 (7 900)', 'Danderyds sjukhus: 510 (503)')
UNIT_LINE_RE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][^:\d]{1,60}):\s*(?P<figures>[\d\s,.()%+\-–−]*\d[\d\s,.()%+\-–−]*)$")


def without_unit_line_figures(
    facts: list[ProseFact], lines: list[str], lex: ProseLexicon, rx: re.Pattern[str]
) -> tuple[list[ProseFact], list[ExtractionIssue]]:
    """The facts, less those read from a line that is a name and figures only whose name is no metric and no
    part the breakdown seed knows ('Förlossningar per sjukhus (2017 inom parentes):' then 'Södersjukhuset: 7 667
    (7 900)'): the line names the unit its figures are of, and a legend elsewhere which period each figure is
    of; the region's figure they are not, and the reading of the legend is not sure: refused (a line that names
    a metric, 'Operationer: 31 000', is the metric's label and stays)."""
    kept: list[ProseFact] = []
    refused: list[ExtractionIssue] = []
    for f in facts:
        line = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
        m = UNIT_LINE_RE.match(line.rstrip())
        if (
            m is None
            or f.breakdown_label
            or f.quote not in m.group("figures")
            or f.org_unit.casefold() == m.group("label").strip().casefold()
        ):
            kept.append(f)
            continue
        label = m.group("label").strip()
        if (
            label.casefold() in NOT_A_COLON_UNIT
            or _label_metric(label, lex, rx)
            or any(h.metric for h in find_aliases(label, lex, rx))  # ('Läkarbesök i öppenvård: 346 000')
            or is_breakdown(label)
        ):
            kept.append(f)
            continue
        why = f"a figure of a line naming its own unit ('{label}: ...'), the metric and period from elsewhere"
        refused.append(ExtractionIssue(f.report_file, f.line, "unplaced_number", why, f.sentence))
    return kept, refused


def without_undated_twins(facts: list[ProseFact]) -> tuple[list[ProseFact], list[ExtractionIssue]]:
    """The facts, less an undated reading of a figure the text dates elsewhere: the same metric, measure, part and
    value with a period ('239 miljoner kr i överskott för landstinget' as a headline, then 'Västerbotten ... ett
    överskott på 239 miljoner kronor' in a paragraph about 2005) is one statement, and the dated reading is it."""
    dated = {(f.metric_code, f.measure, f.breakdown_label, f.value) for f in facts if f.period_start is not None}
    kept: list[ProseFact] = []
    refused: list[ExtractionIssue] = []
    for f in facts:
        if f.period_start is None and (f.metric_code, f.measure, f.breakdown_label, f.value) in dated:
            why = "an undated reading of a figure the text dates elsewhere (the same statement)"
            refused.append(ExtractionIssue(f.report_file, f.line, "unplaced_number", why, f.sentence))
        else:
            kept.append(f)
    return kept, refused


def _sentence_subject(sent: Sentence) -> str:
    """The named unit a sentence (no bullet) opens with, or that reports in it or that it gives a figure for
    ('Hälso- och sjukvårdsförvaltningen hade 9 522 anställda. Det är en minskning med 59 personer', '... -60,3 mkr
    för Hälso- och sjukvårdsnämnden. Avvikelse fördelas på ...'): the subject of the next sentence of its
    paragraph too; '' when none."""
    subject = ORG_RE.match(sent.text)
    if (
        subject
        and subject.group("kind").casefold() != "region"
        and subject.group("name").strip(" .-").casefold() not in OWN_UNIT_WORDS
    ):
        return _org_unit(sent.text, 0, subject.end())
    return _subject_unit(sent.text) or _unit_after_for(sent.text)


# a budget noun as the subject of the amount its verb gives: 'Budgeten för perioden är -2,0 mnkr', 'Regionens
# årsbudget för 2017 uppgick till 17 mnkr' (a budget of what, the words do not say), or with its amount linked
# ('Vi har en budget på 67 miljoner kronor', budget_amount_link)
BUDGET_SUBJECT_BEFORE_RE = re.compile(
    r"(?<![\wåäö])[a-zåäö]*budget(?:en)?\s+(?:för\s+(?:[^\s,;.()]+\s+){1,2}?)?(?:"
    + cue_alternation(READER_LISTS["budget_value_verb"] + READER_LISTS["budget_amount_link"])
    + r")\s*$",
    re.I,
)
PREVIOUS_NUMBER_LABEL = "(as the previous number)"  # the label of a figure whose metric is the one before it
AMOUNT_SCALE = {u.word.casefold(): u.factor for u in UNIT_WORDS if u.reader_family == "tkr"}  # unit word -> tkr
CLOSED_MEASURES = {"actual": "budget_deviation", "forecast": "forecast_deviation"}  # an outcome and its deviation
ARITHMETIC_SLACK = 0.11  # two figures printed to one decimal, each rounded by up to 0.05


def budgets_closed_by_arithmetic(
    amounts: list[tuple[Num, str, int, ExtractionIssue]],
    facts: list[ProseFact],
    held: Sequence[tuple[Num, str, int, ExtractionIssue]] = (),
) -> list[tuple[ProseFact, ExtractionIssue]]:
    """The budget amounts no stage placed ('Budgeten för perioden är -2,0 mnkr vilket innebär en avvikelse mot
    budget på +203,3 mnkr' after 'resultatet ... är 201,3 mnkr'; 'Regionens årsbudget för 2017 uppgick till 17
    mnkr' between 'ett positivt resultat på 13 mnkr' and 'avvikelsen blev negativ på 4 mnkr') that are the budget
    of exactly one outcome and deviation read near them: outcome - budget = deviation, in the same metric and
    period and of the same org unit (or a deviation of the report's own, ''), all three within
    RESTATEMENT_REACH_LINES lines; the budget takes their metric, period and unit (the arithmetic says whose
    budget it is), each with the issue it replaces. A result's deviation may be an amount of the result's own
    sentence that no stage placed (`held`): the arithmetic places both ('budget för 2020 låg på 100 miljoner
    kronor men ... resultatet för 2020 landade på 323 miljoner kronor, vilket betyder att regionen gått plus med
    223 miljoner', jamtland_svt_2021, review 12h; 'Överskottet ... ser ut att bli 127 miljoner, vilket är 60
    miljoner kronor mer än väntat. – Vi har en budget på 67 miljoner kronor', a Gotland news item, review 14rs).
    An amount that closes no pair, or more than one, stays an issue."""
    out = []
    for n, sentence, line, why in amounts:
        scale = _unit_scale(n.unit)
        if scale is None:
            continue
        near = [
            f
            for f in facts
            if abs(f.line - line) <= RESTATEMENT_REACH_LINES and WS_RE.sub(" ", f.unit_raw).casefold() in AMOUNT_SCALE
        ]
        pairs = [
            (a, d)
            for a in near
            for d in near
            if d.measure == CLOSED_MEASURES.get(a.measure)
            and (d.metric_code, d.period_start, d.period_end) == (a.metric_code, a.period_start, a.period_end)
            and (d.org_unit == a.org_unit or not d.org_unit)  # ('' is the report's own unit, that the other may name)
            and abs(_in_tkr(a) - n.value * scale - _in_tkr(d)) <= ARITHMETIC_SLACK * scale
        ]
        if not pairs:
            deviations = _held_result_deviations(n.value * scale, near, held, n)
            if len(deviations) == 1:
                pairs = [deviations[0][:2]]
                out.append(deviations[0][1:])
        if len(pairs) != 1:
            continue
        a, _ = pairs[0]
        budget = replace(
            a,
            line=line,
            sentence=sentence,
            quote=n.text,
            label="budget",
            measure="budget",
            value=n.value,
            unit_raw=n.unit,
            is_approximate=False,
            sign_word="-" if n.explicit_sign and n.value < 0 else "",
            period_evidence=f"the period of the {a.measure} and deviation it closes ({a.measure} - budget = deviation)",
            carried_metric=False,
        )
        out.append((budget, why))
    return out


RESULT_METRICS = frozenset(m for m, kind in load_metric_units()[2].items() if kind == "result")


def _held_result_deviations(
    budget_tkr: float, near: list[ProseFact], held: Sequence[tuple[Num, str, int, ExtractionIssue]], budget: Num
) -> list[tuple[ProseFact, ProseFact, ExtractionIssue]]:
    """(result, its deviation as a fact, the issue it replaces) for each result read near a budget amount whose
    own sentence holds, after it, an amount no stage placed that is the result less the budget (its size; the
    arithmetic gives its sign)."""
    out = []
    for a in near:
        if a.metric_code not in RESULT_METRICS or a.measure not in CLOSED_MEASURES:
            continue
        for d, sentence, line, why in held:
            scale = _unit_scale(d.unit)
            if d is budget or scale is None or sentence != a.sentence or line < a.line:
                continue
            gap = _in_tkr(a) - budget_tkr
            if d.value > 0 and abs(abs(gap) - d.value * scale) <= ARITHMETIC_SLACK * scale:
                deviation = replace(
                    a,
                    line=line,
                    quote=d.text,
                    label=CLOSED_MEASURES[a.measure],
                    measure=CLOSED_MEASURES[a.measure],
                    value=gap / scale,
                    unit_raw=d.unit,
                    is_approximate=False,
                    sign_word="",
                    period_evidence=f"the period of the {a.measure} it is the deviation of ({a.measure} - budget)",
                    carried_metric=False,
                )
                out.append((a, deviation, why))
    return out


def _unit_scale(unit: str) -> float | None:
    """The tkr in one of a money unit as printed ('miljoner kronor', wrapped over a line or not), None for no money."""
    return AMOUNT_SCALE.get(WS_RE.sub(" ", unit).casefold())


def _in_tkr(f: ProseFact) -> float:
    """An amount fact's value in tkr."""
    return f.value * AMOUNT_SCALE[WS_RE.sub(" ", f.unit_raw).casefold()]


def with_repeated_statements_joined(facts: list[ProseFact]) -> list[ProseFact]:
    """A sentence the text repeats word for word on another line (a web copy's teaser and body, a summary
    quoting its section) is one statement: its later reading takes the unit of the first, so the warehouse
    keeps one fact with both lines as its evidence, not two facts that differ by a unit the context gave."""
    first: dict[tuple, ProseFact] = {}
    out: list[ProseFact] = []
    for f in facts:
        key = (f.metric_code, f.measure, f.period_start, f.period_end, f.value, f.sentence)
        seen = first.setdefault(key, f)
        out.append(replace(f, org_unit=seen.org_unit) if seen.line != f.line and seen.org_unit != f.org_unit else f)
    return out


def with_title_figures_as_stated_below(facts: list[ProseFact], lines: list[str]) -> list[ProseFact]:
    """A number on a title line of its own (loaders/undated.py own_title_line) that the text under it states again
    for the same metric and part is that statement: a title sums up what stands under it, so the figure takes the
    measure and period the sentence below gives it and the warehouse keeps one fact ('Underskott på 235 miljoner i
    landstinget' over 'räknar med att underskottet för 2003 blir ..., ungefär 235 miljoner kronor': the forecast for
    2003, a news item on Landstinget i Jönköpings län). A title no sentence restates keeps its own reading ('Minus på
    162 miljoner kronor för landstinget' over 'Det visar det preliminära bokslutet för 2003': the report's period)."""
    titled = [own_title_line(lines, f.line) for f in facts]  # once per fact, not once per pair
    out: list[ProseFact] = []
    for f, f_titled in zip(facts, titled):
        same = (
            next(
                (
                    g
                    for g, g_titled in zip(facts, titled)
                    if not g_titled
                    and 0 < g.line - f.line <= RESTATEMENT_REACH_LINES
                    and (g.metric_code, g.value, g.breakdown_label) == (f.metric_code, f.value, f.breakdown_label)
                ),
                None,
            )
            if f_titled
            else None
        )
        if same is not None and (same.measure, same.period_start, same.period_end) != (
            f.measure,
            f.period_start,
            f.period_end,
        ):
            f = replace(
                f,
                measure=same.measure,
                period_start=same.period_start,
                period_end=same.period_end,
                period_evidence=f"as stated under the title, L{same.line}: {same.period_evidence}",
            )
        out.append(f)
    return out


def _printed_step(text: str, unit: str) -> float:
    """The step of a figure as printed, in tkr for money and in its own unit otherwise: 100 for '197,9 miljoner',
    1 000 for '198 miljoner', 1 000 000 for 'två miljarder' (a number word is a whole number)."""
    decimals = re.search(r"[,.](\d+)\s*$", text) if DIGIT_RE.search(text) else None
    return (10.0 ** -len(decimals.group(1)) if decimals else 1.0) * (_unit_scale(unit) or 1.0)


def rounds_to(loose: tuple[str, float, str], exact: tuple[str, float, str]) -> bool:
    """Whether the figure `loose` (text as printed, value, unit) is `exact` rounded to the step `loose` is printed
    to: 'nästan två miljarder' of 1 867 miljoner, '198 miljoner' of 197,9 miljoner. Both of one sign, `loose`
    printed coarser."""
    step, exact_step = _printed_step(loose[0], loose[2]), _printed_step(exact[0], exact[2])
    a, b = loose[1] * (_unit_scale(loose[2]) or 1.0), exact[1] * (_unit_scale(exact[2]) or 1.0)
    # (a figure is printed no coarser than itself: 'en halv miljard' is a step of half a milliard, not of one, so it
    # rounds no '11 miljoner')
    step = min(step, abs(a))
    return step > exact_step and a * b > 0 and abs(a - b) <= step / 2 + 1e-9


def without_rounded_restatements(facts: list[ProseFact], own: str) -> tuple[list[ProseFact], list[ExtractionIssue]]:
    """The facts, less a figure that is another one of the same metric, measure, period, org unit and part rounded:
    one key has one value, so a text that states a figure exactly and elsewhere rounded (a title, a summary, an
    approximation) states one fact, kept with its exact value ('Överskott på 198 miljoner för regionen' and 'Med ett
    resultat på 198 miljoner under 2022' around 'ett resultat på 197,9 miljoner kronor för 2022', Region Kalmar
    län's press release of 2023 in the dev corpus; 'en förlust 2019 på nästan två miljarder kronor ( 1 867 miljoner
    kronor)', Karolinska Universitetssjukhuset, a news item of 2020). A figure of no named unit ('') is the report's
    own unit's, `own`. The rounded figure stays in the ledger, with the line of the figure it rounds."""
    kept: list[ProseFact] = []
    refused: list[ExtractionIssue] = []
    for f in facts:
        key = (f.metric_code, f.measure, f.period_start, f.period_end, f.breakdown_label)
        exact = next(
            (
                g
                for g in facts
                if g is not f
                and (g.metric_code, g.measure, g.period_start, g.period_end, g.breakdown_label) == key
                and g.org_unit in {f.org_unit, own if not f.org_unit else f.org_unit}
                and rounds_to((f.quote, f.value, f.unit_raw), (g.quote, g.value, g.unit_raw))
            ),
            None,
        )
        if exact is None:
            kept.append(f)
            continue
        why = f"a rounded restatement of the figure {exact.quote} {exact.unit_raw} on line {exact.line}: one fact"
        refused.append(ExtractionIssue(f.report_file, f.line, "unplaced_number", why, f.sentence))
    return kept, refused


# how far after the compound's figure its head noun may restate it: the same passage, not a later chapter that
# states the plain figure anew ('Balanskravsresultatet ... 120 mnkr' early, 'Årets resultat ... 120 mnkr' later)
RESTATEMENT_REACH_LINES = 10


def with_restated_kinds_named(facts: list[ProseFact], lex: ProseLexicon) -> list[ProseFact]:
    """An amount the text gave first under a compound metric word and then restates under the compound's bare
    head noun is the compound's figure: the head refers back ('ett balanskravsresultat på plus 251 miljoner
    kronor. Detta är 86 miljoner kronor bättre än budgeterat ... Resultatet är 86 miljoner kronor bättre än
    budgeterat'; 'Justerat resultat enligt balanskravet ... minus 88 miljoner kronor ... årets negativa resultat på
    minus 88 miljoner kronor'). Only backwards: a head noun stated first and a compound after it ('Resultatet
    prognostiseras till -17 mnkr ... prognostiserade balanskravsresultat ... -17 mnkr') are two statements."""
    compounds = _alias_phrases_by_metric(lex)
    earlier: dict[tuple, ProseFact] = {}
    out: list[ProseFact] = []
    for f in facts:
        key = (f.measure, f.period_start, f.period_end, f.value, f.unit_raw, f.org_unit, f.breakdown_label)
        head = f.label.casefold()
        first = earlier.get(key)
        if (
            first is not None
            and first.metric_code != f.metric_code
            and f.line - first.line <= RESTATEMENT_REACH_LINES
            and " " not in head
            and any(a.endswith(head) and a != head and " " not in a for a in compounds.get(first.metric_code, ()))
            and _definite(head, f.sentence)
        ):
            f = replace(f, metric_code=first.metric_code, label=f"{f.label} (restating {first.metric_code})")
        earlier.setdefault(key, f)
        out.append(f)
    return out


def with_loose_readings_named(facts: list[ProseFact], lines: list[str], lex: ProseLexicon) -> list[ProseFact]:
    """A figure read loosely - on a title line of its own, or under a weak word alone whose metric is only the
    word's default ('Prognos på plus 44 miljoner kronor': 'prognos' names a measure) - that a nearby statement
    outside a title gives again (the same measure, period, value, unit and breakdown) under exactly one other
    metric of the same amount kind, named by a word of its own, is that metric's figure: a title or a summary
    says in looser words what its body states ('Prognos om plus 481 miljoner kronor' over 'Region Uppsalas
    årsprognos, enligt balanskravsresultatet, uppgår ... till plus 481 miljoner kronor'; 'Region Uppsala gör ett
    årsresultat på plus 251 miljoner kronor' over '... ett balanskravsresultat på plus 251 miljoner kronor'), so it
    is one fact, not a second under the default metric. Either order; it takes the unit of the statement when it
    names none."""

    def weak(f: ProseFact) -> bool:  # the metric is only a weak word's default, no word or qualifier of its own
        base = f.label.split(" (")[0].strip().casefold()
        return base in WEAK_METRIC_ALIASES and f.label.strip().casefold() == base

    def key(f: ProseFact) -> tuple:
        return (f.measure, f.period_start, f.period_end, f.value, f.unit_raw, f.breakdown_label)

    loose = [weak(f) or own_title_line(lines, f.line) for f in facts]  # once per fact, not once per pair
    out: list[ProseFact] = []
    for f, f_loose in zip(facts, loose):
        kind = lex.amount_kinds.get(f.metric_code)
        if kind is not None and f_loose:
            same = [
                g
                for g, g_loose in zip(facts, loose)
                if g is not f
                and g.metric_code != f.metric_code
                and abs(g.line - f.line) <= RESTATEMENT_REACH_LINES
                and key(g) == key(f)
                and lex.amount_kinds.get(g.metric_code) == kind
                and not g_loose
                and (g.org_unit == f.org_unit or not f.org_unit)
            ]
            if len({g.metric_code for g in same}) == 1:
                g = same[0]
                f = replace(f, metric_code=g.metric_code, org_unit=g.org_unit, label=f"{f.label} (stated as {g.label})")
        out.append(f)
    return out


# how many lines after a result its budget may stand and still be compared with it (the sentence after, in its
# paragraph)
BUDGET_AFTER_RESULT_LINES = 1


def with_budgets_of_the_result_before(facts: list[ProseFact], lex: ProseLexicon) -> list[ProseFact]:
    """A budget named only by a weak word or by the bare head noun of the result just stated ('överskott',
    'resultat') is that result's budget: the fact right before it, an outcome of another metric of the same amount
    kind (a named result, 'verksamhetsresultat', 'underskott för verksamheterna') of the same period, in the same or
    the next line. The sentence compares the two: 'Region Västmanland redovisar 2021 ett verksamhetsresultat på 289
    miljoner kronor. Budgeterat resultat var 188 miljoner kronor' (Region Västmanland's press release of 2022);
    'visade ett underskott för verksamheterna på 362 miljoner kronor. Det är en försämring jämfört med budgeten, som
    beräknade ett överskott på 173 miljoner kronor' (Region Gävleborg's news of 2024). Not the whole result's
    budget, which the text never gives."""
    compounds = _alias_phrases_by_metric(lex)
    out: list[ProseFact] = []
    for i, f in enumerate(facts):
        before = facts[i - 1] if i else None
        head = f.label.split(" (")[0].strip().casefold()
        kind = lex.amount_kinds.get(f.metric_code)
        if (
            before is not None
            and f.measure == "budget"
            and before.measure == "actual"
            and before.metric_code != f.metric_code
            and kind == "result"
            and lex.amount_kinds.get(before.metric_code) == kind
            and 0 <= f.line - before.line <= BUDGET_AFTER_RESULT_LINES
            and (f.period_start, f.period_end) == (before.period_start, before.period_end)
            and f.org_unit in ("", before.org_unit)
            and (
                head in WEAK_METRIC_ALIASES
                or (
                    " " not in head
                    and any(a.endswith(head) and a != head for a in compounds.get(before.metric_code, ()))
                )
            )
        ):
            f = replace(
                f,
                metric_code=before.metric_code,
                org_unit=before.org_unit,
                label=f"{f.label} (budget of {before.label})",
            )
        out.append(f)
    return out


# id of a lexicon -> (that lexicon, metric -> its alias phrases), once per lexicon rather than once per report
_ALIAS_PHRASES: dict[int, tuple[ProseLexicon, dict[str, set[str]]]] = {}


def _alias_phrases_by_metric(lex: ProseLexicon) -> dict[str, set[str]]:
    if id(lex) not in _ALIAS_PHRASES:
        if len(_ALIAS_PHRASES) > 8:  # (as _PREPARED: a lexicon per call, in tests, never piles up)
            _ALIAS_PHRASES.clear()
        phrases: dict[str, set[str]] = {}
        for alias, metric in lex.aliases.items():
            phrases.setdefault(metric, set()).add(alias.casefold())
        _ALIAS_PHRASES[id(lex)] = (lex, phrases)
    return _ALIAS_PHRASES[id(lex)][1]


def _definite(head: str, sentence: str) -> bool:
    """The head noun stands in the sentence in a definite noun phrase, which refers back ('Resultatet', 'årets
    negativa resultat'), not an indefinite one, which states something new ('ett resultat på')."""
    h = re.escape(head)
    return bool(re.search(r"\b" + h + r"(?:et|en|na)\b|\b[a-zåäö]+s\s+(?:[a-zåäö]+\s+)?" + h + r"\b", sentence, re.I))


def _mission_count(text: str, n: Num) -> re.Match[str] | None:
    """The mission noun right after a number of a sentence that names an ambulance, or None."""
    return MISSION_NOUN_AFTER_RE.match(text, n.unit_end) if AMBULANCE_RE.search(text) else None


def _noun_count_fact(
    report_file: str, sent: Sentence, m: re.Match[str], nouns: dict[str, str], document: Document
) -> ProseFact | None:
    """The fact of a count `m` (groups num, noun) whose noun names the metric (`nouns`: noun -> metric)."""
    value = parse_number(m.group("num"))
    if value is None:
        return None
    return ProseFact(
        report_file=report_file,
        line=sent.line_at(m.start("num")),
        sentence=_clip(sent.text),
        quote=m.group("num"),
        label=m.group("noun"),
        metric_code=nouns[m.group("noun").casefold()],
        measure="actual",
        value=value,
        unit_raw=m.group("noun"),
        period_start=None,
        period_end=None,
        org_unit="",
        is_approximate=bool(APPROX_RE.search(sent.text[: m.start("num")])),
        period_evidence="report period" if document.period_end else "no report period",
    )


def _family_count_facts(
    report_file: str,
    sentences: list[Sentence],
    document: Document,
    lex: ProseLexicon,
    facts: list[ProseFact],
    family: str,
    tail: str,
    sentence_ok,
) -> list[ProseFact]:
    """A count of a noun of seeds/prose_phrases.csv `family` (the number, the noun, then `tail`) in each
    sentence `sentence_ok` accepts, where the sentence reader placed no fact on that number."""
    nouns = {phrase: metric for (phrase, fam), metric in lex.unit_phrases.items() if fam == family}
    if not nouns:
        return []
    count_re = re.compile(
        # (not the last part of a date or label: '2019-09-25 Akutmottagningen', as _skip_reason)
        r"(?<![\d,.])(?<!\w[-–/:.])(?P<num>[1-9]\d{0,2}(?:[ \u00a0]\d{3})+|\d+)\s+(?P<noun>"
        + alternation(sorted(nouns, key=len, reverse=True))
        + r")"
        + tail,
        re.I,
    )
    taken = {(f.line, abs(f.value)) for f in facts}  # (a change the reader placed is signed: '-82' of '82')
    out = []
    nouns_folded = needed_words(count_re)  # (one of the nouns stands in every match: most sentences have none)
    for sent in sentences:
        # (the number is in digits: a sentence without one is not searched)
        m = (
            count_re.search(sent.text)
            if DIGIT_RE.search(sent.text)
            and (nouns_folded is None or any(map(folded(sent.text).__contains__, nouns_folded)))
            and sentence_ok(sent.text)
            else None
        )
        if m is None or YEAR_DIGITS_RE.fullmatch(m.group("num")):
            continue
        before = sent.text[: m.start("num")]
        if any(scope != "count" and cue.search(before) for cue, scope, _ in lex.non_fact_cues):
            continue  # ('Hälften av de anställda, 4 000 personer, arbetar deltid': a part, seeds/non_fact_cues.csv)
        if nouns[m.group("noun").casefold()] in stock_metrics() and STOCK_FLOW_RE.search(sent.text):
            continue  # ('Under perioden nyanställdes 410 medarbetare': those who came, not the staff)
        fact = _noun_count_fact(report_file, sent, m, nouns, document)
        if fact is not None and (fact.line, abs(fact.value)) not in taken:
            out.append(fact)
    return out


def clause_end_count_facts(
    report_file: str, sentences: list[Sentence], document: Document, lex: ProseLexicon, facts: list[ProseFact]
) -> list[ProseFact]:
    """'Vi är 4631 medarbetare.', 'Vi har ungefär 10 100 medarbetare.': a count whose noun names a metric
    only when it ends the sentence (family 'clause_end'; '2 medarbetare utnämnts till professorer' and
    '2600 medarbetare är aktiva inom forskning' count something else)."""
    return _family_count_facts(
        report_file, sentences, document, lex, facts, "clause_end", r"\s*[.!]?\s*$", lambda text: True
    )


WORK_WORD_RE = cue_regex("work_word", literal=True)


def work_count_facts(
    report_file: str, sentences: list[Sentence], document: Document, lex: ProseLexicon, facts: list[ProseFact]
) -> list[ProseFact]:
    """'arbetar närmare 3 850 personer', '4 600 personer har SÖS som sin arbetsplats': the one number of a
    sentence about working (seeds/reader_words.csv work_word), counting people (family 'work_count'), is
    the staff count."""
    return _family_count_facts(
        report_file,
        sentences,
        document,
        lex,
        facts,
        "work_count",
        r"\b",
        lambda text: bool(WORK_WORD_RE.search(text)) and len(NUMBER_RE.findall(text)) == 1,
    )


HOSPITAL_AFTER_PA_RE = re.compile(r"\bpå\s+" + HOSPITAL_RE.pattern)
BIRTH_WORD_RE = first_char_gated(cue_regex("birth_word", literal=True))


def birth_count_facts(
    report_file: str, sentences: list[Sentence], document: Document, lex: ProseLexicon, facts: list[ProseFact]
) -> list[ProseFact]:
    """'Under 2016 föddes 7286 barn på SÖS', 'Under 2014 föddes 2 587 barn på Skaraborgs sjukhus': a count
    (family 'birth_count', 'barn') in a sentence saying they were born (seeds/reader_words.csv birth_word), at
    a place named after 'på'; not a count without its place ('1995 föddes 103 422 barn', the country's)."""
    births = _family_count_facts(
        report_file,
        sentences,
        document,
        lex,
        facts,
        "birth_count",
        r"\s+på\s+(?-i:[A-ZÅÄÖ])",
        lambda text: bool(BIRTH_WORD_RE.search(text)),
    )
    # the births are the hospital's the sentence names ('föddes 2 587 barn på Skaraborgs sjukhus i Skövde')
    hospitals = [HOSPITAL_AFTER_PA_RE.search(f.sentence) for f in births]
    births = [replace(f, org_unit=h.group(1)) if h else f for f, h in zip(births, hospitals)]
    births.extend(_births_at_place(report_file, sentences, document, lex, facts + births))
    return [_of_opening_year(f, document) for f in births]


# the count of a birth verb at a hospital, the place after it or opening the sentence: 'Under 1990 föddes det
# 2 672 vid sjukhuset i Skövde' (the verb alone names the metric), 'På Södersjukhuset föds mer än 7 000 barn
# årligen'; between the verb and the number at most three small words ('det', 'mer än', 'totalt')
BIRTH_COUNT_NUMBER = r"(?P<num>[1-9]\d{0,2}(?:[ \u00a0]\d{3})+|\d+)"
BIRTH_GAP = r"\s+(?:[a-zåäö]+\s+){0,3}?"
BIRTH_PREPOSITION = alternation(READER_LISTS["birth_place_preposition"])
BIRTH_VERB = r"(?i:" + alternation(READER_LISTS["birth_word"]) + r")"
BIRTH_RATE_AFTER_RE = re.compile(r"\s+per\s")  # (after the count and a yearly phrase: 'per månad', 'per dag')
BIRTH_YEARLY = r"(?:\s+(?:" + cue_alternation(READER_LISTS["yearly_rate_phrase"]) + r"))?"


def _births_at_place(
    report_file: str, sentences: list[Sentence], document: Document, lex: ProseLexicon, facts: list[ProseFact]
) -> list[ProseFact]:
    """'föddes det 2 672 vid sjukhuset i Skövde', 'På Södersjukhuset föds mer än 7 000 barn årligen': a birth
    count the verb names, with the hospital named after it or opening the sentence (birth_count_facts)."""
    nouns = {phrase: metric for (phrase, fam), metric in lex.unit_phrases.items() if fam == "birth_count"}
    if not nouns:
        return []
    noun = r"(?P<noun>(?i:" + alternation(sorted(nouns, key=len, reverse=True)) + r"))"
    # the place after the count: the verb alone names the metric ('föddes det 2 672 vid sjukhuset')
    place_after = re.compile(
        r"\b(?P<verb>"
        + BIRTH_VERB
        + r")"
        + BIRTH_GAP
        + BIRTH_COUNT_NUMBER
        + r"(?:\s+"
        + noun
        + r")?"
        + BIRTH_YEARLY
        + r"\s+(?:"
        + BIRTH_PREPOSITION
        + r")\s+(?P<place>"
        + HOSPITAL_RE.pattern
        + r")"
    )
    # the place opening the sentence: the noun is needed ('På Södersjukhuset föds mer än 7 000 barn årligen')
    place_first = re.compile(
        r"^\W*(?i:"
        + BIRTH_PREPOSITION
        + r")\s+(?P<place>"
        + HOSPITAL_RE.pattern
        + r")\s+(?P<verb>"
        + BIRTH_VERB
        + r")"
        + BIRTH_GAP
        + BIRTH_COUNT_NUMBER
        + r"\s+"
        + noun
        + BIRTH_YEARLY
    )
    metric = next(iter(set(nouns.values()))) if len(set(nouns.values())) == 1 else ""
    taken = {(f.line, abs(f.value)) for f in facts}
    out = []
    for sent in sentences:
        if not DIGIT_RE.search(sent.text) or not BIRTH_WORD_RE.search(sent.text) or not metric:
            continue
        for m in (place_first.match(sent.text), *place_after.finditer(sent.text)):
            if m is None or YEAR_DIGITS_RE.fullmatch(m.group("num")):
                continue
            value = parse_number(m.group("num"))
            line = sent.line_at(m.start("num"))
            if value is None or (line, value) in taken:
                continue
            if BIRTH_RATE_AFTER_RE.match(sent.text, m.end()) or any(
                scope != "count" and cue.search(sent.text[: m.start("num")]) for cue, scope, _ in lex.non_fact_cues
            ):
                continue  # ('föds 200 barn per månad', 'föddes potentiellt 7 000 barn': seeds/non_fact_cues.csv)
            taken.add((line, value))
            place = m.group("place").strip()
            out.append(
                ProseFact(
                    report_file=report_file,
                    line=line,
                    sentence=_clip(sent.text),
                    quote=m.group("num"),
                    label=m.group("noun") or m.group("verb"),
                    metric_code=metric,
                    measure="actual",
                    value=value,
                    unit_raw=m.group("noun") or "",
                    period_start=None,
                    period_end=None,
                    # ('vid sjukhuset i Skövde': a common noun names the hospital only with its place)
                    org_unit=place[:1].upper() + place[1:],
                    is_approximate=bool(APPROX_RE.search(sent.text[: m.start("num")])),
                    period_evidence="report period" if document.period_end else "no report period",
                )
            )
    return out


def _of_opening_year(f: ProseFact, document: Document) -> ProseFact:
    """A birth count of a sentence that opens with a year is that year's ('Under 1990 föddes det 2 672'), as the
    sentence reader reads it: the report's own year is the report's period, another year the same months of that
    year ('2018 gjordes 500 operationer' in a report of January-August 2019), the whole year in an undated text."""
    year = YEAR_OPENS_RE.match(f.sentence)
    start, end = document.period_start, document.period_end
    if year is None or (end is not None and int(year.group(1)) == end.year):
        return f
    y = int(year.group(1))
    if start is not None and end is not None and start.year == end.year:
        start, end = date(y, start.month, 1), _end_of_month(y, end.month)
    else:
        start, end = date(y, 1, 1), date(y, 12, 31)
    return replace(f, period_start=start, period_end=end, period_evidence=f"year opening its sentence: {y}")


# 'drygt 64 000 transporter, en ökning med cirka 4 700 jämfört med året innan', '... på 428 personer. En liten
# ökning i jämförelse med 2016 med 4 personer.': a change noun in apposition to a count (after a comma or a link
# word, or opening the next sentence), its number with no noun or a noun restating people counted; the number whole
# (no digit nor decimal part after it: 'en ökning med 10,7 procent' is no change of 1)
COUNT_CHANGE_RE = re.compile(
    r"(?:^\W*|,\s*(?:(?:"
    + words_of("previous_number_link")
    + r")\s+[a-zåäö]+\s+)?)(?i:en)\s+(?:[a-zåäö]+\s+)?(?P<change>(?i:"
    + words_of("change_noun")
    + r"))\b(?P<mid>[^,.;:()\d]{0,40}?(?:\s(?:19|20)\d\d)?[^,.;:()\d]{0,10}?)\s+med\s+(?P<approx>(?:"
    + cue_alternation(READER_LISTS["approximation_word"])
    + r")\s+)?(?!(?:19|20)\d\d\b)(?P<num>[1-9]\d{0,2}(?:[ \u00a0]\d{3})+|\d+)(?!\d|[,.]\d)(?:\s+(?P<noun>[a-zåäö]+))?"
)
COUNT_CHANGE_COMPARED_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_LISTS["count_change_comparison"]) + r")\s+(?P<what>[^,.;:()]{1,40})", re.I
)
EARLIER_YEAR_RE = re.compile(
    r"\b(?:"
    + words_of("previous_word")
    + r")\s+år(?:et)?\b|\b(?:"
    + cue_alternation(READER_LISTS["previous_year_adverb"] + READER_LISTS["relative_previous_year"])
    + r")\b",
    re.I,
)


def count_change_facts(
    sentences: list[Sentence], document: Document, lex: ProseLexicon, facts: list[ProseFact]
) -> list[ProseFact]:
    """The change of a count placed right before it, in apposition ('drygt 64 000 transporter, en ökning med cirka
    4 700 jämfört med året innan') or opening the next sentence of its paragraph ('428 personer. En liten ökning i
    jämförelse med 2016 med 4 personer.'): that count's metric, period and unit, signed by the change noun; only
    against the year before the count's (a year or 'året innan', seeds count_change_comparison), and only a
    bare number or one restating what the count counts (its own noun, seeds restated_count_noun)."""
    taken = {(f.line, abs(f.value)) for f in facts}
    by_sentence: dict[str, list[ProseFact]] = {}
    for f in facts:
        by_sentence.setdefault(f.sentence, []).append(f)
    out: list[ProseFact] = []
    prev: Sentence | None = None
    for sent in sentences:
        before, prev = prev, sent
        m = COUNT_CHANGE_RE.search(sent.text) if DIGIT_RE.search(sent.text) else None
        if m is None:
            continue
        value = parse_number(m.group("num"))
        line = sent.line_at(m.start("num"))
        if value is None or YEAR_DIGITS_RE.fullmatch(m.group("num")) or (line, value) in taken:
            continue
        if m.start() == 0 or not sent.text[: m.start()].strip(" \u2022-–"):
            # (opening its sentence: the count is the last one of the sentence before, in the same paragraph)
            if before is None or before.block != sent.block or sent.lines[0] > before.lines[-1] + 1:
                continue
            base_of, base_sentence, limit = before, _clip(before.text), len(before.text)
        else:
            base_of, base_sentence, limit = sent, _clip(sent.text), m.start()
        placed = [
            (base_of.text.rfind(f.quote, 0, limit), f)
            for f in by_sentence.get(base_sentence, [])
            if f.measure == "actual" and not f.breakdown_label
        ]
        placed = [(at, f) for at, f in placed if at >= 0]
        if not placed:
            continue
        at, base = max(placed, key=lambda p: p[0])
        if (
            lex.units.get(base.metric_code) != "count"
            or base.value <= value
            or any(at + len(base.quote) < pos < limit for pos in _digit_starts(base_of.text))
        ):
            continue  # (a count, larger than its change, and no other number between them)
        noun = (m.group("noun") or "").casefold()
        if noun in FUNCTION_WORDS or COUNT_CHANGE_COMPARED_RE.match(sent.text, m.start("noun")):
            noun = ""  # ('4 700 jämfört med året innan': no noun of its own)
        if noun and noun not in READER_WORDS["restated_count_noun"] and noun != base.unit_raw.casefold():
            continue  # ('en ökning med 47 bebisar': a noun the count did not use may count something else)
        compared = COUNT_CHANGE_COMPARED_RE.search(sent.text, m.start("change"))
        if compared is None or not _the_year_before(compared.group("what"), base, document):
            continue
        # (the sign from the change noun and the word before it: 'en liten ökning', 'en minskning'; a change with
        # no direction, 'en förändring med 20', or both, 'en negativ utveckling', is not signed: no fact)
        lead = sent.text[m.start() : m.start("num")]
        negative, positive = NEG_WORDS_RE.search(lead), POS_WORDS_RE.search(lead)
        if bool(negative) == bool(positive):
            continue
        sign = -1.0 if negative else 1.0
        out.append(
            replace(
                base,
                line=line,
                sentence=_clip(sent.text),
                quote=m.group("num"),
                label=f"{m.group('change')} (of the count before)",
                measure="change_abs",
                value=sign * value,
                unit_raw=noun or base.unit_raw,
                is_approximate=bool(m.group("approx")),
                sign_word=m.group("change"),
                carried_metric=base_of is not sent,
            )
        )
        taken.add((line, value))
    return out


def _digit_starts(text: str) -> list[int]:
    """Where the numbers of a text start."""
    return [x.start() for x in NUMBER_RE.finditer(text)]


def _the_year_before(what: str, base: ProseFact, document: Document) -> bool:
    """The words after a comparison name the year before the count's ('2016' for a count of 2017, 'året innan')."""
    year = re.search(r"\b((?:19|20)\d\d)\b", what)  # ('2016', 'samma period 2018')
    if year is None:
        return bool(EARLIER_YEAR_RE.search(what))
    end = base.period_end or document.period_end
    return end is not None and int(year.group(1)) == end.year - 1


ADMISSION_WORD_RE = cue_regex("admission_word")
# what names a part of the patients or a cause after the count ('500 patienter lades in på grund av influensa')
COUNT_PART_AFTER_RE = cue_regex("count_part_after")


def _whole_counts(facts: list[ProseFact]) -> list[ProseFact]:
    """The count facts whose sentence names no part of the patients or cause after the number."""
    return [f for f in facts if not COUNT_PART_AFTER_RE.search(f.sentence.split(f.quote, 1)[-1])]


VISIT_WORD_RE = cue_regex("visit_word")
# a count family of seeds/prose_phrases.csv and the sentences it is read in
WHOLE_COUNT_SENTENCES = (
    # 'Skriver vi in cirka 35 000 patienter', 'lades in på någon av våra avdelningar vid 55 575 tillfällen': a
    # count of patients or occasions in a sentence saying they were admitted (seeds/reader_words.csv
    # admission_word) is the admissions, vårdtillfällen ('42 990 unika personer lades in' counts people, not
    # admissions; 'skrivs 165 patienter in' a day is no verb the list names)
    ("admission_count", lambda text: bool(ADMISSION_WORD_RE.search(text))),
    # 'Besöker cirka 67 200 akutmottagningen', '30 149 sökande vid Sachsska Barn- och ungdomssjukhusets
    # akutmottagning': a count of the emergency unit itself or of those seeking it in a sentence about visiting
    # (visit_word) that names an emergency unit is the emergency visits, akutbesok
    ("emergency_visit_count", lambda text: bool(VISIT_WORD_RE.search(text)) and bool(EMERGENCY_UNIT_RE.search(text))),
)


def whole_count_facts(
    report_file: str, sentences: list[Sentence], document: Document, lex: ProseLexicon, facts: list[ProseFact]
) -> list[ProseFact]:
    """The counts of WHOLE_COUNT_SENTENCES's families in their sentences, each on a number no fact before it
    took, unless the sentence names a part of the patients or a cause after the number."""
    out: list[ProseFact] = []
    for family, sentence_ok in WHOLE_COUNT_SENTENCES:
        out += _whole_counts(
            _family_count_facts(report_file, sentences, document, lex, facts + out, family, r"\b", sentence_ok)
        )
    return out


def parenthesized_part_facts(
    report_file: str,
    sentences: list[Sentence],
    document: Document,
    lex: ProseLexicon,
    rx: re.Pattern[str],
    facts: list[ProseFact],
) -> list[ProseFact]:
    """'Utför vi cirka 19 900 (oplanerade 4 160, planerade 15 760) operationer': a whole and its parts in
    parentheses, the metric named by the noun before or after them (loaders/factlists.parts_in_parentheses);
    '3 500 planerade operationer och 1 000 akuta': parts before their noun (factlists.parts_before_nouns);
    when the sentence reader placed no fact on those numbers."""

    def metric_of(noun: str) -> str:
        metric = _label_metric(noun, lex, rx) if noun else ""
        return metric if lex.units.get(metric) == "count" else ""

    taken = {(f.line, f.value) for f in facts}
    out = []
    for sent in sentences:
        if not DIGIT_RE.search(sent.text):
            continue  # (both readings start at a number in digits: most sentences have none)
        found = parts_in_parentheses(sent.text, metric_of) if "(" in sent.text else []
        for at, item, metric, part in found + parts_before_nouns(sent.text, metric_of):
            line = sent.line_at(at)
            if (line, item.value) in taken:
                continue
            out.append(
                listed_count_fact(
                    report_file,
                    line,
                    _clip(sent.text),
                    item,
                    metric,
                    metric,
                    "",
                    bool(APPROX_RE.search(sent.text[:at])),
                    part,
                    "report period" if document.period_end else "no report period",
                )
            )
    return out


PER_YEAR_RE = re.compile(r"\s*(?:/|per\s+)år\s*$", re.I)  # 'Förlossningar/år': a count per year, still the metric


def heading_list_facts(
    report_file: str, lines: list[str], document: Document, lex: ProseLexicon, rx: re.Pattern[str]
) -> list[ProseFact]:
    """The numbers of fact lists under a heading that names their metric (loaders/factlists.py), with the
    metrics a heading or label names read by this module's lexicon and word forms."""

    def metrics_of(text: str) -> list[str]:
        return [h.metric for h in find_aliases(text, lex, rx) if h.metric and h.phrase not in WEAK_METRIC_ALIASES]

    def heading_metric(heading: str) -> str:
        # the heading is the name of one metric, weak aliases too: under it, 'Anställda' is the count of staff
        text = LABEL_TRIM_RE.sub("", LABEL_LEAD_RE.sub("", PER_YEAR_RE.sub("", heading)))
        hits = find_aliases(text, lex, rx)
        if len(hits) != 1 or hits[0].start > 0 or hits[0].end < len(text):
            return ""
        # 'Medarbetare' names the staff count only as the heading of a list: seeds/prose_phrases.csv, family 'list'
        return hits[0].metric or lex.unit_phrases.get((hits[0].phrase, "list"), "")

    return list_facts(report_file, lines, document, heading_metric, metrics_of, lambda m: lex.units.get(m, ""))


ACK_MONTH_RE = re.compile(r"\(\s*ack(?:umulerat|\.)?\s+(" + MONTH_ALT + r")\s*\)", re.I)  # '(ack mars)'


def metric_months(lines: list[str], document: Document, lex: ProseLexicon, rx: re.Pattern[str]) -> dict[str, int]:
    """Metrics the report labels with an earlier cut-off month than its period: 'Beläggningsgrad (ack mars)'."""
    if document.period_end is None:
        return {}
    found: dict[str, set[int]] = {}
    for line in lines:
        if "(" not in line:
            continue
        for m in ACK_MONTH_RE.finditer(line):
            # the label right before '(ack': searched in the text just before it, as if the line ended there
            # (not in all of line[:m.start()]: that made a long line quadratic in its '(ack's)
            hits = [
                h
                for h in find_aliases(line, lex, rx, max(0, m.start() - ALIAS_REACH), m.start())
                if h.metric and not line[h.end : m.start()].strip()
            ]
            if hits:
                found.setdefault(hits[-1].metric, set()).add(MONTHS[m.group(1).casefold()])
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and next(iter(v)) < document.period_end.month}


def _lag_metric(f: ProseFact, month: int) -> ProseFact:
    if f.period_end is None or not f.period_evidence.startswith("report period") or f.period_end.month == month:
        return f
    from dataclasses import replace

    return replace(
        f,
        period_end=_end_of_month(f.period_end.year, month),
        period_evidence=f.period_evidence + f", the report labels this metric 'ack' month {month}",
    )


WORKED_TIME_MONTH_RE = re.compile(
    r"(?:"
    + cue_alternation(READER_LISTS["worked_time_word"])
    + r")[^\n.]{0,25}?(?:\(\s*ack(?:umulerad)?\.?\s*|[-–]\s*)("
    + MONTH_ALT
    + r")\b",
    re.I,
)


def worked_time_month(lines: list[str], document: Document) -> int | None:
    """Month that the report's worked-time figures run to when it lags the report period: a report
    per april whose staff tables say 'Arbetad tid - mars', 'Sjukfrånvaro (ack mars)'."""
    if document.period_end is None:
        return None
    # (only lines with a '(' or a dash can hold what the pattern needs before its month)
    months = [
        MONTHS[m.group(1).casefold()]
        for line in lines
        if "(" in line or "-" in line or "–" in line
        for m in WORKED_TIME_MONTH_RE.finditer(line)
    ]
    months = [m for m in months if m < document.period_end.month]
    if len(months) < 2:
        return None
    best = max(set(months), key=months.count)
    return best if months.count(best) >= 2 else None


def _lag_worked_time(f: ProseFact, month: int, lex: ProseLexicon) -> ProseFact:
    if (
        lex.domains.get(f.metric_code) != "worked_time"
        or f.period_end is None
        or not f.period_evidence.startswith("report period")
        or f.period_end.month == month
    ):
        return f
    from dataclasses import replace

    return replace(
        f,
        period_end=_end_of_month(f.period_end.year, month),
        period_evidence=f.period_evidence + f", worked time runs to month {month} in this report",
    )


PARENTHESES_RE = re.compile(r"\([^()]*\)")


def _mask_parentheses(text: str, pos: int) -> str:
    """Blank out parenthetical asides that close before `pos` (aliases in them do not name the
    number's metric: 'Årsarbetare (arbetad tid inklusive jour) har ökat med 9')."""
    if "(" not in text:
        return text
    out = list(text)
    for m in PARENTHESES_RE.finditer(text):
        if m.end() <= pos:
            for k in range(m.start() + 1, m.end() - 1):
                out[k] = " "
    return "".join(out)


PAREN_RE = re.compile(r"[()]")
STRANDED_UNIT_RE = re.compile(r"(?:^|(\S+)\s+)(?:" + words_of("stranded_unit") + r")\s*$", re.I)


def _stranded_close(text: str) -> int:
    """Where a sentence goes on after a ')' that closes nothing and follows a unit without its number
    ('... (Tkr) Akut An/Op/IVA mnkr), så avviker resultatet med -61 mnkr'): a table or chart cut the
    sentence and the part before the number's clause is from somewhere else. -1 when none."""
    if ")" not in text:
        return -1
    depth = 0
    for m in PAREN_RE.finditer(text):
        if m.group(0) == "(":
            depth += 1
        elif depth:
            depth -= 1
        else:
            unit = STRANDED_UNIT_RE.search(text, 0, m.start())
            if unit and not (unit.group(1) or "").rstrip("%").replace(",", "")[-1:].isdigit():
                return m.end()
    return -1


GENDER_WORD_AFTER_RE = re.compile(r"^\s*(" + words_of("gender_word") + r")\b", re.I)
GENDER_WORD_BEFORE_RE = re.compile(r"\b(" + words_of("gender_word") + r")\s*$", re.I)
# what may stand between a percent and the gender it is of: 'av arbetstiden för kvinnor', 'hos män'
GENDER_LEAD_RE = re.compile(
    r"^\s*(?:av\s+[a-zåäö]+\s+)?(?:(?:" + alternation(READER_LISTS["share_of_preposition"]) + r")\s+)?", re.I
)


def _gender_part_of_previous(
    text: str, n: Num, line: int, placed_prev: Num | None, facts: list[ProseFact]
) -> ProseFact | None:
    """'1938 anställda, varav kvinnor 1606 och 332 män': a number a gender word names, after a `varav` that
    follows the sentence's last placed number, is that number's part: the same metric, measure, period and
    unit, with the gender as its breakdown. Only for counts and amounts smaller than the whole."""
    if (
        placed_prev is None
        or not any(not f.breakdown_label for f in facts)
        or n.explicit_sign
        or n.family not in (placed_prev.family, "none", "count")
    ):
        return None
    whole = next(f for f in reversed(facts) if not f.breakdown_label)  # the parts before it are not placed_prev
    if whole.measure != "actual" or not re.search(r"\bvarav\b", text[placed_prev.unit_end : n.start]):
        return None
    if not 0 < n.value < abs(whole.value):
        return None
    word = GENDER_WORD_AFTER_RE.match(text[n.unit_end : n.unit_end + 20]) or GENDER_WORD_BEFORE_RE.search(
        text[placed_prev.unit_end : n.start]
    )
    if word is None:
        return None
    return _part_of(whole, text, n, line, word.group(1).casefold(), approx_from=0)


def _gender_of_rate(s: _Scan, at: _At) -> str:
    """The gender word naming a percent of a sentence that names a rate, a metric counted in percent ('Sjukfrånvaron
    var 5,8 procent för kvinnor och 3,3 procent för män'): that rate's part, read as any number of the sentence."""
    n, text = at.n, s.text
    word = GENDER_WORD_AFTER_RE.match(GENDER_LEAD_RE.sub("", text[n.unit_end : n.unit_end + 30], count=1)) or (
        GENDER_WORD_BEFORE_RE.search(at.window.rstrip(" :(\t"))
    )
    named = [h for h in s.hits_all if h.metric and h.start < n.start]
    rate_named = any(s.lex.units.get(h.metric) == "pct" for h in named)
    # (or the rate the sentence before named, where this one names no metric: 'Tabell: Sjukfrånvaro i procent ...
    # Kvinnor: 6,07% (minskad trend).')
    rate_before = not named and s.lex.units.get(s.ctx.last_metric) == "pct"
    # (a bare number right after a percent placed is a percent too: 'bland män 2,5 procent mot 4,7 för kvinnorna')
    percent = n.family == "pct" or (
        n.family == "none"
        and s.placed_prev is not None
        and s.placed_prev is s.prev_seen
        and s.placed_prev.family == "pct"
    )
    if not percent or word is None or not (rate_named or rate_before):
        return ""
    return word.group(1)


def _part_of(whole: ProseFact, text: str, n: Num, line: int, label: str, approx_from: int) -> ProseFact:
    """Number n of the sentence as a part of the fact `whole`: its metric, measure, period and unit, with
    `label` as its breakdown (an approximation word from text[approx_from:] on makes it approximate)."""
    return replace(
        whole,
        line=line,
        quote=_quote(n.text, text[n.start : n.end]),
        value=n.value,
        breakdown_label=label,
        sign_word="",
        is_approximate=bool(APPROX_RE.search(text[approx_from : n.start])),
    )


PART_LABEL_AFTER_RE = re.compile(r"\s+([a-zåäöé][a-zåäöé/ ]*?)\s*(?=[,.;()]|$|\s\d)", re.I)


AND_SPLIT_RE = re.compile(r"\s+(?:" + words_of("and_word") + r")(?:\s+|$)")


def _listed_part_of_previous(
    text: str, n: Num, line: int, placed_prev: Num | None, facts: list[ProseFact]
) -> ProseFact | None:
    """'cirka 3 800 anställda varav cirka 500 läkare, 1300 sjuksköterskor och barnmorskor, ...': a number
    after a `varav` that follows the sentence's last placed number, whose words after it are a part the
    breakdown seed names (a staff group: seeds/breakdown_labels.csv), is that number's part: its metric,
    measure, period and unit, with the words as its breakdown. Only counts smaller than the whole."""
    if placed_prev is None or n.explicit_sign or n.family not in ("none", "count"):
        return None
    whole = next((f for f in reversed(facts) if not f.breakdown_label), None)  # (the parts listed before it)
    if whole is None or whole.measure != "actual" or not 0 < n.value < abs(whole.value):
        return None
    if not re.search(r"\bvarav\b", text[placed_prev.unit_end : n.start]):
        return None
    after = PART_LABEL_AFTER_RE.match(text, n.end)
    if after is None:
        return None
    words = after.group(1).strip()
    label = next((w for w in (words, AND_SPLIT_RE.split(words)[0]) if is_breakdown(w)), "")
    if not label:
        return None
    return _part_of(whole, text, n, line, label, approx_from=max(0, n.start - 12))


# the part a share clause names right before its phrase: 'där egen verksamhet' of 'där egen verksamhet står för';
# then the next part that leaves the phrase out: 'och regionvård för minus 50 mnkr'
SHARE_PART_RE = re.compile(
    r"(?:^|[,;:]\s*(?!(?:"
    + words_of("subject_clause_opener")
    + r")\s)|\b(?:"
    + words_of("subject_clause_opener")
    + r")\s+)([a-zåäö][a-zåäö-]*(?:\s+[a-zåäö-]+){0,3}?)\s+$",
    re.I,
)
SHARE_LABEL = " (a part's share)"  # the label's mark of a fact read as a part's share, for the next part after it
NEXT_SHARE_PART_RE = re.compile(
    r"^\s*,?\s*(?:"
    + words_of("and_word")
    + r")\s+([a-zåäö][a-zåäö-]*(?:\s+[a-zåäö-]+){0,2}?)\s+för\s+(?:(?:"
    + SIGN_WORD
    + r")\s+)?$",
    re.I,
)


def _share_part_of_previous(s: _Scan, at: _At, facts: list[ProseFact], whole: ProseFact | None) -> ProseFact | None:
    """'utfallet för perioden är minus 131 mnkr, där egen verksamhet står för minus 104 mnkr' (halland_hallands_
    sjukhus_uppfoljningsrapport_2018 of dev, twice, with 'och regionvård för minus 50 mnkr' after it): the amount
    a part of the whole placed just before in the sentence accounts for is the whole's metric, measure and period
    for that part, with the part as the org unit under the whole's. Only an amount smaller than the whole, in its
    unit and with its sign (a bare number takes the whole's sign); else it stays held as a part's share."""
    n, window = at.n, at.window
    share = PART_SHARE_BEFORE_RE.search(window)
    if whole is not None and share is None and facts and facts[-1].label.endswith(SHARE_LABEL):
        next_part = NEXT_SHARE_PART_RE.match(window)  # (the next part, the phrase left out)
        part = next_part.group(1) if next_part else ""
    elif whole is not None and share is not None and facts and facts[-1] is whole and s.placed_prev is s.prev_seen:
        named = SHARE_PART_RE.search(window, 0, share.start())
        part = named.group(1) if named else ""
    else:
        return None
    if not part or find_aliases(part, s.lex, s.rx) or s.placed_prev is None:
        return None  # (a metric's name, not a part: 'kostnaderna står för')
    if n.family not in (s.placed_prev.family, "none") or not 0 < abs(n.value) < abs(whole.value):
        return None
    sign = SIGN_WORD_BEFORE_RE.search(window)
    negative = n.value < 0 or bool(sign and sign.group(1).casefold() == "minus")
    if (n.explicit_sign or sign) and negative != (whole.value < 0):
        return None
    org = f"{whole.org_unit}, {part}" if whole.org_unit else part
    return replace(
        whole,
        line=s.sent.line_at(n.start),
        quote=_quote(n.text, s.text[n.start : n.end]),
        label=whole.label + SHARE_LABEL,
        value=-abs(n.value) if whole.value < 0 else abs(n.value),
        org_unit=org,
        sign_word=sign.group(1) if sign else "(the whole's sign)",
        is_approximate=bool(APPROX_RE.search(window)),
    )


# a unit's share of a whole fronted by 'av', in the inverted order of a fronted clause: 'Av verksamhetens resultat
# svarar Hälso- och sjukvården för minus 472 miljoner kronor', 'utav de negativa 303 miljoner kronorna på nedersta
# raden, står hälso- och sjukvårdsnämnden för 211'
FRONTED_UNIT_SHARE_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + words_of("whole_of_word")
    + r")\s+(?P<whole>[^,;:.]*?)\s*,?\s+(?:"
    + words_of("fronted_share_verb")
    + r")\s+(?P<part>[^\d,;:.()]+?)\s+för\s+(?:(?P<sign>"
    + SIGN_WORD
    + r")\s+)?",
    re.I,
)

# the fronted clause up to the whole's amount ('utav de negativa '), and from the amount to the phrase that names the
# whole (' kronorna på ')
FRONTED_WHOLE_LEAD_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + words_of("whole_of_word")
    + r")\s+(?:(?:"
    + words_of("term_determiner")
    + r")\s+)?(?:[a-zåäö]+\s+)?$",
    re.I,
)
FRONTED_WHOLE_GAP_RE = re.compile(
    r"(?:\s+[a-zåäö]+)?\s+(?:" + alternation(READER_LISTS["paid_on_word"]) + r")\s+", re.I
)


def _fronted_unit_share(s: _Scan, at: _At, facts: list[ProseFact]) -> ProseFact | None:
    """'Av verksamhetens resultat svarar Hälso- och sjukvården för minus 472 miljoner kronor' (ostergotland_bokslut_
    2022 of review 17im, after the sentence that gave verksamhetens resultat), 'utav de negativa 303 miljoner
    kronorna på nedersta raden, står hälso- och sjukvårdsnämnden för 211' (gavleborg_kvartalsrapport_2024 of review
    14rs): what a unit accounts for of a whole fronted by 'av' is the whole's measure and period for that unit. The
    whole is the amount of the fronted clause the sentence placed, or else the figure of the sentence before whose
    metric the fronted clause names. A unit's share of a result is its own result (seeds unit_result_metric_alias).
    A bare number takes the whole's sign and is smaller than the whole; a signed one has the whole's sign (the
    other units may make up the difference: 472 of 395). Else it stays held."""
    n = at.n
    fronted = FRONTED_UNIT_SHARE_RE.search(s.text, 0, n.start)
    if fronted is None or fronted.end() != n.start or n.explicit_sign or n.family not in ("tkr", "none"):
        return None
    part = fronted.group("part").strip()
    if find_aliases(part, s.lex, s.rx) or not _unit_is_subject(part):
        return None  # (a metric, not a unit: 'Av totalresultatet ... svarar verksamhetens resultat för')
    if s.placed_prev is not None:
        in_clause = fronted.start("whole") <= s.placed_prev.start < fronted.end("whole")
        whole = facts[-1] if facts and in_clause and s.placed_prev is s.prev_seen else None
    elif s.ctx.prev_block == s.sent.block:
        named = {h.metric for h in find_aliases(fronted.group("whole"), s.lex, s.rx) if h.metric}
        whole = next((f for f in reversed(s.ctx.last_facts) if f.metric_code in named and f.value), None)
    else:
        whole = None
    if whole is None or whole.breakdown_label:
        return None
    scale, whole_scale = _unit_scale(n.unit or whole.unit_raw), _unit_scale(whole.unit_raw)
    if scale is None or whole_scale is None:
        return None
    sign = fronted.group("sign")
    if sign and (sign.casefold() == "minus") != (whole.value < 0):
        return None
    if not sign and not 0 < n.value * scale < abs(whole.value) * whole_scale:
        return None
    metric = whole.metric_code
    if s.lex.amount_kinds.get(metric) == "result":
        metric = next(
            (s.lex.aliases[a] for a in READER_LISTS["unit_result_metric_alias"] if a in s.lex.aliases), metric
        )
    return replace(
        whole,
        line=s.sent.line_at(n.start),
        sentence=_clip(s.text),
        quote=_quote(n.text, s.text[n.start : n.end]),
        label=whole.label + SHARE_LABEL,
        metric_code=metric,
        value=-abs(n.value) if whole.value < 0 else abs(n.value),
        unit_raw=n.unit or whole.unit_raw,
        org_unit=part[:1].upper() + part[1:],
        sign_word=sign or "(the whole's sign)",
        is_approximate=bool(APPROX_RE.search(at.window)),
    )


# a share of the figure the sentence before placed: the sentence opens with a share noun and the amount
# ('Huvuddelen, 117 miljoner, ...'), or the amount is 'av' the whole's definite noun ('562 miljoner kronor av
# underskottet ...'); then what the share is, after a verb of being part of it ('utgjordes av personalkostnader',
# 'ligger i den ordinarie verksamheten'), up to the end of its clause. Or the sentence opens with 'Av detta' and a
# verb of being part of it, and what the share is follows the amount ('Av detta avser 185,6 mnkr regiongemensamma
# kostnader och finansiering')
SHARE_NOUN_LEAD_RE = re.compile(r"^\s*(?:" + words_of("share_of_whole_noun") + r")\s*,\s*$", re.I)
OF_THIS_LEAD_RE = re.compile(
    r"^\s*(?:"
    + cue_alternation(READER_LISTS["of_these_phrase"])
    + r")\s+(?:"
    + words_of("part_of_whole_verb")
    + r")\s*$",
    re.I,
)
SHARE_PART = r"(?:(?:" + words_of("term_determiner") + r")\s+)?(?P<part>[a-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,4}?)\s*"
SHARE_PART_AFTER_RE = re.compile(
    r"\s*,?\s*(?:av\s+(?P<whole>[\wåäö]*(?:"
    + words_of("surplus_deficit_word", "deviation_noun")
    + r")[\wåäö]*)\s+)?(?:"
    + words_of("share_part_verb")
    + r")\s+"
    + SHARE_PART
    + r"(?=[,.;:]|$|\s(?:"
    + words_of("subject_clause_opener")
    + r")\s)",
    re.I,
)
SHARE_PART_RIGHT_AFTER_RE = re.compile(r"\s+" + SHARE_PART + r"(?=[,.;:]|$)", re.I)
PREVIOUS_SHARE_LABEL = " (a share of the previous sentence's figure)"


def _share_of_previous_sentence(s: _Scan, at: _At) -> ProseFact | None:
    """'Resultatet jämfört med budget var minus 144 miljoner kronor. Huvuddelen, 117 miljoner, utgjordes av
    personalkostnader.' (varmland_hsn_ikorthet_2024, dev), '... Akademiska sjukhuset, som förväntas göra ett
    årsresultat på minus 1,009 miljarder kronor, ... 562 miljoner kronor av underskottet ligger i den ordinarie
    verksamheten' (uppsala_manadsrapport_2020, review 14rs), '... avvikelsen mot budget för helåret 2017 är för
    Regionstyrelsens hela ansvarsområde +197,0 mnkr ... Av detta avser 185,6 mnkr regiongemensamma kostnader och
    finansiering.' (halland_manadsrapport_2017_2, dev): the first amount of a sentence that refers to the figure the
    sentence before placed last, by a share noun or 'Av detta' before it or 'av' that figure's noun after it, is a
    share of that figure: its measure, period and sign. What the share is, named after it, is a cost item when a
    metric phrase is all of it ('personalkostnader': the metric, in the whole's unit), else a part of the whole's
    unit ('ordinarie verksamheten'). Only money smaller than the whole; else it stays held."""
    n, whole = at.n, s.ctx.last_fact
    if whole is None or s.placed_prev is not None or s.ctx.prev_block != s.sent.block or n.explicit_sign:
        return None
    scale, whole_scale = _unit_scale(n.unit), _unit_scale(whole.unit_raw)
    if scale is None or whole_scale is None or not 0 < n.value * scale < abs(whole.value) * whole_scale:
        return None
    if OF_THIS_LEAD_RE.match(s.text, 0, n.start):
        named = SHARE_PART_RIGHT_AFTER_RE.match(s.text, n.unit_end)
    else:
        named = SHARE_PART_AFTER_RE.match(s.text, n.unit_end)
        if named is not None and not (named.group("whole") or SHARE_NOUN_LEAD_RE.match(s.text, 0, n.start)):
            named = None
    if named is None:
        return None
    part = named.group("part")
    item = next(
        (h.metric for h in find_aliases(part, s.lex, s.rx) if h.metric and h.start == 0 and h.end == len(part)), ""
    )
    if item and not _metric_ok(item, "tkr", whole.measure, s.lex):
        return None
    return replace(
        whole,
        line=s.sent.line_at(n.start),
        sentence=_clip(s.text),
        quote=_quote(n.text, s.text[n.start : n.end]),
        label=(part if item else whole.label) + PREVIOUS_SHARE_LABEL,
        metric_code=item or whole.metric_code,
        value=-n.value if whole.value < 0 else n.value,
        unit_raw=n.unit,
        org_unit=whole.org_unit if item else f"{whole.org_unit}, {part}" if whole.org_unit else part,
        sign_word="(the whole's sign)",
        is_approximate=bool(APPROX_RE.search(at.window)),
        carried_metric=not item,
        breakdown_label="",
    )


# what sentence_facts reads in the clause before a number (window), right after it (rest) or in the whole sentence
# ('män 332', 'Kvinnor: 6,07%')
GENDER_BEFORE_RE = re.compile(r"\b(?:" + words_of("women_men_word") + r")\s*:?\s*(?:\(\s*)?$", re.I)
NEXT_WORD_RE = re.compile(r"\s*([a-zåäöé]+)\b")
OF_THESE_AFTER_RE = re.compile(r"\s*\)?\s*(?:" + cue_alternation(READER_LISTS["of_these_phrase"]) + r")\b", re.I)
COMPARED_BEFORE_RE = re.compile(r"(?:" + cue_alternation(READER_LISTS["compared_before_word"]) + r")\s*$")
OWN_LABEL_BEFORE_RE = re.compile(r"(?:^|[:,;]\s*|\band\s+|\boch\s+)([a-zåäö][a-zåäö]+(?:\s+[a-zåäö]+){0,2})\s*,?\s*$")
CUE_WORDS_RE = re.compile(CUE_WORDS, re.I)
# ('..., alltså 255 miljoner kronor sämre än budget', '..., men 910 miljoner kronor sämre än'): a word that links its
# clause to the one before labels no number
CLAUSE_LINK_LABEL_RE = cue_regex("clause_link_word", literal=True, before="", after="")
THRESHOLD_BEFORE_RE = first_char_gated(
    re.compile(
        r"\b(?:(?:"
        + words_of("higher_lower_word", "more_less_word", "more_fewer_word", "over_under_word")
        + r")\s+än|"
        + cue_alternation(READER_LISTS["threshold_word"])
        + r")\s*$",
        re.I,
    )
)
BUDGET_BEFORE_RE = re.compile(r"budget\w*\s*$")
# an indefinite noun and 'på' right before the number (an approximation word may stand between): the number is
# that noun's size, 'en sanktionsavgift på drygt två miljoner kronor', 'ett statsbidrag på 12 mnkr'
INDEFINITE_SIZE_BEFORE_RE = re.compile(
    r"\b(?:"
    + words_of("indefinite_article")
    + r")\s+(?:[a-zåäö]+\s+)?([a-zåäö]{3,})\s+på\s+(?:(?:"
    + cue_alternation(READER_LISTS["approximation_word"])
    + r")\s+)?$",
    re.I,
)
# 'på' and a bound word right before the number: 'ligger på under fem procent', 'andelen på över 90 procent'
BOUND_AFTER_PA_RE = re.compile(r"\bpå\s+(?:" + words_of("over_under_word") + r")\s*$", re.I)
# the year a budget is of, after its noun ('budgeten för 2019', 'budgeten för året'): BUDGET_VALUE_BEFORE_RE takes it
# for the budget as its clause's subject, AGAINST_BUDGET_VERB_RE for the budget compared with
BUDGET_OF_YEAR = r"(?:\s+för\s+(?:året|(?:19|20)\d\d))?"
# 'jämfört med budgeterade -367 mnkr', 'mot ett budgeterat resultat på 20', 'budgeten var 5': the budget's own value
BUDGET_VALUE_BEFORE_RE = first_char_gated(
    re.compile(
        r"(?:(?:" + cue_alternation(READER_LISTS["compared_with_word"]) + r")\s+(?:den\s+|det\s+|ett\s+)?budgeter\w*"
        # ('budget som låg på -203 miljoner', 'budgeten, som beräknade ett överskott på 173': a relative clause about
        # the budget gives the budget's value as its main clause does)
        # (the year's budget too: 'Budgeten för 2019 siktade på ett överskott på 97 miljoner kronor', a news item on
        # Region Västernorrland of 2020, fresh text of stop 20; 'budgeten för året låg på minus 14 miljoner',
        # skas_mariestad_2014 of review 12b)
        r"(?:\s+\w*resultat\w*)?|\bbudget(?:en|erat)?"
        + BUDGET_OF_YEAR
        + r",?\s+(?:som\s+)?(?:"
        + cue_alternation(READER_LISTS["budget_value_verb"])
        # ('Budgeten låg på ett plus på 110 miljoner kronor', 'budgeten, som var på 13,1 miljoner kronor')
        + r")(?:\s+(?:på\s+)?(?:ett|en)\s+(?:"
        + SIGN_WORD
        + "|"
        + SURPLUS_DEFICIT
        + r")|\s+(?:"
        + SIGN_WORD
        + r"))?"
        # ('än den beviljade budgeten på minus 200 miljoner kronor')
        # (also a compound's last part: 'sämre än årsbudgeten på minus 100 miljoner kronor')
        r"|\bän\s+(?:[a-zåäö]+\s+){0,2}[a-zåäö]*budget(?:en)?\s+på(?:\s+(?:" + SIGN_WORD + r")(?=\s*$))?"
        r"|\bbudgeter(?:ats|ades|as)\s+till"
        # (an attributive 'budgeterade' makes the noun phrase the budget with or without a link word: 'det
        # budgeterade resultatet 312 mkr', 'Budgeterat helårsresultat 70 mkr')
        r"|\bbudgeter(?:ade?|at)\s+(?:\w*resultat\w*|(?:"
        + SURPLUS_DEFICIT
        + r")\w*)(?:\s+för(?:\s+\S+){0,2})?(?:\s+(?:"
        + words_of("budgeted_result_link")
        + r"))?(?:\s+(?:"
        + SIGN_WORD
        + r"))?"
        # ('en budget med ett överskott på 100 miljoner kronor': the budgeted result)
        # ('Regionen har budgeterat (för) ett överskott på 180 miljoner kronor': the verb sets the budgeted result)
        r"|\bbudget\w*,?\s+(?:(?:med|för|som\s+(?:"
        + words_of("budget_shows_verb")
        + r"))\s+)?(?:ett|en)\s+(?:"
        + SURPLUS_DEFICIT
        + r"|\w*resultat)\s+(?:på|om))"
        r"(?:\s+(?:på|om|till))?\s*$",
        re.I,
    )
)
# a budget word that labels the number at a clause's start: ', budget 305 mnkr', 'och budgeten till 305 mnkr'; the
# head of a noun phrase a level verb gives a value: 'Budgeten för personalkostnader är 850 mnkr', 'Budgeterade
# kostnader för läkemedel är 450 mnkr', 'Budgeten är ett nollresultat' (not after a deviation word: 'avvikelsen
# mellan utfall och budget 12 mnkr', 'Överskridandet av budgeterade kostnader uppgick till 15 mnkr')
BUDGET_NOUN_BEFORE_RE = re.compile(
    r"(?:(?:^|[(,;]|\b(?:" + words_of("and_word") + r"))\s*(?:" + words_of("budget_label") + r")(?:\s+till)?\s*:?"
    r"|\b(?:budget(?:en)?\s+för|budgeter(?:ade?|at))\s+(?:(?!(?:"
    + words_of("clause_break_word", "clause_split_word")
    # (a year may stand in the noun phrase: 'Årets budgeterade resultat för Region Uppsala 2020 är 45 miljoner')
    + r")\b)[^\s\d,;.()]+\s+(?:(?:19|20)\d\d\s+)?){1,4}?(?:"
    + cue_alternation(READER_LISTS["budget_value_verb"])
    + r")"
    r"|\bbudget(?:en)?\s+(?:" + cue_alternation(READER_LISTS["budget_value_verb"]) + r")\s+(?:ett|en))\s*$",
    re.I,
)
# an attributive 'budgeterat' right before a number that opens a compound with its metric word ('vilket kan jämföras
# med budgeterat nollresultat': compound_numbers) makes the compound the budget, as 'Budgeterat helårsresultat 70 mkr'
# does a noun phrase before its number (Region Östergötland's press releases of review HR10c and review HB12)
BUDGETED_COMPOUND_BEFORE_RE = re.compile(r"\bbudgeter(?:ade?|at)\s+$", re.I)
# a number word compounded with a metric word is a figure stated only right after the indefinite article or an
# attributive 'budgeterat' ('ett nollresultat', 'budgeterat nollresultat': seeds/reader_words.csv stated_compound_lead);
# 'Detta nollresultat' refers back to the figure before it (Region Uppsala's press release of September 2025, fresh
# text of stop 17), 'ett nära nog nollresultat' approximates one (riket_blogg_2015 of review 14pe)
STATED_COMPOUND_BEFORE_RE = cue_regex("stated_compound_lead", after=r"\s+$")
# the budget as the object of a comparison before the clause's verb: 'negativa avvikelse mot budget uppgår till 32
# mnkr', 'underskottet mot budget för primärvården uppgår till 210' give the deviation's value, not the budget's
# the budget as the source of the clause: 'enligt budget borde överskottet vara nästan det dubbla, 95 mnkr',
# 'Regionen har budgeterat för ett överskott på 2 procent av skatter och bidrag, cirka 180 mnkr': the number is the
# budget's figure unless a comparison or a new clause stands between (BUDGET_PLAN_BREAK_RE)
BUDGET_PLAN_BEFORE_RE = cue_regex("budget_plan_lead", after=NO_LETTER_AFTER)
BUDGET_PLAN_BREAK_RE = re.compile(
    r"[;:]|\b(?:"
    + alternation(READER_LISTS["clause_split_word"])
    + r"|"
    + cue_alternation(READER_LISTS["compared_with_word"])
    + r")(?![\wåäö])",
    re.I,
)


def _budget_plan_before(before: str) -> bool:
    """Whether the budget is the source of the number's clause (BUDGET_PLAN_BEFORE_RE)."""
    plans = list(BUDGET_PLAN_BEFORE_RE.finditer(before))
    return bool(plans) and not BUDGET_PLAN_BREAK_RE.search(before, plans[-1].end())


AGAINST_BUDGET_VERB_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_LISTS["compared_with_word"]) + r"|i\s+förhållande\s+till)\s+"
    r"(?:(?:den|det)\s+)?(?:[a-zåäö]+\s+)?budget\w*"
    # (also the budget of a year: 'Avvikelsen mot budgeten för 2023 ligger på minus 30 miljoner kronor' is the
    # deviation, as without the year)
    + BUDGET_OF_YEAR
    + r"\s+(?:[^\s\d,;.()]+\s+){0,4}?(?:"
    + cue_alternation(READER_LISTS["budget_value_verb"])
    + r")(?:\s+(?:"
    + SIGN_WORD
    + r"))?\s*$",  # ('Resultatet jämfört med budget var minus 144 miljoner kronor', varmland_hsn_ikorthet_2024)
    re.I,
)
SOM_CHANGED_BEFORE_RE = re.compile(
    r"([a-zåäö]+)\s+som\s+(?:har\s+)?(?:" + words_of("changed_verb") + r")\s+(?:med\s+)?$"
)
BOUND_AFTER_RE = re.compile(
    r"\s*eller\s+(?:" + words_of("over_under_word", "more_less_word", "higher_lower_word") + r")\b", re.I
)
RESPECTIVELY = "(?:" + words_of("respectively_word") + ")"
RESPEKTIVE_NEXT_RE = re.compile(r"\s*(?:" + PERCENT_WORD + r")?\s*" + RESPECTIVELY + r"\b")
RESPEKTIVE_BEFORE_RE = re.compile(RESPECTIVELY + r"\s*$")
RESPEKTIVE_BETWEEN_RE = re.compile(r"\s*(?:" + PERCENT_WORD + r")?\s*" + RESPECTIVELY + r"\s*$")
PAIRED_NAMES_RE = re.compile(r"\s*(?:" + PAIR_JOINER + r")\s*")


def respektive_pair(text: str, nums: Sequence[Num], idx: int, hits: Sequence[AliasHit]) -> AliasHit | None:
    """'köpt riks- och regionvård och sjukvårdsmaterial som avviker med -41,3 mkr respektive -22,1 mkr':
    two metric phrases joined by 'och' and two numbers by 'respektive', in the same order; the phrase of the
    idx-th number, or None when its sentence pairs no two phrases with two numbers so."""
    n = nums[idx]
    if idx + 1 < len(nums) and RESPEKTIVE_BETWEEN_RE.fullmatch(text[n.unit_end : nums[idx + 1].start]):
        first, side = n, 0
    elif idx > 0 and RESPEKTIVE_BETWEEN_RE.fullmatch(text[nums[idx - 1].unit_end : n.start]):
        first, side = nums[idx - 1], 1
    else:
        return None
    named = [h for h in hits if h.metric and h.end <= first.start]
    second = nums[idx + 1 - side]
    if len(named) < 2 or RESPEKTIVE_NEXT_RE.match(text, second.unit_end) or first.family != second.family:
        return None  # (three or more in a row: not two pairs; '5 respektive 6 procent': the unit is the pair's)
    a, b = named[-2], named[-1]
    between = [m for m in nums if b.end <= m.start < first.start and not YEAR_DIGITS_RE.fullmatch(m.text)]
    if between or not PAIRED_NAMES_RE.fullmatch(text[a.end : b.start]) or a.metric == b.metric:
        return None
    if len(named) > 2 and PAIRED_NAMES_RE.fullmatch(text[named[-3].end : a.start]):
        return None  # ('A, B och C ... X respektive Y': three names for two numbers)
    return (a, b)[side]


INCLUDED_BEFORE_RE = re.compile(
    r"\b(?:" + words_of("included_word") + r")\s+(?:en\s+|ett\s+)?(?:[\wåäö-]+\s+){0,3}(?:på|om)\s+"
    r"(?:(?:" + words_of("included_approximation") + r")\s+)?$",
    re.I,
)
PART_OF_AFTER_RE = re.compile(r"\s*(?:" + words_of("part_of_verb") + r")\s+(?:en\s+)?del\s+av", re.I)
AGAINST_BEFORE_RE = re.compile(r"\bmot\s+(?:" + words_of("against_qualifier") + r")?\s*$")
# ('sämre än budget', 'bättre än beslutad budget', 'sämre än den periodiserade budgeten', 'sämre än årsbudgeten')
# a comparative with the budget before the amount: the amount is the difference ('högre intäkter än budgeterat om
# 16,1 mkr'), as after it ('16,1 mkr högre än budget')
# a relative clause that gives its noun's level ('avvikelsen beror på den statliga ersättningen ... som uppgick till
# 21,4 mkr'): the amount is the noun's, not the deviation the sentence opened with
RELATIVE_LEVEL_RE = re.compile(r"\bsom\s+(?:totalt\s+)?(?:" + words_of("amount_to_verb") + r")\s+till\s*$", re.I)
THAN_BUDGET_BEFORE_RE = re.compile(
    r"\b(?:" + words_of("higher_lower_word", "better_worse_word") + r")\s+(?:[a-zåäö]+\s+){0,2}än\s+(?:i\s+)?"
    r"budget\w*\s+(?:om|med|på)\s*$",
    re.I,
)
# (a percent in parentheses restating the amount stands between it and the comparative, as before a change:
# 'beräknas bli 365 mkr (6,9 procent) högre än budgeterat')
PAREN_PERCENT = r"\(\s*[+\-–−]?\s*\d[\d,. ]*\s*(?:%|" + PERCENT_WORD + r")\s*\)"
PAREN_RESTATED_PERCENT_RE = re.compile(r"\s*" + PAREN_PERCENT)
THAN_BUDGET_AFTER_RE = re.compile(
    r"\s*(?:"
    + PAREN_PERCENT
    + r"\s*)?(?:kronor\s+)?(?:"
    + words_of("higher_lower_word", "better_worse_word", "more_less_word", "larger_word")
    # ('mer än vad som fanns i budgeten': a comparative clause 'än vad som' with its verb before the plan)
    # ('större än det underskott som hade budgeterats', 'sämre än vad det borde vara enligt budget': a relative
    # clause, or a clause of 'vad', that names the budget)
    + r")\s+än\s+(?:vad\s+som\s+[a-zåäö]+\s+|vad\s+(?:[a-zåäö]+\s+){1,4}?|(?:den|det|de)\s+[a-zåäö]+\s+som\s+"
    r"(?:[a-zåäö]+\s+){0,2}?)?(?:[a-zåäö]+\s+){0,2}?[a-zåäö]*?(?:" + BUDGET_PLAN + r")",
    re.I,
)
# a comparative with the budget set apart from the amount by a dash after it or a colon before it judges the level, it
# gives no difference: 'helårsprognosen ett resultat på minus 1,4 miljarder – sämre än budget' (Region Skåne 2018,
# review 12b), 'beräknas resultatet bli betydligt sämre än budget: -825 miljoner kronor' (Region Gävleborg 2024)
THAN_BUDGET_APART_AFTER_RE = re.compile(r"\s*[–—]\s*(?=\S)")
THAN_BUDGET_APART_BEFORE_RE = re.compile(
    r"\b(?:"
    + words_of("higher_lower_word", "better_worse_word")
    + r")\s+än\s+(?:i\s+)?(?:"
    + BUDGET_PLAN
    + r")\w*\s*:\s*$",
    re.I,
)
GOAL_RE = re.compile(r"\b\w*mål", re.I)
# after a comparison that is complete without the number ('ett större överskott än budgeterat', 'försämrades
# jämfört med budget', 'något lägre'), the number's own clause, joined by a comma or 'och'/'men', with a level verb
# of its own ('prognosen nu är plus', 'och beräknas uppgå till minus') or with nothing at all ('..., 300 miljoner')
LEVEL_CLAUSE_AFTER_COMPARISON_RE = re.compile(
    r"\s*(?:,|\b(?:"
    + words_of("clause_break_word")
    + r")\b)\s*(?:(?:[^\W\d]+\s+){0,3}?(?P<verb>"
    + words_of("predicate_copula")
    + r"|blir|(?:"
    + words_of("amount_to_verb")
    + r")\s+till)\s+(?:[^\W\d]+\s+)?)?$",
    re.I,
)
COMPARATIVE_WORD_RE = re.compile(r"(?:" + words_of("comparative") + r")", re.I)
DEVIATION_NOUN_RE = cue_regex("deviation_word", before="", after="")
TO_BEFORE_RE = re.compile(r"^\s*(?:%|procent|\w+)?\s*till\s*$")
TO_END_RE = re.compile(r"\btill\s*$")
# (after the previous item's closing parenthesis: a label in lower case and nothing else)
NEXT_ITEM_RE = re.compile(r"^\s*\)\s*,?\s*(?:och\s+)?[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,4}\s+$")
# the next item of a list that leaves out the verb and cue the item before had: a comma or 'och'/'samt', a few words
# that name the item, 'med' or 'på', right after the number before ('..., psykiatrin med 18', '... samt köpt vård på
# 22')
ELLIPTIC_ITEM_BEFORE_RE = re.compile(
    r"\s*(?:,|\b(?:" + words_of("and_word") + r")\b)\s*(?P<item>(?:[^\W\d]+[\s-]+){1,4}?)(?:med|på)\s*$", re.I
)
ITEM_VERB_OR_SIGN_RE = re.compile(
    r"\b(?:" + words_of("report_verb", "number_verb", "predicate_copula") + r"|" + SIGN_WORD + r")\b", re.I
)
LIST_ITEM_BEFORE_RE = re.compile(r"(?:\bmed|\(|,|\b" + RESPECTIVELY + r")\s*[+\-–]?\s*$|^\W*\w+\s+\(\s*$|^[^\w]*$")
COMPARED_WITH_BEFORE_RE = re.compile(r"jämfört\s+med\s*$")
KRONOR_AFTER_RE = re.compile(r"^\s*kronor\b", re.I)  # (the rest of '274 miljoner kronor' after its unit word)
# the figure a number before it is compared with, led by a comparing word and maybe a sign word: 'vilket kan
# jämföras med minus 274', 'mot 5,2 procent' (seeds compared_value_lead)
COMPARED_VALUE_BEFORE_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_LISTS["compared_value_lead"]) + r")\s+(?:(?:" + SIGN_WORD + r")\s+)?$", re.I
)
OPEN_PAREN_RE = re.compile(r"\s*\(\s*")
CLOSE_PAREN_RE = re.compile(r"\s*\)")
COMPARED_PREV_AFTER_RE = re.compile(r"[^0-9.]{0,25}?jämfört\s+med\s+(?:samma\s+period\s+)?(?:" + PREVIOUS + r")")
# a bare 'fler'/'färre' than the same period before, with no noun of its own: 'Det är 13 fler jämfört med förra året'
MORE_THAN_PREVIOUS_AFTER_RE = re.compile(
    r"\s*(?:"
    + words_of("more_fewer_word")
    + r")\s+(?:"
    + THAN
    + r")\s+(?:samma\s+[a-zåäö]+\s+|(?:"
    + MONTH_ALT
    + r")\s+)?(?:"
    + PREVIOUS
    # ('Det är 54 fler än under 2017', 'vilket var 821 färre än under 2016': against a year named outright)
    + r"|(?:under\s+|i\s+)?(?:19|20)\d\d(?![\d,.]*\s*(?:"
    + PERCENT_WORD
    + r"|%)))\b",
    re.I,
)
SIZE_CHANGE_RE = cue_regex("size_change_word")
# a new sentence run on without its full stop, its subject not a metric: '... 3 % Antalet medicinskt
# utskrivningsklara patienter är 14 % högre', '(1,9 % i juli) Den oplanerade vården var 4,0 % högre'
NEW_SUBJECT_RE = re.compile(
    r"(?<=[a-zåäö0-9%)])\s+(?:"
    + words_of("new_subject_word")
    + r")\s+((?:[a-zåäö]+\s+){1,4}?)(?:"
    + words_of("new_subject_verb")
    + r")\b"
)
# a sentence that opens with a year speaks of that year: '2018 var sjukfrånvaron 7,0 %', 'Under 1990 föddes det 2 672'
YEAR_OPENS_RE = re.compile(r"^\W*(?:(?:under|år)\s+)?((?:19|20)\d\d)\b(?![\-–/.,]\d)", re.I)
# a year in parentheses binds to the number beside it: '6,6% (2016)', 'mot 2023 (minus 1667 miljoner)'
YEAR_PAREN_AFTER_RE = re.compile(r"^\s*\(\s*(?:år\s+)?((?:19|20)\d\d)\s*\)")
TO_AFTER_YEAR_RE = re.compile(r"\s+till\b")  # ('från 135 miljoner kronor 2020 till ...': the year closes X)
YEAR_OF_NUMBER_BEFORE_RE = re.compile(r"\d\s*(?:%|[a-zåäö]+)?\s*\(\s*(?:år\s+)?$", re.I)
COMPARED_YEAR_PAREN_RE = re.compile(
    r"\b(?:"
    + cue_alternation(READER_LISTS["compared_with_word"])
    + r")\s+(?:år\s+)?((?:19|20)\d\d)\s*\(\s*(?:"
    + SIGN_WORD
    + r")?\s*$",
    re.I,
)
THAN_COMPARED_AFTER_RE = re.compile(r"\s*(?:kronor\s+)?(?:" + THAN_COMPARATIVE + r")\s+(?:" + THAN + r")\b", re.I)
RESULT_WORD_RE = re.compile(r"(?:" + SURPLUS_DEFICIT + r")\w*", re.I)
# a later number of the sentence compared with the budget: '..., vilket är 31 mnkr sämre än budget', 'vilket ger ett
# underskott mot den periodiserade budgeten på minus 17 mkr', 'vilket överstiger budget med 129 miljoner kronor'
THAN_BUDGET_LATER_RE = re.compile(
    r"\d[^.]{0,30}?(?:"
    + words_of("better_worse_word", "higher_lower_word", "more_less_word", "larger_word")
    + r")\s+än\s+(?:det\s+|i\s+)?budget"
    r"|\b(?:" + words_of("against_budget_verb") + r")\s+(?:den\s+|det\s+)?(?:[a-zåäö]+\s+)?budget\w*\s+(?:på|med|om)\s+"
    r"(?:(?:" + SIGN_WORD + r")\s+)?[-–−+]?\s?\d",
    re.I,
)
ALSO_RE = cue_regex("also_word", literal=True)
THAN_PLAN_RE = re.compile(r"\bän\s+(?:\w+\s+)?(?:i|enligt)\s+\w*plan")
COMPARED_NEXT_RE = re.compile(r"\s*\S*\s*jämfört")
# a comparative or 'miljoner' between a number and its noun: '649 000 fler vårdbesök', '3,6 miljoner läkarbesök'
# ('3,6 % högre produktion av vård', '243,5 mkr högre intäkter': a comparative after the unit too)
MODIFIER_GAP_RE = re.compile(
    r"\s+(?:"
    + words_of("more_fewer_word", "million_word")
    + r")\s+|\s*(?:"
    + UNIT_ALT
    + r")\s+(?:"
    + words_of("higher_lower_word", "more_fewer_word")
    + r")\s+",
    re.I,
)  # (not an adjective: '3 500 planerade operationer' is a part)
MILLION_GAP_RE = re.compile(r"\s+(?:" + words_of("million_word") + r")(?![\wåäö])", re.I)  # ('5,8 miljoner besök')
MORE_FEWER_GAP_RE = re.compile(r"\s*(?:" + UNIT_ALT + r")?\s+(?:" + words_of("more_fewer_word") + r")\s+", re.I)
# 'gjorde i snitt 6,8 besök per patient': a rate (a count per year is still the year's count)
# ('per augusti 2023', 'per den 31 december', 'per tertial 1' are dates)
NOT_A_RATE_BASE = words_of("not_a_rate_base")
# a number in a rate's base ('per 1 000 invånare'), not the day of a date ('per 31 augusti')
RATE_BASE_NUMBER = r"(?:\d+(?:[ \u00a0]\d{3})*\s+(?!(?:" + MONTH_ALT + r")\b))?"
RATE_AFTER_RE = re.compile(  # ('26 mnkr i genomsnitt per månad': an average per month, no period total)
    r"^\s*(?:[a-zåäö]+\s+)?(?:i\s+(?:" + cue_alternation(READER_LISTS["average_word"]) + r")\s+)?"
    # (a base with a number too: '1,9 vårdplatser per 1 000 invånare')
    r"per\s+" + RATE_BASE_NUMBER + r"(?!(?:" + NOT_A_RATE_BASE + r")\b|tertial|(?:" + MONTH_ALT + r")\b)[a-zåäö]",
    re.I,
)
# a group that owns the metric after it: its genitive right before the metric ('kvinnornas sjukfrånvaro', 'mäns'),
# or the clause's subject narrowed by a 'som' clause ('Kvinnor som arbetar i regionen hade en sjukfrånvaro på')
SEX_WORD_RE = cue_regex("women_men_word", literal=True)
GROUP_GENITIVE_BEFORE_RE = re.compile(r"\b([a-zåäöA-ZÅÄÖ]+)s\s+$")
GROUP_SOM_OPENS_RE = re.compile(r"^\W*([A-ZÅÄÖa-zåäö]+)\s+som\b")
# a group's genitive that stands for its figure ('medan männens var 3 procentenheter lägre'): the group's
GROUP_GENITIVE_ALONE_RE = re.compile(r"\b([a-zåäöA-ZÅÄÖ]+)s\s+(?:" + words_of("predicate_copula") + r")\s+$", re.I)
ASIDE_AFTER_RE = re.compile(r"\s*\([^()\d]*\)")  # an aside with no figure right after a number
# words that give a period shorter than a year
PERIOD_WORDS_RE = re.compile(
    r"\b(?:"
    + cue_alternation(READER_LISTS["period_word"] + READER_LISTS["time_to_date_word"])
    + r")|\b(?:"
    + MONTH_ALT
    + r")\b",
    re.I,
)
# a period word or month that names months (not the time to date, 'hittills'): what keeps the report's months
MONTHS_NAMED_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_LISTS["period_word"]) + r")|\b(?:" + MONTH_ALT + r")\b", re.I
)
MONTH_YEAR_AFTER_RE = re.compile(r"[^0-9]{0,30}?\bi\s+(?:" + MONTH_ALT + r")\s+(\d{4})", re.I)  # '... i mars 2023'
BUDGET_WORD_RE = re.compile(
    words_of("budget_word_start"), re.I
)  # (in the clause, and through _Searched in the sentence)
# searched in the whole sentence, at most once per sentence (through _Searched)
FUTURE_RE = first_char_gated(
    re.compile(r"\b(?:" + words_of("future_word") + r")\b|" + words_of("future_word_start"), re.I)
)  # ("den beräknade avvikelsen")

OTHER_MONTH_RE = re.compile(
    r"jämfört\s+med\s+(?:" + MONTH_ALT + r")\b|sedan\s+årsskiftet|sedan\s+(?:" + MONTH_ALT + r")", re.I
)
COMPARED_RE = re.compile(r"jämfört\s+med")
YEARLY_RATE_AFTER_RE = re.compile(r"\s*(?:" + cue_alternation(READER_LISTS["yearly_rate_phrase"]) + r")\b", re.I)
# (a space in a word of the list allows up to three words between: 'ställdes 1 500 operationer in')
UNDONE_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_LISTS["undone_word"]).replace(r"\s+", r"\s+(?:\S+\s+){0,3}?")
    + r")(?![\wåäö])",
    re.I,
)
# 'Övertid (timmar): 148 000', 'Övertid, timmar: 148 000': the label states the unit of the bare number after it
LABEL_UNIT_BEFORE_RE = re.compile(r"[(,]\s*(?P<unit>" + UNIT_ALT + r")\s*\)?\s*:?\s*$", re.I)
# 'ska öka med 20', 'minska med drygt 5': a change verb and 'med' right before the number
CHANGE_BY_BEFORE_RE = re.compile(CHANGE_RE.pattern + r"(?:\s+\S+)?\s+med\s+(?:\S+\s+)?$", re.I)
NEGATION = alternation(READER_LISTS["negation_word"])
NEGATED_BEFORE_RE = re.compile(r"\b(?:" + NEGATION + r")\s+(?:\S+\s+)?$", re.I)  # 'har inte ökat', 'inte alls ökat'
NEGATED_AFTER_RE = re.compile(r"\s+(?:\S+\s+)?(?:" + NEGATION + r")\b", re.I)  # 'ökade inte', 'ökade dock inte'
# 'nyanställdes', 'slutade', 'gick i pension': what came or went in the period (a space allows words between, as above)
STOCK_FLOW_RE = re.compile(
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_LISTS["stock_flow_word"]).replace(r"\s+", r"\s+(?:\S+\s+){0,3}?")
    + r")(?![\wåäö])",
    re.I,
)


@functools.lru_cache(maxsize=1)
def additive_metrics() -> frozenset[str]:
    """The metrics whose figures add up over time or units (seeds/metrics.csv additive): hours, visits, costs."""
    with METRICS.open(newline="", encoding="utf-8") as fh:
        return frozenset(r["metric_code"] for r in csv.DictReader(fh) if r["additive"] == "true")


# a unit named right before 'med' and the number, as the subject of 'har'/'hade' or with its verb left out
# ('har Södersjukhuset med 7 831', 'hade Västerbottens län med 2,6', 'Ortopedin med 700', 'och urologen med 14')
# or a capitalised name in apposition, set off by a comma ('regionens största nämnd, Driftnämnden Hallands sjukhus,
# med -130 miljoner kronor', 'Karolinska Universitetssjukhuset, med cirka 16 000 anställda, hade ...')
HOLDER_WITH_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:"
    + words_of("holder_lead_word")
    + r")\s+)(?P<name>(?P<capital>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:[A-ZÅÄÖ][\wåäö-]+|"
    + words_of("unit_kind_word")
    + r"|län))*)|[a-zåäö]+(?:en|in))(?(capital),?)\s+med\s+(?:(?:"
    + words_of("approximation_word")
    + r")\s+)?$"
)
REGION_NAME_STEM_RE = re.compile(words_of("region_name_stem"), re.I)  # ('Region Stockholm', 'Landstinget')
COUNTY_WORD_RE = re.compile(r"\b(?:" + words_of("county_word") + r")\b", re.I)  # ('Västerbottens län')
# a coordinated clause with a copula right before the number ('... och kostnaderna blir drygt 92'): its predicate
# ('till och med', 'hälso- och sjukvård' are no join)
COPULA_AFTER_JOIN_RE = re.compile(
    r"(?<!\btill )(?<!- )\b(?:"
    + words_of("clause_break_word")
    + r")\s(?!med\b).*\b(?:"
    + words_of("predicate_copula")
    + r"|blir)\s+(?:\S+\s+)?$",
    re.I,
)
# 'och totalt genomförs inom Region Örebro län cirka 32 000', 'och det görs nu cirka 32 000': a clause joined with a
# passive verb of doing of its own (seeds passive_level_verb) before the number, its subject the thing counted
JOINED_PASSIVE_CLAUSE_RE = re.compile(
    r"(?<!- )\b(?:"
    + words_of("clause_break_word")
    + r")\s(?!med\b)(?:\S+\s+){0,2}?(?:"
    + words_of("passive_level_verb")
    + r")\s+(?:\S+\s+){0,5}$",
    re.I,
)
# (a comparative anywhere in the clause after the number: "... var 18 miljoner kronor högre")
COMPARATIVE_IN_CLAUSE_RE = re.compile(r"[^,;]*\b(?:" + words_of("comparative") + r")\b", re.I)
# a comparative right after an amount (its unit word left out): 'blir 450 miljoner kronor högre', '9 % lägre'
COMPARATIVE_RIGHT_AFTER_RE = re.compile(r"\s*(?:kronor\s+)?(?:" + words_of("comparative") + r")(?![\wåäö])", re.I)
# 'i genomsnitt', 'i snitt', 'i medeltal' before a number in its own clause: an average
AVERAGE_BEFORE_RE = re.compile(r"\bi\s+(?:" + cue_alternation(READER_LISTS["average_word"]) + r")\s", re.I)


@functools.lru_cache(maxsize=1)
def stock_metrics() -> frozenset[str]:
    """The metrics that count what stands at a date, not what happened in the period (seeds/metrics.csv: a count
    that is not additive, 'anställda', 'vårdplatser'): a clause of coming or going (STOCK_FLOW_RE) counts no stock."""
    with METRICS.open(newline="", encoding="utf-8") as fh:
        return frozenset(
            r["metric_code"] for r in csv.DictReader(fh) if r["canonical_unit"] == "count" and r["additive"] == "false"
        )


THAN_AVERAGE_AFTER_RE = re.compile(
    r"\s*(?:kronor\s+)?(?:" + THAN_COMPARATIVE + r")\s+(?:" + THAN + r")\s+(?:för\s+|i\s+|hos\s+)?"
    r"(?:det\s+|den\s+|de\s+)?(?:"
    + cue_alternation(READER_LISTS["average_word"])
    + r"|(?:"
    + words_of("other_than_word")
    + r")\b|\w*regioner\w*)",
    re.I,
)
# 'per', a base's number (in digits or a number word of seeds/number_words.csv), at most one word describing it,
# then the word the base counts: 'per 100 tillgängliga vårdplatser', 'per hundra disponibla vårdplatser'
RATE_BASE_BEFORE_WORD_RE = re.compile(
    r"\bper\s+(?:\d+(?:[ \u00a0]\d{3})*|(?:" + alternation(load_number_words()) + r"))\s+(?:[a-zåäö]+\s+)?$", re.I
)
RATIO_AFTER_ALIAS_RE = re.compile(
    r"\s+per\s+(?!(?:"
    + NOT_A_RATE_BASE
    + r")\b|tertial|månad|(?:"
    + MONTH_ALT
    + r")\b)"
    + RATE_BASE_NUMBER
    + r"[a-zåäö]",
    re.I,
)
# a deficit that must be made good, right after the amount (seeds obligation_verb, restore_word): 'som skall
# återställas', 'ska återställas inom tre år' (not 'och därmed återställs underskottet': the result that does it);
# or one that is left over (seeds remaining_verb): 'balanskravsunderskottet till -118 miljoner kronor vilket återstod
# från 2019 års underskott' (Region Jämtland Härjedalen's interim report of August 2022, review GR11, and the
# Läkartidningen article of 2022 quoting it, review HR12)
RESTORE_AFTER_RE = re.compile(
    r"\s*(?:[a-zåäö]+\s+)?(?:(?:som\s+)?(?:"
    + alternation(READER_LISTS["obligation_verb"])
    + r")\s+(?:[a-zåäö]+\s+)?(?:"
    + cue_alternation(READER_LISTS["restore_word"])
    + r")|(?:"
    + words_of("relative_pronoun")
    + r")\s+(?:"
    + words_of("remaining_verb")
    + r")\b)",
    re.I,
)
# a deficit accumulated over the years (seeds accumulated_word, deficit_noun) in the amount's own clause: 'Det
# ackumulerade underskottet närmar sig en miljard kronor' (Läkartidningen on Region Jämtland Härjedalen 2018), 'ett
# ackumulerat underskott på 898 mkr som skall återställas' (Landstinget Dalarna 2011): the deficit carried from earlier
# years, not the period's result; not an accumulation to a month ('det ackumulerade underskottet per april', 'till och
# med augusti'), which is the period's own to date
ACCUMULATED_DEFICIT_RE = re.compile(
    r"\b(?:"
    + cue_alternation(READER_LISTS["accumulated_word"])
    + r")\s+(?:"
    + cue_alternation(READER_LISTS["deficit_noun"])
    + r")(?![\wåäö])",
    re.I,
)
TO_A_MONTH_RE = re.compile(
    r"\b(?:per|efter|t\.\s?o\.\s?m\.?|till\s+och\s+med|"
    + words_of("month_to_date_lead")
    + r")\s+(?:"
    + MONTH_ALT
    + r")\b",
    re.I,
)
THAN_GOAL_AFTER_RE = re.compile(
    r"\s*(?:kronor\s+)?(?:" + THAN_COMPARATIVE + "|" + words_of("over_under_word") + r")\s+(?:än\s+)?(?:det\s+)?"
    r"[a-zåäö]*mål(?:et|en)?\b",
    re.I,
)
# 'för två år sedan', 'för fem år sedan': the number is of that many years before the report's
YEARS_AGO_RE = re.compile(r"\bför\s+(?:\w+|\d+)\s+år\s+sedan\b", re.I)
PREDICATE_AFTER_RE = re.compile(r"\s+(?:" + cue_alternation(READER_LISTS["predicate_copula"]) + r")\s+(\w+)", re.I)
DISTRIBUTED_RE = re.compile(r"\b(?:" + cue_alternation(READER_LISTS["distribution_phrase"]) + r")\s", re.I)
# 'perioden' alone takes up the time the text spoke of last, as 'under perioden' after 'under en tvåårsperiod'
BACK_PERIOD_RE = re.compile(r"^(?:" + words_of("back_period_word") + r")$", re.I)


def _names_a_time_of_its_own(text: str) -> bool:
    """Whether a sentence names a year, a month or a period word other than one that only takes up the time named
    before ('under perioden')."""
    return bool(YEAR_DIGITS_RE.search(text)) or any(
        not BACK_PERIOD_RE.match(m.group(0)) for m in PERIOD_WORDS_RE.finditer(text)
    )


SEVERAL_YEARS_RE = cue_regex("several_years_phrase")
# a year right after the number and its unit, in its own clause ('50 miljoner kronor under 2024', '1,8 mkr 2013'):
# the year the number is of (not after a comparison: 'jämfört med 2018', 'än 2016' name the year compared with)
# a form of 'gå' in the number's clause before it ('de går 670 miljoner kronor back', 'gick tillsammans 146 ...')
GO_VERB_BEFORE_RE = re.compile(r"\b(?:" + words_of("go_verb") + r")\s+(?:[^\s\d,;.]+\s+){0,3}$", re.I)
# this year right after an amount, a loss word or 'under' between ('670 miljoner kronor back i år')
# 'i år', 'innevarande år' as an adverb (not 'i år 2017', which names the year)
THIS_YEAR_ADVERB_RE = re.compile(
    r"(?<![\wåäö])(?:" + cue_alternation(READER_LISTS["this_year_adverb"]) + r")(?![\wåäö])(?!\s*,?\s*(?:19|20)\d\d)",
    re.I,
)
THIS_YEAR_AFTER_RE = re.compile(
    r"\s*(?:kronor\s+)?(?:(?:"
    + cue_alternation(READER_LISTS["sign_after_amount"])
    + r")\s+)?(?:under\s+)?(?:"
    + cue_alternation(READER_LISTS["this_year_adverb"])
    + r")(?![\wåäö])",
    re.I,
)
YEAR_RIGHT_AFTER_RE = re.compile(
    r"\s*(?:kronor\s+)?(?:(?:under|för|i)\s+)?(?:(?:hel)?år(?:et)?\s+)?((?:19|20)\d\d)\b(?![\-–/.,]\d)", re.I
)


class _Searched:
    """pattern -> whether it occurs in the text, searched on first use only (the same sentence-wide
    question comes back for every number of a sentence). Kept by the pattern's identity: hashing a pattern
    hashes its compiled code (prefilter.per_pattern)."""

    def __init__(self, text: str):
        self.text = text
        self.known: dict[int, bool] = {}  # id(pattern) -> found (the reader's patterns live as long as it)

    def __getitem__(self, rx: re.Pattern[str]) -> bool:
        found = self.known.get(id(rx))
        if found is None:
            found = self.known[id(rx)] = rx.search(self.text) is not None
        return found


class _Words:
    """pattern -> may it match in the text at all: one of the words every match of it needs stands in the
    text (loaders/prefilter.needed_words), asked once per sentence, not once per number. A part of the sentence
    (a number's window, the text after it, the sentence with its asides blanked) holds no match of a pattern
    whose words the sentence lacks: a pattern is then not searched there. Kept by the pattern's identity, as
    _Searched."""

    def __init__(self, text: str):
        self.text = text
        self.low: str | None = None
        self.known: dict[int, bool] = {}  # id(pattern) -> may match

    def __getitem__(self, rx: re.Pattern[str]) -> bool:
        found = self.known.get(id(rx))
        if found is not None:
            return found
        words = _plain_needed_words(rx)
        if words is None:
            found = True  # (no words known, or a word with a space or a sign a blanked aside could have held)
        else:
            if self.low is None:
                self.low = folded(self.text)
            found = any(map(self.low.__contains__, words))
        self.known[id(rx)] = found
        return found


@per_pattern
def _plain_needed_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """needed_words(rx) when each is letters and digits only, else None (_Words): a property of the pattern,
    worked out once, not once per sentence."""
    words = needed_words(rx)
    return None if words is None or not all(map(str.isalnum, words)) else words


def _search(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """rx.search(text, pos, endpos), tried only where one of rx's leading words stands (prefilter.search_folded):
    for the long alternations searched again before each number of a sentence (FORECAST_RE)."""
    return search_folded(rx, text, folded(text), pos, endpos)


def _may(s: _Scan, rx: re.Pattern[str]) -> bool:
    """rx may match in some part of the sentence s reads (_Words)."""
    if s.words is None:
        s.words = _Words(s.text)
    return s.words[rx]


def _may_across(rx: re.Pattern[str], left: str, right: str) -> bool:
    """rx may match in a text that joins the end of `left` to the start of `right` where the sentence has none
    of its words: one of them stands across the joint."""
    words = needed_words(rx)
    if words is None:
        return True
    reach = max(map(len, words), default=0)
    joint = folded(left[-reach:] + right[:reach]) if reach else ""
    return any(map(joint.__contains__, words))


GENERIC_HEADING_RE = re.compile(r"(?:" + cue_alternation(READER_LISTS["comment_heading"]) + r")\W*", re.I)
FORECAST_HEADING_RE = re.compile(r"prognos", re.I)


@functools.lru_cache(maxsize=256)
def _heading_forecast(heading: str) -> bool:
    """The text stands under a forecast heading ('Prognos', or 'Analys' under 'Prognos ...')."""
    heads = heading.split(" / ") if heading else []
    generic = bool(heads) and GENERIC_HEADING_RE.fullmatch(heads[-1].strip())
    return bool(heads) and (
        bool(FORECAST_HEADING_RE.search(heads[-1]))
        or bool(generic and len(heads) > 1 and FORECAST_HEADING_RE.search(heads[-2]))
    )


class _Rejected(Exception):
    """A stage does not place the number: `why` becomes the issue's message ('' passes it over silently)."""

    def __init__(self, why: str = ""):
        super().__init__(why)
        self.why = why


class _RejectedPart(_Rejected):
    """The number belongs to a word set against the number before it in a clause whose verb is left out
    ('Kvinnornas sjukfrånvaro var 6,9 procent och männens 3,8 procent'): the number before is a part too."""


@dataclass
class _Scan:
    """A sentence being read: what all its numbers share, and what one number hands on to the next
    (the stages read it, and update the hand-on fields where the reading of the next number depends on them)."""

    sent: Sentence
    document: Document
    lex: ProseLexicon
    rx: re.Pattern[str]
    ctx: _Ctx
    nums: list[Num]
    hits_all: list[AliasHit]
    in_text: _Searched
    heading_forecast: bool
    qualified_memos: dict[str, dict] = field(default_factory=dict)  # text -> _qualified's answers for its hits
    placed_prev: Num | None = None  # the last number that became a fact
    prev_org: str = ""  # its org unit
    prev_measure: str = ""
    prev_year_period: tuple[date, date] | None = None  # the period of the last number that became a fact, a whole year
    prev_sign: int = 0
    prev_metric: str = ""
    from_value: tuple[Num, int] | None = None  # 'från X till Y': X, waiting for Y
    from_measure: str = "actual"  # the measure X of 'från X till Y' got, Y's too
    rate_value: Num | None = None  # X or Y of a rate that moved 'från X till Y': its value as written
    last_any_measure: str = ""  # the measure of the last number read up to its metric (placed or not)
    last_any_family: str = ""
    last_seen: Num | None = None  # the last number that was not skipped as a year, date, ...
    prev_seen: Num | None = None
    had_fact: bool = False
    gender: str = ""  # the gender word of the number being read when it is a rate's part (_gender_of_rate)
    cues_in_text: tuple[bool, ...] | None = None  # _reject_non_fact_cue's per-cue test of the sentence, once
    words: _Words | None = None  # which patterns may match in the sentence at all (_may)
    range_ends: set[int] = field(default_factory=set)  # indexes of the numbers that end a range (word_range_ends)

    @property
    def text(self) -> str:
        return self.sent.text

    @property
    def has_metric_word(self) -> bool:
        return any(h.metric for h in self.hits_all)


@dataclass(frozen=True)
class _At:
    """One number in its sentence, and the text around it the stages read."""

    n: Num
    idx: int
    win_start: int  # where its clause starts: the end of the previous number's unit
    window: str  # text[win_start:n.start]
    after: str  # from its unit to the next number
    rest: str  # from its unit to the end
    masked: str  # the sentence with parentheses that do not hold it blanked out
    text: str  # the whole sentence

    @property
    def before_all(self) -> str:
        return self.text[: self.n.start]

    # the number's own clause around it, asked by several stages for each number: split once (cached_property
    # writes the instance's __dict__ directly, so a frozen _At keeps its answers; they are pure functions of it)
    @functools.cached_property
    def own_window(self) -> str:
        """The window from the start of the number's own clause (OWN_CLAUSE_SPLIT_RE)."""
        return OWN_CLAUSE_SPLIT_RE.split(self.window)[-1]

    @functools.cached_property
    def own_before(self) -> str:
        """The sentence before the number, from the start of its own clause (OWN_CLAUSE_SPLIT_RE)."""
        return OWN_CLAUSE_SPLIT_RE.split(self.before_all)[-1]

    @functools.cached_property
    def own_after(self) -> str:
        """The text after the number's unit up to the next clause (_own_clause)."""
        return _own_clause(self.after)

    @functools.cached_property
    def country_window(self) -> str:
        """The window from the start of the number's clause as COUNTRY_CLAUSE_SPLIT_RE splits it (at 'och' too)."""
        return COUNTRY_CLAUSE_SPLIT_RE.split(self.window)[-1]


@dataclass(frozen=True)
class _Measure:
    measure: str
    prev_year: bool  # the number is the same period a year earlier
    forecast: bool  # the sentence speaks of a forecast
    dev_m: tuple[re.Match[str], ...]  # deviation words in the clause


@dataclass(frozen=True)
class _Metric:
    metric: str
    label: str  # the phrase that named it (or how it was carried)
    carried: bool  # from the previous sentence
    measure: str  # the measure, as the metric may have corrected it
    hits: tuple[AliasHit, ...]  # the metric phrases of the (masked) sentence
    unit_dev: re.Match[str] | None  # 'Division medicin: -16,7 mkr ...': the unit whose deviation it is
    prev_year: bool
    alias: AliasHit | None = None  # the phrase that named the metric, before the number (_reject_misread)
    whole_year: bool = False  # the clause names the (previous) year bare: the whole year, not the report's months
    earlier_year: int = 0  # '2018 var sjukfrånvaron 7,0 %': the sentence opens with an earlier year, the number's
    breakdown: str = ""  # the part the number is about ('hyrt in sjuksköterskor för 1,8 mkr': sjuksköterskor)


def _goes_on_with_the_forecast(s: _Scan, at: _At, pick: _Metric) -> bool:
    """An amount read as an outcome in a sentence of the paragraph whose last fact was the year's forecast (or
    its deviation), with no time of its own and no fact before it in its sentence, goes on with that forecast:
    'Årets resultat prognostiseras till +37 mnkr; ... Nämndernas verksamhet visar ett underskott på 45 mnkr
    netto' (gotland_manadsrapport_2010), 'Det prognosticerade helårsresultatet ... är 139 mnkr bättre än budget.
    Efter att reavinster räknats bort blir det så kallade balanskravsresultatet 41 mnkr'
    (gotland_delarsrapport_2018). A time of its own keeps the outcome: 'nämndernas delårsresultat -14 mnkr', also
    the year before as the clause's time in a text of no period ('Resultatet förra året låg på minus närmare 94
    miljoner kronor' after a forecast, Sveriges Radio on Sörmland, review14pe). A deviation from the budget goes on
    with it: 'årsresultatet verkar landa på -525,9 miljoner kronor. Resultatet är alltså 921 miljoner kronor sämre
    än vad det borde vara enligt budget' (Region Skåne April 2018, fresh), 'Region Uppsalas balanskravsresultat för
    helåret 2023 beräknas till minus 307 miljoner kronor. ... Resultatet är 457 miljoner kronor sämre än budgeterat
    årsresultat' (review HR11) are the forecast's."""
    measure, block = s.ctx.paragraph_measure
    return (
        # (a deviation of the result only: an item's deviation, 'Personalkostnaderna ... 21,4 mnkr sämre än budget',
        # is no figure of the forecast)
        (
            pick.measure == "actual"
            or (pick.measure == "budget_deviation" and s.lex.amount_kinds.get(pick.metric) == "result")
        )
        and at.n.family == "tkr"
        and measure in ("forecast", "forecast_deviation")
        and block == s.sent.block
        and s.placed_prev is None
        and not pick.prev_year
        and not PERIOD_WORDS_RE.search(s.text)
        and not YEAR_DIGITS_RE.search(s.text)
        and not _last_year_as_time(at)
    )


def sentence_facts(
    report_file: str,
    sent: Sentence,
    document: Document,
    lex: ProseLexicon,
    rx: re.Pattern[str],
    ctx: _Ctx | None = None,
) -> tuple[list[ProseFact], list[ExtractionIssue]]:
    """Every number of one sentence, placed or rejected, stage by stage: find numbers (scan_of) -> gates
    and unit (_unit_family) -> measure (_measure_of) -> metric (_metric_of, _corrected_metric,
    _reject_misread) -> sign (_signed_value) -> period (_period_of_number) -> org unit (_org_of_number)
    -> accept. A stage rejects a number by raising _Rejected(why); the number becomes an issue with that reason."""
    s = scan_of(sent, document, lex, rx, ctx or _Ctx())
    text, nums, hits_all, ctx = s.text, s.nums, s.hits_all, s.ctx
    if not nums:  # nothing to place: the sentence only hands on the metric it names
        named = [h.metric for h in hits_all if h.metric]
        if named:
            ctx.last_metric = named[-1]
        ctx.last_cost_item = _next_cost_item(ctx, _cost_item_named(text, hits_all, lex), bool(named), sent.block)
        ctx.last_sentence_had_fact = False
        ctx.last_facts = ()
        strong = {h.metric for h in hits_all if h.metric and h.phrase not in WEAK_METRIC_ALIASES}
        heads = _cost_nouns_of_an_item(text, hits_all)
        own = [h for h in hits_all if h.metric and h not in heads]  # the metrics named, not as a cost item's head
        single = len({h.metric for h in own}) == 1 and bool(CHANGE_RE.search(text))
        one = single and strong == set(named) - {h.metric for h in heads}
        ctx.last_named_change = named[-1] if one else ""
        ctx.last_changed_noun = (own[-1].metric, own[-1].phrase) if single else ("", "")
        return [], []
    facts: list[ProseFact] = []
    issues: list[ExtractionIssue] = []

    def issue(n: Num, why: str) -> None:
        # (every reason is kept, also for a count in a sentence that names no metric: a number the reader reached a
        # verdict on is no unexplained number of the ledger)
        if why:
            issues.append(ExtractionIssue(report_file, sent.line_at(n.start), "unplaced_number", why, _clip(text)))
            ctx.issue_numbers[id(issues[-1])] = (issues[-1], issues[-1].line or 0, abs(n.value))

    cut_at = _stranded_close(text)
    prev_end = 0
    share_whole: ProseFact | None = None  # the last fact the sentence placed itself, whole of a part's share
    own_period_measure = ""  # the measure of the last fact of the sentence's own period (not a year earlier)
    for idx, n in enumerate(nums):
        win_start = prev_end
        if not n.in_word and _skip_reason(text, n):
            continue  # years, dates, ages and labels do not end the clause the next number reads from
        prev_end = n.unit_end
        s.prev_seen, s.last_seen = s.last_seen, n
        if 0 <= cut_at <= n.start:
            issue(n, "the sentence is cut by a table or chart ('... mnkr), så ...'): its beginning stands elsewhere")
            continue
        at = number_at(s, idx, win_start)
        # (Y of 'från X <year> till Y <year>' is the part X is: 'från 135 miljoner kronor 2020 till 152 ...' of
        # 'Kostnaden för inhyrda sjuksköterskor')
        path_part = facts[-1].breakdown_label if facts and _to_end_of_dated_path(s, at.n, at.window) else ""
        try:
            _reject_non_fact_cue(s, at)
            if n.in_word and not STATED_COMPOUND_BEFORE_RE.search(at.window):
                raise _Rejected(
                    "a number word of a compound not stated as a figure ('Detta nollresultat' refers back, 'ett nära "
                    "nog nollresultat' approximates)"
                )
            _reject_amount_run(s, idx)
            if idx in s.range_ends:
                raise _Rejected("one end of a range written in words ('mellan 80 och 100 mnkr'): no one stated value")
            gender = ""
            if GENDER_RE.search(text[n.unit_end : n.unit_end + 20]) or GENDER_BEFORE_RE.search(at.window):
                part = _gender_part_of_previous(text, n, sent.line_at(n.start), s.placed_prev, facts)
                if part is not None:
                    facts.append(part)  # 'anställda, varav kvinnor 1606 och 332 män': the whole's metric, one part
                    continue
                gender = _gender_of_rate(s, at)
                if not gender:
                    raise _Rejected("number for one gender: no metric for it")
            s.gender = gender
            listed = _listed_part_of_previous(text, n, sent.line_at(n.start), s.placed_prev, facts)
            if listed is not None:
                facts.append(listed)  # '3 800 anställda varav 500 läkare, 1300 sjuksköterskor': the parts it lists
                continue
            share = _share_part_of_previous(s, at, facts, share_whole)
            if share is not None:
                facts.append(share)  # 'minus 131 mnkr, där egen verksamhet står för minus 104 mnkr': a part's share
                continue
            share = _fronted_unit_share(s, at, facts)
            if share is not None:
                facts.append(share)  # 'Av verksamhetens resultat svarar Hälso- och sjukvården för minus 472 mnkr'
                continue
            share = _share_of_previous_sentence(s, at)
            if share is not None:
                facts.append(share)  # 'Huvuddelen, 117 miljoner, utgjordes av personalkostnader': a share of the last
                continue
            family, list_kind = _unit_family(s, at)
            m = _measure_of(s, at, family, list_kind)
            s.last_any_measure, s.last_any_family = m.measure, family
            if (
                m.measure.endswith("deviation")
                and _budget_word_of_its_clause(s, at)
                and not any(f.measure in ("actual", "forecast") for f in facts)
            ):
                # (not where the sentence gave the result itself: 'ett resultat på 100 mnkr, 20 mnkr bättre än
                # budget' speaks of results, and a unit's 'överskott' after it is its result)
                s.ctx.deviation_block = True
            pick = _reject_misread(s, at, family, _corrected_metric(s, at, family, m, _metric_of(s, at, family, m)))
            if _goes_on_with_the_forecast(s, at, pick):
                goes_on = "forecast" if pick.measure == "actual" else "forecast_deviation"
                m, pick = replace(m, measure=goes_on, forecast=True), replace(pick, measure=goes_on)
            try:
                value, sign_word = _signed_value(s, at, pick)
            except _Rejected:
                if family == "tkr" and pick.measure.endswith("deviation") and not n.explicit_sign:
                    unsigned = _unsigned_deviation(report_file, s, at, m, pick)
                    issue(n, f"{pick.measure} of {pick.metric} without a sign word")
                    ctx.unsigned_whole = (unsigned, issues[-1]) if issues else None
                    continue
                raise
            ps, pe, period_ev = _period_of_number(s, at, m, pick)
            org, metric = _org_of_number(s, at, pick)
        except _Rejected as rejected:
            if isinstance(rejected, _RejectedPart) and facts and not facts[-1].breakdown_label and s.placed_prev:
                facts.pop()  # ('Sjukfrånvaro kort 2,8 %, lång 3,4 %': 2,8 is the short-term part's)
                issue(s.placed_prev, "a part set against the part the next number's clause names ('och männens')")
            issue(n, rejected.why)
            if n.family == "tkr" and issues and issues[-1].text == _clip(text):
                ctx.held_amounts.append((n, _clip(text), sent.line_at(n.start), issues[-1]))
                if BUDGET_SUBJECT_BEFORE_RE.search(text, 0, n.start):
                    ctx.budget_amounts.append(ctx.held_amounts[-1])
            continue
        facts.append(
            ProseFact(
                report_file=report_file,
                line=sent.line_at(n.start + (1 if n.explicit_sign else 0)),
                sentence=_clip(text),
                quote=_quote(n.text, text[n.start : n.end]),
                label=pick.label,
                metric_code=metric,
                measure=pick.measure,
                value=value,
                unit_raw=n.unit if family == n.family else (s.placed_prev.unit if s.placed_prev else ""),
                period_start=ps,
                period_end=pe,
                org_unit=org,
                is_approximate=bool(APPROX_RE.search(text[: n.start])) or _amount_lower_bound(n, text[: n.start]),
                sign_word=sign_word,
                period_evidence=period_ev,
                carried_metric=pick.carried,
                breakdown_label=gender or pick.breakdown or path_part,
            )
        )
        s.placed_prev, s.prev_measure, s.prev_metric, s.prev_org = n, pick.measure, metric, org
        if not pick.prev_year:
            own_period_measure = pick.measure
        share_whole = facts[-1]
        s.prev_year_period = (ps, pe) if ps and pe and is_whole_year(ps, pe) else None
        s.prev_sign = 1 if value > 0 else -1 if value < 0 else 0
        s.had_fact = True
    metrics_here = [h.metric for h in hits_all if h.metric]
    ctx.last_metric = facts[-1].metric_code if facts else metrics_here[-1] if metrics_here else ""
    ctx.last_measure = facts[-1].measure if facts else ""
    if facts:
        # (a figure of the same period a year earlier set beside the sentence's own is no measure of the paragraph:
        # 'årets överskott 100 miljoner jämfört med 84 i fjol' goes on with the forecast)
        ctx.paragraph_measure = (own_period_measure or facts[-1].measure, sent.block)
    # (a sentence that gave a figure hands on no cost item: 'Kostnaden för hyrpersonal var 203 miljoner ... Men
    # kostnaden ... uppgick till 63 miljoner' may go on with it or not, as the bare 'kostnaderna' rule above has it)
    ctx.last_cost_item = (
        ("", -1)
        if facts
        else _next_cost_item(ctx, _cost_item_named(text, hits_all, lex), bool(metrics_here), sent.block)
    )
    ctx.last_sentence_had_fact = s.had_fact
    ctx.last_facts = tuple(facts)
    ctx.last_named_change = ""
    ctx.last_changed_noun = ("", "")
    return facts, issues


def without_rival_values(facts: list[ProseFact]) -> tuple[list[ProseFact], list[ExtractionIssue]]:
    """One sentence's facts without those rival_values refuses, and an issue for each of them."""
    rivals = rival_values(facts)
    why = "a second value for the metric, measure, period and unit of a number before it: a label not read"
    return [f for i, f in enumerate(facts) if i not in rivals], [
        ExtractionIssue(facts[i].report_file, facts[i].line, "unplaced_number", why, facts[i].sentence) for i in rivals
    ]


def rival_values(facts: list[ProseFact]) -> list[int]:
    """The facts of one sentence that give another value for the metric, measure, period, org unit, part and
    unit of a fact before them: one sentence states a key once, so a second value means a label the reader did
    not read (a list's next item with a name the seeds do not know); the later number took the earlier one's
    reading, and is not kept. (A bracketed figure with the unit after it, '28 560 (27 807) miljoner kronor', is no
    rival: with_bracketed_units_shared reads it as the year before's.)"""
    # (money in any of its unit words is one unit: 'plus 66 miljoner kronor i en total budget på 8,1 miljarder
    # kronor' gives the result a second value, in tkr)
    scale = [_unit_scale(f.unit_raw) for f in facts]
    keys = [
        (
            f.metric_code,
            f.measure,
            f.period_start,
            f.period_end,
            f.org_unit,
            f.breakdown_label,
            "tkr" if factor else f.unit_raw.casefold(),
        )
        for f, factor in zip(facts, scale)
    ]
    values = [f.value * factor if factor else f.value for f, factor in zip(facts, scale)]
    first: dict[tuple, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    # (a figure and its rounding are no rivals: without_rounded_restatements keeps the exact one)
    return [
        i
        for i, (key, value) in enumerate(zip(keys, values))
        if not math.isclose(value, values[first[key]]) and not _rounded_pair(facts[i], facts[first[key]])
    ]


def _rounded_pair(f: ProseFact, g: ProseFact) -> bool:
    """Whether one of the two facts is the other rounded (rounds_to)."""
    a, b = (f.quote, f.value, f.unit_raw), (g.quote, g.value, g.unit_raw)
    return rounds_to(a, b) or rounds_to(b, a)


def _unsigned_deviation(report_file: str, s: _Scan, at: _At, m: _Measure, pick: _Metric) -> ProseFact:
    """A deviation read to the end but for its sign: its value as printed, positive."""
    ps, pe, period_ev = _period_of_number(s, at, m, pick)
    org, metric = _org_of_number(s, at, pick)
    n = at.n
    return ProseFact(
        report_file=report_file,
        line=s.sent.line_at(n.start),
        sentence=_clip(s.text),
        quote=_quote(n.text, s.text[n.start : n.end]),
        label=pick.label,
        metric_code=metric,
        measure=pick.measure,
        value=abs(n.value),
        unit_raw=n.unit,
        period_start=ps,
        period_end=pe,
        org_unit=org,
        is_approximate=bool(APPROX_RE.search(s.text[: n.start])),
        period_evidence=period_ev,
        breakdown_label=pick.breakdown,
    )


def _half_unit(quote: str) -> float:
    """The rounding of a number as quoted: half a unit of its last printed digit ('30,5' -> 0.05, '212' -> 0.5)."""
    decimals = re.search(r"[,.](\d+)\s*$", quote.strip())
    return half_unit(len(decimals.group(1)) if decimals else 0)


def with_sign_of_its_parts(whole: ProseFact, parts: list[ProseFact]) -> ProseFact | None:
    """The unsigned deviation `whole` with the sign of the sum of the deviations the next sentence splits it
    into ('Budgetavvikelsen ... uppgick till 30,5 mkr. Denna avvikelse beror på 243,5 mkr högre intäkter än
    budgeterat samt bruttokostnader som var 212,9 mkr sämre än budget': 243,5 - 212,9 = 30,6, so +30,5), when
    the parts, two or more of its measure, period and unit, add up to it within their rounding; else None."""
    own = [
        f
        for f in parts
        if f.measure == whole.measure
        and (f.period_start, f.period_end) == (whole.period_start, whole.period_end)
        and f.unit_raw == whole.unit_raw
        and f.metric_code != whole.metric_code
    ]
    if len(own) < 2:
        return None
    total = sum(f.value for f in own)
    slack = _half_unit(whole.quote) + sum(_half_unit(f.quote) for f in own) + 1e-9
    if total == 0 or abs(abs(total) - whole.value) > slack:
        return None
    return replace(whole, value=whole.value if total > 0 else -whole.value, sign_word="(the sum of its parts)")


def with_range_units_shared(text: str, nums: list[Num]) -> list[Num]:
    """'från X till Y <unit>' writes one unit for both ends: X without a unit of its own takes Y's
    ('sjukfrånvaron ökat ... från 4,0 till 4,2 procent', 'Inhyrda läkare har minskat från 31 till 29 årsarbetare')."""
    out = list(nums)
    for i in range(len(out) - 1):
        x, y = out[i], out[i + 1]
        if (
            not x.unit
            and y.unit
            and FROM_TO_RE.search(text, 0, x.start)
            and TILL_ONLY_RE.fullmatch(text, x.match_end or x.end, y.start)
            # (ends of one size only: 'från 950 000 till 1,2 miljoner kronor' writes each end in its own scale)
            and 0.1 <= abs(x.value) / max(abs(y.value), 1e-9) <= 10
        ):
            out[i] = replace(x, unit=y.unit, family=y.family)
    return out


def with_bracketed_units_shared(text: str, nums: list[Num]) -> list[Num]:
    """'X (Y) <unit>' writes one unit for a figure and the one in parentheses beside it, the year before's as in
    'X <unit> (Y <unit>)': both take the unit written after the parenthesis ('Verksamhetens intäkter under
    perioden uppgick till 13 969 (13 715) miljoner kronor', stockholm_delarsrapport_2017; the bracketed
    previous year of orebro_periodrapport_2019 reads 'Resultat januari – februari -3 mnkr (-28 mnkr)')."""
    out = list(nums)
    for i in range(len(out) - 1):
        x, y = out[i], out[i + 1]
        if x.unit or y.unit or not OPEN_PAREN_RE.fullmatch(text, x.match_end or x.end, y.start):
            continue
        closed = CLOSE_PAREN_RE.match(text, y.match_end or y.end)
        um = closed and UNIT_RE.match(text, closed.end())
        low = um.group("unit").casefold() if um else ""
        if not um or low in MILLIONS and MILLIONS_OF_COUNT_RE.match(text, um.end()) or text.startswith(":", um.end()):
            continue  # (as find_numbers: '3,6 miljoner läkarbesök' is a count, 'Anställda:' labels the next value)
        unit, family = um.group("unit"), UNIT_FAMILY.get(low, "count" if low in COUNT_NOUNS else "none")
        out[i], out[i + 1] = replace(x, unit=unit, family=family), replace(y, unit=unit, family=family)
    return out


TILL_ONLY_RE = re.compile(r"\s*till\s*")  # (TO_RE's anchors do not match at a position inside the text)
# (an approximation may stand before either end: 'mellan cirka 2 200 och 4 300 förlossningar')
RANGE_APPROX = r"(?:(?:" + cue_alternation(READER_LISTS["approximation_word"]) + r")\s+)?"
RANGE_OPENER_RE = re.compile(r"\b(?:" + words_of("range_opener") + r")\s+" + RANGE_APPROX + r"$", re.I)
RANGE_OPENER_RANGE_REACH = RANGE_OPENER_REACH + max(map(len, READER_LISTS["approximation_word"])) + 2
RANGE_JOINER_RE = re.compile(r"\s*(?:" + words_of("range_joiner") + r")\s*" + RANGE_APPROX, re.I)


def word_range_ends(text: str, nums: list[Num]) -> set[int]:
    """The numbers (their indexes) that are the two ends of a range written in words, as 'X–Y' is in digits:
    'mellan 80 och 100 mnkr', 'ökade med 2 till 3 procent'. Such a pair states no one value. Without an opener
    ('mellan') the pair is a range when its first end borrows the second's unit and the ends rise, and it is not
    a path 'från X till Y'."""
    ends: set[int] = set()
    for i in range(len(nums) - 1):
        x, y = nums[i], nums[i + 1]
        if not RANGE_JOINER_RE.fullmatch(text, x.unit_end, y.start):
            continue
        if i and not x.unit and YEAR_RIGHT_AFTER_RE.fullmatch(text, nums[i - 1].unit_end, x.end):
            # 'från 660 000 stycken 2017 till 730 000 stycken 2019': the year right after an amount is that
            # amount's, no lower end of a range '2017 till 730 000'
            continue
        opened = bool(_search_end(RANGE_OPENER_RE, text, x.start, RANGE_OPENER_RANGE_REACH))
        borrowed = not x.unit and bool(y.unit) and 0 < x.value < y.value and not FROM_TO_RE.search(text, 0, x.start)
        if opened or borrowed:
            ends |= {i, i + 1}
    return ends


def scan_of(sent: Sentence, document: Document, lex: ProseLexicon, rx: re.Pattern[str], ctx: _Ctx) -> _Scan:
    """A sentence ready to be read: its numbers and metric phrases found."""
    hits = find_aliases(sent.text, lex, rx)
    nums = find_numbers(sent.text, lex.number_words)
    nums = with_range_units_shared(sent.text, with_bracketed_units_shared(sent.text, nums))
    in_words = compound_numbers(sent.text, hits, lex)
    if in_words:
        nums = sorted(nums + in_words, key=lambda n: n.start)
    counted = compound_noun_hits(sent.text, nums, hits, lex, rx)
    if counted:
        hits = sorted(hits + [h for _, h in counted], key=lambda h: h.start)
        # (a bare number takes the unit family of what its noun counts: '27 sjukdagar per anställd' are days)
        family_of = {id(n): UNIT_FAMILY_OF.get(lex.units.get(h.metric, ""), n.family) for n, h in counted}
        nums = [replace(n, family=family_of[id(n)]) if id(n) in family_of and n.family == "none" else n for n in nums]
    return _Scan(
        sent,
        document,
        lex,
        rx,
        ctx,
        nums,
        hits,
        _Searched(sent.text),
        _heading_forecast(sent.heading),
        range_ends=word_range_ends(sent.text, nums) if len(nums) > 1 else set(),
    )


def compound_numbers(text: str, hits: list[AliasHit], lex: ProseLexicon) -> list[Num]:
    """A number word that opens a compound with a metric word is that metric's value: 'ett nollresultat'
    is a result of 0 (the modifier and the number word from seeds/word_forms.csv and number_words.csv)."""
    modifiers = [m for m in lex.word_forms.get("compound_modifier", ()) if m in lex.number_words]
    out = []
    for h in hits:
        low = text[h.start : h.end].casefold()
        word = next((m for m in modifiers if low.startswith(m) and len(low) > len(m)), None)
        if word and h.metric:
            end = h.start + len(word)
            out.append(
                Num(
                    h.start,
                    end,
                    text[h.start : end],
                    lex.number_words[word],
                    False,
                    "",
                    UNIT_FAMILY_OF.get(lex.units.get(h.metric, ""), "none"),
                    end,
                    end,
                    in_word=True,
                )
            )
    return out


# the word right after a number (one space between them), the text after it
WORD_AFTER_NUMBER_RE = re.compile(r"[ \u00a0]([a-zåäöé]+)(?![\wåäöÅÄÖ-])", re.I)
MIN_COMPOUND_LEAD = 3  # letters of a compound before the metric word it ends in ('ny' of 'nyanställda' is none)
COMPOUND_NOUN_REACH = 40  # characters after the compound an alias that opens with its last part may run on
COUNTED_UNITS = ("count", "days", "fte", "hours")  # the canonical units of what a number's own noun counts


def compound_noun_hits(
    text: str, nums: list[Num], hits: list[AliasHit], lex: ProseLexicon, rx: re.Pattern[str]
) -> list[tuple[Num, AliasHit]]:
    """(number, hit naming a metric) for each number whose own noun is a compound whose last part opens an
    alias of a metric that counts (COUNTED_UNITS): '17 839 månadsanställda' counts anställda, '27 sjukdagar per
    anställd' is 'dagar per anställd' (the alias regex finds a metric word only where a word starts). Not a
    compound that an alias holds as a word of its own ('timanställda', 'deltidsanställda', 'visstidsanställda':
    metrics of their own or parts)."""
    out: list[tuple[Num, AliasHit]] = []
    for n in nums:
        m = WORD_AFTER_NUMBER_RE.match(text, n.end) if not n.in_word and n.family in ("none", "count", "days") else None
        if m is None or any(h.start < m.end(1) and m.start(1) < h.end for h in hits):
            continue
        word = m.group(1)
        if word.casefold() in _alias_words(lex):
            continue
        for lead in range(MIN_COMPOUND_LEAD, len(word) - 2):
            tail = word[lead:] + text[m.end(1) : m.end(1) + COMPOUND_NOUN_REACH]
            a = rx.match(tail)
            if a is None or a.end(1) < len(word) - lead:
                continue  # (the alias holds the whole last part of the compound, not a piece of it)
            phrase = WS_RE.sub(" ", a.group(1)).casefold()
            metric = lex.aliases.get(phrase, "")
            if metric and lex.units.get(metric) in COUNTED_UNITS:
                out.append((n, AliasHit(m.start(1), m.start(1) + lead + a.end(), phrase, metric)))
            break
    return out


_ALIAS_WORDS: dict[int, tuple[ProseLexicon, frozenset[str]]] = {}


def _alias_words(lex: ProseLexicon) -> frozenset[str]:
    """Every word of every alias (casefolded), once per lexicon."""
    if id(lex) not in _ALIAS_WORDS or _ALIAS_WORDS[id(lex)][0] is not lex:
        if len(_ALIAS_WORDS) > 8:
            _ALIAS_WORDS.clear()
        _ALIAS_WORDS[id(lex)] = (lex, frozenset(w for alias in lex.aliases for w in alias.split()))
    return _ALIAS_WORDS[id(lex)][1]


def number_at(s: _Scan, idx: int, win_start: int) -> _At:
    """The idx-th number of the sentence with the text around it; its clause starts at win_start."""
    text, n = s.text, s.nums[idx]
    next_start = s.nums[idx + 1].start if idx + 1 < len(s.nums) else len(text)
    return _At(
        n,
        idx,
        win_start,
        text[win_start : n.start],
        text[n.unit_end : next_start],
        text[n.unit_end :],
        _mask_parentheses(text, n.start),
        text,
    )


def _reject_non_fact_cue(s: _Scan, at: _At) -> None:
    """Gate: a cue before the number (seeds/non_fact_cues.csv: adjusted, range, scenario, ...), in the heading
    or list intro it stands under, or (scope 'count') anywhere in the sentence of a count says it is no stated
    outcome; a cue of scope 'line' (page furniture) only before the number on the number's own source line; one
    of scope 'clause' before it or after it in its own clause."""
    # (what is the same for every number of the sentence is asked once: which cues' words the sentence holds
    # at all, the heading's and list intro's cues; a cue before the number is searched in the text up to it)
    if s.cues_in_text is None:
        s.cues_in_text = _cues_in_text(s.text, s.lex.non_fact_cues)
    cue = next(
        (
            reason
            for (pattern, scope, reason), in_text in zip(s.lex.non_fact_cues, s.cues_in_text)
            if scope not in ("count", "line")
            and in_text
            and pattern.search(s.text, 0, at.n.start)
            # scope 'clause': also after the number in its own clause ('26 mnkr i genomsnitt per månad')
            or scope == "clause"
            and in_text
            and _found_in(pattern, DIGIT_RE.split(OWN_CLAUSE_SPLIT_RE.split(at.after, 1)[0], 1)[0])
            or scope == "line"
            and in_text
            and _on_the_line_of(pattern, s.sent, at.n.start)
            or scope == "context"
            and (_found_in(pattern, s.sent.heading) or _found_in(pattern, s.ctx.list_intro))
            or scope == "count"
            and at.n.family in ("none", "count")
            and s.in_text[pattern]
        ),
        None,
    )
    if cue:
        raise _Rejected(cue)


def _reject_amount_run(s: _Scan, idx: int) -> None:
    """Gate: amounts printed one after another with nothing but space between them ('Helårsprognos ...
    Budgeterat helårsresultat 90 mkr 70 mkr') are a chart or table flattened into the sentence: the labels
    before the run are not the label of the number beside them, and which label each amount answers is not
    certain, so none of them is read as prose."""
    nums, text = s.nums, s.text

    def adjacent(a: Num, b: Num) -> bool:
        return bool(a.unit and b.unit) and a.family == b.family and not text[a.unit_end : b.start].strip()

    n = nums[idx]
    if (idx > 0 and adjacent(nums[idx - 1], n)) or (idx + 1 < len(nums) and adjacent(n, nums[idx + 1])):
        raise _Rejected("one of a run of amounts with no words between them (a flattened chart or table row)")


def _on_the_line_of(pattern: re.Pattern[str], sent: Sentence, pos: int) -> bool:
    """The cue stands before `pos` on the source line of the number there (scope 'line': page furniture, such as
    a contact block, is about its own line: 'Telefon:' / 'E-post:' / blank / 'Resultatet ... är +90 mkr' joined
    into one sentence leaves the result a fact; 'Telefon: 0498-26 90 00' and a footer flattened into the page
    line stay none)."""
    line = sent.lines[pos] if pos < len(sent.lines) else None
    return any(sent.lines[m.start()] == line for m in pattern.finditer(sent.text, 0, pos))


def _cues_in_text(text: str, cues) -> tuple[bool, ...]:
    """Per cue: may it match in `text` at all (one of the words every match of it needs stands in the text,
    loaders/prefilter.py): a cue that cannot match the sentence matches no part of it before a number."""
    has = folded(text).__contains__
    return tuple(words is None or any(map(has, words)) for words in _cue_words(cues))


@per_pattern  # (the lexicon's tuple of cues, by identity: hashing it hashes each cue's compiled code)
def _cue_words(cues) -> tuple[tuple[str, ...] | None, ...]:
    return tuple(needed_words(pattern) for pattern, _, _ in cues)


def _found_in(rx: re.Pattern[str], text: str) -> bool:
    """rx.search(text) found something (a heading or list intro stands over many sentences and numbers)."""
    return _found_memo(rx)(text)


@per_pattern
def _found_memo(rx: re.Pattern[str]):
    """_found_in's memo of one pattern, keyed by the text alone (an lru_cache keyed by the pattern too hashed its
    compiled code at every call)."""
    return functools.lru_cache(maxsize=256)(lambda text: rx.search(text) is not None)


# 'där egen verksamhet står för minus 165 mnkr', 'vården står för sanslösa 1261 miljoner kronor i överdrag': what a
# part of an amount accounts for (a word that weighs the amount may stand before it)
PART_SHARE_BEFORE_RE = re.compile(
    r"\b(?:"
    + words_of("part_share_phrase")
    + r")\s+(?:[a-zåäö]+\s+)?(?:(?:"
    + SIGN_WORD
    + "|"
    + cue_alternation(READER_LISTS["approximation_word"])
    + r")\s+)*$",
    re.I,
)


REGION_DEFINITE_RE = cue_regex("region_definite", literal=True)


def _unit_family(s: _Scan, at: _At) -> tuple[str, str]:
    """Gates on what the number counts and stands beside, then its unit family (a bare number compared
    with the previous one takes that one's unit) and the kind of list it is an item of."""
    n, window, rest = at.n, at.window, at.rest
    nxt_word = NEXT_WORD_RE.match(rest)
    if (
        n.family == "none"
        and nxt_word
        and nxt_word.group(1) not in FUNCTION_WORDS
        and not any(
            h.start == n.unit_end + len(rest) - len(rest.lstrip())
            or MODIFIER_GAP_RE.fullmatch(s.text, n.unit_end, h.start)
            for h in s.hits_all
        )
        and not _mission_count(s.text, n)
        # ('Det är 13 fler jämfört med förra året': the change of what the sentence before counted)
        and not MORE_THAN_PREVIOUS_AFTER_RE.match(rest)
    ):
        s.last_any_measure = ""
        raise _Rejected(f"counts '{nxt_word.group(1)}', not a metric of the sentence")
    if OF_THESE_AFTER_RE.match(rest):
        raise _Rejected("a part of an amount ('av dessa'), not a whole")
    alone = GROUP_GENITIVE_ALONE_RE.search(window)
    if alone and is_breakdown(alone.group(1)):
        # 'Kvinnornas sjukfrånvaro låg på 7,1 procent, medan männens var 3 procentenheter lägre': the figure of the
        # group the genitive names, the metric left out (and here against the other group, no change over time)
        raise _Rejected(f"the figure of a group its genitive names ('{alone.group(0).strip()}'), the metric left out")
    # (an aside in parentheses between the number and its base: '2,0 (inklusive psykiatri) per tusen invånare')
    skip = aside.end() if (aside := ASIDE_AFTER_RE.match(rest)) else 0
    rate = RATE_AFTER_RE.match(rest[skip:])
    if rate and not any(h.start < n.unit_end + skip + rate.end() <= h.end for h in s.hits_all):
        raise _Rejected("a rate ('6,8 besök per patient'), not a total")  # unless a metric is the rate
    family = n.family
    # a bare number compared with the previous one takes its unit ("3,2 procent jämfört med 3,7")
    if family == "none" and s.placed_prev is not None and COMPARED_BEFORE_RE.search(window):
        family = s.placed_prev.family
    if family in ("kr", "none") and not s.has_metric_word and not s.ctx.last_metric and not _mission_count(s.text, n):
        raise _Rejected("no metric phrase in its sentence, nor one carried from the sentence before")
    if family == "kr":
        raise _Rejected("amount in kronor (not tkr/mnkr): unit too uncertain")
    list_kind = _list_kind(s.ctx.list_intro) if s.ctx.in_list else ""
    if list_kind == "effect":
        raise _Rejected("an item in a list of effects or measures, not an outcome")
    # 'läkare +23, sjuksköterskor +4': a word that is not a metric names the number; a sign word right before the
    # number is its sign, no label ('Division kirurgi: minus 31,2 mkr' reads as 'Division kirurgi: -31,2 mkr')
    sign_word = _may(s, SIGN_WORD_NEAR_RE) and SIGN_WORD_NEAR_RE.search(window)
    own_label = OWN_LABEL_BEFORE_RE.search(window, 0, sign_word.start() if sign_word else len(window))
    if (
        own_label
        and not find_aliases(own_label.group(1), s.lex, s.rx)
        and not CUE_WORDS_RE.search(own_label.group(1))
        and not CLAUSE_LINK_LABEL_RE.fullmatch(own_label.group(1).strip())
        and not SPEND_VERB_RE.search(own_label.group(1))  # ('hälso- och sjukvården kostat 78 mkr mer än budget')
        and not PAREN_LABEL_BEFORE_RE.search(window)  # ('312 mnkr, föregående år 298 mnkr': a label of the period)
        and not any(h.metric and h.start < at.win_start + own_label.start(1) < h.end for h in s.hits_all)
        # (nor the subject of a clause whose number names what it counts: 'och akuten hade 11 procent fler besök')
        and not any(h.metric and MORE_FEWER_GAP_RE.fullmatch(s.text, n.end, h.start) for h in s.hits_all)
        # (nor the gender a rate's part is of: 'och bland män 4,2 procent')
        and not (s.gender and GENDER_WORD_BEFORE_RE.search(own_label.group(1)))
    ):  # (not the end of a metric phrase: 'sjukvårds- och övrigt material 25 mkr')
        # (right after the number before and its joiner, the word is set against that number's subject)
        gapped = (
            s.placed_prev is not None
            and s.placed_prev is s.prev_seen
            and not window[: own_label.start()].strip()
            and " " not in own_label.group(1).strip()
        )
        raise (_RejectedPart if gapped else _Rejected)(f"the number belongs to '{own_label.group(1)}', not to a metric")
    lower_bound_amount = _amount_lower_bound(n, window)
    if (
        _may(s, THRESHOLD_BEFORE_RE)
        and THRESHOLD_BEFORE_RE.search(window)
        and not BUDGET_BEFORE_RE.search(window)
        and not lower_bound_amount
    ):
        raise _Rejected("a threshold ('lägre än', 'minst'), not a stated value")
    if BOUND_AFTER_PA_RE.search(window) and not lower_bound_amount:
        # 'ligger nu på under fem procent': the value 'på' gives is beyond the number, which is a bound ('på strax
        # under' is an approximation, APPROX_RE; so is an amount of money 'på över', AMOUNT_LOWER_BOUND_RE)
        raise _Rejected("a bound ('på över', 'på under'), not a stated value")
    size_of = INDEFINITE_SIZE_BEFORE_RE.search(window)
    if size_of and not _noun_of_a_measure(s, size_of.group(1), at.win_start + size_of.start(1)):
        # 'har fått en sanktionsavgift på drygt två miljoner kronor': 'på' gives the size of the noun before it,
        # which names no metric nor a measure of one, so the number is not the clause's metric's
        raise _Rejected(f"the size of '{size_of.group(1)}' ('en ... på'), not a metric's figure")
    som = SOM_CHANGED_BEFORE_RE.search(window)
    if som and not any(h.start <= at.win_start + som.start(1) < h.end for h in s.hits_all):
        raise _Rejected(f"the number belongs to '{som.group(1)}' ('... som ökat med')")
    unnamed = UNNAMED_PART_SUBJECT_RE.match(COUNTRY_CLAUSE_SPLIT_RE.split(at.before_all)[-1])
    if unnamed:
        raise _Rejected(f"the figure of '{unnamed.group(1)}', units the text does not name, not of a unit it names")
    subject = SUBJECT_VERB_BEFORE_RE.search(window)
    if (
        subject
        and not PREPOSITION_BEFORE_RE.search(window, 0, subject.start(1))  # ('under perioden var'): no subject
        and subject.group(1).casefold() not in WEAK_METRIC_ALIASES | READER_WORDS["reference_noun"]
        # (a bare cost noun stands for the cost item named before: _bare_cost_noun_of)
        and not (subject.group(1).casefold() in READER_WORDS["bare_cost_noun"] and _cost_item_before(s))
        and not CHANGE_RE.search(subject.group(1))  # ('ökningen var 5 procent': the change of the metric)
        and not SIZE_CHANGE_RE.search(subject.group(1))
        and not CUE_WORDS_RE.fullmatch(subject.group(1))
        and not any(
            h.metric and h.start < at.win_start + subject.end(1) and h.end > at.win_start + subject.start(1)
            for h in s.hits_all
        )
    ):
        raise _Rejected(f"the number belongs to '{subject.group(1)}', the subject of its clause, not to a metric")
    if BOUND_AFTER_RE.match(rest):
        raise _Rejected("a bound ('X eller över'), not a stated value")
    if (RESPEKTIVE_NEXT_RE.match(rest) or RESPEKTIVE_BEFORE_RE.search(window)) and not respektive_pair(
        s.text, s.nums, at.idx, s.hits_all
    ):
        raise _Rejected("a 'respektive' pairing of several metrics and numbers")
    if INCLUDED_BEFORE_RE.search(window):
        raise _Rejected("an amount included in another ('inklusive ... på')")
    if PART_OF_AFTER_RE.match(rest):
        raise _Rejected("a part of a larger amount ('utgör del av')")
    if PART_SHARE_BEFORE_RE.search(window):
        # 'Prognosen ... minus 215 mnkr, där egen verksamhet står för minus 165 mnkr': what a part accounts for
        raise _Rejected("a part's share of an amount ('X står för 165 mnkr'), not the unit's figure")
    if (
        s.placed_prev is not None
        and AGAINST_BEFORE_RE.search(window)
        and not s.gender
        and not _compared_value_of_an_earlier_period(s, at)
    ):
        # (a rate's part set against the other gender's is a figure of its own: 'män 2,5 procent mot 4,7 för kvinnorna')
        raise _Rejected("a comparison value ('mot ...') for the previous number")
    # (the number's own clause is the end of its window joined to the start of the text after it: a word of the
    # country stands in the sentence or across that joint, or the clause holds none)
    own_clause = (
        at.country_window + COUNTRY_CLAUSE_SPLIT_RE.split(at.own_after)[0]
        if _may(s, WHOLE_COUNTRY_RE) or _may_across(WHOLE_COUNTRY_RE, window, at.after)
        else ""
    )
    if not (own_clause and WHOLE_COUNTRY_RE.search(own_clause)) and _may(s, WHOLE_COUNTRY_GENITIVE_RE):
        # ('jämfört med rikets 6,9 procent': a genitive of the country owns the number after it, so it is looked
        # for only before the number)
        before = at.country_window
        own_clause = before if WHOLE_COUNTRY_GENITIVE_RE.search(before) else ""
    if (
        s.ctx.prev_block == s.sent.block
        and (
            COUNTRY_TOTAL_RE.search(s.ctx.prev_text)
            # (the country's noun leaves a sentence naming a region to that region: 'Det visar den sammanställning
            # av landstingens bokslut ... Västerbotten kommer på tredje plats med ett överskott på 239 miljoner')
            # (nor one naming its own unit: 'Sahlgrenska ... i täten bland landets sju universitetssjukhus ...
            # Sjukhuset redovisar en förlust på nära -72 miljoner kronor')
            or (
                COUNTRY_OWNED_NOUN_RE.search(s.ctx.prev_text)
                and not REGION_NAMED_RE.search(s.text)
                and not SELF_WORD_RE.search(s.text)
            )
        )
        and not ORG_RE.search(s.text)
        and not OWN_UNIT_RE.search(s.text)
        and not REGION_DEFINITE_RE.search(s.text)
    ):
        # the sentence goes on about the country the sentence before made its subject, naming no unit of its own
        # ('... hamnar landets 20 landsting på plus. Det sammanlagda överskottet för år 2005 blev 4,3 miljarder',
        # 'Landstingens sammantagna resultat ... 4,3 miljarder kronor. För tre år sen var underskottet 7,5 miljarder')
        raise _Rejected(
            "a figure for the whole country, of which the sentence before spoke ('landets', 'landstingens')"
        )
    if (
        own_clause
        and (WHOLE_COUNTRY_RE.search(own_clause) or WHOLE_COUNTRY_GENITIVE_RE.search(own_clause))
        and not ORG_RE.search(own_clause)
        and not OWN_UNIT_RE.search(own_clause)
        and not REGION_DEFINITE_RE.search(own_clause)
        and not RANKED_RE.search(own_clause)  # ('har lägst sjukfrånvaro i landet med 4,2 procent': the unit's)
    ):
        raise _Rejected("a figure for the whole country or all regions ('i hela landet', 'landets regioner')")
    than = THAN_OTHER_AFTER_RE.match(rest)
    other = next((h for h in s.hits_all if than and h.metric and h.start == n.unit_end + than.end()), None)
    if other and not any(h.metric == other.metric and h.end <= n.start for h in s.hits_all):
        # (not 'resultatet blev 20 mnkr lägre än resultatet 2022': one metric against itself, a change)
        raise _Rejected("a difference between two metrics ('13 mnkr större än kostnaderna'), neither's value")
    return family, list_kind


def _rate_base_number_before(s: _Scan, start: int) -> bool:
    """Whether a rate's base number stands between 'per' and the word at start, at most one word describing the
    base between ('per 100 vårdplatser', 'per hundra disponibla vårdplatser'): that word is the denominator."""
    return bool(RATE_BASE_BEFORE_WORD_RE.search(s.text, 0, start))


CHANGE_COMPOUND_END_RE = re.compile(r"(?:" + cue_alternation(READER_LISTS["change_word"]) + r")$", re.I)


def _noun_of_a_measure(s: _Scan, noun: str, start: int) -> bool:
    """Whether an indefinite noun whose size a number gives names a metric or a measure of one ('ett underskott
    på', 'en ökning på', 'en avvikelse på', 'en nivå på'), so the number may still be the metric's."""
    return bool(
        any(h.start <= start < h.end for h in s.hits_all)
        or find_aliases(noun, s.lex, s.rx)
        or noun.casefold() in READER_WORDS["measure_size_noun"]
        or CHANGE_COMPOUND_END_RE.search(noun)  # ('en produktionsminskning på 0,4 procent': a change)
        or any(
            rx.search(noun)
            for rx in (CUE_WORDS_RE, CHANGE_RE, SIZE_CHANGE_RE, FORECAST_RE, DEVIATION_RE, BUDGET_WORD_RE)
        )
        or re.fullmatch(SIGN_WORD, noun, re.I)
    )


def _budget_word_of_its_clause(s: _Scan, at: _At) -> bool:
    """Whether a budget word stands before the number or after it in its own clause: one of a later clause is not
    this number's ('ett underskott på 180 miljoner kronor, vilket motsvarar 2 procent av budgeten' is a result)."""
    if not s.in_text[BUDGET_WORD_RE]:
        return False
    # (nor one before an adversative clause the number stands in: 'Verksamhetens resultat hade budgeterats till 162
    # miljoner kronor, men landar trots det på ett underskott på - 85 miljoner kronor' states the outcome against it)
    contrasted = [m.end() for m in ADVERSATIVE_CLAUSE_RE.finditer(s.text, 0, at.n.start)]
    return bool(
        BUDGET_WORD_RE.search(s.text, contrasted[-1] if contrasted else 0, at.n.start)
        or BUDGET_WORD_RE.search(OWN_CLAUSE_SPLIT_RE.split(at.rest, 1)[0])
    )


ADVERSATIVE_CLAUSE_RE = re.compile(r",\s+(?:" + words_of("adversative_word") + r")\s", re.I)  # ', men '


def _own_clause(after: str) -> str:
    """The text after a number up to the next clause ('-14 mnkr, och prognosen för helåret -47': ' mnkr')."""
    return CLAUSE_BREAK_RE.split(after, 1)[0]


# a clause that names only a measure, of the previous number's metric ('..., och prognosen för helåret -47 mnkr')
MEASURE_ONLY_CLAUSE_RE = re.compile(
    r"^[\s,]*(?:" + words_of("clause_break_word") + r")?\s*(?:(?:den|det|en|ett)\s+)?"
    r"(?:" + words_of("measure_noun") + r")\w*(?:\s+för\s+(?:hel)?året)?"
    r"\s*(?:" + cue_alternation(READER_LISTS["measure_value_link"]) + r")?\s*$",
    re.I,
)
# a sentence that lost its full stop: '... ökat med 9,9 procent I samband med ...'
NEW_SENTENCE_RE = re.compile(r"(?:^|(?<=[a-zåäö%0-9]))\s+(?=[A-ZÅÄÖ](?:[a-zåäö]|\s))")
# (also a comma or 'och' before a measure noun or the full year, which open a clause of their own: '24 mnkr,
# helårsprognosen 40 mnkr', '312 mnkr och prognosen för helåret är 470 mnkr', 'med 3 procent och för helåret ...')
CLAUSE_BREAK_RE = first_char_gated(
    re.compile(
        r",\s*(?:" + words_of("clause_break_word") + r")\b|;"
        r"|(?:,|\b(?:" + words_of("and_word") + r")\b)\s*"
        r"(?=(?:(?:den|det)\s+)?[\wåäö]*(?:" + words_of("measure_noun") + r")|för\s+(?:hel)?året\b)",
        re.I,
    )
)


YEAR_OF_PHRASE_RE = re.compile(r"\w*\s+för\s+(?:år\s+)?((?:19|20)\d\d)\b")


def _names_an_earlier_year(text: str, pos: int, year: int) -> int:
    """Where the phrase ending at `pos` ends when it goes on 'för <year>' with a year before `year`, else 0."""
    m = YEAR_OF_PHRASE_RE.match(text, pos)
    return m.end() if m is not None and int(m.group(1)) < year else 0


# the months a figure counts, in one scan of a sentence rather than three (_months_counted asks for every sentence)
MONTHS_COUNTED_RE = first_char_gated(
    re.compile("|".join(f"(?:{rx.pattern})" for rx in (UNTIL_MONTH_RE, TERTIAL_RE, FIRST_MONTHS_RE)), re.I)
)


def _months_counted(text: str, end: int) -> bool:
    """Whether the sentence before `end` names the months its figure counts: up to a month ('till och med
    februari', 'januari-augusti'), a tertial or the year's first months."""
    return MONTHS_COUNTED_RE.search(text, 0, end) is not None


def _outcome_of_counted_months(s: _Scan, at: _At) -> bool:
    """Whether the number is the outcome of the months up to now, not the forecast its heading announces: its
    sentence names the months it counts before it, or its own clause right after it ('har minskat med 8,7 miljoner
    kronor till och med oktober'), or it compares with the same period of a named year ('har ökat med 2,1 procent,
    motsvarande 85 miljoner kronor jämfört med samma period 2018'), or it goes on from an earlier sentence of its
    paragraph that named them ('... en ökning på 2 procent till och med oktober ... Även kostnader för läkemedel har
    ökat, och det med 22 miljoner kronor': Region Jämtland Härjedalen 2019 under 'Ekonomiska prognosen för helår står
    kvar'; 'Bruttokostnaderna till och med februari var 66 miljoner kronor högre ... Kostnaden för läkemedel har ökat
    med 11 miljoner kronor': Region Jämtland Härjedalen 2023 under 'Oroväckande helårsprognos')."""
    own_after = at.own_after.split("(")[0]  # (not '(-100 mnkr per augusti)': an earlier forecast's time)
    return (
        _months_counted(at.masked, at.n.start)
        or _months_counted(own_after, len(own_after))
        or bool(SAME_PERIOD_YEAR_RE.search(at.masked))
        or s.ctx.counted_months_block == s.sent.block
    )


# the present copula of what a figure will come to: 'blir' (seeds/reader_words.csv future_copula)
FUTURE_COPULA_RE = cue_regex("future_copula")


def _future_copula_of_an_undated_sentence(s: _Scan, at: _At) -> bool:
    """Whether the number's clause before it says with the present 'blir' what the figure will come to, in a
    sentence that names no year and no period of its own: the year's expected outcome, a forecast. 'Nu blir
    resultatet något sämre, minus 230 miljoner kronor' (jamtland_ltz_2019 of review 15pd, dated December, after the
    forecast of August), 'Så om Dalarnas underskott blir drygt en halv miljard kronor' (dalarna_dalademokraten_2023 of
    review 16nw), 'Andra faktorer som bidrar till att slutresultatet i år blir minst sagt dystert är att
    Bergslagssjukhuset går med 11 miljoner back' (Sveriges Radio on Landstinget Västmanland, fresh text of stop 17).
    A year or period of the sentence's own keeps the outcome it dates: 'Skaraborgs sjukhus avvikelse från budget 2019
    blir minus 154 miljoner kronor' (skas_slt_2020 of review 12b, written in January 2020), 'Totalt blir nämndernas
    delårsresultat -14 mnkr' (gotland_delarsrapport_2018); so does a text of a year that is over at its own date (an
    annual report dated the next year, a text dated the year after the one it reports on): 'Istället blir det
    ekonomiska resultatet ... minus 60 miljoner kronor' (vasternorrland_bokslut_2019 of review 12r, dated February
    2020) is the outcome."""
    return (
        not s.document.period_evidence.startswith((DATED_ANNUAL_EVIDENCE, LAST_YEAR_EVIDENCE))
        and _may(s, FUTURE_COPULA_RE)
        and FUTURE_COPULA_RE.search(at.window) is not None
        and not YEAR_DIGITS_RE.search(s.text)
        and not s.in_text[PERIOD_WORDS_RE]
    )


def _budget_comparison_apart(window: str, rest: str) -> bool:
    """Whether a comparative with the budget stands apart from the number, a dash after it or a colon before it
    (THAN_BUDGET_APART_AFTER_RE): a judgement of the level the number states, not the number's difference."""
    dash = THAN_BUDGET_APART_AFTER_RE.match(rest)
    return bool(dash and THAN_BUDGET_AFTER_RE.match(rest, dash.end())) or bool(
        THAN_BUDGET_APART_BEFORE_RE.search(window)
    )


def _level_after_a_comparison(window: str, own_after: str, cues: list[re.Match[str]], signed: bool) -> bool:
    """Whether the comparison the last cue makes (a deviation or a change) ends before the number's own clause,
    which states a level (LEVEL_CLAUSE_AFTER_COMPARISON_RE): 'I prognosen räknas med ett större överskott än
    budgeterat, prognosen nu är plus 1 058 miljoner kronor' (Stockholm, fresh text of stop 15), 'Helårsprognosen
    försämrades jämfört med budget och beräknas uppgå till minus 40 miljoner kronor' (jamtland_press_2020 of review
    12h), 'Resultatet vid årets slut väntas bli något lägre, 300 miljoner kronor' (orebro_news_2021 of review 14gu).
    Not when a comparative follows the number ('..., och blev 40 miljoner sämre än budget': its own comparison)."""
    if not cues or COMPARATIVE_IN_CLAUSE_RE.match(own_after):
        return False
    if any(DEVIATION_NOUN_RE.fullmatch(m.group(0)) and not RESULT_WORD_RE.fullmatch(m.group(0)) for m in cues):
        # ('Personalkostnader står för den största avvikelsen mot budget och uppgår till -81,9 mkr'
        # (jamtland_hsn_manadsrapport_2021_2): a deviation noun is what the joined predicate amounts to)
        return False
    last = max(cues, key=lambda m: m.end())
    own = LEVEL_CLAUSE_AFTER_COMPARISON_RE.match(window, last.end())
    # (the number alone after the comma only after a comparative and unsigned: 'sjunkit, -78 %' and 'mot budget,
    # - 425 mnkr' are the change and the deviation themselves)
    if own is None:
        return False
    return own.group("verb") is not None or (COMPARATIVE_WORD_RE.fullmatch(last.group(0)) is not None and not signed)


# a change noun opening the sentence, its subject ('Kostnadsutvecklingen', 'Kostnadsökningen,')
CHANGE_SUBJECT_OPENS_RE = re.compile(r"^\W*" + CHANGE_NOUN_RE.pattern + r"(?![\wåäö])", re.I)
# a relative clause set off by commas ('Kostnadsökningen, som minskade från ... helåret 2019, ligger ...')
COMMA_RELATIVE_CLAUSE_RE = re.compile(
    r",\s*(?:" + words_of("relative_pronoun") + r")\s(?:[^,;:]|,(?=\d))*,(?!\d)", re.I
)  # (a decimal comma, '5,0 procent', does not close it)
CHANGED_TO_RE = re.compile(r"\s+till\s*$", re.I)  # the change word right before a level: 'har stigit till '


def _change_subject_of_level(s: _Scan, at: _At) -> str:
    """The change noun that opens the sentence as its subject when the number is the level the sentence's verb gives
    it: the change itself, its rate ('Kostnadsutvecklingen ... har raskt stigit till 5,7 procent', skane_nsk_2018 of
    review 12b; 'Kostnadsökningen, som minskade från 5,0 procent helåret 2018 till 3,1 procent helåret 2019, ligger
    nu nere på 2,4 procent', gavleborg_pandemin_2020 of review 16wr), as 'Kostnadsutvecklingen för personal uppgår
    till 11,4 procent' is; else ''. The verb is a level verb or a change verb to a level ('stigit till'); what a
    relative clause set off by commas says of the noun is not the number's clause; another metric phrase before the
    number, or another change word, is another subject or predicate."""
    before = at.before_all
    opens = CHANGE_SUBJECT_OPENS_RE.match(before)
    if opens is None or any(h.metric and opens.end() <= h.start < at.n.start for h in s.hits_all):
        return ""
    main = COMMA_RELATIVE_CLAUSE_RE.sub(" ", before[opens.end() :])
    level = [m for m in LEVEL_RE.finditer(main) if not main[m.end() :].strip()]
    changes = list(CHANGE_RE.finditer(main))
    return (
        opens.group(0).strip(" \t\n,")
        if level and all(CHANGED_TO_RE.fullmatch(main[c.end() :]) for c in changes)
        else ""
    )


# an amount better or worse than planned or expected: '116 miljoner kronor bättre än beräknat', 'sämre än budget'
THAN_PLAN_AFTER_RE = re.compile(
    r"\s*(?:kronor\s+)?(?:"
    + words_of("better_worse_word")
    + r")\s+än\s+(?:den\s+|det\s+)?[a-zåäö]*?(?:"
    + words_of("budget_plan_word", "expected_amount_word")
    + r")",
    re.I,
)
# the impersonal 'det' of 'gå' right before the amount: 'har det gått 91 miljoner sämre', 'det gick 20 miljoner bättre'
IMPERSONAL_GO_BEFORE_RE = re.compile(r"\bdet\s+(?:[a-zåäö]+\s+)?(?:" + words_of("go_verb") + r")\s+$", re.I)


def _economy_against_plan(s: _Scan, at: _At) -> bool:
    """Whether the number is how much better or worse than planned or expected the region's economy went, in a
    clause that names no metric: the subject is the economy itself, an impersonal 'det' of 'gå' ('Fram till augusti i
    år har det gått 91 miljoner sämre än förväntat för Jämtland Härjedalen', jamtland_lakartidningen_2019 of review
    16nw) or a 'Det var' that refers back to the outcome the sentence before gave ('Ekonomiskt slutade 2012 med ett
    överskott på 85 miljoner kronor. Det var 116 miljoner kronor bättre än beräknat', halland_press_2013 of review
    12b): the result's deviation ('beräknat', 'förväntat' are the budget's amount then). Not a clause with a subject
    of its own ('underskottet blev åtta miljoner större än beräknat': compared with an earlier forecast), nor after a
    forecast, which what was reckoned may be an earlier forecast of ('Det är 881 miljoner mer än beräknat' after
    'prognosen nu är plus 1 058 miljoner kronor'), nor after a sentence that gave no result."""
    if not THAN_PLAN_AFTER_RE.match(at.rest) or any(h.metric for h in s.hits_all if h.start < at.n.start):
        return False
    if IMPERSONAL_GO_BEFORE_RE.search(at.own_window):
        return True
    last = s.ctx.last_fact
    return bool(
        s.placed_prev is None
        and last is not None
        and last.measure == "actual"
        and s.lex.amount_kinds.get(last.metric_code) == "result"
        and REFERRING_CLAUSE_RE.match(s.text)
    )


def _measure_of(s: _Scan, at: _At, family: str, list_kind: str) -> _Measure:
    """The measure from the cue words of the number's clause (change, level, deviation, target, budget,
    forecast, 'från X till Y', a list's kind), and whether it is the same period a year earlier."""
    text, n, window, after, rest, masked, document = s.text, at.n, at.window, at.after, at.rest, at.masked, s.document
    forecast_cue = _search(FORECAST_RE, masked, 0, n.start) if _may(s, FORECAST_RE) else None
    if (
        forecast_cue is None
        and n.family == "tkr"
        and _may(s, YEAR_END_RE)
        and not (document.period_end is not None and document.period_end.month == 12)
    ):
        # ('förväntar sig ett underskott på 264 miljoner kronor vid årets slut': the year's end right after an
        # amount, as before it, outside a report of the whole year; not a count, 'hade 8 000 anställda vid årets
        # slut' is the staff at that date)
        forecast_cue = YEAR_END_AFTER_RE.match(after)
    if (
        forecast_cue is None
        and n.family == "tkr"
        and document.period_end is not None
        and document.period_end.month < 12
        and not _outcome_of_counted_months(s, at)
    ):
        # '– Då landar vi på plus 840 miljoner kronor' (skane_sydsvenskan_2020 of review 12b, dated September), 'man
        # i stället lär hamna på minus 250 miljoner kronor' (jamtland_news_2018 of review 14gu, dated September): in
        # an interim report, the figure the year lands on is the forecast ('landade på', the past, is an outcome)
        forecast_cue = LANDING_VERB_BEFORE_RE.search(masked, 0, n.start)
    if forecast_cue is None and n.family == "tkr" and _future_copula_of_an_undated_sentence(s, at):
        forecast_cue = FUTURE_COPULA_RE.search(at.window)
    if (
        forecast_cue
        and YEAR_END_RE.fullmatch(forecast_cue.group(0))
        and document.period_end is not None
        and (
            document.period_end.month == 12
            # ('helårsresultatet för 2012 som var ett överskott om 429 miljoner kronor' in a report of 2013: the
            # full year the phrase names is an earlier one, its outcome)
            or _names_an_earlier_year(masked, forecast_cue.end(), document.period_end.year)
        )
        and not _search(FORECAST_RE, masked, forecast_cue.end(), n.start)
    ):
        forecast_cue = None
    forecast = (
        # (a forecast heading is not the forecast of a figure that counts the months up to now
        # (_outcome_of_counted_months): 'Verksamhetens resultat för perioden januari-augusti är 415' under 'Prognos
        # pekar på ett negativt resultat' (Region Gävleborg 2022), 'Bruttokostnaderna till och med februari var 66
        # miljoner kronor högre' under 'Oroväckande helårsprognos' (Region Jämtland Härjedalen 2023): the outcome of
        # those months)
        (s.heading_forecast and not _outcome_of_counted_months(s, at))
        or bool(forecast_cue)
        or s.in_text[FUTURE_RE]
        and bool(
            FULL_YEAR_RE.search(at.before_all + at.own_after[:40])
            or (
                document.period_end is not None
                and document.period_end.month < 12
                and re.match(r"\w*\s*för\s+" + str(document.period_end.year) + r"\b", rest)
            )
        )
    )  # 'beräknas ... för 2022'
    if forecast and document.period_end is not None:
        # 'Prognosen ... visar på ett resultat i nivå med budget, att jämföra med helårsresultatet för 2012 som var
        # ett överskott om 429 miljoner kronor': the number's own phrase is the full year of an earlier year, not
        # the forecast of the sentence; which figure of that year it is, is not certain
        year_end = list(YEAR_END_RE.finditer(text, 0, n.start))
        phrase_end = _names_an_earlier_year(text, year_end[-1].end(), document.period_end.year) if year_end else 0
        if (
            phrase_end
            and not _search(FORECAST_RE, text, phrase_end, n.start)
            and not DIGIT_RE.search(text, phrase_end, n.start)
        ):
            raise _Rejected("the full year of an earlier year ('helårsresultatet för 2012'), not the forecast")

    if (
        forecast
        and EARLIER_FROM_RE.search(window)
        and TO_AFTER_AMOUNT_RE.match(after)
        and CHANGE_RE.search(masked, 0, n.start)
        and not FROM_THE_BUDGET_RE.search(window)
    ):
        # 'försämrar sin årsprognos från cirka minus 103 miljoner kronor till minus 144' (Region Uppsala 2022): X of a
        # forecast changed 'från X till Y' is the earlier forecast; not after a comparison with the budget, whose own
        # figure X then is ('har förbättrats markant jämfört med budget, från ett underskott på 560 miljoner till ...',
        # vgr_rf_2012 of review 16pt: FROM_THE_BUDGET_RE)
        raise _Rejected("the earlier forecast a changed forecast ('från X till Y') replaces: no figure of its own")
    prev_year = False
    change_m = list(CHANGE_RE.finditer(window)) if _may(s, CHANGE_RE) else []
    level_m = list(LEVEL_RE.finditer(window)) if _may(s, LEVEL_RE) else []
    dev_m = list(DEVIATION_RE.finditer(window)) if _may(s, DEVIATION_RE) else []
    target_m = TARGET_RE.search(window[-60:]) if _may(s, TARGET_RE) else None
    if target_m and NEW_CLAUSE_AFTER_GOAL_RE.search(window[-60:], target_m.start()):
        target_m = None  # the goal is another clause's
    last_change = change_m[-1].start() if change_m else -1
    last_level = level_m[-1].start() if level_m else -1
    if change_m and CHANGE_NOUN_RE.fullmatch(change_m[-1].group(0)) and last_level > last_change:
        # 'Kostnadsutvecklingen för personal uppgår till 11,4 procent': the change is the subject the level verb
        # gives a value, so the value is the change
        last_level = -1
    last_dev = dev_m[-1].start() if dev_m else -1
    placed_prev = s.placed_prev
    # the earlier period's figure a level is compared with is a level too, whatever word named the level: 'årets
    # överskott 100 miljoner jämfört med 84 i fjol' (riket_blogg_2015 of review 14pe) is no deviation from a budget,
    # nor an item of a list of deviations
    compared_level = (
        placed_prev is not None
        and s.prev_measure in ("actual", "forecast")
        and _compared_value_of_an_earlier_period(s, at)
    )
    if family == "pp":
        measure = "change_pp"
    elif CHANGE_AFTER_LEVEL_RE.search(rest):
        measure = "change_pct" if family == "pct" else "change_abs"
    elif family in ("pct", "tkr") and _change_subject_of_level(s, at):
        measure = "change_pct" if family == "pct" else "change_abs"  # (the level of the change noun that opens it)
    elif IN_BUDGET_AFTER_RE.match(rest):
        # 'bättre än planerat (70 Mkr i budget)' (vastmanland_press_2014 and vastmanland_press_2015 of review 12h):
        # the amount the budget holds; so 'att jämföra med tänkta +86 miljoner i budget' (Region Gävleborg 2024, fresh)
        measure = "budget"
    elif FROM_THE_BUDGET_RE.search(window) and TO_AFTER_AMOUNT_RE.match(after):
        measure = "budget"  # (X of 'jämfört med budget, från X till Y')
    elif TO_FROM_THE_BUDGET_RE.search(at.before_all):
        measure = "forecast" if forecast else "actual"  # (Y of it)
    elif THAN_BUDGET_AFTER_RE.match(rest):
        measure = "forecast_deviation" if forecast else "budget_deviation"
    elif family == "tkr" and _economy_against_plan(s, at):
        measure = "forecast_deviation" if forecast else "budget_deviation"  # (what was reckoned: the budget)
    elif target_m and GOAL_RE.search(window[-60:]):
        measure = "target"
    elif THAN_BUDGET_BEFORE_RE.search(window):
        measure = "forecast_deviation" if forecast else "budget_deviation"  # 'högre intäkter än budgeterat om 16,1'
    elif (
        (_may(s, BUDGET_PLAN_BEFORE_RE) and _budget_plan_before(at.before_all))
        or (
            _may(s, BUDGET_VALUE_BEFORE_RE)
            and (
                BUDGET_VALUE_BEFORE_RE.search(_holding_parenthesis_dropped(window))
                or _budget_noun_before(window, dev_m)
            )
            and not AGAINST_BUDGET_VERB_RE.search(window)
        )
        or (n.in_word and BUDGETED_COMPOUND_BEFORE_RE.search(window))
    ):
        measure = "budget"
    elif (
        dev_m
        and last_dev > last_change >= 0
        and RESULT_WORD_RE.fullmatch(dev_m[-1].group(0))
        and CHANGE_BY_BEFORE_RE.search(window, change_m[-1].start())
    ):
        # 'Regionen har minskat underskottet med 150 miljoner kronor': a change verb whose object is the surplus
        # or deficit, then 'med' and the number, changes the result (the sign from the words, as 'Underskottet
        # minskade med ...')
        measure = "change_pct" if family == "pct" else "change_abs"
    elif _budget_comparison_apart(window, rest) or _level_after_a_comparison(
        window, at.own_after, dev_m + change_m, at.n.explicit_sign
    ):
        measure = "forecast" if forecast else "actual"
    elif (
        DEVIATION_AFTER_RE.search(after)
        or (
            last_dev >= 0
            and last_dev >= last_change
            and not (last_level > last_dev and RELATIVE_LEVEL_RE.search(window))
        )
    ) and not compared_level:
        measure = "forecast_deviation" if forecast else "budget_deviation"
    elif (
        placed_prev is not None
        and s.prev_measure.startswith("change")
        and CONVERSION_RE.search(window)
        and not NOW_RE.search(window)  # ('har ökat med 30 procent och motsvarar nu 120 heltidstjänster': a level)
    ):
        measure = "change_pct" if family == "pct" else "change_abs"
    elif FROM_TO_RE.search(window):
        # ('kostnadsökningen för hela Region Gävleborg har minskat från 5,0 procent år 2018 till 3,1 procent år
        # 2019', gavleborg_bokslutsrapport_2019 of review 14rs; 'Kostnadsökningen, som minskade från 5,0 procent
        # helåret 2018 till 3,1 procent helåret 2019', gavleborg_pandemin_2020 of review 16wr: a rate of change
        # the change noun names moved from X to Y, so X and Y are values of that rate, not levels)
        measure = "change_pct" if family == "pct" and _rate_that_changed(change_m) else "actual"
        s.from_value, s.from_measure = (n, at.idx), measure
        s.rate_value = n if measure == "change_pct" else None
    elif s.from_value is not None and s.from_measure == "change_pct" and TO_END_RE.search(window):
        measure = "change_pct"  # (Y of the rate, also after X's own year: 'från 5,0 procent år 2018 till 3,1')
        s.rate_value = n
    elif s.from_value is not None and TO_BEFORE_RE.search(window):
        measure = "actual"
    elif (
        (s.last_any_measure.startswith("change") or s.last_any_measure.endswith("deviation"))
        and last_change < 0
        and last_level < 0
        and s.last_any_family == family
        and LIST_ITEM_BEFORE_RE.search(window)
        and not compared_level
    ):
        measure = s.last_any_measure  # a list: 'Sunderbyn (-8,2 procent) Piteå (-1,6 procent)'
    elif (
        placed_prev is not None
        and placed_prev is s.prev_seen
        and (s.prev_measure.startswith("change") or s.prev_measure.endswith("deviation"))
        and last_change < 0
        and last_level < 0
        and last_dev < 0
        and placed_prev.family == family
        and _elliptic_item(window) is not None
    ):
        measure = s.prev_measure  # ('negativa budgetavvikelser ... hyrpersonal på 131 miljoner samt köpt vård på 22')
    elif (
        s.last_any_measure.startswith("change")
        and not forecast
        and last_change < 0
        and last_level < 0
        and last_dev < 0
        and NEXT_ITEM_RE.match(window)
    ):
        # the next item of a list of changes, each 'label amount (percent)': 'De största ökningarna är
        # personalkostnader 146 mkr (5,5 %) köp från bemanningsföretag 26 mkr (35,0 %) ...'
        measure = "change_pct" if family == "pct" else "change_abs"
    elif (
        (
            last_change >= 0
            and last_change > last_level
            # ('Kostnaderna fortsätter att öka och en prognos visar att kostnaderna blir drygt 92 miljoner': a
            # clause joined after the change word gives the number its own copula, so the number is a level)
            and not (
                (
                    COPULA_AFTER_JOIN_RE.search(window, change_m[-1].end())
                    or JOINED_PASSIVE_CLAUSE_RE.search(window, change_m[-1].end())
                )
                and not CHANGE_NOUN_RE.fullmatch(change_m[-1].group(0))  # (not 'kostnadsutvecklingen ... är 0,7')
                and not COMPARATIVE_IN_CLAUSE_RE.match(at.own_after)  # (not '... var 18 miljoner kronor högre')
            )
        )
        or CHANGE_AFTER_RE.search(after)
        or CHANGE_AFTER_LEVEL_RE.search(rest)
        or MORE_FEWER_AFTER_PAREN_RE.match(rest)
    ):
        measure = "change_pct" if family == "pct" else "change_abs"
    elif placed_prev is not None and _compared_value_of_an_earlier_period(s, at):
        # 'Helårsprognosen ... uppgår till minus 600 miljoner kronor jämfört med minus 909 miljoner kronor för 2023',
        # '2020 var sjukfrånvaron 6,1 procent mot 5,2 procent 2019': the figure compared with, of the earlier period
        # its own words name, is that period's outcome (_period_of_number dates it)
        measure, prev_year = "actual", _same_period_a_year_before_after(at)
    elif forecast:
        measure = "forecast"
    elif COMPARED_WITH_BEFORE_RE.search(window) and placed_prev is not None:
        measure, prev_year = "actual", True
    else:
        measure = "actual"
    if (
        placed_prev is not None
        and placed_prev is s.prev_seen  # (the figure right before it, not one before a number left unplaced)
        and OPEN_PAREN_RE.fullmatch(window)
        and CLOSE_PAREN_RE.match(rest)
        and family == placed_prev.family
        and measure != "change_pp"
    ):
        if APPROX_RE.search(text, 0, placed_prev.start) and rounds_to(
            (placed_prev.text, placed_prev.value, placed_prev.unit), (n.text, n.value, n.unit or placed_prev.unit)
        ):
            # 'nästan två miljarder kronor ( 1 867 miljoner kronor)': an approximate figure, then itself in exact
            # digits, of its period (without_rounded_restatements keeps the exact one)
            measure = s.prev_measure
        else:
            # '8,1 % (8,1 %)': the same figure a year earlier; of a change, that year's change
            # ('Nettokostnadsökning 2,9 % (4,1 %)'); of a full-year forecast, that year's outcome ('Helårsprognos
            # 120 mnkr (150 mnkr)')
            measure = s.prev_measure if s.prev_measure in ("change_pct", "change_abs") else "actual"
            prev_year = True
    elif _month_in_parentheses(s, at):
        # '5,9 % (6,1 % mars-24)': the same figure for the months up to another month (_period_of_number)
        measure = s.prev_measure
    elif (label := PAREN_LABEL_BEFORE_RE.search(window)) is not None:
        measure, prev_year = _labelled_in_parentheses(s, family, measure, label)
    elif OPEN_PAREN_RE.fullmatch(window) and (of := PERIOD_IN_PAREN_AFTER_RE.match(rest)) and document.period_end:
        # '6,4 % (6,7 % jan–aug 2018)': the parenthesis names the period of its number, not the sentence's
        year, first, last = int(of.group(3)), of.group(1), MONTHS[of.group(2).casefold()]
        same_months = last == document.period_end.month and (
            first is None or document.period_start is None or MONTHS[first.casefold()] == document.period_start.month
        )
        if year != document.period_end.year - 1 or not same_months:
            raise _Rejected(f"a figure of another period in parentheses ('{of.group(0).strip(' )')}')")
        if placed_prev is not None and family == placed_prev.family:
            measure = s.prev_measure if s.prev_measure in ("change_pct", "change_abs") else "actual"
        prev_year = True
    signed = n.explicit_sign or bool(_may(s, SIGN_WORD_NEAR_RE) and SIGN_WORD_NEAR_RE.search(window))
    if (
        signed
        and measure == "actual"
        and (n.explicit_sign and COMPARED_PREV_AFTER_RE.match(rest) or family in ("fte", "count", "hours"))
    ):
        # ('Läkare + 28 årsarbetare': nobody prints a level with a plus; a signed head count is a change)
        measure = "change_pct" if family == "pct" else "change_abs"
    if (
        list_kind in ("budget_deviation", "forecast_deviation")
        and n.explicit_sign
        and measure in ("actual", "change_abs", "forecast")
        and not s.in_text[SAME_PERIOD_PREV_RE]
    ):
        measure = list_kind
    if (
        measure in ("budget_deviation", "forecast_deviation")
        and dev_m
        and RESULT_WORD_RE.fullmatch(dev_m[-1].group(0))
        and not BUDGET_WORD_RE.search(window)
        and THAN_BUDGET_LATER_RE.search(rest)
    ):
        # 'ett underskott på 84 mnkr, vilket är 31 mnkr sämre än budget': the 84 is the result
        measure = "forecast" if forecast else "actual"
        s.ctx.result_level = True
    elif (
        measure in ("budget_deviation", "forecast_deviation")
        and dev_m
        and s.ctx.result_level
        and RESULT_WORD_RE.fullmatch(dev_m[-1].group(0))
        and not s.in_text[BUDGET_WORD_RE]
    ):
        # the paragraph said its 'underskott' is the result and gave the deviation apart: so here too
        measure = "forecast" if forecast else "actual"
    if (
        TARGET_PLAN_RE.search(window)
        and not THAN_PLAN_RE.search(window)
        and measure in ("actual", "budget_deviation", "forecast_deviation", "forecast")
    ):
        measure = "target"
    if (
        measure in ("budget_deviation", "change_abs", "change_pct")
        and not forecast
        and s.ctx.last_measure == "forecast"
        and s.placed_prev is None
        and REFERRING_CLAUSE_RE.match(text)
    ):
        # a clause that refers back ('det är') to the forecast the sentence before gave is about that forecast:
        # 'Landstinget beräknar ... att årets resultat kommer att uppgå till plus 182 miljoner kronor. Jämfört mot
        # budget är det en positiv avvikelse med 81' is the forecast's deviation; 'Resultatet för helåret för 2018
        # ser ut att landa på -248,5 mnkr. Det är en försämring med 12,4 mnkr mot 2017' the forecast year's change,
        # not the report months'
        forecast = True
        measure = "forecast_deviation" if measure == "budget_deviation" else measure
    if (
        measure == "budget_deviation"
        and not forecast
        and s.ctx.prev_block == s.sent.block
        and (s.in_text[ALSO_RE] or (s.placed_prev is None and DEFINITE_DEVIATION_RE.match(text)))
        and _search(FORECAST_RE, s.ctx.prev_text)
        and not PERIOD_WORDS_RE.search(text)
    ):
        # 'Hälso- och sjukvårdsförvaltningen ... beräknas förbruka 329 miljoner kronor mer än budget. Övriga
        # vårdförvaltningar visar också underskott, primärvårdsförvaltningen med drygt 42 miljoner': 'också' says the
        # deviation is of the kind the sentence before gave, an expected one; so does a sentence that opens on the
        # deviation in the definite form, the deviation of the forecast just given: 'Helårsprognosen pekar mot ett
        # resultat på -242,3 miljoner kronor ... Budgetavvikelsen ligger på -617,3 miljoner kronor' (Region Skåne
        # 2017), '... spås detta sluta på -892,2 miljoner. Avvikelsen i förhållande till budget är således hela
        # -1 286,8 miljoner kronor' (Region Skåne 2018)
        measure = "forecast_deviation"
        forecast = True
    if MATCHING_FIGURE_RE.match(text) and OTHER_UNITS_RE.search(window):
        raise _Rejected("a comparison figure for other regions or the country ('motsvarande siffra för riket')")
    if s.ctx.last_measure and MATCHING_FIGURE_RE.match(text) and measure == "actual" and s.placed_prev is None:
        # 'Motsvarande siffra för året innan var 4,8 procent': what the previous sentence's figure was
        measure = s.ctx.last_measure
        prev_year = prev_year or bool(SAME_PERIOD_PREV_RE.search(window))
    if measure == "actual" and PREV_YEAR_AFTER_RE.search(text[n.end :]) and not COMPARED_NEXT_RE.match(text[n.end :]):
        prev_year = True
    opens = _previous_year_opens(at) if measure not in ("forecast", "forecast_deviation", "target") else None
    if opens and (_counts_from_its_period(document) or RELATIVE_PREV_YEAR_RE.search(opens.group(0))):
        # 'Föregående år uppgick läkemedelskostnaderna till 298 mnkr': the adverbial that opens the clause
        # governs its numbers
        prev_year = True
    elif measure == "actual" and not prev_year and _counts_from_its_period(document) and _last_year_as_time(at):
        prev_year = True  # 'Resultatet förra året låg på minus 94 mnkr' (LAST_YEAR_TIME_RE)
    budget_opens = BUDGET_OPENS_RE.match(at.before_all) if measure == "actual" else None
    if budget_opens:
        # 'I budgeten för 2019 var resultatet beräknat till plus 100 mnkr': the sentence opens in a year's budget
        # (_period: the full year); a budget of no named year has no certain period
        if not budget_opens.group("year"):
            raise _Rejected("a budget figure ('I budgeten ...') of no named year")
        measure = "budget"
    change_after = CHANGE_AFTER_LEVEL_RE.search(rest) if measure.startswith("change") else None
    if change_after and change_after.group("own_time"):
        prev_year = True  # ('18 miljoner kronor mer förra året än året dessförinnan': last year's change)
    month_year = MONTH_YEAR_AFTER_RE.match(rest) if measure == "actual" else None
    if month_year and document.period_end and int(month_year.group(1)) == document.period_end.year - 1:
        prev_year = True
    if EARLIER_LEVEL_FROM_RE.search(window):
        # 'vilket är en förbättring från förra årets 93,0 procent' (stockholm_viityreso_2019 of review 16an), 'en
        # minskning med drygt 500 personer från föregående års 15 758 anställda' (karolinska_spanaren_2020 of review
        # 12b): the year before's level the change starts from, not the change, and the year before's also where the
        # number was read as a level
        prev_year = True
        if measure.startswith("change"):
            measure = "actual"
    return _Measure(measure, prev_year, forecast, tuple(dev_m))


# the same point of the year before: 'vid samma tidpunkt', 'samma period', 'motsvarande period'
SAME_TIME_RE = re.compile(r"\b(?:" + words_of("same_word") + r")\s+(?:" + words_of("same_time_noun") + r")\w*", re.I)


# 'förra året' as the time of the number's own clause, wherever in it ('Resultatet förra året låg på minus 94
# mnkr'), or taken up by a clause of that time ('Det sämsta resultatet var förra året, då man gick back med 236
# mnkr'); not the object of a comparison ('jämfört med förra året', 'sedan i fjol', 'från förra året')
LAST_YEAR_TIME_RE = cue_regex("last_year_phrase", after=NO_LETTER_AFTER)
LAST_YEAR_COMPARED_RE = re.compile(
    r"\b(?:" + cue_alternation(READER_LISTS["compared_year_word"] + READER_LISTS["year_compared_lead"]) + r")\s+$",
    re.I,
)
THAT_TIME_CLAUSE_RE = re.compile(r"^\s*,\s*(?:" + words_of("that_time_word") + r")\s", re.I)


def _last_year_as_time(at: _At) -> bool:
    """Whether a previous year stands in the number's clause before it as the clause's time (LAST_YEAR_TIME_RE)."""
    before = at.before_all
    for m in LAST_YEAR_TIME_RE.finditer(before):
        if LAST_YEAR_COMPARED_RE.search(before, 0, m.start()):
            continue
        between = before[m.end() :]
        taken_up = THAT_TIME_CLAUSE_RE.match(between)
        if not COUNTRY_CLAUSE_SPLIT_RE.search(between, taken_up.end() if taken_up else 0):
            return True
    return False


def _own_time_keeps_months(at: _At) -> bool:
    """Whether the number's sentence up to it, or its own clause after it, keeps the report's months for an
    earlier year ('vid samma tidpunkt', 'samma period', a month; not the time to date: 'Det hittills sämsta
    resultatet var förra året'): the months of another clause do not ('Även om resultatet för 2019 var 171
    miljoner – 43 miljoner bättre än budget – så har kostnaderna ökat till och med april 2020')."""
    own = at.before_all + " " + at.own_after
    return bool(SAME_TIME_RE.search(own) or MONTHS_NAMED_RE.search(own))


def _previous_year_bare(s: _Scan, at: _At) -> bool:
    """Whether the number's clause opens with a previous year named bare ('Förra året gick förvaltningen med ett
    underskott på 80 miljoner kronor', 'I fjol var ...'): that whole year, as a year named bare is, unless the
    sentence keeps the report's months ('vid samma tidpunkt', 'Motsvarande period föregående år', a month)."""
    # (a label keeps the same months: '312 mnkr (fg år 298 mnkr)', '312 mnkr, föregående år 298 mnkr', and is
    # no clause's opener)
    return bool(_previous_year_opens(at)) and not s.in_text[SAME_TIME_RE] and not s.in_text[PERIOD_WORDS_RE]


# 'året innan': the year before the one the text speaks of, never the text's own (seeds/reader_words.csv)
RELATIVE_PREV_YEAR_RE = cue_regex("relative_previous_year")
# a sentence that opens in the budget: 'I budgeten för 2019 var resultatet beräknat till ...'
BUDGET_OPENS_RE = re.compile(
    r"^\W*i\s+(?:" + words_of("budget_label") + r")(?![\wåäö])(?:\s+(?:för\s+)?(?P<year>(?:19|20)\d\d)\b)?", re.I
)
# a previous year that opens the sentence, then a phrase set off by commas: 'Föregående år, vid samma tidpunkt, '
PREV_YEAR_INSERT_RE = re.compile(PREV_YEAR_OPENS_RE.pattern + r"\s*,[^,;:()]*,", re.I)


def _holding_parenthesis_dropped(before: str) -> str:
    """The text before a number without the parenthesis that opens right before it to hold it: such a parenthesis
    gives the amount of the phrase before it and opens no clause of its own ('Förra året var resultatet positivt
    (24,4 miljoner kronor)', a news item on Västra Götalandsregionen of 2014; 'under det budgeterade resultatet (395
    miljoner kronor)', one on Region Skåne of 2018), so the phrase's cues are the number's."""
    return before[: m.start()] if (m := OPEN_PAREN_BEFORE_RE.search(before)) else before


def _previous_year_opens(at: _At) -> re.Match[str] | None:
    """The previous-year adverbial that opens the number's own clause ('Föregående år uppgick ...', 'I fjol var
    ...', 'Motsvarande period föregående år var ...'; the clause ends at 'och': 'Föregående år 10 mnkr och i år
    20 mnkr'), also across a phrase set off by commas ('Föregående år, vid samma tidpunkt, var ...')."""
    before = _holding_parenthesis_dropped(at.before_all)
    splits = list(COUNTRY_CLAUSE_SPLIT_RE.finditer(before))
    if not splits:
        return PREV_YEAR_OPENS_RE.match(before)
    inserted = PREV_YEAR_INSERT_RE.match(before)
    if inserted and inserted.end() == splits[-1].end():
        return inserted
    return None if splits[-1].group(0) in "(," else PREV_YEAR_OPENS_RE.match(before, splits[-1].end())


def _counts_from_its_period(document: Document) -> bool:
    """Whether the text's 'föregående år' is the year before its period: the period is the text's present, in a
    report of months of a year ('Delårsrapport januari-augusti 2019', a press release on them), one whose title
    names its year, or a year the text only forecasts ('underskott för 2009 väntas bli minus 900 miljoner kronor ...
    Förra året hade vi ett överskott på 777 miljoner kronor', a news item on Västra Götalandsregionen, review 17im).
    A full-year period of a text with no such title may be the 'förra året' of its date itself ('Under förra året
    genomfördes 2 551 förlossningar' under a dateline of January 2015, the text's period 2014), and so may a year
    the text's first sentence reports on: a sentence is no title ('Samtliga universitetssjukhus i landet uppvisar
    minusresultat ... under 2006. ... – Förra året hade vi ett underskott med 191 miljoner kronor', Läkartidningen
    of February 2007 on Karolinska's bokslut, review 18wv: 2006's)."""
    end, title = document.period_end, document.title
    if end is None:
        return False
    if end.month < 12 or document.period_evidence.endswith(FORECAST_YEAR_EVIDENCE):
        return True
    if title.startswith("#"):  # (a comment line, as an address kept above a text, is no title)
        return False
    if SENTENCE_TITLE_RE.search(title) and not _period_read_from(title, document.period_evidence):
        return False
    return str(end.year) in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", title)


def _period_read_from(title: str, evidence: str) -> bool:
    """Whether the text's period was read from its title line ('L1: Årsredovisning 2019'): that line is the report's
    title whatever stop it holds ('Årsredovisning 2019 inkl. bokslut ...', a title's abbreviation), not a first
    sentence (SENTENCE_TITLE_RE), whose period is read from the years the text speaks of."""
    line = EVIDENCE_LINE_RE.match(evidence)
    return line is not None and evidence[line.end() :].strip() in " ".join(title.split())


# a dash that sets off what follows an amount, and nothing else between the two numbers: '171 miljoner – 43 miljoner'
DASH_APPOSITION_RE = re.compile(r"\s*[–—]\s*")
# a sentence's end inside or at the end of a text's first line: that line is the text's first sentence, no title
SENTENCE_TITLE_RE = re.compile(r"[.!?](?:\s|$)")


# the months and year that close a parenthesis the number opens: '(6,7 % jan–aug 2018)'
PERIOD_IN_PAREN_AFTER_RE = re.compile(
    r"^\s*(?:(" + MONTH_ALT + r")\s*[-–]\s*)?(" + MONTH_ALT + r")\s+((?:19|20)\d\d)\s*\)", re.I
)


def _budget_noun_before(window: str, dev_m: list[re.Match[str]]) -> bool:
    """Whether a budget noun right before the number names its value (BUDGET_NOUN_BEFORE_RE) and no deviation word
    of the clause stands before it."""
    noun = BUDGET_NOUN_BEFORE_RE.search(window)
    if noun is None:
        return False
    clause_start = max((m.end() for m in OWN_CLAUSE_SPLIT_RE.finditer(window, 0, noun.start())), default=0)
    # (the noun phrase is the clause's subject, at its start: not 'Överskridandet av budgeterade kostnader ...')
    return bool(SUBJECT_LEAD_RE.fullmatch(window, clause_start, noun.start())) and not any(
        clause_start <= d.start() < noun.start() for d in dev_m
    )


SUBJECT_LEAD_RE = re.compile(r"\s*(?:(?:den|det|de)\s+)?(?:[\wåäö]+s\s+)?", re.I)  # ('Den', 'Regionens')


def _labelled_in_parentheses(s: _Scan, family: str, measure: str, label: re.Match[str]) -> tuple[str, bool]:
    """(measure, previous year) of a number whose parenthesis opens with a label (PAREN_LABEL_BEFORE_RE): the
    label is the number's, not the figure's before the parenthesis. '(budget 150 000)' is the budget;
    '(föregående år 298 mnkr)', '(2018: 142 100)' the same figure a year earlier (of a change, that year's
    change); a year neither the report's nor the one before is refused."""
    prev, end = s.placed_prev, s.document.period_end
    same_figure = prev is not None and family == prev.family
    if label.group("budget"):
        return ("budget" if not measure.startswith("change") else measure), False
    if label.group("year") and end is not None:
        year = int(label.group("year"))
        if year == end.year:
            return measure, False
        if year != end.year - 1:
            raise _Rejected(f"a value for {year} in parentheses, not the report's year or the one before")
    if same_figure and measure != "change_pp":
        measure = s.prev_measure if s.prev_measure in ("change_pct", "change_abs") else "actual"
    return measure, True


# a year or the previous amount's qualifier, then a word that links this number to the previous one ('113 mkr
# före finansiella poster, vilket 210 mkr')
# a word of its own after a number's unit inside a parenthesis, before it closes: '(-1 åa bemanningsföretag)'
# (not a month: '(6,1 % mars-24)' is the same figure up to that month)
OPEN_PAREN_BEFORE_RE = re.compile(r"\(\s*[+\-–−]?\s*$")
PAREN_NOUN_AFTER_RE = re.compile(r"\s*(?!(?:" + MONTH_ALT + r")\b)[a-zåäö]{3,}[^()]*\)", re.I)
AS_PREVIOUS_NUMBER_RE = re.compile(
    r"^[\s,]*(?:(?:19|20)\d\d[\s,]+)?"
    r"(?:(?:" + words_of("previous_amount_qualifier") + r")\s+(?:[a-zåäö]+\s+){0,2}[a-zåäö]+\s*,\s*)?"
    r"(?:" + words_of("previous_number_link") + r")\b"
)
CONVERSION_OF_NUMBER_RE = re.compile(
    "(?:" + cue_alternation(READER_LISTS["conversion_of_number"]) + ")" + NOT_A_CONVERSION_AFTER
)
# a change restated in another unit by an appositive noun phrase right before the number: 'har ökat med drygt 9 300
# besök jämfört med föregående år, en ökning med 4 procent' (the same change as a percentage)
APPOSITIVE_CHANGE_RE = re.compile(
    r",\s*(?:en|ett)\s+(?:"
    + words_of("change_noun")
    + r")\s+(?:med|på)\s+(?:(?:"
    + cue_alternation(READER_LISTS["approximation_word"])
    + r")\s+)?$",
    re.I,
)
# a change in kronor or a count restated as a percent right after it, after 'eller' or in parentheses: the same
# change of the same metric ('Intäkterna för såld vård har ökat med 33 miljoner kronor eller sex procent')
RESTATED_AS_PERCENT_RE = re.compile(
    r"^\s*(?:,?\s*eller|\()\s*(?:(?:" + cue_alternation(READER_LISTS["approximation_word"]) + r")\s+)?$", re.I
)
WEAK_DEVIATION_ALIAS_RE = re.compile(words_of("weak_deviation_alias"), re.I)
PREVIOUS_SENTENCE_RESULT_LABEL = "(the result the previous sentence gave)"
# the bare result as the sentence's subject, not qualified ('Resultatet är', not 'Resultatet efter finansiella poster':
# the qualifiers of an amount, previous_amount_qualifier)
RESULT_SUBJECT_OPENS_RE = re.compile(
    r"^\W*(?:"
    + words_of("result_subject")
    + r")(?![\wåäö])(?!\s+(?:(?:"
    + words_of("previous_amount_qualifier")
    + r")\b|för\s+(?!(?:19|20)\d\d)))",
    re.I,
)


def _dated_path_end(s: _Scan, at: _At) -> bool:
    """Whether the number is X or Y of 'från X <year> till Y <year>', each dated by its own year: a path through
    the years, whose older end is as much the text's figure as the newer ('från 5,0 procent helåret 2018 till 3,1
    procent helåret 2019' in a report of 2020)."""
    if s.from_value is None:
        return False
    if s.from_value[0] is at.n:
        year = YEAR_RIGHT_AFTER_RE.match(at.rest)
        return bool(year and TO_AFTER_YEAR_RE.match(at.rest, year.end()))
    return bool(TO_END_RE.search(at.window) and _year_of_path_start(s, at.n, at.window))


def _rate_that_changed(change_m: list[re.Match[str]]) -> bool:
    """Whether the first change word before a 'från X' is a change noun ('kostnadsökningen', 'utvecklingen') and a
    change verb follows it ('har minskat', 'som minskade'): the noun's rate is what moved."""
    return (
        len(change_m) >= 2
        and bool(CHANGE_NOUN_RE.fullmatch(change_m[0].group(0)))
        and not CHANGE_NOUN_RE.fullmatch(change_m[-1].group(0))
    )


def _year_of_path_start(s: _Scan, n: Num, window: str) -> re.Match[str] | None:
    """The year written right after X when `n` is Y of 'från X <year> till Y <year>', each end dated by a year
    right after it: X's own year, none of Y's ('från 660 000 stycken 2017 till 730 000 stycken 2019'; not 'från
    104,9 procent 2019 till 99,3 procent i år', where Y's time is a word)."""
    x = s.from_value[0] if s.from_value is not None else None
    if x is None or not TO_BEFORE_RE.search(window) or not YEAR_RIGHT_AFTER_RE.match(s.text, n.unit_end):
        return None
    return YEAR_RIGHT_AFTER_RE.match(s.text, x.unit_end)


def _to_end_of_dated_path(s: _Scan, n: Num, window: str) -> bool:
    """`n` is Y of 'från X <year> till Y <year>', X placed: Y goes on with X's metric, another year's value, not a
    figure compared with X ('Kostnaden för inhyrda sjuksköterskor ökade från 135 miljoner kronor 2020 till 152
    miljoner kronor 2021', 'från 660 000 stycken 2017 till 730 000 stycken 2019')."""
    return (
        s.placed_prev is not None
        and s.from_value is not None
        and s.from_value[0] is s.placed_prev
        and bool(_year_of_path_start(s, n, window))
    )


DEVELOPMENT_RATE = "(its rate of development)"
# what may stand between a development phrase and a bare number that is its rate: nothing or the verb giving it
BARE_RATE_GAP_RE = re.compile(r"\s*(?:(?:" + words_of("subject_outcome_verb") + r")\s+)?", re.I)


def _development_named_before(hits: Sequence[AliasHit], n: Num) -> AliasHit | None:
    """The last metric phrase before the number when it names its metric by the metric's development
    ('nettokostnadsutvecklingen', DEVELOPMENT_WORD_RE), else None."""
    before = [h for h in hits if h.metric and h.end <= n.start]
    return before[-1] if before and DEVELOPMENT_WORD_RE.search(before[-1].phrase) else None


def _metric_of(s: _Scan, at: _At, family: str, m: _Measure) -> _Metric:
    """The metric: the nearest phrase that fits the unit and measure (_pick_metric), else the previous
    number's or sentence's metric where the text carries it on, else a unit's own deviation; a part
    ('varav', 'X av ...') or a conversion of a number not placed is rejected."""
    text, n, window, masked = s.text, at.n, at.window, at.masked
    lex, rx, ctx, hits_all, win_start = s.lex, s.rx, s.ctx, s.hits_all, at.win_start
    measure = m.measure
    placed_prev, prev_metric = s.placed_prev, s.prev_metric
    # (fresh hits even when nothing was masked: the checks below tell them from hits_all by identity)
    hits = (
        [AliasHit(h.start, h.end, h.phrase, h.metric) for h in hits_all]
        if masked == text
        else find_aliases(masked, lex, rx)
    )
    hits = _hits_of_consequence_clause(text, n.start, hits)
    metric, label = _pick_metric(
        hits,
        n,
        family,
        measure,
        lex,
        text,
        s.nums[at.idx - 1] if at.idx else None,
        s.qualified_memos.setdefault(masked, {}),
    )
    subject = _weak_subject_of_own_clause(s, at, hits, label)
    if subject is not None and subject.metric != metric and _metric_ok(subject.metric, family, measure, lex):
        # 'Antalet vårdplatser minskade och kostnaderna ökade med 5 procent': the subject of the number's own
        # clause names it, though a plain word, not the stronger phrase of the clause before
        metric, label = subject.metric, subject.phrase
    named_at = next((h for h in hits if h.phrase == label and h.end <= n.start), None) if metric else None
    if (
        named_at is not None
        and s.prev_seen is not None
        and s.prev_seen is not placed_prev
        and named_at.end <= s.prev_seen.start
        and not s.prev_seen.in_word
        and s.prev_seen.family == "none"
        and not WORD_RE_.search(text, s.prev_seen.unit_end, n.start)
    ):
        # 'en negativ budgetavvikelse på -22, 8 miljoner kronor': a bare number right before it, no word between,
        # stood closer to the phrase and was not placed; the two may be one number broken apart
        raise _Rejected(f"'{label}' is the phrase of the bare number right before it, which was not placed")
    paired = respektive_pair(text, s.nums, at.idx, hits_all)
    if paired is not None and _metric_ok(paired.metric, family, measure, lex):
        metric, label = paired.metric, paired.phrase  # the phrase in the place of the number in its pair
    if (
        placed_prev is not None
        and (
            AS_PREVIOUS_NUMBER_RE.match(window)
            # (Y of 'från X <year> till Y <year>' is X's metric: 'Kostnaden för inhyrda sjuksköterskor ökade från
            # 135 miljoner kronor 2020 till 152 miljoner kronor 2021', 'från 660 000 stycken 2017 till 730 000
            # stycken 2019')
            or (placed_prev.family == family and _to_end_of_dated_path(s, n, window))
            or (
                s.prev_measure.startswith("change")
                and measure.startswith("change")
                and placed_prev.family != family
                and APPOSITIVE_CHANGE_RE.search(window)
            )
            or (
                s.prev_measure.startswith("change")
                and measure == "change_pct"
                and placed_prev.family != family
                and RESTATED_AS_PERCENT_RE.match(window)
                and metric != prev_metric  # (the same metric found by its own phrase keeps that phrase)
            )
        )
        and prev_metric
        and _metric_ok(prev_metric, family, measure, lex)
        and not any(h.metric and placed_prev.unit_end <= h.start <= n.unit_end + 3 for h in hits)
    ):
        metric, label = prev_metric, PREVIOUS_NUMBER_LABEL  # 'är 100,5 procent, vilket är 5,7 procent högre'
    elif (
        s.prev_seen is not None
        and (placed_prev is None or placed_prev is not s.prev_seen)
        and (
            CONVERSION_OF_NUMBER_RE.search(window)
            # ('en minskning med 1,2 procent, eller 353 födslar': the change in another unit, never a level)
            or (measure == "actual" and CONVERSION_RE.search(window) and CHANGE_RE.search(text, 0, n.start))
        )
    ):
        raise _Rejected("a conversion of a number that was not placed")
    alias_at = next((h for h in hits if h.phrase == label and h.end <= n.start), None) if label else None
    if (
        metric
        and alias_at
        and re.match(r"\s+av\s+(?!budget|\w*prognos)[a-zåäö]", text[alias_at.end : n.start])
        and not any(h.start > alias_at.end and h.end <= n.start for h in hits_all)
    ):
        raise _Rejected(f"'{label} av ...': a part of the metric, not the whole")
    varav = re.search(r"\bvarav\b", window)
    if metric and alias_at and re.search(r"\bvarav\b", text[alias_at.end : n.start]) and not varav:
        raise _Rejected("a 'varav' part named after the metric")
    if (
        metric
        and varav
        and not any(
            h.start > win_start + varav.start() and h.start < n.start
            for h in hits
            if h.metric or (h.phrase, family) in lex.unit_phrases
        )
        and not (label and any(n.unit_end <= h.start <= n.unit_end + 2 for h in hits if h.phrase == label))
    ):
        # ('varav -12,2 mnkr inhyrd personal': the part's label right after its amount is a metric)
        raise _Rejected("a 'varav' part whose own label is not a metric")
    carried = False
    weak_deviation = (
        alias_at is not None
        and label in WEAK_METRIC_ALIASES
        and WEAK_DEVIATION_ALIAS_RE.fullmatch(text[alias_at.start : alias_at.end])
        and not any(h.metric and h.phrase not in WEAK_METRIC_ALIASES for h in hits if h.end <= n.start)
    )
    if (
        weak_deviation
        and ctx.last_sentence_had_fact
        and ctx.last_metric
        and _metric_ok(ctx.last_metric, family, measure, lex)
    ):
        # 'Budgetavvikelsen är negativ med 2 mnkr' speaks of the previous sentence's item
        metric, label, carried = ctx.last_metric, "(previous sentence)", True
    elif (
        weak_deviation
        and alias_at is not None  # (weak_deviation needs it)
        and alias_at.start == 0
        and not ctx.last_sentence_had_fact
        and ctx.last_metric
        and ctx.last_metric != DEFAULT_RESULT_METRIC
    ):
        # the same words after a sentence whose item was narrowed ('Bokförda externa vårdintäkter ...'):
        # still that item's deviation, not the unit's result
        raise _Rejected(f"the deviation of the previous sentence's item ({ctx.last_metric}), which was not placed")
    if (
        label in WEAK_METRIC_ALIASES
        and not ctx.bullet_first
        and ctx.last_metric
        and not any(h.metric and h.phrase not in WEAK_METRIC_ALIASES for h in hits)
        and _metric_ok(ctx.last_metric, family, measure, lex)
        and ctx.in_list
        and not ctx.prose_paragraph
    ):
        metric, label, carried = ctx.last_metric, "(previous sentence)", True
    elif (
        label.casefold() in READER_WORDS["bare_cost_noun"]
        and not ctx.last_sentence_had_fact
        and ctx.last_metric not in ("", metric)
        and lex.amount_kinds.get(metric) == lex.amount_kinds.get(ctx.last_metric) == "cost"
        and not any(h.metric and h.phrase not in WEAK_METRIC_ALIASES for h in hits if h.end <= n.start)
        and _metric_ok(ctx.last_metric, family, measure, lex)
    ):
        # a bare 'kostnaderna' right after a sentence that named a cost item with no figure ('Kostnaden för
        # hyrpersonal minskar i primärvården. Inom primärvården har kostnaderna minskat med tre procent'): that
        # item's costs, not all costs
        metric, label, carried = ctx.last_metric, "(previous sentence)", True
    if (
        metric == DEFAULT_RESULT_METRIC
        and RESULT_SUBJECT_OPENS_RE.match(text)
        and ctx.last_sentence_had_fact
        and ctx.prev_block == s.sent.block
        and ctx.last_metric not in ("", metric)
        and lex.amount_kinds.get(ctx.last_metric) == "result"
        and not any(h.metric and h.metric != metric and h.start < _own_clause_end(text, n) for h in hits)
        and _metric_ok(ctx.last_metric, family, measure, lex)
    ):
        # a sentence whose subject is the bare result ('Resultatet är', 'Utfallet är') right after one that gave a
        # result measured another way speaks of that result: 'I den redovisas ett preliminärt balanskravsresultat på
        # 66 miljoner kronor för 2019. Resultatet är en negativ avvikelse med 18 miljoner kronor mot det uppsatt
        # resultatmålet för 2019 på 84 miljoner kronor' (kronoberg_bokslutskommunike_2019 of review 12r), '...
        # resultat efter balanskravsjusteringar för helåret 2023 är minus 499 miljoner kronor. Utfallet är 250
        # miljoner kronor sämre än vad som ursprungligen budgeterats' (dalarna_resultat_2023 of review 19pr); a
        # metric named in a later clause does not stand in the way ('..., tack vare högre skatteintäkter och mer
        # statsbidrag än förväntat', dalarna_nyhet_2024)
        metric, label, carried = ctx.last_metric, PREVIOUS_SENTENCE_RESULT_LABEL, True
    cost_item = _cost_item_before(s) if metric in ("", *_total_cost_metrics(lex)) else ""
    bare_cost = _bare_cost_noun_of(s, at) if cost_item else ""
    if bare_cost and _metric_ok(cost_item, family, measure, lex):
        # a bare cost noun, the subject of the number's clause ('Men kostnaden ... uppgick till 63 miljoner', 'blev
        # notan förra året 88 miljoner kronor', 'I stället ökar kostnaderna, förra året med hela 58 procent'), stands
        # for the cost item the text named last (_cost_item_named), not for the costs as a whole:
        # sr_stafettlakare_1172740 of review 18im, varmland_sr_hyrlakare of review 16pd, jonkoping_tidningsartikel_2018
        # of review 15pr
        metric, label, carried = cost_item, f"{bare_cost} (the cost item named before)", True
    if (
        not metric
        and not any(h.start < n.start for h in hits if h.metric)
        and ctx.last_metric
        and measure != "target"
        and s.in_text[CARRY_SUBJECT_RE]
        and ctx.last_sentence_had_fact
        and not DEPARTMENT_SUBJECT_START_RE.match(text)
        and (
            measure.startswith("change")
            or measure.endswith("deviation")
            or measure == "budget"  # ('Det kan jämföras med budget som låg på -203 miljoner': the figure's budget)
            or CONVERSION_RE.search(window)
            or MATCHING_FIGURE_RE.match(text)
        )
        and _metric_ok(ctx.last_metric, family, measure, lex)
    ):
        metric, label, carried = ctx.last_metric, "(previous sentence)", True
    named_here = any(h.metric for h in hits)
    if not metric and s.gender and not named_here and _metric_ok(ctx.last_metric, family, measure, lex):
        # 'Kvinnor: 6,07%' after a sentence naming the rate: that rate's part (_gender_of_rate)
        metric, label, carried = ctx.last_metric, "(previous sentence)", True
    change_words = [c.group(0) for c in CHANGE_RE.finditer(window)] if not metric and ctx.last_named_change else []
    if (
        change_words
        and measure.startswith("change")
        and CHANGE_NOUN_RE.fullmatch(change_words[-1])
        and ctx.prev_block == s.sent.block
        and not any(h.metric for h in hits_all if h.start < n.start)
        and _metric_ok(ctx.last_named_change, family, measure, lex)
    ):
        # 'Antal läkarbesök ökade under sommaren ... Inom primärvården visar statistiken en ökning med fyra procent',
        # 'Antalet vårdtillfällen ökar inom primärvården ... Den totala ökningen i divisionen är 0,4 procent': the
        # previous sentence named what changed and gave no figure; a change noun with no metric gives it
        metric, label, carried = ctx.last_named_change, "(the change the previous sentence named)", True
    changed, changed_phrase = ctx.last_changed_noun
    if (
        not metric
        and changed
        and measure.startswith("change")
        and ctx.prev_block == s.sent.block
        and CHANGE_RE.search(window)
        and not any(h.metric for h in hits_all if h.start < n.start)
        and _names_the_noun_again(window, changed_phrase, lex)
        and _metric_ok(changed, family, measure, lex)
    ):
        # 'Det preliminära bokslutet visar att kostnaderna har ökat ... Under år 2022 ökade Region Blekinges
        # kostnader med 2,9 procent': the noun the previous sentence said changed, named again in another form (a
        # word no alias holds on its own), is that metric
        metric, label, carried = changed, "(the noun whose change the previous sentence named)", True
    if (
        not metric
        and placed_prev is not None
        and prev_metric
        and not window.strip(" ,()+-–")
        and _metric_ok(prev_metric, family, measure, lex)
    ):
        metric, label = prev_metric, "(list)"
    if (
        not metric
        and placed_prev is not None
        and prev_metric
        and measure.startswith("change")
        and s.prev_measure.startswith("change")
        and CONVERSION_RE.search(window)
        and _metric_ok(prev_metric, family, measure, lex)
    ):
        # 'en ökning med fyra procent eller 406 personer': the previous change in another unit, whatever named it
        metric, label = prev_metric, "(the previous change in another unit)"
    if (
        not metric
        and placed_prev is not None
        and prev_metric
        and MEASURE_ONLY_CLAUSE_RE.match(window)
        and _metric_ok(prev_metric, family, measure, lex)
    ):
        # 'delårsresultat -14 mnkr, och prognosen för helåret -47 mnkr': a clause naming only another measure
        metric, label = prev_metric, "(the previous number's, another measure)"
    paren = OPEN_PAREN_BEFORE_RE.search(window)
    if (
        metric
        and paren
        and PAREN_NOUN_AFTER_RE.match(text, n.unit_end)
        # (the phrase may open with the number's own unit: '(+20 åa bemanningsföretag)')
        and not any(h.phrase == label and h.start >= n.end for h in hits)
    ):
        # 'Läkare + 28 årsarbetare ( -1 åa bemanningsföretag)': a parenthesis that names what its own number
        # counts holds a figure of its own: a metric named outside it, or carried, is not that figure's
        raise _Rejected("a number in parentheses that names what it counts, not the metric named outside it")
    unit_dev = (
        UNIT_DEVIATION_RE.match(text)
        if not metric and family == "tkr" and measure in ("budget_deviation", "forecast_deviation")
        else None
    )
    if unit_dev and unit_dev.end() <= n.start + 1 and not [h for h in hits_all if h.metric]:
        # 'Division medicin: -16,7 mkr jämfört med budget.': a unit's own deviation from budget is its result's
        metric, label = DEFAULT_RESULT_METRIC, "(a unit's deviation: '" + unit_dev.group("unit") + ":')"
    mission = _mission_count(text, n) if not metric else None
    if mission and family in ("count", "none") and _metric_ok("ambulansuppdrag", "count", measure, lex):
        # 'länets ambulanser utförde drygt 64 000 transporter', '681 uppdrag av ambulanshelikopter': a count of
        # missions in a sentence about ambulances is the ambulance missions
        metric, label = "ambulansuppdrag", f"{mission.group(1)} (of an ambulance)"
    fte = (
        FTE_CONVERSION_RE.search(text, 0, n.start)
        if family in ("none", "count") or (family == "pct" and metric == "arbetad_tid")
        else None
    )
    # employees converted to full-time posts are anstallda_heltidstjanster, worked time converted is arsarbetare
    # ('den arbetade tiden ... omräknat till årsarbetare har ökat med 3,5 procent')
    converted = "anstallda_heltidstjanster" if metric == "anstallda" else "arsarbetare"
    if fte and metric in ("", "anstallda", "arbetad_tid") and _metric_ok(converted, "fte", measure, lex):
        metric, label = converted, f"{fte.group(0)} (full-time equivalents)"
    hired = HIRE_IN_RE.search(window) if not metric and family == "tkr" else None
    breakdown = ""
    if hired and _metric_ok("inhyrd_personal_kostnad", family, measure, lex):
        metric, label = "inhyrd_personal_kostnad", f"{hired.group(0)} (an amount for staff hired in)"
        # the staff group hired ('hyrt in sjuksköterskor för', 'hyrde in läkare för') is a part of that cost
        hired_group = NEXT_WORD_RE.match(window, hired.end())
        breakdown = hired_group.group(1).casefold() if hired_group and is_breakdown(hired_group.group(1)) else ""
    hired_group_compound = (
        next(
            (g for g in reversed(list(HIRED_GROUP_RE.finditer(at.own_window))) if is_breakdown(g.group("group"))),
            None,
        )
        if not metric and family == "tkr"
        else None
    )
    if metric and family == "tkr":
        # a metric named otherwise keeps the number, unless it is the cost noun whose 'för' phrase names the hired
        # group: 'kostnaderna för inhyrda läkare som fyller luckorna ... 47,7 miljoner' is their cost, not the costs
        # as a whole (the sentence's last mention of the cost noun before the number: its 'för' phrase)
        before = text[: n.start]
        hired_group_compound = next(
            (
                g
                for g in reversed(list(HIRED_GROUP_RE.finditer(before)))
                if is_breakdown(g.group("group"))
                and re.search(re.escape(label) + r"\s+för\s+$", before[: g.start()], re.I)
                and not re.search(re.escape(label), before[g.end() :], re.I)
            ),
            None,
        )
    if hired_group_compound and _metric_ok("inhyrd_personal_kostnad", family, measure, lex):
        # 'I Värmland kostade hyrläkarna drygt 37 miljoner kronor': the staff group hired in, in a compound of the
        # number's own clause, is a part of the hired staff cost (a compound of no staff group names nothing)
        metric, label = "inhyrd_personal_kostnad", f"{hired_group_compound.group(0)} (a staff group hired in)"
        breakdown = hired_group_compound.group("group").casefold()
    spent = (
        SPEND_VERB_RE.search(window)
        if not metric and family == "tkr" and measure in ("budget_deviation", "forecast_deviation")
        else None
    )
    if (
        spent
        and UNIT_NOUN_RE.search(window, 0, spent.start())
        and _metric_ok(DEFAULT_RESULT_METRIC, family, measure, lex)
    ):
        # (the spender a unit, 'förvaltningen', 'sjukvården': 'Läkemedlen har kostat ... mer än budget' is an item's)
        metric, label = DEFAULT_RESULT_METRIC, f"{spent.group(0)} {SPENT_AGAINST_BUDGET}"
    overrun = (
        BUDGET_OVERRUN_RE.search(window)
        if not metric and family == "tkr" and measure in ("budget_deviation", "forecast_deviation")
        else None
    )
    if overrun and _metric_ok(DEFAULT_RESULT_METRIC, family, measure, lex):
        metric, label = DEFAULT_RESULT_METRIC, f"{overrun.group(0)} {BUDGET_OVERRUN}"
    sign_noun = SIGN_NOUN_BEFORE_RE.search(window) if not metric and family == "tkr" else None
    if (
        sign_noun
        and measure in ("actual", "forecast", "budget")  # (a level: not 'ökat ..., vilket är en orsak till ett minus')
        and not [h for h in hits_all if h.metric]
        and _metric_ok(DEFAULT_RESULT_METRIC, family, measure, lex)
    ):
        # 'räknar med ett minus på 16,4 miljoner kronor', 'UMAS har ett minus på nästan 80 miljoner kronor': 'ett
        # minus' / 'ett plus' before an amount with no other metric in the sentence is a deficit or surplus, the result
        metric, label = DEFAULT_RESULT_METRIC, f"{sign_noun.group(0).strip()} (a deficit or surplus)"
    surplus_after = SURPLUS_AFTER_AMOUNT_RE.match(text, n.unit_end) if not metric and family == "tkr" else None
    loss_after = (
        SIGN_AFTER_AMOUNT_RE.match(text[n.unit_end :]) or PLUS_AFTER_AMOUNT_RE.match(text[n.unit_end :])
        if not metric and family == "tkr" and GO_VERB_BEFORE_RE.search(window)
        else None
    )  # (the idiom 'gå N back' only: a headline 'Landstinget 110 miljoner back' says against what no more than that)
    after_word = surplus_after.group("word") if surplus_after else loss_after.group(0).strip() if loss_after else ""
    if after_word and _metric_ok(DEFAULT_RESULT_METRIC, family, measure, lex):
        # 'gick med 99 miljoner kronor i underskott', '22,6 miljoner kronor i överskott', 'gick tillsammans 146
        # miljoner kronor back': the word after the amount names the result
        metric, label = DEFAULT_RESULT_METRIC, f"{after_word} (after the amount)"
    label_first = _label_value_metric(s, n) if not metric and family == "none" else None
    if label_first:
        # 'Medelvårdtid akut slutenvård 3,19': a line that is a label and its number states it in the unit of
        # the metric the label names, as a table row does ('Medelvårdtid 5,5 4,8'); days need no 'dagar'
        metric, label = label_first.metric, f"{label_first.phrase} (a label and its number)"
        # a qualifier the breakdown seed knows ('akut', 'elektiv') makes the number a part, never the whole
        qualifiers = s.text[label_first.end : n.start].split()
        breakdown = next((w.casefold() for w in qualifiers if is_breakdown(w)), "")
    money_label = _money_label_percent(s, n) if not metric and family == "pct" and measure == "actual" else None
    if money_label and _metric_ok(money_label.metric, family, "change_pct", lex):
        # 'Skatter och statsbidrag 5,0 % (4,6 %)' beside 'Nettokostnadsökning 6,2 % (2,5 %)': a line that is only
        # an amount's label and a percent gives the percent the amount changed by (an amount is no percent)
        metric, label, measure = money_label.metric, f"{money_label.phrase} {KEY_FIGURE_PERCENT}", "change_pct"
    share = _share_of_total(s, at) if not metric and family == "pct" else None
    if share:
        # 'Övertiden utgör runt 1,8 procent av den totala arbetstiden', '... 185 miljoner kronor för helåret.
        # Detta är 1,86 procent av de totala personalkostnaderna': the subject's share of the total
        metric, label = share
    if (
        not metric
        and family == "tkr"
        and measure in ("actual", "forecast", "budget")
        and not n.explicit_sign
        and SIGN_WORD_BEFORE_RE.search(text, 0, n.start)
        and not any(
            h.metric
            and not (h.start >= n.unit_end and h.metric == DEFAULT_RESULT_METRIC and _landing_on_a_sign(text, n.start))
            for h in hits_all
            if h.start < n.unit_end + len(at.own_after)
        )
        and not (REFERRING_OPENER_RE.match(text) and not _landing_on_a_sign(text, n.start))
        and not FROM_WORD_RE.search(text, 0, n.start)
        and (measure == "budget" or not BUDGET_WORD_RE.search(window + at.own_after))
        and _metric_ok(DEFAULT_RESULT_METRIC, family, measure, lex)
    ):
        # 'Prognosen för lasarettet ligger på minus 6 miljoner kronor', 'Primärvården gör ett plus på 6 miljoner':
        # an amount of money signed by a word is a result (a cost, an income or a volume is never 'minus'); a
        # change or a deviation so signed may be any item's, and a sentence naming an item is left to it, as is
        # one opening on a pronoun ('Dessa uppgår till plus 16 mnkr': the items just named, not the result); it
        # refuses where the period or measure is unsure: a path 'från minus 202 till plus 100 miljoner' (two
        # years), a budget word the measure did not take ('Budgeten låg på ett plus på 110 miljoner'); a clause
        # after its own may name a metric or budget ('..., vilket är 78 miljoner kronor bättre än budgeterat resultat')
        metric, label = DEFAULT_RESULT_METRIC, "(an amount signed 'plus' or 'minus': a result)"
    result_change = RESULT_CHANGE_NOUN_RE.search(window) if not metric and family == "tkr" else None
    changed = _result_changed_against_a_year(s) if result_change else ""
    if result_change and changed and _metric_ok(changed, family, "change_abs", lex):
        # 'Resultatförbättringen mellan 2012 och 2013 uppgår till 800 mkr': the change of the result just stated
        # against the year before
        metric, label, measure = changed, f"{result_change.group(0)} {RESULT_CHANGE_AGAINST_YEAR}", "change_abs"
    if (
        not metric
        and family == "tkr"
        and measure.endswith("deviation")
        and _economy_against_plan(s, at)
        and _metric_ok(DEFAULT_RESULT_METRIC, family, measure, lex)
    ):
        metric, label = DEFAULT_RESULT_METRIC, "(the economy against its plan)"  # ('har det gått 91 miljoner sämre')
    development = _development_named_before(hits, n) if not metric and family in ("pct", "none") else None
    if development and family == "none" and not BARE_RATE_GAP_RE.fullmatch(text, development.end, n.start):
        # (a bare number is the rate only right after it or its verb, 'var nettokostnadsutvecklingen 3,2',
        # 'nettokostnadsutvecklingen var 3,2'; not 'Nettokostnadsutvecklingen har dämpats och 3 av 5 förvaltningar')
        development = None
    if development and _metric_ok(development.metric, "pct", "change_pct", lex):
        # 'Nettokostnadsutvecklingen har ökat lite till 4,0 procent', 'Föregående månad var nettokostnadsutvecklingen
        # 3,2': the last metric phrase before a percent or a bare number names the metric by its development (a
        # money metric's compound with 'utveckling'), whose level is a rate: the metric's change in percent, whatever
        # verb gives it ('ökat till', 'var') and with or without 'procent' (an amount of money is never bare)
        metric, label, measure = development.metric, f"{development.phrase} {DEVELOPMENT_RATE}", "change_pct"
    if not metric:
        raise _Rejected(f"no metric phrase fits a number in {n.unit or 'no unit'} ({measure})")
    of_sex = OF_SEX_CLAUSE_RE.search(window) if family == "pct" and not breakdown else None
    if of_sex:
        # 'Av kvinnorna är det 92 procent som har en heltidsanställning och av männen är det 94 procent': a share
        # taken among one sex is that sex's part of the share
        breakdown = of_sex.group(1).casefold()
    return _Metric(metric, label, carried, measure, tuple(hits), unit_dev, m.prev_year, breakdown=breakdown)


# 'N procent av den totala <whole>': a share of a total
SHARE_OF_TOTAL_RE = re.compile(
    r"\s*(?:" + cue_alternation(READER_LISTS["share_of_total"]) + r")\s+([^,.;:()]{1,60})", re.I
)


def _landing_on_a_sign(text: str, end: int) -> bool:
    """Whether a landing verb with a sign word stands right before `end` ('lär hamna på minus'): what lands on a
    plus or a minus is a whole result, whoever the sentence opened on, and a result word after it names the same
    ('Det nya budet är att man i stället lär hamna på minus 250 miljoner kronor, vilket i sådana fall skulle vara det
    sämsta resultatet någonsin', jamtland_news_2018 of review 14gu; 'Då landar vi på plus 840 miljoner kronor',
    skane_sydsvenskan_2020 of review 12b)."""
    landing = LANDING_VERB_BEFORE_RE.search(text, 0, end)
    return bool(landing and landing.group("sign"))


REFERRING_OPENER_RE = re.compile(r"^(?:" + alternation(READER_LISTS["referring_pronoun"]) + r")\s", re.I)
# id of the alias regex -> (that regex, its answer): the regex is kept so that its id is never reused
_SHARES: dict[int, tuple[re.Pattern[str], dict[str, tuple[str, str]]]] = {}


def share_metrics(lex: ProseLexicon, rx: re.Pattern[str]) -> dict[str, tuple[str, str]]:
    """part metric -> (its share metric, the whole's metric), read from the names of the percent metrics in
    seeds/metrics.csv that say what they are a share of ('Andel inhyrd personal av personalkostnad',
    'Övertid/fyllnadstid andel av arbetad tid'): the part and the whole found by the lexicon, as in any text."""
    key = id(rx)
    if key not in _SHARES:
        if len(_SHARES) > 8:
            _SHARES.clear()
        out: dict[str, tuple[str, str]] = {}
        with METRICS.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                part, sep, whole = row["name_sv"].partition(" av ")
                if row["canonical_unit"] != "pct" or not sep:
                    continue
                parts = [h.metric for h in find_aliases(part, lex, rx) if h.metric and h.metric != row["metric_code"]]
                wholes = [h.metric for h in find_aliases(whole, lex, rx) if h.metric]
                if parts and wholes:
                    out.setdefault(parts[0], (row["metric_code"], wholes[0]))
        _SHARES[key] = (rx, out)
    return _SHARES[key][1]


def _share_of_total(s: _Scan, at: _At) -> tuple[str, str] | None:
    """(share metric, label) of a percent 'av den totala <whole>' whose subject is a metric that has a share
    metric (the nearest metric phrase before it, or the previous sentence's figure after 'Detta är'), when
    the whole names that share's whole; None otherwise."""
    of_total = SHARE_OF_TOTAL_RE.match(at.rest)
    if not of_total:
        return _share_in_relation(s, at)
    before = [h for h in s.hits_all if h.metric and h.end <= at.n.start and not _qualified(h, s.text, s.hits_all)]
    part = before[-1].metric if before else s.ctx.last_metric if REFERRING_OPENER_RE.match(s.text) else ""
    entry = share_metrics(s.lex, s.rx).get(part)
    if entry is None:
        return None
    share, whole = entry
    # (the adjective may be the whole's name's own: 'av den totala arbetstiden', seeds 'totala arbetstid')
    named = [h.metric for h in find_aliases(of_total.group(0).strip(), s.lex, s.rx) if h.metric]
    if not named or named[0] != whole:
        return None  # a share of another total, or of one no metric names ('av den totala personalstyrkan')
    return share, f"{part} as a share of the total ({of_total.group(0).strip()})"


# '<part> i förhållande till <whole> uppgår till N procent': the whole named between the part and its percent
SHARE_RELATION_RE = re.compile(r"(?<![\wåäö])(?:" + cue_alternation(READER_LISTS["share_relation"]) + r")\s+", re.I)


def _share_in_relation(s: _Scan, at: _At) -> tuple[str, str] | None:
    """(share metric, label) of a percent whose clause says what it is taken of before it: 'Kostnaden för inhyrd
    personal i förhållande till total personalkostnad uppgår till 4,71 procent'. The part is the last metric
    phrase before 'i förhållande till', read in the unit of the whole (a share compares like with like:
    'Andelen inhyrda personal i relation till total lönekostnad' is the hired staff's cost); the whole is what
    the words up to the number name, and it must be that share's whole. None otherwise."""
    relations = list(SHARE_RELATION_RE.finditer(at.text, at.win_start, at.n.start))
    if not relations:
        return None
    relation = relations[-1]
    wholes = [h for h in s.hits_all if h.metric and relation.end() <= h.start and h.end <= at.n.start]
    parts = [h for h in s.hits_all if h.end <= relation.start()]
    if not wholes or not parts:
        return None
    whole = wholes[0].metric
    family = s.lex.units.get(whole, "")
    part = s.lex.unit_phrases.get((parts[-1].phrase.casefold(), family), "") or parts[-1].metric
    entry = share_metrics(s.lex, s.rx).get(part)
    if entry is None or entry[1] != whole:
        return None
    return entry[0], f"{parts[-1].phrase} as a share of {wholes[0].phrase} ({relation.group(0).strip()})"


def _label_value_metric(s: _Scan, n: Num) -> AliasHit | None:
    """The metric of a line that is only a label and its number, when the label opens with a metric phrase of
    a unit no number needs to write (days): the one phrase before the number, on the number's own source
    line, and between them only words that qualify the label, as a table row's label does: no digit, no
    word that ties a phrase to its number or names a measure (cue_word: 'uppgick', 'är', 'budget'), no
    change or plan word ('minskade'); nothing after the number, not even a full stop."""
    text, lex = s.text, s.lex
    before = [h for h in s.hits_all if h.metric and h.end <= n.start]
    if len(before) != 1 or before[0].start > 1 or text[n.end :].strip():
        return None
    between = text[before[0].end : n.start]
    if (
        s.sent.line_at(before[0].start) != s.sent.line_at(n.start)
        or any(map(str.isdigit, between))
        or CUE_WORDS_RE.search(between)
        or CHANGE_RE.search(between)
        or PLAN_RE.search(between)
        or lex.units.get(before[0].metric) != "days"
    ):
        return None
    return before[0]


# after the percent of a key-figure line, only the same figure a year earlier in parentheses: ' (4,6 %)'
KEY_FIGURE_PERCENT = "(an amount's label and a percent: its change, signed as printed)"
LOWER_WORD_NEXT_RE = re.compile(r"\s*[a-zåäö]")
PAREN_PERCENT_AFTER_RE = re.compile(
    r"\s*(?:\(\s*[+\-–−]?\s*\d[\d,. ]*\s*(?:" + words_of("percent_word") + r")\s*\))?", re.I
)  # (the percent sign or word: ' (4,6 %)', ' (4,6 procent)')


def _money_label_percent(s: _Scan, n: Num) -> AliasHit | None:
    """The metric of a key-figure line that is only the label of an amount of money (a metric in tkr) and a
    percent, and after it at most the percent of a year earlier in parentheses: 'Skatter och statsbidrag 5,0 %
    (4,6 %)'. As _label_value_metric: the one phrase of the number's own source line, no word before it on that
    line (a bullet is none; the lines of a list may be joined into one sentence), no word between it and the
    number."""
    text, lex, line = s.text, s.lex, s.sent.line_at(n.start)
    start = n.start
    while start > 0 and s.sent.line_at(start - 1) == line:
        start -= 1
    before = [h for h in s.hits_all if h.metric and start <= h.start and h.end <= n.start]
    if len(before) != 1 or lex.units.get(before[0].metric) != "tkr":
        return None
    end = max(n.match_end, n.unit_end)  # (after the percent sign or word: '5,0 %', '5,0 procent')
    after = PAREN_PERCENT_AFTER_RE.match(text, end)
    if (
        WORD_RE_.search(text, start, before[0].start)  # (a bullet before the label is no word)
        or text[before[0].end : n.start].strip()
        or after is None
        or (after.end() < len(text) and s.sent.line_at(after.end()) == line)
        or LOWER_WORD_NEXT_RE.match(text, after.end())  # (the sentence goes on: '4,9 %\nav alla kostnader')
    ):
        return None
    return before[0]


# the subject of a clause and its verb right before the number ('kostnaderna ökade med ', 'intäkterna uppgick till ')
SUBJECT_VERB_TO_NUMBER_RE = re.compile(
    r"\s+(?:(?:" + words_of("auxiliary_verb") + r")\s+)?(?:" + words_of("number_verb") + r")"
    r"(?:\s+(?:med|till|på))?\s*$",
    re.I,
)
CLAUSE_BOUNDARY_RE = re.compile(r"[,;–]|\b(?:" + cue_alternation(READER_LISTS["clause_boundary_word"]) + r")\b", re.I)


def _hits_of_consequence_clause(text: str, start: int, hits: list[AliasHit]) -> list[AliasHit]:
    """The metric phrases the number at `start` may take: those from the last cause-to-consequence link before it
    ('är anledningen till att', 'innebär att': CONSEQUENCE_LINK_RE) on, when its clause names a metric of its own
    before the number; else all. ('Höga pensionskostnader gör att regionen har ett underskott på 1 050 mnkr': the
    deficit, the result's, not the pension costs' deviation; 'Ett starkare finansiellt resultat innebär att
    årsprognosen hamnar på minus 31 miljoner kronor': no metric after the link, the result goes on.)"""
    link = max(CONSEQUENCE_LINK_RE.finditer(text, 0, start), key=lambda m: m.start(), default=None)
    if link is None or not any(h.metric and link.end() <= h.start and h.end <= start for h in hits):
        return hits
    return [h for h in hits if h.start >= link.end()]


def _weak_subject_of_own_clause(s: _Scan, at: _At, hits: list[AliasHit], label: str) -> AliasHit | None:
    """A plain metric word (seeds/reader_words.csv weak_metric_alias) that is the subject of the number's own
    clause, its verb right before the number, after a clause boundary that follows the phrase picked."""
    picked = next((h for h in hits if h.phrase == label and h.end <= at.n.start), None)
    if picked is None or label in WEAK_METRIC_ALIASES:
        return None
    for h in hits:
        if (
            h.metric
            and h.phrase in WEAK_METRIC_ALIASES
            and picked.end <= h.start
            and SUBJECT_VERB_TO_NUMBER_RE.fullmatch(s.text, h.end, at.n.start)
            and CLAUSE_BOUNDARY_RE.search(s.text, picked.end, h.start)
            and not _costs_of_the_item(s.lex, picked, h)
        ):
            return h
    return None


COST_STEM_RE = re.compile(words_of("cost_revenue_stem"), re.I)


def _costs_of_the_item(lex: ProseLexicon, item: AliasHit, plain: AliasHit) -> bool:
    """Whether a plain cost (or revenue) word after an item that names no cost of its own ('hyrbemanningen', not
    'personalkostnaderna') is that item's costs: 'Arbetet med att minska hyrbemanningen har varit särskilt lyckat –
    kostnaderna minskade med 50 miljoner kronor' (kronoberg_pressmeddelande_2025 of dev), 'Kostnaderna har under
    2017 minskat för anlitande av bemanningsföretag med 8 procent' (kalmar_press_2018 of review 14an): the hired
    staff's costs, not all costs. ('Antalet vårdplatser minskade och kostnaderna ökade': a count is no item of the
    costs; 'Personalkostnaderna ökade ..., medan kostnaderna ökade': the item named its costs, the plain word is
    the whole.)"""
    kind = lex.amount_kinds.get(item.metric)
    return (
        kind in ("cost", "revenue")
        and kind == lex.amount_kinds.get(plain.metric)
        and not COST_STEM_RE.search(item.phrase)
    )


def _item_of_this_number(s: _Scan, end: int, start: int) -> bool:
    """Whether a metric phrase ending at `end` is an item before the number at `start` with no placed number of the
    sentence between them: a number placed after the phrase took it ('Sahlgrenska Universitetssjukhuset, med 16 862
    anställda, hade ett underskott på -72 miljoner kronor': the staff are the 16 862, no item of the deficit)."""
    prev = s.placed_prev
    return end <= start and not (prev is not None and end <= prev.unit_end <= start)


def _corrected_metric(s: _Scan, at: _At, family: str, m: _Measure, pick: _Metric) -> _Metric:
    """What the metric tells about the reading: a surplus that is the result (or the costs' deviation), a
    paragraph about a part of the costs, a qualifier after the amount, a signed cost item that is a
    deviation; and the gates that need the metric (a cost beside worked time, percent of a count,
    a planned amount, a change against another month)."""
    text, n, window, after, rest = s.text, at.n, at.window, at.after, at.rest
    lex, rx, ctx, hits_all, win_start, hits = s.lex, s.rx, s.ctx, s.hits_all, at.win_start, pick.hits
    metric, label, measure, forecast, dev_m = pick.metric, pick.label, pick.measure, m.forecast, m.dev_m
    weak_at = (
        next((h for h in hits_all if h.phrase == label and h.end <= n.start), None)
        if metric == DEFAULT_RESULT_METRIC and label in READER_WORDS["surplus_deficit_word"]
        else None
    )
    whole_of_costs = COSTS_SUBJECT_RE.search(text[win_start : weak_at.start]) if weak_at is not None else None
    whole_hits = (
        [h.metric for h in find_aliases(whole_of_costs.group(1).casefold() + "erna", lex, rx) if h.metric]
        if whole_of_costs
        else []
    )
    if whole_of_costs and whole_hits and _metric_ok(whole_hits[-1], family, "budget_deviation", lex):
        # 'Primärvårdens kostnader redovisar ett underskott med 208 miljoner kronor': the costs' (the whole
        # 'kostnaderna') deviation from budget, not the result
        metric = whole_hits[-1]
        label = f"{whole_of_costs.group(0).strip()} {label}"
        measure = "forecast_deviation" if forecast else "budget_deviation"
    if (
        ctx.part_subject
        and metric.endswith("_totalt")
        and ctx.part_subject.casefold() not in text.casefold()
        and not OWN_UNIT_RE.search(text[: n.start])
    ):
        # 'Produktionskostnaderna har kraftigt ökat ... Kostnadsutvecklingen är 1,9 procent': the paragraph
        # is about a part of the costs, so its 'kostnadsutvecklingen' is that part's, not the whole's
        part_hits = [
            h for h in find_aliases(ctx.part_subject, lex, rx) if h.metric and not h.metric.endswith("_totalt")
        ]
        if not (part_hits and _metric_ok(part_hits[-1].metric, family, measure, lex)):
            raise _Rejected(f"the paragraph is about a part ({ctx.part_subject}), not the whole {metric}")
        metric, label = part_hits[-1].metric, f"{label} (of the paragraph's part: {ctx.part_subject})"
    qualified = _qualified_after(label, rest, lex)
    if qualified:  # 'Resultatet ... 113 mkr före finansiella poster': the label and its qualifier name a metric
        metric = qualified
    balance_metric = next((lex.aliases[a] for a in READER_LISTS["balance_rule_metric_alias"] if a in lex.aliases), "")
    if (
        balance_metric
        and metric != balance_metric
        and lex.amount_kinds.get(metric) == "result"
        and (
            BALANCE_RULE_RE.search(text[(clause_start := _clause_start(text, win_start, n.start)) : n.start])
            or BALANCE_RULE_ASIDE_RE.search(text, win_start, clause_start + 1)
            or BALANCE_RULE_AFTER_RE.match(rest)
        )
    ):
        metric, label = balance_metric, f"{label} (measured by the balance requirement)"
    if (
        measure in ("budget_deviation", "forecast_deviation")
        and lex.amount_kinds.get(metric) == "result"
        and (
            (dev_m and RESULT_WORD_RE.fullmatch(dev_m[-1].group(0)))
            or (not dev_m and SURPLUS_AFTER_AMOUNT_RE.match(after))  # ('gick med 99 miljoner i underskott')
        )
        and not _budget_word_of_its_clause(s, at)
        and not any(
            h.metric and _item_of_this_number(s, h.end, n.start) and lex.amount_kinds.get(h.metric) != "result"
            for h in hits
        )
        and not ctx.deviation_block
    ):
        # 'Resultatet ... visar ett överskott på 113 mkr', 'X visar ett överskott på 39 mkr': with no budget
        # and no other item before it in the sentence, a surplus is the result itself
        measure = "forecast" if forecast else "actual"
    if measure == "actual" and DEVELOPMENT_WORD_RE.search(label) and family == "pct":
        measure = "change_pct"
    if (
        n.explicit_sign
        and family == "tkr"
        and measure in ("actual", "forecast")
        and lex.amount_kinds.get(metric) != "result"  # a result carries its sign ('balanskravsresultat ... -17')
        and lex.domains.get(metric) == "costs"
    ):
        # a signed cost or revenue item ('Personalkostnader -17,5 mnkr') is a deviation from budget; after a verb
        # that states a level ('Personalkostnaderna uppgick till -820 mnkr') with no word of budget or deviation
        # in the sentence or its heading it may as well be the cost printed negative: neither reading is certain
        if (
            OUTCOME_VERB_RE.search(window)
            and not s.in_text[BUDGET_WORD_RE]
            and not DEVIATION_RE.search(text + " " + s.sent.heading)
        ):
            raise _Rejected("a cost printed with a sign after a level verb: the level or its deviation, not certain")
        measure = "forecast_deviation" if forecast else "budget_deviation"
    breakdown = pick.breakdown
    if (
        lex.domains.get(metric) == "worked_time"
        and re.search(r"kostnad", window + after[:30], re.I)
        and family in ("pct", "tkr")
    ):
        hired_cost = next((lex.aliases[a] for a in READER_LISTS["hired_cost_metric_alias"] if a in lex.aliases), "")
        named_at = next((h for h in hits if h.phrase == label and h.end <= n.start), None)
        if not (
            hired_cost
            and named_at is not None
            and HIRED_STEM_RE.match(label)
            and COST_OF_BEFORE_RE.search(text, 0, named_at.start)
            and _metric_ok(hired_cost, family, measure, lex)
        ):
            raise _Rejected(f"a cost change beside a worked-time metric ({metric})")
        # 'kostnaderna för den inhyrda bemanningen minskat med 29 procent', 'Kostnaderna för inhyrda läkare ökade
        # med 10 procent': the cost of the staff hired in, the staff group named a part of it
        metric, label = hired_cost, f"{label} (the cost of staff hired in)"
        breakdown = next((w.casefold() for w in label.split() if is_breakdown(w)), breakdown)
    if measure == "actual" and family == "pct" and lex.units.get(metric) != "pct":
        raise _Rejected(f"percent beside {metric} ({lex.units.get(metric)}) without a change word")
    if (
        measure not in ("target", "budget")  # (a budget is planned: 'ska jämföras med det budgeterade resultatet')
        and s.in_text[PLAN_RE]
        and _plan_word_before(s, n.start)
    ):
        raise _Rejected("planned or required amount (uppdrag/åtgärd/ska), not an outcome")
    if measure.startswith("change") and s.in_text[OTHER_MONTH_RE]:
        raise _Rejected("change against another month of the year, not the same period a year earlier")
    return replace(pick, metric=metric, label=label, measure=measure, breakdown=breakdown)


def _plan_word_before(s: _Scan, pos: int) -> bool:
    """A plan word (seeds plan_word: 'ska', '*uppdrag*', 'åtgärd*') stands in the 150 characters before `pos`, not
    inside a metric's own name ('Antalet ambulansuppdrag ökade till 64 000' counts missions, plans none), and in the
    number's own clause (not _plan_in_another_clause), and not compared with ('Resultatet 2013 blev bättre än planerat
    (70 Mkr i budget)', vastmanland_press_2014 and vastmanland_press_2015 of review 12h: the budget)."""
    named = [(h.start, h.end) for h in s.hits_all if h.metric]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in named)
        and not _plan_in_another_clause(s.text[m.end() : pos])
        and not THAN_BEFORE_RE.search(s.text, 0, m.start())
        for m in PLAN_RE.finditer(s.text, max(0, pos - 150), pos)
    )


def _plan_in_another_clause(between: str) -> bool:
    """The text `between` a plan word and the number opens another clause: a clause starts in it (a comma, 'att',
    'men', 'medan', 'och' between two clauses; not a relative 'som'/'vilket', which says more of the plan) and a
    finite verb of outcome after that (seeds report_verb, outcome_verb) states the number: 'Man ska komma ihåg att
    vi hade ett underskott på nära 100 miljoner' (dalarna_news_2016 of review 14gu), '... ett åtgärdsprogram,
    eftersom sjukhuset visade ett underskott på -44 miljoner' (su_press_2019_05 of review 12b): the plan is of
    another clause."""
    starts = [
        m.end()
        for rx in (CLAUSE_START_RE, OWN_CLAUSE_SPLIT_RE)
        for m in rx.finditer(between)
        if not RELATIVE_PRONOUN_RE.fullmatch(m.group(0).strip())
    ]
    return bool(starts) and FINITE_OUTCOME_VERB_RE.search(between, min(starts)) is not None


OUTCOME_VERB_RE = cue_regex("outcome_verb", literal=True)
COMBINED_AMOUNT_RE = cue_regex("combined_amount_word")
# 'ökade ... till sammanlagt 598 miljoner', 'hyrde in läkare för sammanlagt 69 miljoner': the total the clause's own
# metric reached, no combined amount of several things (that stands apart: 'Sammanlagt redovisar landstingen')
OWN_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:"
    + alternation(READER_LISTS["total_lead_preposition"])
    + r")\s+sammanlagt\s+(?:(?:"
    + cue_alternation(READER_LISTS["approximation_word"])
    + r")\s+)?$",
    re.I,
)
REPORT_VERB_AT_END_RE = re.compile(r"\b(?:" + words_of("report_verb") + r")\s*$", re.I)


def _combined_amount_cue(own: str) -> bool:
    """A word of a combined, extra or referenced amount (seeds combined_amount_word) in the number's clause `own`,
    other than one that says how the subject reports its own figure, right after a report verb ('Landstingets
    förvaltningar visar tillsammans en negativ budgetavvikelse på 178 miljoner kronor', kalmar_press_2015 of review
    14gu; 'Division kirurgi och division medicin ... redovisar tillsammans en negativ budgetavvikelse på - 234,4',
    sormland_pressmeddelande_2018: the figure of the units named together), or one inside a clause set off by
    commas that describes the subject ('Samhällsbyggnadsnämnden, där kollektivtrafiken ingår, räknar med ett minus
    på 16,4', orebro_press_2019 of review 14gu; 'Resultatet efter finansiella poster, som inkluderar orealiserade
    värdepappersvinster ..., uppgår till 1 291', vastmanland_press_2022 of review 12h)."""
    return any(
        not REPORT_VERB_AT_END_RE.search(own, 0, m.start()) and not ("," in own[: m.start()] and "," in own[m.end() :])
        for m in COMBINED_AMOUNT_RE.finditer(own)
    )


COMPARED_YEAR_RE = re.compile(
    r"(?:" + cue_alternation(READER_LISTS["compared_year_word"]) + r")\s+(?:år\s+)?((?:19|20)\d\d)\b"
)
# ('sedan 2015', 'sedan januari 2016': the time compared with or counted from, a month between the lead and its year;
# also a period preposition between: '2,6 miljarder bättre än under 2003' (Stockholms läns landsting 2004), '821
# färre än under 2016' (Stockholms läns landsting 2018))
# a year compared with that a clause of that time takes up dates that clause's numbers: '14 procent mer än under 2012
# då hyrläkarna kostade landstinget 77 miljoner kronor' (a radio news item on Landstinget i Värmland, 2013), 'Det
# kan jämföras med 2021 när Region Norrbotten gjorde ett ekonomiskt resultat på 1 693 miljoner kronor' (Region
# Norrbotten on 2022)
YEAR_TAKEN_UP_RE = re.compile(r",?\s+(?:" + words_of("that_time_word") + r")\s", re.I)
YEAR_COMPARED_LEAD_RE = re.compile(
    # (a whole word: 'än' ends 'län', so 'för Region Örebro län 2015' named no year compared with; the same for
    # 'Kalmar län 2023')
    r"(?<![\wåäö])(?:"
    + cue_alternation(READER_LISTS["year_compared_lead"])
    + r")\s+(?:(?:"
    + words_of("period_preposition")
    + r")\s+)?(?:år\s+|(?i:"
    + MONTH_ALT
    + r")\s+)?$"
)
# (the same at a sentence's start, 'Jämfört med 2022 är prognosen': for a forecast's earlier year, _reject_misread)
YEAR_COMPARED_LEAD_ANY_CASE_RE = re.compile(YEAR_COMPARED_LEAD_RE.pattern, re.I)
MONTH_COMPARED_LEAD_RE = re.compile(
    r"(?<![\wåäö])(?:" + cue_alternation(READER_LISTS["year_compared_lead"]) + r")\s+(?i:" + MONTH_ALT + r")\s+$"
)
# another subject's clause between a metric and the number: 'där kostnaderna ökar', 'och kostnader som var'
OTHER_SUBJECT_RE = re.compile(
    # (not the 'och' of a suspended compound, 'hälso- och sjukvårdssektorn': one noun, no clause of its own)
    r"(?<!-\s)\b(?:" + words_of("subject_clause_opener") + r")\s+(?!(?:" + words_of("not_a_clause_subject") + r")\b)"
    r"((?:[a-zåäö]+\s+){1,4})(?:" + cue_alternation(READER_LISTS["clause_verb"]) + r")\b"
)
FOR_PATIENT_GROUP_RE = re.compile(
    r"\s+för\s+(?:\w+\s+)?(?:" + cue_alternation(READER_LISTS["patient_group_word"]) + r")\b"
)
COST_REVENUE_WORD_RE = re.compile(r"[a-zåäö]*(?:" + words_of("cost_revenue_stem") + r")\w*\b", re.I)
AMONG_RE = re.compile(r"\s+(?:" + words_of("among_preposition") + r")\s+(?:de\s+)?([a-zåäö]+)")
NOT_A_GROUP_AFTER_AMONG = READER_WORDS["not_a_group_after_among"]
# 'medan den inom administrationen var': a pronoun of the metric before, narrowed by a place, group or owner
NARROWING_PREPOSITION = words_of("place_preposition", "among_preposition", "owner_preposition")
CARE_KIND_AFTER_RE = re.compile(
    r"\s+(?:" + NARROWING_PREPOSITION + r")\s+([a-zåäö][a-zåäö-]*(?:" + words_of("care_kind_end") + r"))\b"
)
PRONOUN_NARROWED_RE = re.compile(
    r"\b(?:"
    + words_of("subject_clause_opener")
    + r")\s+(?:"
    + words_of("narrowed_pronoun")
    + r")\s+(?:"
    + NARROWING_PREPOSITION
    + r")\s+([a-zåäö][\wåäö-]*)",
    re.I,
)
AMONG_LATER_RE = re.compile(r"\b(?:" + words_of("among_preposition") + r")\s+(?:de\s+)?([a-zåäö]+)")
# 'Av nettokostnaden (på 6 400 mnkr) avser 2 100 mnkr primärvården': a clause that opens with 'Av' and the whole,
# and a number after its verb: that number is a part of the whole
OF_THE_WHOLE_BEFORE_RE = re.compile(r"(?:^|[.;:]\s+)Av\s+(?:[a-zåäö]+\s+){0,2}$")
PART_VERB_AFTER_RE = re.compile(r"(?:\s+(?:på|om)\s+[^.;]*?)?\s+(?:" + words_of("part_of_whole_verb") + r")\b", re.I)
# a qualifier right after the metric phrase that holds a number of its own narrows the metric to a part:
# 'bland medarbetare över 50 år', 'inom 90 dagar', 'med 25 års anställning' (a preposition, the number and its noun),
# 'dag 1–14' (the noun and then the number); its words, from the number on, are the part's label
QUALIFIER_NOUN = words_of("number_qualifier_noun")
NUMBER_QUALIFIER_RE = re.compile(
    r"\s+(?:(?:"
    + words_of("among_preposition", "weak_alias_narrowing_word")
    + r")\s+[a-zåäö-]+\s+)?(?:"  # ('bland medarbetare över 50 år'; not a verb: 'har under 3 år i rad minskat')
    + words_of("number_qualifier_preposition")
    + r")\s+(?:[a-zåäö-]+\s+){0,2}?(?P<q1>\d{1,3}(?:[ \u00a0]\d{3})?(?:\s*[-–]\s*\d{1,3})?\s+(?:"
    + QUALIFIER_NOUN
    + r")(?:\s+(?:"
    + cue_alternation(READER_LISTS["age_band_open_end"])  # ('50 år och äldre': a band open above)
    + r"))?)\b"
    r"|\s+(?:(?:"
    + words_of("number_qualifier_preposition")
    + r")\s+)?(?P<q2>(?:"
    + QUALIFIER_NOUN
    + r")\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\b",
    re.I,
)
AND_AFTER_RE = re.compile(r"\s+(?:" + words_of("and_word") + r")\s+")
AND_BEFORE_RE = re.compile(r"(\S+)\s+(?:" + words_of("and_word") + r")\s+$")


def _heading_item(s: _Scan, metric: str) -> str:
    """The nearest heading above the sentence (no table between) when it is a short name of another metric of
    the same amount kind as `metric` (seeds/metrics.csv: 'Läkemedel' above 'Kostnaderna ökade ...'), else ''."""
    if not s.sent.section or s.sent.section[-1][1] == TABLE_MARK:
        return ""
    head = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", s.sent.section[-1][1]).strip(" –-:")
    if len(head.split()) > 3:
        return ""
    named = {h.metric for h in find_aliases(head, s.lex, s.rx) if h.metric}
    kind = s.lex.amount_kinds.get(metric)  # (a cost item under a heading of costs; not 'Ekonomiskt resultat')
    return (
        head if kind and named and metric not in named and all(s.lex.amount_kinds.get(m) == kind for m in named) else ""
    )


NOUN_NAMES_METRIC_FAMILIES = frozenset({"list", "clause_end"})
# id of a lexicon -> (that lexicon, count noun -> its metrics), as _ALIAS_PHRASES
_COUNT_NOUN_METRICS: dict[int, tuple[ProseLexicon, dict[str, frozenset[str]]]] = {}


def _count_noun_metrics(lex: ProseLexicon) -> dict[str, frozenset[str]]:
    """Count noun -> the metrics it names by itself ('medarbetare' -> anstallda: seeds/prose_phrases.csv families
    'list' and 'clause_end'; not 'personer', which counts staff only in a sentence about work)."""
    if id(lex) not in _COUNT_NOUN_METRICS:
        if len(_COUNT_NOUN_METRICS) > 8:
            _COUNT_NOUN_METRICS.clear()
        found: dict[str, set[str]] = {}
        for (phrase, family), metric in lex.unit_phrases.items():
            if family in NOUN_NAMES_METRIC_FAMILIES:
                found.setdefault(phrase.casefold(), set()).add(metric)
        _COUNT_NOUN_METRICS[id(lex)] = (lex, {noun: frozenset(metrics) for noun, metrics in found.items()})
    return _COUNT_NOUN_METRICS[id(lex)][1]


# a change verb in the perfect right before the metric, which is then its object, not its subject ('... har minskat
# läkemedelskostnad inom cancerområdet med 8 miljoner kronor'), and the words from the object to 'med' before the number
CHANGED_OBJECT_BEFORE_RE = re.compile(
    r"[\wåäö]\s+(?:"
    + words_of("auxiliary_verb")
    + r")\s+(?:"
    + words_of("changed_verb")
    + r")(?:\s+(?!med\b)[\wåäö-]+){0,3}?\s+$",
    re.I,
)
OBJECT_TO_BY_RE = re.compile(r"(?:\s+[\wåäö-]+){0,3}?\s+med\s+", re.I)
# the forecast as the subject of a change ('Prognosen för helåret har förbättrats med 60 mnkr', 'Helårsprognosen
# har försämrats med', 'Akademiska sjukhusets ekonomiska prognos för 2014 har försämrats med': up to three words of
# its owner and kind before it): a revision of the forecast, neither its level nor a change from the year before
FORECAST_REVISED_RE = re.compile(
    r"^\W*(?:[\wåäö]+\s+){0,3}\w*(?:" + words_of("forecast_noun") + r")\w*(?:\s+för\s+[\wåäö]+)?\s+(?:har\s+)?"
    r"[\wåäö]+(?:ts|at)(?:\s+[\wåäö]+)?\s+med\s*$",
    re.I,
)


def _result_changed_against_a_year(s: _Scan) -> str:
    """A result change noun is the result's own change when the sentence compares with an earlier year
    ('jämfört med föregående år', 'mellan 2012 och 2013') right after the result itself was stated, in the
    sentence before or earlier in its own ('Resultatet för januari-augusti uppgår till 552 miljoner kronor.
    Jämfört med föregående år innebär detta en resultatförsämring på 928 miljoner kronor'); elsewhere it may be
    what some items did to the result ('Sammantaget visar dessa poster en resultatförsämring med 46 mnkr').
    Returns the result stated, any metric of a result (seeds/metrics.csv amount_kind), or ''."""
    kinds = s.lex.amount_kinds
    stated = (
        s.prev_metric
        if s.placed_prev is not None and kinds.get(s.prev_metric) == "result"
        else s.ctx.last_metric
        if s.ctx.last_sentence_had_fact and kinds.get(s.ctx.last_metric) == "result"
        else ""
    )
    return stated if EARLIER_YEAR_RE.search(s.text) or YEAR_SPAN_RE.search(s.text) else ""


def _unit_is_subject(subject: str) -> bool:
    """The clause before a verb names a unit as its subject: the report's own by a common noun or a pronoun
    ('Förvaltningen', 'Vi'), a unit of a known kind ('Primärvården') or a titled name ('Region Kalmar län')."""
    words = subject.split()
    return bool(
        words
        and (
            words[-1].casefold() in SELF_WORDS | READER_WORDS["own_subject_pronoun"]
            or UNIT_SUBJECT_RE.search(subject + " har")
            or ORG_RE.search(subject)
        )
    )


def _amount_lower_bound(n: Num, before: str) -> bool:
    """Does 'över' or 'mer än' stand right before the amount of money n: its approximation, not a limit?"""
    return n.family == "tkr" and bool(AMOUNT_LOWER_BOUND_RE.search(before))


def _reject_misread(s: _Scan, at: _At, family: str, pick: _Metric) -> _Metric:
    """Gates that need the metric and the phrase that named it: an amount of another year, of a narrowed
    or paired phrase, of a list, a contribution or a combined amount; a part named before 'som del av' its
    whole takes the part's metric. Returns the metric as these leave it."""
    text, n, window, lex, rx, hits_all = s.text, at.n, at.window, s.lex, s.rx, s.hits_all
    metric, label, measure, prev_year, hits = pick.metric, pick.label, pick.measure, pick.prev_year, pick.hits
    document, placed_prev, win_start, whole_year = s.document, s.placed_prev, at.win_start, pick.whole_year
    earlier_year = 0
    breakdown = pick.breakdown
    if metric in additive_metrics() and AVERAGE_BEFORE_RE.search(at.own_window):
        # 'Att varje anställd i genomsnitt arbetar 22 övertidstimmar per år', 'kronobergarna i snitt gjorde 6,8
        # besök': an average of what adds up, per person or per month, is not the period's total
        raise _Rejected("an average ('i genomsnitt'), not the total of a metric that adds up")
    # (not the level a relative clause gives its own noun: 'beror på den statliga ersättningen ... som uppgick till
    # 21,4 mkr' states the funds, whatever they explain)
    contribution = _search(CONTRIBUTION_RE, text, 0, n.start) if _may(s, CONTRIBUTION_RE) else None
    # (a result change noun compared with an earlier year is the result's own change: 'Jämfört med föregående år
    # innebär detta en resultatförsämring på 928 miljoner kronor'; the noun names the change, whatever verb gave
    # the amount: 'uppgår till')
    own_change = bool(
        contribution
        and lex.amount_kinds.get(metric) == "result"
        and RESULT_CHANGE_NOUN_RE.fullmatch(contribution.group(0))
        and RESULT_CHANGE_NOUN_RE.search(window)
        and _result_changed_against_a_year(s)
    )
    if contribution and not own_change and not RELATIVE_LEVEL_RE.search(window):
        raise _Rejected("the effect of an item on the result (a contribution), not an outcome")
    if own_change and not measure.startswith("change"):
        measure = "change_abs"
    if FORECAST_REVISED_RE.match(at.own_window):
        raise _Rejected("a revision of the forecast ('prognosen har förbättrats med'), not a level or a change")
    if (
        measure.startswith("change")
        and THAN_COMPARED_AFTER_RE.match(at.rest)
        and not CHANGE_AFTER_LEVEL_RE.match(at.rest)
        and THAN_AVERAGE_AFTER_RE.match(at.rest)
    ):
        # 'Sjukfrånvaron var 6 procent, vilket är 1 procentenhet högre än snittet': a difference from an average
        # or another unit's figure, not a change from a year before
        raise _Rejected("a difference from an average or another unit ('högre än snittet'), not a change")
    if (
        measure in ("budget_deviation", "forecast_deviation")
        and (THAN_COMPARED_AFTER_RE.match(at.rest) and not THAN_BUDGET_AFTER_RE.match(at.rest))
        and not _economy_against_plan(s, at)
    ):
        # 'har gjort att underskottet blev åtta miljoner större än beräknat': the comparative right after the
        # amount names what it is compared with, and that is no budget
        raise _Rejected("a difference from another figure than the budget ('större än beräknat'), no deviation")
    if measure in ("actual", "forecast", "budget", "target") and (
        THAN_COMPARED_AFTER_RE.match(at.rest) or COMPARATIVE_RIGHT_AFTER_RE.match(at.rest)
    ):
        # 'Skatteintäkterna blev 100 miljoner kronor högre än beräknat', 'skatteintäkterna beräknas bli 450 miljoner
        # kronor högre': an amount a comparative follows is a difference, never the level itself, whatever the
        # measure the clause gave it; one no change or deviation rule placed (its reference unsaid, or no period
        # or budget) is refused
        raise _Rejected("a difference from another figure ('högre än beräknat'), not a level")
    if (_may(s, UNDONE_RE) or _may_across(UNDONE_RE, window, at.after)) and UNDONE_RE.search(
        at.own_window + at.own_after
    ):
        # 'Under året ställdes 1 500 operationer in', 'var 300 vårdplatser stängda': what was not done or open
        raise _Rejected("a count of what was not done or not open ('inställda operationer', 'stängda vårdplatser')")
    noun_metrics = _count_noun_metrics(lex).get(n.unit.casefold(), ()) if n.family == "count" else ()
    if noun_metrics and lex.domains.get(metric) not in {lex.domains.get(m) for m in noun_metrics}:
        # 'Sjukhuset har 450 vårdplatser och cirka 3 000 medarbetare': a count whose noun names a metric of its
        # own (seeds/prose_phrases.csv) counts that, never a metric of another domain the sentence named before
        # it (one of its domain may be a part: '82 anställda' of 'tillsvidareanställda')
        raise _Rejected(f"counts '{n.unit}', a noun of {'/'.join(sorted(noun_metrics))}, not of {metric}")
    label_unit = LABEL_UNIT_BEFORE_RE.search(window) if n.family == "none" else None
    unit_word = label_unit.group("unit") if label_unit else ""
    label_family = UNIT_FAMILY.get(unit_word.casefold(), "")
    canonical = UNIT_FAMILY_OF.get(lex.units.get(metric, ""), "")
    if label_family and canonical and label_family != canonical and (label_family, canonical) != ("pp", "pct"):
        # (a number in hours under a label 'Övertid (timmar)' is no count of full-time equivalents)
        raise _Rejected(f"the label states another unit ({unit_word}) than {metric}'s")
    changes = list(CHANGE_RE.finditer(window)) if measure.startswith("change") and _may(s, CHANGE_RE) else []
    last_change = changes[-1] if changes else None
    if last_change and (
        NEGATED_BEFORE_RE.search(window, 0, last_change.start()) or NEGATED_AFTER_RE.match(window, last_change.end())
    ):
        # 'Antalet operationer har inte ökat med de 5 procent som planerades': the change did not happen
        raise _Rejected("a negated change ('har inte ökat med'): no change is stated")
    if metric in stock_metrics() and STOCK_FLOW_RE.search(
        at.own_window + COUNTRY_CLAUSE_SPLIT_RE.split(at.after, maxsplit=1)[0]
    ):
        # 'Under perioden slutade 380 tillsvidareanställda': those who left, not the staff at a date
        raise _Rejected("a count of what came or went ('nyanställdes', 'slutade'), not of what stands at a date")
    predicate = PREDICATE_AFTER_RE.match(at.after)
    if predicate and any(
        h.metric and h.metric != metric and h.start == n.unit_end + predicate.start(1) for h in s.hits_all
    ):
        # 'Cirka 55 årsarbetare var inhyrda': the predicate names another metric, which narrows the count
        raise _Rejected(f"the count is narrowed by its predicate ('{predicate.group(0).strip()}')")
    clause_start = at.n.start - len(at.own_before)
    shared_out = list(DISTRIBUTED_RE.finditer(at.text, clause_start, at.n.start))
    if shared_out and not any(shared_out[-1].end() <= h.start < at.n.start for h in s.hits_all):
        # 'Läkarbesöken fördelas på 180 000 i primärvården och 232 300 i specialistvården': parts of the whole that
        # no metric phrase of their own names (not 'Avvikelsen fördelas på en intäktsavvikelse om 59,0 mkr')
        raise _Rejected("a part of a distribution ('fördelas på'), not the whole")
    if metric in stock_metrics() and measure.startswith("change") and SUMMER_RE.search(at.own_window + at.own_after):
        # 'Vårdplatserna minskade med 40 under sommarperioden': a stock cut for the summer and opened again, no
        # change from a year before
        raise _Rejected("a stock's change over the summer ('minskade under sommaren'), a temporary cut")
    if lex.amount_kinds.get(metric) == "result" and RESTORE_AFTER_RE.match(at.rest):
        # 'ett ackumulerat underskott på 898 mkr som skall återställas', 'kräver att underskottet på 550 miljoner
        # kronor ska återställas inom tre år', '-118 miljoner kronor vilket återstod från 2019 års underskott': a
        # deficit carried from earlier years, to be made good, not the period's result
        raise _Rejected("a deficit to be restored ('som ska återställas') or left over, carried from earlier years")
    if (
        lex.amount_kinds.get(metric) == "result"
        and ACCUMULATED_DEFICIT_RE.search(at.own_before)
        and not TO_A_MONTH_RE.search(at.own_before)
    ):
        raise _Rejected("a deficit accumulated over the years ('det ackumulerade underskottet'), not the period's")
    if THAN_GOAL_AFTER_RE.match(at.rest):
        raise _Rejected("a difference from a goal ('högre än målet'), none of the contract's measures")
    past = None
    if _may(s, PAST_FORECAST_RE):
        own_clause = at.own_before
        head = at.before_all[: len(at.before_all) - len(own_clause)]
        if WITH_ADJUNCT_RE.match(own_clause) and head.endswith(","):
            # '2018 såg däremot ut att bli betydligt bättre, med ett överskott på dryga 13 miljoner kronor': a
            # phrase led by 'med' after a comma has no verb of its own, it goes on with the clause before it
            before = OWN_CLAUSE_SPLIT_RE.split(head[:-1])[-1]
            own_clause = before + "," + own_clause
            head = head[: len(head) - 1 - len(before)]
        past = PAST_FORECAST_RE.search(own_clause) or PAST_FORECAST_THAT_RE.search(head)
    if not past and _may(s, PAST_FORECAST_COPULA_RE):
        past = PAST_FORECAST_COPULA_RE.search(at.own_before)
    if past:
        raise _Rejected(f"an earlier forecast ('{past.group(0)}', in the past tense), not the report's figure")
    if (
        label == PREVIOUS_NUMBER_LABEL
        and measure == s.prev_measure == "actual"
        and not prev_year
        and not _to_end_of_dated_path(s, at.n, at.window)
        and placed_prev is not None
        and placed_prev.family == family
        and placed_prev.value != n.value
        and not pick.breakdown  # (one sex's share after the other's: 'och av männen är det 94 procent')
    ):
        # 'resultat per april uppgår till 64 miljoner kronor att jämföra med motsvarande period 216 som var 59
        # miljoner kronor': a second level of the same metric, period and unit is another's (a comparison)
        raise _Rejected("a second value of the previous number's metric and period: the figure it is compared with")
    if (
        measure != "forecast"
        and (measure.startswith("change") or THAN_COMPARED_AFTER_RE.match(at.rest))
        and AGAINST_FORECAST_RE.search(at.window + at.own_after)
    ):
        raise _Rejected("a comparison with an earlier forecast, not a change from a year before")
    if measure.startswith("change") and PREVIOUS_MONTH_RE.search(at.window + at.own_after):
        # 'har försämrat årsprognosen med 7 miljoner kronor jämfört med föregående månad', 'en försämring med fem
        # miljoner kronor sedan förra månaden': a change against the month before, not the same period a year earlier
        raise _Rejected("a change against the month before, not a change from a year before")
    last = s.ctx.last_fact
    if (
        measure.startswith("change")
        and s.placed_prev is None
        and last is not None
        and last.measure == "forecast"
        and REFERRING_CLAUSE_RE.match(s.text)
        and not EARLIER_PERIOD_RE.search(at.window + _own_clause(at.rest))
    ):
        # 'För Region Skåne ... pekar den preliminära prognosen på det underskott på 1 750 miljoner. Det är en liten
        # förbättring med 50 miljoner' (skane_sr_sjukhus of review 12b), as 'Detta är en förbättring med 181 miljoner
        # kronor, jämfört med prognosen föregående månad' (uppsala_manadsrapport_2021_08 of review 12r) and 'Det är
        # en försämring på över 380 miljoner kronor jämfört med prognosen förra månaden' (uppsala_lakartidningen_2020
        # of review 14rs) say outright: a forecast's change that names no earlier period is its change from the
        # forecast before it, not from a year before
        raise _Rejected("the change of the forecast the sentence before gave, naming no earlier period: a revision")
    earlier = EARLIER_RECKONING_RE.search(text) or (
        EARLIER_RECKONING_RE.search(s.ctx.prev_text) if s.ctx.prev_block == s.sent.block else None
    )
    if earlier and (measure.startswith("change") or (measure == "forecast" and COMPARATIVE_AFTER_RE.match(at.rest))):
        # 'inte fullt så dålig ... som man tidigare räknat med. Resultatet ... har förbättrats med drygt 50 miljoner',
        # 'enligt en ny prognos två miljoner större jämfört med tidigare prognoser': measured against an earlier
        # reckoning, no change from a year before and no forecast
        raise _Rejected(f"measured against an earlier reckoning ('{earlier.group(0)}'), no change from a year before")
    if (
        placed_prev is not None
        and s.prev_measure in ("forecast", "budget_deviation", "forecast_deviation")
        and metric == s.prev_metric
        and (measure.startswith("change") or THAN_COMPARED_AFTER_RE.match(at.rest))
        and not THAN_BUDGET_AFTER_RE.match(at.rest)
        and SIZE_CHANGE_RE.search(at.window + at.own_after)
    ):
        # 'en negativ budgetavvikelse med 350 mnkr, vilket är en ökning med fem miljoner kronor mot föregående år',
        # 'ett överskott på 204 mnkr, 53 mnkr mer än fjolårsresultatet': how a deviation or a forecast grew
        # ('ett överskott med 2 mnkr mot budget, vilket är en förbättring med 20 mnkr': the result's change)
        raise _Rejected(f"a change of the previous number's {s.prev_measure}, none of the contract's measures")
    since_prev = placed_prev.unit_end if placed_prev else 0
    clause = text[since_prev : n.start]
    # (the cue of the number's own clause: 'merkostnader för inhyrda läkare på drygt 12 mkr' is not the cue of a
    # number after it that another number, not placed, stands between)
    own = text[max(since_prev, at.win_start) : n.start]
    if _combined_amount_cue(own) and not OWN_TOTAL_BEFORE_RE.search(own):
        raise _Rejected("a combined, extra or referenced amount (tillsammans/merkostnad/ingår/den siffran)")
    cmp_year = [int(y) for y in COMPARED_YEAR_RE.findall(text[max(0, n.start - 120) : n.unit_end + 80])]
    if (
        measure.startswith("change")
        and document.period_end
        and any(y != document.period_end.year - 1 for y in cmp_year)
    ):
        raise _Rejected("a change against another year than the year before")
    if (
        measure.startswith("change")
        and document.period_end is None
        and cmp_year
        and not CLAUSE_YEAR_RE.search(COMPARED_YEAR_RE.sub("", text))
    ):
        # ('Antalet besök har ökat med 8 procent sedan 2015' in a text with no period of its own: whether 2015 is
        # the year before the one spoken of is not known)
        raise _Rejected("a change against a named year in a text with no period: maybe not the year before")
    # (X's own year is no year of Y in 'från X <year> till Y <year>')
    x_year = _year_of_path_start(s, n, at.window)
    years_before = [
        int(y)
        for y in re.findall(
            r"(?<![\d,])((?:19|20)\d\d)(?![\d,]|-\d\d?-\d)", text[x_year.end() : n.start] if x_year else clause
        )  # (not '2023-01-25', a date)
        if (
            not YEAR_COMPARED_LEAD_RE.search(text[: text.find(y, since_prev)])
            or YEAR_TAKEN_UP_RE.match(text, text.find(y, since_prev) + len(y))
        )
        and not YEAR_OF_NUMBER_BEFORE_RE.search(text[: text.find(y, since_prev)])
    ]
    if document.period_end and years_before and years_before[-1] > document.period_end.year:
        # 'Budgeten för 2026 innehåller ett överskott på 100 miljoner kronor' in a report of 2025: a later year's
        raise _Rejected(f"a value for {years_before[-1]}, a year after the report's")
    if (
        measure in ("forecast", "forecast_deviation")
        and document.period_end
        and years_before
        and years_before[-1] < document.period_end.year
    ):
        # 'Efter första halvåret 2015 var motsvarande prognos för helåret -743 mkr, 2016 var den -46 mkr' in a
        # follow-up of 2018: the forecast made in an earlier year, of that year (the last its clause names before
        # the number), not the report's
        at_year = text.rfind(str(years_before[-1]), 0, n.start)
        if not YEAR_COMPARED_LEAD_ANY_CASE_RE.search(text[:at_year]):
            # (not a year compared with: 'Jämfört med 2022 är prognosen för helåret ...', 'Sedan 2021 har
            # prognosen försämrats och prognosen för helåret är nu -300 mkr' give the report's own forecast)
            earlier_year = years_before[-1]
    if measure.startswith("change") and YEARLY_RATE_AFTER_RE.match(at.rest):
        raise _Rejected("a yearly rate of change ('med 5 procent per år'), an average over years, not the period's")
    joined = JOINED_PASSIVE_CLAUSE_RE.search(at.window)  # (a clause of its own: the time before it is not its)
    if YEARS_AGO_RE.search(at.window[joined.start() if joined else 0 :]) or YEARS_AGO_RE.search(
        DIGIT_RE.split(at.after, 1)[0]
    ):
        # (after the number too, up to the next figure: '450 operationer fler, jämfört med för två år sedan' is a
        # change over two years)
        raise _Rejected("a value of years ago ('för två år sedan'), not the report's year")
    if (_may(s, SEVERAL_YEARS_RE) or _may_across(SEVERAL_YEARS_RE, at.window, at.after)) and SEVERAL_YEARS_RE.search(
        at.country_window + at.own_after
    ):
        # ('Sjukfrånvaron har legat kring 6 procent under flera år': the clause speaks of years, not the period)
        raise _Rejected("a level or change over several years ('under flera år'), not the report period's")
    if (
        measure.startswith("change")
        and s.ctx.prev_block == s.sent.block
        and SEVERAL_YEARS_RE.search(s.ctx.prev_text)
        and not _names_a_time_of_its_own(s.ctx.prev_text)  # (not '... under flera år ... 0,7 % för 2024')
        and not _names_a_time_of_its_own(text)
    ):
        # a sentence that goes on about the years the sentence before spoke of, naming no time of its own: 'Där har
        # man ökat operationerna med 30 procent under en tvåårsperiod. Eller i siffran 1500 operationer fler under
        # perioden.', '... ökat med 500 operationer under tvåårsperioden. Ortopedin med 700 fler operationer'; the
        # sentence before has no time of its own besides those years
        raise _Rejected("a change going on over the years the sentence before spoke of, not the report period's")
    compared_year = COMPARED_YEAR_PAREN_RE.search(window)
    if (
        measure == "actual"
        and compared_year
        and document.period_end
        and int(compared_year.group(1)) == document.period_end.year - 1
    ):
        # '... en förbättring med 592 miljoner kronor mot 2023 (minus 1667 miljoner)': the year compared with's figure
        prev_year, whole_year = True, True
    # (a change too when the year opens its sentence: 'År 2011 var nettokostnadsutvecklingen 4,0 procent')
    of_a_year = measure == "actual" or (measure.startswith("change") and bool(YEAR_OPENS_RE.match(text)))
    if of_a_year and document.period_end and years_before and years_before[-1] != document.period_end.year:
        if years_before[-1] == document.period_end.year - 1 and not prev_year:
            # '2024 var Region Kronoberg den enda regionen ... (69 miljoner kronor)' in an interim report of 2025:
            # a year named bare is the whole year; 'samma period 2024', 'april 2024' keep the report's months
            # (the months of another clause do not: 'Även om resultatet för 2019 var 171 miljoner – 43 miljoner
            # bättre än budget – så har kostnaderna ökat till och med april 2020', ÖP on Region Jämtland Härjedalen
            # 2020, review14pe: the whole of 2019)
            prev_year, whole_year = True, not s.in_text[SAME_PERIOD_PREV_RE] and not _own_time_keeps_months(at)
        elif years_before[-1] != document.period_end.year - 1:
            opening = YEAR_OPENS_RE.match(text)
            if not (opening and int(opening.group(1)) == years_before[-1] < document.period_end.year):
                raise _Rejected(f"a value for {years_before[-1]}, not the report's year")
            earlier_year = years_before[-1]  # '2015 var sjukfrånvaron 6,6 %': the year the sentence opens with
    year_after = YEAR_RIGHT_AFTER_RE.match(text, n.unit_end)
    prev_own_year = YEAR_RIGHT_AFTER_RE.match(text, since_prev) if placed_prev is not None else None
    if (
        year_after
        and measure in ("actual", "change_abs", "change_pct", "change_pp")
        and document.period_end
        and years_before in ([], [int(prev_own_year.group(1))] if prev_own_year else [])  # (not the previous number's)
        and (int(year_after.group(1)) != document.period_end.year or document.period_end.month < 12)
    ):
        # 'kostnaderna minskade med 50 miljoner kronor under 2024' in a report of 2025: the number is that year's
        # (the whole previous year), or, any other year, not the report's; the report's own year named after a
        # number of an interim report ('minska med ytterligare 40 miljoner kronor 2025', 'ett nollresultat för
        # 2022' in a report of the first months) is the whole year, which has not ended: a forecast
        after_year = int(year_after.group(1))
        if after_year not in (document.period_end.year, document.period_end.year - 1) and not _dated_path_end(s, at):
            raise _Rejected(f"a value for {after_year}, named after it, not the report's year")
        whole_year = True
        if after_year == document.period_end.year:
            measure = "forecast" if measure == "actual" else measure
        else:
            prev_year = True
    elif (
        measure == "actual"
        and (document.period_end is None or document.period_end.month < 12)
        and THIS_YEAR_AFTER_RE.match(text, n.unit_end)
    ):
        # 'de går 670 miljoner kronor back i år', 'ett underskott på 500 miljoner under innevarande år' in an
        # interim report (or a text with no period of its own): this year named after the amount, as the report's
        # year named is, is the whole year, not yet ended: a forecast
        whole_year, measure = True, "forecast"
    # (the mention nearest the number: 'ett stort underskott och prognosen ... är ett underskott på 248 mnkr')
    alias_h = (
        next(
            (
                h
                for h in reversed(hits)
                if h.phrase == label
                and h.end <= n.start
                and not _qualified(h, text, hits_all, s.qualified_memos.setdefault(text, {}))
            ),
            None,
        )
        if label
        else None
    )
    if alias_h is not None:
        between = text[alias_h.end : n.start]
        changed = CHANGED_OBJECT_BEFORE_RE.search(text, 0, alias_h.start)
        if (
            changed
            and OBJECT_TO_BY_RE.fullmatch(between)
            and not _unit_is_subject(text[: changed.start() + 1])
            # (a metric before the verb is its subject: 'Kostnaderna har ökat kraftigt för hyrpersonal med')
            and not any(
                h.metric and _clause_start(text, 0, changed.start()) <= h.start < changed.start() for h in hits_all
            )
        ):
            # 'Patentutgång har minskat läkemedelskostnad inom cancerområdet med 8 miljoner kronor': the metric is
            # the object of a change its subject made, as of 'Ofinansierade delen påverkar total
            # bruttokostnadsutveckling med 0,6 %-enheter' (CONTRIBUTION_RE): a part of the change, not the change
            # (a unit as the subject changed its own figure: 'Förvaltningen har minskat kostnaderna med')
            raise _Rejected("the effect of the subject on the metric (its object): a contribution, not its change")
        other = OTHER_SUBJECT_RE.search(between)  # ('och kostnader som var 181,1 mkr sämre')
        narrowed_between = [
            h
            for h in hits_all
            if h.metric
            and alias_h.end <= h.start
            and h.end <= n.start
            and _qualified(h, text, hits_all, s.qualified_memos.setdefault(text, {}))
            and not re.search(r"\b(?:inklusive|inkl\.?|exklusive|exkl\.?)\s+$", text[: h.start], re.I)
        ]
        if narrowed_between:
            raise _Rejected(f"the number belongs to a narrowed phrase ('{narrowed_between[-1].phrase}')")
        if other and not find_aliases(other.group(1), lex, rx):
            raise _Rejected(f"the number belongs to '{other.group(1).strip()}', another subject than {label}")
        new_subject = NEW_SUBJECT_RE.search(between)
        if new_subject and not find_aliases(new_subject.group(1), lex, rx):
            # 'Antalet sökande till akutmottagningarna ökade med 3 % Antalet medicinskt utskrivningsklara
            # patienter är 14 % högre': a sentence that lost its full stop, with a subject of its own
            raise _Rejected(f"the number belongs to '{new_subject.group(1).strip()}', the subject of a new sentence")
        # (not the number's own sign: 'svarar verksamhetens resultat för minus 395 miljoner kronor' as 'för 83')
        narrow = re.match(r"\s+för\s+(?!(?:" + SIGN_WORD + r")\s+\d)([a-zåäö][\wåäö-]+)", text[alias_h.end :])
        if (
            narrow
            and not _keeps_the_whole(narrow.group(1))
            and not AREA_RE.match(text, alias_h.end + narrow.start(1))  # ('resultatet för primärvården': its own)
            and not any(h.start == alias_h.end + narrow.start(1) for h in hits_all)
            and narrow.start(1) + alias_h.end < n.start
        ):
            raise _Rejected(f"{label} narrowed by 'för {narrow.group(1)}'")
        care_kind = CARE_KIND_AFTER_RE.match(text, alias_h.end)
        if (
            care_kind
            and care_kind.end() <= n.start
            and not AREA_RE.match(text, care_kind.start(1))
            and care_kind.group(1).casefold()
            not in READER_WORDS["whole_care_kind"]  # ('vårdtillfällen inom slutenvården')
        ):
            # 'Antalet läkarbesök i specialistvården minskade med 2 procent': a kind of care the seeds know as no
            # unit of their own narrows the metric to a part
            raise _Rejected(f"{label} narrowed by '{care_kind.group(0).strip()}', a kind of care no seed knows")
        if FOR_PATIENT_GROUP_RE.match(text[alias_h.end :]):
            raise _Rejected(f"{label} narrowed to a group of patients or people")
        if (
            RATIO_AFTER_ALIAS_RE.match(text, alias_h.end)
            # (a slash is 'per', as before a number: 'Casemixen, mätt som drg-poäng/vårdtillfälle, har minskat')
            or re.search(r"(?:\bper\s+|[\wåäö]/)$", text[: alias_h.start])
            # ('3,7 överbeläggningar per hundra disponibla vårdplatser': the base's number, and a word describing
            # it, may stand between 'per' and the metric, which is still the ratio's denominator)
            or _rate_base_number_before(s, alias_h.start)
            # ('Räknat i antalet vårdplatser per 1 000 invånare sjönk tillgången på vårdplatser ... till 2,12': the
            # sentence named the metric as a ratio before the number; its figures of the metric are the ratio's)
            or any(
                h.metric == alias_h.metric and h.end <= at.n.start and RATIO_AFTER_ALIAS_RE.match(text, h.end)
                for h in s.hits_all
            )
        ):
            # 'Kostnaden per vårdtillfälle ökade med 5 procent', 'Antalet besök per invånare': a ratio, and the word
            # after 'per' its denominator, neither the metric's total
            raise _Rejected(f"a ratio ('... per ...' beside '{label}'), not a metric's total")
        part_verb = PART_VERB_AFTER_RE.match(text, alias_h.end)
        if part_verb and part_verb.end() <= n.start and OF_THE_WHOLE_BEFORE_RE.search(text, 0, alias_h.start):
            raise _Rejected(f"a part of {label} ('Av {label} ... {part_verb.group(0).split()[-1]}'), not the whole")
        qualifier = NUMBER_QUALIFIER_RE.match(text, alias_h.end)
        if qualifier and qualifier.end() <= n.start:
            part = qualifier.group("q1") or qualifier.group("q2")
            if not is_breakdown(part):
                # 'Sjukfrånvaron dag 1–14', 'operationer inom 90 dagar': a part no seed knows, never the whole
                raise _Rejected(f"{label} narrowed by '{qualifier.group(0).strip()}', a part no seed knows")
            breakdown = part.casefold()  # 'bland medarbetare 30–49 år': that age band's figure
        heading_item = _heading_item(s, metric) if alias_h.phrase in WEAK_METRIC_ALIASES else ""
        if heading_item:
            # 'Läkemedel' / 'Kostnaderna ökade med 6 procent': the costs of the item the heading names, not the total
            raise _Rejected(f"'{label}' under the heading '{heading_item}', a part of the whole")
        among = AMONG_RE.match(text[alias_h.end :])
        if among and alias_h.end + among.end() <= n.start and is_breakdown(among.group(1)):
            # 'Sjukfrånvaron bland sjuksköterskor var 8 procent': the figure of that part, not the whole's
            breakdown = among.group(1).casefold()
        group = GROUP_GENITIVE_BEFORE_RE.search(OWN_CLAUSE_SPLIT_RE.split(text[: alias_h.start])[-1]) or (
            GROUP_SOM_OPENS_RE.match(text, 0, alias_h.start)
        )
        if not breakdown and group and is_breakdown(group.group(1)):
            # 'Kvinnornas sjukfrånvaro låg på 7,1 procent', 'Kvinnor som arbetar i regionen hade en sjukfrånvaro på
            # 5,8 procent': a group of people owns the metric (its genitive, or the subject a 'som' clause narrows)
            breakdown = group.group(1).casefold()
        own_group = [
            g.group(0)
            for g in SEX_WORD_RE.finditer(OWN_CLAUSE_SPLIT_RE.split(text[max(alias_h.end, at.win_start) : n.start])[-1])
        ]
        if breakdown and own_group and own_group[-1].casefold() != breakdown:
            # '..., för landstingsanställda män var siffran 3,2 procent': the number's own clause names the other sex
            raise _Rejected(f"a figure of '{own_group[-1]}', not of '{breakdown}' the metric was narrowed to")
        pronoun_place = PRONOUN_NARROWED_RE.search(between)
        if pronoun_place and not _keeps_the_whole(pronoun_place.group(1)):
            # 'Sjukfrånvaron inom vården var 7,1 procent medan den inom administrationen var 4,0 procent': the pronoun
            # takes up the metric, the place after it narrows it to that part (or to none a seed knows)
            if not is_breakdown(pronoun_place.group(1)):
                raise _Rejected(f"{label} narrowed by '{pronoun_place.group(0).strip()}', a part no seed knows")
            breakdown = pronoun_place.group(1).casefold()
        among_later = None if among else AMONG_LATER_RE.search(text, alias_h.end, n.start)
        if (
            among_later
            and not CLAUSE_BOUNDARY_RE.search(text, alias_h.end, among_later.start())
            and among_later.group(1).casefold() not in NOT_A_GROUP_AFTER_AMONG  # ('bland annat': for instance)
            and not SELF_WORD_RE.fullmatch(among_later.group(1))  # ('hos förvaltningen': the unit itself)
        ):
            # 'Sjukfrånvaron var högst bland undersköterskor, 9,2 procent': a group named between the metric and its
            # number narrows it too: that part's figure, or none when no seed knows the part
            if not is_breakdown(among_later.group(1)):
                raise _Rejected(f"{label} narrowed by '{among_later.group(0).strip()}', a part no seed knows")
            breakdown = among_later.group(1).casefold()
        pair = AND_AFTER_RE.match(text[alias_h.end :])
        before_pair = AND_BEFORE_RE.search(text[: alias_h.start])
        if (
            pair
            and COST_REVENUE_WORD_RE.match(text, alias_h.end + pair.end())
            and alias_h.end + pair.end() < n.start
            # (a metric there is the rule below's, which knows 'A och B ... X respektive Y')
            and not any(h.metric and h.start == alias_h.end + pair.end() for h in hits_all)
        ):
            # 'samlade utfall för totala investeringar och kostnader ... uppgår till 22 miljoner kronor': costs or
            # revenue of any kind beside the metric make the amount a sum of both, a metric word or not
            raise _Rejected(f"an amount for {label} together with another item")
        if any(
            h.metric
            and h is not alias_h
            and (
                (pair and 0 <= h.start - (alias_h.end + pair.end()) <= 20)
                or (before_pair and h.end == before_pair.end(1))
            )
            and respektive_pair(text, s.nums, at.idx, hits_all) != alias_h  # ('A och B ... X respektive Y')
            for h in hits_all
        ):
            raise _Rejected(f"an amount for {label} together with another item")
        if LIST_BEFORE_RE.search(text[win_start : alias_h.start]):
            # 'Kostnader kopplade till covid-vaccination, produktion samt övriga verksamhetskostnader, -50 mnkr':
            # the amount is the whole list's, not the last item's
            raise _Rejected(f"an amount for a list of items ending with {label}")
        whole_of = PART_OF_WHOLE_RE.search(text[win_start : alias_h.start])
        parts = [
            (h, h.metric or lex.unit_phrases.get((h.phrase, family), ""))
            for h in hits_all
            if whole_of and win_start <= h.start and h.end <= win_start + whole_of.start()
        ]
        parts = [(h, p) for h, p in parts if p and p != metric and _metric_ok(p, family, measure, lex)]
        if parts:
            # 'Externt inhyrd personal ... som del av den totala avvikelsen av personalkostnad, -42,3 mnkr':
            # the number is the part's, the metric named after 'som del av' is its whole
            metric, label = parts[-1][1], f"{parts[-1][0].phrase} (part of {label})"
    if (
        metric
        and alias_h is not None
        and lex.domains.get(metric) == "costs"
        and metric not in REVENUE_METRICS
        and re.search(
            r"intäkt\w*\s+(?:(?!och\b|samt\b)\w+\s+){0,3}$", text[max(0, alias_h.start - 40) : alias_h.start], re.I
        )
    ):
        raise _Rejected(f"revenue of something named like a cost ({metric})")
    if measure == "target" and CHANGE_BY_BEFORE_RE.search(window):
        # 'Målet är att antalet distansbesök ska öka med 20 procent': a target for a change, not a target level
        raise _Rejected("a target for a change ('ska öka med'), not a target level")
    if (
        metric
        and lex.units.get(metric) == "pct"
        and measure == "change_pct"
        and not re.search(r"\brelativ", window, re.I)
    ):
        raise _Rejected(f"percent change of a share ({metric}): percent or percentage points is ambiguous")
    if (
        measure.startswith("change")
        and re.search(r"\(\s*$", window)
        and not n.explicit_sign
        # ('ökat med 296,5 mkr (5,3 %)': a percent after a change in money or a count is that change in percent)
        and not (family == "pct" and placed_prev is not None and s.prev_measure == "change_abs")
        # (nor the same change a year earlier: 'Nettokostnadsökning 2,9 % (4,1 %)')
        and not (pick.prev_year and OPEN_PAREN_RE.fullmatch(window) and CLOSE_PAREN_RE.match(at.rest))
        # (nor up to another month: 'Bruttokostnadsutveckling 5,9 % (6,1 % mars-24)')
        and not (pick.metric == s.prev_metric and _month_in_parentheses(s, at))
    ):
        raise _Rejected("a bare number in parentheses beside a change word")
    if (
        ORG_AFTER_RE.search(text[n.unit_end : n.unit_end + 60])
        and not n.explicit_sign
        and not WHOLE_ORG_AFTER_RE.match(text, n.unit_end)
    ):
        raise _Rejected("the number is qualified by a unit or place named after it")
    return replace(
        pick,
        metric=metric,
        label=label,
        prev_year=prev_year,
        measure=measure,
        alias=alias_h,
        whole_year=whole_year,
        earlier_year=earlier_year,
        breakdown=breakdown,
    )


# a word that gives a result its sign, negative or positive: 'underskott', 'positivt'
RESULT_SIGN_RE = re.compile(
    r"(?P<negative>"
    + cue_alternation(READER_LISTS["result_negative_word"])
    + r")|"
    + cue_alternation(READER_LISTS["result_positive_word"]),
    re.I,
)
# a loss word right after a result's amount: 'blir 78 miljoner minus', 'gick 146 miljoner kronor back'
SIGN_AFTER_AMOUNT_RE = re.compile(
    r"^\s*(?:" + cue_alternation(READER_LISTS["sign_after_amount"]) + r")(?![\wåäö])", re.I
)
# 'gick med nära 18 miljoner kronor plus': the positive word right after the amount of a go_verb's result
PLUS_AFTER_AMOUNT_RE = re.compile(
    r"^\s*(?:" + cue_alternation(READER_LISTS["plus_after_amount"]) + r")(?![\wåäö])", re.I
)


def _signed_value(s: _Scan, at: _At, pick: _Metric) -> tuple[float, str]:
    """The value with its sign: an explicit sign, 'minus', the sign words of a deviation or change
    (_sign_from_words), or a result's surplus or deficit; a deviation or change with no sign is rejected."""
    text, n, window, after = s.text, at.n, at.window, at.after
    metric, measure, label = pick.metric, pick.measure, pick.label
    value = n.value
    sign_word = ""
    if n.explicit_sign:
        sign_word = n.text[0]
    elif s.rate_value is n and measure == "change_pct":
        sign_word = "(a rate's value, 'från X till Y': as written)"  # (a rate that fell is no negative rate)
    elif sign_before := SIGN_WORD_BEFORE_RE.search(text[: n.start]):
        sign_word = sign_before.group(1)
        value = -abs(value) if sign_word.casefold() == "minus" else abs(value)
    elif measure.startswith("change") and (subject := _change_subject_of_level(s, at)):
        # the level of the change noun the sentence opens on is signed by the noun ('Kostnadsminskningen'), else as
        # written: a rate that rose or fell to it ('har stigit till', 'ligger nu nere på') is no change of its sign
        sign_word = subject
        value = -abs(value) if NEG_WORDS_RE.search(subject) else abs(value)
    elif measure in ("budget_deviation", "forecast_deviation", "change_pct", "change_abs", "change_pp"):
        sign, sign_word = _sign_from_words(window, after, metric, measure, s.lex, label)
        if (
            s.placed_prev is not None
            and s.placed_prev is s.prev_seen
            and s.prev_measure == measure
            and s.placed_prev.family == at.n.family
            and s.prev_sign != 0
            and _elliptic_item(window) is not None
        ):
            # 'Sjukhusen har minskat kostnaderna för hyrpersonal med 44 procent, psykiatrin med 18 procent medan
            # primärvården visar en ökning' (kalmar_delarsrapport_2017 of review 14rs), '"negativa budgetavvikelser"
            # som gäller främst kostnader för hyrpersonal på 131 miljoner samt köpt vård på 22 miljoner'
            # (smalanningen_kronoberg of review 12b): the next item of the list leaves out the verb or cue that
            # signed the item before, so it has that sign (not a word of the clause after it)
            sign, sign_word = s.prev_sign, "(the list's previous item: ', <item> med')"
        if sign == 0 and measure.endswith("deviation") and PAREN_RESTATED_PERCENT_RE.match(at.rest):
            # ('365 mkr (6,9 procent) högre än budgeterat': the comparative after the percent signs the amount)
            sign, sign_word = _sign_from_words(window, at.rest, metric, measure, s.lex, label)
        if (
            sign == 0
            and s.placed_prev is not None
            and (
                CONVERSION_RE.search(window)
                or (
                    RESPEKTIVE_BEFORE_RE.search(window) and not s.placed_prev.explicit_sign
                )  # ('-41,3 respektive 22,1')
            )
        ):
            sign, sign_word = s.prev_sign, "(as the previous number)"  # ('ökat med 5% respektive 11%')
        if sign == 0 and s.placed_prev is not None and measure.startswith("change") and NEXT_ITEM_RE.match(window):
            sign, sign_word = s.prev_sign, "(as the list's previous item)"
        if sign == 0 and metric == s.prev_metric and _month_in_parentheses(s, at):
            sign, sign_word = s.prev_sign, "(as the figure it stands beside)"
        if (
            sign == 0
            and measure.startswith("change")
            and s.placed_prev is not None
            and s.prev_measure == measure
            and s.placed_prev.family == at.n.family
            and _gapped_clause_names_its_own(s, at)
        ):
            # 'ökade övertiden med 39 procent i Region Skåne, och i Västra Götalandsregionen med 35 procent': a
            # coordinated clause that leaves out its verb has the verb, and so the sign, of the clause before it,
            # when it names a place or a metric of its own ('och med 0,2 procentenheter i riket', 'och med 3,0
            # procent exklusive läkemedel' are comparisons or another reading of the same figure: no fact)
            sign, sign_word = s.prev_sign, "(the verb of the clause before: 'och ... med')"
        if (
            sign == 0
            and measure.endswith("deviation")
            and s.placed_prev is not None
            and s.prev_measure == measure
            and s.placed_prev.family == at.n.family
            and _gapped_clause(at) is not None
            and HOLDER_WITH_BEFORE_RE.search(window)
        ):
            # 'Övriga vårdförvaltningar visar också underskott, primärvårdsförvaltningen med drygt 42 miljoner och
            # psykiatrin med 3,2 miljoner': a coordinated holder whose clause leaves out its verb and sign word
            # ('och <unit> med') has the deviation, and so the sign, of the item before it
            sign, sign_word = s.prev_sign, "(the list's previous holder: 'och <unit> med')"
        if sign == 0 and measure.startswith("change") and DEVELOPMENT_WORD_RE.search(f"{label} {window}"):
            sign, sign_word = 1, "(utveckling)"
        if sign == 0 and label.endswith(KEY_FIGURE_PERCENT):
            sign, sign_word = 1, KEY_FIGURE_PERCENT  # ('Skatter och statsbidrag 5,0 %': a minus would be printed)
        if sign == 0 and MATCHING_FIGURE_RE.match(text):
            sign, sign_word = 1, "(the previous sentence's figure, as printed)"
        paren_more = MORE_FEWER_AFTER_PAREN_RE.match(at.rest) if sign == 0 else None
        if paren_more:
            # ('30 (8,8 %) färre än motsvarande period': the comparative after the percent signs the change)
            sign_word = paren_more.group("comparative")
            sign = -1 if NEG_WORDS_RE.search(sign_word) else 1
        if sign == 0:
            raise _Rejected(f"{measure} of {metric} without a sign word")
        if measure == "change_abs" and s.lex.amount_kinds.get(metric) == "result":
            sign, sign_word = _result_change_sign(pick, window, sign, sign_word)
        value = sign * abs(value)
    elif s.lex.amount_kinds.get(metric) == "result" and measure in ("actual", "forecast", "target", "budget"):
        w = list(RESULT_SIGN_RE.finditer(window))
        after_sign = SIGN_AFTER_AMOUNT_RE.match(after)
        surplus_after = SURPLUS_AFTER_AMOUNT_RE.match(after)
        if after_sign:  # (the word right after the amount is nearer than any before it)
            sign_word, value = after_sign.group(0).strip(), -abs(value)
        elif (plus_after := PLUS_AFTER_AMOUNT_RE.match(after)) and GO_VERB_BEFORE_RE.search(window):
            sign_word, value = plus_after.group(0).strip(), abs(value)  # ('gick med 18 miljoner kronor plus')
        elif surplus_after:  # ('99 miljoner kronor i underskott')
            sign_word = surplus_after.group("word")
            negative = sign_word.casefold() in READER_WORDS["result_negative_word"]
            value = -abs(value) if negative else abs(value)
        elif w:
            sign_word = w[-1].group(0)
            value = -abs(value) if w[-1].group("negative") else abs(value)
        elif (
            s.placed_prev is not None
            and s.prev_sign != 0
            and s.prev_metric == metric
            and COMPARED_VALUE_BEFORE_RE.search(window)
            and _compared_value_of_an_earlier_period(s, at)
        ):
            # the earlier period's figure a result is set against, with no sign of its own, is of the result's own
            # kind: 'Underskottet ... 45 miljoner kronor mot 58 miljoner i fjol' (vasternorrland_sr_underskott of
            # review 18im), 'årets överskott 100 miljoner jämfört med 84 i fjol' (riket_blogg_2015 of review 14pe)
            sign_word, value = "(as the figure it is compared with)", s.prev_sign * abs(value)
        elif (named := RESULT_SIGN_RE.fullmatch(label)) is not None and named.group("negative"):
            # the result was named by its deficit in the sentence before this number's clause: the amount is the
            # deficit's size ('växte det beräknade underskottet till 360 miljoner kronor och nyligen späddes det på
            # till 550 miljoner', 'Prognosen för deras underskott skrivs upp, från 14 miljarder ... till 20')
            sign_word, value = f"({label}, the metric's noun)", -abs(value)
        elif measure in ("actual", "forecast") and _after_a_negative_figure_of_its_metric(s, metric, n.start):
            # 'Prognosen ... var ett underskott på cirka 1,2 miljarder kronor. Resultatet blev nu i stället cirka 1,1
            # miljard' (sormland_efolket_2024 of review 12b), 'avvikelsen mot budget är minus 999 miljoner kr ... Och
            # prognosen för hela 2023 är 1 230 miljoner kronor' (su_spanaren_2023_10 of review 12b): a result with no
            # sign word of its own after a negative figure of the same result goes on with that deficit, or turns to
            # a surplus; the text does not say which
            raise _Rejected("a result with no sign word right after a negative figure of it: its sign is uncertain")
    if n.explicit_sign and n.text[0] in "+":
        value = abs(value)
    return value, sign_word


DEFICIT_NOUN_RE = re.compile(cue_alternation(READER_LISTS["deficit_noun"]), re.I)
# the Y of a path "från X till Y" in one clause (not "uppgick till", "beräknas till")
PATH_END_BEFORE_RE = re.compile(r"\bfrån\b[^.;:]*\btill\s*$", re.I)


def _after_a_negative_figure_of_its_metric(s: _Scan, metric: str, at_start: int) -> bool:
    """The number opens its sentence's figures and the sentence before ended on a negative figure of the same
    metric (a deficit, a negative deviation) or on a deviation of it with no sign word, or, placing none, named a
    deficit and no surplus; a year the sentence names is that figure's year."""
    if s.placed_prev is not None or PATH_END_BEFORE_RE.search(s.text, 0, at_start):
        return False
    years = {int(y) for y in CLAUSE_YEAR_RE.findall(s.text)}
    last = s.ctx.last_fact
    if last is not None:
        return (
            last.metric_code == metric
            and last.value < 0
            and (last.period_end is None or years <= {last.period_end.year})
        )
    unsigned = s.ctx.prev_unsigned_whole
    if unsigned is not None and unsigned.metric_code == metric:
        # ('avvikelsen mot budget är 999 miljoner kr per september månad. Och prognosen för hela 2023 är 1 230
        # miljoner kronor': the figure before had no sign word either)
        return unsigned.period_end is None or years <= {unsigned.period_end.year}
    if s.ctx.prev_block != s.sent.block or years:
        return False
    # (a deficit named by its noun, not 'negativ', which may qualify anything: 'en negativ utveckling av
    # pensionsportföljen')
    words = list(RESULT_SIGN_RE.finditer(s.ctx.prev_text))
    return bool(words) and all(DEFICIT_NOUN_RE.fullmatch(w.group(0)) for w in words)


SIZE_SIGN_RE = re.compile(cue_alternation(READER_LISTS["size_sign_word"]), re.I)


def _result_change_sign(pick: _Metric, window: str, sign: int, sign_word: str) -> tuple[int, str]:
    """The sign of a change of the result, where the words said how a surplus or deficit went: a size word
    ('ökade', 'minskade') about a deficit is the opposite of the result's change; about a result carried from the
    sentence before it is uncertain whether the result or its deficit grew."""
    if _named_as_deficit(pick) and RESULT_WORD_RE.fullmatch(sign_word):
        # 'Regionen har minskat underskottet med 150 mnkr': the deficit is the verb's object, so the verb before
        # it, not the deficit word nearer the number, says which way the deficit went
        verbs = list(SIZE_SIGN_RE.finditer(window))
        verb = verbs[-1].group(0) if verbs else ""
        if not (NEG_WORDS_RE.fullmatch(verb) or POS_WORDS_RE.fullmatch(verb)):
            raise _Rejected("a change of a deficit with no verb that says which way it went")
        sign, sign_word = (-1 if NEG_WORDS_RE.fullmatch(verb) else 1), verb
    if not SIZE_SIGN_RE.fullmatch(sign_word):
        return sign, sign_word
    if pick.carried:
        # 'Underskottet är 312 mnkr. Det är 200 mnkr mer än förra året': whether the result or its deficit grew
        # is in the sentence before, which this one does not name
        raise _Rejected("a result carried from the sentence before, changed by a size word: its sign is uncertain")
    # 'Underskottet minskade med 10 mnkr': a smaller deficit is a result 10 mnkr better
    return (-sign if _named_as_deficit(pick) else sign), sign_word


def _named_as_deficit(pick: _Metric) -> bool:
    """The result was named by its deficit ('underskottet', seeds list result_negative_word), so the words
    'ökade'/'minskade' speak of the deficit's size, the opposite of the result's change."""
    named = RESULT_SIGN_RE.fullmatch(pick.label) if pick.alias is not None else None
    return named is not None and named.group("negative") is not None


NOUN_BASE_MIN = 5  # (letters: 'kostnad' of 'kostnader', not 'mer' of 'mera')


def _compared_value_of_an_earlier_period(s: _Scan, at: _At) -> bool:
    """The number is the figure the number before it is compared with ('jämfört med', 'mot'; COMPARED_VALUE_BEFORE_RE),
    and the words right after it name an earlier period of its own: a year before the report's, or the same period a
    year earlier ('för motsvarande period i fjol')."""
    if not COMPARED_VALUE_BEFORE_RE.search(at.window):
        return False
    year = YEAR_RIGHT_AFTER_RE.match(at.text, at.n.unit_end)
    end = s.document.period_end
    if year:
        return end is not None and int(year.group(1)) < end.year
    return _same_period_a_year_before_after(at)


def _same_period_a_year_before_after(at: _At) -> bool:
    """The words right after the number (past a 'kronor' of its unit) name the same period a year earlier."""
    return bool(PREV_YEAR_AFTER_RE.match(KRONOR_AFTER_RE.sub("", at.rest, count=1)))


def _base_form(word: str, lex: ProseLexicon) -> str:
    """The word without the longest inflection ending that leaves a base of NOUN_BASE_MIN letters or more."""
    return base_form(word.casefold(), lex.word_forms.get("inflection", ()), NOUN_BASE_MIN)


def _names_the_noun_again(window: str, phrase: str, lex: ProseLexicon) -> bool:
    """A word of the window is the last word of `phrase` in another form ('kostnader' of 'kostnaderna')."""
    base = _base_form(phrase.split()[-1], lex) if phrase else ""
    return bool(base) and any(_base_form(w, lex) == base for w in WORD_RE_.findall(window))


def _cost_nouns_of_an_item(text: str, hits: list[AliasHit]) -> list[AliasHit]:
    """The weak cost nouns that only head the item after them ('kostnaderna för läkemedel'): no metric of their own
    beside the item's."""
    return [
        h
        for h, item in zip(hits, hits[1:])
        if h.metric
        and item.metric
        and h.phrase in WEAK_METRIC_ALIASES
        and item.phrase not in WEAK_METRIC_ALIASES
        and COST_OF_BEFORE_RE.search(text, h.start, item.start)
    ]


BARE_COST_NOUN_RE = re.compile(r"(?<![\wåäö-])(?:" + words_of("bare_cost_noun") + r")(?![\wåäö-])", re.I)


def _next_cost_item(ctx: _Ctx, named: str, names_a_metric: bool, block: int) -> tuple[str, int]:
    """The cost item after a sentence: the one it named, else the one before when it named no metric at all."""
    if named:
        return named, block
    return ("", -1) if names_a_metric else ctx.last_cost_item


def _cost_item_before(s: _Scan) -> str:
    """The cost item a bare cost noun of this sentence stands for: the one its paragraph named last, else the one
    its heading names ('Kostnaderna för stafettläkare ökar' above the paragraph)."""
    item, block = s.ctx.last_cost_item
    if item and block == s.sent.block:
        return item
    heading = s.sent.heading
    return _cost_item_named(heading, find_aliases(heading, s.lex, s.rx), s.lex) if heading else ""


def _bare_cost_noun_of(s: _Scan, at: _At) -> str:
    """The bare cost noun ('kostnaden', 'kostnaderna', 'notan') of the number's own clause, narrowed by nothing
    after it ('kostnaden för läkemedel' is another item), where no other metric phrase stands before the number."""
    nouns = list(BARE_COST_NOUN_RE.finditer(at.window))
    if not nouns:
        return ""
    noun = nouns[-1]
    narrowed = WEAK_ALIAS_NARROWED_RE.match(at.window, noun.end())
    if narrowed and not _keeps_the_whole(narrowed.group(1)):
        return ""
    if any(h.metric and h.end <= at.n.start and not BARE_COST_NOUN_RE.fullmatch(h.phrase) for h in s.hits_all):
        return ""
    if any(is_breakdown(g.group("group")) for g in HIRED_GROUP_RE.finditer(at.window)):
        return ""  # ('För hyrsjuksköterskor landade kostnaden på 4,3 miljoner': the clause names its own item)
    return noun.group(0)


def _total_cost_metrics(lex: ProseLexicon) -> set[str]:
    """The metrics a bare cost noun names as an alias ('kostnaderna': the costs as a whole), no item of them."""
    return {lex.aliases[w] for w in READER_WORDS["bare_cost_noun"] if w in lex.aliases}


def _cost_item_named(text: str, hits: list[AliasHit], lex: ProseLexicon) -> str:
    """The cost item a sentence names last as a cost, if any: the metric of a cost phrase that is no weak word and
    names a cost itself or after a cost noun ('Kostnaden för hyrpersonal'), else the hired staff cost when a cost
    noun's 'för' phrase names a hired staff group ('Kostnaderna för stafettläkare ökar', 'kostnaderna för inhyrda
    läkare skulle halveras'); never the costs as a whole, nor a cost-like amount no cost noun names ('stora
    planerade investeringar')."""
    totals = _total_cost_metrics(lex)
    item = next(
        (
            h.metric
            for h in reversed(hits)
            if h.metric
            and h.phrase not in WEAK_METRIC_ALIASES
            and h.metric not in totals
            and lex.amount_kinds.get(h.metric) == "cost"
            and (COST_WORD_RE.search(h.phrase) or COST_OF_BEFORE_RE.search(text, 0, h.start))
        ),
        "",
    )
    if item:
        return item
    hired_cost = next((lex.aliases[a] for a in READER_LISTS["hired_cost_metric_alias"] if a in lex.aliases), "")
    hired = any(
        is_breakdown(g.group("group")) and COST_OF_BEFORE_RE.search(text, 0, g.start())
        for g in HIRED_GROUP_RE.finditer(text)
    )
    return hired_cost if hired and lex.amount_kinds.get(hired_cost) == "cost" else ""


# a cost by its own word ('hyrkostnaden', 'läkemedelskostnaderna')
COST_WORD_RE = re.compile(words_of("cost_stem"), re.I)
# a development, also as a compound's head ('kostnadsutvecklingen'): a change printed with its own sign
DEVELOPMENT_WORD_RE = re.compile(words_of("development_stem"), re.I)


HIRED_STEM_RE = re.compile(r"(?:" + words_of("hired_stem") + r")", re.I)  # 'inhyrda', 'Inhyrda läkare'
# 'kostnaderna för (den) ...': the cost noun itself, not a change compound ('kostnadsökningen för')
COST_OF_BEFORE_RE = re.compile(r"\bkostnad(?:en|erna|er)?\s+för\s+(?:\w+\s+)?$", re.I)
FULL_YEAR_RE = cue_regex("full_year_phrase")
WHOLE_YEAR_NAMED_RE = re.compile(r"\b(?:" + words_of("whole_period_word") + r")\s+(?:19|20)\d\d\b", re.I)  # 'hela 2023'
# a coordinated clause with no verb of its own before the number: ', och i Västra Götalandsregionen med '
GAPPED_CHANGE_RE = re.compile(r"\b(?:" + words_of("and_word") + r")\s+(?:[^\s\d]+\s+){0,5}?med\s*$")


def _previous_sentence_result(s: _Scan, at: _At, pick: _Metric) -> ProseFact | None:
    """The whole year's result of the previous sentence that a deviation carried its metric from (the bare result
    as the subject, _metric_of), when the deviation's own clause names no other time (no month, no period word, no
    other year); else None."""
    if not (pick.carried and pick.label == PREVIOUS_SENTENCE_RESULT_LABEL):
        return None
    if pick.measure not in ("budget_deviation", "forecast_deviation"):
        return None
    prev = next((f for f in reversed(s.ctx.last_facts) if f.metric_code == pick.metric), None)
    if prev is None or prev.period_start is None or prev.period_end is None:
        return None
    if not is_whole_year(prev.period_start, prev.period_end):
        return None
    clause = s.text[_clause_start(s.text, 0, at.n.start) : _own_clause_end(s.text, at.n)]
    years = {int(y) for y in CLAUSE_YEAR_RE.findall(clause)}
    if PERIOD_WORDS_RE.search(clause) or not years <= {prev.period_end.year}:
        return None
    return prev


def _period_of_number(s: _Scan, at: _At, m: _Measure, pick: _Metric) -> tuple[date | None, date | None, str]:
    """The period (_period: the report's, a tertial, months, the full year, a year earlier) with its
    evidence; 'från X till Y' makes X the year before. Empty only when the text gives no period at all."""
    text, n, window, measure, document = s.text, at.n, at.window, pick.measure, s.document
    prev_year = pick.prev_year
    if pick.earlier_year and (measure == "actual" or measure.startswith("change")):
        y = pick.earlier_year
        return date(y, 1, 1), date(y, 12, 31), f"the year the sentence opens with: {y}"
    if pick.earlier_year and measure in ("forecast", "forecast_deviation"):
        y = pick.earlier_year
        return date(y, 1, 1), date(y, 12, 31), f"a forecast of the earlier year its clause names: {y}"
    own_year = YEAR_PAREN_AFTER_RE.match(at.rest)
    bare_year = YEAR_RIGHT_AFTER_RE.match(at.rest)
    if bare_year and (
        (s.from_value is not None and s.from_value[0] is n and TO_AFTER_YEAR_RE.match(at.rest, bare_year.end()))
        or (s.from_value is not None and s.from_value[0] is not n and re.search(r"till\s*$", window))
    ):
        # each amount of 'från X till Y' is of the year written right after it: 'ökade från 135 miljoner kronor 2020
        # till 152 miljoner kronor 2021' (Region Västernorrland 2022), 'från 1,8 miljoner 2011 till 1,7 miljoner
        # 2019', 'från 660 000 stycken 2017 till 730 000 stycken 2019' (Västra Götalandsregionen 2020)
        if s.from_value[0] is not n:
            s.from_value = None
        y = int(bare_year.group(1))
        return date(y, 1, 1), date(y, 12, 31), f"the year right after the amount: {y}"
    if s.from_value is not None and s.from_value[0] is n:
        compared = COMPARED_YEAR_RE.search(window)
        if own_year and document.period_end and int(own_year.group(1)) == document.period_end.year - 1:
            pass  # 'har minskat från 6,6% (2016) till 5,5%': the year in parentheses is X's
        elif compared and document.period_end and int(compared.group(1)) == document.period_end.year - 1:
            pass  # 'har sjukfrånvaron ökat sedan 2012 från 4,0 till 4,2 procent': the year compared with is X's
        elif not s.in_text[SAME_PERIOD_PREV_RE]:
            s.from_value = None
            raise _Rejected("'från X till Y' without the period X belongs to")
        prev_year = True
    elif s.from_value is not None and measure == "actual" and re.search(r"till\s*$", window):
        s.from_value = None
    if (
        measure in ("budget_deviation", "forecast_deviation")
        and s.prev_year_period is not None
        and at.idx > 0
        and s.nums[at.idx - 1] is s.placed_prev
        and DASH_APPOSITION_RE.fullmatch(window)
    ):
        # a deviation set off by a dash right after a whole year's amount is that amount's, whatever time a later
        # clause names: 'Även om resultatet för 2019 var 171 miljoner – 43 miljoner bättre än budget – så har
        # kostnaderna ökat till och med april 2020' (ÖP on Region Jämtland Härjedalen, review 14pe: 2019's, not
        # January to April 2020), 'resultatet för helåret landar på 197,8 miljoner – 113,9 miljoner sämre än
        # budgeterat resultat' (Piteå-Tidningen on Region Norrbotten of 2017, review 20pe)
        return *s.prev_year_period, "the year of the amount the deviation is set beside"
    carried_from = _previous_sentence_result(s, at, pick)
    if carried_from is not None:
        # the deviation of the result the previous sentence gave ('Utfallet är 297 miljoner kronor sämre än vad som
        # budgeterats för 2023' after '... resultat efter balanskravsjusteringar för helåret 2023 minus 546
        # miljoner kronor', dalarna_nyhet_2024, a news item of March 2024) is of that result's year
        return carried_from.period_start, carried_from.period_end, "the year of the result the previous sentence gave"
    if (
        measure == "budget"
        and s.placed_prev is not None
        and s.prev_year_period is not None
        and not PERIOD_WORDS_RE.search(text)
        and not _months_counted(text, len(text))
    ):
        # a budget set beside a figure of a whole year in its sentence is that year's: 'Det är en försämring med 99
        # miljoner jämfört med 2017, och 59 miljoner lägre än det budgeterade resultatet på 75 miljoner kronor' after
        # 'Regionens samlade resultat landade på 16 miljoner kronor 2018' (Region Västernorrland, a news item of 2019
        # that also names January to April 2018); 'ett överskott på 58 miljoner kronor för 2018, men det är avsevärt
        # sämre än budgeten på plus 170 miljoner' (Region Uppsala, a news item that goes on to 2019's plan)
        return *s.prev_year_period, "the year of the figure the budget stands beside"
    # (a budget set beside a forecast is the full year's: 'Prognosen ... 484 mnkr jämfört med budgeterade 187')
    full_year = (
        (m.forecast and (measure.startswith("change") or measure == "budget"))
        # (as is one right after the forecast's deviation in its sentence: 'Resultatet är alltså 921 miljoner kronor
        # sämre än vad det borde vara enligt budget (395 mkr)', the deviation going on with the forecast before it)
        or (measure == "budget" and s.placed_prev is not None and s.prev_measure == "forecast_deviation")
        # (and so is a budget in the sentence right after the year's forecast: 'Årsprognosen pekar på ett
        # överskott med 206 mkr ... Däremot uppnås inte det budgeterade resultatet 312 mkr')
        or (
            measure == "budget"
            and s.placed_prev is None
            and s.ctx.last_measure == "forecast"
            and not PERIOD_WORDS_RE.search(text, 0, n.unit_end + 40)  # (not 'budgeterade resultatet för perioden')
        )
        # (and so is a budget first in a sentence that goes on with the forecast, 'I stället för att nå det
        # budgeterade resultatet på 394,5 miljoner kronor, spås detta sluta på -892,2 miljoner' (Region Skåne after
        # the first quarter of 2018))
        or (
            measure == "budget"
            and s.placed_prev is None
            and bool(FORECAST_RE.search(text, n.unit_end))
            and not PERIOD_WORDS_RE.search(text)
            and not _months_counted(text, len(text))
        )
        or (measure == "target" and bool(TARGET_PLAN_RE.search(window)))
        # (not the full year of a relative clause before the number's own: 'Kostnadsökningen, som minskade ... till 3,1
        # procent helåret 2019, ligger nu nere på 2,4 procent för månaderna januari-mars 2020')
        or bool(FULL_YEAR_RE.search(at.own_window if _change_subject_of_level(s, at) else window))
        # ('Budgeten för personalkostnader är 850 mnkr för helåret', 'Målet ... är 620 000 för helåret': a planned
        # figure's own clause names the year)
        or (measure in ("budget", "target") and bool(FULL_YEAR_RE.search(at.own_after[:40])))
        or (measure in ("budget", "target") and bool(WHOLE_YEAR_NAMED_RE.search(window)))  # ('för hela 2023')
        or (measure == "budget" and bool(BUDGET_OPENS_RE.match(at.before_all)))  # ('I budgeten för 2019 ...')
        or pick.whole_year
        # (the year-earlier figure in parentheses beside a full-year forecast is that year's outcome)
        or (
            prev_year
            and s.prev_measure == "forecast"
            and bool(OPEN_PAREN_RE.fullmatch(window) or PAREN_LABEL_BEFORE_RE.search(window))
        )
        or (prev_year and _previous_year_bare(s, at))
        # ('Det hittills sämsta resultatet var förra året, då man gick back med 236 miljoner kronor' in a text on
        # January to August 2018, a news item on Region Jämtland Härjedalen, review14gu: the whole of 2017)
        or (prev_year and _last_year_as_time(at) and not _own_time_keeps_months(at))
    )
    # (a text with no period of its own: the year of the number's clause, sentence, list intro, heading, or of
    # the sentences before it in the paragraph: 'gjorde 1 022 538 besök ... 2017. ... Av de besöken var 430 191')
    after_words = NEW_SENTENCE_RE.split(_own_clause(text[n.unit_end : n.unit_end + 60]), 1)[0]
    # (a parenthesis that holds a number is that number's clause: '3,6 % högre produktion ... (3,6 % i juli)')
    after_words = NUMBER_IN_PAREN_RE.split(after_words, 1)[0]
    own_month = _month_in_parentheses(s, at) if pick.metric == s.prev_metric else None
    if own_month and document.period_end is not None:
        # '5,9 % (6,1 % mars-24)', '3,6 % högre produktion ... (3,6 % i juli)': the same figure for the months up to
        # the month in its parentheses, of the report's year
        month, year = MONTHS[own_month.group(1).casefold()], document.period_end.year
        if document.period_start:
            up_to = f"the months up to {own_month.group(0).strip(' )')}"
            return document.period_start, _end_of_month(year, month), up_to
    ps, pe, period_ev = _period(
        window + after_words,
        measure,
        prev_year,
        document,
        full_year,
        text,
        s.ctx.list_intro + "\n" + s.sent.heading,
        " ".join(sorted(s.ctx.block_years - s.ctx.set_apart_years)) if s.ctx.prev_block == s.sent.block else "",
    )
    my = MONTH_YEAR_RE.search(text)
    if my and measure == "actual" and s.in_text[COMPARED_RE] and ps is not None and pe is not None:
        # 'ligger på 2,0 procent jämfört med 4,8 procent i april 2020': one month, both years
        month = MONTHS[my.group(1).casefold()]
        ps, pe = date(pe.year, month, 1), _end_of_month(pe.year, month)
        period_ev = f"month {my.group(0)}" + (", previous year" if prev_year else "")
    own_clause = at.own_window + after_words  # (not 'att avd.1 var stängt under sommaren')
    earlier = (
        FIRST_MONTHS_RE.search(at.own_window + after_words.split("(")[0])
        if measure in ("forecast", "forecast_deviation")
        else None
    )
    if earlier and document.period_end and MONTH_COUNTS[earlier.group(1).casefold()] != document.period_end.month:
        # '+197,0 mnkr (jfr 190,4 mnkr efter 10 månader)' in a report after 11 months: an earlier forecast
        raise _Rejected(f"a forecast made at another time ('{earlier.group(0)}'), not this report's")
    if (
        (SAME_MONTH_RE.search(own_clause) or THAN_MONTH_RE.search(own_clause))
        and document.period_start
        and document.period_start != _month_start(document.period_end)
    ):
        # '9,5 mnkr för augusti, vilket är 2,2 mnkr sämre än samma månad förra året': the month the sentence named
        named = (
            ONE_MONTH_RE.search(text, 0, n.start)
            or THIS_MONTH_RE.search(text, 0, n.start)
            or EARLIER_MONTH_RE.search(text, 0, n.start)  # ('I juni ..., vilket är 5 procent fler än juni 2018')
        )
        if named is None:
            raise _Rejected("compared with the same month a year earlier, of a month the sentence does not name")
        own_clause = named.group(0) + " " + own_clause
    own_time = _without_compared_time(own_clause)
    _reject_time_outside(own_time, document.period_end, measure)
    ps, pe, period_ev = _part_of_year(own_time, ps, pe, period_ev, measure)
    _hold_part_of_year_unfit(text, ps, pe, period_ev)
    if ps is None and prev_year:
        raise _Rejected("a previous year's figure in a text that gives no period")
    span = YEAR_SPAN_RE.search(text)
    if (
        span
        and measure.startswith("change")
        and pe is not None
        and document.period_end is not None
        and all(int(span.group(2)) != document.period_end.year for span in YEAR_SPAN_RE.finditer(text))
    ):
        # 'Det är nästan dubbelt så mycket som mellan 2019 och pandemiåret 2020, då kostnaderna steg med knappt 5
        # procent' in a text on 2021: a change between two years of which none ends in the report's year is theirs
        raise _Rejected(f"a change between {span.group(1)} and {span.group(2)}, not of the report's year")
    if span and measure == "actual" and pe is not None:
        # 'steg sjukfrånvaron från 6 till 6,2 procent från 2015 till 2016': the value 'till' is the later year's,
        # the value 'från' the earlier's; 'Mellan 2012 och 2013 försvann ca 400 vårdplatser': a lone number in a
        # sentence spanning two years is what changed between them, no level of either
        side = 2 if re.search(r"\btill\s*$", window) else 1 if FROM_TO_RE.search(window) else 0
        if not side or pe.year != int(span.group(side)):
            raise _Rejected(f"a level in a sentence spanning {span.group(1)} to {span.group(2)}, of no year sure")
    month_year_after = MONTH_YEAR_RIGHT_AFTER_RE.match(text, n.unit_end)
    if month_year_after and pe is not None and int(month_year_after.group(1)) != pe.year:
        # 'vilket ska jämföras med 247,8 miljoner kronor efter september 2015 och 152,3 miljoner kronor efter
        # september 2014': the year named after the amount is its own, not the year read for it
        raise _Rejected(f"a value up to {month_year_after.group(0).strip()}, not of the period read")
    own_year_after = YEAR_RIGHT_AFTER_RE.match(text, n.unit_end)
    if (
        prev_year
        and document.period_end is not None
        and not (own_year_after and int(own_year_after.group(1)) == document.period_end.year - 1)
        and not _year_before_opens_own_clause(window, document.period_end.year - 1)
        and _year_before_named_apart(text, document.period_end.year - 1)
    ):
        # 'Under förra året skedde 28 622 förlossningar, vilket var 821 färre än under 2016' (a text on 2017),
        # 'från 7,1 procent 2020 till 6,4 i fjol': the sentence names the year before outright, so its 'förra
        # året', 'i fjol' counts from the time of writing, not from the report's year: which year is not sure
        raise _Rejected("a previous-year word beside the year before named outright: the year it means is not sure")
    if (
        ps is not None
        and pe is not None
        and (ps.month, ps.day, pe.month, pe.day) == (1, 1, 12, 31)
        and not prev_year
        and measure in ("actual", "budget_deviation", "change_abs", "change_pct", "change_pp")
        and (
            INTERIM_RE.search(text, 0, n.start)
            or PERIOD_WORDS_RE.search(at.own_window)
            and any(INTERIM_RE.search(t) for t in (s.sent.heading, document.title))
        )
    ):
        # 'Totalt sett visar delårsrapporten ett positivt resultat på 293,9 miljoner kronor' in a text whose period
        # is the year, 'Periodens resultat uppgår till 3 144 miljoner kronor' under 'Delårsrapport 2022': an
        # interim report's outcome (named before the number, or the period's under an interim report's heading) is
        # of months of the year the text does not name, so its period is left empty
        return None, None, "undated: an interim report's figure, of months the text does not name"
    # ps None: the text gives no period at all (a fact page); the fact is kept undated: `extract`
    # prints it, the marts (which require a period) leave it out and `coverage` counts it
    return ps, pe, period_ev


# an interim report named in the sentence, its heading or the title: 'delårsrapporten', 'Delårsrapport 2022'
INTERIM_RE = cue_regex("interim_report_word", after="")


# two years a sentence spans: 'från 2015 till 2016', 'mellan 2012 och 2013'
YEAR_SPAN_RE = re.compile(
    r"\b(?:"
    + words_of("year_span_opener")
    + r")\s+(?:[a-zåäö]*år(?:et)?\s+)?((?:19|20)\d\d)\s+(?:"
    + words_of("range_joiner")
    # (also 'mellan 2019 och pandemiåret 2020', and a comma after it that ends the clause, not a decimal one)
    + r")\s+(?:[a-zåäö]*år(?:et)?\s+)?((?:19|20)\d\d)(?!\d|,\d)",
    re.I,
)


def _year_before_opens_own_clause(window: str, year: int) -> bool:
    """Whether the number's own clause names the year before outright and no previous-year word ('2009 försvann 91
    vårdplatser och förra året 143 platser': 2009 is the first number's year; the 'förra året' of the next clause
    is the second's)."""
    own = COUNTRY_CLAUSE_SPLIT_RE.split(window)[-1]
    return not SAME_PERIOD_PREV_RE.search(own) and bool(re.search(rf"(?<![\d,]){year}(?![\d,])", own))


def _year_before_named_apart(text: str, year: int) -> bool:
    """Whether a sentence with a previous-year word ('förra året', 'i fjol', 'föregående år') also names the year
    before the report's outright, away from that word (not 'föregående år (2018)', 'i fjol, 2018,': the same year
    twice)."""
    words = [m.span() for m in SAME_PERIOD_PREV_RE.finditer(text)]
    if not words:
        return False
    return any(
        not any(
            re.fullmatch(r"[\s,:()–-]*", text[end : m.start()] if end <= m.start() else text[m.end() : start])
            for start, end in words
        )
        for m in re.finditer(rf"(?<![\d,]){year}(?![\d,])", text)
    )


NUMBER_IN_PAREN_RE = re.compile(r"\(\s*[-+–−]?\s*\d")
# a month (with its year: 'mars-24') right after a number in parentheses: '(6,1 % mars-24)', '(3,6 % i juli)'
MONTH_IN_PAREN_RE = re.compile(r"\s*(?:i\s+)?(" + MONTH_ALT + r")(?:\s*[-–]\s*((?:20)?\d\d))?\s*\)", re.I)


def _month_in_parentheses(s: _Scan, at: _At) -> re.Match[str] | None:
    """The month after a number in parentheses right after the figure before it, of its unit ('5,9 % (6,1 %
    mars-24)', '3,6 % högre produktion ... (3,6 % i juli)'): the same figure for the months up to that month."""
    prev, end = s.placed_prev, s.document.period_end
    if (
        prev is None
        or prev is not s.prev_seen
        or prev.family != at.n.family
        or s.prev_measure in ("forecast", "budget", "target")  # ('150 mnkr (-120 mnkr i april)': an earlier forecast)
        or end is None
        or not OWN_CLAUSE_PAREN_RE.match(at.window)
    ):
        return None
    own = MONTH_IN_PAREN_RE.match(at.rest)
    if own is None:
        return None
    year = 2000 + int(own.group(2)[-2:]) if own.group(2) else end.year
    # (only a month of the report's own year before its end: '(5,1 % dec-18)' is another year's figure)
    return own if year == end.year and MONTHS[own.group(1).casefold()] < end.month else None


OWN_CLAUSE_PAREN_RE = re.compile(r"[^,;.()]*\(\s*$")  # the parenthesis closes the clause of the figure before it


# a quarter or half of the year named in the number's own clause, and one month named as a month
ORDINALS = {word: n for n, word in enumerate(READER_LISTS["ordinal_word"], 1)}  # 'första' -> 1
YEAR_PARTS = load_year_parts()  # 'kvartalet' -> 3 (seeds/year_parts.csv)
YEAR_PART_RE = re.compile(r"\b(" + alternation(ORDINALS) + r")\s+(" + alternation(YEAR_PARTS) + r")\b", re.I)

EARLIER_MONTH_RE = re.compile(r"\bi\s+(" + MONTH_ALT + r")\b(?!\s+(?:månad|(?:19|20)\d\d))", re.I)
# one month named as the time of the clause: 'Under augusti uppgick ...', 'Resultatet för augusti (månad) blev ...'
# (not 'per/efter april månad', 't.o.m. augusti': the months up to it; not the first month of a range, 'för
# juli–augusti')
# (a month's full name: 'under jul' is Christmas, not July)
FULL_MONTH_ALT = "|".join(max((w for w in MONTHS if MONTHS[w] == k), key=len) for k in sorted(set(MONTHS.values())))
ONE_MONTH_RE = re.compile(
    r"\b(?:" + words_of("one_month_preposition") + r")\s+(" + FULL_MONTH_ALT + r")(?:\s+månad)?\b"
    r"(?!\s*(?:[-–]|(?:,|till|" + words_of("and_word") + r")\s*(?:" + MONTH_ALT + r")\b)|\s+(?:19|20)\d\d)",
    re.I,
)
THIS_MONTH_RE = cue_regex("this_month_phrase")
# a range of months that does not start the year: 'för juli–augusti', 'för juli och augusti' (January onwards is
# the period's, _period)
MONTH_RANGE_RE = first_char_gated(
    re.compile(
        r"\b("
        + MONTH_ALT
        + r")\s*(?:[-–]|\s(?:till|"
        + words_of("and_word")
        + r")\s)\s*("
        + MONTH_ALT
        + r")\b(?!\s*[-–]?\s*\d)",
        re.I,
    )
)
SEASON_RE = first_char_gated(cue_regex("season_word", before=NO_LETTER_BEFORE, after=NO_LETTER_AFTER))
PART_UNDER_RE = re.compile(r"\bunder\s+$", re.I)  # 'Under andra tertialet': during that part, not up to its end


# the time of what a number is compared with, after a comparison word and at most two words (not a budget's: 'mot
# budget t.o.m. april' is the deviation's own time): 'bättre än prognosen per oktober', 'jämfört med andra kvartalet
# 2017' (a time phrase that names a span: the months up to one, a part of the year, a tertial, the first months)
COMPARED_TIME_RE = re.compile(
    r"\b(?:"
    + cue_alternation(READER_LISTS["compared_with_word"])
    + r")\s+(?:(?!"
    + BUDGET_PLAN
    + r")[a-zåäö]+\s+){0,2}(?:"
    + "|".join(rx.pattern for rx in (UNTIL_MONTH_RE, YEAR_PART_RE, TERTIAL_RE, FIRST_MONTHS_RE))
    + r")(?:\s+(?:19|20)\d\d\b)?",
    re.I,
)
SAME_MONTH_RE = re.compile(r"\b(?:" + words_of("same_word") + r")\s+månad", re.I)
# '5 procent fler än juni 2018': compared with one month of a year, so the number is of that month too
THAN_MONTH_RE = re.compile(r"\b(?:" + THAN + r")\s+(?:" + MONTH_ALT + r")\s+(?:19|20)\d\d\b", re.I)


def _month_start(d: date | None) -> date | None:
    return d.replace(day=1) if d is not None else None


# a part of the year named by its stem in any form or compound ('tertialet', 'Kvartalsrapporten', 'halvårets'), with
# the ordinal before it when there is one ('andra tertialet'): the months the sentence says its figures count
YEAR_PART_STEMS = {
    base_form(word, load_word_forms().get("inflection", ()), 4): months for word, months in YEAR_PARTS.items()
}
YEAR_PART_ANY_FORM_RE = re.compile(
    r"\b(?:(" + alternation(ORDINALS) + r")\s+)?(" + alternation(YEAR_PART_STEMS) + r")\w*", re.I
)


def _hold_part_of_year_unfit(sentence: str, ps: date | None, pe: date | None, ev: str) -> None:
    """Gate: a number that takes the report period while its sentence names a part of the year that period is not
    ('Kvartalsrapporten visar på ett positivt resultat på 395 miljoner kronor' in a text whose period was read from
    'i bokslutet för 2018', a news item of Region Skåne; 'Det inledande tertialet för 2025 visar ett negativt
    verksamhetsresultat ... på 49 miljoner kronor' in a text whose period was read from 'det första kvartalet', a
    board paper of Region Jämtland Härjedalen: the rule's two documents, from review folders since lost, their
    excerpts in tests/test_review_pr21_wrong_facts.py): the months the number counts are in doubt, so it is held back.
    A part fits a period of January to its end when the period counts whole parts short of the year ('tertialet' in
    January to August), or as many as its ordinal says ('efter andra tertialet'); the time of what the number is
    compared with ('jämfört med samma kvartal') is not the number's."""
    if ps is None or pe is None or not ev.startswith("report period"):
        return
    span = (pe.year - ps.year) * 12 + pe.month - ps.month + 1
    for part in YEAR_PART_ANY_FORM_RE.finditer(_without_compared_time(sentence)):
        size = YEAR_PART_STEMS[part.group(2).casefold()]
        ordinal = ORDINALS.get((part.group(1) or "").casefold())
        fits = span == size * ordinal if ordinal else span % size == 0 and span < 12
        if ps.month != 1 or not fits:
            raise _Rejected(f"the sentence names '{part.group(0)}', which the report period ({span} months) is not")


def _reject_time_outside(clause: str, end: date | None, measure: str) -> None:
    """Gate: a part of the year the report's period (ending `end`) does not hold is no time of the clause's
    figures, of any measure: 'Under tredje kvartalet ökade ...', 'Antalet vårdplatser i september var 480',
    'Läkemedelskostnaderna under september beräknas till 40 mnkr', 'Under våren ...' in a report of January to
    August."""
    if end is None:
        return
    part = YEAR_PART_RE.search(clause)
    if part and YEAR_PARTS[part.group(2).casefold()] * ORDINALS[part.group(1).casefold()] > end.month:
        raise _Rejected(f"a part of the year after the period's end ('{part.group(0)}')")
    named = ONE_MONTH_RE.search(clause) or EARLIER_MONTH_RE.search(clause)
    month = MONTHS[named.group(1).casefold()] if named else 0
    year_end = month == 12 and measure in ("forecast", "forecast_deviation")  # ('beräknas i december': the year's)
    if named and month > end.month and not year_end and not UNTIL_MONTH_RE.search(clause):
        raise _Rejected(f"a month after the period's end ('{named.group(0).strip()}')")
    season = SEASON_RE.search(clause)
    if season:
        raise _Rejected(f"a season ('{season.group(0)}'): no period the warehouse holds")


def _part_of_year(
    clause: str, ps: date | None, pe: date | None, ev: str, measure: str
) -> tuple[date | None, date | None, str]:
    """A part of the year the number's own clause names (seeds/reader_words.csv) instead of the period found:
    'under sommaren' June to August, 'från och med juli' that month to the period's end; a week's figure
    ('vecka 47', 'motsvarande vecka') has no period of the warehouse and is rejected."""
    if WEEK_RE.search(clause):
        raise _Rejected("a week's figure ('vecka', 'motsvarande vecka'): no period the warehouse holds")
    if ps is None or pe is None or measure in ("forecast", "forecast_deviation", "budget", "target"):
        return ps, pe, ev
    part = YEAR_PART_RE.search(clause)
    if part:
        k, size = ORDINALS[part.group(1).casefold()], YEAR_PARTS[part.group(2).casefold()]
        first = size * (k - 1) + 1
        if (
            size * k <= pe.month
            and (first, size * k) != (ps.month, pe.month)
            and ((size * k, ps.month) != (pe.month, 1) or PART_UNDER_RE.search(clause, 0, part.start()))
        ):
            # 'Under första kvartalet var resultatet 30 miljoner kronor' in a report of January to August; 'Under
            # andra tertialet' there too is May to August ('tertial 2', 'efter andra tertialet' stay the months
            # up to its end, as a report of the tertials is named)
            return date(pe.year, first, 1), _end_of_month(pe.year, size * k), part.group(0)
    earlier = EARLIER_MONTH_RE.search(clause)
    if earlier and MONTHS[earlier.group(1).casefold()] < pe.month and ps.month == 1:
        # 'Sjukfrånvaron var 6 procent i mars' in a report of January to August: one earlier month's figure,
        # or the months up to it; neither is the report period's
        raise _Rejected(f"a figure of '{earlier.group(0).strip()}', an earlier month than the period's end")
    one_month = ONE_MONTH_RE.search(clause)
    if one_month and not UNTIL_MONTH_RE.search(clause):
        # 'Resultatet för augusti (månad) blev 20 miljoner kronor', 'Under augusti uppgick kostnaderna till 38
        # mnkr': the clause's own time adverbial names that month alone, not the months up to it
        month = MONTHS[one_month.group(1).casefold()]
        if month <= pe.month:
            return date(pe.year, month, 1), _end_of_month(pe.year, month), one_month.group(0)
    this_month = THIS_MONTH_RE.search(clause)
    if this_month and ps.month < pe.month:
        # 'Under månaden genomfördes 520 operationer': the report's last month
        return date(pe.year, pe.month, 1), pe, f"{this_month.group(0)}: {pe:%Y-%m}"
    months = MONTH_RANGE_RE.search(clause)
    if months:
        first_month, last_month = MONTHS[months.group(1).casefold()], MONTHS[months.group(2).casefold()]
        joined = not re.search(r"[-–]|\btill\b", months.group(0))  # ('juni och augusti', no range)
        if joined and last_month != first_month + 1:
            raise _Rejected(f"two months apart ('{months.group(0)}'): no period of the warehouse")
        if ps.month < first_month <= last_month <= pe.month:
            # 'Nettokostnadsutvecklingen för juli–augusti var 2,1 procent': those months, not January onwards
            return date(pe.year, first_month, 1), _end_of_month(pe.year, last_month), months.group(0)
    summer = SUMMER_RE.search(clause)
    if summer and pe.month >= 8:
        return date(pe.year, 6, 1), date(pe.year, 8, 31), f"{summer.group(0)}: June to August"
    month_on = FROM_MONTH_ON_RE.search(clause)
    if month_on and ps.month < MONTHS[month_on.group(1).casefold()] <= pe.month:
        return date(ps.year, MONTHS[month_on.group(1).casefold()], 1), pe, f"{month_on.group(0)} to the period's end"
    return ps, pe, ev


LIST_SEPARATOR = r"(?:,|\s(?:" + words_of("and_word") + r"))\s+"
PAREN_AMOUNT_OPEN_RE = re.compile(r"\(\s*(?:(?:" + SIGN_WORD + r")\s*)?$", re.I)  # 'Primärvården (minus '
CLOSE_PAREN_AFTER_RE = re.compile(r"\s*\)")
PREVIOUS_PAREN_ITEM_RE = re.compile(r"\)" + LIST_SEPARATOR + r"(?P<name>[A-ZÅÄÖ][^,;:.()\d]{1,60}?)\s*$")
NAME_WORD = r"[^\W\d][^\W\d-]*(?:-[^\W\d]*)?"  # a word of letters, or a hyphenated one, no digit
FIRST_PAREN_ITEM_RE = re.compile(r"(?<![\wåäö])(?P<name>[A-ZÅÄÖ][^\W\d]*(?:\s+" + NAME_WORD + r"){0,3})\s*$")
PHRASE_ITEM_BEFORE_RE = re.compile(  # 'ett resultat på ': an item's own metric phrase right before its amount
    r"\b(?P<phrase>(?:ett|en)\s+[a-zåäö]+\s+(?:på|om))\s+(?:(?:" + SIGN_WORD + r")\s*)?$", re.I
)
PREVIOUS_PHRASE_ITEM_RE = re.compile(
    r"\d\s*(?:" + UNIT_ALT + r")" + LIST_SEPARATOR + r"(?P<name>[a-zåäöA-ZÅÄÖ][^,;:.()\d]{1,60}?)\s*$", re.I
)
FIRST_PHRASE_ITEM_RE = re.compile(  # 'har Regionkontoret, ... ', 'Division A har ': the first item's name
    r"\b(?:" + words_of("report_verb") + r")\s+(?P<name>[A-ZÅÄÖ][^;:.()\d]{1,80}?)\s*$"
    r"|(?:^|[.;:]\s)\s*(?P<subject>[A-ZÅÄÖ][^,;:.()\d]{1,60}?)\s+(?:" + words_of("report_verb") + r")\s*$"
)
CLAUSE_IN_NAME_RE = re.compile(  # 'vilket ändå är bättre än budgeten som har', 'jämfört med': no unit's name
    r"\b(?:"
    + words_of("report_verb", "outcome_verb", "clause_split_word")
    + "|"
    + cue_alternation(READER_LISTS["compared_with_word"] + READER_LISTS["conversion_word"])
    + r")\b",
    re.I,
)


def _listed_item_name(text: str, nums: Sequence[Num], n: Num) -> str:
    """The unit a number of a list of named parts belongs to, when every item of the list has the same shape:
    a name and its amount in parentheses ('underskott var Akademiska sjukhuset (minus 205 miljoner kronor),
    Primärvården (minus 30 miljoner kronor) och Hälsa och habilitering (minus 10,1 miljoner kronor)') or a
    name and the same metric phrase before each amount ('har Regionkontoret ett resultat på 35,1 mnkr,
    hälso- och sjukvårdsfinansieringen ett resultat på 11,1 mnkr och ...'). An item's name runs from the end of
    the item before it (its ')' or its unit, and ',' or 'och') to its own '(' or phrase; the first item's from
    the verb of the clause (a phrase list) or is its capitalised words (a parenthesis list). The whole list, two
    items or more, must read so, with no clause ('som har', 'jämfört med') for a name; else ''."""
    paren = [
        (m, text[: opening.start()].rstrip())
        for m in nums
        if (opening := PAREN_AMOUNT_OPEN_RE.search(text, 0, m.start)) and CLOSE_PAREN_AFTER_RE.match(text, m.unit_end)
    ]
    if any(m is n for m, _ in paren):
        return _list_names(paren, PREVIOUS_PAREN_ITEM_RE, FIRST_PAREN_ITEM_RE).get(id(n), "")
    phrase = PHRASE_ITEM_BEFORE_RE.search(text, 0, n.start)
    if phrase is None:
        return ""
    said = WS_RE.sub(" ", phrase.group("phrase")).casefold()
    items = [
        (m, text[: own.start()].rstrip())
        for m in nums
        if (own := PHRASE_ITEM_BEFORE_RE.search(text, 0, m.start))
        and WS_RE.sub(" ", own.group("phrase")).casefold() == said
    ]
    return _list_names(items, PREVIOUS_PHRASE_ITEM_RE, FIRST_PHRASE_ITEM_RE).get(id(n), "")


def _list_names(
    items: list[tuple[Num, str]], previous_rx: re.Pattern[str], first_rx: re.Pattern[str]
) -> dict[int, str]:
    """id(number) -> its item's name, for the runs of items (number, the text before its item) that read as a
    list: a first item named by first_rx, then items each named by previous_rx right after the item before."""
    names: dict[int, str] = {}
    run: list[tuple[Num, str]] = []

    def close() -> None:
        if len(run) >= 2 and not any(CLAUSE_IN_NAME_RE.search(name) for _, name in run):
            names.update((id(m), name) for m, name in run)

    for m, head in items:
        previous = previous_rx.search(head)
        if run and previous and previous.start() >= run[-1][0].start:
            run.append((m, previous.group("name").strip()))
            continue
        close()
        first = first_rx.search(head)
        run = [(m, (first.group("name") or first.groupdict().get("subject") or "").strip())] if first else []
    close()
    return names


# a clause inserted between commas after a name, with no number of its own ('Samhällsbyggnadsnämnden, där
# kollektivtrafiken ingår, räknar med ett minus på 16,4 miljoner kronor', a news item of Region Örebro län of 2019;
# 'Sjukhusstyrelsen i Region Uppsala, som ansvarar för verksamheten vid Akademiska sjukhuset och Lasarettet i
# Enköping, väntar sig ett underskott på 1 034 miljoner kronor', Läkartidningen 2020): it says more of the name
INSERTED_CLAUSE_RE = re.compile(r",\s+(?:" + words_of("inserted_clause_opener") + r")\s+[^\d,;:.()]*,(?=\s)")


def without_inserted_clauses(text: str, end: int) -> str:
    """`text` with each inserted clause (INSERTED_CLAUSE_RE) that closes before `end` made blank, its commas too, so
    that the names it holds are not taken for the unit of the number at `end` and the name before it stands next to
    its verb; the offsets stay."""
    return INSERTED_CLAUSE_RE.sub(lambda m: " " * len(m.group(0)) if m.end() <= end else m.group(0), text)


def _org_of_number(s: _Scan, at: _At, pick: _Metric) -> tuple[str, str]:
    """(org unit, metric): a clinic named like its production or the subject of the number's own clause,
    else the unit the sentence, its colon name, its paragraph or its heading names; the visits of a
    dental unit are dental visits."""
    text, n, window, lex, metric, alias_h = s.text, at.n, at.window, s.lex, pick.metric, pick.alias
    dept = (
        alias_h is not None
        and DEPARTMENT_RE.fullmatch(text[alias_h.start : alias_h.end])
        and DEPARTMENT_SUBJECT_RE.match(text, alias_h.end)
    )
    clinic = [
        c
        for c in CLINIC_SUBJECT_RE.finditer(window)
        if not any(h.start <= at.win_start + c.start() < h.end for h in s.hits_all if h.metric)
    ]
    units = UNITS_GENITIVE_BEFORE_RE.search(text, 0, alias_h.start) if alias_h is not None else None
    if units is None and alias_h is not None:
        # the units of a kind own the subject of the number's clause, the metric said first ('Nämndernas
        # prognostiserade resultat för helåret är en avvikelse mot budget med minus 194', 'Nämndernas underskott i
        # delår 2 visar på ett sammantaget underskott med 164'), when no clause boundary stands before the number
        first = next((h for h in s.hits_all if h.metric and h.start <= alias_h.start), None)
        if first is not None and not OWN_CLAUSE_SPLIT_RE.search(text, first.end, n.start):
            units = UNITS_OWNING_SUBJECT_RE.search(text, 0, first.start)
    owner = _genitive_owner(text, at, alias_h)
    clause_start = _clause_start(text, at.win_start, n.start)
    listed = _listed_item_name(text, s.nums, n) if n.family == "tkr" else ""
    if listed and not any(h.metric for h in find_aliases(listed, lex, s.rx)):  # (a metric's label names no unit)
        # 'Primärvården (minus 30 miljoner kronor), Kollektivtrafiknämnden (minus 18,6 miljoner kronor)': each
        # item of a list of named parts is its own unit's
        org = listed[0].upper() + listed[1:]
    elif owner:
        org = owner
    elif units:
        # 'nämndernas delårsresultat -14 mnkr': the units of that kind together, not the report's own unit
        name = units.group(1)[:-1]
        org = name[0].upper() + name[1:]
    elif dept:
        # 'laboratoriemedicin har en minskning med 4,2 procent': a clinic named like its production is the
        # subject, so it is the unit the number is about
        assert alias_h is not None  # dept needs it
        name = text[alias_h.start : alias_h.end]
        org = name[0].upper() + name[1:]
    elif clinic:
        # 'VO Barn har ökat med 8,8 procent ... samt att barnpsykiatrin har ökat med hela 83 procent': a clinic
        # that is the subject of the number's own clause is the unit, not the VO the sentence began with
        name = clinic[-1].group(1)
        org = name[0].upper() + name[1:]
    else:
        # (a clause inserted after a name says more of it: its places are not the number's unit)
        plain = without_inserted_clauses(text, n.start)
        clause_start = _clause_start(plain, at.win_start, n.start) if plain != text else clause_start
        org = (
            _singled_out_unit(plain, n.start)
            or _org_unit(plain, at.win_start, n.start, [(h.start, h.end) for h in s.hits_all])
            or _subject_unit(plain, clause_start, n.start)
            or _inverted_subject_unit(plain, n.start)
            or _fronted_unit(plain, n.start)
            or _hospital_opening_clause(plain, clause_start, n.start)
            or (_hospital_opening_clause(plain, 0, n.start) if SUBJECTLESS_CLAUSE_RE.match(plain, clause_start) else "")
            or _back_reference_unit(plain, n.start)
            or _unit_after_for(plain[clause_start : n.start])
            or _unit_after_for(at.after, right_after=True)
            or _linked_previous_org(s, at)
            or s.ctx.colon_org
            # (the unit of a deviation read as its result, whatever result the clause's words made of it later)
            or (
                pick.unit_dev.group("unit").strip()
                if pick.unit_dev and s.lex.amount_kinds.get(metric) == "result"
                else ""
            )
            or s.ctx.subject_org
            or heading_org(s.sent, s.document, lex)
            or s.ctx.deviation_org
        )
    spender = SPENDER_OPENS_RE.match(text) if not org and pick.label.endswith(SPENT_AGAINST_BUDGET) else None
    if spender:
        org = spender.group(1)[0].upper() + spender.group(1)[1:]
    gap_place = _gapped_clause_place(at) if pick.measure.startswith("change") else None
    if gap_place is not None:
        # 'Läkarbesök inom primärvården har ökat med 4,1 procent och med 1,9 procent i sjukhusvården': a clause
        # that leaves out its verb names its own place; the place of the clause before is not its
        org = gap_place
    holder = HOLDER_WITH_BEFORE_RE.search(window) if not org else None
    if (
        holder
        and not REGION_NAME_STEM_RE.search(holder.group("name"))
        and not OWN_UNIT_RE.search(holder.group("name"))
        and not any(h.metric for h in find_aliases(holder.group("name"), lex, s.rx))
    ):
        # 'Störst förlossningsverksamhet har Södersjukhuset med 7 831 födslar', 'underskott, primärvårdsförvaltningen
        # med drygt 42 miljoner': the unit named right before 'med' holds the figure (its verb 'har' or left out),
        # not the report's own unit; a county named so ('Flest vårdplatser hade Västerbottens län med 2,6') is
        # another region's
        name = holder.group("name")
        if COUNTY_WORD_RE.search(name):
            raise _Rejected(f"the figure of '{name}', another county named before 'med', not the report's")
        org = name[0].upper() + name[1:]
    org = _region_as_the_report_names_it(org, s.document)
    if metric == "besok_totalt" and re.match(r"tandvård", org, re.I) and "tandvardsbesok" in lex.units:
        metric = "tandvardsbesok"  # the visits of a dental unit are dental visits
    own_clause = at.own_window + at.own_after
    if metric == "besok_totalt" and EMERGENCY_UNIT_RE.search(own_clause) and "akutbesok" in lex.units:
        metric = "akutbesok"  # 'akutmottagning tar emot cirka 30 000 besök', '9 259 besök på vuxenakutmottagningarna'
    return org, metric


GAP_PLACE_RE = re.compile(
    r"\b(?:" + words_of("place_preposition") + r")\s+([A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)*|[a-zåäö][\wåäö-]*)"
)


def _elliptic_item(window: str) -> re.Match[str] | None:
    """The next item of a list right after the number before, with no verb or cue of its own (ELLIPTIC_ITEM_BEFORE_RE:
    ', psykiatrin med ', ' samt köpt vård på '), or None."""
    item = ELLIPTIC_ITEM_BEFORE_RE.match(window)
    if item is None or any(rx.search(item.group("item")) for rx in (CHANGE_RE, DEVIATION_RE, ITEM_VERB_OR_SIGN_RE)):
        return None  # (a verb or sign word of its own: 'och Karsudden visar plus på 14 miljoner kronor')
    return item


def _gapped_clause(at: _At) -> re.Match[str] | None:
    """The coordinated clause without a verb of its own that the number stands in ('och i Västra
    Götalandsregionen med '), or None (none, or a clause with a change word of its own: it has its own verb)."""
    gapped = GAPPED_CHANGE_RE.search(at.window)
    return None if gapped is None or CHANGE_RE.search(gapped.group(0)) else gapped


def _gapped_clause_names_its_own(s: _Scan, at: _At) -> bool:
    """The number stands in a coordinated clause without a verb of its own that names its own place ('och i
    Västra Götalandsregionen med 35 procent') or its own metric ('och kostnaderna med 2 procent')."""
    gapped = _gapped_clause(at)
    if gapped is None:
        return False
    start = at.win_start + gapped.start()
    return _gapped_clause_place(at) is not None or any(
        h.metric and start <= h.start and h.end <= at.n.start for h in s.hits_all
    )


def _gapped_clause_place(at: _At) -> str | None:
    """The place a coordinated clause without a verb of its own names before its number ('och i Västra
    Götalandsregionen med 35 procent') or right after it ('och med 1,9 procent i sjukhusvården'), as a name;
    None when the number stands in no such clause or the clause names no place."""
    gapped = _gapped_clause(at)
    if gapped is None:
        return None
    place = GAP_PLACE_RE.search(gapped.group(0)) or GAP_PLACE_RE.match(at.after.lstrip())
    if place is None:
        return None
    name = place.group(1)
    if name in NOT_PLACES or (name[0].islower() and not re.search(UNIT_KIND, name, re.I)):
        return None  # ('i genomsnitt', 'i jämförelse med'; a common noun is a place only as a kind of unit)
    return name[0].upper() + name[1:]


def _region_as_the_report_names_it(org: str, document: Document) -> str:
    """The report's own region, named by a sentence in another of its forms ('Region Sörmland, dåvarande
    Landstinget Sörmland, visar ett överskott för 2018 på 94 miljoner kronor' in a report that names itself
    Landstinget Sörmland), by the name the report's own unit has: one region, one name in a report."""
    region = region_by_code(document.region_code) if org and document.org_unit else None
    if region is None or org == document.org_unit:
        return org
    if is_region_name(org, region) and is_region_name(document.org_unit, region):
        return document.org_unit
    return org


def _genitive_owner(text: str, at: _At, alias_h: AliasHit | None) -> str:
    """The named unit whose genitive stands right before the metric phrase of the number's clause or right
    before the number ('Hälso- och sjukvårdens resultat i augusti är plus 148 miljoner kronor, Länstrafiken
    Kronobergs plus 70 miljoner kronor'); '' when none does, or it is the report's own unit ('Förvaltningens')."""
    ends = [at.n.start]
    if alias_h is not None and at.win_start <= alias_h.start < at.n.start:
        ends.insert(0, alias_h.start)
    for end in ends:
        m = UNIT_GENITIVE_BEFORE_RE.search(text, at.win_start, end)
        if m and m.group(1).casefold() not in SELF_WORDS:
            return " ".join(m.group(1).split())
        pair = UNIT_PAIR_GENITIVE_BEFORE_RE.search(text, at.win_start, end) if end < at.n.start else None
        if pair:
            return " ".join(pair.group(1).split()).capitalize()
    for word in LOWER_WORD_START_RE.finditer(text, at.win_start, min(at.n.start, at.win_start + 80)):
        # 'Regionstyrelsens verksamheter däremot har en prognos på plus 557 miljoner kronor': a clause whose
        # subject is a named unit's genitive and a noun ('verksamheter', 'ekonomi') is about that unit
        m = UNIT_GENITIVE_BEFORE_RE.search(text, at.win_start, word.start())
        if m and not text[at.win_start : m.start()].strip(" ,;–-") and m.group(1).casefold() not in SELF_WORDS:
            return " ".join(m.group(1).split())
    return ""


LOWER_WORD_START_RE = re.compile(r"(?<=\s)[a-zåäö]")


# a clause that opens with a word linking it to the amount before ('64 miljoner, vilket är en förbättring ... på 30')
LINKED_TO_PREVIOUS_RE = re.compile(r"\W*(?:" + words_of("previous_number_link") + r")\b(?:\D|\b\d{4}\b)*$", re.I)
# the next count of a list of counts in one clause: the previous count's noun, a list separator and at most an
# approximation word before the number ('673 vårdplatser och omkring 4 400 anställda')
LISTED_AFTER_PREVIOUS_RE = re.compile(
    r"\s*(?:[^\W\d]+\s*)?(?:,|\s(?:" + words_of("and_word") + r"))\s+"
    r"(?:(?:" + cue_alternation(READER_LISTS["approximation_word"]) + r")\s+)?$",
    re.I,
)


def _linked_previous_org(s: _Scan, at: _At) -> str:
    """The org unit of the number before in the sentence when this number's clause opens with a word that links
    it to that number and names no unit of its own: 'Länstrafikens underskott landade på 64 miljoner, vilket är en
    förbättring jämfört med 2022 på 30 miljoner kronor' is the traffic company's improvement, not the region's."""
    prev = s.placed_prev
    if prev is None or not s.prev_org:
        return ""
    if LINKED_TO_PREVIOUS_RE.match(s.text, prev.unit_end, at.n.start):
        return s.prev_org
    listed = LISTED_AFTER_PREVIOUS_RE.fullmatch(s.text, prev.unit_end, at.n.start)
    if listed and {prev.family, at.n.family} <= {"count", "none"}:
        # counts listed in one clause are of one unit: 'Skaraborgs Sjukhus har totalt 673 vårdplatser och omkring
        # 4 400 anställda' (two fact sheets of Skaraborgs sjukhus, 2016 and 2017), 'erbjöd vi på Karolinska våra
        # patienter 1 390 519 öppenvårdsbesök och 85 908 slutenvårdstillfällen' (Karolinska's blog of 2022)
        return s.prev_org
    return ""


def _own_clause_end(text: str, n: Num) -> int:
    """Where the clause of the number ends: at the first clause boundary after it (a comma, 'men', ...,
    CLAUSE_BOUNDARY_RE), else at the end of the text."""
    boundary = CLAUSE_BOUNDARY_RE.search(text, n.end)
    return boundary.start() if boundary else len(text)


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause of the number at `end` starts, at `start` or later: 'Sjukvården har ökat sin produktion och
    regionens nettokostnad uppgick till 8 200 mnkr' gives the number the clause after 'och'."""
    found = [m.start() for m in CLAUSE_START_RE.finditer(text, start, end)]
    return found[-1] if found else start


def _subject_unit(text: str, start: int = 0, end: int | None = None) -> str:
    """The named unit that is the subject of a clause of text[start:end], reporting the number there ('Kalmar
    länstrafik visade underskott på 94 miljoner'); '' when none is, it is the report's own unit ('Förvaltningen
    redovisar'), or a subject of the report's own or an owner in the genitive stands between it and the number."""
    end = len(text) if end is None else end
    if not may_match(UNIT_SUBJECT_RE, folded(text)):
        return ""  # (no word of a unit's kind in the text, as in most sentences: the pattern is not tried)
    found = list(UNIT_SUBJECT_RE.finditer(text, start, end))
    if not found or found[-1].group(1).casefold() in SELF_WORDS or OWN_SUBJECT_RE.search(text, found[-1].end(), end):
        return ""
    name = " ".join(found[-1].group(1).split())
    return name[0].upper() + name[1:]


def _inverted_subject_unit(text: str, end: int) -> str:
    """The unit of a kind that is the subject of a sentence in inverted word order (INVERTED_SUBJECT_RE: 'Samtidigt
    prognostiserar sjukhusen ett underskott på 915 miljoner kronor'), the unit of its numbers; '' when none, it is
    the report's own unit ('Samtidigt redovisar förvaltningen'), or another subject stands before the number."""
    m = INVERTED_SUBJECT_RE.match(text)
    if not m or not m.group("unit") or m.end() > end or m.group("unit").casefold() in SELF_WORDS:
        return ""
    if OWN_SUBJECT_RE.search(text, m.end(), end) or CLAUSE_START_RE.search(text, m.end(), end):
        return ""
    return m.group("unit")[0].upper() + m.group("unit")[1:]


def _fronted_unit(text: str, end: int) -> str:
    """The named unit of a place adverbial that opens the sentence ('På Skaraborgs sjukhus gjordes ...'), the unit
    of its numbers; '' when none, it is the report's own, or a subject of the report's own stands before the
    number."""
    m = FRONTED_UNIT_RE.match(text)
    if not m or m.end() > end or m.group(1).casefold() in SELF_WORDS or OWN_SUBJECT_RE.search(text, m.end(), end):
        return ""
    return " ".join(m.group(1).split())


# a clause that opens with a hospital's name as its subject ('Visby lasarett genomför årligen 3 500 planerade
# operationer'; as its place, 'På Skaraborgs sjukhus gjordes ...', _fronted_unit reads it); not a line's label
# ('Södertälje sjukhus: 2 304 (2 166)': without_unit_line_figures refuses its figures)
HOSPITAL_OPENS_RE = re.compile(r"\W*(?=[A-ZÅÄÖ])" + NAMED_HOSPITAL_RE.pattern + r"(?!\s*:)")


# a clause after a comma with no subject of its own: its finite verb right after the comma ('Karolinska
# Universitetssjukhuset, med cirka 16 000 anställda, hade ... en sjukfrånvaro på 10,4 procent') or an appositive noun
# phrase ('Lasarettet i Enköping ligger kvar på samma årsprognos ..., ett resultat på minus 6,2 miljoner kronor'):
# the subject the sentence opens with is its subject too
SUBJECTLESS_CLAUSE_RE = re.compile(r"[,;]\s+(?:" + words_of("report_verb", "indefinite_article") + r")\s")
# a clause after a comma opened by a pronoun taking up the figure before it ('Akademiska sjukhuset lämnar en prognos
# på minus 650 miljoner kronor, det är 550 miljoner kronor sämre än årsbudgeten på minus 100 miljoner kronor'; '...,
# vilket är 62 miljoner kronor bättre än budgeterat resultat på minus 100 miljoner kronor': Region Uppsala's press
# releases of 2023 and 2017): the unit the clause before is about is its unit too
BACK_REFERENCE_CLAUSE_RE = re.compile(r"[,;]\s+(?i:" + words_of("referring_pronoun") + r")\s")


def _back_reference_unit(text: str, end: int) -> str:
    """The unit of a number whose clause, the last after a comma before it, opens with a pronoun taking up the figure
    before (BACK_REFERENCE_CLAUSE_RE): the named unit that is the subject the sentence opens with, its reporting
    subject or the hospital it opens with ('Akademiska sjukhuset lämnar en prognos ...'); '' when none is."""
    comma = max(text.rfind(",", 0, end), text.rfind(";", 0, end))
    if comma < 0 or not BACK_REFERENCE_CLAUSE_RE.match(text, comma):
        return ""
    m = HOSPITAL_OPENS_RE.match(text, 0, comma)
    return _subject_unit(text, 0, comma) or (hospital_name(m) if m else "")


# a named unit singled out of a group by a focus adverb (seeds focus_adverb: 'främst Västmanlands sjukhus'), then the
# amount right after its name: in parentheses or in its relative clause ('som redovisar ett underskott med'), with no
# other figure, clause or sentence between
SINGLED_OUT_RE = re.compile(r"(?<![\wåäö])(?:" + words_of("focus_adverb") + r")\s+", re.I)
SINGLED_OUT_GAP_RE = re.compile(r"(?:\s*\(\s*|\s+(?:" + words_of("relative_pronoun") + r")\s+[^\d,;:()]*)$")
UNIT_NAME_AT_RE = re.compile(UNIT_NAME + r"(?:en|et|n)?(?![\wåäö])")


def _singled_out_unit(text: str, end: int) -> str:
    """The named unit (a hospital's name, or a name ending on a kind of unit) that a focus adverb singles out right
    before the number at `end`, the number following in parentheses or in the name's relative clause: 'Några
    förvaltningar redovisar ett underskott 2018, främst Västmanlands sjukhus (-329 miljoner kronor)' and 'Det gäller
    främst Västmanlands sjukhus som redovisar ett underskott med 128,5 miljoner kronor' (Region Västmanland's press
    releases of 2019 and 2014) are the hospital's, not the region's; '' when none is, or it is the report's own."""
    found = list(SINGLED_OUT_RE.finditer(text, 0, end))
    if not found:
        return ""
    at = found[-1].end()
    hospital = NAMED_HOSPITAL_RE.match(text, at)
    name = hospital_name(hospital, definite_needs_town=True) if hospital else ""
    named = hospital if name else UNIT_NAME_AT_RE.match(text, at)
    if named is None:
        return ""
    name = name or " ".join(named.group(0).split())
    if name.casefold() in SELF_WORDS or not SINGLED_OUT_GAP_RE.match(text[named.end() : end]):
        return ""
    return name[0].upper() + name[1:]


def _hospital_opening_clause(text: str, start: int, end: int) -> str:
    """The hospital whose name opens the clause text[start:end] as its subject: the number's unit; '' when none
    does, or the hospital is named by a common noun ('Sjukhuset', 'Hela sjukhuset')."""
    opener = CLAUSE_START_RE.match(text, start, end)  # (the comma, 'och', 'men' the clause opens with)
    m = HOSPITAL_OPENS_RE.match(text, opener.end() if opener else start, end)
    return hospital_name(m, definite_needs_town=True) if m else ""


def _unit_after_for(text: str, right_after: bool = False) -> str:
    """The last named unit the text gives a figure for ('... för Hälso- och sjukvårdsnämnden'), or with
    `right_after` the one the text opens with (the number's unit then 'för Hälso- och sjukvårdsnämnden': '-60,3 mkr
    för Hälso- och sjukvårdsnämnden'); '' when none, or it is the report's own unit ('för förvaltningen')."""
    if right_after:
        first = UNIT_AFTER_FOR_RE.match(text.lstrip())
        found = [first] if first else []
    else:
        found = list(UNIT_AFTER_FOR_RE.finditer(text))
    if not found or found[-1].group(1).casefold() in SELF_WORDS:
        return ""
    if not right_after and OWN_SUBJECT_RE.search(text, found[-1].end()):
        return ""  # 'Kostnaderna för Hälso- och sjukvårdsförvaltningen ökade och regionens nettokostnad uppgick'
    return " ".join(found[-1].group(1).split())


AREA_HEADING_RE = re.compile(r"(?:" + words_of("area_heading_stem") + r")\w*", re.I)
SECTION_REACH = 150  # lines a unit's heading reaches down the text


HEADING_SUBJECT_VERB = r"\s+(?:" + words_of("costs_subject_verb") + r")\b"


def heading_org(sent: Sentence, document: Document, lex: ProseLexicon) -> str:
    """The org unit a section heading names ('Akutsjukvård', 'Primärvård'), when the sentence stands
    under one: headings that are org units of the report's region in the alias seed, or care areas."""
    names = (
        lex.org_aliases.get(document.region_code, set())
        if document.region_code
        else set().union(*lex.org_aliases.values())
        if lex.org_aliases
        else set()
    )
    own = (document.org_unit or "").casefold()
    for line, head in reversed(sent.section):
        if sent.lines[0] - line > SECTION_REACH or head == TABLE_MARK:
            break
        h = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", head).strip(" –-:")
        low = h.casefold()
        if not h or low == own:
            continue
        first = re.split(r"[\s–:/-]+", low)[0]
        if first in GENERIC_HEADINGS:
            continue  # a topic inside the unit's section (Tillgänglighet, Ekonomi, ...)
        if (
            low in names
            or (AREA_HEADING_RE.fullmatch(low) and len(h.split()) == 1)
            or (
                len(h.split()) <= 3
                and any(low.startswith(a + " ") for a in names if len(a) >= 5)
                and h.split()[-1][:1].isupper()
            )
        ):
            return h
        if re.match(re.escape(h) + HEADING_SUBJECT_VERB, sent.text, re.I) and len(h.split()) <= 4:
            return h  # 'Administration och anslag' / 'Administration och anslag redovisar ett överskott ...'
        return ""  # another titled section: the unit above it no longer applies
    return ""


EFFECT_LIST_RE = cue_regex("effect_list_word", after="")


@functools.lru_cache(maxsize=64)
def _list_kind(intro: str) -> str:
    """What the sentence a bullet list hangs from says its items are."""
    if not intro:
        return ""
    if EFFECT_LIST_RE.search(intro):
        return "effect"
    if DEVIATION_RE.search(intro):
        return "forecast_deviation" if FORECAST_RE.search(intro) else "budget_deviation"
    return ""


def _pick_metric(
    hits: list[AliasHit],
    n: Num,
    family: str,
    measure: str,
    lex: ProseLexicon,
    text: str,
    prev_num: Num | None = None,
    qualified_memo: dict | None = None,
) -> tuple[str, str]:
    """`prev_num`: the number (any, placed or not) right before `n`; `qualified_memo`: _qualified's answers
    for these hits in this text."""

    def resolve(h: AliasHit) -> str:
        m = lex.unit_phrases.get((h.phrase, family)) or lex.unit_phrases.get(
            (h.phrase, "tkr" if family == "tkr" else family)
        )
        if m:
            return m
        return h.metric

    # 'ett nollresultat': a compound holding the number (compound_numbers) names it
    for h in hits:
        if h.start <= n.start and n.end < h.end and h.metric:
            return resolve(h), h.phrase
    # 'varav -12,2 mnkr inhyrd personal': a phrase right after the unit names the number
    for h in hits:
        if n.unit_end <= h.start <= n.unit_end + 2 and re.search(r"varav\s*$", text[: n.start]):
            m = resolve(h)
            if m and _metric_ok(m, family, measure, lex):
                return m, h.phrase
    # 'betalade Region Skåne ut hela 62,8 miljoner kronor till hyrpersonal': what an amount paid was paid for is
    # named after it by 'på'/'till', when nothing before the amount in its own clause names a metric
    own_clause = OWN_CLAUSE_SPLIT_RE.split(text[: n.start])[-1]
    clause_start = n.start - len(own_clause)
    if (
        family == "tkr"
        and PAY_VERB_RE.search(own_clause)
        and not any(x.metric and clause_start <= x.start and x.end <= n.start for x in hits)
    ):
        for h in hits:
            if h.metric and PAID_ON_GAP_RE.fullmatch(text, n.unit_end, h.start):
                m = resolve(h)
                if m and _metric_ok(m, family, measure, lex) and not _qualified(h, text, hits, qualified_memo):
                    return m, h.phrase
    # 'utav de negativa 303 miljoner kronorna på nedersta raden, står hälso- och sjukvårdsnämnden för 211': the
    # whole a fronted 'av' clause gives, for a unit's share of it after the clause (_fronted_unit_share), is named
    # by the phrase after its amount and 'på' when nothing before the amount in its clause names a metric
    if family == "tkr" and FRONTED_WHOLE_LEAD_RE.search(own_clause) and FRONTED_UNIT_SHARE_RE.search(text):
        for h in hits:
            if h.metric and FRONTED_WHOLE_GAP_RE.fullmatch(text, n.unit_end, h.start):
                m = resolve(h)
                if m and _metric_ok(m, family, measure, lex) and not _qualified(h, text, hits, qualified_memo):
                    return m, h.phrase
    # '92,4 procent av alla medarbetare har en heltidsanställning': the share of people who have what the noun
    # names (seeds/prose_phrases.csv family held_share)
    held = HELD_SHARE_AFTER_RE.match(text, n.unit_end) if family == "pct" else None
    held_metric = lex.unit_phrases.get((held.group(1).casefold(), "held_share"), "") if held else ""
    if held and held_metric and _metric_ok(held_metric, family, measure, lex):
        return held_metric, held.group(1)
    # '40 procent digitala besök': a share named right after its percent sign
    if family == "pct":
        for h in hits:
            if n.unit_end <= h.start <= n.unit_end + 2:
                m = resolve(h)
                if m and lex.units.get(m) == "pct" and _metric_ok(m, family, measure, lex):
                    return m, h.phrase
    # '43 500 vårdtillfällen': a metric noun right after the number names it, unless the clause named one
    # (the number before: NUMBER_RE's last match in text[:n.start], as find_numbers found it)
    win_from = 0
    if prev_num is not None:
        um = UNIT_RE.match(text, prev_num.match_end)
        win_from = um.end() if um else prev_num.match_end
    # ('Av de 1 022 538 besöken var 430 191 besök till läkare': the noun of the number before is not the clause's)
    own_noun_end = prev_num.match_end + 2 if prev_num is not None else -1
    for h in hits:
        if (
            (n.end <= h.start <= n.end + 2 or MODIFIER_GAP_RE.fullmatch(text, n.end, h.start))
            # (a weak noun too when it counts, the second of a pair of counted nouns: '673 vårdplatser och
            # omkring 4 400 anställda'; not '(+49 anställda)' after a clause that named what is counted)
            and (
                h.phrase not in WEAK_METRIC_ALIASES
                # ('11 procent fler besök': the noun after 'fler' is what the number counts, a plain word too)
                or MORE_FEWER_GAP_RE.fullmatch(text, n.end, h.start)
                or family in ("none", "count")
                and lex.units.get(h.metric) == "count"
                and prev_num is not None
                and any(
                    x.metric
                    and prev_num.match_end <= x.start <= own_noun_end
                    and PAIR_GAP_RE.fullmatch(text, x.end, n.start)
                    for x in hits
                )
            )
            and not any(x.metric and x.start >= win_from and x.end <= n.start and x.start > own_noun_end for x in hits)
        ):
            m = resolve(h)
            if m and _metric_ok(m, family, measure, lex) and not _qualified(h, text, hits, qualified_memo):
                return m, h.phrase
    before = [h for h in hits if h.end <= n.start and not _qualified(h, text, hits, qualified_memo)]
    strong = [h for h in before if h.phrase not in WEAK_METRIC_ALIASES]
    # (a weak word of a result, 'underskott', comes last: any other weak word before the number names it better)
    weak = [h for h in before if h.phrase in WEAK_METRIC_ALIASES and lex.amount_kinds.get(resolve(h)) != "result"]
    weak_result = [
        h for h in before if h.phrase in WEAK_METRIC_ALIASES and lex.amount_kinds.get(resolve(h)) == "result"
    ]
    for group in (strong, weak, weak_result):
        for h in sorted(group, key=lambda h: -h.end):
            m = resolve(h)
            if m and _metric_ok(m, family, measure, lex):
                return m, h.phrase
    # the unit noun itself names the metric: '1938 anställda' (only when no other phrase competes)
    # (and a change signed on the number itself, as a list of changes prints it: 'Läkare + 28 årsarbetare', 'ett plus
    # på 118 årsarbetare'; a change a verb or noun signs may be a part's: 'i Piteå ökat med 2,3 årsarbetare')
    signed_change = measure == "change_abs" and (n.explicit_sign or SIGN_WORD_NEAR_RE.search(text, 0, n.start))
    if not [h for h in hits if h.metric and h.end <= n.start] and (measure == "actual" or signed_change):
        # (a phrase before the number that was narrowed away is not replaced by the unit noun after it)
        # ('5,8 miljoner besök': the noun after the million word of a count in millions, as '580 000 besök')
        millions = MILLION_GAP_RE.match(text, n.end) if family == "count" else None
        noun_at = millions.end() if millions else n.end
        for h in hits:
            if noun_at <= h.start <= noun_at + 2 and not _qualified(h, text, hits, qualified_memo):
                m = resolve(h)
                if m and _metric_ok(m, family, measure, lex):
                    return m, h.phrase
    return "", ""


# a clinic or service named by its specialty ('Laboratoriemedicin', 'Bild- och funktionsmedicin')
DEPARTMENT = words_of("department_stem")
DEPARTMENT_VERB = words_of("department_verb", "department_verb_past")
DEPARTMENT_RE = re.compile(r"[\wåäöÅÄÖ-]*(?:" + DEPARTMENT + r")", re.I)
DEPARTMENT_SUBJECT_RE = re.compile(r"\s+(?:" + DEPARTMENT_VERB + r")\b")
# a sentence about a clinic ('Röntgendiagnostik har en ökning ...'): its production is its own kind,
# not the metric of the sentence before
DEPARTMENT_SUBJECT_START_RE = re.compile(
    r"(?:(?:"
    + words_of("subject_lead_word")
    + r")\s+)?[\wåäöÅÄÖ-]*(?:"
    + DEPARTMENT
    + r")\s+(?:"
    + words_of("department_verb")
    + r")\b",
    re.I,
)
# the subject of a 'redovisar ett underskott' clause is the costs (or revenue) as a whole: 'Primärvårdens kostnader'
COSTS_SUBJECT_RE = re.compile(
    r"(?:^|\s)(?:[A-ZÅÄÖ][\wåäö-]*s\s+)?("
    + words_of("cost_revenue_stem")
    + r")(?:er|erna)\s+(?:"
    + words_of("costs_subject_verb")
    + r")"
    r"\s+(?:\w+\s+)?(?:ett|en)?\s*$",
    re.I,
)
# a list of items right before the metric phrase ('covid-vaccination, produktion samt övriga verksamhetskostnader')
LIST_BEFORE_RE = re.compile(r"[\wåäö-]+,\s+[\wåäö-]+\s+(?:" + words_of("and_word") + r")\s+$", re.I)
# 'X ... som (en) del av (den totala avvikelsen av) Y': X is the part, Y the whole
PART_OF_WHOLE_RE = re.compile(r"\bsom\s+(?:en\s+)?del\s+av\b", re.I)
# a paragraph that opens with a part of the costs or revenue ('Produktionskostnaderna har kraftigt ökat',
# 'Personalkostnaderna ...'): a compound whose head is kostnad/intäkt, not the bare whole ('Kostnaderna')
PART_SUBJECT_RE = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]{3,}(?:" + words_of("cost_revenue_stem") + r")(?:er|erna|en)?)\b")
# the same, written as a common noun and the subject of a clause ('barnpsykiatrin har ökat med')
CLINIC_SUBJECT_RE = re.compile(
    r"(?<![\wåäöÅÄÖ-])([a-zåäö][\wåäö-]*(?:" + DEPARTMENT + r")(?:en|n)?)"
    r"(?=\s+(?:" + DEPARTMENT_VERB + r")\b)"
)
OWN_AND_RE = re.compile(
    r"\b(?:"
    + cue_alternation(READER_LISTS["own_staff_word"])
    + r")\s+(?:personal\s+)?(?:"
    + words_of("staff_joiner")
    + r")\s+$",
    re.I,
)
SUBSET_BEFORE_RE = re.compile(r"\b[\wåäö]+(?:" + words_of("subset_adjective_end") + r")\s+$", re.I)
SO_CALLED = cue_alternation(READER_LISTS["so_called"])
SUBSET_NAME_RE = re.compile(r"(?:" + SO_CALLED + r")\s+(?:[\wåäö-]+\s+)?$", re.I)
# a definite determiner before 'så kallade' introduces a term, it names no subset: 'det så kallade
# balanskravsresultatet' is the balance-rule result itself (seeds/reader_words.csv term_determiner)
TERM_DETERMINER_BEFORE_RE = re.compile(r"(?:^|\s)(?:" + words_of("term_determiner") + r")\s+$", re.I)
SUBSET_AFTER_RE = re.compile(r"\s*,?\s*(?:" + SO_CALLED + r")\s", re.I)
# a line that names an org unit and then its deviation: 'Division medicin: -16,7 mkr jämfört med budget.', its sign
# also a word ('Division medicin: minus 16,7 mkr jämfört med budget.')
UNIT_DEVIATION_RE = re.compile(
    r"(?P<unit>(?:" + words_of("unit_deviation_title") + r")"
    r"\s+[\wåäöÅÄÖ&/ -]{2,40}?|"
    r"[A-ZÅÄÖ][\wåäö-]*(?:" + words_of("staff_unit_stem") + r")\w*)\s*:\s*"
    r"(?=(?:[-+−–]|(?i:" + SIGN_WORD + r")\s)?\s?\d[^.]*?"
    r"(?:" + cue_alternation(READER_LISTS["compared_with_word"]) + r")\s+budget)"
)
OWNER_PLACE = words_of("owner_place_preposition")
OWNER_BEFORE_RE = re.compile(r"\b(?:" + OWNER_PLACE + r")\s+[a-zåäö]{4,}(?:ornas|arnas|ernas|nas|ens|ets)\s+$")
OWNER_AFTER_RE = re.compile(
    r"\s+(?:" + OWNER_PLACE + r")\s+(?!(?:" + words_of("own_genitive_word") + r")\b)"
    r"[a-zåäö]{4,}(?:ornas|arnas|ernas|nas)\s+[a-zåäö]+"
)
TO_REGION_AFTER_RE = re.compile(
    r"\s+(?:till|från)\s+(?:[\wåäö]+\s+){0,2}?(?:" + cue_alternation(READER_LISTS["other_region_phrase"]) + r")",
    re.I,
)
# 'från' and a source right after a phrase ('intäkter från ett avtal', 'från staten'), not a time or a start value
FROM_SOURCE_RE = re.compile(
    r"\s+från\s+(?:ett|en|det|den|de)\s+(?!(?:" + words_of("earlier_word") + r")\b)[a-zåäö]", re.I
)
RESPEKTIVE_AFTER_RE = re.compile(r"\s*,\s*[\wåäö-]+\s+" + RESPECTIVELY + r"\s")


def _qualified(h: AliasHit, text: str, hits: list[AliasHit], memo: dict | None = None) -> bool:
    """A phrase that does not name the whole metric: 'inklusive intäkter för lab', 'dessa läkemedel',
    'Av distansbesöken var ...', a weak word narrowed by what follows ('kostnaderna för hyrsköterskor',
    'besök som covid-19-vaccination'). `memo` keeps the answers for one text and one list of hits (every
    number of a sentence asks about the same hits, and each answer asks again about the hits before)."""
    if memo is None:
        return _is_qualified(h, text, hits, None)
    key = (h.start, h.end, h.phrase, h.metric)  # (all of a hit that _is_qualified reads)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _is_qualified(h, text, hits, memo)
    return found


def _keeps_the_whole(word: str) -> bool:
    """A word after '<metric> för' that keeps the whole metric: the unit itself or a period ('för året',
    'för regionen', 'för januari-augusti', 'för mars'), not a part ('för hyrsköterskor'). A compound is what its
    last part is: one of 'året' is the year ('för verksamhetsåret', 'för helåret', 'för räkenskapsåret'), unless
    its first part names another year ('för fjolåret', 'för jämförelseåret': seeds other_year_prefix)."""
    low = word.casefold()  # ('för Regionen' as 'för regionen'; a name or acronym otherwise narrows: 'för IT')
    year_of = re.fullmatch(r"([a-zåäö]+?)s?året", low)
    if year_of and year_of.group(1) not in OTHER_YEAR_PREFIXES:
        return True
    return low in NOT_NARROWING_AFTER_FOR or re.split(r"[-–]", low)[0] in MONTHS


# (after a word of the share: 'Andelen långtidssjukfrånvaro av den totala', not 'Av den totala investeringsutgiften')
SHARE_OF_TOTAL_BEFORE_RE = re.compile(
    r"[\wåäö]\s+(?:" + cue_alternation(READER_LISTS["share_of_total"]) + r")\s+$", re.I
)
NARROWING_BEFORE_RE = first_char_gated(re.compile(r"\b(?:" + words_of("narrowing_word_before") + r")\s+$", re.I))
PART_ADJECTIVE_RE = re.compile(r"\b(?:" + words_of("part_adjective") + r")\s+$", re.I)
# 'de 3 största leverantörerna av hyrpersonal', 'de fem vanligaste diagnoserna': the top few, a subset
TOP_FEW_BEFORE_RE = re.compile(
    r"\bde\s+(?:\S+\s+)?(?:" + words_of("ranking_superlative") + r")\s+(?:[a-zåäö-]+\s+(?:av|för|inom)\s+)?$", re.I
)
# 'mot' and a word that is no budget, plan or earlier period: 'vaccinationsbesök mot Covid-19'
AGAINST_OTHER_RE = re.compile(
    r"\s+mot\s+(?!(?:den\s+|det\s+)?(?:[a-zåäö]+\s+)?(?:"
    + words_of("budget_plan_word")
    + r")|"
    + words_of("against_not_narrowing")
    + r")[A-Za-zÅÄÖåäö]"
)
# ('för IT', 'för Vårdval': a name or an acronym narrows too; a digit does not: 'för 2019' is a period)
WEAK_ALIAS_NARROWED_RE = re.compile(
    r"\s+(?:" + words_of("weak_alias_narrowing_word") + r")\s+([A-Za-zÅÄÖåäö][\wåäöÅÄÖ-]*)"
)


def _is_qualified(h: AliasHit, text: str, hits: list[AliasHit], memo: dict | None) -> bool:
    if any(x.metric and x.metric == h.metric and x.end <= h.start and _qualified(x, text, hits, memo) for x in hits):
        return True  # the metric named again after a narrowed first mention ('debiterade vårdtillfällen till
        # norra sjukvårdsregionen ... 5 086 vårdtillfällen'): still the narrowed set
    before = text[: h.start]
    if NARROWING_BEFORE_RE.search(before):
        return True
    if OWN_AND_RE.search(before):
        return True  # 'egen samt inhyrd personal': own and hired staff together, not the hired part alone
    so_called = SUBSET_NAME_RE.search(before)
    if so_called and TERM_DETERMINER_BEFORE_RE.search(before, 0, so_called.start()):
        so_called = None  # 'det så kallade balanskravsresultatet': the term itself, named
    if SUBSET_BEFORE_RE.search(before) or SUBSET_AFTER_RE.match(text, h.end) or so_called:
        return True  # 'kostnadskrävande vårdtillfällen, så kallade ytterfall': a named subset
    if OWNER_BEFORE_RE.search(before):
        return True  # 'på sjukstugornas vårdplatser': a place phrase, not what the number measures
    if OWNER_AFTER_RE.match(text, h.end):
        return True  # 'beläggningen på sjukstugornas vårdplatser': the metric of one kind of unit
    if TO_REGION_AFTER_RE.match(text, h.end):
        return True  # 'vårdtillfällen till norra sjukvårdsregionen': those sold to another region
    if RESPEKTIVE_AFTER_RE.match(text, h.end):
        return True  # 'digitala vårdbesök, nybesök respektive återbesök': parts listed after the phrase
    if re.match(r"\s*/\s*[a-zåäö]", text[h.end :]):
        return True  # 'drg-poäng/vårdtillfälle': a ratio, not the metric
    if FROM_SOURCE_RE.match(text, h.end):
        return True  # 'intäkter från ett avtal om utredningar ... uppgick till 52,5 mkr': one source's part
    if SHARE_OF_TOTAL_BEFORE_RE.search(before):
        return True  # 'Andelen långtidssjukfrånvaro av den totala sjukfrånvaron': the whole a share is taken of
    if PART_ADJECTIVE_RE.search(before):
        return True  # 'övriga intäkter', 'externa vårdintäkter': a part of the metric
    if TOP_FEW_BEFORE_RE.search(before):
        return True  # 'de 3 största leverantörerna av hyrpersonal': the biggest few, not all of them
    if AGAINST_OTHER_RE.match(text[h.end :]):
        return True  # 'vaccinationsbesök mot Covid-19': narrowed (not 'underskott mot den periodiserade budgeten')
    if re.search(r"(?:^|\.\s)Av\s+$|\bav\s+$", before) and re.match(r"\s+(?:var|är)\b", text[h.end :]):
        return True
    where = re.search(r"\s+där\s+$", before) if h.phrase in WEAK_METRIC_ALIASES else None
    if where and not any(x.metric and x.end == where.start() for x in hits):
        # 'kostnader för hyrsjuksköterskor där kostnadsökningen är 5 mkr': the increase of what precedes, unless
        # that is a metric itself ('inom personalkostnader där underskottet uppgår till 598 mkr')
        return True
    if _repeats_where_antecedent_head(h, text, hits):
        return True
    if h.phrase in WEAK_METRIC_ALIASES:
        nxt = WEAK_ALIAS_NARROWED_RE.match(text[h.end :])
        if (
            nxt
            and not any(x.start == h.end + nxt.start(1) for x in hits)
            and not _keeps_the_whole(nxt.group(1))
            # ('ett underskott inom hälso- och sjukvården om 2,3 miljarder': a surplus or deficit within a unit is
            # that unit's result, the unit no part of the metric)
            and not (h.phrase in SURPLUS_DEFICIT_WORDS and UNIT_PHRASE_RE.match(text, h.end + nxt.start(1)))
            # ('hälso- och sjukvårdens underskott som uppgår till 1 667 miljoner kronor': a relative clause that
            # states the surplus or deficit's size, no subset of it; 'underskott som ska återställas' still is one;
            # not when a genitive the owner reader does not take stands before it, 'tandvårdens underskott som
            # uppgick till', nor behind an earlier metric phrase, 'Resultatet försämras av hälso- och sjukvårdens
            # underskott som uppgick till': that phrase is picked and the unit's deficit would be the region's)
            and not (
                RESULT_WORD_RE.fullmatch(h.phrase)
                and SIZE_CLAUSE_AFTER_RE.match(text, h.end)
                and not _unnamed_owner_genitive_before(before)
                and not any(x.metric and x.end <= h.start for x in hits)
            )
        ):
            return True
    return False


WHERE_CLAUSE_RE = re.compile(r"\s+där\s+")
# a relative clause whose verb states an outcome ('som uppgår till', 'som blev'): what it says is the size
SIZE_CLAUSE_AFTER_RE = re.compile(r"\s+som\s+(?:" + words_of("outcome_verb") + r")\b", re.I)
# a lower-case genitive right before a word ('tandvårdens underskott', 'förvaltningarnas underskott')
LOWER_GENITIVE_BEFORE_RE = re.compile(r"(?<![\wåäö-])([a-zåäö][\wåäö]*s)\s+$")


def _unnamed_owner_genitive_before(before: str) -> bool:
    """Whether the words before a surplus or deficit end on a lower-case genitive that names no owner the reader
    takes ('tandvårdens underskott som uppgick till 300 miljoner kronor', 'förvaltningarnas underskott som ...'):
    not the report's own ('regionens') and not a pair of unit kinds ('hälso- och sjukvårdens',
    UNIT_PAIR_GENITIVE_BEFORE_RE). Such a deficit is some part's, so the size clause after it must not make it
    the report's whole result."""
    m = LOWER_GENITIVE_BEFORE_RE.search(before)
    return bool(m and m.group(1).casefold() not in SELF_WORDS and not UNIT_PAIR_GENITIVE_BEFORE_RE.search(before))


def _repeats_where_antecedent_head(h: AliasHit, text: str, hits: list[AliasHit]) -> bool:
    """A compound that opens with the head of the metric a 'där' clause it stands in is about: 'inom
    personalkostnader där underskottet uppgår till 598 miljoner kronor och med en kostnadsutveckling på 11 procent'
    speaks of the personnel costs' own change ('kostnad' of 'personalkostnader'), not of the whole costs."""
    wheres = list(WHERE_CLAUSE_RE.finditer(text, 0, h.start))
    if not wheres or "." in text[wheres[-1].end() : h.start]:
        return False
    antecedent = next((x for x in hits if x.metric and x.end == wheres[-1].start() and x.metric != h.metric), None)
    if antecedent is None:
        return False
    word, owner = h.phrase.casefold(), antecedent.phrase.casefold()
    # the longest opening of the compound (its linking 's' aside) that the antecedent has after a modifier of its own
    opening = next((word[:k].rstrip("s") for k in range(len(word) - 3, 4, -1) if word[:k].rstrip("s") in owner), "")
    return len(opening) > 4 and owner.find(opening) > 0


SURPLUS_DEFICIT_WORDS = READER_WORDS["surplus_deficit_word"]
# a unit's name by its kind, also the second of a pair joined to a first word's hyphen ('hälso- och sjukvården')
UNIT_PHRASE_RE = re.compile(
    r"(?:[\wåäö]+-\s+(?:" + words_of("and_word") + r")\s+)?(?:" + UNIT_NOUN_RE.pattern + r")(?![\wåäö])", re.I
)


NEAR_CHANGE_RE = re.compile(r"\s*(?:i\s+)?(" + words_of("comparative") + r")\b", re.I)
NEAR_DEVIATION_RE = re.compile(
    r"\s*(?:"
    + PAREN_PERCENT
    + r"\s*)?(?:kronor\s+)?("
    + words_of("higher_lower_word", "better_worse_word", "more_less_word", "larger_word")
    # (a budget word, or a compound ending in one: 'bättre än periodbudgeten')
    + r")\s+än\s+(?:det\s+|vad\s+som\s+[a-zåäö]+\s+(?:[a-zåäö]+\s+)?)?[a-zåäö]*?(?:"
    + words_of("budget_plan_word", "expected_amount_word")  # ('bättre än beräknat': _economy_against_plan)
    + ")",
    re.I,
)
# (not a passive, 'överskrids budgeten': the budget is then what is overrun, its sign the overrun's)
OVER_UNDER_BUDGET_RE = re.compile(
    r"(" + words_of("over_under_word") + r")(?:st[ie]g|skr[ie]d)(?!s\b)\w*\s+budget", re.I
)
# ('ligger 2 400 besök under budget': over or under the budget right after the number and its count noun)
OVER_UNDER_BUDGET_AFTER_RE = re.compile(
    r"^\s*(?:[a-zåäö]+\s+)?(" + words_of("over_under_word") + r")\s+(?:" + BUDGET_PLAN + r")(?:en|erat)?\b", re.I
)
UPWARD_COMPARATIVES = READER_WORDS["upward_comparative"]
COST_FLIPPED_SIGN_RE = re.compile(cue_alternation(READER_LISTS["cost_flipped_sign_word"]), re.I)


# a relative clause right after the amount that compares it with an earlier figure: ', vilket är en förbättring
# jämfört med tidigare prognoser', ', vilket är en försämring i förhållande till 2020'
CHANGE_SINCE_CLAUSE_AFTER_RE = re.compile(
    r"^[^,.;:]{0,25}?,?\s*(?P<clause>(?i:vilket)\s+(?:"
    + alternation(READER_LISTS["referring_verb"])
    + r")\s+(?:en\s+)?[\wåäö]+\s+(?:"
    + cue_alternation(READER_LISTS["earlier_figure_word"])
    + r")\b)",
    re.I,
)


def _sign_from_words(
    window: str, after: str, metric: str, measure: str, lex: ProseLexicon, label: str = ""
) -> tuple[int, str]:
    is_cost = (
        lex.domains.get(metric) == "costs"
        and metric not in REVENUE_METRICS
        and lex.amount_kinds.get(metric) not in ("revenue", "result")  # (seeds/metrics.csv amount_kind)
        and lex.units.get(metric) == "tkr"
    ) or label.endswith(SPENT_AGAINST_BUDGET)  # (the amount spent: more than budget is a negative deviation)
    after_near = after[:45]
    near_change = NEAR_CHANGE_RE.match(after)
    if near_change and measure.startswith("change"):
        w = near_change.group(1).casefold()
        return (1 if w in UPWARD_COMPARATIVES else -1), near_change.group(0).strip()
    near = NEAR_DEVIATION_RE.match(after)
    if near and measure.endswith("deviation"):
        w = near.group(1).casefold()  # ('50 mnkr mer än budgeterat': as 'högre')
        higher = w in UPWARD_COMPARATIVES
        if w in READER_WORDS["better_worse_word"]:
            sg = 1 if higher else -1
        else:
            sg = (-1 if higher else 1) if is_cost else (1 if higher else -1)
        return sg, near.group(0)
    cands: list[tuple[int, int, str]] = []
    for rx, sg in ((NEG_WORDS_RE, -1), (POS_WORDS_RE, 1)):
        for mm in rx.finditer(window):
            cands.append((len(window) - mm.start(), sg, mm.group(0)))
    # (a 'kostnadsutveckling' before the number carries the number's own sign: the words after it are not its)
    developed = bool(DEVELOPMENT_WORD_RE.search(f"{label} {window}"))
    if not cands and not developed:  # the governing word stands before the number
        if compared := CHANGE_SINCE_CLAUSE_AFTER_RE.match(after):
            # ', vilket är en förbättring jämfört med tidigare prognoser' (kalmar_delarsrapport_2017 of review 14rs):
            # how the figure moved since an earlier one, not its sign, as after a deficit ('underskott uppgick till
            # 183 miljoner, vilket är en förbättring i förhållande till 2020', kalmar_bokslut_2021 of review 15pr)
            after_near = after_near[: compared.start("clause")]
        for rx, sg in ((NEG_WORDS_RE, -1), (POS_WORDS_RE, 1)):
            for mm in rx.finditer(after_near):
                cands.append((mm.start(), sg, mm.group(0)))
    if measure.endswith("deviation") and label.endswith(BUDGET_OVERRUN):
        return -1, label.removesuffix(" " + BUDGET_OVERRUN)  # (a unit over its own budget: a negative deviation)
    over_under = OVER_UNDER_BUDGET_RE.search(window) or OVER_UNDER_BUDGET_AFTER_RE.match(after)
    if measure.endswith("deviation") and over_under:
        over = over_under.group(1).casefold() == "över"
        return (1 if over != is_cost else -1), over_under.group(0)
    if not cands:
        return 0, ""
    cands.sort()
    _, sg, w = cands[0]
    if measure.endswith("deviation") and is_cost and COST_FLIPPED_SIGN_RE.fullmatch(w):
        sg = -sg  # costs above budget are a negative deviation
    return sg, w


def _quote(num_text: str, span: str) -> str:
    q = num_text.strip()
    return q if q else span.strip()


def _clip(text: str, n: int = 500) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# ---- scorecard rows (styrmått): a metric label over a line that starts with its Mål and Utfall cells
SCORE_HEADER_RE = re.compile(r"\bMål\b.*\bUtfall\b")
CELL_RE = re.compile(r"^(?P<cmp>[<>≤≥]\s?)?(?P<num>[-–]?\d{1,3}(?:[ ]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)(?P<pct>\s?%)?$")
LEAD_PCT_CELL_RE = re.compile(r"^(?P<cell>[<>≤≥]?\s?\d+(?:,\d+)?\s?%)\s+\S")


def _leading_cells(line: str) -> list[tuple[str, int]]:
    """The numeric cells a line starts with ('<6,5 %  5,43% Division ...' -> two cells)."""
    cells: list[tuple[str, int]] = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)", line):
        part = m.group(0)
        if CELL_RE.match(part):
            cells.append((part, m.start()))
            continue
        rest, off = part, m.start()
        while True:  # '<7,4 % 18,6%  Divisionen ...': percent cells need no double space
            lead = re.match(r"(?P<cell>[<>≤≥]?\s?\d+(?:,\d+)?\s?%)(?:\s+|$)", rest)
            if not lead:
                break
            cells.append((lead.group("cell"), off))
            off += lead.end()
            rest = rest[lead.end() :]
        break
    return cells


SCORECARD_NARROWED_RE = re.compile(r"\b(?:" + words_of("scorecard_narrowing_word") + r")\b")


def scorecard_facts(report_file: str, lines: list[str], document: Document, lex: ProseLexicon) -> list[ProseFact]:
    """Rows of a 'Styrmått | Mål | Utfall | Kommentar' table: the label lines name the metric (only when
    they start with a lexicon phrase and add no number of their own), the first cell is the target and
    the second the outcome for the report period."""
    facts: list[ProseFact] = []
    if document.period_end is None:
        return facts
    header_at = None
    for i, line in enumerate(lines):
        if "Utfall" in line and SCORE_HEADER_RE.search(line) and len(line.split()) <= 8:
            header_at = i
            continue
        if header_at is None or i - header_at > 40:
            continue
        cells = _leading_cells(line)
        if len(cells) != 2:
            continue
        label_lines = [ln.strip() for ln in lines[header_at + 1 : i] if ln.strip()]
        label = ""
        for ln in label_lines:
            label = label[:-1] + ln if label.endswith("-") and ln[:1].islower() else (label + " " + ln).strip()
        header_at = None  # the next row's label starts after this row
        low = re.sub(r"\s+", " ", label).casefold()
        if not low or re.search(r"\d", low):
            continue
        best = max((a for a in lex.aliases if len(a) >= 6 and low.startswith(a)), key=len, default="")
        if not best:
            continue
        metric = lex.aliases[best]
        rest = low[len(best) :]
        if SCORECARD_NARROWED_RE.search(rest):
            continue
        for (cell, _), measure in zip(cells, ("target", "actual")):
            m = CELL_RE.match(cell) or re.match(r"(?P<cmp>[<>≤≥]\s?)?(?P<num>\d+(?:,\d+)?)(?P<pct>\s?%)", cell)
            assert m is not None  # _leading_cells keeps only cells one of the two reads
            family = "pct" if m.group("pct") else "none"
            if not _metric_ok(metric, family, measure, lex) or (family == "pct") != (lex.units.get(metric) == "pct"):
                break
            value = parse_number(m.group("num"))
            if value is None:
                break
            ps, pe = document.period_start, document.period_end
            facts.append(
                ProseFact(
                    report_file=report_file,
                    line=i + 1,
                    sentence=_clip(label + " | " + line.strip()),
                    quote=m.group("num"),
                    label=best,
                    metric_code=metric,
                    measure=measure,
                    value=value,
                    unit_raw="%" if family == "pct" else "",
                    period_start=ps,
                    period_end=pe,
                    org_unit="",
                    is_approximate=False,
                    sign_word="",
                    period_evidence="report period (scorecard row)",
                    carried_metric=False,
                )
            )
    return facts
