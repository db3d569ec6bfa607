"""English actor-side constructions added in session 11 (helper enC, rules alone): who the source and the target
of an act are. Each case pins the new behaviour and a near miss that must not fire. The sentences are made up."""
from __future__ import annotations

from conftest import code_one, triples


def _got(text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, root) of what the rules alone code in one text."""
    return triples(code_one(text, "en").events)


def test_a_country_named_with_a_person_overrides_a_namesake():
    # "Jordan's King Abdullah": the dictionary's King Abdullah of another country is not meant
    got = _got("Jordan's King Abdullah met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.")
    assert ("JOR", "EGY", "04") in got, got
    assert not any("SAU" in (s, t) for s, t, _r in got), got
    # near miss: a possessive owning another noun leaves the person to the dictionary
    got = _got("Jordan's talks with King Salman ended on Monday.")
    assert ("JOR", "SAU", "04") in got, got


def test_a_country_name_before_and_is_no_nationality_of_the_next_role():
    # "drones to Russia and tanks to Sudan": "Russia and tanks" is no Russian unit; each recipient keeps its own act;
    # "Ethiopia and Tigray forces" are two parties
    got = _got("Iran sent drones to Russia and tanks to Sudan.")
    assert {("IRN", "RUS", "07"), ("IRN", "SDN", "07")} <= got, got
    got = {(e.source_actor, e.target_actor) for e in code_one("Ethiopia and Tigray forces agreed on Wednesday to end the "
                                                               "war.", "en").events}
    assert ("ETH", "ETHREB") in got, got
    # near misses: nationality adjectives in a list and a list ending in a possessive still own the role
    got = _got("US and British troops struck Houthi targets.")
    assert {("USA", "YEM", "19"), ("GBR", "YEM", "19")} <= got, got
    got = {(e.source_actor, e.target_actor) for e in code_one("France and Germany's foreign ministers met in Kyiv.",
                                                               "en").events}
    assert ("FRAGOV", "DEUGOV") in got, got


def test_one_unnamed_member_of_an_organisation_is_not_the_organisation():
    # "the first time a NATO member has fired on ...": one member, unnamed, not the alliance
    got = _got("A NATO member shot down a Russian drone over the Black Sea.")
    assert not any("NATO" in (s, t) for s, t, _r in got), got
    # near miss: the members together, and the organisation itself, still act
    assert ("NATO", "RUS", "11") in _got("NATO members condemned Russia on Monday.")
    assert ("NATO", "RUS", "11") in _got("NATO condemned Russia on Monday.")


def test_the_country_s_role_belongs_to_the_country_the_sentence_is_about():
    # "the country's foreign minister" is the first country's named in the sentence; "the island's" the last one's
    got = {(e.source_actor, e.target_actor) for e in code_one(
        "Chile closed its border with Bolivia on Monday, the country's interior minister said.", "en").events}
    assert ("CHL", "BOL") in got or ("CHLGOV", "BOL") in got, got
    got = code_one("Somalia expelled Ethiopia's ambassador on Friday. The country's prime minister thanked Kenya for its "
                   "support.", "en").events
    assert any(e.source_actor == "SOMGOV" and e.target_country == "KEN" for e in got), [
        (e.source_actor, e.target_actor, e.cameo) for e in got]
    art = code_one("China sent warships towards Taiwan, the island's defence ministry said.", "en")
    assert any(m.text == "defence ministry" and m.actor == "TWNGOV" for m in art.mentions), art.mentions
    # near miss: "the country's" owning no role gives nothing; a title with its own nationality keeps it
    art = code_one("Somalia thanked Kenya for the country's support, Ethiopia's prime minister said.", "en")
    assert any(m.actor == "ETHGOV" for m in art.mentions), art.mentions


def test_a_definite_description_alone_in_its_sentence_refers_back():
    # a sentence naming nobody from the dictionary still has "the Baltic state", "the kingdom" referring back
    got = _got("Russia put Latvia's foreign minister on a wanted list on Tuesday. The Baltic state condemned the move.")
    assert ("LVA", "RUS", "11") in got, got
    # near miss: a sentence with no description names no one
    got = _got("Russia put Latvia's foreign minister on a wanted list on Tuesday. The move was condemned.")
    assert not any(r == "11" and s != "RUS" and s is not None for s, _t, r in got), got


def test_a_count_repeated_in_a_list_of_nationalities_keeps_the_list():
    # "two Russian and two Chinese bombers", "12 Filipinos and 9 Thai nationals": each count starts a member
    art = code_one("Japanese jets shadowed two Russian and two Chinese bombers over the Sea of Japan.", "en")
    assert {"RUSMIL", "CHNMIL"} <= {m.actor for m in art.mentions if m.role == "actor"}, art.mentions
    got = _got("Hamas freed 30 hostages on Friday, including 12 Filipinos and 9 Thai nationals.")
    assert {t for _s, t, r in got if r == "08"} >= {"PHL", "THA"}, got
    # near miss: a count after a plain "and" with no nationality before it takes nothing
    art = code_one("Japanese jets shadowed two bombers and two Chinese drones.", "en")
    assert not any(m.actor == "JPNMIL" and "bombers" in m.text and "drones" in m.text for m in art.mentions)


def test_a_title_opening_a_sentence_continues_the_subject_before():
    # "The interior minister said Moscow ...": the minister is the previous subject's, not Moscow's
    got = {(e.source_actor, e.target_actor, e.cameo[:2]) for e in code_one(
        "Norway will keep its border with Russia closed. The justice minister said Moscow was orchestrating the flow "
        "of migrants.", "en").events}
    assert ("NORGOV", "RUSGOV", "11") in got, got
    # near miss: a body named before with its country is that one ("the Russian embassy ... The embassy")
    art = code_one("Norway expelled an employee of the Russian embassy in Oslo. The embassy called the decision "
                   "groundless.", "en")
    assert not any(m.actor == "NORGOV" and m.text.lower() == "embassy" for m in art.mentions), art.mentions


def test_a_bare_junta_rules_the_country_acted_on():
    # "cut aid to Myanmar and warned the junta": the junta is Myanmar's, not the warning state's
    got = {(e.source_actor, e.target_actor, e.cameo[:2]) for e in code_one(
        "Britain cut aid to Guinea on Monday and warned the junta of further measures.", "en").events}
    assert ("GBR", "GINMIL", "13") in got, got
    # near miss: a junta with its own country keeps it
    got = {(e.source_actor, e.target_actor, e.cameo[:2]) for e in code_one(
        "Britain cut aid to Guinea on Monday and warned Mali's junta of further measures.", "en").events}
    assert ("GBR", "MLIMIL", "13") in got, got
