"""Session 14, helper lt2: Lithuanian misfires found by a hands-on test."""
from __future__ import annotations

import pytest
from conftest import coded


# 1. an unnamed ministry summoning a foreign envoy is the host's, not the envoy's own
@pytest.mark.parametrize("text, src, tgt", [
    ("Užsienio reikalų ministerija antradienį iškvietė Baltarusijos laikinąjį reikalų patikėtinį ir įteikė jam "
     "protesto notą.", "LTUGOV", "BLRGOV"),
    ("Lietuvos kariuomenė pranešė apie pažeidimą. Ministerija iškvietė Rusijos ambasadorių ir įteikė jam notą.",
     "LTUGOV", "RUSGOV"),
    ("URM iškvietė Kinijos ambasadorę ir įteikė jai protesto notą.", "LTUGOV", "CHNGOV"),
    ("Į Užsienio reikalų ministeriją buvo iškviestas Irano laikinasis reikalų patikėtinis.", "LTUGOV", "IRNGOV"),
    ("Lenkija uždarė sieną. Užsienio reikalų ministerija iškvietė Baltarusijos ambasadorių.", "POLGOV", "BLRGOV"),
])
def test_unnamed_ministry_summons_foreign_envoy(text, src, tgt):
    got = coded(text, "lt")
    assert (src, tgt, "114") in got
    assert not any(s.startswith(tgt[:3]) and c == "114" for s, _, c in got)


def test_envoy_exclusion_is_for_the_receiving_government_only():
    # an envoy's soldiers are his own country's: the envoy's country is withheld from a government alone
    got = coded("Vokietijos ambasadorius Lietuvoje sakė, kad jo šalis didžiuojasi savo kariais.", "lt")
    assert not any(t.endswith("MIL") and t.startswith("LTU") for _, t, _ in got)


def test_en_foreign_ministry_summoning_an_envoy_posted_to_it():
    assert ("MDAGOV", "RUSGOV", "114") in coded(
        "Russia's ambassador to Moldova, who was summoned to the foreign ministry, denied the claims.", "en")


# 2. a crowd protesting at an embassy is the host's (or its own named nationality), demonstrating against the
# embassy's state (141)
@pytest.mark.parametrize("text, src, tgt", [
    ("Šimtai žmonių šeštadienį protestavo prie Baltarusijos ambasados Vilniuje.", "LTUCVL", "BLRGOV"),
    ("Aktyvistai surengė protestą prie Rusijos ambasados.", "LTUCVL", "RUSGOV"),
    ("Keli šimtai žmonių sekmadienį surengė protestą prie Izraelio ambasados.", "LTUCVL", "ISRGOV"),
    ("Prie Irano ambasados Londone protestavo šimtai žmonių.", "GBRCVL", "IRNGOV"),
    ("Vilniuje prie Rusijos ambasados protestavo keli šimtai žmonių.", "LTUCVL", "RUSGOV"),
    ("Prie Kinijos ambasados Rygoje protestavo dešimtys ukrainiečių.", "UKR", "CHNGOV"),
])
def test_protest_at_an_embassy(text, src, tgt):
    got = coded(text, "lt")
    assert (src, tgt, "141") in got
    assert not any(s.startswith(tgt[:3]) for s, _, _ in got)


def test_force_named_after_an_arrival_verb_is_its_subject():
    assert ("DEUMIL", "LTU", "074") in coded("Į Lietuvą praėjusią savaitę atvyko apie 300 Vokietijos karių.", "lt")
    # people arriving are no deployment
    assert not coded("Į Lietuvą atvyko šimtai Baltarusijos pabėgėlių.", "lt")


# 3. a joint statement signed is a formal agreement signed (057), not the partnership it is about
@pytest.mark.parametrize("text, a, b", [
    ("Lietuvos ir Japonijos vadovai pasirašė bendrą pareiškimą dėl strateginės partnerystės.", "LTUGOV", "JPNGOV"),
    ("Lietuva ir Japonija trečiadienį pasirašė bendrą pareiškimą dėl strateginės partnerystės.", "LTU", "JPN"),
    ("Lenkijos prezidentas ir Ukrainos prezidentas pasirašė bendrą pareiškimą.", "POLGOV", "UKRGOV"),
])
def test_signed_joint_statement_is_057(text, a, b):
    got = coded(text, "lt")
    assert {(a, b, "057"), (b, a, "057")} <= got
    assert not any(c == "060" for _, _, c in got)


