"""Many concurrent async streams on one client, each client in its own process.

Parent: ``run(mock, client, streams, chunks)`` starts
``python -m benchmarks.concurrency --client NAME --streams N --chunks C --base URL --key K``
and reads the one JSON line it prints. A process per client keeps peak RSS
(VmHWM, see ``peak_rss_mb``) apart. The floor is one ``httpx.AsyncClient`` with
``httpx.Limits(max_connections=1100)`` and httpx-sse; openrouter_ext and openai use their
defaults (both allow 1,000 connections).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from typing import Any

from ._mock import MockServer


def run(mock: MockServer, client: str, streams: int, chunks: int,
        timeout: float = 300.0) -> dict[str, Any]:  # fmt: skip
    """Run one child; return its measurements plus the mock's CPU seconds meanwhile."""
    cmd = [sys.executable, "-m", "benchmarks.concurrency", "--client", client,
           "--streams", str(streams), "--chunks", str(chunks), "--base", mock.base_url,
           "--key", mock.api_key]  # fmt: skip
    m0 = mock.cpu()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    mock_cpu = mock.cpu() - m0
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"wall_s": None, "errors": streams, "error_sample": proc.stderr[-800:],
                "mock_cpu_s": mock_cpu}  # fmt: skip
    result: dict[str, Any] = json.loads(lines[-1])
    result["mock_cpu_s"] = mock_cpu
    return result


def peak_rss_mb() -> float:
    """Peak RSS of this process (VmHWM) in MB.

    Not ``getrusage().ru_maxrss``: Linux carries it across ``exec``, so a child reports the
    peak of the (large) parent it was forked from.
    """
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # pragma: no cover


async def _main(args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    from .clients import long_stream, make_async

    limits = httpx.Limits(max_connections=1100)
    client = make_async(args.client, args.base, args.key, limits)
    headers = long_stream(args.chunks)
    await client.stream(headers)  # warm-up: lazy imports, first connection
    rss_before = peak_rss_mb()

    async def one() -> int:
        n, _, _ = await client.stream(headers)
        return int(n)

    c0, t0 = time.process_time(), time.perf_counter()
    results = await asyncio.gather(*(one() for _ in range(args.streams)),
                                   return_exceptions=True)  # fmt: skip
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    failures = [r for r in results if isinstance(r, BaseException) or r != args.chunks]
    await client.close()
    return {
        "wall_s": wall, "errors": len(failures), "cpu_s": cpu,
        "error_sample": repr(failures[0])[:300] if failures else None,
        "peak_rss_mb": peak_rss_mb(), "rss_before_mb": rss_before,
        "chunks": sum(r for r in results if isinstance(r, int)),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Child entry point: run the streams and print one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.concurrency")
    parser.add_argument("--client", required=True)
    parser.add_argument("--streams", type=int, required=True)
    parser.add_argument("--chunks", type=int, default=200)
    parser.add_argument("--base", required=True)
    parser.add_argument("--key", required=True)
    args = parser.parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8192)), hard))
    print(json.dumps(asyncio.run(_main(args))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
