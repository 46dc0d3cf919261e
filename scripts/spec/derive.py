#!/usr/bin/env python3
"""Derive our OpenAPI spec from OpenRouter's published one: upstream + overlay + normalisations.

The chain (docs/spec-derivation.md):

1. load the upstream snapshot (a file, or an http(s) URL; by default the committed copy
   ``scripts/spec/upstream/openrouter-openapi.yaml``, which ``--store`` replaces);
2. read the facts upstream states only in prose (``spec_facts.py``: which operations need a
   management key) into vendor extensions;
3. strip upstream's prose: ``description``, ``summary``, ``example(s)``, ``externalDocs`` and
   vendor extensions other than the few facts in ``KEPT_EXTENSIONS``; our spec carries facts
   (paths, parameters, fields, types, enums, statuses), not upstream's text;
4. apply ``scripts/spec/overlay.yaml`` (OpenAPI Overlay 1.0): our changes, each with its reason;
   descriptions the overlay sets are ours and stay; an action matching nothing fails (stale);
5. apply the generator normalisations of ``spec_normalise.py`` (tested code, not hand edits);
6. dump YAML with sorted keys, no anchors and a fixed width: the same input gives the same bytes.

Usage:
    derive.py [UPSTREAM] [--store] [-o OUT] [--check FILE] [--overlay OVERLAY] [--report]

Without ``-o`` the spec goes to stdout. ``--store`` first copies UPSTREAM (a file or a URL's
body) over the committed snapshot, so the freshness gate can re-derive it offline later.
``--report`` prints every overlay action (what it targets, how many nodes, why) and the facts
read from prose, instead of the spec. ``--check FILE`` exits 1 (with a diff excerpt) when FILE
is not exactly what the derivation produces. Exit status: 0 ok, 1 check failed, 2 bad input
(unreadable upstream, malformed or stale overlay).
"""

from __future__ import annotations

import argparse
import copy
import difflib
import hashlib
import sys
import urllib.request
from http import HTTPStatus
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from spec_facts import KEY_EXTENSION, MANAGEMENT, PROSE_FACTS  # noqa: E402
from spec_normalise import NORMALISATIONS  # noqa: E402
from spec_overlay import OverlayError, apply_overlay, select, validate_overlay  # noqa: E402

ROOT = HERE.parents[1]
#: The committed upstream snapshot openapi.yaml is derived from (``--store`` replaces it).
DEFAULT_UPSTREAM = HERE / "upstream" / "openrouter-openapi.yaml"
DEFAULT_OVERLAY = HERE / "overlay.yaml"

#: Prose keywords: removed wherever they are keywords (never a property or parameter named so).
PROSE = frozenset({"description", "summary", "example", "examples", "externalDocs"})
#: Vendor extensions that state facts (pagination, the stream switch and its end sentinel).
#: ``x-openrouter-key`` is ours: set by ``spec_facts`` from upstream's wording, before stripping.
KEPT_EXTENSIONS = frozenset(
    {
        "x-speakeasy-pagination",
        "x-speakeasy-sse-sentinel",
        "x-speakeasy-stream-request-field",
        KEY_EXTENSION,
    }
)
# Keys whose value maps names (paths, properties, statuses, media types...) to objects: the
# names are data, not keywords, so a property called "description" is kept.
_NAME_MAPS = frozenset(
    {
        "paths",
        "schemas",
        "properties",
        "patternProperties",
        "$defs",
        "responses",
        "content",
        "headers",
        "links",
        "securitySchemes",
        "encoding",
        "callbacks",
        "requestBodies",
        "parameters",
        "variables",
        "webhooks",
    }
)
# Keys whose value is data (never walked).
_VALUES = frozenset({"enum", "const", "default", "required", "mapping", "security"})


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """SafeLoader without implicit timestamps: dates stay the strings written."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Dumper(_BaseDumper):  # type: ignore[misc]
    """SafeDumper that never writes anchors/aliases (shared nodes are written out in full)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def read_text(source: str | Path) -> str:
    """Read a spec from a path or an http(s) URL."""
    text = str(source)
    if text.startswith(("http://", "https://")):
        with urllib.request.urlopen(text, timeout=60) as response:
            return str(response.read().decode("utf-8"))
    return Path(source).read_text(encoding="utf-8")


