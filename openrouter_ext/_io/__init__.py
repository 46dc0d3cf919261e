"""Bounded IO under every call and stream: nothing here decides what to send or how to parse.

- ``bounded``: the call's deadline (a context variable) and body reads within
  ``max_response_bytes`` (gzip/deflate inflated in bounded steps).
- ``deadline``: the deadline at the socket: every connect, read and write of the pool is
  capped by what is left of it (loaded with the first client).
- ``assign``: the connection pool's assignment pass without httpcore's churn (one request
  per idle HTTP/1.1 connection, work linear in a burst; installed by the client constructors).
- ``drain``: the bounded read of a finished stream's body tail, so its connection is reused.

Depends on httpx/httpcore only.
"""
