"""The reader on shapes of text the samples do not show: flattened pages, markup, periods only in a title
or a phrase, inflected and compound words, a surplus that is the result. Literal strings, no build."""

from __future__ import annotations

from datetime import date

from loaders.document import detect_period
from loaders.extract import extract_text
from loaders.lexicon import load_word_forms, with_base_forms
from loaders.reflow import reflow, split_flattened, without_markup


def facts(text: str) -> list[tuple[str, str, float]]:
    return [(f.metric_code, f.measure, f.value) for f in extract_text("t.txt", text.encode()).prose_facts]


def test_a_flattened_page_is_split_into_sentences_and_number_runs_keeping_its_line():
    page = (
        "Månadsrapport januari–september 2009. Resultatet för perioden visar ett överskott på 113 mkr. "
        "Resultaträkning (mkr) Verksamhetens intäkter Verksamhetens kostnader 573 -5 067 -2 741 -2 143 "
        "Verksamhetens nettokostnad har ökat med 2,9 procent jämfört med samma period föregående år. " * 3
    )
    parts = split_flattened(page)
    assert "573 -5 067 -2 741 -2 143" in parts
    assert "Resultatet för perioden visar ett överskott på 113 mkr." in parts
    lines, origin = reflow(["# source: x", page])
    assert len(lines) > 3 and set(origin) == {1, 2} and origin[0] == 1
    assert reflow(["kort rad", "en till"]) == (["kort rad", "en till"], [1, 2])


def test_facts_of_a_flattened_page_name_its_source_line():
    page = (
        "Årsredovisning 2017 " + "Verksamhetens nettokostnad har ökat med 2,9 procent jämfört med föregående år. " * 8
    )
    found = extract_text("t.txt", ("# source: x\n" + page + "\n").encode()).prose_facts
    assert found and {f.line for f in found} == {2}


def test_markup_left_in_a_web_copy_is_taken_out():
    assert without_markup("<strong>2007</strong> 2006<br />") == "2007 2006"
    assert without_markup("Arbetad tid&nbsp;7 163,0") == "Arbetad tid 7 163,0"
    assert without_markup("5 < 7 och 8 > 3") == "5 < 7 och 8 > 3"


def test_period_from_the_strongest_evidence():
    assert detect_period(["Delårsrapport 2 år 2014"])[:2] == (date(2014, 1, 1), date(2014, 8, 31))
    assert detect_period(["Årsredovisning", "", "2017", "", "Året i korthet"])[:2] == (
        date(2017, 1, 1),
        date(2017, 12, 31),
    )
    assert detect_period(["Rapport", "Utfall jan-okt 2021 visar ..."])[:2] == (date(2021, 1, 1), date(2021, 10, 31))
    assert detect_period(["Pressmeddelande 2022-05-12", "under årets första tre månader 2022"])[1] == date(2022, 3, 31)
    # a meeting in March presents the annual report of the year before
    assert detect_period(["Möte 2025-03-13", "Årsredovisningen ger en bild av det gångna året."])[:2] == (
        date(2024, 1, 1),
        date(2024, 12, 31),
    )
    assert detect_period(["Skåningarna gjorde 3,6 miljoner läkarbesök under 2015."])[:2] == (
        date(2015, 1, 1),
        date(2015, 12, 31),
    )
    assert detect_period(["Inget årtal här."]) == (None, None, "")


def test_base_forms_find_inflected_words_but_not_from_generic_words():
    forms = load_word_forms()
    aliases = with_base_forms(
        {"nettokostnader": "nettokostnad", "kostnaderna": "kostnader_totalt"},
        forms["inflection"],
        generic={"kostnaderna"},
    )
    assert aliases["nettokostnad"] == "nettokostnad"
    assert "kostnader" not in aliases  # the base of a generic word would name a metric everywhere


def test_inflected_definite_and_compound_forms_name_their_metric():
    text = (
        "Årsredovisning 2024\n\n"
        "Nettokostnaderna ökade med 5,8 procent. Läkemedelskostnaden minskade med 8 miljoner kronor.\n"
    )
    assert ("nettokostnad", "change_pct", 5.8) in facts(text)
    assert ("lakemedel", "change_abs", -8.0) in facts(text)


