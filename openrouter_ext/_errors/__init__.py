"""Errors: what went wrong, as a typed exception, with no secret in it.

- ``tree``: the exception tree and its builders (``error_from_response``, ...).
- ``envelope``: lenient parsing of OpenRouter's error envelopes; the one secret pattern and
  scrubbing.
- ``ratelimit``: server-given delays (``Retry-After``, body fields) and the daily-quota
  heuristic.

Imports nothing else of the package.
"""
