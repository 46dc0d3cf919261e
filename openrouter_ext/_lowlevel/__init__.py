"""The seam: the only code that imports the generated ``openrouter_api`` package.

- ``seam``: the operation table, request building, response parsing (the streaming hot path
  included), wire encoding and the configured low-level client.
"""
