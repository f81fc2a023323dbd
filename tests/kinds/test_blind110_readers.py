"""What blind110's readers found (measured at this session's last code: built-in 2.33),
mended in part: a speech dated after an address the notes name (`18号院是人家房东的私宅，
…念出来不好` read as the day it is read: `（2026年1月18日）` on a summary read on 29
December)."""

from __future__ import annotations

from datetime import date

from support.paths import FACTS_DIR
from test_blind45_46_readers import _facts

from drafter.kinds.notes import delivery_date, unit_history

B110 = FACTS_DIR / "blind110"
RENTALS = "school-side-rental-community-work-summary-2025"


def test_a_speech_is_dated_the_day_it_is_read_not_by_an_address() -> None:
    assert delivery_date(_facts(RENTALS, B110)) == date(2025, 12, 29)


def test_what_a_unit_began_with_is_said_once() -> None:
    """`仅有` before what a unit began with (…处理点，仅有两口深埋井、一台小焚烧炉, blind70),
    not before one that says it began so (…两个技术员、一辆旧吉普起家, blind67: printed
    `仅有两名技术员、一辆旧吉普起家` in the regression read of session 46)."""
    geo = unit_history(_facts("county-geological-hazard-prevention-center-implementation-plan-2026",
                              FACTS_DIR / "blind67"))
    assert "两个技术员、一辆旧吉普起家" in geo and "仅有两" not in geo
