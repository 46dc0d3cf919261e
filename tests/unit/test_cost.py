"""CostTracker, UsageRecord and usage_record: exact Decimal sums, breakdowns, export, reconcile."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import random
import threading
from decimal import Decimal
from typing import Any

import attrs
import pytest

from openrouter_ext._costs.budget import Budget
from openrouter_ext._costs.tracker import (
    CostTracker,
    InvalidAmountError,
    InvalidCostWarning,
    UsageRecord,
    UsageTotals,
    reconciled_record,
    usage_record,
)
from openrouter_ext.types import GenerationResponse
from tests.conftest import fixture_json


def _chat(**kw: Any) -> UsageRecord:
    defaults: dict[str, Any] = {
        "operation": "chat",
        "requested_model": "openai/gpt-4o",
        "streamed": False,
        "incomplete": False,
        "now": 1.0,
    }
    return usage_record(kw.pop("wire", fixture_json("chat_result.json")), **{**defaults, **kw})


# --- usage_record -------------------------------------------------------------------------


def test_usage_record_reads_a_chat_result() -> None:
    rec = _chat(tags=["batch-7", "x", "batch-7"])
    assert rec == UsageRecord(
        time=1.0,
        operation="chat",
        model="openai/gpt-4o",
        served_model="openai/gpt-4o",
        provider="OpenAI",
        generation_id="gen-1700000000-abcdefghijklmnop",
        tags=("batch-7", "x"),
        prompt_tokens=10,
        completion_tokens=4,
        cost=Decimal("0.00014"),
    )
    assert rec.upstream_cost is None
    assert not rec.is_byok


def test_usage_record_keeps_byok_upstream_cost_apart() -> None:
    rec = _chat(wire=fixture_json("chat_tool_calls.json"), requested_model="anthropic/x")
    assert rec.is_byok
    assert rec.cost == Decimal("0.00045")
    assert rec.upstream_cost == Decimal("0.0009")
    assert rec.served_model == "anthropic/claude-sonnet-4"
    assert rec.provider == "Anthropic"


def test_usage_record_ignores_upstream_cost_when_not_byok() -> None:
    wire = fixture_json("chat_result.json")
    wire["usage"]["cost_details"] = {"upstream_inference_cost": 0.0001}
    assert _chat(wire=wire).upstream_cost is None


def test_usage_record_reads_embeddings() -> None:
    rec = usage_record(
        fixture_json("embeddings.json"),
        operation="embeddings",
        requested_model="openai/text-embedding-3-small",
        tags="one-tag",
        streamed=False,
        incomplete=False,
    )
    assert rec.prompt_tokens == 8
    assert rec.completion_tokens == 0
    assert rec.cost == Decimal("0.00000016")
    assert rec.tags == ("one-tag",)
    assert rec.generation_id == "gen-emb-1"
    assert rec.time > 1_600_000_000


@pytest.mark.parametrize(
    ("usage", "cost"),
    [
        ({"prompt_tokens": 1}, None),
        ({"cost": None}, None),
        ({"cost": 0}, Decimal(0)),
        ({"cost": 0.0}, Decimal("0.0")),
        ({"cost": -0.0}, Decimal("0.0")),
        ({"cost": 1e-7}, Decimal("1E-7")),
        ({"cost": 10**12}, Decimal(10**12)),
    ],
)
def test_usage_record_tells_missing_cost_from_zero(usage: Any, cost: Decimal | None) -> None:
    rec = _chat(wire={"id": "gen-1", "model": "m", "usage": usage})
    assert rec.cost == cost
    if cost is not None:
        assert rec.cost is not None
        assert rec.cost.is_zero() == (cost == 0)
        assert not rec.cost.is_signed()  # -0.0 is recorded as 0.0


INVALID_COSTS = [
    pytest.param("abc", id="string"),
    pytest.param("0.5", id="numeric-string"),
    pytest.param(True, id="true"),
    pytest.param(False, id="false"),
    pytest.param(float("nan"), id="nan"),
    pytest.param(float("inf"), id="infinity"),
    pytest.param(float("-inf"), id="minus-infinity"),
    pytest.param(-5, id="negative-int"),
    pytest.param(-1e-9, id="negative-float"),
    pytest.param("1e999999999", id="huge-exponent-string"),
    pytest.param(Decimal("1e999999999"), id="huge-exponent-decimal"),
    pytest.param(Decimal("NaN"), id="decimal-nan"),
    pytest.param(1e13, id="absurd-float"),
    pytest.param(10**400, id="huge-int"),
    pytest.param([0.1], id="list"),
    pytest.param({"total": 0.1}, id="object"),
]


@pytest.mark.parametrize("bad", INVALID_COSTS)
def test_an_invalid_cost_is_recorded_as_unknown_and_reported(
    bad: Any, caplog: pytest.LogCaptureFixture
) -> None:
    usage = {"prompt_tokens": 3, "cost": bad}
    wire = {"id": "gen-bad", "model": "openai/gpt-4o", "usage": usage}
    warns = pytest.warns(InvalidCostWarning, match=r"invalid usage\.cost .*'openai/gpt-4o'")
    with caplog.at_level(logging.ERROR, "openrouter_ext"), warns:
        rec = _chat(wire=wire)
    assert rec.cost is None  # unknown: reconcile() fetches it by generation id
    assert rec.prompt_tokens == 3  # the rest of the usage is kept
    (line,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert line.name == "openrouter_ext"
    message = line.getMessage()
    assert "usage.cost" in message and "openai/gpt-4o" in message and "gen-bad" in message
    shown = repr(bad) if not isinstance(bad, int) or abs(bad) < 10**30 else "int of"
    assert shown[:50] in message  # the bad value, its repr cut short
    assert len(message) < 300
    tracker = CostTracker()
    tracker.record(rec)
    assert tracker.totals().cost == 0


def test_a_long_bad_value_is_cut_short_in_the_log_and_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    wire = {"model": "m" * 5000, "usage": {"cost": "9" * 100_000}}
    with caplog.at_level(logging.ERROR, "openrouter_ext"), pytest.warns(InvalidCostWarning) as seen:
        assert _chat(wire=wire).cost is None
    assert len(str(seen[0].message)) < 400
    assert len(caplog.records[-1].getMessage()) < 400


def test_an_invalid_byok_upstream_cost_is_unknown_and_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    wire = fixture_json("chat_tool_calls.json")
    wire["usage"]["cost_details"]["upstream_inference_cost"] = -0.0009
    warns = pytest.warns(InvalidCostWarning, match="upstream_inference_cost -0.0009")
    with caplog.at_level(logging.ERROR, "openrouter_ext"), warns:
        rec = _chat(wire=wire, requested_model="anthropic/x")
    assert rec.is_byok
    assert rec.cost == Decimal("0.00045")  # the valid field is kept
    assert rec.upstream_cost is None
    assert "-0.0009" in caplog.text


def test_usage_record_without_usage_or_ids() -> None:
    # the shape an accumulated stream has before any chunk carried an id or usage
    wire: dict[str, Any] = {"id": "", "model": "", "choices": [], "usage": None, "provider": 3}
    rec = _chat(wire=wire, streamed=True, incomplete=True, generation_id="gen-hdr")
    assert rec.served_model is None
    assert rec.provider is None
    assert rec.generation_id == "gen-hdr"
    assert (rec.prompt_tokens, rec.completion_tokens, rec.cost) == (0, 0, None)
    assert rec.incomplete
    assert rec.streamed


def test_usage_record_reads_details_and_ignores_bad_types() -> None:
    usage = {
        "prompt_tokens": 100,
        "completion_tokens": True,
        "prompt_tokens_details": {"cached_tokens": 60},
        "completion_tokens_details": {"reasoning_tokens": 30},
        "cost_details": None,
        "is_byok": "yes",
    }
    rec = _chat(wire={"usage": usage})
    assert (rec.prompt_tokens, rec.completion_tokens) == (100, 0)
    assert (rec.cached_tokens, rec.reasoning_tokens) == (60, 30)
    assert not rec.is_byok
    assert rec.generation_id is None


# --- totals and breakdowns ----------------------------------------------------------------


def _mixed(n: int, seed: int = 7) -> list[UsageRecord]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        kind = i % 4
        cost = Decimal(rnd.randint(0, 10**6)) / Decimal(10**9)
        out.append(
            UsageRecord(
                time=float(i),
                operation="embeddings" if kind == 3 else "chat",
                model=f"req/{i % 3}",
                served_model=None if i % 5 == 0 else f"served/{i % 3}",
                provider=None if i % 7 == 0 else f"P{i % 2}",
                generation_id=f"gen-{i}",
                tags=("all", f"t{i % 2}") if i % 2 else (),
                prompt_tokens=rnd.randint(0, 5000),
                completion_tokens=rnd.randint(0, 5000),
                reasoning_tokens=rnd.randint(0, 100),
                cached_tokens=rnd.randint(0, 100),
                cost=None if kind == 1 else cost,  # incomplete streams: cost unknown
                upstream_cost=cost * 3 if kind == 2 else None,
                is_byok=kind == 2,
                incomplete=kind == 1,
                streamed=kind in (0, 1),
            )
        )
    return out


def test_totals_are_the_exact_decimal_sum_of_1000_mixed_records() -> None:
    records = _mixed(1000)
    tracker = CostTracker()
    for rec in records:
        tracker.record(rec)
    totals = tracker.totals()
    assert totals.requests == 1000
    assert totals.incomplete == 250
    assert totals.cost == sum((r.cost for r in records if r.cost is not None), Decimal(0))
    byok = [r for r in records if r.is_byok]
    assert totals.upstream_cost == sum((r.upstream_cost or Decimal(0) for r in byok), Decimal(0))
    assert totals.upstream_cost != 0
    assert totals.cost != 0
    assert totals.prompt_tokens == sum(r.prompt_tokens for r in records)
    assert totals.completion_tokens == sum(r.completion_tokens for r in records)
    assert totals.reasoning_tokens == sum(r.reasoning_tokens for r in records)
    assert totals.cached_tokens == sum(r.cached_tokens for r in records)
    # float summation would drift; the Decimal sum is exact
    assert isinstance(totals.cost, Decimal)

    by_model = tracker.by_model()
    assert sum(by_model.values(), UsageTotals()) == totals
    assert set(by_model) == {"served/0", "served/1", "served/2", "req/0", "req/1", "req/2"}
    by_provider = tracker.by_provider()
    assert sum(by_provider.values(), UsageTotals()) == totals
    assert set(by_provider) == {"P0", "P1", "unknown"}
    by_tag = tracker.by_tag()
    assert by_tag["all"].requests == 500
    assert by_tag["t1"] == by_tag["all"]  # odd indices carry both "all" and "t1"
    assert "t0" not in by_tag


def test_by_tag_counts_a_record_under_each_tag() -> None:
    tracker = CostTracker()
    tracker.record(_chat(tags=["a", "b"]))
    assert tracker.by_tag()["a"] == tracker.by_tag()["b"] == tracker.totals()
    assert sum(tracker.by_tag().values(), UsageTotals()).requests == 2


def test_model_key_falls_back_to_requested_then_unknown() -> None:
    tracker = CostTracker()
    tracker.record(UsageRecord(time=0, operation="chat", model="req/a"))
    tracker.record(UsageRecord(time=0, operation="chat", model=None))
    assert set(tracker.by_model()) == {"req/a", "unknown"}


def test_eight_threads_recording_concurrently_give_exact_totals() -> None:
    records = _mixed(800, seed=3)
    tracker = CostTracker()
    barrier = threading.Barrier(8)

    def work(chunk: list[UsageRecord]) -> None:
        barrier.wait()
        for rec in chunk:
            tracker.record(rec)

    threads = [threading.Thread(target=work, args=(records[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = sum((UsageTotals.of(r) for r in records), UsageTotals())
    assert tracker.totals() == expected
    assert len(tracker.records) == 800
    assert sum(tracker.by_model().values(), UsageTotals()) == expected


def test_reset_keeps_budget_and_listeners() -> None:
    budget = Budget(Decimal(1))
    seen: list[UsageRecord] = []
    tracker = CostTracker(budget=budget)
    tracker.add_listener(seen.append)
    tracker.record(_chat())
    tracker.reset()
    assert tracker.totals() == UsageTotals()
    assert tracker.records == ()
    assert tracker.by_model() == {}
    assert tracker.budget is budget
    tracker.record(_chat())
    assert len(seen) == 2
    assert repr(tracker) == "CostTracker(requests=1, cost=0.00014)"


def test_listeners_are_called_and_a_failing_one_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tracker = CostTracker()
    seen: list[UsageRecord] = []

    def broken(rec: UsageRecord) -> None:
        raise RuntimeError("ledger down")

    tracker.add_listener(broken)
    tracker.add_listener(seen.append)
    rec = _chat()
    with caplog.at_level(logging.ERROR, "openrouter_ext"):
        tracker.record(rec)
    assert seen == [rec]
    assert "listener" in caplog.text
    tracker.remove_listener(broken)
    with pytest.raises(ValueError):
        tracker.remove_listener(broken)


def test_replace_moves_totals_between_keys() -> None:
    tracker = CostTracker()
    old = _chat(wire={"model": "a", "usage": {"prompt_tokens": 5}}, incomplete=True)
    twin = attrs.evolve(old)  # equal but not the same object
    tracker.record(twin)
    tracker.record(old)
    new = attrs.evolve(old, served_model="b", cost=Decimal(2), incomplete=False)
    tracker.replace(old, new)
    assert tracker.records[1] is new
    assert tracker.records[0] is twin
    assert tracker.by_model()["b"].cost == Decimal(2)
    assert tracker.by_model()["a"].requests == 1
    assert tracker.totals().incomplete == 1
    tracker.replace(attrs.evolve(twin), new)  # equality fallback finds the twin
    assert "a" not in tracker.by_model()
    with pytest.raises(ValueError):
        tracker.replace(old, new)


# --- export -------------------------------------------------------------------------------


def test_json_export_round_trips() -> None:
    tracker = CostTracker()
    records = [*_mixed(20), _chat(tags=["ü", 'q"uote'])]
    for rec in records:
        tracker.record(rec)
    body = json.loads(tracker.to_json())
    assert body["totals"] == tracker.totals().to_dict()
    assert body["totals"]["cost"] == format(tracker.totals().cost, "f")
    assert "E" not in body["totals"]["cost"]
    assert tuple(UsageRecord.from_dict(r) for r in body["records"]) == tracker.records


def test_csv_export_round_trips() -> None:
    tracker = CostTracker()
    for rec in [*_mixed(20), _chat(tags=["a,b", "c;d"])]:
        tracker.record(rec)
    text = tracker.to_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0].startswith("time,operation,model,served_model")
    assert len(rows) == 21
    assert tuple(UsageRecord.from_dict(r) for r in rows) == tracker.records
    assert rows[1]["cost"] == ""
    assert rows[1]["incomplete"] == "true"


def test_empty_exports() -> None:
    tracker = CostTracker()
    assert json.loads(tracker.to_json()) == {"totals": UsageTotals().to_dict(), "records": []}
    assert tracker.to_csv().count("\n") == 1


def test_from_dict_rejects_a_bad_boolean() -> None:
    row = _chat().to_dict()
    row["streamed"] = "yes"
    with pytest.raises(ValueError, match="boolean"):
        UsageRecord.from_dict(row)


@pytest.mark.parametrize("bad", ["-5", "NaN", "sNaN", "-Infinity", "abc", "1e999999999", "1e13"])
@pytest.mark.parametrize("field", ["cost", "upstream_cost"])
def test_from_dict_refuses_invalid_money(field: str, bad: str) -> None:
    row = _chat().to_dict()
    row[field] = bad
    with pytest.raises(InvalidAmountError, match=field):
        UsageRecord.from_dict(row)
    assert issubclass(InvalidAmountError, ValueError)  # old callers still catch it


@pytest.mark.parametrize(
    "changes",
    [
        {"cost": Decimal(-5)},
        {"cost": Decimal("NaN")},
        {"cost": Decimal("Infinity")},
        {"cost": Decimal("1e999999999")},
        {"upstream_cost": Decimal(-1)},
        {"cost": -5.0},
    ],
)
def test_the_tracker_refuses_a_record_with_invalid_money(changes: dict[str, Any]) -> None:
    seen: list[UsageRecord] = []
    tracker = CostTracker()
    tracker.add_listener(seen.append)
    good = _chat()
    tracker.record(good)
    bad = attrs.evolve(good, **changes)
    with pytest.raises(InvalidAmountError):
        tracker.record(bad)
    with pytest.raises(InvalidAmountError):
        tracker.replace(good, bad)
    assert tracker.records == (good,)
    assert seen == [good]
    assert tracker.totals().cost == Decimal("0.00014")
    assert tracker.by_model()["openai/gpt-4o"].cost == Decimal("0.00014")


# --- reconcile ----------------------------------------------------------------------------


def _generation(**changes: Any) -> GenerationResponse:
    body = fixture_json("generation.json")
    body["data"].update(changes)
    return GenerationResponse.from_dict(body)


class _FakeGenerations:
    def __init__(self, answers: dict[str, GenerationResponse | Exception]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, float]] = []

    def get(self, id: str, *, wait: float) -> GenerationResponse:
        self.calls.append((id, wait))
        answer = self.answers[id]
        if isinstance(answer, Exception):
            raise answer
        return answer


class _FakeClient:
    def __init__(self, answers: dict[str, GenerationResponse | Exception]) -> None:
        self.generations = _FakeGenerations(answers)


class _AsyncFakeGenerations(_FakeGenerations):
    async def get(self, id: str, *, wait: float) -> GenerationResponse:  # type: ignore[override]
        await asyncio.sleep(0)
        return super().get(id, wait=wait)


class _AsyncFakeClient:
    def __init__(self, answers: dict[str, GenerationResponse | Exception]) -> None:
        self.generations = _AsyncFakeGenerations(answers)


def _broken_stream(gen_id: str) -> UsageRecord:
    wire = {"id": gen_id, "model": "openai/gpt-4o", "choices": []}
    return _chat(wire=wire, streamed=True, incomplete=True)


def _reconcile_setup() -> tuple[CostTracker, dict[str, GenerationResponse | Exception]]:
    tracker = CostTracker()
    tracker.record(_broken_stream("gen-1700000000-abcdefghijklmnop"))
    tracker.record(_broken_stream("gen-missing"))
    tracker.record(_broken_stream("gen-byok"))
    tracker.record(_chat())  # complete: never fetched
    tracker.record(_chat(wire={"model": "m", "usage": {}}, incomplete=True))  # no id: skipped
    answers: dict[str, GenerationResponse | Exception] = {
        "gen-1700000000-abcdefghijklmnop": _generation(),
        "gen-missing": LookupError("404 still"),
        "gen-byok": _generation(
            id="gen-byok",
            is_byok=True,
            total_cost=0.0002,
            upstream_inference_cost=0.004,
            native_tokens_prompt=None,
            tokens_prompt=12,
            native_tokens_reasoning=7,
            provider_name=None,
        ),
    }
    return tracker, answers


def _check_reconciled(tracker: CostTracker) -> None:
    first, missing, byok, complete, no_id = tracker.records
    assert first.reconciled
    assert not first.incomplete
    assert first.cost == Decimal("0.00014")
    assert (first.prompt_tokens, first.completion_tokens, first.provider) == (10, 4, "OpenAI")
    assert first.generation_id == "gen-1700000000-abcdefghijklmnop"
    assert first.streamed
    assert missing.incomplete
    assert not missing.reconciled
    assert byok.is_byok
    assert byok.upstream_cost == Decimal("0.004")
    assert byok.cost == Decimal("0.0002")
    assert (byok.prompt_tokens, byok.reasoning_tokens, byok.provider) == (12, 7, None)
    assert not complete.reconciled
    assert no_id.incomplete
    totals = tracker.totals()
    assert totals.incomplete == 2
    assert totals.cost == Decimal("0.00014") * 2 + Decimal("0.0002")
    assert totals.upstream_cost == Decimal("0.004")


def test_reconcile_replaces_estimates_with_billed_figures(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tracker, answers = _reconcile_setup()
    client = _FakeClient(answers)
    with caplog.at_level(logging.WARNING, "openrouter_ext"):
        assert tracker.reconcile(client, wait=1.5) == 2
    assert [c[0] for c in client.generations.calls] == [
        "gen-1700000000-abcdefghijklmnop",
        "gen-missing",
        "gen-byok",
    ]
    assert {c[1] for c in client.generations.calls} == {1.5}
    assert "gen-missing" in caplog.text
    assert "LookupError" in caplog.text
    assert "404 still" not in caplog.text
    _check_reconciled(tracker)
    # a second pass only retries the one that failed
    client.generations.calls.clear()
    answers["gen-missing"] = _generation(id="gen-missing")
    assert tracker.reconcile(client) == 1
    assert client.generations.calls == [("gen-missing", 30.0)]
    assert tracker.totals().incomplete == 1


def test_areconcile_replaces_estimates_with_billed_figures() -> None:
    tracker, answers = _reconcile_setup()
    client = _AsyncFakeClient(answers)
    assert asyncio.run(tracker.areconcile(client, wait=2.0)) == 2
    _check_reconciled(tracker)


def test_reconcile_fetches_complete_records_with_unknown_cost() -> None:
    tracker = CostTracker()
    tracker.record(_chat(wire={"id": "gen-1700000000-abcdefghijklmnop", "usage": {}}))
    assert tracker.reconcile(_FakeClient({"gen-1700000000-abcdefghijklmnop": _generation()}))
    assert tracker.totals().cost == Decimal("0.00014")


@pytest.mark.parametrize("bad", [-5, "abc", True, float("nan"), float("inf"), 1e13])
def test_reconciled_record_refuses_an_invalid_total_cost(
    bad: Any, caplog: pytest.LogCaptureFixture
) -> None:
    rec = _broken_stream("gen-x")
    generation = {**fixture_json("generation.json")["data"], "total_cost": bad}
    with (
        caplog.at_level(logging.ERROR, "openrouter_ext"),
        pytest.warns(InvalidCostWarning, match="total_cost"),
        pytest.raises(ValueError, match="invalid total_cost"),
    ):
        reconciled_record(rec, generation)
    assert "openai/gpt-4o" in caplog.text and "gen-x" in caplog.text


def test_reconciled_record_drops_an_invalid_byok_upstream_cost() -> None:
    generation = {
        **fixture_json("generation.json")["data"],
        "is_byok": True,
        "upstream_inference_cost": float("-inf"),
    }
    with pytest.warns(InvalidCostWarning, match="upstream_inference_cost"):
        rec = reconciled_record(_broken_stream("gen-x"), generation)
    assert (rec.cost, rec.upstream_cost, rec.reconciled) == (Decimal("0.00014"), None, True)


def test_reconcile_keeps_the_cost_unknown_when_the_billed_cost_is_invalid(
    caplog: pytest.LogCaptureFixture,
) -> None:
    tracker = CostTracker()
    tracker.record(_broken_stream("gen-1700000000-abcdefghijklmnop"))
    client = _FakeClient({"gen-1700000000-abcdefghijklmnop": _generation(total_cost=-10.0)})
    with pytest.warns(InvalidCostWarning), caplog.at_level(logging.WARNING, "openrouter_ext"):
        assert tracker.reconcile(client) == 0
    (record,) = tracker.records
    assert (record.cost, record.reconciled, record.incomplete) == (None, False, True)
    assert tracker.totals().cost == 0  # never -10
    assert "could not reconcile" in caplog.text  # left to retry later
    client.generations.answers["gen-1700000000-abcdefghijklmnop"] = _generation()
    assert tracker.reconcile(client) == 1
    assert tracker.totals().cost == Decimal("0.00014")


def test_reconcile_skips_a_generation_without_cost_or_a_reset_record() -> None:
    rec = _broken_stream("gen-x")
    with pytest.raises(ValueError, match="total_cost"):
        reconciled_record(rec, {"model": "m"})
    tracker = CostTracker()
    tracker.record(rec)

    class ResettingGenerations:
        def get(self, id: str, *, wait: float) -> GenerationResponse:
            tracker.reset()  # the record vanishes while its generation is fetched
            return _generation(id=id)

    class Client:
        generations = ResettingGenerations()

    assert tracker.reconcile(Client()) == 0


# --- video jobs: the cost comes with the completed job -----------------------------------
def _video_job(status: str, cost: object = 0.5, gen: str = "gen-v1") -> dict[str, Any]:
    job: dict[str, Any] = {"id": "vid-1", "generation_id": gen, "status": status,
                           "polling_url": "https://x/videos/vid-1"}  # fmt: skip
    if status == "completed":
        job["usage"] = {"cost": cost, "is_byok": False}
    return job


def _video_tracker() -> CostTracker:
    tracker = CostTracker()
    wire = {"id": "vid-1", "generation_id": "gen-v1", "status": "pending", "polling_url": "u"}
    tracker.record(usage_record(wire, operation="videos", requested_model="google/veo-3",
                                streamed=False, incomplete=False, now=1.0))  # fmt: skip
    tracker.note_job("gen-v1", "vid-1")
    return tracker


def test_a_completed_job_settles_its_create_record_once() -> None:
    tracker = _video_tracker()
    assert tracker.records[0].cost is None and tracker.totals().cost == 0
    assert tracker.settle_job(_video_job("in_progress")) is False  # not known yet
    assert tracker.records[0].cost is None
    assert tracker.settle_job(_video_job("completed")) is True
    assert tracker.settle_job(_video_job("completed", cost=9)) is True  # settled: unchanged
    (record,) = tracker.records
    assert record.cost == Decimal("0.5") and record.reconciled and not record.incomplete
    assert tracker.totals().cost == Decimal("0.5") and tracker.totals().requests == 1
    assert tracker.by_operation()["videos"].cost == Decimal("0.5")


def test_a_job_settles_once_when_many_threads_see_it_complete() -> None:
    tracker = _video_tracker()
    start = threading.Barrier(8)

    def settle() -> None:
        start.wait()
        tracker.settle_job(_video_job("completed"))

    threads = [threading.Thread(target=settle) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert tracker.totals().cost == Decimal("0.5") and len(tracker.records) == 1


def test_a_job_without_a_usable_cost_or_record_settles_nothing() -> None:
    tracker = _video_tracker()
    assert tracker.settle_job(_video_job("completed", gen="gen-other")) is False
    assert tracker.settle_job(_video_job("completed", cost=None)) is False
    with pytest.warns(InvalidCostWarning):
        assert tracker.settle_job(_video_job("completed", cost="abc")) is False
    assert tracker.records[0].cost is None and not tracker.records[0].reconciled
