"""The PDF handouts: names print exactly, the font is embedded, page counts, hostile text."""

from __future__ import annotations

import pytest

from exports import snapshot
from exports.pack import export_pack
from sessions import participants
from sessions.store import now_iso
from tests.exports.pdftools import fonts_of, page_count, text_of

NAMES = ("Şükrü Yılmaz", "Łukasz", "Gülşen Çelik", "Naïma")
HOSTILE = "<b>Vet</b> & AT&T x<y"


@pytest.mark.parametrize("name", ["presentielijst.pdf", "persoonlijke-handouts.pdf",
                                  "groepshandouts.pdf", "verslag-startdag.pdf"])
def test_names_print_exactly(pack, name):
    text = text_of(pack[name])
    for person in NAMES:
        assert person in text, (person, name)


def test_badges_carry_the_names(pack):
    text = text_of(pack["naambadges.pdf"])
    for part in ("Şükrü", "Yılmaz", "Łukasz", "Wiśniewski", "Gülşen", "Çelik", "Naïma",
                 "El Amrani"):
        assert part in text


def test_every_pdf_embeds_open_sans_and_nothing_else(pack):
    pdfs = [p for p in pack.values() if p.suffix == ".pdf"]
    assert len(pdfs) == 8
    for path in pdfs:
        fonts = fonts_of(path)
        assert fonts, path.name
        assert all(embedded for embedded in fonts.values()), (path.name, fonts)
        assert all("OpenSans" in name for name in fonts), (path.name, fonts)


def test_page_counts(pack):
    assert page_count(pack["naambadges.pdf"]) == 10          # 80 people, 8 per A4
    assert page_count(pack["tafelkaarten.pdf"]) == 3          # one per group
    assert page_count(pack["swot-blanco.pdf"]) == 1
    # one section per group / person / activity, each numbered from page 1
    assert text_of(pack["groepshandouts.pdf"]).count("pagina 1 van") == 3
    assert text_of(pack["persoonlijke-handouts.pdf"]).count("pagina 1 van") == 80
    assert text_of(pack["inschrijflijsten.pdf"]).count("pagina 1 van") == 2
    pages = page_count(pack["presentielijst.pdf"])
    assert f"pagina {pages} van {pages}" in text_of(pack["presentielijst.pdf"])


def test_header_has_title_organisation_and_dutch_date(pack):
    text = text_of(pack["presentielijst.pdf"])
    assert "Eigen leerproces gebiedsnetwerkers" in text
    assert "Gemeente Rotterdam" in text
    assert "12 maart 2026" in text


def test_attendance_in_dutch_last_name_order(day_store, tmp_path):
    out = export_pack(day_store, tmp_path, only={"attendance"})
    text = text_of(out[0])
    # the tussenvoegsel is ignored: 'Ingrid van den Berg' sorts under B, 'Jan van der Wijk' under W
    assert text.index("Youssef Ait Taleb") < text.index("Selin Aksoy") < text.index("Ingrid van den Berg")
    assert text.index("Els Bakker") < text.index("Ingrid van den Berg") < text.index("Gert-Jan Bos")
    assert text.index("Ahmet Polat") < text.index("Jan van der Wijk") < text.index("Łukasz Wiśniewski")


def test_attendance_grouped_by_area(day_store, tmp_path):
    out = export_pack(day_store, tmp_path, only={"attendance"}, attendance_by_area=True)
    text = text_of(out[0])
    assert "Charlois (" in text and "Prins Alexander (" in text
    assert text.index("Centrum (") < text.index("Charlois (")


def test_english_labels_and_date(day_store, tmp_path):
    out = export_pack(day_store, tmp_path, only={"attendance", "report"}, lang="en")
    names = {p.name for p in out}
    assert names == {"attendance-list.pdf", "report-startdag.pdf"}
    text = text_of(tmp_path / "attendance-list.pdf")
    assert "Attendance list" in text and "12 March 2026" in text and "page 1 of" in text


def test_report_has_board_questions_groups_actions_and_skipped(pack):
    text = text_of(pack["verslag-startdag.pdf"])
    assert "Conceptbord" in text and "nieuwsgierig" in text
    assert "Hoe houd ik contact met collega's in andere gebieden?" in text
    assert "Samengevoegd: Hoe blijf ik verbonden met andere gebieden? (4)" in text
    assert "18" in text     # 14 own votes + 4 merged
    assert "Groep 3" in text and "Kenniscafé over" in text
    assert "Overgeslagen onderdelen" in text and "Persoonlijke SWOT" in text


