"""Import a 10,000-row participant list (cp1252 CSV and XLSX) against reading the file alone.

The floor, measured in the same run on the same bytes: ``csv.reader`` over the decoded
text for the CSV, and an openpyxl read-only pass over every cell for the XLSX. The
import does that reading plus header finding, Dutch name splitting, duplicate checks and
one durable transaction, so the ratio says what all of that costs on top of the parsing.
Each import goes into a fresh trajectory file; the best of three runs counts.
"""

from __future__ import annotations

import csv
import io
import random
import tempfile
import time
from pathlib import Path

from bench.common import summary

ROWS = 10_000
RUNS = 3
FIRST = ["Jan", "Anneke", "Şükrü", "Fatima", "Łukasz", "Naïma", "Pieter", "Gülşen", "Zoë", "Ruud",
         "Mohamed", "Els", "Kees", "Hatice", "Katarzyna", "Bas", "Lotte", "Murat", "Femke", "Emre"]
LAST = ["van der Wijk", "de Rijk", "Yılmaz", "in 't Veld", "Wiśniewski", "El Amrani", "de Vries",
        "Çelik", "de Boer", "Visser", "Bouzid", "Bakker", "van Dijk", "Öztürk", "Kowalska",
        "ter Horst", "Mulder", "Doğan", "Vos", "Şahin"]
AREAS = ["Centrum", "Charlois", "Delfshaven", "Feijenoord", "Noord", "Overschie", "Hoogvliet"]
HEADER = ["Voornaam", "Achternaam", "E-mailadres", "Afdeling", "Functie"]


def rows() -> list[list[str]]:
    """10,000 distinct people the way an HR export lists them."""
    rng = random.Random(10)
    out = []
    for i in range(ROWS):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        out.append([first, f"{last} {i}" if i >= len(FIRST) * len(LAST) else last,
                    f"p{i}@rotterdam.example", rng.choice(AREAS), "Gebiedsnetwerker"])
    return out


def cp1252_csv(data: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(data)
    return buf.getvalue().encode("cp1252", errors="replace")


def xlsx(data: list[list[str]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Deelnemers")
    ws.append(HEADER)
    for row in data:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def floor_csv(raw: bytes) -> int:
    return sum(1 for _ in csv.reader(io.StringIO(raw.decode("cp1252"), newline=""), delimiter=";"))


def floor_xlsx(raw: bytes) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def best(fn, *args) -> tuple[float, object]:
    """The fastest of RUNS calls, with the last result."""
    times, result = [], None
    for _ in range(RUNS):
        t0 = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - t0)
    return min(times), result


def main() -> None:
    from sessions import importing
    from sessions.store import Store

    data = rows()
    files = {"csv": (cp1252_csv(data), floor_csv), "xlsx": (xlsx(data), floor_xlsx)}
    totals = {"seconds": 0.0, "floor": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, (raw, floor) in files.items():
            floor_s, n = best(floor, raw)
            assert n == ROWS + 1, (kind, n)
            counter = iter(range(100))

            def run(raw=raw, kind=kind, counter=counter):
                store = Store.create(Path(tmp) / f"{kind}-{next(counter)}.startdag", title="Bench")
                try:
                    return importing.import_file(store, raw)
                finally:
                    store.close()

            import_s, report = best(run)
            assert report.added == ROWS, (kind, report.added, report.skipped[:3])
            totals["seconds"] += import_s
            totals["floor"] += floor_s
            print(f"{kind:5s} {ROWS} rows: import {import_s:.3f} s ({ROWS / import_s:,.0f} rows/s), "
                  f"read alone {floor_s:.3f} s ({ROWS / floor_s:,.0f} rows/s), "
                  f"ratio {import_s / floor_s:.1f}x, {len(raw) / 1024:.0f} KiB")
    print(summary("import", rows=2 * ROWS, seconds=totals["seconds"],
                  floor_seconds=totals["floor"], ratio=totals["seconds"] / totals["floor"]))


if __name__ == "__main__":
    main()