def load_yaml(text: str) -> Any:
    """Parse YAML (or JSON) text."""
    return yaml.load(text, Loader=_Loader)


def _strip_keywords(node: Any) -> Any:
    if isinstance(node, list):
        return [_strip_keywords(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in PROSE or (
            isinstance(key, str) and key.startswith("x-") and key not in KEPT_EXTENSIONS
        ):
            continue
        if key in _VALUES:
            out[key] = value
        elif key == "responses" and isinstance(value, dict):
            out[key] = {status: _response(status, child) for status, child in value.items()}
        elif key in _NAME_MAPS and isinstance(value, dict):
            out[key] = {name: _strip_keywords(child) for name, child in value.items()}
        else:
            out[key] = _strip_keywords(value)
    return out


#: Phrases of the statuses OpenRouter uses that are not in http.HTTPStatus.
EXTRA_PHRASES = {524: "Edge Network Timeout", 529: "Provider Overloaded"}


def status_phrase(status: Any) -> str:
    """Return the reason phrase of an HTTP status (``default``: any other status)."""
    if str(status) == "default":
        return "Any other status"
    try:
        code = int(status)
    except ValueError:
        return f"Status {status}"
    if code in EXTRA_PHRASES:
        return EXTRA_PHRASES[code]
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return f"Status {code}"


def _response(status: Any, response: Any) -> Any:
    """A response without upstream's text: its (required) description is the status phrase."""
    stripped = _strip_keywords(response)
    if isinstance(stripped, dict) and "$ref" not in stripped:
        stripped["description"] = status_phrase(status)
    return stripped


def strip_prose(doc: dict[str, Any]) -> dict[str, Any]:
    """Return ``doc`` without upstream's prose and vendor extensions (facts only).

    Tags keep their names; ``info`` keeps title, version and license.
    """
    stripped: dict[str, Any] = _strip_keywords(doc)
    info = stripped.get("info", {})
    stripped["info"] = {k: info[k] for k in ("title", "version", "license") if k in info}
    return stripped


def dump_yaml(doc: Any) -> str:
    """Serialise deterministically: sorted keys, block style, no aliases, fixed width."""
    return yaml.dump(
        doc,
        Dumper=_Dumper,
        sort_keys=True,
        default_flow_style=False,
        allow_unicode=True,
        width=100,
        indent=2,
    )


def count_operations(doc: dict[str, Any]) -> int:
    """Return the number of (method, path) operations of a spec."""
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(
        1
        for item in doc.get("paths", {}).values()
        if isinstance(item, dict)
        for m in item
        if m in methods
    )


def derive_document(
    upstream: dict[str, Any], overlay: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Return the derived document (a new object; ``upstream`` is not modified)."""
    facts = copy.deepcopy(upstream)
    for read_facts in PROSE_FACTS:
        read_facts(facts)
    doc = strip_prose(facts)
    if overlay is None:
        overlay = load_yaml(DEFAULT_OVERLAY.read_text(encoding="utf-8"))
    apply_overlay(doc, overlay)
    for normalise in NORMALISATIONS:
        normalise(doc)
    return doc


def derive(
    upstream_path: str | Path = DEFAULT_UPSTREAM, overlay_path: str | Path | None = None
) -> str:
    """Return the derived spec as YAML text (byte-stable for the same inputs)."""
    text = read_text(upstream_path)
    overlay_text = Path(overlay_path or DEFAULT_OVERLAY).read_text(encoding="utf-8")
    doc = derive_document(load_yaml(text), load_yaml(overlay_text))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    overlay_digest = hashlib.sha256(overlay_text.encode("utf-8")).hexdigest()
    header = (
        "# DERIVED by scripts/spec/derive.py: do not edit. Change scripts/spec/overlay.yaml\n"
        "# (or the normalisations in scripts/spec/spec_normalise.py) and derive again.\n"
        f"# upstream sha256 {digest}, {count_operations(doc)} operations\n"
        f"# overlay  sha256 {overlay_digest}\n"
    )
    return header + dump_yaml(doc)


def report(
    upstream_path: str | Path = DEFAULT_UPSTREAM, overlay_path: str | Path | None = None
) -> str:
    """Return the drift report: every overlay action (target, nodes matched, reason) and facts.

    The overlay is the whole difference between upstream's facts and our spec; this lists it.
    """
    upstream = load_yaml(read_text(upstream_path))
    overlay = load_yaml(Path(overlay_path or DEFAULT_OVERLAY).read_text(encoding="utf-8"))
    doc = copy.deepcopy(upstream)
    for read_facts in PROSE_FACTS:
        read_facts(doc)
    flagged = sorted(
        f"{method.upper()} {path}"
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and op.get(KEY_EXTENSION) == MANAGEMENT
    )
    doc = strip_prose(doc)
    lines = [f"{count_operations(doc)} upstream operations; facts read from upstream's prose:"]
    lines.append(f"  {KEY_EXTENSION}: {MANAGEMENT} on {len(flagged)} operations")
    lines += [f"    {name}" for name in flagged]
    actions = validate_overlay(overlay)
    lines.append(f"{len(actions)} overlay actions (scripts/spec/overlay.yaml), in order:")
    for number, action in enumerate(actions, 1):
        matched = len(select(doc, action["target"]))
        verb = "remove" if action.get("remove") else "update"
        reason = " ".join(str(action["description"]).split())
        lines.append(f"{number:3}. {verb} {action['target']}  [{matched} node(s)]")
        lines.append(f"     why: {reason}")
        apply_overlay(doc, {**overlay, "actions": [action]})
    return "\n".join(lines) + "\n"


def store(source: str) -> str:
    """Copy the upstream ``source`` (path or URL) over the committed snapshot; return its text."""
    text = read_text(source)
    load_yaml(text)  # refuse to store what is not YAML/JSON
    DEFAULT_UPSTREAM.parent.mkdir(parents=True, exist_ok=True)
    same = "://" not in source and Path(source).resolve() == DEFAULT_UPSTREAM.resolve()
    if not same:
        DEFAULT_UPSTREAM.write_text(text, encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("upstream", nargs="?", default=str(DEFAULT_UPSTREAM))
    parser.add_argument("-o", "--output", help="write the derived spec here (default: stdout)")
    parser.add_argument("--check", metavar="FILE", help="fail when FILE is not the derivation")
    parser.add_argument("--overlay", default=str(DEFAULT_OVERLAY))
    parser.add_argument(
        "--store", action="store_true", help="copy UPSTREAM over the committed snapshot first"
    )
    parser.add_argument("--report", action="store_true", help="print the overlay and facts")
    args = parser.parse_args(argv)
    try:
        if args.store:
            store(args.upstream)
            args.upstream = str(DEFAULT_UPSTREAM)
        if args.report:
            sys.stdout.write(report(args.upstream, args.overlay))
            return 0
        derived = derive(args.upstream, args.overlay)
    except (OSError, yaml.YAMLError, OverlayError) as exc:
        print(f"derive.py: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = Path(args.check).read_text(encoding="utf-8") if Path(args.check).exists() else ""
        if current != derived:
            diff = difflib.unified_diff(
                current.splitlines(), derived.splitlines(), args.check, "derived", lineterm="", n=1
            )
            print("\n".join(list(diff)[:40]), file=sys.stderr)
            print(
                f"{args.check} is not the derivation: run scripts/spec/derive.py -o {args.check}",
                file=sys.stderr,
            )
            return 1
        print(f"{args.check} is up to date")
        return 0
    if args.output:
        Path(args.output).write_text(derived, encoding="utf-8")
    else:
        sys.stdout.write(derived)
    return 0


if __name__ == "__main__":
    sys.exit(main())
