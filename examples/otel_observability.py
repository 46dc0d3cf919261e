"""Observability with OpenTelemetry: a span and metric points for every call.

`openrouter_ext.otel.instrument(client, ...)` makes the client emit, per call, a span that
follows the GenAI semantic conventions (model, provider, tokens, cost, finish reasons,
attempts, error type) and points on three metrics: `gen_ai.client.token.usage`,
`gen_ai.client.operation.duration` and `openrouter.cost` (USD). Here they go to the SDK's
in-memory exporters and are printed; in production, pass your own providers (or configure
the global ones and call `instrument(client)`) to export to any OpenTelemetry backend.

Needs `pip install 'openrouter-ext[otel]'`. Uses the real API with OPENROUTER_API_KEY (and
OPENROUTER_BASE_URL if set, e.g. the mock server started by `python -m openrouter_ext.testing`).

    python examples/otel_observability.py
"""

# opentelemetry-sdk leaves parts of its metrics data types unannotated:
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false
# pyright: reportUnknownArgumentType=false

from __future__ import annotations

import logging
import os
import sys

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from openrouter_ext import OpenRouter, OpenRouterError, otel
from openrouter_ext.types import ChatMessageParam

MODEL = os.environ.get("OPENROUTER_MODEL", "openai/gpt-4o-mini")
SHOWN = (
    "gen_ai.response.model",
    "openrouter.provider",
    "gen_ai.usage.input_tokens",
    "gen_ai.usage.output_tokens",
    "openrouter.cost_usd",
    "gen_ai.response.finish_reasons",
    "openrouter.streamed",
    "openrouter.attempts",
    "http.response.status_code",
    "error.type",
)


def main() -> int:
    """Make three instrumented calls and print their spans and metrics."""
    if not os.environ.get("OPENROUTER_API_KEY"):
        print("Set OPENROUTER_API_KEY (and optionally OPENROUTER_BASE_URL).", file=sys.stderr)
        return 2
    # Each call also logs one line on the `openrouter_ext` logger (failures at WARNING).
    logging.basicConfig(format="log: %(levelname)s %(name)s: %(message)s")
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    metrics = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[metrics])

    messages: list[ChatMessageParam] = [{"role": "user", "content": "Name one prime number."}]
    with OpenRouter(app_title="openrouter_ext otel example") as client:
        otel.instrument(client, tracer_provider=tracer_provider, meter_provider=meter_provider)
        try:
            client.chat.completions.create(model=MODEL, messages=messages, max_tokens=20)
            with client.chat.completions.stream(
                model=MODEL, messages=messages, max_tokens=20
            ) as stream:
                stream.final_response()
        except OpenRouterError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        try:  # a failing call gets a span too, with status ERROR and error.type
            client.chat.completions.create(
                model="no-such-author/no-such-model", messages=messages, max_retries=0
            )
        except OpenRouterError as error:
            print(f"expected failure: {type(error).__name__}: {error.message}")

    print("\nspans:")
    for span in spans.get_finished_spans():
        attributes = span.attributes or {}
        shown = {k: attributes[k] for k in SHOWN if k in attributes}
        print(f"  {span.name!r} kind={span.kind.name} status={span.status.status_code.name}")
        for key, value in shown.items():
            print(f"      {key} = {value}")

    print("\nmetrics:")
    data = metrics.get_metrics_data()
    for resource_metrics in data.resource_metrics if data else []:
        for scope_metrics in resource_metrics.scope_metrics:
            for metric in scope_metrics.metrics:
                for point in metric.data.data_points:
                    attributes = point.attributes or {}
                    label = attributes.get("gen_ai.token.type") or attributes.get(
                        "error.type", "ok"
                    )
                    value = getattr(point, "sum", getattr(point, "value", None))
                    count = getattr(point, "count", None)
                    extra = f" over {count} calls" if count is not None else ""
                    print(f"  {metric.name} [{metric.unit}] {label} = {value}{extra}")
    tracer_provider.shutdown()
    meter_provider.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
