"""Measure the mock server: sequential chat requests and one long stream, over loopback.

Usage: .venv/bin/python scripts/mock_speed.py [--requests 1000] [--chunks 5000] [--thread]

By default the mock runs as a separate process (`python -m openrouter_ext.testing`), as in the
benchmarks; `--thread` serves it from a thread of this process instead.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx


@contextlib.contextmanager
def serve(thread: bool) -> Iterator[tuple[str, str]]:
    if thread:
        from openrouter_ext.testing import MockOpenRouter

        with MockOpenRouter() as mock:
            yield mock.base_url, mock.api_key
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "openrouter_ext.testing", "--port", str(port)],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert proc.stdout is not None
        env = dict(proc.stdout.readline().strip().split("=", 1) for _ in range(3))
        base = env["OPENROUTER_BASE_URL"]
        for _ in range(400):
            try:
                httpx.get(f"{base}/models")
                break
            except httpx.ConnectError:
                time.sleep(0.05)
        yield base, env["OPENROUTER_API_KEY"]
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--chunks", type=int, default=5000)
    parser.add_argument("--thread", action="store_true")
    args = parser.parse_args()
    body = {"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "Hi!"}]}
    with (
        serve(args.thread) as (base, key),
        httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=30
        ) as client,
    ):
        for _ in range(20):  # warm up (validators, connection)
            client.post("/chat/completions", json=body).raise_for_status()
        t0 = time.perf_counter()
        for _ in range(args.requests):
            client.post("/chat/completions", json=body).raise_for_status()
        elapsed = time.perf_counter() - t0
        print(f"{args.requests} sequential chat requests: {elapsed:.2f} s, "
              f"{elapsed / args.requests * 1000:.2f} ms/request (client + server)")  # fmt: skip

        tokens = args.chunks - 2  # + finish chunk + usage chunk = args.chunks data events
        t0 = time.perf_counter()
        events = 0
        with client.stream(
            "POST",
            "/chat/completions",
            json={**body, "stream": True},
            headers={"X-Mock-Scenario": f"long;tokens={tokens}"},
        ) as r:
            for line in r.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    events += 1
        elapsed = time.perf_counter() - t0
        print(f"{events}-chunk stream: {elapsed:.3f} s, {events / elapsed:,.0f} chunks/s")


if __name__ == "__main__":
    main()
