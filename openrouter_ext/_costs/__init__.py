"""Money and call records.

- ``usage``: ``UsageRecord``/``UsageTotals`` from wire JSON; money checked and kept as Decimal.
- ``tracker``: ``CostTracker`` (records, totals, reconciliation).
- ``reconciling``: what ``reconcile`` calls a client for; the cost of a completed video job.
- ``pricing``: prices from ``GET /models``, the price cache, worst-case estimates.
- ``budget``: ``Budget`` and ``Reservation``.
- ``ledger``: the SQLite ledger.
- ``observe``: ``CallInfo``, the per-call log line and observers (what a finished call reports).

Depends on ``_errors`` only.
"""
