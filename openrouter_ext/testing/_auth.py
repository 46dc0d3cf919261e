"""Which key an operation takes: the spec's `x-openrouter-key` fact, else what upstream says.

Kinds: `public` (no key needed; one is accepted), `none` (no key looked at), `key` (any valid
key), `inference` (an API key; a management key is refused) and `management` (a management key;
an API key is refused). Refusals answer 403 where the operation documents 403, else 401, so the
answer is always one the spec lists.

Until the derived spec states the kind per operation (`x-openrouter-key: management`), the
management set comes from upstream's prose ("Management key required"), copied below as data;
`tests/mock/test_auth_kinds.py` re-derives it from the upstream snapshot so it cannot go stale.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

from ._json import as_list

AuthKind = Literal["public", "none", "key", "inference", "management"]
KINDS: Final[tuple[AuthKind, ...]] = ("public", "none", "key", "inference", "management")
#: The spec extension stating an operation's key kind.
KEY_FACT: Final = "x-openrouter-key"
#: Accepted spellings of the fact's value.
_FACT_VALUES: Final[dict[str, AuthKind]] = {
    "management": "management", "provisioning": "management", "inference": "inference",
    "api": "inference", "key": "key", "any": "key", "public": "public", "none": "none",
}  # fmt: skip

#: "METHOD /path" of every upstream operation whose description says "Management key required".
MANAGEMENT_OPERATIONS: Final = frozenset(
    {
        "GET /activity",
        "GET /analytics/meta",
        "POST /analytics/query",
        "GET /byok",
        "POST /byok",
        "DELETE /byok/{id}",
        "GET /byok/{id}",
        "PATCH /byok/{id}",
        "GET /credits",
        "POST /generation/feedback",
        "GET /guardrails",
        "POST /guardrails",
        "GET /guardrails/assignments/keys",
        "GET /guardrails/assignments/members",
        "DELETE /guardrails/{id}",
        "GET /guardrails/{id}",
        "PATCH /guardrails/{id}",
        "GET /guardrails/{id}/assignments/keys",
        "POST /guardrails/{id}/assignments/keys",
        "POST /guardrails/{id}/assignments/keys/remove",
        "GET /guardrails/{id}/assignments/members",
        "POST /guardrails/{id}/assignments/members",
        "POST /guardrails/{id}/assignments/members/remove",
        "GET /keys",
        "POST /keys",
        "DELETE /keys/{hash}",
        "GET /keys/{hash}",
        "PATCH /keys/{hash}",
        "GET /observability/destinations",
        "POST /observability/destinations",
        "DELETE /observability/destinations/{id}",
        "GET /observability/destinations/{id}",
        "PATCH /observability/destinations/{id}",
        "GET /organization/members",
        "GET /scim/group-mappings",
        "POST /scim/group-mappings",
        "DELETE /scim/group-mappings/{id}",
        "GET /scim/group-mappings/{id}",
        "PATCH /scim/group-mappings/{id}",
        "GET /scim/groups",
        "GET /workspaces",
        "POST /workspaces",
        "DELETE /workspaces/{id}",
        "GET /workspaces/{id}",
        "PATCH /workspaces/{id}",
        "GET /workspaces/{id}/budgets",
        "DELETE /workspaces/{id}/budgets/{interval}",
        "GET /workspaces/{id}/budgets/{interval}",
        "PUT /workspaces/{id}/budgets/{interval}",
        "GET /workspaces/{id}/members",
        "POST /workspaces/{id}/members/add",
        "POST /workspaces/{id}/members/remove",
    }
)


def auth_kind(
    method: str,
    path: str,
    operation: Mapping[str, Any],
    *,
    billable: bool,
    default_security: Any = None,
    fallback: AuthKind | None = None,
) -> AuthKind:
    """Decide the key kind of one operation.

    Order: the operation's `x-openrouter-key` fact; `fallback` (the hand-written table);
    `MANAGEMENT_OPERATIONS`; `security: []` means none; a security list holding `{}` or an
    operation documenting no 401 means public; a billable operation takes an inference key;
    anything else takes any valid key.

    Args:
        method: the HTTP method (any case).
        path: the path template, e.g. `/workspaces/{id}`.
        operation: the operation object of the spec.
        billable: the operation is charged (an inference call).
        default_security: the document's top-level `security`.
        fallback: the kind a hand-written handler declares, used when the spec says nothing.
    """
    fact = operation.get(KEY_FACT)
    if isinstance(fact, str) and fact.lower() in _FACT_VALUES:
        return _FACT_VALUES[fact.lower()]
    if fallback is not None:
        return fallback
    if f"{method.upper()} {path}" in MANAGEMENT_OPERATIONS:
        return "management"
    security = operation.get("security", default_security)
    if security == []:
        return "none"
    schemes = as_list(security)
    if schemes is not None and any(s == {} for s in schemes):
        return "public"
    if "401" not in (operation.get("responses") or {}):
        return "public"
    return "inference" if billable else "key"
