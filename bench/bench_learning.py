"""The learning pages per edit, against the service call alone (issue 16).

The board on the "Experimenten en uren" tab has one ExperimentsModel per status (five), and
the tab and the step add a table. Each applies the change record of an edit: it re-reads
only the experiments the record names. This measures, in one run, N title edits of 300
experiments:

* watched: the five board columns and a six-column table on the open trajectory;
* floor: the same service call on a second file that nobody watches.

And the peer page ("Leren van elkaar", shown at 1366x700 on the demo learning-culture
trajectory: 40 people, 12 competences) for N ratings typed on the grid, against the same
``expertise.set_rating`` on an unwatched copy. Before issue 16's ids a rating repainted every
cell and header of the grid (27 ms per edit here).

Prints CPU milliseconds per edit (``time.process_time``: the work itself, not the machine's
load) and the ratio to the floor. Before issue 16's ids every model read every experiment
again per edit (25 ms per edit here).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

N = 200
EXPERIMENTS = 300


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sessions import experiments
    from sessions.store import Store
    from ui.context import AppContext
    from ui.learning.models import ExperimentsModel
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())

    def fresh(name: str):
        store = Store.create(tmp / name, title="Bench", organisation="", concept="",
                             competences=[])
        return store, [experiments.add(store, f"Experiment {i:03d}") for i in range(EXPERIMENTS)]

    def edits(store, ids) -> float:
        start = time.process_time()
        for i in range(N):
            experiments.update(store, ids[i % len(ids)], title=f"Titel {i}")
        return (time.process_time() - start) / N * 1000

    store, ids = fresh("watched.startdag")
    ctx = AppContext(Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
    ctx.set_store(store)
    models = [ExperimentsModel(ctx, ("title",), which=s) for s in experiments.STATUSES]
    models.append(ExperimentsModel(ctx, ("title", "status", "result", "team", "ambassador_id",
                                         "hours")))
    watched = edits(store, ids)
    quiet, quiet_ids = fresh("floor.startdag")
    floor = edits(quiet, quiet_ids)
    print(f"learning edit=experiment_title models={len(models)} experiments={EXPERIMENTS} "
          f"cpu_ms={watched:.2f} floor_cpu_ms={floor:.2f} ratio={watched / floor:.1f}")
    ctx.set_store(None)
    quiet.close()
    app.processEvents()
    peer(app, tmp)


def peer(app, tmp: Path) -> None:
    from PySide6.QtCore import QSettings

    from sessions import demo_peer, expertise
    from ui.context import AppContext
    from ui.peer.grid import FIXED
    from ui.peer.page import PeerPage
    from ui.settings import Settings

    ctx = AppContext(Settings(QSettings(str(tmp / "p.ini"), QSettings.Format.IniFormat)))
    ctx.set_store(demo_peer.create_demo(tmp / "peer.startdag"))
    page = PeerPage(ctx)
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    people = [page.model.person(r).id for r in range(page.model.rowCount())]
    cid = page.model.competence(FIXED).id
    start = time.process_time()
    for i in range(N):
        page._rate(people[i % len(people)], cid, {"level": i % 5})
        app.processEvents()                    # the repaint is part of the edit
    watched = (time.process_time() - start) / N * 1000
    quiet = demo_peer.create_demo(tmp / "peer-floor.startdag")
    start = time.process_time()
    for i in range(N):
        expertise.set_rating(quiet, people[i % len(people)], cid, level=i % 5)
    floor = (time.process_time() - start) / N * 1000
    print(f"learning edit=peer_rating people={len(people)} "
          f"competences={page.model.columnCount() - FIXED} cpu_ms={watched:.2f} "
          f"floor_cpu_ms={floor:.2f} ratio={watched / floor:.1f}")
    page.close()
    ctx.set_store(None)
    quiet.close()


if __name__ == "__main__":
    main()
