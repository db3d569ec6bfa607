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


# -- a Lithuanian city's region or county is a domestic authority, no state's actor (guide §5) -------------
def test_lt_region_named_by_its_city_is_no_state_actor():
    for text in ("Šiaulių ir Panevėžio regionai gaus daugiau lėšų iš Europos Sąjungos.",
                 "Šiaulių apskritis pasirašė bendradarbiavimo sutartį su Latvija.",
                 "Latvija ir Klaipėdos regionas susitarė bendradarbiauti turizmo srityje.",
                 "Latvijos atstovai susitiko su Kauno rajonu dėl kelių."):
        assert "LTU" not in actor_codes(text, "lt", "2024-05-01"), text
        assert not any("LTU" in (s[:3], t[:3]) for s, t, _ in coded(text, "lt")), text


def test_lt_region_acted_on_still_stands_for_its_country():
    assert any(s.startswith("RUS") and t.startswith("UKR") for s, t, _ in
               coded("Rusija vėl apšaudė Charkivo sritį raketomis.", "lt"))
    assert any(s.startswith("LTU") and t.startswith("POL") for s, t, _ in
               coded("Šiaulių miesto meras susitiko su Lenkijos ambasadoriumi.", "lt"))


def test_en_region_named_by_its_city_is_no_state_actor():
    for text in ("The Siauliai region signed a cooperation deal with Latvia.",
                 "Latvia signed a tourism agreement with the Klaipeda county."):
        assert not any("LTU" in (s[:3], t[:3]) for s, t, _ in coded(text, "en")), text
    assert any(s.startswith("RUS") and t.startswith("UKR") for s, t, _ in
               coded("Russia shelled the Kharkiv region overnight.", "en"))


# -- CLI ----------------------------------------------------------------------------------------------------
def _lines(out):
    import json

    return [json.loads(x) for x in out.splitlines() if x.strip()]


def test_code_jsonl_streams_error_records_in_input_order(tmp_path, capsys):
    from kronika.cli import main

    a, bad, b = tmp_path / "a.txt", tmp_path / "b.bin", tmp_path / "c.txt"
    a.write_text("Japan criticised China over the drills.\n", encoding="utf-8")
    bad.write_bytes(b"\x00\x01\x02 binary")
    b.write_text("Poland condemned Belarus over the border incident.\n", encoding="utf-8")
    assert main(["code", str(a), str(bad), str(b), "--format", "jsonl"]) == 1
    cap = capsys.readouterr()
    recs = _lines(cap.out)
    kinds = [r["type"] for r in recs]
    first_err = kinds.index("error")
    assert any(r["type"] == "event" and r["source_country"] == "JPN" for r in recs[:first_err])
    assert any(r["type"] == "event" and r["source_country"] == "POL" for r in recs[first_err:])
    assert "1 document" in cap.err  # the terminal is told, as the records go to a file


def test_read_lists_rejected_lines_in_document_order(tmp_path, capsys):
    import json

    from kronika.cli import main

    p = tmp_path / "portal.txt"
    p.write_text("Latvija ir Estija susitarė dėl bendro pirkimo\n\n"
                 "Latvijos ir Estijos gynybos ministrai antradienį Rygoje pasirašė susitarimą dėl bendro pirkimo.\n"
                 "Ministrai spaudos konferencijoje Rygoje\nMinistrai spaudos konferencijoje Rygoje\nNuotr. LETA\n"
                 "Sutartis galios penkerius metus.\nReklama\n", encoding="utf-8")
    assert main(["read", str(p), "--format", "json"]) == 0
    lines = [r["line"] for r in json.loads(capsys.readouterr().out)[0]["rejected"]]
    assert len(lines) >= 4 and lines == sorted(lines)


