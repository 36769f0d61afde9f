"""The half year and the harvest, one module per concept: ``logbook`` (the action log and the
overview), ``outcomes`` (outcomes, lessons, totals) and ``activities`` (new initiatives with
sign-ups and waiting lists). ``rules`` holds the statuses, kinds and text checks they share.
The package re-exports their public names, so ``harvest.sign_up`` and the like keep working.
"""

from sessions.harvest.activities import (
    Activity,
    ActivitySummary,
    Signup,
    activities,
    activity_exists,
    add_activity,
    delete_activity,
    get_activity,
    is_full,
    restore_activity,
    restore_signup,
    sign_up,
    signups,
    summaries,
    update_activity,
    withdraw,
)
from sessions.harvest.logbook import (
    ActionRow,
    LogEntry,
    action_log,
    add_log,
    get_log,
    is_overdue,
    open_support_requests,
    overview,
    remove_log,
    restore_log,
)
from sessions.harvest.outcomes import (
    GroupReview,
    Outcome,
    ReviewItem,
    Totals,
    clear_outcome,
    get_outcome,
    group_ids,
    group_review,
    lessons,
    restore_outcome,
    review,
    set_lessons,
    set_outcome,
    totals,
)
from sessions.harvest.rules import (
    ACTION_STATUSES,
    ACTIVITY_KINDS,
    CLOSED_STATUSES,
    LOG_KINDS,
    MAX_TEXT,
    QUICK_TAGS,
    RESULTS,
)

__all__ = ['ACTION_STATUSES', 'ACTIVITY_KINDS', 'ActionRow', 'Activity', 'ActivitySummary', 'CLOSED_STATUSES', 'GroupReview', 'LOG_KINDS', 'LogEntry', 'MAX_TEXT', 'Outcome', 'QUICK_TAGS', 'RESULTS', 'ReviewItem', 'Signup', 'Totals', 'action_log', 'activities', 'activity_exists', 'add_activity', 'add_log', 'clear_outcome', 'delete_activity', 'get_activity', 'get_log', 'get_outcome', 'group_ids', 'group_review', 'is_full', 'is_overdue', 'lessons', 'open_support_requests', 'overview', 'remove_log', 'restore_activity', 'restore_log', 'restore_outcome', 'restore_signup', 'review', 'set_lessons', 'set_outcome', 'sign_up', 'signups', 'summaries', 'totals', 'update_activity', 'withdraw']
