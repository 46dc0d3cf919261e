"""What a call costs and who is told: reservations, usage records, logs and observers.

Here rather than in ``_costs``: it reads a call's state (``call.py``) and a stream's outcome,
which sit above ``_costs`` in the import order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from openrouter_ext._costs.budget import Budget, Reservation
from openrouter_ext._costs.observe import (
    Observer,
    call_info_from,
    finish_reasons_of,
    log_call,
    notify,
)
from openrouter_ext._costs.pricing import (
    ModelPrice,
    UnknownPriceError,
    estimate_prompt_tokens,
    worst_case_cost,
)
from openrouter_ext._costs.tracker import CostTracker, usage_record
from openrouter_ext._errors.tree import (
    APIConnectionError,
    APIStatusError,
    OpenRouterError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from openrouter_ext._lowlevel import Operation, to_wire
from openrouter_ext._streaming.decode import StreamOutcome

if TYPE_CHECKING:
    pass


from openrouter_ext._core.call import CallState

__all__ = ["_Accounting"]
T = TypeVar("T")
logger = logging.getLogger("openrouter_ext")


class _Accounting:
    """Budget reservations, usage records, the per-call log line and observers of a call.

    A mixin of ``_BaseClient`` (which sets ``_costs``, ``_spend_budget`` and ``_observers``):
    what a finished, failed or abandoned call costs and who is told about it. No IO.
    """

    _costs: CostTracker
    _spend_budget: Budget | None
    _observers: list[Observer]

    def _needs_reservation(self, op: Operation[Any]) -> bool:
        return self._spend_budget is not None and op.billed is not None

    def _estimate(
        self,
        price: ModelPrice,
        body: Mapping[str, Any],
        operation: str | None = None,
        upload_bytes: int | None = None,
    ) -> Decimal:
        if operation in _MEDIA:
            return _media_worst_case(price, body, operation, upload_bytes)
        if operation == "responses":  # input (text or items) and instructions; max_output_tokens
            extra = [to_wire(body[k]) for k in ("instructions", "tools", "text") if body.get(k)]
            tokens = estimate_prompt_tokens(_items(body.get("input")), extra=extra)
            limit = body.get("max_output_tokens")
            return worst_case_cost(price, prompt_tokens=tokens, max_tokens=limit)
        if operation == "messages":  # messages and system; max_tokens is required there
            extra = [to_wire(body[k]) for k in ("system", "tools") if body.get(k)]
            tokens = estimate_prompt_tokens(to_wire(body.get("messages") or []), extra=extra)
            return worst_case_cost(price, prompt_tokens=tokens, max_tokens=body.get("max_tokens"))
        if "input" in body:  # embeddings: the input is the whole prompt, there is no output
            tokens = estimate_prompt_tokens([{"role": "user", "content": body["input"]}])
            return worst_case_cost(price, prompt_tokens=tokens, max_tokens=0)
        keys = ("tools", "response_format", "prediction")
        extra = [to_wire(body[k]) for k in keys if body.get(k)]
        tokens = estimate_prompt_tokens(to_wire(body.get("messages") or []), extra=extra)
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        return worst_case_cost(price, prompt_tokens=tokens, max_tokens=limit)

    def _reserve(
        self,
        price: ModelPrice,
        body: Mapping[str, Any],
        op: Operation[Any] | None = None,
        upload_bytes: int | None = None,
    ) -> Reservation:
        assert self._spend_budget is not None
        operation = op.billed if op is not None else None
        return self._spend_budget.reserve(self._estimate(price, body, operation, upload_bytes))

    @staticmethod
    def _model_of(body: Mapping[str, Any]) -> str:
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise ValueError("a budget or a cost estimate needs model=... to price the call")
        return model

    @staticmethod
    def _unknown_price(model: str) -> UnknownPriceError:
        return UnknownPriceError(f"no price is known for model {model!r} (not in GET /models)")

    def _finish(
        self,
        state: CallState,
        wire: Mapping[str, Any] | None,
        error: BaseException | None,
        *,
        streamed: bool = False,
        incomplete: bool = False,
        generation_id: str | None = None,
    ) -> None:
        """Record usage, settle the budget reservation, log and notify observers."""
        operation = state.op.billed
        if operation is None:
            return
        record = None
        try:
            if wire is not None and (
                wire.get("usage") is not None or generation_id or wire.get("id")
            ):
                record = usage_record(
                    wire,
                    operation=operation,
                    requested_model=state.model,
                    tags=state.tags,
                    streamed=streamed,
                    incomplete=incomplete,
                    generation_id=generation_id,
                )
        except Exception:  # a body of the wrong shape must not lose the reservation
            logger.exception("the usage of a %s call could not be read; cost unknown", operation)
            record = None
        if record is not None:
            self._costs.record(record)
            job_id = wire.get("id") if wire is not None and operation == "videos" else None
            if isinstance(job_id, str) and record.generation_id:  # its cost comes at the end
                self._costs.note_job(record.generation_id, job_id)
        reservation = state.reservation
        if reservation is not None:
            if record is not None:
                reservation.settle(record.cost)
            elif error is not None and not _maybe_billed(error):
                reservation.release()
            else:
                reservation.settle(None)
        if self._observers or logger.isEnabledFor(logging.INFO):
            status = getattr(error, "status_code", None) if error is not None else 200
            info = call_info_from(
                record,
                operation=operation,
                model=state.model,
                status=status,
                attempts=state.attempts,
                latency=state.clock() - state.started,
                finish_reasons=finish_reasons_of(wire) if wire else (),
                error=error,
                generation_id=generation_id,
                tags=state.tags,
                streamed=streamed,
            )
            log_call(info)
            notify(self._observers, info)

    def _settle_job(self, job: Any) -> None:
        """Settle a completed video job's cost into the costs, once (``videos.wait``)."""
        to_dict = getattr(job, "to_dict", None)
        if callable(to_dict):
            self._costs.settle_job(cast("dict[str, Any]", to_dict()))

    def _stream_dropped(self, state: CallState, generation_id: str) -> None:
        """Record a stream attempt dropped after its headers and then retried (may be billed).

        Incomplete with an unknown cost and its generation id, so ``reconcile()`` fills it
        in; the call's reservation is settled by its final outcome, not here.
        """
        operation = state.op.billed
        if operation is None:  # pragma: no cover - every stream is billed
            return
        self._costs.record(
            usage_record(
                {},
                operation=operation,
                requested_model=state.model,
                tags=state.tags,
                streamed=True,
                incomplete=True,
                generation_id=generation_id,
            )
        )

    def _stream_finished(self, state: CallState, outcome: StreamOutcome) -> None:
        result = outcome.result
        known = result.get("id") or result.get("usage") is not None or outcome.generation_id
        self._finish(
            state,
            result if known else None,
            outcome.error,
            streamed=True,
            incomplete=not outcome.complete,
            generation_id=outcome.generation_id,
        )


