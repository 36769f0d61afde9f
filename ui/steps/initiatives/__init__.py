"""Initiatives step, as a package: ``models`` and ``console`` (with the activity dialog)."""

from ui.steps.initiatives.console import ActivityDialog, InitiativesConsole
from ui.steps.initiatives.models import (
    FULL_COLOUR,
    ID_ROLE,
    KIND_LABELS,
    ActivitiesModel,
    ParticipantNamesModel,
    SignupsModel,
    ask_plain,
    kind_label,
    places_text,
    shared_activities_model,
)

__all__ = ['ActivitiesModel', 'ActivityDialog', 'FULL_COLOUR', 'ID_ROLE', 'InitiativesConsole', 'KIND_LABELS', 'ParticipantNamesModel', 'SignupsModel', 'ask_plain', 'kind_label', 'places_text', 'shared_activities_model']
