"""The clients.

- ``base``: ``CallState`` and ``_BaseClient``: options, request building, the deadline, the
  retry wiring, parsing and recording (no IO).
- ``bounded``: the deadline at the socket and size-limited body reads.
- ``client``, ``async_client``: ``OpenRouter`` and ``AsyncOpenRouter``, the IO shells.
"""
