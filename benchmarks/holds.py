"""What the reader's guards hold back, and what that costs: per reason, how many numbers are held back and
how many of them are annotated facts.

    .venv/bin/python -m benchmarks.holds                  (or `make holds`: the field corpus's dev split)
    .venv/bin/python -m benchmarks.holds --texts DIR --facts CSV           # any folder of annotated texts
    .venv/bin/python -m benchmarks.holds --list 'another subject'          # the numbers of the reasons matching

A guard is a rule that says why a number is *not* a fact. The number ledger (loaders/coverage.py, NumberSeen)
records each number it held back: disposition `issue` with kind `unplaced_number` (the loader's reason in its
message) or `explained` (a reason code of coverage.REASONS). A held number is an annotated fact when an
annotation of its document has a `source_quote` that holds the number as written, at the place the ledger
saw it (the quote's words before and after the number agree with the number's context). `missed` counts
the held facts no emitted fact of the document answers (benchmarks.field's matching): what the guard costs.

A reason is the message's stable part: the template it was made from (an f-string of the loaders, its
interpolations shown as `{}`), so 'the number belongs to 'X', another subject than Y' is counted as one reason
whatever X and Y are. The ledger pairs a line's issues with its unread numbers in order, and a number a coverage
rule explains takes none: on such a line a guard's reason may stand under the next number. Never run on the test
split: --split test is refused.
"""

from __future__ import annotations

import argparse
import ast
import functools
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.field import FIELD, ROOT, emitted_facts, match, read_annotations

LOADERS = ROOT / "loaders"
MIN_TEMPLATE_LITERAL = 12  # an f-string with fewer literal characters than this says too little to be a reason
HOLDS = ("unplaced_number",)  # the issue kind of a number a guard held back


@dataclass(frozen=True)
class Held:
    """One number a guard held back, and whether it is an annotated fact."""

    document: str
    line: int
    text: str
    reason: str
    context: str
    annotation: dict | None  # the annotation it is, if any


