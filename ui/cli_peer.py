"""Command line for learning from each other: `import-expertise` and `pairs`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sessions.store import Store


def expertise_note_text(note) -> str:
    """One skipped row or unknown person of a matrix import, in the user's language."""
    p = note.params
    texts = {
        "unknown_person": QCoreApplication.translate("CliPeer", "row {row}: {person} is not on the participant list (not added)"),
        "no_person": QCoreApplication.translate("CliPeer", "row {row}: no person"),
        "no_competence": QCoreApplication.translate("CliPeer", "row {row}: no competence"),
        "bad_level": QCoreApplication.translate("CliPeer", "row {row}: level '{value}' for {competence} is not 0-4 (skipped)"),
        "bad_yes_no": QCoreApplication.translate("CliPeer", "row {row}: '{value}' for {competence} is not yes or no (skipped)"),
        "bad_priority": QCoreApplication.translate("CliPeer", "row {row}: priority '{value}' for {competence} is not 1-3 (skipped)"),
    }
    return texts.get(note.reason, note.reason).format(row=note.row, **p)


def expertise_report_lines(report) -> list[str]:
    """The import report as lines."""
    lines = [QCoreApplication.translate("CliPeer", "Read {rows} rows ({form} form): {ratings} ratings for {people} people.").format(
        rows=report.rows_read, form=QCoreApplication.translate("CliPeer", "long") if report.form == "long" else QCoreApplication.translate("CliPeer", "wide"),
        ratings=report.ratings, people=report.people)]
    if report.new_competences:
        lines.append(QCoreApplication.translate("CliPeer", "New competences: {names}").format(names=", ".join(report.new_competences)))
    if report.ignored_columns:
        lines.append(QCoreApplication.translate("CliPeer", "Columns that hold no levels were left out: {names}").format(
            names=", ".join(report.ignored_columns)))
    if report.unconfirmed:
        lines.append(QCoreApplication.translate("CliPeer", "{n} ratings have wants-to-learn and can-teach set from the level; "
                        "confirm them on the grid.").format(n=report.unconfirmed))
    lines += [expertise_note_text(n) for n in report.unknown_people + report.skipped]
    return lines


def cmd_import_expertise(args: argparse.Namespace) -> int:
    """`main.py import-expertise FILE MATRIX [--json]`."""
    from sessions import expertise_import, importing
    from sessions.store import inspect_file
    from ui.cli import fail
    from ui.messages import error_text

    path, source = Path(args.file), Path(args.matrix)
    inspect_file(path)
    try:
        table = importing.read_table(source)
        expertise_import.detect(table)
    except importing.ListImportError as exc:
        return fail(f"{source.name}: {error_text(exc)}")
    with Store.open(path) as store:
        try:
            report = expertise_import.import_file(store, source, table=table)
        except importing.ListImportError as exc:
            return fail(f"{source.name}: {error_text(exc)}")
    if args.json:
        out = report.as_json()
        for key in ("unknown_people", "skipped"):
            for item, note in zip(out[key], getattr(report, key), strict=True):
                item["message"] = expertise_note_text(note)
        print(json.dumps(out, ensure_ascii=False))
    else:
        print("\n".join(expertise_report_lines(report)))
    return 0


def cmd_end_pairs(args: argparse.Namespace, lang: str) -> int:
    """`main.py pairs FILE --end ID [--end ID ...] [--json]`: end published pairs, all or none."""
    from exports.peer_words import why_text
    from sessions import expertise, pairs
    from sessions.errors import StartdagError
    from ui.cli import fail

    with Store.open(Path(args.file)) as store:
        stored = {p.id: p for p in pairs.pairs(store)}
        for pid in args.end:
            if pid not in stored:
                return fail(QCoreApplication.translate(
                    "CliPeer", "There is no pair {id}; nothing was ended.").format(id=pid))
            if stored[pid].state != "published":
                return fail(QCoreApplication.translate(
                    "CliPeer", "Pair {id} is not published (a draft can be removed in the "
                               "console); nothing was ended.").format(id=pid))
        try:
            pairs.end(store, args.end)
        except StartdagError as exc:      # changed in between: still nothing ended
            return fail(str(exc))
        m = expertise.load(store)
        items = [{"id": pid, "why": why_text(pairs.why(m, stored[pid]), lang)} for pid in args.end]
    if args.json:
        print(json.dumps({"ended": items}, ensure_ascii=False))
        return 0
    for item in items:
        print(QCoreApplication.translate("CliPeer", "Ended: {why}").format(why=item["why"]))
    return 0


