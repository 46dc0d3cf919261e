"""Basic chat: a question, a follow-up in the same conversation, and what it all cost.

Uses the real API with OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the mock
server started by `python -m openrouter_ext.testing`). OPENROUTER_MODEL picks the model.

    python examples/basic_chat.py
"""

from __future__ import annotations

import os
import sys

from openrouter_ext import OpenRouter, OpenRouterError
from openrouter_ext.types import ChatMessageParam

MODEL = os.environ.get("OPENROUTER_MODEL", "openai/gpt-4o-mini")


def ask(client: OpenRouter, messages: list[ChatMessageParam], question: str) -> None:
    """Send the conversation plus one question; print the answer and append it."""
    messages.append({"role": "user", "content": question})
    result = client.chat.completions.create(
        model=MODEL, messages=messages, max_tokens=150, temperature=0.3
    )
    content = result.choices[0].message.content
    answer = content if isinstance(content, str) else ""
    messages.append({"role": "assistant", "content": answer})
    print(f"\n> {question}\n{answer}")
    usage = result.usage
    if usage is not None:
        print(
            f"[{result.model} via {result.provider or '?'}: {usage.prompt_tokens} in / "
            f"{usage.completion_tokens} out tokens, ${usage.cost}, {result.id}]"
        )


def main() -> int:
    """Ask two questions in one conversation and print the cost."""
    if not os.environ.get("OPENROUTER_API_KEY"):
        print("Set OPENROUTER_API_KEY (and optionally OPENROUTER_BASE_URL).", file=sys.stderr)
        return 2
    # The client reads OPENROUTER_API_KEY and OPENROUTER_BASE_URL from the environment.
    with OpenRouter(app_title="openrouter_ext basic_chat example") as client:
        print(f"API: {client.base_url}  model: {MODEL}")
        messages: list[ChatMessageParam] = [
            {"role": "system", "content": "You answer in at most two sentences."}
        ]
        try:
            ask(client, messages, "What is the capital of France?")
            ask(client, messages, "And roughly how many people live there?")
        except OpenRouterError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        totals = client.costs.totals()
        tokens = totals.prompt_tokens + totals.completion_tokens
        print(f"\ntotal: {totals.requests} calls, {tokens} tokens, ${totals.cost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
