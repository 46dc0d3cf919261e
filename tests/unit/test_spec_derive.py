"""The spec derivation: upstream snapshot + overlay + generator normalisations (scripts/spec/)."""

from __future__ import annotations

import copy
import importlib.util
import os
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC_DIR = REPO / "scripts" / "spec"
UPSTREAM = SPEC_DIR / "upstream" / "openrouter-openapi.yaml"  # the committed snapshot
OVERLAY = SPEC_DIR / "overlay.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, SPEC_DIR / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


derive = _load("derive")  # puts scripts/spec on sys.path for the two below
ov = _load("spec_overlay")
norm = _load("spec_normalise")
facts = _load("spec_facts")

needs_upstream = pytest.mark.skipif(not UPSTREAM.exists(), reason=f"no snapshot at {UPSTREAM}")


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def _doc(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _op(response: dict[str, Any], body: dict[str, Any] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": "doThing",
        "responses": {
            "200": {"description": "OK", "content": {"application/json": {"schema": response}}}
        },
    }
    if body is not None:
        op["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return op


# ------------------------------------------------------------------- facts read from prose


def test_management_keys_read_from_the_operations_own_wording() -> None:
    required = (
        "List keys. [Management key](/docs/guides/overview/auth/management-api-keys) required."
    )
    forbidden = {  # a 403 example mentions management keys on operations any key may call
        "403": {"description": "Forbidden", "content": {"application/json": {"example": {
            "error": {"message": "Only management keys can perform this operation"}}}}}
    }  # fmt: skip
    doc: dict[str, Any] = {
        "paths": {
            "/keys": {
                "parameters": [],
                "get": {"operationId": "list", "description": required, "responses": {}},
                "post": {"operationId": "create", "summary": "Management key required"},
            },
            "/chat": {"post": {"operationId": "chat", "responses": forbidden}},
            "/own": {"get": {"operationId": "own", "x-openrouter-key": "inference",
                             "description": required}},
        }
    }  # fmt: skip
    facts.management_keys(doc)
    keys = {
        op["operationId"]: op.get("x-openrouter-key")
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    }
    assert keys == {"list": "management", "create": "management", "chat": None, "own": "inference"}


@needs_upstream
def test_management_keys_survive_the_derivation(derived: dict[str, Any]) -> None:
    flagged = {
        (method, path)
        for path, item in derived["paths"].items()
        for method, op in item.items()
        if method in METHODS and op.get("x-openrouter-key") == "management"
    }
    assert len(flagged) == 52
    assert ("get", "/keys") in flagged
    assert ("put", "/workspaces/{id}/budgets/{interval}") in flagged
    assert ("post", "/chat/completions") not in flagged
    assert ("get", "/key") not in flagged  # any key reads its own limits
    for method, path in flagged:  # the overlay declares the wrong-key answer on each
        assert "403" in derived["paths"][path][method]["responses"], (method, path)


def test_derive_leaves_its_input_alone() -> None:
    upstream = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/k": {"get": {**_op({"type": "object"}), "description": "Management key required"}}
        },
    }
    before = copy.deepcopy(upstream)
    doc = derive.derive_document(upstream, _overlay({"target": "$.info", "description": "why",
                                                     "update": {"title": "ours"}}))  # fmt: skip
    assert upstream == before
    assert doc["paths"]["/k"]["get"]["x-openrouter-key"] == "management"
    assert "description" not in doc["paths"]["/k"]["get"]


@needs_upstream
def test_report_lists_every_action_with_its_reason() -> None:
    text = derive.report(UPSTREAM)
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    assert f"{len(overlay['actions'])} overlay actions" in text
    for action in overlay["actions"]:
        assert action["target"] in text
        assert " ".join(action["description"].split()) in text
    assert "x-openrouter-key: management on 52 operations" in text
    assert "[0 node(s)]" not in text


def test_store_copies_a_newer_snapshot_over_the_committed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    committed = tmp_path / "upstream" / "snapshot.yaml"
    monkeypatch.setattr(derive, "DEFAULT_UPSTREAM", committed)
    newer = tmp_path / "newer.yaml"
    newer.write_text("openapi: 3.1.0\npaths: {}\n", encoding="utf-8")
    assert derive.store(str(newer)) == newer.read_text(encoding="utf-8")
    assert committed.read_text(encoding="utf-8") == newer.read_text(encoding="utf-8")
    assert derive.store(str(committed)) == newer.read_text(encoding="utf-8")  # itself: a no-op
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        derive.store(str(bad))
    assert committed.read_text(encoding="utf-8") == newer.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------ JSONPath