def test_a_surplus_is_the_result_unless_the_sentence_names_a_budget():
    text = (
        "Årsredovisning 2024\n\nRegionen redovisade ett resultat på -47 mnkr, jämfört med budgeterade -367 mnkr. "
        "Regionen visar ett överskott på 39 mkr.\n"
    )
    got = facts(text)
    assert ("resultat", "actual", -47.0) in got
    assert ("resultat", "budget", -367.0) in got
    assert ("resultat", "actual", 39.0) in got
    assert not [f for f in got if f[1] == "budget_deviation"]


def test_numbers_written_as_words_count_only_before_a_unit():
    text = "Årsredovisning 2017\n\nAntalet läkarbesök ökade med fyra procent. En av tre patienter väntade.\n"
    assert facts(text) == [("lakarbesok", "change_pct", 4.0)]


def test_a_sentence_about_an_adjusted_figure_or_a_range_gives_no_fact():
    text = (
        "Delårsrapport 2 år 2014\n\nDet ekonomiska resultatet uppgår till 218 mkr. Exklusive jämförelsestörande "
        "poster är resultatet 201,5 mkr. Resultatet beräknas inom intervallet plus 30 mkr till minus 20 mkr.\n"
    )
    assert facts(text) == [("resultat", "actual", 218.0)]


def test_a_text_cut_off_loses_only_its_cut_sentence():
    text = (
        "Årsredovisning 2024\n\n"
        "Finansnettot uppgick till 399 mnkr. Skatteintäkterna ökade med 4,1 procent och uppgick till 12"
    )
    extraction = extract_text("t.txt", text.encode())
    assert [(f.metric_code, f.value) for f in extraction.prose_facts] == [("finansnetto", 399.0)]
    assert {i.kind for i in extraction.issues} >= {"possibly_truncated", "unplaced_number"}


def test_a_row_label_names_its_metric_in_any_word_form_but_only_as_a_whole():
    from loaders.lexicon import load_lexicon
    from loaders.prose import label_metric

    lexicon = load_lexicon()
    assert label_metric("Nettokostnaderna", lexicon) == "nettokostnad"
    assert label_metric("Arbetad tid (1 000 tim)", lexicon) == "arbetad_tid"
    assert label_metric("Operationer:", lexicon) == "operationer"
    assert label_metric("Arbetad tid läkare", lexicon) == ""  # a part of the worked time, not the total


def test_a_point_between_digit_groups_is_a_thousands_separator_and_a_list_intro_gives_the_year():
    text = "Fakta om sjukhuset\n\nFakta i korthet om sjukhuset 2015:\n\n  • 270.754 besök\n  • 3.864 förlossningar\n"
    assert facts(text) == [("besok_totalt", "actual", 270754.0), ("forlossningar", "actual", 3864.0)]


def test_a_qualifier_after_the_amount_names_the_metric_with_its_label():
    text = (
        "Månadsrapport januari–september 2009\n\nResultatet för perioden visar ett överskott på 113 mkr före "
        "finansiella poster. Resultatet efter finansnetto är ett överskott på 207 mkr.\n"
    )
    assert facts(text) == [("verksamhetens_resultat", "actual", 113.0), ("resultat", "actual", 207.0)]


def test_a_number_the_table_reader_read_as_two_cells_is_not_one_number_in_a_sentence():
    text = (
        "Personal 2007 2006\n\nAntal anställda 5 286 5 228\n\nAntal timanställda 408 408\n\nAntal nyanställda 340 213\n"
    )
    done = extract_text("t.txt", text.encode())
    assert not [p for p in done.prose_facts if p.quote in ("408 408", "340 213")]
    assert {(c.text, c.column_header) for c in done.cells if c.line == 5} == {("408", "2007"), ("408", "2006")}
    assert "340 213" in [i.text for i in done.issues if "2 cells of the row" in i.message]


