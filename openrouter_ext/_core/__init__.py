"""The clients.

- ``base``: ``CallState`` and ``_BaseClient``: options, request building, the deadline, the
  retry wiring, parsing and recording (no IO).
- ``_async/client.py``: ``AsyncOpenRouter`` and ``AsyncClientRequester`` (the source);
  ``_sync/client.py``: ``OpenRouter`` and ``ClientRequester``, generated from it.
"""
