from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import FIXTURES

from kronika.cli import build_parser, main


def test_cli_every_subcommand_has_help_with_example(capsys):
    ap = build_parser()
    sub = next(a for a in ap._actions if a.dest == "cmd")
    for name in sub.choices:
        with pytest.raises(SystemExit):
            main([name, "--help"])
        out = capsys.readouterr().out
        assert "example" in out and f"kronika {name}" in out, name


def test_cli_read_json_and_text(capsys):
    assert main(["read", str(FIXTURES / "en_portal.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["title"].startswith("China and the United States")
    assert data[0]["captions"][0]["credit"] == "Reuters"
    assert any(r["reason"] == "ad marker" for r in data[0]["rejected"])
    assert main(["read", str(FIXTURES / "lt_portal.txt")]) == 0
    out = capsys.readouterr().out
    assert "rejected lines" in out and "credit: BNS" in out


def test_cli_python_dash_m_and_stdin():
    text = "Antraštė apie miestą\n\nVilniaus meras pirmadienį atidarė naują tiltą per Nerį.\n"
    r = subprocess.run([sys.executable, "-m", "kronika", "read", "-", "--format", "jsonl"],
                       input=text.encode(), capture_output=True, check=False)
    assert r.returncode == 0, r.stderr
    art = json.loads(r.stdout)
    assert art["title"] == "Antraštė apie miestą" and art["lang"] == "lt"


def test_cli_dict_check_passes(capsys):
    assert main(["dict", "check"]) == 0
    assert "OK" in capsys.readouterr().out


def test_cli_actors_table_and_jsonl(capsys):
    assert main(["actors", str(FIXTURES / "en_actors.txt"), "--date", "2022-06-01", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    need = {"article", "sentence_index", "text", "start", "end", "case", "actor", "country", "entity"}
    assert rows and all(need <= set(r) for r in rows)
    assert any(r["entity"] == "person:fumio-kishida" and r["actor"] == "JPNGOV" for r in rows)
    assert main(["actors", str(FIXTURES / "lt_actors.txt")]) == 0
    out = capsys.readouterr().out
    assert "person:sergey-lavrov" in out and "place:kuril-islands" in out
    assert main(["actors", str(FIXTURES / "lt_actors.txt"), "--date", "13/11/2"]) == 2
