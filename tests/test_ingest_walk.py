"""Nothing under a folder vanishes: the silent-drop matrix.

Each kind of entry a folder can hold ends as a document or as a recorded rejection with
its reason (hidden entries and links to folders can be opted in).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import eventwire.ingest.files as files
from eventwire.ingest import read_paths
from eventwire.records import RawDocument, Rejection
from eventwire.runners.local import run
from eventwire.store import Store

BODY = "The foreign minister met the visiting ambassador in Rome to discuss the new treaty.\n"


def outcome(folder: Path, **options: bool) -> dict[str, str]:
    """What became of each entry: ``read`` or the rejection's reason, by relative name."""
    found: dict[str, str] = {}
    for item in read_paths([folder], **options):  # type: ignore[arg-type]
        name = os.path.relpath(item.uri, folder)
        found[name] = "read" if isinstance(item, RawDocument) else item.reason
    return found


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "plain.txt").write_text(BODY)
    (root / "sub" / "inner.txt").write_text(BODY.replace("Rome", "Oslo"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "linked.txt").write_text(BODY.replace("Rome", "Lima"))
    (root / "folder-link").symlink_to(outside, target_is_directory=True)
    (root / "file-link.txt").symlink_to(root / "plain.txt")
    (root / "broken-link.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "loop-link").symlink_to(root / "loop-link")
    (root / "back-link").symlink_to(root, target_is_directory=True)
    os.mkfifo(root / "pipe.txt")
    (root / ".hidden.txt").write_text(BODY.replace("Rome", "Kyiv"))
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n")
    return root


def test_every_entry_is_read_or_rejected_with_its_reason(tree: Path) -> None:
    assert outcome(tree) == {
        ".git": "hidden",
        ".hidden.txt": "hidden",
        "back-link": "link",
        "broken-link.txt": "unreadable",
        "file-link.txt": "read",
        "folder-link": "link",
        "loop-link": "unreadable",
        "pipe.txt": "unsupported",
        "plain.txt": "read",
        "sub/inner.txt": "read",
    }


def test_opting_in_reads_hidden_entries_and_followed_links(tree: Path) -> None:
    found = outcome(tree, follow_symlinks=True, include_hidden=True)
    assert found["folder-link/linked.txt"] == "read"
    assert found[".hidden.txt"] == found[".git/config"] == "read"
    assert found["back-link"] == "unreadable"  # a loop back into the folder being read
    assert "folder-link" not in found and ".git" not in found


def test_a_folder_that_cannot_be_listed_is_rejected(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.scandir

    def scandir(path: str | Path) -> object:
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(files.os, "scandir", scandir)
    assert outcome(tree)["sub"] == "unreadable"


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_a_folder_without_permissions_is_rejected(tree: Path) -> None:
    (tree / "sub").chmod(0)
    try:
        assert outcome(tree)["sub"] == "unreadable"
    finally:
        (tree / "sub").chmod(0o755)


def test_a_fifo_named_on_the_command_line_is_rejected(tree: Path) -> None:
    (item,) = read_paths([tree / "pipe.txt"])
    assert isinstance(item, Rejection) and item.reason == "unsupported"


def test_a_run_stores_every_rejection_of_the_matrix(tree: Path, tmp_path: Path) -> None:
    report = run([tree], tmp_path / "s.duckdb", progress=None)
    assert report.coded == 2  # plain.txt and sub/inner.txt; file-link.txt is plain.txt again
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        reasons = sorted(r["reason"] for r in store.rejections())
    assert reasons == [
        "hidden",
        "hidden",
        "link",
        "link",
        "unreadable",
        "unreadable",
        "unsupported",
    ]
