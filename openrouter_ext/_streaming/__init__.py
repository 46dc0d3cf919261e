"""Streams: bytes in, typed events out, closed on every path; one stream for every type.

- ``decode``: ``StreamBase``, SSE decoding, the terminal event, error events, the idle timer
  (no IO), generic over the stream's events and result.
- ``codec``: what one stream type's events are (``ChatCodec``; a new stream type is a codec).
- ``accumulate``: chat chunks folded into the non-streaming result.
- ``responses``, ``messages``: the Responses and Messages API codecs and accumulators.
- ``_async/stream.py``: ``AsyncStream``, ``AsyncChatStream``, ``AsyncResponsesStream`` and
  ``AsyncMessagesStream``, the IO shell (the source); ``_sync/stream.py``: their sync twins,
  generated from it.
"""