@functools.cache
def reason_templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, stable reason) for every f-string of the loaders long enough to be a reason, the most
    specific first: a message made from one of them matches its pattern in full."""
    found = set()
    for path in sorted(LOADERS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                parts = [
                    p.value if isinstance(p, ast.Constant) and isinstance(p.value, str) else None for p in node.values
                ]
                if sum(len(p) for p in parts if p) >= MIN_TEMPLATE_LITERAL:
                    found.add(tuple(parts))
    templates = sorted(found, key=lambda parts: -sum(len(p) for p in parts if p))
    return tuple(
        (
            re.compile("".join(re.escape(p) if p is not None else ".*?" for p in parts), re.S),
            "".join(p if p is not None else "{}" for p in parts),
        )
        for parts in templates
    )


def stable_reason(message: str) -> str:
    """The part of a loader's message that does not depend on the number: its template, or the message
    itself when it was made from a plain string (a seed's reason, a constant)."""
    return next((stable for pattern, stable in reason_templates() if pattern.fullmatch(message)), message)


def _spaced(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _around_in_context(context: str, number: str) -> tuple[str, str] | None:
    """The text before and after the number in a ledger context ('…left[number]right…', line breaks as ⏎)."""
    m = re.search(r"\[\s*" + re.escape(number) + r"\s*\]", context)
    if m is None:
        return None
    before, after = context[: m.start()], context[m.end() :]
    before = before[1:] if before.startswith("…") else before
    after = after[:-1] if after.endswith("…") else after
    return _spaced(before.replace("⏎", " ")), _spaced(after.replace("⏎", " "))


def _value_of(number: str) -> float | None:
    digits = re.sub(r"[\s\u00a0+\-\u2013\u2212]", "", number).replace(",", ".")
    try:
        return abs(float(digits))
    except ValueError:
        return None  # (a number written in words)


def is_the_value(number: str, annotation: dict) -> bool:
    """The number as written can be the annotation's value: the same digits, in a unit of a thousand or a
    million times another (mnkr or miljarder in tkr), whatever the sign."""
    x, v = _value_of(number), abs(float(annotation["value"]))
    return x is None or any(abs(x * f - v) <= max(0.051, 0.001 * v) for f in (1, 1000, 1_000_000, 0.001))


def quote_holds_number(quote: str, number: str, context: str) -> bool:
    """The annotation's quote holds this number as written, where the ledger saw it: around one occurrence of
    the number in the quote, the quote's words agree with the context's as far as both reach."""
    around = _around_in_context(context, number)
    if around is None:
        return False
    before, after = around
    quote, number = _spaced(quote), _spaced(number)
    for m in re.finditer(r"(?<![\d,.])" + re.escape(number) + r"(?![\d]|[,.]\d)", quote):
        q_before, q_after = quote[: m.start()], quote[m.end() :]
        reach_before = min(len(q_before), len(before))
        reach_after = min(len(q_after), len(after))
        if before[len(before) - reach_before :] == q_before[len(q_before) - reach_before :] and (
            after[:reach_after] == q_after[:reach_after]
        ):
            return True
    return False


def held_numbers(document: str, numbers, annotations: list[dict]) -> list[Held]:
    """The numbers of one document's ledger a guard held back, each with the annotation it is (if any)."""
    out = []
    taken: set[int] = set()
    for n in numbers:
        if n.disposition == "issue" and n.reason in HOLDS:
            reason = "issue: " + stable_reason(n.note)
        elif n.disposition == "explained":
            reason = "explained: " + n.reason
        else:
            continue
        ann = next(
            (
                a
                for k, a in enumerate(annotations)
                if k not in taken
                and is_the_value(n.text, a)
                and quote_holds_number(a["source_quote"], n.text, n.context)
            ),
            None,
        )
        if ann is not None:
            taken.add(next(k for k, a in enumerate(annotations) if a is ann))
        out.append(Held(document, n.line, n.text, reason, n.context, ann))
    return out


def ledger(path: Path):
    from loaders.extract import extract_text

    return extract_text(path.name, path.read_bytes()).numbers


def tally(held: list[Held], missed: list[dict]) -> list[tuple[str, int, int, int]]:
    """(reason, numbers held, annotated facts among them, of those not found elsewhere), most facts first."""
    missed_ids = {id(a) for a in missed}
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for h in held:
        row = rows[h.reason]
        row[0] += 1
        if h.annotation is not None:
            row[1] += 1
            row[2] += id(h.annotation) in missed_ids
    return sorted(((r, *v) for r, v in rows.items()), key=lambda r: (-r[2], -r[3], -r[1], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split", choices=["dev", "all"], help="split of the facts' documents (the field corpus: dev; else all)"
    )
    parser.add_argument("--texts", type=Path, default=FIELD / "texts", help="folder of <document>.txt")
    parser.add_argument("--facts", type=Path, default=FIELD / "facts.csv", help="their annotations")
    parser.add_argument("--list", metavar="WORDS", help="list the held numbers of the reasons holding these words")
    args = parser.parse_args(argv)
    field = args.texts.resolve() == (FIELD / "texts").resolve()
    annotations = read_annotations(args.facts)
    if field and args.split == "all":
        parser.error("the field corpus is read on its dev split only")
    if (args.split or ("dev" if field else "all")) == "dev":
        annotations = [a for a in annotations if a.get("split") == "dev"]
    documents = sorted({a["document"] for a in annotations})
    of_doc = defaultdict(list)
    for a in annotations:
        of_doc[a["document"]].append(a)
    held = [h for d in documents for h in held_numbers(d, ledger(args.texts / f"{d}.txt"), of_doc[d])]
    emitted = [f for f in emitted_facts(documents, texts=args.texts) if f["document"] in documents]
    _found, missed, _wrong = match(annotations, emitted)
    rows = tally(held, missed)
    print(f"{'reason':<110} {'held':>5} {'facts':>5} {'missed':>6}")
    for reason, n, facts, lost in rows:
        print(f"{reason[:110]:<110} {n:>5} {facts:>5} {lost:>6}")
    print(
        f"{'all (' + str(len(documents)) + ' documents)':<110} {len(held):>5} "
        f"{sum(r[2] for r in rows):>5} {sum(r[3] for r in rows):>6}"
    )
    if args.list:
        missed_ids = {id(a) for a in missed}
        for h in held:
            if args.list.casefold() in h.reason.casefold():
                mark = "FACT " if h.annotation is not None else "     "
                if h.annotation is not None and id(h.annotation) not in missed_ids:
                    mark = "fact "  # found elsewhere
                print(f"{mark}{h.document}:{h.line} [{h.text}] {h.reason[:80]}\n        {h.context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
