"""``client.models``: list, count, list_user, endpoints, pricing."""
# Generated from openrouter_ext/resources/_async/models.py by scripts/unasync.py: do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

from openrouter_ext._errors.tree import NotFoundError
from openrouter_ext._lowlevel import OPERATIONS
from openrouter_ext.resources._base import prepare, split_model
from openrouter_ext.resources._raw import to_raw_response_wrapper
from openrouter_ext.resources._sync._plain import (
    PlainModels,
    PlainModelsWithRawResponse,
)
from openrouter_ext.resources._sync._requester import Requester

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from openrouter_ext._costs.pricing import ModelPrice
    from openrouter_ext._lowlevel import ListEndpointsResponseBody, Model
    from openrouter_ext._params import ModelsEndpointsParams, ModelsListParams

__all__ = ["Models", "ModelsWithRawResponse"]


class ModelsWithRawResponse(PlainModelsWithRawResponse):
    """``client.models.with_raw_response``: each method returns an ``APIResponse``."""

    def __init__(self, resource: Models) -> None:
        super().__init__(resource)
        self.endpoints = to_raw_response_wrapper(resource.endpoints)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class Models(PlainModels):
    """``client.models``: list, count, list_user, endpoints."""

    _requester: Requester

    @property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """These methods, each returning an ``APIResponse`` (headers, status, parse())."""
        return ModelsWithRawResponse(self)

    def retrieve(self, model: str, **params: Unpack[ModelsListParams]) -> Model:
        """Return one model by its id (``"author/slug"``), as ``GET /models`` lists it.

        Args:
            model: the model id, e.g. ``"openai/gpt-4o-mini"`` (a ``:variant`` suffix such
                as ``:free`` is matched as listed).
            **params: filters of ``GET /models`` and the per-call knobs.

        Raises:
            NotFoundError: no listed model has this id.

        """
        for item in self.list(**params):  # every page, until found
            if item.id == model:
                return item
        message = f"no model with id {model!r} is listed"
        raise NotFoundError(status_code=404, error={"code": 404, "message": message})

    def pricing(self, model: str) -> ModelPrice:
        """Return a model's prices in USD per unit (from ``GET /models``, cached for an hour).

        Raises:
            ValueError: the model is not listed.

        """
        return self._requester.price(model)

    def endpoints(
        self,
        model: str,
        slug: str | None = None,
        **params: Unpack[ModelsEndpointsParams],
    ) -> ListEndpointsResponseBody:
        """List a model's provider endpoints (``GET /models/{author}/{slug}/endpoints``).

        Args:
            model: ``"author/slug"``, or the author when ``slug`` is given.
            slug: the model's slug, when ``model`` is only its author.
            **params: the per-call knobs.

        Raises:
            TypeError: a per-call knob of the wrong type.
            ValueError: ``model`` is not ``"author/slug"``, or a per-call knob is out of
                range; nothing is sent.

        """
        author, name = split_model(model, slug)
        call, _, _ = prepare(params, "endpoints", None)
        result: ListEndpointsResponseBody = self._requester.request(
            OPERATIONS["models.endpoints"], call, author, name
        )
        return result
