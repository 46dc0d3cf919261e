"""The mock's stateful media: video jobs that move through their states, and stored files.

A video job answers `pending`, then `in_progress`, then `completed` (with its usage and
`unsigned_urls`) once it was polled `media_settings(state).video_polls` times; a prompt with
`[fail]` makes it `failed` instead. Its content is an MP4 of `video_bytes` bytes. Files are
kept with their bytes; their media type is read from the contents, as the API does. Both live
in the state's item store, so `mock.reset()` forgets them.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Final

from ._auth import AuthKind
from ._handlers import Ctx
from ._media import as_object, charge, gen_header, images, media_settings, rerank, resolve, speech
from ._media import transcription as transcription
from ._media_bytes import mp4, sniff, split
from ._state import MockState, money
from ._wire import Reply, error_reply, json_reply

__all__ = ["MEDIA_OPERATIONS", "add_media_item"]

_JOBS: Final = "/videos"
_FILES: Final = "/files"
_CONTENT: Final = "_content"  # the stored bytes of a file (never rendered)
_MAX_FILE_BYTES: Final = 100 * 1024 * 1024


def _job_view(job: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in job.items() if not k.startswith("_")}


async def create_video(ctx: Ctx) -> Reply:
    """POST /videos: a job (202), charged when it is created."""
    model = resolve(ctx)
    if isinstance(model, Reply):
        return model
    prompt = str(ctx.body.get("prompt", ""))
    seconds = ctx.body.get("duration") if isinstance(ctx.body.get("duration"), int) else 4
    gen_id, cost = charge(ctx, model, max(1, len(prompt) // 4), 0, "videos")
    number = ctx.state.crud.next_number()
    job_id = f"vid-mock-{number:06d}"
    base = str(ctx.request.base_url).rstrip("/")
    job = {"id": job_id, "generation_id": gen_id, "status": "pending",
           "polling_url": f"{base}/api/v1/videos/{job_id}",
           "_polls": 0, "_fail": "[fail]" in prompt, "_cost": money(cost),
           "_seconds": seconds}  # fmt: skip
    ctx.state.crud.put(_JOBS, (), job_id, job)
    return json_reply(202, _job_view(job), [gen_header(gen_id)])


def _advance(job: dict[str, Any], polls_needed: int) -> None:
    if job["status"] in ("completed", "failed"):
        return
    job["_polls"] += 1
    if job["_polls"] < polls_needed:
        job["status"] = "pending" if job["_polls"] == 1 and polls_needed > 2 else "in_progress"
        return
    if job["_fail"]:
        job["status"] = "failed"
        job["error"] = "The prompt was rejected by the provider's content policy (mock)"
    else:
        job["status"] = "completed"
        job["unsigned_urls"] = [job["polling_url"] + "/content?index=0"]
        job["usage"] = {"cost": job["_cost"], "is_byok": False}


async def get_video(ctx: Ctx) -> Reply:
    """GET /videos/{jobId}: the job, one state further along on each poll."""
    job_id = ctx.request.path_params["jobId"]
    job = ctx.state.crud.get(_JOBS, (), job_id)
    if job is None:
        return error_reply(404, f"Video job {job_id} not found")
    settings = media_settings(ctx.state)
    _advance(job, settings.video_polls)
    ctx.state.crud.put(_JOBS, (), job_id, job)
    headers = [gen_header(job["generation_id"])]
    if settings.poll_retry_after is not None and job["status"] not in ("completed", "failed"):
        headers.append((b"retry-after", f"{settings.poll_retry_after:g}".encode()))
    return json_reply(200, _job_view(job), headers)


async def video_content(ctx: Ctx) -> Reply:
    """GET /videos/{jobId}/content: the MP4 of a completed job (400 before that)."""
    job_id = ctx.request.path_params["jobId"]
    job = ctx.state.crud.get(_JOBS, (), job_id)
    if job is None:
        return error_reply(404, f"Video job {job_id} not found")
    if job["status"] != "completed":
        return error_reply(400, f"Video job {job_id} is {job['status']}, not completed")
    data = mp4(media_settings(ctx.state).video_bytes)
    return Reply(200, [(b"content-type", b"video/mp4")], split(data))


# files ---------------------------------------------------------------------------------------
def _file_view(item: dict[str, Any]) -> dict[str, Any]:
    return {"_shape": "openrouter", **{k: v for k, v in item.items() if k != _CONTENT}}


async def upload_file(ctx: Ctx) -> Reply:
    """POST /files (multipart `file`): stored; its type read from the contents."""
    upload = as_object((as_object(ctx.body) or {}).get("file"))
    if upload is None:
        return error_reply(400, "file: a file part is required")
    content = bytes(upload.get("content", b""))
    if not content:
        return error_reply(400, "file: empty files are rejected")
    if len(content) > _MAX_FILE_BYTES:
        return error_reply(413, "file: larger than 100 MB")
    kind = sniff(content)
    if kind is None:
        return error_reply(400, "file: unsupported file type")
    file_id = f"file-mock-{ctx.state.crud.next_number():06d}"
    item = {"id": file_id, "type": "file", "filename": str(upload.get("filename") or "upload"),
            "mime_type": kind, "size_bytes": len(content),
            "created_at": _now(), "downloadable": True, _CONTENT: content}  # fmt: skip
    ctx.state.crud.put(_FILES, (), file_id, item)
    return json_reply(200, _file_view(item))


async def list_files(ctx: Ctx) -> Reply:
    """GET /files: the stored files, newest first (`limit`, `cursor`/`after_id`/`after` page)."""
    items = list(reversed(ctx.state.crud.items(_FILES, ())))
    q = ctx.request.query_params
    after = q.get("cursor") or q.get("after_id") or q.get("after")
    if after:
        ids = [i["id"] for i in items]
        items = items[ids.index(after) + 1 :] if after in ids else []
    limit = int(q["limit"]) if (q.get("limit") or "").isdigit() else 20
    page, more = items[:limit], len(items) > limit
    data = [_file_view(i) for i in page]
    last = page[-1]["id"] if page else None
    return json_reply(200, {"_shape": "openrouter", "data": data, "has_more": more,
                            "first_id": page[0]["id"] if page else None, "last_id": last,
                            "cursor": last if more else None})  # fmt: skip


def _find(ctx: Ctx) -> dict[str, Any] | Reply:
    file_id = ctx.request.path_params["file_id"]
    item = ctx.state.crud.get(_FILES, (), file_id)
    return item if item is not None else error_reply(404, f"File {file_id} not found")


async def get_file(ctx: Ctx) -> Reply:
    """GET /files/{file_id}: the file's metadata."""
    item = _find(ctx)
    return item if isinstance(item, Reply) else json_reply(200, _file_view(item))


