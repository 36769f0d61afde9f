"""Learning from each other (sessions.expertise, pairs, intervisie, expertise_import), undoable.

One named builder per edit of the peer page (ui/peer/page.py) over the one snapshot command;
the undo text comes from the page. Edits that replace a whole set (a proposal, forming the
intervisie groups, moving someone, the running round) keep what they made, so a redo puts
back exactly that instead of solving again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sessions import expertise, expertise_import, intervisie, pairs
from ui.operations.command import changed, removed, snapshot

# ---------------------------------------------------------------- the map


def clear_rating(ctx, label: str, person_id: int, competence_id: int) -> dict | None:
    """Clear one rating; undo puts the row back as it was."""
    store = ctx.store
    return changed(ctx.undo_stack, label,
                   lambda: expertise.clear_rating(store, person_id, competence_id),
                   lambda old: expertise.put_rating(store, person_id, competence_id, old))


def rename_competence(ctx, label: str, competence_id: int, name: str) -> str:
    """Rename a competence; return the old name."""
    store = ctx.store
    return changed(ctx.undo_stack, label,
                   lambda: expertise.rename_competence(store, competence_id, name),
                   lambda old: expertise.rename_competence(store, competence_id, old))


def set_link(ctx, label: str, competence_id: int, goal_id: int, importance: int) -> int:
    """Link a competence to a goal (0 unlinks); return the old importance."""
    store = ctx.store
    return changed(ctx.undo_stack, label,
                   lambda: expertise.set_link(store, competence_id, goal_id, importance),
                   lambda old: expertise.set_link(store, competence_id, goal_id, old))


def import_matrix(ctx, label: str, path: Path) -> expertise_import.ExpertiseReport:
    """Import a skills matrix as one edit; undo takes it back, redo applies the same report."""
    store = ctx.store

    def undo(report):
        expertise_import.undo(store, report)
        return report
    return snapshot(ctx.undo_stack, label, lambda: expertise_import.import_file(store, Path(path)),
                    undo, lambda report: expertise_import.redo(store, report))


# ---------------------------------------------------------------- pairs


def propose(ctx, label: str) -> pairs.Proposal:
    """Propose the draft (pins stay); undo puts the old draft back, redo this one."""
    store = ctx.store

    def undo(result):
        pairs.put_drafts(store, result.before)
        return result
    return snapshot(ctx.undo_stack, label, lambda: pairs.propose(store), undo,
                    lambda result: pairs.put_drafts(store, result.after))


def set_pinned(ctx, label: str, pair_id: int, pinned: bool) -> bool:
    """Pin or unpin a draft pair."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: pairs.set_pinned(store, pair_id, pinned),
                   lambda old: pairs.set_pinned(store, pair_id, old))


def swap(ctx, label: str, pair_id: int, expert_id: int) -> tuple[int, bool]:
    """Give a pair another expert (it is pinned); undo gives the old one back."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: pairs.swap(store, pair_id, expert_id),
                   lambda old: pairs.restore_swap(store, pair_id, *old))


def remove_pair(ctx, label: str, pair_id: int) -> None:
    """Remove a pair; undo brings it back under its id."""
    store = ctx.store
    removed(ctx.undo_stack, label, lambda: pairs.remove(store, pair_id),
            lambda row: pairs.put_pair(store, row))


def publish(ctx, label: str) -> dict[int, str]:
    """Publish the draft; undo puts the old states back, redo publishes the same pairs."""
    store = ctx.store

    def undo(old):
        pairs.put_states(store, old)
        return old
    return snapshot(ctx.undo_stack, label, lambda: pairs.publish(store), undo,
                    lambda old: pairs.set_state(store, list(old), "published"))


def end_pair(ctx, label: str, pair_id: int) -> dict[int, str]:
    """End a published pair; undo makes it published again."""
    store = ctx.store
    return changed(ctx.undo_stack, label, lambda: pairs.end(store, [pair_id]),
                   lambda old: pairs.put_states(store, old))


# ---------------------------------------------------------------- intervisie


def _before_after(ctx, label: str, change: Callable[[], object], now: Callable[[], object],
                  put: Callable[[object], None]) -> None:
    """A change of a whole set: ``change()`` returns the set before, ``now()`` reads it after;
    undo puts the one back, redo the other (what the change made, not a new solve or clock)."""
    def do():
        return {"before": change(), "after": now()}

    def undo(done):
        put(done["before"])
        return done
    snapshot(ctx.undo_stack, label, do, undo, lambda done: put(done["after"]))


def form_groups(ctx, label: str, name: str) -> None:
    """Form the intervisie groups, replacing earlier ones."""
    store = ctx.store
    _before_after(ctx, label, lambda: intervisie.form(store, name=name)[0],
                  lambda: intervisie.snapshot(store), lambda snap: intervisie.put(store, snap))


def move_person(ctx, label: str, person_id: int, group_id: int) -> None:
    """Move one person to another group (never beside their manager or report)."""
    store = ctx.store
    _before_after(ctx, label, lambda: intervisie.move(store, person_id, group_id),
                  lambda: intervisie.snapshot(store), lambda snap: intervisie.put(store, snap))


def change_run(ctx, label: str, change: Callable[[], intervisie.Run]) -> None:
    """A change of the meeting or the running round (``change()`` returns the run before)."""
    store = ctx.store
    _before_after(ctx, label, change, lambda: intervisie.run(store),
                  lambda r: intervisie.put_run(store, r))
