"""Test set-up: offscreen Qt, a private HOME, a pinned language. Tests never touch the real user."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Must happen before anything imports Qt: without a display Qt aborts the whole run.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="startdag-test-home-"))
for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                 ("XDG_CACHE_HOME", ".cache")):
    os.environ[var] = str(_HOME / sub)
    (_HOME / sub).mkdir(parents=True, exist_ok=True)
os.environ["LANG"] = "C.UTF-8"  # always present; Qt warns on a non-UTF-8 locale
os.environ["LC_ALL"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from sessions.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Each test gets its own user data dir (backups, demo files): a demo one test rehearsed in
    is never what the next test opens."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def tmp_store(tmp_path):
    """A fresh, empty trajectory file, closed after the test."""
    store = Store.create(tmp_path / "test.startdag", title="Testtraject", organisation="Gemeente Test",
                         concept="netwerken", competences=["initiatief tonen"])
    yield store
    store.close()


@pytest.fixture
def demo_store(tmp_path):
    """The demo trajectory in a temporary file."""
    from sessions import demo

    store = demo.create_demo(tmp_path / "demo.startdag")
    yield store
    store.close()


@pytest.fixture
def app_ctx(qtbot, tmp_path):
    """An AppContext with private QSettings and the Actions, no trajectory open yet."""
    from PySide6.QtCore import QSettings

    from ui.app_actions import AppActions
    from ui.context import AppContext
    from ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings)
    actions = AppActions(ctx)
    yield ctx, actions
    ctx.set_store(None)


@pytest.fixture
def main_window(qtbot, app_ctx):
    """The main window with no trajectory open."""
    from ui.main_window import MainWindow

    ctx, actions = app_ctx
    window = MainWindow(ctx, actions, version="test")
    qtbot.addWidget(window)
    return window


@pytest.fixture(autouse=True)
def _qt_objects_die_at_teardown(request):
    """Destroy each UI test's windows and models at its own teardown, not later.

    Without this, Python's cyclic GC frees an earlier test's parentless models and pages at
    a random moment inside a later test's event loop, which crashes Qt (seen in the
    monkey and projector tests when the whole suite runs in one process).
    """
    yield
    if not ({"qtbot", "qapp"} & set(request.fixturenames)):
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    from PySide6.QtCore import QThread

    for widget in app.topLevelWidgets():
        for thread in widget.findChildren(QThread):   # a worker finishing its last signal
            thread.quit()
            thread.wait(30000)
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.unfreeze()        # what a context's HeapKeeper froze may go with the test
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
