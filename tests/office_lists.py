"""Participant lists shaped the way HR systems and offices export them, built with openpyxl.

Each builder returns the bytes of a real .xlsx file and the people a correct import
stores, field by field. ``tests/fixtures/lists/make_lists.py`` turns some of these into
.xls and .ods files with LibreOffice (committed; LibreOffice is never needed at test time).
"""

from __future__ import annotations

import io
from datetime import date

import openpyxl

# (first, prefix, last, email, area, role)
PEOPLE = [
    ("Şükrü", "", "Yılmaz", "sukru.yilmaz@rotterdam.example", "Noord", "Gebiedsnetwerker"),
    ("Anneke", "de", "Rijk", "anneke.derijk@rotterdam.example", "Noord", "Gebiedsmanager"),
    ("Jan", "van der", "Wijk", "jan.vanderwijk@rotterdam.example", "Noord", "Wijkcoach"),
    ("Naïma", "", "El Amrani", "naima.elamrani@rotterdam.example", "Noord", "Wijkcoach"),
    ("Fatima", "in 't", "Veld", "fatima.intveld@rotterdam.example", "Charlois", "Gebiedsnetwerker"),
    ("Łukasz", "", "Wiśniewski", "lukasz.wisniewski@rotterdam.example", "Charlois", "Wijkcoach"),
    ("Gülşen", "", "Çelik", "gulsen.celik@rotterdam.example", "Charlois", "Teamleider"),
    ("Zoë", "de", "Boer", "zoe.deboer@rotterdam.example", "Charlois", "Wijkcoach"),
    ("Ruud", "", "Visser", "ruud.visser@rotterdam.example", "Delfshaven", "Gebiedsnetwerker"),
    ("Mohamed", "", "Bouzid", "mohamed.bouzid@rotterdam.example", "Delfshaven", "Wijkcoach"),
    ("Els", "", "Bakker", "els.bakker@rotterdam.example", "Delfshaven", "Wijkcoach"),
    ("Kees", "van", "Dijk", "kees.vandijk@rotterdam.example", "Delfshaven", "Teamleider"),
    ("Hatice", "", "Öztürk", "hatice.ozturk@rotterdam.example", "Feijenoord", "Wijkcoach"),
    ("Katarzyna", "", "Kowalska", "katarzyna.kowalska@rotterdam.example", "Feijenoord", "Wijkcoach"),
    ("Bas", "ter", "Horst", "bas.terhorst@rotterdam.example", "Feijenoord", "Gebiedsnetwerker"),
    ("Lotte", "", "Mulder", "lotte.mulder@rotterdam.example", "Feijenoord", "Gebiedsmanager"),
]


def name(p) -> str:
    return " ".join(x for x in p[:3] if x)


def save(wb) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def expected(people, *, email=True, area=True, role=True):
    """The (first, prefix, last, email, area, role) a correct import stores, sorted as the roster."""
    out = [(p[0], p[1], p[2], p[3] if email else "", p[4] if area else "", p[5] if role else "")
           for p in people]
    from sessions.participants import sort_key

    return sorted(out, key=lambda v: (sort_key(v[0], v[1], v[2])))


# ---------------------------------------------------------------- 1. notes sheet first


