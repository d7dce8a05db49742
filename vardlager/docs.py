"""`vardlager docs DIR`: the warehouse documented as one static site.

    DIR/index.html        a landing page linking both parts
    DIR/dbt/index.html    dbt docs (models, columns, tests, lineage graph, catalog of the published
                          warehouse), one self-contained file from `dbt docs generate --static`
    DIR/dbt/*.json        manifest.json and catalog.json for tools that read them
    DIR/gx/index.html     Great Expectations Data Docs: every suite and its latest validation

dbt and GX read a private copy of the published warehouse, so the published file is never opened
for writing. The dbt page works offline; the GX pages take their styles from public CDNs and stay
readable (unstyled) without network.
"""

from __future__ import annotations

import html
import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from vardlager.dbt_runner import cli_args, target_dir


class DocsError(Exception):
    pass


# Great Expectations' Data Docs know only Succeeded and Failed: a validation whose only unmet
# expectations are soft (vardlager warns and publishes) is shown as Failed. These are the marks GX
# writes for that (great-expectations 1.24), and what replaces them, so the GX pages say what the
# vardlager index, `vardlager check` and audit.dq_results say: warned.
GX_PAGE_FAILED = '<i class="fas fa-times text-danger" aria-hidden="true"></i> Failed'
GX_PAGE_WARNED = (
    '<i class="fas fa-exclamation-triangle text-warning" aria-hidden="true"></i> Warned '
    "(only soft expectations unmet: the build warned and published)"
)
GX_INDEX_FAILED = ('<i class="fas fa-times text-danger ge-failed-icon" ></i>', "'_validation_success_text': 'Failed'")
GX_INDEX_WARNED = ('<i class="fas fa-exclamation-triangle text-warning" ></i>', "'_validation_success_text': 'Warned'")


def dbt_docs(db_copy: Path, out_dir: Path, work: Path, published: Path) -> Path:
    """dbt docs generate --static against db_copy; returns the self-contained page in out_dir."""
    from dbt.cli.main import dbtRunner

    target = work / "dbt-target"
    # the build that published db left its manifest: describe exactly that build, without recompiling
    built = target_dir(published) / "manifest.json"
    compile_args = []
    if built.exists():
        target.mkdir(parents=True, exist_ok=True)
        for name in ("manifest.json", "partial_parse.msgpack"):
            if (built.parent / name).exists():
                shutil.copy(built.parent / name, target / name)
        compile_args = ["--no-compile"]
    previous = os.environ.get("VARDLAGER_BUILD_DB")
    os.environ["VARDLAGER_BUILD_DB"] = str(db_copy)
    try:
        result = dbtRunner().invoke(
            [
                "docs",
                "generate",
                "--static",
                *compile_args,
                *cli_args(target, logs=work / "dbt-logs"),
            ]
        )
    finally:
        if previous is None:
            os.environ.pop("VARDLAGER_BUILD_DB", None)
        else:
            os.environ["VARDLAGER_BUILD_DB"] = previous
    page = target / "static_index.html"
    if not result.success or not page.exists():
        raise DocsError(f"dbt docs generate failed: {result.exception or 'no static_index.html'}")
    out_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(page, out_dir / "index.html")
    for name in ("manifest.json", "catalog.json"):
        shutil.copy(target / name, out_dir / name)
    return out_dir / "index.html"


def gx_docs(db_copy: Path, out_dir: Path) -> tuple[Path, list]:
    from gx.runner import build_data_docs

    con = duckdb.connect(str(db_copy))  # the private copy; dbt-duckdb may still hold it open read-write
    try:
        return build_data_docs(con, out_dir)
    finally:
        con.close()


def _status(results: list) -> str:
    """passed, warned or failed: vardlager's word for a table's expectations."""
    statuses = {r.status for r in results}
    return "failed" if "failed" in statuses else "warned" if "warned" in statuses else "passed"


def _validation_pages(gx_index: Path) -> list[tuple[str, str, Path]]:
    """(layer, table, page) of every validation page of the GX site."""
    root = gx_index.parent / "validations"
    return [(*page.relative_to(root).parts[:2], page) for page in sorted(root.glob("*/*/*/*/*.html"))]


