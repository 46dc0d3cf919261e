"""Structured outputs: pydantic models to strict schemas and tools, chat results to models."""

from __future__ import annotations

import copy
import enum
import json
import pickle
import subprocess
import sys
from typing import Annotated, Any, Literal, Optional, Union

import attrs
import jsonschema
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import openrouter_ext
from openrouter_ext import (
    LengthFinishReasonError,
    ParsedChatResult,
    ParsedFunction,
    ParsedToolCall,
    ResponseValidationError,
    StructuredOutputError,
    parse_completion,
    pydantic_function_tool,
    to_response_format,
)
from openrouter_ext._lowlevel import ChatResult, parse_chat_result
from openrouter_ext._structured.parse import prepare_parse_request
from openrouter_ext._structured.schema import strict_json_schema, to_strict_json_schema
from openrouter_ext.testing import Scenario, ScenarioError
from openrouter_ext.testing._schemagen import instance

# models ------------------------------------------------------------------------------------


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Item(pydantic.BaseModel):
    name: str
    qty: int = pydantic.Field(ge=1, le=99)


class Cat(pydantic.BaseModel):
    kind: Literal["cat"]
    lives: int


class Dog(pydantic.BaseModel):
    kind: Literal["dog"]
    good: bool


class Order(pydantic.BaseModel):
    """An order of items."""

    items: list[Item]
    color: Color
    note: Optional[str] = None  # noqa: UP045  (the typing spelling on purpose)
    tags: set[str] = set()
    pet: Annotated[Union[Cat, Dog], pydantic.Field(discriminator="kind")]  # noqa: UP007
    main: Item = pydantic.Field(description="the main item")


class Node(pydantic.BaseModel):
    value: int
    children: list[Node] = []


class GetWeather(pydantic.BaseModel):
    """Get the weather in a city."""

    city: str
    unit: Literal["c", "f"] = "c"


def _objects(schema: Any) -> list[dict[str, Any]]:
    """Every schema object with properties, anywhere in ``schema``."""
    found: list[dict[str, Any]] = []
    if isinstance(schema, dict):
        if "properties" in schema:
            found.append(schema)
        for value in schema.values():
            found += _objects(value)
    elif isinstance(schema, list):
        for value in schema:
            found += _objects(value)
    return found


# to_response_format / to_strict_json_schema -----------------------------------------------


def test_response_format_has_the_json_schema_shape() -> None:
    fmt = to_response_format(Item)
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "Item"
    assert fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["name", "qty"]
    assert schema["properties"]["qty"] == {
        "maximum": 99, "minimum": 1, "title": "Qty", "type": "integer",
    }  # fmt: skip


def test_every_object_is_closed_and_requires_all_its_properties() -> None:
    schema = to_strict_json_schema(Order)
    objects = _objects(schema)
    assert len(objects) >= 4  # Order, Item ($defs), Cat, Dog, the inlined main
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])


def test_optional_fields_are_required_but_nullable_without_a_null_default() -> None:
    note = to_strict_json_schema(Order)["properties"]["note"]
    assert note["anyOf"] == [{"type": "string"}, {"type": "null"}]
    assert "default" not in note
    jsonschema.validate({"name": "a", "qty": 1}, to_strict_json_schema(Item))


def test_enums_lists_and_defs_are_kept_and_resolve() -> None:
    schema = to_strict_json_schema(Order)
    assert schema["$defs"]["Color"]["enum"] == ["red", "blue"]
    assert schema["properties"]["items"] == {
        "items": {"$ref": "#/$defs/Item"}, "title": "Items", "type": "array",
    }  # fmt: skip
    assert schema["properties"]["tags"]["uniqueItems"] is True
    assert schema["$defs"]["Item"]["additionalProperties"] is False


def test_a_ref_with_siblings_is_inlined_and_made_strict() -> None:
    main = to_strict_json_schema(Order)["properties"]["main"]
    assert "$ref" not in main
    assert main["description"] == "the main item"
    assert main["properties"]["qty"]["minimum"] == 1
    assert main["additionalProperties"] is False


def test_a_discriminated_union_becomes_any_of() -> None:
    pet = to_strict_json_schema(Order)["properties"]["pet"]
    assert "oneOf" not in pet and "discriminator" not in pet
    assert pet["anyOf"] == [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}]


