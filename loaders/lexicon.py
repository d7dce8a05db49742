"""The metric lexicon: seeds/metric_aliases.csv, the same seed dbt maps labels with.

`load_lexicon()` keeps the original contract (alias -> metric_code). The prose extractor also
needs each metric's canonical unit (seeds/metrics.csv) and a few phrases that name a metric only
together with a unit (seeds/prose_phrases.csv: "inhyrd sjukvårdspersonal" is a cost in mnkr but
hired staff in årsarbetare); `load_prose_lexicon()` bundles them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "metric_aliases.csv"
METRICS = SEEDS / "metrics.csv"
PROSE_PHRASES = SEEDS / "prose_phrases.csv"
ORG_ALIASES = SEEDS / "org_unit_aliases.csv"
WORD_FORMS = SEEDS / "word_forms.csv"
NON_FACT_CUES = SEEDS / "non_fact_cues.csv"
NUMBER_WORDS = SEEDS / "number_words.csv"
READER_WORDS = SEEDS / "reader_words.csv"
MONTH_NAMES = SEEDS / "month_names.csv"
REPORT_TYPE_WORDS = SEEDS / "report_type_words.csv"
UNIT_FACTORS = SEEDS / "unit_factors.csv"
YEAR_PARTS = SEEDS / "year_parts.csv"
ORG_KIND_TITLES = SEEDS / "org_kind_titles.csv"
# letters a base form keeps: 'nettokostnad' from 'nettokostnader', but not the bare 'kostnad', which heads the
# compounds of other metrics
MIN_BASE = 8


def load_lexicon(path: Path = SEED) -> dict[str, str]:
    """alias (casefolded) -> metric_code."""
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["alias"].strip().casefold(): row["metric_code"] for row in csv.DictReader(fh)}


@dataclass(frozen=True)
class ProseLexicon:
    aliases: dict[str, str]  # alias (casefolded) -> metric_code
    units: dict[str, str] = field(default_factory=dict)  # metric_code -> canonical unit
    domains: dict[str, str] = field(default_factory=dict)  # metric_code -> domain
    amount_kinds: dict[str, str] = field(default_factory=dict)  # metric_code -> cost | revenue | result | ''
    unit_phrases: dict[tuple[str, str], str] = field(default_factory=dict)  # (phrase, unit family) -> metric
    org_aliases: dict[str, set[str]] = field(default_factory=dict)  # region_code -> org unit names (casefolded)
    word_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> forms (seeds/word_forms.csv)
    # (cue, scope, why it is no fact): scope 'sentence' looks before the number in its sentence, 'context'
    # also in the heading and the list intro above it
    non_fact_cues: tuple[tuple[re.Pattern[str], str, str], ...] = ()
    number_words: dict[str, float] = field(default_factory=dict)  # 'fyra' -> 4 (seeds/number_words.csv)


def load_metric_units(path: Path = METRICS) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(metric_code -> canonical unit, -> domain, -> amount kind) from seeds/metrics.csv."""
    units: dict[str, str] = {}
    domains: dict[str, str] = {}
    kinds: dict[str, str] = {}
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                units[row["metric_code"]] = row["canonical_unit"]
                domains[row["metric_code"]] = row["domain"]
                kinds[row["metric_code"]] = row.get("amount_kind") or ""
    return units, domains, kinds


def load_unit_phrases(path: Path = PROSE_PHRASES) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out[(row["phrase"].strip().casefold(), row["unit_family"].strip())] = row["metric_code"]
    return out


def load_org_aliases(path: Path = ORG_ALIASES) -> dict[str, set[str]]:
    """region_code -> org unit names a heading may carry (seeds/org_unit_aliases.csv)."""
    out: dict[str, set[str]] = {}
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out.setdefault(row["region_code"].strip(), set()).add(row["alias"].strip().casefold())
    return out


def load_non_fact_cues(path: Path = NON_FACT_CUES) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """Words that make a number in their sentence (or under their heading) something other than a stated outcome."""
    if not path.exists():
        return ()
    with path.open(newline="", encoding="utf-8") as fh:
        return tuple((re.compile(row["pattern"], re.I), row["scope"], row["reason"]) for row in csv.DictReader(fh))


