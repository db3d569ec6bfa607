from __future__ import annotations

import gzip
import io
import json
import os

import pytest
from conftest import FIXTURES, run

from kronika.cli import main
from kronika.readers import decode_bytes, read_paths


def _warc(path, pages, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        for url, html, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                       http_headers=headers)
            w.write_record(rec)


ARTICLE_HTML = (
    "<html><head><title>{t}</title></head><body><article><h1>{t}</h1>"
    "<p>{p} The ministers met in the capital on Monday to discuss trade and border security issues.</p>"
    "<p>Both sides said the talks were constructive and agreed to meet again next spring in the other capital.</p>"
    "</article></body></html>"
)


def test_readers_plain_text_utf8(cfg):
    arts, errs = run([FIXTURES / "lt_portal.txt"], cfg)
    assert not errs and len(arts) == 1
    a = arts[0]
    assert a.source.path.endswith("lt_portal.txt") and a.source.format == "text"
    assert len(a.id) == 16 and a.lang == "lt"


def test_readers_legacy_encoding_detected(cfg):
    arts, errs = run([FIXTURES / "lt_cp1257.txt"], cfg)
    assert not errs
    assert "savivaldybė patvirtino naują viešojo" in arts[0].text


def test_readers_iso8859_13_detected(cfg):
    text = "Seimas ketvirtadienį pritarė įstatymo pataisoms, kurios keičia šildymo kainų skaičiavimą žiemą."
    t, enc = decode_bytes(text.encode("iso8859_13"), cfg)
    assert t == text and enc in ("iso8859_13", "cp1257")


def test_readers_html_title_date_author(cfg):
    arts, errs = run([FIXTURES / "page.html"], cfg)
    assert not errs
    a = arts[0]
    assert a.title == "Estonia and Latvia sign energy deal"
    assert a.date == "2024-03-05" and a.author == "Mari Tamm"
    assert a.paragraphs[0].text.startswith("Estonia and Latvia signed an agreement")
    assert "Most read" not in a.text and "All rights reserved" not in a.text


def test_readers_jsonl_keeps_ids_dates_lang(cfg):
    arts, errs = run([FIXTURES / "batch.jsonl"], cfg)
    assert not errs
    assert [a.id for a in arts] == ["lt-1", "en-2", "3"]
    assert arts[0].date == "2024-05-01" and arts[0].lang == "lt"
    assert arts[0].source.url == "https://news.example.lt/a/1" and arts[0].source.offset == 1
    assert arts[2].text.startswith("Finland opened its new border crossing")


def test_readers_jsonl_bad_lines_are_records(tmp_path, cfg):
    p = tmp_path / "mixed.jsonl"
    p.write_text(
        json.dumps({"id": "ok", "text": "The mayor opened a new bridge over the river on Friday morning."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "nobody"}) + "\n"
        + json.dumps({"id": "baddate", "text": "Some text here for the reader.", "date": "02/11/2013"}) + "\n"
        + json.dumps(["a", "list"]) + "\n",
        encoding="utf-8",
    )
    arts, errs = run([p], cfg)
    assert [a.id for a in arts] == ["ok"]
    msgs = " | ".join(e.message for e in errs)
    assert len(errs) == 4
    assert "line 2: not valid JSON" in msgs and "needs a non-empty 'text' or 'html'" in msgs
    assert "'date' must be YYYY-MM-DD" in msgs and "expected a JSON object" in msgs


@pytest.mark.parametrize("gz", [True, False])
def test_readers_warc_html_records(tmp_path, cfg, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(p, [
        ("https://a.example/1", ARTICLE_HTML.format(t="Latvia and Estonia hold talks", p="Latvia and Estonia held talks."), "text/html; charset=utf-8"),
        ("https://a.example/logo.png", "PNGDATA", "image/png"),
        ("https://b.example/2", ARTICLE_HTML.format(t="Poland and Lithuania sign deal", p="Poland signed a deal."), "text/html"),
    ], gz=gz)
    arts, errs = run([p], cfg)
    assert not errs
    assert [a.source.url for a in arts] == ["https://a.example/1", "https://b.example/2"]
    assert all(a.source.record_id and a.source.record_id.startswith("<urn:uuid:") for a in arts)
    assert arts[0].source.offset == 0 and arts[1].source.offset > 0
    assert arts[0].title == "Latvia and Estonia hold talks"
    assert arts[0].date  # from the WARC crawl date when the page names none
    assert any("WARC crawl date" in w for w in arts[0].warnings)


def test_readers_directory_recursive_and_stdin(tmp_path, cfg):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Pirmas straipsnis apie Vilniaus miesto tarybos posėdį ir biudžetą.\n", encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(ARTICLE_HTML.format(t="Title B", p="Body B."), encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.jsonl").write_text(json.dumps({"text": "A third story about the harbour."}) + "\n")
    (tmp_path / ".hidden.txt").write_text("hidden")
    items = list(read_paths([str(tmp_path)], cfg))
    assert [os.path.basename(i.source.path) for i in items] == ["a.txt", "b.html", "c.jsonl"]
    stdin = io.BytesIO("Text from standard input about the harbour of Klaipėda and its ferries.".encode())
    items = list(read_paths(["-"], cfg, stdin=stdin))
    assert items[0].source.path == "-" and "Klaipėda" in items[0].content