def test_recursive_models_keep_their_self_reference() -> None:
    schema = to_strict_json_schema(Node)
    assert schema["$defs"]["Node"]["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    value = {"value": 1, "children": [{"value": 2, "children": []}]}
    jsonschema.validate(value, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"value": 1}, schema)  # children is required in strict mode


def test_strict_json_schema_merges_a_single_all_of_and_leaves_its_input_alone() -> None:
    source = {
        "type": "object",
        "properties": {
            "a": {"allOf": [{"$ref": "#/$defs/A"}], "default": None, "description": "d"}
        },
        "$defs": {"A": {"type": "object", "properties": {"x": {"type": "integer"}}}},
    }
    before = copy.deepcopy(source)
    out = strict_json_schema(source)
    assert source == before
    assert out["properties"]["a"] == {
        "type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"],
        "additionalProperties": False, "description": "d",
    }  # fmt: skip
    assert out["$defs"]["A"]["additionalProperties"] is False
    bare = strict_json_schema({**source, "properties": {"a": {"allOf": [{"$ref": "#/$defs/A"}]}}})
    assert bare["properties"]["a"] == {"$ref": "#/$defs/A"}  # a lone $ref stays a $ref
    with pytest.raises(ValueError, match="only local references"):
        strict_json_schema({"$ref": "http://x/y", "description": "d"})


def test_strict_false_sends_pydantics_schema_unchanged() -> None:
    fmt = to_response_format(Order, strict=False)
    assert fmt["json_schema"]["strict"] is False
    assert fmt["json_schema"]["schema"] == Order.model_json_schema()


def test_names_are_derived_safely_and_checked_when_given() -> None:
    class Page(pydantic.BaseModel):
        items: list[int]

    generic = pydantic.create_model("Box[Item]", value=(int, ...))
    assert to_response_format(generic)["json_schema"]["name"] == "Box_Item"
    assert to_response_format(Page, name="my-page_1")["json_schema"]["name"] == "my-page_1"
    for bad in ("has space", "x" * 65, ""):
        with pytest.raises(ValueError, match="a-zA-Z0-9_-"):
            to_response_format(Page, name=bad)


def test_non_object_and_non_class_inputs_are_type_errors() -> None:
    with pytest.raises(TypeError, match="JSON schema is an object"):
        to_response_format(int)
    with pytest.raises(TypeError, match="model class"):
        to_response_format(Item(name="a", qty=1))  # type: ignore[arg-type]


def test_dataclasses_work_through_a_type_adapter() -> None:
    import dataclasses

    @dataclasses.dataclass
    class Point:
        x: int
        y: int

    schema = to_response_format(Point)["json_schema"]["schema"]
    assert schema["required"] == ["x", "y"] and schema["additionalProperties"] is False
    result = parse_chat_result(_result('{"x": 1, "y": 2}'))
    assert parse_completion(result, Point).choices[0].message.parsed == Point(1, 2)


def test_without_pydantic_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pydantic", None)
    with pytest.raises(ImportError, match=r"pip install 'openrouter-ext\[structured\]'"):
        to_response_format(Item)
    with pytest.raises(ImportError, match="structured"):
        parse_completion(parse_chat_result(_result("{}")), Item)


