"""Actor dictionaries: validated data in kronika/data/actors/, loaded once into immutable objects.

Files (tab-separated, '#' comment lines first, then a header):
  countries.tsv   code iso2 name_en aliases_en name_lt aliases_lt adj_en demonym_lt start end
  cities.tsv      name_en aliases_en name_lt aliases_lt country capital(yes|seat|no) stands_for
  places.tsv      id name_en aliases_en name_lt aliases_lt country claimed_by kind members   (members: the states a
                  group of states stands for when it acts or is acted on, e.g. the Baltic states → LTU|LVA|EST)
  orgs.tsv        code cameo name_en aliases_en name_lt aliases_lt kind country
  roles.tsv       lang phrase sector kind country notes   (country: the state an institution implies, e.g. Kremlin → RUS, or the organisation
                  whose body it is when named alone: Security Council → UNSC)
  officials/*.tsv id name_en name_lt aliases gender country role sector start end   (one row per term)
Aliases are '|'-separated. Dates are YYYY-MM-DD; an empty end means "still valid".
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from .errors import DictionaryError

SECTORS = frozenset(
    "GOV MIL COP SPY LEG JUD OPP REB SEP RAD CRM PIR CVL BUS MED EDU HLH REF LAB AGR ENV HRI NGO ELI "
    "IGO INS MNC UAF".split()
)
# offices an official's term can hold, in the order term_at prefers when two terms overlap (the higher office
# names the person: a president who is also party leader, a minister who also chairs a council)
ROLE_RANK = {
    "head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "defence_minister": 3,
    "deputy_head": 4,  # vice president, deputy chair of a state body (Russia's Security Council)
    "speaker": 5,  # chair of a parliament or parliamentary chamber (LEG)
    "minister": 6,  # other cabinet ministers (interior, finance, energy ...)
    "commissioner": 6,  # member of the European Commission
    "security_adviser": 7,  # national security adviser, secretary of a security council
    "chief_of_staff": 7,  # head of a president's office, Japan's chief cabinet secretary
    "military_chief": 8,  # chief of general staff, commander-in-chief of the armed forces (MIL)
    "intelligence_chief": 8,  # head of an intelligence or security service (SPY)
    "spokesperson": 9,  # press secretary of a head of state, government or ministry
    "envoy": 9,  # special envoy, permanent representative
    "adviser": 9,  # a leader's aide or adviser
}
ROLES = frozenset(ROLE_RANK)
HEADERS = {
    "countries.tsv": "code iso2 name_en aliases_en name_lt aliases_lt adj_en demonym_lt start end",
    "cities.tsv": "name_en aliases_en name_lt aliases_lt country capital stands_for",
    "places.tsv": "id name_en aliases_en name_lt aliases_lt country claimed_by kind members",
    "orgs.tsv": "code cameo name_en aliases_en name_lt aliases_lt kind country",
    "roles.tsv": "lang phrase sector kind country notes",
    "officials": "id name_en name_lt aliases gender country role sector start end",
}
_CODE = re.compile(r"^[A-Z]{3}$")
_ORG_CODE = re.compile(r"^[A-Z0-9]{2,16}$")
_ID = re.compile(r"^[a-z]+:[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True, slots=True)
class Term:
    """One office held: role, country, sector, dates."""

    role: str
    country: str
    sector: str
    start: date
    end: date | None

    def covers(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d < self.end)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str  # country:jpn, city:tokyo, place:kuril-islands, org:nato, person:fumio-kishida
    kind: str  # country | city | place | org | person
    name: str  # English display name
    code: str | None  # actor code: JPN, NATO; None for places
    country: str | None  # ISO3 of the country it belongs to / is administered by
    capital: bool = False
    sector: str | None = None
    start: date | None = None
    end: date | None = None
    terms: tuple[Term, ...] = ()
    claimed_by: tuple[str, ...] = ()
    stands_for: str | None = None  # a city acting as subject for an organisation: Brussels → EU
    gender: str | None = None  # m | f for people (officials' gender), else None
    place_kind: str | None = None  # places: island | region | sea | strait | territory
    members: tuple[str, ...] = ()  # places: the states a group of states stands for (the Baltic states)

    def term_at(self, d: date | None) -> Term | None:
        """The office held on a date (the latest one that started on or before it)."""
        if not self.terms:
            return None
        if d is None:
            return max(self.terms, key=lambda t: t.start)
        live = [t for t in self.terms if t.covers(d)]
        if live:
            return min(live, key=lambda t: ROLE_RANK.get(t.role, 99))
        return None


@dataclass(frozen=True, slots=True)
class Role:
    lang: str
    phrase: str
    sector: str
    kind: str  # title | body | group
    plural_only: bool = False
    country: str | None = None  # an institution of one state: Kremlius, White House → RUS, USA
    adjacent: bool = False  # takes a nationality only right before it ('Kinijos lyderis', not 'partijos lyderis')
    apposition: bool = False  # two nouns that both decline ('generolas leitenantas' → 'generolu leitenantu')
    equipment: bool = False  # a weapon or vehicle: an actor only with its owner named ('Rusijos raketa')


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One name of an entity (nominative) in one language."""

    text: str
    lang: str
    entity: str
    kind: str  # name | alias | surname | adj | demonym


