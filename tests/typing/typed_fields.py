"""Type-checked, never executed: fields once passed through as dicts are typed (issue 19)."""

from __future__ import annotations

from typing_extensions import assert_type

from openrouter_ext import OpenRouter
from openrouter_ext.types import ChatCompletionsCreateBodyReasoningParam, ReasoningConfigParam


def model_fields(client: OpenRouter) -> None:
    model = client.models.list().data[0]
    benchmarks = model.benchmarks
    if benchmarks is not None:  # a model, not a dict: its fields have types
        aa = benchmarks.artificial_analysis
        if aa is not None:
            assert_type(aa.coding_index, float | None)
    overrides = model.pricing.overrides
    if overrides:
        assert_type(overrides[0].prompt, str | None)
        assert_type(overrides[0].min_prompt_tokens, float | None)


def reasoning_params(client: OpenRouter) -> None:
    # the Responses API's reasoning takes effort and summary (upstream's BaseReasoningConfig)
    responses: ReasoningConfigParam = {"effort": "low", "summary": "auto", "max_tokens": 100}
    # chat's reasoning takes the docs' max_tokens, exclude and enabled besides effort
    chat: ChatCompletionsCreateBodyReasoningParam = {"effort": "high", "exclude": True}
    budget: ChatCompletionsCreateBodyReasoningParam = {"max_tokens": 2000, "enabled": True}
    client.chat.completions.create(model="m", messages=[], reasoning=chat)
    client.chat.completions.create(model="m", messages=[], reasoning=budget)
    client.responses.create(model="m", input="hi", reasoning=responses)
