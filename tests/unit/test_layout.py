"""The package's layout holds: imports flow one way between sub-packages, with no cycle.

Read from the source with ``ast`` (imports under ``TYPE_CHECKING`` count too), so a new
import that turns the layering around fails here, not in a reviewer's head.
"""

from __future__ import annotations

import ast
from pathlib import Path

import openrouter_ext

PACKAGE = Path(openrouter_ext.__file__).parent

#: Lower layers first: a module may import from its own layer or the layers before it.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"_version", "_errors", "_io"}),
    frozenset({"_retry", "_costs", "_config", "_request_options", "_params"}),
    frozenset({"_lowlevel"}),
    frozenset({"_structured"}),
    frozenset({"_streaming"}),
    frozenset({"resources"}),
    frozenset({"_core"}),
    frozenset({"otel", "types", "pagination", "_cli", "testing", "__init__", "__main__"}),
)


def _modules() -> dict[str, set[str]]:
    """Return {module: the package modules it imports}."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        name = ".".join(parts)
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module.startswith("openrouter_ext."):
                    deps.add(node.module.removeprefix("openrouter_ext."))
            elif isinstance(node, ast.ImportFrom) and node.level > 0:
                base = parts[: len(parts) - node.level]
                deps.add(".".join([*base, node.module or ""]).strip("."))
        graph[name] = deps
    return graph


def _top(module: str) -> str:
    return module.split(".")[0]


def _layer(top: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if top in layer)


def test_every_sub_package_has_a_layer() -> None:
    tops = {_top(m) for m in _modules()}
    assert all(any(top in layer for layer in LAYERS) for top in tops), tops


def test_imports_flow_one_way_between_sub_packages() -> None:
    upward = [
        (module, dep)
        for module, deps in _modules().items()
        for dep in deps
        if _top(dep) != _top(module) and _layer(_top(dep)) > _layer(_top(module))
    ]
    assert upward == []


def test_no_module_imports_itself_back_through_others() -> None:
    graph = _modules()
    known = set(graph)
    edges = {m: {d for d in deps if d in known and d != m} for m, deps in graph.items()}
    seen: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[str] = []

    def visit(module: str, path: list[str]) -> None:
        seen[module] = 1
        for dep in sorted(edges[module]):
            if seen.get(dep) == 1:
                cycles.append(" -> ".join([*path[path.index(dep) :], dep]))
            elif dep not in seen:
                visit(dep, [*path, dep])
        seen[module] = 2

    for module in sorted(edges):
        if module not in seen:
            visit(module, [module])
    assert cycles == []
