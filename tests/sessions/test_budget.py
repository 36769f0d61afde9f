"""The advice-hour ledger: sums, warnings at 75 % and 100 %, and the forecast, with a fixed today."""

from __future__ import annotations

from datetime import date

import pytest

from sessions import budget, intake
from sessions.errors import ValidationError

TODAY = date(2026, 5, 1)


def test_sums_and_remaining(tmp_store):
    budget.book(tmp_store, "2026-03-02", 4, "intake", adviser="Annelies Kooiman")
    budget.book(tmp_store, "2026-03-09", "2,5", "kenniskaart", adviser="Annelies Kooiman")
    budget.book(tmp_store, "2026-03-16", 3.25, "koppelen")
    s = budget.summary(tmp_store, TODAY)
    assert (s.budget, s.used, s.remaining, s.level) == (36, 9.75, 26.25, "ok")
    assert s.by_activity["kenniskaart"] == 2.5 and s.by_activity["evaluatie"] == 0
    assert [e.serves for e in budget.entries(tmp_store)] == ["", "map", "pairs"]


@pytest.mark.parametrize("used,level", [(26.99, "ok"), (27, "warn"), (35.99, "warn"), (36, "over"),
                                        (40, "over")])
def test_warning_levels_at_75_and_100_percent(used, level):
    s = budget.summarise(36, [("2026-03-02", used, "intake")], TODAY)
    assert s.level == level


def test_the_warning_follows_an_edited_budget(tmp_store):
    budget.book(tmp_store, "2026-03-02", 30, "experiment")
    assert budget.summary(tmp_store, TODAY).level == "warn"
    intake.update(tmp_store, budget_hours=48)
    assert budget.summary(tmp_store, TODAY).level == "ok"
    intake.update(tmp_store, budget_hours=30)
    assert budget.summary(tmp_store, TODAY).level == "over"


def test_forecast_at_the_current_pace():
    # 12 hours over the 61 days from 1 March to 30 April (inclusive of today 30 April)
    lines = [("2026-03-01", 6, "intake"), ("2026-04-01", 6, "kenniskaart")]
    s = budget.summarise(36, lines, date(2026, 4, 30))
    pace = 12 / 61
    assert s.pace_per_week == round(pace * 7, 2)
    # 24 hours left at 12/61 h a day: 122 days after 30 April
    assert s.runs_out == "2026-08-30"
    assert s.ran_out == ""


def test_forecast_uses_at_least_a_week_of_pace():
    s = budget.summarise(36, [("2026-04-30", 4, "intake")], date(2026, 4, 30))
    # 4 hours in the first week: 32 left at 4/7 a day = 56 days
    assert s.runs_out == "2026-06-25"


def test_when_spent_the_forecast_is_the_day_it_ran_out():
    lines = [("2026-03-01", 20, "intake"), ("2026-03-20", 16, "experiment"),
             ("2026-04-01", 2, "evaluatie")]
    s = budget.summarise(36, lines, TODAY)
    assert (s.ran_out, s.runs_out, s.remaining, s.level) == ("2026-03-20", "2026-03-20", -2, "over")


def test_no_bookings_no_forecast(tmp_store):
    s = budget.summary(tmp_store, TODAY)
    assert (s.used, s.remaining, s.runs_out, s.pace_per_week) == (0, 36, "", 0)


@pytest.mark.parametrize("field,value", [("hours", 0), ("hours", -1), ("hours", "veel"),
                                         ("hours", "nan"), ("activity", "lunch"),
                                         ("date", "1-3-2026")])
def test_bad_lines_are_refused_and_change_nothing(tmp_store, field, value):
    args = {"when": "2026-03-02", "hours": 2, "activity": "intake"}
    args["when" if field == "date" else field] = value
    with pytest.raises(ValidationError):
        budget.book(tmp_store, args.pop("when"), args.pop("hours"), args.pop("activity"))
    assert budget.entries(tmp_store) == []


def test_edit_remove_and_undo(tmp_store):
    hid = budget.book(tmp_store, "2026-03-02", 2, "intake")
    old = budget.update(tmp_store, hid, hours=3, note="met directie")
    assert old == {"hours": 2, "note": ""}
    budget.update(tmp_store, hid, **old)
    entry = budget.remove(tmp_store, hid)
    assert budget.entries(tmp_store) == []
    budget.restore(tmp_store, entry)
    assert budget.entries(tmp_store) == [entry] and entry.hours == 2
