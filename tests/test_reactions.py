"""A reaction to an act named by a noun ("called the decision groundless", "condemned it") is aimed at the act's
doer, told in an earlier sentence. What stands after the reaction in its sentence does not change that: the
subject's own body named again, a second speaker's clause, a quoted judgement. Rules alone."""
from __future__ import annotations

import pytest
from conftest import coded_triples

CASES = [
    # the only other name in reach is the reacting state's own capital: no target, so the act's doer
    ("Norway expelled a Russian diplomat on Thursday, Foreign Minister Espen Barth Eide said. The Russian embassy "
     "called the decision groundless and said Moscow would respond in kind.",
     {("RUS", "NOR", "11")}, {("RUS", "RUS")}),
    # a second speaker after ", and" is no object of the first verb; both judge the launch
    ("North Korea fired a ballistic missile over Japan on Tuesday. Prime Minister Fumio Kishida called the launch "
     "outrageous, and U.S. national security adviser Jake Sullivan condemned it as reckless.",
     {("JPN", "PRK", "11"), ("USA", "PRK", "11")}, {("JPN", "USA"), ("USA", "JPN")}),
    # a quoted judgement completes the verb as an unquoted one does
    ("Israel accused Spain of complicity in incitement to genocide. Madrid called the remarks \"scandalous and "
     "abhorrent\".",
     {("ESP", "ISR", "11")}, set()),
    # "and accused Trudeau": the clause after "and <verb>" has its own object
    ("Canada accused India of plotting a murder on its soil. New Delhi called the allegations \"preposterous\" and "
     "accused Prime Minister Justin Trudeau of pursuing a political agenda.",
     {("IND", "CAN", "11")}, set()),
]


@pytest.mark.parametrize("text,want,never", CASES)
def test_reaction_to_an_act_named_by_a_noun(text, want, never):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want <= got, sorted(got)
    assert not {(s, t) for s, t, _ in got} & never, sorted(got)


# no act was coded before the reaction: the act judged is the one the sentence before tells of its subject
UNCODED = [
    ("lt", "Kinija paskelbė naujus prekybos apribojimus Taivanui. Taivanas šį žingsnį pavadino ekonomine prievarta.",
     ("TWN", "CHN", "11")),
    ("lt", "Rusija uždarė savo konsulatą Klaipėdoje. Lietuvos užsienio reikalų ministerija sprendimą pavadino "
     "nepagrįstu.", ("LTU", "RUS", "11")),
    ("en", "ECOWAS leaders ordered the activation of a standby force on Thursday. The junta in Niger called the "
     "decision reckless.", ("NER", "ECOWAS", "11")),
]


@pytest.mark.parametrize("lang,text,want", UNCODED)
def test_reaction_to_an_uncoded_act_is_aimed_at_the_subject_before(lang, text, want):
    got = coded_triples([text], lang, "2024-05-01")[0]
    assert want in got, sorted(got)


def test_reaction_with_no_earlier_sentence_has_no_target():
    got = coded_triples(["Lithuania's foreign ministry called the decision reckless."], "en", "2024-05-01")[0]
    assert not got, sorted(got)


def test_bare_sector_in_the_label_is_no_target():
    # "a terrorist attack" is the label; the judged operation's doer, named in the sentence before, is the target
    got = coded_triples(["Ukraine's SBU security service said it had hit more than 40 Russian strategic bombers on "
                         "Sunday. Moscow's defence ministry called the operation a terrorist attack."], "en",
                        "2024-05-01")[0]
    assert ("RUS", "UKR", "11") in got, sorted(got)