def test_a_text_that_gives_no_period_keeps_its_facts_undated():
    done = extract_text("t.txt", "Sjukhuset har cirka 500 vårdplatser. Här arbetar 3 800 anställda.\n".encode())
    assert done.document.period_end is None
    assert [(p.metric_code, p.value, p.period_start) for p in done.prose_facts] == [
        ("vardplatser", 500, None),
        ("anstallda", 3800, None),
    ]


def test_a_cue_after_vilket_belongs_to_the_next_number_and_a_compound_names_a_target():
    found = facts(
        "Delårsrapport januari-augusti 2019\n\nResultatet för perioden januari-augusti var 715 miljoner "
        "kronor, vilket var en positiv avvikelse mot budget med 522 miljoner kronor. Regionen redovisar "
        "ett resultat på 84 mnkr, vilket är 22 mnkr bättre än det uppsatta resultatmålet på 62 mnkr.\n"
    )
    assert ("resultat", "actual", 715) in found and ("resultat", "budget_deviation", 522) in found
    assert ("resultat", "target", 62) in found


def test_a_period_after_for_does_not_narrow_the_metric_and_reaching_verbs_are_cues():
    found = facts(
        "Delårsrapport januari-augusti 2020\n\nVerksamhetens resultat för januari-augusti hade budgeterats "
        "till 186 miljoner kronor, men uppnådde 329 miljoner kronor.\n"
    )
    assert found == [("verksamhetens_resultat", "budget", 186), ("verksamhetens_resultat", "actual", 329)]


def test_a_sentence_about_the_previous_figure_takes_its_metric():
    found = facts(
        "Årsredovisning 2019\n\nRegionen visar ett överskott för 2019 på 94 miljoner kronor. Det är 36 "
        "miljoner bättre än budgeterat. Förbättringen jämfört med föregående år är 140 miljoner kronor.\n"
        "\nNettokostnaden ökade med 2,9 procent. Motsvarande siffra för året innan var 4,8 procent.\n"
    )
    assert ("resultat", "budget_deviation", 36) in found and ("resultat", "change_abs", 140) in found
    assert ("nettokostnad", "change_pct", 4.8) in found
    undated = extract_text(
        "t.txt",
        "Årsredovisning 2019\n\nNettokostnaden ökade med 2,9 procent. Motsvarande "
        "siffra för året innan var 4,8 procent.\n".encode(),
    ).prose_facts
    assert [(f.value, f.period_start.year) for f in undated] == [(2.9, 2019), (4.8, 2018)]


def test_periods_a_sentence_names_itself():
    def periods(text: str) -> list[tuple[str, str, float, date, date]]:
        return [
            (f.metric_code, f.measure, f.value, f.period_start, f.period_end)
            for f in extract_text("t.txt", text.encode()).prose_facts
        ]

    # 'per 30 september', 'årets första sex månader': the months the sentence names
    assert periods(
        "Delårsrapport januari-augusti 2018.\n\nRegionens resultat per 30 september uppgick till -101 miljoner "
        "kronor.\n"
    ) == [("resultat", "actual", -101, date(2018, 1, 1), date(2018, 9, 30))]
    assert periods(
        "Årsberättelse 2023\n\nUnder årets första sex månader ökade underskottet och uppgick vid "
        "halvårsskiftet till 740 miljoner.\n"
    )[0][3:] == (date(2023, 1, 1), date(2023, 6, 30))
    # a budget beside a full-year forecast is the year's; a previous year named bare is that whole year
    got = periods(
        "Delårsrapport januari-augusti 2019\n\nPrognosen för hela årets resultat är 484 miljoner kronor "
        "jämfört med budgeterade 187 miljoner.\n"
    )
    assert ("resultat", "budget", 187, date(2019, 1, 1), date(2019, 12, 31)) in got
    assert periods(
        "Delårsrapport januari-augusti 2025.\n\n2024 var regionen den enda med ett positivt resultat "
        "(69 miljoner kronor).\n"
    ) == [("resultat", "actual", 69, date(2024, 1, 1), date(2024, 12, 31))]


