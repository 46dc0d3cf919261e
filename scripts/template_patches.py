#!/usr/bin/env python3
"""Patch the pinned openapi-python-client's own templates with our changes, then generate.

We change a few of the generator's Jinja templates. Only the changes are kept in the repo, as
one unified diff per template: ``scripts/templates/patches/<template path>.patch``, e.g.
``property_templates/union_property.py.jinja.patch``. Each starts with ``#`` comment lines
saying why the change exists (required), then ``--- a/<template>``, ``+++ b/<template>`` and
the hunks. At generation time the installed generator's templates are copied into a
temporary directory, the patches are applied and that directory is passed to the generator
as ``--custom-template-path``.

A hunk applies only where its context and removed lines match the template exactly (no
fuzz); it may move up or down (a note says so, and ``update`` refreshes the line numbers).
A hunk that matches nowhere, e.g. after a generator upgrade, is an error that names the
template, the patch file and the hunk; nothing is generated then.

Usage:
    template_patches.py generate ARGS...  build the templates in a temporary directory and run
                                          ``openapi-python-client generate
                                          --custom-template-path DIR ARGS...`` (its status)
    template_patches.py build DIR         write the full patched template set into DIR (new or
                                          empty), to read or to edit
    template_patches.py update DIR        rewrite the patches from the templates edited in DIR
                                          (any subset), keeping each patch's header comment
    template_patches.py check             apply every patch at its exact position, report
    template_patches.py --upstream DIR build|update|check ...
                                          use the templates in DIR instead of the installed
                                          generator's (e.g. a newer release's, before an upgrade)

Exit status: 0 ok, 1 a patch does not apply (or is malformed), 2 usage error; ``generate``
otherwise returns the generator's status. Python stdlib only, no network.
"""

from __future__ import annotations

import difflib
import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PATCHES = Path(__file__).resolve().parent / "templates" / "patches"
GENERATOR = "openapi-python-client"
NO_NEWLINE = "\\ No newline at end of file\n"
_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    """A patch is malformed or does not apply; the message says where and why."""


@dataclass(frozen=True)
class Hunk:
    """One ``@@`` block: ``old`` (context and removed lines) becomes ``new``."""

    header: str
    old_start: int
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class Patch:
    """The changes to one template, with the reason they exist."""

    file: Path
    template: str  # posix path relative to the templates directory
    reason: str
    hunks: tuple[Hunk, ...]


def upstream_dir() -> Path:
    """Return the installed generator's ``templates`` directory (without importing it)."""
    spec = importlib.util.find_spec("openapi_python_client")
    if spec is None or spec.origin is None:
        raise PatchError(f"{GENERATOR} is not installed in {sys.executable}")
    return Path(spec.origin).parent / "templates"


def generator_version() -> str:
    """Return the installed generator's version, for messages."""
    return importlib.metadata.version(GENERATOR)


