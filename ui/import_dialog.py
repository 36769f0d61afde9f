"""The import dialog: choose the sheet, check the columns, see what changes, then the report.

Page 1 lists the workbook's sheets (rows and a preview each) beside a preview of the chosen
sheet, with a column mapping the user can correct and the hidden rows counted. When the
trajectory already holds people, page 2 shows who is added, who changes (old → new) and
who is not on the new list (kept unless the user ticks their removal). Page 3 is the report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sessions import importing
from sessions.errors import StartdagError
from sessions.importing import ImportReport, Mapping, Table
from ui.import_text import (  # noqa: F401 - re-exported for older callers
    change_line,
    doubt_line,
    field_label,
    hidden_rows_text,
    import_error_text,
    note_line,
    note_text,
    report_lines,
    sheet_summary,
    source_description,
    target_label,
)
from ui.plain import plain_tip
from ui.widgets import plain_label

PREVIEW_ROWS = 12
PREVIEW_CHARS = 80
HIDDEN = QColor("#8a8a8a")

DoImport = Callable[[Table, Mapping, list[int]], ImportReport]
PreviewImport = Callable[[Table, Mapping], ImportReport]


def sheet_preview(table: Table, limit: int = 3) -> str:
    """A glimpse of a sheet: its first names, or else its first lines."""
    mapping = importing.guess_mapping(table)
    cols = [c for c, t in enumerate(mapping.columns) if t in ("name", "first_name", "prefix", "last_name")]
    shown: list[str] = []
    if mapping.has_name():
        for i in range(mapping.header_row + 1, len(table.rows)):
            row = table.rows[i]
            if i in table.hidden_rows or not any(c.strip() for c in row):
                continue
            text = " ".join(row[c].strip() for c in cols if c < len(row) and row[c].strip())
            if text:
                shown.append(text)
            if len(shown) >= limit:
                break
    else:
        for row in table.rows:
            text = " ".join(c.strip() for c in row if c.strip())
            if text:
                shown.append(text)
            if len(shown) >= limit - 1:
                break
    text = ", ".join(shown)
    return text[:70] + "…" if len(text) > 70 else text


class ImportDialog(QDialog):
    """Choose a sheet, correct which column holds what, see the changes, import, show the report.

    ``do_import(table, mapping, remove_ids)`` performs the import (as an undoable command)
    and returns the report; ``preview_import(table, mapping)`` (optional) returns what it
    would do without writing. A StartdagError from either is shown in the dialog and
    nothing is imported.
    """

    def __init__(self, table: Table, file_name: str, do_import: DoImport,
                 parent: QWidget | None = None, preview_import: PreviewImport | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import participants: {file}").format(file=file_name))
        self.table_data = table
        self.sheets = table.sheets or [table]
        self.do_import = do_import
        self.preview_import = preview_import
        self.report: ImportReport | None = None
        self.planned: ImportReport | None = None
        self.mapping = importing.guess_mapping(table)
        self.resize(1000, 640)

        self.stack = QStackedWidget()
        # --- page 1: sheets, preview and mapping
        preview_page = QWidget()
        self.source_label = plain_label()
        self.advice = plain_label()
        self.advice.setStyleSheet("font-weight:600;")
        self.sheet_list = QListWidget()
        self.sheet_list.setWordWrap(True)
        self.sheet_list.setAlternatingRowColors(True)
        self.sheet_list.setMinimumWidth(230)
        self.sheet_list.setMaximumWidth(300)
        self._fill_sheet_list()
        self.sheet_list.currentRowChanged.connect(self._sheet_changed)
        sheets_label = QLabel(self.tr("&Sheets in this workbook:"))
        sheets_label.setBuddy(self.sheet_list)
        sheets_box = QVBoxLayout()
        sheets_box.setContentsMargins(0, 0, 0, 0)
        sheets_box.addWidget(sheets_label)
        sheets_box.addWidget(self.sheet_list, 1)
        self.sheets_panel = QWidget()
        self.sheets_panel.setLayout(sheets_box)
        self.sheets_panel.setVisible(len(self.sheets) > 1)

        self.header_spin = QSpinBox()
        self.header_spin.setSpecialValueText(self.tr("none"))
        self.header_spin.valueChanged.connect(self._header_changed)
        header_label = QLabel(self.tr("Column titles are in &row:"))
        header_label.setBuddy(self.header_spin)
        self.hidden_label = plain_label(wrap=False)
        self.include_hidden = QCheckBox(self.tr("Import the &hidden rows too"))
        self.include_hidden.toggled.connect(self._include_hidden_changed)
        header_row = QHBoxLayout()
        header_row.addWidget(header_label)
        header_row.addWidget(self.header_spin)
        header_row.addSpacing(24)
        header_row.addWidget(self.hidden_label)
        header_row.addWidget(self.include_hidden)
        header_row.addStretch(1)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.combos: list[QComboBox] = []
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.advice)
        right.addLayout(header_row)
        right.addWidget(self.preview, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.sheets_panel)
        middle.addLayout(right, 1)
        self.error_label = plain_label()
        self.error_label.setStyleSheet("color:#a00000;")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self._import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_button)
        lay = QVBoxLayout(preview_page)
        lay.addWidget(self.source_label)
        lay.addLayout(middle, 1)
        lay.addLayout(buttons)
        # --- page 2: what a second list changes
        changes_page = QWidget()
        self.changes_summary = plain_label()
        self.changes_summary.setFont(self._big_font())
        self.changes_text = QPlainTextEdit()
        self.changes_text.setReadOnly(True)
        self.remove_missing = QCheckBox()
        self.changes_error = plain_label()
        self.changes_error.setStyleSheet("color:#a00000;")
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        cancel2 = QPushButton(self.tr("Cancel"))
        cancel2.clicked.connect(self.reject)
        self.apply_button = QPushButton(self.tr("Apply these changes"))
        self.apply_button.clicked.connect(self._apply_planned)
        cbuttons = QHBoxLayout()
        cbuttons.addWidget(self.changes_error, 1)
        cbuttons.addWidget(back)
        cbuttons.addWidget(cancel2)
        cbuttons.addWidget(self.apply_button)
        clay = QVBoxLayout(changes_page)
        clay.addWidget(self.changes_summary)
        clay.addWidget(self.changes_text, 1)
        clay.addWidget(self.remove_missing)
        clay.addLayout(cbuttons)
        # --- page 3: the report
        report_page = QWidget()
        self.summary = plain_label()
        self.summary.setFont(self._big_font())
        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        close.accepted.connect(self.accept)
        rlay = QVBoxLayout(report_page)
        rlay.addWidget(self.summary)
        rlay.addWidget(self.report_text, 1)
        rlay.addWidget(plain_label(self.tr("Not what you wanted? Edit ▸ Undo takes the whole "
                                           "import back.")))
        rlay.addWidget(close)
        self.stack.addWidget(preview_page)
        self.stack.addWidget(changes_page)
        self.stack.addWidget(report_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        # Enter means the page's main button, wherever the focus is (never Cancel or Back)
        self._defaults = {0: self.import_button, 1: self.apply_button,
                          2: close.button(QDialogButtonBox.StandardButton.Close)}
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.stack.currentChanged.connect(self._page_changed)
        self._page_changed(0)
        self._show_table()
        if len(self.sheets) > 1:
            self.sheet_list.setCurrentRow(self.sheets.index(table) if table in self.sheets else 0)
        # keyboard first: arrows pick a sheet, Enter imports
        (self.sheet_list if len(self.sheets) > 1 else self.import_button).setFocus()

    def _page_changed(self, index: int) -> None:
        for page, button in self._defaults.items():
            button.setDefault(page == index)

    def _big_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        return font

    # -------------------------------------------------------- sheets

    def _fill_sheet_list(self) -> None:
        if len(self.sheets) < 2:
            return
        counts = importing.sheet_people_counts(self.sheets[0])
        for sheet, people in zip(self.sheets, counts, strict=True):
            title = sheet_summary(sheet, people)
            if sheet.hidden_sheet:
                title += " " + self.tr("(hidden sheet)")
            glimpse = sheet_preview(sheet)
            item = QListWidgetItem(f"{title}\n{glimpse}" if glimpse else title)
            item.setToolTip(plain_tip(f"{title}\n{glimpse}"))
            if not people:
                item.setForeground(QBrush(HIDDEN))
            self.sheet_list.addItem(item)

    def _sheet_changed(self, row: int) -> None:
        if not 0 <= row < len(self.sheets) or self.sheets[row] is self.table_data:
            return
        self.table_data = self.sheets[row]
        self.mapping = importing.guess_mapping(self.table_data)
        self._show_table()

    def choose_sheet(self, position: int) -> None:
        """Show sheet ``position`` (from 0), as a click in the sheet list does."""
        self.sheet_list.setCurrentRow(position)
        self._sheet_changed(position)

    def _show_table(self) -> None:
        table = self.table_data
        self.source_label.setText(source_description(table))
        self.header_spin.blockSignals(True)
        # 0 = the list has no row of column titles: every row is a person
        self.header_spin.setRange(0, max(1, min(len(table.rows), importing.HEADER_SEARCH_ROWS)))
        self.header_spin.setValue(self.mapping.header_row + 1)
        self.header_spin.blockSignals(False)
        self.include_hidden.blockSignals(True)
        self.include_hidden.setChecked(self.mapping.include_hidden)
        self.include_hidden.blockSignals(False)
        self.error_label.clear()
        self._fill_preview()

    # -------------------------------------------------------- the preview

    def _fill_preview(self) -> None:
        table = self.table_data
        rows = table.rows
        width = table.width
        start = self.mapping.header_row
        # numbered as in the file, so the preview and the report speak of the same rows
        shown = [(i + 1, r) for i, r in enumerate(rows) if i > start and any(c.strip() for c in r)]
        shown = shown[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(shown) + 1)
        headers = table.header_cells(start) if start >= 0 else [""] * width
        labels = []
        for c in range(width):
            label = headers[c][:40] or self.tr("Column {n}").format(n=c + 1)
            if c in table.hidden_cols:
                label = self.tr("{title} (hidden)").format(title=label)
            labels.append(label)
        self.preview.setHorizontalHeaderLabels(labels)
        self.preview.setVerticalHeaderLabels(
            [self.tr("Import as")] + [str(number) if number - 1 not in table.hidden_rows
                                      else self.tr("{row} (hidden)").format(row=number)
                                      for number, _row in shown])
        self.combos = []
        for c in range(width):
            combo = QComboBox()
            # sized by its column, not by its longest choice ("Manager (not stored yet)")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            for target in ("",) + importing.TARGETS:
                combo.addItem(target_label(target), target)
            current = self.mapping.columns[c] if c < len(self.mapping.columns) else ""
            combo.setCurrentIndex(combo.findData(current))
            combo.currentIndexChanged.connect(self._mapping_changed)
            combo.setAccessibleName(self.tr("Import column {title} as").format(title=labels[c]))
            self.preview.setCellWidget(0, c, combo)
            self.combos.append(combo)
        for r, (number, row) in enumerate(shown, start=1):
            hidden_row = number - 1 in table.hidden_rows
            for c in range(width):
                text = row[c] if c < len(row) else ""
                short = " ".join(text.split())
                if len(short) > PREVIEW_CHARS:
                    short = short[:PREVIEW_CHARS] + "…"
                item = QTableWidgetItem(short)
                item.setToolTip(plain_tip(text[:500]))
                if hidden_row or c in table.hidden_cols:
                    item.setForeground(QBrush(HIDDEN))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(max(self.preview.columnWidth(c), 150), 320))
        hidden = table.hidden_data_rows(start)
        self.hidden_label.setText(hidden_rows_text(hidden) if hidden else "")
        self.hidden_label.setVisible(bool(hidden))
        self.include_hidden.setVisible(bool(hidden))
        self._update_advice()

    def _header_changed(self, value: int) -> None:
        if value == 0:
            # no titles: keep what the user chose per column, guess nothing
            self.mapping = Mapping(-1, [c.currentData() for c in self.combos], sure=True,
                                   include_hidden=self.mapping.include_hidden)
        else:
            guess = importing.mapping_at(self.table_data, value - 1)
            guess.include_hidden = self.mapping.include_hidden
            self.mapping = guess
        self._fill_preview()

    def _include_hidden_changed(self, on: bool) -> None:
        self.mapping.include_hidden = on

    def _mapping_changed(self) -> None:
        self.mapping = Mapping(self.mapping.header_row, [c.currentData() for c in self.combos],
                               sure=True, include_hidden=self.mapping.include_hidden)
        self._update_advice()

    def _update_advice(self) -> None:
        if not self.mapping.has_name():
            text = self.tr("No column with names was recognised. Choose which column holds the "
                           "names in the first row of the table.")
        elif self.mapping.doubts:
            text = self.tr("Not every column was recognised for certain. Check what each column "
                           "is imported as before importing:") + "\n" + "\n".join(
                "• " + doubt_line(self.table_data, self.mapping, d) for d in self.mapping.doubts)
        elif not self.mapping.sure:
            text = self.tr("Not every column was recognised for certain. Check what each column "
                           "is imported as before importing.")
        else:
            text = self.tr("The columns were recognised. Check the preview and import.")
        if len(self.sheets) > 1 and not self.table_data.sheet_sure:
            text += "\n" + self.tr("More than one sheet holds people: check the sheet on the left.")
        self.advice.setText(text)
        self.import_button.setEnabled(self.mapping.has_name())

    # -------------------------------------------------------- importing

    def set_mapping(self, columns: list[str]) -> None:
        """Choose the target of each column (the same as picking in the combo boxes)."""
        for combo, target in zip(self.combos, columns, strict=False):
            combo.setCurrentIndex(combo.findData(target))

    def _import(self) -> None:
        from ui.messages import error_text

        self.error_label.clear()
        if self.preview_import is not None:
            try:
                planned = self.preview_import(self.table_data, self.mapping)
            except StartdagError as exc:   # a list problem, or the trajectory cannot be read
                self.error_label.setText(error_text(exc))
                return
            if planned.updated or planned.not_on_list:
                self.show_changes(planned)
                return
        self._apply([])

    def show_changes(self, planned: ImportReport) -> None:
        """Page 2: who is added, who is updated (old → new), who is not on the new list."""
        self.planned = planned
        same = sum(1 for n in planned.skipped if n.reason == importing.Note.UNCHANGED)
        self.changes_summary.setText(self.tr(
            "This list adds {added}, updates {updated}, finds {same} unchanged and leaves out "
            "{missing} of the people already in the trajectory.").format(
            added=planned.added, updated=planned.updated, same=same,
            missing=len(planned.not_on_list)))
        lines: list[str] = []
        if planned.hidden_rows_skipped:
            lines += [hidden_rows_text(planned.hidden_rows_skipped) + " " + self.tr(
                "(go back to import them too)"), ""]
        added = importing.ImportReport.as_json(planned)["added_people"]
        if added:
            lines += [self.tr("Added ({n}):").format(n=len(added))] + added + [""]
        if planned.updated_rows:
            lines += [self.tr("Updated, old → new ({n}):").format(n=planned.updated)]
            lines += [change_line(planned.updated_names.get(pid, ""), old, new)
                      for pid, (old, new) in planned.updated_rows.items()] + [""]
        if planned.not_on_list:
            lines += [self.tr("Not on the new list ({n}); they stay unless you tick below:").format(
                n=len(planned.not_on_list))] + planned.not_on_list
        self.changes_text.setPlainText("\n".join(lines).strip())
        n = len(planned.not_on_list)
        self.remove_missing.setText(self.tr("&Remove the {n} people who are not on the new list "
                                            "(Edit ▸ Undo brings them back)").format(n=n))
        self.remove_missing.setChecked(False)
        self.remove_missing.setVisible(bool(n))
        self.changes_error.clear()
        self.stack.setCurrentIndex(1)
        self.apply_button.setFocus()

    def _apply_planned(self) -> None:
        remove = list(self.planned.not_on_list_ids) if (
            self.planned is not None and self.remove_missing.isChecked()) else []
        self._apply(remove)

    def _apply(self, remove_ids: list[int]) -> None:
        from ui.messages import error_text

        try:
            report = self.do_import(self.table_data, self.mapping, remove_ids)
        except StartdagError as exc:   # a list problem, or the trajectory cannot be written
            (self.changes_error if self.stack.currentIndex() == 1 else self.error_label).setText(
                error_text(exc))
            return
        self.show_report(report)

    def show_report(self, report: ImportReport) -> None:
        """Switch to the report page."""
        self.report = report
        lines = report_lines(report)
        self.summary.setText(lines[0])
        self.report_text.setPlainText("\n".join(lines[1:]).strip()
                                      or self.tr("Every row was imported without remarks."))
        self.stack.setCurrentIndex(2)