def _items(value: object) -> list[dict[str, Any]]:
    """Return a Responses ``input`` as messages to count (a string is one user message)."""
    wire: object = to_wire(value)
    if isinstance(wire, list):
        items = cast("Iterable[object]", wire)
        return [cast("dict[str, Any]", i) if isinstance(i, dict) else {"content": i}
                for i in items]  # fmt: skip
    return [{"role": "user", "content": wire}] if wire is not None else []


_MEDIA = frozenset({"rerank", "images", "speech", "transcription", "videos"})


def _text_tokens(value: object) -> int:
    """Bound the tokens of request text by its UTF-8 bytes (see ``estimate_prompt_tokens``)."""
    return estimate_prompt_tokens([{"role": "user", "content": to_wire(value)}])


def _media_worst_case(
    price: ModelPrice, body: Mapping[str, Any], operation: str, upload_bytes: int | None
) -> Decimal:
    """Return the most a media call can cost (raises as ``worst_case_cost`` does).

    rerank: the query counted once per document plus the documents, no output. images,
    speech and videos: the prompt text (and input references as JSON) plus the model's
    output limit, per image for ``n`` images. transcription: the audio's bytes as prompt
    tokens (a generous bound: no audio token covers less than a byte) plus the output limit.
    """
    if operation == "rerank":
        documents: object = body.get("documents") or []
        listed = isinstance(documents, (list, tuple))
        docs = len(cast("list[object]", documents)) if listed else 1
        query = _text_tokens(body.get("query") or "")
        tokens = query * max(1, docs) + _text_tokens(documents)
        return worst_case_cost(price, prompt_tokens=tokens, max_tokens=0)
    if operation == "transcription":
        tokens = (upload_bytes or 0) + _text_tokens(body.get("input_audio") or "")
        return worst_case_cost(price, prompt_tokens=tokens, max_tokens=None)
    text = body.get("prompt") if operation in ("images", "videos") else body.get("input")
    refs = body.get("input_references") or body.get("frame_images")
    tokens = _text_tokens(text or "") + (_text_tokens(refs) if refs else 0)
    one = worst_case_cost(price, prompt_tokens=tokens, max_tokens=None)
    count: object = body.get("n") if operation == "images" else 1
    return one * (count if isinstance(count, int) and count > 1 else 1)


def _maybe_billed(error: BaseException) -> bool:
    """Tell whether a failed call may still have been billed (so its reservation is kept)."""
    if isinstance(error, APIStatusError):
        return False
    if isinstance(error, (ResponseValidationError, ResponseTooLargeError)):
        # the server answered 2xx (a generation ran) with a body we could not take
        response = getattr(error, "response", None)
        status = getattr(error, "status_code", None) or getattr(response, "status_code", None)
        return status is not None and 200 <= status < 300
    if isinstance(error, APIConnectionError):
        return error.sent
    return not isinstance(error, (OpenRouterError, ValueError, TypeError))
