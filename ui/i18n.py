"""Choosing and installing the UI language (Dutch first, English otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("nl", "en")


def choose_language(override: str | None, saved: str | None, locale: QLocale | None = None) -> str:
    """--lang beats the setting, the setting beats the system locale; Dutch for a Dutch locale."""
    for candidate in (override, saved):
        if candidate in LANGUAGES:
            return candidate
    locale = locale or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``lang``; return them (keep them alive)."""
    translators: list[QTranslator] = []
    if lang == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"startdag_{lang}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    # Qt's strings that qtbase_nl.qm lacks (the file dialog's "&Look in:", "Files of
    # &type:" since Qt 6.11); installed last, so it is searched first and fills only those
    extra = QTranslator(app)
    if extra.load(str(I18N_DIR / f"qtbase_extra_{lang}.qm")):
        app.installTranslator(extra)
        translators.append(extra)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return translators
