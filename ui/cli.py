"""The command line: `new`, `import`, `export`, `backups`, `restore`. Prints one clear line on errors, never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sessions.errors import StartdagError
from sessions.store import SUFFIX, Store
from ui.messages import error_text, fail


def cmd_new(args: argparse.Namespace) -> int:
    """`main.py new FILE.startdag --title … [--organisation …] | --demo [NAME]`."""
    path = Path(args.file)
    if args.demo == "programme":
        from ui.learning.cli import new_programme_demo

        return new_programme_demo(path)
    if path.suffix != SUFFIX:
        return fail(QCoreApplication.translate("Cli", "The file name must end in {suffix}.").format(suffix=SUFFIX))
    if path.exists() and not args.force:
        return fail(QCoreApplication.translate("Cli", "The file {path} already exists (use --force to replace it).").format(
            path=path))
    if not path.parent.is_dir():
        return fail(QCoreApplication.translate("Cli", "The folder {path} does not exist.").format(path=path.parent))
    try:
        if args.demo == "leercultuur":
            from sessions import demo_peer

            store = demo_peer.create_demo(path, overwrite=True)
        elif args.demo:
            from sessions import demo

            store = demo.create_demo(path, overwrite=True)
        else:
            if not (args.title or "").strip():
                return fail(QCoreApplication.translate("Cli", "Give a --title (or --demo)."))
            store = Store.create(path, title=args.title, organisation=args.organisation or "",
                                 concept=args.concept or "", overwrite=args.force)
    except StartdagError as exc:
        return fail(error_text(exc))
    store.close()
    print(QCoreApplication.translate("Cli", "Created {path}").format(path=path))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """`main.py export FILE.startdag --to DIR [--only group,personal,...]`."""
    from exports.pack import ALL_KINDS, export_pack

    kinds = None
    if args.only:
        kinds = {k.strip().lower() for k in args.only.split(",") if k.strip()}
        unknown = sorted(kinds - set(ALL_KINDS))
        if unknown or not kinds:
            return fail(QCoreApplication.translate("Cli", "Unknown export kind: {kinds}. Choose from {all}.").format(
                kinds=", ".join(unknown) or "''", all=",".join(ALL_KINDS)))
    from ui import i18n
    from ui.settings import Settings

    lang = i18n.choose_language(args.lang, Settings().language())
    with Store.open(Path(args.file), read_only=True) as store:
        paths = export_pack(store, Path(args.to), only=kinds, lang=lang)
    for path in paths:
        print(path)
    return 0


# what --column accepts before the '=': Dutch and English names of each field
COLUMN_FIELDS = {
    "naam": "name", "name": "name", "volledige_naam": "name", "full_name": "name",
    "voornaam": "first_name", "roepnaam": "first_name", "first_name": "first_name",
    "firstname": "first_name", "tussenvoegsel": "prefix", "prefix": "prefix",
    "achternaam": "last_name", "last_name": "last_name", "lastname": "last_name",
    "surname": "last_name", "email": "email", "e-mail": "email", "mail": "email",
    "gebied": "area", "area": "area", "afdeling": "area", "team": "area",
    "functie": "role", "rol": "role", "role": "role",
    "leidinggevende": "manager", "manager": "manager",
    "negeer": "", "ignore": "", "niets": "", "none": "",
}
# the name --column examples use, per language
FIELD_WORDS = {
    "nl": {"name": "naam", "first_name": "voornaam", "prefix": "tussenvoegsel",
           "last_name": "achternaam", "email": "email", "area": "gebied", "role": "functie",
           "manager": "leidinggevende"},
    "en": {t: t for t in ("name", "first_name", "prefix", "last_name", "email", "area", "role",
                          "manager")},
}
UNSURE = 2   # exit code: the list is fine, but a choice is needed (nothing was imported)


def _console_safe() -> None:
    """Never a traceback for a character the console cannot show (cp1252 on Windows)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if not encoding.startswith("utf") and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError, AttributeError):
                pass


def _utf_stdout() -> bool:
    return (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "").startswith("utf")


def _print_json(data: dict) -> None:
    import json

    # \u escapes where the console cannot show a letter: the JSON stays exact either way
    print(json.dumps(data, ensure_ascii=not _utf_stdout()))


def _unsure(args: argparse.Namespace, source: Path, lines: list[str], hint: str,
            data: dict) -> int:
    """Exit 2: say what is unsure and how to choose; nothing was imported."""
    print(f"startdag: {source.name}: " + lines[0], file=sys.stderr)
    for line in lines[1:]:
        print(f"  {line}", file=sys.stderr)
    print(hint, file=sys.stderr)
    if args.json:
        _print_json({**data, "message": "\n".join(lines + [hint]), "imported": False})
    return UNSURE


