"""Structured outputs: pydantic models in, JSON schemas out, validated models back.

- ``errors``: ``StructuredOutputError`` and ``LengthFinishReasonError`` (light: imports only
  the error tree);
- ``schema``: a pydantic model as a strict JSON schema, a ``response_format`` and a function
  tool definition (pydantic is imported inside the functions, never at import time);
- ``parsed``: the parsed result types, subclasses of the generated chat result models (loads
  the generated models when imported);
- ``parse``: ``parse_completion`` (a chat result in, a ``ParsedChatResult`` out) and
  ``prepare_parse_request``, the glue of ``chat.completions.parse()``.

Nothing here is imported by ``import openrouter_ext`` except ``errors``.
"""
