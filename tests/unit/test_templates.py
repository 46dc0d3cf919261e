"""Our generator template patches (scripts/template_patches.py, scripts/templates/patches/)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "template_patches.py"


def _load_script() -> Any:
    spec = importlib.util.spec_from_file_location("template_patches", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["template_patches"] = module  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


tp = _load_script()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".git" not in p.parts
    }


@pytest.fixture
def upstream_copy(tmp_path: Path) -> Path:
    """A copy of the pinned generator's templates, to modify."""
    copy = tmp_path / "upstream"
    shutil.copytree(tp.upstream_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _break_context(upstream: Path, template: str, hunk: int = 1) -> tuple[Any, str]:
    """Change one context line of a hunk in the copy, as a generator upgrade might."""
    patch = tp.parse_patch(tp.PATCHES / f"{template}.patch")
    path = upstream / template
    text = path.read_text(encoding="utf-8")
    target = next(line for line in patch.hunks[hunk].old if text.count(line) == 1)
    path.write_text(text.replace(target, target.rstrip("\n") + "  # upgraded\n"), "utf-8")
    return patch, target


# ------------------------------------------------------------- the stored patches


def test_installed_generator_is_the_pinned_one() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    pin = re.search(r'"openapi-python-client==([^"]+)"', pyproject)
    assert pin is not None
    assert tp.generator_version() == importlib.metadata.version("openapi-python-client")
    assert tp.generator_version() == pin[1]


def test_patches_apply_exactly_to_the_pinned_templates() -> None:
    patched, notes = tp.patched_templates(strict=True)
    assert sorted(patched) == [
        "client.py.jinja",
        "model.py.jinja",
        "models_init.py.jinja",
        "property_templates/union_property.py.jinja",
        "types.py.jinja",
    ]
    assert notes == []
    for template, text in patched.items():
        assert text != (tp.upstream_dir() / template).read_text(encoding="utf-8")


def test_every_patch_says_why() -> None:
    for file in tp.patch_files():
        patch = tp.parse_patch(file)
        assert len(patch.reason) > 80, file
        assert "TODO" not in patch.reason, file


def test_patches_are_what_update_writes() -> None:
    # Canonical diffs with exact line numbers: `build` then `update` changes nothing.
    patched, _ = tp.patched_templates(strict=True)
    for file in tp.patch_files():
        patch = tp.parse_patch(file)
        before = (tp.upstream_dir() / patch.template).read_text(encoding="utf-8")
        header = tp._header(file)
        expected = tp.make_patch(patch.template, before, patched[patch.template], header)
        assert file.read_text(encoding="utf-8") == expected


def test_no_full_template_copies_are_kept() -> None:
    stored = [p for p in (REPO / "scripts" / "templates").rglob("*") if p.is_file()]
    assert stored
    assert all(p.suffix == ".patch" for p in stored), stored


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_build_equals_git_apply(tmp_path: Path) -> None:
    # An independent applier gives the same bytes as ours, for every template.
    by_git = tmp_path / "git"
    shutil.copytree(tp.upstream_dir(), by_git, ignore=shutil.ignore_patterns("__pycache__"))
    for file in tp.patch_files():
        subprocess.run(
            ["git", "apply", "--whitespace=nowarn", str(file)],
            cwd=by_git,
            check=True,
            capture_output=True,
            timeout=30,
        )
    ours = tmp_path / "ours"
    assert tp.build(ours) == []
    assert _tree(ours) == _tree(by_git)


# ------------------------------------------------------------- what the generation uses


def test_makefile_generates_through_the_script() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    generate = re.search(r"^GENERATE = (.*(?:\\\n.*)*)$", makefile, re.MULTILINE)
    assert generate is not None
    assert "scripts/template_patches.py generate" in generate[1]
    assert "--custom-template-path" not in generate[1]
    assert "$(GENERATE)" in makefile.split("\nregen:")[1].split("\n\n")[0]
    assert "$(GENERATE)" in makefile.split("\ncheck-generated:")[1].split("\n\n")[0]


def test_generate_runs_the_generator_on_the_patched_templates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, Any] = {}

    def fake_call(command: list[str], env: dict[str, str]) -> int:
        at = command.index("--custom-template-path")
        seen["command"] = command[:at] + command[at + 2 :]
        seen["templates"] = _tree(Path(command[at + 1]))
        seen["dir"] = Path(command[at + 1])
        seen["path"] = env["PATH"]
        return 7

    monkeypatch.setattr(tp.subprocess, "call", fake_call)
    assert tp.main(["generate", "--path", "openapi.yaml", "--output-path", "out"]) == 7
    assert seen["command"] == [
        sys.executable,
        *("-c", tp._RUN_GENERATOR, "generate"),
        *("--path", "openapi.yaml", "--output-path", "out"),
    ]
    patched, _ = tp.patched_templates(strict=True)
    expected = _tree(tp.upstream_dir())
    expected.update({name: text.encode("utf-8") for name, text in patched.items()})
    assert seen["templates"] == expected
    assert not seen["dir"].exists()  # the temporary directory is removed
    assert seen["path"].split(os.pathsep)[0] == str(Path(sys.executable).parent)


