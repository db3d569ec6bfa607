from __future__ import annotations

import pytest
from conftest import run

from kronika.langpack import langpack
from kronika.nlp import identify, split_sentences


def _split(text, lang):
    return [text[a:b] for a, b in split_sentences(text, langpack(lang).abbreviations)]


def test_nlp_sentences_lt_abbreviations_and_initials():
    text = ("1945 m. rugsėjo mėn. sovietų pajėgos užėmė salas. S. Lavrovas ir F.Kishida susitiko Tokijuje. "
            "Kaina išaugo 5 proc. per metus. „Tai gera pradžia.“ – sakė jis. Ar tai pabaiga? Ne.")
    assert _split(text, "lt") == [
        "1945 m. rugsėjo mėn. sovietų pajėgos užėmė salas.",
        "S. Lavrovas ir F.Kishida susitiko Tokijuje.",
        "Kaina išaugo 5 proc. per metus.",
        "„Tai gera pradžia.“ – sakė jis.",
        "Ar tai pabaiga?",
        "Ne.",
    ]


def test_nlp_sentences_en_abbreviations():
    text = "Mr. Lavrov met Gen. Shoigu in the U.S. capital. They agreed. Talks resume on Jan. 5 in Geneva."
    assert _split(text, "en") == ["Mr. Lavrov met Gen. Shoigu in the U.S. capital.", "They agreed.",
                                  "Talks resume on Jan. 5 in Geneva."]


def test_nlp_language_identification():
    assert identify("Japonijos ir Rusijos ministrai susitarė bendradarbiauti kovoje su terorizmu.")[0] == "lt"
    assert identify("The ministers of Japan and Russia agreed to cooperate against terrorism.")[0] == "en"


def test_nlp_tokens_offsets_and_lemmas(tmp_path, cfg):
    p = tmp_path / "a.txt"
    p.write_text("Antraštė apie derybas\n\nMinistrai susitarė pradėti derybas. Derybos vyks Tokijuje.\n",
                 encoding="utf-8")
    a = run([p], cfg)[0][0]
    assert [s.text for s in a.sentences] == ["Antraštė apie derybas", "Ministrai susitarė pradėti derybas.",
                                             "Derybos vyks Tokijuje."]
    assert a.sentences[0].paragraph == -1  # the title is coded too, outside the paragraphs
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
        for t in s.tokens:
            assert a.text[t.start:t.end] == t.text
    lemmas = {t.text: t.lemma for s in a.sentences for t in s.tokens}
    assert lemmas["susitarė"] == "susitarti" and lemmas["derybas"] == "derybos"


def test_nlp_quick_language_only_when_unmistakable():
    from kronika.nlp import quick_language

    assert quick_language("Japonijos ir Rusijos užsienio reikalų bei gynybos ministrai šeštadienį susitarė "
                          "bendradarbiauti kovoje su terorizmu ir piratavimu.") == "lt"
    assert quick_language("The ministers of Japan and Russia agreed on Saturday to cooperate in the fight "
                          "against terrorism and piracy, the two governments said.") == "en"
    # Latvian and Polish share letters with Lithuanian: left to the statistical identifier
    assert quick_language("Latvijas un Lietuvas ārlietu ministri otrdien Rīgā parakstīja vienošanos par "
                          "sadarbību enerģētikas jomā.") is None
    assert quick_language("Ministrowie spraw zagranicznych Polski i Litwy podpisali we wtorek porozumienie "
                          "o współpracy energetycznej.") is None


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_table_lookup_gives_what_simplemma_gives(lang):
    """The lemma path's shortcut (a plain word looked up in simplemma's own table) must agree with the full
    simplemma call on every word of the project's gold texts of the language; and leave to it the words it
    can't answer alike (apostrophes, numbers)."""
    import json
    from pathlib import Path

    import simplemma

    from kronika.article import tokenize
    from kronika.nlp import _dictionary, _table_lemma

    if _dictionary(lang) is None:
        pytest.skip("this simplemma keeps its tables elsewhere: every word goes through simplemma in full")
    words = set()
    for p in sorted((Path(__file__).resolve().parents[1] / "eval" / "gold").glob(f"{lang}.*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.update(t.text for t in tokenize(json.loads(line).get("text") or "") if t.text[0].isalnum())
    answered = {w: _table_lemma(w, lang) for w in words}
    answered = {w: lem for w, lem in answered.items() if lem is not None}
    assert len(answered) > 0.4 * len(words)  # (the shortcut is used for most words, or it is no shortcut)
    wrong = {w: (lem, simplemma.lemmatize(w, lang=lang)) for w, lem in answered.items()
             if lem != simplemma.lemmatize(w, lang=lang)}
    assert not wrong, sorted(wrong.items())[:10]
    assert _table_lemma("Russia's", lang) is None and _table_lemma("2024", lang) is None
