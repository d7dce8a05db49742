"""vardlager report: one self-contained page whose charts really render in headless Chromium, compare at
least three numbers each, and read at 1400 px without any text drawn over other text."""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
from pathlib import Path

import duckdb
import pytest
from bi_warehouse import make_warehouse
from typer.testing import CliRunner

from vardlager.cli import app
from vardlager.report import build_report_html, production_section, worked_time_section

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
]
SECTIONS = ["production", "worked-time", "budget", "costs", "quality"]


@pytest.fixture(scope="module")
def hand(built, tmp_path_factory):
    return make_warehouse(built[1], tmp_path_factory.mktemp("hand") / "hand.duckdb")


def _add_fact(con, domain: str, where: str, **changes) -> None:
    """A copy of the one fact matching `where` with `changes` (column=SQL expression), in the domain's
    fact table and in fct_report_facts."""
    changes.setdefault("org_unit_key", f"md5({changes.get('org_unit_name', 'org_unit_name')})")
    tag = hashlib.md5(repr(sorted(changes.items())).encode()).hexdigest()
    changes["fact_key"] = f"md5(fact_key || '{tag}')"
    replace = ", ".join(f"{expression} as {column}" for column, expression in changes.items())
    for table in (f"fct_{domain}", "fct_report_facts"):
        added = con.execute(
            f"insert into marts.{table} select * replace ({replace}) from marts.{table} where {where}"
        ).fetchone()[0]
        assert added == 1, (table, where)


@pytest.fixture(scope="module")
def rich(hand, tmp_path_factory):
    """The hand warehouse with enough numbers that every chart has something to compare: three org units
    stating both årsarbetare and läkarbesök, three Norrbotten org units with a budget deviation, and
    Division Alfa's costs in two years."""
    db = tmp_path_factory.mktemp("rich") / "rich.duckdb"
    db.write_bytes(hand.read_bytes())
    con = duckdb.connect(str(db))
    alfa_fte = (
        "metric_code = 'arsarbetare' and org_unit_name = 'Division Alfa' and measure = 'actual' "
        "and period_start = date '2024-01-01'"
    )
    _add_fact(con, "worked_time", alfa_fte, org_unit_name="'Division Bravo'", value="150.0")
    _add_fact(
        con,
        "worked_time",
        alfa_fte,
        org_unit_name="'Förvaltning Beta'",
        region_code="'19'",
        value="900.0",
        report_file="'beta_delar1_2024.txt'",
    )
    _add_fact(
        con,
        "costs",
        "metric_code = 'resultat' and measure = 'budget_deviation'",
        org_unit_name="'Division Charlie'",
        value="500.0",
    )
    for metric, value in [("personalkostnader", "140000.0"), ("lakemedel", "38000.0")]:
        _add_fact(
            con,
            "costs",
            f"metric_code = '{metric}' and measure = 'actual'",
            value=value,
            period_start="date '2023-01-01'",
            period_end="date '2023-04-30'",
            period_key="'2023-01-01..2023-04-30'",
            report_file="'alfa_tertial_2023-04.txt'",
        )
    con.close()
    return db


@pytest.fixture(scope="module")
def page(hand, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(out), "--db", str(hand)])
    assert result.exit_code == 0, result.output
    return out


