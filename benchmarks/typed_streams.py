"""Responses and Messages streams: events per second against the floor and the openai SDK.

``python -m benchmarks.typed_streams [--events 5000] [--rounds 5] [--json PATH]``

The bodies are recorded once from the mock (``POST /responses`` and ``POST /messages`` with
``long;tokens=N``: N text deltas plus the events around them) and replayed byte for byte by a
small HTTP/1.1 server in its own process (one chunk per event, keep-alive, 127.0.0.1), so the
server costs the same for every client and little. Each round reads the whole stream with:

- ``floor``: ``httpx.Client`` + ``httpx_sse.connect_sse`` + ``json.loads(sse.data)`` per event
  (the same for async with ``httpx.AsyncClient`` and ``aconnect_sse``);
- ``openrouter_ext``: ``client.responses.stream(...)`` / ``client.messages.stream(...)``,
  every event parsed into its generated model, then ``final_response()``;
- ``openai``: ``openai.OpenAI().responses.stream(...)`` (Responses only: the openai SDK has no
  Messages API), every event, then ``get_final_response()``.

Rows report the median events per second over the rounds and the ratio to the floor of the
same flavour; the target is ≥ 0.7x the floor.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

TARGET = 0.7
MODELS = {"responses": "openai/gpt-4o-mini", "messages": "anthropic/claude-3.5-sonnet"}


def body_of(api: str) -> dict[str, Any]:
    """Return the request body of one stream of ``api`` (what every client sends)."""
    if api == "responses":
        return {"model": MODELS[api], "input": "Hello", "stream": True}
    return {"model": MODELS[api], "max_tokens": 100000, "stream": True,
            "messages": [{"role": "user", "content": "Hello"}]}  # fmt: skip


def record(api: str, events: int) -> list[bytes]:
    """Return the SSE events (framed, one bytes each) the mock sends for a long stream."""
    from openrouter_ext.testing import MockApp, MockState

    async def fetch() -> bytes:
        app = MockApp(MockState(credits=1e12), validate_requests=False)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v1") as c:
            headers = {"authorization": f"Bearer {app.state.api_key}",
                       "x-mock-scenario": f"long;tokens={events}"}  # fmt: skip
            response = await c.post(f"/{api}", json=body_of(api), headers=headers)
            response.raise_for_status()
            return response.content

    raw = asyncio.run(fetch())
    return [part + b"\n\n" for part in raw.split(b"\n\n") if part.strip()]


# the replay server (its own process) --------------------------------------------------------
def serve(path: str, port: int) -> None:
    """Answer every request on 127.0.0.1:port with the recorded stream of ``path``."""
    chunks = [c for c in Path(path).read_bytes().split(b"\x00") if c]
    framed = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"
    head = (b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
            b"x-generation-id: gen-bench\r\ntransfer-encoding: chunked\r\n\r\n")  # fmt: skip

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head_in = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head_in.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                await reader.readexactly(length)
                writer.write(head)
                writer.write(framed)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", port)
        print("ready", flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


class Replay:
    """The replay server of one recorded stream, in a subprocess."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.file = tempfile.NamedTemporaryFile(suffix=".sse", delete=False)  # noqa: SIM115
        self.file.write(b"\x00".join(chunks))
        self.file.close()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        cmd = [sys.executable, "-m", "benchmarks.typed_streams", "--serve", self.file.name,
               "--port", str(self.port)]  # fmt: skip
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.proc.stdout.readline()
        self.base_url = f"http://127.0.0.1:{self.port}/api/v1"

    def close(self) -> None:
        """Stop the server and remove the recorded body."""
        self.proc.terminate()
        self.proc.wait(10)
        os.unlink(self.file.name)


# the clients ------------------------------------------------------------------------------------
def floor_sync(base: str, api: str) -> Callable[[], int]:
    """Read with the sync floor: httpx + httpx-sse + json, one event at a time."""
    import httpx_sse

    client = httpx.Client(timeout=60)

    def run() -> int:
        n = 0
        with httpx_sse.connect_sse(client, "POST", f"{base}/{api}", json=body_of(api),
                                   headers={"authorization": "Bearer k"}) as source:  # fmt: skip
            for sse in source.iter_sse():
                json.loads(sse.data)
                n += 1
        return n

    return run


def ext_sync(base: str, api: str) -> Callable[[], int]:
    """Read with openrouter_ext's sync stream: typed events, then the final response."""
    from openrouter_ext import OpenRouter

    client = OpenRouter(api_key="k", base_url=base)
    body = {k: v for k, v in body_of(api).items() if k != "stream"}

    def run() -> int:
        n = 0
        resource: Any = client.responses if api == "responses" else client.messages
        with resource.stream(**body) as stream:
            for _ in stream:
                n += 1
            stream.final_response()
        return n

    return run


def openai_sync(base: str, api: str) -> Callable[[], int]:
    """Read with the openai SDK's responses.stream: events, then the final response."""
    import openai

    client = openai.OpenAI(api_key="k", base_url=base)

    def run() -> int:
        n = 0
        with client.responses.stream(model=MODELS[api], input="Hello") as stream:
            for _ in stream:
                n += 1
            stream.get_final_response()
        return n

    return run


def floor_async(base: str, api: str) -> Callable[[], Any]:
    """Read with the async floor: httpx.AsyncClient + aconnect_sse + json."""
    import httpx_sse

    client = httpx.AsyncClient(timeout=60)

    async def run() -> int:
        n = 0
        url, auth = f"{base}/{api}", {"authorization": "Bearer k"}
        async with httpx_sse.aconnect_sse(client, "POST", url, json=body_of(api),
                                          headers=auth) as source:  # fmt: skip
            async for sse in source.aiter_sse():
                json.loads(sse.data)
                n += 1
        return n

    return run


