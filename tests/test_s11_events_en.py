"""Session 11, English event side: modality, codes and false events of English triggers. Rules alone; the
sentences are made up for the tests."""
from __future__ import annotations

import pytest
from conftest import code_one


def coded(text):
    return {(e.source_country, e.target_country, e.cameo, e.modality) for e in code_one(text, "en").events
            if e.source_country and e.target_country}


# A modal ("would", "could") of an earlier clause coordinated with a subject of its own does not reach a later verb
MODAL_SCOPE = [
    ("Norway said it would halt fuel exports, and Sweden accused Oslo of blackmail.",
     ("SWE", "NOR", "112", "asserted"), None),
    # the near miss: a verb right after "and" shares the subject and the modal
    ("Canada said it would recall its ambassador from Iran, and expel two Iranian diplomats.",
     ("CAN", "IRN", "161", "intended"), ("CAN", "IRN", "161", "asserted")),
]


@pytest.mark.parametrize("text,want,never", MODAL_SCOPE)
def test_modal_stays_in_its_clause(text, want, never):
    got = coded(text)
    assert want in got, got
    if never:
        assert never not in got, got


# A quote in which the speaker says another did violence accuses it (112); a quoted judgement criticises (111); a
# plain quoted remark about another country stays a statement (010)
QUOTES = [
    ('"Moscow is waging a sabotage campaign against our country," the Polish prime minister said on Monday.',
     ("POL", "RUS", "112"), ("POL", "RUS", "010")),
    ('"Iran\'s conduct is reckless and dangerous," the German chancellor said.', ("DEU", "IRN", "111"), None),
    ('"Japan has been a reliable partner for decades," South Korean Foreign Minister Cho Tae-yul said.',
     ("KOR", "JPN", "010"), ("KOR", "JPN", "112")),
]


@pytest.mark.parametrize("text,want,never", QUOTES)
def test_a_quote_that_blames(text, want, never):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    assert want in got, got
    if never:
        assert never not in got, got


# naming another's act a genocide, an act of war, a murder ... criticises its doer (111); a naming that judges
# nothing does not
NAMING = [
    ("Turkey called Israel's campaign in Gaza a genocide.", ("TUR", "ISR", "111")),
    ("Islamabad called New Delhi's missile strikes an act of war.", ("PAK", "IND", "111")),
    ("Caracas called the American strike on the boat an extrajudicial killing.", ("VEN", "USA", "111")),
    ("Slovakia called Hungary's new citizenship law an attack on its sovereignty.", ("SVK", "HUN", "111")),
]


@pytest.mark.parametrize("text,want", NAMING)
def test_naming_an_act_a_crime_criticises_its_doer(text, want):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    assert want in got, got


def test_a_naming_that_judges_nothing_is_no_criticism():
    got = coded("Macron called the agreement with Ukraine a historic step.")
    assert not any(c.startswith("11") for _s, _t, c, _m in got), got


# a party that says how its ties, talks or deal with another stand comments on that other (010; 013 hopeful, 012
# gloomy); talks said to have been held are the talks, no comment on them
RELATIONS = [
    ("The Greek prime minister said relations with Turkey were better than at any time in a decade.",
     ("GRC", "TUR", "013")),
    ("Finnish President Alexander Stubb said ties with Moscow had hit their lowest point since the war.",
     ("FIN", "RUS", "012")),
    ("Brazil's foreign minister said the trade agreement with Argentina would be reviewed by parliament next year.",
     ("BRA", "ARG", "010")),
]


@pytest.mark.parametrize("text,want", RELATIONS)
def test_said_how_ties_with_another_stand(text, want):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    assert want in got, got


def test_talks_said_to_have_been_held_are_no_comment():
    got = coded("Japan said talks with China were held in Beijing on Monday.")
    assert not any(c.startswith("01") for _s, _t, c, _m in got), got


def test_any_attack_is_nobodys_act_yet():
    # "any attack on X": an act that may come, not the speaker's, never asserted
    got = coded("The governments of Chad and Sudan said any attack on Libya would be treated as an attack on them.")
    assert not any(c.startswith("19") and t == "LBY" for _s, t, c, _m in got), got
    got = coded("Stoltenberg said any Russian attack on Estonia would trigger a response.")
    assert not any(c.startswith("19") and m == "asserted" for _s, _t, c, m in got), got
    # near misses: a real attack, and a denial of any part in an act
    assert ("RUS", "UKR", "190", "asserted") in coded("Russia launched an attack on Ukraine's Kharkiv region.")
    got = coded("Spain arrested two Moroccan citizens on suspicion of spying. Rabat denied any involvement.")
    assert any(s == "MAR" and c == "016" for s, _t, c, _m in got), got


