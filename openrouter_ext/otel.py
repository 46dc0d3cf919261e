"""Trace and measure every call with OpenTelemetry (the optional ``openrouter-ext[otel]``).

``instrument(client)`` makes one client emit, per call, a span following the GenAI semantic
conventions and metric points (token usage, duration, cost); ``instrument()`` does it for
every client created afterwards. Spans and metrics go to the globally configured providers
unless others are passed, so spend aggregates across processes in the usual backends.

Importing this module does not import OpenTelemetry; only ``instrument`` does, and clients
that are not instrumented pay nothing.

>>> import openrouter_ext.otel  # works without OpenTelemetry installed
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Protocol

from openrouter_ext._costs.observe import (
    CallInfo,
    add_global_observer,
    global_observers,
    remove_global_observer,
)
from openrouter_ext._version import __version__

if TYPE_CHECKING:
    from opentelemetry.metrics import Histogram, Meter, MeterProvider
    from opentelemetry.trace import TracerProvider
    from opentelemetry.util.types import AttributeValue

__all__ = ["Instrumentation", "instrument", "uninstrument"]

SYSTEM: Final = "openrouter"
_INSTALL_HINT: Final = "OpenTelemetry is not installed: pip install 'openrouter-ext[otel]'"
#: Bucket boundaries advised by the GenAI semantic conventions.
_TOKEN_BUCKETS: Final = [float(4**i) for i in range(14)]
_DURATION_BUCKETS: Final = [0.01 * 2**i for i in range(14)]


class _Observed(Protocol):
    """A client as instrumentation sees it: its public observer hooks."""

    @property
    def observers(self) -> tuple[Callable[[CallInfo], None], ...]: ...

    def add_observer(self, observer: Callable[[CallInfo], None]) -> None: ...

    def remove_observer(self, observer: Callable[[CallInfo], None]) -> None: ...


class Instrumentation:
    """Turn each finished call into a span and metric points (an observer of ``CallInfo``).

    Args:
        tracer_provider: Where spans go; defaults to the global tracer provider.
        meter_provider: Where metrics go; defaults to the global meter provider.

    Raises:
        ImportError: OpenTelemetry is not installed (``pip install 'openrouter-ext[otel]'``).

    """

    def __init__(
        self,
        *,
        tracer_provider: TracerProvider | None = None,
        meter_provider: MeterProvider | None = None,
    ) -> None:
        try:
            from opentelemetry import metrics, trace
        except ImportError as err:
            raise ImportError(_INSTALL_HINT) from err
        self._trace = trace
        self._tracer = trace.get_tracer(
            "openrouter_ext", __version__, tracer_provider=tracer_provider
        )
        meter = metrics.get_meter("openrouter_ext", __version__, meter_provider=meter_provider)
        self._tokens = _histogram(
            meter,
            "gen_ai.client.token.usage",
            "{token}",
            "Number of input and output tokens used.",
            _TOKEN_BUCKETS,
        )
        self._duration = _histogram(
            meter,
            "gen_ai.client.operation.duration",
            "s",
            "GenAI operation duration.",
            _DURATION_BUCKETS,
        )
        self._cost = meter.create_counter(
            "openrouter.cost", unit="USD", description="Cost charged by OpenRouter."
        )

    def __call__(self, info: CallInfo) -> None:
        """Emit the span and metric points of one call."""
        common: dict[str, AttributeValue] = {
            "gen_ai.system": SYSTEM,
            "gen_ai.provider.name": SYSTEM,
            "gen_ai.operation.name": info.operation,
        }
        if info.model:
            common["gen_ai.request.model"] = info.model
        if info.served_model:
            common["gen_ai.response.model"] = info.served_model
        if info.provider:
            common["openrouter.provider"] = info.provider
        self._span(info, common)
        self._record(info, common)

    def _span(self, info: CallInfo, common: dict[str, AttributeValue]) -> None:
        attributes = dict(common)
        optional: dict[str, AttributeValue | None] = {
            "gen_ai.response.id": info.generation_id,
            "openrouter.generation_id": info.generation_id,
            "gen_ai.response.finish_reasons": list(info.finish_reasons) or None,
            "gen_ai.usage.input_tokens": info.prompt_tokens,
            "gen_ai.usage.output_tokens": info.completion_tokens,
            "openrouter.usage.reasoning_tokens": info.reasoning_tokens,
            "openrouter.cost_usd": None if info.cost is None else float(info.cost),
            "http.response.status_code": info.status,
            "openrouter.tags": list(info.tags) or None,
            "error.type": info.error,
        }
        attributes.update({k: v for k, v in optional.items() if v is not None})
        attributes["openrouter.attempts"] = info.attempts
        attributes["openrouter.streamed"] = info.streamed
        attributes["openrouter.incomplete"] = info.incomplete
        end_ns = int(info.end_time * 1e9)
        start_ns = end_ns - int(max(info.latency, 0.0) * 1e9)
        name = f"{info.operation} {info.model}" if info.model else info.operation
        span = self._tracer.start_span(
            name, kind=self._trace.SpanKind.CLIENT, attributes=attributes, start_time=start_ns
        )
        if info.error is not None:
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, info.error))
        span.end(end_time=end_ns)

    def _record(self, info: CallInfo, common: dict[str, AttributeValue]) -> None:
        duration = dict(common)
        if info.error is not None:
            duration["error.type"] = info.error
        self._duration.record(max(info.latency, 0.0), attributes=duration)
        for kind, count in (("input", info.prompt_tokens), ("output", info.completion_tokens)):
            if count is not None:
                self._tokens.record(count, attributes={**common, "gen_ai.token.type": kind})
        if info.cost is not None and info.cost >= 0:
            self._cost.add(float(info.cost), attributes=common)


def _histogram(
    meter: Meter, name: str, unit: str, description: str, buckets: list[float]
) -> Histogram:
    try:
        return meter.create_histogram(
            name, unit=unit, description=description, explicit_bucket_boundaries_advisory=buckets
        )
    except TypeError:  # opentelemetry-api < 1.23 has no bucket advice
        return meter.create_histogram(name, unit=unit, description=description)


def instrument(
    client: _Observed | None = None,
    *,
    tracer_provider: TracerProvider | None = None,
    meter_provider: MeterProvider | None = None,
) -> Instrumentation:
    """Emit a span and metrics for every call of ``client``, or of every client created later.

    Instrumenting again replaces the previous instrumentation (no duplicate spans).

    Args:
        client: An ``OpenRouter``/``AsyncOpenRouter``; None for every client created
            afterwards (clients that exist already are left alone).
        tracer_provider: Where spans go; defaults to the global tracer provider.
        meter_provider: Where metrics go; defaults to the global meter provider.

    Returns:
        The observer now installed.

    Raises:
        ImportError: OpenTelemetry is not installed (``pip install 'openrouter-ext[otel]'``).

    """
    observer = Instrumentation(tracer_provider=tracer_provider, meter_provider=meter_provider)
    uninstrument(client)
    if client is None:
        add_global_observer(observer)
    else:
        client.add_observer(observer)
    return observer


def uninstrument(client: _Observed | None = None) -> None:
    """Remove the instrumentation from ``client``, or the global one when ``client`` is None.

    Args:
        client: The instrumented client, or None for the global instrumentation (clients
            created while it was on keep it).

    """
    if client is None:
        for observer in global_observers():
            if isinstance(observer, Instrumentation):
                remove_global_observer(observer)
    else:
        for observer in client.observers:
            if isinstance(observer, Instrumentation):
                client.remove_observer(observer)
