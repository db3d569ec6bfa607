"""Lithuanian recall, session 12: acts the rules missed between two countries named in one sentence.
Sentences are our own. Rules alone."""
from __future__ import annotations

import pytest
from conftest import code_one, triples


def _t(text):
    return triples(code_one(text, "lt").events, both=True)


# "atsijungti nuo X elektros tinklo / energetikos sistemos": leaving a grid, pipeline or payment network owned
# by the genitive country reduces relations with it (160); any inflection, negation and intent keep their mood
@pytest.mark.parametrize("text,want", [
    ("Baltijos šalys atsijungė nuo Rusijos elektros tinklų ir prisijungė prie Europos.", ("EST", "RUS", "16")),
    ("Moldova planuoja atsijungti nuo Rusijos energetikos sistemos iki 2026 metų.", ("MDA", "RUS", "16")),
    ("Ukraina atsijungė nuo Rusijos ir Baltarusijos elektros tinklo vasario 24 dieną.", ("UKR", "BLR", "16")),
    ("Suomija atsijungia nuo Rusijos dujotiekio sistemos.", ("FIN", "RUS", "16")),
])
def test_leaving_a_countrys_grid_reduces_relations(text, want):
    assert want in _t(text)


@pytest.mark.parametrize("text", [
    "Ukrainos miestai atsijungė nuo elektros tinklo po Rusijos smūgių.",  # the country is no owner of the grid
    "Lietuvos vartotojai atsijungė nuo interneto per Rusijos ataką.",
])
def test_leaving_a_grid_of_nobody_named_is_no_reduction(text):
    assert not any(r == "16" for _, _, r in _t(text))


# "X susitiko su Y ir paragino / paprašė / pareikalavo ...": an appeal, request, demand or warning joined by "ir"
# to the verb before it, with no object of its own, is addressed to that verb's party
@pytest.mark.parametrize("text,want", [
    ("Prancūzijos prezidentas telefonu kalbėjosi su Rusijos prezidentu ir paragino kuo greičiau paskelbti paliaubas.",
     ("FRA", "RUS", "02")),
    ("Estija iškvietė Rusijos pasiuntinį ir pareikalavo nedelsiant paleisti sulaikytą pilietį.", ("EST", "RUS", "10")),
    ("Lietuvos užsienio reikalų ministras Varšuvoje susitiko su Lenkijos kolega bei paprašė atverti pasienio punktus.",
     ("LTU", "POL", "02")),
    ("Japonija griežtai sukritikavo Kiniją ir pagrasino atsakomosiomis priemonėmis.", ("JPN", "CHN", "13")),
])
def test_a_second_verb_with_no_object_is_addressed_to_the_first_verbs_party(text, want):
    assert want in _t(text)


@pytest.mark.parametrize("text,unwanted", [
    # an addressee of its own
    ("Lietuva perdavė Ukrainai generatorius ir paragino kitas šalis prisidėti.", ("LTU", "UKR", "02")),
    # a subject of its own after "ir"
    ("Lenkija susitiko su Ukrainos atstovais, o Vokietija paragino tęsti derybas.", ("DEU", "UKR", "02")),
])
def test_a_second_verb_with_its_own_addressee_or_subject_keeps_it(text, unwanted):
    assert unwanted not in _t(text)


# ", apkaltinęs / apkaltinusi X ...": a nominative participle after a comma agrees with the clause's subject, who
# does its act, not with a non-nominative actor right before the comma
@pytest.mark.parametrize("text,want,unwanted", [
    ("Lenkija išsiuntė Rusijos diplomatą, apkaltinusi jį šnipinėjimu.", ("POL", "RUS", "11"), ("RUS", "POL", "11")),
    ("Malis nutraukė ryšius su Ukraina, apkaltinęs Kyjivą remiant sukilėlius.", ("MLI", "UKR", "11"), None),
    ("Sudanas išvijo Čado pasiuntinį, apkaltinęs Ndžamena ginklų tiekimu sukilėliams.", ("SDN", "TCD", "11"), None),
])
def test_a_nominative_participle_after_an_object_is_the_subjects_act(text, want, unwanted):
    got = _t(text)
    assert want in got and unwanted not in got, got


def test_a_participle_agreeing_with_the_actors_before_it_is_theirs():
    # "Baltarusiją, įkalinusią ...": an accusative participle describes the accusative before it, not the subject
    got = _t("ES pasmerkė Baltarusiją, įkalinusią Lietuvos pilietį.")
    assert ("EU", "BLR", "11") in got and not any(s == "EU" and r == "17" for s, _, r in got), got


# "X ir Y apsikeitė kaliniais, tarpininkavo Z": an inverted mediation clause after a comma or dash, naming no
# parties of its own, served the two who acted jointly in the clause before it
@pytest.mark.parametrize("text,want", [
    ("Iranas ir Švedija apsikeitė kaliniais, tarpininkavo Omanas.", [("OMN", "IRN", "04"), ("OMN", "SWE", "04")]),
    ("Rusija ir Ukraina apsikeitė belaisviais – tarpininkavo Jungtiniai Arabų Emyratai.",
     [("ARE", "RUS", "04"), ("ARE", "UKR", "04")]),
    ("Kolumbija ir ELN atnaujino taikos derybas, tarpininkauja Kuba ir Norvegija.", [("NOR", "COL", "04")]),
])
def test_an_inverted_mediation_clause_serves_the_joint_act_before_it(text, want):
    got = _t(text)
    assert all(w in got for w in want), got


