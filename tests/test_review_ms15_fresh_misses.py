"""Review s15 (MS15): what the fresh texts of stop 15 still miss, read in clauses of those texts and of the dev split.
The clauses are verbatim and read as the documents give them (no title added); each case lists every fact the reader
is to emit from it, or the reason it holds a number back.
"""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text
from tests.review_cases import emitted

Y2011 = (date(2011, 1, 1), date(2011, 12, 31))
Y2015 = (date(2015, 1, 1), date(2015, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))


# A count in millions named by a plain count noun after the million word ('5,8 miljoner besök') is that noun's count,
# as '580 000 besök' is and '3,6 miljoner läkarbesök' was: the noun after 'miljoner' names the metric. Needed by
# Västra Götalandsregionen's verksamhetsanalys 2020 (fresh, review15fs: 5,8 and 6,6 miljoner besök in primärvården
# were held as 'no metric phrase fits') and Läkartidningen on the emergency visits of 2018 (stockholm_lakartidningen_
# 2018, dev: '1,9 miljoner besök till akutmottagningarna på landets sjukhus', a figure of the whole country, now
# held back as such, below).
def test_a_plain_count_noun_after_the_million_word_names_the_count():
    text = "Besöken i primärvården ökar över tid. År 2011 var det 5,8 miljoner besök."
    assert emitted(text) == {("besok_totalt", "actual", 5800000.0, Y2011)}


def test_a_compound_count_noun_after_the_million_word_still_names_the_count():
    assert emitted("Skåningarna gjorde cirka 3,6 miljoner läkarbesök under 2015.") == {
        ("lakarbesok", "actual", 3600000.0, Y2015)
    }


def test_the_visits_at_the_hospitals_of_the_country_are_the_whole_country_s_figure():
    # ('på landets sjukhus': all the country's hospitals, seeds/reader_words.csv whole_country)
    text = (
        "I fjol gjordes 1,9 miljoner besök till akutmottagningarna på landets sjukhus, visar nya siffror från "
        "Socialstyrelsen."
    )
    result = extract_text("t.txt", (text + "\n").encode())
    assert result.prose_facts == []
    (held,) = [n for n in result.numbers if n.text == "1,9"]
    assert held.reason == "unplaced_number" and "whole country" in held.note


# A result measured by the balance requirement named right after its amount ('37 miljoner kronor enligt det så
# kallade balanskravet') is the balanskravsresultat, as one named before it is ('Justerat resultat enligt
# balanskravet uppgår till minus 88'). Needed by Region Sörmland's press release on 2019 (fresh, review15pd:
# sormland_press_2019) and Region Uppsala's of 2020 (fresh, review15tb: uppsala_pressmeddelande_2020); both were
# read as the plain result.
def test_a_result_by_the_balance_requirement_named_after_its_amount_is_the_balance_result():
    assert emitted(
        "Det ekonomiska resultatet för 2019 blev 37 miljoner kronor enligt det så kallade balanskravet."
    ) == {("balanskravsresultat", "actual", 37.0, Y2019)}
    text = "Region Uppsala kommer att göra ett resultat för 2019 på minus 80 miljoner kronor enligt balanskravet."
    assert emitted(text) == {("balanskravsresultat", "actual", -80.0, Y2019)}


def test_a_result_by_the_budget_named_after_its_amount_stays_the_result():
    assert emitted("Det ekonomiska resultatet för 2019 blev 37 miljoner kronor enligt budgeten.") == {
        ("resultat", "actual", 37.0, Y2019)
    }
