"""Tables whose value rows are printed first and their labels afterwards, in another order.

resolve_scrambled places the total row by column sums and leaves the others unlabelled; the report's
other tables (label_scrambled_by_other_tables) and sibling tables of one layout or the sorted order
(label_scrambled_by_siblings_and_order) may then decide a row's label. Each returns new tables."""

from __future__ import annotations

import dataclasses

from loaders.records import ExtractionIssue
from loaders.tables.arithmetic import relation_holds, tolerance
from loaders.tables.numbers import segmentations
from loaders.tables.reading import Placed, row_candidates
from loaders.tables.records import Cell, Row, Table
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import LABEL_TOKEN_RE, SORT_KEY_DROP_RE, SORT_KEY_TABLE, TOTAL_LABEL_RE


def _amount(c: Cell | None) -> float | None:
    return None if c is None else c.value


def _with_rows(t: Table, new_rows: dict[int, Row]) -> Table:
    """The table with the rows at the given indices replaced."""
    if not new_rows:
        return t
    return dataclasses.replace(t, rows=tuple(new_rows.get(i, r) for i, r in enumerate(t.rows)))


def _labelled(r: Row, label: str, why: str) -> Row:
    return dataclasses.replace(r, label=label, checks=tuple((ch + "; " + why) if ch else "" for ch in r.checks))


# ---------------------------------------------------------------- placing by column sums


def column_sum_solutions(
    n: int, col_pct, tot: Placed, opts: list[list[Placed]], settings: TableSettings
) -> list[tuple]:
    """The combinations of placements (one per row, in itertools.product order) whose every amount column
    sums to the total row within rounding (settings.column_sum_tolerance, plus
    settings.column_sum_tolerance_per_cell per summed cell); branches that cannot reach a total even with
    every later row's extremes are cut, so the answer is that of trying every combination."""
    limit = settings.max_column_sum_solutions
    cols = [j for j in range(n) if not col_pct[j]]
    printed = [_amount(tot[j]) for j in cols]
    targets = [x for x in printed if x is not None]
    if len(targets) < len(printed):
        return []  # a placeholder in the total row: no column sum to reach
    vals = [[tuple(_amount(row[j]) or 0.0 for j in cols) for row in o] for o in opts]
    cnts = [[tuple(0 if _amount(row[j]) is None else 1 for j in cols) for row in o] for o in opts]
    rows_n = len(opts)
    width = len(cols)
    lo = [[0.0] * width for _ in range(rows_n + 1)]
    hi = [[0.0] * width for _ in range(rows_n + 1)]
    for k in range(rows_n - 1, -1, -1):
        for c in range(width):
            lo[k][c] = lo[k + 1][c] + min(v[c] for v in vals[k])
            hi[k][c] = hi[k + 1][c] + max(v[c] for v in vals[k])
    base, per_cell = settings.column_sum_tolerance, settings.column_sum_tolerance_per_cell
    tol_max = base + per_cell * rows_n
    sols: list[tuple] = []
    chosen: list[Placed] = []

    def walk(k: int, partial: list[float], count: list[int]) -> None:
        if k == rows_n:
            if all(abs(partial[c] - targets[c]) <= base + per_cell * count[c] for c in range(width)):
                sols.append(tuple(chosen))
            return
        for row, v, m in zip(opts[k], vals[k], cnts[k]):
            nxt = [partial[c] + v[c] for c in range(width)]
            if any(
                nxt[c] + lo[k + 1][c] > targets[c] + tol_max or nxt[c] + hi[k + 1][c] < targets[c] - tol_max
                for c in range(width)
            ):
                continue
            chosen.append(row)
            walk(k + 1, nxt, [count[c] + m[c] for c in range(width)])
            chosen.pop()
            if len(sols) > limit:
                return

    walk(0, [0.0] * width, [0] * width)
    return sols


