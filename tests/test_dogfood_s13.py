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


# -- an ad marker followed by a body paragraph (HTML ad boxes that say only "Reklama") --------------


def test_paragraph_after_a_bare_ad_marker_is_kept(cfg, tmp_path):
    from conftest import run

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Estija išsiuntė Rusijos diplomatą</title></head><body><article>"
        "<h1>Estija išsiuntė Rusijos diplomatą</h1>"
        "<p>Estijos užsienio reikalų ministerija trečiadienį paskelbė Rusijos diplomatą persona non grata.</p>"
        "<div class='ad'>Reklama</div>"
        "<p>Rusijos užsienio reikalų ministerijos atstovė pareiškė, kad Maskva atsakys į šį žingsnį.</p>"
        "<p>Latvija ir Lietuva išreiškė paramą Estijai.</p>"
        "</article></body></html>", encoding="utf-8")
    arts, errs = run([str(page)], cfg)
    assert not errs
    texts = [p.text for p in arts[0].paragraphs]
    assert any(t.startswith("Rusijos užsienio reikalų ministerijos atstovė") for t in texts)
    assert [r.reason for r in arts[0].rejected if r.text == "Reklama"] == ["ad marker"]


def test_sponsored_headlines_after_markers_still_go(cfg):
    body = "Lenkijos ir Lietuvos ministrai ketvirtadienį Vilniuje pasirašė susitarimą dėl pratybų."
    a = _clean_lines(["Ministrai pasirašė susitarimą", body, "Reklama", "Pigūs skrydžiai į Tenerifę – tik šią savaitę!",
                      "Advertisement", "Five gadgets every kitchen needs this winter",
                      "Reklama", "Kelionė į kalnus laukia. Užsisakykite dabar..."], cfg)
    assert [p.text for p in a.paragraphs] == [body]
    assert sum(r.reason.startswith("ad: sponsored headline") for r in a.rejected) == 3


# -- the repeated-line signal counts one page once ---------------------------------------------------


def _page(url, text, cfg):
    from kronika.article import RawDoc

    return RawDoc(id=f"{url}#{len(text)}", source=Source(path="dog/crawl.warc", url=url, format="warc"),
                  kind="text", content=text)


def test_same_page_crawled_three_times_keeps_its_body(cfg):
    from kronika.pipeline import Pipeline

    text = ("Iranas penktadienį Hormūzo sąsiauryje sulaikė Britanijos vėliava plaukiojantį tanklaivį.\n"
            "Londonas iškvietė Irano ambasadorių.")
    docs = [_page("https://naujienos.example/iranas", text, cfg) for _ in range(3)]
    docs.append(_page("https://naujienos.example/kopija", text, cfg))  # the same text under another address
    arts = list(Pipeline(cfg, ["extract", "clean"])(docs))
    for a in arts:
        assert [p.text for p in a.paragraphs] == text.split("\n"), a.rejected


def test_line_repeated_across_distinct_pages_is_still_boilerplate(cfg):
    from kronika.pipeline import Pipeline

    foot = "Visos teisės saugomos, naujienos.example, kopijuoti draudžiama"
    bodies = ["Lietuva ir Lenkija pasirašė susitarimą dėl energetikos.",
              "Latvija išsiuntė Rusijos diplomatą už šnipinėjimą.",
              "Estija ir Suomija tiesia naują elektros kabelį."]
    docs = [_page(f"https://naujienos.example/{i}", f"{b}\n{foot}", cfg) for i, b in enumerate(bodies)]
    arts = list(Pipeline(cfg, ["extract", "clean"])(docs))
    assert [[p.text for p in a.paragraphs] for a in arts] == [[b] for b in bodies]


# -- ingest from stdin: every piped input is its own shard --------------------------------------------


def test_ingest_from_stdin_twice_with_different_texts_stores_both(tmp_path, monkeypatch):
    import io
    import sys

    import kronika
    from kronika.config import load_config
    from kronika.ingest import ingest

    db = str(tmp_path / "pipe.duckdb")
    texts = ["Latvija pirmadienį išsiuntė Rusijos diplomatą.\n",
             "Finland closed its border crossings with Russia on Thursday.\n"]
    for t in texts + texts[:1]:  # the first one again at the end: nothing new
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(t.encode("utf-8"))))
        ingest(["-"], db, load_config(), default_date="2024-02-05")
    with kronika.open(db) as st:
        rows = st.con.execute("SELECT title, date FROM articles ORDER BY title").fetchall()
    assert len(rows) == 2


# -- store queries: organisations, lower-case codes, bad dates ------------------------------------------


def _store_with(tmp_path, rows):
    import json

    from kronika.config import load_config
    from kronika.ingest import ingest

    p = tmp_path / "news.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "q.duckdb")
    ingest([str(p)], db, load_config())
    return db


