"""Lithuanian acts whose counterpart is named only in an earlier sentence: a vowed response or a demand to undo an
act, by a side that took part in no act told just before, answers the doers of the last deed told (a threat of
"atsakomosios priemonės" after a drill, a transfer of arms, tariffs). Rules alone."""
from __future__ import annotations

import pytest
from conftest import actor_triples, coded_events, coded_triples

ANSWERED = [
    # a joint deed: every side that did it
    ("Lenkija ir Lietuva surengė bendras pratybas prie sienos. Baltarusija pagrasino atsakomosiomis priemonėmis.",
     {("BLR", "POL", "13"), ("BLR", "LTU", "13")}, set()),
    # the deed's doer, not its recipient; the threat in a "kad" clause
    ("Australija perdavė Ukrainai tankus. Maskva perspėjo, kad imsis atsakomųjų priemonių.",
     {("RUS", "AUS", "13")}, {("RUS", "UKR")}),
    # nothing coded before: the subject of the sentence before
    ("JAV patvirtino 300 mln. dolerių vertės ginklų pardavimą Taivanui. Pekinas pažadėjo ryžtingų atsakomųjų veiksmų.",
     {("CHN", "USA", "13")}, set()),
    # a demand to undo an act goes to its doer
    ("Kinija uždraudė importuoti Japonijos žuvį. Tokijas pareikalavo draudimą nedelsiant atšaukti.",
     {("JPN", "CHN", "10")}, set()),
    ("Lietuva sustabdė prekių tranzitą į Kaliningradą. Maskva pareikalavo nedelsiant panaikinti apribojimus.",
     {("RUS", "LTU", "10")}, set()),
]