def place_by_column_sums(
    table: Table, total_row: Row, others: list[Row], cands: dict[int, list[Placed]], settings: TableSettings
) -> dict[int, Row] | None:
    """Choose among dropped-cell placements so that every column sums to the total row: the placed rows by
    line (the total row among them, confirmed), or None when no placement sums."""
    tot = total_row.cells
    if not tot or any(c is None for c in tot):
        return None
    opts = [cands[r.line] for r in others]
    size = 1
    for o in opts:
        size *= max(1, len(o))
    if size > settings.max_placement_combinations or size == 0:
        return None
    sols = column_sum_solutions(table.n, table.col_pct, tot, opts, settings)
    if not sols:
        return None
    placed: dict[int, Row] = {}
    for k, r in enumerate(others):
        variants = {tuple(None if c is None else c.value for c in s[k]) for s in sols}
        cells = tuple(sols[0][k])
        if len(variants) == 1:
            verified = tuple(c is not None for c in cells)
            checks = tuple("column sums equal the total row" if c is not None else "" for c in cells)
        else:
            # cells every placement agrees on are still confirmed (a row total printed once)
            agree = [len({(None if s[k][j] is None else s[k][j].value) for s in sols}) == 1 for j in range(table.n)]
            verified = tuple(c is not None and agree[j] for j, c in enumerate(cells))
            checks = tuple(
                (
                    "column sums equal the total row in every placement"
                    if agree[j]
                    else f"unverified: {len(variants)} placements give the same column sums"
                )
                if c is not None
                else ""
                for j, c in enumerate(cells)
            )
        placed[r.line] = dataclasses.replace(r, cells=cells, verified=verified, checks=checks)
    placed[total_row.line] = dataclasses.replace(
        total_row, verified=(True,) * table.n, checks=("column sums equal the total row",) * table.n
    )
    return placed


def _sum_candidates(t: Table, r: Row, settings: TableSettings) -> list[Placed]:
    """The placements of a row that break none of the table's relations (and satisfy one, when it has any)."""
    opts = []
    for pl, _ in row_candidates(segmentations(r.tokens, None, settings), t.n, t.col_pct, settings):
        holds = [relation_holds(rel, pl, settings) for rel in t.relations]
        if False not in holds and (True in holds or not t.relations):
            opts.append(pl)
    return opts or [r.cells]


def resolve_scrambled(
    t: Table, labels: tuple[tuple[int, str], ...], report_file: str, settings: TableSettings
) -> tuple[Table, list[ExtractionIssue]]:
    """Rows printed before their labels, in another order: only the total row is placed by arithmetic
    (the last row that fills every column, when the others sum to it); the others are left unlabelled."""
    rows = [r for r in t.rows if r.cells]
    total_names = [lab for _, lab in labels if TOTAL_LABEL_RE.match(lab)]
    if not rows:
        return t, []
    cands = {r.line: _sum_candidates(t, r, settings) for r in rows}
    total_row = next((r for r in reversed(rows) if all(c is not None for c in r.cells)), None)
    others = [r for r in rows if r is not total_row]
    placed = place_by_column_sums(t, total_row, others, cands, settings) if total_row is not None else None
    new_rows: dict[int, Row] = {}
    for i, orig in enumerate(t.rows):
        if not orig.cells:
            continue
        r = placed.get(orig.line, orig) if placed else orig
        if orig is total_row and placed:
            if total_names:
                r = dataclasses.replace(r, label=total_names[0])
            if total_names or (r.label_after and TOTAL_LABEL_RE.match(r.label)):
                new_rows[i] = r
                continue
        new_rows[i] = dataclasses.replace(
            r,
            label="",
            checks=tuple(("row label printed apart in another order; " + ch) if ch else "" for ch in r.checks),
        )
    issue = ExtractionIssue(
        report_file,
        rows[0].line,
        "labels_scrambled",
        f"{t.table_id}: {len(rows)} value rows printed before {len(labels)} labels in another order; "
        "rows other than the total are left unlabelled",
        " | ".join(lab for _, lab in labels),
    )
    return _with_rows(t, new_rows), [issue]


# ---------------------------------------------------------------- labels from other tables


def _label_tokens(label: str) -> list[str]:
    return LABEL_TOKEN_RE.sub(" ", label.lower()).split()


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def labels_match(a: str, b: str) -> bool:
    """The same row named in two tables, one of them abbreviated: `Spec LM` / `Spec. läkemed`,
    `Med/Rehab` / `Med/Rehab länsdelsjh`. The first word is the same; each word of the shorter name
    is a prefix, or (same first letter) an abbreviation, of the other's word at its place."""
    ta, tb = _label_tokens(a), _label_tokens(b)
    if not ta or not tb or ta[0] != tb[0]:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    for x, y in zip(short, long_):
        if x == y or y.startswith(x) or x.startswith(y):
            continue
        if x[0] == y[0] and (_is_subsequence(x, y) or _is_subsequence(y, x)):
            continue
        return False
    return True


