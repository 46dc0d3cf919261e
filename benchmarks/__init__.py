"""Benchmarks of openrouter_ext against its floors (raw httpx, httpx-sse) and the openai SDK.

Run with ``make bench`` or ``python -m benchmarks.run [--quick] [--json PATH]``; see ``run.py``.
The mock server always runs in its own process so it never shares the client's GIL.
"""
