"""Whole-article English reactions (cx-tune-en2): a side that says it will respond, retaliate or take
countermeasures vows a response (130) to the other party of its latest act; "... and has vowed to retaliate" is a
second act of the sentence's subject; praise by the naming verb ("called the ruling historic") is 051 to the act's
agent; "said it hoped the deal would ..." is an optimistic comment (013) on the accord's parties; initialling an
accord is signing it; "reached an arrangement" is reaching a deal; co-subjects of an appeal appeal to a third
party, not to each other. Each text must yield exactly the (source, target, root) triples listed."""

from __future__ import annotations

from conftest import coded_events, triples

CASES = [
    # said it would respond / retaliate / take countermeasures
    ("Azerbaijan shot down an Armenian drone near the border on Sunday. Yerevan said it would respond.",
     {("AZE", "ARM", "19"), ("ARM", "AZE", "13")}),
    ("Norway expelled two Russian diplomats on Friday. The Russian foreign ministry called the move hostile and said "
     "it would take countermeasures.",
     {("NOR", "RUS", "16"), ("RUS", "NOR", "11"), ("RUS", "NOR", "13")}),
    ("Pakistan fired artillery at Indian posts in Kashmir overnight. India's army said it would retaliate at a time "
     "of its choosing.",
     {("PAK", "IND", "19"), ("IND", "PAK", "13")}),
    # not a threat: negated, a reply to a letter, the responder not the speaker
    ("Chile expelled a Bolivian diplomat on Monday. Bolivia said it would not retaliate.",
     {("CHL", "BOL", "16")}),
    ("Peru closed its border with Ecuador on Monday. Ecuador said it would respond to the request soon.",
     {("PER", "ECU", "16")}),
    # "and has vowed to ..."
    ("Tehran has accused Baku of hosting Israeli spies and has vowed to retaliate.",
     {("IRN", "AZE", "11"), ("IRN", "AZE", "13")}),
    # praise by the naming verb
    ("The International Criminal Court issued an arrest warrant for the Myanmar junta leader on Monday. Bangladesh "
     "called the ruling historic.",
     {("ICC", "MMR", "17"), ("BGD", "ICC", "05")}),
    # hope about an accord
    ("Serbia and Kosovo signed a border agreement on Friday. Albania said it hoped the agreement would bring "
     "lasting calm.",
     {("SRB", "XKX", "05"), ("XKX", "SRB", "05"), ("ALB", "SRB", "01"), ("ALB", "XKX", "01")}),
    # initialled / reached an arrangement
    ("Georgia initialled a trade agreement with Ukraine on Tuesday.",
     {("GEO", "UKR", "05"), ("UKR", "GEO", "05")}),
    ("Vietnam and Cambodia reached a provisional arrangement on fishing rights on Sunday. The deal was welcomed by "
     "Thailand.",
     {("VNM", "KHM", "03"), ("KHM", "VNM", "03"), ("THA", "VNM", "05"), ("THA", "KHM", "05")}),
    # co-subjects of an appeal appeal to a third party
    ("Peru and Ecuador urged the electoral authorities to publish the voting records.", set()),
    ("Peru and Ecuador urged Bolivia to publish the voting records.", {("PER", "BOL", "02"), ("ECU", "BOL", "02")}),
]


def test_tune_en2():
    evs = coded_events([t for t, _ in CASES], "en", "2024-05-10")
    bad = [(t, sorted(triples(evs[t], both=True)), sorted(want)) for t, want in CASES
           if triples(evs[t], both=True) != want]
    assert not bad, bad