def _named_rows(t: Table, names: list[str]) -> dict[str, Row]:
    """The scrambled labels that name exactly one row of a labelled table (and that row no other label)."""
    named = {}
    for lab in names:
        hits = [
            r
            for r in t.rows
            if r.cells and r.label and not TOTAL_LABEL_RE.match(r.label) and labels_match(lab, r.label)
        ]
        if len(hits) == 1 and sum(1 for x in names if labels_match(x, hits[0].label)) == 1:
            named[lab] = hits[0]
    return named


def _label_evidence(t: Table, rows: list[Row], names: list[str], settings: TableSettings):
    """(row line, label, why) for each unlabelled row a column of table t names: a column whose values
    each equal the row total of exactly one unlabelled row, in column and then unit order."""
    named = _named_rows(t, names)
    if len(named) < settings.min_decided_labels:
        return
    row_totals = [(r, total) for r in rows if (total := _amount(r.cells[-1])) is not None]
    for j in range(t.n):
        if t.col_pct and t.col_pct[j]:
            continue
        for factor in (1.0, 1000.0):  # the same amounts in mnkr and in tkr
            found: dict[str, list[Row]] = {}
            cell_of: dict[str, Cell] = {}
            for lab, tr in named.items():
                c = tr.cells[j] if j < len(tr.cells) else None
                if c is None or c.value is None or c.is_pct:
                    continue
                tol = tolerance(c) * factor
                cell_of[lab] = c
                found[lab] = [r for r, total in row_totals if abs(total - c.value * factor) <= tol]
            if any(not v for v in found.values()):
                continue  # a label this column names fits no row: not this table's measure
            unique = {lab: v[0] for lab, v in found.items() if len(v) == 1}
            lines = [r.line for r in unique.values()]
            unique = {lab: r for lab, r in unique.items() if lines.count(r.line) == 1}
            if len(unique) < settings.min_decided_labels:
                continue
            head = t.headers[j] if len(t.headers) == t.n else f"c{j + 1}"
            for lab, r in unique.items():
                printed = r.cells[-1].text if r.cells[-1] is not None else ""
                yield (
                    r.line,
                    lab,
                    (
                        f"label from {t.table_id} '{named[lab].label}' {head} {cell_of[lab].text} = "
                        f"row total {printed}" + (" (tkr/mnkr)" if factor != 1.0 else "")
                    ),
                )


def decided_labels(evidence) -> dict[int, tuple[str, str]]:
    """Row line -> (label, why) from the evidence in order: the first label found for a row, or ('', '')
    once another label is found for it (two tables disagree: undecided)."""
    decided: dict[int, tuple[str, str]] = {}
    for line, lab, why in evidence:
        if line in decided and decided[line][0] != lab:
            decided[line] = ("", "")
        elif line not in decided:
            decided[line] = (lab, why)
    return decided


def label_scrambled_by_other_tables(tables: list[Table], settings: TableSettings) -> list[Table]:
    """Rows of a label-scrambled table (values printed before their labels, in another order) get a label
    only where another table of the report decides it: a labelled table with a column whose values, for
    at least three of the scrambled labels, each equal the row total of exactly one unlabelled row (as
    rounded there, also tkr against mnkr), and no label it names fits none. A row two labels fit, or a
    label two rows fit, stays unlabelled."""
    out = []
    for s in tables:
        out.append(s)
        if not s.labels_after or not any(rel[0] == "sum" and rel[1] == s.n - 1 for rel in s.relations):
            continue
        rows = [
            r for r in s.rows if r.cells and not r.label and r.cells[-1] is not None and r.cells[-1].value is not None
        ]
        names = [lab for _, lab in s.labels_after if not TOTAL_LABEL_RE.match(lab)]
        if len(rows) < settings.min_decided_labels or not names:
            continue
        decided = decided_labels(
            evidence
            for t in tables
            if t is not s and not t.labels_after and t.rows
            for evidence in _label_evidence(t, rows, names, settings)
        )
        taken = [lab for lab, _ in decided.values() if lab]
        lines = {r.line for r in rows}
        new_rows = {
            i: _labelled(r, *decided[r.line])
            for i, r in enumerate(s.rows)
            if r.line in lines and decided.get(r.line, ("", ""))[0] and taken.count(decided[r.line][0]) == 1
        }
        out[-1] = _with_rows(s, new_rows)
    return out


# ---------------------------------------------------------------- labels from siblings and sorted order


def label_sort_key(label: str) -> str:
    """A label as a Swedish list sorts it: case and punctuation ignored, å ä ö after z."""
    return SORT_KEY_DROP_RE.sub("", label.casefold()).translate(SORT_KEY_TABLE).strip()


