"""Small valid media files the mock answers with: a WAV, a PNG, an MP4 header, sniffing."""

from __future__ import annotations

import math
import struct
import zlib
from typing import Final

#: Sample rate of the mock's speech (16-bit mono PCM).
SAMPLE_RATE: Final = 8000
#: Bytes per reply part of a media answer (socket faults `after=n` count these parts).
PART_BYTES: Final = 16 * 1024


def wav(seconds: float, *, pitch: float = 440.0) -> bytes:
    """Return a 16-bit mono PCM WAV of a sine tone lasting `seconds`."""
    frames = max(1, int(SAMPLE_RATE * seconds))
    step = 2 * math.pi * pitch / SAMPLE_RATE
    samples = struct.pack(f"<{frames}h", *(int(12000 * math.sin(i * step)) for i in range(frames)))
    header = b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, SAMPLE_RATE, SAMPLE_RATE * 2, 2, 16)
    return header + fmt + b"data" + struct.pack("<I", len(samples)) + samples


def wav_seconds(data: bytes) -> float | None:
    """Return the duration of a PCM WAV, or None when `data` is not one."""
    if len(data) < 44 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    channels, rate = struct.unpack("<HI", data[22:28])
    bits = struct.unpack("<H", data[34:36])[0]
    size = struct.unpack("<I", data[40:44])[0]
    per_second = rate * channels * max(1, bits // 8)
    return round(size / per_second, 3) if per_second else None


def png(width: int = 8, height: int = 8, rgb: tuple[int, int, int] = (64, 128, 255)) -> bytes:
    """Return a valid PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))  # fmt: skip


def mp4(size: int) -> bytes:
    """Return an MP4 of `size` bytes (at least 40): `ftyp`, then an `mdat` box of filler."""
    ftyp = b"ftypisom" + struct.pack(">I", 512) + b"isomiso2mp41"
    head = struct.pack(">I", len(ftyp) + 4) + ftyp
    room = max(8, size - len(head))
    return head + struct.pack(">I", room) + b"mdat" + bytes(room - 8)


def split(data: bytes, size: int = PART_BYTES) -> list[bytes]:
    """Cut a body into reply parts (so `close;phase=mid_body;after=n` cuts it midway)."""
    return [data[i : i + size] for i in range(0, len(data), size)] or [b""]


_MAGIC: Final = (
    (b"%PDF", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"), (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"),
    (b"ID3", "audio/mpeg"), (b"\xff\xfb", "audio/mpeg"), (b"fLaC", "audio/flac"),
    (b"OggS", "audio/ogg"), (b"PK\x03\x04", "application/vnd.openxmlformats-officedocument"),
)  # fmt: skip


def sniff(data: bytes) -> str | None:
    """Return the media type of a file from its contents, as the API does; None if unsupported."""
    if data[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"WEBP"):
        return "audio/wav" if data[8:12] == b"WAVE" else "image/webp"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        return "application/json"
    return "text/plain"
