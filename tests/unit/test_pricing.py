"""Model prices from GET /models, the TTL cache, prompt-token bounds and worst-case cost."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import pytest

from openrouter_ext._costs.pricing import (
    IMAGE_TOKEN_ALLOWANCE,
    MESSAGE_OVERHEAD_TOKENS,
    ModelPrice,
    PriceCache,
    UnknownPriceError,
    estimate_prompt_tokens,
    prices_from_models,
    worst_case_cost,
)
from tests.conftest import fixture_json


def test_prices_from_the_models_fixture() -> None:
    prices = prices_from_models(fixture_json("models.json"))
    assert prices == {
        "openai/gpt-4o": ModelPrice(
            prompt=Decimal("0.0000025"),
            completion=Decimal("0.00001"),
            request=Decimal(0),
            image=Decimal("0.003613"),
            web_search=Decimal("0.01"),
            internal_reasoning=Decimal(0),
            input_cache_read=Decimal("0.00000125"),
            max_completion_tokens=16384,
            context_length=128000,
        )
    }


def _model(pricing: Any, **extra: Any) -> dict[str, Any]:
    return {"id": "a/b", "pricing": pricing, **extra}


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (
            _model({"prompt": "0.001", "completion": "0.002"}),
            ModelPrice(Decimal("0.001"), Decimal("0.002")),
        ),
        (_model({"prompt": "-1", "completion": "-1"}), ModelPrice(variable=True)),
        (_model({"prompt": "x", "completion": "0"}), ModelPrice(variable=True)),
        (_model({"prompt": "0", "completion": "0", "request": []}), ModelPrice(variable=True)),
        (_model({"prompt": "0", "completion": "0", "image": "inf"}), ModelPrice(variable=True)),
        (_model(None), ModelPrice(variable=True)),
        (_model({"prompt": 0, "completion": 1}), ModelPrice(completion=Decimal(1))),
        (
            _model(
                {
                    "prompt": "0.001",
                    "completion": "0.002",
                    "overrides": [
                        {"min_prompt_tokens": 200000, "prompt": "0.003", "completion": "0.001"},
                        {"utc_start": 100, "input_cache_read": "0.0005"},
                        "junk",
                    ],
                }
            ),
            ModelPrice(Decimal("0.003"), Decimal("0.002"), input_cache_read=Decimal("0.0005")),
        ),
        (
            _model(
                {"prompt": "0", "completion": "0"},
                context_length=None,
                top_provider={"context_length": 4096, "max_completion_tokens": 0},
            ),
            ModelPrice(context_length=4096),
        ),
        (
            _model({"prompt": "0", "completion": "0"}, context_length=True, top_provider=None),
            ModelPrice(),
        ),
    ],
)
def test_model_prices(model: dict[str, Any], expected: ModelPrice) -> None:
    assert prices_from_models({"data": [model]}) == {"a/b": expected}


UNKNOWN_PRICINGS = [
    pytest.param({"prompt": None, "completion": "abc"}, id="null-and-unparseable"),
    pytest.param({"prompt": None, "completion": None}, id="null"),
    pytest.param({"prompt": "0.001", "completion": None}, id="null-completion"),
    pytest.param({"prompt": "0", "completion": "0", "request": None}, id="null-optional"),
    pytest.param({"prompt": "0.001"}, id="missing-completion"),
    pytest.param({"completion": "0.001"}, id="missing-prompt"),
    pytest.param({}, id="empty"),
    pytest.param({"prompt": "-1", "completion": "-1"}, id="variable-router"),
    pytest.param({"prompt": "0.001", "completion": "-0.5"}, id="negative"),
    pytest.param({"prompt": "NaN", "completion": "0"}, id="nan"),
    pytest.param({"prompt": "1e999999999", "completion": "0"}, id="huge-exponent"),
    pytest.param({"prompt": 10**400, "completion": "0"}, id="huge-int"),
    pytest.param({"prompt": "0", "completion": "0", "overrides": [{"prompt": None}]}, id="ov-null"),
    pytest.param(
        {"prompt": "0", "completion": "0", "overrides": [{"completion": "x"}]}, id="ov-bad"
    ),
    pytest.param({"prompt": "0", "completion": "0", "overrides": [{"prompt": "-1"}]}, id="ov-var"),
]


@pytest.mark.parametrize("pricing", UNKNOWN_PRICINGS)
def test_a_null_or_unusable_price_is_unknown_never_zero(pricing: dict[str, Any]) -> None:
    price = prices_from_models({"data": [_model(pricing, context_length=1000)]})["a/b"]
    assert price.variable
    with pytest.raises(UnknownPriceError, match="unknown"):
        worst_case_cost(price, prompt_tokens=10, max_tokens=10)
    assert issubclass(UnknownPriceError, ValueError)  # old callers still catch it
    # a free model, the same shape with "0" prices, is priced at 0
    free = _model({"prompt": "0", "completion": "0", "overrides": [{"min_prompt_tokens": 9}]})
    assert prices_from_models({"data": [free]})["a/b"] == ModelPrice()
    assert worst_case_cost(ModelPrice(), prompt_tokens=10, max_tokens=10) == 0


def test_entries_without_an_id_and_bad_bodies_are_skipped() -> None:
    body = {"data": [{"pricing": {}}, "x", {"id": 3}, {"id": "ok", "pricing": {"prompt": "1"}}]}
    assert list(prices_from_models(body)) == ["ok"]
    assert prices_from_models({"data": None}) == {}
    assert prices_from_models({}) == {}


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_price_cache_expires_after_ttl() -> None:
    clock = _Clock()
    cache = PriceCache(ttl=60, clock=clock)
    price = ModelPrice(prompt=Decimal(1))
    assert cache.expired()
    assert cache.get("a/b") is None
    cache.put_all({"a/b": price, "a/b:free": ModelPrice()})
    assert not cache.expired()
    assert cache.get("a/b") is price
    assert cache.get("a/b:nitro") is price  # unlisted variant: the base price
    assert cache.get("a/b:free") == ModelPrice()  # listed variant keeps its own
    assert cache.get("x/y") is None
    assert cache.get("x/y:free") is None
    clock.now += 59.9
    assert cache.get("a/b") is price
    clock.now += 0.1
    assert cache.expired()
    assert cache.get("a/b") is None
    cache.put_all({"a/b": price})
    assert cache.get("a/b") is price
    cache.clear()
    assert cache.expired()
    assert cache.get("a/b") is None


@pytest.mark.parametrize("ttl", [0, -1.0, float("nan")])
def test_price_cache_rejects_a_non_positive_ttl(ttl: float) -> None:
    with pytest.raises(ValueError, match="ttl"):
        PriceCache(ttl=ttl)


def test_price_cache_is_thread_safe() -> None:
    cache = PriceCache()
    prices = [{"m": ModelPrice(prompt=Decimal(i))} for i in range(50)]
    seen: list[ModelPrice | None] = []

    def writer() -> None:
        for p in prices:
            cache.put_all(p)

    def reader() -> None:
        for _ in range(200):
            seen.append(cache.get("m"))

    threads = [threading.Thread(target=f) for f in (writer, reader, writer, reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.get("m") == ModelPrice(prompt=Decimal(49))
    assert all(p is None or p.prompt < 50 for p in seen)


def test_estimate_counts_utf8_bytes_plus_overhead() -> None:
    text = "Hello there! Café — 你好 🚀"
    messages = [{"role": "user", "content": text}]
    expected = MESSAGE_OVERHEAD_TOKENS + len(b"user") + len(text.encode("utf-8"))
    assert estimate_prompt_tokens(messages) == expected
    assert estimate_prompt_tokens(messages) > len(text)  # bytes, not characters


def test_estimate_counts_parts_images_tool_calls_and_extra() -> None:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": None},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "abc"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 10**5}},
                {"type": "input_audio", "input_audio": {"data": "QUJD", "format": "wav"}},
            ],
        },
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
            ],
        },
    ]
    roles = len("system") + len("user") + len("assistant")
    parts = len("text") + 3 + IMAGE_TOKEN_ALLOWANCE + len("input_audio") + 4 + 3
    calls = 1 + len("function") + 1 + 2
    expected = 3 * MESSAGE_OVERHEAD_TOKENS + roles + parts + calls
    assert estimate_prompt_tokens(messages) == expected
    assert (
        estimate_prompt_tokens(messages, image_tokens=10) == expected - IMAGE_TOKEN_ALLOWANCE + 10
    )
    tools = [{"type": "function", "function": {"name": "ü"}}]
    with_tools = estimate_prompt_tokens(messages, extra=[tools, None, {"x": Decimal(1)}])
    assert with_tools == expected + len(
        '[{"type": "function", "function": {"name": "ü"}}]'.encode()
    ) + len(b'{"x": "1"}')
    assert estimate_prompt_tokens([]) == 0


def test_worst_case_cost_with_max_tokens() -> None:
    price = ModelPrice(
        prompt=Decimal("0.000001"), completion=Decimal("0.000002"), request=Decimal("0.01")
    )
    cost = worst_case_cost(price, prompt_tokens=1000, max_tokens=500)
    assert cost == Decimal("0.001") + Decimal("0.001") + Decimal("0.01")
    assert isinstance(cost, Decimal)


def test_worst_case_cost_uses_the_higher_of_completion_and_reasoning_price() -> None:
    price = ModelPrice(completion=Decimal("0.1"), internal_reasoning=Decimal("0.3"))
    assert worst_case_cost(price, prompt_tokens=0, max_tokens=10) == Decimal("3.0")


def test_worst_case_cost_without_max_tokens_uses_model_limits() -> None:
    base = ModelPrice(prompt=Decimal(1), completion=Decimal(2))
    both = ModelPrice(Decimal(1), Decimal(2), max_completion_tokens=100, context_length=1000)
    assert worst_case_cost(both, prompt_tokens=10, max_tokens=None) == 10 + 200
    ctx = ModelPrice(Decimal(1), Decimal(2), context_length=1000)
    assert worst_case_cost(ctx, prompt_tokens=10, max_tokens=None) == 10 + 990 * 2
    assert worst_case_cost(ctx, prompt_tokens=2000, max_tokens=None) == 2000
    with pytest.raises(ValueError, match="max_tokens"):
        worst_case_cost(base, prompt_tokens=10, max_tokens=None)
    assert worst_case_cost(base, prompt_tokens=10, max_tokens=0) == 10


@pytest.mark.parametrize(("prompt", "max_tokens"), [(-1, 1), (1, -1)])
def test_worst_case_cost_rejects_negative_counts(prompt: int, max_tokens: int) -> None:
    with pytest.raises(ValueError, match=">= 0"):
        worst_case_cost(ModelPrice(), prompt_tokens=prompt, max_tokens=max_tokens)


def test_worst_case_cost_refuses_variable_pricing() -> None:
    with pytest.raises(ValueError, match="variable"):
        worst_case_cost(ModelPrice(variable=True), prompt_tokens=1, max_tokens=1)


def test_estimate_bounds_a_real_gpt4o_request_from_the_fixture() -> None:
    price = prices_from_models(fixture_json("models.json"))["openai/gpt-4o"]
    result = fixture_json("chat_result.json")
    # the fixture's call: "Hi" billed as 10 prompt tokens
    messages = [{"role": "user", "content": "Hi"}]
    bound = worst_case_cost(price, prompt_tokens=estimate_prompt_tokens(messages), max_tokens=4)
    assert estimate_prompt_tokens(messages) == 14 >= result["usage"]["prompt_tokens"]
    assert bound == 14 * price.prompt + 4 * price.completion == Decimal("0.000075")