def test_a_rate_per_patient_is_no_total_but_a_count_per_year_and_a_date_after_per_are():
    found = facts(
        "Årsberättelse 2017\n\nInvånarna gjorde 1 022 538 besök under 2017. Det betyder att de i snitt "
        "gjorde 6,8 besök per patient. Sjukhuset har 85 900 vårdtillfällen per år.\n"
    )
    assert ("besok_totalt", "actual", 1022538) in found and ("vardtillfallen", "actual", 85900) in found
    assert not [f for f in found if f[2] == 6.8]


def test_eller_gives_the_previous_change_in_another_unit():
    found = facts(
        "Delårsrapport januari-augusti 2018\n\nKostnaderna för hyrpersonal har minskat med 27 procent, eller "
        "32,2 miljoner kronor jämfört med 2017.\n"
    )
    assert found == [("inhyrd_personal_kostnad", "change_pct", -27), ("inhyrd_personal_kostnad", "change_abs", -32.2)]


def test_the_noun_of_the_number_before_does_not_name_the_next_number():
    found = facts(
        "Årsberättelse 2017\n\nInvånarna gjorde 1 022 538 besök under 2017. Av de 1 022 538 besöken var "
        "430 191 besök till läkare och 592 347 besök till annan yrkeskategori.\n"
    )
    assert ("lakarbesok", "actual", 430191) in found and ("besok_ovriga", "actual", 592347) in found


def test_period_ends_on_a_month_end_date_not_on_a_meeting_date():
    # a figure taken on a month's last day closes the period; another day of the month dates a meeting
    assert detect_period(["Fakta", "Landstinget hade den 31 december 2017 4 942 medarbetare."])[:2] == (
        date(2017, 1, 1),
        date(2017, 12, 31),
    )
    assert detect_period(["Månadsrapport", "Regionens resultat per 30 september 2018 uppgick till -101 mnkr."])[
        1
    ] == date(2018, 9, 30)
    assert detect_period(["Nämnden 2022", "Nämnden sammanträdde den 20 april 2022."])[1] != date(2022, 4, 30)


def test_period_from_the_first_part_of_a_year():
    assert detect_period(["Första halvåret 2013 ökade övertiden med 47 procent."])[:2] == (
        date(2013, 1, 1),
        date(2013, 6, 30),
    )
    assert detect_period(["Rapport 2018", "Medelbeläggningen för första kvartalet var 101,7 procent."])[1] == date(
        2018, 3, 31
    )


def test_a_line_that_is_only_a_web_address_is_no_part_of_a_sentence():
    # the words of the address ('allt-fler-besok') must not read as the first sentence's ('fler': a change)
    text = (
        "https://lakartidningen.se/aktuellt/nyheter/2017/12/allt-fler-besok-vid-narakuter/\n"
        "Årsredovisning 2017\n\nUnder året gjordes 9 259 läkarbesök.\n"
    )
    assert facts(text) == [("lakarbesok", "actual", 9259.0)]
    from loaders.sentences import classify_line

    assert classify_line("# source: https://ka.se/2013/08/19/overtiden-okar/") == "noise"
    assert classify_line("Källa: www.skane.se") == "noise"
    assert classify_line("Läs mer på www.skane.se om besöken.") != "noise"


def test_each_item_of_an_ellipsis_list_is_a_sentence_of_its_own():
    # 'ÅRET I KORTHET – UNDER 2017' / '... föddes ...' / '… deltog 3 500 i aktiviteter': one lead-in, many items;
    # run together, the visits of one item were the number of the next
    text = (
        "Årsredovisning 2017\n\nÅRET I KORTHET\n\n... gjordes 377 842 vårdbesök.\n\n"
        "… deltog 3 500 i aktiviteter inom Filmområdet.\n\n… genomfördes 8 533 operationer.\n"
    )
    assert sorted(facts(text)) == [("besok_totalt", "actual", 377842.0), ("operationer", "actual", 8533.0)]