def test_a_mediation_with_its_own_parties_keeps_them():
    got = _t("Lenkija ir Lietuva pasirašė sutartį, tarpininkavo Vokietija tarp Armėnijos ir Azerbaidžano.")
    assert ("DEU", "ARM", "04") in got and ("DEU", "POL", "04") not in got, got


# "Lietuva, Latvija ir Estija pareiškė, kad X sprendimas yra nepriimtinas": every speaker of a joint statement
# judges the act's owner (111), the verdict up to nine words after "kad"
@pytest.mark.parametrize("text,want", [
    ("Lietuva, Latvija ir Estija pareiškė, kad Rusijos veiksmai pasienyje yra neteisėti.",
     [("LTU", "RUS", "11"), ("LVA", "RUS", "11"), ("EST", "RUS", "11")]),
    ("Švedija ir Suomija teigė, kad Tarptautinio olimpinio komiteto sprendimas grąžinti sportininkus yra nepriimtinas.",
     [("SWE", "IOC", "11"), ("FIN", "IOC", "11")]),
])
def test_a_joint_verdict_is_each_speakers(text, want):
    got = _t(text)
    assert all(w in got for w in want), got


def test_a_verdict_of_one_speaker_is_not_its_neighbours():
    # the country named after the speaker in another role is no speaker
    got = _t("Lenkijos premjeras su Vokietijos kancleriu pareiškė, kad Rusijos veiksmai yra neteisėti.")
    assert ("DEU", "POL", "11") not in got and ("POL", "DEU", "11") not in got, got


# "po susitikimo / derybų su X": a meeting or talks whose partner is named right after "su" are told, not only a
# time reference, when the main verb is another act
@pytest.mark.parametrize("text,want", [
    ("Turkijos prezidentas po susitikimo su Rusijos prezidentu Sočyje pakartojo, kad neprisijungs prie sankcijų.",
     ("TUR", "RUS", "04")),
    ("Po derybų su Švedijos premjeru Turkijos prezidentas sutiko perduoti protokolą parlamentui.", ("TUR", "SWE", "04")),
    ("Lenkijos ministras po pokalbio su Ukrainos kolega paskelbė atveriantis sieną.", ("POL", "UKR", "04")),
])
def test_talks_named_with_their_partner_after_po_are_coded(text, want):
    assert want in _t(text)


@pytest.mark.parametrize("text", [
    "Po susitikimo Japonijos premjeras pareiškė, kad Kinija kelia grėsmę regionui.",  # no partner: a time
    "Po susitikimo su žurnalistais Japonijos premjeras pareiškė, kad Kinija kelia grėsmę regionui.",  # no actor
])
def test_after_the_meeting_with_no_partner_named_is_a_time_reference(text):
    assert not any(r == "04" for _, _, r in _t(text))


# "perspėjo / pagrasino / pareikalavo, kad X-GEN [noun] ...": with no nominative actor in the "kad" clause, the
# genitive owner of its subject is whom the warning, threat or demand is aimed at
@pytest.mark.parametrize("text,want", [
    ("Maskva perspėjo, kad Aljanso plėtra į rytus sulauks atsako.", ("RUS", "NATO", "13")),
    ("Kinija pagrasino, kad Japonijos veiksmai turės rimtų pasekmių.", ("CHN", "JPN", "13")),
    ("Turkija perspėjo, kad Graikijos pratybos netoli salų bus laikomos provokacija.", ("TUR", "GRC", "13")),
])
def test_the_owner_of_a_warned_clauses_subject_is_warned(text, want):
    assert want in _t(text)


def test_a_nominative_subject_of_the_clause_stays_the_target():
    got = _t("Rusija perspėjo, kad Suomija sulauks atsako dėl Aljanso plėtros.")
    assert ("RUS", "FIN", "13") in got and ("RUS", "NATO", "13") not in got, got


# stopping a country's energy or goods: "atsisakė Rusijos dujų / rusiškos naftos", "nebeimportuoja", "nebeperka ...
# iš", "įvedė (importo) draudimą", a nationality adjective a little further on ("... vertės kiniškoms prekėms")
@pytest.mark.parametrize("text,want", [
    ("Vokietija visiškai atsisakė Rusijos naftos.", ("DEU", "RUS", "16")),
    ("Lenkija jau atsisakė rusiškų dujų.", ("POL", "RUS", "16")),
    ("Suomija nebeimportuoja rusiškos elektros.", ("FIN", "RUS", "16")),
    ("Latvija nebeperka elektros iš Baltarusijos.", ("LVA", "BLR", "16")),
    ("Pekinas įvedė importo draudimą daliai taivanietiškų prekių.", ("CHN", "TWN", "16")),
    ("JAV penktadienį padidino muitus 200 mlrd. dolerių vertės kiniškoms prekėms.", ("USA", "CHN", "16")),
])
def test_stopping_a_countrys_energy_or_goods_restricts_trade(text, want):
    assert want in _t(text)


