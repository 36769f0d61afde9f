"""The learning pages' experiment models per edit, against the service call alone (issue 16).

The board on the "Experimenten en uren" tab has one ExperimentsModel per status (five), and
the tab and the step add a table. Each applies the change record of an edit: it re-reads
only the experiments the record names. This measures, in one run, N title edits of 300
experiments:

* watched: the five board columns and a six-column table on the open trajectory;
* floor: the same service call on a second file that nobody watches.

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


if __name__ == "__main__":
    main()
