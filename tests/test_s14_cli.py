"""Session 14, helper "cli": review findings on actors (a US state named Georgia, a Lithuanian city's region),
the CLI (code --format jsonl, read's rejected lines, re-ingest of bad files, thaw with organisations) and the
GDELT export's source name."""
from __future__ import annotations

from conftest import actor_codes, coded


# -- a US state that shares its name with a country ---------------------------------------------------------
def test_governor_of_us_georgia_is_not_the_country():
    for text in ("Georgia's governor Brian Kemp criticised China over a factory deal in Atlanta.",
                 "The governor of Georgia met Japanese officials to discuss a battery plant.",
                 "Georgia Governor Brian Kemp praised South Korea for the new factory."):
        assert "GEO" not in {a[:3] for a in actor_codes(text, "en", "2024-05-01")}, text
        assert not any(s.startswith("GEO") or t.startswith("GEO") for s, t, _ in coded(text, "en")), text


def test_georgia_among_us_states_or_with_a_us_city_is_the_state():
    for text in ("Hyundai will build plants in Alabama, Georgia and Texas, South Korea said.",
                 "Japan opened a consulate in Atlanta, Georgia, to serve its companies in the south."):
        assert "GEO" not in {a[:3] for a in actor_codes(text, "en", "2024-05-01")}, text


def test_the_country_georgia_stays_the_country():
    assert any(s.startswith("RUS") and t.startswith("GEO") for s, t, _ in
               coded("Russia condemned Georgia's president over the protests in Tbilisi.", "en"))
    assert any(s.startswith("GEO") and t.startswith("RUS") for s, t, _ in
               coded("Georgia accused Russia of occupying Abkhazia.", "en"))


def test_us_state_names_containing_a_country_name_are_the_state():
    assert "MEX" not in actor_codes("The governor of New Mexico criticised China over fentanyl.", "en", "2024-05-01")
    assert not any(a.startswith("JEY") for a in actor_codes("New Jersey officials met Chinese diplomats.", "en",
                                                             "2024-05-01"))
