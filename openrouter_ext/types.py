"""Public names of the wire models: responses (generated attrs models) and requests (TypedDicts).

Responses are attrs classes produced by openapi-python-client from ``openapi.yaml``; an
absent or null optional field reads as ``None``, unknown response fields are kept in each
model's ``additional_properties``. Requests are TypedDicts generated from the same spec
(``...Param`` for request objects, ``<Namespace><Method>Params`` for each method's keyword
arguments); plain dicts type-check against them. Importing this module loads them all.
"""

from __future__ import annotations

from openrouter_ext import _params
from openrouter_ext._lowlevel import models as _models
from openrouter_ext._lowlevel.models import *  # noqa: F403
from openrouter_ext._params import *  # noqa: F403
from openrouter_ext._request_options import RequestOptions, StreamRequestOptions

__all__: list[str] = ["RequestOptions", "StreamRequestOptions"]
__all__ += _models.__all__
__all__ += _params.__all__
