"""Review RF10b (issue 14, recall on production and staff): misses on fresh text that a general rule now reads.

Each case is a sentence or clause copied from a fresh text (the review texts of RF10b, /work/review10b, or the
texts whose misses the reviews of session 9 listed, /work/review9all/misses.csv), the fact it must give and
the facts it must not give. Literal strings, no build.
"""

from __future__ import annotations

from datetime import date

from loaders.extract import extract_text

TITLE = "Delårsrapport januari-augusti 2019"
CUR = (date(2019, 1, 1), date(2019, 8, 31))


def facts(text: str, title: str | None = TITLE) -> set[tuple]:
    body = (title + "\n\n" if title else "") + text + "\n"
    found = extract_text("t.txt", body.encode()).prose_facts
    return {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end), f.breakdown_label) for f in found}


# ---- a staff group hired in, named by a compound of 'hyr' and the group: that group's part of the hired staff
# cost (seeds/reader_words.csv hired_staff_prefix; the group a staff label of seeds/breakdown_labels.csv)


def test_hired_doctors_in_a_compound_are_a_part_of_the_hired_staff_cost():
    # svt.se Värmland 2020 (review9 HR9 miss 'hyrläkare 37 mnkr April-June')
    got = facts("I Värmland kostade hyrläkarna drygt 37 miljoner kronor under perioden april till juni.")
    assert ("inhyrd_personal_kostnad", "actual", 37.0, (date(2019, 4, 1), date(2019, 6, 30)), "läkarna") in got
    assert not any(f[0] == "inhyrd_personal_kostnad" and f[4] == "" for f in got)  # never the whole


def test_hired_nurses_in_a_compound_are_a_part_of_the_hired_staff_cost():
    # smalanningen.se Kronoberg (review9 HR9b misses 'hyrläkare 8,3 mnkr', 'hyrsjuksköterskor 4,3 mnkr')
    got = facts("För hyrsjuksköterskor landade kostnaden på 4,3 miljoner kronor.")
    assert ("inhyrd_personal_kostnad", "actual", 4.3, CUR, "sjuksköterskor") in got
    got = facts("Kostnaderna för hyrläkare var 8,3 miljoner kronor under perioden.")
    assert ("inhyrd_personal_kostnad", "actual", 8.3, CUR, "läkare") in got


def test_a_hiring_compound_of_no_staff_group_names_no_part():
    # 'hyrsköterskor' is no staff label of the breakdown seed: no part, and never the whole hired staff cost
    got = facts("Kostnaderna för hyrsköterskor uppgår till 47 miljoner kronor.")
    assert not any(f[0] == "inhyrd_personal_kostnad" for f in got)


def test_a_month_counted_from_dates_nothing_in_an_undated_text():
    # smalanningen.se Kronoberg: 'sedan januari 2016' is the time counted from, not the year of the figures after it
    text = (
        "Hyrläkarkostnaderna är just nu de lägsta sedan januari 2016 och kostnaderna för hyrsjuksköterskor "
        "minskar också stadigt.\n\nFör hyrsjuksköterskor landade kostnaden på 4,3 miljoner kronor."
    )
    got = facts(text, title=None)
    assert ("inhyrd_personal_kostnad", "actual", 4.3, (None, None), "sjuksköterskor") in got
    assert not any(f[3][0] is not None and f[3][0].year == 2016 for f in got)


# ---- 'försvann' (disappeared) is a decrease: the count after it is a change with a minus sign, never a level


def test_places_that_disappeared_are_a_decrease():
    # lakartidningen.se 2011 (RF10b t08): was read as 91 places, a level
    text = "Statistiken visar att Västra Götaland drar ned mest. 2009 försvann 91 vårdplatser i regionen."
    got = facts(text, title="Vårdplatser i regionerna")
    assert ("vardplatser", "change_abs", -91.0, (date(2009, 1, 1), date(2009, 12, 31)), "") in got
    assert not any(f[1] == "actual" for f in got)


