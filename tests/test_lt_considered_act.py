"""An act a Lithuanian party is weighing ("svarsto sankcijas", "svarsto uždaryti sieną") is coded with the 014, but
hypothetical (guide §7), as in English ("is considering sanctions"); an act of another clause after ", o ..." keeps its
own modality. Rules alone; the sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded_events


@pytest.mark.parametrize("text,src,tgt", [
    ("Estija svarsto draudimą atvykti Baltarusijos piliečiams.", "EST", "BLR"),
    ("Europos Sąjunga svarsto naujas sankcijas Iranui.", "EU", "IRN"),
    ("Suomija svarsto uždaryti sieną su Rusija.", "FIN", "RUS"),
])
def test_the_act_weighed_is_hypothetical(text, src, tgt):
    evs = coded_events([text], "lt", "2024-05-01")[text]
    acts = [e for e in evs if (e.source_country or e.source_actor) == src and e.target_country == tgt and e.cameo[:2] == "16"]
    assert acts and all(e.modality == "hypothetical" for e in acts), evs
    assert any(e.cameo == "014" for e in evs), evs


def test_another_clause_keeps_its_modality():
    # near miss: the act of its own clause after ", o" is told, not weighed
    text = "Suomija svarsto, ar uždaryti sieną su Rusija, o Norvegija jau įvedė sankcijas Rusijai."
    evs = coded_events([text], "lt", "2024-05-01")[text]
    assert any(e.source_country == "NOR" and e.cameo[:2] == "16" and e.modality == "asserted" for e in evs), evs
