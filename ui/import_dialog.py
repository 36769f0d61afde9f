"""The import dialog: a preview with a column mapping the user can correct, then the report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
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
from sessions.importing import ImportReport, ListImportError, Mapping, Note, RowNote, Table
from ui.overview import plain_label
from ui.plain import plain_tip

PREVIEW_ROWS = 12
PREVIEW_CHARS = 80



def _number(n: int) -> str:
    return QLocale().toString(int(n))


def import_error_text(error: ListImportError) -> str:
    """The one-line reason a file could not be imported."""
    p = {"path": "", "detail": "", **error.params}
    r = error.code
    R = importing.Reason
    if r == R.NOT_FOUND:
        return QCoreApplication.translate("ImportReport", "The file {path} does not exist.").format(**p)
    if r == R.UNREADABLE:
        return QCoreApplication.translate("ImportReport", "The file {path} could not be read: {detail}").format(**p)
    if r == R.EMPTY:
        return QCoreApplication.translate("ImportReport", "The file is empty: there is no list in it.")
    if r == R.TOO_LARGE:
        return QCoreApplication.translate("ImportReport", "The file is larger than {limit} MB; that is not a participant list.").format(
            limit=p.get("limit_mb", ""))
    if r == R.BINARY:
        return QCoreApplication.translate("ImportReport", "This file is not a list: it holds no readable text.")
    if r == R.ENCRYPTED:
        return QCoreApplication.translate("ImportReport", "The workbook is protected with a password. Remove the password in Excel, "
                   "save it and import it again.")
    if r == R.CORRUPT_XLSX:
        return QCoreApplication.translate("ImportReport", "The Excel file is damaged and cannot be read.")
    if r == R.NO_NAME_COLUMN:
        return QCoreApplication.translate("ImportReport", "No column with names was found (such as Naam, Voornaam or Achternaam).")
    if r == R.NO_ROWS:
        return QCoreApplication.translate("ImportReport", "The list has column titles but no people under them.")
    if r == R.TOO_MANY_ROWS:
        return QCoreApplication.translate("ImportReport", "The list has more than {limit} rows; that is not a participant list.").format(
            limit=_number(p.get("limit", importing.MAX_ROWS)))
    if r == R.UNSUPPORTED:
        kind = p.get("kind", "")
        if kind == "xls":
            return QCoreApplication.translate("ImportReport", "This is an old Excel file (.xls). Open it in Excel and save it as .xlsx "
                       "or “CSV UTF-8”.")
        if kind == "html":
            return QCoreApplication.translate("ImportReport", "This is a web page saved as a spreadsheet. Open it in Excel and save it as "
                       ".xlsx or “CSV UTF-8”.")
        if kind == "ods":
            return QCoreApplication.translate("ImportReport", "This is an OpenDocument spreadsheet. Save it as .xlsx or “CSV UTF-8”.")
        if kind == "pdf":
            return QCoreApplication.translate("ImportReport", "This is a PDF, not a list. Ask for the list as Excel or CSV.")
        if kind == "docx":
            return QCoreApplication.translate("ImportReport", "This is a Word document, not a list. Ask for the list as Excel or CSV.")
        return QCoreApplication.translate("ImportReport", "This file is not a list (a {kind} file). Use Excel, CSV or text.").format(
            kind=kind)
    return str(error)


def target_label(target: str) -> str:
    """The translated name of a mapping target ('' = not imported)."""
    return {
        "": QCoreApplication.translate("ImportReport", "(do not import)"),
        "name": QCoreApplication.translate("ImportReport", "Whole name"),
        "first_name": QCoreApplication.translate("ImportReport", "First name"),
        "prefix": QCoreApplication.translate("ImportReport", "Tussenvoegsel"),
        "last_name": QCoreApplication.translate("ImportReport", "Last name"),
        "email": QCoreApplication.translate("ImportReport", "E-mail"),
        "area": QCoreApplication.translate("ImportReport", "Area / team"),
        "role": QCoreApplication.translate("ImportReport", "Role"),
    }[target]


def field_label(field: str) -> str:
    """A participant field's name for messages."""
    return target_label(field).lower() if field in importing.TARGETS else field


