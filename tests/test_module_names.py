"""A module-level name of the loaders is bound once: two helpers writing the same pattern name in one module (a
second `COMPARATIVE_AFTER_RE`) made the later definition silently replace the earlier for every caller at import,
and no linter says so (ruff flags a redefined function only when the first is unused)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def names_bound_twice(source: str) -> list[str]:
    """Module-level names assigned or defined more than once (typing overloads excepted, and a rebinding that reads
    the name itself, `X = {... for ... in X.items()}`: a refinement, not a second definition)."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if any(isinstance(d, ast.Name) and d.id == "overload" for d in getattr(node, "decorator_list", [])):
                continue
            names = [node.name]
        elif isinstance(node, ast.Assign):
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            names = [t.id for t in node.targets if isinstance(t, ast.Name) and t.id not in reads]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            continue
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(n for n, k in seen.items() if k > 1)


def test_no_module_level_name_of_the_loaders_is_bound_twice():
    twice = {
        str(p.relative_to(ROOT)): names
        for p in sorted((ROOT / "loaders").rglob("*.py"))
        if (names := names_bound_twice(p.read_text(encoding="utf-8")))
    }
    assert twice == {}


def test_a_pattern_bound_twice_is_found():
    source = 'import re\nA_RE = re.compile("a")\nB = {}\nA_RE = re.compile("b")\nB = {k: 1 for k in B}\n'
    assert names_bound_twice(source) == ["A_RE"]
