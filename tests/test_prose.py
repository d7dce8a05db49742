"""Prose extraction: literal Swedish sentences in, placed facts (or issues) out."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.lexicon import load_prose_lexicon
from loaders.prose import extract_prose, find_numbers
from loaders.records import Document
from loaders.sentences import lines_to_sentences

LEX = load_prose_lexicon()


def doc(start=date(2023, 1, 1), end=date(2023, 8, 31), org="Division Test") -> Document:
    return Document(
        report_file="t.txt",
        sha256="",
        n_lines=0,
        n_bytes=0,
        encoding="utf-8",
        title="",
        report_type="delarsrapport",
        region_code="",
        org_unit=org,
        period_start=start,
        period_end=end,
        period_evidence="",
    )


def facts(text: str, d: Document | None = None):
    found, issues = extract_prose("t.txt", text.split("\n"), d or doc(), LEX)
    return found, issues


def one(text: str, d: Document | None = None):
    found, _ = facts(text, d)
    assert len(found) == 1, [(f.metric_code, f.measure, f.value) for f in found]
    return found[0]


# ---- sentences rebuilt across lines


def test_hyphenated_word_joins_and_real_hyphens_stay():
    s = lines_to_sentences(
        [
            "Divisionen har en negativ budgetavvi-",
            "kelse. Nya e-",
            "tjänster och Öron-",
            "näsa-hals samt barn-",
            "och ungdomspsykiatrin ökar.",
        ]
    )
    text = " ".join(x.text for x in s)
    assert "budgetavvikelse" in text
    assert "e-tjänster" in text
    assert "Öron-näsa-hals" in text
    assert "barn- och ungdomspsykiatrin" in text


def test_sentence_across_blank_lines_keeps_line_of_each_character():
    lines = ["Divisionen uppvisar en negativ budgetavvikelse på 129 ", "", "mnkr per augusti 2023. "]
    s = lines_to_sentences(lines)
    assert len(s) == 1
    assert s[0].text.startswith("Divisionen uppvisar")
    assert s[0].line_at(s[0].text.index("129")) == 1
    assert s[0].line_at(s[0].text.index("mnkr")) == 3


def test_table_row_and_page_marker_break_the_text():
    lines = ["Antalet besök har ökat med", "Läkarbesök 108 293 105 371 2,8% 106 519", "Sida 4 (20)", "2 procent."]
    s = lines_to_sentences(lines)
    assert all("108" not in x.text for x in s)
    assert all("Sida" not in x.text for x in s)


# ---- facts


def test_negative_budget_deviation_with_unit_on_next_line():
    f = one("Divisionen uppvisar en negativ budgetavvikelse på 129 \n\nmnkr per augusti 2023.")
    assert (f.metric_code, f.measure, f.value, f.unit_raw) == ("resultat", "budget_deviation", -129.0, "mnkr")
    assert (f.period_start, f.period_end) == (date(2023, 1, 1), date(2023, 8, 31))
    assert (f.line, f.quote, f.org_unit) == (1, "129", "")


def test_forecast_deviation_is_full_year():
    f = one("Den årsprognos som lagts per april pekar på en negativ budgetavvikelse på 197 mnkr.")
    assert (f.metric_code, f.measure, f.value) == ("resultat", "forecast_deviation", -197.0)
    assert (f.period_start, f.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_forecast_with_explicit_minus():
    f = one("Divisionens årsprognos pekar på ett helårsresultat på -197 mnkr.")
    assert (f.metric_code, f.measure, f.value, f.quote) == ("resultat", "forecast", -197.0, "-197")


def test_change_pct_two_metrics_in_one_sentence():
    found, _ = facts(
        "Antalet besök till läkare har ökat med 1,3 procent och antalet besök till övriga "
        "vårdgivare har minskat med 3,5 procent."
    )
    got = [(f.metric_code, f.measure, f.value) for f in found]
    assert got == [("lakarbesok", "change_pct", 1.3), ("besok_ovriga", "change_pct", -3.5)]


def test_change_pp():
    f = one("Andelen distansbesök har ökat med 8,8 procentenheter.")
    assert (f.metric_code, f.measure, f.value) == ("distansbesok_andel", "change_pp", 8.8)


def test_sign_from_word_underskott_and_overskott():
    found, _ = facts(
        "Inhyrd sjukvårdspersonal fortsätter att generera ett underskott (168 mnkr). "
        "Stort överskott genereras även avseende läkemedel (+44 mnkr)."
    )
    got = [(f.metric_code, f.measure, f.value) for f in found]
    assert got == [("inhyrd_personal_kostnad", "budget_deviation", -168.0), ("lakemedel", "budget_deviation", 44.0)]


def test_cost_lower_than_budget_is_positive_deviation():
    found, _ = facts(
        "Inhyrd personal är 2,1 mnkr sämre än budget, dock är de totala personalkostnaderna 0,8 mnkr lägre än budget."
    )
    got = [(f.metric_code, f.value) for f in found]
    assert got == [("inhyrd_personal_kostnad", -2.1), ("personalkostnader", 0.8)]


def test_from_to_gives_two_periods():
    found, _ = facts(
        "Inhyrda läkare har minskat från 31 till 29 årsarbetare jämfört med samma period föregående år.",
        doc(date(2021, 1, 1), date(2021, 4, 30)),
    )
    got = [(f.metric_code, f.measure, f.value, f.period_start, f.period_end) for f in found]
    assert got == [
        ("inhyrda_lakare_arsarbetare", "actual", 31.0, date(2020, 1, 1), date(2020, 4, 30)),
        ("inhyrda_lakare_arsarbetare", "actual", 29.0, date(2021, 1, 1), date(2021, 4, 30)),
    ]


def test_target():
    f = one("Divisionen uppnår inte målet på 40 procent digitala besök.")
    assert (f.metric_code, f.measure, f.value) == ("distansbesok_andel", "target", 40.0)


def test_previous_year_value_in_parentheses():
    found, _ = facts(
        "Ackumulerad sjukfrånvaro redovisas till 8,1 % (7,4 % fg år).", doc(date(2024, 1, 1), date(2024, 4, 30))
    )
    got = [(f.value, f.period_start.year) for f in found]
    assert got == [(8.1, 2024), (7.4, 2023)]


def test_tertial_period():
    f = one("Sjukfrånvaron låg på 6,2 procent under tertial 1.")
    assert (f.metric_code, f.period_end) == ("sjukfranvaro", date(2023, 4, 30))


def test_org_unit_vo_and_approximation():
    f = one("VO Barnsjukvård redovisar ett underskott på drygt 12 mnkr.")
    assert f.org_unit == "VO Barnsjukvård"
    assert f.is_approximate and f.value == -12.0


def test_metric_carried_to_next_sentence_about_a_unit():
    found, _ = facts("Vårdtillfällena inom divisionen har minskat med 1,4 procent. VO Barn har ökat med 8,8 procent.")
    got = [(f.metric_code, f.value, f.org_unit) for f in found]
    assert got == [("vardtillfallen", -1.4, ""), ("vardtillfallen", 8.8, "VO Barn")]


def test_headcount_and_gender_split():
    found, issues = facts("Divisionen har 1938 anställda, varav kvinnor 1606 och 332 män.")
    # the parts of a whole after `varav` are the whole's metric with the gender as breakdown, never the total
    assert [(f.metric_code, f.measure, f.value, f.breakdown_label) for f in found] == [
        ("anstallda", "actual", 1938.0, ""),
        ("anstallda", "actual", 1606.0, "kvinnor"),
        ("anstallda", "actual", 332.0, "män"),
    ]
    assert found[1].quote == "1606" and found[2].quote == "332"
    assert not [i for i in issues if i.kind == "unplaced_number"]


def test_gender_share_without_a_whole_is_not_a_fact():
    # no placed whole before it: a share of women names no metric of its own
    found, issues = facts("Av de tillfrågade är 59 procent kvinnor och 41 procent män.")
    assert found == []
    assert len([i for i in issues if "gender" in i.message]) == 2


def test_deviation_without_sign_is_an_issue_not_a_fact():
    found, issues = facts(
        "Verksamheten Neurocentrum har en budgetavvikelse (2 mnkr) som härrör ett dyrt vårdtillfälle."
    )
    assert found == []
    assert any("sign" in i.message for i in issues)


def test_scorecard_row_target_and_outcome():
    lines = [
        "  Styrmått Mål Utfall Kommentar",
        "",
        "Sjukfrånvaro kort och ",
        "",
        "lång ",
        "",
        "<6,5 %  5,43% Division Test ",
        "Den totala sjukfrånvaron minskar.",
    ]
    found, _ = facts("\n".join(lines))
    got = [(f.metric_code, f.measure, f.value, f.line) for f in found]
    assert got == [("sjukfranvaro", "target", 6.5, 7), ("sjukfranvaro", "actual", 5.43, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "Antalet besök av patienter 80 år och äldre har minskat.",
        "Målgruppen är personer 65 år och äldre.",
        "Uppföljningen görs den 31 augusti 2023 och redovisas på sida 12.",
        "Under 2022 och 2023 har budgetavvikelsen varit stor.",
        "Se avsnitt 5.1.2 och tabell 3 för vårdtillfällen.",
    ],
)
def test_never_years_pages_ages_dates(text):
    found, _ = facts(text)
    assert found == []


def test_numbers_found_with_units():
    ns = find_numbers("ökade med 2,4 procent och 1 235 miljoner kronor samt 13,05 %")
    assert [(n.value, n.family) for n in ns] == [(2.4, "pct"), (1235.0, "tkr"), (13.05, "pct")]


OTHER_REGION = """\
3.2 Ekonomiskt resultat

