"""Multipart uploads streamed from disk: a path, bytes or an open binary file.

An :class:`Upload` holds what a multipart request sends (files and plain fields) and opens
the files only while the call runs. httpx reads each file in 64 KiB pieces while it writes
the request, and takes the Content-Length from the file's size, so a file of any size is
sent without being read into memory. A file httpx can rewind (a path, bytes, a seekable
open file) is sent again from its start by a retry; one it cannot (a pipe) is sent once:
the call is not retried after its body may have been read.
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
from collections.abc import Mapping
from typing import IO, Any, Final, cast

__all__ = ["FileContent", "FileInput", "Upload"]

#: A file's content: a path (``str`` or ``os.PathLike``), its bytes, or an open binary file.
FileContent = str | os.PathLike[str] | bytes | IO[bytes]
#: A file to upload: its content, or ``(filename, content)``, or ``(filename, content,
#: content_type)``.
FileInput = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]

_OCTETS: Final = "application/octet-stream"


def _name_of(content: FileContent) -> str:
    if isinstance(content, (str, os.PathLike)):
        return os.path.basename(os.fspath(content)) or "upload"
    name = getattr(content, "name", None)
    if isinstance(name, str) and name:
        return os.path.basename(name)
    return "upload"


def _rewindable(handle: IO[bytes]) -> bool:
    try:
        return handle.seekable()
    except (AttributeError, ValueError, OSError):
        return False


def _text(value: object) -> str | list[str]:
    """Return a multipart field's text: booleans as JSON, lists as repeated fields."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        items = cast("list[object]", value)
        return [str(_text(v)) for v in items]
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, default=str)


class Upload:
    """The files and fields of one multipart request (opened while the call runs).

    Args:
        files: form field name -> :data:`FileInput`.
        fields: the other form fields; ``None`` values are left out, booleans are sent as
            ``true``/``false``, lists as repeated fields, objects as JSON.

    Raises:
        TypeError: a file that is neither a path, bytes nor a binary file.

    """

    __slots__ = ("_files", "_opened", "fields")

    def __init__(self, files: Mapping[str, FileInput], fields: Mapping[str, Any]) -> None:
        self._files: list[tuple[str, str, FileContent, str]] = []
        for field, given in files.items():
            if isinstance(given, tuple):
                filename, content = given[0], given[1]
                ctype = given[2] if len(given) > 2 else None
            else:
                filename, content, ctype = _name_of(given), given, None
            if isinstance(content, io.TextIOBase):
                raise TypeError(f"{field}: open the file in binary mode ('rb')")
            if not isinstance(content, (str, os.PathLike, bytes)) and not hasattr(content, "read"):
                raise TypeError(
                    f"{field} must be a path, bytes or an open binary file, "
                    f"got {type(content).__name__}"
                )
            guessed = mimetypes.guess_type(filename)[0]
            self._files.append((field, filename, content, ctype or guessed or _OCTETS))
        self.fields: dict[str, str | list[str]] = {
            k: _text(v) for k, v in fields.items() if v is not None
        }
        self._opened: list[IO[bytes]] = []

    @property
    def size(self) -> int | None:
        """Return the total bytes of the files, when every size is known without reading."""
        total = 0
        for _, _, content, _ in self._files:
            if isinstance(content, (str, os.PathLike)):
                total += os.stat(content).st_size
            elif isinstance(content, bytes):
                total += len(content)
            else:
                try:
                    total += os.fstat(content.fileno()).st_size - content.tell()
                except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
                    return None
        return total

    @property
    def rewindable(self) -> bool:
        """Whether a retry can send the files again from their start."""
        return all(
            isinstance(c, (str, os.PathLike, bytes)) or _rewindable(c) for _, _, c, _ in self._files
        )

    def open(self) -> list[tuple[str, tuple[str, IO[bytes] | bytes, str]]]:
        """Open the paths and return httpx's ``files=`` list (nothing is read here).

        Raises:
            OSError: a path cannot be opened (e.g. ``FileNotFoundError``).

        """
        out: list[tuple[str, tuple[str, IO[bytes] | bytes, str]]] = []
        try:
            for field, filename, content, ctype in self._files:
                handle: IO[bytes] | bytes
                if isinstance(content, (str, os.PathLike)):
                    handle = open(content, "rb")  # noqa: SIM115  # closed by close()
                    self._opened.append(handle)
                else:
                    handle = content
                out.append((field, (filename, handle, ctype)))
        except BaseException:
            self.close()
            raise
        return out

    def close(self) -> None:
        """Close the files this upload opened (files the caller passed stay open)."""
        opened, self._opened = self._opened, []
        for handle in opened:
            handle.close()