def _value_row_indices(t: Table) -> list[int]:
    """Indices of the rows of a label-scrambled table that are not its total, in printed order."""
    return [i for i, r in enumerate(t.rows) if r.cells and not (r.label and TOTAL_LABEL_RE.match(r.label))]


def _row_shape(t: Table) -> tuple:
    """Which columns each value row fills: sibling tables of one layout (a unit x activity pivot printed
    for several measures) leave the same cells empty in the same rows."""
    return tuple(tuple(c is not None for c in t.rows[i].cells) for i in _value_row_indices(t))


def _decided_keys(group: list[Table], names: frozenset, n_rows: int) -> list[str | None] | None:
    """The label (sort key) each value row has in the group's tables; None where siblings disagree, and
    None for all when one label sits on two rows (the evidence contradicts itself)."""
    decided: list[str | None] = [None] * n_rows
    clash = [False] * n_rows
    for t in group:
        for k, i in enumerate(_value_row_indices(t)):
            r = t.rows[i]
            key = label_sort_key(r.label) if r.label else None
            if key is None or key not in names:
                continue
            if decided[k] not in (None, key):
                clash[k] = True
            decided[k] = key
    decided = [None if clash[k] else d for k, d in enumerate(decided)]
    if len([d for d in decided if d]) != len({d for d in decided if d}):
        return None
    return decided


def _filled_by_sorted_order(
    decided: list[str | None], names: frozenset, why: dict[int, str], settings: TableSettings
) -> tuple[list[str | None], dict[int, str]]:
    """(decided, why) with more rows decided: when enough decided rows stand in the sorted order of their
    labels, the undecided rows between two decided ones take the undecided labels that sort between
    those two, when there are exactly as many of those labels as rows."""
    n_rows = len(decided)
    known = [(k, d) for k, d in enumerate(decided) if d]
    if not (len(known) >= settings.min_decided_labels and all(a[1] < b[1] for a, b in zip(known, known[1:]))):
        return decided, why
    decided, why = list(decided), dict(why)
    free = sorted(names - {d for _, d in known})
    bounds = [(-1, "")] + known + [(n_rows, "\uffff")]
    for (k0, lo), (k1, hi) in zip(bounds, bounds[1:]):
        gap = list(range(k0 + 1, k1))
        fits = [x for x in free if lo < x < hi]
        if gap and len(fits) == len(gap):
            for k, x in zip(gap, fits):
                decided[k] = x
                why[k] = (
                    f"label by sorted order: the {len(known)} rows decided by arithmetic are printed "
                    "in the sorted order of their labels"
                )
    return decided, why


def label_scrambled_by_siblings_and_order(tables: list[Table], settings: TableSettings) -> list[Table]:
    """Rows of label-scrambled tables still unlabelled after label_scrambled_by_other_tables get a label
    where the evidence of their siblings decides it:
    * siblings: scrambled tables that list the same labels and fill the same cells of the same number of
      rows are one layout printed for several measures; a label decided for a row of one (by arithmetic)
      names the row at that place in all of them (two siblings that disagree decide nothing there);
    * order: when at least three decided rows stand in the sorted order of their labels, the table is
      printed sorted; the undecided rows between two decided ones take the undecided labels that sort
      between those two, when there are exactly as many of those labels as rows.
    Rows nothing decides stay unlabelled (the facts keep the column's unit, flagged unresolved)."""
    groups: dict[tuple, list[int]] = {}
    for x, t in enumerate(tables):
        if t.labels_after and _value_row_indices(t):
            names = frozenset(label_sort_key(lab) for _, lab in t.labels_after if not TOTAL_LABEL_RE.match(lab))
            groups.setdefault((names, _row_shape(t)), []).append(x)
    out = list(tables)
    for (names, _), members in groups.items():
        group = [tables[x] for x in members]
        n_rows = len(_value_row_indices(group[0]))
        label_of: dict[str, str] = {}
        for t in group:
            for _, lab in t.labels_after:
                label_of.setdefault(label_sort_key(lab), lab)
        decided = _decided_keys(group, names, n_rows)
        if decided is None:
            continue
        why = {k: "label of the same row in a sibling table" for k in range(n_rows)}
        decided, why = _filled_by_sorted_order(decided, names, why, settings)
        for x, t in zip(members, group):
            new_rows = {}
            for k, i in enumerate(_value_row_indices(t)):
                key = decided[k]
                if key and not t.rows[i].label:
                    new_rows[i] = _labelled(t.rows[i], label_of[key], why[k])
            out[x] = _with_rows(t, new_rows)
    return out
