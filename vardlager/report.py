"""`vardlager report`: one self-contained HTML page of charts over the published warehouse.

Every chart is drawn from one of the analyst queries in examples/*.sql (named under the chart, so
the numbers can be reproduced with `vardlager query -f`), shows its numbers on hover and in a table
below it, and names the reports its numbers come from. plotly.js is embedded inline, so the page
works offline and can be mailed as one file.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs
from plotly.subplots import make_subplots

from vardlager.query import QueryError, run_query

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
GOOD, BAD, NEUTRAL = "#2a9d5b", "#c8423b", "#4c78a8"
ISSUE_COLOURS = ["#7f7f7f", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#e377c2"]
PLOT_CONFIG = {"displaylogo": False, "responsive": True}


class ReportError(Exception):
    pass


@dataclass
class Section:
    key: str
    title: str
    question: str
    views: list  # of View: the charts; the first is shown, a menu above it switches (none: `empty` is said)
    table: pd.DataFrame
    query: str  # where the numbers come from
    reports: list[str] = field(default_factory=list)
    note: str = ""
    empty: str = "Nothing to show yet"


# --- data ---------------------------------------------------------------------------------------


def _frame(db: Path, sql: str) -> pd.DataFrame:
    result = run_query(db, sql)
    return pd.DataFrame(result.rows, columns=result.columns)


def _example(db: Path, name: str) -> pd.DataFrame:
    return _frame(db, (EXAMPLES_DIR / f"{name}.sql").read_text(encoding="utf-8"))


def _optional(db: Path, sql: str) -> pd.DataFrame | None:
    """A query on a table that older warehouses may lack: None when it is missing."""
    try:
        return _frame(db, sql)
    except QueryError:
        return None


def _reports_of(frame: pd.DataFrame, *columns: str) -> list[str]:
    names: set[str] = set()
    for column in columns:
        if column in frame:
            for value in frame[column].dropna():
                names.update(part.strip() for part in str(value).split(",") if part.strip())
    return sorted(names)


def _span(start: date, end: date) -> str:
    """'jan–apr' for a period, the part of its label that is the same every year."""
    if start.month == 1 and end.month == 12:
        return "helår"
    return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]}"


def _num(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if float(value).is_integer():
        return f"{value:,.0f}".replace(",", "\u202f")
    return f"{value:,.2f}".replace(",", "\u202f")


# --- figures ------------------------------------------------------------------------------------

MIN_COMPARED = 3  # a chart compares at least this many numbers; fewer stay in the table below it
PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d", "#eeca3b", "#bab0ac"]


@dataclass
class View:
    """One chart of a section; a section with several has a menu above the chart to switch."""

    label: str
    figure: go.Figure


def _layout(fig: go.Figure, height: int = 460, **kwargs) -> go.Figure:
    """Common look: the legend (if any) to the right of the plot, where it cannot cover axis labels,
    and bar labels hidden where they do not fit (never drawn over each other)."""
    kwargs.setdefault("margin", dict(l=70, r=30, t=70, b=60))
    fig.update_layout(
        template="plotly_white",
        height=height,
        hoverlabel=dict(align="left"),
        legend=dict(orientation="v", x=1.02, xanchor="left", y=1, yanchor="top"),
        uniformtext=dict(minsize=10, mode="hide"),
        font=dict(family="system-ui, sans-serif", size=13),
        **kwargs,
    )
    return fig


def _title(text: str) -> dict:
    return {"text": text, "x": 0, "xanchor": "left", "y": 0.98, "yanchor": "top", "font": {"size": 15}}


def _marks(fig: go.Figure) -> int:
    """How many numbers a figure draws (bars or points)."""
    return sum(
        sum(1 for v in (trace.y if trace.orientation != "h" else trace.x) if v is not None and v == v)
        for trace in fig.data
    )


def _compared(views: list[View]) -> tuple[list[View], int]:
    """The views that compare at least MIN_COMPARED numbers, and how many were left to the table."""
    kept = [v for v in views if _marks(v.figure) >= MIN_COMPARED]
    return kept, len(views) - len(kept)


def _short_region(name) -> str:
    return str(name or "region ?").removeprefix("Region ")


def production_section(db: Path) -> Section:
    frame = _example(db, "production_per_region_period")
    frame = frame[frame["unit"].isin(["count", "hours"])].copy()
    views = []
    if not frame.empty:
        frame["span"] = [_span(s, e) for s, e in zip(frame["period_start"], frame["period_end"])]
        frame["months"] = [
            (e.year - s.year) * 12 + e.month - s.month + 1 for s, e in zip(frame["period_start"], frame["period_end"])
        ]
        frame["year"] = [str(e.year) for e in frame["period_end"]]
        frame["series"] = frame["org_unit_name"] + " (" + frame["region_name"].map(_short_region) + ")"
        by_size = frame.groupby("metric_name")["value"].count().sort_values(ascending=False, kind="stable")
        for metric in by_size.index:  # the metric with most figures first
            part = frame[frame["metric_name"] == metric]
            spans = part.sort_values("months").drop_duplicates("span")[["span", "months"]].values.tolist()
            # one panel per span of months, each with its own axis: helår is never a bar beside jan–apr
            fig = make_subplots(
                rows=1,
                cols=len(spans),
                horizontal_spacing=0.07,
                subplot_titles=[f"{span} ({months} months)" for span, months in spans],
            )
            unit = part["unit"].iloc[0]
            for colour, (series, rows) in zip(PALETTE * 20, part.groupby("series", sort=True)):
                for col, (span, _) in enumerate(spans, start=1):
                    cell = rows[rows["span"] == span].sort_values("period_end")
                    if cell.empty:
                        continue
                    fig.add_trace(
                        go.Bar(
                            x=cell["year"],
                            y=cell["value"],
                            name=series,
                            legendgroup=series,
                            marker_color=colour,
                            showlegend=not any(t.name == series for t in fig.data),
                            text=[_num(v) for v in cell["value"]],
                            textposition="inside",
                            customdata=list(zip(cell["period_label"], cell["report_file"], cell["source_line"])),
                            hovertemplate="<b>%{fullData.name}</b><br>%{customdata[0]}<br>%{y:,.0f} "
                            + unit
                            + "<br>%{customdata[1]}, line %{customdata[2]}<extra></extra>",
                        ),
                        row=1,
                        col=col,
                    )
            _layout(
                fig,
                barmode="group",
                title=_title(f"{metric} ({unit}): the same months, year by year"),
                margin=dict(l=70, r=30, t=100, b=50),
            )
            fig.update_xaxes(type="category", categoryorder="category ascending")
            fig.update_yaxes(rangemode="tozero")
            fig.update_yaxes(title_text=unit, row=1, col=1)
            views.append(View(f"{metric} ({len(part)} figures)", fig))
    views, left = _compared(views)
    note = f"{left} metrics with fewer than {MIN_COMPARED} figures are in the table only." if left else ""
    return Section(
        "production",
        "Production trends",
        "How much care was produced, and is it more or less than the same months a year earlier? "
        "Each panel is one span of months (jan–apr, helår, ...) with its own axis, so only equal "
        "spans stand side by side; each colour is one org unit.",
        views,
        frame.drop(columns=["span", "months", "year", "series"], errors="ignore"),
        "examples/production_per_region_period.sql",
        _reports_of(frame, "report_file"),
        note,
        empty="No actual production counts in the warehouse yet",
    )


def _point_label(org_unit: str, start, end) -> str:
    return f"{org_unit}<br>{_span(start, end)} {end.year}"


def worked_time_section(db: Path) -> Section:
    frame = _example(db, "worked_time_vs_production")
    views = []
    for metric, part in frame.groupby("metric_code", sort=True):
        part = part.sort_values("arsarbetare")
        fig = go.Figure(
            go.Scatter(
                x=part["arsarbetare"],
                y=part["production"],
                mode="markers+text",
                name=metric,
                text=[
                    _point_label(u, s, e)
                    for u, s, e in zip(part["org_unit_name"], part["period_start"], part["period_end"])
                ],
                # labels alternate above and below the points, so neighbours do not write over each other
                textposition=["top center" if i % 2 == 0 else "bottom center" for i in range(len(part))],
                textfont=dict(size=11),
                marker=dict(size=12, color=NEUTRAL),
                cliponaxis=False,
                customdata=list(zip(part["production_per_arsarbetare"], part["production_report"])),
                hovertemplate="<b>%{text}</b><br>årsarbetare %{x:,.1f}<br>"
                + metric
                + " %{y:,.0f}<br>per årsarbetare %{customdata[0]:,.2f}<br>%{customdata[1]}<extra></extra>",
            )
        )
        _layout(
            fig,
            showlegend=False,
            title=_title(f"{metric} against årsarbetare"),
            xaxis_title="årsarbetare (fte)",
            yaxis_title=f"{metric} ({part['unit'].iloc[0]})",
            margin=dict(l=80, r=60, t=80, b=70),
        )
        # from the origin (the slope is production per årsarbetare), padded so that the two axes' 0 labels
        # do not meet in the corner and the outer points' labels fit
        x_max, y_max = float(part["arsarbetare"].max() or 1), float(part["production"].max() or 1)
        fig.update_xaxes(range=[-0.06 * x_max, 1.15 * x_max], zeroline=True)
        fig.update_yaxes(range=[-0.08 * y_max, 1.18 * y_max], zeroline=True)
        views.append(View(f"{metric} ({len(part)} points)", fig))
    views, left = _compared(views)
    note = (
        (
            f"{left} production metrics have fewer than {MIN_COMPARED} org unit-periods that state both: "
            "they are in the table only (two points make no comparison)."
        )
        if left
        else ""
    )
    empty = (
        "No org unit and period states both årsarbetare and production yet"
        if frame.empty
        else f"Too few to compare: no production metric has {MIN_COMPARED} org unit-periods that also state "
        f"årsarbetare ({len(frame)} pairs in all, listed under Numbers)."
    )
    return Section(
        "worked-time",
        "Worked time versus production",
        "Does production follow the staff that worked for it? Each point is one org unit and period "
        "that states both its årsarbetare and the production metric, labelled with both.",
        views,
        frame,
        "examples/worked_time_vs_production.sql",
        _reports_of(frame, "production_report", "arsarbetare_report"),
        note,
        empty=empty,
    )


def budget_section(db: Path) -> Section:
    frame = _example(db, "budget_deviation_per_org_unit")
    views = []
    if not frame.empty:
        frame["group"] = [
            f"{_short_region(r)} · {_span(s, e)} {e.year}"
            for r, s, e in zip(frame["region_name"], frame["period_start"], frame["period_end"])
        ]
        # one view per region and period (org units of one report compare like with like); latest first
        order = frame.groupby("group")["period_end"].max().sort_values(ascending=False, kind="stable").index
        for group in order:
            part = frame[frame["group"] == group].sort_values("budget_deviation")
            fig = go.Figure(
                go.Bar(
                    y=part["org_unit_name"],
                    x=part["budget_deviation"],
                    orientation="h",
                    name=group,
                    marker_color=[GOOD if v >= 0 else BAD for v in part["budget_deviation"]],
                    text=[_num(v) for v in part["budget_deviation"]],
                    textposition="inside",
                    customdata=list(
                        zip(
                            part["actual"].map(_num),
                            part["budget"].map(_num),
                            part["deviation_source"],
                            part["report_files"],
                        )
                    ),
                    hovertemplate="<b>%{y}</b><br>deviation %{x:,.0f} tkr (%{customdata[2]})<br>"
                    "actual %{customdata[0]} · budget %{customdata[1]}<br>%{customdata[3]}<extra></extra>",
                )
            )
            _layout(
                fig,
                height=max(320, 140 + 26 * len(part)),
                showlegend=False,
                title=_title(f"Resultat against budget, {group}"),
                xaxis_title="budget deviation, tkr (positive = better than budget)",
            )
            fig.update_yaxes(automargin=True, type="category")
            views.append(View(f"{group} ({len(part)} org units)", fig))
        frame = frame.drop(columns=["group"])
    views, left = _compared(views)
    note = f"{left} region-periods with fewer than {MIN_COMPARED} org units are in the table only." if left else ""
    return Section(
        "budget",
        "Budget deviation per org unit",
        "Which org units are over or under budget? The result (resultat) against budget, one region "
        "and period at a time: green is better than budget (överskott), red worse.",
        views,
        frame,
        "examples/budget_deviation_per_org_unit.sql",
        _reports_of(frame, "report_files"),
        note,
        empty="No result (resultat) with a budget or a stated budget deviation yet",
    )


def cost_section(db: Path) -> Section:
    frame = _example(db, "cost_development_per_kostnadsslag")
    views = []
    if not frame.empty:
        frame["span"] = [_span(s, e) for s, e in zip(frame["period_start"], frame["period_end"])]
        by_size = frame.groupby(["org_unit_name", "span"])["actual"].count().sort_values(ascending=False, kind="stable")
        for unit, span in by_size.index:  # one org unit and one span of months per view: like with like
            part = frame[(frame["org_unit_name"] == unit) & (frame["span"] == span)]
            fig = go.Figure()
            periods = part.sort_values(["period_end", "period_start"])["period_label"].drop_duplicates()
            kinds = sorted(part["kostnadsslag"].unique(), reverse=True)  # top to bottom alphabetically
            for colour, period in zip(PALETTE * 20, periods):
                rows = part[part["period_label"] == period].sort_values("kostnadsslag")
                # horizontal bars: kostnadsslag names read level on the left, never slanted over each other
                fig.add_trace(
                    go.Bar(
                        y=rows["kostnadsslag"],
                        x=rows["actual"],
                        name=str(period),
                        marker_color=colour,
                        orientation="h",
                        customdata=list(
                            zip(
                                rows["stated_change_pct"].map(lambda v: "" if pd.isna(v) else f"{v:+.1f} %"),
                                rows["report_file"],
                                rows["source_line"],
                            )
                        ),
                        hovertemplate="<b>%{y}</b> · %{fullData.name}<br>%{x:,.0f} tkr %{customdata[0]}<br>"
                        "%{customdata[1]}, line %{customdata[2]}<extra></extra>",
                    )
                )
            _layout(
                fig,
                height=160 + 18 * len(kinds) * max(2, len(periods)),
                barmode="group",
                xaxis_title="actual, tkr",
                title=_title(f"{unit}: cost per kostnadsslag, {span}"),
                legend_title_text="period",
            )
            fig.update_yaxes(type="category", categoryorder="array", categoryarray=kinds, automargin=True)
            views.append(View(f"{unit} · {span} ({len(part)} figures)", fig))
    views, left = _compared(views)
    note = f"{left} org unit-spans with fewer than {MIN_COMPARED} cost figures are in the table only." if left else ""
    return Section(
        "costs",
        "Cost development per kostnadsslag",
        "Where does the money go, and how does each cost type develop? One org unit and one span of "
        "months at a time; each colour is a year of that span.",
        views,
        frame.drop(columns=["span"], errors="ignore"),
        "examples/cost_development_per_kostnadsslag.sql",
        _reports_of(frame, "report_file"),
        note,
        empty="No actual costs per kostnadsslag in the warehouse yet",
    )


def quality_section(db: Path) -> Section:
    checks = _optional(
        db,
        """
        select layer, status, count(*) as checks, sum(failing_rows) as failing_rows
        from audit.dq_results
        where build_id = (select build_id from audit.dq_results order by checked_at desc limit 1)
        group by layer, status order by layer, status""",
    )
    problems = _optional(
        db,
        """
        select layer, check_name, severity, status, failing_rows, sample
        from audit.dq_results
        where build_id = (select build_id from audit.dq_results order by checked_at desc limit 1)
          and status <> 'passed'
        order by status, layer, check_name""",
    )
    issues = _optional(
        db,
        """
        select report_file, kind, count(*) as issues
        from raw.extraction_issues group by report_file, kind order by report_file, kind""",
    )
    if checks is None or checks.empty:
        return Section(
            "quality",
            "Data quality",
            "What did the checks of the latest build find?",
            [],
            pd.DataFrame(),
            "audit.dq_results",
            empty="No audit.dq_results in this warehouse",
        )
    n_reports = 0 if issues is None else issues["report_file"].nunique()
    # two rows, not two columns: the report names label the lower chart in the page's left margin
    # and can never be drawn over the checks
    fig = make_subplots(
        rows=2,
        cols=1,
        vertical_spacing=0.16,
        row_heights=[0.45, 0.55],
        subplot_titles=(
            "checks of the latest build, per layer",
            "numbers not placed in a fact, per report (raw.extraction_issues)",
        ),
    )
    colours = {"passed": GOOD, "warned": "#e0a526", "failed": BAD}
    for status in ("passed", "warned", "failed"):
        rows = checks[checks["status"] == status]
        if not rows.empty:
            fig.add_trace(
                go.Bar(
                    y=rows["layer"],
                    x=rows["checks"],
                    name=f"checks {status}",
                    orientation="h",
                    marker_color=colours[status],
                    customdata=rows["failing_rows"],
                    hovertemplate="%{y}: %{x} checks " + status + " (%{customdata} failing rows)<extra></extra>",
                ),
                row=1,
                col=1,
            )
    if issues is not None and not issues.empty:
        for colour, (kind, rows) in zip(ISSUE_COLOURS * 10, issues.groupby("kind", sort=True)):
            fig.add_trace(
                go.Bar(
                    y=rows["report_file"],
                    x=rows["issues"],
                    name=f"issue: {kind}",
                    orientation="h",
                    marker_color=colour,
                    hovertemplate="%{y}<br>%{x} " + kind + "<extra></extra>",
                ),
                row=2,
                col=1,
            )
    _layout(
        fig,
        height=420 + 28 * (checks["layer"].nunique() + n_reports),
        barmode="stack",
        margin=dict(l=70, r=30, t=70, b=60),
    )
    fig.update_yaxes(automargin=True, type="category")
    table = problems if problems is not None and not problems.empty else checks
    reports = _reports_of(issues, "report_file") if issues is not None else []
    return Section(
        "quality",
        "Data quality",
        "Can the numbers above be trusted? The Great Expectations and dbt checks of the latest build "
        "(hard checks block publishing, soft ones warn) and the numbers the loaders could not place.",
        [View("latest build", fig)],
        table,
        "audit.dq_results, raw.extraction_issues",
        reports,
        note=""
        if problems is None or problems.empty
        else f"{len(problems)} checks did not pass; the table lists them with a sample of offending rows.",
    )


SECTIONS = (production_section, worked_time_section, budget_section, cost_section, quality_section)


# --- page ---------------------------------------------------------------------------------------

CSS = """
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 1280px; padding: 0 24px 48px; color: #222; }
header { border-bottom: 2px solid #4c78a8; margin-bottom: 8px; }
h1 { margin: 24px 0 4px; } h2 { margin: 36px 0 4px; }
.meta, .sources, .question { color: #555; } .question { margin: 4px 0 8px; max-width: 70em; }
section { border-bottom: 1px solid #ddd; padding-bottom: 12px; }
nav a { margin-right: 14px; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
th, td { border: 1px solid #ddd; padding: 3px 7px; text-align: left; } td.num { text-align: right; }
th { background: #f3f5f8; } details summary { cursor: pointer; color: #4c78a8; margin: 6px 0; }
code { background: #f3f5f8; padding: 1px 4px; }
.views { margin: 6px 0 2px; } .views select { font-size: 14px; padding: 2px 4px; max-width: 100%; }
.too-few { color: #666; font-style: italic; margin: 12px 0; }
"""

# The menu above a chart swaps in another view's figure (kept as JSON in the page).
SCRIPT = """
function vardlagerShow(select) {
  const div = document.getElementById(select.dataset.chart);
  const views = JSON.parse(document.getElementById(select.dataset.views).textContent);
  const view = views[select.selectedIndex];
  return Plotly.react(div, view.data, view.layout, PLOT_CONFIG);
}
""".replace("PLOT_CONFIG", json.dumps(PLOT_CONFIG))


def _table_html(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "<p><em>no rows</em></p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for value in row:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f'<td class="num">{_num(value)}</td>')
            else:
                empty = value is None or (isinstance(value, float) and pd.isna(value))
                cells.append(f"<td>{'' if empty else html.escape(str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _views_json(views: list) -> str:
    """The views' figures as JSON that is safe inside a <script> element."""
    return "[" + ",".join(view.figure.to_json() for view in views).replace("</", "<\\/") + "]"


def _section_html(section: Section) -> str:
    chart_id = f"chart-{section.key}"
    if section.views:
        chart = section.views[0].figure.to_html(
            full_html=False, include_plotlyjs=False, div_id=chart_id, config=PLOT_CONFIG
        )
    else:
        chart = f'<p class="too-few" id="{chart_id}">{html.escape(section.empty)}</p>'
    menu = ""
    if len(section.views) > 1:
        options = "".join(f"<option>{html.escape(v.label)}</option>" for v in section.views)
        menu = (
            f'<p class="views"><label>Show ({len(section.views)} charts): <select data-chart="{chart_id}" '
            f'data-views="views-{section.key}" onchange="vardlagerShow(this)">{options}</select></label></p>'
            f'<script type="application/json" id="views-{section.key}">{_views_json(section.views)}</script>'
        )
    sources = ", ".join(f"<code>{html.escape(r)}</code>" for r in section.reports) or "<em>none</em>"
    note = f"<p>{html.escape(section.note)}</p>" if section.note else ""
    rerun = (
        f" (reproduce them: <code>vardlager query -f {html.escape(section.query)}</code>)"
        if section.query.endswith(".sql")
        else ""
    )
    return f"""
<section id="{section.key}">
<h2>{html.escape(section.title)}</h2>
<p class="question">{html.escape(section.question)}</p>
{menu}
<div class="chart" data-section="{section.key}" data-views="{len(section.views)}">{chart}</div>
{note}
<p class="sources">Source reports: {sources}<br>Numbers from <code>{html.escape(section.query)}</code>{rerun}.</p>
<details><summary>Numbers ({len(section.table)} rows)</summary>{_table_html(section.table)}</details>
</section>"""


def build_report_html(db: Path) -> str:
    db = Path(db)
    if not db.is_file():
        raise ReportError(f"{db}: no warehouse; run `vardlager build` first")
    try:
        sections = [make(db) for make in SECTIONS]
        reports = _frame(
            db,
            """
            select report_file, region_name, report_type, period_start, period_end
            from marts.dim_report order by region_name, report_file""",
        )
        built_at = _optional(db, "select max(checked_at) as t from audit.dq_results")
    except QueryError as exc:
        raise ReportError(str(exc)) from exc
    when = (
        ""
        if built_at is None or built_at.empty or built_at["t"].iloc[0] is None
        else f"built {built_at['t'].iloc[0]:%Y-%m-%d %H:%M %Z}, "
    )
    report_rows = "".join(
        f"<tr><td><code>{html.escape(str(r.report_file))}</code></td><td>{html.escape(str(r.region_name or ''))}</td>"
        f"<td>{html.escape(str(r.report_type or ''))}</td><td>{r.period_start or ''} – {r.period_end or ''}</td></tr>"
        for r in reports.itertuples(index=False)
    )
    nav = "".join(f'<a href="#{s.key}">{html.escape(s.title)}</a>' for s in sections)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vardlager – uppföljning</title>
<style>{CSS}</style>
<script type="text/javascript">{get_plotlyjs()}</script>
<script type="text/javascript">{SCRIPT}</script>
</head><body>
<header><h1>vardlager – uppföljning av hälso- och sjukvård</h1>
<p class="meta">Warehouse <code>{html.escape(db.name)}</code>: {when}{len(reports)} reports; page generated {generated}.
Every number below is a fact of <code>marts.fct_report_facts</code> with its report and line (hover a bar or open
“Numbers”).</p>
<nav>{nav}</nav>
<details><summary>Reports in the warehouse ({len(reports)})</summary>
<table><thead><tr><th>report</th><th>region</th><th>type</th><th>period</th></tr></thead><tbody>{report_rows}</tbody></table>
</details></header>
{"".join(_section_html(s) for s in sections)}
</body></html>
"""


def write_report(db: Path, out: Path) -> Path:
    """Write the report page for db to out (atomically: a half-written page never replaces a good one)."""
    page = build_report_html(db)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    return out