# ----------------------------------------------------------------------------- bad input


def _errors_for(path, cfg):
    arts, errs = run([path], cfg)
    return arts, errs


def test_bad_input_empty_file(tmp_path, cfg):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n\n")
    arts, errs = _errors_for(p, cfg)
    assert not arts and "empty document" in errs[0].message


def test_bad_input_binary_file(tmp_path, cfg):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    arts, errs = _errors_for(p, cfg)
    assert not arts and "not a text document" in errs[0].message and "PNG" in errs[0].message
    p2 = tmp_path / "blob"
    p2.write_bytes(bytes(range(256)) * 40)
    assert "not a text document" in _errors_for(p2, cfg)[1][0].message


def test_bad_input_50mb_file(tmp_path, cfg):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        line = ("Labai ilgas tekstas apie nieką. " * 30 + "\n").encode()
        while f.tell() < 50 * 1024 * 1024:
            f.write(line * 1000)
    arts, errs = _errors_for(p, cfg)
    assert not arts and "larger than reader.max_bytes" in errs[0].message


def test_bad_input_invalid_utf8(tmp_path, cfg):
    p = tmp_path / "broken.txt"
    p.write_bytes("Šiandien Vilniuje ėjo lietus, o žmonės skubėjo į darbą.".encode() + b"\xff\xfe\xc3" + "ąčę".encode())
    arts, errs = _errors_for(p, cfg)
    assert not arts and "invalid UTF-8 at byte" in errs[0].message and errs[0].kind == "encoding"
    from kronika.config import load_config

    arts, errs = run([p], load_config(reader={"encoding_errors": "replace"}))
    assert arts and "\ufffd" in arts[0].text


def test_bad_input_truncated_gzip(tmp_path, cfg):
    data = gzip.compress(("Ilgas straipsnis apie orus ir klimatą Lietuvoje. " * 400).encode())
    p = tmp_path / "cut.txt.gz"
    p.write_bytes(data[: len(data) // 2])
    arts, errs = _errors_for(p, cfg)
    assert not arts and "truncated or corrupt gzip" in errs[0].message


def test_bad_input_truncated_warc_keeps_earlier_records(tmp_path, cfg):
    p = tmp_path / "cut.warc.gz"
    _warc(p, [(f"https://x.example/{i}", ARTICLE_HTML.format(t=f"Story number {i} of the day", p=f"Story {i}."),
               "text/html") for i in range(5)])
    data = p.read_bytes()
    p.write_bytes(data[: int(len(data) * 0.7)])
    arts, errs = _errors_for(p, cfg)
    assert 1 <= len(arts) < 5
    assert len(errs) == 1 and "truncated or corrupt WARC" in errs[0].message


def test_bad_input_html_without_body(tmp_path, cfg):
    p = tmp_path / "nobody.html"
    p.write_text("<html><head><title>Only a title</title></head><body></body></html>")
    arts, errs = _errors_for(p, cfg)
    assert not arts and errs[0].stage == "extract" and "no main text" in errs[0].message


def test_bad_input_unreadable_files_in_directory(tmp_path, cfg, monkeypatch):
    (tmp_path / "good.txt").write_text("Geras straipsnis apie Kauno miesto naujienas ir renginius.", encoding="utf-8")
    os.symlink(tmp_path / "missing-target.txt", tmp_path / "dangling.txt")
    (tmp_path / "secret.txt").write_text("secret")
    real_open = type(tmp_path).open

    def guarded(self, *a, **k):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *a, **k)

    monkeypatch.setattr(type(tmp_path), "open", guarded)
    arts, errs = run([tmp_path], cfg)
    assert [os.path.basename(a.source.path) for a in arts] == ["good.txt"]
    assert sorted(os.path.basename(e.source.path) for e in errs) == ["dangling.txt", "secret.txt"]
    assert all("cannot read file" in e.message for e in errs)


def test_bad_input_batch_goes_on_and_exit_code(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Pirmas geras straipsnis apie Vilniaus naujienas.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("Trečias geras straipsnis apie Klaipėdos uostą.", encoding="utf-8")
    rc = main(["read", str(tmp_path), "--format", "jsonl"])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rc == 1
    assert [x["type"] for x in lines] == ["article", "error", "article"]
    assert main(["read", str(tmp_path / "a.txt"), "--format", "jsonl"]) == 0
    assert main(["read", str(tmp_path / "nope.txt")]) == 1