@dataclass(frozen=True)
class ActorDict:
    entities: dict[str, Entity]
    names: tuple[NameEntry, ...]
    roles: tuple[Role, ...]
    by_code: dict[str, str] = field(default_factory=dict)  # actor/country code → entity id


def _rows(relpath: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """(header, [(line number, row dict)]) of a TSV file in the package."""
    path = resources.files("kronika").joinpath("data", "actors", relpath)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise DictionaryError(f"missing dictionary file kronika/data/actors/{relpath}") from e
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for no, line in enumerate(text.split("\n"), 1):
        if not line.strip() or (header is None and line.startswith("#")):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = cells
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        rows.append((no, dict(zip(header, cells, strict=False)) | {"__n": str(len(cells))}))
    return header or [], rows


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split("|") if x.strip()]


def _date(v: str) -> date | None:
    return date.fromisoformat(v) if v else None


def _official_files() -> list[str]:
    d = resources.files("kronika").joinpath("data", "actors", "officials")
    return sorted(f"officials/{p.name}" for p in d.iterdir() if p.name.endswith(".tsv"))


def _slug(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def check() -> tuple[list[str], list[str]]:
    """Schema problems of every actor dictionary file, and a summary."""
    problems: list[str] = []
    summary: list[str] = []

    def bad(f: str, no: int, msg: str) -> None:
        problems.append(f"actors/{f}:{no}: {msg}")

    import pycountry

    iso3 = {c.alpha_3 for c in pycountry.countries}
    files = ["countries.tsv", "cities.tsv", "places.tsv", "orgs.tsv", "roles.tsv", *_official_files()]
    data: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for f in files:
        header, rows = _rows(f)
        want = HEADERS["officials" if f.startswith("officials/") else f].split()
        if header != want:
            bad(f, 0, f"header must be {' '.join(want)!r}, got {' '.join(header)!r}")
        for no, r in rows:
            if int(r["__n"]) != len(want):
                bad(f, no, f"expected {len(want)} tab-separated fields, got {r['__n']}")
        data[f] = rows

    def check_dates(f: str, no: int, r: dict[str, str]) -> None:
        try:
            s, e = _date(r.get("start", "")), _date(r.get("end", ""))
        except ValueError as ex:
            bad(f, no, f"bad date: {ex}")
            return
        if s and e and e < s:
            bad(f, no, f"end {e} is before start {s}")

    countries: set[str] = set()
    for no, r in data["countries.tsv"]:
        c = r["code"]
        if not _CODE.match(c):
            bad("countries.tsv", no, f"country code {c!r} is not three capital letters")
        if c in countries:
            bad("countries.tsv", no, f"duplicate country code {c}")
        countries.add(c)
        if not r["end"] and c not in iso3 and c != "XKX":
            bad("countries.tsv", no, f"{c} is neither an ISO 3166-1 code nor a dated historical state")
        if not r["name_en"] or not r["name_lt"]:
            bad("countries.tsv", no, "name_en and name_lt are required")
        check_dates("countries.tsv", no, r)
    orgs: set[str] = set()
    for no, r in data["orgs.tsv"]:
        if not _ORG_CODE.match(r["code"]):
            bad("orgs.tsv", no, f"org code {r['code']!r} must be 2-16 capitals/digits")
        if r["code"] in orgs:
            bad("orgs.tsv", no, f"duplicate org code {r['code']}")
        orgs.add(r["code"])
        if r["country"] and r["country"] not in countries:
            bad("orgs.tsv", no, f"unknown country {r['country']}")
    for no, r in data["cities.tsv"]:
        if r["country"] not in countries:
            bad("cities.tsv", no, f"unknown country {r['country']!r}")
        if r["capital"] not in ("yes", "seat", "no"):
            bad("cities.tsv", no, f"capital must be yes|seat|no, got {r['capital']!r}")
        if r["stands_for"] and r["stands_for"] not in countries and r["stands_for"] not in orgs:
            bad("cities.tsv", no, f"stands_for {r['stands_for']!r} is neither a country nor an organisation code")
    seen_cities: set[tuple[str, str]] = set()
    for no, r in data["cities.tsv"]:
        key = (r["name_en"], r["country"])
        if key in seen_cities:
            bad("cities.tsv", no, f"duplicate city {key}")
        seen_cities.add(key)
    ids: set[str] = set()
    for no, r in data["places.tsv"]:
        if not _ID.match(r["id"]) or not r["id"].startswith("place:"):
            bad("places.tsv", no, f"bad id {r['id']!r} (want place:slug)")
        if r["id"] in ids:
            bad("places.tsv", no, f"duplicate id {r['id']}")
        ids.add(r["id"])
        for c in ([r["country"]] if r["country"] else []) + _split(r["claimed_by"]) + _split(r.get("members", "")):
            if c not in countries:
                bad("places.tsv", no, f"unknown country {c!r}")
    seen_roles: set[tuple[str, str]] = set()
    for no, r in data["roles.tsv"]:
        if r["lang"] not in ("lt", "en"):
            bad("roles.tsv", no, f"lang must be lt or en, got {r['lang']!r}")
        if r["sector"] not in SECTORS:
            bad("roles.tsv", no, f"unknown sector {r['sector']!r}")
        if r["kind"] not in ("title", "body", "group"):
            bad("roles.tsv", no, f"kind must be title|body|group, got {r['kind']!r}")
        if r.get("country") and r["country"] not in countries and r["country"] not in orgs:
            # (an organisation's own body named without it: "the Security Council" → UNSC)
            bad("roles.tsv", no, f"unknown country or organisation {r['country']!r}")
        key = (r["lang"], r["phrase"].lower())
        if key in seen_roles:
            bad("roles.tsv", no, f"duplicate role {key}")
        seen_roles.add(key)
    names: dict[str, str] = {}
    terms: dict[tuple[str, str, str, str], str] = {}
    n_terms = 0
    for f in _official_files():
        for no, r in data[f]:
            n_terms += 1
            if not _ID.match(r["id"]) or not r["id"].startswith("person:"):
                bad(f, no, f"bad id {r['id']!r} (want person:slug)")
            if names.setdefault(r["id"], r["name_en"]) != r["name_en"]:
                bad(f, no, f"{r['id']} is named {names[r['id']]!r} elsewhere, {r['name_en']!r} here")
            if r["country"] not in countries and r["country"] not in orgs:
                bad(f, no, f"unknown country/organisation {r['country']!r}")
            if r["role"] not in ROLES:
                bad(f, no, f"unknown role {r['role']!r}")
            if r["sector"] not in SECTORS:
                bad(f, no, f"unknown sector {r['sector']!r}")
            if r["gender"] not in ("m", "f"):
                bad(f, no, f"gender must be m or f, got {r['gender']!r}")
            if not r["start"]:
                bad(f, no, "start date is required")
            check_dates(f, no, r)
            key = (r["id"], r["country"], r["role"], r["start"])
            if key in terms:
                bad(f, no, f"duplicate term {key} (also {terms[key]})")
            terms[key] = f"{f}:{no}"
    summary.append(
        f"actors: {len(countries)} countries, {len(data['cities.tsv'])} cities, {len(data['places.tsv'])} places, "
        f"{len(orgs)} organisations, {len(data['roles.tsv'])} role words, {len(names)} officials "
        f"({n_terms} terms)"
    )
    return problems, summary


@cache
def load() -> ActorDict:
    """The actor dictionaries as one immutable object (schema-checked first)."""
    problems, _ = check()
    if problems:
        raise DictionaryError(f"{len(problems)} problem(s) in actor dictionaries, e.g. {problems[0]} "
                              "(run `kronika dict check`)")
    ents: dict[str, Entity] = {}
    names: list[NameEntry] = []
    by_code: dict[str, str] = {}

    def add_names(eid: str, lang: str, main: str, aliases: str, kind: str = "name") -> None:
        if main:
            names.append(NameEntry(main, lang, eid, kind))
        for a in _split(aliases):
            names.append(NameEntry(a, lang, eid, "alias"))

    for _, r in _rows("countries.tsv")[1]:
        eid = f"country:{r['code'].lower()}"
        ents[eid] = Entity(eid, "country", r["name_en"], r["code"], r["code"],
                           start=_date(r["start"]), end=_date(r["end"]))
        by_code[r["code"]] = eid
        add_names(eid, "en", r["name_en"], r["aliases_en"])
        add_names(eid, "lt", r["name_lt"], r["aliases_lt"])
        for a in _split(r["adj_en"]):
            names.append(NameEntry(a, "en", eid, "adj"))
        for d in _split(r["demonym_lt"]):
            names.append(NameEntry(d, "lt", eid, "demonym"))
    for _, r in _rows("orgs.tsv")[1]:
        eid = f"org:{r['code'].lower()}"
        ents[eid] = Entity(eid, "org", r["name_en"], r["code"], r["country"] or None)
        by_code[r["code"]] = eid
        add_names(eid, "en", r["name_en"], r["aliases_en"])
        add_names(eid, "lt", r["name_lt"], r["aliases_lt"])
    for _, r in _rows("cities.tsv")[1]:
        eid = f"city:{_slug(r['name_en'])}"
        if eid in ents:
            eid = f"city:{_slug(r['name_en'])}-{r['country'].lower()}"
        ents[eid] = Entity(eid, "city", r["name_en"], r["country"], r["country"], capital=r["capital"] in ("yes", "seat"),
                           stands_for=r["stands_for"] or None)
        add_names(eid, "en", r["name_en"], r["aliases_en"])
        add_names(eid, "lt", r["name_lt"], r["aliases_lt"])
    for _, r in _rows("places.tsv")[1]:
        eid = r["id"]
        ents[eid] = Entity(eid, "place", r["name_en"], None, r["country"] or None,
                           claimed_by=tuple(_split(r["claimed_by"])), place_kind=r["kind"] or None,
                           members=tuple(_split(r.get("members", ""))))
        add_names(eid, "en", r["name_en"], r["aliases_en"])
        add_names(eid, "lt", r["name_lt"], r["aliases_lt"])
    people: dict[str, dict[str, Any]] = defaultdict(lambda: {"terms": [], "lt": set(), "aliases": set()})
    for f in _official_files():
        for _, r in _rows(f)[1]:
            p = people[r["id"]]
            p["name_en"] = r["name_en"]
            p["gender"] = r["gender"]
            if r["name_lt"]:
                p["lt"].add(r["name_lt"])
            p["aliases"].update(_split(r["aliases"]))
            p["terms"].append(Term(r["role"], r["country"], r["sector"], _date(r["start"]), _date(r["end"])))
    for pid, p in people.items():
        terms = tuple(sorted(p["terms"], key=lambda t: t.start))
        last = terms[-1]
        ents[pid] = Entity(pid, "person", p["name_en"], None, last.country, sector=last.sector, terms=terms,
                           gender=p.get("gender") or None)
        names.append(NameEntry(p["name_en"], "en", pid, "name"))
        for n in sorted(p["lt"]):
            names.append(NameEntry(n, "lt", pid, "name"))
        for a in sorted(p["aliases"]):
            names.append(NameEntry(a, "lt" if _looks_lt(a) else "en", pid, "alias"))
    roles = []
    for _, r in _rows("roles.tsv")[1]:
        roles.append(Role(r["lang"], r["phrase"], r["sector"], r["kind"], "plural only" in r["notes"].lower(),
                          r["country"] or None, "adjacent only" in r["notes"].lower(),
                          "apposition" in r["notes"].lower(), "equipment:" in r["notes"].lower()))
    return ActorDict(ents, tuple(names), tuple(roles), by_code)


_LT_ENDINGS = ("as", "is", "ys", "us", "a", "ė")


def _looks_lt(name: str) -> bool:
    """An alias spelled the Lithuanian way (Lithuanian letters or a Lithuanian ending on every word)."""
    if re.search(r"[ąčęėįšųūž]", name, re.I):
        return True
    words = [w for w in name.split() if len(w) > 2 and not w.endswith(".")]
    return bool(words) and all(w.lower().endswith(_LT_ENDINGS) for w in words) and any(
        w.lower().endswith(("as", "is", "us", "ys")) for w in words)
