"""Ported from the openai SDK: a completion as JSON (`model_dump_json`), only the import changed.

Reads OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the mock server started by
`python -m openrouter_ext.testing`).

    python examples/openai_model_dump.py
"""

from openrouter_ext import OpenRouter

client = OpenRouter()

completion = client.chat.completions.create(
    model="openai/gpt-4o-mini",
    messages=[{"role": "user", "content": "Say this is a test"}],
)
print(completion.model_dump_json(indent=2))
print(completion.choices[0].message.content)
print(completion.usage.model_dump() if completion.usage else None)
