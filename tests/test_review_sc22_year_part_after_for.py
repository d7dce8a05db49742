"""Review s22 (SC22): a part of the year after '<metric> för', in any form, is the time of the figure, not a part
of the metric (issue 14). 'för tertial' (stockholm_tertialrapport_2017_2 of the dev split: 'Av den totala
investeringsutgiften för tertial på 189 miljoner kronor') was held as 'narrowed by 'för tertial'', while the seed
word 'tertialet' of not_narrowing_after_for kept its definite form whole; the stems of seeds/year_parts.csv now keep
every form ('tertial', 'tertialet', 'kvartalet', 'halvåret') through the one inflection list, and the seed word goes.
A part still narrows ('för hyrsköterskor')."""

from __future__ import annotations

from datetime import date

from loaders.prose import _keeps_the_whole
from tests.review_cases import emitted

# stockholm_tertialrapport_2017_2 (dev), as printed ('217': the text's own dropped digit; its title dates it: January to
# April 2017)
STOCKHOLM = (
    "Tertialrapporter per april 2017 för landstingsstyrelsens förvaltning och förvaltning för utbyggd tunnelbana 5 LS"
    "\n\n"
    "Förvaltning för utbyggd tunnelbanas samlade utfall för totala investeringar och kostnader för perioden "
    "januari-april 217 uppgår till 22 miljoner kronor mot budget 471 miljoner kronor. Av den totala "
    "investeringsutgiften för tertial på 189 miljoner kronor utgör Tunnelbana till Nacka och söderort "
    "87 miljoner kronor, Tunnelbana till Arenastaden 34 miljoner kronor."
)


def test_a_part_of_the_year_in_any_form_keeps_the_whole():
    for word in ("tertial", "tertialet", "Tertialet", "kvartal", "kvartalet", "halvåret"):
        assert _keeps_the_whole(word), word
    assert not _keeps_the_whole("hyrsköterskor") and not _keeps_the_whole("tunnelbanan")


def test_the_investments_for_the_tertial_are_read_for_january_to_april():
    facts = emitted(STOCKHOLM)
    assert ("investeringar", "actual", 189.0, (date(2017, 1, 1), date(2017, 4, 30))) in facts