def test_vow_to_respond_with_no_act_coded_before_is_aimed_at_the_subject_before():
    got = coded_triples(["Polish police arrested two men working for Russian intelligence on Tuesday. Moscow vowed to "
                         "respond."], "en", "2024-05-01")[0]
    assert ("RUS", "POL", "13") in got, sorted(got)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Lima said the Bolivian president was meddling in the country's internal affairs.", ("PER", "BOL", "11")),
    ("en", "President Joe Biden said China was flooding world markets with cheap goods.", ("USA", "CHN", "11")),
    ("lt", "Moldovos prezidentė pareiškė, kad Maskva kišasi į rinkimus.", ("MDA", "RUS", "11")),
])
def test_saying_another_meddles_or_destabilises_accuses_it(lang, text, want):
    (got,) = coded_triples([text], lang, "2024-05-01")
    assert want in got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Lima said the Bolivian president was not meddling in the country's affairs."),
    ("en", "Lima said the Bolivian president was visiting the country."),
    ("lt", "Moldovos prezidentė pareiškė, kad Maskva nesikiša į rinkimus."),
])
def test_saying_another_does_no_wrong_accuses_no_one(lang, text):
    (got,) = coded_triples([text], lang, "2024-05-01")
    assert not any(r == "11" for _s, _t, r in got), got


@pytest.mark.parametrize("text", [
    "The EU said Moldova was destabilised by Russian disinformation.",  # the victim, passive
    "Poland has never said Belarus was flooding its border with migrants.",  # no claim made
    "The Kremlin said Russia was arming itself.",
])
def test_saying_another_is_wronged_or_saying_nothing_accuses_no_one(text):
    (got,) = coded_triples([text], "en", "2024-05-01")
    assert not any(r == "11" for _s, _t, r in got), got


# "said the move violated / the deal threatens / the step would undermine": a verb of harm to peace or to a rule
# whose subject is another's act named by a definite noun judges the act's doer (111); for an accord, both parties;
# every speaker of a list judges
SAID_HARM = [
    ("Azerbaijani troops shelled Armenian border villages on Monday. Armenia and France said the attack violated the 2020 truce.",
     {("ARM", "AZE", "11"), ("FRA", "AZE", "11")}),
    ("Serbia and Hungary signed a defence pact in Belgrade. Croatia said the agreement threatens stability in the "
     "Balkans.", {("HRV", "SRB", "11"), ("HRV", "HUN", "11")}),
    ("Russia deployed tactical nuclear weapons in Belarus. Warsaw said that this step would seriously undermine "
     "security in Europe.", {("POL", "RUS", "11")}),
]


@pytest.mark.parametrize("text,want", SAID_HARM)
def test_saying_an_act_harms_peace_or_a_rule_judges_its_doer(text, want):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert want <= got, sorted(got)
    assert not any(c in ("111", "11", "196", "128") and {s, t} <= {"ARM", "FRA"} for s, t, c in got), sorted(got)


