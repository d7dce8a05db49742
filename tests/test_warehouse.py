"""The conformed warehouse: dimensions, restatements, facts queried through the dimensions, docs."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPORTS

VASTMANLAND = "vastmanland_hsf_delar1_2024.txt"
NORRBOTTEN_2021 = "norrbotten_ovriga_lanet_tertial_2021-04.txt"


def _line_of(report: str, pattern: str) -> int:
    lines = (REPORTS / report).read_text(encoding="utf-8").split("\n")
    hits = [i + 1 for i, line in enumerate(lines) if re.match(pattern, line)]
    assert len(hits) == 1, (pattern, hits)
    return hits[0]


def test_dim_region_has_all_21_regions(warehouse):
    rows = warehouse.execute("select region_code, region_name, sjukvardsregion from marts.dim_region").fetchall()
    assert len(rows) == 21
    by_code = {code: (name, sjv) for code, name, sjv in rows}
    assert by_code["19"] == ("Region Västmanland", "Mellansverige")
    assert by_code["25"] == ("Region Norrbotten", "Norra")
    assert by_code["01"][1] == "Stockholm-Gotland"


def test_dim_period_labels_and_ranges(warehouse):
    rows = {
        key: (kind, label, range_label)
        for key, kind, label, range_label in warehouse.execute(
            "select period_key, period_kind, period_label, range_label from marts.dim_period"
        ).fetchall()
    }
    assert rows["2024-01-01..2024-04-30"] == ("tertial", "T1 2024", "jan–apr 2024")
    assert rows["2023-01-01..2023-08-31"] == ("ytd", "jan–aug 2023", "jan–aug 2023")
    assert rows["2024-01-01..2024-12-31"] == ("year", "helår 2024", "jan–dec 2024")
    assert rows["2024-04-01..2024-04-30"] == ("month", "april 2024", "apr 2024")
    assert rows["2024-07-01..2024-12-31"][:2] == ("half_year", "H2 2024")
    assert rows["2023-05-01..2024-04-30"] == ("rolling_12", "R12 maj 2023–apr 2024", "maj 2023–apr 2024")
    # every fact's period is in the dimension
    orphans = warehouse.execute("""select count(*) from marts.fct_report_facts f
        left join marts.dim_period p using (period_key) where p.period_key is null""").fetchone()[0]
    assert orphans == 0


def test_dim_org_unit_hierarchy_reaches_the_region(warehouse):
    rows = warehouse.execute("""
        select o.org_unit_name, o.org_level, o.region_name, o.parent_org_unit_key is null
        from marts.dim_org_unit o where o.org_level <> 'region'""").fetchall()
    assert rows
    assert all(not is_root for *_, is_root in rows)
    # the report's own units sit on their level in their region
    units = {(name, level, region) for name, level, region, _ in rows}
    assert ("Hälso- och sjukvårdsförvaltningen", "forvaltning", "Region Västmanland") in units
    assert ("Division Övriga länet", "division", "Region Norrbotten") in units
    # every report's own unit is a key of the dimension
    missing = warehouse.execute("""select count(*) from marts.dim_report r
        left join marts.dim_org_unit o using (org_unit_key) where o.org_unit_key is null""").fetchone()[0]
    assert missing == 0


def test_restatements_keep_every_report_and_exactly_one_is_current(warehouse):
    counts = warehouse.execute("""
        select count(*) filter (where is_current), count(distinct report_file)
        from marts.fct_report_facts
        group by org_unit_key, metric_code, measure, breakdown, period_key""").fetchall()
    assert counts and all(n_current == 1 for n_current, _ in counts)
    conflicts = warehouse.execute("""
        select count(*) from marts.fct_report_facts f
        left join marts.fct_report_facts o on f.conflicts_with_fact_key = o.fact_key
        where f.has_conflict
            and (o.fact_key is null or o.report_file <> f.report_file or o.value = f.value)""").fetchone()[0]
    assert conflicts == 0


def test_vastmanland_personalkostnader_per_period_as_the_resultatrakning_prints_them(warehouse):
    # Resultaträkning, Belopp i mnkr; columns April 2023 | April 2024 | Budget 2024 | Prognos 2024 | Bokslut 2023:
    # "Personalkostnader -1 627  -1 723  -3 757  -4 962  -4 763" -> positive amounts in tkr
    line = _line_of(VASTMANLAND, r"^Personalkostnader -1 627\s+-1 723\s+-3 757\s+-4 962\s+-4 763")
    rows = warehouse.execute(
        """
        select p.period_label, f.measure, f.value
        from marts.fct_costs f
        join marts.dim_org_unit o using (org_unit_key)
        join marts.dim_period p using (period_key)
        where f.report_file = ? and f.metric_code = 'personalkostnader' and f.source_line = ?
          and o.org_unit_name = 'Hälso- och sjukvårdsförvaltningen' and o.region_code = '19'""",
        [VASTMANLAND, line],
    ).fetchall()
    assert sorted(rows) == sorted(
        [
            ("T1 2023", "actual", 1_627_000.0),
            ("T1 2024", "actual", 1_723_000.0),
            ("helår 2024", "budget", 3_757_000.0),
            ("helår 2024", "forecast", 4_962_000.0),
            ("helår 2023", "actual", 4_763_000.0),
        ]
    )
    # the same figures, one decimal, in the Bilaga's förenklad resultaträkning are the current statements
    current = dict(
        warehouse.execute(
            """
        select p.period_label || ' ' || f.measure, f.value from marts.fct_costs f
        join marts.dim_period p using (period_key)
        where f.report_file = ? and f.metric_code = 'personalkostnader' and f.is_current
          and f.measure in ('actual', 'budget', 'forecast')
          and f.org_unit_name = 'Hälso- och sjukvårdsförvaltningen'""",
            [VASTMANLAND],
        ).fetchall()
    )
    assert current["T1 2024 actual"] == pytest.approx(1_723_400)
    assert current["T1 2024 budget"] == pytest.approx(1_303_400)


# Resultatuppföljning 2021 (Tkr): budget deviation jan-apr 2021 per activity (rows) x VO Närsjukvård (columns);
# the rows' labels are printed after the values, alphabetically; checked by hand against the report text:
#   "-2 217 -2 340 -5 602 -304 6 937 -3 526"  Akut omhänd: gemensamt, Gällivare, Kalix, Kiruna, Piteå, total
#   "-21 548 -21 548"                           An/Op/IVA: Piteå only
#   "12 619 1 225 -12 651 1 261 -230 2 224"     Totalt
NORRBOTTEN_VO_TOTALS = {
    "VO Närsjukvård gemensamt": 12619,
    "VO Närsjukvård Gällivare": 1225,
    "VO Närsjukvård Kalix": -12651,
    "VO Närsjukvård Kiruna": 1261,
    "VO Närsjukvård Piteå": -230,
}


def _norrbotten_results(warehouse):
    return warehouse.execute(
        """
        select o.org_level, o.omrade_name, o.unit_name, f.value, f.source_line, f.has_conflict
        from marts.fct_costs f
        join marts.dim_org_unit o using (org_unit_key)
        join marts.dim_period p using (period_key)
        where f.report_file = ? and f.metric_code = 'resultat' and f.measure = 'budget_deviation'
          and p.period_label = 'T1 2021' and o.omrade_name like 'VO Närsjukvård %'""",
        [NORRBOTTEN_2021],
    ).fetchall()


def test_norrbotten_vo_results_of_the_division_table(warehouse):
    totals_line = _line_of(NORRBOTTEN_2021, r"^12 619 1 225 -12 651 1 261 -230 2 224\s*$")
    rows = _norrbotten_results(warehouse)
    vo_level = {
        (omrade, value) for level, omrade, _, value, line, _ in rows if level == "omrade" and line == totals_line
    }
    assert vo_level == {(vo, float(v)) for vo, v in NORRBOTTEN_VO_TOTALS.items()}


def test_norrbotten_activity_results_inside_each_vo(warehouse):
    akut_line = _line_of(NORRBOTTEN_2021, r"^-2 217 -2 340 -5 602 -304 6 937 -3 526\s*$")
    rows = _norrbotten_results(warehouse)
    if not any(level == "enhet" for level, *_ in rows):
        pytest.xfail(
            "the tables loader does not yet name the activity row of a VO column "
            "(org unit 'Akut omhänd / VO Närsjukvård Piteå'); cells land on the VO itself"
        )
    akut = {(omrade, value) for level, omrade, _, value, line, _ in rows if level == "enhet" and line == akut_line}
    assert akut == {
        ("VO Närsjukvård gemensamt", -2217.0),
        ("VO Närsjukvård Gällivare", -2340.0),
        ("VO Närsjukvård Kalix", -5602.0),
        ("VO Närsjukvård Kiruna", -304.0),
        ("VO Närsjukvård Piteå", 6937.0),
    }
    # one value per VO and period at VO level: the activity rows no longer collide on the VO
    assert not any(conflict for level, *_, conflict in rows if level == "omrade")


@pytest.mark.slow
def test_dbt_docs_generate_offline_and_every_model_and_column_documented(docs_site):
    # the dbt docs of `vardlager docs` (README "Documentation"), generated once for the run (conftest.docs_site)
    site, exit_code, output, _ = docs_site
    assert exit_code == 0, output
    target = site / "dbt"
    assert (target / "index.html").exists()
    manifest = json.loads((target / "manifest.json").read_text())
    catalog = json.loads((target / "catalog.json").read_text())
    models = {
        uid: node
        for uid, node in manifest["nodes"].items()
        if node["resource_type"] == "model" and node["package_name"] == "vardlager"
    }
    assert len(models) >= 15
    undocumented = []
    for uid, node in models.items():
        if not node["description"].strip():
            undocumented.append(node["name"])
        documented = {c.lower() for c, col in node["columns"].items() if col["description"].strip()}
        for column in catalog["nodes"].get(uid, {}).get("columns", {}):
            if column.lower() not in documented:
                undocumented.append(f"{node['name']}.{column}")
    assert undocumented == []
