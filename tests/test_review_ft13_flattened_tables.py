"""Stop 13 (FT13): tables in pages flattened onto one line (issue 14). Each case is a literal excerpt of a page as
benchmarks/flattened.py flattens it (50 lines joined with single spaces, the spacing inside a printed line kept),
from a bundled sample or a dev text of the field corpus, read by the whole reader (loaders/reflow.py lays the
tables out again through loaders/tables/flattened.py); the cells read are asserted: row label, column header,
the number as printed."""

from __future__ import annotations

from loaders.extract import extract_text


def cells(text: str) -> dict[tuple[str, str], str]:
    """(row label, column header) -> the cell's text, of every table cell the reader reads in `text`."""
    return {(c.row_label, c.column_header): c.text for c in extract_text("t.txt", text.encode()).cells}


# vastmanland_hsf_delar1_2024, the page of its production table (`Produktionsdata – Egen produktion`), flattened:
# the header's columns, printed one under the other, run into one line before the first row
VASTMANLAND_PRODUCTION = (
    "Produktionsdata – Egen produktion Ack utf Inn År Ack Bud Inn år Ack avv Bud % Ack utf Fg År Ack avv Fg år % "
    "Helår Prognos Helår Budget Bokslut Utf Fg år Läkarbesök 108 293 105 371 2,8% 106 519 1,7% 301 743 305 007 "
    "306 601 Läkarbesök - Distans 18 896 19 038 -0,7% 19 160 -1,4% 49 062 53 937 54 255 Besök, övriga "
    "yrkesgrupper 131 416 130 340 0,8% 123 992 6,0% 372 065 372 322 353 153 Besök, övriga yrkesgrupper - Distans "
    "24 412 24 543 -0,5% 22 463 8,7% 70 080 70 493 64 946 Dagmedicin och Övrig dagsjukvård 17 732 18 554 -4,4% "
    "17 812 -0,4% 51 701 55 127 52 801 Vaccinationer 438   285 53,7% 0  2 252 Vårdtillfällen - somatik "
    "(utskrivna) 11 678 11 788 -0,9% 11 692 -0,1% 34 912 35 632 35 063 Vårddagar - somatik exkl perm (utskrivna) "
    "59 567 59 067 0,8% 58 944 1,1% 174 834 178 186 173 998 Vårddagar - psykiatri exkl perm (belagda) 13 268 "
    "12 902 2,8% 12 846 3,3% 39 774 39 026 40 632 Beläggning 06:00 94   94 0,0% 0  94 Operationer totalt 9 053 "
    "8 863 2,1% 8 778 3,1% 24 941 25 356 24 963 - Varav slutenvårdsoperationer 2 301 2 487 -7,5% 2 498 -7,9% "
    "7 001 7 280 7 072 - Varav dagkirurgi 2 163 2 103 2,9% 2 184 -1,0% 5 730 5 821 6 028 - Varav klinikegna "
    "operationer 4 530 4 274 6,0% 4 077 11,1% 12 210 12 255 11 774 Knivtid 5 396   5 486 -1,6% 0  15 162 "
    "DRG-poäng totalt (1 månads släp) 18 177   18 759 -3,1% 0  72 017 Analys Den totala öppenvårdsproduktionen av "
    "besök visar en ökning detta år med 3,7% i jämförelse mot föregående år.\n"
)


def test_a_flattened_table_is_read_under_its_header_with_its_rows():
    # the two documents: this page of Västmanland, and stockholm_ambulansstatistik_2017 below (dev)
    read = cells(VASTMANLAND_PRODUCTION)
    assert read[("Läkarbesök", "Ack utf Inn År")] == "108 293"
    assert read[("Läkarbesök", "Bokslut Utf Fg år")] == "306 601"
    assert read[("Läkarbesök - Distans", "Ack avv Fg år %")] == "-1,4%"
    assert read[("Besök, övriga yrkesgrupper", "Helår Budget")] == "372 322"
    # a dash before a word opens the next row's label, not a cell of the row before it
    assert read[("Operationer totalt", "Bokslut Utf Fg år")] == "24 963"
    assert read[("- Varav slutenvårdsoperationer", "Ack utf Inn År")] == "2 301"
    # a number inside a label stays in it
    assert read[("DRG-poäng totalt (1 månads släp)", "Ack utf Inn År")] == "18 177"


