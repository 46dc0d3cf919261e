"""Facts upstream states only in its prose, turned into data before the prose is stripped.

``derive.py`` strips upstream's descriptions (our spec carries facts, not text). A few facts
live only in that text; each function here reads one of them from the upstream document and
records it as a vendor extension that survives the stripping (``derive.KEPT_EXTENSIONS``).
``PROSE_FACTS`` is the order ``derive.py`` applies them in, on the raw upstream document.

- ``management_keys``: upstream ends the description of every operation that needs a
  management (provisioning) key with "[Management key](...) required."; such an operation gets
  ``x-openrouter-key: management``. The client sends the management key on exactly those.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["KEY_EXTENSION", "MANAGEMENT", "PROSE_FACTS", "management_keys"]

#: The operation-level extension naming the kind of key an operation needs.
KEY_EXTENSION = "x-openrouter-key"
#: Its value for operations that need a management key.
MANAGEMENT = "management"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# "[Management key](/docs/...) required" (the link is optional, so is its exact case).
_REQUIRED = re.compile(r"\[?\bmanagement (?:api )?key\]?(?:\([^)]*\))?\s+required", re.IGNORECASE)


def management_keys(doc: dict[str, Any]) -> dict[str, Any]:
    """Mark the operations whose own description says a management key is required.

    Only the operation's ``description``/``summary`` count: a 403 example saying "Only
    management keys can perform this operation" also appears on operations any key may call.
    An operation that already carries the extension keeps its value.
    """
    for item in (doc.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or KEY_EXTENSION in op:
                continue
            text = f"{op.get('summary') or ''}\n{op.get('description') or ''}"
            if _REQUIRED.search(text):
                op[KEY_EXTENSION] = MANAGEMENT
    return doc


PROSE_FACTS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (management_keys,)
