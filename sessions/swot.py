"""The personal SWOT: four quadrants per participant. Private: never projected."""

from __future__ import annotations

from sessions.changes import Topic
from sessions.errors import Code, ValidationError
from sessions.store import Store

TOPIC = Topic.SWOT
QUADRANTS = ("S", "W", "O", "T")   # Sterktes, Zwaktes, Kansen, Bedreigingen


def get(store: Store, participant_id: int) -> dict[str, str]:
    """The four quadrants of one participant ('' where nothing was typed)."""
    result = dict.fromkeys(QUADRANTS, "")
    for row in store.query("SELECT quadrant, text FROM swot_entry WHERE participant_id = ?",
                           (participant_id,)):
        result[row["quadrant"]] = row["text"]
    return result


def set_text(store: Store, participant_id: int, quadrant: str, text: str) -> str:
    """Store one quadrant's text (empty text removes it); return the old text."""
    if quadrant not in QUADRANTS:
        raise ValidationError(Code.INVALID, field="quadrant")
    text = str(text)
    if "\x00" in text:
        raise ValidationError(Code.INVALID, field="text", reason="nul")
    if store.one("SELECT id FROM participant WHERE id = ?", (participant_id,)) is None:
        raise ValidationError(Code.INVALID, field="participant", id=participant_id)
    old = get(store, participant_id)[quadrant]
    if old == text:
        return old
    with store.transaction(TOPIC):
        if text.strip():
            store.conn.execute(
                "INSERT INTO swot_entry (participant_id, quadrant, text) VALUES (?, ?, ?) "
                "ON CONFLICT (participant_id, quadrant) DO UPDATE SET text = excluded.text",
                (participant_id, quadrant, text))
        else:
            store.conn.execute("DELETE FROM swot_entry WHERE participant_id = ? AND quadrant = ?",
                               (participant_id, quadrant))
        store.change.updated(TOPIC, participant_id)
    return old


def with_swot(store: Store) -> list[int]:
    """The ids of the participants who have anything in their SWOT."""
    return [r["participant_id"] for r in store.query(
        "SELECT DISTINCT participant_id FROM swot_entry WHERE trim(text) <> '' "
        "ORDER BY participant_id")]
