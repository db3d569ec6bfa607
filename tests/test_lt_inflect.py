from __future__ import annotations

import pytest

from kronika.lt_inflect import forms_by_text, inflect_word


def _case(name, kind, form):
    return {c for c, _ in forms_by_text(name, kind)[form]}


@pytest.mark.parametrize("name,kind,form,case", [
    ("Sergejus Lavrovas", "person", "Sergejumi Lavrovu", "INS"),
    ("Sergejus Lavrovas", "person", "Sergejaus Lavrovo", "GEN"),
    ("Sergejus Lavrovas", "person", "Sergejui Lavrovui", "DAT"),
    ("Sergejus Lavrovas", "person", "Sergejų Lavrovą", "ACC"),
    ("Sergejus Lavrovas", "person", "Sergejuje Lavrove", "LOC"),
    ("Sergejus Šoigu", "person", "Sergejumi Šoigu", "INS"),
    ("Fumio Kishida", "person", "Fumio Kishidos", "GEN"),
    ("Japonija", "name", "Japonijoje", "LOC"),
    ("Japonija", "name", "Japoniją", "ACC"),
    ("Tokijas", "name", "Tokijuje", "LOC"),
    ("Tokijas", "name", "Tokijui", "DAT"),
    ("Maskva", "name", "Maskvai", "DAT"),
    ("Kurilai", "name", "Kurilų", "GEN"),
    ("Kurilai", "name", "Kurilams", "DAT"),
    ("Kurilai", "name", "Kurilus", "ACC"),
    ("Kurilai", "name", "Kurilais", "INS"),
    ("Jungtinės Amerikos Valstijos", "name", "Jungtinėmis Amerikos Valstijomis", "INS"),
    ("Jungtinė Karalystė", "name", "Jungtinės Karalystės", "GEN"),
    ("Naujoji Zelandija", "name", "Naujojoje Zelandijoje", "LOC"),
    ("Pietų Afrikos Respublika", "name", "Pietų Afrikos Respublikai", "DAT"),
    ("karinis laivynas", "common", "karinio laivyno", "GEN"),
    ("ginkluotosios pajėgos", "common", "ginkluotųjų pajėgų", "GEN"),
    ("Kęstutis Budrys", "person", "Kęstučio Budrio", "GEN"),
    ("Andrius Kubilius", "person", "Andriumi Kubiliumi", "INS"),
    ("šalis", "common", "šalies", "GEN"),
    # an adjective before a genitive may modify that genitive and stay, or agree with the head
    ("Greitosios paramos pajėgos", "name", "Greitosios paramos pajėgas", "ACC"),
    ("karinės jūrų pajėgos", "common", "karinių jūrų pajėgų", "GEN"),
])
def test_lt_inflect_case_forms(name, kind, form, case):
    assert case in _case(name, kind, form)


def test_lt_inflect_indeclinable_and_singular_names():
    assert {f.text for f in inflect_word("Šoigu")} == {"Šoigu"}
    assert {f.text for f in inflect_word("NATO")} == {"NATO"}
    assert "Japonijų" not in forms_by_text("Japonija", "name")  # a country has no plural
    assert "ministrų" in forms_by_text("ministras", "common")  # a role word has one