def test_each_line_of_a_fact_box_is_a_statement_of_its_own():
    # label-value lines with no sentence around them ran together: 'Vårdplatser 345 Operationssalar 12 ...'
    text = (
        "Årsredovisning 2017\n\nLokaler\n\nVårdplatser 345\nOperationssalar 12\nPCI-lab 1\n\nProduktion\n\n"
        "Akuta slutenvårdstillfällen 30 175\nElektiva slutenvårdstillfällen 4058\nOperationer Ca 7800\n"
    )
    assert sorted(facts(text)) == [
        ("operationer", "actual", 7800.0),
        ("vardplatser", "actual", 345.0),
        ("vardtillfallen", "actual", 4058.0),
        ("vardtillfallen", "actual", 30175.0),
    ]
    from loaders.sentences import _fact_box_lines

    # two such lines may be rows of a table under its header: no fact box
    assert _fact_box_lines(["Kostnadskategori Mnkr", "Personalkostnader 36 241", "Övriga kostnader 13 525"]) == [
        False,
        False,
        False,
    ]


def test_a_comparative_may_stand_between_a_number_and_its_noun_but_an_adjective_makes_a_part():
    found = extract_text(
        "t.txt",
        (
            "Årsredovisning 2019\n\nRegionen hade 649 000 fler vårdbesök under 2019. Sjukhuset gjorde 3 500 "
            "planerade operationer.\n"
        ).encode(),
    ).prose_facts
    assert [(f.metric_code, f.measure, f.value) for f in found if not f.breakdown_label] == [
        ("besok_totalt", "change_abs", 649000)
    ]
    # (the part is the operations' part that the breakdown seed names, never their whole)
    assert [(f.metric_code, f.value, f.breakdown_label) for f in found if f.breakdown_label] == [
        ("operationer", 3500.0, "planerade")
    ]


def test_a_number_word_opening_a_compound_is_the_metric_s_value():
    found = facts(
        "Delårsrapport januari-augusti 2019\n\nRegionen beräknas göra ett nollresultat för 2019. Nämnden "
        "går mot ett nollresultat. I fjol var vi nära ett nollresultat.\n"
    )
    assert found == [("resultat", "forecast", 0), ("resultat", "forecast", 0)]


def test_a_clause_naming_only_another_measure_keeps_the_previous_metric_and_its_own_clause():
    found = facts(
        "Delårsrapport januari-augusti 2018\n\nTotalt blir nämndernas delårsresultat -14 mnkr, och prognosen "
        "för helåret -47 mnkr.\n"
    )
    assert found == [("resultat", "actual", -14), ("resultat", "forecast", -47)]


def test_checked_by_hand_the_paragraph_year_other_units_and_scenarios():
    # a text with no period: the year an earlier sentence of the paragraph names
    undated = extract_text(
        "t.txt",
        "Invånarna gjorde 1 022 538 besök i vården 2017. Det är många. Av de 1 022 538 "
        "besöken var 430 191 besök till läkare.\n".encode(),
    ).prose_facts
    assert {(f.metric_code, f.period_start) for f in undated} == {
        ("besok_totalt", date(2017, 1, 1)),
        ("lakarbesok", date(2017, 1, 1)),
    }
    found = extract_text(
        "t.txt",
        (
            "Årsredovisning 2013\n\nUnder 2013 var sjukfrånvaron 4,2 procent. Motsvarande siffra "
            "för samtliga landsting var 5,2 procent. Nämndernas resultat blev -14 mnkr. Den "
            "potentiella resultatförändringen är 1,4 miljarder.\n"
        ).encode(),
    ).prose_facts
    assert [(f.metric_code, f.value, f.org_unit) for f in found] == [
        ("sjukfranvaro", 4.2, ""),
        ("resultat", -14, "Nämnderna"),
    ]


