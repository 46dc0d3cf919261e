"""Run every benchmark in interleaved rounds and report medians against the floors.

    python -m benchmarks.run [--quick] [--json PATH] [--md PATH] [--rounds N]
                             [--server fast|cli] [--only seq,stream,first,conc,many,typed,import]
                             [--readme | --publish | --from-json PATH]

Each round runs every client once per scenario, the client order rotating from round to
round; medians (and p90s where asked) are taken over all rounds. The mock server runs in
its own process (``_mock.py``); its CPU time is read from /proc around every sample to show
it is not the bottleneck. The ``many`` family (``many.py``: 1,000 streams x 10 chunks and
10,000 x 20 on one client) runs against ``_rawmock.py``, a bare asyncio server fast enough for
them. The ``typed`` family (``typed_streams.py``) reads a 5,000-event Responses stream and a
Messages stream, replayed byte for byte by a raw server, with each client of both flavours.
Writes ``bench-results/latest.md`` and ``latest.json``
(``quick.*`` with ``--quick``); ``--readme`` also puts the table in README.md's performance
section, ``--publish`` does only that, from the last full run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import concurrency, many, sequential, streaming, typed_streams
from ._mock import MockServer
from .clients import CALL_CLIENTS, FLOOR_CALL, FLOOR_STREAM, STREAM_CLIENTS, make_async, make_sync
from .importcost import IMPORTS, ImportBench, user_python
from .report import build_rows, machine, markdown, median

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"seq": 1.15, "stream": 0.70, "first_ms": 0.3, "conc": 1.2, "import_ms": 150.0,
           "rss_mb": 40.0, "many_1k": 1.2, "many_10k": 1.3, "typed": 0.70}  # fmt: skip
FAMILIES = ("seq", "stream", "first", "conc", "many", "typed", "import")
TYPED_NAMES = {"floor": FLOOR_STREAM, "floor (async)": FLOOR_STREAM,
               "openrouter_ext (async)": "openrouter_ext"}  # fmt: skip


@dataclass
class Config:
    """Sizes of one run."""

    rounds: int = 7
    seq_calls: int = 200
    stream_chunks: int = 5000
    first_streams: int = 40
    conc_streams: tuple[int, ...] = (500, 1000)
    conc_chunks: int = 200
    conc_rounds: int = 3
    many: tuple[tuple[int, int], ...] = ((1000, 10), (10000, 20))  # (streams, chunks)
    many_rounds: tuple[int, ...] = (3, 1)  # rounds of each ``many`` size
    import_per_round: int = 2
    typed_events: int = 5000  # text deltas of the Responses and Messages streams

    @classmethod
    def quick(cls) -> Config:
        """Return the sizes of the ~30 s smoke run."""
        return cls(rounds=2, seq_calls=40, stream_chunks=2000, first_streams=8,
                   conc_streams=(50, 100), conc_chunks=100, conc_rounds=1,
                   many=((200, 10), (1000, 20)), many_rounds=(1, 1),
                   import_per_round=1, typed_events=1000)  # fmt: skip


def _rotate(names: tuple[str, ...], r: int) -> list[str]:
    k = r % len(names)
    return list(names[k:] + names[:k])


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_many(cfg: Config, r: int, raw: MockServer,
             data: dict[str, dict[str, list[Any]]]) -> None:  # fmt: skip
    """Round ``r`` of the ``many`` family (each client in its own process, order rotating)."""
    for (streams, chunks), rounds in zip(cfg.many, cfg.many_rounds, strict=True):
        if r >= rounds:
            continue
        for c in _rotate(STREAM_CLIENTS, r):
            _log(f"  many: {streams:,} x {chunks}, {c}")
            data[f"many-{streams}x{chunks}"][c].append(many.run(raw, c, streams, chunks))


def run_rounds(cfg: Config, mock: MockServer, only: set[str],
               import_python: str = sys.executable) -> dict[str, Any]:  # fmt: skip
    """Run all rounds; return scenario -> client -> list of samples."""
    data: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    if only == {"many"}:  # alone: no client of the other families is built
        with MockServer("raw") as raw:
            for r in range(max(cfg.many_rounds)):
                t0 = time.perf_counter()
                run_many(cfg, r, raw, data)
                _log(f"round {r + 1} done in {time.perf_counter() - t0:.1f} s")
        return {k: dict(v) for k, v in data.items()}
    loop = asyncio.new_event_loop()
    raw = make_sync(FLOOR_CALL, mock.base_url, mock.api_key)
    sync = {FLOOR_CALL: raw, FLOOR_STREAM: raw}
    for n in ("openrouter_ext", "openai"):
        sync[n] = make_sync(n, mock.base_url, mock.api_key)

    async def build() -> dict[str, Any]:
        araw = make_async(FLOOR_CALL, mock.base_url, mock.api_key)
        out = {FLOOR_CALL: araw, FLOOR_STREAM: araw}
        for n in ("openrouter_ext", "openai"):
            out[n] = make_async(n, mock.base_url, mock.api_key)
        return out

    asy = loop.run_until_complete(build())
    for name in CALL_CLIENTS:  # warm-up: imports, connections, caches
        for _ in range(20):
            sync[name].call()
            loop.run_until_complete(asy[name].call())
        sync[name].stream({})
        loop.run_until_complete(asy[name].stream({}))
    imports = typed = None
    if "import" in only:
        imports = ImportBench(import_python)
    if "typed" in only:
        typed = typed_streams.Session(cfg.typed_events, loop)
    try:
        for r in range(cfg.rounds):
            t0 = time.perf_counter()
            if "seq" in only:
                for c in _rotate(CALL_CLIENTS, r):
                    data["seq-sync"][c].append(sequential.run_sync(sync[c], cfg.seq_calls, mock))
                for c in _rotate(CALL_CLIENTS, r):
                    data["seq-async"][c].append(
                        sequential.run_async(loop, asy[c], cfg.seq_calls, mock)
                    )
            if "stream" in only:
                for c in _rotate(STREAM_CLIENTS, r):
                    data["stream-sync"][c].append(
                        streaming.throughput_sync(sync[c], cfg.stream_chunks, mock, c)
                    )
                for c in _rotate(STREAM_CLIENTS, r):
                    data["stream-async"][c].append(
                        streaming.throughput_async(loop, asy[c], cfg.stream_chunks, mock, c)
                    )
            if "first" in only:
                for c in _rotate(STREAM_CLIENTS, r):
                    data["first-sync"][c].append(
                        streaming.first_delta_sync(sync[c], cfg.first_streams, mock, c)
                    )
                for c in _rotate(STREAM_CLIENTS, r):
                    data["first-async"][c].append(
                        streaming.first_delta_async(loop, asy[c], cfg.first_streams, mock, c)
                    )
            if "conc" in only and r < cfg.conc_rounds:
                for streams in cfg.conc_streams:
                    for c in _rotate(STREAM_CLIENTS, r):
                        sample = concurrency.run(mock, c, streams, cfg.conc_chunks)
                        sample["chunk_target"] = cfg.conc_chunks
                        data[f"conc-{streams}"][c].append(sample)
            if "many" in only:
                with MockServer("raw") as raw:
                    run_many(cfg, r, raw, data)
            if typed is not None:
                for api in ("responses", "messages"):
                    for mode in ("sync", "async"):
                        for c in _rotate(typed.clients(api, mode), r):
                            data[f"typed-{api}-{mode}"][TYPED_NAMES.get(c, c)].append(
                                typed.sample(api, c)
                            )
            if imports is not None:
                for _ in range(cfg.import_per_round):
                    for c in _rotate(tuple(IMPORTS), r):
                        data["import"][c].append(imports.sample(c))
            _log(f"round {r + 1}/{cfg.rounds} done in {time.perf_counter() - t0:.1f} s")
    finally:
        if imports is not None:
            imports.close()
        if typed is not None:
            typed.close()
        for name in ("httpx", "openrouter_ext", "openai"):
            sync[name].close()
            loop.run_until_complete(asy[name].close())
        loop.close()
    return {k: dict(v) for k, v in data.items()}


def mock_checks(data: dict[str, Any]) -> list[str]:
    """Compare the mock's CPU per unit of work with the clients' pace."""
    out = []
    seq = [s for m in ("sync", "async") for s in data.get(f"seq-{m}", {}).get(FLOOR_CALL, [])]
    if seq:
        mock_us = 1e6 * sum(s["mock_cpu_s"] for s in seq) / sum(s["calls"] for s in seq)
        wall_us = median([x for s in seq for x in s["lat_us"]])
        cpu_us = median([s["cpu_us"] for s in seq])
        out.append(
            f"non-streaming: the mock spends {mock_us:.0f} µs CPU per request "
            f"(capacity ≈ {1e6 / mock_us:,.0f} req/s on one core); the httpx floor's call "
            f"takes {wall_us:.0f} µs wall of which {cpu_us:.0f} µs is client CPU. Calls are "
            "sequential, so the mock's time is the same fixed latency inside every client's "
            "number: compare 'client CPU' in Notes for the client-only ratio."
        )
    st = [s for m in ("sync", "async") for c in STREAM_CLIENTS
          for s in data.get(f"stream-{m}", {}).get(c, [])]  # fmt: skip
    if st:
        mock_per_chunk = sum(s["mock_cpu_s"] for s in st) / sum(s["chunks"] for s in st)
        fastest = max(s["chunks_per_s"] for s in st)
        out.append(
            f"streaming: the mock spends {mock_per_chunk * 1e6:.1f} µs CPU per chunk "
            f"(capacity ≈ {1 / mock_per_chunk:,.0f} chunks/s on one core) vs the fastest "
            f"client sample {fastest:,.0f} chunks/s: {1 / mock_per_chunk / fastest:.1f}x "
            "headroom; the client, not the mock, sets the pace."
        )
    for key in sorted((k for k in data if k.startswith("conc-")), key=lambda k: int(k[5:])):
        for c, samples in data[key].items():
            ok = [s for s in samples if s.get("wall_s")]
            if not ok:
                continue
            busy = sum(s["mock_cpu_s"] for s in ok) / sum(s["wall_s"] for s in ok)
            client = sum(s["cpu_s"] for s in ok) / sum(s["wall_s"] for s in ok)
            out.append(f"{key[5:]} streams, {c}: mock busy {busy:.0%} of one core, client "
                       f"busy {client:.0%} of one core during the run")  # fmt: skip
    return out


def update_readme(table_md: str) -> None:
    """Replace README.md's block between the bench markers (add a section if missing)."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    block = f"{begin}\n{table_md}{end}"
    if begin in text and end in text:
        text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text,
                      flags=re.S)  # fmt: skip
    else:
        section = (
            "## Performance\n\n`make bench` (`python -m benchmarks.run`) measures "
            "openrouter_ext against raw httpx / httpx-sse (the floors) and the openai "
            "SDK on the bundled mock server. Latest full run:\n\n" + block + "\n\n"
        )
        text = text.replace("## Design", section + "## Design", 1) if "## Design" in text \
            else text.rstrip("\n") + "\n\n" + section  # fmt: skip
    readme.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.run``."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="fast smoke run (~30 s)")
    parser.add_argument("--json", help="default bench-results/latest.json (quick.json)")
    parser.add_argument("--md", help="default bench-results/latest.md (quick.md)")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--server", choices=["fast", "cli"], default="fast",
                        help="fast: MockApp on httptools/uvloop; cli: python -m "
                             "openrouter_ext.testing --no-validate (h11)")  # fmt: skip
    parser.add_argument("--only", default=",".join(FAMILIES),
                        help=f"comma list of {', '.join(FAMILIES)}")  # fmt: skip
    parser.add_argument("--import-env", choices=["user", "dev"], default="user",
                        help="user: import costs in a virtualenv with only the runtime "
                             "dependencies (bench-results/venv-user); dev: this one")  # fmt: skip
    parser.add_argument("--readme", action="store_true", help="update README.md's table")
    parser.add_argument(
        "--from-json", metavar="PATH", help="re-render the table of a saved run (no measuring)"
    )
    parser.add_argument(
        "--publish",
        action="store_true",
        help="only copy bench-results/latest.md into README.md and exit",
    )
    args = parser.parse_args(argv)
    stem = "quick" if args.quick else "latest"
    args.json = args.json or str(ROOT / "bench-results" / f"{stem}.json")
    args.md = args.md or str(ROOT / "bench-results" / f"{stem}.md")
    if args.publish:
        update_readme(Path(args.md).read_text(encoding="utf-8"))
        return 0
    if args.from_json:
        saved = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        saved["rows"] = build_rows(saved["samples"], TARGETS)
        md = markdown(saved["rows"], saved["machine"], saved["command"], saved["mock_checks"])
        Path(args.md).write_text(md, encoding="utf-8")
        Path(args.json).write_text(json.dumps(saved, indent=1), encoding="utf-8")
        print(md)
        return 0
    cfg = Config.quick() if args.quick else Config()
    if args.rounds:
        cfg.rounds = args.rounds
    only = {f.strip() for f in args.only.split(",") if f.strip()}
    os.chdir(ROOT)  # `python -m benchmarks.*` children must find the package
    info = machine()
    rounds = max(cfg.many_rounds) if only == {"many"} else cfg.rounds
    info.update(rounds=rounds, conc_rounds=min(cfg.conc_rounds, rounds),
                started=time.strftime("%Y-%m-%d %H:%M %Z"))  # fmt: skip
    command = " ".join(["python -m benchmarks.run", *argv])
    t0 = time.perf_counter()
    import_python = sys.executable
    if "import" in only and args.import_env == "user":
        import_python = user_python(info["versions"].get("openai"))
    info["import_env"] = (
        "a virtualenv with only the runtime dependencies (pip install . openai)"
        if import_python != sys.executable else "the development virtualenv"
    )  # fmt: skip
    with MockServer(args.server) as mock:
        info["mock"] = mock.description
        data = run_rounds(cfg, mock, only, import_python)
    info["loadavg_end"] = list(os.getloadavg())
    info["seconds"] = round(time.perf_counter() - t0, 1)
    rows = build_rows(data, TARGETS)
    checks = mock_checks(data)
    md = markdown(rows, info, command, checks)
    print(md)
    for path, text in ((args.md, md), (args.json, json.dumps(
            {"command": command, "machine": info, "config": asdict(cfg), "targets": TARGETS,
             "rows": rows, "mock_checks": checks, "samples": data}, indent=1))):  # fmt: skip
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text, encoding="utf-8")
    if args.readme:
        update_readme(md)
    _log(f"wrote {args.md} and {args.json} in {info['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
