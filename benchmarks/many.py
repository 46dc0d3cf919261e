"""Many short streams at once on one async client: what each stream costs beyond its chunks.

Parent: ``run(mock, client, streams, chunks)`` starts
``python -m benchmarks.many --client NAME --streams N --chunks C --base URL --key K``
and reads the one JSON line it prints; a process per sample keeps peak RSS apart. Every
client runs on an ``httpx.AsyncClient`` allowing ``N`` connections (kept alive), the SDKs
receiving it as ``http_client=``, so the pool is the same for all three; the child raises its
open-file limit (within the hard limit) to fit ``N`` sockets. The streams start together
(``asyncio.gather``); each one's finishing time is kept, for p50/p99/max. A warm-up of three
streams leaves an idle keep-alive connection, as on a client that has been in use. Memory per
open stream is the peak RSS growth over the most streams open at once (headers in, body not
closed: ``clients.OPEN``), since a pool may run a burst on fewer connections than streams.
The loop's time in ``select`` (``idle_s``) and the garbage collector's CPU (``gc_s``) are
reported too: wall time beyond CPU and idle time is the machine's other load.

``--profile PATH`` writes the child's cProfile stats (the timed part only);
``--callbacks`` counts the event loop's callbacks (``Handle._run``) per stream.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
from typing import Any

from ._mock import MockServer
from .concurrency import peak_rss_mb


def run(mock: MockServer, client: str, streams: int, chunks: int,
        timeout: float = 1800.0, extra: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    """Run one child; return its measurements plus the mock's CPU seconds meanwhile."""
    cmd = [sys.executable, "-m", "benchmarks.many", "--client", client,
           "--streams", str(streams), "--chunks", str(chunks), "--base", mock.base_url,
           "--key", mock.api_key, *extra]  # fmt: skip
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        m0, mock_cpu, result = mock.cpu(), 0.0, None
        for line in proc.stdout:  # the child says when its timed part starts and ends
            if line.startswith("start"):
                m0 = mock.cpu()
            elif line.startswith("end"):
                mock_cpu = mock.cpu() - m0
            elif line.startswith("{"):
                result = json.loads(line)
        proc.wait(timeout)
        err.seek(0)
        if result is None:
            return {"wall_s": None, "errors": streams, "error_sample": err.read()[-800:],
                    "mock_cpu_s": mock_cpu}  # fmt: skip
    result["mock_cpu_s"] = mock_cpu
    return result


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0  # pragma: no cover


async def _main(args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    from .clients import OPEN, long_stream, make_async

    keep = args.streams if args.keepalive is None else args.keepalive
    limits = httpx.Limits(max_connections=max(1, args.streams), max_keepalive_connections=keep)
    client = make_async(args.client, args.base, args.key, limits, pooled=True)
    headers = long_stream(args.chunks)
    for _ in range(args.warmup):  # warm-up: lazy imports, first connections, caches
        await client.stream(headers)
    gc.collect()
    rss_before = _rss_mb()
    OPEN["peak"] = 0
    loop = asyncio.get_running_loop()
    done: list[float] = []

    async def one() -> int:
        n, _, _ = await client.stream(headers)
        done.append(time.perf_counter())
        return int(n)

    counter = _count_callbacks() if args.callbacks else None
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    gc_time = _gc_timer()
    idle = _idle_timer(loop)
    gc0 = [g["collections"] for g in gc.get_stats()]
    print("start", flush=True)
    c0, t0 = time.process_time(), time.perf_counter()
    results = await asyncio.gather(*(one() for _ in range(args.streams)),
                                   return_exceptions=True)  # fmt: skip
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print("end", flush=True)
    gcs = [g["collections"] - c for g, c in zip(gc.get_stats(), gc0, strict=False)]
    gc_s = gc_time()
    idle_s = idle()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    callbacks = counter() if counter is not None else None
    failures = [r for r in results if isinstance(r, BaseException) or r != args.chunks]
    finished = sorted(t - t0 for t in done)
    peak = peak_rss_mb()
    await client.close()
    del loop
    return {
        "wall_s": wall, "errors": len(failures), "cpu_s": cpu, "streams": args.streams,
        "error_sample": repr(failures[0])[:300] if failures else None,
        "p50_s": _pct(finished, 50), "p99_s": _pct(finished, 99),
        "max_s": finished[-1] if finished else None,
        "peak_rss_mb": peak, "rss_before_mb": rss_before,
        "peak_open": OPEN["peak"],
        "rss_per_stream_kb": 1024 * (peak - rss_before) / max(1, OPEN["peak"]),
        "chunks": sum(r for r in results if isinstance(r, int)),
        "gc_collections": gcs, "gc_s": gc_s, "idle_s": idle_s,
        "callbacks_per_stream": callbacks / max(1, args.streams) if callbacks is not None else None,
    }  # fmt: skip


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    return values[min(len(values) - 1, int(len(values) * p / 100))]


def _idle_timer(loop: asyncio.AbstractEventLoop) -> Any:
    """Add up the time the loop waits in ``select`` from now on (nothing to run); a reader."""
    selector: Any = getattr(loop, "_selector", None)
    if selector is None:  # pragma: no cover - not a selector loop
        return lambda: None
    original = selector.select
    waited = 0.0

    def select(timeout: float | None = None) -> Any:
        nonlocal waited
        t0 = time.perf_counter()
        try:
            return original(timeout)
        finally:
            waited += time.perf_counter() - t0

    selector.select = select

    def read() -> float:
        selector.select = original
        return waited

    return read


def _gc_timer() -> Any:
    """Add up the time the garbage collector runs from now on; return a reader."""
    spent = 0.0
    started = 0.0

    def callback(phase: str, info: dict[str, Any]) -> None:
        nonlocal spent, started
        if phase == "start":
            started = time.process_time()
        else:
            spent += time.process_time() - started

    gc.callbacks.append(callback)

    def read() -> float:
        gc.callbacks.remove(callback)
        return spent

    return read


def _count_callbacks() -> Any:
    """Count ``asyncio.events.Handle._run`` calls from now on; return a reader."""
    handle = asyncio.events.Handle
    original = handle._run
    count = 0

    def counting(self: Any) -> None:
        nonlocal count
        count += 1
        original(self)

    handle._run = counting  # type: ignore[method-assign]

    def read() -> int:
        handle._run = original  # type: ignore[method-assign]
        return count

    return read


def main(argv: list[str] | None = None) -> int:
    """Child entry point: run the streams and print one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.many")
    parser.add_argument("--client", required=True)
    parser.add_argument("--streams", type=int, required=True)
    parser.add_argument("--chunks", type=int, default=10)
    parser.add_argument("--base", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--warmup", type=int, default=3, help="streams read before timing")
    parser.add_argument("--keepalive", type=int, help="idle connections kept (default N)")
    parser.add_argument("--profile", help="write cProfile stats of the timed part here")
    parser.add_argument("--callbacks", action="store_true", help="count loop callbacks")
    args = parser.parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = args.streams + 256
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, want), hard))
    print(json.dumps(asyncio.run(_main(args))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