def load_number_words(path: Path = NUMBER_WORDS) -> dict[str, float]:
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["word"].strip().casefold(): float(row["value"]) for row in csv.DictReader(fh)}


NUMBER_MULTIPLIERS = (100.0, 1000.0)  # 'hundra', 'tusen': the parts that multiply what stands before them


def compose_number_word(word: str, words: dict[str, float]) -> float | None:
    """The value of a number written as one word made of the seed's number words, as Swedish writes them:
    'femhundra' 500, 'tvåhundrafemtio' 250, 'tretusen' 3000, 'tjugofem' 25 (a seed word itself gives its own
    value); None when `word` is no such number. The longest part is tried first ('sextio' 60, not 'sex' +
    'tio'); the parts must read as a number, each added part smaller than the one before it."""
    low = word.casefold()
    if low in words:
        return words[low]
    parts = sorted((w for w in words if " " not in w), key=len, reverse=True)
    values: list[float] = []
    rest = low
    while rest:  # (the longest part that fits, never undone: a garbled word costs its length, not 2^length)
        part = next((p for p in parts if rest.startswith(p)), None)
        if part is None:
            return None
        values.append(words[part])
        rest = rest[len(part) :]
    if len(values) < 2 or any(not v.is_integer() or v == 0 for v in values):
        return None  # ('noll' and a half stand alone: no 'nolltre')
    total, group, last = 0.0, 0.0, float("inf")
    for v in values:
        if v in NUMBER_MULTIPLIERS:
            if group >= v or (v == 1000.0 and total):
                return None
            if v == 1000.0:
                total, group, last = (total + (group or 1.0)) * v, 0.0, v
            else:
                group, last = (group or 1.0) * v, v
        elif v >= last or (last < 100.0 and last % 10 == 0 and v >= 10):
            return None  # ('femtiotjugo', 'tjugotolv': no number)
        else:
            group, last = group + v, v
    return total + group


def load_year_parts(path: Path = YEAR_PARTS) -> dict[str, int]:
    """A part of the year's word (lower case) -> the months it counts, in the seed's order (seeds/year_parts.csv:
    'halvåret' -> 6)."""
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["word"].strip().casefold(): int(row["months"]) for row in csv.DictReader(fh)}


def load_org_kind_titles(path: Path = ORG_KIND_TITLES) -> dict[str, str]:
    """The start of an org unit's printed kind (lower case) -> the kind's title in the unit's name, in the seed's
    order (seeds/org_kind_titles.csv: 'verksamhet' -> 'VO')."""
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["word"].strip().casefold(): row["title"].strip() for row in csv.DictReader(fh)}


def load_word_forms(path: Path = WORD_FORMS) -> dict[str, tuple[str, ...]]:
    """kind (inflection, compound_head, compound_modifier) -> forms, longest first."""
    out: dict[str, list[str]] = {}
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out.setdefault(row["kind"].strip(), []).append(row["form"].strip().casefold())
    return {kind: tuple(sorted(forms, key=len, reverse=True)) for kind, forms in out.items()}


def base_form(word: str, inflections: tuple[str, ...], min_base: int) -> str:
    """`word` without the first of `inflections` (longest first) it ends with that leaves at least `min_base`
    letters (`nettokostnader` -> `nettokostnad`); the word itself when none does."""
    for ending in inflections:
        if word.endswith(ending) and len(word) - len(ending) >= min_base:
            return word[: -len(ending)]
    return word


def with_base_forms(
    aliases: dict[str, str], inflections: tuple[str, ...], generic: Set[str] = frozenset()
) -> dict[str, str]:
    """The aliases and, for each, the base form of its last word (`nettokostnader` -> `nettokostnad`), so
    that the base with any ending finds every inflected form. A base that is already an alias, or that
    two metrics would share, is not added; nor the base of a generic word (`kostnaderna`), which would
    name a metric wherever the word stands."""
    bases: dict[str, set[str]] = {}
    for alias, metric in aliases.items():
        if alias in generic:
            continue
        last = alias.rsplit(" ", 1)[-1]
        base = base_form(last, inflections, MIN_BASE)
        if base != last:
            bases.setdefault(alias[: len(alias) - len(last)] + base, set()).add(metric)
    out = dict(aliases)
    for base, metrics in bases.items():
        if base not in out and len(metrics) == 1:
            out[base] = next(iter(metrics))
    return out