def test_ingest_again_reports_the_bad_inputs_it_already_holds(tmp_path, capsys):
    from kronika.cli import main

    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("Japan criticised China over the drills near Taiwan.\n", encoding="utf-8")
    (d / "bad.bin").write_bytes(b"\x00\x01\x02 binary")
    (d / "empty.txt").write_text("", encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert main(["ingest", str(d), "--db", db]) == 1
    first = capsys.readouterr()
    assert "2 new error record(s)" in first.out and "bad.bin" in first.err
    assert main(["ingest", str(d), "--db", db]) == 1  # the inputs still hold two bad files
    again = capsys.readouterr()
    assert "0 new error record(s)" in again.out and "2 already recorded" in again.out
    assert "bad.bin" in again.err and "empty.txt" in again.err


def test_gdelt_mention_source_is_the_site_or_the_file(tmp_path, capsys):
    import json

    from kronika.cli import main

    d = tmp_path / "news"
    d.mkdir()
    (d / "tokyo-seoul.txt").write_text("Japan and South Korea signed a defence pact on Monday.\n", encoding="utf-8")
    (d / "feed.jsonl").write_text(json.dumps({
        "id": "w1", "url": "https://www.example-news.lt/world/1", "date": "2024-05-02", "lang": "en",
        "text": "Poland condemned Belarus over the border incident."}) + "\n", encoding="utf-8")
    db, out = str(tmp_path / "k.duckdb"), tmp_path / "out"
    assert main(["ingest", str(d), "--db", db, "--date", "2024-05-06"]) == 0
    assert main(["export", "--db", db, "--format", "gdelt", "--out", str(out)]) == 0
    capsys.readouterr()
    names = {ln.split("\t")[4] for ln in (out / "mentions.CSV").read_text(encoding="utf-8").splitlines()}
    assert names == {"example-news.lt", "tokyo-seoul.txt"}


def test_thaw_reports_a_pair_with_an_organisation_as_dyad_does(tmp_path, capsys):
    import json

    from kronika.cli import main

    hostile = ["Russia threatened NATO with retaliation.", "NATO condemned Russia over the cyberattack.",
               "Russia accused NATO of provocations on its border.", "NATO criticised Russia over missile tests."]
    friendly = ["NATO and Russia agreed to resume talks.", "NATO praised Russia for the prisoner exchange.",
                "Russia and NATO signed an arms control agreement.", "NATO and Russia held talks in Geneva."]
    p = tmp_path / "in.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for k, t in enumerate(hostile):
            f.write(json.dumps({"id": f"h{k}", "text": t, "lang": "en", "date": f"2024-01-{2 + 3 * k:02d}"}) + "\n")
        for k, t in enumerate(friendly):
            f.write(json.dumps({"id": f"f{k}", "text": t, "lang": "en", "date": f"2024-06-{2 + 3 * k:02d}"}) + "\n")
    db = str(tmp_path / "k.duckdb")
    assert main(["ingest", str(p), "--db", db]) == 0
    capsys.readouterr()
    assert main(["thaw", "--db", db]) == 0
    assert "NATO-RUS" in capsys.readouterr().out
    assert main(["thaw", "--db", db, "--countries-only"]) == 0
    assert "NATO" not in capsys.readouterr().out


def test_events_table_and_plover_export_read_cleanly(tmp_path, capsys):
    import json

    from kronika.cli import main

    p = tmp_path / "a.txt"
    p.write_text("Japan praised South Korea for its optimistic stance on the long-delayed fisheries negotiations "
                 "that both governments resumed after years of bitter disputes over the islets.\n"
                 "Seoul said it was optimistic about the talks with Tokyo.\n", encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert main(["ingest", str(p), "--db", db, "--date", "2024-05-06"]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--pair", "JPN", "KOR"]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "None" not in out
    assert max(len(x) for x in out.splitlines()) <= 180  # a long sentence is cut, not padded across the screen
    assert main(["export", "--db", db, "--format", "plover", "--out", str(tmp_path / "o")]) == 0
    recs = [json.loads(x) for x in (tmp_path / "o" / "events.plover.jsonl").read_text().splitlines()]
    assert recs and all(len(repr(r["goldstein"])) <= 5 for r in recs)  # 3.4, not 3.4000000953674316


def test_dyad_with_an_unknown_side_says_so(tmp_path, capsys):
    from kronika.cli import main

    p = tmp_path / "a.txt"
    p.write_text("Japan criticised China over the drills near Taiwan.\n", encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert main(["ingest", str(p), "--db", db, "--date", "2024-05-06"]) == 0
    capsys.readouterr()
    assert main(["dyad", "JPN", "Japan", "--db", db]) == 0
    cap = capsys.readouterr()
    assert "(nothing)" in cap.out and "'JAPAN'" in cap.err and "'JPN'" not in cap.err
    assert main(["events", "--db", db, "--pair", "JPN", "CHN"]) == 0
    assert not capsys.readouterr().err


def test_code_says_when_a_language_is_not_coded(tmp_path, capsys):
    from kronika.cli import main

    p = tmp_path / "lv.txt"
    p.write_text("Latvija un Igaunija parakstīja vienošanos par robežu drošību. Ministri tikās Rīgā otrdien.\n",
                 encoding="utf-8")
    assert main(["code", str(p)]) == 0
    assert "language 'lv' is not coded" in capsys.readouterr().out
    assert main(["code", str(p), "--format", "jsonl"]) == 0
    assert "'lv' is not coded" in capsys.readouterr().err


def test_us_state_names_as_first_names_and_states_as_subjects():
    # a state's name before a surname is a first name; a state acting is its own authority, not the USA (§5)
    assert not any(s.startswith("USA") for s, _, _ in
                   coded("Former Rome mayor Virginia Raggi criticised China over the deal.", "en"))
    assert not any(s.startswith("USA") for s, _, _ in coded("Texas criticised Mexico over the border.", "en"))
    assert not any("USA" in a for a in actor_codes("Juta Vaitkienė pasmerkė Rusiją dėl atakų.", "lt", "2024-05-01"))
    assert any(s.startswith("RUS") and t.startswith("UKR") for s, t, _ in
               coded("Russia shelled Kharkiv Oblast overnight.", "en"))  # a region acted on stands for its state


def test_events_with_a_root_that_is_no_cameo_root_is_an_error(tmp_path, capsys):
    from kronika.cli import main

    p = tmp_path / "a.txt"
    p.write_text("Lithuania expelled two Russian diplomats on Monday.\n", encoding="utf-8")
    db = str(tmp_path / "k.duckdb")
    assert main(["ingest", str(p), "--db", db, "--date", "2024-05-06"]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--country", "LTU", "--root", "16"]) == 0
    assert "LTU" in capsys.readouterr().out
    assert main(["events", "--db", db, "--country", "LTU", "--root", "166"]) == 2
    assert "CAMEO root" in capsys.readouterr().err


def test_a_dateline_repeated_in_form_across_a_source_is_no_boilerplate(tmp_path, capsys):
    # CCNet's normalisation turns digits to 0, so "July 4, 2024" and "July 9, 2024" look like one line repeated in
    # many documents of a source; the date was then dropped as boilerplate (and with it the article's date)
    import json

    from kronika.cli import main

    d = tmp_path / "site"
    d.mkdir()
    texts = ["Lithuania and Latvia agreed to build a new ferry line", "Poland praised Estonia for its aid",
             "Finland criticised Russia over airspace violations", "Japan thanked South Korea for the rescue"]
    for k, t in enumerate(texts):
        (d / f"a{k}.txt").write_text(f"{t}\n\nJuly {k + 3}, 2024\n\n{t} on Monday, officials said.\n", encoding="utf-8")
    assert main(["read", str(d), "--format", "jsonl"]) == 0
    arts = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted(a["date"] for a in arts) == [f"2024-07-0{k + 3}" for k in range(4)]
