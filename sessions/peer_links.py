"""SEAM(i18): what issue 19 reads from issue 18's expertise map and learning pairs.

Issue 18 (branch i18) keeps the map in ``peer_competence``/``peer_rating`` and the pairs in
``peer_pair`` (learner_id, expert_id, competence_id, state draft|published). Until that
branch is merged those tables may be missing; every function here then answers "nothing"
instead of failing, so experiments, hours and the programme work on their own. These are
the only places issue 19 touches issue 18's tables.
"""

from __future__ import annotations

import sqlite3


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone() is not None


def _conn(store_or_conn) -> sqlite3.Connection:
    return getattr(store_or_conn, "conn", store_or_conn)


def pair_choices(store_or_conn) -> list[dict]:
    """Learning pairs an experiment can name: ``{pair_id, label}``, published before drafts."""
    conn = _conn(store_or_conn)
    if not (_has(conn, "peer_pair") and _has(conn, "peer_competence")):
        return []
    rows = conn.execute(
        "SELECT pp.id, l.first_name, l.prefix, l.last_name, e.first_name, e.prefix, e.last_name,"
        " c.name FROM peer_pair pp JOIN participant l ON l.id = pp.learner_id"
        " JOIN participant e ON e.id = pp.expert_id"
        " JOIN peer_competence c ON c.id = pp.competence_id"
        " ORDER BY pp.state = 'published' DESC, pp.id").fetchall()
    out = []
    for pid, lf, lp, ll, ef, ep, el, comp in rows:
        learner = " ".join(x for x in (lf, lp, ll) if x)
        expert = " ".join(x for x in (ef, ep, el) if x)
        out.append({"pair_id": pid, "label": f"{learner} – {expert}: {comp}"})
    return out


def pairs_made(store_or_conn) -> int | None:
    """How many learning pairs were published (None when the file has no pairs at all)."""
    conn = _conn(store_or_conn)
    if not _has(conn, "peer_pair"):
        return None
    return conn.execute("SELECT COUNT(*) FROM peer_pair WHERE state = 'published'").fetchone()[0]


def map_size(store_or_conn) -> tuple[int, int] | None:
    """(people rated, competences) on the expertise map, or None without a map."""
    conn = _conn(store_or_conn)
    if not (_has(conn, "peer_rating") and _has(conn, "peer_competence")):
        return None
    people = conn.execute("SELECT COUNT(DISTINCT participant_id) FROM peer_rating").fetchone()[0]
    comps = conn.execute("SELECT COUNT(*) FROM peer_competence").fetchone()[0]
    return people, comps


def intervisie_groups(store_or_conn) -> int | None:
    """How many intervisie groups were formed, or None without them."""
    conn = _conn(store_or_conn)
    if not _has(conn, "intervisie_group"):
        return None
    return conn.execute("SELECT COUNT(*) FROM intervisie_group").fetchone()[0]