def load_prose_lexicon(aliases: dict[str, str] | None = None) -> ProseLexicon:
    units, domains, kinds = load_metric_units()
    forms = load_word_forms()
    return ProseLexicon(
        aliases if aliases is not None else load_lexicon(),
        units,
        domains,
        kinds,
        load_unit_phrases(),
        load_org_aliases(),
        forms,
        load_non_fact_cues(),
        load_number_words(),
    )


def load_reader_words(path: Path = READER_WORDS) -> dict[str, frozenset[str]]:
    """list name -> its words (seeds/reader_words.csv: the closed word lists the sentence reader decides by)."""
    lists: dict[str, set[str]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lists.setdefault(row["list"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in lists.items()}


def load_reader_lists(path: Path = READER_WORDS) -> dict[str, tuple[str, ...]]:
    """list name -> its words in the seed's order (for the lists a regex alternation is built from)."""
    lists: dict[str, list[str]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            words = lists.setdefault(row["list"], [])
            if row["word"] not in words:
                words.append(row["word"])
    return {name: tuple(words) for name, words in lists.items()}


def load_month_names(path: Path = MONTH_NAMES, form: str | None = None) -> dict[str, int]:
    """month name or abbreviation (lower case) -> month number, in the seed's order (seeds/month_names.csv);
    `form` 'name' or 'abbreviation' keeps only those."""
    with path.open(newline="", encoding="utf-8") as fh:
        return {
            row["word"].strip().casefold(): int(row["month"])
            for row in csv.DictReader(fh)
            if form is None or row["form"] == form
        }


def load_report_type_words(path: Path = REPORT_TYPE_WORDS) -> dict[str, tuple[str, ...]]:
    """report type -> the words a title names it by (seeds/report_type_words.csv), in the seed's order."""
    out: dict[str, list[str]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["report_type"], []).append(row["word"])
    return {kind: tuple(words) for kind, words in out.items()}


def alternation(words) -> str:
    """The words as a regex alternation, each matched literally, in the order given."""
    return "|".join(re.escape(w) for w in words)


def cue_alternation(words) -> str:
    """The cue words as a regex alternation, in the order given: a space stands for any white space, and a
    `*` at a word's start or end for any further letters ('ök*' is 'ökar', 'ökningen'; '*uppdrag*')."""

    def one(word: str) -> str:
        core = r"\s+".join(re.escape(part) for part in word.strip("*").split())
        return (r"\w*" if word.startswith("*") else "") + core + (r"\w*" if word.endswith("*") else "")

    return "|".join(one(w) for w in words)


@dataclass(frozen=True)
class UnitWord:
    """A unit word of seeds/unit_factors.csv: how the loaders read it (dbt reads its canonical unit and factor)."""

    word: str  # as printed after a number or in a caption ('mnkr', 'miljoner kronor', 'besök')
    reader_family: str  # the family the sentence reader gives it (tkr, kr, pct, pp, fte, ...); '' = not read there
    table_caption_unit: bool  # a table's caption or header names the table's unit by it
    row_label_unit: bool  # '(tkr)' in a row label names that row's unit
    canonical_unit: str = ""  # the contract's unit it states (tkr, pct, fte, hours, days, count)
    factor: float = 1.0  # the canonical units one of it is ('mnkr': 1000 tkr)


def load_unit_words(path: Path = UNIT_FACTORS) -> tuple[UnitWord, ...]:
    """The unit words of seeds/unit_factors.csv, in the seed's order."""
    with path.open(newline="", encoding="utf-8") as fh:
        return tuple(
            UnitWord(
                row["unit_raw"],
                row["reader_family"].strip(),
                row["table_caption_unit"] == "true",
                row["row_label_unit"] == "true",
                row["canonical_unit"].strip(),
                float(row["factor"]),
            )
            for row in csv.DictReader(fh)
        )
