"""Read every sheet of a workbook as offices send it: .xlsx, .xls (Excel 97) and .ods.

Each reader returns one :class:`Grid` per worksheet: the cells as text (dates as ISO dates,
whole numbers without ``.0``), which rows and columns are hidden, and every value of a
vertically merged range written into each of its rows. The importer decides what to do
with hidden rows and columns; a reader only tells.

The readers, and why:

* **xlsx**: openpyxl in read-only mode for the values (the fast path the bench measures
  against). Read-only mode does not expose hidden rows, hidden columns or merged ranges,
  and a full load costs several times as much, so those three attributes are read from the
  sheet's own XML with a scan over its ``<row>``, ``<col>`` and ``<mergeCell>`` tags.
* **xls**: xlrd with ``formatting_info=True``, which gives ``rowinfo_map`` (hidden rows,
  by hand or by a filter), ``colinfo_map`` (hidden columns) and ``merged_cells``.
* **ods**: odfpy, the OpenDocument library; its element tree carries
  ``table:visibility`` on rows (``collapse`` by hand, ``filter`` by an AutoFilter) and on
  columns, and ``table:number-rows-spanned`` on merged cells. python-calamine reads ods
  faster but does not report hidden rows, so it cannot tell a filtered-out person.

Nothing here imports Qt; every damage becomes a :class:`~sessions.importing.ListImportError`
through :class:`SheetError`, raised by the caller's mapping of ``reason``.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

MAX_CELL_CHARS = 32_767            # Excel's own limit for one cell
MAX_COLUMNS = 16_384


class SheetError(Exception):
    """A workbook that cannot be read; ``reason`` is an importing.Reason value."""

    def __init__(self, reason: str, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass
class Grid:
    """One worksheet: ``rows[i]`` is spreadsheet row ``i + 1``; ``cols`` count from 0 (A)."""

    name: str
    rows: list[list[str]]
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    hidden_sheet: bool = False


def cell_text(value) -> str:
    """A cell value as the text the importer works with."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).replace("\x00", "")[:MAX_CELL_CHARS]