def split_lines(text: str) -> list[str]:
    """Split on ``\\n`` only, keeping the ends (``str.splitlines`` also splits on ``\\f``...)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def patch_files(patches_dir: Path = PATCHES) -> list[Path]:
    """Return the patch files, sorted."""
    return sorted(patches_dir.rglob("*.patch"))


def parse_patch(file: Path, patches_dir: Path = PATCHES) -> Patch:
    """Parse one patch file; the template it changes is its path minus ``.patch``."""
    template = file.relative_to(patches_dir).as_posix().removesuffix(".patch")
    where = _rel(file)
    lines = split_lines(file.read_text(encoding="utf-8"))
    i = 0
    reason: list[str] = []
    while i < len(lines) and not lines[i].startswith("--- "):
        line = lines[i].rstrip("\n")
        if line and not line.startswith("#"):
            raise PatchError(f"{where}:{i + 1}: the header before '--- ' must be '#' comments")
        reason.append(line.lstrip("#").strip())
        i += 1
    if not "".join(reason).strip():
        raise PatchError(f"{where}: no header comment saying why the change exists")
    if i + 1 >= len(lines) or not lines[i + 1].startswith("+++ "):
        raise PatchError(f"{where}: expected '--- a/{template}' and '+++ b/{template}' lines")
    for line, prefix in ((lines[i], "--- a/"), (lines[i + 1], "+++ b/")):
        if line.rstrip("\n").split("\t")[0] != prefix + template:
            raise PatchError(
                f"{where}:{lines.index(line) + 1}: names another file than {template!r}: "
                f"{line.rstrip()!r}"
            )
    i += 2
    hunks: list[Hunk] = []
    while i < len(lines):
        match = _HUNK.match(lines[i])
        if match is None:
            raise PatchError(f"{where}:{i + 1}: expected a hunk header '@@ -a,b +c,d @@'")
        header = lines[i].rstrip("\n")
        old_start = int(match[1])
        old_count = 1 if match[2] is None else int(match[2])
        new_count = 1 if match[4] is None else int(match[4])
        old: list[str] = []
        new: list[str] = []
        i += 1
        tag = ""
        while i < len(lines) and (
            len(old) < old_count or len(new) < new_count or lines[i].startswith("\\")
        ):
            line = lines[i]
            i += 1
            if line.startswith("\\"):  # the previous line has no newline
                if tag in (" ", "-"):
                    old[-1] = old[-1].removesuffix("\n")
                if tag in (" ", "+"):
                    new[-1] = new[-1].removesuffix("\n")
                tag = ""
                continue
            if line == "\n":  # a blank context line whose leading space an editor removed
                line = " \n"
            tag, body = line[:1], line[1:]
            if tag == " ":
                old.append(body)
                new.append(body)
            elif tag == "-":
                old.append(body)
            elif tag == "+":
                new.append(body)
            else:
                raise PatchError(f"{where}:{i}: unexpected line in hunk {header}: {line!r}")
        if (len(old), len(new)) != (old_count, new_count):
            raise PatchError(f"{where}: hunk {header} has the wrong number of lines")
        hunks.append(Hunk(header, old_start, tuple(old), tuple(new)))
    if not hunks:
        raise PatchError(f"{where}: no hunks")
    return Patch(file, template, "\n".join(reason).strip(), tuple(hunks))


def _describe_mismatch(lines: list[str], hunk: Hunk, at: int) -> str:
    for k, want in enumerate(hunk.old):
        got = lines[at + k] if 0 <= at + k < len(lines) else None
        if got != want:
            found = "end of file" if got is None else repr(got.rstrip("\n"))
            return (
                f"    line {at + k + 1} of the template should be {want.rstrip(chr(10))!r}\n"
                f"    but is {found}"
            )
    return f"    its context does not fit after the previous hunk (line {at + 1})"


def apply_patch(
    patch: Patch, text: str, *, strict: bool = False, origin: str = "the template"
) -> tuple[str, list[str]]:
    """Apply ``patch`` to the template's ``text``; return the result and notes on offsets.

    A hunk's context and removed lines must match exactly; with ``strict`` only at the line its
    header names, else at the nearest position (after the previous hunk) where they do.

    Raises:
        PatchError: a hunk matches nowhere, naming the template, the patch file and the hunk.
    """
    lines = split_lines(text)
    out: list[str] = []
    notes: list[str] = []
    pos = 0  # lines[:pos] are done
    offset = 0
    for number, hunk in enumerate(patch.hunks, 1):
        size = len(hunk.old)
        expected = hunk.old_start - (1 if size else 0) + offset
        candidates = (
            [expected]
            if strict
            else sorted(range(pos, len(lines) - size + 1), key=lambda at: (abs(at - expected), at))
        )
        found = next(
            (at for at in candidates if at >= pos and tuple(lines[at : at + size]) == hunk.old),
            None,
        )
        what = f"hunk {number} of {len(patch.hunks)} ({hunk.header})"
        if found is None:
            raise PatchError(
                f"{patch.template}: {what} of {_rel(patch.file)} does not apply to {origin}\n"
                + _describe_mismatch(lines, hunk, max(expected, pos))
                + ("" if strict else "\n    and the hunk's lines match nowhere else either")
            )
        if found != expected:
            notes.append(
                f"{patch.template}: {what} applied at line {found + 1}, offset "
                f"{found - expected:+d} (build, then update, to refresh the line numbers)"
            )
        out.extend(lines[pos:found])
        out.extend(hunk.new)
        pos = found + size
        offset = found - (hunk.old_start - (1 if size else 0))
    out.extend(lines[pos:])
    return "".join(out), notes


def patched_templates(
    patches_dir: Path = PATCHES, source: Path | None = None, *, strict: bool = False
) -> tuple[dict[str, str], list[str]]:
    """Apply every patch to the templates in ``source`` (the generator's by default).

    Returns:
        ``{template: patched text}`` and the notes on hunks that moved.

    Raises:
        PatchError: one entry per failing patch (all are reported, not just the first).
    """
    pinned = source is None
    source = upstream_dir() if source is None else source
    result: dict[str, str] = {}
    notes: list[str] = []
    errors: list[str] = []
    for file in patch_files(patches_dir):
        try:
            patch = parse_patch(file, patches_dir)
            template = source / patch.template
            origin = f"{GENERATOR} {generator_version()}'s " if pinned else ""
            origin += f"template {_rel(template)}"
            if not template.is_file():
                raise PatchError(f"{patch.template}: {_rel(file)} patches a missing {origin}")
            text, moved = apply_patch(
                patch, template.read_text(encoding="utf-8"), strict=strict, origin=origin
            )
        except PatchError as exc:
            errors.append(str(exc))
            continue
        result[patch.template] = text
        notes.extend(moved)
    if errors:
        raise PatchError("\n".join(errors))
    return result, notes


def build(dest: Path, patches_dir: Path = PATCHES, source: Path | None = None) -> list[str]:
    """Copy the generator's templates into ``dest`` and apply the patches; return the notes."""
    patched, notes = patched_templates(patches_dir, source)
    source = upstream_dir() if source is None else source
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    for template, text in patched.items():
        (dest / template).write_text(text, encoding="utf-8", newline="")
    return notes


def make_patch(template: str, before: str, after: str, header: str) -> str:
    """Return the patch text that turns ``before`` into ``after`` (3 lines of context)."""
    diff = difflib.unified_diff(
        split_lines(before), split_lines(after), f"a/{template}", f"b/{template}"
    )
    return header + "".join(
        line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}" for line in diff
    )


