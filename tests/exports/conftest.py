"""Fixtures for the export tests: the demo trajectory with a whole day filled in."""

from __future__ import annotations

import pytest

from sessions import demo
from tests.exports.filling import fill_day


@pytest.fixture(scope="module")
def day_store(tmp_path_factory):
    """The 80-person demo with board, questions, 3 groups, actions, SWOTs and activities."""
    store = demo.create_demo(tmp_path_factory.mktemp("day") / "day.startdag")
    ids = fill_day(store)
    store.ids = ids
    yield store
    store.close()


@pytest.fixture(scope="module")
def pack(day_store, tmp_path_factory):
    """The whole pack in Dutch, written once for the module: {file name: path}."""
    from exports.pack import export_pack

    out = tmp_path_factory.mktemp("pack")
    return {p.name: p for p in export_pack(day_store, out, lang="nl")}
