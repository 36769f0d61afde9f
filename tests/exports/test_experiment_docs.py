"""Experiment cards, the hours report and the harvest report's hours section, read back."""

from __future__ import annotations

from datetime import date

from exports.experiment_cards import write_cards
from exports.harvest_report import write_harvest_report
from exports.hours_report import write_hours_report
from sessions import budget, experiments, participants
from tests.exports.pdftools import page_count, text_of

TODAY = date(2026, 5, 1)


def _fill(store) -> tuple[int, int]:
    pid = participants.add(store, first_name="Fatima", prefix="in 't", last_name="Veld",
                           area="Team Noord")
    a = experiments.add(store, "Filmen in het teamoverleg <b>&amp;</b>",
                        question="Hoe leren we van agressie?",
                        hypothesis="We denken dat samen terugkijken helpt",
                        approach="Twee koppels filmen een gesprek", measure="Zelfinschatting 1-5",
                        criterion="4 van de 5 voelen zich zekerder", team="Team Noord",
                        ambassador_id=pid,
                        pairs=[{"pair_id": None, "label": "Fatima in 't Veld – Jan Smit: agressie"}])
    experiments.update(store, a, status="loopt", today=date(2026, 3, 1))
    experiments.add_evidence(store, a, "2026-03-14", "Filmopname besproken in teamoverleg")
    experiments.update(store, a, status="afgerond", result="niet", observed="Niemand filmde",
                       lesson="Filmen schrikt af", decision="stop", today=date(2026, 4, 20))
    b = experiments.add(store, "Tien minuten leren")
    budget.book(store, "2026-03-01", 4, "intake", adviser="Annelies Kooiman")
    budget.book(store, "2026-03-10", 26, "experiment", experiment_id=a)
    return a, b


def test_cards_one_page_each_with_test_and_learning_card(tmp_store, tmp_path):
    _fill(tmp_store)
    pages = write_cards(tmp_store, tmp_path / "kaarten.pdf")
    text = text_of(tmp_path / "kaarten.pdf")
    assert pages == page_count(tmp_path / "kaarten.pdf") == 2
    for expected in ("Testkaart", "Leerkaart", "We denken dat samen terugkijken helpt",
                     "WERKT NIET", "Filmen schrikt af", "Stoppen", "14 maart 2026",
                     "Filmopname besproken in teamoverleg", "Fatima in 't Veld",
                     "<b>&amp;</b>", "26 adviesuren besteed", "Nog geen resultaat"):
        assert expected in text, expected


def test_cards_in_english(tmp_store, tmp_path):
    _fill(tmp_store)
    write_cards(tmp_store, tmp_path / "cards.pdf", lang="en")
    text = text_of(tmp_path / "cards.pdf")
    assert "Test card" in text and "Does not work" in text.replace("DOES NOT WORK", "Does not work")


def test_hours_report_lists_hours_per_activity_beside_results(tmp_store, tmp_path):
    _fill(tmp_store)
    write_hours_report(tmp_store, tmp_path / "uren.pdf", today=TODAY)
    text = " ".join(text_of(tmp_path / "uren.pdf").split())
    assert "Wat leverden de 36 uur op" in text
    assert "Let op: 83 % van het budget is besteed." in text
    assert "2 experimenten: 0 werkt, 0 deels, 1 niet, 1 lopend" in text
    assert "Annelies Kooiman" in text and "Totaal 30" in text


def test_harvest_report_includes_hours_only_when_there_are_any(tmp_store, tmp_path):
    write_harvest_report(tmp_store, tmp_path / "leeg.pdf")
    assert "Wat leverden" not in text_of(tmp_path / "leeg.pdf")
    _fill(tmp_store)
    write_harvest_report(tmp_store, tmp_path / "oogst.pdf")
    text = " ".join(text_of(tmp_path / "oogst.pdf").split())
    assert "Wat leverden de 36 uur op" in text and "Tien minuten leren" in text


def test_export_only_experiments_and_hours_from_the_command_line(tmp_path, demo_store):
    import os
    import subprocess
    import sys
    from pathlib import Path

    path = demo_store.path
    demo_store.close()
    out = tmp_path / "uit"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), "export", str(path), "--to", str(out), "--only",
         "experiments,hours", "--lang", "nl"], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["experimentkaarten.pdf",
                                                     "wat-leverden-de-uren-op.pdf"]
    assert page_count(out / "experimentkaarten.pdf") == 6
    assert "Wat leverden de 36 uur op" in text_of(out / "wat-leverden-de-uren-op.pdf")
