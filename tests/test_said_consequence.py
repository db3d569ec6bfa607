"""A party that says another will face or pay something (consequences, a price, sanctions) threatens it."""

from conftest import coded_events, triples


def _codes(texts, lang):
    return {t: {(e.source_country, e.target_country, e.cameo) for e in evs}
            for t, evs in coded_events(texts, lang, "2024-05-01").items()}


def test_en_said_would_face_or_pay_is_a_threat():
    got = _codes([
        "Japan said Pyongyang would face consequences.",
        "Biden said Moscow would pay dearly.",
        "Israel said Hezbollah would face a military response.",
        "Germany said Iran would face elections soon.",  # no consequence noun
        "Japan said North Korea would not face any consequences.",  # negated
    ], "en")
    assert got["Japan said Pyongyang would face consequences."] == {("JPN", "PRK", "130")}
    assert got["Biden said Moscow would pay dearly."] == {("USA", "RUS", "130")}
    assert {c for _s, _t, c in got["Israel said Hezbollah would face a military response."]} == {"138"}
    assert not got["Germany said Iran would face elections soon."]
    assert not got["Japan said North Korea would not face any consequences."]


def test_lt_pareiske_kad_sulauks_is_a_threat():
    got = coded_events([
        "Lietuvos URM pareiškė, kad Minskas brangiai sumokės už šią provokaciją.",
        "Kyjivas pareiškė, kad už tai Maskva sulauks naujų sankcijų.",
        "Prezidentas pareiškė, kad Rusija nesulauks atsako.",
    ], "lt", "2024-05-01")
    assert triples(got["Lietuvos URM pareiškė, kad Minskas brangiai sumokės už šią provokaciją."]) == {
        ("LTU", "BLR", "13")}
    assert {(e.source_country, e.target_country, e.cameo)
            for e in got["Kyjivas pareiškė, kad už tai Maskva sulauks naujų sankcijų."]} == {("UKR", "RUS", "1312")}
    assert not got["Prezidentas pareiškė, kad Rusija nesulauks atsako."]


def test_en_speaker_named_in_apposition_to_the_opening_title():
    t = "Iran's supreme leader, Ayatollah Ali Khamenei, said Israel would face \"severe punishment\"."
    assert triples(coded_events([t], "en", "2024-05-01")[t]) == {("IRN", "ISR", "13")}


def test_lt_pair_phrase_before_the_verb_is_its_subject():
    # "raketos" after the verb could be a nominative plural; "Abi šalys" before it is the subject
    t = "Japonija ir Pietų Korėja sekmadienį surengė derybas. Abi šalys pasmerkė Šiaurės Korėjos raketos paleidimą."
    got = {(e.source_country, e.target_country) for e in coded_events([t], "lt", "2024-05-01")[t]
           if e.cameo.startswith("11")}
    assert got == {("JPN", "PRK"), ("KOR", "PRK")}


def test_en_protest_to_names_its_addressee_only_right_after_the_verb():
    got = coded_events([
        "China protested to Japan on Monday after its coast guard detained a Chinese fishing captain.",
        "Beijing protested on Thursday after the U.S. ambassador to the United Nations announced plans to visit Taiwan.",
    ], "en", "2024-05-01")
    a, b = got.values()
    assert ("CHN", "JPN", "11") in triples(a)
    assert not any(e.target_actor == "UN" for e in b)  # "to the United Nations" belongs to the ambassador


def test_en_passive_considered_is_no_option_weighed():
    a = "Mali said an intervention in Niger would be considered a declaration of war."
    b = "The EU is considering new sanctions on Iran."
    got = coded_events([a, b], "en", "2024-05-01")
    assert not any(e.cameo == "014" for e in got[a])
    assert ("EU", "IRN", "014") in {(e.source_actor, e.target_country, e.cameo) for e in got[b]}


def test_said_judgement_criticises_the_party_behind_the_act():
    en = ["The European Union on Tuesday adopted new sanctions against Russia. Moscow said the measures were illegal.",
          "China said Washington's sanctions were illegal.",
          "National Security Adviser Chang said the North's actions were unacceptable."]  # speaker of no country
    got = coded_events(en, "en", "2024-05-01")
    assert ("RUS", "EU", "11") in triples(got[en[0]])
    assert ("CHN", "USA", "11") in triples(got[en[1]])
    assert not any(e.cameo == "111" for e in got[en[2]])
    lt = ["ES pirmadienį įvedė naujas sankcijas Rusijai. Maskva pareiškė, kad sankcijos neteisėtos.",
          "Lietuvos URM pareiškė, kad Minskas brangiai sumokės už šią provokaciją."]  # a verb between: no verdict
    got = coded_events(lt, "lt", "2024-05-01")
    assert ("RUS", "EU", "11") in triples(got[lt[0]])
    assert not any(e.cameo == "111" for e in got[lt[1]])


def test_en_denial_with_no_one_named_answers_the_latest_counterpart():
    t = "The Czech Republic expelled a Russian diplomat on Wednesday. Moscow denied any involvement."
    assert ("RUS", "CZE", "01") in triples(coded_events([t], "en", "2024-05-01")[t])


def test_an_act_practised_in_an_exercise_is_no_act():
    en = "Latvia and Estonia held joint air defence drills on Tuesday, with units from both countries practising to intercept drones."
    lt = "Lietuvos ir Lenkijos kariai pratybose treniruotis perimti dronus."
    got = coded_events([en], "en", "2024-09-24")[en]
    assert {e.cameo[:2] for e in got} == {"06"}
    assert not any(e.cameo[:2] == "15" for e in coded_events([lt], "lt", "2024-09-24")[lt])
