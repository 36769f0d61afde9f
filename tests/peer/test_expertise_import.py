"""Importing a skills matrix (long and wide) through the participant-list reader, and its refusals."""

from __future__ import annotations

import io

import openpyxl
import pytest

from sessions import expertise, expertise_import, participants
from sessions.importing import ListImportError, Reason


@pytest.fixture
def staff(tmp_store):
    s = tmp_store
    for first, prefix, last, email in (("Fatima", "", "El Khatib", "f.elkhatib@brug.example"),
                                       ("Jan", "de", "Boer", "j.deboer@brug.example"),
                                       ("Şükrü", "", "Yılmaz", ""),
                                       ("Els", "van", "Dam", "e.vandam@brug.example")):
        participants.add(s, first_name=first, prefix=prefix, last_name=last, email=email)
    goal = expertise.add_goal(s, "Veilig werken")
    expertise.add_competence(s, "Omgaan met agressie", {goal: 3})
    return s


def _by_name(store):
    m = expertise.load(store)
    names = {p.id: p.name for p in m.people}
    comps = {c.id: c.name for c in m.competences}
    return {(names[p], comps[c]): r for (p, c), r in m.ratings.items()}, m


LONG_CP1252 = (
    "Medewerker;Competentie;Niveau;Wil leren;Kan leren geven\r\n"
    "f.elkhatib@brug.example;Omgaan met agressie;1;ja;nee\r\n"
    "Jan de Boer;omgaan met agressie;4;nee;ja\r\n"
    "Şükrü Yılmaz;Roosteren;3;nee;ja\r\n"
    "Piet Onbekend;Roosteren;2;nee;nee\r\n"
    "Els van Dam;Roosteren;7;nee;nee\r\n"
    "Els van Dam;Jongerenwerk;2;misschien;nee\r\n"
).encode("cp1252", errors="replace")


def test_long_form_cp1252_semicolons(staff, tmp_path):
    path = tmp_path / "matrix.csv"
    path.write_bytes(LONG_CP1252.replace("Şükrü Yılmaz".encode("cp1252", "replace"),
                                         b"S\xfckr\xfc Y\xfdlmaz"))
    # cp1252 cannot hold Ş and ı: the HR sheet has 'Sükrü Yýlmaz' and he is reported unknown
    report = expertise_import.import_file(staff, path)
    assert report.form == "long" and report.ratings == 2 and report.people == 2
    got, _m = _by_name(staff)
    assert got[("Fatima El Khatib", "Omgaan met agressie")].wants
    jan = got[("Jan de Boer", "Omgaan met agressie")]
    assert jan.level == 4 and jan.teaches and jan.confirmed and jan.source == "import"
    unknown = [n.params["person"] for n in report.unknown_people]
    assert "Piet Onbekend" in unknown and len(unknown) == 2
    reasons = sorted(n.reason for n in report.skipped)
    assert reasons == ["bad_level", "bad_yes_no"]
    assert participants.count(staff) == 4          # nobody was added


def test_wide_xlsx_with_a_title_row_defaults_wants_and_teaches_unconfirmed(staff, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Vaardighedenmatrix team Zuid, maart 2026"])
    ws.append([])
    ws.append(["Naam", "E-mail", "Team", "Functie", "Omgaan met agressie", "Roosteren", "Opmerking"])
    ws.append(["Fatima El Khatib", "f.elkhatib@brug.example", "Noord", "Sociaal werker", 1, 3,
               "nieuw"])
    ws.append(["Jan de Boer", None, "Zuid", "Teamleider", 4, None, "met verlof"])
    ws.append(["Els van Dam", "e.vandam@brug.example", "Zuid", "Sociaal werker", 0, "2,0", ""])
    path = tmp_path / "matrix.xlsx"
    wb.save(path)
    report = expertise_import.import_file(staff, path)
    assert report.form == "wide" and report.new_competences == ["Roosteren"]
    assert report.ignored_columns == ["Opmerking"]
    got, m = _by_name(staff)
    fatima = got[("Fatima El Khatib", "Omgaan met agressie")]
    assert (fatima.level, fatima.wants, fatima.teaches, fatima.confirmed) == (1, True, False, False)
    # roosteren is linked to no goal: a low level there is no learning wish by default
    assert not got[("Els van Dam", "Roosteren")].wants
    assert got[("Fatima El Khatib", "Roosteren")].teaches
    assert got[("Jan de Boer", "Omgaan met agressie")].is_expert
    assert {p.name: p.team for p in m.people}["Jan de Boer"] == "Zuid"
    assert report.unconfirmed == 5
    expertise.confirm_all(staff)
    assert all(r.confirmed for r in expertise.ratings(staff).values())
    expertise_import.undo(staff, report)
    assert expertise.ratings(staff) == {} and len(expertise.competences(staff)) == 1
    assert {p.team for p in expertise.people(staff)} == {""}
    expertise_import.redo(staff, report)
    assert len(expertise.ratings(staff)) == 5


def _before(store):
    return (expertise.ratings(store), expertise.competences(store), expertise.people(store))


@pytest.mark.parametrize("data,reason", [
    (b"", Reason.EMPTY),
    (b"%PDF-1.4\n%binary\x00\x01", Reason.UNSUPPORTED),
    (b"Competentie;Niveau\r\nAgressie;3\r\n", Reason.NO_NAME_COLUMN),
    (b"Naam;Agressie;Roosteren\r\nJan de Boer;hoog;veel\r\nEls van Dam;laag;-\r\n",
     Reason.NO_ROWS),
    (b"Naam;Competentie;Niveau;Wil leren;Kan leren geven\r\nJan de Boer;Agressie;9;ja;nee\r\n",
     Reason.NO_ROWS),
    ("Naam;Competentie;Niveau\r\nOnbekend Iemand;Agressie;3\r\n".encode("utf-16"), Reason.NO_ROWS),
])
def test_bad_matrices_are_refused_and_change_nothing(staff, data, reason):
    before = _before(staff)
    with pytest.raises(ListImportError) as err:
        expertise_import.import_file(staff, data)
    assert err.value.code == reason
    assert _before(staff) == before


def test_utf8_bom_long_form_with_priority(staff):
    data = ("\ufeffE-mail,Competentie,Niveau,Wil leren,Kan leren geven,Prioriteit\n"
            "e.vandam@brug.example,Omgaan met agressie,0,ja,nee,1\n").encode()
    report = expertise_import.import_file(staff, io.BytesIO(data).getvalue())
    got, _ = _by_name(staff)
    assert report.ratings == 1 and got[("Els van Dam", "Omgaan met agressie")].priority == 1
