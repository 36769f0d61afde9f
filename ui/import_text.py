"""The import's words: refusals, per-row notes, the report, doubts and sheets, in the UI language.

Shared by the import dialog and the command line (which must not load a dialog module),
and by ``ui.messages`` for an import error met elsewhere. Only QtCore: no widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from sessions import importing
from sessions.importing import ImportReport, ListImportError, Mapping, Note, RowNote, Table


def number(n: int) -> str:
    """A count in the UI locale's digits and separators."""
    return QLocale().toString(int(n))


def quoted(text: str) -> str:
    """“text”."""
    return QCoreApplication.translate("ImportReport", "“{text}”").format(text=text)


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
        return QCoreApplication.translate("ImportReport", "The workbook is protected with a password. Remove the password in Excel "
                                          "or LibreOffice, save it and import it again.")
    if r == R.CORRUPT_XLSX:
        return QCoreApplication.translate("ImportReport", "The spreadsheet is damaged and cannot be read. Open it in Excel or "
                                          "LibreOffice, save it again and import the saved file.")
    if r == R.NO_NAME_COLUMN:
        return QCoreApplication.translate("ImportReport", "No column with names was found (such as Naam, Voornaam or Achternaam).")
    if r == R.NO_ROWS:
        return QCoreApplication.translate("ImportReport", "The list has column titles but no people under them.")
    if r == R.TOO_MANY_ROWS:
        return QCoreApplication.translate("ImportReport", "The list has more than {limit} rows; that is not a participant list.").format(
            limit=number(p.get("limit", importing.MAX_ROWS)))
    if r == R.NO_SHEET:
        return QCoreApplication.translate("ImportReport", "The workbook has no sheet {sheet}. Its sheets are: {sheets}.").format(
            sheet=quoted(p.get("sheet", "")),
            sheets=", ".join(f"{i}. {quoted(s)}" for i, s in enumerate(p.get("sheets", []), 1)))
    if r == R.UNSUPPORTED:
        kind = p.get("kind", "")
        if kind == "html":
            return QCoreApplication.translate("ImportReport", "This is a web page saved as a spreadsheet. Open it in Excel or "
                                              "LibreOffice and save it as .xlsx, .ods or “CSV UTF-8”.")
        if kind == "xml2003":
            return QCoreApplication.translate("ImportReport", "This is an Excel 2003 XML spreadsheet. Open it in Excel or "
                                              "LibreOffice and save it as .xlsx, .ods or “CSV UTF-8”.")
        if kind == "pdf":
            return QCoreApplication.translate("ImportReport", "This is a PDF, not a list. Ask for the list as Excel, LibreOffice or CSV.")
        if kind in ("docx", "doc"):
            return QCoreApplication.translate("ImportReport", "This is a Word document, not a list. Ask for the list as Excel, "
                                              "LibreOffice or CSV.")
        return QCoreApplication.translate("ImportReport", "This file is not a list (a {kind} file). Use Excel, LibreOffice, CSV "
                                          "or text.").format(kind=kind)
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
        "manager": QCoreApplication.translate("ImportReport", "Manager (not stored yet)"),
    }[target]


def field_label(field: str) -> str:
    """A participant field's name for messages."""
    if field == "manager":
        return QCoreApplication.translate("ImportReport", "manager")
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
        if p.get("kind", "csv") == "csv":
            return QCoreApplication.translate("ImportReport", "“{name}” contains a “?”: a letter was probably lost when the list was "
                                              "saved as text. Save it again as “CSV UTF-8” (Excel) or with the character "
                                              "set “Unicode (UTF-8)” (LibreOffice), or import the workbook itself.").format(
                name=p.get("name", ""))
        return QCoreApplication.translate("ImportReport", "“{name}” contains a “?”: a letter was probably lost before the list "
                                          "reached you. Check the name.").format(name=p.get("name", ""))
    if r == Note.LONG_TEXT:
        return QCoreApplication.translate("ImportReport", "very long {field} ({length} characters); kept as it is").format(
            field=field_label(p.get("field", "")), length=number(p.get("length", 0)))
    if r == Note.EMAIL_UNUSUAL:
        return QCoreApplication.translate("ImportReport", "“{email}” does not look like an e-mail address; kept as it is").format(
            email=p.get("email", ""))
    return str(r)


def note_line(note: RowNote) -> str:
    """'Row 5: exact copy of row 4; skipped'."""
    return QCoreApplication.translate("ImportReport", "Row {row}: {text}").format(row=note.row, text=note_text(note))


def hidden_rows_text(n: int) -> str:
    """'3 hidden rows, not imported' (the dialog and the report say the same)."""
    return QCoreApplication.translate("ImportReport", "{n} rows hidden, not imported").format(n=number(n))


def change_line(name: str, old: dict, new: dict) -> str:
    """'Anneke de Rijk: area / team Beleid → Wijkteam; role … → …'."""
    parts = [QCoreApplication.translate("ImportReport", "{field} {old} → {new}").format(
        field=field_label(k), old=quoted(old.get(k, "")) if old.get(k) else "–", new=quoted(v))
        for k, v in new.items()]
    return f"{name}: " + "; ".join(parts)