def test_a_court_orders_and_its_ruling_is_welcomed():
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo) for e in code_one(
        "The International Court of Justice ordered Myanmar to protect the Rohingya. Gambia welcomed the ruling.",
        "en").events}
    assert ("ICJ", "MMR", "100") in got, got  # (ICJ: no country; the org is the party)
    assert ("GMB", "ICJ", "051") in got and ("GMB", "MMR", "051") not in got, got
    # near misses: one's own troops ordered, and an order of a transfer to a country
    assert not coded("The Russian defence minister ordered his troops to pull out of Kherson.")
    got = {(s, t, c) for s, t, c, _m in coded("Russia ordered the transfer of fighter jets to Belarus.")}
    assert not any(c.startswith("10") for _s, _t, c in got), got


# words to come keep their own code, intended: a protest, a demand, an appeal has no intent form (an announced meeting
# does: 036)
FUTURE_WORDS = [
    ("Romania's foreign ministry said it would summon Russia's ambassador over the drone incursion.",
     ("ROU", "RUS", "114", "intended")),
    ("Estonia said it would ask NATO to hold consultations on the airspace violation.", ("EST", "NATO", "026", "intended")),
    ("Spain will meet Morocco next week.", ("ESP", "MAR", "036", "intended")),
]


@pytest.mark.parametrize("text,want", FUTURE_WORDS)
def test_words_to_come_keep_their_code(text, want):
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo, e.modality)
           for e in code_one(text, "en").events}
    assert want in got, got


def test_a_vow_to_make_the_doer_answer_for_an_act():
    # the vow threatens the doer (130); the act answered for is told (its doer's), not intended by the vowing side
    got = coded("Canada imposed new sanctions on Iran on Monday, vowing to hold Tehran to account for its attack on "
                "Israel.")
    assert ("CAN", "IRN", "130", "asserted") in got, got
    assert not any(s == "CAN" and t == "ISR" for s, t, _c, _m in got), got
    # near misses: a pledge to pay, and responsibility claimed for an attack
    got = coded("Germany vowed to pay compensation to Namibia.")
    assert not any(c.startswith("13") for _s, _t, c, _m in got), got
    got = coded("Ukraine's military intelligence claimed responsibility for the drone strike on a refinery in Russia.")
    assert any(s == "UKR" and t == "RUS" and c == "015" for s, t, c, _m in got), got


def test_fighting_alongside_and_fighting_fires():
    # those one fights alongside are allies, not enemies
    got = coded("Ukrainian troops fought alongside Polish volunteers against Russia.")
    assert ("UKR", "RUS", "190", "asserted") in got, got
    assert not any({s, t} == {"UKR", "POL"} for s, t, _c, _m in got), got
    # firefighters sent to another country help it; the senders do not fight each other
    got = coded("Greece and Cyprus sent planes to fight the wildfires in Albania.")
    assert ("GRC", "ALB", "073", "asserted") in got, got
    assert not any({s, t} == {"GRC", "CYP"} for s, t, _c, _m in got), got
    # near miss: a war fought between two stays a fight
    assert ("ARM", "AZE", "190", "asserted") in coded("Armenia and Azerbaijan fought a war over Karabakh.")


def test_a_purpose_after_a_day_is_done_on_the_visit():
    got = coded("The Moldovan president arrived in Bucharest on Monday to thank Romania for its help.")
    assert ("MDA", "ROU", "051", "asserted") in got, got
    # near misses: a visit to come, and a plan agreed on a day
    got = coded("Scholz will travel to Kyiv on Monday to sign a security pact with Ukraine.")
    assert not any(m == "asserted" for _s, _t, _c, m in got), got
    got = coded("Japan and Australia agreed in Tokyo on Friday to hold joint exercises.")
    assert ("JPN", "AUS", "0312", "intended") in got, got


