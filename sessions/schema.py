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

V3 = """
-- the trajectory's own id: its backups are found by it wherever the file goes
ALTER TABLE trajectory ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE trajectory SET uid = lower(hex(randomblob(16))) WHERE uid = ''
"""


V4 = """
-- learning from each other (issue 18): the organisation's goals and its competences
CREATE TABLE IF NOT EXISTS peer_goal (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE peer_competence (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE peer_competence_goal (
    competence_id INTEGER NOT NULL REFERENCES peer_competence(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES peer_goal(id) ON DELETE CASCADE,
    importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 3),
    PRIMARY KEY (competence_id, goal_id)
);
-- per person: team, manager, how many learners they take as an expert
CREATE TABLE peer_person (
    participant_id INTEGER PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
    team TEXT NOT NULL DEFAULT '',
    manager_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    capacity INTEGER                              -- NULL = the default capacity
);
-- the expertise map (kenniskaart): one row per person x competence that was rated
CREATE TABLE peer_rating (
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    competence_id INTEGER NOT NULL REFERENCES peer_competence(id) ON DELETE CASCADE,
    level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 4),
    wants INTEGER NOT NULL DEFAULT 0,             -- wants to learn it
    priority INTEGER CHECK (priority BETWEEN 1 AND 3),   -- the learner's own mark; NULL = 2
    teaches INTEGER NOT NULL DEFAULT 0,           -- can and will teach it
    source TEXT NOT NULL DEFAULT 'console',       -- console | import | phone
    confirmed INTEGER NOT NULL DEFAULT 1,         -- 0: defaulted by a wide import, to confirm
    updated_at TEXT NOT NULL,
    PRIMARY KEY (participant_id, competence_id)
);
-- learning pairs: the draft under review, and the published ones (earlier pairs)
CREATE TABLE peer_pair (
    id INTEGER PRIMARY KEY,
    learner_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    expert_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    competence_id INTEGER NOT NULL REFERENCES peer_competence(id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'draft',          -- draft | published
    pinned INTEGER NOT NULL DEFAULT 0,
    first_meeting TEXT NOT NULL DEFAULT '',       -- ISO date or ''
    created_at TEXT NOT NULL
);
CREATE TABLE peer_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    default_capacity INTEGER NOT NULL DEFAULT 2,
    max_pairs INTEGER NOT NULL DEFAULT 2,         -- pairs per learner in all
    different_teams INTEGER NOT NULL DEFAULT 0,
    show_names INTEGER NOT NULL DEFAULT 0         -- names on the wall and in print
);
-- intervisie groups (incidentmethode); members in order, roles rotate by meeting
CREATE TABLE intervisie_group (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE intervisie_member (
    participant_id INTEGER PRIMARY KEY REFERENCES participant(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES intervisie_group(id) ON DELETE CASCADE,
    position INTEGER NOT NULL
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


V6 = """
-- phones join over the venue network (ui/phones): one token per meeting, the phones that
-- joined, what they put in (for moderation), and the answers to their requests (a retried
-- request never counts twice)
CREATE TABLE join_token (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    token TEXT NOT NULL,                         -- 80 bits, base32, in the join URL
    anonymous INTEGER NOT NULL DEFAULT 1,        -- phones may join without a name
    created_at TEXT NOT NULL
);
CREATE TABLE phone (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    cookie TEXT NOT NULL UNIQUE,                 -- sha256 of the phone's cookie
    participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    wants_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,  -- waits for the facilitator's OK
    joined_at TEXT NOT NULL
);
CREATE TABLE phone_input (
    kind TEXT NOT NULL,                          -- question | item | action
    ref_id INTEGER NOT NULL,
    phone_id INTEGER REFERENCES phone(id) ON DELETE SET NULL,
    hidden INTEGER NOT NULL DEFAULT 0,           -- hidden by the facilitator: off the wall and the phones
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, ref_id)
);
CREATE TABLE phone_request (
    request_id TEXT PRIMARY KEY,
    phone_id INTEGER,
    status INTEGER NOT NULL,
    answer TEXT NOT NULL,                        -- JSON
    at TEXT NOT NULL
);
"""


# Version 7 (learning from each other, 2): the intake, experiments, ways of working with
# their ambassadors, the team-meeting log and the advice-hour ledger. ``peer_goal`` is shared
# with the expertise map (V4), which made it already; IF NOT EXISTS keeps this version whole.
V7 = """
CREATE TABLE intake (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    question TEXT NOT NULL DEFAULT '',           -- the organisation's own question
    source TEXT NOT NULL DEFAULT '',             -- where the question comes from
    theme TEXT NOT NULL DEFAULT '',              -- for the sector's lessons library
    contacts TEXT NOT NULL DEFAULT '[]',         -- JSON list of {name, role, email, phone}
    budget_hours REAL NOT NULL DEFAULT 36,       -- the advice hours granted
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS peer_goal (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE experiment (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    hypothesis TEXT NOT NULL DEFAULT '',         -- test card: we believe that...
    approach TEXT NOT NULL DEFAULT '',           -- to verify that, we will...
    measure TEXT NOT NULL DEFAULT '',            -- and measure...
    criterion TEXT NOT NULL DEFAULT '',          -- we are right if...
    team TEXT NOT NULL DEFAULT '',
    ambassador_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    goal_id INTEGER,                             -- peer_goal(id); no FK: the table may be issue 18's
    theme TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'idee',         -- idee gepland loopt afgerond gestopt
    result TEXT NOT NULL DEFAULT '',             -- '' werkt deels niet
    observed TEXT NOT NULL DEFAULT '',           -- learning card: we observed (kata: happened)
    lesson TEXT NOT NULL DEFAULT '',             -- from that we learned
    next_step TEXT NOT NULL DEFAULT '',          -- therefore we will (kata: next)
    decision TEXT NOT NULL DEFAULT '',           -- '' spread adjust stop
    decision_note TEXT NOT NULL DEFAULT '',
    spread_to TEXT NOT NULL DEFAULT '[]',        -- JSON list of team names
    picked INTEGER NOT NULL DEFAULT 0,           -- chosen by the room to run
    created_at TEXT NOT NULL
);
CREATE TABLE experiment_pair (
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
    pair_id INTEGER,                             -- peer_pair(id) of issue 18, when there is one
    label TEXT NOT NULL DEFAULT ''               -- the pair in words, as it stood
);
CREATE TABLE experiment_evidence (
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE method (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    experiment_id INTEGER REFERENCES experiment(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE ambassador (
    method_id INTEGER NOT NULL REFERENCES method(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    stage TEXT NOT NULL DEFAULT 'study',         -- study try share
    since TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (method_id, participant_id)
);
CREATE TABLE team_meeting (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    team TEXT NOT NULL DEFAULT '',
    participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    what TEXT NOT NULL,
    experiment_id INTEGER REFERENCES experiment(id) ON DELETE SET NULL,
    method_id INTEGER REFERENCES method(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE advice_hours (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    adviser TEXT NOT NULL DEFAULT '',
    hours REAL NOT NULL,
    activity TEXT NOT NULL,                      -- intake kenniskaart koppelen experiment intervisie evaluatie
    serves TEXT NOT NULL DEFAULT '',             -- '' experiment map pairs intervisie
    experiment_id INTEGER REFERENCES experiment(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX advice_hours_date ON advice_hours(date);
"""


# Version 8 (the live day, 27): "added after the startdag" follows the meeting's times (an
# action typed after the startdag ended, or after the next meeting started when the startdag
# was never ended) unless the facilitator marks it by hand. ``after_mark`` holds that mark:
# NULL = by the times, 1 = added afterwards, 0 = part of the startdag. The V2 column
# ``after_kickoff`` (set once, from the calendar date) is no longer read.
V8 = """
ALTER TABLE action ADD COLUMN after_mark INTEGER;
"""


V9 = """
-- intervisie in the room (issue 18): which meeting of the groups this is (the roles of
-- inbrenger, gespreksleider and tijdbewaker rotate by it), and the incidentmethode's running
-- round as the facilitator steers it: start, next, previous, pause, more time
CREATE TABLE intervisie_run (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    meeting INTEGER NOT NULL DEFAULT 1 CHECK (meeting >= 1),
    round INTEGER,                                -- 0-based; NULL: the step's clock decides
    started_at TEXT,                              -- when the running round started
    paused_at TEXT,                               -- set while the round is paused
    paused_seconds REAL NOT NULL DEFAULT 0,       -- pauses of the running round so far
    extra_seconds INTEGER NOT NULL DEFAULT 0      -- time added to the running round
);
"""


MIGRATIONS: list[str] = [V1, V2, V3, V4, V5, V6, V7, V8, V9]
CURRENT_VERSION = len(MIGRATIONS)