def test_jsonpath_names_quotes_wildcards_and_filters() -> None:
    doc = {
        "paths": {"/a/{id}": {"get": {"x": 1}, "post": {"x": 2}}},
        "list": [{"name": "p", "in": "query"}, {"name": "q", "in": "header"}],
        "required": ["a", "b", "c"],
    }
    assert [loc.value for loc in ov.select(doc, "$.paths['/a/{id}'].get.x")] == [1]
    assert [loc.value for loc in ov.select(doc, '$.paths["/a/{id}"].*.x')] == [1, 2]
    assert [loc.value for loc in ov.select(doc, "$.list[?(@.in == 'header')].name")] == ["q"]
    assert [loc.value for loc in ov.select(doc, "$.list[?@.in != 'header'].name")] == ["p"]
    assert [loc.key for loc in ov.select(doc, "$.required[?(@ == 'b')]")] == [1]
    assert [loc.value for loc in ov.select(doc, "$.list[-1].name")] == ["q"]
    assert [loc.value for loc in ov.select(doc, "$.list[*].name")] == ["p", "q"]
    assert ov.select(doc, "$.paths.missing.x") == []


def test_jsonpath_filters_follow_a_path_below_the_item_and_test_existence() -> None:
    doc = {
        "schemas": {
            "Err": {"properties": {"meta": {"type": "object", "additionalProperties": {}}}},
            "Ok": {"properties": {"meta": {"$ref": "#/M"}}},
            "None": {"type": "object"},
        }
    }
    open_meta = "$.schemas[?(@.properties.meta.additionalProperties)].properties.meta"
    assert [loc.value for loc in ov.select(doc, open_meta)] == [
        {"type": "object", "additionalProperties": {}}
    ]
    by_ref = "$.schemas[?(@.properties.meta['$ref'] == '#/M')]"
    assert [loc.key for loc in ov.select(doc, by_ref)] == ["Ok"]
    # a path that is missing on the way matches nothing, even with !=
    assert [loc.key for loc in ov.select(doc, "$.schemas[?(@.properties.meta.type != 'x')]")] == [
        "Err"
    ]
    with pytest.raises(ov.OverlayError):
        ov.parse_path("$.schemas[?(@)]")


@pytest.mark.parametrize("path", ["paths.x", "$..x", "$.a[?(@.b > 1)]", "$.a[1:2]"])
def test_jsonpath_outside_the_subset_is_an_error(path: str) -> None:
    with pytest.raises(ov.OverlayError):
        ov.parse_path(path)


# ------------------------------------------------------------------------------- overlay


def test_update_merges_objects_replaces_lists_and_appends_to_arrays() -> None:
    doc = {
        "s": {"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "string"}}},
        "items": [1],
    }
    ov.apply_overlay(
        doc,
        _overlay(
            {
                "target": "$.s",
                "description": "why",
                "update": {"required": ["a"], "properties": {"b": {"type": "integer"}}},
            },
            {"target": "$.items", "description": "why", "update": 2},
        ),
    )
    assert doc["s"] == {
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
    }
    assert doc["items"] == [1, 2]


def test_remove_deletes_keys_and_list_items() -> None:
    doc = {"s": {"required": ["a", "b", "a"], "x": 1}}
    ov.apply_overlay(
        doc,
        _overlay(
            {"target": "$.s.required[?(@ == 'a')]", "description": "why", "remove": True},
            {"target": "$.s.x", "description": "why", "remove": True},
        ),
    )
    assert doc == {"s": {"required": ["b"]}}


def test_a_stale_action_fails_naming_it() -> None:
    overlay = _overlay(
        {"target": "$.a", "description": "fine", "update": {"b": 1}},
        {"target": "$.gone.away", "description": "upstream fixed it", "remove": True},
    )
    with pytest.raises(ov.OverlayError, match=r"stale overlay action 2 \(\$\.gone\.away: upstream"):
        ov.apply_overlay({"a": {}}, overlay)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"target": "$.a", "update": {}}, "has no description"),
        ({"target": "$.a", "description": "  ", "update": {}}, "has no description"),
        ({"target": "$.a", "description": "d", "update": {}, "remove": True}, "exactly one"),
        ({"target": "$.a", "description": "d"}, "exactly one"),
        ({"target": "$.a", "description": "d", "remove": False}, "must be true"),
        ({"description": "d", "remove": True}, "no target"),
    ],
)
def test_malformed_actions_are_rejected(action: dict[str, Any], message: str) -> None:
    with pytest.raises(ov.OverlayError, match=message):
        ov.validate_overlay(_overlay(action))


