"""export_pack and the `export` command: kinds, progress, unwritable folders leave nothing."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exports import pdf_base
from exports.pack import KINDS, export_pack, parse_kinds
from exports.pdf_base import ExportError
from sessions.errors import Code, ValidationError
from tests.exports.pdftools import page_count

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT)


def test_progress_reports_every_file(day_store, tmp_path):
    seen = []
    paths = export_pack(day_store, tmp_path, only={"swot", "badges"},
                        progress=lambda done, total, name: seen.append((done, total, name)))
    assert [p.name for p in paths] == ["swot-blanco.pdf", "naambadges.pdf", "tafelkaarten.pdf"]
    assert seen[0] == (0, 3, "swot-blanco.pdf") and seen[-1] == (3, 3, "")


def test_filters_groups_and_people(day_store, tmp_path):
    g = day_store.ids["groups"][1]
    first_ids = [r["id"] for r in day_store.query("SELECT id FROM participant LIMIT 9")]
    export_pack(day_store, tmp_path, only={"group", "badges"}, group_ids={g},
                person_ids=set(first_ids))
    assert page_count(tmp_path / "naambadges.pdf") == 2
    assert page_count(tmp_path / "tafelkaarten.pdf") == 1


def test_unknown_kind_is_refused(day_store, tmp_path):
    with pytest.raises(ValidationError):
        export_pack(day_store, tmp_path, only={"poster"})
    with pytest.raises(ValidationError):
        parse_kinds("group,poster")
    assert parse_kinds(" Group ,badges") == {"group", "badges"}
    assert not list(tmp_path.iterdir())


def test_folder_that_cannot_exist_raises_coded_error(day_store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportError) as info:
        export_pack(day_store, blocker / "sub", only={"swot"})
    assert info.value.code == Code.UNWRITABLE and info.value.params["reason"] == "no_folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(day_store, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError) as info:
            export_pack(day_store, folder, only={"swot"})
        assert info.value.params["reason"] == "read_only"
        assert not list(folder.iterdir())
    finally:
        folder.chmod(0o755)


def test_full_disk_leaves_no_partial_file(day_store, tmp_path, monkeypatch):
    real_build = pdf_base.build_document

    def build_then_fill_disk(target, *args, **kwargs):
        real_build(target, *args, **kwargs)      # a real, half-way file is on disk ...
        raise OSError(errno.ENOSPC, "No space left on device")   # ... when the disk fills up

    monkeypatch.setattr(pdf_base, "build_document", build_then_fill_disk)
    with pytest.raises(ExportError) as info:
        export_pack(day_store, tmp_path, only={"attendance"})
    assert info.value.params["reason"] == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_file_open_in_a_viewer_keeps_the_old_file(day_store, tmp_path, monkeypatch):
    target = tmp_path / "presentielijst.pdf"
    target.write_bytes(b"%PDF-old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(pdf_base.os, "replace", locked)
    with pytest.raises(ExportError) as info:
        export_pack(day_store, tmp_path, only={"attendance"})
    assert info.value.params["reason"] == "in_use"
    assert [p.name for p in tmp_path.iterdir()] == ["presentielijst.pdf"]
    assert target.read_bytes() == b"%PDF-old"


def test_cli_exports_into_a_folder(day_store, tmp_path):
    out = tmp_path / "uit"
    result = _run("export", str(day_store.path), "--to", str(out), "--only",
                  "attendance,badges,csv", "--lang", "nl")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["acties.csv", "deelnemers.csv", "groepen.csv", "naambadges.pdf",
                     "presentielijst.pdf", "tafelkaarten.pdf"]
    assert page_count(out / "naambadges.pdf") == 10
    assert str(out / "naambadges.pdf") in result.stdout


def test_cli_refuses_a_bad_kind_in_one_line(day_store, tmp_path):
    result = _run("export", str(day_store.path), "--to", str(tmp_path), "--only", "group,poster")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "poster" in result.stderr
    assert "Traceback" not in result.stderr and not list(tmp_path.iterdir())


def test_cli_unwritable_folder_gives_one_line(day_store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = _run("export", str(day_store.path), "--to", str(blocker / "sub"), "--lang", "en")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "does not exist or cannot be made" in result.stderr


def test_all_kinds_are_known():
    assert set(KINDS) == {"group", "personal", "swot", "attendance", "signup", "badges", "report",
                          "csv", "xlsx"}
