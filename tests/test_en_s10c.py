"""English lexicon and dictionary additions from session 10's fresh sets (rules alone): solidarity voiced or
pledged is support; aircraft, drones and state vessels entering another's airspace or territorial waters;
aid paused or frozen by kind; easing export controls; leaving a treaty (not a building). Each case pins the new
behaviour with sentences of our own and a near miss that must not fire."""
from __future__ import annotations

from conftest import code_one


def _got(text: str, date: str = "2024-05-01") -> set[tuple[str | None, str | None, str, str]]:
    """(source country, target country, code, modality) of what the rules alone code in one text."""
    return {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo, e.modality)
            for e in code_one(text, "en", date).events}


def test_solidarity_voiced_or_pledged_is_support():
    assert ("DEU", "LTU", "051", "asserted") in _got("Germany voiced full solidarity with Lithuania on Monday.")
    assert ("FRA", "GRC", "051", "asserted") in _got("The French president pledged full solidarity with Greece.")
    # condolences voiced stay an empathetic comment
    got = _got("Austria voiced its condolences to Turkey after the earthquake.")
    assert ("AUT", "TUR", "018", "asserted") in got, got
    assert not any(c == "051" for _s, _t, c, _m in got), got


def test_entering_or_crossing_into_airspace_is_a_show_of_force():
    assert ("RUS", "FIN", "150", "asserted") in _got("Two Russian fighter jets entered Finnish airspace on Tuesday.")
    assert ("RUS", "ROU", "150", "asserted") in _got("A Russian drone crossed into Romanian airspace overnight.")
    assert ("BLR", "POL", "150", "asserted") in _got("Belarusian military aircraft flew into Polish airspace.")
    got = _got("Two Chinese coast guard ships entered Japanese territorial waters on Monday.")
    assert ("CHN", "JPN", "150", "asserted") in got, got
    # troops crossing a border stay an incursion, and a plane flying to a capital is a visit, not force
    assert not any(c == "150" for _s, _t, c, _m in _got("The Hungarian prime minister flew to Poland on Monday."))


def test_aid_paused_or_frozen_by_kind():
    got = _got("Finland has paused 20 million euros in budget support for Kenya.")
    assert ("FIN", "KEN", "1621", "asserted") in got, got
    got = _got("The EU froze 30 million euros of military aid to Georgia.")
    assert ("EU", "GEO", "1622", "asserted") in got, got
    # frozen assets are a sanction, not an aid cut
    got = _got("Canada froze the assets of Russian oligarchs.")
    assert not any(c.startswith("162") for _s, _t, c, _m in got), got


def test_easing_export_controls_eases_an_economic_restriction():
    got = _got("Seoul eased export controls on semiconductors for Japan.")
    assert ("KOR", "JPN", "085", "asserted") in got, got


def test_leaving_a_treaty_not_a_building():
    assert ("USA", "IRN", "160", "asserted") in _got("The United States left the 2015 nuclear deal with Iran.")
    got = _got("Zelensky left the White House on Friday without signing the minerals deal with Trump.")
    assert not any(c == "160" for _s, _t, c, _m in got), got


def test_a_kind_of_aid_is_named_close_to_the_cut():
    got = _got("Mali cut diplomatic ties with Ukraine after a spokesman for Ukraine's military intelligence spoke.")
    assert ("MLI", "UKR", "161", "asserted") in got, got
    assert not any(c.startswith("162") for _s, _t, c, _m in got), got
    assert ("DEU", "NER", "1622", "asserted") in _got("Germany halted all military aid to Niger.")


def test_officials_added_from_public_records():
    got = _got("Guyana's President Irfaan Ali met Brazil's president on Monday.", date="2024-02-01")
    assert ("GUY", "BRA", "040", "asserted") in got, got
    evs = code_one("Vice President JD Vance accused Denmark of neglecting Greenland.", "en", "2025-03-01").events
    assert any(e.source_actor == "USAGOV" and e.cameo == "112" for e in evs), evs
    evs = code_one("Interior Minister Diosdado Cabello accused Spain of plotting a coup.", "en", "2024-10-01").events
    assert any(e.source_actor == "VENGOV" and e.target_country == "ESP" for e in evs), evs
    # before his term Vance is no office holder
    evs = code_one("JD Vance accused Denmark of neglecting Greenland.", "en", "2023-03-01").events
    assert not any(e.source_actor == "USAGOV" for e in evs), evs


def test_airlines_banned_or_barred_and_events_cancelled():
    assert ("GBR", "RUS", "163", "asserted") in _got("The UK banned Russian airlines on Friday.")
    got = _got("The EU agreed to bar Belarusian airlines from its airspace.")
    assert ("EU", "BLR", "163", "intended") in got, got
    got = _got("Azerbaijan cancelled all cultural events organised with Russia.")
    assert ("AZE", "RUS", "160", "asserted") in got, got
    # a ban on a party at home is no restriction of another state
    got = _got("Georgia banned the opposition party.")
    assert not any(c == "163" for _s, _t, c, _m in got), got