def notes_first() -> bytes:
    """Sheet 1 holds the training's notes (with "Naam …:" labels), sheet 2 the 16 people."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Toelichting"
    notes["A1"] = "Naam training: Leiderschap in de wijk"
    notes["A2"] = "Datum: 12 maart"
    notes["A3"] = "Vragen? Mail p.devries@rotterdam.example"
    notes["A5"] = "Naam trainer"
    notes["B5"] = "Petra de Vries"
    ws = wb.create_sheet("Deelnemers")
    ws.append(["Deelnemerslijst Leiderschap in de wijk"])
    ws.append([])
    ws.append(["Naam", "E-mailadres", "Gebied", "Functie"])
    for p in PEOPLE:
        ws.append([name(p), p[3], p[4], p[5]])
    return save(wb)


# ---------------------------------------------------------------- 2. rows hidden by an AutoFilter


FILTERED = PEOPLE[:9]
FILTERED_OUT = {2, 5, 7}   # indexes into FILTERED whose rows the filter hides (area West)


def autofilter() -> bytes:
    """9 people; an AutoFilter on Afdeling shows 6 and hides the 3 of "West"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deelnemers"
    ws.append(["Voornaam", "Tussenvoegsel", "Achternaam", "Afdeling", "E-mail", "Functie"])
    for i, p in enumerate(FILTERED):
        area = "West" if i in FILTERED_OUT else p[4]
        ws.append([p[0], p[1], p[2], area, p[3], p[5]])
        if i in FILTERED_OUT:
            ws.row_dimensions[i + 2].hidden = True
    ws.auto_filter.ref = f"A1:F{len(FILTERED) + 1}"
    ws.auto_filter.add_filter_column(3, sorted({p[4] for p in FILTERED}))
    return save(wb)


# ---------------------------------------------------------------- 3. a hidden private e-mail column


def hidden_private_email() -> bytes:
    """'E-mail privé' (hidden) left of the visible 'E-mail': only work addresses may be stored."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Medewerkers"
    ws.append(["Naam", "E-mail privé", "E-mail", "Team"])
    for p in PEOPLE[:6]:
        private = p[3].split("@")[0] + "@hotmail.example"
        ws.append([name(p), private, p[3], p[4]])
    ws.column_dimensions["B"].hidden = True
    return save(wb)


def hidden_old_email() -> bytes:
    """Two equally titled e-mail columns; the hidden one (old addresses) must lose."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Naam", "E-mail", "E-mailadres", "Team"])
    for p in PEOPLE[:4]:
        ws.append([name(p), p[3].replace("rotterdam", "oud"), p[3], p[4]])
    ws.column_dimensions["B"].hidden = True
    return save(wb)


# ---------------------------------------------------------------- 4. a department merged down


def merged_departments() -> bytes:
    """The department cell is merged over the rows of its people (4 departments, 16 people)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Teams"
    ws.append(["Overzicht deelnemers per afdeling"])
    ws.append(["Afdeling", "Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Functie"])
    row = 3
    for area in dict.fromkeys(p[4] for p in PEOPLE):
        members = [p for p in PEOPLE if p[4] == area]
        for i, p in enumerate(members):
            ws.append([area if i == 0 else None, p[0], p[1], p[2], p[3], p[5]])
        ws.merge_cells(start_row=row, start_column=1, end_row=row + len(members) - 1, end_column=1)
        row += len(members)
    return save(wb)


# ---------------------------------------------------------------- 5. AFAS


AFAS_NUMBERS = [f"{123 + i:06d}" for i in range(len(PEOPLE))]
AFAS_BSN = [f"{111222333 + 7 * i}" for i in range(len(PEOPLE))]
AFAS_PHONE = [f"06-1234{5600 + i}" for i in range(len(PEOPLE))]


def afas() -> bytes:
    """AFAS Profit: "Medewerker" is the employee number; the name is under "Naam"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Medewerkers"
    ws.append(["Medewerker", "Naam", "E-mail werk", "Organisatorische eenheid", "Functie",
               "Leidinggevende", "Datum in dienst", "BSN", "Telefoon werk", "Salarisschaal"])
    for i, p in enumerate(PEOPLE):
        ws.append([AFAS_NUMBERS[i], name(p), p[3], p[4], p[5], "Mulder, L.",
                   date(2015 + i % 8, 1 + i % 12, 1), AFAS_BSN[i], AFAS_PHONE[i], f"{8 + i % 4}"])
    return save(wb)


# ---------------------------------------------------------------- 6. Youforce / Visma Raet


