"""Per-kind step pages: the facilitator's work area for each kind of step.

The console shows the page for the selected step in its centre, constructed as
``Cls(ctx, actions, step_id, parent=None)``; it refreshes itself from ``ctx.changed``.
What the wall shows for each kind is a slide (``ui.slides``), read from the same
shared models (``ctx.model(key, factory)``), so console and wall never disagree.
A kind without an entry here gets a clear placeholder on the console.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

# kind -> (module, console class); the SWOT is personal and its slide shows only the step
PAGES: dict[str, tuple[str, str]] = {
    "concept": ("ui.steps.concept", "ConceptConsole"),
    "swot": ("ui.steps.swot", "SwotConsole"),
    "questions": ("ui.steps.questions", "QuestionsConsole"),
    "vote": ("ui.steps.vote", "VoteConsole"),
    "groups": ("ui.steps.groups", "GroupsConsole"),
    "actions": ("ui.steps.actions", "ActionsConsole"),
    "harvest": ("ui.steps.harvest", "HarvestConsole"),
    "initiatives": ("ui.steps.initiatives", "InitiativesConsole"),
    "experiments": ("ui.learning.step", "ExperimentsConsole"),   # seed 003
    "kenniskaart": ("ui.steps.peer", "KenniskaartConsole"),
    "leerkoppels": ("ui.steps.peer", "PairsConsole"),
    "intervisie": ("ui.steps.peer", "IntervisieConsole"),
}


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