def test_report_marks_a_skipped_concept_step(tmp_store, tmp_path):
    startdag = tmp_store.scalar("SELECT id FROM meeting WHERE kind = 'startdag'")
    with tmp_store.transaction("agenda"):
        tmp_store.conn.execute("INSERT INTO step (meeting_id, position, kind, title, status)"
                               " VALUES (?, 0, 'concept', 'Concept', 'skipped')", (startdag,))
    out = export_pack(tmp_store, tmp_path, only={"report"})
    text = text_of(out[0])
    assert "Dit onderdeel is op de dag overgeslagen." in text


def test_personal_handout_fills_a_captured_swot(pack):
    text = text_of(pack["persoonlijke-handouts.pdf"])
    assert text.count("Ik zeg te snel ja") == 5        # five people captured their SWOT
    assert text.count("Sterktes") == 80


def test_group_handout_lists_contacts_plan_and_harvest(pack):
    text = text_of(pack["groepshandouts.pdf"])
    assert "anneke.derijk@rotterdam.example" in text
    assert "Actieplan" in text and "Zaal en koffie" in text
    assert "Oogstsessie" in text and "10 september 2026" in text


def test_sign_up_sheet_has_waiting_list(pack):
    text = text_of(pack["inschrijflijsten.pdf"])
    assert "Intervisie najaar" in text and "Maximaal 6 deelnemers" in text
    assert "Wachtlijst" in text and "Wijkreis Feijenoord" in text


def test_hostile_text_prints_literally(tmp_store, tmp_path):
    pid = participants.add(tmp_store, first_name=HOSTILE, last_name="", area="R&D <i>")
    with tmp_store.transaction("groups"):
        gid = tmp_store.conn.execute(
            "INSERT INTO theme_group (position, name, question_text, colour) VALUES (0, ?, ?, ?)",
            ("<font size=40>G</font>", "a < b & c > d?", "not a colour")).lastrowid
        tmp_store.conn.execute("INSERT INTO membership (participant_id, group_id) VALUES (?, ?)",
                               (pid, gid))
        tmp_store.conn.execute(
            "INSERT INTO action (group_id, position, title, owner_id, created_at)"
            " VALUES (?, 0, ?, ?, ?)", (gid, "<para>&nbsp;</para>", pid, now_iso()))
    out = export_pack(tmp_store, tmp_path, only={"group", "personal", "attendance", "badges",
                                                 "report"})
    for path in out:
        text = text_of(path)
        if path.name == "tafelkaarten.pdf":
            assert "<font size=40>G</font>" in text
        else:
            assert HOSTILE in text or "<b>Vet</b>" in text, path.name
    group_text = text_of(tmp_path / "groepshandouts.pdf")
    assert "a < b & c > d?" in group_text and "<para>&nbsp;</para>" in group_text
    assert HOSTILE in text_of(tmp_path / "presentielijst.pdf")


def test_a_2000_character_action_title_wraps(tmp_store, tmp_path):
    title = ("kenniscafé " * 200)[:2000]
    pid = participants.add(tmp_store, first_name="Naïma", last_name="El Amrani")
    with tmp_store.transaction("groups"):
        gid = tmp_store.conn.execute("INSERT INTO theme_group (position, name, colour)"
                                     " VALUES (0, 'Groep 1', '#E69F00')").lastrowid
        tmp_store.conn.execute("INSERT INTO membership (participant_id, group_id) VALUES (?, ?)",
                               (pid, gid))
        tmp_store.conn.execute(
            "INSERT INTO action (group_id, position, title, description, owner_id, created_at)"
            " VALUES (?, 0, ?, ?, ?, ?)", (gid, title, title, pid, now_iso()))
    out = export_pack(tmp_store, tmp_path, only={"group", "personal", "report"})
    for path in out:
        text = " ".join(text_of(path).split())
        assert text.count("kenniscafé") >= 150, path.name


def test_snapshot_waiting_list_and_actions_of(day_store):
    snap = snapshot.load(day_store)
    capped = next(a for a in snap.activities if a.capacity)
    assert len(capped.confirmed) == 6 and len(capped.waiting) == 2
    owner = snap.groups[0].actions[0].owner
    assert snap.groups[0].actions[0] in snap.actions_of(owner.id)
    assert [p.sort_key for p in snap.participants] == sorted(p.sort_key for p in snap.participants)


def test_empty_trajectory_still_prints_blank_sheets(tmp_store, tmp_path):
    out = export_pack(tmp_store, tmp_path, only={"attendance", "badges", "signup", "personal"})
    assert [p.name for p in out] == ["persoonlijke-handouts.pdf", "presentielijst.pdf",
                                     "inschrijflijsten.pdf", "naambadges.pdf"]
    attendance = text_of(tmp_path / "presentielijst.pdf")
    assert "30" in attendance.split() and "Handtekening" in attendance    # rows to write in
    assert "Nog geen deelnemers." in text_of(tmp_path / "persoonlijke-handouts.pdf")
    assert page_count(tmp_path / "naambadges.pdf") == 1                    # blank badges