def test_a_year_opening_the_numbers_own_clause_dates_it_beside_a_previous_year_word_of_the_next_clause():
    # lakartidningen.se 2011 (RF10b t08): '2009 försvann 91 vårdplatser och förra året 143 platser i regionen' in
    # a text on 2010: 'förra året' is the second clause's; 2009 is the first number's own year, named outright
    text = (
        "Statistiken från SKL visar att för andra året i rad är det Västra Götaland som drar ned mest. 2009 "
        "försvann 91 vårdplatser och förra året 143 platser i regionen."
    )
    got = facts(text, title="Vårdplatser under 2010")
    assert ("vardplatser", "change_abs", -91.0, (date(2009, 1, 1), date(2009, 12, 31)), "") in got


# ---- 'sjönk', 'sjunkit', 'steg med', 'stigit' are changes with their sign, never a level


def test_a_cost_that_sank_by_an_amount_is_a_decrease():
    # was read as a level of 90 (the verb 'sjunkit' was no change word)
    got = facts("Kostnaderna för hyrpersonal har sjunkit med 90 miljoner.")
    assert ("inhyrd_personal_kostnad", "change_abs", -90.0, CUR, "") in got
    assert not any(f[1] == "actual" for f in got)


def test_a_count_that_rose_is_an_increase():
    got = facts("Antalet operationer har stigit med 300.")
    assert ("operationer", "change_abs", 300.0, CUR, "") in got
    assert not any(f[1] == "actual" for f in got)


# ---- sick leave in days per employee (seeds metric_aliases 'dagar per anställd', prose_phrases 'sjukfrånvaron' in
# days): the metric is itself the rate, so 'per anställd' refuses nothing


def test_sick_leave_in_days_per_employee():
    # sverigesradio.se Stockholm (review9 HR9b miss 'i genomsnitt drygt 21 dagar per anställd'), an undated text
    text = (
        "Sjukfrånvaron bland de anställda inom Stockholms läns landsting har minskat. Under förra året var den "
        "totala sjukfrånvaron i genomsnitt drygt 21 dagar per anställd, på tre år innebär det en minskning med fem "
        "dagar per anställd."
    )
    got = facts(text, title="Minskad sjukfrånvaro i landstinget")
    assert ("sjukdagar_per_anstalld", "actual", 21.0, (None, None), "") in got
    assert not any(f[2] in (5.0, -5.0) for f in got)  # (a change over three years)


def test_a_change_between_two_years_is_the_later_years_in_an_undated_text():
    # lakartidningen.se 2013 (review9 HR9b, judged 'a change, -400'): was read for 2012, the first year named
    text = (
        "Mellan 2012 och 2013 försvann ca 400 vårdplatser inom den somatiska specialistvården, vilket är mer än "
        "under hela perioden 2009–2012."
    )
    got = facts(text, title="SKL: vårdplatserna 2013")
    assert got == {("vardplatser", "change_abs", -400.0, (date(2013, 1, 1), date(2013, 12, 31)), "")}


# ---- a clause joined with a passive verb of doing of its own ('och totalt genomförs', 'och det görs nu') holds a
# level: the change and the time ('fler ... än för två år sedan') of the clause before are not its


def test_a_joined_clause_with_its_own_passive_verb_holds_a_level():
    # socialdemokraternaorebrolan.se 2018 (RF10b t06): was refused as 'a yearly rate of change'
    text = (
        "2017 utfördes 4000 fler operationer än för två år sedan och totalt genomförs inom Region Örebro län cirka "
        "32 000 operationer per år."
    )
    got = facts(text, title="Stor ökning av operationer i hela Örebro län under 2017")
    assert ("operationer", "actual", 32000.0, (date(2017, 1, 1), date(2017, 12, 31)), "") in got
    assert not any(f[2] == 4000.0 for f in got)  # (a change over two years stays refused)


def test_the_time_of_the_clause_before_a_joined_passive_clause_is_not_its():
    # regionorebrolan.se 2018 (RF10b t05): was refused as 'a value of years ago'; the text names no year
    text = (
        "Förra året utfördes 4 000 fler operationer än för två år sedan och det görs nu cirka 32 000 operationer "
        "inom Region Örebro län per år."
    )
    got = facts(text, title="Stor ökning av operationer – Karlskoga ökar mest")
    assert ("operationer", "actual", 32000.0, (None, None), "") in got
