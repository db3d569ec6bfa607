"""Lithuanian constructions the rules read (session 10, third round): each test pins who acts on whom, with a
near-miss that must not fire. Rules alone; the sentences are written for the tests."""
from __future__ import annotations

from conftest import code_one


def _got(text: str) -> set[tuple[str, str, str]]:
    """(source actor, target actor, root) of the events the rules alone code in a Lithuanian text."""
    return {(e.source_actor, e.target_actor, e.cameo[:2]) for e in code_one(text, "lt").events}


def test_sudans_rapid_support_forces_by_their_lithuanian_name_and_acronym():
    # "Greitojo reagavimo pajėgos (RSF)": Sudan's paramilitary, and the bare acronym in a Sudanese story too
    got = _got("Greitojo reagavimo pajėgos (RSF) sekmadienį užėmė Kordofano miestą. RSF kovotojai apšaudė Sudano "
               "kariuomenės pozicijas.")
    assert ("RSFSUDAN", "SDNMIL", "19") in got, got
    # near-miss: with no Sudan in the story, "RSF" stays Reporters Without Borders, and NATO's rapid reaction
    # force in lower case stays NATO's
    assert ("RSF", "RUS", "11") in _got("Organizacija „Reporteriai be sienų“ (RSF) pasmerkė Rusiją.")
    # (the forces' arrival is protection, 074, since session 12; the pair is what this test pins)
    assert ("NATO", "LTU", "07") in _got("NATO greitojo reagavimo pajėgos atvyko į Lietuvą.")


def test_a_genitive_owner_before_a_fronted_object_is_no_second_subject():
    # "Ekvadoro policijos veiksmus": "policijos" could be a nominative plural, but before an accusative noun after
    # the subjects it owns the object
    got = _got("Argentina ir Urugvajus Peru policijos veiksmus pasmerkė kaip tarptautinės teisės pažeidimą.")
    assert ("ARG", "PERCOP", "11") in got and ("URY", "PERCOP", "11") in got, got
    assert ("DEUGOV", "POLGOV", "12") not in _got("Lenkijos vyriausybė Vokietijos ministerijos pasiūlymą atmetė.")
    # near-miss: with no subject before it, the name is the subject
    assert ("ECUCOP", "MEXGOV", "19") in _got("Vakar Ekvadoro policija Meksikos ambasadą užpuolė.")


def test_a_peoples_genitive_names_the_country_owning_the_object():
    # "apšaudė uzbekų kaimus" is "apšaudė Uzbekistano kaimus"; "pasveikino prancūzų sprendimą" likewise
    got = _got("Kirgizijos kariai artilerija apšaudė uzbekų kaimus.")
    assert ("KGZMIL", "UZB", "19") in got, got
    assert ("ITA", "FRA", "05") in _got("Italija pasveikino prancūzų sprendimą.")
    # near-miss: a people's genitive inside an actor ("uzbekų kariai") is that actor, not a second target, and
    # whom one urges is a party, never a people's genitive after it
    got = _got("Uzbekų kariai apšaudė pasienio postą.")
    assert not any(t == "UZB" for _s, t, _r in got), got
    assert not any(t == "LTU" for _s, t, _r in _got("Lenkija paragino lietuvių verslininkus investuoti."))


def test_a_strike_on_nuclear_sites_is_no_nuclear_strike():
    # "smūgiai Irano branduoliniams objektams": the adjective qualifies the sites, the strike is conventional
    got = _got("Izraelio aviacija surengė smūgius Sirijos branduoliniams objektams.")
    assert any(r == "19" for _s, t, r in got if t == "SYR") and not any(r == "20" for _s, _t, r in got), got
    # near-miss: the adjective right before the strike noun is a nuclear strike
    assert ("RUS", "UKR", "20") in _got("Rusija surengė branduolinį smūgį Ukrainai.")


def test_a_vow_that_a_list_of_parties_will_pay_threatens_each():
    # "pažadėjo, kad amerikiečiai ir britai „brangiai sumokės“": every party of the list before the verb
    got = _got("Hamas atstovas pažadėjo, kad izraeliečiai ir amerikiečiai „brangiai sumokės“.")
    assert ("HAMAS", "ISR", "13") in got and ("HAMAS", "USA", "13") in got, got
    # near-miss: the speaker's own side in the list is not threatened, and a plain statement is no threat
    got = _got("Irano atstovas pareiškė, kad izraeliečiai ir iraniečiai „brangiai sumokės“.")
    assert ("IRNGOV", "ISR", "13") in got and not any(t == "IRN" for _s, t, _r in got), got
    assert not any(r == "13" for _s, _t, r in _got("Hamas atstovas pareiškė, kad izraeliečiai ir amerikiečiai atvyko."))


def test_people_protesting_at_home_against_no_one_named_protest_their_government():
    # "Minske tūkstančiai žmonių išėjo į protestus": no one named, the protest is against their own government
    assert ("BLRCVL", "BLRGOV", "14") in _got("Minske tūkstančiai žmonių sekmadienį išėjo į protestus prieš kainų kilimą.")
    # near-misses: with another country named the protest is not assumed to be the government's, and a blockade
    # with no one named stays uncoded
    got = _got("Lenkijos ūkininkai protestavo prieš pigių ukrainietiškų grūdų importą.")
    assert ("POLAGR", "POLGOV", "14") not in got, got
    got = _got("Prancūzijos ūkininkai užblokavo kelius aplink Paryžių.")
    assert ("FRAAGR", "FRAGOV", "14") not in got, got


def test_those_named_after_padedama_help_the_actor_before_it():
    # "numušė Ukrainos oro gynyba, padedama Lenkijos ir Rumunijos pajėgų": the helpers assist Ukraine, and are
    # not what was shot down
    got = _got("Daugumą dronų numušė Ukrainos oro gynyba, padedama Lenkijos ir Rumunijos pajėgų.")
    assert ("POLMIL", "UKRMIL", "07") in got and ("ROUMIL", "UKRMIL", "07") in got, got
    assert not any(r == "19" for _s, _t, r in got), got
    # near-miss: "padedama" with no actor before its comma codes nothing
    got = _got("Gaisrą užgesino ugniagesiai, padedama Lenkijos pajėgų.")
    assert not any(r == "07" for _s, _t, r in got), got
