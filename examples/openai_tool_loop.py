"""Ported from the openai SDK: a tool-call loop, with only the imports changed.

The assistant message and one `tool` message per call go back into `messages`, and the
model is called again until it answers without tool calls.

    from openai import OpenAI    ->  from openrouter_ext import OpenRouter
    from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam
        ->  from openrouter_ext.types import ChatMessageParam, ChatToolParam
    (and the two type names where `messages` and `tools` are declared)

The assistant message is appended as a typed dict. `messages.append(message)` (the
response object itself) also runs, as with openai, but mypy and pyright reject it, as they
do for openai's `ChatCompletionMessage` (see docs/migrating-from-openai.md).

Reads OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the mock server started by
`python -m openrouter_ext.testing`).

    python examples/openai_tool_loop.py
"""

import json

from openrouter_ext import OpenRouter
from openrouter_ext.types import ChatMessageParam, ChatToolParam

client = OpenRouter()


def get_weather(city: str) -> str:
    """Pretend to look up the weather."""
    return json.dumps({"city": city, "temperature_c": 18, "sky": "clear"})


tools: list[ChatToolParam] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the current weather in a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]
messages: list[ChatMessageParam] = [
    {"role": "user", "content": "What's the weather in Paris?"},
]

while True:
    completion = client.chat.completions.create(
        model="openai/gpt-4o-mini",
        messages=messages,
        tools=tools,
    )
    message = completion.choices[0].message
    if not message.tool_calls:
        print(f"answer: {message.content}")
        break
    messages.append(
        {
            "role": "assistant",
            "content": message.content if isinstance(message.content, str) else None,
            "tool_calls": [
                {
                    "id": tool_call.id,
                    "type": tool_call.type,
                    "function": {
                        "name": tool_call.function.name,
                        "arguments": tool_call.function.arguments,
                    },
                }
                for tool_call in message.tool_calls
            ],
        }
    )
    for tool_call in message.tool_calls:
        args = json.loads(tool_call.function.arguments)
        result = get_weather(**args)
        print(f"{tool_call.type} {tool_call.function.name}({args}) -> {result}")
        messages.append({"role": "tool", "tool_call_id": tool_call.id, "content": result})

print(f"{len(messages)} messages")