def _trim(rows: list[list[str]]) -> list[list[str]]:
    """Drop empty rows at the end and empty cells at the end of each row."""
    for row in rows:
        while row and not row[-1]:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _fill_down(rows: list[list[str]], merges: list[tuple[int, int, int]]) -> None:
    """Write the value of each vertical merge (first row, column, last row) into every row."""
    for first, col, last in merges:
        if first >= len(rows) or col >= len(rows[first]):
            continue
        value = rows[first][col]
        if not value:
            continue
        for r in range(first + 1, min(last, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= col:
                row.extend([""] * (col + 1 - len(row)))
            if not row[col]:
                row[col] = value


def _too_many(max_rows: int):
    return SheetError("too_many_rows", limit=max_rows)


# ---------------------------------------------------------------- xlsx

_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_HIDDEN_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*\shidden\s*=\s*[\"'](?:1|true)[\"'][^>]*)>")
_ROW_WITHOUT_R = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b(?![^>]*\sr\s*=)")
_COL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?col\b([^>]*)>")
_MERGE_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b([^>]*)>")
_ATTR = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(raw: bytes) -> dict[bytes, bytes]:
    return {m.group(1).split(b":")[-1]: m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTR.finditer(raw)}


def _truthy(value: bytes | None) -> bool:
    return value is not None and value.strip().lower() in (b"1", b"true")


def scan_xlsx_sheet(xml: bytes) -> tuple[set[int], set[int], list[tuple[int, int, int]]]:
    """Hidden rows, hidden columns (both from 0) and vertical merges from a sheet's XML.

    A scan over the three tags, not a parse: openpyxl has already parsed the cells.
    Rows without ``r`` follow the previous row, as the format allows.
    """
    from openpyxl.utils.cell import range_boundaries

    hidden_rows: set[int] = set()
    if _ROW_WITHOUT_R.search(xml) is None:
        # every row says its number (Excel, LibreOffice, openpyxl): look at the hidden ones only
        for m in _HIDDEN_ROW.finditer(xml):
            try:
                hidden_rows.add(int(_attrs(m.group(1))[b"r"]) - 1)
            except (KeyError, ValueError):
                continue
        rows_done = True
    else:
        rows_done = False
    row = 0
    for m in () if rows_done else _ROW_TAG.finditer(xml):
        a = _attrs(m.group(1))
        try:
            row = int(a[b"r"]) if b"r" in a else row + 1
        except ValueError:
            row += 1
        if _truthy(a.get(b"hidden")):
            hidden_rows.add(row - 1)
    hidden_cols: set[int] = set()
    for m in _COL_TAG.finditer(xml):
        a = _attrs(m.group(1))
        if not _truthy(a.get(b"hidden")):
            continue
        try:
            lo, hi = int(a.get(b"min", b"0")), int(a.get(b"max", b"0"))
        except ValueError:
            continue
        hidden_cols.update(range(max(lo, 1) - 1, min(hi, MAX_COLUMNS)))
    merges: list[tuple[int, int, int]] = []
    for m in _MERGE_TAG.finditer(xml):
        ref = _attrs(m.group(1)).get(b"ref", b"").decode("ascii", "replace")
        try:
            min_col, min_row, _max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            continue
        if None not in (min_col, min_row, max_row) and max_row > min_row:
            merges.append((min_row - 1, min_col - 1, max_row - 1))
    return hidden_rows, hidden_cols, merges


def read_xlsx(data: bytes, max_rows: int) -> list[Grid]:
    """Every worksheet of an xlsx workbook."""
    import openpyxl  # imported here: only workbooks pay for it

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (KeyError, BadZipFile, XML errors) on damage
        raise SheetError("corrupt") from None
    grids: list[Grid] = []
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            rows: list[list[str]] = []
            try:
                for values in ws.iter_rows(values_only=True):
                    # text is most cells, and XML cannot hold a NUL: take it as it is
                    rows.append([v if type(v) is str else cell_text(v) for v in values])
                    if len(rows) > max_rows:
                        raise _too_many(max_rows)
                xml = archive.read(ws._worksheet_path)   # noqa: SLF001 - see scan_xlsx_sheet
                hidden_rows, hidden_cols, merges = scan_xlsx_sheet(xml)
            except SheetError:
                raise
            except Exception:
                raise SheetError("corrupt") from None
            _fill_down(rows, merges)
            grids.append(Grid(ws.title, _trim(rows), hidden_rows, hidden_cols,
                              getattr(ws, "sheet_state", "visible") != "visible"))
    finally:
        wb.close()
    return grids


# ---------------------------------------------------------------- xls


def read_xls(data: bytes, max_rows: int) -> list[Grid]:
    """Every worksheet of an Excel 97-2003 workbook."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True,
                                  logfile=io.StringIO())
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise SheetError("encrypted") from None
        raise SheetError("corrupt") from None
    except Exception:  # xlrd raises struct.error, IndexError, AssertionError… on damage
        raise SheetError("corrupt") from None
    grids: list[Grid] = []
    try:
        for index in range(book.nsheets):
            try:
                sheet = book.sheet_by_index(index)
                if sheet.nrows > max_rows:
                    raise _too_many(max_rows)
                rows = []
                for r in range(sheet.nrows):
                    rows.append([_xls_cell(book, c) for c in sheet.row(r)[:MAX_COLUMNS]])
                hidden_rows = {r for r, info in sheet.rowinfo_map.items() if info.hidden}
                hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}
                merges = [(rlo, clo, rhi - 1) for rlo, rhi, clo, _chi in sheet.merged_cells
                          if rhi - rlo > 1]
                hidden = sheet.visibility != 0
                book.unload_sheet(index)
            except SheetError:
                raise
            except Exception:
                raise SheetError("corrupt") from None
            _fill_down(rows, merges)
            grids.append(Grid(sheet.name, _trim(rows), hidden_rows, hidden_cols, hidden))
    finally:
        book.release_resources()
    return grids


def _xls_cell(book, cell) -> str:
    import xlrd

    kind, value = cell.ctype, cell.value
    if kind == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(value, book.datemode))
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return cell_text(value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(value))
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return cell_text(value)


# ---------------------------------------------------------------- ods

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_ROW_GROUPS = {"table-rows", "table-row-group", "table-header-rows"}
_COL_GROUPS = {"table-columns", "table-column-group", "table-header-columns"}


def _repeat(el, name: str, cap: int) -> int:
    try:
        return max(1, min(int(el.attributes.get((_TABLE, name), 1)), cap))
    except (TypeError, ValueError):
        return 1


def _ods_text(el, budget: list[int]) -> str:
    """The text of a text:p (spaces, tabs and line breaks as the format spells them)."""
    out: list[str] = []
    for child in el.childNodes:
        if budget[0] <= 0:
            break
        if child.nodeType == child.TEXT_NODE:
            out.append(child.data)
            budget[0] -= len(child.data)
        elif child.nodeType == child.ELEMENT_NODE:
            ns, local = child.qname
            if ns == _TEXT and local == "s":
                try:
                    n = max(1, min(int(child.attributes.get((_TEXT, "c"), 1)), budget[0]))
                except (TypeError, ValueError):
                    n = 1
                out.append(" " * n)
                budget[0] -= n
            elif ns == _TEXT and local == "tab":
                out.append("\t")
            elif ns == _TEXT and local == "line-break":
                out.append("\n")
            elif ns == _TEXT and local in ("note", "annotation") or ns == _OFFICE:
                continue   # a comment on the cell is not its value
            else:
                out.append(_ods_text(child, budget))
    return "".join(out)


def _ods_cell(el) -> str:
    vtype = el.attributes.get((_OFFICE, "value-type"))
    if vtype == "float":
        try:
            return cell_text(float(el.attributes.get((_OFFICE, "value"))))
        except (TypeError, ValueError):
            pass
    elif vtype == "date":
        value = el.attributes.get((_OFFICE, "date-value"), "")
        if value:
            return value[:10] if value[10:].strip("T0:.") == "" else value.replace("T", " ")
    elif vtype == "boolean":
        return "1" if el.attributes.get((_OFFICE, "boolean-value")) == "true" else "0"
    budget = [MAX_CELL_CHARS]
    paragraphs = [_ods_text(p, budget) for p in el.childNodes
                  if p.nodeType == p.ELEMENT_NODE and p.qname == (_TEXT, "p")]
    return "\n".join(paragraphs)


def _hidden_table_styles(doc) -> set[str]:
    hidden = set()
    for style in doc.automaticstyles.childNodes:
        if style.nodeType != style.ELEMENT_NODE or style.qname != (_STYLE, "style"):
            continue
        for props in style.childNodes:
            if (props.nodeType == props.ELEMENT_NODE
                    and props.qname == (_STYLE, "table-properties")
                    and props.attributes.get((_TABLE, "display")) == "false"):
                hidden.add(style.attributes.get((_STYLE, "name")))
    return hidden


def _ods_sheet(table, max_rows: int) -> tuple[list[list[str]], set[int], set[int], list]:
    rows: list[list[str]] = []
    hidden_rows: set[int] = set()
    hidden_cols: set[int] = set()
    merges: list[tuple[int, int, int]] = []
    pending_rows = 0          # empty rows not yet written: only written when content follows
    col_index = 0

    def column(el):
        nonlocal col_index
        n = _repeat(el, "number-columns-repeated", MAX_COLUMNS)
        if el.attributes.get((_TABLE, "visibility"), "visible") != "visible":
            hidden_cols.update(range(col_index, min(col_index + n, MAX_COLUMNS)))
        col_index += n

    def columns(parent):
        for el in parent.childNodes:
            if el.nodeType != el.ELEMENT_NODE or el.qname[0] != _TABLE:
                continue
            if el.qname[1] == "table-column":
                column(el)
            elif el.qname[1] in _COL_GROUPS:
                columns(el)

    def one_row(el):
        nonlocal pending_rows
        cells: list[str] = []
        pending_cells = 0
        spans: list[tuple[int, int]] = []
        for cell in el.childNodes:
            if cell.nodeType != cell.ELEMENT_NODE or cell.qname[0] != _TABLE:
                continue
            if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                continue
            n = _repeat(cell, "number-columns-repeated", MAX_COLUMNS)
            text = _ods_cell(cell) if cell.qname[1] == "table-cell" else ""
            if not text:
                pending_cells += n
                continue
            col = len(cells) + pending_cells
            if col >= MAX_COLUMNS:
                break
            cells.extend([""] * pending_cells)
            pending_cells = 0
            cells.extend([text] * min(n, MAX_COLUMNS - col))
            span = _repeat(cell, "number-rows-spanned", max_rows + 1)
            if span > 1:
                spans.append((col, span))
        repeat = _repeat(el, "number-rows-repeated", max_rows + 2)
        hidden = el.attributes.get((_TABLE, "visibility"), "visible") != "visible"
        if not cells:
            if hidden:
                start = len(rows) + pending_rows
                hidden_rows.update(range(start, min(start + repeat, start + max_rows + 2)))
            pending_rows += repeat
            return
        if len(rows) + pending_rows + repeat > max_rows:
            raise _too_many(max_rows)
        rows.extend([] for _ in range(pending_rows))
        pending_rows = 0
        for _ in range(repeat):
            if hidden:
                hidden_rows.add(len(rows))
            for col, span in spans:
                merges.append((len(rows), col, len(rows) + span - 1))
            rows.append(list(cells))

    def walk(parent):
        for el in parent.childNodes:
            if el.nodeType != el.ELEMENT_NODE or el.qname[0] != _TABLE:
                continue
            if el.qname[1] == "table-row":
                one_row(el)
            elif el.qname[1] in _ROW_GROUPS:
                walk(el)
            elif el.qname[1] == "table-column":
                column(el)
            elif el.qname[1] in _COL_GROUPS:
                columns(el)

    walk(table)
    hidden_rows = {r for r in hidden_rows if r < len(rows)}
    return rows, hidden_rows, hidden_cols, merges


def _ods_encrypted(data: bytes) -> bool:
    try:
        manifest = zipfile.ZipFile(io.BytesIO(data)).read("META-INF/manifest.xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return False
    return b"encryption-data" in manifest


def read_ods(data: bytes, max_rows: int) -> list[Grid]:
    """Every sheet of an OpenDocument spreadsheet (LibreOffice, OpenOffice)."""
    if _ods_encrypted(data):
        raise SheetError("encrypted")
    try:
        from odf.opendocument import load

        doc = load(io.BytesIO(data))
        body = doc.spreadsheet
    except Exception:  # odfpy raises zip, XML, KeyError… on damage
        raise SheetError("corrupt") from None
    grids: list[Grid] = []
    try:
        hidden_styles = _hidden_table_styles(doc)
        for table in body.childNodes:
            if table.nodeType != table.ELEMENT_NODE or table.qname != (_TABLE, "table"):
                continue
            rows, hidden_rows, hidden_cols, merges = _ods_sheet(table, max_rows)
            _fill_down(rows, merges)
            name = str(table.attributes.get((_TABLE, "name"), "") or f"{len(grids) + 1}")
            hidden = table.attributes.get((_TABLE, "style-name")) in hidden_styles
            grids.append(Grid(name, _trim(rows), hidden_rows, hidden_cols, hidden))
    except SheetError:
        raise
    except Exception:
        raise SheetError("corrupt") from None
    return grids
