"""Ported from the openai SDK: structured outputs with a pydantic model, only the import changed.

Needs pydantic (`pip install 'openrouter-ext[structured]'`). Reads OPENROUTER_API_KEY (and
OPENROUTER_BASE_URL if set, e.g. the mock server started by `python -m openrouter_ext.testing`).

    python examples/openai_parse.py
"""

from pydantic import BaseModel

from openrouter_ext import OpenRouter

client = OpenRouter()


class CalendarEvent(BaseModel):
    """An event found in the text."""

    name: str
    date: str
    participants: list[str]


completion = client.chat.completions.parse(
    model="openai/gpt-4o-mini",
    messages=[
        {"role": "system", "content": "Extract the event information."},
        {"role": "user", "content": "Alice and Bob are going to a science fair on Friday."},
    ],
    response_format=CalendarEvent,
)

event = completion.choices[0].message.parsed
if event is None:
    print(f"refused: {completion.choices[0].message.refusal}")
else:
    print(f"event: {event.name} on {event.date} with {', '.join(event.participants)}")
    print(type(event).__name__)