def test_importing_the_package_and_its_names_does_not_import_pydantic() -> None:
    code = (
        "import sys, openrouter_ext as o\n"
        "o.to_response_format, o.parse_completion, o.StructuredOutputError\n"
        "assert 'pydantic' not in sys.modules, 'pydantic imported'\n"
        "assert not any(m.startswith('openrouter_api') for m in sys.modules), 'generated'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_public_names_are_exported() -> None:
    for name in ("ParsedChatResult", "ParsedChoice", "ParsedChatMessage", "ParsedToolCall",
                 "ParsedFunction", "StructuredOutputError", "LengthFinishReasonError",
                 "pydantic_function_tool", "to_response_format", "parse_completion"):  # fmt: skip
        assert name in openrouter_ext.__all__
        assert getattr(openrouter_ext, name).__doc__


# pydantic_function_tool ---------------------------------------------------------------------


def test_function_tool_shape_and_description() -> None:
    tool = pydantic_function_tool(GetWeather)
    assert tool["type"] == "function"
    function = tool["function"]
    assert function["name"] == "GetWeather"
    assert function["description"] == "Get the weather in a city."
    assert function["strict"] is True
    assert function["parameters"]["required"] == ["city", "unit"]
    assert function["parameters"]["additionalProperties"] is False
    assert json.loads(json.dumps(tool)) == tool  # plain JSON


def test_function_tool_name_and_description_can_be_given() -> None:
    tool = pydantic_function_tool(Item, name="add_item", description="Add an item.")
    assert tool["function"]["name"] == "add_item"
    assert tool["function"]["description"] == "Add an item."
    assert "description" not in pydantic_function_tool(Item)["function"]  # no docstring


# parse_completion -----------------------------------------------------------------------------


def _result(
    *contents: str | None,
    finish: str = "stop",
    refusal: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    choices = []
    for i, content in enumerate(contents):
        message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
        if tool_calls is not None:
            message["tool_calls"] = tool_calls
        choices.append({"index": i, "finish_reason": finish, "message": message})
    return {
        "id": "gen-1", "object": "chat.completion", "created": 1, "model": "m/x",
        "provider": "P", "choices": choices, "mock_extra": {"kept": True},
        "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8},
    }  # fmt: skip


def test_content_is_validated_into_the_model_for_every_choice() -> None:
    result = parse_chat_result(_result('{"name": "a", "qty": 2}', '{"name": "b", "qty": 3}'))
    parsed = parse_completion(result, Item)
    assert [c.message.parsed for c in parsed.choices] == [Item(name="a", qty=2),
                                                          Item(name="b", qty=3)]  # fmt: skip
    assert isinstance(parsed, ParsedChatResult) and isinstance(parsed, ChatResult)
    assert parsed.choices[0].message.refusal is None


def test_the_parsed_result_keeps_every_field_and_the_wire_shape() -> None:
    body = _result('{"name": "a", "qty": 2}')
    result = parse_chat_result(body)
    parsed = parse_completion(result, Item)
    assert parsed.to_dict() == result.to_dict()
    for field in attrs.fields(type(result)):
        if field.name != "choices":
            assert getattr(parsed, field.name) == getattr(result, field.name), field.name
    message, original = parsed.choices[0].message, result.choices[0].message
    for field in attrs.fields(type(original)):
        assert getattr(message, field.name) == getattr(original, field.name), field.name
    assert parsed.choices[0].finish_reason == "stop"
    assert "parsed=Item(name='a', qty=2)" in repr(message)
    assert not hasattr(result.choices[0].message, "parsed")  # the original is untouched


def test_pickling_and_copying_keep_the_parsed_values() -> None:
    calls = [_call("GetWeather", '{"city": "Oslo", "unit": "c"}')]
    result = parse_chat_result(_result('{"name": "a", "qty": 2}', tool_calls=calls))
    parsed = parse_completion(result, Item, tools=[GetWeather])
    for again in (pickle.loads(pickle.dumps(parsed)), copy.deepcopy(parsed)):
        assert type(again) is ParsedChatResult
        message = again.choices[0].message
        assert message.parsed == Item(name="a", qty=2)
        assert message.tool_calls[0].function.parsed_arguments == GetWeather(city="Oslo", unit="c")
        assert again.to_dict() == result.to_dict()


def test_a_refusal_gives_parsed_none_and_the_refusal() -> None:
    result = parse_chat_result(_result(None, refusal="I can't help with that."))
    message = parse_completion(result, Item).choices[0].message
    assert message.parsed is None
    assert message.refusal == "I can't help with that."


def test_a_refusal_wins_over_content() -> None:
    result = parse_chat_result(_result("not json", refusal="no"))
    assert parse_completion(result, Item).choices[0].message.parsed is None


@pytest.mark.parametrize(
    ("content", "kind"),
    [('{"name": "a", "qty"', "is not valid JSON"), ('{"name": "a", "qty": 0}', "does not validate"),
     ("[1, 2]", "does not validate")],
)  # fmt: skip
def test_invalid_content_raises_a_structured_output_error(content: str, kind: str) -> None:
    result = parse_chat_result(_result('{"name": "ok", "qty": 1}', content))
    with pytest.raises(StructuredOutputError, match=kind) as info:
        parse_completion(result, Item)
    err = info.value
    assert isinstance(err, ResponseValidationError)
    assert err.content == content and err.body == content
    assert err.completion is result and err.index == 1
    assert isinstance(err.__cause__, pydantic.ValidationError)
    assert "choice 1" in str(err) and "Item" in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is StructuredOutputError and again.content == content


def test_length_finish_reason_raises_before_parsing() -> None:
    result = parse_chat_result(_result('{"name": "a", "q', finish="length"))
    with pytest.raises(LengthFinishReasonError, match="length limit after 5 completion") as info:
        parse_completion(result, Item)
    assert isinstance(info.value, ResponseValidationError)
    assert info.value.completion is result and info.value.index == 0


def test_empty_or_absent_content_and_no_model_give_parsed_none() -> None:
    assert parse_completion(parse_chat_result(_result("")), Item).choices[0].message.parsed is None
    assert (
        parse_completion(parse_chat_result(_result(None)), Item).choices[0].message.parsed is None
    )
    no_model = parse_completion(parse_chat_result(_result("{}")))
    assert no_model.choices[0].message.parsed is None


def test_content_parts_are_joined_before_parsing() -> None:
    body = _result(None)
    body["choices"][0]["message"]["content"] = [
        {"type": "text", "text": '{"name": "a",'}, {"type": "text", "text": ' "qty": 4}'},
    ]  # fmt: skip
    parsed = parse_completion(parse_chat_result(body), Item)
    assert parsed.choices[0].message.parsed == Item(name="a", qty=4)


def _call(name: str, arguments: str, i: int = 0) -> dict[str, Any]:
    return {"id": f"call_{i}", "type": "function",
            "function": {"name": name, "arguments": arguments}}  # fmt: skip


def test_tool_call_arguments_are_parsed_for_the_tools_given() -> None:
    calls = [
        _call("GetWeather", '{"city": "Paris", "unit": "f"}', 0),
        _call("lookup", '{"q": "x"}', 1),
        _call("loose", '{"q": "y"}', 2),
        _call("unknown", "{not json", 3),
    ]
    tools = [
        pydantic_function_tool(GetWeather),
        {"type": "function", "function": {"name": "lookup", "parameters": {}, "strict": True}},
        {"type": "function", "function": {"name": "loose", "parameters": {}}},
    ]
    result = parse_chat_result(_result(None, finish="tool_calls", tool_calls=calls))
    message = parse_completion(result, None, tools=tools).choices[0].message
    assert message.parsed is None
    parsed = [c.function.parsed_arguments for c in message.tool_calls]
    assert parsed == [GetWeather(city="Paris", unit="f"), {"q": "x"}, None, None]
    assert all(isinstance(c, ParsedToolCall) for c in message.tool_calls)
    assert all(isinstance(c.function, ParsedFunction) for c in message.tool_calls)
    assert [c.function.arguments for c in message.tool_calls] == [c["function"]["arguments"]
                                                                   for c in calls]  # fmt: skip
    assert message.to_dict()["tool_calls"] == calls
    # a model class given directly in tools works the same
    direct = parse_completion(result, tools=[GetWeather]).choices[0].message.tool_calls
    assert direct[0].function.parsed_arguments == GetWeather(city="Paris", unit="f")


def test_bad_tool_arguments_raise_a_structured_output_error() -> None:
    result = parse_chat_result(
        _result(None, finish="tool_calls", tool_calls=[_call("GetWeather", '{"unit": "k"}')])
    )
    with pytest.raises(StructuredOutputError, match="arguments of tool call 'GetWeather'") as info:
        parse_completion(result, tools=[pydantic_function_tool(GetWeather)])
    assert info.value.content == '{"unit": "k"}'
    strict = {"type": "function", "function": {"name": "GetWeather", "strict": True}}
    bad = _result(None, finish="tool_calls", tool_calls=[_call("GetWeather", "{")])
    with pytest.raises(StructuredOutputError, match="not valid JSON"):
        parse_completion(parse_chat_result(bad), tools=[strict])


# prepare_parse_request ------------------------------------------------------------------------


def test_prepare_turns_a_model_into_the_response_format() -> None:
    params = {"model": "m", "messages": [], "tools": [GetWeather, {"type": "x"}]}
    body, model = prepare_parse_request(params, Item)
    assert model is Item
    assert body["response_format"] == to_response_format(Item)
    assert body["tools"] == [pydantic_function_tool(GetWeather), {"type": "x"}]
    assert params["tools"][0] is GetWeather and "response_format" not in params  # not mutated


def test_prepare_passes_a_dict_or_none_through() -> None:
    fmt = {"type": "json_object"}
    body, model = prepare_parse_request({"model": "m"}, fmt)
    assert model is None and body == {"model": "m", "response_format": fmt}
    body, model = prepare_parse_request({"model": "m", "stream": False}, None)
    assert model is None and body == {"model": "m"}


def test_prepare_rejects_streaming_and_odd_formats() -> None:
    with pytest.raises(TypeError, match="does not stream"):
        prepare_parse_request({"stream": True}, Item)
    with pytest.raises(TypeError, match="pydantic model class or a dict"):
        prepare_parse_request({}, "json")  # type: ignore[call-overload]


# the mock's schema instances -------------------------------------------------------------------


MODELS: list[type[pydantic.BaseModel]] = [Item, Order, Node, GetWeather, Cat, Dog]


@pytest.mark.parametrize("model", MODELS, ids=[m.__name__ for m in MODELS])
@pytest.mark.parametrize("strict", [True, False])
def test_instances_of_model_schemas_validate(model: type[pydantic.BaseModel], strict: bool) -> None:
    schema = to_strict_json_schema(model) if strict else model.model_json_schema()
    value = instance(schema)
    jsonschema.Draft202012Validator(schema).validate(value)
    model.model_validate(value)
    assert instance(schema) == value  # deterministic


SCHEMAS: list[dict[str, Any]] = [
    {"type": "string", "format": "email"},
    {"type": "string", "format": "date"},
    {"type": "string", "format": "date-time"},
    {"type": "string", "format": "uri"},
    {"type": "string", "minLength": 20},
    {"type": "string", "maxLength": 3},
    {"type": "integer", "minimum": 10, "maximum": 12},
    {"type": "integer", "exclusiveMinimum": 5, "multipleOf": 4},
    {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.1},
    {"type": "number", "maximum": -3},
    {"type": ["null", "integer"]},
    {"type": "null"},
    {"enum": [3, "x"]},
    {"const": {"a": [1]}},
    {"type": "array", "items": {"type": "integer"}, "minItems": 4, "uniqueItems": True},
    {"type": "array", "items": {"type": "string"}, "maxItems": 0},
    {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "boolean"}], "items": False},
    {"type": "object", "required": ["free"], "additionalProperties": {"type": "integer"}},
    {"type": "object", "minProperties": 3, "additionalProperties": {"type": "boolean"}},
    {"oneOf": [{"type": "number"}, {"type": "integer"}]},
    {"oneOf": [{"type": "integer"}, {"type": "number"}]},
    {"anyOf": [{"$ref": "#/definitions/a"}, {"type": "null"}],
     "definitions": {"a": {"type": "string", "format": "email"}}},
    {"allOf": [{"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
               {"properties": {"b": {"type": "boolean"}}, "required": ["b"]}],
     "additionalProperties": False, "properties": {"a": {}, "b": {}}},
    {"$ref": "#/$defs/t", "$defs": {"t": {"type": "object", "properties": {
        "next": {"anyOf": [{"$ref": "#/$defs/t"}, {"type": "null"}]}}, "required": ["next"]}}},
]  # fmt: skip


@pytest.mark.parametrize("schema", SCHEMAS, ids=[json.dumps(s)[:60] for s in SCHEMAS])
def test_instances_of_hand_written_schemas_validate(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema).validate(instance(schema))


_NAMES = st.text("abcdefgh", min_size=1, max_size=4)


def _leaves() -> st.SearchStrategy[dict[str, Any]]:
    ints = st.integers(-50, 50)
    return st.one_of(
        st.builds(lambda lo, n: {"type": "string", "minLength": lo, "maxLength": lo + n},
                  st.integers(0, 8), st.integers(0, 8)),
        st.sampled_from([{"type": "string", "format": f}
                         for f in ("date", "date-time", "email", "uri", "uuid")]),
        st.builds(lambda lo, k, extra: {"type": "integer", "minimum": lo, "multipleOf": k,
                                        "maximum": -(-lo // k) * k + extra},
                  ints, st.integers(1, 7), st.integers(0, 20)),
        st.builds(lambda lo, gap: {"type": "integer", "exclusiveMinimum": lo,
                                   "exclusiveMaximum": lo + gap}, ints, st.integers(2, 9)),
        st.builds(lambda lo, gap: {"type": "number", "exclusiveMinimum": lo,
                                   "exclusiveMaximum": lo + gap},
                  st.floats(-100, 100), st.floats(0.01, 50)),
        st.builds(lambda lo: {"type": "number", "minimum": lo}, st.floats(-1e6, 1e6)),
        st.sampled_from([{"type": "boolean"}, {"type": "null"}, {"type": ["string", "null"]},
                         {"type": ["null", "integer"]}, {}]),
        st.builds(lambda vs: {"enum": vs}, st.lists(st.one_of(ints, _NAMES), min_size=1,
                                                     max_size=4, unique=True)),
        st.builds(lambda v: {"const": v}, st.one_of(ints, _NAMES, st.none())),
    )  # fmt: skip


def _extend(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    def obj(props: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
        required = data.draw(st.lists(st.sampled_from(sorted(props)), unique=True)) if props else []
        extra = data.draw(st.sampled_from([False, True, {"type": "integer"}]))
        return {"type": "object", "properties": props, "required": required,
                "additionalProperties": extra}  # fmt: skip

    def nullable(s: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [s, {"type": "null"}]}

    return st.one_of(
        st.builds(obj, st.dictionaries(_NAMES, inner, max_size=4), st.data()),
        st.builds(lambda s, lo, n: {"type": "array", "items": s, "minItems": lo,
                                    "maxItems": lo + n}, inner, st.integers(0, 3),
                  st.integers(0, 2)),
        st.builds(lambda lo: {"type": "array", "items": {"type": "string"}, "minItems": lo,
                              "uniqueItems": True}, st.integers(0, 5)),
        st.builds(nullable, inner),
        st.builds(lambda a, b: {"anyOf": [a, b]}, inner, inner),
        st.builds(lambda s: {"oneOf": [s, {"type": "array", "items": {}}]},
                  st.sampled_from([{"type": "string"}, {"type": "integer"}, {"type": "null"}])),
        st.builds(lambda s: {"allOf": [s]}, inner),
    )  # fmt: skip


_TREES = st.recursive(_leaves(), _extend, max_leaves=12)
#: refs point into the root's $defs (as pydantic's do), so only the root gets them
SCHEMA_TREES = st.one_of(_TREES, _TREES.map(lambda s: {"$ref": "#/$defs/d", "$defs": {"d": s}}))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SCHEMA_TREES)
def test_generated_instances_validate_against_random_schemas(schema: dict[str, Any]) -> None:
    value = instance(schema)
    jsonschema.Draft202012Validator(schema).validate(value)
    assert json.loads(json.dumps(value)) == value


def test_the_mock_scenarios_check_their_parameters() -> None:
    assert str(Scenario("invalid_json", kind="schema")) == "invalid_json;kind=schema"
    assert str(Scenario("refusal")) == "refusal"
    with pytest.raises(ScenarioError, match="syntax or schema"):
        Scenario("invalid_json", kind="bogus")


def test_the_mock_answers_a_malformed_caller_schema_instead_of_failing() -> None:
    """A caller's JSON Schema is not checked by the mock's generator: `properties` as a list,
    `required` as a string, a non-schema `additionalProperties` give an empty object."""
    assert instance({"type": "object", "properties": [None, None], "required": []}) == {}
    weird = {"type": "object", "properties": True, "required": "x", "additionalProperties": 3}
    assert instance(weird) == {}
    assert instance({"type": "object", "properties": {"a": {"type": "integer"}},
                     "required": ["a"]}) == {"a": 1}  # fmt: skip
