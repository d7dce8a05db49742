"""vardlager report: one self-contained page whose charts really render in headless Chromium."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bi_warehouse import make_warehouse
from vardlager.cli import app
from vardlager.report import build_report_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
SECTIONS = ["production", "worked-time", "budget", "costs", "quality"]


@pytest.fixture(scope="module")
def hand(built, tmp_path_factory):
    return make_warehouse(built[1], tmp_path_factory.mktemp("hand") / "hand.duckdb")


@pytest.fixture(scope="module")
def page(hand, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", "--out", str(out), "--db", str(hand)])
    assert result.exit_code == 0, result.output
    return out


def chromium(*args: str, profile: Path, timeout: int = 60) -> str:
    assert CHROMIUM.exists(), "headless Chromium missing: run `make test` (it installs Debian's chromium)"
    done = subprocess.run([str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=timeout)
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
        assert f"vardlager query -f examples/" in sections[key]


@pytest.mark.slow
def test_charts_render_in_headless_chromium(page, tmp_path):
    dom = chromium("--virtual-time-budget=10000", "--dump-dom", page.as_uri(), profile=tmp_path / "profile")
    charts = re.split(r'<div class="chart" data-section="', dom)[1:]
    assert [c.split('"', 1)[0] for c in charts] == SECTIONS
    for chart in charts:
        key = chart.split('"', 1)[0]
        assert 'class="main-svg"' in chart, f"{key}: plotly drew no SVG"
        # non-empty: the SVG holds drawn marks (bars or points), not only axes
        marks = len(re.findall(r'class="(?:point|bars|scatterlayer|trace bars)', chart))
        assert marks > 0 and re.search(r'<path[^>]+d="M[\d.]+,[\d.]+', chart), f"{key}: empty chart"


@pytest.mark.slow
def test_report_of_the_real_build_names_the_bundled_reports_and_renders(built, tmp_path):
    text = build_report_html(built[1])
    for report in sorted(p.name for p in (Path(__file__).resolve().parent.parent / "data" / "reports").glob("*.txt")):
        assert f"<code>{report}</code>" in text  # listed under "Reports in the warehouse"
    page = tmp_path / "real.html"
    page.write_text(text, encoding="utf-8")
    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile")  # fails on JavaScript errors
    charts = re.split(r'<div class="chart" data-section="', dom)[1:]
    assert len(charts) == len(SECTIONS) and all('class="main-svg"' in chart for chart in charts)


def test_report_without_a_warehouse_fails_cleanly(tmp_path):
    result = CliRunner().invoke(app, ["report", "--out", str(tmp_path / "r.html"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "no warehouse" in result.stderr
    assert not (tmp_path / "r.html").exists()