def test_a_period_phrase_after_the_number_in_its_own_clause_but_not_in_the_next_sentence():
    got = extract_text(
        "t.txt",
        (
            "Delårsrapport januari-september 2018.\n\nKostnaderna för hyrpersonal har minskat med 27 procent, "
            "eller 32,2 miljoner kronor under de första åtta månaderna 2018 jämfört med 2017. "
            "Kostnaderna har ökat med 9,9 procent I samband med bokslutet per april såg vi det."
            "\n"
        ).encode(),
    ).prose_facts
    assert [(f.value, f.period_end) for f in got] == [
        (-27, date(2018, 8, 31)),
        (-32.2, date(2018, 8, 31)),
        (9.9, date(2018, 9, 30)),
    ]


def test_a_title_with_a_year_is_a_heading_not_the_start_of_the_next_sentence():
    from loaders.sentences import lines_to_sentences

    sentences = lines_to_sentences(["Delårsrapport januari-augusti 2019", "", "Resultatet är 715 mnkr."])
    assert [s.text for s in sentences] == ["Resultatet är 715 mnkr."]
    assert sentences[0].heading.startswith("Delårsrapport januari-augusti 2019")


def test_miljoner_before_a_count_noun_is_a_count_in_millions_not_money():
    assert facts(
        "Årsredovisning 2015\n\nSkåningarna gjorde cirka 3,6 miljoner läkarbesök under 2015. Resultatet blev "
        "3,6 miljoner kronor.\n"
    ) == [("lakarbesok", "actual", 3600000), ("resultat", "actual", 3.6)]


def list_facts_of(text: str) -> list[tuple[str, float, str, str]]:
    found = extract_text("t.txt", text.encode()).prose_facts
    return sorted((f.metric_code, f.value, f.breakdown_label, f.org_unit) for f in found)


def test_a_heading_that_names_a_metric_leads_the_numbers_of_the_lines_under_it():
    # a fact page: the heading is the metric, a line's label the part it counts, `Totalt` or no label the whole
    page = (
        "Sjukhuset i siffror\n\nAntal vårdplatser\n\n428 medicin/kirurgi\n8 intensivvård, 45 uppvakning\n\n"
        "Medarbetare\nLäkare 527\nSjuksköterskor 862\nTotalt 2 356\n\n"
        "Operationer\ncirka 19 900 (oplanerade 4 160, planerade 15 760)\n\n"
        "Anställda\n\ncirka 3 800 (bland annat följande yrkesgrupper: läkare 490, undersköterskor 730)\n"
    )
    assert list_facts_of(page) == [
        ("anstallda", 490.0, "läkare", ""),
        ("anstallda", 527.0, "Läkare", ""),
        ("anstallda", 730.0, "undersköterskor", ""),
        ("anstallda", 862.0, "Sjuksköterskor", ""),
        ("anstallda", 2356.0, "", ""),
        ("anstallda", 3800.0, "", ""),
        ("operationer", 4160.0, "oplanerade", ""),
        ("operationer", 15760.0, "planerade", ""),
        ("operationer", 19900.0, "", ""),
        ("vardplatser", 8.0, "", "intensivvård"),
        ("vardplatser", 45.0, "", "uppvakning"),
        ("vardplatser", 428.0, "", "medicin/kirurgi"),
    ]


def test_a_list_line_whose_label_is_only_a_count_noun_is_the_whole():
    assert list_facts_of("Anställda\n\n4 631 st\n") == [("anstallda", 4631.0, "", "")]


def test_a_heading_that_lists_several_things_or_a_label_with_its_own_metric_leads_nothing():
    page = "Besök, inskrivningar och vårddagar\n\ncirka 35 000 inskrivna patienter\ncirka 155 000 vårddagar\n"
    assert list_facts_of(page) == [("varddagar", 155000.0, "", ""), ("vardtillfallen", 35000.0, "", "")]
    # under a heading with no metric, a label that names one is read as a sentence of its own
    assert list_facts_of("Lokaler\nVårdplatser 345\nOperationssalar 12\n") == [("vardplatser", 345.0, "", "")]


def test_staff_groups_and_planned_care_are_parts_the_breakdown_seed_names():
    from loaders.factlists import is_breakdown

    assert all(map(is_breakdown, ["Läkare", "Usk/Biträden", "sjuksköterskor/barnmorskor", "Övriga", "planerade"]))
    assert not any(map(is_breakdown, ["medicin/kirurgi", "intensivvård", "Totalt"]))