Hälso- och sjukvårdsnämnden redovisar per den 30 april 2025 ett underskott på 84 miljoner kronor,
vilket är 31 miljoner kronor sämre än budget. Helårsprognosen pekar mot ett underskott om 210
miljoner kronor jämfört med budget. Sida 7 av 40

Personalkostnaderna har ökat med 6,1 procent jämfört med samma period föregående år. Kostnaderna
för inhyrd personal uppgår till 41 mnkr, en minskning med 12 mnkr. Antalet anställda den 30 april var
7 912 personer, varav 1 204 är 65 år och äldre.

Produktion
Närsjukvårdsområde Östra har under perioden haft knappt 48 000 läkarbesök, vilket är 3 procent färre
än året innan. Vårddagarna inom slutenvården minskade med 2,5 procent under tertial 1 2025 och
beläggningen låg i snitt på 97 procent. Under vecka 12 stängdes 14 vårdplatser.
"""


def test_other_region_text_never_crashes_nor_emits_dates_years_pages_ages():
    d = doc(date(2025, 1, 1), date(2025, 4, 30), "Hälso- och sjukvårdsnämnden")
    found, issues = facts(OTHER_REGION, d)
    assert found, "expected some facts"
    for f in found:
        assert f.value not in (2025.0, 30.0, 7.0, 40.0, 65.0, 12.0, 1.0, 3.2), (f.metric_code, f.value, f.quote)
        assert f.period_start is not None
    got = {(f.metric_code, f.measure, f.value) for f in found}
    assert ("personalkostnader", "change_pct", 6.1) in got
    assert ("resultat", "budget_deviation", -31.0) in got
    assert ("belaggning", "actual", 97.0) in got
    assert ("resultat", "actual", -84.0) in got  # 'ett underskott på 84 ... 31 sämre än budget'
    visits = [f for f in found if f.metric_code == "lakarbesok" and f.measure == "actual"]
    assert [(f.value, f.is_approximate, f.org_unit) for f in visits] == [(48000.0, True, "Närsjukvårdsområde Östra")]
    assert not any(f.metric_code == "vardplatser" for f in found)  # 'stängdes 14 vårdplatser': no sign, no fact
    # line numbers point at the line where the number stands
    for f in found:
        assert f.quote in OTHER_REGION.split("\n")[f.line - 1], (f.quote, f.line)


def test_worked_time_lags_to_the_month_the_staff_tables_name():
    text = (
        "Sjukfrånvaro (ack mars) 8,1 %\n\nArbetad tid - mars\n\n"
        "Arbetad tid har minskat med 0,8%, vilket omräknat motsvarar 21 årsarbetare. "
        "Läkarbesöken har ökat med 2 procent."
    )
    found, _ = facts(text, doc(date(2024, 1, 1), date(2024, 4, 30)))
    got = {(f.metric_code, f.measure, f.value): f.period_end for f in found}
    assert got[("arbetad_tid", "change_pct", -0.8)] == date(2024, 3, 31)
    assert got[("arsarbetare", "change_abs", -21.0)] == date(2024, 3, 31)
    assert got[("lakarbesok", "change_pct", 2.0)] == date(2024, 4, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Antalet besök har minskat med 20,4 procent jämfört med 2019.",  # not the year before
        "Kostnaderna för hyrsköterskor uppgår till 47 miljoner kronor.",  # a narrowed weak phrase
        "Det förändrade behovet av personal försämrar resultatet med 25 mnkr.",  # a contribution
        "Divisionen ska reducera personalkostnaderna med 23 mnkr under året.",  # a plan
        "Antalet besök fortsätter minska och är lägre än 900 st per månad.",  # a threshold
        "Kostnader för medicinskt material och läkemedel har varit 32 miljoner kronor högre än budget.",  # two items
        "Antalet vårdtillfällen för inomlänspatienter har minskat med 7,9 procent.",  # a patient group
        "Medicinsk service redovisar en produktionsminskning på 0,4 procent totalt där bild och funktionsmedicin "
        "har en ökning med 4,4 procent.",  # another subject
    ],
)
def test_precision_guards_emit_no_fact(text):
    found, _ = facts(text)
    assert found == [], [(f.metric_code, f.measure, f.value) for f in found]


def test_section_heading_names_the_unit_until_a_table_intervenes():
    text = (
        "Inledning av rapporten.\n\n\n Akutsjukvård \n\nTillgänglighet \n\n"
        "• Arbetad tid har minskat med 0,8% jämfört med föregående år.\n"
        "Läkarbesök 108 293 105 371 2,8% 106 519\n"
        "• Läkarbesöken har ökat med 2 procent."
    )
    found, _ = facts(text)
    got = [(f.metric_code, f.org_unit) for f in found]
    assert got == [("arbetad_tid", "Akutsjukvård"), ("lakarbesok", "")]


def test_wrapped_year_line_is_prose_and_chart_labels_are_not():
    s = lines_to_sentences(
        [
            "Övriga yrkesroller ökar med 3,2% i jämförelse mot samma period",
            "2023.",
            "Jan-april: -502 tkr, -38% Jan-april: -3 072 tkr, -22%",
        ]
    )
    assert [x.text for x in s] == ["Övriga yrkesroller ökar med 3,2% i jämförelse mot samma period 2023."]


def test_definite_deviation_refers_to_the_previous_sentence_item():
    found, _ = facts(
        "Bokförda vårdintäkter uppgår till 1 523 miljoner kronor. Budgetavvikelsen är negativ med 2 miljoner kronor.",
        doc(date(2023, 1, 1), date(2023, 12, 31)),
    )
    got = [(f.metric_code, f.measure, f.value) for f in found]
    assert got == [("vardintakter", "actual", 1523.0), ("vardintakter", "budget_deviation", -2.0)]


# ---- unseen-region fixtures: report text written in the style of other regions' tertial reports, with the
# facts a careful reader takes from them (metric, measure, value in the printed unit, period, org unit)


def _rows(found):
    return [
        (f.line, f.metric_code, f.measure, f.value, f.period_start, f.period_end, f.org_unit, f.is_approximate)
        for f in found
    ]


APR = doc(date(2025, 1, 1), date(2025, 4, 30), org="Hälso- och sjukvårdsförvaltningen")
AUG = doc(date(2025, 1, 1), date(2025, 8, 31), org="Skånes universitetssjukvård")
Y, P = (date(2025, 1, 1), date(2025, 12, 31)), (date(2024, 1, 1), date(2024, 8, 31))


def test_fixture_unseen_region_tertial_economy_production_staff():
    text = """Ekonomi

