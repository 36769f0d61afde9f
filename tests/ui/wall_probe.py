"""Reading what the wall shows for a step, as text: the slide's content and its laid-out lines."""

from __future__ import annotations

from PySide6.QtCore import QSizeF

from sessions import agenda, trajectory
from ui.slides import content as c
from ui.slides.kinds import layout
from ui.slides.source import body


class WallProbe:
    """The wall's slide body for one step, laid out at 1920x1080 without the chrome."""

    def __init__(self, ctx, step_id: int | None = None, make=None):
        self.ctx = ctx
        self.step_id = step_id
        self.make = make          # or a function ctx -> body, for a kind without a step at hand

    def body(self) -> c.Body:
        """The slide's content, fresh from the shared models."""
        if self.make is not None:
            return self.make(self.ctx)
        store = self.ctx.store
        return body(self.ctx, agenda.find(store, self.step_id), trajectory.get(store))

    def slide(self):
        """The body laid out (no title, instructions or next line)."""
        return layout(c.SlideContent(c.Chrome(), self.body()), QSizeF(1920, 1080))

    def lines(self) -> list[str]:
        """Every text of user content on every page, a list marker in front ('1. Vraag')."""
        out = []
        for page in self.slide().pages:
            boxes = page.texts()
            markers = {b.source[:-len("#marker")]: b.text for b in boxes
                       if b.source.endswith("#marker")}
            for b in boxes:
                if not b.source or b.source.endswith("#marker") or b.source == "page":
                    continue
                mark = markers.get(b.source)
                out.append(f"{mark} {b.text}" if mark else b.text)
        return out

    def texts(self) -> list[str]:
        """Every text on every page, placeholders and labels included."""
        return [b.text for page in self.slide().pages for b in page.texts()]