def chromium(*args: str, profile: Path, timeout: int = 60) -> str:
    assert CHROMIUM.exists(), "headless Chromium missing: run `make test` (it installs Debian's chromium)"
    done = subprocess.run(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    errors = [line for line in done.stderr.splitlines() if "CONSOLE" in line and "Uncaught" in line]
    assert not errors, errors  # a JavaScript error leaves a chart blank
    return done.stdout


def test_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    # no script, stylesheet or image is fetched from anywhere: plotly.js is inline
    assert not re.search(r"<script[^>]+src=", text)
    assert not re.search(r"<link[^>]+href=", text)
    assert text.count('<script type="text/javascript">') >= 1 and "Plotly.newPlot" in text


def test_each_chart_names_its_reports_and_has_its_numbers(page):
    text = page.read_text(encoding="utf-8")
    sections = dict(re.findall(r'<section id="([\w-]+)">(.*?)</section>', text, flags=re.S))
    assert list(sections) == SECTIONS
    assert "<code>alfa_tertial_2024-04.txt</code>" in sections["budget"]
    assert "Source reports: <code>alfa_tertial_2024-04.txt</code>" in sections["worked-time"]
    # the numbers table holds the chart's values (−3 000 deviation, 30 läkarbesök per årsarbetare)
    assert '<td class="num">-3\u202f000</td>' in sections["budget"]
    assert '<td class="num">30</td>' in sections["worked-time"]
    assert "beta_delar1_2024.txt" in sections["production"] and "88\u202f000" in sections["production"]
    assert "ExpectColumnValuesToBeBetween(value)" in sections["quality"]  # the warned check is listed
    for key in SECTIONS[:4]:
        assert "vardlager query -f examples/" in sections[key]


# Injected into a copy of the page by the tests (not shipped): after load, shows every view of every
# chart in turn (the menu above a chart) and records, per view, how many bars or points it draws and
# which visible texts (SVG text of plotly: titles, ticks, legend, labels, menus) overlap; the result is
# written into the DOM for --dump-dom.
LAYOUT_CHECK = """
<script>
window.addEventListener('load', async () => {
  const shown = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden' || +style.opacity === 0) return false;
    }
    return true;
  };
  const texts = (root) => [...root.querySelectorAll('svg text')]
    .filter((t) => t.textContent.trim() && shown(t))
    .map((t) => ({text: t.textContent.trim(), r: t.getBoundingClientRect()}))
    .filter((b) => b.r.width > 0 && b.r.height > 0);
  const overlap = (a, b) => Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 1 &&
                            Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 1;
  const result = {};
  for (const div of document.querySelectorAll('div.chart')) {
    const key = div.dataset.section;
    const select = document.querySelector('select[data-chart="chart-' + key + '"]');
    const views = [];
    for (let i = 0; i < (select ? select.options.length : 1); i++) {
      if (select && i > 0) { select.selectedIndex = i; await vardlagerShow(select); }
      const plot = div.querySelector('.js-plotly-plot');
      if (!plot) { views.push({label: 'no chart', points: 0, overlaps: [], texts: 0}); continue; }
      const found = texts(plot);
      const overlaps = [];
      for (let a = 0; a < found.length; a++)
        for (let b = a + 1; b < found.length; b++)
          if (overlap(found[a], found[b])) overlaps.push([found[a].text, found[b].text]);
      const points = [...plot.querySelectorAll('.point')].filter(shown).length;
      views.push({label: select ? select.options[i].text : key, points, overlaps, texts: found.length,
                  width: plot.getBoundingClientRect().width});
    }
    result[key] = views;
  }
  const pre = document.createElement('pre');
  pre.id = 'layout-check';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
});
</script>
"""


def layout_check(report: Path, tmp_path: Path) -> dict:
    page = tmp_path / "checked.html"
    page.write_text(report.read_text(encoding="utf-8").replace("</body>", LAYOUT_CHECK + "</body>"), encoding="utf-8")
    dom = chromium(
        "--window-size=1400,3000",
        "--virtual-time-budget=60000",
        "--dump-dom",
        page.as_uri(),
        profile=tmp_path / "profile",
        timeout=180,
    )
    found = re.search(r'<pre id="layout-check">(.*?)</pre>', dom, flags=re.S)
    assert found, "the layout check did not finish"
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.slow
def test_every_chart_compares_at_least_three_numbers_without_overlapping_text(rich, tmp_path):
    report = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(report), "--db", str(rich)])
    assert result.exit_code == 0, result.output
    checked = layout_check(report, tmp_path)
    assert list(checked) == SECTIONS
    for key, views in checked.items():
        for view in views:
            assert view["points"] >= 3, (key, view)  # every chart draws a comparison, never 1 or 2 numbers
            assert view["overlaps"] == [], (key, view["label"], view["overlaps"])
            assert view["texts"] > 5 and view["width"] >= 1000, (key, view)  # labelled, and the page's width
    # the scatter labels each of its three points with org unit and period
    scatter = worked_time_section(rich).views[0].figure.data[0]
    assert (
        list(scatter.text)
        == ["Division Bravo<br>jan–apr 2024", "Division Alfa<br>jan–apr 2024", "Förvaltning Beta<br>jan–apr 2024"]
        and "text" in scatter.mode
    )
    # like with like: läkarbesök of jan–apr and of the whole year stand in panels of their own
    production = production_section(rich).views[0].figure
    assert [a.text for a in production.layout.annotations] == ["jan–apr (4 months)", "helår (12 months)"]
    assert {(t.xaxis, tuple(t.x)) for t in production.data if t.name.startswith("Förvaltning Beta")} == {
        ("x", ("2024",)),
        ("x2", ("2023",)),
    }


def test_too_few_numbers_are_said_not_drawn_and_no_missing_menu_is_mentioned(page):
    text = page.read_text(encoding="utf-8")
    sections = dict(re.findall(r'<section id="([\w-]+)">(.*?)</section>', text, flags=re.S))
    # the hand warehouse has one org unit-period per production metric with årsarbetare: no scatter
    assert '<p class="too-few" id="chart-worked-time">Too few to compare' in sections["worked-time"]
    assert "in the table only" in sections["worked-time"] and '<td class="num">30</td>' in sections["worked-time"]
    for key, body in sections.items():
        has_menu = "<select" in body
        assert has_menu == (
            'data-views="' in body
            and int(re.search(r'data-views="(\d+)"', body.split('class="chart"')[1]).group(1)) > 1
        ), key
        assert "menu" not in body.split('<div class="chart"')[0].split("<select")[0].lower(), key


@pytest.mark.slow
def test_report_of_the_real_build_names_the_bundled_reports_and_renders(built, tmp_path):
    text = build_report_html(built[1])
    for report in sorted(p.name for p in (Path(__file__).resolve().parent.parent / "data" / "reports").glob("*.txt")):
        assert f"<code>{report}</code>" in text  # listed under "Reports in the warehouse"
    page = tmp_path / "real.html"
    page.write_text(text, encoding="utf-8")
    checked = layout_check(page, tmp_path)  # fails on JavaScript errors
    assert list(checked) == SECTIONS
    for key, views in checked.items():
        charted = [view for view in views if view["label"] != "no chart"]
        assert key == "worked-time" or charted, key  # the samples' worked time: 2 pairs, said, not drawn
        for view in charted:
            assert view["points"] >= 3 and view["overlaps"] == [], (key, view)


def test_report_without_a_warehouse_fails_cleanly(tmp_path):
    result = CliRunner().invoke(app, ["report", "--out", str(tmp_path / "r.html"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "no warehouse" in result.stderr
    assert not (tmp_path / "r.html").exists()
