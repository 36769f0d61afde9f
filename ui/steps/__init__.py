"""Per-kind step pages: the facilitator's work area and the projector's live content.

The console shows ``console`` for the selected step in its centre; the projector
window shows ``projector`` below the step's title and instructions. Both are
constructed as ``Cls(ctx, actions, step_id, parent=None)`` and must refresh
themselves from ``ctx.changed``. When console and projector show the same list,
they share one model through ``ctx.model(key, factory)``, so the two never disagree.

Projector widgets inherit the projector window's font (already scaled to the
window height and the font scale) and palette (light or dark theme): use
relative sizes (``font.pointSizeF() * 1.2``), never fixed pixel sizes or colours
that ignore the palette. They never show e-mail addresses, private notes or SWOTs.
A kind without an entry here gets a clear placeholder on the console and only the
title and instructions on the projector.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

# kind -> (module, console class, projector class or None)
PAGES: dict[str, tuple[str, str, str | None]] = {
    "concept": ("ui.steps.concept", "ConceptConsole", "ConceptProjector"),
    "swot": ("ui.steps.swot", "SwotConsole", None),   # personal: never projected
    "questions": ("ui.steps.questions", "QuestionsConsole", "QuestionsProjector"),
    "vote": ("ui.steps.vote", "VoteConsole", "VoteProjector"),
    "groups": ("ui.steps.groups", "GroupsConsole", "GroupsProjector"),
    "actions": ("ui.steps.actions", "ActionsConsole", "ActionsProjector"),
    "harvest": ("ui.steps.harvest", "HarvestConsole", "HarvestProjector"),
    "initiatives": ("ui.steps.initiatives", "InitiativesConsole", "InitiativesProjector"),
    "kenniskaart": ("ui.steps.peer", "KenniskaartConsole", "KenniskaartProjector"),
    "leerkoppels": ("ui.steps.peer", "PairsConsole", "PairsProjector"),
    "intervisie": ("ui.steps.peer", "IntervisieConsole", "IntervisieProjector"),
}


def has_page(kind: str) -> bool:
    """True when a step kind has its own work area."""
    return kind in PAGES


def _load(kind: str, which: int):
    entry = PAGES.get(kind)
    if entry is None or entry[which] is None:
        return None
    return getattr(importlib.import_module(entry[0]), entry[which])


def console_widget(kind: str, ctx, actions, step_id: int, parent: QWidget | None = None
                   ) -> QWidget | None:
    """The facilitator's work area for a step, or None when the kind has none yet."""
    cls = _load(kind, 1)
    return cls(ctx, actions, step_id, parent) if cls else None


def projector_widget(kind: str, ctx, actions, step_id: int, parent: QWidget | None = None
                     ) -> QWidget | None:
    """The projector's live content for a step, or None (title and instructions only)."""
    cls = _load(kind, 2)
    return cls(ctx, actions, step_id, parent) if cls else None
