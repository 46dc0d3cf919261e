"""Statistics, the results table (markdown) and the machine description."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import statistics
import subprocess
from collections.abc import Sequence
from typing import Any

from .clients import CALL_CLIENTS, FLOOR_CALL, FLOOR_STREAM, STREAM_CLIENTS
from .importcost import IMPORTS

Samples = dict[str, dict[str, list[dict[str, Any]]]]  # scenario -> client -> samples
EXT = "openrouter_ext"


def median(values: Sequence[float]) -> float:
    """Return the median (NaN when empty)."""
    return statistics.median(values) if values else float("nan")


def p90(values: Sequence[float]) -> float:
    """Return the 90th percentile (inclusive method)."""
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=10, method="inclusive")[8]


def machine() -> dict[str, Any]:
    """CPU model, cores, Python and package versions, load."""
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            model = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")),
                         model)  # fmt: skip
    except OSError:
        pass
    versions: dict[str, str | None] = {}
    for dist in ("openrouter-ext", "httpx", "httpx-sse", "openai", "uvicorn", "uvloop",
                 "httptools"):  # fmt: skip
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = None
    return {
        "revision": revision(), "cpu": model, "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(), "implementation": platform.python_implementation(),
        "platform": platform.platform(), "versions": versions,
        "loadavg_start": list(os.getloadavg()),
    }  # fmt: skip


def revision() -> str:
    """Return the git revision measured (``+dirty`` with local changes), or $BENCH_REVISION."""
    if os.environ.get("BENCH_REVISION"):
        return os.environ["BENCH_REVISION"]
    try:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        git = ["git", "--no-optional-locks", "-C", root]  # read-only: never writes the index

        def out(*args: str) -> str:
            done = subprocess.run([*git, *args], capture_output=True, text=True, check=True)
            return done.stdout.strip()

        dirty = out("status", "--porcelain", "--untracked-files=no")
        return out("rev-parse", "--short", "HEAD") + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _row(scenario: str, client: str, unit: str, med: float, p90_: float | None,
         vs: str, target: str, met: bool | None, notes: str) -> dict[str, Any]:  # fmt: skip
    return {"scenario": scenario, "client": client, "unit": unit, "median": med, "p90": p90_,
            "vs_floor": vs, "target": target, "met": met, "notes": notes}  # fmt: skip


def _busy(samples: list[dict[str, Any]]) -> float:
    wall = sum(s.get("wall_s") or 0 for s in samples)
    return 100 * sum(s["mock_cpu_s"] for s in samples) / wall if wall else float("nan")


def build_rows(data: Samples, targets: dict[str, float]) -> list[dict[str, Any]]:
    """Turn raw samples into table rows (medians, p90s, ratios to the floor, targets)."""
    rows: list[dict[str, Any]] = []
    for mode in ("sync", "async"):
        seq = data.get(f"seq-{mode}", {})
        if seq:
            lat = {c: [x for s in seq[c] for x in s["lat_us"]] for c in seq}
            cpu = {c: median([s["cpu_us"] for s in seq[c]]) for c in seq}
            floor, floor_cpu = median(lat[FLOOR_CALL]), cpu[FLOOR_CALL]
            for c in CALL_CLIENTS:
                m, ratio = median(lat[c]), median(lat[c]) / floor
                mock_us = 1e6 * sum(s["mock_cpu_s"] for s in seq[c]) / sum(
                    s["calls"] for s in seq[c])  # fmt: skip
                rows.append(_row(
                    f"sequential calls, {mode}", c, "µs/call", m, p90(lat[c]), f"{ratio:.2f}x",
                    f"≤ {targets['seq']:.2f}x" if c == EXT else "floor" if c == FLOOR_CALL else "",
                    ratio <= targets["seq"] if c == EXT else None,
                    f"client CPU {cpu[c]:.0f} µs/call ({cpu[c] / floor_cpu:.2f}x); "
                    f"mock CPU {mock_us:.0f} µs/call",
                ))  # fmt: skip
    for mode in ("sync", "async"):
        st = data.get(f"stream-{mode}", {})
        if st:
            rate = {c: median([s["chunks_per_s"] for s in st[c]]) for c in st}
            cpu = {c: median([s["cpu_us_per_chunk"] for s in st[c]]) for c in st}
            for c in STREAM_CLIENTS:
                ratio = rate[c] / rate[FLOOR_STREAM]
                rows.append(_row(
                    f"{st[c][0]['chunks']:,}-chunk stream, {mode}", c, "chunks/s", rate[c], None,
                    f"{ratio:.2f}x",
                    f"≥ {targets['stream']:.2f}x" if c == EXT else
                    "floor" if c == FLOOR_STREAM else "",
                    ratio >= targets["stream"] if c == EXT else None,
                    f"client CPU {cpu[c]:.1f} µs/chunk; mock busy {_busy(st[c]):.0f}%",
                ))  # fmt: skip
    for mode in ("sync", "async"):
        ft = data.get(f"first-{mode}", {})
        if ft:
            firsts = {c: [x for s in ft[c] for x in s["first_ms"]] for c in ft}
            floor, floor90 = median(firsts[FLOOR_STREAM]), p90(firsts[FLOOR_STREAM])
            for c in STREAM_CLIENTS:
                m, extra = median(firsts[c]), median(firsts[c]) - floor
                rows.append(_row(
                    f"first content delta, {mode}", c, "ms", m, p90(firsts[c]),
                    f"{extra:+.3f} ms",
                    f"≤ floor + {targets['first_ms']:.1f} ms" if c == EXT else
                    "floor" if c == FLOOR_STREAM else "",
                    extra <= targets["first_ms"] if c == EXT else None,
                    f"p90 {p90(firsts[c]) - floor90:+.3f} ms vs floor; n={len(firsts[c])}",
                ))  # fmt: skip
    for key in sorted((k for k in data if k.startswith("conc-")), key=lambda k: int(k[5:])):
        conc, streams = data[key], int(key[5:])
        walls = {c: [s["wall_s"] for s in conc[c] if s.get("wall_s")] for c in conc}
        cpus = {c: median([s["cpu_s"] for s in conc[c] if s.get("cpu_s")]) for c in conc}
        floor = median(walls[FLOOR_STREAM])
        for c in STREAM_CLIENTS:
            samples = conc[c]
            errors = sum(s["errors"] for s in samples)
            m = median(walls[c])
            ratio = m / floor
            rss = median([s["peak_rss_mb"] for s in samples if "peak_rss_mb" in s])
            gated = c == EXT and streams >= 1000
            rows.append(_row(
                f"{streams:,} concurrent streams x {samples[0].get('chunk_target', 200)}, async",
                c, "s wall", m, None, f"{ratio:.2f}x",
                f"≤ {targets['conc']:.1f}x, 0 errors" if gated else
                "floor" if c == FLOOR_STREAM else "",
                (ratio <= targets["conc"] and errors == 0) if gated else None,
                f"client CPU {cpus[c]:.1f} s ({cpus[c] / cpus[FLOOR_STREAM]:.2f}x); "
                f"peak RSS {rss:.0f} MB; errors {errors}/{streams * len(samples)}; "
                f"mock busy {_busy(samples):.0f}%",
            ))  # fmt: skip
    rows += _many_rows(data, targets)
    rows += _typed_rows(data, targets)
    imp = data.get("import", {})
    if imp:
        base = median([s["wall_ms"] for s in imp["python"]])
        base_rss = median([s["rss_mb"] for s in imp["python"]])
        imp_ms = {c: median([s["wall_ms"] for s in imp[c]]) - base for c in imp}
        imp_mb = {c: median([s["rss_mb"] for s in imp[c]]) for c in imp}
        for c in (n for n in IMPORTS if n != "python"):
            rows.append(_row(
                "import (python -c, minus bare python)", c, "ms", imp_ms[c], None,
                f"{imp_ms[c] / imp_ms['httpx']:.2f}x httpx",
                f"≤ {targets['import_ms']:.0f} ms" if c == EXT else "",
                imp_ms[c] <= targets["import_ms"] if c == EXT else None,
                f"bare python {base:.0f} ms",
            ))  # fmt: skip
        construct_rows = (
            ("construct_ms", "a client",
             "httpx.Client() / OpenRouter(...) / OpenAI(...): each builds an SSL context"),
            ("construct_ten_ms", "ten clients",
             "openrouter_ext clients share one TLS context; httpx and openai build one each"),
        )  # fmt: skip
        for key, what, note in construct_rows:
            if not all(key in s for s in imp["python"]):
                continue  # a saved run from before this row existed
            base_k = median([s[key] for s in imp["python"]])
            net = {c: median([s[key] for s in imp[c]]) - base_k for c in imp}
            for c in (n for n in IMPORTS if n != "python"):
                rows.append(_row(
                    f"import + construct {what} (python -c, minus bare python)", c, "ms",
                    net[c], None, f"{net[c] / net['httpx']:.2f}x httpx", "", None, note,
                ))  # fmt: skip
        for c in (n for n in IMPORTS if n != "python"):
            rows.append(_row(
                "RSS after constructing a client", c, "MB", imp_mb[c], None,
                f"{imp_mb[c] / imp_mb['httpx']:.2f}x httpx",
                f"≤ {targets['rss_mb']:.0f} MB" if c == EXT else "",
                imp_mb[c] <= targets["rss_mb"] if c == EXT else None,
                f"bare python {base_rss:.1f} MB",
            ))  # fmt: skip
    return rows


def _many_rows(data: Samples, targets: dict[str, float]) -> list[dict[str, Any]]:
    """Rows of the ``many`` family: wall, completion percentiles, memory, errors, mock share."""
    rows: list[dict[str, Any]] = []
    keys = sorted((k for k in data if k.startswith("many-")),
                  key=lambda k: tuple(int(x) for x in k[5:].split("x")))  # fmt: skip
    for key in keys:
        streams, chunks = (int(x) for x in key[5:].split("x"))
        runs = {c: [s for s in data[key][c] if s.get("wall_s")] for c in data[key]}

        def med(c: str, field: str, runs: dict[str, list[dict[str, Any]]] = runs) -> float:
            return median([s[field] for s in runs[c] if s.get(field) is not None])

        limit = targets["many_1k"] if streams < 5000 else targets["many_10k"]
        for c in STREAM_CLIENTS:
            samples = data[key][c]
            errors = sum(s["errors"] for s in samples)
            if not runs[c] or not runs[FLOOR_STREAM]:
                rows.append(_row(f"{streams:,} concurrent streams x {chunks}, one client", c,
                                 "s wall", float("nan"), None, "—", "", None,
                                 f"errors {errors}: {samples[0].get('error_sample')}"))  # fmt: skip
                continue
            wall, ratio = med(c, "wall_s"), med(c, "wall_s") / med(FLOOR_STREAM, "wall_s")
            slowest = med(c, "max_s") / med(FLOOR_STREAM, "max_s")
            per_stream = med(c, "rss_per_stream_kb")
            cpu = med(c, "cpu_s")
            mock_share = sum(s["mock_cpu_s"] for s in runs[c]) / sum(
                s["mock_cpu_s"] + s["cpu_s"] for s in runs[c])  # fmt: skip
            met = None
            if c == EXT:
                met = ratio <= limit and slowest <= limit and errors == 0
                if streams >= 5000:
                    met = met and per_stream <= med(FLOOR_STREAM, "rss_per_stream_kb")
            rows.append(_row(
                f"{streams:,} concurrent streams x {chunks}, one client", c, "s wall", wall,
                None, f"{ratio:.2f}x",
                f"≤ {limit:.1f}x, slowest ≤ {limit:.1f}x, 0 errors"
                + (", RSS/stream ≤ floor" if streams >= 5000 else "") if c == EXT else
                "floor" if c == FLOOR_STREAM else "", met,
                f"finished p50/p99/max {med(c, 'p50_s'):.2f}/{med(c, 'p99_s'):.2f}/"
                f"{med(c, 'max_s'):.2f} s (slowest {slowest:.2f}x floor's); client CPU "
                f"{cpu:.1f} s ({cpu / med(FLOOR_STREAM, 'cpu_s'):.2f}x); peak RSS "
                f"{med(c, 'peak_rss_mb'):.0f} MB, {per_stream:.1f} KB per open stream; errors "
                f"{errors}/{streams * len(samples)}; mock {mock_share:.0%} of all CPU",
            ))  # fmt: skip
    return rows


def _typed_rows(data: Samples, targets: dict[str, float]) -> list[dict[str, Any]]:
    """Rows of the ``typed`` family: Responses and Messages streams against their floor."""
    rows: list[dict[str, Any]] = []
    for api, title in (("responses", "Responses"), ("messages", "Messages")):
        for mode in ("sync", "async"):
            runs = data.get(f"typed-{api}-{mode}", {})
            if not runs:
                continue
            rate = {c: median([s["events_per_s"] for s in runs[c]]) for c in runs}
            cpu = {c: median([s["cpu_us_per_event"] for s in runs[c]]) for c in runs}
            for c in (n for n in STREAM_CLIENTS if n in runs):
                ratio = rate[c] / rate[FLOOR_STREAM]
                rows.append(_row(
                    f"{runs[c][0]['events']:,}-event {title} stream, {mode}", c, "events/s",
                    rate[c], None, f"{ratio:.2f}x",
                    f"≥ {targets['typed']:.2f}x" if c == EXT else
                    "floor" if c == FLOOR_STREAM else "",
                    ratio >= targets["typed"] if c == EXT else None,
                    f"client CPU {cpu[c]:.1f} µs/event ({cpu[c] / cpu[FLOOR_STREAM]:.2f}x)"
                    + ("; typed events, then final_response()" if c == EXT else
                       "; then get_final_response()" if c == "openai" else
                       "; json.loads per event"),
                ))  # fmt: skip
    return rows


def _fmt(value: float | None, unit: str) -> str:
    if value is None or value != value:
        return "—"
    if unit in ("µs/call", "chunks/s", "events/s"):
        return f"{value:,.0f}"
    if unit == "s wall":
        return f"{value:.2f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def markdown(rows: list[dict[str, Any]], info: dict[str, Any], command: str,
             checks: list[str]) -> str:  # fmt: skip
    """Render the rows, the machine and the mock checks as markdown."""
    v = info["versions"]
    lines = [
        f"Command: `{command}`  ",
        f"Machine: {info['cpu']}, {info['cores']} cores ({info['usable_cores']} usable), "
        f"{info['implementation']} {info['python']}, {info['platform']}  ",
        f"Revision: {info['revision']}; versions: openrouter-ext {v['openrouter-ext']}, "
        f"httpx {v['httpx']}, httpx-sse {v['httpx-sse']}, openai {v['openai']}  ",
        f"Mock: {info['mock']}; load average {info['loadavg_start'][0]:.2f} at start, "
        f"{info['loadavg_end'][0]:.2f} at end; {info['rounds']} interleaved rounds "
        f"({info['conc_rounds']} for concurrency); {info['started']}  ",
        f"Imports measured in {info.get('import_env', 'the development virtualenv')}",
        "",
        "| Scenario | Client | Median | p90 | vs floor | Target | Met | Notes |",
        "|---|---|---:|---:|---:|---|:---:|---|",
    ]
    for r in rows:
        met = "" if r["met"] is None else ("yes" if r["met"] else "**NO**")
        lines.append(
            f"| {r['scenario']} | {r['client']} | {_fmt(r['median'], r['unit'])} {r['unit']} | "
            f"{_fmt(r['p90'], r['unit'])} | {r['vs_floor']} | {r['target']} | {met} | "
            f"{r['notes']} |"
        )
    if checks:
        lines += ["", "Mock server headroom (is the mock the bottleneck?):", ""]
        lines += [f"- {c}" for c in checks]
    return "\n".join(lines) + "\n"
