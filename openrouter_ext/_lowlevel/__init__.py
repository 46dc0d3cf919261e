"""The seam: the only code that imports the generated ``openrouter_api`` package.

Import it as ``openrouter_ext._lowlevel``; everything the hand-written layer takes from the
generated code is named here:

- ``operations``: the operation table (each operation's generated ``_get_kwargs`` and
  response model, whether a resend is safe);
- ``hot``: the streaming hot path (chunks and results built from the generated models);
- ``wire``: JSON encoding of request bodies, field and parameter name checks;
- ``models``: the generated models this package names (``__all__`` there is the one list),
  loaded on first use;
- ``client``: the configured generated client for ``client.lowlevel``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openrouter_ext._lowlevel import hot as _hot
from openrouter_ext._lowlevel.client import make_lowlevel_client
from openrouter_ext._lowlevel.hot import parse_chat_result, parse_chunk
from openrouter_ext._lowlevel.models import MODEL_NAMES, model
from openrouter_ext._lowlevel.operations import OPERATIONS, Operation
from openrouter_ext._lowlevel.wire import (
    body_fields,
    check_fields,
    check_params,
    encode_json,
    to_wire,
)

if TYPE_CHECKING:
    from openrouter_api import AuthenticatedClient as AuthenticatedClient

    from openrouter_ext._lowlevel.models import *  # noqa: F403  (the model names)

__all__ = [
    "MODEL_NAMES",
    "OPERATIONS",
    "Operation",
    "body_fields",
    "check_fields",
    "check_params",
    "encode_json",
    "make_lowlevel_client",
    "model",
    "parse_chat_result",
    "parse_chunk",
    "to_wire",
]


def __getattr__(name: str) -> Any:
    if name in _hot.HOT_NAMES:
        _hot._bind_hot()
        return getattr(_hot, name)
    if name == "AuthenticatedClient":
        from openrouter_api import AuthenticatedClient

        return AuthenticatedClient
    if name == "MODELS":
        return tuple(model(n) for n in MODEL_NAMES)
    if name in MODEL_NAMES:
        return model(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