def test_generate_refuses_a_second_template_path() -> None:
    assert tp.main(["generate", "--custom-template-path", "x"]) == 2


# ------------------------------------------------------------- failing loudly


def test_changed_context_fails_check_with_template_and_hunk(upstream_copy: Path) -> None:
    patch, target = _break_context(upstream_copy, "model.py.jinja", hunk=1)
    result = _run("--upstream", str(upstream_copy), "check")
    assert result.returncode == 1
    assert result.stdout == ""
    hunk = patch.hunks[1]
    assert result.stderr.startswith("error: a generator template patch does not apply")
    assert (
        f"model.py.jinja: hunk 2 of {len(patch.hunks)} ({hunk.header}) of "
        "scripts/templates/patches/model.py.jinja.patch does not apply to template "
    ) in result.stderr
    assert f"should be {target.rstrip(chr(10))!r}" in result.stderr
    assert "# upgraded" in result.stderr


def test_changed_context_fails_build_and_generates_nothing(
    upstream_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _break_context(upstream_copy, "property_templates/union_property.py.jinja", hunk=0)
    result = _run("--upstream", str(upstream_copy), "build", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "property_templates/union_property.py.jinja: hunk 1 of 2" in result.stderr
    assert "match nowhere else either" in result.stderr
    assert not (tmp_path / "out").exists()

    monkeypatch.setattr(tp, "upstream_dir", lambda: upstream_copy)
    monkeypatch.setattr(tp.subprocess, "call", lambda *a, **k: pytest.fail("generator ran"))
    assert tp.main(["generate", "--output-path", str(tmp_path / "gen")]) == 1
    stderr = capsys.readouterr().err
    assert "property_templates/union_property.py.jinja: hunk 1 of 2" in stderr
    assert f"does not apply to openapi-python-client {tp.generator_version()}'s template" in stderr


def test_every_failing_patch_is_reported(upstream_copy: Path) -> None:
    _break_context(upstream_copy, "client.py.jinja", hunk=0)
    _break_context(upstream_copy, "models_init.py.jinja", hunk=0)
    with pytest.raises(tp.PatchError) as info:
        tp.patched_templates(source=upstream_copy)
    message = str(info.value)
    assert "client.py.jinja: hunk 1 of 2" in message
    assert "models_init.py.jinja: hunk 1 of 1" in message
    assert "model.py.jinja:" not in message


def test_moved_hunks_apply_with_a_note_but_not_strictly(upstream_copy: Path) -> None:
    path = upstream_copy / "model.py.jinja"
    path.write_text("{# one more line #}\n" + path.read_text(encoding="utf-8"), "utf-8")
    patched, notes = tp.patched_templates(source=upstream_copy)
    pinned, _ = tp.patched_templates()
    assert patched["model.py.jinja"] == "{# one more line #}\n" + pinned["model.py.jinja"]
    assert len(notes) == 1
    assert "model.py.jinja: hunk 1 of " in notes[0]
    assert "offset +1" in notes[0]
    with pytest.raises(tp.PatchError, match=r"model\.py\.jinja: hunk 1 of \d+"):
        tp.patched_templates(source=upstream_copy, strict=True)


def test_a_removed_template_fails(upstream_copy: Path) -> None:
    (upstream_copy / "models_init.py.jinja").unlink()
    result = _run("--upstream", str(upstream_copy), "check")
    assert result.returncode == 1
    assert "models_init.py.jinja.patch patches a missing template" in result.stderr


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("--- a/x.jinja\n+++ b/x.jinja\n@@ -1 +1 @@\n-a\n+b\n", "no header comment"),
        ("# why\n--- a/y.jinja\n+++ b/x.jinja\n@@ -1 +1 @@\n-a\n+b\n", "names another file"),
        ("# why\nnot a comment\n--- a/x.jinja\n", "must be '#' comments"),
        ("# why\n--- a/x.jinja\n+++ b/x.jinja\n@@ -1,2 +1 @@\n-a\n+b\n", "wrong number"),
        ("# why\n--- a/x.jinja\n+++ b/x.jinja\n@@ -1 +1 @@\n-a\n?b\n", "unexpected line"),
        ("# why\n--- a/x.jinja\n+++ b/x.jinja\n", "no hunks"),
    ],
)
def test_malformed_patches_are_rejected(tmp_path: Path, text: str, error: str) -> None:
    (tmp_path / "x.jinja.patch").write_text(text, encoding="utf-8")
    with pytest.raises(tp.PatchError, match=error):
        tp.parse_patch(tmp_path / "x.jinja.patch", tmp_path)


