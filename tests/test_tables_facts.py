"""Table cells to facts on literal excerpts of real report text (the field corpus's shapes), through the
build's loaders and dbt models in memory (vardlager.single.facts_of_reports)."""

from __future__ import annotations

from vardlager.single import facts_of_reports


def table_facts(tmp_path, text: str) -> set[tuple]:
    page = tmp_path / "rapport.txt"
    page.write_text(text, encoding="utf-8")
    return {
        (r["metric_code"], r["measure"], str(r["period_start"]), r["value"], r["unit"], r["breakdown"])
        for r in facts_of_reports([page], say=lambda msg: None)
        if r["fact_source"] == "table"
    }


def test_a_varav_row_naming_a_staff_category_is_a_breakdown_of_its_parents_quantity(tmp_path):
    # okand_hos_verksamhetsberattelse_2007 (thousands of hours in the row labels) and the shape of
    # vastmanland_hsf_delar1_2024's `Utförd arbetstid egen personal` / `- varav läkare`
    text = (
        "Verksamhetsberättelse för 2007\n\nFörvaltning: Hälso- och sjukvården\n\n"
        "Bokslut bokslut\n\n2007 2006\n\n"
        "Arbetad tid (1 000 tim) 7 163,0 7 031,0\n\n"
        "- varav övertid/fyllnadstid (1 000 tim) 127,0 137,0\n\n"
        "- varav timtid (1 000 tim) 245,0 262,0\n\n"
        "- varav timtid (%) 3,4% 3,7%\n\n"
        "- varav inhyrd personal (1 000 tim) 63,0 43,0\n\n"
        "- varav läkare (1 000 tim) 1 032,0 1 005,0\n\n"
        "- varav sjuksköterskor (1 000 tim) 2 699,0 2 617,0\n"
    )
    facts = table_facts(tmp_path, text)
    by_value = {f[3]: f for f in facts}
    assert by_value[1032000][:2] == ("arbetad_tid", "actual") and by_value[1032000][4] == "hours"
    assert by_value[1032000][5] == "staff=läkare"
    assert by_value[2617000][0] == "arbetad_tid" and by_value[2617000][2] == "2006-01-01"
    assert by_value[245000][0] == "arbetad_tid" and by_value[245000][5] == "staff=timtid"
    # the row label's unit picks the overtime metric in hours; a share is no level of the worked time
    assert by_value[127000][0] == "overtid_timmar"
    assert 3.4 not in by_value
    # hours are no cost of hired staff
    assert not any(f[0] == "inhyrd_personal_kostnad" for f in facts)
