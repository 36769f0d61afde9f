"""Theme groups step, as a package: ``models`` (item models), ``widgets`` and ``console``."""

from ui.steps.groups.console import GroupsConsole
from ui.steps.groups.models import (
    CHOICE_COLUMNS,
    GROUP_TOPICS,
    MIME,
    ChoicesModel,
    GroupIdRole,
    GroupListModel,
    LockedRole,
    MembersModel,
    MembersRole,
    ParticipantIdRole,
    QuestionRole,
    caps_error_text,
    group_list_model,
    meeting_of_step,
    move_people,
    result_text,
    text_colour,
)
from ui.steps.groups.widgets import ChoicePad, MemberListView

__all__ = ['CHOICE_COLUMNS', 'ChoicePad', 'ChoicesModel', 'GROUP_TOPICS', 'GroupIdRole', 'GroupListModel', 'GroupsConsole', 'LockedRole', 'MIME', 'MemberListView', 'MembersModel', 'MembersRole', 'ParticipantIdRole', 'QuestionRole', 'caps_error_text', 'group_list_model', 'meeting_of_step', 'move_people', 'result_text', 'text_colour']
