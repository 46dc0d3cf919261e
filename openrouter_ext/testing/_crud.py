"""The generic resource store: items by collection template and parent identifiers.

A collection is named by its path template (`/workspaces/{id}/members`) plus the values of the
parameters before it (`("ws-1",)`), so `/workspaces/ws-1/members` and `/workspaces/ws-2/members`
are two groups of one collection. Items are plain JSON objects, kept in insertion order and
found by their identifier as text (`"1"` finds the item whose `version` is the integer 1).
Thread-safe; the store knows nothing of the spec (`_generic.py` does).
"""

from __future__ import annotations

import copy
import threading
from typing import Any

Group = tuple[str, tuple[str, ...]]  # (collection template, parent identifiers)


class CrudStore:
    """Items of every stateful collection of one mock server."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._groups: dict[Group, dict[str, dict[str, Any]]] = {}
        self._counter = 0
        #: Whether the app has put its seed items in (cleared by `reset`).
        self.seeded = False

    def next_number(self) -> int:
        """Return 1, 2, 3, ... (for identifiers)."""
        with self._lock:
            self._counter += 1
            return self._counter

    def put(
        self, collection: str, parents: tuple[str, ...], key: str, item: dict[str, Any]
    ) -> None:
        """Store `item` under `key` (replacing an item with the same key, keeping its place)."""
        with self._lock:
            self._groups.setdefault((collection, parents), {})[key] = copy.deepcopy(item)

    def get(self, collection: str, parents: tuple[str, ...], key: str) -> dict[str, Any] | None:
        """Return a copy of one item, or None."""
        with self._lock:
            item = self._groups.get((collection, parents), {}).get(key)
            return None if item is None else copy.deepcopy(item)

    def items(self, collection: str, parents: tuple[str, ...] | None) -> list[dict[str, Any]]:
        """Return copies of a group's items; `parents=None` gathers every group of `collection`."""
        with self._lock:
            groups = [g for (c, p), g in self._groups.items()
                      if c == collection and (parents is None or p == parents)]  # fmt: skip
            return [copy.deepcopy(item) for group in groups for item in group.values()]

    def delete(self, collection: str, parents: tuple[str, ...], key: str) -> bool:
        """Delete one item and every item nested under it; False if it did not exist."""
        with self._lock:
            group = self._groups.get((collection, parents), {})
            if key not in group:
                return False
            del group[key]
            prefix = (*parents, key)
            for c, p in list(self._groups):
                if c.startswith(collection + "/") and p[: len(prefix)] == prefix:
                    del self._groups[(c, p)]
            return True

    def reset(self) -> None:
        """Forget every item; the app seeds again on the next request."""
        with self._lock:
            self._groups.clear()
            self._counter = 0
            self.seeded = False
