"""Reports that state the same facts: one warning line per overlapping pair of reports.

Two reports overlap when both state a fact about the same org unit, metric, measure, breakdown and
period (a later report restating, or correcting, an earlier one; a file copied under a new name). The
warehouse keeps every statement and marks one current (README: Restatements); the build says which
pairs overlap and which report's statements are current, so a user who copied or corrected a report
sees what happened.
"""

from __future__ import annotations

import duckdb

OVERLAPS_SQL = """
with statements as (
    select report_file, org_unit_key, metric_code, measure, breakdown, period_start, period_end,
        bool_or(is_current) as is_current
    from marts.fct_report_facts
    group by all
)

select
    a.report_file as report_a,
    b.report_file as report_b,
    count(*) as n_shared,
    count(*) filter (where a.is_current) as current_a,
    count(*) filter (where b.is_current) as current_b,
    count(*) filter (where not a.is_current and not b.is_current) as current_elsewhere
from statements as a
inner join statements as b
    on a.org_unit_key = b.org_unit_key and a.metric_code = b.metric_code and a.measure = b.measure
    and a.breakdown = b.breakdown and a.period_start = b.period_start and a.period_end = b.period_end
    and a.report_file < b.report_file
group by all
order by report_a, report_b
"""


def overlap_warnings(con: duckdb.DuckDBPyConnection) -> list[str]:
    """One line per pair of reports that state facts of the same unit, metric, measure, breakdown and period."""
    lines = []
    for a, b, n, cur_a, cur_b, elsewhere in con.execute(OVERLAPS_SQL).fetchall():
        newer, older, n_newer, n_older = (b, a, cur_b, cur_a) if cur_b >= cur_a else (a, b, cur_a, cur_b)
        kept = f"; {n_older} precise figure(s) of {older} stay current over rounded restatements" if n_older else ""
        more = f"; {elsewhere} current in a third report" if elsewhere else ""
        lines.append(
            f"{a} and {b} state {n} of the same facts: {newer} is the newer report and its "
            f"statements are current{kept}{more}; both are kept (examples/report_disagreements.sql)"
        )
    return lines
