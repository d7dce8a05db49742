"""Checks across the rows of a read table: totals and parts that add up confirm the cells; row groups; units."""

from __future__ import annotations

import dataclasses
import itertools

from loaders.records import ExtractionIssue
from loaders.tables.arithmetic import sums_to, tolerance
from loaders.tables.numbers import segmentations
from loaders.tables.records import Row, Table
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import CHILD_LABEL_RE, DASH_LABEL_RE, ROW_UNIT_RE, TOTAL_LABEL_RE, VARAV_RE


def _confirmed(table: Table, confirm: dict[int, dict[int, str]]) -> Table:
    """The table with cell j of row i verified with the check text confirm[i][j]."""
    if not confirm:
        return table
    rows = list(table.rows)
    for i, by_col in confirm.items():
        r = rows[i]
        verified, checks = list(r.verified), list(r.checks)
        for j, why in by_col.items():
            verified[j], checks[j] = True, why
        rows[i] = dataclasses.replace(r, verified=tuple(verified), checks=tuple(checks))
    return dataclasses.replace(table, rows=tuple(rows))


def _parts_until_total(indexed: list[tuple[int, Row]]) -> list[tuple[int, Row]]:
    """The rows up to the next total row, without `varav` rows (they are parts of a part)."""
    out = []
    for i, r in indexed:
        if TOTAL_LABEL_RE.match(r.label or ""):
            break
        if not VARAV_RE.match(r.label):
            out.append((i, r))
    return out


def check_column_sums(table: Table) -> Table:
    """A total row equal to the sum of the rows above it (down to the previous total), or below it when it
    is printed above its parts, confirms them: `Somatik 1 200` / `Psykiatri 300` / `Totalt 1 500`."""
    rows = [(i, r) for i, r in enumerate(table.rows) if r.cells]
    confirm: dict[int, dict[int, str]] = {}
    for ti, (t_index, tr) in enumerate(rows):
        if not TOTAL_LABEL_RE.match(tr.label or ""):
            continue
        parts = _parts_until_total(list(reversed(rows[:ti])))
        if len(parts) < 2:
            parts = _parts_until_total(rows[ti + 1 :])  # a total printed above its parts
        if len(parts) < 2:
            continue
        for j in range(table.n):
            t = tr.cells[j]
            if t is None or t.value is None or t.is_pct:
                continue
            vals = [c for c in (p.cells[j] for _, p in parts) if c is not None and c.value is not None]
            if len(vals) < 2 or len(vals) < len(parts) - 1:
                continue
            if sums_to(vals, t):
                for i, p in parts + [(t_index, tr)]:
                    if p.cells[j] is not None and not p.verified[j] and j not in confirm.get(i, {}):
                        confirm.setdefault(i, {})[j] = f"column sum equals '{tr.label}'"
    return _confirmed(table, confirm)


def place_by_column_total(table: Table, settings: TableSettings) -> Table:
    """Rows that print one value under several columns (`Effektiviserade vårdflöden 1 000` in a table of
    `Bedömd effekt`, `Ack utfall`, `Ack utfall fg år`, `Förändring`) and a total row no reading confirmed
    (`Totalt 135 450`): when the total read as one number equals, in exactly one column, the sum of the rows
    above it down to the previous total (`varav` rows aside), each lone value counted in that column, the
    lone values and the total stand in that column, confirmed by the sum; else the rows are left as read."""
    rows = list(table.rows)
    lone = {i for i, r in enumerate(rows) if r.cells and sum(c is not None for c in r.cells) == 1}
    for ti, tr in enumerate(rows):
        if not (TOTAL_LABEL_RE.match(tr.label or "") and tr.cells and not any(tr.verified)):
            continue
        total = [s[0] for s in segmentations(tr.tokens, settings.probe_segmentations, settings) if len(s) == 1]
        parts = _parts_until_total([(i, r) for i, r in reversed(list(enumerate(rows[:ti]))) if r.cells])
        movable = [i for i, _ in parts if i in lone and not any(rows[i].verified)]
        if len(total) != 1 or total[0].value is None or total[0].is_pct or not movable or len(parts) < 2:
            continue
        fits = []
        for j in range(table.n):
            vals = []
            for i, r in parts:
                cell = next(c for c in r.cells if c is not None) if i in movable else r.cells[j]
                if cell is not None and (cell.value is None or cell.is_pct):
                    break
                if cell is not None:
                    vals.append(cell)
            else:
                if len(vals) >= 2 and sums_to(vals, total[0]):
                    fits.append(j)
        if len(fits) != 1:
            continue
        j = fits[0]
        why = f"column sum equals '{tr.label}'"
        for i in movable + [ti]:
            cell = total[0] if i == ti else next(c for c in rows[i].cells if c is not None)
            cells = tuple(cell if k == j else None for k in range(table.n))
            rows[i] = dataclasses.replace(
                rows[i],
                cells=cells,
                verified=tuple(k == j for k in range(table.n)),
                checks=tuple(why if k == j else "" for k in range(table.n)),
            )
    return dataclasses.replace(table, rows=tuple(rows))


