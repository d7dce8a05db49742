"""The org unit a report is about, decided from its text alone (loaders/document.py): literal excerpts of
reports the reader was not written against (tests/field), each rule with the documents that need it."""

from __future__ import annotations

from loaders.document import detect_org_unit, read_document, seed_regions
from loaders.extract import extract_text


def _own_unit(text: str) -> str:
    return read_document("t.txt", text.encode(), text, "utf-8", seed_regions()).org_unit


def test_a_text_that_names_no_region_is_its_landsting_by_the_word_it_speaks_of_itself_with():
    # norrbotten_manadsrapport_2009, norrbotten_manadsrapport_2011, uppsala_ekonomirapport_2012: no region's
    # name anywhere, but 'landstingets' / 'landstinget' in running text: the landsting's own report
    assert (
        _own_unit(
            "Månadsrapport januari-oktober Ekonomiskt resultat Periodens utfall Resultatet före finansiella poster "
            "visar ett överskott på 39 mkr. Efterföljande diagram visar landstingets ackumulerade resultat före "
            "finansnetto 2010 och 2011\n"
        )
        == "Landstinget"
    )
    assert (
        _own_unit(
            "Landstingsdirektörens ekonomirapport oktober 2012\n\nLandstinget beräknar efter oktober månad att årets "
            "resultat kommer att uppgå till plus 182 miljoner kronor.\n"
        )
        == "Landstinget"
    )


def test_a_text_that_names_no_unit_is_the_body_it_speaks_of_by_its_definite_form():
    # gavleborg_hsn_resultatredovisning_2020: a committee's minutes that never name the committee but its goals
    # ('inom nämndens prioriterade områden'); as the landsting's report above
    text = (
        "Resultatredovisning per augusti\n\nResultatet för perioden uppgick till -62,3 mnkr jämfört med budgeterade "
        "65,4 mnkr. Mål och satsningar inom nämndens prioriterade områden för 2020 bedöms kunna uppnås.\n"
    )
    assert _own_unit(text) == "Nämnden"
    # two bodies as often: which one the figures are is not said
    assert _own_unit("Resultatet är 5 mnkr. Nämndens mål nås, förvaltningens budget håller.\n") == ""
    # 'Verksamhetens intäkter' is the accounts' word for operations, no body
    assert _own_unit("Verksamhetens intäkter uppgick till 5 351,2 mnkr.\n") == ""


def test_the_landsting_word_in_a_cut_off_page_title_or_an_address_names_no_unit():
    # okand_hos_verksamhetsberattelse_2007: 'Verksamhetsberättelse för 2007 för HoS rätt vers - Landstinget ...' is a
    # web copy's title cut off after the word; it is the report of HoS, not of the landsting
    text = (
        "# source: https://www.example.se/12-verksamhetsberattelse-for-hos-landstinget-/37\n"
        "12 Verksamhetsberättelse för 2007 för HoS rätt vers - Landstinget ...\n\nArbetad tid (1 000 tim) 7 163,0\n"
    )
    assert _own_unit(text) == ""


def test_a_text_naming_its_region_keeps_the_region_not_the_common_noun():
    # a region the text is found to be about (here by its name) is named by the region, never 'Regionen'
    text = "Region Gävleborg redovisar ett överskott. Resultatet för regionen uppgick till 100 mnkr.\n"
    assert _own_unit(text) == "Region Gävleborg"


def test_a_unit_named_once_and_then_spoken_of_by_its_kinds_definite_form_is_the_reports_own():
    # norrbotten_divisioner_arsrapport_2013: 'Årsrapport Division Primärvård' once, then 'Divisionen redovisar ...'
    # (as a hospital's text names its hospital once and says 'sjukhuset' after)
    text = (
        "2 Årsrapport Division Primärvård Stark ekonomi Ekonomiskt resultat Divisionens ram består av två delar. "
        "Divisionen redovisar ett negativt resultat på 42,3 mkr. Divisionen har hyrt in sjuksköterskor för 1,8 mkr.\n"
    )
    assert detect_org_unit(text) == "Division Primärvård"
    # named once and never spoken of again: too little to say the text is its report
    assert detect_org_unit("Årsrapport Division Primärvård Stark ekonomi. Resultatet är 42,3 mkr.\n") == ""


