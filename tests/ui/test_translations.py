"""The Dutch translation covers every string in the code, and the shipped .qm is compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "i18n" / "startdag_nl.ts"


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [f"{ctx.findtext('name')}: {msg.findtext('source')}"
            for ctx in root.iter("context") for msg in ctx.iter("message")
            if msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not (msg.find("translation").text or list(msg.find("translation")))]


def test_every_string_in_the_code_has_a_dutch_translation(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / "startdag_nl.ts"
    shutil.copy(TS, copy)
    sources = ["main.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    assert _unfinished(copy) == []


def test_the_compiled_translation_ships_with_a_complete_source():
    qm = TS.with_suffix(".qm")
    assert qm.exists()
    assert _unfinished(TS) == []
    assert qm.stat().st_size > 10_000


def test_the_schedule_drift_reads_in_dutch(qapp):
    from PySide6.QtCore import QLocale

    from ui import i18n
    from ui.agenda_model import drift_text

    translators = i18n.install(qapp, "nl")
    try:
        assert drift_text(12 * 60) == "12 min achter op schema"
        assert drift_text(-10 * 60) == "10 min voor op schema"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale.c())