def note_text(note: RowNote) -> str:
    """One skipped row or warning as a sentence (without the row number)."""
    p = note.params
    r = note.reason
    if r == Note.DUPLICATE:
        return QCoreApplication.translate("ImportReport", "exact copy of row {row}; skipped").format(row=p.get("of_row"))
    if r == Note.NO_NAME:
        return QCoreApplication.translate("ImportReport", "no name; skipped")
    if r == Note.UNCHANGED:
        return QCoreApplication.translate("ImportReport", "{name} is already on the list; nothing changed").format(name=p.get("name", ""))
    if r == Note.SAME_EMAIL:
        return QCoreApplication.translate("ImportReport", "same e-mail address as row {row} ({email}); both kept, check these").format(
            row=p.get("other_row"), email=p.get("email", ""))
    if r == Note.SAME_NAME:
        return QCoreApplication.translate("ImportReport", "same name as row {row} ({name}); both kept, check these").format(
            row=p.get("other_row"), name=p.get("name", ""))
    if r == Note.EMAIL_IN_USE:
        return QCoreApplication.translate("ImportReport", "the e-mail address {email} already belongs to {name}; added as a separate "
                   "person, check these").format(email=p.get("email", ""), name=p.get("name", ""))
    if r == Note.QUESTION_MARK:
        return QCoreApplication.translate("ImportReport", "“{name}” contains a “?”: a letter was probably lost when the list was saved. "
                   "Save it in Excel as “CSV UTF-8” and import it again.").format(
            name=p.get("name", ""))
    if r == Note.LONG_TEXT:
        return QCoreApplication.translate("ImportReport", "very long {field} ({length} characters); kept as it is").format(
            field=field_label(p.get("field", "")), length=_number(p.get("length", 0)))
    if r == Note.EMAIL_UNUSUAL:
        return QCoreApplication.translate("ImportReport", "“{email}” does not look like an e-mail address; kept as it is").format(
            email=p.get("email", ""))
    return str(r)


def note_line(note: RowNote) -> str:
    """'Row 5: exact copy of row 4; skipped'."""
    return QCoreApplication.translate("ImportReport", "Row {row}: {text}").format(row=note.row, text=note_text(note))


def report_lines(report: ImportReport) -> list[str]:
    """The import report as plain lines: counts first, then every skipped row and warning."""
    lines = [QCoreApplication.translate("ImportReport", "Added: {added}. Updated: {updated}. Skipped: {skipped}.").format(
        added=_number(report.added), updated=_number(report.updated),
        skipped=_number(len(report.skipped)))]
    if report.blank_rows:
        lines.append(QCoreApplication.translate("ImportReport", "Blank rows left out: {n}.").format(n=_number(report.blank_rows)))
    if report.skipped:
        lines += ["", QCoreApplication.translate("ImportReport", "Skipped rows:")] + [note_line(n) for n in report.skipped]
    if report.warnings:
        lines += ["", QCoreApplication.translate("ImportReport", "Check these:")] + [note_line(n) for n in report.warnings]
    return lines


def source_description(table: Table) -> str:
    """Where the rows came from: 'Excel sheet “Deelnemers”' or 'text, UTF-8, separated by ;'."""
    if table.kind == "xlsx":
        return QCoreApplication.translate("ImportReport", "Excel workbook, sheet “{sheet}”").format(sheet=table.sheet)
    names = {";": QCoreApplication.translate("ImportReport", "semicolons"), ",": QCoreApplication.translate("ImportReport", "commas"), "\t": QCoreApplication.translate("ImportReport", "tabs"), "": QCoreApplication.translate("ImportReport", "one column")}
    return QCoreApplication.translate("ImportReport", "Text in {encoding}, separated by {delimiter}").format(
        encoding=table.encoding.upper(), delimiter=names.get(table.delimiter, table.delimiter))