def test_known_surname_before_a_non_ascii_name_is_a_first_name():
    # "Ali" is Irfaan Ali's surname, but before "Šamchanis" it is another man's first name
    for text in ("Ali Šamchanis susitiko su Saudo Arabijos ministru.",
                 "Susitarimą pasirašė abiejų šalių atstovai Ali Šamchanis ir Farhanas al Saudas."):
        assert not any("GUY" in s + t for s, t, _ in coded(text, "lt"))


# 4. an order to leave the country is the expulsion itself (166), no separate demand (100)
@pytest.mark.parametrize("text, src, tgt", [
    ("Estija paskelbė Rusijos diplomatą persona non grata ir įpareigojo jį išvykti.", "EST", "RUSGOV"),
    ("Latvija paskelbė Baltarusijos diplomatą persona non grata ir įpareigojo jį per tris dienas palikti šalį.",
     "LVA", "BLRGOV"),
    ("Lenkija įpareigojo du Baltarusijos diplomatus per 48 valandas palikti šalį.", "POL", "BLRGOV"),
    ("Lietuva įpareigojo Rusijos diplomatą išvykti iš šalies.", "LTU", "RUSGOV"),
])
def test_ordered_to_leave_is_expulsion(text, src, tgt):
    got = coded(text, "lt")
    assert (src, tgt, "166") in got
    assert not any(c.startswith("10") for _, _, c in got)


def test_citizens_ordered_to_leave_are_deported():
    assert ("LVA", "RUSCVL", "174") in coded("Latvija įpareigoja Rusijos piliečius išvykti iš šalies.", "lt")


# 5. a state's protest is an official complaint (114); a crowd's a demonstration (141)
@pytest.mark.parametrize("text, src, tgt, code", [
    ("Po Turkijos protesto Švedija atšaukė renginį.", "TUR", "SWE", "114"),
    ("Švedija po Turkijos protesto atšaukė renginį.", "TUR", "SWE", "114"),
    ("Kinijos vyriausybė protestavo prieš Japonijos sprendimą.", "CHNGOV", "JPN", "114"),
    ("Kinija protestavo dėl JAV sprendimo parduoti ginklų Taivanui.", "CHN", "USA", "114"),
    ("Tūkstančiai serbų protestavo prieš vyriausybę.", "SRB", "SRBGOV", "141"),
    ("Gruzinai protestavo prie Rusijos ambasados.", "GEO", "RUSGOV", "141"),
])
def test_state_protest_is_official_complaint(text, src, tgt, code):
    from conftest import code_one
    evs = [e for e in code_one(text, "lt").events if e.cameo == code
           and (e.source_actor or e.source_country) == src and (e.target_actor or e.target_country) == tgt]
    assert evs and evs[0].modality == "asserted"


# 6. pressure named as the time of the main act is a demand (10) on the clause subject, as "po X kritikos"
@pytest.mark.parametrize("text, src, tgt", [
    ("Po JAV spaudimo Izraelis sutiko atidėti operaciją.", "USA", "ISR"),
    ("Izraelis po stipraus JAV spaudimo sutiko atidėti operaciją.", "USA", "ISR"),
    ("Po Briuselio spaudimo Vengrija pakeitė įstatymą.", "EU", "HUN"),
    ("Po griežtos Kinijos kritikos Filipinai atšaukė projektą.", "CHN", "PHL"),
])
def test_time_phrase_pressure_is_a_demand(text, src, tgt):
    got = coded(text, "lt")
    assert any(s.startswith(src) and t.startswith(tgt) and c[:2] in ("10", "11") for s, t, c in got)
    assert not any(s.startswith(tgt) and t.startswith(src) for s, t, _ in got)


@pytest.mark.parametrize("text", [
    "ES ir toliau didins spaudimą Maskvai.",
    "Vokietija patiria JAV spaudimą.",
])
def test_pressure_as_a_state_of_things_is_no_event(text):
    assert not coded(text, "lt")


def test_criticism_received_is_aimed_at_the_subject():
    assert ("USA", "DEU", "111") in coded("Vokietija sulaukė griežtos JAV kritikos.", "lt")
    assert not any(s == "DEU" for s, _, _ in coded("Vokietija sulaukė griežtos JAV kritikos.", "lt"))


