"""Review s15 (FS15): key-figure pages and fact boxes of region and hospital reports, four fresh texts annotated
blind (/work/review15fs/: Västra Götalandsregionen's verksamhetsanalys 2020, Landstinget i Kalmar län, Region
Östergötland, Region Norrbotten) beside the fact pages of the field corpus's dev split. The clauses are verbatim and
read as the documents give them (no title added); each case lists every fact the reader is to emit from it.
"""

from __future__ import annotations

from datetime import date

from tests.review_cases import emitted

Y2017 = (date(2017, 1, 1), date(2017, 12, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
Y2020 = (date(2020, 1, 1), date(2020, 12, 31))
Y2021 = (date(2021, 1, 1), date(2021, 12, 31))


# Each end of 'från X <year> till Y <year>' is of the year written right after it, and Y goes on with X's metric
# (and part): the year after X is not Y's, and two values of one metric in two years are no figure and the figure
# it is compared with. Needed by Västra Götalandsregionen's verksamhetsanalys 2020 (fresh, review15fs: 730 000 was
# held as 'one end of a range written in words', '2017 till 730 000') and Region Västernorrland's news page of
# 2022 (stop 11, tests/test_review_sm11.py: 152 was held as the figure 135 is compared with).
def test_each_end_of_a_path_from_one_year_to_another_is_of_its_own_year():
    text = "Inom den psykiatrisk öppenvården ökade antalet besök från 660 000 stycken 2017 till 730 000 stycken 2019."
    assert emitted(text) == {
        ("besok_totalt", "actual", 660000.0, Y2017),
        ("besok_totalt", "actual", 730000.0, Y2019),
    }


def test_the_end_of_a_path_goes_on_with_the_metric_of_its_start():
    text = "Kostnaden för inhyrda sjuksköterskor ökade från 135 miljoner kronor 2020 till 152 miljoner kronor 2021."
    assert emitted(text) == {
        ("inhyrd_personal_kostnad", "actual", 135.0, Y2020),
        ("inhyrd_personal_kostnad", "actual", 152.0, Y2021),
    }
