"""Ported from the openai SDK: `.with_raw_response` (headers first, then `.parse()`).

Only the import changed. Reads OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the
mock server started by `python -m openrouter_ext.testing`).

    python examples/openai_raw_response.py
"""

from openrouter_ext import OpenRouter

client = OpenRouter()

response = client.chat.completions.with_raw_response.create(
    model="openai/gpt-4o-mini",
    messages=[{"role": "user", "content": "Say this is a test"}],
)
print(f"status: {response.status_code}")
print(f"content-type: {response.headers.get('content-type')}")
print(f"request id: {response.request_id}")

completion = response.parse()  # what `create()` returns
print(f"completion id: {completion.id}")
print(completion.choices[0].message.content)
