"""A concurrent async batch under a spending cap.

Twenty summaries are requested at once through one `AsyncOpenRouter` that shares a `Budget`.
Before each request is sent, the client reserves the call's worst-case cost (prompt bytes
and `max_tokens` at the model's prices); the calls that do not fit raise
`BudgetExceededError` without being sent, so the batch can never overspend. Afterwards each
reservation is replaced by the billed cost.

Uses the real API with OPENROUTER_API_KEY (and OPENROUTER_BASE_URL if set, e.g. the mock
server started by `python -m openrouter_ext.testing`). OPENROUTER_MODEL picks the model and
BATCH_BUDGET the cap in USD (default 0.0005, a handful of calls).

    python examples/async_batch_budget.py
"""

from __future__ import annotations

import asyncio
import os
import sys

from openrouter_ext import AsyncOpenRouter, Budget, BudgetExceededError, OpenRouterError
from openrouter_ext.types import ChatMessageParam, ChatResult

MODEL = os.environ.get("OPENROUTER_MODEL", "openai/gpt-4o-mini")
BUDGET_USD = os.environ.get("BATCH_BUDGET", "0.0005")
MAX_TOKENS = 100
TOPICS = [
    "photosynthesis", "plate tectonics", "the printing press", "black holes", "vaccines",
    "the water cycle", "supply and demand", "neural networks", "the Roman Empire", "tides",
    "compound interest", "volcanoes", "DNA", "jazz", "the internet", "glaciers",
    "antibiotics", "the Silk Road", "solar power", "honeybees",
]  # fmt: skip


def prompt(topic: str) -> list[ChatMessageParam]:
    """Return the messages asking for a one-line summary of a topic."""
    return [{"role": "user", "content": f"Summarise {topic} in one short sentence."}]


async def summarise(client: AsyncOpenRouter, topic: str) -> ChatResult | OpenRouterError:
    """Ask for one summary; return the result, or the error that stopped it."""
    try:
        return await client.chat.completions.create(
            model=MODEL, messages=prompt(topic), max_tokens=MAX_TOKENS, tags=["batch"]
        )
    except OpenRouterError as error:  # BudgetExceededError included
        return error


async def main() -> int:
    """Run the batch and report what the budget allowed."""
    if not os.environ.get("OPENROUTER_API_KEY"):
        print("Set OPENROUTER_API_KEY (and optionally OPENROUTER_BASE_URL).", file=sys.stderr)
        return 2
    budget = Budget(BUDGET_USD)
    async with AsyncOpenRouter(budget=budget, app_title="openrouter_ext batch example") as client:
        # Load the model's prices once up front (GET /models) and show the per-call bound.
        worst = await client.estimate_cost(
            model=MODEL, messages=prompt(max(TOPICS, key=len)), max_tokens=MAX_TOKENS
        )
        print(f"budget ${budget.max_cost}; each call may cost up to ${worst} on {MODEL}")

        results = await asyncio.gather(*(summarise(client, topic) for topic in TOPICS))

        done = refused = failed = 0
        for topic, result in zip(TOPICS, results, strict=True):
            if isinstance(result, BudgetExceededError):
                refused += 1
                print(f"  {topic:20} refused by the budget (not sent)")
            elif isinstance(result, OpenRouterError):
                failed += 1
                print(f"  {topic:20} failed: {result}")
            else:
                done += 1
                content = result.choices[0].message.content
                text = content.strip().replace("\n", " ") if isinstance(content, str) else ""
                cost = result.usage.cost if result.usage else None
                print(f"  {topic:20} ${cost}  {text[:60]}")

        totals = client.costs.by_tag().get("batch")
        spent = totals.cost if totals else 0
        print(
            f"the budget allowed {done} of {len(TOPICS)} calls ({refused} refused, {failed} failed)"
        )
        print(f"spent ${budget.spent} of ${budget.max_cost} (tracked: ${spent})")
        print(
            f"${budget.remaining} is left: calls reserve their worst case, so lower max_tokens "
            "to fit more of them"
        )
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
