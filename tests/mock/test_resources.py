"""Stateful collections of the spec: create -> retrieve -> list -> update -> delete, for real."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from openrouter_ext.testing import MockOpenRouter


@pytest.fixture
def admin(derived: MockOpenRouter) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {derived.management_key}"}
    with httpx.Client(base_url=derived.base_url, timeout=10, headers=headers) as c:
        yield c


@pytest.mark.parametrize(("path", "body", "change"), [
    ("/workspaces", {"name": "Team", "slug": "team"}, {"name": "Renamed"}),
    ("/guardrails", {"name": "Strict", "limit_usd": 5}, {"name": "Looser"}),
    ("/byok", {"provider": "openai", "key": "sk-upstream", "name": "mine"}, {"name": "theirs"}),
    ("/observability/destinations", {"type": "webhook", "name": "hook",
                                     "config": {"url": "https://example.com/h"}},
     {"name": "hook2"}),
])  # fmt: skip
def test_crud_lifecycle(admin: httpx.Client, path: str, body: dict, change: dict) -> None:
    created = admin.post(path, json=body)
    assert created.status_code in (200, 201), created.text
    item = created.json()["data"]
    item_id = item["id"]
    assert item["name"] == body["name"]
    got = admin.get(f"{path}/{item_id}").json()["data"]
    assert got["id"] == item_id
    assert got["name"] == body["name"]
    assert item_id in [i["id"] for i in admin.get(path).json()["data"]]
    updated = admin.patch(f"{path}/{item_id}", json=change)
    assert updated.status_code == 200, updated.text
    assert admin.get(f"{path}/{item_id}").json()["data"]["name"] == change["name"]
    assert admin.delete(f"{path}/{item_id}").status_code == 200
    assert admin.get(f"{path}/{item_id}").status_code == 404
    assert admin.delete(f"{path}/{item_id}").status_code == 404
    assert item_id not in [i["id"] for i in admin.get(path).json()["data"]]


def test_workspace_members_and_budgets_belong_to_their_workspace(admin: httpx.Client) -> None:
    ws = admin.post("/workspaces", json={"name": "A", "slug": "a"}).json()["data"]["id"]
    other = admin.post("/workspaces", json={"name": "B", "slug": "b"}).json()["data"]["id"]
    added = admin.post(f"/workspaces/{ws}/members/add", json={"user_ids": ["u1", "u2"]}).json()
    assert added["added_count"] == 2
    members = admin.get(f"/workspaces/{ws}/members").json()
    assert sorted(m["user_id"] for m in members["data"]) == ["u1", "u2"]
    assert {m["workspace_id"] for m in members["data"]} == {ws}
    assert admin.get(f"/workspaces/{other}/members").json()["data"] == []
    removed = admin.post(f"/workspaces/{ws}/members/remove", json={"user_ids": ["u1"]}).json()
    assert removed["removed_count"] == 1
    assert [m["user_id"] for m in admin.get(f"/workspaces/{ws}/members").json()["data"]] == ["u2"]

    budget = admin.put(f"/workspaces/{ws}/budgets/monthly", json={"limit_usd": 25})
    assert budget.status_code == 200, budget.text
    assert budget.json()["data"]["limit_usd"] == 25
    assert budget.json()["data"]["reset_interval"] == "monthly"
    admin.put(f"/workspaces/{ws}/budgets/monthly", json={"limit_usd": 30})
    assert admin.get(f"/workspaces/{ws}/budgets/monthly").json()["data"]["limit_usd"] == 30
    assert len(admin.get(f"/workspaces/{ws}/budgets").json()["data"]) == 1
    assert admin.get(f"/workspaces/{ws}/budgets/daily").status_code == 404
    assert admin.get(f"/workspaces/{other}/budgets/monthly").status_code == 404
    assert admin.delete(f"/workspaces/{ws}/budgets/monthly").status_code == 200
    assert admin.get(f"/workspaces/{ws}/budgets/monthly").status_code == 404

    admin.put(f"/workspaces/{ws}/budgets/weekly", json={"limit_usd": 1})
    assert admin.delete(f"/workspaces/{ws}").status_code == 200
    assert admin.get(f"/workspaces/{ws}/members").status_code == 404  # gone with its workspace
    assert admin.get(f"/workspaces/{ws}/budgets/weekly").status_code == 404
    assert admin.put(f"/workspaces/{ws}/budgets/weekly", json={"limit_usd": 1}).status_code == 404


def test_guardrail_assignments(admin: httpx.Client) -> None:
    g = admin.post("/guardrails", json={"name": "G"}).json()["data"]["id"]
    keys = [admin.post("/keys", json={"name": f"k{i}"}).json()["data"]["hash"] for i in range(2)]
    assigned = admin.post(f"/guardrails/{g}/assignments/keys", json={"key_hashes": keys}).json()
    assert assigned["assigned_count"] == 2
    listed = admin.get(f"/guardrails/{g}/assignments/keys").json()
    assert sorted(a["key_hash"] for a in listed["data"]) == sorted(keys)
    assert listed["total_count"] == 2
    everywhere = admin.get("/guardrails/assignments/keys").json()["data"]
    assert sorted(a["key_hash"] for a in everywhere) == sorted(keys)
    gone = admin.post(f"/guardrails/{g}/assignments/keys/remove", json={"key_hashes": keys[:1]})
    assert gone.json()["unassigned_count"] == 1
    assert [a["key_hash"] for a in admin.get(f"/guardrails/{g}/assignments/keys").json()["data"]
            ] == keys[1:]  # fmt: skip
    assert admin.get("/guardrails/nope/assignments/keys").status_code == 404


def test_presets_are_seeded_and_can_be_added(derived: MockOpenRouter) -> None:
    user = {"Authorization": f"Bearer {derived.api_key}"}
    presets = httpx.get(f"{derived.base_url}/presets", headers=user).json()["data"]
    assert len(presets) == 1
    slug = derived.add_item("/presets", {"slug": "support-bot", "name": "Support"})
    assert slug == "support-bot"
    got = httpx.get(f"{derived.base_url}/presets/support-bot", headers=user).json()["data"]
    assert got["name"] == "Support"
    version = derived.add_item("/presets/support-bot/versions", {"version": 2})
    assert version == "2"
    versions = httpx.get(f"{derived.base_url}/presets/support-bot/versions", headers=user).json()
    assert [v["version"] for v in versions["data"]] == [2]
    assert httpx.get(f"{derived.base_url}/presets/support-bot/versions/2",
                     headers=user).status_code == 200  # fmt: skip
    assert httpx.get(f"{derived.base_url}/presets/nobody", headers=user).status_code == 404
    chat = httpx.post(f"{derived.base_url}/presets/nobody/chat/completions", headers=user,
                      json={"messages": [{"role": "user", "content": "hi"}]})  # fmt: skip
    assert chat.status_code == 404
    with pytest.raises(KeyError):
        derived.add_item("/presets/nobody/versions")


def test_files_upload_list_download_delete(derived: MockOpenRouter) -> None:
    user = {"Authorization": f"Bearer {derived.api_key}"}
    base = derived.base_url
    up = httpx.post(f"{base}/files", headers=user,
                    files={"file": ("notes.txt", b"hello file", "text/plain")})  # fmt: skip
    assert up.status_code == 200, up.text
    file_id = up.json()["id"]
    assert up.json()["filename"] == "notes.txt"
    assert [f["id"] for f in httpx.get(f"{base}/files", headers=user).json()["data"]] == [file_id]
    assert httpx.get(f"{base}/files/{file_id}", headers=user).json()["filename"] == "notes.txt"
    content = httpx.get(f"{base}/files/{file_id}/content", headers=user)
    assert content.content == b"hello file"
    assert content.headers["content-type"] == "application/octet-stream"
    assert httpx.delete(f"{base}/files/{file_id}", headers=user).status_code == 200
    assert httpx.get(f"{base}/files/{file_id}/content", headers=user).status_code == 404
    bad = httpx.post(f"{base}/files", headers={**user, "content-type": "multipart/form-data"},
                     content=b"junk")  # fmt: skip
    assert bad.status_code == 400


def test_reset_forgets_items(derived: MockOpenRouter, admin: httpx.Client) -> None:
    ws = admin.post("/workspaces", json={"name": "A", "slug": "a"}).json()["data"]["id"]
    derived.reset()
    assert admin.get(f"/workspaces/{ws}").status_code == 404
    assert admin.get("/workspaces").json()["data"] == []
