"""Fill a trajectory with the outcome of a startdag by plain SQL, for export tests and the bench.

The domain services for boards, questions, groups and actions are written elsewhere; the
exports read the schema directly, so the tests write the schema directly too.
"""

from __future__ import annotations

from sessions.store import Store, now_iso

COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")

QUESTIONS = [
    ("Hoe houd ik contact met collega's in andere gebieden?", 14, 1),
    ("Hoe krijg ik bewoners betrokken bij het gebiedsplan?", 11, 2),
    ("Wat is mijn mandaat als gebiedsnetwerker?", 9, 3),
    ("Hoe ga ik om met tegenstrijdige belangen?", 5, None),
    ("Hoe deel ik kennis zonder extra vergaderingen?", 3, None),
]


def fill_day(store: Store, *, groups: int = 3, swot_for: int = 5, skipped: tuple[str, ...] = ("swot",)
             ) -> dict:
    """Board, questions (one merged), votes, ``groups`` groups with every participant in one,
    a few actions with owners and members, SWOT for the first few, two activities, and a
    startdag agenda with ``skipped`` step kinds skipped. Returns the ids made."""
    people = [r["id"] for r in store.query("SELECT id FROM participant ORDER BY id")]
    ids: dict = {"groups": [], "actions": [], "questions": [], "activities": []}
    startdag = store.scalar("SELECT id FROM meeting WHERE kind = 'startdag'")
    with store.transaction("board", "questions", "groups", "actions", "swot", "activities"):
        c = store.conn
        # the demo's concept step came with its (empty) board: this fills its own instead
        c.execute("DELETE FROM board_column WHERE board_id IN"
                  " (SELECT id FROM board WHERE key = 'concept')")
        c.execute("DELETE FROM board WHERE key = 'concept'")
        board = c.execute("INSERT INTO board (key, title) VALUES ('concept', 'netwerken')").lastrowid
        for pos, (title, items) in enumerate([
                ("Houding", ["nieuwsgierig", "open", "durven vragen", "gunnen"]),
                ("Gedrag", ["koffie drinken met een collega", "doorverwijzen", "bellen in plaats"
                            " van mailen", "terugkoppelen wat je deed"])]):
            col = c.execute("INSERT INTO board_column (board_id, position, title) VALUES (?,?,?)",
                            (board, pos, title)).lastrowid
            for i, text in enumerate(items):
                c.execute("INSERT INTO board_item (column_id, position, text) VALUES (?,?,?)",
                          (col, i, text))
        for pos, (text, votes, rank) in enumerate(QUESTIONS):
            ids["questions"].append(c.execute(
                "INSERT INTO question (position, text, votes, chosen_rank, created_at)"
                " VALUES (?,?,?,?,?)", (pos, text, votes, rank, now_iso())).lastrowid)
        c.execute("INSERT INTO question (position, text, votes, merged_into, created_at)"
                  " VALUES (?,?,?,?,?)", (len(QUESTIONS), "Hoe blijf ik verbonden met andere"
                                          " gebieden?", 4, ids["questions"][0], now_iso()))
        c.execute("INSERT INTO vote_round (id, top_n) VALUES (1, 3)")
        for g in range(groups):
            q_text, _v, _r = QUESTIONS[g % len(QUESTIONS)]
            ids["groups"].append(c.execute(
                "INSERT INTO theme_group (position, name, question_id, question_text, colour)"
                " VALUES (?,?,?,?,?)", (g, f"Groep {g + 1}", ids["questions"][g % len(QUESTIONS)],
                                        q_text, COLOURS[g % len(COLOURS)])).lastrowid)
        for i, pid in enumerate(people):
            if ids["groups"]:
                c.execute("INSERT INTO membership (participant_id, group_id) VALUES (?,?)",
                          (pid, ids["groups"][i % len(ids["groups"])]))
        plans = [("Kenniscafé over bewonersparticipatie", "kenniscafe", "2026-04-15", "2026-06-30",
                  "Zaal en koffie"),
                 ("Intervisie elke zes weken", "intervisie", "2026-04-01", "2026-09-01", ""),
                 ("LinkedIn-groep gebiedsnetwerkers", "linkedin", "", "2026-05-01", "")]
        for gi, gid in enumerate(ids["groups"]):
            members = [pid for i, pid in enumerate(people) if i % len(ids["groups"]) == gi]
            for pos, (title, kind, start, due, support) in enumerate(plans[: 2 + gi % 2]):
                owner = members[pos] if pos < len(members) else None
                aid = c.execute(
                    "INSERT INTO action (group_id, position, kind, title, description, owner_id,"
                    " start_date, due_date, support, status, created_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (gid, pos, kind, title, "Eerste afspraak staat in de agenda.", owner, start,
                     due, support, "planned", now_iso())).lastrowid
                ids["actions"].append(aid)
                for pid in members[pos + 1: pos + 4]:
                    c.execute("INSERT INTO action_member (action_id, participant_id) VALUES (?,?)",
                              (aid, pid))
        for pid in people[:swot_for]:
            for q, text in zip("SWOT", ("Ik ken veel mensen", "Ik zeg te snel ja",
                                        "Nieuwe wijkteams", "Reorganisatie"), strict=True):
                c.execute("INSERT INTO swot_entry (participant_id, quadrant, text) VALUES (?,?,?)",
                          (pid, q, text))
        for pos, (title, cap) in enumerate([("Intervisie najaar", 6), ("Wijkreis Feijenoord", None)]):
            aid = c.execute("INSERT INTO activity (position, kind, title, description, period,"
                            " capacity) VALUES (?,?,?,?,?,?)",
                            (pos, "custom", title, "We leren van elkaars praktijk.",
                             "oktober - december", cap)).lastrowid
            ids["activities"].append(aid)
            for seq, pid in enumerate(people[: 8 if cap else 4]):
                c.execute("INSERT INTO signup (activity_id, participant_id, signed_at, seq)"
                          " VALUES (?,?,?,?)", (aid, pid, now_iso(), seq))
        for pos, (kind, title) in enumerate([("welcome", "Welkom"), ("concept", "Concept"),
                                             ("swot", "Persoonlijke SWOT"),
                                             ("questions", "Vragen"), ("groups", "Themagroepen"),
                                             ("actions", "Acties")]):
            c.execute("INSERT INTO step (meeting_id, position, kind, title, status)"
                      " VALUES (?,?,?,?,?)",
                      (startdag, pos, kind, title, "skipped" if kind in skipped else "done"))
    return ids
