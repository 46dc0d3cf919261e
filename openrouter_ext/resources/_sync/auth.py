"""``client.auth``: the OAuth PKCE code exchange."""
# Generated from openrouter_ext/resources/_async/auth.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from openrouter_ext._config import TimeoutLike
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._base import (
    build_body,
    call_options,
)
from openrouter_ext.resources._sync._plain import PlainAuth
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import (
        AuthKeysResponse,
    )

__all__ = ["Auth"]


class Auth(PlainAuth):
    """``client.auth``: OAuth PKCE (callable without an API key)."""

    _requester: Requester

    def exchange_code(
        self,
        *,
        code: str,
        code_verifier: str | None = None,
        code_challenge_method: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> AuthKeysResponse:
        """Exchange an OAuth code for a user-controlled API key (``POST /auth/keys``).

        Args:
            code: the code from the OAuth redirect.
            code_verifier: the PKCE verifier, when a challenge was sent.
            code_challenge_method: ``"S256"`` or ``"plain"``.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.

        Raises:
            TypeError: a per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        body = build_body(
            "AuthKeysRequest",
            where="exchange_code",
            request=None,
            extra_body=None,
            fields={
                "code": code,
                "code_verifier": code_verifier,
                "code_challenge_method": code_challenge_method,
            },
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: AuthKeysResponse = self._requester.request(
            OPERATIONS["auth.exchange_code"], call, body=body
        )
        return result