def test_our_overlay_is_valid_and_every_action_says_why() -> None:
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    actions = ov.validate_overlay(overlay)
    assert all(len(action["description"].strip()) > 15 for action in actions)


# ----------------------------------------------------------------------------- stripping


def test_strip_prose_keeps_facts_and_names() -> None:
    upstream = {
        "info": {"title": "T", "version": "1", "description": "prose", "contact": {}},
        "x-speakeasy-retries": {},
        "paths": {
            "/a": {
                "get": {
                    "summary": "prose",
                    "description": "prose",
                    "x-speakeasy-name-override": "n",
                    "x-speakeasy-pagination": {"type": "offsetLimit"},
                    "responses": {
                        "201": {
                            "description": "prose",
                            "headers": {"x-id": {"schema": {}}},
                            "content": {
                                "application/json": {
                                    "example": {},
                                    "schema": {
                                        "type": "object",
                                        "description": "prose",
                                        "properties": {
                                            "description": {"type": "string", "example": "x"},
                                            "summary": {"enum": ["description"]},
                                        },
                                    },
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    stripped = derive.strip_prose(upstream)
    assert stripped["info"] == {"title": "T", "version": "1"}
    op = stripped["paths"]["/a"]["get"]
    assert set(op) == {"x-speakeasy-pagination", "responses"}
    response = op["responses"]["201"]
    assert response["description"] == "Created"  # required by OpenAPI: the status phrase
    assert set(response["headers"]) == {"x-id"}
    assert response["content"]["application/json"] == {
        "schema": {
            "type": "object",
            "properties": {"description": {"type": "string"}, "summary": {"enum": ["description"]}},
        }
    }


# ------------------------------------------------------------------------ normalisations


def test_plain_date_times() -> None:
    doc = _doc(
        {
            "A": {
                "type": "object",
                "properties": {
                    "at": {"type": ["string", "null"], "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                    "n": {"type": "number", "format": "double"},
                },
            }
        }
    )
    norm.plain_date_times(doc)
    props = doc["components"]["schemas"]["A"]["properties"]
    assert props == {
        "at": {"type": ["string", "null"]},
        "day": {"type": "string"},
        "n": {"type": "number", "format": "double"},
    }


def test_binary_responses_become_octet_stream() -> None:
    doc = _doc(
        {},
        {
            "/s": {
                "post": {
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "audio/*": {"schema": {"type": "string", "format": "binary"}}
                            },
                        }
                    }
                }
            }
        },
    )
    norm.binary_responses(doc)
    content = doc["paths"]["/s"]["post"]["responses"]["200"]["content"]
    assert content == {  # the generator's type; the API's types kept for validators
        "application/octet-stream": {
            "schema": {"type": "string", "format": "binary"},
            "x-media-types": ["audio/*"],
        }
    }


def test_one_request_content_type_prefers_json() -> None:
    doc = _doc(
        {},
        {
            "/t": {
                "post": {
                    "responses": {},
                    "requestBody": {
                        "content": {
                            "multipart/form-data": {"schema": {"type": "object"}},
                            "application/json": {"schema": _ref("T")},
                        }
                    },
                }
            }
        },
    )
    norm.one_request_content_type(doc)
    assert list(doc["paths"]["/t"]["post"]["requestBody"]["content"]) == ["application/json"]


def test_name_inline_bodies() -> None:
    body = {"type": "object", "properties": {"a": {"type": "string"}}}
    response = {"type": "object", "properties": {"data": {"type": "string"}}}
    doc = _doc({}, {"/t": {"post": _op(response, body)}})
    norm.name_inline_bodies(doc)
    op = doc["paths"]["/t"]["post"]
    assert op["requestBody"]["content"]["application/json"]["schema"] == _ref("DoThingRequest")
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == _ref(
        "DoThingResponse"
    )
    assert doc["components"]["schemas"] == {"DoThingRequest": body, "DoThingResponse": response}


def test_inline_single_ref_allof() -> None:
    doc = _doc(
        {
            "E": {"type": "string", "enum": ["a", "b"]},
            "O": {"type": "object", "required": ["k"], "properties": {"k": {"type": "string"}}},
            "A": {
                "type": "object",
                "properties": {
                    "e": {"allOf": [_ref("E"), {}], "deprecated": True},
                    "o": {"allOf": [_ref("O"), {"required": ["k"]}]},
                    "ext": {"allOf": [_ref("O"), {"required": ["other"]}]},
                },
            },
        }
    )
    norm.inline_single_ref_allof(doc)
    props = doc["components"]["schemas"]["A"]["properties"]
    assert props["e"] == {"$ref": "#/components/schemas/E", "deprecated": True}
    assert props["o"] == _ref("O")
    assert "allOf" in props["ext"]  # a structural addition keeps the allOf


def test_flatten_overriding_allof() -> None:
    doc = _doc(
        {
            "Base": {
                "type": "object",
                "required": ["a"],
                "properties": {
                    "a": {"type": "string", "enum": ["x", "y"]},
                    "b": {"type": "integer"},
                },
            },
            "Ext": {
                "allOf": [
                    _ref("Base"),
                    {
                        "type": "object",
                        "required": ["c"],
                        "properties": {"a": {"type": ["string", "null"]}, "c": {"type": "boolean"}},
                    },
                ]
            },
            "Plain": {
                "allOf": [_ref("Base"), {"type": "object", "properties": {"d": {"type": "string"}}}]
            },
        }
    )
    norm.flatten_overriding_allof(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Ext"] == {
        "type": "object",
        "required": ["a", "c"],
        "properties": {
            "a": {"type": ["string", "null"]},
            "b": {"type": "integer"},
            "c": {"type": "boolean"},
        },
    }
    assert "allOf" in schemas["Plain"]  # nothing re-declared: the composition stays


def test_nullable_components_become_nullable_uses() -> None:
    doc = _doc(
        {
            "Loc": {"type": ["object", "null"], "properties": {"city": {"type": "string"}}},
            "Effort": {"type": ["string", "null"], "enum": ["low", "high", None]},
            "Cfg": {
                "anyOf": [
                    {"type": "object", "properties": {"on": {"type": "boolean"}}},
                    {"type": "null"},
                ]
            },
            "User": {
                "type": "object",
                "properties": {
                    "loc": {**_ref("Loc"), "deprecated": True},
                    "effort": {"anyOf": [_ref("Effort"), {"type": "string", "const": "auto"}]},
                    "cfg": _ref("Cfg"),
                },
            },
        }
    )
    norm.nullable_components(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Loc"]["type"] == "object"
    assert schemas["Effort"] == {"type": "string", "enum": ["low", "high"]}
    assert schemas["Cfg"] == {"type": "object", "properties": {"on": {"type": "boolean"}}}
    props = schemas["User"]["properties"]
    assert props["loc"] == {"deprecated": True, "anyOf": [_ref("Loc"), {"type": "null"}]}
    assert props["effort"] == {
        "anyOf": [_ref("Effort"), {"type": "string", "const": "auto"}, {"type": "null"}]
    }
    assert props["cfg"] == {"anyOf": [_ref("Cfg"), {"type": "null"}]}


def test_nullable_component_in_an_allof_with_an_object_part_stays_a_plain_ref() -> None:
    # upstream's Responses reasoning: allOf [BaseReasoningConfig ([object, null]), {object}];
    # an anyOf part there hid effort/summary from the generator and the request types
    extra = {"type": "object", "properties": {"max_tokens": {"type": "integer"}}}
    doc = _doc(
        {
            "Base": {"type": ["object", "null"], "properties": {"effort": {"type": "string"}}},
            "Cfg": {"allOf": [_ref("Base"), copy.deepcopy(extra)]},
            "Loose": {"allOf": [_ref("Base"), {"required": ["effort"]}]},
        }
    )
    norm.nullable_components(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Cfg"] == {"allOf": [_ref("Base"), extra]}
    # without an object part, null stays allowed: the use becomes nullable as elsewhere
    assert schemas["Loose"]["allOf"][0] == {"anyOf": [_ref("Base"), {"type": "null"}]}


def test_name_union_members() -> None:
    text = {"type": "object", "properties": {"type": {"type": "string", "enum": ["text"]}}}
    other = {"type": "object", "properties": {"n": {"type": "integer"}}}
    doc = _doc(
        {
            "Part": {
                "anyOf": [copy.deepcopy(text), _ref("X"), copy.deepcopy(other), {"type": "string"}]
            },
            "X": {"type": "object"},
        }
    )
    norm.name_union_members(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Part"]["anyOf"] == [
        _ref("PartText"),
        _ref("X"),
        _ref("PartVariant2"),
        {"type": "string"},
    ]
    assert schemas["PartText"] == text
    assert schemas["PartVariant2"] == other


def test_open_enums_in_responses_only_and_never_union_tags() -> None:
    doc = _doc(
        {
            "Reason": {"type": ["string", "null"], "enum": ["stop", "length", None]},
            "Out": {
                "type": "object",
                "properties": {
                    "reason": _ref("Reason"),
                    "object": {"type": "string", "enum": ["chat.completion"]},
                    "part": {"anyOf": [_ref("PartA"), _ref("PartB")]},
                },
            },
            "PartA": {
                "type": "object",
                "properties": {"type": {"type": "string", "enum": ["a", "aa"]}},
            },
            "PartB": {"type": "object", "properties": {"type": {"type": "string", "enum": ["b"]}}},
            "In": {
                "type": "object",
                "properties": {"sort": {"type": "string", "enum": ["price", "latency"]}},
            },
        },
        {"/t": {"post": _op(_ref("Out"), _ref("In"))}},
    )
    norm.open_enums(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Reason"]["type"] == ["string", "null"]
    assert "enum" not in schemas["Reason"]
    assert schemas["Reason"]["x-open-enum"] == ["stop", "length"]
    assert "`stop`, `length`" in schemas["Reason"]["description"]
    assert schemas["Out"]["properties"]["object"]["enum"] == ["chat.completion"]  # one value
    assert schemas["PartA"]["properties"]["type"]["enum"] == ["a", "aa"]  # a union tag
    assert schemas["In"]["properties"]["sort"]["enum"] == ["price", "latency"]  # request only


def test_open_enums_can_be_kept_closed_by_the_overlay() -> None:
    closed = {"type": "string", "enum": ["a", "b"], "x-open-enum": False}
    doc = _doc(
        {"Out": {"type": "object", "properties": {"k": closed}}}, {"/t": {"get": _op(_ref("Out"))}}
    )
    norm.open_enums(doc)
    assert doc["components"]["schemas"]["Out"]["properties"]["k"]["enum"] == ["a", "b"]


# --------------------------------------------------------------------- the real snapshot


@pytest.fixture(scope="module")
def derived_text() -> str:
    if not UPSTREAM.exists():
        pytest.skip(f"no snapshot at {UPSTREAM}")
    return str(derive.derive(UPSTREAM))


@pytest.fixture(scope="module")
def derived(derived_text: str) -> dict[str, Any]:
    return dict(derive.load_yaml(derived_text))


def _operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m, p) for p, item in doc["paths"].items() for m in item if m in METHODS}


@needs_upstream
def test_derivation_is_byte_stable(derived_text: str) -> None:
    assert derive.derive(UPSTREAM) == derived_text
    assert derive.derive(str(UPSTREAM)) == derived_text


@needs_upstream
def test_every_upstream_operation_is_derived(derived: dict[str, Any]) -> None:
    upstream = derive.load_yaml(UPSTREAM.read_text(encoding="utf-8"))
    assert len(_operations(derived)) == 97
    assert _operations(derived) == _operations(upstream)


def _texts(node: Any, keys: frozenset[str], out: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, str):
                out.add(value)
            else:
                _texts(value, keys, out)
    elif isinstance(node, list):
        for item in node:
            _texts(item, keys, out)
    return out


@needs_upstream
def test_no_upstream_prose_survives(derived: dict[str, Any]) -> None:
    overlay = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    ours = _texts([a.get("update") for a in overlay["actions"]], frozenset({"description"}), set())
    phrases = {status.phrase for status in HTTPStatus} | set(derive.EXTRA_PHRASES.values())
    upstream = derive.load_yaml(UPSTREAM.read_text(encoding="utf-8"))
    upstream_prose = _texts(upstream, frozenset({"description", "summary"}), set())
    assert not _texts(derived, frozenset({"summary"}), set())
    for text in _texts(derived, frozenset({"description"}), set()):
        assert text in ours or text in phrases or text.startswith("Open enum"), text
        assert text not in upstream_prose or text in phrases, text


@needs_upstream
def test_no_generator_hazard_is_left(derived: dict[str, Any]) -> None:
    """The constructs of OPENROUTER_API.md 10.6 are gone from the derived spec."""
    schemas = derived["components"]["schemas"]
    for name, schema in schemas.items():
        types = schema.get("type")
        assert not (isinstance(types, list) and "null" in types), f"nullable component {name}"
    for schema, hint in norm.iter_schemas(derived):
        for key in ("anyOf", "oneOf"):
            for member in schema.get(key, []):
                assert "$ref" in member or "properties" not in member, f"inline member in {hint}"
        members = schema.get("allOf", [])
        refs = [m for m in members if "$ref" in m]
        assert not (len(refs) == 1 and len(members) == len(refs)), f"allOf around a $ref: {hint}"
        assert schema.get("format") not in ("date-time", "date"), hint


def test_cli_check(tmp_path: Path) -> None:
    if not UPSTREAM.exists():
        pytest.skip(f"no snapshot at {UPSTREAM}")
    out = tmp_path / "openapi.derived.yaml"
    script = str(SPEC_DIR / "derive.py")
    run = [sys.executable, script, str(UPSTREAM)]
    assert subprocess.run([*run, "-o", str(out)], check=False).returncode == 0
    assert (
        subprocess.run([*run, "--check", str(out)], capture_output=True, check=False).returncode
        == 0
    )
    out.write_text(out.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    failed = subprocess.run(
        [*run, "--check", str(out)], capture_output=True, text=True, check=False
    )
    assert failed.returncode == 1
    assert "is not the derivation" in failed.stderr


def test_cli_reports_a_stale_overlay(tmp_path: Path) -> None:
    if not UPSTREAM.exists():
        pytest.skip(f"no snapshot at {UPSTREAM}")
    stale = tmp_path / "overlay.yaml"
    stale.write_text(
        yaml.safe_dump(
            _overlay(
                {
                    "target": "$.components.schemas.NoSuchSchema",
                    "description": "gone",
                    "remove": True,
                }
            )
        )
    )
    script = str(SPEC_DIR / "derive.py")
    run = [sys.executable, script, str(UPSTREAM), "--overlay", str(stale)]
    failed = subprocess.run(run, capture_output=True, text=True, check=False)
    assert failed.returncode == 2
    assert "stale overlay action 1" in failed.stderr


@pytest.mark.skipif(not os.environ.get("SPEC_DERIVE_GENERATE"), reason="set SPEC_DERIVE_GENERATE=1")
def test_the_derived_spec_generates_without_warnings(derived_text: str, tmp_path: Path) -> None:
    """Opt-in (about 15 s): the Makefile's generator command on the derived spec."""
    spec = tmp_path / "openapi.derived.yaml"
    spec.write_text(derived_text, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts/template_patches.py"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(REPO / "scripts/generator.yaml"),
            "--meta",
            "none",
            "--fail-on-warning",
            "--output-path",
            str(tmp_path / "openrouter_api"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    modules = [
        p for p in (tmp_path / "openrouter_api/api").rglob("*.py") if p.name != "__init__.py"
    ]
    assert len(modules) == 97


def test_server_parameter_defaults_are_not_sent_by_the_client() -> None:
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 500}}
    slug = {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
    shared = {"name": "x", "in": "header", "schema": {"type": "string", "default": "a"}}
    doc: dict[str, Any] = {
        "paths": {"/m/{slug}": {"parameters": [shared], "get": {"parameters": [limit, slug]}}},
        "components": {"parameters": {"Off": {"name": "offset", "in": "query",
                                              "schema": {"type": "integer", "default": 0}}}},
    }  # fmt: skip
    norm.server_parameter_defaults(doc)
    assert limit["schema"] == {"type": "integer", "x-server-default": 500}
    assert shared["schema"] == {"type": "string", "x-server-default": "a"}
    assert doc["components"]["parameters"]["Off"]["schema"]["x-server-default"] == 0
    assert slug["schema"] == {"type": "string"}