# forces or help arriving in a country are no visit: 074 (protection) and 073 (aid); a leader arriving visits (042)
ARRIVALS = [
    ("Rwandan troops arrived in Mozambique on Friday.", ("RWA", "MOZ", "074")),
    ("Rescue teams and aid planes from Egypt, Algeria, the United Arab Emirates and Italy arrived in eastern Morocco "
     "on Thursday.", ("ITA", "MAR", "073")),
    ("The Indian prime minister arrived in Moscow on Monday.", ("IND", "RUS", "042")),
    ("Egypt flew a field hospital to Sudan on Monday.", ("EGY", "SDN", "073")),
    ("Macron flew to Beijing on Wednesday.", ("FRA", "CHN", "042")),
]


@pytest.mark.parametrize("text,want", ARRIVALS)
def test_what_arrives(text, want):
    got = {(s, t, c) for s, t, c, _m in coded(text)}
    assert want in got, got


def test_an_arrest_warrant_is_no_arrest():
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo) for e in code_one(
        "The International Criminal Court issued an arrest warrant for Vladimir Putin over crimes in Ukraine.",
        "en").events}
    assert ("ICC", "RUS", "173") in got, got
    assert not any(t == "UKR" and c == "173" for _s, t, c in got), got
    # near miss: an arrest itself
    assert ("RUS", "USA", "173", "asserted") in coded("Russia arrested an American journalist in Yekaterinburg.")


def test_a_measure_agreed_is_adopted():
    assert ("EU", "IRN", "163", "asserted") in coded("EU ministers agreed a new package of sanctions against Iran.")
    # near miss: agreeing to impose them is a plan
    got = coded("Canada and Australia agreed to impose sanctions on Iran.")
    assert ("CAN", "IRN", "163", "intended") in got, got


def test_talks_frozen_or_suspended():
    got = coded("Riyadh froze talks with Tehran on Monday.")
    assert ("SAU", "IRN", "164", "asserted") in got, got
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got
    got = coded("Beijing announced the suspension of military talks with Washington.")
    assert ("CHN", "USA", "164", "asserted") in got and not any(c.startswith("04") for _s, _t, c, _m in got), got
    # near miss: talks held
    assert ("CHN", "USA", "040", "asserted") in coded("Beijing held military talks with Washington.")


def test_talks_judged_are_no_talks_held():
    got = coded("Erdogan said on Friday that talks with Greece were moving in the right direction.")
    assert ("TUR", "GRC", "013", "asserted") in got, got
    assert not any(c.startswith("04") for _s, _t, c, _m in got), got


def test_a_vow_of_revenge_for_anothers_act():
    assert ("IRN", "ISR", "130", "asserted") in coded("Tehran vowed revenge for Israel's strike on its consulate.")
    # near miss: a vow to pay for something is no threat against the payee
    got = coded("Berlin vowed to pay for Poland's new air defences.")
    assert not any(c.startswith("13") for _s, _t, c, _m in got), got


def test_a_doer_only_guessed_is_accused_by_nobody():
    got = coded("The United States struck Houthi sites in Yemen on Monday. The Houthis said five of their fighters had "
                "been killed and vowed to retaliate.")
    assert not any(c == "112" for _s, _t, c, _m in got), got
    # near miss: a named doer is accused
    got = coded("Kyiv said Russian forces had shelled a hospital in Kharkiv.")
    assert ("UKR", "RUS", "112", "asserted") in got, got


def test_welcoming_a_guest_hosts_a_visit():
    got = coded("The Polish president welcomed the Lithuanian foreign minister in Warsaw.")
    assert ("POL", "LTU", "043", "asserted") in got, got
    # near misses: a decision welcomed (its owner named with 's) and a country welcomed stay support (051)
    assert ("FRA", "USA", "051", "asserted") in coded("Macron welcomed Biden's decision.")
    assert ("POL", "FIN", "051", "asserted") in coded("Poland welcomed Finland into NATO.")


def test_what_a_place_does_is_not_the_subjects_act():
    got = coded("Iran fired ballistic missiles at two Iraqi bases hosting American troops.")
    assert not any(s == "IRN" and c.startswith("06") for s, _t, c, _m in got), got
    # near miss: the subject's own participle
    assert ("RUS", "BLR", "072", "asserted") in coded("Russia keeps sending troops to Belarus.")
