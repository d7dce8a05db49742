"""The table's own arithmetic: which relations (a - b, a / b - 1, a row total) hold between the cells of a row."""

from __future__ import annotations

from loaders.tables.records import Cell, Relation
from loaders.tables.settings import TableSettings


def half_unit(decimals: int) -> float:
    """Half a unit in the last printed digit of a number with `decimals` decimals ('30,5' -> 0.05)."""
    return 0.5 * 10 ** (-decimals)


_TOLS = tuple(half_unit(d) + 1e-9 for d in range(8))  # tolerance by decimals, computed once


def tolerance(c: Cell) -> float:
    """Half a unit in the last printed digit of the cell, plus a little for double rounding."""
    return _TOLS[c.decimals] if c.decimals < len(_TOLS) else half_unit(c.decimals) + 1e-9


def _pct_tolerance(p: Cell, calc: float, settings: TableSettings) -> float:
    return (
        max(tolerance(p) * settings.pct_tolerance_factor, settings.pct_decimal_tolerance if p.decimals else 0.0)
        + abs(calc) * settings.pct_relative_tolerance
    )


def pct_ok(p: Cell, a: Cell, b: Cell, settings: TableSettings) -> bool:
    """p is a / b - 1 in percent."""
    if a.value is None or b.value is None or p.value is None or b.value == 0:
        return False
    calc = (a.value / b.value - 1) * 100
    return abs(calc - p.value) <= _pct_tolerance(p, calc, settings)


def pct_abs_ok(p: Cell, a: Cell, b: Cell, settings: TableSettings) -> bool:
    """Percent as a share of the change: (a-b)/|b|."""
    if a.value is None or b.value is None or p.value is None or b.value == 0:
        return False
    calc = (a.value - b.value) / abs(b.value) * 100
    return abs(calc - p.value) <= _pct_tolerance(p, calc, settings)


def diff_ok(d: Cell, a: Cell, b: Cell) -> bool:
    if a.value is None or b.value is None or d.value is None:
        return False
    return abs((a.value - b.value) - d.value) <= tolerance(a) + tolerance(b) + tolerance(d) + 1e-6


def sums_to(parts, total: Cell) -> bool:
    """The cells add up to the total within rounding."""
    tol = sum(tolerance(c) for c in parts) + tolerance(total) + 1e-6
    return abs(sum(c.value for c in parts) - total.value) <= tol


def relation_holds(rel: Relation, cells, settings: TableSettings) -> bool | None:
    """True/False when the relation can be evaluated on this row, None when a cell is missing."""
    kind = rel[0]
    if kind in ("pct", "diff", "pctabs"):
        _, j, a, b = rel
        cj, ca, cb = cells[j], cells[a], cells[b]
        if cj is None or ca is None or cb is None or None in (cj.value, ca.value, cb.value):
            return None
        if cb.value == 0:
            return None  # a percent of a zero base cannot be checked (often a placeholder)
        if kind == "pct":
            return pct_ok(cj, ca, cb, settings)
        if kind == "pctabs":
            return pct_abs_ok(cj, ca, cb, settings)
        return diff_ok(cj, ca, cb)
    if kind == "sum":
        _, j, parts = rel
        cj = cells[j]
        if cj is None or cj.value is None:
            return None
        vals = [cells[p] for p in parts if cells[p] is not None and cells[p].value is not None]
        if not vals:
            return None
        tol = sum(tolerance(c) for c in vals) + tolerance(cj)
        return abs(sum(c.value for c in vals) - cj.value) <= tol
    return None


def candidate_relations(cells, col_pct, settings: TableSettings) -> set[Relation]:
    """Relations that hold between the cells of one reading of a row (none are looked for in a row wider
    than settings.max_row_tokens: the search is quadratic in the columns)."""
    n = len(cells)
    out: set[Relation] = set()
    if n > settings.max_row_tokens:
        return out
    # operands: amounts (not percents) with a value; the same tests as pct_ok/pct_abs_ok/diff_ok, unrolled.
    # What a pair of operands gives (a ratio, a difference) is computed once per reading, not once per column.
    ops = [
        (i, c.value, tolerance(c))
        for i, c in enumerate(cells)
        if c is not None and c.value is not None and not c.is_pct
    ]
    ratios = None  # (a, b, a/b-1 in %, va, vb) for operands of at least 1, made when a column needs them
    diffs = None  # (a, b, a-b, tol a + tol b)
    for j in range(n):
        cj = cells[j]
        if cj is None or cj.value is None:
            continue
        vj, tj = cj.value, tolerance(cj)
        if cj.is_pct or col_pct[j] or (cj.decimals and col_pct[j] is not False) or cj.decimals >= 2:
            if ratios is None:
                big = [(a, va) for a, va, _ in ops if abs(va) >= 1]
                ratios = [(a, b, (va / vb - 1) * 100, va, vb) for a, va in big for b, vb in big if b != a]
            ptol = max(tj * settings.pct_tolerance_factor, settings.pct_decimal_tolerance if cj.decimals else 0.0)
            for a, b, calc, va, vb in ratios:
                if a == j or b == j:
                    continue
                if abs(calc - vj) <= ptol + abs(calc) * settings.pct_relative_tolerance:
                    out.add(("pct", j, a, b))
                else:
                    calc = (va - vb) / abs(vb) * 100
                    if abs(calc - vj) <= ptol + abs(calc) * settings.pct_relative_tolerance:
                        out.add(("pctabs", j, a, b))
        else:
            if diffs is None:
                diffs = [
                    (a, b, va - vb, ta + tb)
                    for a, va, ta in ops
                    for b, vb, tb in ops
                    if b != a and not (va == 0 and vb == 0)
                ]
            for a, b, d, tab in diffs:
                if a != j and b != j and abs(d - vj) <= tab + tj + 1e-6:
                    out.add(("diff", j, a, b))
    # row total: the last column is the sum of the others
    j = n - 1
    parts = tuple(i for i in range(n - 1) if not col_pct[i])
    vals = [cells[i] for i in parts if cells[i] is not None and cells[i].value is not None]
    cj = cells[j]
    if (
        cj is not None
        and cj.value is not None
        and not cj.is_pct
        and len(vals) >= 2
        and sum(1 for c in vals if c.value != 0) >= 2
        and relation_holds(("sum", j, parts), cells, settings)
    ):
        out.add(("sum", j, parts))
    return out


def describe(rel: Relation) -> str:
    """A relation as the check text of a cell (`c3 = c1-c2`)."""

    def h(i: int) -> str:
        return f"c{i + 1}"

    kind = rel[0]
    if kind == "pct":
        return f"{h(rel[1])} = {h(rel[2])}/{h(rel[3])}-1"
    if kind == "pctabs":
        return f"{h(rel[1])} = ({h(rel[2])}-{h(rel[3])})/|{h(rel[3])}|"
    if kind == "diff":
        return f"{h(rel[1])} = {h(rel[2])}-{h(rel[3])}"
    if kind == "sum":
        return f"{h(rel[1])} = sum of " + "+".join(h(p) for p in rel[2])
    return str(rel)


def rel_cells(rel: Relation) -> tuple[int, ...]:
    if rel[0] == "sum":
        return (rel[1],) + tuple(rel[2])
    return (rel[1], rel[2], rel[3])
