"""Stop 18 (OR18): the org unit of a text that names no body of its own. Over dev and the twenty review folders the
largest cause of a found fact with the wrong org unit, texts aside where the annotation follows a convention, was
a text that names no region at all, so the reader's facts had no org unit (''): a region's own news item or
committee minutes, whose region only the web copy's address gives ('# source: https://www.skane.se/...'). A
text whose region is known (by its address, or by its hospitals and towns) but that writes none of its names is the
region's, by the seed's name (the landsting's name for a year it still had it), unless it speaks of itself as a
body below the region ('nämnden').

The excerpts are verbatim (shortened); the source line is the copy's own first line.
"""

from __future__ import annotations

from loaders.document import own_unit_of_unnamed_region, region_by_code, region_of_address
from loaders.extract import extract_text


def document_of(text: str):
    return extract_text("t.txt", (text + "\n").encode()).document


# a region's news item that names no region: its address names the region's own domain (Region Skåne's interim
# report of 2020, review12r; Region Stockholm's news of 2023, review15pd; Region Gotland's minutes of 2010, field dev
# gotland_manadsrapport_2010): the facts were the region's with no org unit ('')
SKANE_2020 = (
    "# source: https://www.skane.se/organisation-politik/om-region-skane/Publikationer/politik-organisation/"
    "delarsrapport-2020/\nDelårsrapport 2020\n\nResultatet för januari-augusti uppgår till 552 miljoner kronor."
)
STOCKHOLM_2023 = (
    "# source: https://www.regionstockholm.se/nyheter/2023/09/resultat-efter-arets-forsta-atta-manader/\n"
    "Resultat efter årets första åtta månader\n\nResultatet per augusti uppgår till -359 miljoner kronor, ett "
    "överskott jämfört med budget på 1 901 miljoner kronor."
)


def test_a_text_that_names_no_region_is_the_region_of_its_own_web_address():
    skane, stockholm = document_of(SKANE_2020), document_of(STOCKHOLM_2023)
    assert (skane.region_code, skane.org_unit) == ("12", "Region Skåne")
    assert (stockholm.region_code, stockholm.org_unit) == ("01", "Region Stockholm")


def test_the_org_unit_of_its_figures_is_that_region():
    facts = extract_text("t.txt", (SKANE_2020 + "\n").encode()).prose_facts
    assert [(f.metric_code, f.value) for f in facts] == [("resultat", 552.0)]
    assert document_of(SKANE_2020).org_unit == "Region Skåne"  # (the fact's own '' is the report's unit)


def test_a_host_under_the_regions_domain_names_it_and_a_newspapers_address_names_none():
    assert region_of_address(["# source: https://politik.regionhalland.se/welcome-sv/namnder-styrelser/"]) == "13"
    assert region_of_address(["# source: https://gotland.se/54347"]) == "09"
    assert region_of_address(["# source: https://www.helagotland.se/nyheter/gotland/artikel.aspx"]) == ""
    assert region_of_address(["# source: https://sverigesradio.se/artikel/554529"]) == ""


def test_a_text_naming_its_region_in_words_keeps_that_name():
    text = (
        "# source: https://www.skane.se/x/\nRegion Skånes resultat för januari-augusti uppgår till 552 miljoner kronor."
    )
    assert document_of(text).org_unit == "Region Skåne"


def test_a_body_below_the_region_the_text_speaks_of_stays_its_unit():
    # Region Gävleborg's committee report of 2020 (field dev gavleborg_hsn_resultatredovisning_2020) speaks of
    # 'nämnden', the health committee, on the region's domain; Region Kalmar län's press release of 2020 (field dev
    # kalmar_pressmeddelande_2020) of 'regionen': the first is the committee's, the second the region's by its name
    gavleborg = region_by_code("21")
    nämnden = "Nämnden redovisar ett underskott. Nämndens kostnader ökade."
    regionen = "Regionen redovisar ett underskott. Regionens kostnader ökade."
    assert own_unit_of_unnamed_region(nämnden, gavleborg, 2020) == "Nämnden"
    assert own_unit_of_unnamed_region(regionen, region_by_code("08"), 2020) == "Region Kalmar län"
    assert own_unit_of_unnamed_region(regionen, None, 2020) == "Regionen"


def test_a_year_when_the_region_was_a_landsting_gives_its_landsting_name():
    # (seeds/region_former_names.csv: Landstinget i Kalmar län to 2018; Landstinget Västernorrland's deficit of
    # 2008 in a radio item that writes only 'landstinget', review16pt)
    assert own_unit_of_unnamed_region("", region_by_code("08"), 2014) == "Landstinget i Kalmar län"
    assert own_unit_of_unnamed_region("", region_by_code("08"), 2020) == "Region Kalmar län"
