"""English constructions added in session 10, fourth round (rules alone). Each case pins the new behaviour and a
near miss that must not fire. The sentences are made up for the tests."""
from __future__ import annotations

from conftest import code_one


def _run(text: str):
    return code_one(text, "en")


def _got(text: str) -> set[tuple[str | None, str | None, str, str]]:
    """(source country, target country, code, modality) of what the rules alone code in one text."""
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo, e.modality)
            for e in _run(text).events}


def test_a_joint_verb_followed_by_its_place_takes_no_object():
    # "met in <place>": the parties are the joint subject, not an actor named later in the sentence
    got = _got("Macron and Scholz met in Lisbon but reached no deal on Moldova.")
    assert ("FRA", "DEU", "040", "asserted") in got, got
    assert not any("MDA" in (s, t) and c.startswith("04") for s, t, c, _m in got), got
    got = _got("EU leaders meeting in Oslo urged Serbia to recognise Kosovo.")
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got
    # near misses: a party after "with", or an object right after the verb, is still met
    assert ("FRA", "MDA", "040", "asserted") in _got("Macron met in Lisbon with Moldova's president.")
    assert ("FRA", "MDA", "040", "asserted") in _got("Macron met Moldova's president in Lisbon.")


def test_a_preposition_governs_a_whole_comma_list():
    # "from Chile, Peru and Bolivia": every country in the list is inside the "from" phrase, none is the subject
    got = _got("Aid workers from Chile, Peru and Bolivia arrived in Ecuador on Friday.")
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got
    # near miss: a comma after a place that opens the sentence ends the place phrase
    got = _got("In Lisbon, Spain and Portugal signed a water treaty.")
    assert ("ESP", "PRT", "057", "asserted") in got, got


def test_officials_from_countries_act_for_them():
    got = _got("Diplomats from Chile and Peru met Bolivia's foreign minister on Monday.")
    assert ("CHL", "BOL", "040", "asserted") in got, got
    assert ("PER", "BOL", "040", "asserted") in got, got
    # near miss: people from a country who are no officials do not act for it
    got = _got("Tourists from Chile and Peru met Bolivia's foreign minister on Monday.")
    assert not any(s in ("CHL", "PER") for s, _t, _c, _m in got), got


def test_halting_attacks_is_one_sided_unless_the_subject_is_joint():
    # the one who halts strikes stands down; the target did nothing
    got = _got("Russia agreed to halt strikes on Ukraine's energy infrastructure.")
    assert ("RUS", "UKR", "0356", "intended") in got, got
    assert not any(s == "UKR" for s, _t, _c, _m in got), got
    got = _got("Israel halted strikes on Gaza for the hostage exchange.")
    assert ("ISR", "PSE", "087", "asserted") in got, got
    assert not any(s == "PSE" for s, _t, _c, _m in got), got
    # the attack that was stood down is no attack
    got = _got("Israel ceased firing on Lebanese territory.")
    assert ("ISR", "LBN", "087", "asserted") in got, got
    assert not any(c == "190" for _s, _t, c, _m in got), got
    # near misses: a joint subject halts both ways; firing that goes on is an attack
    got = _got("Russia and Ukraine agreed to halt strikes on energy facilities.")
    assert {("RUS", "UKR", "0356", "intended"), ("UKR", "RUS", "0356", "intended")} <= got, got
    assert ("ISR", "LBN", "190", "asserted") in _got("Israel kept firing on Lebanese territory.")


def test_a_mediating_compound_on_a_deal_only_mentioned_is_no_mediation():
    # "despite / under / ignoring the X-brokered deal": an earlier deal, nobody mediates now
    for text in ("Israel struck Gaza despite the Egyptian-brokered truce.",
                 "Hamas released three Israeli hostages under the Qatari-mediated deal.",
                 "Russian forces shelled Ukrainian positions, ignoring the Turkish-brokered Black Sea deal."):
        got = _got(text)
        assert not any(c == "045" for _s, _t, c, _m in got), (text, got)
    # near misses: the deal the subject signs or agrees to was mediated for it
    assert ("QAT", "ISR", "045", "asserted") in _got("Israel agreed to a Qatari-mediated ceasefire.")
    assert ("TUR", "RUS", "045", "asserted") in _got("Russia signed a Turkish-brokered grain deal.")
    got = _got("Chile and Peru made no progress after two days of Brazilian-mediated talks in Lima.")
    assert {("BRA", "CHL", "045", "asserted"), ("BRA", "PER", "045", "asserted")} <= got, got


def test_a_ceasefire_call_naming_another_place_is_not_aimed_at_the_last_fighting():
    for text in ("Russia struck Kyiv overnight with drones. The United Nations called for a ceasefire in Gaza.",
                 "Russia struck Kyiv overnight with drones. The United Nations called for restraint in Sudan."):
        got = _got(text)
        assert not any(c == "0256" for _s, _t, c, _m in got), (text, got)
    # near misses: no place, or the place of the fighting told, still goes to its two sides
    for text in ("Russia struck Kyiv overnight with drones. The United Nations called for a ceasefire.",
                 "Russia struck Kyiv overnight with drones. The United Nations called for a ceasefire in Ukraine."):
        got = _got(text)
        assert ("UN", "RUS", "0256", "asserted") in got, (text, got)


def test_responsible_for_a_duty_is_no_blame():
    for text in ("Washington said Israel is responsible for the safety of aid workers in Gaza.",
                 "The IAEA said Iran was responsible for reporting the material."):
        got = _got(text)
        assert not any(c == "112" for _s, _t, c, _m in got), (text, got)
    # near misses: responsible for an attack or for doing harm is blame
    for text in ("Kyiv said Russia was responsible for the attack.",
                 "Kyiv said Russia was responsible for shelling the city."):
        assert ("UKR", "RUS", "112", "asserted") in _got(text), text


def test_a_host_that_is_a_party_meets_the_others():
    got = _got("Moscow hosted talks between Putin and Chinese leader Xi Jinping.")
    assert ("RUS", "CHN", "040", "asserted") in got and ("CHN", "RUS", "040", "asserted") in got, got
    assert not any(c == "045" for _s, _t, c, _m in got), got
    got = _got("India hosted talks with Russia on oil.")
    assert ("IND", "RUS", "040", "asserted") in got and ("RUS", "IND", "040", "asserted") in got, got
    # near miss: a host of two other parties' talks mediates them
    got = _got("Turkey hosted talks between Russia and Ukraine.")
    assert {("TUR", "RUS", "045", "asserted"), ("TUR", "UKR", "045", "asserted")} <= got, got


def test_the_two_is_not_people_counted_as_an_object():
    got = _got("Russia freed two American journalists in a prisoner swap. The two arrived in Washington on Friday.")
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got
    # near miss: a pair named as the subject is what "the two" takes
    got = _got("Russia and China signed a trade pact. The two agreed to meet again in May.")
    assert ("RUS", "CHN", "036", "intended") in got, got
