"""Ported from the openai SDK: the `is not None` streaming idiom, with only the import changed.

    from openai import OpenAI            ->  from openrouter_ext import OpenRouter
    client = OpenAI()                    ->  client = OpenRouter()

Reads OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the mock server started by
`python -m openrouter_ext.testing`).

    python examples/openai_stream.py
"""

from openrouter_ext import OpenRouter

client = OpenRouter()

stream = client.chat.completions.create(
    model="openai/gpt-4o-mini",
    messages=[{"role": "user", "content": "Say this is a test"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content is not None:
        print(chunk.choices[0].delta.content, end="")
print()