def test_events_and_dyad_find_organisations_and_lower_case_codes(tmp_path):
    import pytest

    import kronika
    from kronika.errors import KronikaError

    db = _store_with(tmp_path, [
        {"id": "n1", "date": "2022-05-18", "lang": "en",
         "text": "Finland formally submitted its application to join NATO on Wednesday."},
        {"id": "n2", "date": "2022-05-20", "lang": "en",
         "text": "Estonia expelled a Russian diplomat on Friday, the Estonian foreign ministry said."}])
    with kronika.open(db, read_only=True) as st:
        stored = st.con.execute("SELECT count(*) FROM events WHERE target_actor = 'NATO'").fetchone()[0]
        assert stored >= 1
        assert len(st.events("FIN", "NATO")) == stored
        assert len(st.events("nato")) == stored
        assert int(st.dyad("fin", "nato")["events"].sum()) == stored
        assert len(st.events("est", "rus")) == len(st.events("EST", "RUS")) >= 1
        assert int(st.dyad("rus", "est")["events"].sum()) >= 1
        with pytest.raises(KronikaError, match="YYYY-MM-DD"):
            st.events("EST", "RUS", start="2022-13-01")


# -- a story republished later (a near-duplicate) does not count twice in dyads ---------------------------


def test_republished_copy_does_not_double_the_dyad(tmp_path):
    import kronika

    text = ("Poland criticised Lithuania on Monday over the treatment of the Polish minority in Vilnius, "
            "saying that schools had been closed without consultation and that promises made last year "
            "had not been kept by the government.")
    db = _store_with(tmp_path, [
        {"id": "orig", "date": "2024-03-04", "lang": "en", "text": text},
        {"id": "copy", "date": "2024-03-20", "lang": "en", "text": text + " The ministry said so."}])
    with kronika.open(db, read_only=True) as st:
        assert st.con.execute("SELECT near_dup_of FROM articles WHERE id = 'copy'").fetchone()[0] == "orig"
        first_hand = st.con.execute(
            "SELECT count(*) FROM events WHERE source_country = 'POL' AND target_country = 'LTU' "
            "AND n_articles > 0 AND modality = 'asserted' AND NOT historical").fetchone()[0]
        assert first_hand >= 1
        assert int(st.dyad("POL", "LTU", directed=True)["events"].sum()) == first_hand


# -- a file's extension and its content disagree --------------------------------------------------------


def test_text_saved_as_html_and_page_saved_as_txt_are_read_by_content(cfg, tmp_path):
    from conftest import run

    txt = tmp_path / "dump.html"
    txt.write_text("Latvia expelled a Russian diplomat on Monday.\nRussia said it would respond.\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("<!DOCTYPE html>\n<html><head><title>Estonia summons envoy</title></head><body><nav>"
                    + "".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(30))
                    + "</nav><article><h1>Estonia summons envoy</h1><p>Estonia summoned the Russian envoy on "
                      "Tuesday after a drone crashed near the border.</p></article></body></html>",
                    encoding="utf-8")
    arts, errs = run([str(txt), str(page)], cfg)
    assert not errs
    assert [p.text for p in arts[0].paragraphs] == ["Latvia expelled a Russian diplomat on Monday.",
                                                    "Russia said it would respond."]
    assert arts[1].title == "Estonia summons envoy"
    assert [p.text for p in arts[1].paragraphs] == [
        "Estonia summoned the Russian envoy on Tuesday after a drone crashed near the border."]


# -- the month May is not Theresa May ---------------------------------------------------------------------


def test_month_may_is_not_theresa_may():
    from conftest import actor_codes

    assert "GBRELI" not in actor_codes("The new chip will ship in May, a company spokesman said.", "en", "2024-03-01")
    assert "GBRELI" not in actor_codes("Talks were held on May 5 in Geneva.", "en", "2024-06-01")
    assert "GBRELI" not in actor_codes("India and Pakistan fought a four-day conflict in mid-May 2025.", "en",
                                       "2025-07-01")
    assert "GBRGOV" in actor_codes("Prime Minister May said on Tuesday that Britain would leave the EU.", "en",
                                   "2017-06-01")
    assert "GBRGOV" in actor_codes("Theresa May met Angela Merkel in Berlin.\nMay said the talks were useful.",
                                   "en", "2017-06-01")


# -- `kronika ingest .` with the store in the same directory --------------------------------------------------


def test_ingest_of_the_directory_holding_the_store_skips_the_store(tmp_path, monkeypatch):
    import kronika
    from kronika.config import load_config
    from kronika.ingest import ingest

    (tmp_path / "a.txt").write_text("Latvia expelled a Russian diplomat on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Finland closed its border with Russia on Thursday.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ingest(["."], "kronika.duckdb", load_config(), default_date="2024-02-05")
    s2 = ingest(["."], "kronika.duckdb", load_config(), default_date="2024-02-05")
    assert s2.processed == 0 and s2.errors == 0 and s2.new_articles == 0
    with kronika.open("kronika.duckdb", read_only=True) as st:
        assert st.counts()["articles"] == 2 and st.counts()["errors"] == 0
