"""Every threshold the table reader decides by, in one validated record passed to the functions that use it."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class TableSettings:
    # ---- finding rows and blocks
    max_label_gap: int = 3  # text lines allowed between rows of one table (wrapped labels)
    comment_label_gap: int = 6  # further text lines allowed in an indicator table (comment sentences)
    comment_table_lines: int = 80  # how far below a `Kommentar` header an indicator table reaches
    max_label_chars: int = 90  # a longer label is prose, not a row
    min_cells: int = 2  # a row needs at least this many numbers (one-number rows are prose)
    max_pending_chars: int = 70  # a longer text line between rows ends the table (running text)
    max_values_below_lines: int = 8  # lines below a row that may carry the rest of its values (`-113` / `362`)
    max_noun_below_chars: int = 25  # a wrapped count noun below a row's value (`munhälsobed.`) is this short
    wrapped_label_chars_below: int = 60  # a line above a row that continues its hyphenated label is shorter
    max_wrapped_label_lines: int = 2  # ... and at most this many lines
    max_label_lines_below_header: int = 4  # a first row's label between its header and its values: lines
    max_sentence_label_chars: int = 40  # a label ending in `.`/`:` longer than this is a sentence
    max_sentence_label_words: int = 4  # a label ending in `och`/`att`/... with more words is a sentence going on
    max_comment_label_words: int = 6  # an indicator row's label with a digit and more words is prose
    max_title_tokens: int = 2  # a line of this few numbers ending in a bare year is a title (`Delårsrapport 1 2024`)
    # ---- a table flattened into a line of text (flattened.py)
    min_flat_line_chars: int = 120  # a shorter line is a printed line, not a page or paragraph run together
    min_flat_header_words: int = 2  # header words in a run that opens a flattened table (`Budget Prognos Avvik`)
    min_flat_rows: int = 2  # labelled rows of numbers that must follow that run (or one: _one_row_table)
    max_flat_label_words: int = 6  # a longer run of words between numbers is text, not a row's label
    max_flat_header_chars: int = 400  # a flattened header holds all its columns on one line: at most this long
    # ---- headers and captions
    max_header_lines: int = 120  # how far above the first row a header may start
    max_header_chars: int = 120  # a longer line is no header line
    header_line_words: int = 2  # header words that make a line a header line (or half of its words)
    min_wrapped_header_fragments: int = 3  # repeated short lines above a header that are its wrapped cells
    max_header_region_chars: int = 100  # a longer line above a table ends the search for its header
    max_caption_lines: int = 3  # caption lines kept above the header
    max_caption_chars: int = 70  # a longer line is running text, not a caption
    max_fragment_chars: int = 22  # a piece of a wrapped header cell (`mot`, `Inn År`) is this short
    max_fragment_words: int = 3
    max_goal_header_pieces: int = 16  # lines a goal table's header is wrapped over at most
    # ---- reading a row as numbers
    max_segmentations: int = 4000  # readings of one row kept at most
    max_groups: int = 4  # `999 999 999 999`: more thousands groups than this is no amount a report prints
    max_row_tokens: int = 32  # a longer run (a table flattened onto one line) is read token by token
    segment_cell_budget: int = 32_000  # cells over all readings kept of one row
    probe_segmentations: int = 500  # readings looked at when counting a row's possible cell counts
    max_dropped: int = 4  # a row missing more cells than this is not placed by guessing
    max_candidates: int = 3000  # placed readings of one row scored at most
    # ---- the column count
    header_fit_divisor: int = 3  # a 1/divisor of the rows fitting the header's column count confirms it ...
    header_fit_or_fewer_share: float = 0.8  # ... or this share fitting it or reading fewer (dropped cells)
    header_fit_loose_share: float = 0.6
    label_column_fit_share: float = 0.6  # rows that must fit one column less when the header names the label column
    label_column_fit_ratio: float = 2.0  # ... and how many times more rows than fit the header's count
    arithmetic_extra_columns: int = 3  # column counts above the fewest tried by the arithmetic
    arithmetic_probe_readings: int = 60  # full readings per row tried for each of those counts
    # ---- the table's arithmetic
    relation_probe_readings: int = 200  # full readings per row searched for relations
    relation_rows_divisor: int = 3  # a relation is the table's when it holds in 1/divisor of the rows ...
    min_relation_rows: int = 2  # ... and in this many rows (one, when the table has no more rows)
    diff_support_ratio: float = 1.25  # support one deviation reading needs over its twin to win outright
    pct_tolerance_factor: float = 2.2  # a percent is right within this many halves of its last digit ...
    pct_decimal_tolerance: float = 0.15  # ... or this much when it prints decimals ...
    pct_relative_tolerance: float = 0.002  # ... plus this share of the computed percent
    far_from_column_scale: float = 3.0  # orders of magnitude beyond its column that make an amount two joined
    # ---- scoring the readings of a row
    weight_relation: float = 3.0  # per relation the reading satisfies (and minus per relation it breaks)
    weight_column_type: float = 2.0  # per cell whose percent/amount type is not its column's
    weight_spacing: float = 0.5  # per unit of spacing_score
    weight_scale: float = 0.3  # per order of magnitude away from the column's scale
    dropped_penalty: float = 1.0  # a reading that fills every column needs no cell to have been lost in the text
    max_label_tokens_trimmed: int = 2  # tokens beyond the columns that may belong to the label (`50 år -`)
    # ---- labels printed apart, column sums
    min_scrambled_rows: int = 3  # value rows of a block whose labels are printed after it
    scrambled_missing_labels: int = 2  # labels the list after the block may lack
    max_apart_label_chars: int = 60  # a longer line after the block is no label
    max_apart_label_words: int = 5  # a line with more words is a caption
    repeat_lookahead_lines: int = 30  # lines searched for a repeat of a trailing label (the next header)
    max_next_header_words: int = 2  # a trailing label repeated below with this few words is the next header
    max_placement_combinations: int = 300_000  # placements of dropped cells tried against a total row
    max_column_sum_solutions: int = 50
    column_sum_tolerance: float = 1.5  # a column sums to its total within this ...
    column_sum_tolerance_per_cell: float = 0.6  # ... plus this per summed cell
    min_decided_labels: int = 3  # labels another table or the sorted order must decide together
    # ---- units
    min_amounts_for_unit_check: int = 4  # verified amounts needed to say a tkr table sums like mnkr
    tkr_below: float = 1000.0  # every amount of a tkr table below this sums like mnkr

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise TypeError(f"TableSettings.{f.name} must be a number, not {value!r}")
            if value < 0:
                raise ValueError(f"TableSettings.{f.name} must not be negative: {value!r}")
        for name in (
            "min_cells",
            "max_groups",
            "max_row_tokens",
            "max_segmentations",
            "segment_cell_budget",
            "probe_segmentations",
            "max_candidates",
            "max_column_sum_solutions",
            "max_label_chars",
            "max_header_chars",
            "max_caption_lines",
            "header_fit_divisor",
            "relation_rows_divisor",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"TableSettings.{name} must be at least 1: {getattr(self, name)!r}")
        for name in ("header_fit_or_fewer_share", "header_fit_loose_share", "label_column_fit_share"):
            if not 0 < getattr(self, name) <= 1:
                raise ValueError(f"TableSettings.{name} is a share of rows, in (0, 1]: {getattr(self, name)!r}")
        if self.dropped_penalty < self.weight_spacing:
            raise ValueError(
                "TableSettings.dropped_penalty must be at least weight_spacing: a reading that "
                "drops cells must not win on spacing alone"
            )


DEFAULT_SETTINGS = TableSettings()
