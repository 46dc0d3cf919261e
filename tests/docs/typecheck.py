"""Type-check every ```python block of README.md and docs/*.md on its own, and examples/*.py.

Each block is written to its own file in a temporary directory (so no block sees another's
names) and checked by ``mypy --strict`` (with the project's [tool.mypy] settings) and by
pyright in strict mode. Errors are reported at the page's own file and line, for example
``docs/costs.md:14: error: ...``.

The scripts in ``examples/`` are checked the same way, each as one block from its line 1.

Run: ``python -m tests.docs.typecheck`` (``make typecheck-docs`` runs it).
"""

from __future__ import annotations

import concurrent.futures
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.docs.blocks import ROOT, Block, all_blocks, write_blocks

EXAMPLES = ROOT / "examples"


def example_blocks() -> list[Block]:
    """Each script of examples/ as one block (reported as ``examples/<name>.py:<line>``)."""
    return [
        Block(path, 1, path.read_text(encoding="utf-8")) for path in sorted(EXAMPLES.glob("*.py"))
    ]


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (pip install -e '.[dev]')")
    return found


def run_mypy(directory: Path, files: dict[str, Block]) -> list[str]:
    """Return mypy --strict's error and note lines, at page paths and lines."""
    done = subprocess.run(
        [_tool("mypy"), "--strict", "--config-file", str(ROOT / "pyproject.toml")]
        + ["--no-color-output", "--no-error-summary"]
        + [str(directory / name) for name in files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = []
    for line in (done.stdout + done.stderr).splitlines():
        match = re.match(r"(.*?\.py):(\d+): (.*)", line)
        block = files.get(Path(match.group(1)).name) if match else None
        if match and block:
            line = f"{block.path}:{match.group(2)}: {match.group(3)}"
        lines.append(line if len(line) <= 500 else line[:500] + " ...")  # overload lists
    if done.returncode and not lines:
        lines.append(f"mypy exited {done.returncode} without a report")
    return lines


def run_pyright(directory: Path, files: dict[str, Block]) -> list[str]:
    """Return pyright's (strict) diagnostics, formatted like mypy's, at page paths and lines."""
    config = {
        "include": sorted(files),
        "typeCheckingMode": "strict",
        "pythonVersion": "3.10",
        "venvPath": str(ROOT),
        "venv": ".venv",
        "extraPaths": [str(ROOT / "generated")],
        "reportUnnecessaryTypeIgnoreComment": "error",
    }
    (directory / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    done = subprocess.run(
        [_tool("pyright"), "--outputjson", "--project", str(directory)],
        cwd=directory,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        return [f"pyright did not report (exit {done.returncode}): {done.stdout}{done.stderr}"]
    lines = []
    for diagnostic in report["generalDiagnostics"]:
        block = files.get(Path(diagnostic["file"]).name)
        where = block.path if block else diagnostic["file"]
        start = diagnostic["range"]["start"]
        rule = f" [{diagnostic['rule']}]" if "rule" in diagnostic else ""
        message = "; ".join(" ".join(part.split()) for part in diagnostic["message"].splitlines())
        lines.append(
            f"{where}:{start['line'] + 1}:{start['character'] + 1}: "
            f"{diagnostic['severity']}: {message}{rule}"
        )
    if done.returncode and not lines:
        lines.append(f"pyright exited {done.returncode} without a diagnostic")
    return lines


def check(directory: Path, files: dict[str, Block]) -> tuple[list[str], list[str]]:
    """Check the block files written to ``directory``; return (mypy lines, pyright lines).

    mypy and pyright run at the same time (each is one process on one core).
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        mypy = pool.submit(run_mypy, directory, files)
        pyright = pool.submit(run_pyright, directory, files)
        return mypy.result(), pyright.result()


def main() -> int:
    """Check every block and example with mypy and pyright; return 1 if either reports anything."""
    blocks = all_blocks() + example_blocks()
    with tempfile.TemporaryDirectory(prefix="docs-blocks-") as tmp:
        directory = Path(tmp).resolve()
        mypy, pyright = check(directory, write_blocks(directory, blocks))
    for name, lines in (("mypy --strict", mypy), ("pyright (strict)", pyright)):
        print(
            f"{name}: {len(lines)} problems in {len(blocks)} docs blocks and examples",
            *lines,
            sep="\n",
        )
    return 1 if mypy or pyright else 0


if __name__ == "__main__":
    sys.exit(main())
