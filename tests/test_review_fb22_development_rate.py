"""Review s22 (FB22): a money metric named by its development ('nettokostnadsutvecklingen') before a percent or a bare
number: the number is the metric's rate of change (change_pct), whatever verb gives it. Two dev texts print it so
and it was held as 'no metric phrase fits a number': skane_verksamhetsuppfoljning_2018 ('Nettokostnadsutvecklingen
har ökat lite till 4,0 procent', a level verb after a change verb: read as an actual level of a money metric) and
uppsala_ekonomirapport_2012 ('Föregående månad var nettokostnadsutvecklingen 3,2.', no unit: read as a change in no
unit; it is now read as a rate and held for its month, the month before the report's)."""

from __future__ import annotations

from datetime import date

from tests.review_cases import emitted

H1_2018 = (date(2018, 1, 1), date(2018, 6, 30))
Y2018 = (date(2018, 1, 1), date(2018, 12, 31))
AUG_2019 = (date(2019, 1, 1), date(2019, 8, 31))

SKANE = (
    "Region Skåne har publicerat månadsuppföljningen efter halvårsskiftet 2018.\n\n"
    "Nettokostnadsutvecklingen har ökat lite till 4,0 procent, medan prognosen för nettokostnadsutvecklingen hamnar "
    "på 5,5 procent, vilket är oroande då den budget som regionfullmäktige har antagit bara tål en "
    "nettokostnadsutveckling på 2,7 procent."
)


def test_a_development_raised_to_a_percent_is_the_change_in_percent():
    assert emitted(SKANE) == {
        ("nettokostnad", "change_pct", 4.0, H1_2018),
        ("nettokostnad", "change_pct", 5.5, Y2018),  # (the forecast's rate, as the corpus annotates it)
    }


def test_a_development_with_a_bare_number_is_a_percent():
    title = "Delårsrapport januari-augusti 2019\n\n"
    assert emitted(title + "Efter augusti var nettokostnadsutvecklingen 3,2.") == {
        ("nettokostnad", "change_pct", 3.2, AUG_2019)
    }
    # (an amount of money stays an amount: the development in kronor)
    assert emitted(title + "Nettokostnadsutvecklingen uppgick till 150 miljoner kronor.") == {
        ("nettokostnad", "change_abs", 150.0, AUG_2019)
    }
