"""User text shown literally: tooltips are rich text whenever they look like HTML."""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally, markup and all (Qt guesses rich text otherwise)."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
