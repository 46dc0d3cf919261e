"""The specs the mock is tested against: the repo's openapi.yaml and the derived 97-op one.

Until openapi.yaml itself is derived from the upstream snapshot, the derived spec is produced
by `scripts/spec/derive.py` into a temporary directory (once per session), so the tests of every
operation already run against all of them; once openapi.yaml has them all, only it is used.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from openrouter_ext.testing import MockOpenRouter, Operation

ROOT = Path(__file__).resolve().parents[2]
REPO_SPEC = ROOT / "openapi.yaml"
UPSTREAM = ROOT.parent / "shared" / "reference" / "openrouter-openapi.upstream.yaml"
DERIVE = ROOT / "scripts" / "spec" / "derive.py"
METHODS = ("get", "post", "put", "patch", "delete")
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def operation_ids(path: Path) -> list[str]:
    """Return "METHOD /path" of every operation of a spec file."""
    with path.open("rb") as f:
        doc = yaml.load(f, Loader=_LOADER)
    return [f"{m.upper()} {p}" for p, item in doc["paths"].items() for m in item if m in METHODS]


REPO_OPS = operation_ids(REPO_SPEC)
UPSTREAM_OPS = operation_ids(UPSTREAM) if UPSTREAM.is_file() else []
#: Whether the derived spec must be produced (openapi.yaml does not have every operation yet).
NEEDS_DERIVED = len(UPSTREAM_OPS) > len(REPO_OPS)
SPEC_OPS: dict[str, list[str]] = {"repo": REPO_OPS, **({"derived": UPSTREAM_OPS}
                                                        if NEEDS_DERIVED else {})}  # fmt: skip


def derive(out: Path) -> Path:
    """Run the derivation into `out` and return it."""
    subprocess.run([sys.executable, str(DERIVE), str(UPSTREAM), "-o", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    return out


def op_params() -> list[tuple[str, str]]:
    """(spec name, "METHOD /path") for every operation of every spec under test."""
    return [(name, op) for name, ops in SPEC_OPS.items() for op in ops]


def operation(mock: MockOpenRouter, op_id: str) -> Operation:
    """Return the served operation `op_id` ("METHOD /path")."""
    method, path = op_id.split(" ", 1)
    return next(o for o in mock.app.operations if o.method == method and o.path == path)


def key_for(mock: MockOpenRouter, op: Operation) -> str:
    """The key an operation wants (the inference key for public ones)."""
    return mock.management_key if op.auth == "management" else mock.api_key


def fill_path(mock: MockOpenRouter, op: Operation) -> tuple[str, list[str]]:
    """Return (concrete path, names of parameters that name stored items), creating parents."""
    values: dict[str, str] = {}
    stored: list[str] = []
    prefix = ""
    for segment in op.path.strip("/").split("/"):
        if segment.startswith("{"):
            name = segment[1:-1]
            concrete = prefix
            for key, value in values.items():
                concrete = concrete.replace("{" + key + "}", value)
            try:
                values[name] = mock.add_item(concrete)
                stored.append(name)
            except KeyError:
                values[name] = {"author": "openai", "slug": "gpt-4o-mini"}.get(name, "x")
        prefix += "/" + segment
    path = op.path
    for key, value in values.items():
        path = path.replace("{" + key + "}", value)
    return path, stored


def valid_body(mock: MockOpenRouter, op: Operation) -> Any:
    """A request body valid for `op` (the schema's example, with catalog models)."""
    if op.path == "/embeddings":
        return {"model": "openai/text-embedding-3-small", "input": "hi"}
    if op.path == "/auth/keys":
        return {"code": "mock-auth-code"}
    schema = op.spec["requestBody"]["content"]["application/json"]["schema"]
    body = mock.app.example_builder.build(schema)
    if isinstance(body, dict):
        if "model" in body:
            body["model"] = "openai/gpt-4o-mini"
        body.pop("models", None)
    return body
