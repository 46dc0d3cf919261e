"""The model catalog one mock serves: the built-in models plus those a test adds, and variants.

A model id may carry one variant suffix, as on OpenRouter: `:free` (a zero-priced copy, or the
catalog's own `:free` entry), `:online` (the web plugin: `url_citation` annotations and a web
search charge), `:nitro` (the fastest provider: the first), `:floor` (the cheapest: the last),
`:thinking` (reasoning on) and `:exacto` (the first provider). Ids are matched exactly; an
unknown base id is unknown whatever its suffix.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from ._data import MODELS, MockModel, model_object

VARIANTS: Final = ("free", "online", "nitro", "floor", "thinking", "exacto")
#: USD per web search result when the model publishes no `web_search` price.
WEB_RESULT_PRICE: Final = Decimal("0.004")
#: Results the web plugin "finds" when `max_results` is not given.
WEB_RESULTS: Final = 5


@dataclass(frozen=True)
class Resolved:
    """A requested model id resolved against the catalog."""

    model: MockModel  # the model that answers (a `:free` copy for `:free`)
    variant: str | None  # the suffix without its colon, or None

    @property
    def provider(self) -> str:
        """The provider the variant routes to."""
        return self.model.providers[-1] if self.variant == "floor" else self.model.providers[0]

    @property
    def web(self) -> bool:
        """The variant turns the web plugin on (`:online`)."""
        return self.variant == "online"

    @property
    def thinking(self) -> bool:
        """The variant turns reasoning on (`:thinking`)."""
        return self.variant == "thinking"

    def web_result_price(self) -> Decimal:
        """USD per web search result for this model."""
        prices = dict(self.model.extra_pricing)
        return Decimal(prices["web_search"]) if "web_search" in prices else WEB_RESULT_PRICE


def free_copy(model: MockModel) -> MockModel:
    """Return `model` as its zero-priced `:free` variant."""
    return replace(model, id=f"{model.id}:free", name=f"{model.name} (free)", prompt="0",
                   completion="0", request="0", extra_pricing=())  # fmt: skip


class Catalog:
    """Built-in models plus the models a test added (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._added: dict[str, MockModel] = {}
        self._json: dict[str, bytes] = {}

    def add(self, model: MockModel) -> MockModel:
        """Add or replace `model` (by id); it is listed and served like a built-in one."""
        with self._lock:
            self._added[model.id] = model
            self._json[model.id] = json.dumps(model_object(model), separators=(",", ":")).encode()
        return model

    def clear(self) -> None:
        """Forget the added models."""
        with self._lock:
            self._added.clear()
            self._json.clear()

    def models(self) -> list[MockModel]:
        """Every model: built-ins first (an added model with a built-in id replaces it)."""
        with self._lock:
            added = dict(self._added)
        return [added.pop(m.id, m) for m in MODELS] + list(added.values())

    def get(self, model_id: str) -> MockModel | None:
        """Return the model with exactly this id (no variant handling)."""
        with self._lock:
            found = self._added.get(model_id)
        return found or _BUILT_IN.get(model_id)

    def json_of(self, model: MockModel) -> bytes | None:
        """Return the pre-serialised `/models` entry of an added model (None for built-ins)."""
        with self._lock:
            return self._json.get(model.id)

    def resolve(self, model_id: str) -> Resolved | None:
        """Resolve an id, variant suffix included; None when the base model is unknown."""
        exact = self.get(model_id)
        base, colon, variant = model_id.rpartition(":")
        if exact is not None:
            return Resolved(exact, variant if colon and variant in VARIANTS else None)
        if not colon or variant not in VARIANTS:
            return None
        model = self.get(base)
        if model is None:
            return None
        return Resolved(free_copy(model) if variant == "free" else model, variant)


_BUILT_IN: Final = {m.id: m for m in MODELS}
