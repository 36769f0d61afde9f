"""The Experimenten step (console and wall), its slide layout, and the programme window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sessions import agenda, experiments, experiments_demo, trajectory


@pytest.fixture
def step(app_ctx, qtbot, demo_store):
    ctx, actions = app_ctx
    ctx.set_store(demo_store)
    m = trajectory.meeting_of_kind(demo_store, "oogstsessie")
    agenda.apply_template(demo_store, m.id, "terugkomsessie")
    steps = {s.settings.get("view"): s.id for s in agenda.steps(demo_store, m.id)
             if s.kind == "experiments"}
    yield ctx, actions, steps
    ctx.set_store(None)


def test_the_return_meeting_template_has_the_three_questions():
    titles = [s["title"] for s in agenda.template_steps("terugkomsessie")]
    assert "Wat liet elk experiment zien?" in titles
    assert "Wat verspreiden we naar andere teams?" in titles
    assert "Wat stoppen we, en waarom?" in titles
    assert agenda.TEMPLATES["terugkomsessie"][0] == "Leercultuur: terugkomsessie"


def test_the_room_proposes_and_picks_with_undo(step, qtbot):
    from ui.learning.step import ExperimentsConsole

    ctx, actions, steps = step
    console = ExperimentsConsole(ctx, actions, steps["propose"])
    qtbot.addWidget(console)
    model = console.model
    n = model.rowCount()
    console.new_title.setText("Casus van de week in het teamoverleg")
    console.add()
    assert model.rowCount() == n + 1
    row = model.row_of(model.rows[-1].id)
    eid = model.rows[row].id
    assert model.setData(model.index(row, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert experiments.get(ctx.store, eid).picked == 1
    pid = next(iter(console.model.names))
    assert model.setData(model.index(row, 3), pid)
    assert experiments.get(ctx.store, eid).ambassador_id == pid
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert experiments.get(ctx.store, eid).picked == 0
    ctx.undo_stack.undo()
    assert model.row_of(eid) == -1


def test_results_view_refuses_a_result_before_it_runs(step, qtbot):
    from ui.learning.step import ExperimentsConsole

    ctx, actions, steps = step
    idea = next(e for e in experiments.experiments(ctx.store) if e.status == "idee")
    experiments.update(ctx.store, idea.id, hypothesis="h", criterion="c", status="gepland")
    console = ExperimentsConsole(ctx, actions, steps["propose"])
    qtbot.addWidget(console)
    col = console.model.fields.index("status")
    row = console.model.row_of(idea.id)
    assert console.model.setData(console.model.index(row, col), "afgerond") is False
    assert not console.message.isHidden()
    assert experiments.get(ctx.store, idea.id).status == "gepland"


def test_switching_the_view_is_an_undoable_plan_edit(step, qtbot):
    from ui.learning.step import ExperimentsConsole

    ctx, actions, steps = step
    console = ExperimentsConsole(ctx, actions, steps["results"])
    qtbot.addWidget(console)
    assert console.model.fields[2] == "result"
    console._view_chosen(console.view_box.findData("stop"))
    assert agenda.get(ctx.store, steps["results"]).settings["view"] == "stop"
    ctx.undo_stack.undo()
    assert agenda.get(ctx.store, steps["results"]).settings["view"] == "results"


def test_the_wall_shows_the_cards_and_no_email(step, qtbot):
    from ui.slides import content as c
    from ui.slides.source import body

    ctx, actions, steps = step
    eid = experiments.add(ctx.store, "Mail jan@example.org voor de opname")
    propose = agenda.get(ctx.store, steps["propose"])
    slide = body(ctx, propose, None)
    assert isinstance(slide, c.ActionPlans) and not slide.single
    texts = [p.band.name for p in slide.plans] + [a.title for p in slide.plans for a in p.actions]
    assert any("Netwerkkoffie" in t for t in texts)
    assert not any("@" in t for t in texts)
    assert [p.band.number for p in slide.plans] == list(range(1, len(slide.plans) + 1))
    experiments.update(ctx.store, eid, title="Anders")
    slide = body(ctx, propose, None)
    assert "Anders" in [p.band.name for p in slide.plans]


def test_programme_window_rolls_up_and_writes(qtbot, tmp_path, monkeypatch):
    from ui.learning import programme_window as pw

    folder = tmp_path / "orgs"
    folder.mkdir()
    seen: set = set()
    for i, org in enumerate(experiments_demo.ORGS[:2]):
        experiments_demo.create_org(folder / experiments_demo.file_name(org), org, seed=1900 + i, seen=seen)
    (folder / "kapot.startdag").write_bytes(b"niet sqlite")

    class Main:
        opened: list = []

        def open_path(self, path):
            self.opened.append(path)
            return False
    main = Main()
    dialog = pw.ProgrammeDialog(main, parent=None)
    qtbot.addWidget(dialog)
    dialog.load([folder])
    assert dialog.model.rowCount() == 3
    assert "kapot.startdag" in dialog.model.index(2, 0).data()
    assert dialog.tree.topLevelItemCount() >= 1
    dialog.view.selectRow(0)
    dialog.open_selected()
    assert main.opened == [Path(dialog.model.rows[0].path)]
    out = tmp_path / "uit"
    out.mkdir()
    shown = []
    monkeypatch.setattr(pw, "confirm_replacements", lambda _p, replaced: shown.append(replaced) or True)
    monkeypatch.setattr(pw.QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(pw.QMessageBox, "information", lambda *a, **k: None)
    dialog.write()
    assert shown and shown[0]
    assert len(list(out.iterdir())) == 4
