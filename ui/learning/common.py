"""Shared pieces of the "Leren van elkaar" area: labels, error sentences, in-place list sync."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt

from sessions import experiments
from sessions.changes import Topic
from sessions.errors import StartdagError
from ui.messages import error_text
from ui.tables import apply_rows

CONTEXT = "Peer"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOPICS = (Topic.EXPERIMENTS, Topic.HOURS, Topic.INTAKE, Topic.GOALS, Topic.PARTICIPANTS)

STATUS_LABELS = {
    "idee": QT_TRANSLATE_NOOP("Peer", "Idea"),
    "gepland": QT_TRANSLATE_NOOP("Peer", "Planned"),
    "loopt": QT_TRANSLATE_NOOP("Peer", "Running"),
    "afgerond": QT_TRANSLATE_NOOP("Peer", "Done"),
    "gestopt": QT_TRANSLATE_NOOP("Peer", "Stopped"),
}
RESULT_LABELS = {
    "": QT_TRANSLATE_NOOP("Peer", "No result yet"),
    "werkt": QT_TRANSLATE_NOOP("Peer", "Works"),
    "deels": QT_TRANSLATE_NOOP("Peer", "Partly works"),
    "niet": QT_TRANSLATE_NOOP("Peer", "Does not work"),
}
DECISION_LABELS = {
    "": QT_TRANSLATE_NOOP("Peer", "No decision yet"),
    "spread": QT_TRANSLATE_NOOP("Peer", "Spread to other teams"),
    "adjust": QT_TRANSLATE_NOOP("Peer", "Adjust"),
    "stop": QT_TRANSLATE_NOOP("Peer", "Stop"),
}
STAGE_LABELS = {
    "study": QT_TRANSLATE_NOOP("Peer", "Studies it"),
    "try": QT_TRANSLATE_NOOP("Peer", "Tries it"),
    "share": QT_TRANSLATE_NOOP("Peer", "Shares it"),
}
ACTIVITY_LABELS = {
    "intake": QT_TRANSLATE_NOOP("Peer", "Intake"),
    "kenniskaart": QT_TRANSLATE_NOOP("Peer", "Expertise map"),
    "koppelen": QT_TRANSLATE_NOOP("Peer", "Pairing"),
    "experiment": QT_TRANSLATE_NOOP("Peer", "Experiment"),
    "intervisie": QT_TRANSLATE_NOOP("Peer", "Intervisie"),
    "evaluatie": QT_TRANSLATE_NOOP("Peer", "Evaluation"),
}
SERVES_LABELS = {
    "": QT_TRANSLATE_NOOP("Peer", "(nothing in particular)"),
    "experiment": QT_TRANSLATE_NOOP("Peer", "an experiment"),
    "map": QT_TRANSLATE_NOOP("Peer", "the expertise map"),
    "pairs": QT_TRANSLATE_NOOP("Peer", "the learning pairs"),
    "intervisie": QT_TRANSLATE_NOOP("Peer", "the intervisie groups"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Peer", "title"),
    "hypothesis": QT_TRANSLATE_NOOP("Peer", "hypothesis"),
    "criterion": QT_TRANSLATE_NOOP("Peer", "success criterion"),
    "result": QT_TRANSLATE_NOOP("Peer", "result"),
    "lesson": QT_TRANSLATE_NOOP("Peer", "lesson"),
}
# Okabe-Ito, as the projector uses them; the word on the card says it, the colour helps
RESULT_COLOURS = {"werkt": "#009E73", "deels": "#E69F00", "niet": "#D55E00", "": "#8a96a3"}
STATUS_COLOURS = {"idee": "#8a96a3", "gepland": "#0072B2", "loopt": "#009E73",
                  "afgerond": "#1f2933", "gestopt": "#D55E00"}


def tr(text: str) -> str:
    """Translate a literal of this area (lupdate files module-level ``tr("…")`` under '')."""
    return QCoreApplication.translate("", text)


def label(table: dict, key: str) -> str:
    """A translated label from one of the tables above (context "Peer")."""
    return QCoreApplication.translate(CONTEXT, table.get(key, key))


def short_date(iso: str) -> str:
    """The UI's one short date ('12-03-2026' in Dutch) for tables; '' when empty."""
    from ui import dates

    return dates.short_date(iso)