def ext_async(base: str, api: str) -> Callable[[], Any]:
    """Read with openrouter_ext's async stream: typed events, then the final response."""
    from openrouter_ext import AsyncOpenRouter

    client = AsyncOpenRouter(api_key="k", base_url=base)
    body = {k: v for k, v in body_of(api).items() if k != "stream"}

    async def run() -> int:
        n = 0
        resource: Any = client.responses if api == "responses" else client.messages
        async with resource.stream(**body) as stream:
            async for _ in stream:
                n += 1
            await stream.final_response()
        return n

    return run


CLIENTS: dict[str, Callable[[str, str], Callable[[], Any]]] = {
    "floor": floor_sync, "openrouter_ext": ext_sync, "openai": openai_sync,
    "floor (async)": floor_async, "openrouter_ext (async)": ext_async,
}  # fmt: skip


RUN_CLIENTS = {"sync": ("floor", "openrouter_ext", "openai"),
               "async": ("floor (async)", "openrouter_ext (async)")}  # fmt: skip
"""The clients of each flavour, as ``benchmarks.run`` names them (floor → httpx-sse)."""


class Session:
    """Both recorded streams behind their replay servers, and every client, for ``run.py``.

    ``sample(api, mode, client)`` reads one whole stream and returns events per second and the
    client's CPU per event, so ``benchmarks.run`` interleaves these rows with its other
    families (``--only typed``) in the same run.
    """

    def __init__(self, events: int, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.replays: dict[str, Replay] = {}
        self.runners: dict[tuple[str, str], Callable[[], Any]] = {}
        try:
            for api in ("responses", "messages"):
                replay = self.replays[api] = Replay(record(api, events))
                for name, make in CLIENTS.items():
                    if name == "openai" and api != "responses":
                        continue  # the openai SDK has no Messages API
                    self.runners[api, name] = make(replay.base_url, api)
            for api, name in list(self.runners):  # warm-up: imports, connections
                self._read(api, name)
        except BaseException:
            self.close()
            raise

    def clients(self, api: str, mode: str) -> tuple[str, ...]:
        """Return the clients measured for ``api`` in ``mode`` (``sync`` / ``async``)."""
        return tuple(c for c in RUN_CLIENTS[mode] if (api, c) in self.runners)

    def _read(self, api: str, name: str) -> int:
        result = self.runners[api, name]()
        if asyncio.iscoroutine(result):
            result = self.loop.run_until_complete(result)
        return int(result)

    def sample(self, api: str, name: str) -> dict[str, Any]:
        """Read one stream of ``api`` with client ``name``; its rate and CPU per event."""
        cpu0, start = time.process_time(), time.perf_counter()
        events = self._read(api, name)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu0
        return {"events": events, "events_per_s": events / wall, "wall_s": wall,
                "cpu_us_per_event": cpu / events * 1e6}  # fmt: skip

    def close(self) -> None:
        """Stop the replay servers."""
        for replay in self.replays.values():
            replay.close()
        self.replays.clear()


def measure(api: str, events: int, rounds: int) -> list[dict[str, Any]]:
    """Return one row per client: median events per second and the ratio to its floor."""
    chunks = record(api, events)
    replay = Replay(chunks)
    loop = asyncio.new_event_loop()
    rates: dict[str, list[float]] = {}
    try:
        runners = {name: make(replay.base_url, api) for name, make in CLIENTS.items()
                   if not (name == "openai" and api != "responses")}  # fmt: skip
        for _ in range(rounds + 1):  # the first round warms up (imports, connections)
            for name, run in runners.items():
                start = time.perf_counter()
                result = run()
                if asyncio.iscoroutine(result):
                    result = loop.run_until_complete(result)
                elapsed = time.perf_counter() - start
                rates.setdefault(name, []).append(result / elapsed)
    finally:
        loop.close()
        replay.close()
    rows = []
    for name, values in rates.items():
        rate = statistics.median(values[1:])
        floor = statistics.median(rates["floor (async)" if "async" in name else "floor"][1:])
        ours = name.startswith("openrouter_ext")
        rows.append({"api": api, "client": name, "events": len(chunks),
                     "events_per_s": round(rate), "vs_floor": round(rate / floor, 2),
                     "target": f">= {TARGET}x" if ours else "",
                     "met": rate / floor >= TARGET if ours else None})  # fmt: skip
    return rows


def markdown(rows: list[dict[str, Any]]) -> str:
    """Render the rows as a markdown table."""
    out = ["| stream | client | events | events/s | vs floor | target |",
           "|---|---|---:|---:|---:|---|"]  # fmt: skip
    for r in rows:
        met = "" if r["met"] is None else (" ✓" if r["met"] else " ✗")
        out.append(f"| {r['api']} | {r['client']} | {r['events']} | {r['events_per_s']:,} | "
                   f"{r['vs_floor']:.2f}x | {r['target']}{met} |")  # fmt: skip
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run the Responses and Messages stream benchmarks and print their table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.typed_streams")
    parser.add_argument("--events", type=int, default=5000, help="text deltas per stream")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", default="responses,messages")
    parser.add_argument("--json", help="also write the rows to this file")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return 0
    rows = [row for api in args.only.split(",") for row in measure(api, args.events, args.rounds)]
    print(markdown(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0 if all(r["met"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
