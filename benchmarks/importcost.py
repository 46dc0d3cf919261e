"""Import wall time and RSS, each in a fresh interpreter with a warm bytecode cache.

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
from typing import Any

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
    "openrouter_ext": "import openrouter_ext\nc = openrouter_ext.OpenRouter(api_key='x')",
    "httpx": "import httpx\nc = httpx.Client()",
    "openai": "import openai\nc = openai.OpenAI(api_key='x')",
}


class ImportBench:
    """Holds the private bytecode cache for the run."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="bench-pycache-")
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env["PYTHONPYCACHEPREFIX"] = self._dir.name
        for code in (*IMPORTS.values(), *CONSTRUCT.values()):  # warm the cache
            self._run(code)

    def _run(self, code: str) -> str:
        proc = subprocess.run([sys.executable, "-c", code], env=self.env, capture_output=True,
                              text=True, check=True)  # fmt: skip
        return proc.stdout

    def wall_ms(self, name: str) -> float:
        """Wall time of ``python -c <import>`` in ms."""
        t0 = time.perf_counter()
        self._run(IMPORTS[name])
        return (time.perf_counter() - t0) * 1e3

    def rss_mb(self, name: str) -> float:
        """Peak RSS in MB after the construct statement."""
        return int(self._run(_RSS.format(CONSTRUCT[name])).strip()) / 1024

    def sample(self, name: str) -> dict[str, Any]:
        """Return one wall-time and one RSS measurement."""
        return {"wall_ms": self.wall_ms(name), "rss_mb": self.rss_mb(name)}

    def close(self) -> None:
        """Remove the private bytecode cache."""
        self._dir.cleanup()
