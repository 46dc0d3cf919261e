"""Cap spending: reserve a call's worst-case cost before sending, settle it afterwards.

A call first takes a :class:`Reservation` of its worst-case cost (``budget.reserve``). A call
that does not fit raises :class:`~openrouter_ext.BudgetExceededError` before any request is
sent, so N concurrent calls against a budget that fits K of them send exactly K. When the
call ends the reservation is settled with the billed cost (``settle``) or released when
nothing was billed (``release``). Pure and thread-safe: one lock, no IO, no awaits under it.

Every amount is checked: one that is not a finite number from 0 to ``MAX_AMOUNT`` (10^12 USD)
raises :class:`~openrouter_ext.InvalidAmountError` (a ``ValueError``) and changes nothing.
"""

from __future__ import annotations

import threading
from decimal import Decimal, InvalidOperation

from openrouter_ext._costs.usage import MAX_AMOUNT, InvalidAmountError
from openrouter_ext._costs.usage import shown_value as _short
from openrouter_ext._errors.tree import BudgetExceededError

__all__ = ["Budget", "InvalidAmountError", "Reservation"]

_ZERO = Decimal(0)


def _to_decimal(value: Decimal | str | int, what: str, *, bounded: bool = True) -> Decimal:
    """Return ``value`` as a finite Decimal >= 0 (and <= ``MAX_AMOUNT`` when ``bounded``)."""
    # checked at run time too: callers without a type checker pass floats and None
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"{what} must be a Decimal, str or int, got {type(value).__name__}")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidAmountError(f"{what} is not a number: {_short(value)}") from None
    if not amount.is_finite() or amount < 0:
        raise InvalidAmountError(f"{what} must be a finite amount >= 0, got {_short(value)}")
    if bounded and amount > MAX_AMOUNT:
        raise InvalidAmountError(f"{what} must be at most 10^12 USD, got {_short(value)}")
    return amount


class Budget:
    """Cap the total cost (USD) of the calls made through the clients that share it.

    ``spent`` counts settled calls; ``reserved`` counts calls in flight at their worst-case
    cost; ``remaining`` is ``max_cost - spent - reserved`` (never below zero). A settled cost
    above its reservation is still counted in full, so ``spent`` may end above ``max_cost``.

    Args:
        max_cost: The cap in USD, e.g. ``Decimal("5.00")`` or ``"5.00"``. Floats are refused:
            they cannot hold most decimal amounts exactly.

    Raises:
        TypeError: ``max_cost`` is a float or another non-decimal type.
        InvalidAmountError: ``max_cost`` is negative, NaN, infinite, above 10^12 USD or not
            a number (a ``ValueError``).

    """

    def __init__(self, max_cost: Decimal | str | int) -> None:
        self._max_cost = _to_decimal(max_cost, "max_cost")
        self._spent = _ZERO
        self._reserved = _ZERO
        self._lock = threading.Lock()

    @property
    def max_cost(self) -> Decimal:
        """Return the cap in USD."""
        return self._max_cost

    @property
    def spent(self) -> Decimal:
        """Return the cost of the settled calls in USD."""
        with self._lock:
            return self._spent

    @property
    def reserved(self) -> Decimal:
        """Return the worst-case cost of the calls in flight in USD."""
        with self._lock:
            return self._reserved if self._reserved else _ZERO

    @property
    def remaining(self) -> Decimal:
        """Return what may still be reserved in USD (zero once the cap is reached)."""
        with self._lock:
            return self._remaining()

    def _remaining(self) -> Decimal:
        return max(_ZERO, self._max_cost - self._spent - self._reserved)

    def reserve(self, amount: Decimal) -> Reservation:
        """Reserve ``amount`` USD for a call about to be sent.

        Args:
            amount: The call's worst-case cost (see ``worst_case_cost``).

        Returns:
            The reservation to settle (or release) when the call ends.

        Raises:
            BudgetExceededError: ``spent + reserved + amount`` would exceed ``max_cost``
                (always so above 10^12 USD); nothing is reserved then.
            InvalidAmountError: ``amount`` is negative, not finite or not a number (a
                ``ValueError``); nothing is reserved then.
            TypeError: ``amount`` is not a Decimal, str or int.

        """
        value = _to_decimal(amount, "amount", bounded=False)
        with self._lock:
            # above MAX_AMOUNT nothing fits (max_cost is at most that): compared before the
            # sum, which could overflow the Decimal context for an absurd amount
            if value > MAX_AMOUNT or self._spent + self._reserved + value > self._max_cost:
                raise BudgetExceededError(requested=value, remaining=self._remaining())
            self._reserved += value
        return Reservation(self, value)

    def _close(self, amount: Decimal, spent: Decimal) -> None:
        with self._lock:
            self._reserved -= amount
            self._spent += spent

    def __repr__(self) -> str:
        with self._lock:
            return (
                f"Budget(max_cost={self._max_cost}, spent={self._spent}, reserved={self._reserved})"
            )


class Reservation:
    """Hold a call's worst-case cost against a :class:`Budget` until it is settled.

    ``settle`` and ``release`` are idempotent: only the first of them takes effect.
    """

    def __init__(self, budget: Budget, amount: Decimal) -> None:
        self._budget = budget
        self._amount = amount
        self._lock = threading.Lock()
        self._closed = False

    @property
    def amount(self) -> Decimal:
        """Return the reserved amount in USD."""
        return self._amount

    @property
    def closed(self) -> bool:
        """Return True once the reservation was settled or released."""
        return self._closed

    def _take(self) -> bool:
        with self._lock:
            if self._closed:
                return False
            self._closed = True
            return True

    def settle(self, actual: Decimal | None) -> None:
        """Replace the reservation with the call's billed cost.

        Args:
            actual: The billed cost in USD, or ``None`` when it is unknown (a stream that
                broke before its usage chunk): the reserved worst case is then counted as
                spent, the conservative choice. ``CostTracker.reconcile`` later corrects
                the tracker's records, not the budget.

        Raises:
            InvalidAmountError: ``actual`` is negative, not finite, above 10^12 USD or not a
                number (a ``ValueError``); the reservation stays open, to settle again
                (``settle(None)`` counts the worst case) or release.
            TypeError: ``actual`` is not a Decimal, str, int or None.

        """
        spent = self._amount if actual is None else _to_decimal(actual, "actual")
        if self._take():
            # a reservation is its budget's companion: closing one goes through it only
            self._budget._close(self._amount, spent)  # pyright: ignore[reportPrivateUsage]

    def release(self) -> None:
        """Give the reservation back: the call failed before anything could be billed."""
        if self._take():
            self._budget._close(self._amount, _ZERO)  # pyright: ignore[reportPrivateUsage]

    def __repr__(self) -> str:
        return f"Reservation(amount={self._amount}, closed={self._closed})"
