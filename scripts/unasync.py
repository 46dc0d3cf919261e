"""Generate the sync twins of the async sources (httpcore's unasync practice, pinned here).

The async code is the source: ``openrouter_ext/**/_async/*.py``. Each file's sync twin,
``_sync/`` beside it, is produced by a fixed list of token rewrites (``async def`` → ``def``,
``await x`` → ``x``, ``AsyncOpenRouter`` → ``OpenRouter``, ``aclose`` → ``close``, ...) and
then ruff's import sorting and formatter, so ``--check`` compares byte for byte. What truly
differs is marked in the source and stays small:

    # unasync: async-only        lines dropped from the sync twin
    ...
    # unasync: end
    # unasync: sync-only         lines written as comments ("# " + code) in the async source,
    # ...                        uncommented in the sync twin
    # unasync: end

Usage: ``python scripts/unasync.py`` (write) or ``python scripts/unasync.py --check`` (fail
when a committed twin differs from what the source gives). Standard library and ruff only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "openrouter_ext"
HEADER = "# Generated from {source} by scripts/unasync.py: do not edit.\n"

#: Whole-word rewrites, in order (a name is rewritten once: the first rule that matches wins).
NAMES: dict[str, str] = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "StopAsyncIteration": "StopIteration",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "asynccontextmanager": "contextmanager",
    "aclose": "close",
    "_aclose": "_close",
    "aread": "read",
    "aiter_text": "iter_text",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "aread_bounded": "read_bounded",
    "adrain": "drain",
    "_arun": "_run",
    "_achecked": "_checked",
    "_aiterate": "_iterate",
    "_abounded": "_bounded",
    "afetch_lock": "fetch_lock",
    "_asleep": "_sleep",
    "async_http": "http",
    "async_to_raw_response_wrapper": "to_raw_response_wrapper",
    "async_to_raw_page_wrapper": "to_raw_page_wrapper",
    "AsyncPage": "SyncPage",  # the openai SDK's names
    "Asynchronous": "Synchronous",
    "asynchronous": "synchronous",
}
_ASYNC_NAME = re.compile(r"\bAsync([A-Z]\w*)")
_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")\b")
_KEYWORDS = (
    (re.compile(r"\basync (def|with|for)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
)
_MARK = re.compile(r"^\s*# unasync: (async-only|sync-only|end)\s*$")


def _drop_awaitable(line: str) -> str:
    """Rewrite ``Awaitable[X]`` to ``X`` (brackets matched, so ``X`` may hold brackets)."""
    while True:
        start = line.find("Awaitable[")
        if start < 0:
            return line
        depth, i = 0, start + len("Awaitable")
        for i in range(start + len("Awaitable"), len(line)):
            if line[i] == "[":
                depth += 1
            elif line[i] == "]":
                depth -= 1
                if depth == 0:
                    break
        else:
            raise ValueError(f"unbalanced Awaitable[ in: {line!r}")
        line = line[:start] + line[start + len("Awaitable[") : i] + line[i + 1 :]


def unasync_line(line: str) -> str:
    """Rewrite one line of async source into its sync form."""
    line = line.replace("._async.", "._sync.")  # imports of other async sources
    for pattern, replacement in _KEYWORDS:
        line = pattern.sub(replacement, line)
    line = _WORD.sub(lambda m: NAMES[m.group(1)], line)
    line = _ASYNC_NAME.sub(r"\1", line)
    return _drop_awaitable(line)


def unasync_text(text: str, source: str) -> str:
    """Return the sync twin of an async source file (before formatting)."""
    out: list[str] = []
    mode = "both"
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        mark = _MARK.match(line)
        if mark:
            kind = mark.group(1)
            if (kind == "end") == (mode == "both"):
                raise ValueError(f"{source}:{number}: unbalanced '# unasync: {kind}'")
            mode = "both" if kind == "end" else kind
            continue
        if mode == "async-only":
            continue
        if mode == "sync-only":
            stripped = line.lstrip()
            indent = line[: len(line) - len(stripped)]
            if stripped.startswith("# "):
                line = indent + stripped[2:]
            elif stripped.rstrip("\n") == "#":
                line = "\n"
            else:
                raise ValueError(f"{source}:{number}: a sync-only line must be a comment")
            out.append(line)  # written as the sync code it is: no rewriting
            continue
        out.append(unasync_line(line))
    if mode != "both":
        raise ValueError(f"{source}: '# unasync: {mode}' is never ended")
    body = "".join(out)
    docstring_end = _docstring_end(body)
    return body[:docstring_end] + HEADER.format(source=source) + body[docstring_end:]


def _docstring_end(text: str) -> int:
    """Return the offset just after the module docstring (0 when there is none)."""
    match = re.match(r'\s*"""(?:.|\n)*?"""\n', text)
    return match.end() if match else 0


def _format(files: list[Path]) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run(
        [*ruff, "check", "--quiet", "--fix-only", "--select", "I,F401", *map(str, files)],
        check=True,
        cwd=ROOT,
    )
    subprocess.run([*ruff, "format", "--quiet", *map(str, files)], check=True, cwd=ROOT)


def sources() -> list[Path]:
    """Return every async source file (``_async/*.py`` under the package)."""
    return sorted(p for p in PACKAGE.rglob("_async/*.py") if p.name != "__init__.py")


def twin_of(source: Path) -> Path:
    """Return where the sync twin of an async source goes."""
    return source.parent.parent / "_sync" / source.name


def build(workdir: Path) -> dict[Path, str]:
    """Return {twin path: formatted text} for every source, formatted inside ``workdir``."""
    staged: dict[Path, Path] = {}
    for source in sources():
        rel = source.relative_to(ROOT).as_posix()
        text = unasync_text(source.read_text(encoding="utf-8"), rel)
        # formatted in a tree that mirrors the package, so ruff sees the same config and
        # first-party package names as in place
        temp = workdir / twin_of(source).relative_to(ROOT)
        temp.parent.mkdir(parents=True, exist_ok=True)
        temp.write_text(text, encoding="utf-8")
        staged[twin_of(source)] = temp
    if staged:
        _format(list(staged.values()))
    return {twin: temp.read_text(encoding="utf-8") for twin, temp in staged.items()}


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the sync twins; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a twin is stale")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        (Path(tmp) / "pyproject.toml").write_text(
            (ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8"
        )
        twins = build(Path(tmp))
    stale = []
    for twin, text in sorted(twins.items()):
        current = twin.read_text(encoding="utf-8") if twin.exists() else None
        if current == text:
            continue
        stale.append(twin.relative_to(ROOT).as_posix())
        if not args.check:
            twin.parent.mkdir(parents=True, exist_ok=True)
            init = twin.parent / "__init__.py"
            if not init.exists():
                init.write_text('"""Sync twins generated by scripts/unasync.py."""\n')
            twin.write_text(text, encoding="utf-8")
    expected = set(twins)
    for orphan in sorted(p for p in PACKAGE.rglob("_sync/*.py") if p.name != "__init__.py"):
        if orphan not in expected:
            stale.append(f"{orphan.relative_to(ROOT).as_posix()} (no async source)")
            if not args.check:
                orphan.unlink()
    if args.check and stale:
        print("sync twins are stale: run 'make unasync' and commit:", file=sys.stderr)
        for name in stale:
            print(f"  {name}", file=sys.stderr)
        return 1
    if not args.check:
        print(f"{len(twins)} sync twins, {len(stale)} rewritten")
    else:
        print(f"{len(twins)} sync twins are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
