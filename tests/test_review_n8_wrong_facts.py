"""Review n8 (N8): press releases, news articles, fact pages and debate pieces, written for the review in the style
of texts a user feeds in that are no formal report (a headline and a dateline or publication date, an ingress,
quotes, 'i år', 'förra året', rounded figures, fact lists, numbers of other things), that the reader turns into
WRONG facts.

Each case asserts precision only: every fact the reader emits must be one of the allowed readings (a miss is
fine, a wrong metric/measure/sign/period/value/part is not). A fact is (metric, measure, value, period, part):
part '' is the whole, '*' in an allowed reading any named part; period (None, None) is an undated fact (a press
release that names no period of its own). Cases that fail today are in WRONG, marked xfail(strict=True): a fix
that makes one pass turns it into an XPASS failure, and the case then moves to FIXED. Literal strings, no build.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract_text

PRESS = "Regionens ekonomi går mot underskott\nPublicerad 2019-09-25"  # dated, no period of its own
INTERIM = "Delårsrapport januari–augusti 2019: Underskott för regionen\nPublicerad 2019-09-25"
ANNUAL = "Regionen gick med överskott\n25 februari 2020"
FACTS_PAGE = "Om Länssjukhuset"
NONE = (None, None)
CUR = (date(2019, 1, 1), date(2019, 8, 31))
PREV = (date(2018, 1, 1), date(2018, 8, 31))
Y2019 = (date(2019, 1, 1), date(2019, 12, 31))
PREV_YEAR = (date(2018, 1, 1), date(2018, 12, 31))
YEAR = (date(2019, 1, 1), date(2019, 12, 31))


def emitted(text: str, title: str = PRESS) -> set[tuple]:
    found = extract_text("t.txt", (title + "\n" + text + "\n").encode()).prose_facts
    return {(f.metric_code, f.measure, f.value, (f.period_start, f.period_end), f.breakdown_label) for f in found}


def allowed_reading(fact: tuple, allowed: set[tuple]) -> bool:
    *key, part = fact
    return any(list(a[:4]) == key and (a[4] == part or (a[4] == "*" and part)) for a in allowed)


# (text, title, allowed facts: (metric, measure, value, period, part)); today's wrong output in the comment
WRONG = [
    # two subjects, then their figures in order: today intakter_totalt change_pct 5,8 (the costs' figure)
    (
        "Kostnaderna har ökat mer än intäkterna, 5,8 procent mot 3,2 procent.",
        PRESS,
        {("kostnader_totalt", "change_pct", 5.8, NONE, ""), ("intakter_totalt", "change_pct", 3.2, NONE, "")},
    ),
    # one occupation's sick leave: today sjukfranvaro 9,2 as the whole
    (
        "Undersköterskorna i regionen har en sjukfrånvaro på 9,2 procent, jämfört med 6,1 procent för alla anställda.",
        PRESS,
        {("sjukfranvaro", "actual", 9.2, NONE, "*"), ("sjukfranvaro", "actual", 6.1, NONE, "")},
    ),
    # a part named by a genitive ('sjukhusens besök'): today besok_totalt change_pct 2 as the whole
    (
        "Antalet läkarbesök i primärvården har minskat med 4 procent, medan sjukhusens besök ökat med 2 procent.",
        PRESS,
        {("lakarbesok", "change_pct", -4.0, NONE, ""), ("besok_totalt", "change_pct", 2.0, NONE, "*")},
    ),
]

# A case the reader gets right today is listed in FIXED (no mark); a fix moves its case there.
FIXED: list[tuple[str, str, set[tuple]]] = [
    # a budgeted result in apposition to a share ('2 procent av ..., cirka 180 miljoner'): was resultat actual 180
    # (loaders/prose.py BUDGET_PLAN_BEFORE_RE: 'budgeterat för' makes the budget the clause's source)
    (
        "Regionen har budgeterat för ett överskott på 2 procent av skatter och bidrag, cirka 180 miljoner kronor.",
        PRESS,
        {("resultat", "budget", 180.0, NONE, "")},
    ),
    # fixed here: 'förra året' the text only compares with is not the year it speaks of (loaders/document.py)
    (
        "Sjukfrånvaron har minskat till 6,1 procent, från 6,5 procent samma period förra året.",
        PRESS,
        {("sjukfranvaro", "actual", 6.1, NONE, "")},
    ),
    (
        "Antalet operationer minskade med 1 500 jämfört med samma period förra året.",
        PRESS,
        {("operationer", "change_abs", -1500.0, NONE, "")},
    ),
    (
        "Underskottet minskade med 100 miljoner kronor jämfört med samma period förra året.",
        PRESS,
        {("resultat", "change_abs", 100.0, NONE, "")},
    ),
    (
        "Kostnaderna för inhyrd personal har minskat med 20 procent jämfört med förra året.",
        PRESS,
        {("inhyrd_personal_kostnad", "change_pct", -20.0, NONE, "")},
    ),
    # fixed here: the day of a dateline is no count ('2019-09-25 Akutmottagningen', loaders/prose.py)
    ("Akutmottagningen har i genomsnitt 180 besök per dag.", PRESS, set()),
    ("Akutmottagningen tar emot 180 besök.", PRESS, {("akutbesok", "actual", 180.0, NONE, "")}),
    # fixed here: a dateline is a sentence of its own, so the opening 'Förra året' of the text below is seen (it
    # gave resultat actual 45 for Jan-Aug 2019: 'Publicerad 2019-09-25 Förra året gick ...', loaders/prose.py)
    (
        "Förra året gick regionen med ett överskott på 45 miljoner kronor.",
        INTERIM,
        {("resultat", "actual", 45.0, PREV_YEAR, ""), ("resultat", "actual", 45.0, PREV, "")},
    ),
    (
        "\nFörra året var underskottet 180 miljoner kronor.",
        INTERIM,
        {("resultat", "actual", -180.0, PREV_YEAR, ""), ("resultat", "actual", -180.0, PREV, "")},
    ),
    # fixed here: 'Året innan' is the year before the one spoken of (seeds/reader_words.csv relative_previous_year);
    # it gave -120 for 2019 in an annual press release dated 2020
    (
        "Årsredovisningen för 2019 visar ett överskott på 45 miljoner kronor. Året innan var resultatet minus 120 "
        "miljoner kronor.",
        ANNUAL,
        {("resultat", "actual", 45.0, YEAR, ""), ("resultat", "actual", -120.0, PREV_YEAR, "")},
    ),
    # fixed here: 'vid samma tid' is the same period of last year (same_time_noun 'tid'); it gave 2018 as a full
    # year
    (
        "Förra året var underskottet vid samma tid 180 miljoner kronor.",
        "Delårsrapport januari–augusti 2019",
        {("resultat", "actual", -180.0, PREV, "")},
    ),
    # fixed here: 'nästa år' after the number, in its own clause, is a later year's figure too (seeds/non_fact_cues.csv
    # scope 'clause'); they gave kostnader_totalt change_abs -200 and lakemedel change_pct 8
    ("– Vi måste minska kostnaderna med 200 miljoner kronor nästa år, säger ekonomidirektören.", PRESS, set()),
    ("Läkemedelskostnaderna väntas öka med 8 procent nästa år.", PRESS, set()),
    ("Regionen har skurit ned 200 vårdplatser på tio år.", PRESS, set()),
    # fixed here: a budget word of a later clause is not the number's (loaders/prose.py
    # _budget_word_of_its_clause); it gave budget_deviation -180
    (
        "Hälso- och sjukvårdsnämnden gör ett underskott på 180 miljoner kronor, vilket motsvarar 2 procent av "
        "budgeten.",
        PRESS,
        {("resultat", "actual", -180.0, NONE, "")},
    ),
    (
        "Regionen har budgeterat för ett överskott på 180 miljoner kronor.",
        PRESS,
        {("resultat", "budget", 180.0, NONE, "")},
    ),
    # fixed here: a count noun with a colon after it labels the next value, and 'Invånare:' names no org unit
    # (seeds/reader_words.csv not_a_colon_unit); fact lines joined into one text gave anstallda 282 000 and org
    # 'Invånare' for the rest
    (
        "Invånare: 282 000\nAnställda: cirka 7 500\nNettokostnad: 9,4 miljarder kronor\nSjukfrånvaro: 6,3 procent",
        "Regionen i korthet",
        {
            ("anstallda", "actual", 7500.0, NONE, ""),
            ("nettokostnad", "actual", 9.4, NONE, ""),
            ("sjukfranvaro", "actual", 6.3, NONE, ""),
        },
    ),
    # fixed here: a span of years after the number (non_fact_cues scope 'clause') and a rate whose base has a
    # number ('per 1 000 invånare', RATE_AFTER_RE); they gave vardplatser 200 and 1,9
    (
        "Regionen har skurit ned 200 vårdplatser på tio år. I dag finns 1,9 vårdplatser per 1 000 invånare.",
        PRESS,
        {("vardplatser", "change_abs", -200.0, NONE, "")},
    ),
    # fixed here: a change verb with the deficit as its object, then 'med' (loaders/prose.py _measure_of, sign
    # from the verb); it gave resultat actual -150
    (
        "– Vi har minskat underskottet med 150 miljoner kronor på ett år, säger ekonomidirektören.",
        PRESS,
        {("resultat", "change_abs", 150.0, NONE, "")},
    ),
    ("Regionen har ökat underskottet med 30 miljoner kronor.", PRESS, {("resultat", "change_abs", -30.0, NONE, "")}),
    # fixed here: the forecast as the subject of a change is a revision (loaders/prose.py FORECAST_REVISED_RE); it gave
    # resultat change_abs 60 and lakemedel forecast 30
    ("Prognosen för helåret har förbättrats med 60 miljoner kronor.", PRESS, set()),
    ("Prognosen för läkemedelskostnaderna har höjts med 30 miljoner kronor.", PRESS, set()),
    # fixed here: a sentence that opens in a year's budget (loaders/prose.py BUDGET_OPENS_RE); it gave resultat
    # actual 100 for Jan-Aug
    (
        "I budgeten för 2019 var resultatet beräknat till plus 100 miljoner kronor.",
        INTERIM,
        {("resultat", "budget", 100.0, YEAR, "")},
    ),
    ("I budgeten är resultatet 100 miljoner kronor.", INTERIM, set()),
    # fixed here: after a change, 'motsvarar nu N' is a level of the text's own time (seeds/reader_words.csv
    # present_time_adverb), not the change converted; it gave overtid change_abs 120
    (
        "Övertiden har ökat med 30 procent och motsvarar nu 120 heltidstjänster.",
        PRESS,
        {("overtid", "change_pct", 30.0, NONE, ""), ("overtid", "actual", 120.0, NONE, "")},
    ),
    # fixed here (refused): 'Det är 200 miljoner kronor mer' of a deficit is a worse result; a result carried from
    # the sentence before and changed by a size word is refused (its sign is there); it gave change_abs +200
    (
        "Enligt delårsrapporten uppgår underskottet till 312 miljoner kronor. Det är 200 miljoner kronor mer än "
        "vid samma tid förra året.",
        PRESS,
        {("resultat", "actual", -312.0, NONE, ""), ("resultat", "change_abs", -200.0, NONE, "")},
    ),
    # fixed here: 'ett budgeterat överskott på 40' is the budget (BUDGET_VALUE_BEFORE_RE); it gave budget_deviation 40
    (
        "Resultatet för perioden januari–augusti är ett underskott på 312 miljoner kronor, att jämföra med ett "
        "budgeterat överskott på 40 miljoner kronor.",
        PRESS,
        {("resultat", "actual", -312.0, CUR, ""), ("resultat", "budget", 40.0, CUR, "")},
    ),
    # fixed here: postponed operations were not done (seeds undone_word 'skjutits upp'); it gave operationer 1 000
    ("Över 1 000 operationer har skjutits upp under sommaren.", PRESS, set()),
    # fixed here: a change since a named year, in a text with no period, is refused (it gave akutbesok change_pct 8
    # for 2015)
    ("Antalet besök på akuten har ökat med 8 procent sedan 2015.", PRESS, set()),
    # fixed here: a count noun of another domain counts its own metric (loaders/prose.py)
    (
        "Sjukhuset har 450 vårdplatser och cirka 3 000 medarbetare.",
        FACTS_PAGE,
        {("vardplatser", "actual", 450.0, NONE, ""), ("anstallda", "actual", 3000.0, NONE, "")},
    ),
    # right before this review
    (
        "Region Exempel redovisar ett underskott på 312 miljoner kronor för årets första åtta månader.",
        PRESS,
        {("resultat", "actual", -312.0, CUR, "")},
    ),
    # (a forecast under a text's own date, naming no other year, is of that date's year: stop 20 PE20)
    (
        "Prognosen för helåret pekar på ett underskott på drygt 300 miljoner kronor.",
        PRESS,
        {("resultat", "forecast", -300.0, NONE, ""), ("resultat", "forecast", -300.0, Y2019, "")},
    ),
    (
        "– Vi har ett tufft läge, säger regiondirektören Anna Svensson. Kostnaderna ökar med nästan 6 procent medan "
        "intäkterna bara ökar med 3 procent.",
        PRESS,
        {("kostnader_totalt", "change_pct", 6.0, NONE, ""), ("intakter_totalt", "change_pct", 3.0, NONE, "")},
    ),
    ("Förra året var underskottet 250 miljoner kronor.", PRESS, {("resultat", "actual", -250.0, PREV_YEAR, "")}),
    (
        "Nettokostnaderna har ökat med 5,2 procent under årets första åtta månader, jämfört med 4,1 procent i riket.",
        PRESS,
        {("nettokostnad", "change_pct", 5.2, CUR, "")},
    ),
    ("Underskottet motsvarar drygt 1 000 kronor per invånare.", PRESS, set()),
    (
        "Regionen har cirka 8 000 anställda och omsätter drygt 10 miljarder kronor per år.",
        PRESS,
        {("anstallda", "actual", 8000.0, NONE, "")},
    ),
    (
        "Antal anställda: 8 000\nVårdplatser: 1 000\nInvånare: 280 000",
        "Regionen i siffror",
        {("anstallda", "actual", 8000.0, NONE, ""), ("vardplatser", "actual", 1000.0, NONE, "")},
    ),
    ("Länets 13 kommuner betalar tillsammans 900 miljoner kronor till regionen för hemsjukvården.", PRESS, set()),
    ("Varje dag tar sjukhuset emot cirka 300 patienter på akutmottagningen.", PRESS, set()),
    ("Väntetiden på akuten är i genomsnitt 4 timmar och 20 minuter.", PRESS, set()),
    ("Det är första gången på 10 år som regionen går med underskott.", PRESS, set()),
    (
        "Läkemedelskostnaderna ökade med 9 procent, eller 120 miljoner kronor.",
        PRESS,
        {("lakemedel", "change_pct", 9.0, NONE, ""), ("lakemedel", "change_abs", 120.0, NONE, "")},
    ),
    (
        "Regionen har 1 000 vårdplatser, varav 120 inom psykiatrin.",
        PRESS,
        {("vardplatser", "actual", 1000.0, NONE, "")},
    ),
    (
        "Sjukhuset har 650 vårdplatser och 4 500 anställda.",
        PRESS,
        {("vardplatser", "actual", 650.0, NONE, ""), ("anstallda", "actual", 4500.0, NONE, "")},
    ),
    ("Budgeten för 2020 är 9,8 miljarder kronor.", PRESS, set()),
    (
        "Regionfullmäktige beslutade om en skattehöjning på 50 öre, vilket ger 120 miljoner kronor mer per år.",
        PRESS,
        set(),
    ),
    ("Överskottet blev 45 miljoner kronor 2018.", PRESS, {("resultat", "actual", 45.0, PREV_YEAR, "")}),
    (
        "Region Exempel gick med ett underskott på 420 miljoner kronor förra året, det största i landet.",
        PRESS,
        {("resultat", "actual", -420.0, PREV_YEAR, "")},
    ),
    (
        "Under 2018 ökade personalkostnaderna med 7 procent.",
        PRESS,
        {("personalkostnader", "change_pct", 7.0, PREV_YEAR, "")},
    ),
    ("Bemanningskostnaderna har halverats, från 200 till 100 miljoner kronor.", PRESS, set()),
    ("I riket var sjukfrånvaron 6,8 procent.", PRESS, set()),
    (
        "Regionen räknar med ett underskott på 400 miljoner kronor för helåret.",
        PRESS,
        {("resultat", "forecast", -400.0, NONE, ""), ("resultat", "forecast", -400.0, Y2019, "")},
    ),
    ("Vi har i dag 120 färre sjuksköterskor än för ett år sedan.", PRESS, set()),
    (
        "Kostnaden per invånare för hälso- och sjukvård är 24 000 kronor, vilket är 1 500 kronor mer än rikssnittet.",
        PRESS,
        set(),
    ),
    (
        "Resultatet för januari–augusti blev minus 312 miljoner kronor, vilket är 150 miljoner sämre än budget.",
        PRESS,
        {("resultat", "actual", -312.0, CUR, ""), ("resultat", "budget_deviation", -150.0, CUR, "")},
    ),
    (
        "Regionens resultat för januari–augusti är minus 312 miljoner kronor. Helårsprognosen är ett underskott på "
        "400 miljoner kronor, vilket är 550 miljoner kronor sämre än budget.",
        PRESS,
        {
            ("resultat", "actual", -312.0, CUR, ""),
            ("resultat", "forecast", -400.0, YEAR, ""),
            ("resultat", "forecast_deviation", -550.0, YEAR, ""),
        },
    ),
    (
        "Hittills i år är underskottet 312 miljoner kronor, och helårsprognosen är minus 400 miljoner.",
        PRESS,
        # (the release's own date dates the year of a text that says 'i år' (review DL16): the full-year forecast is
        # 2019's; the figure to date runs to a month the text does not name and stays undated)
        {("resultat", "actual", -312.0, NONE, ""), ("resultat", "forecast", -400.0, YEAR, "")},
    ),
    (
        "Resultatet efter åtta månader är ett underskott på 312 miljoner kronor, vilket är 80 miljoner kronor "
        "bättre än samma period förra året.",
        PRESS,
        {("resultat", "actual", -312.0, CUR, ""), ("resultat", "change_abs", 80.0, CUR, "")},
    ),
    (
        "Sjukfrånvaron är 6,1 procent, att jämföra med 6,8 procent för riket.",
        PRESS,
        {("sjukfranvaro", "actual", 6.1, NONE, "")},
    ),
    ("Personalkostnaderna står för 60 procent av regionens kostnader.", PRESS, set()),
    (
        "Regionen har som mål att minska sjukfrånvaron till 5,5 procent till 2021.",
        PRESS,
        {("sjukfranvaro", "target", 5.5, (date(2021, 1, 1), date(2021, 12, 31)), "")},
    ),
    ("Regionen räknar med ett underskott på mellan 350 och 400 miljoner kronor.", PRESS, set()),
    ("Det motsvarar ungefär 600 undersköterskor på heltid.", PRESS, set()),
    ("Regionen har 20 vårdcentraler och 3 sjukhus.", PRESS, set()),
    ("Sjukvården står för 280 av de 312 miljonerna i underskott.", INTERIM, set()),
    ("Regionen har haft i genomsnitt 35 hyrläkare i tjänst per månad.", INTERIM, set()),
    ("Regionen behöver spara 400 miljoner kronor till 2021.", INTERIM, set()),
    ("Varje månad går regionen back med cirka 40 miljoner kronor.", INTERIM, set()),
    (
        "Sjukfrånvaron ligger på 6,1 procent, en minskning med 0,4 procentenheter.",
        INTERIM,
        {("sjukfranvaro", "actual", 6.1, CUR, ""), ("sjukfranvaro", "change_pp", -0.4, CUR, "")},
    ),
    (
        "Kostnaderna ökade med 6 procent under perioden, jämfört med 4 procent under hela förra året.",
        INTERIM,
        {("kostnader_totalt", "change_pct", 6.0, CUR, "")},
    ),
    (
        "Hittills i år har regionen gjort 1 500 färre operationer än budgeterat.",
        INTERIM,
        {("operationer", "budget_deviation", -1500.0, CUR, "")},
    ),
    ("Hela 85 procent av underskottet beror på ökade personalkostnader.", PRESS, set()),
    ("Underskottet motsvarar 3,5 procent av skatteintäkterna.", PRESS, set()),
    ("Hälso- och sjukvården svarar för 280 miljoner kronor av underskottet.", PRESS, set()),
    (
        "Kostnaderna för läkemedel ökade med 11 procent förra året, och i år väntas de öka med ytterligare 8 procent.",
        PRESS,
        {("lakemedel", "change_pct", 11.0, PREV_YEAR, "")},
    ),
    (
        "Sammantaget har personalkostnaderna ökat med 4,2 procent, eller 210 miljoner kronor.",
        PRESS,
        {("personalkostnader", "change_pct", 4.2, NONE, ""), ("personalkostnader", "change_abs", 210.0, NONE, "")},
    ),
    (
        "Regionens nettokostnader uppgår till 9,1 miljarder kronor, eller 32 000 kronor per invånare.",
        PRESS,
        {("nettokostnad", "actual", 9.1, NONE, "")},
    ),
    (
        "Jämfört med budget är underskottet 312 miljoner kronor.",
        PRESS,
        {("resultat", "budget_deviation", -312.0, NONE, "")},
    ),
    ("Regionen har fått 150 miljoner kronor extra i statsbidrag i år.", PRESS, set()),
    (
        "Prognosen visar ett underskott på 400 miljoner kronor, 100 miljoner mer än i förra prognosen.",
        PRESS,
        {("resultat", "forecast", -400.0, NONE, ""), ("resultat", "forecast", -400.0, Y2019, "")},
    ),
]
XFAIL = pytest.mark.xfail(strict=True, reason="review n8: the reader emits a wrong fact here")
CASES = [pytest.param(s, t, a, marks=XFAIL, id=s[:60]) for s, t, a in WRONG] + [
    pytest.param(s, t, a, id=s[:60]) for s, t, a in FIXED
]


@pytest.mark.parametrize("text,title,allowed", CASES)
def test_no_wrong_fact(text, title, allowed):
    wrong = {f for f in emitted(text, title) if not allowed_reading(f, allowed)}
    assert not wrong