def hours_text(h: float) -> str:
    """Hours with a decimal comma in Dutch, no trailing zeros."""
    text = f"{h:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def peer_error_text(exc: StartdagError) -> str:
    """A sentence for the experiments, hours and intake rules, else the shared messages."""
    p = exc.params
    field, reason = p.get("field"), p.get("reason")
    if field == "status" and reason == "transition":
        return tr("An experiment cannot go from '{old}' straight to '{new}'. Follow the path "
                  "idea → planned → running → done (or stopped).").format(
            old=label(STATUS_LABELS, p.get("old", "")), new=label(STATUS_LABELS, p.get("value", "")))
    if reason == "needed_for_status":
        what = label(FIELD_LABELS, field)
        if field == "lesson" and p.get("value") == "gestopt":
            return tr("Say why the experiment stops: write its lesson or a note.")
        return tr("'{status}' needs a {what} first.").format(
            status=label(STATUS_LABELS, p.get("value", "")), what=what)
    if field == "result" and reason == "not_running":
        return tr("A result comes once the experiment runs: set it to 'running' first.")
    if field == "decision" and reason == "needs_result":
        return tr("Decide to spread, adjust or stop once there is a result.")
    if field == "decision" and reason == "spread_not_working":
        return tr("What does not work is not spread: adjust or stop it, and keep its lesson.")
    if field == "spread_to" and reason == "required":
        return tr("Name the teams it spreads to.")
    if field == "end_date" and reason == "before_start":
        return tr("The end date is before the start date.")
    if field == "hours":
        return tr("Hours must be a number above 0 and at most 100 (for example 1,5).")
    if field == "budget_hours":
        return tr("The budget must be a number of hours above 0.")
    if reason == "date" or field == "date":
        return tr("This date is not valid.")
    if reason == "required" and field in ("text", "what"):
        return tr("Write what happened first.")
    if reason == "required" and field == "contact_name":
        return tr("A contact person needs a name.")
    if reason == "too_long":
        return tr("This text is too long.")
    return error_text(exc)


def titles_after(store, titles: dict[int, str], change) -> dict[int, str] | None:
    """The experiment titles a model shows beside its rows, after ``change``: only the named
    experiments read again (all when the record has no ids). None when none changed."""
    if not change.changed(Topic.EXPERIMENTS):
        return None
    ids = change.of(Topic.EXPERIMENTS)
    if ids is None:
        return {e.id: e.title for e in experiments.experiments(store)}
    titles = {i: t for i, t in titles.items() if i not in ids.deleted}
    titles.update((i, e.title) for i, e in experiments.by_ids(store, ids.inserted | ids.updated).items())
    return titles


def column_changed(model, column: int) -> None:
    """Every row's cell in ``column`` shows something read beside the rows that changed."""
    if model.rows:
        model.dataChanged.emit(model.index(0, column), model.index(len(model.rows) - 1, column))


def sync_rows(model, old: list, new: list, key=lambda r: r.id) -> None:
    """Turn ``old`` (the model's rows, ``model.rows``) into ``new`` with row signals, never a
    reset (the shared :func:`ui.tables.apply_rows`), then announce every row as changed: these
    rows show titles and names read beside them, which may have changed while a row did not."""
    cols = model.columnCount() if hasattr(model, "columnCount") else 1
    apply_rows(model, QModelIndex(), old, new, key=key, columns=max(1, cols))
    if new:
        model.dataChanged.emit(model.index(0, 0), model.index(len(new) - 1, max(0, cols - 1)))
