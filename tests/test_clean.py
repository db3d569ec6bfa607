from __future__ import annotations

from conftest import FIXTURES, run

from kronika.article import Article, Source
from kronika.clean import Clean, parse_dateline


def _clean_lines(lines, cfg, title_given=False):
    art = Article(id="x", source=Source(path="x.txt"), lines=list(lines), title_given=title_given)
    return Clean(cfg)(art)


def test_clean_reference_article(cfg, reference_path):
    arts, errs = run([reference_path], cfg)
    assert not errs
    a = arts[0]
    assert a.title == ("Santykių atšilimas: Japonija ir Rusija pirmąkart diplomatinėse derybose aptarė "
                       "saugumo klausimus")
    assert a.lang == "lt"
    assert a.paragraphs[0].text.startswith("Japonijos ir Rusijos užsienio reikalų bei gynybos ministrai")
    assert a.paragraphs[-1].text.startswith("Salas, kurias Japonija vadina")
    assert len(a.captions) == 1
    assert a.captions[0].text.endswith("Rusijos diplomatijos vadovas Sergejus Lavrovas")
    assert a.captions[0].credit == "AFP/Scanpix"
    assert "Fumio Kishida ir Rusijos diplomatijos vadovas Sergejus Lavrovas" not in a.text
    for ad in ("Maldyv", "Lidl", "Teleloto", "klausos aparat", "Spiečiai", "Pranešti klaidą", "Sėkmingai",
               "Dėkojame", "Reklama"):
        assert ad not in a.text, ad
    reasons = {r.text: r.reason for r in a.rejected}
    assert reasons["Pranešti klaidą"].startswith("widget")
    assert reasons["Reklama"] == "ad marker"
    assert sum(r.reason.startswith("ad: sponsored headline") for r in a.rejected) == 4
    # every non-empty input line is either the title, a body paragraph or a rejected line
    src = [x.strip() for x in reference_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(src) == 1 + len(a.paragraphs) + len(a.rejected)


def test_clean_lt_portal_other_widgets(cfg):
    a = run([FIXTURES / "lt_portal.txt"], cfg)[0][0]
    assert a.title.startswith("Lietuva ir Lenkija stiprins oro gynybą")
    assert [c.credit for c in a.captions] == ["BNS"]
    assert len(a.paragraphs) == 3
    for junk in ("Dalintis", "Komentarai", "Remiama", "elektromobilį", "Žymės", "Pranešti"):
        assert junk not in a.text
    assert {r.reason for r in a.rejected} >= {"ad marker", "widget / prompt line", "photo caption (kept in captions)"}


def test_clean_en_portal_ads_in_the_middle(cfg):
    a = run([FIXTURES / "en_portal.txt"], cfg)[0][0]
    assert a.title.startswith("China and the United States agree")
    assert a.date == "2013-11-02"
    assert [c.credit for c in a.captions] == ["Reuters"]
    assert "kitchen gadgets" not in a.text and "retirement trick" not in a.text
    assert a.paragraphs[1].text.startswith("The two delegations met")
    assert "Share this article" not in a.text and "newsletter" not in a.text and "Comments" not in a.text


def test_clean_caption_printed_twice_without_credit_then_credit_line(cfg):
    a = _clean_lines(["Headline of the story here", "A man walks past a closed shop", "A man walks past a closed shop",
                      "Photo: EPA-EFE", "The shop closed last week after the owner retired.", ""], cfg)
    assert [(c.text, c.credit) for c in a.captions] == [("A man walks past a closed shop", "EPA-EFE")]
    assert [p.text for p in a.paragraphs] == ["The shop closed last week after the owner retired."]


def test_clean_nothing_disappears_silently(cfg):
    lines = ["Antraštė apie miesto naujienas", "Pirma pastraipa su tekstu.", "Reklama", "Pirk dabar pigiau",
             "Antra pastraipa su tekstu.", "Antra pastraipa su tekstu.", "Skaityti daugiau"]
    a = _clean_lines(lines, cfg)
    assert len(a.paragraphs) + len(a.rejected) + 1 == len(lines)
    assert all(r.reason for r in a.rejected)


def test_clean_body_lines_are_not_removed(cfg):
    body = ["Reklamos rinka Lietuvoje pernai augo 8 proc., rodo asociacijos duomenys.",
            "Share prices fell sharply on Monday after the central bank raised rates.",
            "The photo agency AFP said its reporter was detained in Minsk on Friday."]
    a = _clean_lines(["Title line for the article", *body], cfg)
    assert [p.text for p in a.paragraphs] == body and not a.rejected


def test_clean_repeated_lines_across_documents_of_one_source(tmp_path, cfg):
    site = tmp_path / "site"
    site.mkdir()
    footer = "© Žinių portalas, visos teisės saugomos. Kopijuoti draudžiama."
    topics = ["tiltą", "mokyklą", "parką", "ligoninę", "stadioną", "biblioteką"]
    for i, topic in enumerate(topics):
        (site / f"{i}.txt").write_text(
            f"Naujiena apie {topic} mieste\n\nSavivaldybė šiandien aptarė {topic} ir jo ateitį.\n{footer}\n",
            encoding="utf-8")
    arts, errs = run([site], cfg)
    assert len(arts) == 6 and not errs
    for a in arts:
        assert footer not in a.text
        assert any(r.reason.startswith("boilerplate: line repeated in 6 documents") for r in a.rejected)
        assert len(a.paragraphs) == 1


def test_clean_dateline_formats():
    assert parse_dateline("2013-11-02 14:05") == "2013-11-02"
    assert parse_dateline("2013 m. lapkričio 2 d.") == "2013-11-02"
    assert parse_dateline("November 2, 2013") == "2013-11-02"
    assert parse_dateline("Saturday, 2 Nov 2013") == "2013-11-02"
    assert parse_dateline("Japonija ir Rusija susitarė 2013 m.") is None


def test_clean_caption_label_line_is_a_caption(tmp_path):
    from kronika.config import load_config
    from kronika.pipeline import Pipeline
    from kronika.readers import read_paths

    p = tmp_path / "c.txt"
    p.write_text("World news\n\nFILE PHOTO: The presidents of Kenya and Uganda shake hands in Nairobi, May 2, 2023.\n\n"
                 "Kenya and Uganda signed a pipeline deal on Tuesday, officials said.\n", encoding="utf-8")
    cfg = load_config()
    (art,) = list(Pipeline(cfg, ["extract", "clean"])(read_paths([str(p)], cfg)))
    assert [c.text for c in art.captions] == ["FILE PHOTO: The presidents of Kenya and Uganda shake hands in Nairobi, "
                                              "May 2, 2023."]
    assert all("FILE PHOTO" not in para.text for para in art.paragraphs) and art.paragraphs
