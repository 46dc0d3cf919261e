"""The errors of structured outputs: the answer did not give the model that was asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._errors.tree import ResponseValidationError

if TYPE_CHECKING:
    from openrouter_ext._lowlevel import ChatResult

__all__ = ["LengthFinishReasonError", "StructuredOutputError"]


class StructuredOutputError(ResponseValidationError):
    """A choice's content is not valid JSON, or does not validate into the requested model.

    ``completion`` is the whole chat result as received, ``content`` the raw text of the
    failing choice (kept as it arrived, like a stream's ``partial_response``; ``body`` holds
    a scrubbed copy), ``index`` the choice's index. The pydantic ``ValidationError`` is the
    ``__cause__``.
    """

    def __init__(self, message: str, *, completion: ChatResult, content: str, index: int) -> None:
        super().__init__(message, body=content)
        self.completion = completion
        self.content = content
        self.index = index


class LengthFinishReasonError(ResponseValidationError):
    """A choice stopped at the token limit (``finish_reason == "length"``), so no model parses.

    Raised instead of a JSON error: the content is a cut-off prefix. ``completion`` is the
    chat result as received (its ``usage`` says what was spent), ``index`` the choice's
    index. Raise ``max_tokens`` / ``max_completion_tokens`` or shorten the answer.
    """

    def __init__(self, *, completion: ChatResult, index: int = 0) -> None:
        usage = getattr(completion, "usage", None)
        tokens = getattr(usage, "completion_tokens", None)
        spent = f" after {tokens} completion tokens" if isinstance(tokens, int) else ""
        super().__init__(
            f"choice {index} stopped at the length limit{spent} (finish_reason='length'); "
            "its content is cut off and cannot be parsed",
            body=None,
        )
        self.completion = completion
        self.index = index
