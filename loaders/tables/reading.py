"""A block's rows -> a read table: the column count, the column types, the relations that hold in the
table, and for every row the reading (placement of its numbers in the columns) the arithmetic prefers."""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Iterator

from loaders.records import ExtractionIssue
from loaders.tables.arithmetic import candidate_relations, describe, rel_cells, relation_holds
from loaders.tables.headers import headers_by_arithmetic
from loaders.tables.numbers import long_run_check, segmentations
from loaders.tables.records import Cell, Relation, Row, Table
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import DASH_RE, DEV_HEADER_RE, DIGITS_RE

Reading = tuple[Cell, ...]  # one way to read a row's tokens as numbers
Placed = tuple[Cell | None, ...]  # a reading put into the table's columns (None: an empty cell)


# ---------------------------------------------------------------- placing dropped cells


def placements(cells: Reading, n: int, col_pct) -> Iterator[Placed]:
    """Ways to put m <= n cells into n columns, keeping order and column types (made one at a time: a
    wide row has more of them than fit in memory, and the caller takes the first settings.max_candidates)."""
    m = len(cells)
    if m > n:
        return
    if m == n:
        yield tuple(cells)
        return
    for cols in itertools.combinations(range(n), m):
        if any(col_pct[j] is not None and c.value is not None and c.is_pct != col_pct[j] for c, j in zip(cells, cols)):
            continue
        row: list[Cell | None] = [None] * n
        for c, j in zip(cells, cols):
            row[j] = c
        yield tuple(row)


def row_candidates(segs, n: int, col_pct, settings: TableSettings) -> Iterator[tuple[Placed, Reading]]:
    """(placed row, reading) pairs: readings that fill every column first, then readings with up to
    settings.max_dropped dropped cells; bounded so a long ambiguous row cannot explode (in a table wider
    than settings.max_row_tokens only readings that fill every column: the ways to place dropped cells
    are too many)."""
    fewest = n if n > settings.max_row_tokens else n - settings.max_dropped
    pool = sorted((s for s in segs if fewest <= len(s) <= n), key=lambda s: -len(s))
    count = 0
    for s in pool:
        for row in placements(s, n, col_pct):
            yield row, s
            count += 1
            if count >= settings.max_candidates:
                return


def spacing_score(row: Placed) -> float:
    """How well the empty slots sit where the printed line has wide gaps."""
    present = [(i, c) for i, c in enumerate(row) if c is not None]
    gaps = [(i2 - i1 - 1, c2.start - c1.end) for (i1, c1), (i2, c2) in zip(present, present[1:])]
    if not gaps:
        return 0.0
    base = min(g for _, g in gaps)
    score = 0.0
    for missing, width in gaps:
        extra = width - base
        if missing and extra > 0:
            score += min(missing, extra)
        elif missing and extra <= 0:
            score -= missing
        elif not missing and extra > 0:
            score -= 0.5
    # missing slots at the ends are neutral
    return score