Verksamhetsområde Medicin redovisar ett underskott på 23,4 mnkr per augusti, vilket är 8,1 mnkr
sämre än budget. Prognosen för helåret är ett underskott om cirka 35 mnkr.

Produktion

Antalet läkarbesök uppgick till 48 200, vilket är en ökning med 3,1 procent jämfört med samma period
föregående år. Vårdtillfällena minskade med 2,4 procent jämfört med samma period föregående år


Medarbetare

Sjukfrånvaron har minskat från 7,9 procent till 7,1 procent jämfört med samma period föregående år,
en minskning med 0,8 procentenheter. Övertiden uppgick till drygt 41 000 timmar, vilket är 12 procent
lägre än föregående år.

Kostnaderna för inhyrd personal uppgick till 18,6 mnkr, vilket är 4,2 mnkr lägre än föregående
år. Andelen digitala besök var knappt 14 procent."""
    found, _ = facts(text, AUG)
    jan_aug = (date(2025, 1, 1), date(2025, 8, 31))
    assert _rows(found) == [
        (3, "resultat", "actual", -23.4, *jan_aug, "VO Medicin", False),
        (3, "resultat", "budget_deviation", -8.1, *jan_aug, "VO Medicin", False),
        # the paragraph's subject and its 'underskott' reading (the result, the deviation given apart) carry on
        (4, "resultat", "forecast", -35.0, *Y, "VO Medicin", True),
        (8, "lakarbesok", "actual", 48200.0, *jan_aug, "", False),
        (8, "lakarbesok", "change_pct", 3.1, *jan_aug, "", False),
        # no full stop, then two blank lines: the next paragraph does not inherit anything from this one
        (9, "vardtillfallen", "change_pct", -2.4, *jan_aug, "", False),
        (14, "sjukfranvaro", "actual", 7.9, *P, "", False),
        (14, "sjukfranvaro", "actual", 7.1, *jan_aug, "", False),
        (15, "sjukfranvaro", "change_pp", -0.8, *jan_aug, "", False),
        (15, "overtid_timmar", "actual", 41000.0, *jan_aug, "", True),
        (15, "overtid_timmar", "change_pct", -12.0, *jan_aug, "", False),
        (18, "inhyrd_personal_kostnad", "actual", 18.6, *jan_aug, "", False),
        (18, "inhyrd_personal_kostnad", "change_abs", -4.2, *jan_aug, "", False),
        (19, "distansbesok_andel", "actual", 14.0, *jan_aug, "", True),
    ]


def test_fixture_unseen_region_deviation_list_subsets_and_clinics():
    text = """Ekonomiskt resultat

