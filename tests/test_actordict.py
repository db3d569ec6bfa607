from __future__ import annotations

from kronika import actordict


def test_actordict_check_passes_and_counts():
    problems, summary = actordict.check()
    assert problems == []
    assert "254 countries" in summary[0]


def test_actordict_check_finds_broken_rows(monkeypatch):
    real = actordict._rows

    def broken(relpath):
        header, rows = real(relpath)
        if relpath == "cities.tsv":
            rows = [*rows, (9999, dict(rows[0][1], country="XXX", capital="maybe"))]
        if relpath.startswith("officials/"):
            r = dict(rows[0][1], start="2020-01-01", end="2019-01-01", role="king", sector="BOSS")
            rows = [*rows, (9998, r)]
        return header, rows

    monkeypatch.setattr(actordict, "_rows", broken)
    problems, _ = actordict.check()
    text = "\n".join(problems)
    assert "cities.tsv:9999: unknown country 'XXX'" in text
    assert "capital must be yes|seat|no" in text
    assert "end 2019-01-01 is before start 2020-01-01" in text
    assert "unknown role 'king'" in text and "unknown sector 'BOSS'" in text


def test_actordict_entities_and_aliases():
    d = actordict.load()
    assert d.entities["country:usr"].end is not None
    names = {(n.text, n.entity) for n in d.names}
    assert ("Šiaurinės teritorijos", "place:kuril-islands") in names
    assert ("Pietų Kurilai", "place:kuril-islands") in names
    assert ("JAV", "country:usa") in names and ("ES", "org:eu") in names