def _quote_arg(text: str) -> str:
    return f'"{text}"' if (not text or any(c in text for c in " \"'&|;<>()$`")) else text


def cmd_import(args: argparse.Namespace) -> int:
    """`main.py import FILE.startdag LIST [--sheet S] [--column F=TITLE]… [--json]`.

    Imports a participant list and prints the report. When the sheet or a column is not
    certain, it imports nothing, names the candidates and exits 2.
    """
    from sessions import importing
    from sessions.store import inspect_file
    from ui import i18n
    from ui.import_text import doubt_line, note_text, quoted, report_lines, sheet_summary
    from ui.settings import Settings

    lang = i18n.choose_language(args.lang, Settings().language())
    words = FIELD_WORDS["nl" if lang == "nl" else "en"]
    path, source = Path(args.file), Path(args.list)
    inspect_file(path)
    # read and check the list before the trajectory is opened: a bad list changes nothing
    try:
        table = importing.read_table(source, args.sheet)
    except importing.ListImportError as exc:
        code = UNSURE if exc.code == importing.Reason.NO_SHEET else 1
        print(f"startdag: {source.name}: {error_text(exc)}", file=sys.stderr)
        return code
    if args.sheet is None and not table.sheet_sure:
        counts = importing.sheet_people_counts(table)
        listed = [f"{i}. {sheet_summary(t, n)}" for i, (t, n) in enumerate(zip(table.sheets, counts, strict=True), 1)]
        example = next((t for t, n in zip(table.sheets, counts, strict=True) if n and t is not table),
                       table)
        return _unsure(
            args, source,
            [QCoreApplication.translate("Cli", "more than one sheet holds a list of people, so nothing was imported:")] + listed,
            QCoreApplication.translate("Cli", "Choose one with --sheet, for example: --sheet {name} or --sheet {number}").format(
                name=_quote_arg(example.sheet), number=example.sheet_index + 1),
            {"error": "sheet_unsure", "sheets": [{"sheet": t.sheet, "sheet_index": t.sheet_index + 1,
                                                  "people": n} for t, n in zip(table.sheets, counts, strict=True)]})
    if args.header_row is None:
        mapping = importing.guess_mapping(table)
    else:
        mapping = importing.mapping_at(table, args.header_row - 1)
        if args.header_row == 0:
            mapping.sure = True     # no titles: the columns are what --column says
    chosen: dict[str, int | None] = {}
    ignored: list[int] = []
    for spec in args.column or []:
        field, eq, title = spec.partition("=")
        key = field.strip().lower()
        col = importing.find_column(table, mapping, title) if eq and title.strip() else None
        if not eq or key not in COLUMN_FIELDS or col is None:
            titles = [t for t in table.header_cells(mapping.header_row) if t]
            print(f"startdag: {source.name}: " + QCoreApplication.translate(
                "Cli", "--column {spec} names no field and column of this list. Fields: {fields}. "
                "Columns: {columns}.").format(
                spec=spec, fields=", ".join(sorted(set(words.values()))),
                columns=", ".join(quoted(t) for t in titles)), file=sys.stderr)
            return UNSURE
        if COLUMN_FIELDS[key]:
            chosen[COLUMN_FIELDS[key]] = col
        else:
            ignored.append(col)
    if chosen:
        mapping = importing.choose_columns(table, mapping, chosen)
    for col in ignored:
        target = mapping.columns[col] if col < len(mapping.columns) else ""
        if target:
            mapping.columns[col] = ""
            mapping.doubts = [d for d in mapping.doubts if d.field != target]
            mapping.sure = not mapping.doubts
    mapping.include_hidden = bool(args.include_hidden)
    if mapping.has_name() and mapping.doubts:
        first = mapping.doubts[0]
        title = table.header_cells(mapping.header_row)[first.columns[0]] or \
            importing.column_letter(first.columns[0])
        return _unsure(
            args, source,
            [QCoreApplication.translate("Cli", "not every column is certain, so nothing was imported:")]
            + [doubt_line(table, mapping, d) for d in mapping.doubts],
            QCoreApplication.translate("Cli", "Choose with --column, for example: --column {field}={title}").format(
                field=words[first.field], title=_quote_arg(title)),
            {"error": "columns_unsure", "sheet": table.sheet,
             "sheet_index": table.sheet_index + 1 if table.kind != "csv" else 0,
             "doubts": [{"field": d.field,
                         "columns": [importing.column_title(table, mapping, c) for c in d.columns]}
                        for d in mapping.doubts]})
    try:
        prepared = importing.prepare(table, mapping)
    except importing.ListImportError as exc:
        code = fail(f"{source.name}: {error_text(exc)}")
        if exc.code == importing.Reason.NO_NAME_COLUMN and table.width:
            print(QCoreApplication.translate(
                "Cli", "Say which column holds the names: --column {field}=TITLE, or for a list "
                "without column titles --header-row 0 --column {field}=A").format(
                field=words["name"]), file=sys.stderr)
        return code
    with Store.open(path, read_only=args.dry_run) as store:
        remove = [p.id for p in importing.plan(store, prepared).missing] if args.remove_missing else []
        report = importing.import_file(store, source, mapping=mapping, table=table,
                                       remove_ids=remove, dry_run=args.dry_run)
    if args.json:
        _print_json(report.as_json(message=note_text))
    else:
        print("\n".join(report_lines(report)))
    return 0


