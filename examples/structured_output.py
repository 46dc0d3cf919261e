"""Structured outputs: answers as pydantic models, and a tool whose arguments are a model.

Needs pydantic (`pip install 'openrouter-ext[structured]'`). Uses the real API with
OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the mock server started by
`python -m openrouter_ext.testing`). OPENROUTER_MODEL picks the model (one that supports
structured outputs).

    python examples/structured_output.py
"""

from __future__ import annotations

import os
import sys
from typing import Literal

from pydantic import BaseModel, Field

from openrouter_ext import (
    LengthFinishReasonError,
    OpenRouter,
    OpenRouterError,
    StructuredOutputError,
    parse_completion,
    pydantic_function_tool,
    to_response_format,
)

MODEL = os.environ.get("OPENROUTER_MODEL", "openai/gpt-4o-mini")


class Step(BaseModel):
    """One step of a solution."""

    explanation: str
    output: str


class MathAnswer(BaseModel):
    """A worked solution."""

    steps: list[Step] = Field(min_length=1)
    final_answer: str


class GetWeather(BaseModel):
    """Get the current weather in a city."""

    city: str
    unit: Literal["c", "f"]


def solve(client: OpenRouter, problem: str) -> None:
    """Ask for a MathAnswer and print its steps (or the refusal)."""
    result = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a tutor. Solve step by step."},
            {"role": "user", "content": problem},
        ],
        response_format=to_response_format(MathAnswer),
        max_tokens=800,
    )
    message = parse_completion(result, MathAnswer).choices[0].message
    if message.parsed is None:
        print(f"refused: {message.refusal}")
        return
    for i, step in enumerate(message.parsed.steps, 1):
        print(f"step {i}: {step.explanation} -> {step.output}")
    print(f"answer: {message.parsed.final_answer}")


def weather_call(client: OpenRouter) -> None:
    """Offer a tool made from GetWeather; print the validated arguments of each call."""
    tools = [pydantic_function_tool(GetWeather)]
    result = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "What's the weather in Paris, in Celsius?"}],
        tools=tools,
        tool_choice="required",
    )
    message = parse_completion(result, tools=tools).choices[0].message
    for call in message.tool_calls or []:
        args = call.function.parsed_arguments
        if isinstance(args, GetWeather):
            print(f"tool call {call.function.name}: city={args.city} unit={args.unit}")


def main() -> int:
    """Solve a problem as a model, then make a tool call with model-typed arguments."""
    if not os.environ.get("OPENROUTER_API_KEY"):
        print("Set OPENROUTER_API_KEY (and optionally OPENROUTER_BASE_URL).", file=sys.stderr)
        return 2
    with OpenRouter(app_title="openrouter_ext structured_output example") as client:
        try:
            solve(client, "Solve 8x + 7 = -23")
            weather_call(client)
        except LengthFinishReasonError:
            print("the answer was cut off: raise max_tokens", file=sys.stderr)
            return 1
        except StructuredOutputError as error:
            print(f"the answer did not fit the model: {error}", file=sys.stderr)
            return 1
        except OpenRouterError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"total: {client.costs.totals().requests} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