def periods_of(text: str) -> dict[float, tuple]:
    found = extract_text("t.txt", text.encode()).prose_facts
    return {f.value: (f.metric_code, f.period_start, f.period_evidence.split(":")[0]) for f in found}


def test_a_year_the_text_names_late_dates_only_what_follows_it():
    # a fact page: standing figures first, the year only in a heading further down (and a link at the foot)
    page = (
        "Om sjukhuset\n\nSjukhuset har totalt 673 vårdplatser.\n\n"
        "Det här hände på sjukhuset 2016:\n\n  • 18 900 operationer gjordes.\n\nÅrsredovisning 2016\n"
    )
    assert periods_of(page) == {
        673.0: ("vardplatser", None, "undated"),
        18900.0: ("operationer", date(2016, 1, 1), "report period"),
    }
    # a heading that says 'in figures' dates what follows it only
    headed = (
        "Om oss\n\nSjukhuset har 603 vårdplatser.\n\nSÖS i siffror - produktion 2016\n\n  • 42 990 vårdtillfällen.\n"
    )
    assert periods_of(headed)[603.0][1] is None and periods_of(headed)[42990.0][1] == date(2016, 1, 1)
    # a note that the page's figures are from the year dates the whole page
    noted = "Korta fakta\n\nOperationer: 31 000\nVårdplatser: 1000\nDagsjukvård: 44 000\n\n(Siffror från 2015)\n"
    assert {p for _, p, _ in periods_of(noted).values()} == {date(2015, 1, 1)}


def test_a_whole_and_the_staff_groups_it_lists_after_varav_are_the_whole_and_its_parts():
    # many numbers in a line, but a sentence (capitalised, a full stop, a word after each number): no chart labels
    line = (
        "På sjukhuset finns cirka 3 800 anställda varav cirka 500 läkare, 1300 sjuksköterskor och barnmorskor, "
        "80 fysioterapeuter, 750 undersköterskor, 255 vårdadministratörer och 350 servicemedarbetare.\n"
    )
    assert list_facts_of(line) == [
        ("anstallda", 80.0, "fysioterapeuter", ""),
        ("anstallda", 255.0, "vårdadministratörer", ""),
        ("anstallda", 350.0, "servicemedarbetare", ""),
        ("anstallda", 500.0, "läkare", ""),
        ("anstallda", 750.0, "undersköterskor", ""),
        ("anstallda", 1300.0, "sjuksköterskor och barnmorskor", ""),
        ("anstallda", 3800.0, "", ""),
    ]
    assert list_facts_of("Antal anställda\n\n8 122, varav 1 317 läkare och 2 643 sjuksköterskor.\n") == [
        ("anstallda", 1317.0, "läkare", ""),
        ("anstallda", 2643.0, "sjuksköterskor", ""),
        ("anstallda", 8122.0, "", ""),
    ]


def test_visits_within_outpatient_care_are_the_visits_and_enrolled_patients_are_care_episodes():
    # 'inom öppenvården' names the kind of care, not a unit the visits belong to (seeds: not_a_unit_after_inom)
    assert facts("Det här hände 2016:\n\n  • 419 400 besök gjordes inom öppenvården.\n") == [
        ("besok_totalt", "actual", 419400.0)
    ]
    assert facts("Under ett år\n\ncirka 35 000 inskrivna patienter\n") == [("vardtillfallen", "actual", 35000.0)]
    assert facts("Patientbesök\n\n • 1,4 miljoner patientbesök per år\n") == [("besok_totalt", "actual", 1400000.0)]


def test_a_list_label_that_is_a_part_and_then_a_metric_is_that_metrics_part_never_its_whole():
    page = "Produktion\nAkuta slutenvårdstillfällen 30 175\nElektiva slutenvårdstillfällen 4058\nOperationer Ca 7800\n"
    assert list_facts_of(page) == [
        ("operationer", 7800.0, "", ""),
        ("vardtillfallen", 4058.0, "Elektiva", ""),
        ("vardtillfallen", 30175.0, "Akuta", ""),
    ]


