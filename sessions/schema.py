"""The trajectory file's schema, one entry per version, applied forward in order.

Version 1 is the oldest released shape: trajectory, meetings, participants.
Later versions only add. To change the schema, append a new version; never edit
a version that has shipped (tests/fixtures holds a file written by version 1).
"""

from __future__ import annotations

APPLICATION_ID = 0x53544447  # "STDG"

V1 = """
CREATE TABLE trajectory (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    concept TEXT NOT NULL DEFAULT '',
    competences TEXT NOT NULL DEFAULT '[]',      -- JSON list of strings
    facilitators TEXT NOT NULL DEFAULT '[]',     -- JSON list of {name, email, phone}
    created_at TEXT NOT NULL
);
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                          -- bouwsessie | startdag | oogstsessie
    title TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',               -- ISO yyyy-mm-dd or ''
    venue TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',             -- tussenvoegsel: van, de, in 't
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',               -- gebied / afdeling / team
    role TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
"""

V2 = """
-- check-in per meeting
CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    checked_in_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);

-- the agenda of each meeting and how the day actually ran
CREATE TABLE step (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,          -- welcome concept swot questions vote groups actions close harvest break text
    title TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 15,
    instructions TEXT NOT NULL DEFAULT '',       -- shown to the room
    notes TEXT NOT NULL DEFAULT '',              -- private to the facilitator, never projected
    status TEXT NOT NULL DEFAULT 'planned',      -- planned running done skipped
    started_at TEXT,
    ended_at TEXT,
    extra_minutes INTEGER NOT NULL DEFAULT 0,    -- "+5 min"
    paused_at TEXT,
    paused_seconds REAL NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{}'          -- JSON, per kind (e.g. which board, which group)
);
CREATE INDEX step_meeting ON step(meeting_id, position);
CREATE TABLE meeting_run (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    started_at TEXT,
    ended_at TEXT
);

-- boards: the concept board (houding/gedrag) and the harvest reflection board
CREATE TABLE board (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,                    -- 'concept', 'reflection'
    title TEXT NOT NULL DEFAULT ''
);
CREATE TABLE board_column (
    id INTEGER PRIMARY KEY,
    board_id INTEGER NOT NULL REFERENCES board(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE board_item (
    id INTEGER PRIMARY KEY,
    column_id INTEGER NOT NULL REFERENCES board_column(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);

-- personal SWOT, never projected
CREATE TABLE swot_entry (
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    quadrant TEXT NOT NULL,                      -- S W O T
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (participant_id, quadrant)
);

-- the room's questions, merging and voting
CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    merged_into INTEGER REFERENCES question(id) ON DELETE SET NULL,
    votes INTEGER NOT NULL DEFAULT 0,            -- this question's own tally (dots or hands)
    chosen_rank INTEGER,                         -- 1..N when chosen as a theme question
    created_at TEXT NOT NULL
);
CREATE TABLE vote_round (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mode TEXT NOT NULL DEFAULT 'dots',           -- dots | hands
    dots INTEGER NOT NULL DEFAULT 3,
    top_n INTEGER NOT NULL DEFAULT 3,
    hidden INTEGER NOT NULL DEFAULT 1,
    voters INTEGER                               -- override for the number of people voting
);
CREATE TABLE ballot (                            -- per-participant votes (phone join, later)
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    dots INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (participant_id, question_id)
);

-- theme groups
CREATE TABLE theme_group (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    question_id INTEGER REFERENCES question(id) ON DELETE SET NULL,
    question_text TEXT NOT NULL DEFAULT '',      -- the question as it stood when the group formed
    colour TEXT NOT NULL,                        -- #rrggbb, Okabe-Ito
    min_size INTEGER,
    max_size INTEGER,
    lessons TEXT NOT NULL DEFAULT ''             -- what the group learned (harvest)
);
CREATE TABLE choice (
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,                       -- 1 first choice, 2 second, 3 third
    group_id INTEGER NOT NULL REFERENCES theme_group(id) ON DELETE CASCADE,
    PRIMARY KEY (participant_id, rank)
);
CREATE TABLE membership (
    participant_id INTEGER PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES theme_group(id) ON DELETE CASCADE,
    locked INTEGER NOT NULL DEFAULT 0
);

-- action plans
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES theme_group(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT '',               -- kenniscafe, intervisie, linkedin, ... or ''
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    start_date TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL DEFAULT '',
    support TEXT NOT NULL DEFAULT '',            -- support wanted from the facilitators
    status TEXT NOT NULL DEFAULT 'idea',         -- idea planned in_progress done dropped
    after_kickoff INTEGER NOT NULL DEFAULT 0,    -- added after the startdag
    created_at TEXT NOT NULL
);
CREATE TABLE action_member (
    action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, participant_id)
);

-- the half year: progress log, support requests
CREATE TABLE action_log (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'update',         -- update | support_request | support_answer
    text TEXT NOT NULL DEFAULT '',
    status_from TEXT,
    status_to TEXT,
    created_at TEXT NOT NULL
);

-- the harvest
CREATE TABLE outcome (
    action_id INTEGER PRIMARY KEY REFERENCES action(id) ON DELETE CASCADE,
    result TEXT NOT NULL,                        -- achieved | partly | not
    reason TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',             -- JSON list of quick tags
    recorded_at TEXT NOT NULL
);
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'custom',         -- intervisie training kenniscafe wijkreis custom
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    capacity INTEGER                             -- NULL = unlimited
);
CREATE TABLE signup (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    signed_at TEXT NOT NULL,
    seq INTEGER NOT NULL,                        -- order of sign-up; beyond capacity = waiting list
    PRIMARY KEY (activity_id, participant_id)
);
"""

V5 = """
-- whether check-in is in use at a meeting: then only those checked in count as present;
-- otherwise everyone registered does. Files that already had check-ins keep using it.
CREATE TABLE checkin (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL
);
INSERT INTO checkin (meeting_id, started_at)
    SELECT meeting_id, MIN(checked_in_at) FROM attendance GROUP BY meeting_id
"""

# V3 and V4 are being added on other branches; the lead renumbers at merge.
MIGRATIONS: list[str] = [V1, V2, V5]
CURRENT_VERSION = len(MIGRATIONS)
