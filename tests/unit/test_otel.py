"""openrouter_ext.otel: GenAI spans and metrics, checked with the SDK's in-memory exporters."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry.metrics import NoOpMeterProvider
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from openrouter_ext import OpenRouter, otel
from openrouter_ext._costs.observe import (
    CallInfo,
    add_global_observer,
    global_observers,
    remove_global_observer,
)

INFO = CallInfo(
    operation="chat",
    model="openai/gpt-4o",
    served_model="openai/gpt-4o-2024-08-06",
    provider="OpenAI",
    generation_id="gen-1",
    status=200,
    attempts=2,
    latency=1.5,
    prompt_tokens=10,
    completion_tokens=4,
    reasoning_tokens=1,
    cost=Decimal("0.00014"),
    finish_reasons=("stop",),
    tags=("batch-7",),
    end_time=1_700_000_000.0,
)


class Setup:
    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])
        self.observer = otel.Instrumentation(
            tracer_provider=self.tracer_provider, meter_provider=self.meter_provider
        )

    def finished(self) -> tuple[ReadableSpan, ...]:
        return tuple(self.spans.get_finished_spans())

    def metrics(self) -> dict[str, list[Any]]:
        data = self.reader.get_metrics_data()
        assert data is not None
        out: dict[str, list[Any]] = {}
        for resource in data.resource_metrics:
            for scope in resource.scope_metrics:
                assert scope.scope.name == "openrouter_ext"
                for metric in scope.metrics:
                    out[metric.name] = [metric, *metric.data.data_points]
        return out


@pytest.fixture
def setup() -> Iterator[Setup]:
    s = Setup()
    yield s
    s.tracer_provider.shutdown()
    s.meter_provider.shutdown()


def test_a_call_becomes_a_genai_span(setup: Setup) -> None:
    setup.observer(INFO)
    (span,) = setup.finished()
    assert span.name == "chat openai/gpt-4o"
    assert span.kind is SpanKind.CLIENT
    assert span.start_time == 1_699_999_998_500_000_000
    assert span.end_time == 1_700_000_000_000_000_000
    assert span.status.status_code is StatusCode.UNSET
    assert dict(span.attributes or {}) == {
        "gen_ai.system": "openrouter",
        "gen_ai.provider.name": "openrouter",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "openai/gpt-4o",
        "gen_ai.response.model": "openai/gpt-4o-2024-08-06",
        "gen_ai.response.id": "gen-1",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.input_tokens": 10,
        "gen_ai.usage.output_tokens": 4,
        "openrouter.usage.reasoning_tokens": 1,
        "openrouter.cost_usd": 0.00014,
        "openrouter.provider": "OpenAI",
        "openrouter.generation_id": "gen-1",
        "openrouter.tags": ("batch-7",),
        "openrouter.attempts": 2,
        "openrouter.streamed": False,
        "openrouter.incomplete": False,
        "http.response.status_code": 200,
    }


def test_a_failed_call_is_an_error_span(setup: Setup) -> None:
    failed = CallInfo(
        operation="embeddings",
        model=None,
        attempts=3,
        latency=-1.0,
        error="RateLimitError",
        status=429,
        end_time=10.0,
    )
    setup.observer(failed)
    (span,) = setup.finished()
    assert span.name == "embeddings"
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "RateLimitError"
    assert span.start_time == span.end_time == 10_000_000_000
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "RateLimitError"
    assert attributes["gen_ai.operation.name"] == "embeddings"
    assert "gen_ai.request.model" not in attributes
    assert "gen_ai.usage.input_tokens" not in attributes
    assert "openrouter.cost_usd" not in attributes
    metrics = setup.metrics()
    _, duration = metrics["gen_ai.client.operation.duration"]
    assert duration.attributes["error.type"] == "RateLimitError"
    assert duration.sum == 0
    assert "gen_ai.client.token.usage" not in metrics
    assert "openrouter.cost" not in metrics


def test_metrics_token_usage_duration_and_cost(setup: Setup) -> None:
    setup.observer(INFO)
    setup.observer(INFO)
    metrics = setup.metrics()
    tokens, *points = metrics["gen_ai.client.token.usage"]
    assert tokens.unit == "{token}"
    by_type = {p.attributes["gen_ai.token.type"]: p for p in points}
    assert (by_type["input"].sum, by_type["input"].count) == (20, 2)
    assert (by_type["output"].sum, by_type["output"].count) == (8, 2)
    assert by_type["input"].attributes == {
        "gen_ai.system": "openrouter",
        "gen_ai.provider.name": "openrouter",
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "openai/gpt-4o",
        "gen_ai.response.model": "openai/gpt-4o-2024-08-06",
        "openrouter.provider": "OpenAI",
        "gen_ai.token.type": "input",
    }
    assert list(by_type["input"].explicit_bounds[:3]) == [1.0, 4.0, 16.0]
    duration, point = metrics["gen_ai.client.operation.duration"]
    assert duration.unit == "s"
    assert (point.sum, point.count) == (3.0, 2)
    assert "error.type" not in point.attributes
    assert list(point.explicit_bounds[:2]) == [0.01, 0.02]
    cost, total = metrics["openrouter.cost"]
    assert cost.unit == "USD"
    assert total.value == pytest.approx(0.00028)
    assert "gen_ai.response.id" not in total.attributes  # no per-call cardinality


def test_histograms_fall_back_without_bucket_advice() -> None:
    class OldMeter:
        def __init__(self) -> None:
            self.calls: list[dict[str, Any]] = []

        def create_histogram(self, name: str, **kw: Any) -> str:
            if "explicit_bucket_boundaries_advisory" in kw:
                raise TypeError("unexpected keyword")
            self.calls.append(kw)
            return name

    meter = OldMeter()
    assert otel._histogram(meter, "h", "s", "d", [1.0]) == "h"  # type: ignore[arg-type, comparison-overlap]
    assert meter.calls == [{"unit": "s", "description": "d"}]


def test_instrument_a_client_replaces_earlier_instrumentation() -> None:
    client = OpenRouter(api_key="k")

    def other(info: CallInfo) -> None: ...

    client.add_observer(other)
    first = otel.instrument(client, meter_provider=NoOpMeterProvider())
    second = otel.instrument(client, meter_provider=NoOpMeterProvider())
    assert first is not second
    assert client.observers == (other, second)
    otel.uninstrument(client)
    assert client.observers == (other,)
    assert not any(isinstance(o, otel.Instrumentation) for o in global_observers())
    client.close()


def test_instrument_globally_for_clients_created_afterwards() -> None:
    def other(info: CallInfo) -> None: ...

    add_global_observer(other)
    before = global_observers()
    try:
        first = otel.instrument()
        second = otel.instrument()
        after = global_observers()
        assert second in after
        assert first not in after
        assert len(after) == len(before) + 1
        with OpenRouter(api_key="k") as client:  # created afterwards: instrumented
            assert client.observers == (*before, second)
    finally:
        otel.uninstrument()
        assert global_observers() == before
        remove_global_observer(other)


def test_instrument_explains_how_to_install_when_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    with pytest.raises(ImportError, match=r"pip install 'openrouter-ext\[otel\]'"):
        otel.instrument(OpenRouter(api_key="k"))


def test_importing_otel_does_not_import_opentelemetry() -> None:
    code = (
        "import sys, openrouter_ext, openrouter_ext.otel\n"
        "loaded = [m for m in sys.modules if m.startswith('opentelemetry')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