def test_the_label_of_a_label_value_line_is_the_metric_not_an_org_unit():
    # (the colon name of a paragraph is its unit, 'AnOpIVA: ...', but not when it names a metric)
    page = "Korta fakta\n\nDagsjukvård: 44 000\nOperationer: 31 000\nVårdplatser: 1000\n"
    assert list_facts_of(page) == [
        ("dagsjukvard", 44000.0, "", ""),
        ("operationer", 31000.0, "", ""),
        ("vardplatser", 1000.0, "", ""),
    ]


def test_a_staff_count_that_ends_its_sentence_is_the_staff():
    assert facts("Om oss\n\nVi är 4631 medarbetare.\n") == [("anstallda", "actual", 4631.0)]
    assert facts("Om oss\n\nVi har ungefär 10 100 medarbetare. Deras insatser är viktiga.\n") == [
        ("anstallda", "actual", 10100.0)
    ]
    # a count of staff who did something is no staff count
    assert facts("I korthet\n\nUnder året har 2 medarbetare utnämnts till professorer.\n") == []
    assert facts("Forskning\n\n2600 medarbetare är aktiva inom klinisk forskning.\n") == []


def test_a_whole_with_its_parts_in_parentheses_before_its_noun():
    line = "Varje år ...\n\n  • Utför vi cirka 19 900 (oplanerade 4 160, planerade 15 760) operationer\n"
    assert list_facts_of(line) == [
        ("operationer", 4160.0, "oplanerade", ""),
        ("operationer", 15760.0, "planerade", ""),
        ("operationer", 19900.0, "", ""),
    ]
    # parts the breakdown seed does not name are not read as parts, nor their whole
    from loaders.factlists import parts_in_parentheses

    def metric_of(noun: str) -> str:
        return "operationer" if noun == "operationer" else ""

    assert parts_in_parentheses("Vi utförde 19 900 (Karlstad 4 160, Arvika 15 760) operationer.", metric_of) == []
    assert len(parts_in_parentheses("Vi utförde 19 900 (akuta 4 160, planerade 15 760) operationer.", metric_of)) == 3


def test_the_one_count_of_people_in_a_sentence_about_working_is_the_staff():
    assert facts("Om sjukhuset\n\nPå sjukhusen arbetar närmare 3 850 personer med att ge vård.\n") == [
        ("anstallda", "actual", 3850.0)
    ]
    assert facts("Om sjukhuset\n\n4 600 personer har SÖS som sin arbetsplats.\n") == [("anstallda", "actual", 4600.0)]
    # not when the sentence counts more than the people ('inom cirka 150 olika yrkeskategorier')
    assert facts("Medarbetare\n\nHär arbetar 300 personer inom cirka 150 olika yrken.\n") == []


def test_parts_before_their_noun_and_after_it_are_parts_of_that_metric():
    line = "Sjukhuset\n\nVisby lasarett genomför årligen 3 500 planerade operationer och 1 000 akuta.\n"
    assert list_facts_of(line) == [("operationer", 1000.0, "akuta", ""), ("operationer", 3500.0, "planerade", "")]


def test_a_staff_group_labelling_a_line_makes_its_figure_that_groups_part_never_the_whole():
    page = (
        "Personalbokslut 2017\n\nPersonalbokslutet för 2017 redovisar ett plus på 118 årsarbetare. Nedan redovisas "
        "några förändringar i personalstrukturen:\n\n  Läkare + 28 årsarbetare ( -1 åa bemanningsföretag)\n\n"
        "  Sjuksköterska +7 årsarbetare (+20 åa bemanningsföretag)\n\n  Undersköterska + 29 årsarbetare\n"
    )
    found = extract_text("t.txt", page.encode()).prose_facts
    parts = {f.value: f.breakdown_label for f in found}
    assert parts[7.0] == "Sjuksköterska" and parts[29.0] == "Undersköterska"
