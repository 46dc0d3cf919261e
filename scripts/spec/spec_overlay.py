"""OpenAPI Overlay 1.0 for the spec derivation: a small JSONPath subset and action application.

Supported JSONPath (enough for targets in an OpenAPI document):

    $                               the root
    .name  ['name']  ["name"]       a member (quoted form for names with / { } . etc.)
    .*  [*]                         every member of an object / item of an array
    [3]                             an array item
    [?(@.key == 'value')]           the members / items that are objects whose key equals value
    [?(@ == 'value')]               the members / items equal to value (e.g. in ``required``)
                                    (also without the parentheses; ``!=`` works too)
    [?(@.a.b == 'value')]           a path below @; a member missing on the way: no match
    [?(@.a.b)]                      the members / items where that path exists

Applying an action (Overlay 1.0, section 4.4):

- ``remove: true`` deletes every selected node from its parent;
- ``update`` merges into every selected node: objects merge recursively (keys of the update win;
  a list or scalar in the update replaces the target's), and an update on an array appends.

Every action needs ``target``, ``description`` (why the change exists) and exactly one of
``update`` / ``remove``. An action whose target selects nothing is stale: ``OverlayError``
names it, so an upstream change that makes a fix unnecessary (or misplaced) fails the build.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Location", "OverlayError", "apply_overlay", "parse_path", "select", "validate_overlay"]


class OverlayError(ValueError):
    """The overlay is malformed, or one of its actions is stale."""


@dataclass(frozen=True)
class Location:
    """A selected node: ``parent[key]`` (the root's parent is a one-key wrapper ``{"$": doc}``)."""

    parent: Any
    key: Any

    @property
    def value(self) -> Any:
        """Return the node."""
        return self.parent[self.key]


# ------------------------------------------------------------------------------- JSONPath

_TOKEN = re.compile(
    r"""
      \.(?P<dotname>[A-Za-z0-9_$@\-]+)
    | \.(?P<dotstar>\*)
    | \[(?P<star>\*)\]
    | \[(?P<index>-?\d+)\]
    | \[\s*'(?P<sq>(?:[^'\\]|\\.)*)'\s*\]
    | \[\s*"(?P<dq>(?:[^"\\]|\\.)*)"\s*\]
    | \[\?\(?\s*@(?P<fpath>(?:\.[A-Za-z0-9_$\-]+|\['[^']*'\])*)
         \s*(?:(?P<op>==|!=)\s*(?P<fval>'[^']*'|"[^"]*"|-?\d+|true|false|null))?\s*\)?\]
    """,
    re.VERBOSE,
)

_FILTER_KEY = re.compile(r"\.([A-Za-z0-9_$\-]+)|\['([^']*)'\]")

# A parsed step: ("name", str) | ("index", int) | ("star", None)
# | ("filter", (keys, op, value)): keys a path below @ (empty: @ itself), op None: existence
Step = tuple[str, Any]


def _literal(text: str) -> Any:
    if text[0] in "'\"":
        return text[1:-1]
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return {"true": True, "false": False, "null": None}[text]


def parse_path(path: str) -> list[Step]:
    """Parse a JSONPath of the supported subset into steps.

    Raises:
        OverlayError: a path that does not start at ``$`` or uses unsupported syntax.

    """
    if not path.startswith("$"):
        raise OverlayError(f"JSONPath must start with '$': {path!r}")
    steps: list[Step] = []
    pos = 1
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if m is None:
            raise OverlayError(f"unsupported JSONPath syntax at {path[pos:]!r} in {path!r}")
        pos = m.end()
        if m["dotname"] is not None:
            steps.append(("name", m["dotname"]))
        elif m["dotstar"] or m["star"]:
            steps.append(("star", None))
        elif m["index"] is not None:
            steps.append(("index", int(m["index"])))
        elif m["sq"] is not None:
            steps.append(("name", m["sq"].replace("\\'", "'")))
        elif m["dq"] is not None:
            steps.append(("name", m["dq"].replace('\\"', '"')))
        else:
            keys = tuple(a or b for a, b in _FILTER_KEY.findall(m["fpath"]))
            if m["op"] is None and not keys:
                raise OverlayError(f"a filter needs a key or a comparison in {path!r}")
            value = None if m["op"] is None else _literal(m["fval"])
            steps.append(("filter", (keys, m["op"], value)))
    return steps


def _children(node: Any) -> Iterator[Location]:
    if isinstance(node, dict):
        for key in node:
            yield Location(node, key)
    elif isinstance(node, list):
        for index in range(len(node)):
            yield Location(node, index)


def select(doc: Any, path: str) -> list[Location]:
    """Return the locations of every node ``path`` selects in ``doc``, in document order."""
    root = {"$": doc}
    current = [Location(root, "$")]
    for kind, arg in parse_path(path):
        found: list[Location] = []
        for loc in current:
            node = loc.value
            if kind == "name":
                if isinstance(node, dict) and arg in node:
                    found.append(Location(node, arg))
            elif kind == "index":
                if isinstance(node, list) and -len(node) <= arg < len(node):
                    found.append(Location(node, arg % len(node)))
            elif kind == "star":
                found.extend(_children(node))
            else:
                keys, op, value = arg
                for child in _children(node):
                    subject = child.value
                    for key in keys:  # [?(@.a.b ...)]: follow the keys; missing: no match
                        if not isinstance(subject, dict) or key not in subject:
                            break
                        subject = subject[key]
                    else:
                        if op is None or (subject == value) == (op == "=="):
                            found.append(child)
        current = found
    return current


# -------------------------------------------------------------------------------- overlay


def validate_overlay(overlay: Any) -> list[dict[str, Any]]:
    """Check the document is an Overlay 1.0 whose every action has a reason; return the actions.

    Raises:
        OverlayError: naming the first problem (and the action's number, counted from 1).

    """
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an OpenAPI Overlay 1.x document (missing 'overlay: 1.0.0')")
    info = overlay.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise OverlayError("overlay info needs a title and a version")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("overlay has no actions")
    for number, action in enumerate(actions, 1):
        where = f"overlay action {number}"
        if not isinstance(action, dict):
            raise OverlayError(f"{where} is not a mapping")
        target = action.get("target")
        if not isinstance(target, str) or not target:
            raise OverlayError(f"{where} has no target")
        where = f"{where} ({target})"
        description = action.get("description")
        if not isinstance(description, str) or not description.strip():
            raise OverlayError(f"{where} has no description: every action says why it exists")
        has_update, has_remove = "update" in action, "remove" in action
        if has_update == has_remove:
            raise OverlayError(f"{where} needs exactly one of 'update' and 'remove'")
        if has_remove and action["remove"] is not True:
            raise OverlayError(f"{where}: 'remove' must be true")
        unknown = set(action) - {"target", "description", "update", "remove"}
        if any(not key.startswith("x-") for key in unknown):
            raise OverlayError(f"{where} has unknown keys {sorted(unknown)}")
        parse_path(target)
    return actions


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def apply_overlay(doc: Any, overlay: Any) -> Any:
    """Apply every action of ``overlay`` to ``doc`` in order (in place) and return ``doc``.

    Raises:
        OverlayError: a malformed overlay, an update that does not fit its target, or a stale
            action (its target selects nothing), naming the action.

    """
    for number, action in enumerate(validate_overlay(overlay), 1):
        target = action["target"]
        where = f"overlay action {number} ({target}: {action['description'].strip()})"
        locations = select(doc, target)
        if not locations:
            raise OverlayError(f"stale {where}: the target matches nothing in the upstream spec")
        if action.get("remove"):
            if not parse_path(target):
                raise OverlayError(f"{where}: the root cannot be removed")
            # delete array items from the last one, so earlier indexes stay valid
            for loc in sorted(locations, key=_removal_order):
                del loc.parent[loc.key]
            continue
        update = action["update"]
        for loc in locations:
            node = loc.value
            if isinstance(node, list):
                node.append(copy.deepcopy(update))
            elif isinstance(node, dict) and isinstance(update, dict):
                _merge(node, update)
            else:
                raise OverlayError(f"{where}: cannot merge an update into a {type(node).__name__}")
    return doc


def _removal_order(loc: Location) -> tuple[int, int]:
    return (0, -loc.key) if isinstance(loc.key, int) else (1, 0)
