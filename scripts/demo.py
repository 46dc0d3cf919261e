"""`make demo`: stream a chat answer, make a plain call and an embeddings call, print costs.

Uses the real API when OPENROUTER_API_KEY is set; otherwise starts the built-in mock
OpenRouter server on 127.0.0.1 and says so.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from contextlib import ExitStack
from decimal import Decimal

from openrouter_ext import OpenRouter, OpenRouterError

CHAT_MODEL = os.environ.get("DEMO_MODEL", "openai/gpt-4o-mini")
EMBED_MODEL = os.environ.get("DEMO_EMBED_MODEL", "openai/text-embedding-3-small")


def main() -> int:
    spend: dict[str, Decimal] = defaultdict(Decimal)
    with ExitStack() as stack:
        if os.environ.get("OPENROUTER_API_KEY"):
            print("Using the real OpenRouter API (OPENROUTER_API_KEY is set).")
            client = stack.enter_context(OpenRouter(app_title="openrouter_ext demo"))
        else:
            from openrouter_ext.testing import MockOpenRouter

            mock = stack.enter_context(MockOpenRouter())
            print(f"OPENROUTER_API_KEY is not set: using the built-in mock at {mock.base_url}")
            client = stack.enter_context(
                OpenRouter(api_key=mock.api_key, base_url=mock.base_url, app_title="demo")
            )
        try:
            print(f"\n== Streaming from {CHAT_MODEL} ==")
            with client.chat.completions.stream(
                model=CHAT_MODEL,
                messages=[{"role": "user", "content": "Say hello in three languages."}],
            ) as stream:
                for text in stream.text_deltas():
                    print(text, end="", flush=True)
                usage = stream.usage
            print()
            if usage is not None and isinstance(usage.cost, float):
                spend[CHAT_MODEL] += Decimal(str(usage.cost))

            print(f"\n== One non-streaming call to {CHAT_MODEL} ==")
            result = client.chat.completions.create(
                model=CHAT_MODEL, messages=[{"role": "user", "content": "What is 2 + 2?"}]
            )
            print(result.choices[0].message.content)
            if isinstance(result.usage.cost, float):
                spend[result.model] += Decimal(str(result.usage.cost))

            print(f"\n== Embeddings from {EMBED_MODEL} ==")
            embeddings = client.embeddings.create(model=EMBED_MODEL, input=["hello", "world"])
            dims = len(embeddings.data[0].embedding)
            print(f"{len(embeddings.data)} vectors of {dims} dimensions")
            cost = embeddings.usage.cost if embeddings.usage else None
            if isinstance(cost, float):
                spend[embeddings.model] += Decimal(str(cost))
        except OpenRouterError as error:
            print(f"\nerror: {error}", file=sys.stderr)
            return 1

    print("\n== Cost by model (USD) ==")
    for model, cost in sorted(spend.items()):
        print(f"  {model:40} {cost:.8f}")
    print(f"  {'total':40} {sum(spend.values(), Decimal(0)):.8f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
