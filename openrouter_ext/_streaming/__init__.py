"""Streams: bytes in, typed events out, closed on every path.

- ``decode``: SSE decoding, ``[DONE]``, error events, the idle timer (no IO).
- ``accumulate``: chunks folded into the non-streaming result.
- ``drain``: the bounded read of a finished body's tail (connection reuse).
- ``streams``: ``ChatStream`` and ``AsyncChatStream`` (how bytes are pulled, how they close).
"""
