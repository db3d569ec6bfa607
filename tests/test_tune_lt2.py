"""Lithuanian whole-article rules of the tune-lt2 round (sentences written for these tests): vowed responses
after a speech verb ("pareiškė, kad atsakys", "pareiškė atsakysianti"), a vow that a list of others will pay,
a second verb after a "kad" clause closed by ", ir", drills around a state with a light verb ("surengė pratybas
aplink ..."), an act noun judged by a verb of condemning (its genitive is the agent, not the judge's victim),
a "kaip ... pažeidimą" phrase naming the victim, aid brought by "atgabeno", and a genitive owner after an
active participle ("dėl augančio X ir Y bendradarbiavimo"). Each text must yield exactly the (source country,
target country, root) triples listed."""

from __future__ import annotations

from conftest import coded_events, triples

LT = [
    # a vowed response answers the other party's last act
    ("Estija pirmadienį išsiuntė Baltarusijos diplomatą. Minskas pareiškė, kad atsakys.",
     {("EST", "BLR", "16"), ("BLR", "EST", "13")}),
    ("Sirija naktį paleido kelias raketas į Izraelį. Izraelio kariuomenė pareiškė atsakysianti.",
     {("SYR", "ISR", "19"), ("ISR", "SYR", "13")}),
    # a vow that a list of others will pay threatens each of them
    ("Prancūzija ir Belgija smogė sukilėlių stovykloms Malyje. Hučių lyderis pažadėjo, kad Prancūzija ir Belgija už "
     "tai brangiai sumokės.", {("FRA", "MLI", "19"), ("BEL", "MLI", "19"), ("YEM", "FRA", "13"),
                                ("YEM", "BEL", "13")}),
    # the second verb after a closed "kad" clause shares the main subject
    ("Kanada įvedė sankcijas Iranui. Teheranas pareiškė, kad sankcijos nieko nepakeis, ir pagrasino "
     "atsakomosiomis priemonėmis.", {("CAN", "IRN", "16"), ("IRN", "CAN", "13")}),
    # drills around a state: the noun is the act, "surengė" only carries it
    ("Rusija surengė didelio masto karines pratybas aplink Moldovą.", {("RUS", "MDA", "15")}),
    ("Turkija surengė karines pratybas su Azerbaidžanu.", {("TUR", "AZE", "06"), ("AZE", "TUR", "06")}),
    # a condemned act keeps its genitive agent; the "kaip" phrase names the victim, not the target
    ("Egiptas pasmerkė Izraelio smūgius kaip Libano suvereniteto pažeidimą.", {("EGY", "ISR", "11")}),
    ("Rusija apšaudė Charkivą. Lenkija ataką pasmerkė kaip Ukrainos suvereniteto pažeidimą.",
     {("RUS", "UKR", "19"), ("POL", "RUS", "11")}),
    # aid brought with no recipient named goes to the scene
    ("Stiprus žemės drebėjimas sukrėtė Afganistaną. Pakistanas lėktuvais atgabeno palapinių ir vaistų.",
     {("PAK", "AFG", "07")}),
    # concern about two parties named after an active participle
    ("Japonija išreiškė susirūpinimą dėl stiprėjančio Kinijos ir Rusijos karinio bendradarbiavimo.",
     {("JPN", "CHN", "01"), ("JPN", "RUS", "01")}),
]


def test_tune_lt2_rules():
    evs = coded_events([t for t, _ in LT], "lt", "2024-06-12")
    bad = [(t, sorted(triples(evs[t], both=True)), sorted(want)) for t, want in LT
           if triples(evs[t], both=True) != want]
    assert not bad, bad
