"""Start the mock server in a separate process and read its CPU time from /proc."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from types import TracebackType

import httpx

_TICK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    """Return a port that was free on 127.0.0.1 a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def process_cpu(pid: int) -> float:
    """Return user + system CPU seconds of a process (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


class MockServer:
    """The mock in its own process: `benchmarks._serve`, `benchmarks._rawmock` or the CLI.

    `"cli"` runs `python -m openrouter_ext.testing --no-validate` exactly as shipped
    (uvicorn + h11 + asyncio); `"fast"` (the default) runs the same `MockApp` on
    httptools/uvloop when installed; `"raw"` is a bare asyncio protocol serving prebuilt chat
    streams only (the many-streams rows, where the full app would set the pace). All listen
    on 127.0.0.1 only.
    """

    def __init__(self, server: str = "fast") -> None:
        self.server = server
        self.port = free_port()
        self.base_url = ""
        self.api_key = ""
        self.description = ""
        self._proc: subprocess.Popen[str] | None = None

    def start(self) -> MockServer:
        """Start the process and wait until it answers."""
        if self.server == "cli":
            cmd = [sys.executable, "-m", "openrouter_ext.testing", "--port", str(self.port),
                   "--no-validate", "--credits", "1e12", "--log-level", "error"]  # fmt: skip
        elif self.server == "raw":
            cmd = [sys.executable, "-m", "benchmarks._rawmock", "--port", str(self.port)]
        else:
            cmd = [sys.executable, "-m", "benchmarks._serve", "--port", str(self.port)]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        assert self._proc.stdout is not None
        lines = [self._proc.stdout.readline().strip() for _ in range(3)]
        env = dict(line.split("=", 1) for line in lines if "=" in line)
        self.base_url, self.api_key = env["OPENROUTER_BASE_URL"], env["OPENROUTER_API_KEY"]
        self.description = env.get("MOCK_SERVER", "python -m openrouter_ext.testing "
                                   "--no-validate (uvicorn http=h11 loop=asyncio)")  # fmt: skip
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{self.base_url}/models", timeout=2)
                return self
            except httpx.TransportError:
                if time.monotonic() > deadline or self._proc.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"mock server did not start: {cmd}") from None
                time.sleep(0.05)

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    def cpu(self) -> float:
        """Return the server's CPU seconds so far."""
        return process_cpu(self.pid)

    def stop(self) -> None:
        """Terminate the process (kill after 10 s)."""
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._proc = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.stop()
