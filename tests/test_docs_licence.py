"""The licence the package declares is in the repository, with the notices of what we ship."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
VENDOR = ROOT / "src" / "eventwire" / "api" / "web" / "vendor"


def test_the_declared_licence_is_there_in_full() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    assert declared == "Apache-2.0"
    text = (ROOT / "LICENSE").read_text()
    assert text.lstrip().startswith("Apache License")
    assert "Version 2.0, January 2004" in text and "END OF TERMS AND CONDITIONS" in text


def test_every_vendored_package_has_its_licence_and_a_notice_line() -> None:
    notice = (ROOT / "NOTICE").read_text()
    folders = sorted(p for p in VENDOR.iterdir() if p.is_dir())
    assert folders
    for folder in folders:
        assert (folder / "LICENSE").is_file(), folder.name
        assert f"vendor/{folder.name}/" in notice, folder.name
