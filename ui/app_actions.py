"""Every user command, built once as a QAction with its shortcut (DESIGN convention 4).

Both the facilitator's window and the projector window add all of these, so the
keys work full screen with the menu bar hidden. Modules connect ``triggered`` to
their handlers; an action that needs an open trajectory is disabled without one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from ui.context import AppContext

SK = QKeySequence.StandardKey


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Drop empty and repeated key sequences (a platform may map two standard keys alike)."""
    seen, result = set(), []
    for key in keys:
        text = key.toString()
        if text and text not in seen:
            seen.add(text)
            result.append(key)
    return result


class AppActions(QObject):
    """The application's actions, by name."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._needs_store: list[QAction] = []
        self._needs_writable: list[QAction] = []

        # --- file
        self.new = self._make(self.tr("&New trajectory…"), SK.New)
        self.open = self._make(self.tr("&Open…"), SK.Open)
        self.open_demo = self._make(self.tr("Open the &demo trajectory"), "Ctrl+Shift+D")
        self.open_demo_peer = self._make(self.tr("Open the demo &Leercultuur (learning from each other)"),
                                         "Ctrl+Shift+L")
        # a fresh demo beside the rehearsed one: opening the demo keeps what was done in it
        self.new_demo = self._make(self.tr("New demo trajectory"), None)
        self.new_demo_peer = self._make(self.tr("New demo Leercultuur"), None)
        self.save_copy = self._make(self.tr("Save a &copy as…"), SK.SaveAs, store=True)
        self.details = self._make(self.tr("Trajectory &details…"), "Ctrl+I", store=True)
        self.import_participants = self._make(self.tr("&Import participants…"), "Ctrl+Shift+I",
                                              writable=True)
        self.handouts = self._make(self.tr("&Print handouts…"), SK.Print, store=True)
        self.harvest_report = self._make(self.tr("&Harvest report (PDF)…"), "Ctrl+Shift+H",
                                         store=True)
        self.backups = self._make(self.tr("&Backups…"), None)
        self.delete_trajectory = self._make(self.tr("&Delete trajectory…"), None, writable=True)
        self.close_file = self._make(self.tr("&Close trajectory"), SK.Close, store=True)
        # the platform's Quit key, and Ctrl+Q where the platform has none (Windows, offscreen)
        self.quit = self._make(self.tr("&Quit"), [QKeySequence(SK.Quit), QKeySequence("Ctrl+Q")])
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # --- edit
        self.undo = ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo.setShortcut(SK.Undo)
        self.redo = ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo.setShortcuts(_unique([*QKeySequence.keyBindings(SK.Redo), QKeySequence("Ctrl+Y")]))
        self.find = self._make(self.tr("&Find…"), SK.Find, store=True)

        # --- the day (clicker keys: PageDown/PageUp, B or '.', W)
        self.start_day = self._make(self.tr("&Start the meeting"), "Ctrl+Return", writable=True)
        self.next_step = self._make(self.tr("&Next step"), ["PgDown", "Right"], writable=True)
        self.prev_step = self._make(self.tr("&Previous step"), ["PgUp", "Left"], writable=True)
        self.skip_step = self._make(self.tr("S&kip this step"), "Ctrl+K", writable=True)
        self.insert_step = self._make(self.tr("&Insert a step after this one…"), "Ctrl+Shift+N",
                                      writable=True)
        self.timer_pause = self._make(self.tr("&Pause or resume the timer"), "Ctrl+T",
                                      writable=True)
        self.timer_extend = self._make(self.tr("&Extend by 5 minutes"), "Ctrl+E", writable=True)
        self.present = self._make(self.tr("Start &presenting"), "F5", store=True)
        # Esc stops presenting only in the projector window (its own action): in the console
        # Esc cancels an edit and must never take the wall away
        self.stop_present = self._make(self.tr("S&top presenting"), "Shift+F5", store=True)
        self.show_projector = self._make(self.tr("Projector &window"), "Ctrl+Shift+F5", store=True)
        # B and '.' type in a text field; Ctrl+B never types (the KeyRouter keeps it)
        self.black_screen = self._make(self.tr("&Black screen"), ["B", ".", "Ctrl+B"], store=True,
                                       checkable=True)
        self.white_screen = self._make(self.tr("&White screen"), "W", store=True, checkable=True)
        self.freeze = self._make(self.tr("&Freeze the projector"), "F", store=True, checkable=True)
        # phones join over the venue network (ui/phones); nothing listens until this is on
        self.phones_join = self._make(self.tr("Let p&hones join"), "Ctrl+Shift+J", writable=True,
                                      checkable=True)
        self.join_slide = self._make(self.tr("Show the &join slide for phones"), "Ctrl+J",
                                     store=True, checkable=True)

        # --- view
        self.font_bigger = self._make(self.tr("&Larger text on the projector"),
                                      [QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")])
        self.font_smaller = self._make(self.tr("&Smaller text on the projector"), SK.ZoomOut)
        self.font_reset = self._make(self.tr("&Normal text size"), "Ctrl+0")
        self.dark_theme = self._make(self.tr("&Dark projector theme"), None, checkable=True)
        self.full_screen = self._make(self.tr("&Full screen"), SK.FullScreen, checkable=True)
        self.lang_group = QActionGroup(self)
        self.lang_nl = self._make("Nederlands", None, checkable=True)
        self.lang_en = self._make("English", None, checkable=True)
        for a in (self.lang_nl, self.lang_en):
            self.lang_group.addAction(a)

        # --- help
        self.about = self._make(self.tr("&About Startdag"), None)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        ctx.store_opened.connect(self.update_enabled)
        ctx.store_closed.connect(self.update_enabled)
        self.update_enabled()
        self.key_router = KeyRouter(self)

    def _make(self, text: str, shortcut, *, store: bool = False, writable: bool = False,
              checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts(_unique(
                [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]))
        # window-wide, so the keys also work in the projector window and full screen
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if writable:
            self._needs_writable.append(action)
        elif store:
            self._needs_store.append(action)
        return action

    def all(self) -> list[QAction]:
        """Every action, to add to a window so its shortcut works there."""
        return [a for a in self.findChildren(QAction) if a.shortcuts()]

    def update_enabled(self) -> None:
        """Enable what makes sense with (or without) an open, writable trajectory."""
        has_store = self.ctx.store is not None
        for a in self._needs_store:
            a.setEnabled(has_store)
        for a in self._needs_writable:
            a.setEnabled(has_store and not self.ctx.read_only)


def _own_history(widget, redo: bool) -> bool:
    """Whether a text field has something of its own to undo (or redo)."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    elif isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and (widget.isRedoAvailable() if redo
                                            else widget.isUndoAvailable())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        doc = widget.document()
        return not widget.isReadOnly() and (doc.isRedoAvailable() if redo
                                            else doc.isUndoAvailable())
    return False


