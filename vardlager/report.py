"""`vardlager report`: one self-contained HTML page of charts over the published warehouse.

Every chart is drawn from one of the analyst queries in examples/*.sql (named under the chart, so
the numbers can be reproduced with `vardlager query -f`), shows its numbers on hover and in a table
below it, and names the reports its numbers come from. plotly.js is embedded inline, so the page
works offline and can be mailed as one file.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
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
    figure: go.Figure
    table: pd.DataFrame
    query: str  # where the numbers come from
    reports: list[str] = field(default_factory=list)
    note: str = ""


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

def _layout(fig: go.Figure, height: int = 460, **kwargs) -> go.Figure:
    fig.update_layout(template="plotly_white", height=height, margin=dict(l=70, r=30, t=60, b=60),
                      legend=dict(orientation="h", y=-0.18), hoverlabel=dict(align="left"),
                      font=dict(family="system-ui, sans-serif", size=13), **kwargs)
    return fig


def _empty(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font=dict(size=15, color="#666"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, height=220)


def _with_dropdown(fig: go.Figure, groups: list[tuple[str, int, dict]]) -> go.Figure:
    """groups: (label, number of traces, layout update) in trace order; only the first group shows."""
    if len(groups) <= 1:
        if groups:
            fig.update_layout(groups[0][2])
        return fig
    total = sum(n for _, n, _ in groups)
    buttons, start = [], 0
    for label, n, layout in groups:
        visible = [start <= i < start + n for i in range(total)]
        buttons.append(dict(label=label, method="update", args=[{"visible": visible}, layout]))
        start += n
    first = groups[0][1]
    for i, trace in enumerate(fig.data):
        trace.visible = i < first
    fig.update_layout(groups[0][2])
    fig.update_layout(updatemenus=[dict(buttons=buttons, direction="down", x=0, xanchor="left", y=1.16,
                                        yanchor="top", showactive=True)])
    return fig


def production_section(db: Path) -> Section:
    frame = _example(db, "production_per_region_period")
    frame = frame[frame["unit"].isin(["count", "hours"])].copy()
    fig = go.Figure()
    groups = []
    if not frame.empty:
        frame["span"] = [_span(s, e) for s, e in zip(frame["period_start"], frame["period_end"])]
        frame["year"] = [e.year for e in frame["period_end"]]
        region = frame["region_name"].fillna("region ?").str.replace(r"^Region ", "", regex=True)
        frame["series"] = frame["org_unit_name"] + " (" + region + ") · " + frame["span"]
        by_size = frame.groupby("metric_name")["value"].count().sort_values(ascending=False, kind="stable")
        for metric in by_size.index:  # the metric with most figures first
            part = frame[frame["metric_name"] == metric]
            n = 0
            for series, rows in part.sort_values(["period_end"]).groupby("series", sort=True):
                fig.add_trace(go.Bar(
                    x=rows["year"], y=rows["value"], name=series,
                    customdata=list(zip(rows["period_label"], rows["report_file"], rows["source_line"],
                                        rows["region_name"].fillna(""))),
                    hovertemplate="<b>%{fullData.name}</b><br>%{customdata[0]} (%{customdata[3]})<br>"
                                  "%{y:,.0f} " + rows["unit"].iloc[0] +
                                  "<br>%{customdata[1]}, line %{customdata[2]}<extra></extra>"))
                n += 1
            groups.append((metric, n, {"yaxis": {"title": {"text": f"{metric} ({part['unit'].iloc[0]})"}}}))
        _with_dropdown(fig, groups)
        _layout(fig, barmode="group", xaxis_title="year (same months compared: each series is one period span)")
        fig.update_xaxes(dtick=1, tickformat="d")  # whole years, in order
    else:
        fig = _empty("No actual production counts in the warehouse yet")
    return Section("production", "Production trends",
                   "How much care was produced, and is it more or less than the same months a year earlier? "
                   "Pick a metric in the menu; each series is one org unit and one span of months.",
                   fig, frame.drop(columns=["span", "year", "series"], errors="ignore"),
                   "examples/production_per_region_period.sql", _reports_of(frame, "report_file"))


def worked_time_section(db: Path) -> Section:
    frame = _example(db, "worked_time_vs_production")
    if frame.empty:
        fig = _empty("No org unit and period states both årsarbetare and production yet")
    else:
        fig = go.Figure()
        groups = []
        for metric, part in frame.groupby("metric_code", sort=True):
            fig.add_trace(go.Scatter(
                x=part["arsarbetare"], y=part["production"], mode="markers", name=metric,
                text=part["org_unit_name"], marker=dict(size=12, color=NEUTRAL),
                customdata=list(zip(part["period_start"].astype(str) + " – " + part["period_end"].astype(str),
                                    part["production_per_arsarbetare"], part["production_report"])),
                hovertemplate="<b>%{text}</b><br>%{customdata[0]}<br>årsarbetare %{x:,.1f}<br>" + metric +
                              " %{y:,.0f}<br>per årsarbetare %{customdata[1]:,.2f}<br>%{customdata[2]}<extra></extra>"))
            groups.append((metric, 1, {"yaxis": {"title": {"text": f"{metric} ({part['unit'].iloc[0]})"}}}))
        _with_dropdown(fig, groups)
        _layout(fig, xaxis_title="årsarbetare (fte)", showlegend=False)
        fig.update_xaxes(rangemode="tozero")
        fig.update_yaxes(rangemode="tozero")  # from the origin: the slope is production per årsarbetare
    return Section("worked-time", "Worked time versus production",
                   "Does production follow the staff that worked for it? Each point is one org unit and period "
                   "with its årsarbetare and one production metric (pick it in the menu).",
                   fig, frame, "examples/worked_time_vs_production.sql",
                   _reports_of(frame, "production_report", "arsarbetare_report"))


def budget_section(db: Path) -> Section:
    frame = _example(db, "budget_deviation_per_org_unit")
    if frame.empty:
        fig = _empty("No result (resultat) with a budget or a stated budget deviation yet")
    else:
        fig = go.Figure()
        groups = []
        frame["group"] = [f"{r or 'region ?'} · {s:%Y-%m}–{e:%Y-%m}" for r, s, e in
                          zip(frame["region_name"], frame["period_start"], frame["period_end"])]
        # one view per region and period (org units of one report compare like with like); latest first
        order = frame.groupby("group")["period_end"].max().sort_values(ascending=False, kind="stable").index
        for group in order:
            part = frame[frame["group"] == group].sort_values("budget_deviation")
            fig.add_trace(go.Bar(
                y=part["org_unit_name"], x=part["budget_deviation"], orientation="h", name=group,
                marker_color=[GOOD if v >= 0 else BAD for v in part["budget_deviation"]],
                text=[_num(v) for v in part["budget_deviation"]], textposition="auto",
                customdata=list(zip(part["actual"].map(_num), part["budget"].map(_num), part["deviation_source"],
                                    part["report_files"])),
                hovertemplate="<b>%{y}</b><br>deviation %{x:,.0f} tkr (%{customdata[2]})<br>"
                              "actual %{customdata[0]} · budget %{customdata[1]}<br>%{customdata[3]}<extra></extra>"))
            groups.append((group, 1, {"height": max(320, 120 + 26 * len(part)),
                                      "title": {"text": group, "x": 0.5, "xanchor": "center"}}))
        _layout(fig, xaxis_title="budget deviation, tkr (positive = better than budget)", showlegend=False)
        _with_dropdown(fig, groups)
        fig.update_yaxes(automargin=True, type="category")
        frame = frame.drop(columns=["group"])
    return Section("budget", "Budget deviation per org unit",
                   "Which org units are over or under budget? The result (resultat) against budget: "
                   "green is better than budget (överskott), red worse. Pick a region and period in the menu.",
                   fig, frame, "examples/budget_deviation_per_org_unit.sql", _reports_of(frame, "report_files"))


def cost_section(db: Path) -> Section:
    frame = _example(db, "cost_development_per_kostnadsslag")
    if frame.empty:
        fig = _empty("No actual costs per kostnadsslag in the warehouse yet")
    else:
        fig = go.Figure()
        groups = []
        by_size = frame.groupby("org_unit_name")["actual"].count().sort_values(ascending=False, kind="stable")
        for unit in by_size.index:  # the org unit with most cost figures first
            part = frame[frame["org_unit_name"] == unit]
            n = 0
            periods = part.sort_values(["period_end", "period_start"])["period_label"].drop_duplicates()
            for period in periods:
                rows = part[part["period_label"] == period].sort_values("kostnadsslag")
                fig.add_trace(go.Bar(
                    x=rows["kostnadsslag"], y=rows["actual"], name=str(period),
                    customdata=list(zip(rows["stated_change_pct"].map(lambda v: "" if pd.isna(v) else f"{v:+.1f} %"),
                                        rows["report_file"], rows["source_line"])),
                    hovertemplate="<b>%{x}</b> · %{fullData.name}<br>%{y:,.0f} tkr %{customdata[0]}<br>"
                                  "%{customdata[1]}, line %{customdata[2]}<extra></extra>"))
                n += 1
            groups.append((unit, n, {"title": {"text": unit, "x": 0.5, "xanchor": "center"}}))
        _with_dropdown(fig, groups)
        _layout(fig, height=520, barmode="group", yaxis_title="actual, tkr")
        fig.update_xaxes(tickangle=-30, automargin=True)
    return Section("costs", "Cost development per kostnadsslag",
                   "Where does the money go, and how does each cost type develop from period to period? "
                   "Pick an org unit in the menu; bars are periods (compare spans of equal length).",
                   fig, frame, "examples/cost_development_per_kostnadsslag.sql", _reports_of(frame, "report_file"))


def quality_section(db: Path) -> Section:
    checks = _optional(db, """
        select layer, status, count(*) as checks, sum(failing_rows) as failing_rows
        from audit.dq_results
        where build_id = (select build_id from audit.dq_results order by checked_at desc limit 1)
        group by layer, status order by layer, status""")
    problems = _optional(db, """
        select layer, check_name, severity, status, failing_rows, sample
        from audit.dq_results
        where build_id = (select build_id from audit.dq_results order by checked_at desc limit 1)
          and status <> 'passed'
        order by status, layer, check_name""")
    issues = _optional(db, """
        select report_file, kind, count(*) as issues
        from raw.extraction_issues group by report_file, kind order by report_file, kind""")
    if checks is None or checks.empty:
        return Section("quality", "Data quality", "What did the checks of the latest build find?",
                       _empty("No audit.dq_results in this warehouse"), pd.DataFrame(), "audit.dq_results")
    fig = make_subplots(rows=1, cols=2, column_widths=[0.35, 0.65], horizontal_spacing=0.3,
                        subplot_titles=("checks of the latest build, per layer",
                                        "numbers not placed in a fact (extraction issues)"))
    colours = {"passed": GOOD, "warned": "#e0a526", "failed": BAD}
    for status in ("passed", "warned", "failed"):
        rows = checks[checks["status"] == status]
        if not rows.empty:
            fig.add_trace(go.Bar(x=rows["layer"], y=rows["checks"], name=status, marker_color=colours[status],
                                 customdata=rows["failing_rows"],
                                 hovertemplate="%{x}: %{y} checks " + status +
                                               " (%{customdata} failing rows)<extra></extra>"), row=1, col=1)
    if issues is not None and not issues.empty:
        for colour, (kind, rows) in zip(ISSUE_COLOURS * 10, issues.groupby("kind", sort=True)):
            fig.add_trace(go.Bar(y=rows["report_file"], x=rows["issues"], name=f"issue: {kind}", orientation="h",
                                 marker_color=colour,
                                 hovertemplate="%{y}<br>%{x} " + kind + "<extra></extra>"), row=1, col=2)
    _layout(fig, height=460, barmode="stack")
    fig.update_yaxes(automargin=True, row=1, col=2)
    table = problems if problems is not None and not problems.empty else checks
    reports = _reports_of(issues, "report_file") if issues is not None else []
    return Section("quality", "Data quality",
                   "Can the numbers above be trusted? The Great Expectations and dbt checks of the latest build "
                   "(hard checks block publishing, soft ones warn) and the numbers the loaders could not place.",
                   fig, table, "audit.dq_results, raw.extraction_issues", reports,
                   note="" if problems is None or problems.empty else
                   f"{len(problems)} checks did not pass; the table lists them with a sample of offending rows.")


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
"""


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
                cells.append(f"<td>{'' if value is None or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _section_html(section: Section) -> str:
    chart = section.figure.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{section.key}",
                                   config=PLOT_CONFIG)
    sources = ", ".join(f"<code>{html.escape(r)}</code>" for r in section.reports) or "<em>none</em>"
    note = f"<p>{html.escape(section.note)}</p>" if section.note else ""
    rerun = (f" (reproduce them: <code>vardlager query -f {html.escape(section.query)}</code>)"
             if section.query.endswith(".sql") else "")
    return f"""
<section id="{section.key}">
<h2>{html.escape(section.title)}</h2>
<p class="question">{html.escape(section.question)}</p>
<div class="chart" data-section="{section.key}">{chart}</div>
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
        reports = _frame(db, """
            select report_file, region_name, report_type, period_start, period_end
            from marts.dim_report order by region_name, report_file""")
        built_at = _optional(db, "select max(checked_at) as t from audit.dq_results")
    except QueryError as exc:
        raise ReportError(str(exc)) from exc
    when = "" if built_at is None or built_at.empty or built_at["t"].iloc[0] is None else \
        f"built {built_at['t'].iloc[0]:%Y-%m-%d %H:%M %Z}, "
    report_rows = "".join(
        f"<tr><td><code>{html.escape(str(r.report_file))}</code></td><td>{html.escape(str(r.region_name or ''))}</td>"
        f"<td>{html.escape(str(r.report_type or ''))}</td><td>{r.period_start or ''} – {r.period_end or ''}</td></tr>"
        for r in reports.itertuples(index=False))
    nav = "".join(f'<a href="#{s.key}">{html.escape(s.title)}</a>' for s in sections)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vardlager – uppföljning</title>
<style>{CSS}</style>
<script type="text/javascript">{get_plotlyjs()}</script>
</head><body>
<header><h1>vardlager – uppföljning av hälso- och sjukvård</h1>
<p class="meta">Warehouse <code>{html.escape(db.name)}</code>: {when}{len(reports)} reports; page generated {generated}.
Every number below is a fact of <code>marts.fct_report_facts</code> with its report and line (hover a bar or open
“Numbers”).</p>
<nav>{nav}</nav>
<details><summary>Reports in the warehouse ({len(reports)})</summary>
<table><thead><tr><th>report</th><th>region</th><th>type</th><th>period</th></tr></thead><tbody>{report_rows}</tbody></table>
</details></header>
{''.join(_section_html(s) for s in sections)}
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
