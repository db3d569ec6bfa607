"""A dictionary name that ends a person's name is the person's surname, not the organisation or country it
spells: "Thérèse Kayikwamba Wagner" is Congo's foreign minister, not the Wagner group."""
from __future__ import annotations

from conftest import code_one, triples


def _actors(art):
    return {m.text: m.actor for m in art.mentions}


def test_surname_spelling_a_group_is_the_person():
    art = code_one("Congolese Foreign Minister Thérèse Kayikwamba Wagner urged Rwanda on Friday to pull its "
                   "troops out of North Kivu.", "en", "2025-03-07")
    acts = _actors(art)
    assert "Wagner" not in acts
    assert acts.get("Thérèse Kayikwamba Wagner") == "CODGOV"
    assert all(e.source_actor != "WAGNER" for e in art.events)
    assert ("COD", "RWA", "02") in triples(art.events, both=True)


def test_the_group_itself_is_still_the_group():
    art = code_one("Wagner fighters and Malian soldiers attacked a village near Moura, witnesses said.", "en",
                   "2022-04-02")
    assert "WAGNER" in {m.actor for m in art.mentions}
    art = code_one("Kongo Demokratinės Respublikos užsienio reikalų ministrė Thérèse Kayikwamba Wagner paragino "
                   "Ruandą išvesti karius, o Vagnerio samdiniai tuo metu traukėsi iš Malio.", "lt", "2025-03-07")
    acts = _actors(art)
    assert acts.get("Thérèse Kayikwamba Wagner") == "CODGOV" and "Wagner" not in acts
    assert acts.get("Vagnerio samdiniai") == "WAGNER"


def test_an_acronym_or_a_case_form_inside_a_long_name_is_kept():
    # (a capital or country in an oblique case, or an acronym, is no surname: it stays an actor)
    art = code_one("Nyderlandai perdavė naikintuvus F-16 Ukrainai ir Rumunijai.", "lt", "2024-08-01")
    assert ("NLD", "UKR", "07") in triples(art.events, both=True)


def test_kongas_is_the_democratic_republic_and_kongo_respublika_the_other():
    # the press's "Kongas" is the DR Congo (as "Congo" in English); the Republic of the Congo is named in full
    art = code_one("Kongo užsienio reikalų ministrė paragino Ruandą išvesti karius.", "lt", "2025-03-07")
    assert ("COD", "RWA", "02") in triples(art.events, both=True)
    art = code_one("Kongo Respublikos prezidentas lankėsi Paryžiuje.", "lt", "2025-03-07")
    assert {m.country for m in art.mentions if m.text.startswith("Kongo")} == {"COG"}
