"""Public names of the generated wire models used in this package's signatures.

They are attrs classes produced by openapi-python-client from ``openapi.yaml``; unknown
response fields are kept in each model's ``additional_properties``. The list is the seam's
(``openrouter_ext._lowlevel.models.__all__``); importing this module loads them all.
"""

from __future__ import annotations

from openrouter_ext._lowlevel import models as _models
from openrouter_ext._lowlevel.models import *  # noqa: F403

__all__: list[str] = []
__all__ += _models.__all__