def _backup_policy():
    from ui.backups import policy_from
    from ui.settings import Settings

    return policy_from(Settings())


def cmd_backups(args: argparse.Namespace) -> int:
    """`main.py backups FILE [--json]`: the backups of a file, damaged or not, newest first."""
    import json

    from sessions import backups
    from ui.backups import holds_text, size_text

    path, policy = Path(args.file), _backup_policy()
    found = backups.list_for(path, policy)
    rows = []
    for b in found:
        exam = backups.examine(b.path)
        rows.append({"path": str(b.path), "time": b.time.isoformat(timespec="seconds"),
                     "size": b.size, "ok": exam.ok, "counts": exam.counts,
                     "reason": b.reason, "kept": b.kept, "problem": exam.problem})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(QCoreApplication.translate("Cli", "No backups of {path} were found in {folder}.").format(
            path=path, folder=", ".join(str(r) for r in policy.roots())))
        return 0
    good, bad = QCoreApplication.translate("Cli", "good"), QCoreApplication.translate("Cli", "DAMAGED")
    for row, b in zip(rows, found, strict=True):
        print(f"{b.time:%Y-%m-%d %H:%M:%S}  {good if row['ok'] else bad:8}  "
              f"{size_text(b.size):>9}  {holds_text(row['counts'])}")
        print(f"    {b.path}")
    for place in backups.places(found, policy):
        print(QCoreApplication.translate("Cli", "Backups: {count}, {size}, in {folder}").format(
            count=place.count, size=size_text(place.size), folder=place.root))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """`main.py restore BACKUP --to NEW.startdag` or `restore FILE --newest --to NEW.startdag`.

    Writes only NEW (refusing an existing one unless --force); never FILE or BACKUP.
    """
    from sessions import backups
    from ui.backups import holds_text, time_text

    source, target = Path(args.source), Path(args.to)
    if target.suffix != SUFFIX:
        return fail(QCoreApplication.translate("Cli", "The file name must end in {suffix}.").format(suffix=SUFFIX))
    if args.newest:
        found = backups.list_for(source, _backup_policy())
        best = backups.newest_good(found)
        if best is None:
            return fail(QCoreApplication.translate(
                "Cli", "No good backup of {path} was found ({n} looked at).").format(
                path=source, n=len(found)))
        backup = best[0].path
        when = best[0].time
    else:
        if not source.is_file():
            return fail(QCoreApplication.translate("Cli", "The file {path} does not exist.").format(path=source))
        backup = source
        parsed = backups.parse(source)
        when = parsed.time if parsed else None
    exam = backups.restore(backup, target, force=args.force, protect=(source,))
    print(QCoreApplication.translate("Cli", "Restored {path} from {backup}").format(path=target, backup=backup))
    print(", ".join(x for x in (time_text(when) if when else "", holds_text(exam.counts)) if x))
    return 0


