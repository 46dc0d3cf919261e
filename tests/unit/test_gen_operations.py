"""scripts/gen_operations.py: a plain operation is the spec plus one line of operations.yaml."""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys
import types
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import pytest

from openrouter_ext.resources import _base

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "gen_operations.py"


def _generator() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("gen_operations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SPEC: dict[str, Any] = {
    "paths": {
        "/things/{thing_id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True,
                     "schema": {"type": "string"}},
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {"200": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Thing"}}}}},
            },
            "patch": {
                "operationId": "renameThing",
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True,
                     "schema": {"type": "string"}},
                ],
                "requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/RenameThing"}}}},
                "responses": {"200": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Thing"}}}}},
            },
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object"},
            "RenameThing": {"type": "object", "properties": {
                "name": {"type": "string"}, "limit": {"type": ["number", "null"]}}},
        }
    },
}  # fmt: skip
LISTED = {"operations": {"getThing": "things.get", "renameThing": "things.rename"}}


class Recorder:
    """A requester that records what a generated method asks for."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    async def request(self, op: Any, call: Any, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((op, call, args, kwargs))
        return "answer"


def _load_plain(gen: types.ModuleType) -> dict[str, Any]:
    ops = gen.operations(SPEC, LISTED, module_of=lambda op_id: f"things.{op_id}")
    source = gen.render_plain(SPEC, ops)
    namespace: dict[str, Any] = {"__name__": "plain_under_test"}
    exec(compile(source, "_plain.py", "exec"), namespace)
    namespace["OPERATIONS"] = {"things.get": "GET-OP", "things.rename": "PATCH-OP"}

    # prepare() checks field names against the generated model, which a made-up spec has
    # none of: here it gets a stand-in model with the spec's fields
    stand_in = attrs.make_class("RenameThing", ["name", "limit"])

    def prepare(kwargs: Any, where: str, request: Any, query: Any = ()) -> Any:
        with mock.patch.object(_base, "model", return_value=stand_in):
            return _base.prepare(kwargs, where, request, query)

    namespace["prepare"] = prepare
    return namespace


def test_a_plain_operation_needs_only_its_line_and_sends_what_the_spec_says() -> None:
    gen = _generator()
    plain = _load_plain(gen)
    recorder = Recorder()
    things = plain["AsyncThings"](recorder)
    result = asyncio.run(things.get("t-1", verbose=True, timeout=3))
    assert result == "answer"
    op, call, args, kwargs = recorder.calls[0]
    assert (op, args, kwargs) == ("GET-OP", ("t-1",), {"body": None, "verbose": True})
    assert call.timeout is not None
    asyncio.run(things.rename("t-1", name="new", extra_body={"limit": None}))
    op, _call, args, kwargs = recorder.calls[1]
    assert (op, args) == ("PATCH-OP", ("t-1",))
    assert kwargs["body"] == {"name": "new", "limit": None}  # null kept apart from absent


def test_a_generated_method_refuses_an_unknown_keyword_before_sending() -> None:
    plain = _load_plain(_generator())
    recorder = Recorder()
    things = plain["AsyncThings"](recorder)
    with pytest.raises(TypeError):
        asyncio.run(things.get("t-1", verbos=True))
    with pytest.raises(ValueError, match="max_retries"):
        asyncio.run(things.get("t-1", max_retries=-1))
    assert recorder.calls == []


def test_the_operation_table_takes_its_facts_from_the_spec() -> None:
    gen = _generator()
    ops = gen.operations(SPEC, LISTED, module_of=lambda op_id: f"things.{op_id}")
    table = gen.render_optable(ops)
    assert "Operation('things.get', 'things.getThing', 'Thing', resend_safe=True)" in table
    assert "request='RenameThing'" in table and "resend_safe=False" in table
    namespace: dict[str, Any] = {}
    exec(compile(gen.render_models(ops, ["Extra"]), "models.py", "exec"), namespace)
    assert namespace["__all__"] == ["Extra", "RenameThing", "Thing"]


def test_an_operation_missing_from_the_spec_fails_naming_it() -> None:
    gen = _generator()
    with pytest.raises(SystemExit, match="noSuchOp"):
        gen.operations(SPEC, {"operations": {"noSuchOp": "x.y"}}, module_of=str)


def test_the_committed_files_are_what_the_generator_writes() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_a_path_parameter_declared_on_the_path_item_is_positional() -> None:
    gen = _generator()
    shared = {
        "paths": {
            "/keys/{hash}": {
                "parameters": [
                    {"name": "hash", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "delete": {
                    "operationId": "dropKey",
                    "responses": {"200": {"content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Thing"}}}}},
                },
            }
        },
        "components": {"schemas": {"Thing": {"type": "object"}}},
    }  # fmt: skip
    ops = gen.operations(shared, {"operations": {"dropKey": "keys.drop"}}, module_of=str)
    source = gen.render_plain(shared, ops)
    namespace: dict[str, Any] = {"__name__": "plain_under_test"}
    exec(compile(source, "_plain.py", "exec"), namespace)
    namespace["OPERATIONS"] = {"keys.drop": "DELETE-OP"}
    recorder = Recorder()
    asyncio.run(namespace["AsyncPlainKeys"](recorder).drop("k-1"))
    op, _call, args, _kwargs = recorder.calls[0]
    assert (op, args) == ("DELETE-OP", ("k-1",))


def _listing(op_id: str, params: list[str], **extra: Any) -> dict[str, Any]:
    query = [{"name": n, "in": "query", "schema": {"type": "integer", "x-server-default": 25}}
             for n in params]  # fmt: skip
    return {"get": {"operationId": op_id, "parameters": query, **extra, "responses": {
        "200": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Things"}}}}}}}  # fmt: skip


def test_paged_listings_are_found_in_the_spec_and_return_pages() -> None:
    gen = _generator()
    speakeasy = {
        "type": "offsetLimit",
        "inputs": [
            {"in": "parameters", "name": "skip", "type": "offset"},
            {"in": "parameters", "name": "limit", "type": "limit"},
        ],
        "outputs": {"results": "$.data"},
    }
    cursor = {
        "type": "cursor",
        "inputs": [{"in": "parameters", "name": "cursor", "type": "cursor"}],
        "outputs": {"nextCursor": "$.next", "results": "$.data"},
    }
    spec = {
        "paths": {
            "/a": _listing("listA", ["skip", "limit"], **{"x-speakeasy-pagination": speakeasy}),
            "/b": _listing("listB", ["offset"]),
            "/c": _listing("listC", ["cursor", "limit"], **{"x-speakeasy-pagination": cursor}),
            "/d": _listing("listD", ["q"]),
            "/e": _listing("listE", ["offset", "limit"]),
        },
        "components": {"schemas": {"Things": {"type": "object"}}},
    }  # fmt: skip
    wanted = {
        "operations": {
            "listA": "a.list",
            "listB": {"name": "b.list", "paging": {"page_size": 100}},
            "listC": "c.list",
            "listD": "d.list",
            "listE": {"name": "e.list", "paging": False},
        }
    }
    ops = gen.operations(spec, wanted, module_of=str, item_of=lambda name: "Thing")
    paging = {op["name"]: op["paging"] for op in ops}
    assert paging == {
        "a.list": {"style": "offset", "offset": "skip", "limit": "limit", "page_size": 25},
        "b.list": {"style": "offset", "limit": None, "page_size": 100},
        "c.list": {"style": "cursor", "cursor": "cursor", "next_cursor": "next"},
        "d.list": None,
        "e.list": None,
    }
    table = gen.render_optable(ops)
    assert "paging=Paging('offset', offset='skip', page_size=25)" in table
    assert "paging=Paging('cursor', next_cursor='next')" in table
    plain = gen.render_plain(spec, ops)
    assert "-> AsyncPage[Things, Thing]:" in plain
    assert "self.list = async_to_raw_page_wrapper(resource.list)" in plain
    assert "-> Things:" in plain  # d.list and e.list return the answer model
