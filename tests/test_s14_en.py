"""Session 14 helper "en": English rule-coder misfires found by reviewers, each a general pattern."""
from __future__ import annotations

import pytest
from conftest import actor_codes, coded, has_event


# 1. "X vowed to avenge <the act>, launching missiles at Y": the act avenged is told, not threatened; the
#    participle after the comma is the subject's own attack (guide §12: the vow is 130, the act coded too)
@pytest.mark.parametrize("text,src,tgt,code", [
    ("Iran vowed to avenge the killing of its general, launching missiles at Israel.", "IRN", "ISR", "19"),
    ("Hezbollah vowed to avenge the attack, firing rockets at Israel on Sunday.", "HEZBOLLAH", "ISR", "19"),
    ("The Houthis vowed to avenge the strikes, launching drones at the United States.", "HOUTHIS", "USA", "19"),
    ("Russia vowed revenge for the attack on its airbase, launching missiles at Ukraine.", "RUS", "UKR", "19"),
])
def test_avenge_then_attack(text, src, tgt, code):
    got = coded(text, "en")
    assert any(s.startswith(src) and t.startswith(tgt) and c.startswith(code) for s, t, c in got), got
    assert not any(c.startswith("138") for _s, _t, c in got), got  # the avenged act is no threatened one
    assert (src, tgt, "130") in {(s[:len(src)], t[:len(tgt)], c) for s, t, c in got}, got  # the vow, at the attacked


def test_avenged_act_with_agent():
    # the act avenged with its doer named is that doer's act, not the subject's
    assert has_event("Iran vowed to avenge the killing of its commander by Israel.", "en", "ISR", "IRN", "18")
    assert not has_event("Iran vowed to avenge the killing of its commander by Israel.", "en", "IRN", "ISR", "18")


def test_avenge_keeps_intended_attack():
    assert has_event("Iran vowed to strike Israel.", "en", "IRN", "ISR", "19")
    assert has_event("Iran vowed to avenge the killing by striking Israel.", "en", "IRN", "ISR", "1")


# 2. "X threatened to retaliate and accused Y of ...": the threat (13x) is aimed at the accused too
@pytest.mark.parametrize("text,src,tgt", [
    ("Russia threatened to retaliate and accused Ukraine of attacking its territory.", "RUS", "UKR"),
    ("China threatened to retaliate and accused Japan of interfering in its affairs.", "CHN", "JPN"),
    ("Iran threatened to respond and accused Israel of violating its airspace.", "IRN", "ISR"),
    ("North Korea threatened retaliation and accused South Korea of provocations.", "PRK", "KOR"),
    ("Russia vowed to retaliate and accused Ukraine of shelling Belgorod.", "RUS", "UKR"),
])
def test_threat_then_accusation(text, src, tgt):
    assert has_event(text, "en", src, tgt, "112")
    assert has_event(text, "en", src, tgt, "13")


# 3. the aid a thanks or praise is for, given to a party named, is told too (guide §12: the act itself is
#    coded when the text states it); the donor's support or cooperation stays the thanks' reason only
@pytest.mark.parametrize("text,src,tgt,code", [
    ("Zelensky thanked Denmark for its delivery of F-16 jets to Ukraine.", "DNK", "UKR", "072"),
    ("Lithuania thanked Germany for its delivery of tanks to Ukraine.", "DEU", "UKR", "072"),
    ("Kyiv thanked Berlin for its aid to Ukraine.", "DEU", "UKR", "07"),
    ("Sweden praised Finland for its humanitarian aid to Gaza.", "FIN", "PSE", "073"),
])
def test_thanked_for_aid_to_party(text, src, tgt, code):
    assert has_event(text, "en", src, tgt, code)


@pytest.mark.parametrize("text,thanked", [
    ("Lithuania praised Poland for its support of the Baltic states.", "POL"),
    ("Zelensky thanked Germany for its aid.", "DEU"),
    ("Ukraine thanked Denmark for its delivery of F-16 jets.", "DNK"),
])
def test_thanks_reason_no_reverse_event(text, thanked):
    assert not any(s.startswith(thanked) for s, _t, _c in coded(text, "en"))


# 4. "froze Y's funds to the tune of $N": the amount phrase is no recipient of aid; the freeze is a sanction (163)
@pytest.mark.parametrize("text,src,tgt,code", [
    ("The United States froze Iran's funds to the tune of $6 billion.", "USA", "IRN", "163"),
    ("The United States froze Iranian funds to the tune of $6 billion.", "USA", "IRN", "163"),
    ("Britain froze Libya's funds amounting to 12 billion pounds.", "GBR", "LBY", "163"),
    ("Britain froze Russia's assets to the tune of 20 billion pounds.", "GBR", "RUS", "163"),
    ("The EU froze funds to the tune of 6 billion euros earmarked for Hungary.", "EU", "HUN", "162"),
])
def test_froze_funds_amount(text, src, tgt, code):
    assert has_event(text, "en", src, tgt, code, exact=True)


