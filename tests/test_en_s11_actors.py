"""English actor-side constructions added in session 11 (rules alone): who the source and the target of an act are.
Each case pins the new behaviour and a near miss that must not fire. The sentences are made up for the tests."""
from __future__ import annotations

from conftest import code_one, triples


def _got(text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, root) of what the rules alone code in one text."""
    return triples(code_one(text, "en").events)


def test_an_attack_on_a_place_holding_foreign_troops_targets_the_troops():
    # "at bases housing X troops": the troops are hit, not the country the bases stand in, and the bases, not
    # the attacker, host them
    got = _got("Syria fired rockets at three Jordanian camps housing French soldiers on Monday.")
    assert ("SYR", "FRA", "19") in got, got
    assert not any(t == "JOR" and r == "19" for _s, t, r in got), got
    assert not any(r == "06" for _s, _t, r in got), got
    got = _got("Chadian troops attacked a convoy carrying Nigerien soldiers.")
    assert ("TCD", "NER", "19") in got, got
    # near miss: with no holding clause the place's country is still the target
    got = _got("Syria fired rockets at three Jordanian camps on Monday.")
    assert ("SYR", "JOR", "19") in got, got


def test_an_ing_verb_after_a_noun_in_a_phrase_is_that_nouns_act():
    # "sanctions on companies supplying Russia": the companies supply, not the one imposing the sanctions
    got = _got("Canada imposed sanctions on companies supplying Iran with drone engines.")
    assert not any(s == "CAN" and r == "07" for s, _t, r in got), got
    # near misses: an actor's own noun phrase does it; a verb after a finite verb keeps the subject; a text
    # condemning something is its author's act
    got = _got("Canada sanctioned Belarusian firms supplying Iran with drone engines.")
    assert ("BLR", "IRN", "07") in got, got
    assert ("CAN", "IRN", "07") not in got, got
    assert ("CAN", "IRN", "07") in _got("Canada began supplying Iran with drone engines.")
    assert ("EP", "AZE", "11") in _got("The European Parliament passed a resolution condemning Azerbaijan's offensive.")
    got = _got("The Kenyan president toured a Chinese shipyard on Friday, a day after meeting Xi Jinping.")
    assert ("KEN", "CHN", "04") in got, got


def test_a_list_owning_an_act_noun_is_its_agent():
    # "X, Y and Z announced their withdrawal": "their" is the whole list's; coordinated nationality adjectives
    # before an act's noun are all its agents
    got = _got("Ghana, Togo and Benin announced their withdrawal from ECOWAS.")
    assert {("GHA", "ECOWAS", "16"), ("TGO", "ECOWAS", "16"), ("BEN", "ECOWAS", "16")} <= got, got
    got = _got("Turkey condemned the French and British air strikes on Syrian army positions.")
    assert {("FRA", "SYR", "19"), ("GBR", "SYR", "19")} <= got, got
    assert {("TUR", "FRA", "11"), ("TUR", "GBR", "11")} <= got, got
    # near miss: a list that is only the subject of a verb before a plain noun makes no joint act of the noun
    got = _got("Norway, Denmark and Finland later opened separate investigations.")
    assert not any(r == "09" for _s, _t, r in got), got


def test_a_dual_national_is_the_citizen_of_the_other_country():
    # "a Belarusian-Canadian blogger" detained by Belarus is Canada's citizen; executed by Iraq, a "Swedish-Iraqi
    # activist" is Sweden's; when neither is the actor's country, the second (the citizenship) counts
    assert ("BLR", "CAN", "17") in _got("Belarus detained a Belarusian-Canadian blogger on Monday.")
    got = _got("Iraq executed a Swedish-Iraqi activist on Tuesday.")
    assert ("IRQ", "SWE", "18") in got, got
    assert ("IRQ", "IRQ", "18") not in got, got
    got = _got("Serbian police detained a Bosnian-Austrian businessman in Belgrade.")
    assert ("SRB", "AUT", "17") in got, got
    # near misses: one nationality, and a hyphenated pair of countries that is no person
    assert ("BLR", "POL", "17") in _got("Belarus detained a Polish blogger on Monday.")
    assert not _got("A Japanese-American engineer won the award for his work on batteries.")


def test_the_object_of_a_verb_does_the_act_its_over_or_for_phrase_names():
    # "sanctioned X over its transfer of drones to Y": X transfers, not the one imposing the sanctions
    got = _got("Canada imposed sanctions on Belarus on Monday over its transfer of drones to Russia.")
    assert ("BLR", "RUS", "07") in got, got
    assert ("CAN", "RUS", "07") not in got, got
    got = _got("Australia sanctioned Syrian and Iranian companies over weapons deliveries to Russia.")
    assert {("SYR", "RUS", "07"), ("IRN", "RUS", "07")} <= got, got
    # near misses: a joint act's noun after "for" with no "their" is a purpose; an object after "to" is no agent
    got = _got("Turkey recalled its ambassadors to Sweden and Norway for consultations.")
    assert not any(r == "04" and "TUR" not in (s, t) for s, t, r in got), got
    assert ("JPN", "CHN", "11") in _got("Japan protested to China over the detention of a Japanese businessman.")


def test_barred_entry_to_people_targets_their_country():
    got = _got("Belarus barred entry to dozens of Lithuanians on Friday in response to EU sanctions.")
    assert ("BLR", "LTU", "16") in got, got
    assert ("BLR", "EU", "16") not in got, got


def test_an_attack_on_what_an_actor_owns_targets_the_owner():
    # "bombed camps of the PKK in northern Iraq": the owner named after "of" is hit, not the country of the place
    evs = code_one("Turkish jets bombed camps of the PKK in northern Iraq on Sunday.", "en").events
    got = {(e.source_country, e.target_actor, e.cameo[:2]) for e in evs}
    assert ("TUR", "PKK", "19") in got, got
    assert not any(t and t.startswith("IRQ") for _s, t, _r in got), got
    got = _got("Al-Shabaab fighters ambushed a convoy of Kenyan soldiers near the border.")
    assert ("SOM", "KEN", "19") in got, got
    # near misses: a place noun's "of" names the place; a participle after a preposition is no attack
    assert ("RUS", "UKR", "19") in _got("Russia shelled the city of Kharkiv on Monday.")
    got = _got("Soldiers patrolled in occupied parts of the Kherson region.")
    assert not any(r == "19" for _s, _t, r in got), got


def test_two_countries_joined_by_a_hyphen_before_a_one_sided_act_are_both_its_parties():
    got = _got("The US-Canadian air strikes on rebel camps in Libya were condemned by Egypt on Sunday.")
    assert {("EGY", "USA", "11"), ("EGY", "CAN", "11")} <= got, got
    got = _got("Egypt condemned the US-Canadian air strikes on Libyan army positions.")
    assert {("USA", "LBY", "19"), ("CAN", "LBY", "19")} <= got, got
    # near miss: a joint act between the two keeps both directions and no third party
    got = _got("The India-China border talks resumed on Monday.")
    assert ("IND", "CHN", "04") in got and ("CHN", "IND", "04") in got, got


def test_a_gapped_clause_repeats_the_act_for_its_new_subject():
    # "X sent a ship to T and Y a navy vessel": Y sends too (to T); Y is no second target of X
    got = _got("Spain sent a field hospital to Morocco and Portugal a team of rescuers.")
    assert {("ESP", "MAR", "07"), ("PRT", "MAR", "07")} <= got, got
    assert ("ESP", "PRT", "07") not in got, got
    got = _got("Hungary expelled two Slovak diplomats and Slovakia three Hungarian ones.")
    assert ("SVK", "HUN", "16") in got, got
    # near misses: a list of targets followed by a time phrase, and a plain list, stay targets
    got = _got("Germany sent aid to Turkey and Greece a week later.")
    assert {("DEU", "TUR", "07"), ("DEU", "GRC", "07")} <= got, got
    got = _got("The EU imposed sanctions on Russia and Belarus.")
    assert {("EU", "RUS", "16"), ("EU", "BLR", "16")} <= got, got


def test_a_counted_target_after_a_preposition_keeps_the_preposition():
    # "on 1,000 Russian officials" (the tokenizer splits the thousands), "on over 100 ...": the count is no phrase
    # boundary between the preposition and the target
    assert ("CAN", "BLR", "16") in _got("Canada imposed sanctions on 1,500 Belarusian officials on Friday.")
    assert ("CAN", "BLR", "16") in _got("Canada imposed sanctions on over 100 Belarusian officials on Friday.")
    # near miss: a bare count as subject is still no target of an earlier preposition
    got = _got("Over 1,000 Belarusian officials travelled to Canada.")
    assert not any(r == "16" for _s, _t, r in got), got


def test_each_blaming_the_other_is_a_reciprocal_act():
    # "each (side) ... the other": the co-subjects act on each other, like "each other"
    got = _got("Ethiopia and Eritrea each accused the other of shelling border villages.")
    assert {("ETH", "ERI", "11"), ("ERI", "ETH", "11")} <= got, got
    got = _got("Sudanese and Chadian troops clashed on Monday, with each side blaming the other for the fighting.")
    assert {("SDN", "TCD", "11"), ("TCD", "SDN", "11")} <= got, got
    # near miss: a one-sided accusation by a list of accusers with no reciprocal words targets the accused only
    got = _got("Ethiopia and Eritrea accused Sudan of shelling border villages.")
    assert ("ETH", "ERI", "11") not in got and ("ETH", "SDN", "11") in got, got


def test_the_parties_of_mediated_talks_negotiate_with_each_other():
    # "after talks mediated by Russia": the mediator mediates (045) and the two parties hold the talks (046)
    evs = code_one("Armenia and Azerbaijan agreed to a ceasefire after talks mediated by Russia.", "en").events
    got = {(e.source_country, e.target_country, e.cameo) for e in evs}
    assert {("ARM", "AZE", "046"), ("AZE", "ARM", "046"), ("RUS", "ARM", "045")} <= got, got
    got = _got("Sudan and Chad failed to agree on a border plan at Egyptian-mediated talks in Cairo.")
    assert {("SDN", "TCD", "04"), ("TCD", "SDN", "04")} <= got, got
    # near miss: a mediated act that is no talks gives the parties no negotiation
    got = _got("Qatar mediated a prisoner swap between Sudan and Chad.")
    assert not any(r == "04" and "QAT" not in (s, t) for s, t, r in got), got


def test_two_guests_of_one_host_meet_each_other():
    got = _got("Kenya hosted the presidents of Uganda and Tanzania in Nairobi on Monday.")
    assert {("UGA", "TZA", "04"), ("TZA", "UGA", "04"), ("KEN", "UGA", "04")} <= got, got
    # near misses: one guest meets only the host; guests who sign an accord are coded for the accord
    got = _got("Kenya hosted the Ugandan president in Nairobi on Monday.")
    assert all("KEN" in (s, t) for s, t, r in got if r == "04"), got
    got = _got("Kenya hosted the presidents of Uganda and Tanzania, who signed a border agreement.")
    assert not any(r == "04" and "KEN" not in (s, t) for s, t, r in got), got


def test_an_act_noun_takes_no_bare_object_past_a_comma():
    # "a massive Russian attack on western Ukraine, the first time a NATO member ...": the attack is on Ukraine
    got = _got("Polish jets shot down two Russian missiles late on Sunday during a massive Russian attack on western Ukraine, the "
               "first time an EU member has fired on Russian assets.")
    assert ("RUS", "UKR", "19") in got, got
    assert ("RUS", "EU", "19") not in got, got
    # near miss: the noun's clause object right after it is still its target
    assert ("RUS", "UKR", "19") in _got("A Russian attack killed five Ukrainian soldiers.")


def test_countries_followed_in_a_comma_aside_act_too():
    got = _got("Canada, following Britain and Australia, sanctioned Iranian banks on Tuesday.")
    assert {("CAN", "IRN", "16"), ("GBR", "IRN", "16"), ("AUS", "IRN", "16")} <= got, got
    # near miss: "following" a talk is a time phrase; its actors are no co-subjects
    got = _got("Canada, following talks with Britain, sanctioned Iranian banks on Tuesday.")
    assert ("CAN", "IRN", "16") in got and ("GBR", "IRN", "16") not in got, got


def test_what_an_attack_noun_hit_is_its_target():
    # "An Israeli air strike destroyed Iran's consulate in Damascus": the strike hit Iran, not Syria
    got = _got("A Turkish air strike destroyed Armenia's consulate in Tbilisi on Monday.")
    assert ("TUR", "ARM", "19") in got, got
    assert ("TUR", "GEO", "19") not in got, got
    got = _got("Two days after a Saudi drone strike in Sanaa killed Iranian advisers, Tehran protested.")
    assert ("SAU", "IRN", "19") in got, got
    # near miss: a strike on a place with no damage verb and object keeps the place's country
    assert ("TUR", "GEO", "19") in _got("A Turkish air strike in Tbilisi caused panic on Monday.")