def _header(file: Path) -> str:
    if not file.is_file():
        return "# TODO: say why this change exists.\n"
    lines = split_lines(file.read_text(encoding="utf-8"))
    end = next((k for k, line in enumerate(lines) if line.startswith("--- ")), len(lines))
    return "".join(lines[:end])


def update(edited: Path, patches_dir: Path = PATCHES, source: Path | None = None) -> list[str]:
    """Rewrite the patches from the templates in ``edited``; return what changed.

    Every template in ``edited`` that differs from the generator's gets a patch (an existing
    patch keeps its header comment, a new one gets a TODO that ``check`` refuses); a patched
    template that is back to the generator's loses its patch.
    """
    source = upstream_dir() if source is None else source
    changed: list[str] = []
    for path in sorted(
        p for p in edited.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    ):
        template = path.relative_to(edited).as_posix()
        upstream = source / template
        if not upstream.is_file():
            raise PatchError(f"{template}: {GENERATOR} has no such template to patch")
        file = patches_dir / f"{template}.patch"
        before = upstream.read_text(encoding="utf-8")
        after = path.read_text(encoding="utf-8")
        if before == after:
            if file.exists():
                file.unlink()
                changed.append(f"removed {_rel(file)} (same as the generator's template)")
            continue
        text = make_patch(template, before, after, _header(file))
        if not file.is_file() or file.read_text(encoding="utf-8") != text:
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8", newline="")
            changed.append(f"wrote {_rel(file)}")
    return changed


def _todo_headers(patches_dir: Path) -> list[str]:
    return [
        f"{_rel(file)}: the header still says TODO: write why the change exists"
        for file in patch_files(patches_dir)
        if "TODO" in _header(file)
    ]


def _generate(args: list[str]) -> int:
    if "--custom-template-path" in args:
        print("template_patches.py generate sets --custom-template-path itself", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="openrouter-templates-") as tmp:
        for note in build(Path(tmp)):
            print(f"note: {note}", file=sys.stderr)
        env = dict(os.environ)  # the post-hooks run `ruff` from the same environment
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        command = [sys.executable, "-c", _RUN_GENERATOR, "generate"]
        command += ["--custom-template-path", tmp, *args]
        return subprocess.call(command, env=env)


# Wire names that stay attribute names although they are Python builtins. The generator
# renames every builtin name (`type` -> `type_`); for these that only hurts users
# (`tool_call.type`, `model.object`, `response_format.format` as in the API and the openai
# SDK). None of them is used as a builtin inside the generated code, where the rename would
# matter: tests/unit/test_generated_models.py round-trips every model.
KEEP_WIRE_NAMES = ("bytes", "format", "hash", "input", "next", "object", "type")
_RUN_GENERATOR = f"""
import runpy, sys
import openapi_python_client.strings as strings
strings.RESERVED_WORDS = strings.RESERVED_WORDS - set({KEEP_WIRE_NAMES!r})
sys.argv[0] = "openapi-python-client"
runpy.run_module("openapi_python_client", run_name="__main__", alter_sys=True)
"""


def main(argv: list[str]) -> int:
    """Run the command line; see the module docstring."""
    source: Path | None = None
    if argv[:1] == ["--upstream"] and len(argv) > 1:
        source, argv = Path(argv[1]), argv[2:]
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    try:
        if command == "generate" and source is None:
            return _generate(args)
        if command == "build" and len(args) == 1:
            dest = Path(args[0])
            if dest.exists() and any(dest.iterdir()):
                print(f"{dest} is not empty", file=sys.stderr)
                return 2
            for note in build(dest, source=source):
                print(f"note: {note}", file=sys.stderr)
            print(f"patched templates in {dest}")
            return 0
        if command == "update" and len(args) == 1:
            for line in update(Path(args[0]), source=source) or ["patches already up to date"]:
                print(line)
            return 0
        if command == "check" and not args:
            patched, _ = patched_templates(source=source, strict=True)
            todo = _todo_headers(PATCHES)
            if todo:
                raise PatchError("\n".join(todo))
            what = f"{GENERATOR} {generator_version()}" if source is None else _rel(source)
            print(f"{len(patched)} template patches apply exactly to {what}: {', '.join(patched)}")
            return 0
    except PatchError as exc:
        print(
            "error: a generator template patch does not apply or is invalid "
            "(see 'When a patch no longer applies' in docs/regenerating.md)\n"
            f"{exc}",
            file=sys.stderr,
        )
        return 1
    print("usage:" + __doc__.split("Usage:")[1].split("Exit status")[0].rstrip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
