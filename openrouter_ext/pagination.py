"""Pages of paged listings: ``SyncPage`` (``OpenRouter``) and ``AsyncPage`` (``AsyncOpenRouter``).

Every paged listing of the API (``client.workspaces.list()``, ``client.keys.list()``,
``client.models.list()``, ``client.files.list()``...) returns a page, as the openai SDK's
``SyncPage`` / ``AsyncPage`` do:

- ``page.response``: the answer model (``ListWorkspacesResponse``: ``total_count``...);
- ``page.data``, ``len(page)``, ``page[0]``: this page's items;
- ``for item in page`` (``async for`` on ``AsyncPage``): every item of every page, each
  next page fetched when needed with the same filters and per-call knobs;
- ``page.iter_pages()``, ``page.has_next_page()``, ``page.get_next_page()``.

A plain ``for`` over an ``AsyncPage`` gives its items when it is the last page and raises
``TypeError`` (before any item) when more pages follow. ``with_raw_response.list()`` returns
an ``APIResponse`` whose ``parse()`` is the first page's answer model.
"""

from __future__ import annotations

from openrouter_ext.resources._async._pages import AsyncPage
from openrouter_ext.resources._sync._pages import SyncPage

__all__ = ["AsyncPage", "SyncPage"]