@pytest.mark.parametrize("text,want,never", ANSWERED)
def test_vowed_response_answers_the_last_deed(text, want, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, sorted(got)
    assert not {(s, t) for s, t, _ in got} & never, sorted(got)


NOT_ANSWERED = [
    # another party named in the threat's clause: the threat is aimed there, not back
    ("Australija perdavė Ukrainai tankus. Maskva perspėjo, kad Ukrainos kariuomenė sulauks atsako.", ("RUS", "AUS")),
    # what would be answered is named: a warning about a future attack, no answer to the deed told
    ("Kanada perdavė Ukrainai tankus. Prancūzija perspėjo, kad atsakys į bet kokį išpuolį prieš savo karius.",
     ("FRA", "CAN")),
    # background before it: no answer to history
    ("2008 m. Rusija užėmė dalį Sakartvelo teritorijos. Lietuva pagrasino atsakomosiomis priemonėmis.", ("LTU", "RUS")),
    # a threat with no word of response or measures is not taken for an answer
    ("Australija perdavė Ukrainai tankus. Maskva pagrasino.", ("RUS", "AUS")),
]


@pytest.mark.parametrize("text,pair", NOT_ANSWERED)
def test_no_reach_back(text, pair):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert pair not in {(s, t) for s, t, _ in got}, sorted(got)


ALSO = [
    # "pasmerkė ir X": the same act condemned again, by others: aimed where the first condemnation was
    ("Irano teismas nuteisė britų žurnalistą kalėti dešimt metų. Jungtinės Karalystės premjeras nuosprendį pasmerkė. "
     "Nuosprendį pasmerkė ir Kanada bei Australija.", {("CAN", "IRN", "11"), ("AUS", "IRN", "11")}, {("CAN", "GBR")}),
    # "taip pat pasveikino": every side the first welcome went to
    ("Serbija ir Kosovas pasirašė susitarimą dėl sienos. ES susitarimą pasveikino. Lietuvos prezidentas taip pat "
     "pasveikino šį žingsnį.", {("LTU", "SRB", "05"), ("LTU", "XKX", "05")}, {("LTU", "EU")}),
]


@pytest.mark.parametrize("text,want,never", ALSO)
def test_a_judgement_said_to_be_anothers_too_judges_the_same_act(text, want, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, sorted(got)
    assert not {(s, t) for s, t, _ in got} & never, sorted(got)


def test_a_judgement_of_another_kind_copies_no_target():
    # near-miss: "taip pat" with a welcome after a condemnation is no repetition of it
    got = coded_triples(["Indija išbandė naują raketą. Pakistanas bandymą pasmerkė. Kinija taip pat pasveikino "
                         "derybų pradžią."], "lt", "2024-05-01")[0]
    assert ("CHN", "IND", "11") not in got, sorted(got)


def test_the_act_the_lead_names_with_the_same_noun_is_judged_from_afar():
    # "išpuolį" is the lead's act, not the later strike of the other side
    got = coded_triples(["Rusija surengė išpuolį prieš Gruzijos pasienio postą. Gruzija atsakė ugnimi. Susirėmimai "
                         "truko kelias valandas. Vakare Gruzijos kariuomenė smogė Rusijos pozicijoms. Turkija pasmerkė "
                         "išpuolį."], "lt", "2024-05-01")[0]
    assert ("TUR", "RUS", "11") in got and ("TUR", "GEO", "11") not in got, sorted(got)


SIDES = [
    # the sides of the fight told just before, by a phrase the pair list does not have ("abi kaimynes")
    ("Armėnijos ir Azerbaidžano pajėgos apsikeitė ugnimi pasienyje. Iranas paragino abi kaimynes parodyti "
     "santūrumą.", {("IRN", "ARM", "02"), ("IRN", "AZE", "02")}),
    # "kariaujančias šalis": the doer and the victim of the strike, past the charge that followed it
    ("Etiopijos kariuomenė smogė Eritrėjos pozicijoms. Eritrėja apkaltino Etiopiją agresija. Afrikos Sąjunga "
     "paragino kariaujančias šalis nutraukti ugnį.", {("AU", "ETH", "02"), ("AU", "ERI", "02")}),
]


@pytest.mark.parametrize("text,want", SIDES)
def test_an_appeal_to_both_sides_goes_to_the_sides_of_the_fight_told_before(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, sorted(got)


def test_an_appeal_to_all_countries_names_no_sides():
    # near-miss: "visas šalis" is every country, not the two sides of the strike
    got = coded_triples(["Rusija smogė Ukrainos miestams. Kinija paragino visas šalis laikytis JT chartijos."],
                        "lt", "2024-05-01")[0]
    assert not {(s, t) for s, t, r in got if s == "CHN" and t in ("RUS", "UKR")}, sorted(got)


def test_an_army_and_an_armed_group_of_its_country_are_two_sides():
    text = "Mianmaro kariuomenė subombardavo Arakano armijos stovyklą. ASEAN paragino visas puses nutraukti smurtą."
    got = actor_triples(coded_events([text], "lt", "2024-05-01")[text])
    assert {("ASEAN", "MMRMIL", "02"), ("ASEAN", "ARAKANARMY", "02")} <= got, sorted(got)


def test_a_congratulation_sent_goes_to_whom_the_others_congratulated():
    got = coded_triples(["Tokajevas laimėjo prezidento rinkimus Kazachstane. Kinijos prezidentas pasveikino "
                         "Tokajevą. Sveikinimą atsiuntė ir Turkijos prezidentas."], "lt", "2024-05-01")[0]
    assert ("TUR", "KAZ", "05") in got, sorted(got)
    # its own addressee when named; near-miss: no reach back then
    got = coded_triples(["Kinijos prezidentas pasveikino Putiną. Brazilijos prezidentas atsiuntė sveikinimą Argentinos "
                         "prezidentui."], "lt", "2024-05-01")[0]
    assert ("BRA", "ARG", "05") in got and ("BRA", "RUS", "05") not in got, sorted(got)


REGRET = [
    ("Rusija pasitraukė iš Juodosios jūros grūdų iniciatyvos. Turkija šį sprendimą apgailestavo.", ("TUR", "RUS", "01")),
    ("Rusija uždarė Lietuvos konsulatą Sankt Peterburge. Jungtinių Tautų generalinis sekretorius apgailestavo dėl "
     "šio sprendimo.", ("UN", "RUS", "01")),
    ("Rusija ir Šiaurės Korėja pasirašė gynybos sutartį. Japonija išreiškė susirūpinimą dėl karinio "
     "bendradarbiavimo gilinimo.", ("JPN", "PRK", "01")),
]


@pytest.mark.parametrize("text,want", REGRET)
def test_regret_or_concern_about_an_act_named_by_a_noun_judges_its_doer(text, want):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want in got, sorted(got)


def test_a_bare_concern_or_a_doubt_whether_reaches_back_to_no_one():
    # near-misses: concern with no act named, and a doubt "whether" (about the future, not an act told)
    got = coded_triples(["Rusija atsiuntė pagalbos Mianmarui. Indija išreiškė susirūpinimą ir paragino Kiniją "
                         "susilaikyti."], "lt", "2024-05-01")[0]
    assert ("IND", "RUS", "01") not in got, sorted(got)
    got = coded_triples(["Rusija atsiuntė pagalbos Mianmarui. Japonija abejoja, ar pagalba bus greita."],
                        "lt", "2024-05-01")[0]
    assert ("JPN", "RUS", "01") not in got, sorted(got)