class KeyRouter(QObject):
    """The day's keys in every widget of the windows that hold the actions (issue 14.12).

    - PageDown and PageUp always drive the day (the clicker), whatever has focus: a spin box
      or a calendar never takes them;
    - B, W and '.' type in a text field and black or white the wall elsewhere (Qt's own
      rule: a text field claims the printable keys); Ctrl+B always blacks the wall;
    - Left and Right step the day too, except in a table, list, spin box, combo box or
      slider, which keeps them for its own cursor;
    - Ctrl+Z (Ctrl+Shift+Z, Ctrl+Y) goes to the app's undo (redo) when the focused field
      has nothing of its own to undo (redo), instead of doing nothing in an empty field.

    A text field claims a key through the ShortcutOverride event sent to the focus widget
    before the window's shortcuts are matched; this filter, installed on each widget as it
    gets focus in such a window, declines that claim for the keys above.
    """

    def __init__(self, actions: AppActions):
        super().__init__(actions)
        self.app_actions = actions
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "focusChanged"):
            app.focusChanged.connect(self._focus_changed)
            focused = app.focusWidget()
            if focused is not None:
                self._focus_changed(None, focused)

    def _ours(self, widget) -> bool:
        window = widget.window()
        return window is not None and self.app_actions.next_step in window.actions()

    def _focus_changed(self, _old, now) -> None:
        if now is not None and self._ours(now):
            now.installEventFilter(self)     # installing again only moves it to the front

    def _always(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) \
                and mods == Qt.KeyboardModifier.NoModifier:
            return True
        return key == Qt.Key.Key_B and mods == Qt.KeyboardModifier.ControlModifier

    @staticmethod
    def _claims_arrows(widget, event: QKeyEvent) -> bool:
        """Left and Right also step the day (the clicker's arrows); a table, list, spin box,
        combo box or slider with focus keeps them for its own cursor, as the user expects."""
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return (key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                and mods == Qt.KeyboardModifier.NoModifier
                and isinstance(widget, (QAbstractItemView, QAbstractSpinBox, QComboBox,
                                        QAbstractSlider)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride or not self._ours(watched):
            return False
        if self._claims_arrows(watched, event):
            event.accept()          # a table, list or spin box moves its own cursor
            return True
        a = self.app_actions
        pressed = QKeySequence(event.keyCombination())
        decline = self._always(event)
        if not decline and pressed in a.undo.shortcuts():
            decline = not _own_history(watched, redo=False)
        elif not decline and pressed in a.redo.shortcuts():
            decline = not _own_history(watched, redo=True)
        if decline:
            event.ignore()          # the field does not claim it: the window's shortcut runs
            return True
        return False
