"""The loaders' vocabulary is seed data: each word list of seeds/reader_words.csv is documented where dbt tests
it, the unit words the readers use are those of seeds/unit_factors.csv, and a word added to a seed reaches the
reader. Literal strings, no build."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

from loaders import lexicon
from loaders.prose import COUNT_NOUNS, UNIT_FAMILY, UNIT_RE
from loaders.tables.vocabulary import ROW_UNIT_RE
from loaders.tables.vocabulary import UNIT_RE as TABLE_UNIT_RE

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_every_reader_word_list_is_an_accepted_value_and_described():
    doc = yaml.safe_load((SEEDS / "_reader_words.yml").read_text(encoding="utf-8"))["seeds"][0]
    (checks,) = [t["column_checks"] for t in doc["data_tests"] if "column_checks" in t]
    lists = set(lexicon.load_reader_lists())
    assert lists == set(checks["arguments"]["accepted_values"]["list"])
    assert [name for name in sorted(lists) if f"`{name}`" not in doc["description"]] == []


def test_unit_words_of_both_readers_are_rows_of_unit_factors():
    with (SEEDS / "unit_factors.csv").open(encoding="utf-8") as fh:
        rows = {row["unit_raw"]: row for row in csv.DictReader(fh)}
    assert set(UNIT_FAMILY) - set(lexicon.load_reader_lists()["age_word"]) <= set(rows)
    assert set(rows) >= COUNT_NOUNS and all(rows[w]["canonical_unit"] == "count" for w in COUNT_NOUNS)
    assert UNIT_FAMILY["procentenheter"] == "pp" and UNIT_FAMILY["kronor"] == "kr" and UNIT_FAMILY["år"] == "age"
    assert TABLE_UNIT_RE.search("Resultaträkning (miljoner kronor)").group(1) == "miljoner kronor"
    assert ROW_UNIT_RE.search("Nettokostnad (mnkr)").group(1) == "mnkr" and not ROW_UNIT_RE.search("Kostnad (kkr)")


def test_the_longest_unit_word_wins_whatever_the_seed_order():
    def unit(text: str) -> str:
        return UNIT_RE.match(text).group("unit")

    assert unit(" miljoner kronor i år") == "miljoner kronor"
    assert unit(" miljoner till") == "miljoner"
    assert unit(" %-enheter") == "%-enheter"
    assert unit(" % av") == "%"
    assert unit(" vårddagar") == "vårddagar" and UNIT_RE.match(" kronorna") is None


def test_a_word_added_to_a_seed_list_reaches_the_reader(tmp_path):
    seed = tmp_path / "reader_words.csv"
    seed.write_text((SEEDS / "reader_words.csv").read_text(encoding="utf-8") + "total_label,sammanlagt\n", "utf-8")
    lists = lexicon.load_reader_lists(seed)
    assert lists["total_label"][-1] == "sammanlagt" and lists["total_label"][0] == "totalt"
    assert lexicon.alternation(["forts.", "fg år"]) == r"forts\.|fg\ år"
    assert lexicon.cue_alternation(["ök*", "*uppdrag*", "för att nå"]) == r"ök\w*|\w*uppdrag\w*|för\s+att\s+nå"


def test_month_names_give_each_month_one_full_name_and_the_abbreviations_their_number():
    names = lexicon.load_month_names(form="name")
    assert list(names.values()) == list(range(1, 13)) and next(iter(names)) == "januari"
    months = lexicon.load_month_names()
    assert months["sept"] == months["sep"] == 9 and months["maj"] == 5 and len(months) == 24


# word endings and the prepositions of a fixed phrase are grammar, not vocabulary: an alternation of only these
# stays in a pattern ('(?:en|et|erna)', 'uppgår till' '(?:med|till|på)')
GRAMMAR = {"en", "et", "na", "ar", "er", "ena", "rna", "erna", "arna", "orna", "ens", "ets", "nas", "ernas"}
GRAMMAR |= {"arnas", "ornas", "ningen", "heten", "ats", "ades", "as", "erat"}
GRAMMAR |= {"på", "om", "till", "med", "för", "per", "efter", "under", "från", "av", "vid", "inom", "hos", "mot"}
WORD_ALTERNATION_RE = re.compile(r"(?:^|[(|:])((?:[a-zåäöA-ZÅÄÖ]{2,}\|)+[a-zåäöA-ZÅÄÖ]{2,})(?=[)|]|$)")


def _word_alternations(pattern: str) -> list[str]:
    """The alternations of words a regex's text spells out ('större|mer|högre'), also of whole words
    ('har\\b|hade\\b'), word starts ('effekt\\w*|...') or phrases ('jämfört\\s+med|mot'), leaving out
    alternations of grammar alone (GRAMMAR) or of short words."""
    found = []
    for m in WORD_ALTERNATION_RE.finditer(re.sub(r"\\b|\\w\*|\\s\+", "", pattern)):
        words = set(m.group(1).split("|"))
        if max(map(len, words)) >= 4 and not words <= GRAMMAR:
            found.append(m.group(1))
    return found


# the module-level patterns that still alternate words, each for a reason
KEPT_ALTERNATIONS = {
    "RATIO_AFTER_ALIAS_RE": "'tertial', 'månad' after 'per': periods, as the month names beside them",
    "YEAR_OPENS_RE": "'under 2017', 'år 2017': the grammar of a year phrase",
}


def test_the_loaders_patterns_take_their_words_from_the_seeds():
    """No module-level constant of the loaders spells out an alternation of words ('(?:större|mer|högre)'):
    the words are lists of seeds/reader_words.csv (issue 14: no word lists in Python constants)."""
    import ast

    found: dict[str, list[str]] = {}
    for path in sorted((SEEDS.parent / "loaders").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
                continue
            for const in ast.walk(node):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    found.setdefault(node.targets[0].id, []).extend(_word_alternations(const.value))
    found = {k: v for k, v in found.items() if v}
    assert set(found) == set(KEPT_ALTERNATIONS), {k: v for k, v in found.items() if k not in KEPT_ALTERNATIONS}


RE_CALLS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "split", "sub", "subn"}
# the patterns written inside functions that still alternate words, each for a reason
KEPT_INLINE_ALTERNATIONS: dict[str, str] = {}


def test_the_patterns_inside_functions_take_their_words_from_the_seeds():
    """No pattern written inside a function of the loaders (a string passed to re.search, re.match, ...) spells
    out an alternation of words, also not of whole words ('har\\b|hade\\b') or word starts ('effekt\\w*|...'):
    the words are lists of seeds/reader_words.csv, the pattern a module-level constant built from them."""
    import ast

    found: dict[str, list[str]] = {}
    for path in sorted((SEEDS.parent / "loaders").rglob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for call in ast.walk(fn):
                if not (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "re"
                    and call.func.attr in RE_CALLS
                ):
                    continue
                for const in (c for arg in call.args for c in ast.walk(arg)):
                    if (
                        isinstance(const, ast.Constant)
                        and isinstance(const.value, str)
                        and _word_alternations(const.value)
                    ):
                        found.setdefault(f"{path.name}:{fn.name}", []).extend(_word_alternations(const.value))
    assert set(found) == set(KEPT_INLINE_ALTERNATIONS), {
        k: v for k, v in found.items() if k not in KEPT_INLINE_ALTERNATIONS
    }


def test_the_parts_of_the_year_and_their_months_come_from_one_seed():
    """seeds/year_parts.csv gives both readers the parts of a year and the months each counts: the report's
    period ('första halvåret 2013') and a number's own clause ('tredje kvartalet')."""
    from loaders.document import FIRST_PART_RE, PART_MONTHS
    from loaders.prose import MILLIONS, YEAR_PART_RE, YEAR_PARTS

    with (SEEDS / "year_parts.csv").open(newline="", encoding="utf-8") as fh:
        seed = {row["word"]: int(row["months"]) for row in csv.DictReader(fh)}
    assert PART_MONTHS == YEAR_PARTS == seed and all(12 % months == 0 for months in seed.values())
    assert FIRST_PART_RE.search("under första halvåret 2013").group(1, 2) == ("halvåret", "2013")
    assert YEAR_PART_RE.search("Under tredje kvartalet var").group(2) == "kvartalet"
    # the count 'miljoner' and 'miljarder' (and their singulars) multiply by is their money factor of
    # seeds/unit_factors.csv
    assert MILLIONS == {"miljoner": 1e6, "miljarder": 1e9, "miljon": 1e6, "miljard": 1e9}


