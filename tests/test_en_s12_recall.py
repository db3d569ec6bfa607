"""English recall, session 12: second acts of a pair in one sentence and their targets. Rules alone."""
from __future__ import annotations

import pytest
from conftest import coded_triples

# a threat whose complement names the speaker's own state as the one who would act ("warned that Ankara would
# respond") is aimed at the other party: the one its act is against, the condition's subject, or (after "and")
# the party of the act coordinated before it
OWN_STATE_THREAT = [
    ("Beijing warned on Friday that China would take countermeasures against Japan.", ("CHN", "JPN", "13")),
    ("Israel's defence minister warned that Israel would strike back if Hezbollah broke the truce.",
     ("ISR", "LBN", "13")),  # (Hezbollah counts as Lebanon at country level)
    ("Turkey's foreign minister accused Greece of provocation and warned that Ankara would respond.",
     ("TUR", "GRC", "13")),
    ("The Kremlin expelled two Estonian diplomats and warned that Moscow would answer any further steps.",
     ("RUS", "EST", "13")),
]


@pytest.mark.parametrize("text,want", OWN_STATE_THREAT)
def test_threat_with_own_state_in_the_complement_is_aimed_at_the_other(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)


@pytest.mark.parametrize("text", [
    # the own state's partner in the complement's subject is no target either
    "Moscow warned that Russia and Belarus would respond to the drills.",
    # a nationality adjective inside the condition names no threatened party
    "The minister warned that Washington would act unless Chinese influence over the canal was curbed.",
    # no act coordinated before it in the sentence: nothing to aim the warning at
    "Japan's prime minister warned that Tokyo would defend its islands.",
])
def test_threat_with_own_state_in_the_complement_and_no_other_party(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not {x for x in got if x[2] == "13"}, sorted(got)


# an adverbial participle (", accusing ...") after a main verb that is no trigger has the sentence's opening subject,
# not the owner of an act noun inside that verb's object ("UN sanctions", "Russian attacks")
PARTICIPLE_AFTER_UNTRIGGERED_VERB = [
    ("Britain, France and Germany started the procedure to reimpose UN sanctions on Iran on Monday, accusing Tehran "
     "of violating the accord.", {("GBR", "IRN", "11"), ("FRA", "IRN", "11"), ("DEU", "IRN", "11")}),
    ("The European Union said that Russian attacks on Ukrainian ports had intensified, accusing Moscow of "
     "weaponising food.", {("EU", "RUS", "11")}),
]


@pytest.mark.parametrize("text,want", PARTICIPLE_AFTER_UNTRIGGERED_VERB)
def test_participle_after_an_untriggered_main_verb_has_the_opening_subject(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want <= got, sorted(got)
    assert not {x for x in got if x[2] == "11" and x[0] in ("UN", "RUS")}, sorted(got)


def test_participle_after_a_triggered_main_verb_keeps_its_subject():
    # the main verb is a trigger whose subject is the opening one: unchanged
    got = coded_triples(["China's coast guard fired water cannon at Philippine boats, accusing Manila of "
                         "intruding."], "en", "2024-05-01")[0]
    assert ("CHN", "PHL", "11") in got, sorted(got)


# a passive summoning with the envoy named a few words before the verb; with no "by", the summoning state is the one
# whose ministry the envoy is called to, else the one it is posted in
PASSIVE_SUMMONS = [
    ("Ankara's envoy to Baghdad was summoned by the Iraqi foreign ministry on Sunday.", ("IRQ", "TUR", "11")),
    ("The Dutch ambassador in Beijing was summoned after new export curbs.", ("CHN", "NLD", "11")),
    ("Lithuania's chargé d'affaires in Minsk was summoned to the Belarusian foreign ministry.", ("BLR", "LTU", "11")),
    ("The Russian ambassador was summoned to the Czech foreign ministry over the explosions.", ("CZE", "RUS", "11")),
]


@pytest.mark.parametrize("text,want", PASSIVE_SUMMONS)
def test_passive_summons_of_an_envoy(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)


def test_passive_summons_with_no_state_named_has_no_party():
    # posted to an organisation, or no post at all: nobody to code as the summoning side
    for text in ("Russia's ambassador to the UN was summoned on Monday.", "Poland's ambassador was summoned on Monday."):
        got = coded_triples([text], "en", "2024-05-01")[0]
        assert not got, sorted(got)


# an appeal naming no one, coordinated by "and" with a meeting or call, is addressed to the one met or called
COORDINATED_APPEAL = [
    ("The French foreign minister spoke with her Indian counterpart by phone and urged restraint.", ("FRA", "IND", "02")),
    ("Erdogan spoke with Putin by telephone on Friday and called for an end to the fighting.", ("TUR", "RUS", "02")),
    ("US Secretary of State Rubio met the Ukrainian foreign minister in Jeddah and urged calm.", ("USA", "UKR", "02")),
]


@pytest.mark.parametrize("text,want", COORDINATED_APPEAL)
def test_appeal_after_a_meeting_or_call_is_addressed_to_the_partner(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)


def test_appeal_about_another_place_is_not_addressed_to_the_partner():
    got = coded_triples(["Macron met Modi in Paris and called for a ceasefire in Gaza."], "en", "2024-05-01")[0]
    assert not {x for x in got if x[2] == "02"}, sorted(got)


# a threat told in the clause a denial governs ("denied that Moscow was blackmailing Sofia") is the act denied: the
# denial (016) is coded, the threat is not asserted
DENIED_THREAT = [
    ("The Kremlin denied that Moscow was blackmailing Sofia.", ("RUS", "BGR", "01")),
    ("Beijing denied on Monday that it had threatened Taiwan.", ("CHN", "TWN", "01")),
    ("Ankara denied that Turkey was threatening Greece over the islands.", ("TUR", "GRC", "01")),
]


@pytest.mark.parametrize("text,want", DENIED_THREAT)
def test_threat_in_a_denied_clause_is_the_act_denied(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)
    assert (want[0], want[1], "13") not in got, sorted(got)


def test_threat_coordinated_after_a_denial_stays_a_threat():
    got = coded_triples(["Iran denied the report and threatened to retaliate against Israel."], "en", "2024-05-01")[0]
    assert ("IRN", "ISR", "13") in got, sorted(got)


# "after / following talks with X": a meeting noun that names its partner is a new event (not a time reference to
# talks told before), held by the subject of the verb the phrase follows
TALKS_AFTER = [
    ("The Polish foreign minister said on Friday after talks with his Ukrainian counterpart that the dispute was over.",
     {("POL", "UKR", "04"), ("UKR", "POL", "04")}),
    ("Taliban authorities freed a British aid worker on Monday after talks with British officials in Kabul.",
     {("AFG", "GBR", "04"), ("GBR", "AFG", "04")}),
    ("Mexico agreed to deploy troops to the border following talks with the United States.",
     {("MEX", "USA", "04"), ("USA", "MEX", "04")}),
]


@pytest.mark.parametrize("text,want", TALKS_AFTER)
def test_talks_named_with_a_partner_after_a_time_preposition(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want <= got, sorted(got)


@pytest.mark.parametrize("text", [
    "Lithuania and Poland met in Vilnius. Prices fell after the talks.",  # no partner: the talks told before
    "After talks with Moscow failed, the minister resigned.",  # no subject that is a party
])
def test_talks_after_a_time_preposition_without_partner_or_party(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not {x for x in got if x[2] == "04" and "RUS" in x}, sorted(got)
    assert len([x for x in got if x[2] == "04"]) <= 2, sorted(got)


# "said X and Y would pay a heavy price": the threat is aimed at every member of the list before the verb
def test_said_consequence_reaches_the_whole_list():
    got = coded_triples(["Iran's foreign minister said Washington and London would pay a heavy price for the strikes."],
                        "en", "2024-05-01")[0]
    assert {("IRN", "USA", "13"), ("IRN", "GBR", "13")} <= got, sorted(got)


def test_said_consequence_not_for_a_party_named_elsewhere():
    # the speaker's own state in the list is no target; a negated consequence is no threat
    got = coded_triples(["Moscow said Kyiv and its allies would not pay any price."], "en", "2024-05-01")[0]
    assert not {x for x in got if x[2] == "13"}, sorted(got)


# freezing one's participation in a bloc reduces relations with it; freezing funds "for" a country falls on it
@pytest.mark.parametrize("text,want", [
    ("Armenia said it had frozen its participation in the Collective Security Treaty Organization.", ("ARM", "CSTO", "16")),
    ("Moldova froze its membership in the CIS on Friday.", ("MDA", "CIS", "16")),
    ("The European Union froze billions of euros in funds for Hungary.", ("EU", "HUN", "16")),
])
def test_freezing_participation_or_funds(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)


def test_freezing_with_no_party_named():
    got = coded_triples(["Hungary froze fuel prices for households on Friday."], "en", "2024-05-01")[0]
    assert not got, sorted(got)


# "X said Y was behind <the attack>": the claim that another is responsible accuses it (112)
@pytest.mark.parametrize("text,want", [
    ("Poland said on Monday that Moscow was behind the sabotage campaign.", ("POL", "RUS", "11")),
    ("Seoul said North Korea had been behind the cyber attacks on its banks.", ("KOR", "PRK", "11")),
])
def test_saying_another_was_behind_an_act_accuses_it(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Beijing said China was behind the United States in chip technology.",  # a place in a race
    "Kyiv said Moscow was not behind the blast.",  # negated
    "Tokyo said Japan was behind schedule on its defence build-up.",
])
def test_behind_with_no_blame(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not {x for x in got if x[2] == "11"}, sorted(got)


# ", saying ..." after the main clause claims for the sentence's opening subject (blame, consequences)
@pytest.mark.parametrize("text,want", [
    ("Belarus moved troops to its border with Lithuania on Monday, saying Vilnius was preparing a provocation.",
     ("BLR", "LTU", "11")),
    ("Estonia expelled a Russian diplomat, saying Moscow was behind the sabotage.", ("EST", "RUS", "11")),
    ("China summoned the Japanese ambassador on Friday, saying Tokyo would pay a heavy price.", ("CHN", "JPN", "13")),
])
def test_saying_participle_claims_for_the_opening_subject(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)


def test_saying_participle_after_a_comma_inside_the_subject_claims_nothing():
    # the opening subject's own apposition: no verb between it and ", saying"
    got = coded_triples(["Poland's foreign minister, saying Moscow was behind the blast, left the meeting."],
                        "en", "2024-05-01")[0]
    assert not {x for x in got if x[2] == "11"}, sorted(got)


# "left <organisation>": simplemma keeps "left" as its own lemma; leaving a bloc reduces relations with it (160)
@pytest.mark.parametrize("text,want", [
    ("Hungary formally left the International Criminal Court on Monday.", ("HUN", "ICC", "16")),
    ("Mali and Niger left ECOWAS in January.", ("NER", "ECOWAS", "16")),
])
def test_left_an_organisation(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Polish minister left NATO headquarters after the talks.",  # a building of the organisation
    "Orban left the room before the EU vote.",  # the organisation named further on
    "The president left Ukraine on Tuesday.",  # a place, not an organisation
])
def test_left_a_place(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not {x for x in got if x[2] == "16"}, sorted(got)