def test_a_row_keeps_the_gaps_of_its_dropped_cells():
    # `Vaccinationer 438   285 53,7% 0  2 252`: the printed row's gaps tell where its empty cells are
    read = cells(VASTMANLAND_PRODUCTION)
    assert read[("Vaccinationer", "Ack utf Inn År")] == "438"
    assert read[("Vaccinationer", "Ack avv Fg år %")] == "53,7%"
    assert ("Vaccinationer", "Ack Bud Inn år") not in read


# stockholm_ambulansstatistik_2017 (dev), flattened: a header of years alone, section headings between the rows
STOCKHOLM_AMBULANCE = (
    "# source: x\n"
    "Brand- och ambulansväsen 2005-2017 Fire and ambulance service 2005 2010 2015 2016 2017 Brandväsen "
    "Utryckningar vid räddningstjänst1 16 686 16 532 16 458 18 115 18 225 Brandtjänst 4 988 4 626 4 464 5 797 "
    "6 070 Automatlarm, ej brand 5 110 5 253 5 329 5 902 5 823 Hjälp till annan kommun vid brand 1 854 2 249 "
    "2 205 2 417 2 541 Annan räddningstjänst 4 734 4 404 4 460 3 999 3 791 Ambulansväsen (avser hela länet) "
    "Utryckningsfordon2 55 55 71 71 76 Utryckningar1 134 874 156 383 194 163 210 004 210 717 Olycksfall "
    "(utryckning med påslagna sirener) 54 557 60 063 100 838 116 342 112 522 Sjukdomsfall 80 210 95 774 93 233 "
    "93 622 98 195 Källa: SLL/MSB/Sweco\n"
)


def test_years_alone_before_the_rows_are_the_header():
    read = cells(STOCKHOLM_AMBULANCE)
    assert read[("Utryckningar1", "2005")] == "134 874"
    assert read[("Utryckningar1", "2017")] == "210 717"
    assert read[("Sjukdomsfall", "2016")] == "93 622"


def test_a_header_that_ends_one_page_line_heads_the_rows_that_open_the_next():
    # jamtland_harjedalen_hsn_tertial_2024-04: the page's end cut its table between header and rows; the label
    # wrapped over two printed lines is one word again, as join_wrapped makes it in line-broken text
    text = (
        "Antalet utförda undersökningar på Fysiologen ligger något högre än föregående år vil- ket är ett resultat av "
        "stafettläkare i kombination med extrakörningar vilket resulterat till en bättre tillgänglighet. Vi har gjort "
        "något färre nuklearundersökningar vilket till del beror på pro- blem med ställtid på en kamerautrustning och "
        "strul med transport av radiofarmaka som lett till avbokningar. Egenproducerad verksam- het Utfall 2022-04 "
        "Utfall 2023-04 Utfall 2024-04 Procentuell förändring 2023–2024\n"
        "Röntgenavdelning (undersök- ningar) 29 658 31 254 30 716 -1,7% Kliniska mammografier (under- sökningar) "
        "2 051 2 709 2 412 -11,0% Screening mammografi (undersökningar) 4 022 5 170 4 271 -17,4% Fysiologen "
        "(undersökningar) 5 296 5 727 5 773 0,8% Nuklear (undersökningar) 1 119 1 093 988 -9,6% Labmedicin och "
        "medicinsk teknik: För Klinisk Kemi ses en ökning jämfört med föregå- ende år, det finns ingen tydlig orsak "
        "till ökningen utan beror sannolikt på naturlig variation.\n"
    )
    read = cells(text)
    assert read[("Röntgenavdelning (undersökningar)", "Utfall 2022-04")] == "29 658"
    assert read[("Kliniska mammografier (undersökningar)", "Utfall 2024-04")] == "2 412"
    assert read[("Nuklear (undersökningar)", "Procentuell förändring 2023–2024")] == "-9,6%"