@pytest.mark.parametrize("text", [
    # negated: no judgement
    "Russia moved tactical nuclear weapons to Belarus. Minsk said the deployment did not threaten anyone.",
    # the subject is an actor, not an act: no verdict on a noun (and no criticism of Russia)
    "Russia moved tactical nuclear weapons to Belarus. Minsk said the weapons would protect the country.",
])
def test_saying_an_act_harms_nothing_judges_no_one(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not any(c.startswith("11") for _, _, c in got), sorted(got)


# "warned that any intervention in X would be treated as a declaration of war": a threat (138 when the answer is
# force or war) aimed at whoever last used or threatened force against the place the act would hit, or against the
# speaker when no place is named
FORBIDDING = [
    ("Saudi Arabia threatened Yemen with military action on Sunday. Oman and Iran, both critical of the plan, warned "
     "that any military intervention in Yemen would be treated as an act of war.",
     {("OMN", "SAU", "13"), ("IRN", "SAU", "13")}),
    ("Israeli jets struck Iranian air defences near Isfahan. Tehran warned that any further attack on its nuclear "
     "sites would be met with a crushing response.", {("IRN", "ISR", "13")}),
    ("Azerbaijani troops shelled Armenian border villages on Monday. Yerevan said on Tuesday that any new "
     "aggression would be answered in kind.", {("ARM", "AZE", "13")}),
]


@pytest.mark.parametrize("text,want", FORBIDDING)
def test_warning_that_any_act_of_force_would_be_answered_threatens_its_doer(text, want):
    got = {(s[:3], t[:3], c) for s, t, c in coded_triples([text], "en", "2024-05-01")[0]}
    assert want <= got, sorted(got)


@pytest.mark.parametrize("text", [
    # a judgement of what the act would be, not a threat
    "Russian troops shelled Kharkiv. Kyiv said any attack on civilians would be a war crime.",
    # negated
    "Azerbaijani troops shelled Armenian border villages. Yerevan said any new aggression would not be answered.",
])
def test_warning_without_an_answer_of_force_threatens_no_one(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not any(c.startswith("13") for _, _, c in got), sorted(got)


def test_reaction_to_an_accord_goes_to_its_parties_not_to_a_thanked_mediator():
    # a thanks one way and a mediation the other way are no accord between the thanker and the mediator
    text = ("Armenia and Azerbaijan agreed on Friday to a ceasefire along their border. Yerevan thanked Russia for "
            "helping to broker the deal. Germany welcomed the truce.")
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert {("DEU", "ARM", "05"), ("DEU", "AZE", "05")} <= {(s[:3], t[:3], c) for s, t, c in got}, sorted(got)
    assert not any(s == "DEU" and t == "RUS" for s, t, _ in got), sorted(got)


@pytest.mark.parametrize("text", [
    "Mutinous soldiers detained the president of Gabon. France and Germany demanded his release.",
    "Gunmen kidnapped an Italian aid worker in Mali. Italy and Spain demanded her immediate release.",
])
def test_joint_demanders_make_no_demand_on_each_other(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not any(c == "10" and {s[:3], t[:3]} in ({"FRA", "DEU"}, {"ITA", "ESP"}) for s, t, c in got), sorted(got)


# a call for restraint naming no one is aimed at the sides of the last violence told, up to three sentences back
# when the sentences between tell none; a call to halt one side's offensive only at its doer
RESTRAINT = [
    ("American and British warships struck Houthi radar sites in Yemen overnight. A Houthi spokesman said "
     "Washington and London would pay a heavy price. The Pentagon said more strikes were possible. Oman called on "
     "all sides to exercise restraint.", {("OMN", "YEM", "02")}, set()),
    ("Ethiopian troops shelled Eritrean border posts on Sunday. Kenya called for self-restraint.",
     {("KEN", "ETH", "02"), ("KEN", "ERI", "02")}, set()),
    ("Azerbaijani troops shelled ethnic Armenian positions on Tuesday. The United States and France called for an "
     "immediate halt to the offensive.", {("USA", "AZE", "02"), ("FRA", "AZE", "02")},
     {("USA", "ARM"), ("FRA", "ARM"), ("USA", "FRA"), ("FRA", "USA")}),
]


@pytest.mark.parametrize("text,want,never", RESTRAINT)
def test_call_for_restraint_goes_to_the_sides_of_the_last_violence(text, want, never):
    got = {(s[:3], t[:3], c) for s, t, c in coded_triples([text], "en", "2024-05-01")[0]}
    assert want <= got, sorted(got)
    assert not {(s, t) for s, t, _ in got} & never, sorted(got)


# "expressed concern over the incident", "voiced serious concern." with nothing after: concern (012) about the
# deed told last (not about another side's words on it)
CONCERN = [
    ("A Chinese coast guard ship fired a water cannon at a Philippine supply boat on Saturday. Japan and Australia "
     "also expressed concern over the incident.", {("JPN", "CHN", "01"), ("AUS", "CHN", "01")}),
    ("Russian drones struck the Ukrainian port of Izmail overnight. Romania's foreign ministry expressed deep "
     "concern and asked NATO allies to strengthen air defences.", {("ROU", "RUS", "01")}),
    ("North Korea fired a ballistic missile into the sea on Monday. Washington condemned the launch, and Beijing "
     "voiced concern.", {("CHN", "PRK", "01")}),
]


@pytest.mark.parametrize("text,want", CONCERN)
def test_concern_with_no_one_named_is_about_the_last_deed(text, want):
    got = {(s[:3], t[:3], c) for s, t, c in coded_triples([text], "en", "2024-05-01")[0]}
    assert want <= got, sorted(got)
    assert not any(c == "01" and t[:3] == "USA" for _, t, c in got), sorted(got)


@pytest.mark.parametrize("text", [
    # what the concern is about is no act told before
    "North Korea fired a missile into the sea. South Korea and Japan condemned the launch, and China expressed "
    "concern about the humanitarian situation in Gaza.",
    "Russian drones struck the port of Izmail overnight. Romania expressed concern over rising food prices.",
])
def test_concern_about_something_else_is_aimed_at_no_one(text):
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not any(c == "01" for _, _, c in got), sorted(got)


# 'called the pact "extremely irresponsible"', "called the deal gravely concerning": an adverb after the opening
# quote, and words of alarm, complete the judging verb like any other verdict
@pytest.mark.parametrize("text,want", [
    ("Serbia and Hungary signed a defence pact in Belgrade. Croatia called the pact \"deeply irresponsible\".",
     {("HRV", "SRB", "11"), ("HRV", "HUN", "11")}),
    ("Iran and Russia signed a military cooperation agreement on Friday. Israel called the deal alarming.",
     {("ISR", "IRN", "11"), ("ISR", "RUS", "11")}),
    ("Moscow deployed nuclear-capable missiles to Kaliningrad. Warsaw called the move \"extremely troubling\".",
     {("POL", "RUS", "11")}),
])
def test_quoted_or_alarmed_verdict_completes_the_judging_verb(text, want):
    got = {(s[:3], t[:3], c) for s, t, c in coded_triples([text], "en", "2024-05-01")[0]}
    assert want <= got, sorted(got)


def test_call_on_with_a_word_of_alarm_is_no_verdict():
    text = "Serbia and Hungary signed a defence pact. Croatia called on Hungary to stop worrying its neighbours."
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not any(c == "11" for _, _, c in got), sorted(got)


# "imposed similar sanctions", "announced its own restrictions": the same kind of act as one another side did
# just before, aimed at that one's target (never at the speaker itself)
@pytest.mark.parametrize("text,want,never", [
    ("The EU adopted new sanctions against Russia on Tuesday. Canada imposed similar sanctions.",
     {("CAN", "RUS", "16")}, set()),
    ("Washington imposed export restrictions on Chinese chipmakers. Japan and the Netherlands imposed similar "
     "restrictions a month later.", {("JPN", "CHN", "16"), ("NLD", "CHN", "16")}, {("JPN", "USA"), ("NLD", "USA")}),
    ("The EU adopted new sanctions against Russia on Tuesday. Moscow said it would impose its own sanctions.",
     set(), {("RUS", "RUS")}),
])
def test_similar_act_takes_the_target_of_the_act_it_copies(text, want, never):
    got = {(s[:3], t[:3], c) for s, t, c in coded_triples([text], "en", "2024-05-01")[0]}
    assert want <= got, sorted(got)
    assert not {(s, t) for s, t, _ in got} & never, sorted(got)


# nouns of an act done to or with another ("the commitment", "the annexation", "the releases", "the expansion")
# refer back to that act like "the move" does
@pytest.mark.parametrize("text,want", [
    ("Egypt and Sudan agreed on Monday to resume talks on the Nile dam. The African Union welcomed the commitment.",
     {("AU", "EGY", "05"), ("AU", "SDN", "05")}),
    ("Russia annexed four Ukrainian regions on Friday. Japan condemned the annexation.", {("JPN", "RUS", "11")}),
    ("NATO agreed to admit Finland. Russia called the expansion a provocation.", {("RUS", "NATO", "11")}),
])
def test_act_nouns_refer_back_to_the_act(text, want):
    got = {(s[:4].rstrip("GOV") if s.startswith(("AU", "NATO")) else s[:3], t if t in ("NATO",) else t[:3], c)
           for s, t, c in coded_triples([text], "en", "2024-05-01")[0]}
    assert want <= got, sorted(got)


def test_a_noun_with_an_actor_of_its_own_is_no_back_reference():
    # "the annexation of Crimea by Russia" names its own parties; nothing reaches back to the Japanese visit
    text = "Japan's prime minister visited Kyiv on Monday. Poland condemned the annexation of Crimea by Russia."
    got = coded_triples([text], "en", "2024-05-01")[0]
    assert not any(s == "POL" and t.startswith("JPN") for s, t, _ in got), sorted(got)