@pytest.mark.parametrize("text", [
    "Lietuva atsisakė Rusijos pasiūlymo derėtis.",  # a refusal of an offer, no trade
    "Vyriausybė įvedė draudimą mitinguoti prie Rusijos ambasados.",  # a ban at home
])
def test_refusing_an_offer_or_a_domestic_ban_is_no_trade_restriction(text):
    assert not any(r == "16" for _, _, r in _t(text))


# an entry or traffic ban names its target by where the banned come from: "automobiliams su Rusijos numeriais",
# "Rusijoje registruotų automobilių"
@pytest.mark.parametrize("text,want", [
    ("Suomija uždraudė automobiliams su Rusijos numeriais įvažiuoti į šalį.", ("FIN", "RUS", "16")),
    ("Latvija nebeįleidžia automobilių su Baltarusijos numeriais.", ("LVA", "BLR", "16")),
    ("Estija nuo pirmadienio nebeįleidžia į šalį Rusijoje registruotų sunkvežimių.", ("EST", "RUS", "16")),
])
def test_a_ban_on_what_comes_from_a_country_restricts_it(text, want):
    assert want in _t(text)


def test_a_ban_at_a_place_of_ones_own_is_no_restriction_on_it():
    got = _t("Lietuva nebeįleidžia sunkvežimių į Vilniaus senamiestį.")
    assert not any(r == "16" for _, _, r in got), got


# cooperation vocabulary: granting candidate status (050), good wishes to another's leader (051), admitting a
# country "į savo gretas" (057)
@pytest.mark.parametrize("text,want", [
    ("Europos Vadovų Taryba suteikė Moldovai ES šalies kandidatės statusą.", ("EUCO", "MDA", "05")),
    ("Lietuvos prezidentas palinkėjo naujajam Lenkijos prezidentui sėkmės.", ("LTU", "POL", "05")),
    ("NATO oficialiai priėmė Suomiją į savo gretas.", ("NATO", "FIN", "05")),
])
def test_cooperation_words(text, want):
    assert want in _t(text)


@pytest.mark.parametrize("text", [
    "Indijos premjeras Narendra Modi priėmė Šri Lankos prezidentą.",  # a host receiving, no admission
    "Vokietija suteikė Ukrainai humanitarinę pagalbą.",  # aid, no candidate status
])
def test_a_reception_or_aid_is_no_admission_or_status(text):
    got = _t(text)
    assert not any(r == "05" for _, _, r in got), got


# ", o Egiptas išreiškė solidarumą su Kataru": a statement verb after a comma is a closing attribution only when it
# has no subject of its own opening its clause
@pytest.mark.parametrize("text,want", [
    ("Kataras ataką pasmerkė, o Egiptas išreiškė solidarumą su Kataru.", ("EGY", "QAT", "01")),
    ("Minskas sprendimą pavadino provokacija, o Europos Komisija išreiškė solidarumą su Lietuva.", ("EC", "LTU", "01")),
    ("Rusija smogė Kyjivui, Lenkija išreiškė užuojautą Ukrainai.", ("POL", "UKR", "01")),
])
def test_a_statement_clause_with_its_own_subject_is_no_attribution(text, want):
    assert want in _t(text)


@pytest.mark.parametrize("text,unwanted", [
    # a closing attribution: the verb right after the comma, its speaker after it
    ("Irakas sustabdė skrydžius į Minską, pranešė Lietuvos ministras.", ("LTU", "IRQ", "01")),
    # a "kad" clause: what the speaker said, no statement of its own
    ("Prancūzija sakė, kad Vokietija apgailestauja dėl Lenkijos sprendimo.", ("DEU", "POL", "01")),
])
def test_attributions_and_reported_clauses_stay_quiet(text, unwanted):
    assert unwanted not in _t(text)


# an arms sale named by its noun: "patvirtino karinės įrangos pardavimą Taivanui" (072); stopping it cuts the aid
@pytest.mark.parametrize("text,want", [
    ("JAV valstybės departamentas patvirtino 300 mln. dolerių vertės karinės įrangos pardavimą Taivanui.",
     ("USA", "TWN", "072")),
    ("Prancūzija patvirtino naikintuvų pardavimą Indijai.", ("FRA", "IND", "072")),
    ("Vokietija sustabdė ginklų pardavimą Izraeliui.", ("DEU", "ISR", "162")),
])
def test_an_arms_sale_noun_is_military_aid(text, want):
    got = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo)
           for e in code_one(text, "lt").events}
    assert want in got, got


def test_a_sale_of_goods_is_no_military_aid():
    got = _t("Lenkija padidino grūdų pardavimą Egiptui.")
    assert not any(r == "07" for _, _, r in got), got
