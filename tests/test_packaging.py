"""The packaging files: what the PyInstaller spec takes in and leaves out, the workflows
(actionlint), the Linux installer with its .desktop entry and MIME type, the Windows
installer's file association. The bundle itself is built and its --selftest run by .ci/run
(packaging/selftest-bundle.sh)."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


class _Analysis:
    def __init__(self, scripts, **kwargs):
        self.scripts, self.kwargs = scripts, kwargs
        self.pure = []
        # a few of the entries PyInstaller's Qt hooks really bring in, to see what the spec keeps
        self.datas = [(dest, "src", "DATA") for dest, _ in kwargs["datas"]] + [
            ("PySide6/Qt/translations/qtbase_nl.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qt_help_nl.qm", "src", "DATA")]
        self.binaries = [(f"PySide6/Qt/plugins/{p}", "src", "BINARY") for p in (
            "platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqeglfs.so",
            "platforms/libqvnc.so", "imageformats/libqjpeg.so", "imageformats/libqsvg.so",
            "imageformats/libqpdf.so", "generic/libqevdevmouseplugin.so",
            "platformthemes/libqgtk3.so", "tls/libqopensslbackend.so",
            "networkinformation/libqnetworkmanager.so")] + [
            ("PySide6/Qt/lib/libQt6Widgets.so.6", "src", "BINARY"),
            ("PySide6/Qt/lib/libQt6Svg.so.6", "src", "BINARY"),
            ("PySide6/Qt/lib/libQt6Network.so.6", "src", "BINARY"),
            ("PySide6/Qt6Svg.dll", "src", "BINARY"),
            ("PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg", "src", "BINARY"),
            ("PySide6/Qt/lib/QtSvg.framework/Resources/Info.plist", "src", "BINARY"),
            ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", "src", "BINARY"),
            ("PySide6/Qt/lib/QtGui.framework/Resources/Info.plist", "src", "BINARY")]


def _run_spec(tmp_path, monkeypatch, platform="linux"):
    made: dict = {}

    def record(kind):
        def build(*args, **kwargs):
            made[kind] = (args, kwargs)
            if kind == "COLLECT":
                (tmp_path / "dist" / kwargs["name"]).mkdir(parents=True, exist_ok=True)
            return kind
        return build

    monkeypatch.setattr(sys, "platform", platform)
    namespace = {"SPECPATH": str(PACKAGING), "DISTPATH": str(tmp_path / "dist"),
                 "Analysis": _Analysis, "PYZ": record("PYZ"), "EXE": record("EXE"),
                 "COLLECT": record("COLLECT"), "BUNDLE": record("BUNDLE")}
    spec = PACKAGING / "startdag.spec"
    exec(compile(spec.read_text("utf-8"), str(spec), "exec"), namespace)
    return namespace["a"], made


def test_the_spec_takes_every_data_file_and_module_of_the_app(tmp_path, monkeypatch):
    a, made = _run_spec(tmp_path, monkeypatch)
    datas = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in a.kwargs["datas"]}
    assert ("exports/fonts/OpenSans-Regular.ttf", "exports/fonts") in datas
    assert ("exports/fonts/OpenSans-Bold.ttf", "exports/fonts") in datas
    assert ("exports/fonts/LICENSE", "exports/fonts") in datas
    assert ("ui/i18n/startdag_nl.qm", "ui/i18n") in datas
    assert not [s for s, _ in datas if s.endswith((".py", ".pyc", ".ts"))]
    assert not [s for s, _ in datas if s.startswith(("tests/", "bench/", "packaging/"))]
    # ui/steps loads its pages with importlib: every module of the app goes in by name
    hidden = set(a.kwargs["hiddenimports"])
    pages = {f"ui.steps.{p.stem}" for p in (ROOT / "ui" / "steps").glob("*.py")} - {"ui.steps.__init__"}
    assert pages <= hidden and {"ui.selftest", "ui.file_open", "exports.pack"} <= hidden
    assert made["EXE"][1]["name"] == "Startdag" and made["EXE"][1]["console"] is False
    assert made["COLLECT"][1]["name"] == "Startdag"
    for name in ("install.sh", "startdag.desktop", "startdag-mime.xml", "startdag.png"):
        assert (tmp_path / "dist" / "Startdag" / name).is_file()


def test_the_spec_leaves_out_what_the_app_does_not_use(tmp_path, monkeypatch):
    a, _ = _run_spec(tmp_path, monkeypatch)
    excludes = set(a.kwargs["excludes"])
    assert {"PySide6.QtSql", "PySide6.QtQml", "PySide6.QtPdf", "PySide6.QtSvg",
            "pandas", "tkinter", "pytest"} <= excludes
    # intervisie and large pairings use HiGHS through highspy's core alone (sessions/highs.py):
    # nothing the app imports needs numpy or scipy, so both stay out, and the core goes in
    assert {"numpy", "scipy"} <= excludes
    assert {"highspy", "highspy._core"} <= set(a.kwargs["hiddenimports"])
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PIL"} & excludes
    kept = {dest for dest, *_ in a.datas + a.binaries}
    assert "PySide6/Qt/translations/qtbase_nl.qm" in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert {"PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/imageformats/libqjpeg.so",
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
            "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
            "PySide6/Qt/lib/QtGui.framework/Resources/Info.plist"} <= kept
    assert not {"PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
                "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats/libqpdf.so",
                "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
                "PySide6/Qt/plugins/tls/libqopensslbackend.so",
                "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
                "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt6Svg.dll",
                "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
                "PySide6/Qt/lib/QtSvg.framework/Resources/Info.plist"} & kept


def test_a_qt_module_the_app_imports_keeps_its_library(tmp_path, monkeypatch):
    """QtNetwork: left out while nothing imported it; ui/phones now does, so it stays."""
    a, _ = _run_spec(tmp_path, monkeypatch)
    imported = "PySide6.QtNetwork" in a.kwargs["hiddenimports"] or any(
        "PySide6.QtNetwork" in (ROOT / f).read_text("utf-8")
        for f in ["main.py", *[str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")]])
    kept = {dest for dest, *_ in a.datas + a.binaries}
    assert ("PySide6.QtNetwork" in a.kwargs["excludes"]) is not imported
    assert ("PySide6/Qt/lib/libQt6Network.so.6" in kept) is imported


def test_the_macos_app_opens_startdag_files(tmp_path, monkeypatch):
    _, made = _run_spec(tmp_path, monkeypatch, platform="darwin")
    args, bundle = made["BUNDLE"]
    assert bundle["name"] == "Startdag.app"
    plist = plistlib.loads(plistlib.dumps(bundle["info_plist"]))    # a valid property list
    doc = plist["CFBundleDocumentTypes"][0]
    assert doc["CFBundleTypeExtensions"] == ["startdag"]
    assert doc["LSItemContentTypes"] == ["nl.startdag.trajectory"]
    uti = plist["UTExportedTypeDeclarations"][0]
    assert uti["UTTypeIdentifier"] == "nl.startdag.trajectory"
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["startdag"]
    assert Path(bundle["icon"]).is_file() and made["EXE"][1]["icon"].endswith(".icns")
    # stripping would break the code signatures on macOS; on Linux the symbols go
    assert made["EXE"][1]["strip"] is False and made["COLLECT"][1]["strip"] is False
    _, made = _run_spec(tmp_path, monkeypatch, platform="linux")
    assert made["EXE"][1]["strip"] is True and made["COLLECT"][1]["strip"] is True


def test_the_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or \
        shutil.which("actionlint")
    assert actionlint, "actionlint is a test dependency (pyproject.toml)"
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert {w.name for w in workflows} >= {"bundle-windows.yml", "bundle-macos.yml"}
    result = subprocess.run([actionlint, "-no-color", *map(str, workflows)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_windows_installer_associates_startdag_files_and_updates_in_place():
    iss = (PACKAGING / "windows" / "startdag.iss").read_text("utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)      # fixed: updates in place
    assert "PrivilegesRequired=lowest" in iss and "ChangesAssociations=yes" in iss
    registry = iss.split("[Registry]", 1)[1].split("\n[", 1)[0]
    assert 'Subkey: "Software\\Classes\\.startdag"; ValueType: string; ValueName: ""; ' \
           'ValueData: "Startdag.Trajectory"' in registry
    assert 'ValueData: """{app}\\Startdag.exe"" ""%1"""' in registry
    # an update deletes only the old libraries; nothing deletes the user's data
    delete = iss.split("[InstallDelete]", 1)[1].split("\n[", 1)[0]
    assert [line for line in delete.splitlines() if line.startswith("Type:")] == [
        'Type: filesandordirs; Name: "{app}\\_internal"']
    assert "[UninstallDelete]" not in iss and "{localappdata}" not in iss.lower()
    assert (PACKAGING / "icons" / "startdag.ico").is_file()


@pytest.fixture
def unpacked(tmp_path):
    """An unpacked Linux bundle as the facilitator gets it: the spec copies these files beside
    the executable. The executable here is a stand-in (the real one is built in CI)."""
    folder = tmp_path / "Startdag"
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "Startdag"
    exe.write_text("#!/bin/sh\necho startdag \"$@\"\n")
    exe.chmod(0o755)
    for extra in ("linux/install.sh", "linux/startdag.desktop", "linux/startdag-mime.xml",
                  "icons/startdag.png"):
        shutil.copy2(PACKAGING / extra, folder / Path(extra).name)
    return folder


def test_the_linux_installer_registers_the_mime_type_and_keeps_data_on_update(unpacked, tmp_path):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)

    def install(*args):
        return subprocess.run(["sh", str(unpacked / "install.sh"), *args], env=env,
                              capture_output=True, text=True, timeout=60)

    result = install()
    assert result.returncode == 0, result.stderr
    target = home / ".local/opt/startdag"
    assert (target / "Startdag").is_file()
    desktop = (home / ".local/share/applications/startdag.desktop").read_text("utf-8")
    assert f'Exec="{target}/Startdag" %f' in desktop
    assert "MimeType=application/x-startdag;" in desktop
    mime = home / ".local/share/mime"
    assert "*.startdag" in (mime / "packages/startdag.xml").read_text("utf-8")
    if shutil.which("update-mime-database"):
        assert "application/x-startdag:*.startdag" in (mime / "globs2").read_text("utf-8")
    if shutil.which("xdg-mime"):
        assert "application/x-startdag=startdag.desktop" in \
            (home / ".config/mimeapps.list").read_text("utf-8")

    # the facilitator's data and settings, then an update and a removal
    data = home / ".local/share/Startdag/backups/x.startdag"
    settings = home / ".config/Startdag/Startdag.conf"
    for path in (data, settings):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("keep me")
    (unpacked / "_internal" / "new-library.so").write_text("v2")
    assert install().returncode == 0
    assert (target / "_internal" / "new-library.so").is_file()
    assert not (home / ".local/opt/startdag.old").exists()
    assert install("--remove").returncode == 0
    assert not target.exists()
    assert not (home / ".local/share/applications/startdag.desktop").exists()
    assert data.read_text() == "keep me" and settings.read_text() == "keep me"


def test_the_desktop_entry_is_valid():
    text = (PACKAGING / "linux" / "startdag.desktop").read_text("utf-8")
    assert text.startswith("[Desktop Entry]\n")
    entry = dict(line.split("=", 1) for line in text.splitlines()[1:] if "=" in line)
    assert entry["Type"] == "Application" and entry["Exec"].endswith(" %f")
    assert entry["MimeType"] == "application/x-startdag;"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(PACKAGING / "linux/startdag.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
