"""docs/api-coverage.md: a row for every upstream operation, naming a method of both clients."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from openrouter_ext import AsyncOpenRouter, OpenRouter

REPO = Path(__file__).resolve().parents[2]
COVERAGE = REPO / "docs" / "api-coverage.md"
#: The committed upstream snapshot openapi.yaml is derived from (scripts/spec/upstream/).
UPSTREAM = REPO / "scripts" / "spec" / "upstream" / "openrouter-openapi.yaml"
ROW = re.compile(r"^\| (GET|PUT|POST|PATCH|DELETE) (/\S*) \| client\.([a-z_.]+) \|$")
METHODS = ("get", "put", "post", "patch", "delete")


def upstream_operations() -> set[str]:
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with UPSTREAM.open("rb") as f:
        doc = yaml.load(f, Loader=loader)
    return {f"{m.upper()} {p}" for p, item in doc["paths"].items() for m in item if m in METHODS}


def table() -> dict[str, str]:
    """Map "METHOD /path" to the dotted method name of each row."""
    rows: dict[str, str] = {}
    for line in COVERAGE.read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and not line.startswith(("| Operation", "|---")):
            match = ROW.match(line)
            assert match, f"a row must read '| METHOD /path | client.namespace.method |': {line}"
            key = f"{match[1]} {match[2]}"
            assert key not in rows, f"two rows for {key}"
            rows[key] = match[3]
    return rows


def resolve(client: Any, dotted: str) -> Any:
    obj = client
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def test_every_upstream_operation_has_a_row() -> None:
    ops = upstream_operations()
    assert len(ops) == 97
    rows = table()
    assert sorted(ops - rows.keys()) == [], "upstream operations without a row"
    assert sorted(rows.keys() - ops) == [], "rows for operations upstream does not have"


@pytest.mark.parametrize(("operation", "name"), sorted(table().items()))
def test_the_row_names_a_method_of_both_clients(operation: str, name: str) -> None:
    with OpenRouter(api_key="k") as sync:
        sync_method = resolve(sync, name)
        async_method = resolve(AsyncOpenRouter(api_key="k"), name)
    assert callable(sync_method), operation
    assert callable(async_method), operation
    assert not inspect.iscoroutinefunction(sync_method), operation
    assert inspect.iscoroutinefunction(async_method), operation


def test_a_missing_method_fails_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator refuses a table naming a method a client lacks."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_coverage", REPO / "scripts/gen_coverage.py")
    assert spec is not None
    assert spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.resolve(OpenRouter, "no_such.namespace") is None
    real = gen.resolve
    monkeypatch.setattr(gen, "resolve", lambda c, n: None if n == "workspaces.list" else real(c, n))
    with pytest.raises(SystemExit, match="GET /workspaces"):
        gen.rows()


def test_a_new_operation_gets_a_name_suggested_from_its_url() -> None:
    """`make operations` fails on an unnamed operation, printing the line to add."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "gen_coverage", REPO / "scripts" / "gen_coverage.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    taken = {"workspaces.list"}
    cases = {
        ("GET", "/alerts", "listAlerts"): "alerts.list",
        ("POST", "/alerts", "createAlert"): "alerts.create",
        ("GET", "/alerts/{id}", "getAlert"): "alerts.retrieve",
        ("PATCH", "/alerts/{id}", "updateAlert"): "alerts.update",
        ("DELETE", "/alerts/{id}", "deleteAlert"): "alerts.delete",
        ("GET", "/workspaces/{id}/api-keys", "listWorkspaceKeys"): "workspaces.api_keys.list",
    }
    for (method, path, op_id), name in cases.items():
        line = module.suggest(method, path, op_id, taken)
        assert line.startswith(f"  {op_id}: {{name: {name}, doc: "), line
        assert "taken" not in line
        assert yaml.safe_load(line)[op_id]["name"] == name
    assert "taken" in module.suggest("GET", "/workspaces", "listWorkspacesAgain", taken)