def scale_penalty(col_scale, row: Placed) -> float:
    """Distance (in orders of magnitude) of each amount from its column's usual scale, else the row's."""
    logs = [
        math.log10(abs(c.value) + 1) if (c is not None and c.value is not None and not c.is_pct) else None for c in row
    ]
    present = sorted(x for x in logs if x is not None)
    if not present:
        return 0.0
    row_mid = present[len(present) // 2]
    scales = col_scale or [None] * len(row)
    pen = 0.0
    for j, x in enumerate(logs):
        if x is None:
            continue
        ref = scales[j] if j < len(scales) and scales[j] is not None else row_mid
        pen += abs(x - ref)
    return pen


# ---------------------------------------------------------------- the column count


def _data_tokens(r: Row):
    """A row's tokens without leading dashes after its label (`Anställda 50 år -` ends the label)."""
    toks = list(r.tokens)
    while len(toks) > 1 and DASH_RE.match(toks[0][0]) and r.label:
        toks = toks[1:]
    return toks


def choose_n(rows: tuple[Row, ...], header_n: int, settings: TableSettings) -> int:
    """The table's column count: the header's when enough rows can be read so (rows with dropped cells
    read fewer), else the count the rows read only one way agree on, else the arithmetic's."""
    if any(len(r.tokens) <= settings.max_row_tokens for r in rows):
        # a run too long to read by arithmetic tells nothing of the table's columns: the other rows decide
        rows = tuple(r for r in rows if len(r.tokens) <= settings.max_row_tokens)
    all_segs = [segmentations(_data_tokens(r), settings.probe_segmentations, settings) for r in rows]
    counts = [sorted({len(s) for s in segs}) for segs in all_segs]
    lo = max((min(ls) for ls in counts if ls), default=0)
    if header_n:
        chosen = _header_n_fits(counts, header_n, lo, len(rows), settings)
        if chosen == header_n and header_n > 2 and _label_column_by_arithmetic(all_segs, header_n, settings):
            return header_n - 1
        if chosen:
            return chosen
    # no row has fewer cells than its shortest reading; rows with dropped cells have fewer than n
    unamb = [ls[0] for ls in counts if len(ls) == 1]
    if not unamb:
        return n_by_arithmetic(all_segs, lo, settings)
    best = max(set(unamb), key=lambda k: (unamb.count(k), k))
    return max(best, lo)


def _header_n_fits(counts: list[list[int]], header_n: int, lo: int, n_rows: int, settings: TableSettings) -> int:
    """The header's column count (or one less, when its first column names the labels) when the rows fit
    it; 0 when they do not."""

    def fit(h: int) -> tuple[int, int]:
        return (sum(1 for ls in counts if h in ls), sum(1 for ls in counts if ls and min(ls) < h and h not in ls))

    fits, fewer = fit(header_n)
    if header_n > 2:
        # the first header may name the label column: do the rows fit one column less?
        fits1, _ = fit(header_n - 1)
        if fits1 > settings.label_column_fit_ratio * fits and fits1 >= n_rows * settings.label_column_fit_share:
            return header_n - 1
    if header_n >= lo and (
        fits >= max(1, n_rows // settings.header_fit_divisor)
        or fits + fewer >= n_rows * settings.header_fit_or_fewer_share
    ):
        return header_n
    if fits + fewer >= n_rows * settings.header_fit_loose_share and fits >= 2:
        return header_n  # the rows that do not fit go to extraction issues
    return 0


def _arithmetic_support(all_segs, n: int, settings: TableSettings) -> int:
    """How many rows have a reading as n cells that the row's own arithmetic (a deviation, percent or total
    column) confirms."""
    support = 0
    for segs in all_segs:
        full = [s for s in segs if len(s) == n][: settings.arithmetic_probe_readings]
        if any(candidate_relations(s, [None] * n, settings) for s in full):
            support += 1
    return support


def _label_column_by_arithmetic(all_segs, header_n: int, settings: TableSettings) -> bool:
    """The rows read as the header's count and as one less (`Antal Utfall 2024 Utfall 2023 Förändring` over
    `120 500 110 200 10 300`): the first header names the label column when the arithmetic confirms the
    reading as one column less in more rows, and in most of them, than the reading as the header's count."""
    fewer = _arithmetic_support(all_segs, header_n - 1, settings)
    return fewer * 2 > len(all_segs) and fewer > _arithmetic_support(all_segs, header_n, settings)


def n_by_arithmetic(all_segs, lo: int, settings: TableSettings) -> int:
    """No header and no row read only one way: the column count whose readings the rows' own arithmetic
    (a deviation, percent or total column) supports in the most rows; with none, the fewest columns
    every row fits (splitting every thousands group into cells of its own is the least likely reading)."""
    if lo <= 0:
        return 0
    longest = max((len(s) for segs in all_segs for s in segs), default=0)
    best_n, best_support = lo, 0
    for n in range(lo, min(lo + settings.arithmetic_extra_columns, longest) + 1):
        support = _arithmetic_support(all_segs, n, settings)
        if support > best_support:
            best_n, best_support = n, support
    return best_n


# ---------------------------------------------------------------- what the table's columns are


def column_types(fulls: list[list[Reading]], headers: tuple[str, ...], n: int) -> tuple[bool | None, ...]:
    """Per column: percent (True), amount (False) or unknown (None), by the rows whose readings that fill
    every column agree on the types, else by a `%` in the header."""
    votes: list[list[bool]] = [[] for _ in range(n)]
    for full in fulls:
        if len(full) == 1 or (full and all([c.is_pct for c in f] == [c.is_pct for c in full[0]] for f in full)):
            for j, c in enumerate(full[0]):
                if c.value is not None:
                    votes[j].append(c.is_pct)
    col_pct: list[bool | None] = []
    for j in range(n):
        v = votes[j]
        if v and sum(v) * 2 > len(v):
            col_pct.append(True)
        elif v and sum(v) == 0:
            col_pct.append(False)
        else:
            hj = headers[j] if j < len(headers) else ""
            col_pct.append(True if "%" in hj else None)
    return tuple(col_pct)


def _column_means(fulls: list[list[Reading]], n: int) -> list[float]:
    """Mean absolute value per column over rows read one way (over every row's first reading when none is)."""
    unique_rows = [full[0] for full in fulls if full and len({tuple(c.value for c in s) for s in full}) == 1]
    if not unique_rows:
        unique_rows = [full[0] for full in fulls if full]
    total = [0.0] * n
    cnt = [0] * n
    for seg in unique_rows:
        for j, c in enumerate(seg):
            if c.value is not None:
                total[j] += abs(c.value)
                cnt[j] += 1
    return [m / c if c else 0.0 for m, c in zip(total, cnt)]


def table_relations(
    fulls: list[list[Reading]], col_pct, n: int, settings: TableSettings, headers: tuple[str, ...] = ()
) -> tuple[Relation, ...]:
    """The relations that hold in enough rows of the table, one per target column (the most supported);
    of a - b = c and a - c = b (one equation: the arithmetic cannot tell them apart) the deviation is the
    column the header names a deviation when it names exactly one of the two (`Utfall Budget Avvikelse` over
    `-12,4 -2,0 -10,4`), else the column with the smaller amounts."""
    rel_count: dict[Relation, int] = {}
    n_full = 0
    for full in fulls:
        if not full:
            continue
        n_full += 1
        seen: set[Relation] = set()
        for s in full[: settings.relation_probe_readings]:
            seen |= candidate_relations(s, col_pct, settings)
        for rel in seen:
            rel_count[rel] = rel_count.get(rel, 0) + 1
    need = settings.min_relation_rows if n_full > settings.min_relation_rows else 1
    # sorted: rel_count's order comes from sets of tuples with strings, whose order changes with PYTHONHASHSEED
    rels = sorted(rel for rel, k in rel_count.items() if k >= need and k * settings.relation_rows_divisor >= n_full)
    mean_abs = _column_means(fulls, n)
    by_eq: dict[frozenset, Relation] = {}
    others = []
    for rel in rels:
        if rel[0] != "diff":
            others.append(rel)
            continue
        eq = frozenset(rel[1:])
        cur = by_eq.get(eq)
        ratio = settings.diff_support_ratio
        if cur is None or rel_count[rel] > ratio * rel_count[cur]:
            by_eq[eq] = rel
        elif rel_count[rel] * ratio >= rel_count[cur]:  # twins of one equation, as well supported
            named = _named_deviation(headers, n, rel[1], cur[1])
            if named == rel[1] or (named is None and mean_abs[rel[1]] < mean_abs[cur[1]]):
                by_eq[eq] = rel
    rels = others + list(by_eq.values())
    best_for: dict[int, Relation] = {}
    for rel in sorted(rels, key=lambda r: (-rel_count[r], r)):
        best_for.setdefault(rel[1], rel)
    # a column that is an operand of a percent relation is a level, not a deviation
    operands = {x for rel in best_for.values() if rel[0] in ("pct", "pctabs") for x in rel[2:]}
    return tuple(rel for j, rel in best_for.items() if not (rel[0] == "diff" and j in operands))


def _named_deviation(headers: tuple[str, ...], n: int, a: int, b: int) -> int | None:
    """Of the columns a and b, the one the header names a deviation (`Avvikelse`, `Diff`), when it names
    exactly one of them so; else None."""
    if len(headers) != n:
        return None
    dev = [j for j in (a, b) if DEV_HEADER_RE.search(headers[j])]
    return dev[0] if len(dev) == 1 else None


def column_scales(fulls: list[list[Reading]], n: int) -> tuple[float | None, ...]:
    """The usual size (log10, the median) of each amount column, from rows that can be read only one way."""
    scales: list[list[float]] = [[] for _ in range(n)]
    for full in fulls:
        if len({tuple(c.value for c in s) for s in full}) == 1:
            for j, c in enumerate(full[0]):
                if c.value is not None and not c.is_pct:
                    scales[j].append(math.log10(abs(c.value) + 1))
    return tuple(sorted(v)[len(v) // 2] if v else None for v in scales)


def read_table(table: Table, report_file: str, settings: TableSettings) -> tuple[Table, list[ExtractionIssue]]:
    """The table with its column types, relations and scales worked out, every row read, and the headers
    reordered where the arithmetic shows them printed in another order; with the rows it could not read."""
    n = table.n
    segs = [segmentations(r.tokens, None, settings) for r in table.rows]
    fulls = [[s for s in row_segs if len(s) == n] for row_segs in segs]  # the readings that fill every column
    col_pct = column_types(fulls, table.headers, n)
    table = dataclasses.replace(
        table,
        col_pct=col_pct,
        relations=table_relations(fulls, col_pct, n, settings, table.headers),
        col_scale=column_scales(fulls, n),
    )
    rows, issues = [], []
    for r, row_segs in zip(table.rows, segs):
        row, row_issues = read_row(table, r, row_segs, report_file, settings)
        rows.append(row)
        issues += row_issues
    headers = headers_by_arithmetic(table.headers, n, table.relations)
    note = "header order taken from the arithmetic" if headers != table.headers else table.header_note
    return dataclasses.replace(table, rows=tuple(rows), headers=headers, header_note=note), issues


# ---------------------------------------------------------------- reading one row


def _label_tokens_trimmed(table: Table, r: Row, segs, settings: TableSettings) -> tuple[str, object] | None:
    """Leading tokens that belong to the label (`Anställda 50 år -  10,2% ...`) when every reading has
    more cells than the table has columns: (label with them, the readings of the rest)."""
    n = table.n
    if not (
        segs
        and min(len(s) for s in segs) > n
        and not r.label_after
        and len(r.tokens) <= n + settings.max_label_tokens_trimmed
    ):
        return None
    k = 0
    toks = r.tokens
    while (
        k < len(toks)
        and min((len(s) for s in segmentations(toks[k:], settings.probe_segmentations, settings)), default=0) > n
    ):
        k += 1
    if k < len(toks) and all(DASH_RE.match(t[0]) or DIGITS_RE.match(t[0]) for t in toks[:k]):
        return (r.label + " " + " ".join(t[0] for t in toks[:k])).strip(), segmentations(toks[k:], None, settings)
    return None


def _values(row: Placed) -> tuple:
    return tuple(None if c is None else c.value for c in row)


def scored_candidates(table: Table, segs, settings: TableSettings):
    """(score, placed row, relations it satisfies, note) of the readings that can win, and the number of
    distinct value readings seen. A reading scores per relation it satisfies and breaks, per cell of the
    wrong type, for spacing, distance from the column scales and dropped cells."""
    n = table.n
    cands: list[tuple[float, Placed, list[Relation], str]] = []
    distinct: set[tuple] = set()  # the values of every candidate, scored or not
    best_score = -math.inf
    w_rel, w_type = settings.weight_relation, settings.weight_column_type
    for row, s in row_candidates(segs, n, table.col_pct, settings):
        distinct.add(_values(row))
        holds = [relation_holds(rel, row, settings) for rel in table.relations]
        sat = [rel for rel, h in zip(table.relations, holds) if h is True]
        broken = holds.count(False)
        type_pen = sum(
            1
            for j, c in enumerate(row)
            if c is not None and c.value is not None and table.col_pct[j] is not None and c.is_pct != table.col_pct[j]
        )
        dropped = n - len(s)
        if (
            w_rel * len(sat)
            - w_rel * broken
            - w_type * type_pen
            + (settings.weight_spacing - settings.dropped_penalty) * dropped
            < best_score - 1e-6
        ):
            # spacing adds at most weight_spacing per dropped cell and the scale only takes away: this
            # candidate can neither be the best nor tie with it, so its spacing and scale are not worked out
            continue
        score = (
            w_rel * len(sat)
            - w_rel * broken
            - w_type * type_pen
            + spacing_score(row) * settings.weight_spacing
            - settings.weight_scale * scale_penalty(table.col_scale, row)
            - settings.dropped_penalty * dropped
        )
        best_score = max(best_score, score)
        cands.append((score, row, sat, "" if len(s) == n else "dropped cells placed"))
    return cands, len(distinct)


def _unreadable(table: Table, r: Row, segs, report_file: str, settings: TableSettings) -> ExtractionIssue:
    why = f"{table.table_id}: numbers do not fit {table.n} columns"
    if len(r.tokens) > settings.max_row_tokens:
        why += (
            f" (a run of {len(r.tokens)} tokens, longer than {settings.max_row_tokens}, is read token by "
            f"token into {len(segs[0]) if segs else 0} numbers; kept here, not placed)"
        )
    return ExtractionIssue(report_file, r.line, "unreadable_row", why, r.raw.strip())


def read_row(
    table: Table, r: Row, segs, report_file: str, settings: TableSettings
) -> tuple[Row, list[ExtractionIssue]]:
    """The row with the best-scoring placement of its numbers as cells, each verified or not with the
    reason; an unreadable row comes back without cells, with an issue."""
    trimmed = _label_tokens_trimmed(table, r, segs, settings)
    if trimmed is not None:
        segs = trimmed[1]
    cands, n_distinct = scored_candidates(table, segs, settings)
    if not cands:
        return dataclasses.replace(r, cells=()), [_unreadable(table, r, segs, report_file, settings)]
    label = trimmed[0] if trimmed is not None else r.label
    cands.sort(key=lambda c: -c[0])
    best = cands[0]
    # rivals: other readings with the same score but different values
    rivals = [c for c in cands[1:] if abs(c[0] - best[0]) < 1e-9 and _values(c[1]) != _values(best[1])]
    verified, checks = _verify_cells(table, r, best, rivals, n_distinct, settings)
    verified, checks = _placeholders_unverified(table, best[1], verified, checks)
    cells, verified, checks, issues = _broken_unverified(table, r, best[1], verified, checks, report_file, settings)
    own = f" {' '.join(r.own_line.split())} "
    if r.own_line and any(c is not None and not v and f" {c.text} " not in own for c, v in zip(cells, verified)):
        # a number joined over a line break that no arithmetic confirms may be two cells ('101 100' / '120'): the
        # row is kept as an issue, not read into cells that may be invented
        why = f"{table.table_id}: a value goes on over a line break and the table's arithmetic does not confirm the row"
        return dataclasses.replace(r, cells=()), [
            ExtractionIssue(report_file, r.line, "unreadable_row", why, r.raw.strip())
        ]
    return dataclasses.replace(r, label=label, cells=cells, verified=verified, checks=checks), issues


def _verify_cells(table: Table, r: Row, best, rivals, n_distinct: int, settings: TableSettings):
    """(verified, check) per column of the chosen reading: confirmed by the relations it satisfies, unless
    equally good readings disagree on the cell."""
    n = table.n
    cells = best[1]
    only = n_distinct == 1
    verified = [False] * n
    checks = [""] * n
    for rel in best[2]:
        for j in rel_cells(rel):
            verified[j] = True
            checks[j] = (checks[j] + "; " if checks[j] else "") + describe(rel)
    for j in range(n):
        c = cells[j]
        if c is None:
            continue
        if rivals:
            # readings the arithmetic cannot tell apart: only cells they agree on stay verified
            same = all((rv[1][j] is not None and c is not None and rv[1][j].value == c.value) for rv in rivals)
            if not same:
                verified[j] = False
                checks[j] = f"ambiguous: {len(rivals) + 1} readings fit equally"
                continue
        if not verified[j]:
            if len(r.tokens) > settings.max_row_tokens:
                checks[j] = long_run_check(settings)
            elif only and not best[3]:
                # the numbers can be read only one way, but no arithmetic confirmed them
                checks[j] = "unverified: single reading of the printed numbers, no arithmetic check"
            elif only:
                checks[j] = "unverified: " + best[3] + " by column type/spacing"
            else:
                checks[j] = f"unverified: no arithmetic check; {n_distinct} readings possible"
                if not rivals and best[2]:
                    checks[j] = "row reading chosen by " + "; ".join(describe(x) for x in best[2])
                    verified[j] = True
        if best[3] and verified[j] and not any(j in rel_cells(rel) for rel in best[2]):
            verified[j] = False
            checks[j] = "unverified: " + best[3]
    return tuple(verified), tuple(checks)


def _placeholders_unverified(
    table: Table, cells: Placed, verified: tuple[bool, ...], checks: tuple[str, ...]
) -> tuple[tuple[bool, ...], tuple[str, ...]]:
    """(verified, checks) with the cells that are placeholders unverified: a zero base with a percent beside
    it, and `101 123  0  0,0%`: zeros followed by a zero percent beside a non-zero amount."""
    n = table.n
    ok, why = list(verified), list(checks)
    for rel in table.relations:
        if rel[0] in ("pct", "pctabs"):
            _, j, a, b = rel
            cb, ca = cells[b], cells[a]
            if cb is not None and cb.value == 0 and ca is not None and ca.value:
                for x in (b, j):
                    if cells[x] is not None:
                        ok[x] = False
                        why[x] = "unverified: a zero base with a percent beside it is a placeholder"
    if any(c is not None and c.value and not c.is_pct for c in cells):
        for j in range(n - 1):
            c = cells[j]
            if c is None or c.value != 0 or c.is_pct:
                continue
            k = j + 1
            while k < n and _is_zero(cells[k], pct=False):
                k += 1
            if k < n and _is_zero(cells[k], pct=True):
                for x in range(j, k + 1):
                    ok[x] = False
                    why[x] = "unverified: zeros with 0,0 % beside non-zero amounts are placeholders"
    return tuple(ok), tuple(why)


def _is_zero(c: Cell | None, pct: bool) -> bool:
    """A printed zero amount (pct False) or zero percent (pct True)."""
    return c is not None and c.value == 0 and c.is_pct == pct


def _broken_unverified(
    table: Table,
    r: Row,
    cells: Placed,
    verified: tuple[bool, ...],
    checks: tuple[str, ...],
    report_file: str,
    settings: TableSettings,
):
    """(cells, verified, checks, issues) of a reading: when it breaks the table's arithmetic every cell
    unverified, and an amount it makes a thousand times its column's (numbers joined into one) not
    placed but an issue."""
    broken = [rel for rel in table.relations if relation_holds(rel, cells, settings) is False]
    if not broken:
        return cells, verified, checks, []
    placed: list[Cell | None] = list(cells)
    issues = []
    scales = table.col_scale
    for j, c in enumerate(cells):
        scale = scales[j] if j < len(scales) else None
        if c is None or not c.value or c.is_pct or scale is None:
            continue
        if math.log10(abs(c.value) + 1) - scale >= settings.far_from_column_scale:
            issues.append(
                ExtractionIssue(
                    report_file,
                    r.line,
                    "unplaced_number",
                    f"{table.table_id}: the reading that fits {table.n} columns breaks "
                    f"{'; '.join(describe(x) for x in broken)} and reads "
                    f"{c.text} far beyond its column (c{j + 1})",
                    r.raw.strip(),
                )
            )
            placed[j] = None
    why = "unverified: breaks " + "; ".join(describe(x) for x in broken)
    ok = tuple(False if c is not None else v for c, v in zip(placed, verified))
    return tuple(placed), ok, tuple(why if c is not None else ch for c, ch in zip(placed, checks)), issues
