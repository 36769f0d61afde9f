"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def peer_page(qtbot, app_ctx, tmp_path, monkeypatch):
    """The 'Leren van elkaar' page, shown, on the demo learning-culture trajectory; message
    boxes do not block (a warning's text stays in ``page.last_warning``)."""
    from PySide6.QtWidgets import QMessageBox

    from sessions import demo_peer
    from ui.peer.page import PeerPage

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    ctx, _actions = app_ctx
    ctx.set_store(demo_peer.create_demo(tmp_path / "leercultuur.startdag"))
    page = PeerPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    yield page
    page.close()


def show_view(qtbot, view, model, width: int, height: int):
    """Put ``model`` in ``view`` and show it at this size (for tests with real views)."""
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view