def test_an_org_units_kind_takes_its_title_from_the_seed():
    """seeds/org_kind_titles.csv gives a printed kind its title in the unit's name; a kind no row begins keeps
    its printed form."""
    from loaders.prose import _org_unit

    def unit(sentence: str) -> str:
        return _org_unit(sentence, 0, sentence.index(" mnkr") - 2)

    assert unit("Närsjukvården i Norr har ett underskott på 3 mnkr") == "Närsjukvårdsområde Norr"
    assert unit("Området Syd har ett överskott på 4 mnkr") == "Område Syd"
    assert unit("Division Medicin redovisar ett underskott på 4 mnkr") == "Division Medicin"


def test_tusental_kronor_names_a_tables_unit_in_tkr():
    # 'Tusental kronor' / 'Belopp i tusentals kronor': the captions of the state's and the municipal sector's income
    # statements (riksdagen's budget tables, Ekonomistyrningsverket), the same unit as tkr
    with (SEEDS / "unit_factors.csv").open(encoding="utf-8") as fh:
        rows = {row["unit_raw"]: row for row in csv.DictReader(fh)}
    assert TABLE_UNIT_RE.search("Resultaträkning, tusental kronor").group(1) == "tusental kronor"
    assert TABLE_UNIT_RE.search("Belopp i tusentals kronor").group(1) == "tusentals kronor"
    assert rows["tusentals kronor"]["canonical_unit"] == "tkr" and float(rows["tusentals kronor"]["factor"]) == 1