def mark_warned_validations(gx_index: Path, results: list) -> list[str]:
    """Rewrite GX's "Failed" as "Warned" on the validation pages (and their rows of the GX index) of the
    tables whose unmet expectations are all soft; returns those tables as layer.table."""
    index = gx_index.read_text(encoding="utf-8")
    warned = []
    for layer, table, page in _validation_pages(gx_index):
        if _status([r for r in results if r.check.startswith(f"{layer}.{table}.")]) != "warned":
            continue
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace(GX_PAGE_FAILED, GX_PAGE_WARNED), encoding="utf-8")
        link = f"'_table_row_link_path': '{page.relative_to(gx_index.parent).as_posix()}'"
        at = index.find(link)
        if at >= 0:  # the row of this validation: from its opening brace to its status text
            start, end = index.rfind("{'validation_success'", 0, at), index.find("}", at)
            row = index[start:end]
            for failed, warned_mark in zip(GX_INDEX_FAILED, GX_INDEX_WARNED):
                row = row.replace(failed, warned_mark)
            index = index[:start] + row + index[end:]
        warned.append(f"{layer}.{table}")
    gx_index.write_text(index, encoding="utf-8")
    return warned


def _validation_rows(gx_index: Path, results: list, site: Path) -> str:
    """One row per validated table, linking its GX page directly (the GX index lists them with
    JavaScript from a CDN, which an offline reader does not get)."""
    rows = []
    for layer, table, page in _validation_pages(gx_index):
        mine = [r for r in results if r.check.startswith(f"{layer}.{table}.")]
        counts = ", ".join(f"{sum(1 for r in mine if r.status == s)} {s}" for s in ("passed", "warned", "failed"))
        status = _status(mine)
        rows.append(
            f'<tr><td>{html.escape(layer)}</td><td><a href="{page.relative_to(site)}">{html.escape(table)}</a>'
            f'</td><td class="{status}">{status}</td><td>{counts}</td></tr>'
        )
    return "".join(rows)


def _landing(db: Path, dbt_index: Path, gx_index: Path, results: list, out: Path) -> Path:
    counts = {s: sum(1 for r in results if r.status == s) for s in ("passed", "warned", "failed")}
    validations = _validation_rows(gx_index, results, out.parent)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out.write_text(
        f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>vardlager – documentation</title>
<style>body {{ font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; color: #222; }}
li {{ margin: .6em 0; }} td, th {{ border: 1px solid #ddd; padding: 3px 8px; text-align: left; }}
table {{ border-collapse: collapse; }} .failed {{ color: #c8423b; font-weight: bold; }}
.warned {{ color: #b07d00; font-weight: bold; }}</style></head><body>
<h1>vardlager – documentation</h1>
<p>Warehouse <code>{html.escape(db.name)}</code>, documented {generated}.</p>
<ul>
<li><a href="{dbt_index.relative_to(out.parent)}">dbt docs</a>: every model and column with its description and
tests, the lineage graph (raw → staging → intermediate → marts) and the catalog of the warehouse.</li>
<li><a href="{gx_index.relative_to(out.parent)}">Great Expectations data docs</a>: the expectation suites of the
layers raw, staging and marts and their validation on this warehouse ({counts["passed"]} passed,
{counts["warned"]} warned, {counts["failed"]} failed expectations).</li>
</ul>
<h2>Validation results per table</h2>
<p>Status as in <code>vardlager check</code>: <em>failed</em> when a hard expectation is unmet (the build did
not publish), <em>warned</em> when only soft ones are (the GX page of that table says Warned too).</p>
<table><thead><tr><th>layer</th><th>table</th><th>status</th><th>expectations</th></tr></thead>
<tbody>{validations}</tbody></table>
</body></html>
""",
        encoding="utf-8",
    )
    return out


def build_docs(db: Path, out_dir: Path, say=lambda msg: None) -> Path:
    """Write the documentation site for the published warehouse db into out_dir; returns its index."""
    db, out_dir = Path(db), Path(out_dir)
    if not db.is_file():
        raise DocsError(f"{db}: no warehouse; run `vardlager build` first")
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / "dbt" / "index.html").exists():
        raise DocsError(f"{out_dir}: exists and is not an earlier docs site; choose an empty folder")
    with tempfile.TemporaryDirectory(prefix="vardlager-docs-") as tmp:
        work = Path(tmp)
        copy = work / db.name  # same name: the catalog of the docs names the warehouse
        shutil.copy(db, copy)
        site = work / "site"
        say("dbt docs generate …")
        dbt_index = dbt_docs(copy, site / "dbt", work, db)
        say("Great Expectations data docs …")
        gx_index, results = gx_docs(copy, site / "gx")
        mark_warned_validations(gx_index, results)
        _landing(db, dbt_index, gx_index, results, site / "index.html")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(site), str(out_dir))
    return out_dir / "index.html"
