"""The half year's shared rules: statuses, kinds, results, tags and the checks on text and dates."""

from __future__ import annotations

from datetime import date

from sessions.errors import Code, ValidationError
from sessions.participants import display_name
from sessions.store import Store

ACTION_STATUSES = ("idea", "planned", "in_progress", "done", "dropped")
CLOSED_STATUSES = ("done", "dropped")
LOG_KINDS = ("update", "support_request", "support_answer")
RESULTS = ("achieved", "partly", "not")
QUICK_TAGS = ("geen reactie ontvangen", "geen tijd", "niet meer nodig", "anders opgelost")
ACTIVITY_KINDS = ("intervisie", "training", "kenniscafe", "wijkreis", "custom")
MAX_TEXT = 4000


# ---------------------------------------------------------------- helpers


def _text(value, field_name: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = str(value if value is not None else "").strip()
    if "\x00" in text:
        raise ValidationError(Code.INVALID, field=field_name, reason="nul")
    if required and not text:
        raise ValidationError(Code.INVALID, field=field_name, reason="required")
    if len(text) > limit:
        raise ValidationError(Code.INVALID, field=field_name, reason="too_long")
    return text


def _iso_date(value, field_name: str, *, required: bool = True) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    if not text and not required:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(Code.INVALID, field=field_name, reason="date") from None


def _action_row(store: Store, action_id: int) -> dict:
    row = store.one("SELECT * FROM action WHERE id = ?", (action_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="action", id=action_id)
    return row


def _group_row(store: Store, group_id: int) -> dict:
    row = store.one("SELECT * FROM theme_group WHERE id = ?", (group_id,))
    if row is None:
        raise ValidationError(Code.INVALID, field="group", id=group_id)
    return row


def _name(row: dict, prefix: str = "") -> str:
    return display_name(row.get(f"{prefix}first_name") or "", row.get(f"{prefix}prefix") or "",
                        row.get(f"{prefix}last_name") or "")


# ---------------------------------------------------------------- the action log