# 7. exercises called off are no military cooperation: reducing relations (160), as a cancelled visit or meeting
@pytest.mark.parametrize("text, src, tgt", [
    ("Armėnija atšaukė bendras pratybas su JAV.", "ARM", "USA"),
    ("Armėnija atšaukė su JAV planuotas bendras pratybas.", "ARM", "USA"),
    ("Pietų Korėja atšaukė karines pratybas su JAV.", "KOR", "USA"),
])
def test_cancelled_exercises_are_160(text, src, tgt):
    got = coded(text, "lt")
    assert (src, tgt, "160") in got
    assert not any(c.startswith("06") for _, _, c in got)


# 8. a past adverbial participle ("uždarius", "įvedus") tells a past act: asserted, not a future plan
@pytest.mark.parametrize("text, src, tgt, code", [
    ("Lietuvai uždarius sieną, Baltarusija pagrasino atsakomosiomis priemonėmis.", "LTU", "BLR", "163"),
    ("Lenkijai uždarius pasienio punktus, Baltarusija apkaltino Varšuvą provokacija.", "POL", "BLR", "163"),
    ("Rusijai įvedus sankcijas Japonijai, Tokijas protestavo.", "RUS", "JPN", "163"),
])
def test_past_adverbial_participle_is_asserted(text, src, tgt, code):
    from conftest import code_one
    evs = [e for e in code_one(text, "lt").events if e.source_country == src and e.target_country == tgt
           and e.cameo == code]
    assert evs and all(e.modality == "asserted" for e in evs)


@pytest.mark.parametrize("text", ["Ukraina gaus tankų iš Vokietijos.", "Lietuva uždarys sieną su Baltarusija."])
def test_future_in_s_stays_intended(text):
    from conftest import code_one
    assert all(e.modality == "intended" for e in code_one(text, "lt").events)


# 9. threatening to block a membership or a decision is a non-force threat (131), not a blockade (1381)
@pytest.mark.parametrize("text, src, tgt, code", [
    ("Turkijai pagrasinus blokuoti narystę, Švedija pakeitė įstatymą.", "TUR", "SWE", "131"),
    ("Turkija pagrasino blokuoti Švedijos narystę NATO.", "TUR", "SWE", "131"),
    ("Vengrija pagrasino užblokuoti Ukrainos stojimą į ES.", "HUN", "UKR", "131"),
    ("Kinija pagrasino blokuoti Taivano uostus.", "CHN", "TWN", "1381"),
])
def test_threat_to_block_a_decision(text, src, tgt, code):
    got = coded(text, "lt")
    assert (src, tgt, code) in got
    assert code == "1381" or not any(c == "1381" for _, _, c in got)


# 10. a promise's "kad" clause with no subject of its own says what the promiser will do
@pytest.mark.parametrize("text, src, tgt, code", [
    ("Lenkija pažadėjo, kad siųs tankų į Ukrainą.", "POL", "UKR", "0332"),
    ("JAV įsipareigojo, kad perduos Izraeliui raketų.", "USA", "ISR", "0332"),
    ("Vokietija pažadėjo, kad toliau rems Ukrainą.", "DEU", "UKR", "032"),
])
def test_promise_kad_clause_takes_the_promiser(text, src, tgt, code):
    from conftest import code_one
    evs = [e for e in code_one(text, "lt").events if e.source_country == src and e.target_country == tgt
           and e.cameo == code]
    assert evs and evs[0].modality == "intended"


# 11 (part). drones and shells promised are military aid pledged (0332)
@pytest.mark.parametrize("text", ["Lenkija pažadėjo Ukrainai dronų ir sviedinių.",
                                  "Lenkija pažadėjo Ukrainai daugiau sviedinių."])
def test_promised_drones_and_shells(text):
    assert ("POL", "UKR", "0332") in coded(text, "lt")


# 12. a closing attribution's speaker is no subject of the clause before it; "šalys" is the pair named before
@pytest.mark.parametrize("text, a, b", [
    ("Rusijos ir Ukrainos delegacijos susitiko Stambule. Šalys susitarė apsikeisti po tūkstantį karo belaisvių, "
     "pranešė Ukrainos gynybos ministras.", "RUSGOV", "UKRGOV"),
    ("Armėnija ir Azerbaidžanas surengė derybas. Šalys susitarė bendradarbiauti, pranešė Armėnijos URM.", "ARM", "AZE"),
])
def test_pair_agrees_under_a_closing_attribution(text, a, b):
    got = {(s, t) for s, t, c in coded(text, "lt") if c.startswith("03")}
    assert {(a, b), (b, a)} <= got
