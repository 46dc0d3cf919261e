"""Budget and Reservation: reserve the worst case, settle the real cost, never overspend."""

from __future__ import annotations

import asyncio
import threading
from decimal import Decimal
from typing import Any

import pytest

from openrouter_ext import BudgetExceededError
from openrouter_ext._costs.budget import Budget, InvalidAmountError, Reservation


def test_reserve_settle_release_move_money() -> None:
    budget = Budget("1.00")
    assert budget.max_cost == Decimal("1.00")
    first = budget.reserve(Decimal("0.40"))
    second = budget.reserve(Decimal("0.40"))
    assert (budget.spent, budget.reserved, budget.remaining) == (
        Decimal(0),
        Decimal("0.80"),
        Decimal("0.20"),
    )
    first.settle(Decimal("0.10"))
    assert (budget.spent, budget.reserved) == (Decimal("0.10"), Decimal("0.40"))
    second.release()
    assert (budget.spent, budget.reserved, budget.remaining) == (
        Decimal("0.10"),
        Decimal(0),
        Decimal("0.90"),
    )
    assert first.closed
    assert second.closed
    assert first.amount == Decimal("0.40")
    assert repr(budget) == "Budget(max_cost=1.00, spent=0.10, reserved=0.00)"
    assert repr(first) == "Reservation(amount=0.40, closed=True)"


def test_settle_and_release_are_idempotent() -> None:
    budget = Budget(1)
    res = budget.reserve(Decimal("0.5"))
    res.settle(Decimal("0.2"))
    res.settle(Decimal("0.3"))
    res.release()
    assert (budget.spent, budget.reserved) == (Decimal("0.2"), Decimal(0))
    other = budget.reserve(Decimal("0.1"))
    other.release()
    other.settle(Decimal("0.1"))
    assert (budget.spent, budget.reserved) == (Decimal("0.2"), Decimal(0))


def test_unknown_cost_keeps_the_reservation_as_spent() -> None:
    budget = Budget(1)
    budget.reserve(Decimal("0.3")).settle(None)
    assert (budget.spent, budget.reserved) == (Decimal("0.3"), Decimal(0))


def test_a_call_that_does_not_fit_raises_and_reserves_nothing() -> None:
    budget = Budget("0.5")
    budget.reserve(Decimal("0.3"))
    with pytest.raises(BudgetExceededError) as info:
        budget.reserve(Decimal("0.3"))
    assert info.value.requested == Decimal("0.3")
    assert info.value.remaining == Decimal("0.2")
    assert budget.reserved == Decimal("0.3")
    budget.reserve(Decimal("0.2"))  # exactly fits
    assert budget.remaining == 0


def test_overspending_settlement_counts_in_full_and_remaining_stays_at_zero() -> None:
    budget = Budget(1)
    budget.reserve(Decimal("0.5")).settle(Decimal("1.5"))
    assert budget.spent == Decimal("1.5")
    assert budget.remaining == 0
    with pytest.raises(BudgetExceededError) as info:
        budget.reserve(Decimal(0) + Decimal("0.01"))
    assert info.value.remaining == 0


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (-1, ValueError),
        ("abc", ValueError),
        ("NaN", ValueError),
        (Decimal("Infinity"), ValueError),
        (1.5, TypeError),
        (True, TypeError),
        (None, TypeError),
    ],
)
def test_invalid_amounts_are_refused(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        Budget(value)
    with pytest.raises(error):
        Budget(10).reserve(value)


def test_negative_settlement_is_refused_and_leaves_the_reservation_open() -> None:
    budget = Budget(1)
    res = budget.reserve(Decimal("0.5"))
    with pytest.raises(ValueError):
        res.settle(Decimal(-1))
    assert not res.closed
    assert budget.reserved == Decimal("0.5")


BAD_AMOUNTS = [
    pytest.param(Decimal(-5), id="negative"),
    pytest.param(Decimal("-0.000001"), id="slightly-negative"),
    pytest.param(Decimal("NaN"), id="nan"),
    pytest.param(Decimal("sNaN"), id="signalling-nan"),
    pytest.param(Decimal("Infinity"), id="infinity"),
    pytest.param(Decimal("-Infinity"), id="minus-infinity"),
    pytest.param("abc", id="not-a-number"),
    pytest.param("-5", id="negative-string"),
]


@pytest.mark.parametrize("bad", BAD_AMOUNTS)
def test_a_bad_amount_raises_a_typed_error_and_changes_nothing(bad: Any) -> None:
    budget = Budget(1)
    with pytest.raises(InvalidAmountError):
        budget.reserve(bad)
    res = budget.reserve(Decimal("0.5"))
    with pytest.raises(InvalidAmountError, match="actual"):
        res.settle(bad)
    assert (budget.spent, budget.reserved, res.closed) == (0, Decimal("0.5"), False)
    res.settle(None)  # still open: settled as unknown, the worst case counted as spent
    assert (budget.spent, budget.reserved) == (Decimal("0.5"), 0)
    with pytest.raises(InvalidAmountError, match="max_cost"):
        Budget(bad)
    assert issubclass(InvalidAmountError, ValueError)  # old callers still catch it


def test_absurd_amounts_never_overflow_the_decimal_context() -> None:
    huge = Decimal("1e999999999")  # finite, but any sum with it overflows Decimal
    with pytest.raises(InvalidAmountError, match="10\\^12"):
        Budget(huge)
    with pytest.raises(InvalidAmountError):
        Budget(10**13)
    budget = Budget(10**12)  # the largest budget
    budget.reserve(Decimal("0.5"))
    with pytest.raises(BudgetExceededError) as refused:  # nothing that large ever fits
        budget.reserve(huge)
    assert refused.value.requested == huge
    res = budget.reserve(Decimal(1))
    with pytest.raises(InvalidAmountError):
        res.settle(huge)
    assert (budget.spent, budget.reserved, budget.remaining) == (
        0,
        Decimal("1.5"),
        Decimal(10**12) - Decimal("1.5"),
    )


def test_ten_threads_against_a_budget_that_fits_three() -> None:
    budget = Budget("0.30")
    barrier = threading.Barrier(10)
    won: list[Reservation] = []
    lost: list[BudgetExceededError] = []
    lock = threading.Lock()

    def call() -> None:
        barrier.wait()
        try:
            res = budget.reserve(Decimal("0.10"))
        except BudgetExceededError as exc:
            with lock:
                lost.append(exc)
            return
        with lock:
            won.append(res)

    threads = [threading.Thread(target=call) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 3
    assert len(lost) == 7
    assert budget.reserved == Decimal("0.30")
    assert budget.remaining == 0
    for res in won:
        res.settle(Decimal("0.05"))
    assert budget.spent == Decimal("0.15")
    assert budget.remaining == Decimal("0.15")


def test_ten_asyncio_tasks_against_a_budget_that_fits_three() -> None:
    budget = Budget("0.30")
    sent: list[int] = []

    async def call(i: int) -> None:
        res = budget.reserve(Decimal("0.10"))
        try:
            await asyncio.sleep(0.01)  # the request is in flight: the reservation is held
            sent.append(i)
        finally:
            res.settle(Decimal("0.10"))

    async def main() -> list[BaseException | None]:
        return await asyncio.gather(*(call(i) for i in range(10)), return_exceptions=True)

    results = asyncio.run(main())
    assert len(sent) == 3
    assert sum(isinstance(r, BudgetExceededError) for r in results) == 7
    assert budget.spent == Decimal("0.30")
    assert budget.reserved == 0
