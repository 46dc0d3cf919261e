"""Structured outputs end to end: both clients, the mock server, pydantic models back."""

from __future__ import annotations

import json
from typing import Any, Literal

import pydantic
import pytest

from openrouter_ext import (
    LengthFinishReasonError,
    StructuredOutputError,
    parse_completion,
    pydantic_function_tool,
    to_response_format,
)
from openrouter_ext.testing import MockOpenRouter
from openrouter_ext.testing._chat import REFUSAL_TEXT
from tests.e2e.support import E2E


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class Solution(pydantic.BaseModel):
    """A worked answer."""

    steps: list[Step] = pydantic.Field(min_length=2)
    final_answer: str
    confidence: float = pydantic.Field(ge=0, le=1)
    verdict: Literal["right", "wrong"]
    reviewer: str | None = None
    contact: str = pydantic.Field(json_schema_extra={"format": "email"})


class GetWeather(pydantic.BaseModel):
    """Get the weather in a city."""

    city: str
    unit: Literal["c", "f"]


MATH = [{"role": "user", "content": "Solve 8x + 7 = -23"}]


def test_the_answer_validates_against_the_schema_and_parses(e2e: E2E, mock: MockOpenRouter) -> None:
    client = e2e.client()
    fmt = to_response_format(Solution)
    result = e2e.create(client, messages=MATH, response_format=fmt)
    content = result.choices[0].message.content
    solution = Solution.model_validate_json(content)
    assert len(solution.steps) == 2 and solution.contact == "mock@example.com"
    assert 0 <= solution.confidence <= 1
    assert mock.requests[-1].body["response_format"] == json.loads(json.dumps(fmt))
    parsed = parse_completion(result, Solution)
    assert parsed.choices[0].message.parsed == solution
    assert parsed.usage == result.usage and parsed.id == result.id
    assert parsed.to_dict() == result.to_dict()


def test_a_refusal_gives_parsed_none(e2e: E2E) -> None:
    client = e2e.client()
    result = e2e.create(client, "refusal", response_format=to_response_format(Solution))
    parsed = parse_completion(result, Solution)
    assert parsed.choices[0].message.parsed is None
    assert parsed.choices[0].message.refusal == REFUSAL_TEXT
    assert parsed.choices[0].message.content is None


@pytest.mark.parametrize(("kind", "says"), [("syntax", "not valid JSON"),
                                            ("schema", "does not validate")])  # fmt: skip
def test_invalid_json_raises_a_structured_output_error(e2e: E2E, kind: str, says: str) -> None:
    client = e2e.client()
    fmt = to_response_format(Solution)
    result = e2e.create(client, f"invalid_json;kind={kind}", response_format=fmt)
    with pytest.raises(StructuredOutputError, match=says) as info:
        parse_completion(result, Solution)
    assert info.value.content == result.choices[0].message.content
    assert info.value.completion is result


def test_an_answer_cut_at_the_token_limit_raises_a_length_error(e2e: E2E) -> None:
    client = e2e.client()
    fmt = to_response_format(Solution)
    result = e2e.create(client, response_format=fmt, max_tokens=3)
    assert result.choices[0].finish_reason == "length"
    with pytest.raises(LengthFinishReasonError, match="3 completion tokens"):
        parse_completion(result, Solution)


def test_a_stream_carries_the_json_in_pieces_and_its_final_response_parses(e2e: E2E) -> None:
    client = e2e.client()
    fmt = to_response_format(Solution)
    chunks = e2e.chunks(e2e.stream(client, messages=MATH, response_format=fmt))
    pieces = [c.choices[0].delta.content for c in chunks if c.choices]
    pieces = [p for p in pieces if isinstance(p, str) and p]
    assert len(pieces) > 10
    solution = Solution.model_validate_json("".join(pieces))
    final = e2e.final(e2e.stream(client, messages=MATH, response_format=fmt))
    assert parse_completion(final, Solution).choices[0].message.parsed == solution


def test_a_streamed_refusal_arrives_as_refusal(e2e: E2E) -> None:
    client = e2e.client()
    fmt = to_response_format(Solution)
    final = e2e.final(e2e.stream(client, "refusal", response_format=fmt))
    message = parse_completion(final, Solution).choices[0].message
    assert message.refusal == REFUSAL_TEXT and message.parsed is None


def test_pydantic_tool_arguments_parse_into_the_model(e2e: E2E) -> None:
    client = e2e.client()
    tools = [pydantic_function_tool(GetWeather)]
    result = e2e.create(client, tools=tools, tool_choice="required")
    assert result.choices[0].finish_reason == "tool_calls"
    call = parse_completion(result, tools=tools).choices[0].message.tool_calls[0]
    assert call.function.name == "GetWeather"
    assert call.function.parsed_arguments == GetWeather(city="mock-city", unit="c")


def test_json_object_mode_answers_a_json_object(e2e: E2E) -> None:
    client = e2e.client()
    result = e2e.create(client, response_format={"type": "json_object"})
    assert isinstance(json.loads(result.choices[0].message.content), dict)


def _nested_schema() -> dict[str, Any]:
    return {
        "type": "object", "additionalProperties": False, "required": ["when", "items", "kind"],
        "properties": {
            "when": {"type": "string", "format": "date-time"},
            "items": {"type": "array", "minItems": 3, "uniqueItems": True,
                      "items": {"$ref": "#/$defs/item"}},
            "kind": {"anyOf": [{"type": "null"}, {"enum": ["a", "b"]}]},
        },
        "$defs": {"item": {"type": "object", "required": ["n"], "additionalProperties": False,
                           "properties": {"n": {"type": "integer", "minimum": 5}}}},
    }  # fmt: skip


def test_a_hand_written_schema_is_answered_with_a_valid_instance(e2e: E2E) -> None:
    import jsonschema

    client = e2e.client()
    schema = _nested_schema()
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": schema, "strict": True}}
    result = e2e.create(client, response_format=fmt)
    value = json.loads(result.choices[0].message.content)
    jsonschema.Draft202012Validator(schema).validate(value)
    assert len(value["items"]) == 3
