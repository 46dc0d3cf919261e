"""Drift between openapi.yaml and OpenRouter's published spec (scripts/spec_drift.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
UPSTREAM = REPO.parent / "shared/reference/openrouter-openapi.upstream.yaml"
SCRIPT = REPO / "scripts" / "spec_drift.py"
DEVIATIONS = REPO / "scripts" / "spec_deviations.yaml"


def _load_script() -> Any:
    spec = importlib.util.spec_from_file_location("spec_drift", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_drift"] = module  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


sd = _load_script()


# ------------------------------------------------------------- the real specs


@pytest.fixture(scope="module")
def real_report() -> Any:
    if not UPSTREAM.exists():
        pytest.skip(f"upstream spec not available at {UPSTREAM}")
    ours = sd.load_yaml(REPO / "openapi.yaml")
    upstream = sd.load_yaml(UPSTREAM)
    return sd.compare(ours, upstream, sd.load_deviations(DEVIATIONS))


def test_no_undocumented_drift_from_upstream(real_report: Any) -> None:
    failing = real_report.failing
    if failing:
        listing = "\n".join(f"  {d.operation} {d.kind} {d.path}: {d.message}" for d in failing)
        pytest.fail(
            f"{len(failing)} differences from the upstream spec are neither fixed in openapi.yaml "
            f"nor listed in scripts/spec_deviations.yaml:\n{listing}",
            pytrace=False,
        )


def test_no_stale_deviations(real_report: Any) -> None:
    stale = [dev.describe() for dev in real_report.unused_deviations]
    if stale:
        pytest.fail("deviations matching no difference (remove them):\n  " + "\n  ".join(stale))


def test_every_operation_of_ours_exists_upstream(real_report: Any) -> None:
    assert len(real_report.operations) == 16
    assert all(op.upstream_id for op in real_report.operations)
    assert real_report.uncovered  # informational list of what we do not wrap


# ------------------------------------------------------------ synthetic specs


def make_spec(
    schemas: dict[str, Any] | None = None,
    *,
    request: Any = None,
    response: Any = None,
    statuses: tuple[str, ...] = ("200",),
    params: list[dict[str, Any]] | None = None,
    security: list[dict[str, Any]] | None = None,
    extra_paths: dict[str, Any] | None = None,
) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": "op", "responses": {}}
    for code in statuses:
        body: dict[str, Any] = {"description": code}
        if code.startswith("2") and response is not None:
            body["content"] = {"application/json": {"schema": response}}
        op["responses"][code] = body
    if request is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": request}}}
    if params is not None:
        op["parameters"] = params
    if security is not None:
        op["security"] = security
    return {
        "openapi": "3.1.0",
        "security": [{"key": []}],
        "paths": {"/things": {"post": op}, **(extra_paths or {})},
        "components": {
            "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas or {},
        },
    }


def obj(props: dict[str, Any], required: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": list(required), **extra}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def diffs(report: Any, kind: str | None = None) -> list[tuple[str, str]]:
    return [(d.kind, d.path) for d in report.differences if kind is None or d.kind == kind]


def test_identical_specs_have_no_differences() -> None:
    schemas = {"Thing": obj({"id": {"type": "string"}, "n": {"type": "integer"}}, ("id",))}
    spec = make_spec(schemas, request=ref("Thing"), response=ref("Thing"))
    report = sd.compare(spec, make_spec(schemas, request=ref("Thing"), response=ref("Thing")))
    assert report.differences == []
    assert report.ok


def test_missing_and_extra_status_fail() -> None:
    ours = make_spec(statuses=("200", "500", "418"))
    upstream = make_spec(statuses=("200", "429", "500"))
    report = sd.compare(ours, upstream)
    assert sorted(diffs(report)) == [("status", "responses.418"), ("status", "responses.429")]
    assert len(report.failing) == 2


def test_missing_field_fails_and_extra_field_is_informational() -> None:
    ours = make_spec(response=obj({"id": {"type": "string"}, "mine": {"type": "string"}}))
    upstream = make_spec(response=obj({"id": {"type": "string"}, "theirs": {"type": "integer"}}))
    report = sd.compare(ours, upstream)
    assert diffs(report) == [
        ("missing_field", "response.200.theirs"),
        ("extra_field", "response.200.mine"),
    ]
    assert [d.path for d in report.failing] == ["response.200.theirs"]


def test_nested_missing_field_reported_by_json_path() -> None:
    item = {"type": "object", "properties": {"content": {"type": "string"}}}
    ours = make_spec(request=obj({"messages": {"type": "array", "items": {"type": "object"}}}))
    upstream = make_spec(request=obj({"messages": {"type": "array", "items": item}}))
    report = sd.compare(ours, upstream)
    assert ("missing_field", "request.messages[]") in diffs(report)
    ours2 = make_spec(request=obj({"messages": {"type": "array", "items": obj({"role": {}})}}))
    assert ("missing_field", "request.messages[].content") in diffs(sd.compare(ours2, upstream))


def test_required_difference_fails_both_ways() -> None:
    props = {"a": {"type": "string"}, "b": {"type": "string"}}
    report = sd.compare(
        make_spec(response=obj(props, ("a",))), make_spec(response=obj(props, ("b",)))
    )
    messages = {d.path: d.message for d in report.failing}
    assert messages == {
        "response.200.a": "required here, optional upstream",
        "response.200.b": "required upstream, optional here",
    }


def test_type_difference_integer_vs_number_fails() -> None:
    ours = make_spec(response=obj({"n": {"type": "number"}}))
    upstream = make_spec(response=obj({"n": {"type": "integer", "format": "int32"}}))
    report = sd.compare(ours, upstream)
    assert diffs(report) == [("type", "response.200.n")]
    assert "integer upstream, number here" in report.failing[0].message


def test_nullable_spellings_are_equivalent_but_nullability_differences_fail() -> None:
    ours = make_spec(response=obj({"a": {"type": ["string", "null"]}, "b": {"type": "string"}}))
    upstream = make_spec(
        response=obj(
            {
                "a": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                "b": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            }
        )
    )
    report = sd.compare(ours, upstream)
    assert diffs(report) == [("type", "response.200.b")]
    assert report.failing[0].message == "nullable upstream, not nullable here"


def test_missing_enum_value_fails() -> None:
    ours = make_spec(response=obj({"c": {"type": "string", "enum": ["a", "b"]}}))
    upstream = make_spec(response=obj({"c": {"type": "string", "enum": ["a", "b", "c"]}}))
    report = sd.compare(ours, upstream)
    assert diffs(report) == [("enum", "response.200.c")]
    assert report.failing[0].message == "enum values missing here: c"


def test_open_enum_here_is_informational() -> None:
    ours = make_spec(response=obj({"c": {"type": "string"}}))
    upstream = make_spec(response=obj({"c": {"type": "string", "enum": ["a", "b"]}}))
    report = sd.compare(ours, upstream)
    assert diffs(report) == [("enum_open", "response.200.c")]
    assert report.ok


def test_deviation_suppresses_failure_and_unused_ones_are_reported() -> None:
    ours = make_spec(response=obj({"n": {"type": "number"}}))
    upstream = make_spec(response=obj({"n": {"type": "integer"}}))
    deviations = {
        "deviations": [
            {
                "operation": "POST /things",
                "path": "response.200.n",
                "kind": "type",
                "reason": "why",
            },
            {
                "operation": "POST /things",
                "path": "response.200.x",
                "kind": "type",
                "reason": "old",
            },
        ]
    }
    report = sd.compare(ours, upstream, deviations)
    assert report.ok
    assert report.documented[0].deviation == "why"
    assert [d.path for d in report.unused_deviations] == ["response.200.x"]
    # the same deviation for another kind does not match
    wrong_kind = [{**deviations["deviations"][0], "kind": "required"}]
    assert not sd.compare(ours, upstream, wrong_kind).ok


def test_schema_deviation_matches_wherever_the_component_is_used() -> None:
    schemas = {"Usage": obj({"cost": {"type": "number"}}, ("cost",))}
    up_schemas = {
        "Usage": obj({"cost": {"type": "number"}, "x": {"type": "string"}}, ("cost", "x"))
    }
    ours = make_spec(schemas, request=obj({"u": ref("Usage")}), response=obj({"u": ref("Usage")}))
    upstream = make_spec(
        up_schemas, request=obj({"u": ref("Usage")}), response=obj({"u": ref("Usage")})
    )
    dev = [{"schema": "Usage", "path": "x", "kind": "missing_field", "reason": "docs-only"}]
    report = sd.compare(ours, upstream, dev)
    assert [d.path for d in report.documented] == ["request.u.x", "response.200.u.x"]
    assert report.ok
    wildcard = [{"schema": "Usage", "path": "*", "kind": "missing_field", "reason": "all"}]
    assert sd.compare(ours, upstream, wildcard).ok


def test_ref_cycles_terminate() -> None:
    node = obj({"name": {"type": "string"}, "children": {"type": "array", "items": ref("Node")}})
    up_node = obj(
        {"name": {"type": "integer"}, "children": {"type": "array", "items": ref("Node")}}
    )
    loop = {"A": ref("B"), "B": ref("A")}
    ours = make_spec({"Node": node, **loop}, request=ref("Node"), response=ref("A"))
    upstream = make_spec({"Node": up_node, **loop}, request=ref("Node"), response=ref("A"))
    report = sd.compare(ours, upstream)
    assert ("type", "request.name") in diffs(report)
    assert ("type", "request.children[].name") in diffs(report)


def test_depth_limit_stops_recursion() -> None:
    deep: dict[str, Any] = {"type": "integer"}
    up_deep: dict[str, Any] = {"type": "string"}
    for _ in range(12):
        deep, up_deep = obj({"x": deep}), obj({"x": up_deep})
    report = sd.compare(make_spec(response=deep), make_spec(response=up_deep), max_depth=8)
    assert diffs(report) == []
    assert diffs(sd.compare(make_spec(response=deep), make_spec(response=up_deep), max_depth=20))


def test_allof_is_flattened() -> None:
    schemas = {"Base": obj({"id": {"type": "string"}}, ("id",))}
    upstream = make_spec(
        schemas, response={"allOf": [ref("Base"), obj({"extra": {"type": "integer"}})]}
    )
    ours = make_spec(
        response=obj({"id": {"type": "string"}, "extra": {"type": "integer"}}, ("id",))
    )
    assert sd.compare(ours, upstream).differences == []


def test_union_variants_matched_by_discriminator() -> None:
    def variant(tag: str, **props: Any) -> dict[str, Any]:
        return obj({"type": {"type": "string", "enum": [tag]}, **props}, ("type",))

    upstream = make_spec(
        {
            "A": variant("a", x={"type": "string"}),
            "B": variant("b", y={"type": "integer"}),
            "C": variant("c"),
        },
        request={
            "oneOf": [ref("A"), ref("B"), ref("C")],
            "discriminator": {"propertyName": "type"},
        },
    )
    ours = make_spec(
        {"A": variant("a", x={"type": "string"}), "B": variant("b", y={"type": "number"})},
        request={"anyOf": [ref("B"), ref("A")]},
    )
    report = sd.compare(ours, upstream)
    assert sorted(diffs(report)) == [("type", "request"), ("type", "request<type=b>.y")]
    assert "type=c" in next(d.message for d in report.differences if d.path == "request")


def test_union_folded_into_one_open_object() -> None:
    upstream = make_spec(
        request={
            "oneOf": [
                obj({"type": {"const": "s"}, "summary": {"type": "string"}}, ("type", "summary")),
                obj({"type": {"const": "t"}, "text": {"type": "string"}}, ("type", "text")),
            ]
        }
    )
    flat = obj({"type": {"type": "string"}, "summary": {"type": "string"}}, ("type",))
    report = sd.compare(make_spec(request={**flat, "additionalProperties": True}), upstream)
    assert sorted(diffs(report)) == [
        ("enum_open", "request.type"),
        ("missing_field", "request.text"),
        ("type", "request"),
    ]


def test_scalar_union_members_compared_as_types() -> None:
    ours = make_spec(response=obj({"p": {"anyOf": [{"type": "number"}, {"type": "string"}]}}))
    upstream = make_spec(response=obj({"p": {"type": "string"}}))
    report = sd.compare(ours, upstream)
    assert diffs(report) == [("type", "response.200.p")]
    same = make_spec(response=obj({"p": {"type": ["string", "number"]}}))
    assert sd.compare(ours, same).differences == []


def test_parameters_compared_by_name_required_and_type() -> None:
    def q(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
        return {"name": name, "in": "query", "required": required, "schema": schema}

    ours = make_spec(
        params=[q("limit", {"type": "number"}), q("id", {"type": "string"}), q("x", {})]
    )
    upstream = make_spec(
        params=[
            q("limit", {"type": ["integer", "null"]}),
            q("id", {"type": "string"}, required=True),
            q("sort", {"type": "string"}),
        ]
    )
    report = sd.compare(ours, upstream)
    assert sorted(diffs(report)) == [
        ("extra_param", "parameters.query.x"),
        ("missing_param", "parameters.query.sort"),
        ("required", "parameters.query.id"),
        ("type", "parameters.query.limit"),
    ]


def test_security_difference_fails() -> None:
    report = sd.compare(make_spec(security=[]), make_spec())
    assert diffs(report) == [("security", "security")]
    assert report.failing[0].message == "http bearer upstream, none here"


def test_sse_envelope_unwrapped_and_uncovered_operations_listed() -> None:
    chunk = obj({"id": {"type": "string"}})
    ours = make_spec({"Chunk": chunk})
    ours["paths"]["/things"]["post"]["responses"]["200"]["content"] = {
        "text/event-stream": {"schema": ref("Chunk")}
    }
    upstream = make_spec(
        {"Chunk": obj({"id": {"type": "string"}, "model": {"type": "string"}})},
        extra_paths={"/other": {"get": {"operationId": "other", "responses": {}}}},
    )
    upstream["paths"]["/things"]["post"]["responses"]["200"]["content"] = {
        "text/event-stream": {"schema": obj({"data": ref("Chunk")}, ("data",))}
    }
    report = sd.compare(ours, upstream)
    assert sorted(diffs(report)) == [
        ("missing_field", "response.200[text/event-stream].model"),
        ("type", "response.200[text/event-stream]"),
    ]
    assert report.uncovered == [("GET", "/other", "other")]


def test_operations_matched_by_method_and_path_not_operation_id() -> None:
    ours = make_spec(
        extra_paths={"/keys/{hash}": {"get": {"operationId": "getKey", "responses": {}}}}
    )
    upstream = make_spec(extra_paths={"/keys/{id}": {"get": {"operationId": "x", "responses": {}}}})
    report = sd.compare(ours, upstream)
    assert report.differences == []
    assert [op.upstream_id for op in report.operations] == ["op", "x"]
    ours["paths"]["/gone"] = {"delete": {"operationId": "gone", "responses": {}}}
    assert ("operation", "") in diffs(sd.compare(ours, upstream))


@pytest.mark.parametrize(
    "entry",
    [
        {"path": "p", "kind": "type", "reason": "r"},
        {"operation": "GET /x", "schema": "X", "path": "p", "kind": "type", "reason": "r"},
        {"operation": "GET /x", "path": "p", "kind": "bogus", "reason": "r"},
        {"operation": "GET /x", "path": "p", "kind": "type", "reason": ""},
        {"operation": "GET /x", "path": "p", "kind": "type", "reason": "r", "typo": 1},
    ],
)
def test_invalid_deviation_entries_rejected(entry: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="deviation #0"):
        sd.load_deviations([entry])


def test_cli_exit_status_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours_file, up_file, dev_file = (tmp_path / n for n in ("ours.yaml", "up.yaml", "dev.yaml"))
    ours_file.write_text(json.dumps(make_spec(response=obj({"n": {"type": "number"}}))))
    up_file.write_text(json.dumps(make_spec(response=obj({"n": {"type": "integer"}}))))
    dev_file.write_text("deviations: []\n")
    args = [str(up_file), "--ours", str(ours_file), "--deviations", str(dev_file)]
    assert sd.main(args) == 1
    out = capsys.readouterr().out
    assert "POST /things" in out
    assert "FAIL response.200.n" in out
    assert sd.main([*args, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["failing"] == 1
    assert data["operations"][0]["differences"][0]["kind"] == "type"
    dev_file.write_text(
        "deviations:\n  - {operation: POST /things, path: response.200.n, kind: type, reason: ok}\n"
    )
    assert sd.main(args) == 0
    assert "deviation: ok" in capsys.readouterr().out
    assert sd.main([str(tmp_path / "missing.yaml"), "--ours", str(ours_file)]) == 2
