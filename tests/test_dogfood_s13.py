"""Bugs found by dogfooding kronika on hand-written news pages (thirteenth session); texts written here."""

from __future__ import annotations

from kronika.article import Article, Source
from kronika.clean import Clean


def _clean_lines(lines, cfg, title_given=False, path="dog/x.txt"):
    art = Article(id="x", source=Source(path=path), lines=list(lines), title_given=title_given)
    return Clean(cfg)(art)


# -- cookie banners and share buttons printed as lines of their own --------------------------------


def test_cookie_banners_and_share_buttons_are_widgets(cfg):
    body_lt = "Lietuvos ir Latvijos ministrai antradienį Rygoje aptarė elektros jungties statybą."
    body_en = "Finland and Estonia agreed on Tuesday to build a second undersea power cable."
    lines = [
        "Ministrai aptarė elektros jungtį",
        "Sutikdami su slapukais, jūs sutinkate su mūsų privatumo politika. Sutinku",
        "Mes naudojame slapukus, kad jūsų naršymas būtų patogesnis.",
        "Slapukų nustatymai",
        body_lt,
        "Facebook",
        "Twitter",
        "LinkedIn",
        "El. paštas",
        "Parašykite komentarą",
        "We use cookies to improve your experience. Accept all cookies",
        "By continuing to browse this site you agree to our use of cookies.",
        "Cookie settings",
        body_en,
        "WhatsApp",
    ]
    a = _clean_lines(lines, cfg)
    assert [p.text for p in a.paragraphs] == [body_lt, body_en]
    assert all(r.reason.startswith("widget") for r in a.rejected)


def test_sentences_about_cookies_stay(cfg):
    # a news sentence about cookie rules is not a banner
    s = "France fined two search engines for making it hard to refuse cookies, the regulator said on Monday."
    t = "Lietuvos inspekcija skyrė baudą bendrovei, kuri be sutikimo naudojo slapukus."
    a = _clean_lines(["Baudos už slapukus", s, t], cfg)
    assert [p.text for p in a.paragraphs] == [s, t]