def build_parser(prog: str = "main.py") -> argparse.ArgumentParser:
    """The parser for the sub-commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["nl", "en"], help=QCoreApplication.translate("Cli", "language of the messages"))
    parser = argparse.ArgumentParser(prog=prog, description=QCoreApplication.translate("Cli", "Startdag on the command line."),
                                     parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)
    # every sub-command takes the common options (parents=[common]), e.g. --lang after the file
    new = sub.add_parser("new", parents=[common], help=QCoreApplication.translate("Cli", "create a trajectory file"))
    new.add_argument("file", help=QCoreApplication.translate("Cli", "the new .startdag file"))
    new.add_argument("--title", help=QCoreApplication.translate("Cli", "the trajectory's title"))
    new.add_argument("--organisation", help=QCoreApplication.translate("Cli", "the organisation"))
    new.add_argument("--concept", help=QCoreApplication.translate("Cli", "the concept of the kickoff day"))
    new.add_argument("--demo", nargs="?", const="rotterdam", choices=("rotterdam", "programme", "leercultuur"),
                     help=QCoreApplication.translate("Cli", "write a demo: rotterdam (the default), leercultuur, or programme (FILE is then a folder for fifteen organisations)"))
    new.add_argument("--force", action="store_true", help=QCoreApplication.translate("Cli", "replace an existing file"))
    new.set_defaults(func=cmd_new)
    export = sub.add_parser("export", parents=[common], help=QCoreApplication.translate("Cli", "write handouts and tables"))
    export.add_argument("file", help=QCoreApplication.translate("Cli", "the .startdag file"))
    export.add_argument("--to", required=True, help=QCoreApplication.translate("Cli", "the folder to write into"))
    export.add_argument("--only", help=QCoreApplication.translate("Cli", "comma-separated kinds: group,personal,swot,attendance,"
                                           "signup,badges,report,csv,xlsx (default: all); harvest for the "
                                           "harvest report; kenniskaart,pairs,intervisie for learning from each other"))
    export.set_defaults(func=cmd_export)
    imp = sub.add_parser("import", parents=[common], help=QCoreApplication.translate("Cli", "import a participant list"))
    imp.add_argument("file", help=QCoreApplication.translate("Cli", "the .startdag file"))
    imp.add_argument("list", help=QCoreApplication.translate("Cli", "the list: .xlsx, .xls, .ods, .csv or .txt"))
    imp.add_argument("--sheet", help=QCoreApplication.translate("Cli", "the sheet to import: its name, or its position counted from 1"))
    imp.add_argument("--column", action="append", metavar="FIELD=TITLE",
                     help=QCoreApplication.translate("Cli", "which column holds a field, e.g. --column voornaam=Roepnaam "
                                                     "(repeat for more; negeer=TITLE imports a column as nothing)"))
    imp.add_argument("--header-row", type=int, metavar="N",
                     help=QCoreApplication.translate("Cli", "the row that holds the column titles (0: the list has none; "
                                                     "then name columns by letter, e.g. --column naam=A)"))
    imp.add_argument("--include-hidden", action="store_true",
                     help=QCoreApplication.translate("Cli", "import rows hidden by a filter or by hand too"))
    imp.add_argument("--remove-missing", action="store_true",
                     help=QCoreApplication.translate("Cli", "remove the people who are not on this list"))
    imp.add_argument("--dry-run", action="store_true",
                     help=QCoreApplication.translate("Cli", "show what the import would change, change nothing"))
    imp.add_argument("--json", action="store_true", help=QCoreApplication.translate("Cli", "print the report as JSON"))
    imp.set_defaults(func=cmd_import)
    bk = sub.add_parser("backups", parents=[common], help=QCoreApplication.translate("Cli", "list the backups of a trajectory"))
    bk.add_argument("file", help=QCoreApplication.translate("Cli", "the .startdag file (damaged or not)"))
    bk.add_argument("--json", action="store_true", help=QCoreApplication.translate("Cli", "print the list as JSON"))
    bk.set_defaults(func=cmd_backups)
    rs = sub.add_parser("restore", parents=[common], help=QCoreApplication.translate("Cli", "write a working copy of a backup"))
    rs.add_argument("source", help=QCoreApplication.translate("Cli", "a backup file, or with --newest the trajectory file"))
    rs.add_argument("--newest", action="store_true", help=QCoreApplication.translate("Cli", "take the newest good backup of the trajectory file"))
    rs.add_argument("--to", required=True, help=QCoreApplication.translate("Cli", "the new .startdag file to write"))
    rs.add_argument("--force", action="store_true", help=QCoreApplication.translate("Cli", "replace an existing file"))
    rs.set_defaults(func=cmd_restore)
    from ui.learning.cli import add_commands

    add_commands(sub, common)
    from ui.cli_peer import add_parsers

    add_parsers(sub, common)
    return parser


COMMANDS = {"backups", "export", "import", "new", "programme", "restore", "import-expertise", "pairs"}


def main(argv: list[str]) -> int:
    """Run a sub-command; return the exit code."""
    _console_safe()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except StartdagError as exc:
        return fail(error_text(exc))
    except KeyboardInterrupt:
        return 130
