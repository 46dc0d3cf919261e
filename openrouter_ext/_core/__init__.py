"""The clients.

- ``base``: ``_BaseClient``: options, request building, the retry wiring under the call's
  deadline, parsing, observers (no IO).
- ``call``: ``CallState``, one call in flight (request, deadline, attempts, size limit).
- ``accounting``: what a call costs and who is told (reservations, records, logs).
- ``clock``: the clock a client tells time and waits by (``clock=``).
- ``pool``: the client-owned httpx pool (limits, the shared TLS context).
- ``_async/client.py``: ``AsyncOpenRouter``; ``_async/requester.py``: the requester its
  resources hold (the sources); ``_sync/``: ``OpenRouter`` and its requester, generated.
"""
