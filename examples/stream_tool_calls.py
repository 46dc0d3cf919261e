"""Streaming with tool calls: stream the answer, run the tools the model asks for, repeat.

The model may call several tools in one turn (parallel tool calls). Their arguments arrive
in fragments; `final_response()` joins them into complete calls. The tool results go back
as `tool` messages until the model answers in plain text.

Uses the real API with OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the mock
server started by `python -m openrouter_ext.testing`). OPENROUTER_MODEL picks the model.

    python examples/stream_tool_calls.py
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

from openrouter_ext import OpenRouter, OpenRouterError
from openrouter_ext.types import ChatMessageParam, ChatToolParam

MODEL = os.environ.get("OPENROUTER_MODEL", "openai/gpt-4o-mini")
MAX_ROUNDS = 4


def get_weather(city: str = "?", **_: Any) -> dict[str, Any]:
    """Pretend to look up the weather."""
    return {"city": city, "temperature_c": 18 + len(city) % 10, "sky": "clear"}


def get_local_time(city: str = "?", **_: Any) -> dict[str, Any]:
    """Pretend to look up the local time."""
    return {"city": city, "time": "14:05"}


TOOLS: dict[str, Callable[..., dict[str, Any]]] = {
    "get_weather": get_weather,
    "get_local_time": get_local_time,
}
TOOL_SPECS: list[ChatToolParam] = [
    {
        "type": "function",
        "function": {
            "name": name,
            "description": (fn.__doc__ or "").strip(),
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string", "description": "City name"}},
                "required": ["city"],
            },
        },
    }
    for name, fn in TOOLS.items()
]


def run_tool(name: str, arguments: str) -> str:
    """Run one tool call and return its result as JSON text (errors included)."""
    tool = TOOLS.get(name)
    if tool is None:
        return json.dumps({"error": f"unknown tool {name!r}"})
    try:
        args = json.loads(arguments or "{}")
    except ValueError:
        return json.dumps({"error": "arguments are not valid JSON"})
    return json.dumps(tool(**args) if isinstance(args, dict) else tool())


def main() -> int:
    """Stream, run the requested tools, and repeat until a plain answer."""
    if not os.environ.get("OPENROUTER_API_KEY"):
        print("Set OPENROUTER_API_KEY (and optionally OPENROUTER_BASE_URL).", file=sys.stderr)
        return 2
    messages: list[ChatMessageParam] = [
        {"role": "user", "content": "What's the weather and the local time in Paris and Tokyo?"}
    ]
    with OpenRouter(app_title="openrouter_ext tool-calls example") as client:
        try:
            for round_no in range(1, MAX_ROUNDS + 1):
                print(f"--- round {round_no}")
                with client.chat.completions.stream(
                    model=MODEL, messages=messages, tools=TOOL_SPECS, max_tokens=400
                ) as stream:
                    for chunk in stream:
                        for choice in chunk.choices:
                            delta = choice.delta
                            if delta.content:
                                print(delta.content, end="", flush=True)
                            for call in delta.tool_calls or []:
                                if call.function and call.function.name:  # a call's first piece
                                    print(f"[model calls {call.function.name}]", flush=True)
                    result = stream.final_response()
                message = result.choices[0].message
                calls = message.tool_calls or []
                if not calls:
                    print()
                    break
                messages.append(
                    {
                        "role": "assistant",
                        "content": message.content if isinstance(message.content, str) else None,
                        "tool_calls": [
                            {
                                "id": c.id,
                                "type": c.type,
                                "function": {
                                    "name": c.function.name,
                                    "arguments": c.function.arguments,
                                },
                            }
                            for c in calls
                        ],
                    }
                )
                for tool_call in calls:
                    name, arguments = tool_call.function.name, tool_call.function.arguments
                    output = run_tool(name, arguments)
                    print(f"tool {name}({arguments}) -> {output}")
                    messages.append(
                        {"role": "tool", "tool_call_id": tool_call.id, "content": output}
                    )
            else:
                print(f"stopped after {MAX_ROUNDS} rounds of tool calls")
        except OpenRouterError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        totals = client.costs.totals()
        print(f"{totals.requests} streamed calls, ${totals.cost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