def test_budget_and_outcome_headers_of_the_regions_tables_name_their_measure():
    # seeds/column_headers.csv as int_table_columns reads it (lower-cased header, first pattern by priority):
    # 'Periodiserad budget' / 'Budget period' (the månadsrapporter's budget of the months so far), 'Årsbudget' /
    # 'Helårsbudget' (the year's), 'Ackumulerat utfall'; before, a one-word budget header was taken for an org unit
    months = "(" + "|".join(sorted(lexicon.load_month_names(), key=len, reverse=True)) + ")"
    with (SEEDS / "column_headers.csv").open(encoding="utf-8") as fh:
        rows = sorted((r for r in csv.DictReader(fh) if not r["caption_pattern"]), key=lambda r: int(r["priority"]))

    def measure(header: str) -> tuple[str, str]:
        row = next(r for r in rows if re.search(r["pattern"].replace("<month>", months), header.lower()))
        return row["measure"], row["period_kind"]

    assert measure("Periodiserad budget") == measure("Budget period") == ("budget", "ytd")
    assert measure("Årsbudget 2024") == measure("Helårsbudget") == measure("Budget 2024") == ("budget", "year")
    assert measure("Ackumulerat utfall") == ("actual", "ytd")
    assert measure("Ackumulerat utfall fg år") == ("actual", "ytd_prev")
    # 'Diff mot budget', 'Avvikelse budget', 'Avv. budget' as 'Avvikelse mot budget' (before: '^diff' made the first
    # a change against last year, the others named nothing)
    assert (
        measure("Diff mot budget")
        == measure("Avvikelse budget")
        == measure("Avv. budget")
        == ("budget_deviation", "ytd")
    )
    assert measure("Avvikelse mot budget") == ("budget_deviation", "ytd") and measure("Diff") == ("change_abs", "ytd")


def test_no_seed_repeats_a_row():
    # a repeated row is harmless to the reader but a sign of two edits that did not see each other (two merges
    # each adding 'hyrpersonal'); every seed's rows are a set
    repeated = {}
    for path in sorted(SEEDS.glob("*.csv")):
        rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r.strip()]
        dupes = sorted({r for r in rows if rows.count(r) > 1})
        if dupes:
            repeated[path.name] = dupes
    assert repeated == {}
