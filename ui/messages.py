"""Domain error codes as sentences in the user's language."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from sessions.errors import Code, StartdagError


def error_text(error: StartdagError) -> str:
    """One clear sentence for a domain error, without a traceback."""
    # an import error can only exist once the importer is loaded; not importing it here
    # keeps it (and zipfile, openpyxl's helpers) out of start-up
    importing = sys.modules.get("sessions.importing")
    if importing is not None and isinstance(error, importing.ListImportError):
        from ui.import_text import import_error_text

        return import_error_text(error)
    p = {"path": "", "detail": "", **error.params}
    code = error.code
    if code == Code.NOT_FOUND:
        return QCoreApplication.translate("Messages", "The file {path} does not exist.").format(**p)
    if code == Code.NOT_A_FILE:
        return QCoreApplication.translate("Messages", "{path} is a folder, not a trajectory file.").format(**p)
    if code == Code.EMPTY:
        return QCoreApplication.translate("Messages", "The file {path} is empty: it is not a Startdag trajectory.").format(**p)
    if code == Code.NOT_SQLITE:
        return QCoreApplication.translate("Messages", "The file {path} is not a Startdag trajectory.").format(**p)
    if code == Code.FOREIGN:
        return QCoreApplication.translate("Messages", "The file {path} is a database, but not a Startdag trajectory.").format(**p)
    if code == Code.TRUNCATED:
        return QCoreApplication.translate("Messages", "The file {path} is incomplete (truncated); it was left untouched. "
                   "Open one of its backups instead.").format(**p)
    if code == Code.CORRUPT:
        return QCoreApplication.translate("Messages", "The file {path} is damaged; it was left untouched. "
                   "Open one of its backups instead.").format(**p)
    if code == Code.NEWER:
        return QCoreApplication.translate("Messages", "The file {path} was made by a newer version of Startdag (file version "
                   "{version}, this version reads up to {supported}). Update Startdag to open it."
                   ).format(**p)
    if code == Code.LOCKED:
        return QCoreApplication.translate("Messages", "The file {path} is open in Startdag by {user} on {host} since {since}."
                   ).format(**p)
    if code == Code.READ_ONLY:
        return QCoreApplication.translate("Messages", "This trajectory is open read-only; changes are not possible.")
    if code == Code.EXISTS:
        if p.get("reason") == "source":
            return QCoreApplication.translate("Messages", "Will not write {path}: it is the file being restored.").format(**p)
        return QCoreApplication.translate("Messages", "The file {path} already exists.").format(**p)
    if code == Code.UNWRITABLE:
        reason = p.get("reason")
        if reason == "disk_full":
            return QCoreApplication.translate("Messages", "Could not write {path}: the disk is full. Free some space or choose "
                       "another folder.").format(**p)
        if reason == "in_use":
            return QCoreApplication.translate("Messages", "Could not replace {path}: the file is open in another program. Close it "
                       "(for example the PDF viewer) and try again.").format(**p)
        if reason == "read_only":
            return QCoreApplication.translate("Messages", "Could not write {path}: this folder is read-only or you have no "
                       "permission. Choose another folder.").format(**p)
        if reason == "no_folder":
            return QCoreApplication.translate("Messages", "Could not write {path}: the folder does not exist or cannot be made."
                       ).format(**p)
        return QCoreApplication.translate("Messages", "Could not write {path}: {detail}").format(**p)
    if code == Code.INVALID:
        field = p.get("field", "")
        if field in ("title",):
            return QCoreApplication.translate("Messages", "A title is required.")
        if field == "name":
            return QCoreApplication.translate("Messages", "A name is required.")
        if p.get("reason") == "running" and field == "step":
            return QCoreApplication.translate(
                "Messages", "This step is running. Go to another step first.")
        if p.get("reason") == "running" and field == "template":
            return QCoreApplication.translate(
                "Messages", "The meeting is running. Finish or reset it before choosing a template.")
        if field == "target" and p.get("reason") == "suffix":
            return QCoreApplication.translate("Messages", "The file name must end in {suffix}.").format(**p)
        if p.get("reason") == "nul":
            return QCoreApplication.translate("Messages", "Text may not contain NUL characters.")
        if p.get("reason") == "phone_input":
            return QCoreApplication.translate(
                "Messages", "phones have added input since, which this would undo or trample.")
        if p.get("message"):
            return str(p["message"])
        return QCoreApplication.translate("Messages", "This value is not valid: {field}.").format(field=field)
    return str(error)


def harvest_error_text(exc: StartdagError) -> str:
    """A sentence for the harvest services' validation errors, else the shared messages."""
    p = exc.params
    field, reason = p.get("field"), p.get("reason")
    if field == "text" and reason == "required":
        return QCoreApplication.translate("Harvest", "Write what happened, or change the status.")
    if field == "date":
        return QCoreApplication.translate("Harvest", "Give a valid date.")
    if reason == "too_long":
        return QCoreApplication.translate("Harvest", "This text is too long.")
    if field == "capacity" and reason == "full":
        return QCoreApplication.translate("Harvest", "This activity is full.")
    if field == "capacity":
        return QCoreApplication.translate(
            "Harvest", "The number of places must be a whole number of at least 1, or no maximum.")
    if field == "participant" and reason == "already_signed_up":
        return QCoreApplication.translate(
            "Harvest", "This person has already signed up for this activity.")
    if field == "participant" and reason == "not_signed_up":
        return QCoreApplication.translate("Harvest", "This person is not on this activity's list.")
    if field == "title" and reason == "required":
        return QCoreApplication.translate("Harvest", "A title is required.")
    return error_text(exc)
