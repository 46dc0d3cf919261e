"""Import wall time and RSS, each in a fresh interpreter with a warm bytecode cache.

The children run in a *user install*: a virtualenv (``bench-results/venv-user``, built
on first use) holding only what ``pip install openrouter-ext openai`` installs, with this
checkout installed non-editable. The development virtualenv is not representative: it has
click and rich, and ``import httpx`` then also imports its CLI (+~50 ms).

The environment may set ``PYTHONDONTWRITEBYTECODE`` (then nothing is ever cached and every
import compiles from source); here the children get a private ``PYTHONPYCACHEPREFIX``,
warmed first, so the numbers are those of an installed package with its ``.pyc`` files.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
USER_VENV = ROOT / "bench-results" / "venv-user"

#: name -> statement; "python" is the empty interpreter subtracted from the others.
IMPORTS = {
    "python": "pass",
    "openrouter_ext": "import openrouter_ext",
    "httpx": "import httpx",
    "openai": "import openai",
}
#: Peak RSS (VmHWM) in KiB; not ru_maxrss, which Linux carries over from the forking parent.
_RSS = "{}\nprint([ln.split()[1] for ln in open('/proc/self/status') if ln[:6] == 'VmHWM:'][0])"
#: name -> statement whose peak RSS is measured (after constructing a client).
CONSTRUCT = {
    "python": "pass",
    "openrouter_ext": "from openrouter_ext import OpenRouter\nc = OpenRouter(api_key='x')",
    "httpx": "import httpx\nc = httpx.Client()",
    "openai": "import openai\nc = openai.OpenAI(api_key='x')",
}
#: name -> statement building ten clients (a process that makes one per tenant or per task).
CONSTRUCT_TEN = {
    "python": "pass",
    "openrouter_ext": "from openrouter_ext import OpenRouter\n"
    "c = [OpenRouter(api_key='x') for _ in range(10)]",
    "httpx": "import httpx\nc = [httpx.Client() for _ in range(10)]",
    "openai": "import openai\nc = [openai.OpenAI(api_key='x') for _ in range(10)]",
}


def user_python(openai_version: str | None = None) -> str:
    """Return the interpreter of the user-install virtualenv, (re)installing this checkout.

    The virtualenv is created once; the package is reinstalled (non-editable, dependencies
    kept) on every run so the numbers are those of the current source.
    """
    python = USER_VENV / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(USER_VENV)], check=True)
        openai = f"openai=={openai_version}" if openai_version else "openai"
        subprocess.run([*pip, str(ROOT), openai], check=True)
    subprocess.run([*pip, "--no-deps", "--force-reinstall", str(ROOT)], check=True)
    return str(python)


class ImportBench:
    """Holds the interpreter and the private bytecode cache for the run."""

    def __init__(self, python: str = sys.executable) -> None:
        self.python = python
        self._dir = tempfile.TemporaryDirectory(prefix="bench-pycache-")
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env["PYTHONPYCACHEPREFIX"] = self._dir.name
        # warm the cache
        for code in (*IMPORTS.values(), *CONSTRUCT.values(), *CONSTRUCT_TEN.values()):
            self._run(code)

    def _run(self, code: str) -> str:
        proc = subprocess.run([self.python, "-c", code], env=self.env, capture_output=True,
                              text=True, check=True)  # fmt: skip
        return proc.stdout

    def wall_ms(self, name: str) -> float:
        """Wall time of ``python -c <import>`` in ms."""
        return self._wall(IMPORTS[name])

    def construct_ms(self, name: str) -> float:
        """Wall time of ``python -c <import; construct a client>`` in ms."""
        return self._wall(CONSTRUCT[name])

    def construct_ten_ms(self, name: str) -> float:
        """Wall time of ``python -c <import; construct ten clients>`` in ms."""
        return self._wall(CONSTRUCT_TEN[name])

    def _wall(self, code: str) -> float:
        t0 = time.perf_counter()
        self._run(code)
        return (time.perf_counter() - t0) * 1e3

    def rss_mb(self, name: str) -> float:
        """Peak RSS in MB after the construct statement."""
        return int(self._run(_RSS.format(CONSTRUCT[name])).strip()) / 1024

    def sample(self, name: str) -> dict[str, Any]:
        """Return one wall-time and one RSS measurement."""
        return {"wall_ms": self.wall_ms(name), "construct_ms": self.construct_ms(name),
                "construct_ten_ms": self.construct_ten_ms(name),
                "rss_mb": self.rss_mb(name)}  # fmt: skip

    def close(self) -> None:
        """Remove the private bytecode cache."""
        self._dir.cleanup()