def report_lines(report: ImportReport) -> list[str]:
    """The import report as plain lines: counts first, then what went where, every change,
    every skipped row and warning."""
    lines = [QCoreApplication.translate("ImportReport", "Added: {added}. Updated: {updated}. Skipped: {skipped}.").format(
        added=number(report.added), updated=number(report.updated),
        skipped=number(len(report.skipped)))]
    if report.dry_run:
        lines.append(QCoreApplication.translate("ImportReport", "Trial run: nothing was changed."))
    if report.removed:
        lines.append(QCoreApplication.translate("ImportReport", "Removed because they are not on the new list: {n}.").format(
            n=number(report.removed)))
    if report.hidden_rows_skipped:
        lines.append(hidden_rows_text(report.hidden_rows_skipped) + ".")
    if report.blank_rows:
        lines.append(QCoreApplication.translate("ImportReport", "Blank rows left out: {n}.").format(n=number(report.blank_rows)))
    if report.sheet:
        lines.append(QCoreApplication.translate("ImportReport", "Sheet: {sheet} (sheet {index}).").format(
            sheet=quoted(report.sheet), index=report.sheet_index))
    if report.columns:
        lines.append(QCoreApplication.translate("ImportReport", "Columns: {columns}.").format(columns="; ".join(
            f"{field_label(f)} ← {quoted(t)}" for f, t in report.columns.items())))
    for field, title in report.not_stored.items():
        lines.append(QCoreApplication.translate("ImportReport", "Column {title} was recognised as the {field}; it is not stored "
                                                "yet (this version has no place for it).").format(
            title=quoted(title), field=field_label(field)))
    if report.hidden_columns:
        lines.append(QCoreApplication.translate("ImportReport", "Hidden columns, not imported: {titles}.").format(
            titles=", ".join(quoted(t) for t in report.hidden_columns)))
    if report.updated_rows:
        lines += ["", QCoreApplication.translate("ImportReport", "Updated:")] + [
            change_line(report.updated_names.get(pid, ""), old, new)
            for pid, (old, new) in report.updated_rows.items()]
    if report.not_on_list:
        lines += ["", QCoreApplication.translate("ImportReport", "Not on this list (kept in the trajectory): {n}").format(
            n=number(len(report.not_on_list)))] + report.not_on_list
    if report.skipped:
        lines += ["", QCoreApplication.translate("ImportReport", "Skipped rows:")] + [note_line(n) for n in report.skipped]
    if report.warnings:
        lines += ["", QCoreApplication.translate("ImportReport", "Check these:")] + [note_line(n) for n in report.warnings]
    return lines


def source_description(table: Table) -> str:
    """Where the rows came from: 'Excel workbook, sheet “Deelnemers”' or 'Text in UTF-8, separated by ;'."""
    if table.kind == "xlsx":
        return QCoreApplication.translate("ImportReport", "Excel workbook, sheet “{sheet}”").format(sheet=table.sheet)
    if table.kind == "xls":
        return QCoreApplication.translate("ImportReport", "Excel 97-2003 workbook, sheet “{sheet}”").format(sheet=table.sheet)
    if table.kind == "ods":
        return QCoreApplication.translate("ImportReport", "OpenDocument spreadsheet (LibreOffice), sheet “{sheet}”").format(
            sheet=table.sheet)
    names = {";": QCoreApplication.translate("ImportReport", "semicolons"),
             ",": QCoreApplication.translate("ImportReport", "commas"),
             "\t": QCoreApplication.translate("ImportReport", "tabs"),
             "": QCoreApplication.translate("ImportReport", "one column")}
    return QCoreApplication.translate("ImportReport", "Text in {encoding}, separated by {delimiter}").format(
        encoding=table.encoding.upper(), delimiter=names.get(table.delimiter, table.delimiter))


def column_name(table: Table, mapping: Mapping, col: int) -> str:
    """'“Roepnaam” (column D)'."""
    title = table.header_cells(mapping.header_row)[col] if mapping.header_row >= 0 else ""
    letter = importing.column_letter(col)
    if title:
        return QCoreApplication.translate("ImportReport", "{title} (column {letter})").format(title=quoted(title), letter=letter)
    return QCoreApplication.translate("ImportReport", "column {letter}").format(letter=letter)


def doubt_line(table: Table, mapping: Mapping, doubt: importing.Doubt) -> str:
    """'first name: “Voornaam” (column C) or “Roepnaam” (column D)'."""
    names = [column_name(table, mapping, c) for c in doubt.columns]
    joined = names[0] if len(names) == 1 else QCoreApplication.translate("ImportReport", "{some} or {last}").format(
        some=", ".join(names[:-1]), last=names[-1])
    return f"{field_label(doubt.field)}: {joined}"


def sheet_summary(table: Table, people: int) -> str:
    """'“Deelnemers” – people: 16' / '“Toelichting” – no list of people (rows: 3)'."""
    if people:
        return QCoreApplication.translate("ImportReport", "{sheet} – people: {n}").format(sheet=quoted(table.sheet), n=number(people))
    rows = sum(1 for r in table.rows if any(c.strip() for c in r))
    return QCoreApplication.translate("ImportReport", "{sheet} – no list of people (rows: {n})").format(
        sheet=quoted(table.sheet), n=number(rows))