def test_labels_printed_after_their_values_end_their_rows():
    # vastmanland_hsf_delar1_2024's appendix prints each row's label glued after its last value
    # (`306 598Läkarbesök`); flattened, the label runs on to the next row's values
    text = (
        "Ack utf Inn År Ack Bud Inn år Ack avv Bud % Ack utf Fg År Ack avv Fg år % Helår Prognos "
        "Helår Budget Avv Bud mot prog % Bokslut Utf Fg år 108 293  105 371  2,8%  106 519  1,7%  301 743  305 007 "
        "-1,1%  306 598Läkarbesök 87 454  86 622  1,0%  86 183  1,5%  245 879  250 458 -1,8%  246 324- Varav "
        "somatisk vård 10 514  8 695  20,9%  9 946  5,7%  25 924  25 448  1,9%  28 748- Varav psykiatrisk vård "
        "18 896  19 038 -0,8%  19 160 -1,4%  49 062  53 937 -9,0%  54 260Läkarbesök - Distans\n"
    )
    read = cells(text)
    assert read[("Läkarbesök", "Ack utf Inn År")] == "108 293"
    assert read[("Läkarbesök", "Bokslut Utf Fg år")] == "306 598"
    assert read[("- Varav somatisk vård", "Ack utf Fg År")] == "86 183"
    assert read[("Läkarbesök - Distans", "Avv Bud mot prog %")] == "-9,0%"


def test_a_list_in_running_text_is_no_table():
    # vastmanland_hsf_delar1_2024: `Personalkostnader, 1 557 tkr • Tjänster, 599 tkr ...` is a sentence's list
    text = (
        "Aktiviteter på enhetsnivå utöver budget uppgår till 69 % av plan, 6,2 mnkr. Uppnådda effekter fördelar "
        "sig enligt nedan: • Ökade intäkter, 724 tkr • Personalkostnader, 1 557 tkr • Tjänster, 599 tkr • "
        "Material, 1 311 tkr • Köpt vård, 1 080 tkr • Övrigt, 893 tkr 87% Akutsjukvård Andel utfall av plan. "
        "Det är en god utveckling jämfört med föregående år och arbetet fortsätter under resten av året.\n"
    )
    assert cells(text) == {}


def test_a_heading_between_header_and_first_row_and_a_unit_in_parentheses_stay_out_of_the_cells():
    # okand_hos_verksamhetsberattelse_2007 (dev), a web copy whose page is one line: the header ends in its years
    # (`Period: Januari - December Bokslut bokslut 2007 2006`), a heading (`ARBETAD TID`) stands before the first
    # row's label, and `(1 000 tim)` is the label's unit, not two cells; vastmanland_hsf_delar1_2024's flattened
    # Förenklad resultaträkning has the same heading before its first row (`Intäkter Patientavgifter`)
    text = (
        "§ <strong>12</strong> Bilaga 2 CHVKS10 - T3 <strong>2007</strong> rätt <strong>vers</strong>ion<br /> "
        "Rapportering <strong>2007</strong><br /> Förvaltning:<br /> Hälso- och sjukvården, tot<br /> Mått - "
        "Personalperspektiv<br /> Period:<br /> Januari - December<br /> Bokslut<br /> bokslut<br /> "
        "<strong>2007</strong> 2006<br /> ARBETAD TID<br /> Arbetad tid (1 000 tim) 7 163,0 7 031,0<br /> - varav "
        "övertid/fyllnadstid (1 000 tim) <strong>12</strong>7,0 137,0<br /> - varav övertid/fyllnadstid (%) 1,8% "
        "1,9%<br /> - varav timtid (1 000 tim) 245,0 262,0<br /> - varav timtid (%) 3,4% 3,7%<br /> - varav inhyrd "
        "personal (1 000 tim) 63,0 43,0<br /> - varav läkare (1 000 tim) 1 032,0 1 005,0<br />\n"
    )
    read = cells(text)
    assert read[("Arbetad tid (1 000 tim)", "2007")] == "7 163,0"
    assert read[("Arbetad tid (1 000 tim)", "2006")] == "7 031,0"
    assert read[("- varav läkare (1 000 tim)", "2006")] == "1 005,0"
    assert read[("- varav övertid/fyllnadstid (%)", "2007")] == "1,8%"
