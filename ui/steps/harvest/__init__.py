"""Harvest step, as a package: ``models``, ``widgets`` and ``console``."""

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
from ui.steps.harvest.widgets import CommitTextEdit, SelectAllLineEdit

__all__ = ['CommitTextEdit', 'HarvestConsole', 'HarvestReviewModel', 'ID_ROLE', 'RESULT_COLOURS', 'RESULT_LABELS', 'RESULT_SYMBOLS', 'SelectAllLineEdit', 'TOPICS', 'result_label', 'shared_review_model', 'totals_text']
