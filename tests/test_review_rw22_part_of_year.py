"""Review s22 (RW22): a figure 'för tertial' in a report of January to August is no figure of January to August.
SC22's rule read a part of the year after '<metric> för' in any form as keeping the whole metric, for one dev
document (stockholm_tertialrapport_2017_2, a report of one tertial); in a delårsrapport of eight months the same
words gave the tertial's figure the report's eight months. The rule was reverted: the figure is held again, as it
was at the stop's start. (The variant is RW22's; the report of one tertial is its control.)
"""

from __future__ import annotations

from datetime import date

from tests.review_cases import emitted_with_org as emitted

SENTENCE = "Investeringsutgiften för tertial uppgick till 120 miljoner kronor."


def test_a_tertial_figure_in_an_eight_month_report_is_not_given_the_eight_months():
    facts = emitted("Delårsrapport januari–augusti 2019\n\nRegion Gävleborg\n\n" + SENTENCE)
    assert not [f for f in facts if f[3] == 120.0 and f[4] == (date(2019, 1, 1), date(2019, 8, 31))]