def check_child_sums(table: Table) -> Table:
    """Rows whose labels start with a dash (`-män`, `-kvinnor`, `- varav ...`) under a parent row:
    when the children add up to the parent in a column, all of them are confirmed."""
    rows = [(i, r) for i, r in enumerate(table.rows) if r.cells]
    confirm: dict[int, dict[int, str]] = {}
    i = 0
    while i < len(rows):
        p_index, parent = rows[i]
        kids = []
        k = i + 1
        while k < len(rows) and CHILD_LABEL_RE.match(rows[k][1].label or "") and not rows[k][1].label_after:
            kids.append(rows[k])
            k += 1
        if len(kids) >= 2 and not DASH_LABEL_RE.match(parent.label or ""):
            for j in range(table.n):
                t = parent.cells[j]
                vals = [c.cells[j] for _, c in kids]
                if t is None or t.value is None or t.is_pct or any(v is None or v.value is None for v in vals):
                    continue
                if sums_to(vals, t):
                    for x, r in [(p_index, parent)] + kids:
                        if not r.verified[j] and j not in confirm.get(x, {}):
                            confirm.setdefault(x, {})[j] = f"parts add up to '{parent.label}'"
        i = k if k > i + 1 else i + 1
    return _confirmed(table, confirm)


def assign_groups(t: Table) -> Table:
    """Each row's group: the row above it that it is part of (a `varav` row, or an indented row under a
    section row)."""
    parent = ""
    rows = []
    for r in t.rows:
        lab = r.label or ""
        if VARAV_RE.match(lab) or (r.raw.startswith(" ") and not r.label_after and parent):
            group = parent
        else:
            parent, group = lab, ""
        rows.append(r if r.group == group else dataclasses.replace(r, group=group))  # (most rows keep theirs)
    return dataclasses.replace(t, rows=tuple(rows))


def unit_issues(t: Table, report_file: str, settings: TableSettings) -> list[ExtractionIssue]:
    """Units that contradict the numbers: flagged, not trusted."""
    out = []
    amounts = [
        abs(c.value)
        for r in t.rows
        for j, c in enumerate(r.cells)
        if c is not None and c.value is not None and not c.is_pct and r.verified and r.verified[j]
    ]
    first = t.rows[0].line if t.rows else None
    if (
        t.unit_raw == "tkr"
        and len(amounts) >= settings.min_amounts_for_unit_check
        and max(amounts) < settings.tkr_below
    ):
        out.append(
            ExtractionIssue(
                report_file,
                first,
                "unit_contradicts_scale",
                f"{t.table_id}: said to be in tkr but every amount is below 1 000 "
                "(sums like mnkr); its money cells are not made facts",
                t.caption,
            )
        )
    for r in t.rows:
        m = ROW_UNIT_RE.search(r.label or "")
        if m and t.unit_raw and m.group(1).lower() != t.unit_raw:
            why = "the table's unit is used, not confirmed"
            if _sum_of_two_rows(t, r):
                why = "two other rows of the table add up to it, so the table's unit holds"
            out.append(
                ExtractionIssue(
                    report_file,
                    r.line,
                    "unit_contradicts_table",
                    f"{t.table_id}: row says {m.group(1)} in a table in {t.unit_raw}; {why}",
                    r.raw.strip(),
                )
            )
    return out


def _sum_of_two_rows(t: Table, target: Row) -> bool:
    """Is the row the sum of two other rows in most columns (`Resultat` = intäkter + kostnader)?"""
    rows = [r for r in t.rows if r.cells and r is not target]
    for a, b in itertools.combinations(rows, 2):
        hits = total = 0
        for j in range(t.n):
            x, y, z = a.cells[j], b.cells[j], target.cells[j]
            if x is None or y is None or z is None or x.value is None or y.value is None or z.value is None:
                continue
            total += 1
            hits += abs(x.value + y.value - z.value) <= tolerance(x) + tolerance(y) + tolerance(z) + 1e-6
        if total >= 2 and hits * 2 > total:
            return True
    return False