class ImportDialog(QDialog):
    """Preview a list, let the user correct which column holds what, import, show the report.

    ``do_import(mapping)`` performs the import (as an undoable command) and returns the
    report; ListImportError from it is shown in the dialog and nothing is imported.
    """

    def __init__(self, table: Table, file_name: str,
                 do_import: Callable[[Mapping], ImportReport], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import participants: {file}").format(file=file_name))
        self.table_data = table
        self.do_import = do_import
        self.report: ImportReport | None = None
        self.mapping = importing.guess_mapping(table)
        self.resize(980, 620)

        self.stack = QStackedWidget()
        # --- page 1: preview and mapping
        preview_page = QWidget()
        self.source_label = plain_label(source_description(table))
        self.advice = plain_label()
        self.advice.setStyleSheet("font-weight:600;")
        self.header_spin = QSpinBox()
        # 0 = the list has no row of column titles: every row is a person
        self.header_spin.setRange(0, max(1, min(len(table.rows), importing.HEADER_SEARCH_ROWS)))
        self.header_spin.setSpecialValueText(self.tr("none"))
        self.header_spin.setValue(self.mapping.header_row + 1)
        self.header_spin.valueChanged.connect(self._header_changed)
        header_row = QHBoxLayout()
        header_row.addWidget(QLabel(self.tr("Column titles are in row:")))
        header_row.addWidget(self.header_spin)
        header_row.addStretch(1)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.combos: list[QComboBox] = []
        self.error_label = plain_label()
        self.error_label.setStyleSheet("color:#a00000;")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_button)
        lay = QVBoxLayout(preview_page)
        lay.addWidget(self.source_label)
        lay.addWidget(self.advice)
        lay.addLayout(header_row)
        lay.addWidget(self.preview, 1)
        lay.addLayout(buttons)
        # --- page 2: the report
        report_page = QWidget()
        self.summary = plain_label()
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)
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
        self.stack.addWidget(report_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self._fill_preview()

    # -------------------------------------------------------- the preview

    def _fill_preview(self) -> None:
        rows = self.table_data.rows
        width = self.table_data.width
        start = self.mapping.header_row
        # numbered as in the file, so the preview and the report speak of the same rows
        shown = [(start + 2 + i, r) for i, r in enumerate(rows[start + 1:])
                 if any(c.strip() for c in r)][:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(shown) + 1)
        headers = rows[start] if 0 <= start < len(rows) else []
        self.preview.setHorizontalHeaderLabels(
            [(headers[c] if c < len(headers) else "")[:40] or self.tr("Column {n}").format(n=c + 1)
             for c in range(width)])
        self.preview.setVerticalHeaderLabels(
            [self.tr("Import as")] + [str(number) for number, _row in shown])
        self.combos = []
        for c in range(width):
            combo = QComboBox()
            for target in ("",) + importing.TARGETS:
                combo.addItem(target_label(target), target)
            current = self.mapping.columns[c] if c < len(self.mapping.columns) else ""
            combo.setCurrentIndex(combo.findData(current))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.preview.setCellWidget(0, c, combo)
            self.combos.append(combo)
        for r, (_number, row) in enumerate(shown, start=1):
            for c in range(width):
                text = row[c] if c < len(row) else ""
                short = " ".join(text.split())
                if len(short) > PREVIEW_CHARS:
                    short = short[:PREVIEW_CHARS] + "…"
                item = QTableWidgetItem(short)
                item.setToolTip(plain_tip(text[:500]))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(max(self.preview.columnWidth(c), 150), 320))
        self._update_advice()

    def _header_changed(self, value: int) -> None:
        width = self.table_data.width
        if value == 0:
            # no titles: keep what the user chose per column, guess nothing
            self.mapping = Mapping(-1, [c.currentData() for c in self.combos], sure=True)
        else:
            guess = importing.guess_mapping(importing.Table([self.table_data.rows[value - 1], []]))
            self.mapping = Mapping(value - 1, guess.columns + [""] * (width - len(guess.columns)),
                                   guess.sure)
        self._fill_preview()

    def _mapping_changed(self) -> None:
        self.mapping = Mapping(self.mapping.header_row, [c.currentData() for c in self.combos],
                               sure=True)
        self._update_advice()

    def _update_advice(self) -> None:
        if not self.mapping.has_name():
            self.advice.setText(self.tr("No column with names was recognised. Choose which column "
                                        "holds the names in the first row of the table."))
        elif self.mapping.sure:
            self.advice.setText(self.tr("The columns were recognised. Check the preview and import."))
        else:
            self.advice.setText(self.tr("Not every column was recognised for certain. Check what "
                                        "each column is imported as before importing."))
        self.import_button.setEnabled(self.mapping.has_name())

    # -------------------------------------------------------- importing

    def set_mapping(self, columns: list[str]) -> None:
        """Choose the target of each column (the same as picking in the combo boxes)."""
        for combo, target in zip(self.combos, columns, strict=False):
            combo.setCurrentIndex(combo.findData(target))

    def _import(self) -> None:
        from ui.messages import error_text

        try:
            report = self.do_import(self.mapping)
        except StartdagError as exc:   # a list problem, or the trajectory cannot be written
            self.error_label.setText(error_text(exc))
            return
        self.show_report(report)

    def show_report(self, report: ImportReport) -> None:
        """Switch to the report page."""
        self.report = report
        lines = report_lines(report)
        self.summary.setText(lines[0])
        self.report_text.setPlainText("\n".join(lines[1:]).strip()
                                      or self.tr("Every row was imported without remarks."))
        self.stack.setCurrentIndex(1)
