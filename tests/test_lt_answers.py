"""Lithuanian acts whose counterpart is named only in an earlier sentence: a vowed response or a demand to undo an
act, by a side that took part in no act told just before, answers the doers of the last deed told (a threat of
"atsakomosios priemonės" after a drill, a transfer of arms, tariffs). Rules alone."""
from __future__ import annotations

import pytest
from conftest import coded_triples

ANSWERED = [
    # a joint deed: every side that did it
    ("Lenkija ir Lietuva surengė bendras pratybas prie sienos. Baltarusija pagrasino atsakomosiomis priemonėmis.",
     {("BLR", "POL", "13"), ("BLR", "LTU", "13")}, set()),
    # the deed's doer, not its recipient; the threat in a "kad" clause
    ("Australija perdavė Ukrainai tankus. Maskva perspėjo, kad imsis atsakomųjų priemonių.",
     {("RUS", "AUS", "13")}, {("RUS", "UKR")}),
    # nothing coded before: the subject of the sentence before
    ("JAV patvirtino 300 mln. dolerių vertės ginklų pardavimą Taivanui. Pekinas pažadėjo ryžtingų atsakomųjų veiksmų.",
     {("CHN", "USA", "13")}, set()),
    # a demand to undo an act goes to its doer
    ("Kinija uždraudė importuoti Japonijos žuvį. Tokijas pareikalavo draudimą nedelsiant atšaukti.",
     {("JPN", "CHN", "10")}, set()),
    ("Lietuva sustabdė prekių tranzitą į Kaliningradą. Maskva pareikalavo nedelsiant panaikinti apribojimus.",
     {("RUS", "LTU", "10")}, set()),
]


@pytest.mark.parametrize("text,want,never", ANSWERED)
def test_vowed_response_answers_the_last_deed(text, want, never):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert want <= got, sorted(got)
    assert not {(s, t) for s, t, _ in got} & never, sorted(got)


NOT_ANSWERED = [
    # another party named in the threat's clause: the threat is aimed there, not back
    ("Australija perdavė Ukrainai tankus. Maskva perspėjo, kad Ukrainos kariuomenė sulauks atsako.", ("RUS", "AUS")),
    # what would be answered is named: a warning about a future attack, no answer to the deed told
    ("Kanada perdavė Ukrainai tankus. Prancūzija perspėjo, kad atsakys į bet kokį išpuolį prieš savo karius.",
     ("FRA", "CAN")),
    # background before it: no answer to history
    ("2008 m. Rusija užėmė dalį Sakartvelo teritorijos. Lietuva pagrasino atsakomosiomis priemonėmis.", ("LTU", "RUS")),
    # a threat with no word of response or measures is not taken for an answer
    ("Australija perdavė Ukrainai tankus. Maskva pagrasino.", ("RUS", "AUS")),
]


@pytest.mark.parametrize("text,pair", NOT_ANSWERED)
def test_no_reach_back(text, pair):
    got = coded_triples([text], "lt", "2024-05-01")[0]
    assert pair not in {(s, t) for s, t, _ in got}, sorted(got)