# 5. a coordinated verb of travel after a time adverbial ("and on Tuesday travelled to Z") shares the sentence's
#    subject, not the object named last; "and a day later travelled" is no noun with a participle
@pytest.mark.parametrize("text,src,tgt,wrong", [
    ("Duda met Zelensky in Warsaw on Monday, and on Tuesday travelled to Berlin.", "POL", "DEU", "UKR"),
    ("Zelensky met Duda in Warsaw on Monday and on Tuesday travelled to Berlin.", "UKR", "DEU", "POL"),
    ("Zelensky met Duda and, on Tuesday, travelled to Berlin.", "UKR", "DEU", "POL"),
    ("Zelensky met Duda, and on 12 March flew to Berlin.", "UKR", "DEU", "POL"),
    ("Zelensky met Duda and on Tuesday visited Berlin.", "UKR", "DEU", "POL"),
    ("Zelensky met Duda and a day later travelled to Berlin.", "UKR", "DEU", "POL"),
    ("Macron hosted Scholz in Paris and the next day travelled to Rome.", "FRA", "ITA", "DEU"),
    ("Zelensky met Duda and later travelled to Berlin.", "UKR", "DEU", "POL"),
])
def test_travel_after_time_adverbial(text, src, tgt, wrong):
    assert has_event(text, "en", src, tgt, "042")
    assert not has_event(text, "en", wrong, tgt, "042")


def test_travel_time_adverbial_own_subject():
    text = "Scholz visited Kyiv on Monday, and on Tuesday Zelensky travelled to Warsaw."
    assert has_event(text, "en", "UKR", "POL", "042") and not has_event(text, "en", "DEU", "POL", "042")


# 6. "sealed its border with Russia": closing one's own border to a country, 163 like "closed" (guide §11)
@pytest.mark.parametrize("text,src,tgt", [
    ("Finland closed its airspace and sealed its border with Russia.", "FIN", "RUS"),
    ("Finland closed its ports and sealed its border with Russia.", "FIN", "RUS"),
    ("Poland sealed its border with Belarus on Friday.", "POL", "BLR"),
    ("Latvia closed its airspace and sealed its frontier with Belarus.", "LVA", "BLR"),
])
def test_sealed_border(text, src, tgt):
    assert has_event(text, "en", src, tgt, "163", exact=True)


def test_sealed_off_territory_stays_blockade():
    assert has_event("Israel sealed off Gaza.", "en", "ISR", "PSE", "191", exact=True)


# 7. "the Palestinian Authority" is the Palestinian government (PSEGOV), as lt "Palestinos autonomija" is
def test_palestinian_authority_actor():
    assert actor_codes("The Palestinian Authority condemned Israel.", "en", "2024-05-01") == ["PSEGOV", "ISR"]
    assert has_event("Israel criticised the Palestinian Authority.", "en", "ISR", "PSEGOV", "111")
    assert has_event("Norway transferred funds to the Palestinian Authority.", "en", "NOR", "PSEGOV", "07")


# 8. fire, strikes and accusations exchanged are fighting / accusing each way, coded by the rules (so the pair
#    model does not guess a prisoner exchange, 0841, from "exchange")
@pytest.mark.parametrize("text,a,b,code", [
    ("An exchange of fire between Indian and Pakistani troops killed two soldiers.", "IND", "PAK", "190"),
    ("Two soldiers died in an exchange of fire between Armenia and Azerbaijan.", "ARM", "AZE", "190"),
    ("Exchanges of fire between Israel and Iran continued overnight.", "ISR", "IRN", "190"),
    ("Russia and Ukraine exchanged drone attacks overnight.", "RUS", "UKR", "195"),
    ("Israel and Iran exchanged missile strikes.", "ISR", "IRN", "195"),
    ("Israel and Iran exchanged strikes overnight.", "ISR", "IRN", "195"),
    ("Israel and Hezbollah exchanged attacks across the border.", "ISR", "HEZBOLLAH", "190"),
    ("Russia and Ukraine exchanged accusations over the drone attack.", "RUS", "UKR", "112"),
])
def test_exchanged_each_way(text, a, b, code):
    assert has_event(text, "en", a, b, code, exact=True) and has_event(text, "en", b, a, code, exact=True)
    assert not any(c.startswith("08") for _s, _t, c in coded(text, "en"))


def test_exchanged_prisoners_stays_0841():
    assert has_event("Russia and Ukraine exchanged prisoners.", "en", "RUS", "UKR", "0841", exact=True)


# 8b. persona non grata and expelled envoys: the expelling state acts on the envoy's, never the reverse
@pytest.mark.parametrize("text", [
    "Russia declared the head of Estonia's mission persona non grata.",
    "Russia declared the deputy head of the Estonian embassy in Moscow persona non grata.",
    "Estonia's envoy was declared persona non grata in Russia.",
    "Estonia's envoy was ordered to leave Russia.",
    "Estonia's envoy was declared persona non grata and ordered to leave Russia.",
])
def test_persona_non_grata_direction(text):
    got = coded(text, "en")
    assert any(s.startswith("RUS") and t.startswith("EST") and c[:3] in ("161", "166") for s, t, c in got), got
    assert not any(s.startswith("EST") for s, _t, _c in got), got