async def file_content(ctx: Ctx) -> Reply:
    """GET /files/{file_id}/content: the stored bytes."""
    item = _find(ctx)
    if isinstance(item, Reply):
        return item
    data: bytes = item[_CONTENT]
    return Reply(200, [(b"content-type", b"application/octet-stream")], split(data))


async def delete_file(ctx: Ctx) -> Reply:
    """DELETE /files/{file_id}."""
    item = _find(ctx)
    if isinstance(item, Reply):
        return item
    ctx.state.crud.delete(_FILES, (), item["id"])
    return json_reply(200, {"_shape": "openrouter", "id": item["id"], "type": "file_deleted"})


def add_media_item(state: MockState, path: str, fields: dict[str, Any],
                   key: str | None) -> str | None:  # fmt: skip
    """Store a finished video job or a text file (`MockApp.add_item`); None for other paths."""
    path = path.rstrip("/")
    if path not in (_JOBS, _FILES):
        return None
    number = state.crud.next_number()
    if path == _JOBS:
        ident = key or f"vid-mock-{number:06d}"
        job = {"id": ident, "generation_id": state.new_generation_id(), "status": "completed",
               "polling_url": f"/api/v1/videos/{ident}", "_polls": 0, "_fail": False,
               "_cost": 0.0, "_seconds": 4, "unsigned_urls": [f"/api/v1/videos/{ident}/content"],
               "usage": {"cost": 0.0, "is_byok": False}}  # fmt: skip
        job.update({k: v for k, v in fields.items() if k in ("status", "error")})
        state.crud.put(_JOBS, (), ident, job)
        return ident
    ident = key or f"file-mock-{number:06d}"
    content = fields.get("content", b"mock file\n")
    item = {"id": ident, "type": "file", "filename": str(fields.get("filename", "mock.txt")),
            "mime_type": sniff(content) or "application/octet-stream",
            "size_bytes": len(content), "created_at": _now(), "downloadable": True,
            _CONTENT: content}  # fmt: skip
    state.crud.put(_FILES, (), ident, item)
    return ident


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


#: The hand-written media routes (method, path template, handler, key kind); `_app` serves
#: them where the loaded spec has the operation.
MEDIA_OPERATIONS: Final[
    tuple[tuple[str, str, Callable[[Ctx], Awaitable[Reply]], AuthKind], ...]
] = (
    ("POST", "/rerank", rerank, "inference"),
    ("POST", "/images", images, "inference"),
    ("POST", "/audio/speech", speech, "inference"),
    ("POST", "/audio/transcriptions", transcription, "inference"),
    ("POST", _JOBS, create_video, "inference"),
    ("GET", "/videos/{jobId}", get_video, "inference"),
    ("GET", "/videos/{jobId}/content", video_content, "inference"),
    ("POST", _FILES, upload_file, "key"),
    ("GET", _FILES, list_files, "key"),
    ("GET", "/files/{file_id}", get_file, "key"),
    ("GET", "/files/{file_id}/content", file_content, "key"),
    ("DELETE", "/files/{file_id}", delete_file, "key"),
)