def cmd_pairs(args: argparse.Namespace) -> int:
    """`main.py pairs FILE [--capacity N] [--different-teams] [--publish] [--json]`,
    or `--end ID` (repeatable) to end published pairs."""
    from exports.peer_words import why_text
    from sessions import expertise, pairs
    from ui import i18n
    from ui.cli import fail
    from ui.settings import Settings

    lang = i18n.choose_language(args.lang, Settings().language())
    if args.end:
        if args.publish or args.capacity is not None or args.max_pairs is not None \
                or args.different_teams:
            return fail(QCoreApplication.translate(
                "CliPeer", "--end cannot be combined with proposing options."))
        return cmd_end_pairs(args, lang)
    if args.capacity is not None and not 0 <= args.capacity <= 20:
        return fail(QCoreApplication.translate("CliPeer", "--capacity must be between 0 and 20."))
    if args.max_pairs is not None and not 1 <= args.max_pairs <= 10:
        return fail(QCoreApplication.translate("CliPeer", "--max-pairs must be between 1 and 10."))
    with Store.open(Path(args.file)) as store:
        # both options are kept as the trajectory's settings, so the console and the reasons agree
        changes = {}
        if args.capacity is not None:
            changes["default_capacity"] = args.capacity
        if args.different_teams:
            changes["different_teams"] = True
        if args.max_pairs is not None:
            changes["max_pairs"] = args.max_pairs
        if changes:
            expertise.set_settings(store, **changes)
        proposal = pairs.propose(store)
        if args.publish:
            pairs.publish(store)
        m = expertise.load(store)
        shown = proposal.pairs if not args.publish else [
            p for p in pairs.pairs(store, "published") if p.id in {q.id for q in proposal.pairs}]
        items = []
        for p in shown:
            w = pairs.why(m, p)
            items.append({"id": p.id, "learner": w.learner, "expert": w.expert,
                          "competence": w.competence,
                          "pinned": p.pinned, "state": p.state, "why": why_text(w, lang)})
    if args.json:
        print(json.dumps({"wanted": proposal.wanted, "paired": proposal.paired, "pairs": items},
                         ensure_ascii=False))
        return 0
    print(QCoreApplication.translate("CliPeer", "{paired} of {wanted} learning wishes paired.").format(
        paired=proposal.paired, wanted=proposal.wanted))
    for item in items:
        print(f"- [{item['id']}] {item['why']}")
    if args.publish:
        print(QCoreApplication.translate("CliPeer", "Published."))
    return 0


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """Add `import-expertise` and `pairs` to the sub-command parser."""
    imp = sub.add_parser("import-expertise", parents=[common],
                         help=QCoreApplication.translate("CliPeer", "import a skills matrix into the expertise map"))
    imp.add_argument("file", help=QCoreApplication.translate("CliPeer", "the .startdag file"))
    imp.add_argument("matrix", help=QCoreApplication.translate("CliPeer", "the matrix: .xlsx or .csv, long or wide form"))
    imp.add_argument("--json", action="store_true", help=QCoreApplication.translate("CliPeer", "print the report as JSON"))
    imp.set_defaults(func=cmd_import_expertise)
    pr = sub.add_parser("pairs", parents=[common], help=QCoreApplication.translate("CliPeer", "propose learning pairs"))
    pr.add_argument("file", help=QCoreApplication.translate("CliPeer", "the .startdag file"))
    pr.add_argument("--capacity", type=int,
                    help=QCoreApplication.translate("CliPeer", "learners per expert, for experts without their own capacity"))
    pr.add_argument("--max-pairs", type=int,
                    help=QCoreApplication.translate("CliPeer", "pairs per learner in all (default 2)"))
    pr.add_argument("--different-teams", action="store_true",
                    help=QCoreApplication.translate("CliPeer", "pair only people from different teams"))
    pr.add_argument("--publish", action="store_true", help=QCoreApplication.translate("CliPeer", "publish the draft"))
    pr.add_argument("--end", type=int, action="append", metavar="PAIR_ID",
                    help=QCoreApplication.translate(
                        "CliPeer", "end a published pair (its number in the list; repeatable): it "
                                   "carries no load any more and is never proposed again"))
    pr.add_argument("--json", action="store_true", help=QCoreApplication.translate("CliPeer", "print wanted, paired and the pairs as JSON"))
    pr.set_defaults(func=cmd_pairs)