def test_a_capitalised_word_opening_the_next_heading_is_no_part_of_a_division_name():
    # a flattened page runs the division's heading into the next one ('Division Primärvård Stark ekonomi');
    # a two-word name keeps its second word when no lower-case word follows ('Division Länssjukvård 1')
    text = "Division Primärvård Stark ekonomi. Division Primärvård har ett överskott.\n"
    assert detect_org_unit(text) == "Division Primärvård"
    assert detect_org_unit("Division Nära vård redovisar. Division Nära vård har.\n") == "Division Nära vård"


def test_a_definite_deviation_noun_refers_back_to_the_deviation_stated_before_and_has_its_unit():
    # jamtland_hsn_manadsrapport_2021, _2021_2, _2022_2 (and the deviation analysis of the Jämtland sample): the
    # förvaltning's deviation is split into revenue and costs, then 'Intäktsavvikelsen ...', 'Huvuddelen av
    # kostnadsavvikelsen ...' analyse those parts, paragraphs later, of the same unit
    text = (
        "Månadsrapport februari 2022\n\n"
        "För perioden jan-feb uppgick budgetavvikelsen för nettokostnaden för Hälso- och sjukvårdsförvaltningen till "
        "10,9 mkr. Denna avvikelse fördelas på högre intäkter än budgeterat om 16,1 mkr samt bruttokostnader som var "
        "26,9 mkr sämre än budget.\n\n"
        "Huvuddelen av kostnadsavvikelsen jämfört mot budget beror personalkostnader inklusive inhyrd personal som "
        "uppgick till -16,9 mkr följt av köpt riks- och regionvård som avviker med -10,1 mkr.\n"
    )
    found = {f.value: f.org_unit for f in extract_text("t.txt", text.encode()).prose_facts}
    assert found[-16.9] == found[-10.1] == "Hälso- och sjukvårdsförvaltningen"
    # without the definite noun the paragraph is the report's own again
    other = text.replace("Huvuddelen av kostnadsavvikelsen jämfört mot budget beror", "Det beror på")
    assert {f.value: f.org_unit for f in extract_text("t.txt", other.encode()).prose_facts}.get(-16.9, "") == ""


def test_an_address_line_is_no_mention_of_the_reports_own_unit():
    # the `# source:` line is the annotators' and a user's report has none: it never counts as the text's words
    text = (
        "# source: https://example.se/rapporter/divisionen/divisionens-arsrapport\n"
        "Årsrapport Division Primärvård Stark ekonomi. Resultatet är 42,3 mkr.\n"
    )
    assert detect_org_unit(text) == ""


def test_a_unit_spoken_of_less_often_than_the_region_is_not_the_reports_own():
    # a region's text that names one committee and refers to it once, but speaks of the region more
    text = (
        "Regionens resultat är 100 mnkr. Hälso- och sjukvårdsnämnden har ett underskott; nämnden ska återkomma. "
        "Regionen har god likviditet.\n"
    )
    assert detect_org_unit(text) == ""


def test_a_press_releases_sender_line_names_the_hospital_without_its_preposition():
    # vgr_alingsas_arsbokslut_2013: 'Pressmeddelande / Från Alingsås lasarett' (seeds/reader_words.csv
    # title_lead_word 'från', as 'Om Södersjukhuset')
    text = "Pressmeddelande\nFrån Alingsås lasarett\n2014-01-28 14:00\n\nAlingsås lasarett ska bli ett närsjukhus.\n"
    assert _own_unit(text) == "Alingsås lasarett"