# ------------------------------------------------------------- editing a patch


def test_update_round_trip(tmp_path: Path) -> None:
    patches = tmp_path / "patches"
    shutil.copytree(tp.PATCHES, patches)
    built = tmp_path / "built"
    tp.build(built, patches)
    assert tp.update(built, patches) == []  # unchanged: nothing rewritten

    edited = tmp_path / "edited"
    (edited / "property_templates").mkdir(parents=True)
    union = (built / "property_templates/union_property.py.jinja").read_text(encoding="utf-8")
    (edited / "property_templates/union_property.py.jinja").write_text(
        union.replace("{% endmacro %}", "{# edited #}\n{% endmacro %}", 1), encoding="utf-8"
    )
    shutil.copy(tp.upstream_dir() / "client.py.jinja", edited / "client.py.jinja")
    shutil.copy(tp.upstream_dir() / "README.md.jinja", edited / "README.md.jinja")
    (edited / "README.md.jinja").write_text("# ours\n", encoding="utf-8")

    changed = tp.update(edited, patches)
    assert len(changed) == 3
    assert not (patches / "client.py.jinja.patch").exists()  # back to the generator's
    new = tp.parse_patch(patches / "README.md.jinja.patch", patches)
    assert "TODO" in new.reason
    union_patch = patches / "property_templates/union_property.py.jinja.patch"
    assert tp._header(union_patch) == tp._header(tp.PATCHES / union_patch.relative_to(patches))

    rebuilt = tmp_path / "rebuilt"
    tp.build(rebuilt, patches)
    for name in ("property_templates/union_property.py.jinja", "README.md.jinja"):
        assert (rebuilt / name).read_bytes() == (edited / name).read_bytes()
    assert (rebuilt / "client.py.jinja").read_bytes() == (
        tp.upstream_dir() / "client.py.jinja"
    ).read_bytes()


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("a\nb\nc", "a\nB\nc"),  # the unchanged last line has no newline
        ("a\nb\nc", "a\nb\nc\n"),  # a newline added at the end
        ("a\nb\nc\n", "a\nb\nC"),  # the new last line has none
        ("", "x\n"),  # a new file's content
    ],
)
def test_files_without_a_final_newline_round_trip(tmp_path: Path, before: str, after: str) -> None:
    (tmp_path / "t.jinja").write_text(before, encoding="utf-8")
    text = tp.make_patch("t.jinja", before, after, "# why\n")
    (tmp_path / "t.jinja.patch").write_text(text, encoding="utf-8")
    patch = tp.parse_patch(tmp_path / "t.jinja.patch", tmp_path)
    assert tp.apply_patch(patch, before, strict=True) == (after, [])
    if shutil.which("git") is not None:
        subprocess.run(
            ["git", "apply", str(tmp_path / "t.jinja.patch")],
            cwd=tmp_path,
            check=True,
            capture_output=True,
            timeout=30,
        )
        assert (tmp_path / "t.jinja").read_text(encoding="utf-8") == after
