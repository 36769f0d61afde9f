"""Write a pack of exports into a folder: used by the CLI and the handouts dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from exports import handouts, tables
from exports.labels import label
from exports.pdf_base import ExportError, write_pdf_atomically
from exports.snapshot import Snapshot, load
from sessions.errors import Code, ValidationError
from sessions.store import Store

KINDS = ("group", "personal", "swot", "attendance", "signup", "badges", "report", "csv", "xlsx")
# asked for by name only (--only harvest): not part of the default startdag pack
HARVEST_KINDS = ("harvest",)
# issue 19, also by name only: the experiment cards and "Wat leverden de 36 uur op"
LEARNING_KINDS = ("experiments", "hours")
# learning from each other (exports/kenniskaart.py), also by name only
PEER_KINDS = ("kenniskaart", "pairs", "intervisie")
ALL_KINDS = KINDS + HARVEST_KINDS + LEARNING_KINDS + PEER_KINDS

# kind -> file names (nl, en)
FILE_NAMES = {
    "group": ("groepshandouts.pdf", "group-handouts.pdf"),
    "personal": ("persoonlijke-handouts.pdf", "personal-handouts.pdf"),
    "swot": ("swot-blanco.pdf", "swot-blank.pdf"),
    "attendance": ("presentielijst.pdf", "attendance-list.pdf"),
    "signup": ("inschrijflijsten.pdf", "sign-up-sheets.pdf"),
    "badges": ("naambadges.pdf", "name-badges.pdf"),
    "table_cards": ("tafelkaarten.pdf", "table-cards.pdf"),
    "report": ("verslag-startdag.pdf", "report-startdag.pdf"),
    "participants": ("deelnemers.csv", "participants.csv"),
    "groups": ("groepen.csv", "groups.csv"),
    "actions": ("acties.csv", "actions.csv"),
    "xlsx": ("overzicht.xlsx", "overview.xlsx"),
    "harvest": ("oogstverslag.pdf", "harvest-report.pdf"),
    "kenniskaart": ("kenniskaart.pdf", "expertise-map.pdf"),
    "matrix": ("kenniskaart-matrix.xlsx", "expertise-matrix.xlsx"),
    "pairs": ("leerkoppels.pdf", "learning-pairs.pdf"),
    "intervisie": ("intervisie-methodekaarten.pdf", "intervisie-method-cards.pdf"),
    "experiments": ("experimentkaarten.pdf", "experiment-cards.pdf"),
    "hours": ("wat-leverden-de-uren-op.pdf", "what-the-hours-delivered.pdf"),
}

Progress = Callable[[int, int, str], None]


def file_name(key: str, lang: str) -> str:
    """The file name of one export in the language of the pack."""
    nl, en = FILE_NAMES[key]
    return en if lang == "en" else nl


def parse_kinds(text: str) -> set[str]:
    """'group,badges' -> {'group', 'badges'}; an unknown kind raises ValidationError."""
    kinds = {k.strip().lower() for k in text.split(",") if k.strip()}
    unknown = sorted(kinds - set(ALL_KINDS))
    if unknown or not kinds:
        raise ValidationError(Code.INVALID, field="kind", value=",".join(unknown),
                              message=f"unknown export kind: {', '.join(unknown) or '(none)'}; "
                                      f"choose from {','.join(ALL_KINDS)}")
    return kinds


def _jobs(snap: Snapshot, kinds: set[str], lang: str, group_ids, person_ids, by_area):
    """(file key, writer(path)) for every file of the pack, in a stable order."""
    def pdf(story, subject, meeting="startdag", pagesize=A4, margins=None):
        info = handouts.doc_info(snap, lang, subject, meeting)
        return lambda path: write_pdf_atomically(path, story, info, pagesize, margins)

    jobs = []
    if "group" in kinds:
        jobs.append(("group", pdf(lambda: handouts.group_story(snap, lang, group_ids),
                                  "group_handout")))
    if "personal" in kinds:
        # by default the people present (everyone when check-in is not in use); badges,
        # printed before the day, default to everyone registered
        personal_ids = person_ids if person_ids is not None else set(snap.present_ids)
        jobs.append(("personal", pdf(lambda: handouts.personal_story(snap, lang, personal_ids),
                                     "personal_handout")))
    if "swot" in kinds:
        jobs.append(("swot", pdf(lambda: handouts.swot_story(snap, lang), "personal_swot")))
    if "attendance" in kinds:
        jobs.append(("attendance", pdf(lambda: handouts.attendance_story(snap, lang, by_area),
                                       "attendance")))
    if "signup" in kinds:
        jobs.append(("signup", pdf(lambda: handouts.signup_story(snap, lang), "signup",
                                   "oogstsessie" if snap.activities else "startdag")))
    if "badges" in kinds:
        jobs.append(("badges", pdf(lambda: handouts.badges_story(snap, lang, person_ids), "badges",
                                   margins=handouts.BADGE_MARGINS)))
        if snap.groups:
            jobs.append(("table_cards", pdf(
                lambda: handouts.table_cards_story(snap, lang, group_ids), "table_card",
                pagesize=landscape(A4), margins=handouts.CARD_MARGINS)))
    if "report" in kinds:
        jobs.append(("report", pdf(lambda: handouts.report_story(snap, lang), "report")))
    if "csv" in kinds:
        for key, build in tables.TABLES.items():
            jobs.append((key, lambda path, build=build: tables.write_csv(path, *build(snap, lang),
                                                                         lang=lang)))
    if "xlsx" in kinds:
        jobs.append(("xlsx", lambda path: tables.write_xlsx(path, snap, lang)))
    return jobs


def export_pack(store: Store, out_dir: Path | str, only: set[str] | None = None, lang: str = "nl",
                progress: Progress | None = None, *, group_ids: set[int] | None = None,
                person_ids: set[int] | None = None, attendance_by_area: bool = False
                ) -> list[Path]:
    """Write the chosen kinds (all by default) into ``out_dir``; return the written paths.

    ``progress(done, total, file_name)`` is called before each file and once at the end.
    A file that fails leaves nothing half-written; the error is an ExportError.
    """
    kinds = set(KINDS) if only is None else set(only)
    unknown = kinds - set(ALL_KINDS)
    if unknown:
        raise ValidationError(Code.INVALID, field="kind", value=",".join(sorted(unknown)))
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(Code.UNWRITABLE, path=str(out),
                          reason="read_only" if isinstance(exc, PermissionError) else "no_folder",
                          detail=exc.strerror or str(exc)) from None
    if not out.is_dir():
        raise ExportError(Code.UNWRITABLE, path=str(out), reason="no_folder", detail="")
    snap = load(store)
    jobs = _jobs(snap, kinds, lang, group_ids, person_ids, attendance_by_area)
    if "harvest" in kinds:
        from exports.harvest_report import write_harvest_report

        jobs.append(("harvest", lambda path: write_harvest_report(store, path, lang)))
    if kinds & set(PEER_KINDS):
        from exports import kenniskaart as kk

        if "kenniskaart" in kinds:
            jobs.append(("kenniskaart", lambda path: kk.write_kenniskaart(store, path, lang)))
            jobs.append(("matrix", lambda path: kk.write_matrix_xlsx(store, path, lang)))
        if "pairs" in kinds:
            jobs.append(("pairs", lambda path: kk.write_pair_cards(store, path, lang)))
        if "intervisie" in kinds:
            jobs.append(("intervisie", lambda path: kk.write_method_cards(store, path, lang)))
    if "experiments" in kinds:
        from exports.experiment_cards import write_cards

        jobs.append(("experiments", lambda path: write_cards(store, path, lang)))
    if "hours" in kinds:
        from exports.hours_report import write_hours_report

        jobs.append(("hours", lambda path: write_hours_report(store, path, lang)))
    written: list[Path] = []
    for i, (key, write) in enumerate(jobs):
        name = file_name(key, lang)
        if progress:
            progress(i, len(jobs), name)
        path = out / name
        write(path)
        written.append(path)
    if progress:
        progress(len(jobs), len(jobs), "")
    return written


def describe(kind: str, lang: str = "nl") -> str:
    """A short name for a kind (for the CLI's help)."""
    if kind == "harvest":
        from exports.harvest_report import word

        return word("harvest_report", lang)
    if kind in PEER_KINDS:
        from exports.peer_words import word as peer_word

        return peer_word({"kenniskaart": "kenniskaart", "pairs": "pair_cards",
                          "intervisie": "method_cards"}[kind], lang)
    if kind in LEARNING_KINDS:
        from exports.experiment_words import word

        return word("experiment_cards", lang) if kind == "experiments" else word(
            "hours_report", lang, n=36)
    keys = {"group": "group_handout", "personal": "personal_handout", "swot": "personal_swot",
            "attendance": "attendance", "signup": "signup", "badges": "badges",
            "report": "report", "csv": "participants", "xlsx": "participants"}
    return label(keys[kind], lang)
