"""Harvest step, as a package: ``models`` and ``console`` (its text fields are the shared ones
in ``ui.widgets``)."""

from ui.steps.harvest.console import HarvestConsole
from ui.steps.harvest.models import (
    ID_ROLE,
    RESULT_COLOURS,
    RESULT_LABELS,
    RESULT_SYMBOLS,
    TOPICS,
    HarvestReviewModel,
    result_label,
    shared_review_model,
    totals_text,
)

__all__ = ['HarvestConsole', 'HarvestReviewModel', 'ID_ROLE', 'RESULT_COLOURS', 'RESULT_LABELS', 'RESULT_SYMBOLS', 'TOPICS', 'result_label', 'shared_review_model', 'totals_text']
