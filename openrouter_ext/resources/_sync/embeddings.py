"""``client.embeddings``: create."""
# Generated from openrouter_ext/resources/_async/embeddings.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from openrouter_ext._config import TimeoutLike
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._base import (
    build_body,
    call_options,
)
from openrouter_ext.resources._sync._plain import PlainEmbeddings
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import (
        EmbeddingsRequest,
        EmbeddingsResponse,
    )

__all__ = ["Embeddings"]


class Embeddings(PlainEmbeddings):
    """``client.embeddings``."""

    _requester: Requester

    def create(
        self,
        *,
        model: str | None = None,
        input: Any = None,
        request: EmbeddingsRequest | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
        tags: Sequence[str] | None = None,
        **fields: Any,
    ) -> EmbeddingsResponse:
        """Create embeddings (``POST /embeddings``).

        Args:
            model: the embedding model's slug.
            input: a text, a list of texts, or tokens.
            request: a ready ``EmbeddingsRequest``; keywords given too override its fields.
            extra_body: raw fields the spec does not know yet, merged last.
            extra_headers: headers for this call only.
            timeout: seconds or ``httpx.Timeout`` per attempt of this call.
            max_retries: retries of transient failures for this call.
            deadline: overall seconds for this call, retries and waits included.
            max_response_bytes: largest response body this call reads, in bytes.
            tags: labels for this call in ``client.costs.by_tag()``.
            **fields: any other request field by its wire name.

        Returns:
            The ``EmbeddingsResponse``.

        Raises:
            TypeError: an unknown keyword (the message names the closest field), or a
                per-call knob of the wrong type.
            ValueError: a per-call knob out of range; nothing is sent.

        """
        body = build_body(
            "EmbeddingsRequest",
            where="create",
            request=request,
            fields={"model": model, "input": input, **fields},
            extra_body=extra_body,
        )
        call = call_options(
            timeout,
            max_retries,
            extra_headers,
            tags=tags,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        result: EmbeddingsResponse = self._requester.request(
            OPERATIONS["embeddings"], call, body=body
        )
        return result
