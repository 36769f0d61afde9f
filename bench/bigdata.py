"""A big trajectory for the scale benchmarks: 2,000 people, 1,000 questions, 50 groups, 2,000 actions."""

from __future__ import annotations

import json
import random
from pathlib import Path

from sessions.store import Store, now_iso

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]


def build_big(path: Path, *, people: int = 2000, questions: int = 1000, groups: int = 50,
              actions: int = 2000, seed: int = 7) -> Path:
    """Write the big trajectory with plain SQL in one transaction (fast, deterministic)."""
    from sessions import demo

    rng = random.Random(seed)
    store = Store.create(path, title="Groot traject", organisation="Gemeente Groot",
                         concept="netwerken", overwrite=True)
    stamp = now_iso()
    with store.transaction("participants", "questions", "groups", "actions"):
        c = store.conn
        c.executemany(
            "INSERT INTO participant (first_name, prefix, last_name, email, area, role, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            [(f"{f}{i}", p, last, f"p{i}@example.org", demo.AREAS[i % len(demo.AREAS)],
              "Gebiedsnetwerker", stamp)
             for i, (f, p, last) in ((i, demo.NAMES[i % len(demo.NAMES)]) for i in range(people))])
        c.executemany(
            "INSERT INTO question (position, text, votes, created_at) VALUES (?,?,?,?)",
            [(i, f"Vraag {i}: hoe delen wij kennis en ervaring in gebied {i % 11}?",
              rng.randint(0, 40), stamp) for i in range(questions)])
        c.executemany(
            "INSERT INTO theme_group (position, name, question_id, question_text, colour)"
            " VALUES (?,?,?,?,?)",
            [(g, f"Groep {g}", g + 1, f"Vraag {g}", OKABE_ITO[g % len(OKABE_ITO)])
             for g in range(groups)])
        c.executemany("INSERT INTO membership (participant_id, group_id) VALUES (?,?)",
                      [(i + 1, (i % groups) + 1) for i in range(people)])
        c.executemany(
            "INSERT INTO action (group_id, position, title, description, owner_id, due_date,"
            " status, created_at) VALUES (?,?,?,?,?,?,?,?)",
            [((a % groups) + 1, a // groups, f"Kenniscafé {a}", "Elke maand in een ander gebied",
              (a % people) + 1, "2026-09-01", "planned", stamp) for a in range(actions)])
        c.execute("UPDATE trajectory SET competences = ?", (json.dumps(["initiatief tonen"]),))
    store.close()
    return path