def youforce() -> bytes:
    """Youforce: Voorletters before Roepnaam, and a "Datum in dienst" column of dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapportage"
    ws.append(["Rapportage medewerkers per organisatorische eenheid"])
    ws.append(["Peildatum: 1 maart 2026"])
    ws.append([])
    ws.append(["Persnr", "Voorletters", "Roepnaam", "Voorvoegsels", "Achternaam",
               "Datum in dienst", "Organisatorische eenheid", "Functie", "E-mailadres werk"])
    for i, p in enumerate(PEOPLE):
        initials = p[0][0] + "."
        ws.append([40000 + i, initials, p[0], p[1], p[2], date(2019, 4, 1), p[4], p[5], p[3]])
    return save(wb)


# ---------------------------------------------------------------- 7. one sheet per session


def per_session() -> bytes:
    """One sheet per session: "Sessie 1" and "Sessie 2", 8 people each, and a notes sheet."""
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Info"
    info["A1"] = "Indeling per sessie; zie de tabbladen."
    for n, people in ((1, PEOPLE[:8]), (2, PEOPLE[8:])):
        ws = wb.create_sheet(f"Sessie {n}")
        ws.append([f"Sessie {n} – 1{n} maart"])
        ws.append(["Voornaam", "Tussenvoegsel", "Achternaam", "E-mail", "Gebied"])
        for p in people:
            ws.append([p[0], p[1], p[2], p[3], p[4]])
    return save(wb)


def sheet_named_like_a_number() -> bytes:
    """Sheets "Overzicht", "Reserves" and "2": --sheet 2 means the sheet named "2"."""
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Overzicht"
    first.append(["Naam", "Gebied"])
    for p in PEOPLE[:3]:
        first.append([name(p), p[4]])
    reserves = wb.create_sheet("Reserves")
    reserves.append(["Naam", "Gebied"])
    for p in PEOPLE[3:5]:
        reserves.append([name(p), p[4]])
    two = wb.create_sheet("2")
    two.append(["Naam", "Gebied"])
    for p in PEOPLE[5:9]:
        two.append([name(p), p[4]])
    return save(wb)


# ---------------------------------------------------------------- everything at once (for .xls/.ods)


OFFICE_VISIBLE = [p for i, p in enumerate(PEOPLE) if i not in (1, 6, 11)]
OFFICE_HIDDEN = [PEOPLE[1], PEOPLE[6], PEOPLE[11]]


def office_list() -> bytes:
    """What a municipality's office sends: notes sheet first; then a list with a title row,
    departments merged down, a hidden private e-mail column and 3 rows hidden by an
    AutoFilter; then a second session's sheet. LibreOffice saves this as .xls and .ods."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Toelichting"
    notes["A1"] = "Naam training: Leiderschap in de wijk"
    notes["A2"] = "Datum: 12 maart"
    notes["A3"] = "Vragen? Mail p.devries@rotterdam.example"
    ws = wb.create_sheet("Deelnemers")
    ws.append(["Deelnemers startdag Leiderschap in de wijk"])
    ws.append(["Afdeling", "Roepnaam", "Voorletters", "Tussenvoegsel", "Achternaam",
               "E-mail privé", "E-mail", "Functie", "Datum in dienst"])
    row = 3
    for area in dict.fromkeys(p[4] for p in PEOPLE):
        members = [p for p in PEOPLE if p[4] == area]
        for i, p in enumerate(members):
            ws.append([area if i == 0 else None, p[0], p[0][0] + ".", p[1], p[2],
                       p[3].split("@")[0] + "@hotmail.example", p[3], p[5], date(2019, 4, 1)])
        ws.merge_cells(start_row=row, start_column=1, end_row=row + len(members) - 1, end_column=1)
        row += len(members)
    for p in OFFICE_HIDDEN:
        ws.row_dimensions[3 + PEOPLE.index(p)].hidden = True
    ws.column_dimensions["F"].hidden = True
    ws.auto_filter.ref = f"A2:I{len(PEOPLE) + 2}"
    ws.auto_filter.add_filter_column(1, sorted(p[0] for p in OFFICE_VISIBLE))
    later = wb.create_sheet("Sessie 2")
    later.append(["Roepnaam", "Achternaam", "E-mail"])
    later.append(["Petra", "de Vries", "petra.devries@rotterdam.example"])
    return save(wb)
