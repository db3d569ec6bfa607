"""Vocabulary of force: incursions, weapons named with their model, ramming, boarding, mined ports, warning shots."""
from conftest import coded_events, triples


def test_en_incursions_and_weapons():
    texts = {
        "Russian troops poured into Ukraine.": ("RUS", "UKR", "19"),
        "Azerbaijani troops crossed into Armenian territory near the town of Jermuk overnight.": ("AZE", "ARM", "19"),
        "Ukrainian forces pushed into Russia's Kursk region.": ("UKR", "RUS", "19"),
        "Russian forces advanced on the eastern Ukrainian town of Pokrovsk on Monday.": ("RUS", "UKR", "19"),
        "Polish F-35 jets shot down several Russian drones.": ("POL", "RUS", "19"),
        "Russian air defences downed a Ukrainian Su-25 attack jet over Zaporizhzhia.": ("RUS", "UKR", "19"),
        "A Chinese coast guard vessel rammed a Philippine supply boat.": ("CHN", "PHL", "17"),
        "Russian drones strayed into Romanian airspace.": ("RUS", "ROU", "15"),
        "French commandos boarded a tanker from Russia's shadow fleet.": ("FRA", "RUS", "17"),
        "Israeli tanks seized the Gaza side of the Rafah crossing.": ("ISR", "PSE", "19"),
        "Russian patrol boats fired warning shots at a British destroyer off Crimea.": ("RUS", "GBR", "15"),
    }
    got = coded_events(list(texts), "en", "2024-06-01")
    for t, want in texts.items():
        assert want in triples(got[t]), (t, triples(got[t]))


def test_en_force_words_without_force():
    texts = ["Thousands of refugees crossed into Poland.", "A Singapore-flagged container ship rammed a bridge in Baltimore."]
    got = coded_events(texts, "en", "2024-06-01")
    for t in texts:
        assert not triples(got[t], both=True), (t, triples(got[t]))


def test_lt_warning_shots_and_ships():
    texts = {
        "Graikijos pakrančių apsauga prie Lesbo paleido įspėjamuosius šūvius į turkų žvejų laivą.": ("GRC", "TUR", "15"),
    }
    got = coded_events(list(texts), "lt", "2024-06-01")
    for t, want in texts.items():
        assert want in triples(got[t]), (t, triples(got[t]))