Resultatet per april uppgår till -42,7 mnkr, vilket är 12,3 mnkr sämre än budget. Helårsprognosen
pekar mot en negativ budgetavvikelse på 95 mnkr.

Större avvikelser mot budget per april:
• Personalkostnader -21,4 mnkr, varav -9,8 mnkr inhyrd personal
• Egen och inhyrd personal: -30 mnkr

Produktion

Antalet vårdtillfällen inom slutenvården har minskat med 1,8 procent jämfört med samma period
föregående år


Besöken på distans ökade med 11 procent och utgör nu 22 procent av alla besök. Antalet
resurskrävande besök, så kallade komplexa besök, ökade med 6 procent. Röntgendiagnostik har en
ökning med 3,4 procent jämfört med föregående år.

Sjukfrånvaron minskade från 8,4 procent till 7,6 procent jämfört med samma period föregående år.
Övertiden ökade med 2 300 timmar, motsvarande 5,5 procent."""
    found, issues = facts(text, APR)
    t1 = (date(2025, 1, 1), date(2025, 4, 30))
    assert _rows(found) == [
        (3, "resultat", "actual", -42.7, *t1, "", False),
        (3, "resultat", "budget_deviation", -12.3, *t1, "", False),
        (4, "resultat", "forecast_deviation", -95.0, *Y, "", False),
        (7, "personalkostnader", "budget_deviation", -21.4, *t1, "", False),
        (7, "inhyrd_personal_kostnad", "budget_deviation", -9.8, *t1, "", False),  # the varav part
        (12, "vardtillfallen", "change_pct", -1.8, *t1, "", False),
        (16, "distansbesok", "change_pct", 11.0, *t1, "", False),
        (20, "sjukfranvaro", "actual", 8.4, date(2024, 1, 1), date(2024, 4, 30), "", False),
        (20, "sjukfranvaro", "actual", 7.6, *t1, "", False),
        (21, "overtid_timmar", "change_abs", 2300.0, *t1, "", False),
        (21, "overtid_timmar", "change_pct", 5.5, *t1, "", False),  # 'motsvarande': the same metric
    ]
    # own + hired staff together, a 'så kallade' subset and a clinic's own production are not placed
    unplaced = {i.line for i in issues}
    assert {8, 17, 18} <= unplaced


def test_paragraph_without_full_stop_does_not_lend_its_unit():
    found, _ = facts(
        "Antalet behandlingar inom sjukhusvården har ökat med 7,5 procent jämfört med 2022\n\n\n\n"
        "Vårdbesök på distans har ökat med 5,2 procent jämfört med 2022.",
        doc(date(2023, 1, 1), date(2023, 12, 31)),
    )
    assert [(f.metric_code, f.value, f.org_unit) for f in found if f.metric_code == "distansbesok"] == [
        ("distansbesok", 5.2, "")
    ]


def test_double_spaced_lines_still_join_into_one_sentence():
    s = lines_to_sentences(
        [
            "Inledning.",
            "Kostnaderna för läkemedel och sjukvårdsmaterial har under perioden ökat mer än",
            "",
            "",
            "Region Dalarnas budget.",
            "Läkemedelskostnaderna har ökat mer än vad som förväntades under perioden",
            "",
            "Vårdtillfällena minskar.",
        ]
    )
    # a preposition before the gap, or one blank line (double-spaced text): the same sentence goes on
    assert [x.text for x in s] == [
        "Inledning.",
        "Kostnaderna för läkemedel och sjukvårdsmaterial har under perioden ökat mer än Region Dalarnas budget.",
        "Läkemedelskostnaderna har ökat mer än vad som förväntades under perioden Vårdtillfällena minskar.",
    ]


def test_clinic_subject_is_the_org_unit():
    found, _ = facts(
        "Medicinsk service redovisar en minskning där laboratoriemedicin har en minskning med 4,2 procent "
        "jämfört med föregående år."
    )
    assert [(f.metric_code, f.value, f.org_unit) for f in found] == [("undersokningar", -4.2, "Laboratoriemedicin")]


@pytest.mark.parametrize(
    "text",
    [
        "Personella resurser, egen samt inhyrd personal: -350 mkr.",  # own and hired together
        "Antalet kostnadskrävande vårdtillfällen, så kallade ytterfall, har minskat med 4,9 procent.",  # a subset
        "Andel digitala vårdbesök, nybesök respektive återbesök av totala besök 40% Nybesök:",  # parts
        "Skillnad mellan prognostiserat resultat (Tkr) Akut An/Op/IVA mnkr), så avviker resultatet med -61 mnkr.",
    ],
)
def test_more_precision_guards_emit_no_fact(text):
    found, issues = facts(text)
    assert found == [], [(f.metric_code, f.measure, f.value) for f in found]
    assert issues  # the number is said, not dropped


def test_visits_of_a_dental_unit_are_dental_visits():
    text = (
        "Tandvård\n\nTandvården har haft svårt att rekrytera. "
        "Antalet besök har minskat med 6,2 procent jämfört med 2022."
    )
    found, _ = facts(text, doc(date(2023, 1, 1), date(2023, 12, 31)))
    assert [(f.metric_code, f.measure, f.value) for f in found] == [("tandvardsbesok", "change_pct", -6.2)]


def test_care_sold_to_another_region_is_not_the_metric_even_when_named_again():
    found, issues = facts(
        "Antalet debiterade vårdtillfällen till norra sjukvårdsregionen år 2023 uppgår till 5 086 "
        "vårdtillfällen vilket är en minskning med 3,9 procent jämfört med föregående år.",
        doc(date(2023, 1, 1), date(2023, 12, 31)),
    )
    assert found == [] and len(issues) == 2


def test_deviation_after_a_narrowed_item_is_not_the_units_result():
    found, issues = facts(
        "Bokförda externa vårdintäkter uppgår till 1 523 miljoner kronor. Budgetavvikelsen är "
        "negativ med 20 miljoner kronor.",
        doc(date(2023, 1, 1), date(2023, 12, 31)),
    )
    assert found == [] and any("previous sentence's item" in i.message for i in issues)


def test_metric_of_one_kind_of_unit_and_a_year_glued_to_the_next_sentence():
    found, _ = facts(
        "Beläggningen på sjukstugornas vårdplatser ligger på 68,8 procent. Antalet vårdtillfällen har "
        "minskat med 5,9 procent jämfört med 2022.I snitt var det 4 patienter per vårdplats.",
        doc(date(2023, 1, 1), date(2023, 12, 31)),
    )
    assert [(f.metric_code, f.value, f.sentence) for f in found] == [
        ("vardtillfallen", -5.9, "Antalet vårdtillfällen har minskat med 5,9 procent jämfört med 2022.")
    ]


def test_a_units_line_with_its_deviation_from_budget_is_its_result():
    found, _ = facts(
        "Avvikelse mot budget: -140,5 mkr.\nDivision medicin: -16,7 mkr jämfört med budget.\n"
        "HR-direktör: -2,0 mkr jämfört med budget.\n"
        "Personalkostnaderna har en avvikelse mot budget på -5 mnkr.\nÖvrigt: -3 mnkr jämfört med budget."
    )
    assert [(f.metric_code, f.measure, f.value, f.org_unit) for f in found] == [
        ("resultat", "budget_deviation", -140.5, ""),
        ("resultat", "budget_deviation", -16.7, "Division Medicin"),
        ("resultat", "budget_deviation", -2.0, "HR-direktör"),
        ("personalkostnader", "budget_deviation", -5.0, ""),
    ]


def test_a_paragraph_about_a_part_binds_its_whole_word_to_the_part():
    # vasterbotten L1561-1562: the paragraph opens with a part of the costs; its 'Kostnadsutvecklingen' is that
    # part's (a cost type with no metric of its own here), never the total cost change (9,9 % elsewhere)
    found, issues = facts(
        "Produktionskostnaderna har kraftigt ökat och redovisar stora underskott. "
        "Kostnadsutvecklingen är 1,9 procent men jämförs med en hög kostnadsnivå 2022."
    )
    assert found == []
    assert any("part (Produktionskostnaderna)" in i.message for i in issues)
    # a part that is a metric takes the number
    found, _ = facts(
        "Personalkostnaderna har ökat kraftigt. Kostnadsutvecklingen är 11 procent jämfört med föregående år."
    )
    assert [(f.metric_code, f.measure, f.value) for f in found] == [("personalkostnader", "change_pct", 11.0)]
    # the whole stays the whole
    found, _ = facts("Kostnaderna har ökat. Kostnadsutvecklingen är 9,9 procent jämfört med föregående år.")
    assert [(f.metric_code, f.value) for f in found] == [("kostnader_totalt", 9.9)]


def test_a_part_named_before_som_del_av_takes_the_number_not_its_whole():
    # vastmanland L1716-1718: the deviation is the hired staff's, a part of the personnel cost deviation
    found, _ = facts(
        "Externt inhyrd personal inklusive tillgänglighet som del av den totala avvikelsen av "
        "personalkostnad, -42,3 mnkr."
    )
    assert [(f.metric_code, f.measure, f.value) for f in found] == [
        ("inhyrd_personal_kostnad", "budget_deviation", -42.3)
    ]


def test_an_amount_for_a_list_of_items_is_not_the_last_items():
    # vastmanland L1782-1784: -50 mnkr is covid vaccination, production and other costs together
    found, issues = facts(
        "Kostnader kopplade till covid-vaccination, produktion samt övriga verksamhetskostnader, -50 mnkr mot budget."
    )
    assert found == []
    assert any("list of items" in i.message for i in issues)


def test_a_sectors_costs_underskott_is_the_costs_deviation_not_the_result():
    # vasterbotten L1579: the deficit of primary care's costs against budget, never the (whole) result
    from loaders.extract import _lexicon
    from loaders.prose import extract_prose

    text = (
        "Primärvårdens kostnader redovisar ett underskott med 208 miljoner kronor "
        "och en kostnadsutveckling på 7,9 procent."
    )
    found, _ = extract_prose("t.txt", [text], doc(), _lexicon())
    assert [(f.metric_code, f.measure, f.value) for f in found] == [
        ("kostnader_totalt", "budget_deviation", -208.0),
        ("kostnader_totalt", "change_pct", 7.9),
    ]
