"""Stage 'actors': recognise countries, cities, places, organisations, officials and role phrases.

Every Lithuanian dictionary name is expanded into all its case forms (lt_inflect), English names
into their plain and plural forms; all surface forms go into one Aho-Corasick automaton per
language, so matching needs no per-token lemmatiser and a match knows its case and number.

After matching, per sentence:
- a genitive country (or nationality word) before a role phrase marks the nationality of the role's
  actor: "Japonijos užsienio reikalų ministras" → JPNGOV, "Rusijos karinio laivyno" → RUSMIL,
  "Japonijos ir Rusijos ... ministrai" → JPNGOV and RUSGOV; the country itself is then not a
  participant (role 'nationality');
- a role phrase right before a person's name gives that person a title (and an actor code when the
  dictionary does not know them);
- a capital acting as a subject stands for its government (Maskva → RUSGOV); in the locative case
  (Tokijuje), or after an English place preposition, a place name is a location;
- a person named by surname or initial alone is the person named in full earlier in the article, or
  else the one holding office on the article date.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from .actordict import ActorDict, Entity, NameEntry, load
from .article import Article
from .langpack import langpack
from .lt_inflect import FEM_I_STEMS, SG, inflect, inflect_word, role_kind
from .pipeline import register

KIND_RANK = {"country": 0, "org": 1, "person": 2, "city": 3, "place": 4, "role": 5}
# static place prepositions; "to", "from", "into" name a recipient or a destination as often as a place
_EN_PLACE_PREP = frozenset("in at near outside inside across via around throughout".split())
_EN_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}")
_EN_FLAGGED = re.compile(r"-flagged\b")
_EN_OWNED_SITE = re.compile(r"\s+(?:embassy|embassies|consulate|consulates|mission)\b")


@dataclass(frozen=True, slots=True)
class Cand:
    """What a surface form can be."""

    target: str  # entity id, or "role:<lang>:<phrase>"
    kind: str  # country | city | place | org | person | role
    form: str  # name | alias | surname | initial | adj | demonym | role
    analyses: tuple[tuple[str, str], ...]  # (case, number); () for English
    sector: str | None = None
    words: int = 1
    ambiguous: bool = False  # also an ordinary word (Viena, Trumpas, May)


@dataclass(slots=True)
class Mention:
    article: str
    sentence_index: int
    text: str
    start: int
    end: int
    kind: str
    entity: str | None
    actor: str | None
    country: str | None
    sector: str | None = None
    role: str = "actor"  # actor | nationality | location | modifier | unresolved (see mark_unresolved)
    case: str | None = None
    number: str | None = None
    cases: list[str] = field(default_factory=list)
    lang: str | None = None
    title: str | None = None  # the role phrase before a person's name
    title_start: int | None = None
    form: str = "name"
    cands: tuple[Cand, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article, "sentence_index": self.sentence_index, "text": self.text,
            "start": self.start, "end": self.end, "case": self.case, "number": self.number,
            "actor": self.actor, "country": self.country, "entity": self.entity, "kind": self.kind,
            "sector": self.sector, "role": self.role, "title": self.title, "lang": self.lang,
        }


def _en_plural(w: str) -> str:
    if w.endswith(("man", "woman")):
        return w[:-3] + "men"
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh", "z")):
        return w + "es"
    return w + "s"


def _fold(s: str) -> str:
    """Without diacritics: Nausėda → Nauseda."""
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _title_words(s: str) -> str:
    """Each word of a name capitalised ("Arabų valstybių lyga" → "Arabų Valstybių Lyga")."""
    return " ".join(_cap(w) for w in s.split(" "))


class Matcher:
    """Automata over every surface form of the dictionaries, one per language."""

    def __init__(self, d: ActorDict):
        self.d = d
        self.auto: dict[str, Any] = {}
        self.surnames: dict[str, set[str]] = defaultdict(set)  # entity → its surname surface forms
        forms: dict[str, dict[str, list[Cand]]] = {"lt": defaultdict(list), "en": defaultdict(list)}
        self.common_lt = langpack("lt").sentence_starters
        self.common_en = langpack("en").sentence_starters
        self.ambiguous = {lang: langpack(lang).ambiguous_names for lang in ("lt", "en")}
        self.currency = {lang: (re.compile(r"[\s$-]*(?:" + "|".join(re.escape(w) for w in sorted(
            langpack(lang).currency_words, key=len, reverse=True)) + r")\b", re.I) if langpack(lang).currency_words
            else None) for lang in ("lt", "en")}
        en_names: dict[str, set[str]] = defaultdict(set)
        for n in d.names:
            if n.lang == "en" and n.kind == "name":
                en_names[n.entity].add(n.text)
        for n in d.names:
            ent = d.entities[n.entity]
            if (n.lang == "en" and n.kind == "adj" and ent.kind == "country" and n.text.endswith("s")
                    and not n.text.endswith("ss")):
                # a plural people word listed with the adjectives ("Poles", "Turks", "Britons") is the people
                n = NameEntry(n.text, n.lang, n.entity, "demonym")
            self._add_name(forms[n.lang], n, ent)
            if n.lang == "lt" and ent.kind == "org" and n.kind in ("name", "alias") and " " in n.text \
                    and n.text[:1].isupper() and n.text != _title_words(n.text):
                # "Arabų Lyga" as well as "Arabų lyga": an organisation's name with each word capitalised
                self._add_name(forms["lt"], NameEntry(_title_words(n.text), "lt", n.entity, n.kind), ent)
            if n.lang == "en" and n.kind == "adj" and n.text.endswith(("an", "i")):
                # the people: "Ukrainians protested", "Israelis", "Americans", "North Koreans"
                self._put(forms["en"], n.text + "s", Cand(ent.id, "country", "demonym", (), None, 1))
            # Person names in Latin script are also written as-is in Lithuanian text (Fumio Kishida)
            if ent.kind == "person" and n.lang == "en" and n.kind == "name":
                self._add_name(forms["lt"], NameEntry(n.text, "lt", n.entity, "name"), ent, plain=True)
            if ent.kind == "person" and n.lang == "lt" and n.kind == "name" and n.text != _fold(n.text) \
                    and _fold(n.text) in en_names.get(n.entity, ()):
                # a name written with its own letters in English text too ("Gitanas Nausėda", en "Gitanas Nauseda")
                self._add_name(forms["en"], NameEntry(n.text, "en", n.entity, "name"), ent)
            if n.lang == "lt" and n.kind == "demonym" and ent.kind == "country":
                for adj in _lt_relational_adjectives(n.text):
                    by_adj: dict[str, list[tuple[str, str]]] = defaultdict(list)
                    for f in inflect_word(adj, "adj"):
                        by_adj[f.text].append((f.case, f.number))
                    for text, an in by_adj.items():
                        self._put(forms["lt"], text, Cand(ent.id, "country", "adj", tuple(an), None, 1))
        self.role_country: dict[str, str] = {}
        self.adjacent_roles: set[str] = set()
        self.equipment_roles: set[str] = set()
        self.gender: dict[str, str] = {}  # role target or entity id → grammatical gender of its nominative (m | f)
        for n in d.names:
            if n.lang == "lt" and n.kind == "name" and n.entity not in self.gender:
                ent = d.entities[n.entity]
                g = ent.gender if ent.kind == "person" else _lt_gender(n.text)
                if g:
                    self.gender[n.entity] = g
        for r in d.roles:
            target = f"role:{r.lang}:{r.phrase}"
            if r.country:
                self.role_country[target] = r.country
            if r.adjacent:
                self.adjacent_roles.add(target)
            if r.equipment:
                self.equipment_roles.add(target)
            if r.lang == "lt" and not r.plural_only and r.kind != "group":
                g = _lt_gender(r.phrase)
                if g:
                    self.gender[target] = g
            tbl = forms[r.lang]
            if r.lang == "lt":
                # a rank of two nouns in apposition declines in both ("generolas leitenantas" → "generolu
                # leitenantu"), like a person's name
                kind = "person" if r.apposition else role_kind(r.phrase)
                for f in inflect(r.phrase, kind, True if r.plural_only else None):
                    for text in {f.text, _cap(f.text)}:
                        self._put(tbl, text, Cand(target, "role", "role", ((f.case, f.number),), r.sector,
                                                  len(r.phrase.split())))
            else:
                variants = {r.phrase} if r.plural_only else {r.phrase, " ".join(
                    [*r.phrase.split()[:-1], _en_plural(r.phrase.split()[-1])])}
                for v in variants:
                    num = "Plur" if (r.plural_only or v != r.phrase) else SG
                    for text in {v, _cap(v), v.title()}:
                        self._put(tbl, text, Cand(target, "role", "role", (("", num),), r.sector, len(v.split())))
        for lang, tbl in forms.items():
            a = ahocorasick.Automaton()
            for text, cands in tbl.items():
                a.add_word(text, (len(text), tuple(self._merge(cands))))
            a.make_automaton()
            self.auto[lang] = a
        self.n_forms = {lang: len(tbl) for lang, tbl in forms.items()}

    @staticmethod
    def _merge(cands: list[Cand]) -> list[Cand]:
        merged: dict[tuple[str, str, str | None], Cand] = {}
        for c in cands:
            k = (c.target, c.form, c.sector)
            if k in merged:
                old = merged[k]
                merged[k] = Cand(c.target, c.kind, c.form, tuple(dict.fromkeys(old.analyses + c.analyses)),
                                 c.sector, max(c.words, old.words), old.ambiguous or c.ambiguous)
            else:
                merged[k] = c
        return sorted(merged.values(), key=lambda c: (KIND_RANK.get(c.kind, 9), c.form != "name"))

    def _put(self, tbl: dict[str, list[Cand]], text: str, cand: Cand) -> None:
        if len(text) >= 2:
            tbl[text].append(cand)
            if text[0].islower():  # "Sovietų kariai", "Hučiai užgrobė": a lowercase form opening a sentence
                tbl[_cap(text)].append(cand)

    def _add_name(self, tbl: dict[str, list[Cand]], n: NameEntry, ent: Entity, plain: bool = False) -> None:
        kind = ent.kind
        words = n.text.split()
        amb = self.ambiguous[n.lang]
        if len(words) == 1 and n.text in amb:
            tbl = _Flagging(tbl)
        if n.lang == "lt" and not plain:
            if n.kind == "demonym":
                fs = inflect(n.text, "common", True)
            else:
                fs = inflect(n.text, "person" if kind == "person" else "name")
            by_text: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for f in fs:
                by_text[f.text].append((f.case, f.number))
            for text, an in by_text.items():
                self._put(tbl, text, Cand(ent.id, kind, n.kind, tuple(an), None, len(words)))
            if kind == "person" and len(words) >= 2:
                sur = words[-1]
                # a surname may be two words ("von der Leyen"): keep particles with it
                sur_words = _surname_words(words)
                if not _surname_ok(" ".join(sur_words)):
                    return
                if " ".join(sur_words) in amb:
                    tbl = _Flagging(tbl)
                sfs = inflect(" ".join(sur_words), "person")
                by_s: dict[str, list[tuple[str, str]]] = defaultdict(list)
                for f in sfs:
                    by_s[f.text].append((f.case, f.number))
                initial = words[0][0]
                for text, an in by_s.items():
                    self._put(tbl, text, Cand(ent.id, kind, "surname", tuple(an), None, len(sur_words)))
                    self.surnames[ent.id].add(text)
                    for sep in (". ", "."):
                        self._put(tbl, f"{initial}{sep}{text}", Cand(ent.id, kind, "initial", tuple(an), None, 2))
                del sur
        else:
            variants = [n.text]
            an: tuple[tuple[str, str], ...] = ()
            if n.lang == "lt":
                an = tuple((c, SG) for c in ("NOM", "GEN", "DAT", "ACC", "INS", "LOC"))
            for text in variants:
                self._put(tbl, text, Cand(ent.id, kind, n.kind, an, None, len(words)))
            if kind == "person" and len(words) >= 2:
                sur_words = _surname_words(words)
                if ent.country in _FAMILY_NAME_FIRST and (n.lang != "lt" or plain) and 2 <= len(words) <= 3 \
                        and not any(w[:1].islower() for w in words):
                    sur_words = words[:1]  # "Xi Jinping" is Xi, "Yoon Suk Yeol" Yoon: the family name comes first
                sur = " ".join(sur_words)
                if not (_surname_ok(sur) or (sur_words == words[:1] and len(sur) == 2 and sur.istitle())):
                    return
                if sur in amb:
                    tbl = _Flagging(tbl)
                self._put(tbl, sur, Cand(ent.id, kind, "surname", an, None, len(sur_words)))
                self.surnames[ent.id].add(sur)
                for sep in (". ", "."):
                    self._put(tbl, f"{words[0][0]}{sep}{sur}", Cand(ent.id, kind, "initial", an, None, 2))

    # -------------------------------------------------------------------------------------- matching
    def raw_matches(self, text: str, lang: str) -> list[tuple[int, int, tuple[Cand, ...]]]:
        auto = self.auto.get(lang)
        if auto is None:
            return []
        found: list[tuple[int, int, tuple[Cand, ...]]] = []
        n = len(text)
        for end, (length, cands) in auto.iter(text):
            start = end - length + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_"):
                continue
            if end + 1 < n and (text[end + 1].isalnum()):
                continue
            found.append((start, end + 1, cands))
        # longest first, then leftmost; no overlaps
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        covered = bytearray(n)
        out = []
        for m in found:
            if covered.find(1, m[0], m[1]) != -1:
                continue  # overlaps a longer match already taken
            covered[m[0]:m[1]] = b"\x01" * (m[1] - m[0])
            out.append(m)
        out.sort(key=lambda m: m[0])
        return out


class _Flagging(dict):
    """A view of a form table that marks every candidate put through it as ambiguous."""

    def __init__(self, base: dict[str, list[Cand]]):
        super().__init__()
        self.base = base

    def __getitem__(self, key: str) -> list[Cand]:
        return _FlagList(self.base[key])


class _FlagList:
    def __init__(self, target: list[Cand]):
        self.target = target

    def append(self, c: Cand) -> None:
        self.target.append(Cand(c.target, c.kind, c.form, c.analyses, c.sector, c.words, True))


def _surname_words(words: list[str]) -> list[str]:
    """The surname of a full name, with its particles ("von der Leyen", "da Silva")."""
    i = len(words) - 1
    while i > 1 and words[i - 1][:1].islower():
        i -= 1
    return words[i:]


_ROMAN = re.compile(r"^[IVXLC]+$")
# where a person's family name comes first (in English too): Chinese, Korean, Vietnamese names
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "PRK", "KOR", "VNM"})


def _surname_ok(s: str) -> bool:
    """A surname usable alone: not a regnal number (Elizabeth II), not an initial, not too short."""
    last = s.split()[-1]
    return len(last) >= 3 and not _ROMAN.match(last) and any(ch.islower() for ch in last)


@cache
def matcher() -> Matcher:
    return Matcher(load())


def _parse_date(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


# words between a place preposition and the place that keep it a place
_EN_PLACE_ADJ = frozenset("eastern western northern southern central north south east west far "
                          "northeastern northwestern southeastern southwestern neighbouring neighboring "
                          "occupied rebel held war torn mainland".split())  # (hyphenated: "rebel-held", "war-torn")
_WORD = re.compile(r"\w+", re.U)
_BRACKET_ACRONYM = re.compile(r"\s*\(([A-ZĄČĘĖĮŠŲŪŽ]{2,6})\)")


def mark_unresolved(ms: list[Mention]) -> None:
    """A participant word whose country stayed unknown ("the government", "militants", "missiles" with no state
    named anywhere near) is no actor an analyst can use: its role becomes "unresolved" (it stays in the list,
    with its sector). Run after event coding, which may still use such a word for who did what."""
    for m in ms:
        if m.role == "actor" and not m.country and (m.kind == "role" or (m.kind == "person" and m.actor)):
            # (also a person the dictionary doesn't know whose title names no country: "Defence Minister X")
            m.role = "unresolved"


def _quoted(m: Mention, text: str) -> bool:
    """A name written in quotes („Hamas“)."""
    return m.start > 0 and text[m.start - 1] == "„" and text[m.end:m.end + 1] in ("“", '"')


_LT_CONJ = frozenset({"ir", "bei", "ar", ","})
# words allowed between an English nationality and its title ("Russia's top diplomat", "the Russian deputy PM")
_EN_TITLE_MODS = frozenset("top new former deputy acting chief senior first vice then outgoing incoming "
                           "interim caretaker presidential".split())
_EN_CONJ = frozenset({"and", ",", "or"})
# a count repeated for each member of a list of nationalities: "two Russian and two Chinese bombers"
_EN_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several dozens".split())
# titles of a state's envoy posted to an organisation ("Russia's U.N. ambassador")
_EN_POSTED_TITLES = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "representative", "mission"})
# words that end a noun phrase: a nationality adjective does not reach a force noun across them
_EN_GAP_STOP = frozenset("and or of in on at to by with from for said says say the a an its their is are was were "
                         "has have had".split())


class Actors:
    name = "actors"

    def __init__(self, cfg: dict[str, Any]):
        self.m = matcher()
        self.d = self.m.d
        self.org_codes = frozenset(e.code for e in self.d.entities.values() if e.kind == "org")
        self.desc_heads, self.armed, self.halves = _en_descriptions(self.d)

    # ---------------------------------------------------------------------------------------------
    def __call__(self, art: Article) -> Article:
        lang = art.lang if art.lang in ("lt", "en") else None
        if lang is None or not art.sentences:
            return art
        when = _parse_date(art.date)
        starts = [s.start for s in art.sentences]
        mentions: list[Mention] = []
        for start, end, cands in self.m.raw_matches(art.text, lang):
            si = bisect.bisect_right(starts, start) - 1
            if si < 0 or end > art.sentences[si].end:
                continue  # across a sentence boundary
            mentions.append(Mention(art.id, si, art.text[start:end], start, end, cands[0].kind, None, None, None,
                                    lang=lang, cands=cands, form=cands[0].form))
        by_sent: dict[int, list[Mention]] = defaultdict(list)
        for mt in mentions:
            by_sent[mt.sentence_index].append(mt)
        full_people: set[str] = set()  # people named in full earlier in the article
        us_states: set[str] = set()  # names shared by a country and a US state read as the state earlier
        acronyms: dict[str, Cand] = {}  # organisations named in full earlier: their acronym → what it is
        named = {self.d.entities[m.cands[0].target].country or self.d.entities[m.cands[0].target].code
                 for m in mentions if m.cands[0].kind in ("country", "city") and m.cands[0].target in self.d.entities}
        out: list[Mention] = []
        # (every sentence: one with no name may still refer back: "Sala paskelbė ...", "The Baltic state said")
        for si in range(len(art.sentences)):
            sent = art.sentences[si]
            ms = [x for x in by_sent[si] if self._keep(x, sent.start, art.text, lang, full_people)]
            ms = [x for x in ms if not self._other_first_name(x, ms, sent.start, art.text)
                  and not self._first_name_of_other(x, ms, sent.start, sent.end, art.text)
                  and not (lang == "en" and self._place_as_first_name(x, ms, sent.start, sent.end, art.text))]
            for mt in ms:
                if lang == "en" and self._us_state_namesake(mt, ms, art.text, sent.start, sent.end, us_states):
                    place = next(x for x in mt.cands if x.kind == "place")
                    mt.cands = (place,) + tuple(x for x in mt.cands if x is not place)
                    mt.kind, mt.form = "place", place.form
                    us_states.add(mt.text)
            for mt in ms:
                self._local_org_first(mt, named)
                if acronyms and mt.text in acronyms and mt.cands[0].target != acronyms[mt.text].target:
                    # "the Rapid Support Forces ... the RSF": an acronym means the body named in full before it,
                    # not another that shares it (Reporters Without Borders)
                    mt.cands = (acronyms[mt.text], *mt.cands)
                    mt.kind, mt.form = "org", "alias"
                self._resolve(mt, when, full_people, lang, art.text)
                if mt.kind == "org" and mt.cands and " " in mt.text:
                    self._note_acronym(mt, art.text, acronyms)
            ms = [x for x in ms if x.entity is not None or x.kind == "role"]
            self._group_members(ms, art.text, lang)
            self._city_subjects(ms, art.text, lang, sent.start)
            cur = self.m.currency[lang]
            for x in ms:
                if x.kind == "country" and cur and cur.match(art.text, x.end):
                    x.role = "modifier"  # "JAV dolerių", "U.S. dollars": a currency, not an actor
                elif lang == "en" and x.kind in ("country", "org", "city") and _EN_NOT_AGENT.match(art.text, x.end):
                    x.role = "modifier"  # "Iran-backed militias", "U.S.-made missiles": another's, not the actor
                elif lang == "en" and x.kind == "org" and _EN_ONE_MEMBER.match(art.text, x.end) \
                        and _EN_INDEFINITE_BEFORE.search(art.text, max(0, x.start - 12), x.start):
                    x.role = "modifier"  # "a NATO member", "an EU member state": one member unnamed, not the body
            if lang == "en":
                for a, b in zip(ms, ms[1:], strict=False):
                    if (a.kind == "country" and b.kind == "org" and a.country and b.country == a.country
                            and _EN_POSSESSIVE_GAP.fullmatch(art.text, a.end, b.start)):
                        a.role = "nationality"  # "Yemen's Houthis", "Sudan's Rapid Support Forces": the group's own country
            if lang == "en":
                ms.extend(self._en_definite(ms, out, art.text, sent.start, sent.end, si))
                ms.sort(key=lambda x: (x.start, x.end))
            else:
                for a, b in zip(ms, ms[1:], strict=False):
                    if (a.kind == "country" and b.kind == "org" and a.country and b.country == a.country
                            and "GEN" in a.cases and not art.text[a.end:b.start].strip()):
                        a.role = "nationality"  # "Jemeno hučiai", "Libano Hezbollah": the group's own country
                for a, b in zip(ms, ms[1:], strict=False):
                    if (b.kind == "org" and b.country and " " in b.text and a.kind in ("country", "org")
                            and all(w[:1].islower() for w in b.text.split()[1:]) and a.end <= b.start
                            and (a.country or a.actor) != b.country
                            and ("GEN" in (a.cases or []) or a.text.isupper()) and not art.text[a.end:b.start].strip()):
                        # "ES Greitojo reagavimo pajėgos", "Rusijos Greitojo reagavimo pajėgos": an owner named right
                        # before a group's name made only of common nouns makes it the owner's unit, not that group
                        mil = a.kind == "country" and a.country
                        b.country, b.entity, b.kind = a.country, a.entity, a.kind
                        b.actor = a.country + "MIL" if mil else a.actor
                        b.sector = "MIL" if mil else a.sector
                        a.role = "nationality"
                self._definite_references(ms, out, art.text, sent.start, sent.end, si, art.id)
            self._compose(ms, art.text, lang, when)
            self._office_of_person(ms, art.text, lang)
            if lang == "en":
                for a, b in zip(ms, ms[1:], strict=False):
                    if (a.kind == "country" and a.country and a.country not in self.org_codes and b.kind == "person"
                            and b.entity is not None and b.country and b.country != a.country
                            and b.country not in self.org_codes and a.role in ("actor", "nationality")
                            and (re.fullmatch(r"['’]s\s+", art.text[a.end:b.start])
                                 or a.form == "adj" and art.text[a.end:b.start] == " ")):
                        # "Jordan's King Abdullah", "Qatari Sheikh Mohammed": the country named with a person overrides
                        # a namesake of another country the dictionary knows
                        b.country, b.actor = a.country, a.country + (b.sector or "")
                        a.role = "nationality"
            for p in ms:
                if p.kind == "person" and " " in p.text and p.role != "absorbed":
                    for x in ms:
                        if x.kind in ("org", "country", "city") and p.start < x.start and x.end == p.end \
                                and not x.text.isupper() and (lang == "en" or not x.cases or "NOM" in x.cases):
                            x.role = "absorbed"  # "Thérèse Kayikwamba Wagner": a person's surname, not the group
            if lang == "en":
                self._en_pronoun_owner(ms, out, art.text)
                self._en_the_country_s(ms, out, art.text)
            out.extend(x for x in ms if x.role != "absorbed")
        self._anaphoric_role(out, art.text)
        for x in out:
            if x.role == "actor" and x.kind in ("org", "role") and (x.actor in self.org_codes) \
                    and _FORMER_BEFORE.search(art.text, max(0, x.start - 16), x.start):
                # "said a former ICC prosecutor", "teigia buvęs NATO vadas": who once served an organisation speaks
                # for it no more
                x.role = "modifier"
        if lang == "en":
            self._en_opening_title(out, art.text)
        self._domestic_country(out, self.org_codes)
        if lang == "en":
            self._en_bare_junta(out)
        if lang == "en":
            # "the two leaders", "world leaders": a bare "leader" names no one; only with a nationality or a
            # group ("Houthi leader X", "the North's leader") is it a participant
            out = [x for x in out if not (x.kind == "role" and not x.country and x.cands
                                          and x.cands[0].target == "role:en:leader")]
        if lang == "lt":
            for x in out:
                if x.kind == "role" and not x.country and x.role == "actor" and x.cands \
                        and x.cands[0].target in self.m.equipment_roles:
                    x.role = "modifier"  # "numušė dronus": a weapon whose owner is nowhere named is no actor
        art.mentions = out
        return art

    def _city_subjects(self, ms: list[Mention], text: str, lang: str, sent_start: int) -> None:
        """Only a capital acting as a subject stands for its government (guide §5): "Lvovas pareiškė", "Odesa
        and Istanbul agreed", "Kharkiv said" are city authorities, no state's actor. (A city acted on still
        stands for its country: "smogė Charkivui", "struck Kharkiv".)"""
        lead = sent_start
        for x in ms:
            if x.role != "actor" or x.entity is None:
                continue
            ent = self.d.entities[x.entity]
            if x.kind == "place" and lang == "en" and ent.place_kind == "region" and ent.country \
                    and not ent.members:
                # a state's region as a subject is its own authority, as a city is: "Texas sued ...",
                # "Scotland said ..." (acted on, it still stands for its country: "struck Kursk Oblast")
                gap = text[lead:x.start]
                if re.fullmatch(r"\W*(?:[Tt]he\s+)?", gap) and not _EN_POSSESSIVE.match(text, x.end) \
                        and text[x.end:x.end + 1] != "-":
                    x.role = "location"
                continue
            if x.kind != "city" or ent.capital or ent.stands_for:
                continue
            if lang == "lt":
                if x.cases and "NOM" in x.cases and set(x.cases) <= {"NOM", "VOC", "INS"}:
                    x.role = "location"
                elif x.cases and "GEN" in x.cases and _LT_CITY_REGION.match(text, x.end):
                    x.role = "location"  # "Šiaulių apskritis pasirašė", "su Kauno rajonu", "Šiaulių ir Panevėžio
                    # regionai": the city's region or county as a subject or a partner is a domestic authority
                continue
            gap = text[lead:x.start]
            if _EN_CITY_REGION.match(text, x.end) and (re.fullmatch(r"\W*(?:[Tt]he\s+)?", gap) or re.search(
                    r"\bwith\s+(?:the\s+)?$", text[max(sent_start, x.start - 12):x.start])):
                x.role = "location"  # "The Siauliai region signed ...", "talks with the Lviv regional administration"
                continue
            if not gap.strip(" „\"“«(–-") or re.fullmatch(r"\s*(?:,|and)\s*", gap):
                lead = x.end  # ("Odesa and Istanbul agreed ...")
                if not _EN_POSSESSIVE.match(text, x.end) and text[x.end:x.end + 1] != "-":
                    x.role = "location"

    def _definite_references(self, ms: list[Mention], out: list[Mention], text: str, sent_start: int, end: int,
                             si: int, article: str) -> None:
        """Lithuanian definite descriptions and demonstratives that name an actor named before (ms: this
        sentence's mentions, out: the earlier sentences'):
        - "šalies" ('the country's') before a role is the country the text is about: the subject of this
          clause or of the sentence before ("Izraelis smogė Iranui. Šalies kariuomenė ..." → ISRMIL), else
          the one country that sentence names ("Bangladeše ... Šalies kariuomenė" → BGDMIL);
        - "sala" ('the island'), as a subject or before a role, is the country named last ("... aplink
          Taivaną. Sala paskelbė ...", "Salos gynybos ministerija"); not in a name ("Lesbo salos");
        - "šis"/"ši" ('this one') standing alone is the last participant of its gender in the sentence
          before ("... su Japonijos premjeru Fumio Kishida. Šis pažadėjo ..."). (Within one sentence, as in
          "sukritikavo Vokietiją, kad ši ...", it mostly opens an embedded clause whose act is no event of its
          own; resolving it there cost more events than it won.)"""
        k = len(out)  # (out holds the earlier sentences' mentions in order: the last sentence's are at its end)
        while k > 0 and out[k - 1].sentence_index == out[-1].sentence_index:
            k -= 1
        prev = out[k:]
        added: list[Mention] = []
        for mm in _LT_DEFINITE.finditer(text, sent_start, end):
            if any(x.start <= mm.start() < x.end for x in ms):
                continue
            word, ws, we = mm.group(0), mm.start(), mm.end()
            low = word.lower()
            before = _WORD_BEFORE.search(text, max(sent_start, ws - 30), ws)
            if before and before.group(1)[:1].isupper() and text[sent_start:before.start(1)].strip(" „\"“«(–-"):
                continue  # "Lesbo salos", "Rusnės sala": part of a place's name
            nxt = next((x for x in ms if x.start >= we), None)
            role_next = nxt is not None and nxt.kind == "role" and not text[we:nxt.start].strip()
            gen = low in ("šalies", "salos")
            if low.startswith("šal"):
                if not (gen and role_next):
                    continue
                ante = self._subject_country(ms, prev, ws)
            else:
                if not word[:1].isupper() or not (role_next or not gen):
                    continue  # (only the capitalised definite "Sala", "Salos": lowercase "salos" is any island)
                ante = next((x for x in reversed([*prev, *[y for y in ms if y.end <= ws]])
                             if x.kind == "country" and x.country), None)
            if ante is None or not ante.country:
                continue
            case = "GEN" if gen else _LT_SALA_CASE.get(low, "NOM")
            added.append(Mention(article, si, word, ws, we, "country", ante.entity
                                 if ante.kind == "country" else None, ante.country, ante.country, None, "actor",
                                 case, SG, [case], "lt", form="definite"))
        for mt in ms:
            if mt.kind == "role" and mt.cands and not mt.country and mt.text.lower().startswith("šalies "):
                ante = self._subject_country(ms, prev, mt.start)  # "Šalies vadovas", "šalies vadovybė"
                if ante is not None and ante.country:
                    mt.country, mt.actor = ante.country, ante.country + (mt.sector or "")
        for mm in _LT_DEMONSTRATIVE.finditer(text, sent_start, end):
            low = mm.group(1).lower()
            gender, case = _LT_DEMONSTRATIVE_FORMS[low]
            nw = _NEXT_WORD.match(text, mm.end())
            if nw and (nw.group(1)[:1].isupper() or nw.group(1).lower().endswith(_LT_AGREEING[low])
                       or any(x.start == nw.start(1) and x.kind in ("role", "country", "org") for x in ms)):
                continue  # "Šis filmas", "šią savaitę", "Ši vyriausybė": a determiner, not a pronoun
            ante = next((x for x in reversed(prev) if x.role == "actor" and x.actor
                         and x.kind in ("person", "role", "country", "org") and self._mention_gender(x) == gender
                         and x.number != "Plur"), None)
            if ante is None:
                continue
            added.append(Mention(article, si, mm.group(1), mm.start(1), mm.end(1),
                                 "person" if ante.kind == "role" else ante.kind, ante.entity, ante.actor,
                                 ante.country, ante.sector, "actor", case, SG, [case], "lt", form="pronoun"))
        if added:
            ms.extend(added)
            ms.sort(key=lambda x: (x.start, x.end))

    @staticmethod
    def _subject_country(ms: list[Mention], prev: list[Mention], pos: int) -> Mention | None:
        """The country a clause is about: the first subject (nominative actor with a country) before `pos`
        in this sentence, else in the sentence before, else the one country that sentence names."""
        for pool in ([x for x in ms if x.end <= pos], prev):
            subj = next((x for x in pool if x.role == "actor" and x.country and "NOM" in (x.cases or [])
                         and x.kind != "place" and x.form != "pronoun"), None)
            if subj is not None:
                return subj
        countries = {x.country for x in prev if x.country and x.kind in ("country", "city", "place", "role")}
        if len(countries) == 1:
            return next(x for x in prev if x.country in countries)
        return None

    def _mention_gender(self, m: Mention) -> str | None:
        """Grammatical gender of a mention (of its nominative; for people their own)."""
        if m.entity and m.entity in self.m.gender:
            return self.m.gender[m.entity]
        if m.kind == "role" and m.cands:
            return self.m.gender.get(m.cands[0].target)
        if m.kind == "person":
            w = m.text.split()[-1].lower()
            if w.endswith(("ė", "ės", "ei", "ę", "ėje")):
                return "f"
            if w.endswith(("as", "is", "us", "ys", "o", "ui", "u", "į")):
                return "m"
        return None

    def _local_org_first(self, mt: Mention, named: set[str | None]) -> None:
        """A name several organisations share ("RSF": Reporters Without Borders, Sudan's Rapid Support Forces)
        means the one tied to a country the article names, when just one of them is."""
        orgs = [x for x in mt.cands if x.kind == "org" and x.target in self.d.entities]
        if len({x.target for x in orgs}) < 2:
            return
        local = [x for x in orgs if self.d.entities[x.target].country in named]
        if len({x.target for x in local}) == 1 and local[0] is not mt.cands[0]:
            mt.cands = (local[0], *[x for x in mt.cands if x is not local[0]])
            mt.kind, mt.form = "org", local[0].form

    @staticmethod
    def _note_acronym(mt: Mention, text: str, acronyms: dict[str, Cand]) -> None:
        """Remember the acronym an organisation's full name defines: its capitalised words' initials
        ("Rapid Support Forces" → RSF) and whatever follows it in brackets ("Greitosios paramos pajėgos
        (RSF)")."""
        c = mt.cands[0]
        ini = "".join(w[0] for w in mt.text.split() if w[:1].isupper())
        if 2 <= len(ini) <= 6:
            acronyms.setdefault(ini.upper(), c)
        m = _BRACKET_ACRONYM.match(text, mt.end)
        if m:
            acronyms[m.group(1)] = c

    @staticmethod
    def _anaphoric_role(ms: list[Mention], text: str = "") -> None:
        """A role named again without its country in a later sentence ("Poland's foreign ministry summoned
        ... The ministry said", "Lenkijos užsienio reikalų ministerija ... Ministerija pabrėžė") is the
        same body: it takes the country of the last earlier mention with the same head word."""
        last: dict[str, tuple[int, set[str]]] = {}  # head word → (sentence, the countries it had there)
        span_head = {(m.start, m.end): m.cands[0].target.rsplit(":", 1)[-1].split()[-1].lower()
                     for m in ms if m.kind == "role" and m.cands}
        sides: dict[tuple[int, str | None], set[str]] = defaultdict(set)  # (sentence, sector) → countries of its roles
        for m in ms:
            if m.kind == "role" and m.role == "actor" and m.country:
                sides[(m.sentence_index, m.sector)].add(m.country)
        for m in ms:
            head = span_head.get((m.start, m.end))  # (a composed extra actor shares its span's role)
            if m.kind != "role" or m.role != "actor" or head is None:
                continue
            if m.country:
                seen = last.get(head)
                if seen and seen[0] == m.sentence_index:
                    seen[1].add(m.country)  # "Japonijos ir Rusijos ministrai": two bodies, no one antecedent
                else:
                    last[head] = (m.sentence_index, {m.country})
                continue
            prev = last.get(head)
            if m.number == "Plur" and m.sector == "GOV" and prev and len(sides.get((prev[0], m.sector), ())) >= 2 and (
                    m.lang == "lt" or text[max(0, m.start - 5):m.start].lower().endswith(("two ", "both "))):
                continue  # "X ministras susitiko su Y kolega. Ministrai sutarė ...": the group of both, not one's body
            if prev and prev[0] < m.sentence_index and m.sector and len(prev[1]) == 1:
                m.country = next(iter(prev[1]))
                m.actor = m.country + m.sector

    def _en_bare_junta(self, ms: list[Mention]) -> None:
        """"The United States cut aid to Myanmar and warned the junta": a military government named with no country
        and no antecedent rules the country named last before it in its sentence (else the sentence before) that is
        not the sentence's first actor, the one acting on it."""
        for m in ms:
            if m.kind != "role" or m.country or m.role != "actor" or not m.cands \
                    or m.cands[0].target not in _EN_JUNTA_ROLES:
                continue
            for si in (m.sentence_index, m.sentence_index - 1):
                sent = [x for x in ms if x.sentence_index == si and x.role in ("actor", "location", "nationality")
                        and (si < m.sentence_index or x.end <= m.start)]
                first = next((x for x in sent if x.role == "actor" and x.country), None)
                named = [x for x in sent if x.kind == "country" and x.form != "adj" and x.country
                         and x.country not in self.org_codes and x is not first
                         and (first is None or x.country != first.country)]
                if named:
                    m.country = named[-1].country
                    m.actor = (m.country or "") + (m.sector or "")
                    break

    def _en_opening_title(self, ms: list[Mention], text: str) -> None:
        """"Finland will keep its border with Russia closed. The interior minister said Moscow ...": a domestic title
        opening its sentence with "The" and no country continues the subject of the sentence before (its first
        actor naming a country), not whoever the new sentence goes on to name."""
        for i, m in enumerate(ms):
            if m.kind != "role" or m.country or m.role != "actor" or m.sector not in _DOMESTIC_SECTORS \
                    or not _EN_OPENING_THE.search(text, max(0, m.start - 8), m.start):
                continue
            if i > 0 and ms[i - 1].sentence_index == m.sentence_index:
                continue
            if m.cands and any(x.cands and x.cands[0].target == m.cands[0].target for x in ms[:i]):
                continue  # ("the Russian embassy in Oslo ... The embassy said": the one named before)
            prev = [x for x in ms[:i] if x.sentence_index == m.sentence_index - 1]
            subj = prev[0] if prev else None
            if subj is None or subj.role != "actor" or not subj.country or subj.country in self.org_codes \
                    or subj.kind not in ("country", "city", "person", "role"):
                continue
            m.country = subj.country
            m.actor = subj.country + (m.sector or "")

    @staticmethod
    def _domestic_country(ms: list[Mention], orgs: frozenset[str] = frozenset()) -> None:
        """A domestic role named without a country ("policija", "the government", "protesters") belongs to
        the one country its sentence names (as an actor, a nationality or a place: "Tbilisyje ...
        policija"; or through an acting organisation tied to it: "hučiai apšaudė civilius" → Yemeni
        civilians); with none or two or more it stays without one. Known trade-off: a foreign state
        acting on them lends its own country ("The United States urged police to ..." → USACOP);
        excluding acting states cost more on the gold sets (en dev2 -0.02) than it saved."""
        by_sent: dict[int, set[str]] = defaultdict(set)
        envoys: dict[int, set[str]] = defaultdict(set)  # sentence → countries of the envoys posted abroad it names
        missions: dict[int, set[str]] = defaultdict(set)  # sentence → countries of the embassies it names
        for m in ms:
            if m.country and m.country not in orgs and (m.kind in ("country", "city", "person", "role", "place")
                                                          and not _own(m)
                              or m.kind == "org" and m.role == "actor"):
                by_sent[m.sentence_index].add(m.country)
            if m.kind == "role" and m.country and m.cands and m.cands[0].target in _ENVOY_ROLES:
                envoys[m.sentence_index].add(m.country)
                if m.cands[0].target in _MISSION_ROLES:
                    missions[m.sentence_index].add(m.country)

        def without(posted: dict[int, set[str]]) -> dict[int, set[str]]:
            out = {si: set(cs) for si, cs in by_sent.items()}
            for si, cs in posted.items():
                named = {x.country for x in ms if x.sentence_index == si and x.country in cs
                         and not (x.kind == "role" and x.cands and x.cands[0].target in _ENVOY_ROLES)
                         and not (x.kind == "country" and x.role == "nationality")}
                out[si] = out.get(si, set()) - (cs - named)
            return out
        # the country an envoy represents is not the government that receives him: 'Užsienio reikalų ministerija
        # iškvietė Baltarusijos laikinąjį reikalų patikėtinį', 'the foreign ministry summoned Russia's ambassador'
        # is the host's ministry, never the envoy's own (its envoy's genitive names the summoned side); nor are a
        # crowd or police at an embassy its state's ('Šimtai žmonių protestavo prie Baltarusijos ambasados')
        host_sent, crowd_sent = without(envoys), without(missions)
        envoy_all = set().union(*envoys.values()) if envoys else set()
        whole = set().union(*by_sent.values()) if by_sent else set()
        for m in ms:
            if m.kind != "role" or m.country or m.role != "actor" or m.sector not in _DOMESTIC_SECTORS:
                continue
            posted = envoys if m.sector == "GOV" else missions if m.sector in _CROWD_SECTORS else {}
            cands = (host_sent if m.sector == "GOV" else crowd_sent if posted else by_sent).get(m.sentence_index,
                                                                                             set())
            if not cands and m.lang == "en" and len(whole) == 1:
                # "Hungary blocked the EU aid package. The prime minister said ...": a title in a sentence that
                # names no country belongs to the one country the article names
                cands = whole
            if not cands and posted.get(m.sentence_index):
                # a body receiving an envoy, a crowd at an embassy, in a sentence naming no other country: the one
                # state the article names other than the envoys' (the one acting before); in a Lithuanian article
                # with none or several, Lithuania where it is among them (the home press's unnamed ministry is its
                # own)
                rest = whole - envoy_all
                if len(rest) != 1 and m.lang == "lt" and (not rest or "LTU" in rest):
                    rest = {"LTU"}
                cands = rest
            if len(cands) == 1:
                m.country = next(iter(cands))
                m.actor = m.country + m.sector

    # -- filters ------------------------------------------------------------------------------------
    def _keep(self, mt: Mention, sent_start: int, text: str, lang: str, named: set[str]) -> bool:
        """Drop single-word matches that are ordinary words at the start of a sentence (Viena, Per,
        Trumpas), unless the article already named that entity in full."""
        c = mt.cands[0]
        if _MODEL_AFTER.match(text, mt.end):
            return False  # "Su-25", "Il-20", "MiG-31": a weapon's model designator, not a name
        if c.words > 1 or " " in mt.text or mt.text.isupper():
            return True
        if lang == "en" and mt.text == "May" and (_EN_MONTH_BEFORE.search(text, max(0, mt.start - 12), mt.start)
                                                 or _EN_MONTH_AFTER.match(text, mt.end)):
            return False  # "ship in May", "on May 5", "May 2024": the month, not Theresa May
        at_start = mt.start - sent_start <= 4 and not text[sent_start:mt.start].strip(" „\"“«(–-")
        if not at_start:
            return True
        stop = self.m.common_lt if lang == "lt" else self.m.common_en
        if mt.text.lower() in stop:
            return False
        if any(x.ambiguous for x in mt.cands):
            if lang == "en" and c.kind == "country" and _EN_POSSESSIVE.match(text, mt.end):
                return True  # "Niger's junta", "Guinea's president": a possessive name, not the ordinary word
            if lang == "en" and c.kind == "country" and _EN_NAME_LIST_NEXT.match(text, mt.end):
                return True  # "Niger, Mali and Burkina Faso announced ...": the first of a list of names
            if lang == "lt" and _lt_name_as_subject(mt.text, text, mt.end):
                return True  # "Trumpas pagrasino", "Lima atšaukė", "Trumpas ir Zelenskis": not "Trumpas lietus"
            return any(x.target in named for x in mt.cands)
        return True

    def _us_state_namesake(self, mt: Mention, ms: list[Mention], text: str, s0: int, s1: int,
                           before: set[str]) -> bool:
        """An English name shared by a country and a US state ("Georgia") is the state with American context:
        a state official's title or a state word next to it ("Georgia's governor", "the governor of Georgia",
        "Georgia Republicans", "the state of Georgia"), or another US state or a US city that is no capital
        named in the sentence ("Alabama, Georgia and Texas", "Atlanta, Georgia") with no sign of the country
        (Tbilisi, "Georgian"); or the state read so before in the article and no sign of the country now."""
        if mt.kind != "country" or not any(x.kind == "place" and self.d.entities[x.target].country == "USA"
                                           for x in mt.cands):
            return False
        own = mt.cands[0].target

        def owner(x: Mention) -> str | None:
            e = self.d.entities.get(x.cands[0].target)
            return e.id if e is not None and e.kind == "country" else (e.country if e is not None else None)

        if any(x.text != mt.text and (x.cands[0].target == own or owner(x) == self.d.entities[own].code)
               for x in ms):
            return False  # "Tbilisi", "Georgian": the country
        if _EN_US_STATE_BEFORE.search(text, max(s0, mt.start - 40), mt.start) \
                or _EN_US_STATE_AFTER.match(text, mt.end, s1):
            return True
        for x in ms:
            e = self.d.entities.get(x.cands[0].target)
            if x is mt or e is None or e.country != "USA" or x.cands[0].target == mt.cands[0].target:
                continue
            if (e.kind == "place" and e.place_kind == "region") or (e.kind == "city" and not e.capital):
                return True  # another state ("Alabama, Georgia and Texas") or a US city ("Atlanta, Georgia")
        return mt.text in before

    @staticmethod
    def _other_first_name(mt: Mention, ms: list[Mention], sent_start: int, text: str) -> bool:
        """A known surname right after a capitalised word that is no title or name of the dictionary is
        someone else's ("Karim Khan" is not Imran Khan, "Maria Zakharova" not another Zakharova)."""
        if mt.form != "surname" or mt.cands[0].kind != "person":
            return False
        m = _WORD_BEFORE.search(text, max(sent_start, mt.start - 40), mt.start)
        if not m or not m.group(1)[:1].isupper() or m.group(1).lower() in _NOT_FIRST_NAMES:
            return False
        ws, we = m.start(1), m.end(1)
        if not text[sent_start:ws].strip(" „\"“«(–-"):
            return False  # the sentence's first word is capitalised anyway ("Vakar Zelenskis ...")
        return not any(o is not mt and o.start <= ws and we <= o.end for o in ms)

    @staticmethod
    def _first_name_of_other(mt: Mention, ms: list[Mention], sent_start: int, sent_end: int, text: str) -> bool:
        """An English one-word surname right before another capitalised name word is that person's first
        name ("Martin Griffiths" is not Micheál Martin, "Mohamed Bazoum" not Amina Mohamed); not in a
        title-case headline, where every word is capitalised."""
        if mt.form != "surname" or mt.cands[0].kind != "person" or " " in mt.text:
            return False
        if (p := _NAME_PARTICLE_AFTER.match(text, mt.end, sent_end)) and p.group(1)[:1].isupper() and not any(
                o is not mt and o.start <= p.start(1) < o.end and o.kind != "person" for o in ms):
            return True  # "Ahmedą al Jaberį", "Karl von Habsburg": a name particle and a capitalised word after
            # the surname make it the first name of a longer name (in any sentence, the particle is lowercase)
        m = _NAME_WORD_AFTER.match(text, mt.end, sent_end)  # (any script's capitals: "Ali Šamchanis")
        if not m or not m.group(1)[:1].isupper() or not m.group(1)[1:2].islower() \
                or m.group(1).lower() in _NOT_FIRST_NAMES:
            return False
        ws, we = m.start(1), m.end(1)
        if any(o is not mt and o.start <= ws and we <= o.end and o.kind != "person" for o in ms):
            return False  # "Biden Administration", "Merkel Berlin" ... another actor right after
        return _prose(text, sent_start, sent_end)

    @staticmethod
    def _place_as_first_name(mt: Mention, ms: list[Mention], sent_start: int, sent_end: int, text: str) -> bool:
        """An English one-word country or city name right before a capitalised word that is no English word
        (simplemma's table knows it not), no title and no other name is a person's first name: "Jordan
        Bardella", "Chad Johnson", "Israel Kamakawiwo", "Georgia Meloni"; not "Jordan Valley", "Niger Delta",
        "Chad President Deby", "Russia Ukraine talks" (another name), nor in a title-case headline."""
        if mt.kind not in ("country", "city", "place") or " " in mt.text or mt.text.isupper() or mt.form == "adj":
            return False
        if mt.start > 0 and text[mt.start - 1] in "-–/":
            return False  # the second of a compound: "the Russia-Belarus Zapad-2025 exercises"
        m = _WORD_AFTER.match(text, mt.end, sent_end)
        if not m or m.group(1).lower() in _NOT_FIRST_NAMES or _MODEL_AFTER.match(text, m.end(1)):
            return False
        word = m.group(1)
        ws, we = m.start(1), m.end(1)
        if any(o is not mt and o.start < we and ws < o.end and not (o.kind == "person" and " " not in o.text)
               for o in ms):
            return False  # another name right after: a list, "Jordan Queen Rania", "Georgia Tbilisi" (a lone
            # surname is no other name: "Chad Johnson" is not Chad and Mike Johnson)
        from .nlp import _dictionary

        table = _dictionary("en")
        if table is None or table.get(word.lower()) is not None:
            return False  # an English word after it: "Jordan Valley", "Niger Delta", "Chad Basin"
        return _prose(text, sent_start, sent_end)

    # -- resolution ---------------------------------------------------------------------------------
    def _resolve(self, mt: Mention, when: date | None, full_people: set[str], lang: str, text: str) -> None:
        cands = mt.cands
        c = cands[0]
        if c.kind == "role":
            mt.kind, mt.entity, mt.sector = "role", None, c.sector
            mt.actor = c.sector
            implied = self.m.role_country.get(c.target)
            if implied in self.org_codes:  # "the Security Council" named alone: the UN body
                # (its code stands in the country field too, as the event coder needs a party there; the full
                # name "UN Security Council" resolves to the organisation itself, with no country)
                mt.country, mt.actor = implied, implied
            elif implied:  # "Kremlius pareiškė", "the White House said": the institution's state
                mt.country, mt.actor = implied, implied + (c.sector or "")
            same = [x for x in cands if x.kind == "role" and x.sector == c.sector and x is not c]
            if same:
                # one form of two role words ("ministre": ministras in the locative, ministrė in the
                # instrumental): every reading's case stands
                c = Cand(c.target, c.kind, c.form, tuple(dict.fromkeys(
                    c.analyses + tuple(an for x in same for an in x.analyses))), c.sector, c.words, c.ambiguous)
            self._set_case(mt, c)
            return
        if c.kind == "person":
            people = [x for x in cands if x.kind == "person"]
            if c.form in ("surname", "initial"):
                known = [x for x in people if x.target in full_people]
                city = next((x for x in cands if x.kind == "city" and x.form == "name"), None)
                if known:
                    c = known[0]
                elif city is not None and c.form == "surname":
                    # a bare surname that is also a city's name ("Wellington" for Wellington Koo): the city,
                    # unless the person was named in full before
                    mt.cands = (city,) + tuple(x for x in cands if x is not city)
                    mt.kind, mt.form = city.kind, city.form
                    return self._resolve(mt, when, full_people, lang, text)
                else:
                    live = [x for x in people if when and self.d.entities[x.target].term_at(when)]
                    ids = {x.target for x in (live or people)}
                    if len(ids) != 1:
                        mt.entity = None  # ambiguous surname: leave it
                        return
                    c = (live or people)[0]
            else:
                full_people.add(c.target)
            ent = self.d.entities[c.target]
            term = ent.term_at(when)
            mt.kind, mt.entity = "person", ent.id
            if term is not None:
                mt.country, mt.sector = term.country, term.sector
            elif when is not None and any(t.end and t.end <= when for t in ent.terms):
                mt.country, mt.sector = ent.country, "ELI"  # a former office holder
            else:
                mt.country, mt.sector = ent.country, None
            if mt.country and mt.country in self.org_codes:
                mt.actor = mt.country  # the head of an organisation acts for it (UN, NATO, EU)
            else:
                mt.actor = (mt.country or "") + (mt.sector or "") if mt.country else None
            self._set_case(mt, c)
            return
        ent = self.d.entities[c.target]
        mt.kind, mt.entity, mt.form = ent.kind, ent.id, c.form
        self._set_case(mt, c)
        if ent.kind == "country":
            mt.country = ent.code
            mt.actor = ent.code
            if c.form == "adj" or (c.form == "demonym" and lang == "lt" and mt.case == "GEN"
                                   and _next_word_lower(text, mt.end) and not _after_quantity_word(text, mt.start)):
                # "Russian", "rusų kalba": a nationality; but "su rusais", "palestiniečiams", "tūkstančiai
                # serbų": the people
                mt.role = "nationality"
                if lang == "en" and _EN_PEOPLE_BEFORE.search(text, max(0, mt.start - 24), mt.start) \
                        and _EN_PEOPLE_AFTER.match(text, mt.end):
                    mt.role = "actor"  # "hundreds of Sudanese who ...", "140,000 Japanese.": the people, civilians
                    mt.actor, mt.sector = ent.code + "CVL", "CVL"
            elif c.form == "demonym" and lang == "lt" and (mt.number == SG or _LT_COUNT.search(
                    text, max(0, mt.start - 16), mt.start)):
                # one person or people counted are individuals, the country's civilians ("sulaikė amerikietį",
                # "išgelbėjo 40 sirų", "paleido du prancūzus"); a bare plural names the nation ("padėkojo
                # islandams", "pagalba palestiniečiams")
                mt.sector, mt.actor = "CVL", ent.code + "CVL"
            if lang == "en" and _EN_FLAGGED.match(text, mt.end):
                # "a Greek-flagged tanker", "Panama-flagged ships": the vessel of the flag state
                mt.role = "actor"
                mt.end = _EN_FLAGGED.match(text, mt.end).end()
                mt.text = text[mt.start:mt.end]
        elif ent.kind == "org":
            mt.country = ent.country
            mt.actor = ent.code
        elif ent.kind == "city":
            mt.country = ent.country
            mt.actor = f"{ent.country}GOV" if ent.capital else ent.country
            if ent.stands_for:  # "Briuselis reikalauja", "Brussels said": the EU, not Belgium
                org = self.d.entities.get(self.d.by_code.get(ent.stands_for, ""))
                mt.actor = ent.stands_for
                mt.country = org.country if org is not None and org.kind == "org" else ent.stands_for
        else:  # place
            mt.country = ent.country
            mt.actor = None
            mt.role = "location"
            if lang == "lt" and ent.country and ent.place_kind == "territory" and mt.cases \
                    and not set(mt.cases) & {"LOC", "GEN"} \
                    and not _LT_PLACE_PREP.search(text, max(0, mt.start - 30), mt.start):
                # "bombardavo Gazos Ruožą", "pagalbos Gazos Ruožui": a territory (a unit with its own people and
                # authority, not a region or a sea) in a case that is not a place's (locative) or a modifier's
                # (genitive) is what is acted on, standing for its country
                mt.actor, mt.role = ent.country, "actor"
            if lang == "en" and ent.country and not self._is_location(mt, lang, text):
                # "airstrikes on Gaza", "shelled Donetsk region": a place that is not where something
                # happens is what is acted on, standing for its country (like a city that is no capital)
                mt.actor, mt.role = ent.country, "actor"
        if self._is_location(mt, lang, text) and not (ent.kind == "org" and _LT_MEMBER_OF.search(
                text, max(0, mt.start - 24), mt.start)):
            # ("narystės Europos Sąjungoje", "dalyvavimą ... organizacijoje": membership in an organisation is
            # told with the locative, which names the organisation itself, not a place)
            mt.role = "location"
            if ent.kind == "city":
                mt.actor = mt.country = ent.country

    def _set_case(self, mt: Mention, c: Cand) -> None:
        if c.analyses and c.analyses[0][0]:
            mt.cases = list(_cases_of(c.analyses))
            mt.case, mt.number = c.analyses[0]
        elif c.analyses:
            mt.number = c.analyses[0][1]

    def _en_definite(self, ms: list[Mention], before: list[Mention], text: str, s0: int, s1: int,
                     si: int) -> list[Mention]:
        """A definite description of an actor named before in the article: "the alliance" (NATO, AUKUS),
        "the bloc" (the EU, ECOWAS, ASEAN), "the court" (the ICC), "the agency" (the IAEA), "the kingdom"
        (Saudi Arabia, Jordan), "the Gulf state", "the Baltic state", "the North" / "the South" (after
        Korea), "the rebels" / "the militants" / "the group" (after a named armed group). The head noun is
        one the named organisation's own names end in (orgs.tsv), or a kind of state; without an
        antecedent of that kind ("the alliance of opposition parties", "the North of England") nothing."""
        new: list[Mention] = []
        for md in _EN_DEFINITE.finditer(text, s0, s1):
            mods, head = md.group(1).split(), md.group(2)
            he = md.end(2)
            if _EN_OF_AFTER.match(text, he):
                continue  # "the alliance of opposition parties", "the kingdom of fungi"
            over = [x for x in ms if x.start < md.end() and md.start() < x.end]
            if any(x.kind != "role" or x.country for x in over):
                continue  # a name of its own ("the Palestinian state", "the Islamic Republic") or a composed title
            if any(w[:1].islower() and (w in _EN_GAP_STOP or w in _EN_NOT_MODIFIERS) for w in mods):
                continue
            low = head.lower()
            prior = [x for x in (*before, *ms) if x.end <= md.start() and x.role in ("actor", "nationality", "location")
                     and (x.actor or x.country)]
            ante = None
            if head in ("North", "South"):
                if mods:
                    continue
                for x in reversed(prior):
                    fam = self.halves.get(x.country or "")
                    if fam and fam.get(head):
                        ante = ("country", fam[head])
                        break
            elif low in _EN_STATE_NOUNS:
                if low == "kingdom" and not mods:
                    codes = self.desc_heads.get("kingdom", frozenset())
                elif mods and all(w[:1].isupper() or w.lower() in _EN_STATE_ADJ for w in mods):
                    codes = None  # "the Gulf state", "the Baltic state", "the reclusive state": any state
                else:
                    continue
                for x in reversed(prior):
                    c = x.country
                    if c and c not in self.org_codes and x.kind != "org" and (codes is None or c in codes):
                        ante = ("country", c)
                        break
            else:
                codes = self.desc_heads.get(low)
                if low in _EN_GROUP_NOUNS or any(x.sector in NONSTATE_SECTORS for x in over):
                    codes = (codes or frozenset()) | self.armed
                if not codes or (mods and not all(w.lower() in _EN_ORG_ADJ or w[:1].isupper() for w in mods)):
                    continue
                for x in reversed(prior):
                    if x.kind == "org" or x.actor in self.org_codes:
                        if x.actor in codes:
                            ante = ("org", x.actor)
                        break  # the organisation named last is the one meant, or none is
            if ante is None:
                continue
            kind, code = ante
            ent = self.d.entities.get(self.d.by_code.get(code, ""))
            country = code if kind == "country" else (ent.country if ent is not None else None)
            if over:
                for x in over:  # "the court", "the bank", "the rebels": the role word is the organisation named
                    x.kind, x.entity, x.actor, x.country, x.sector = kind, ent.id if ent else None, code, country, None
                    x.form = "description"
                continue
            new.append(Mention(ms[0].article if ms else "", si, text[md.start():he], md.start(), he, kind,
                               ent.id if ent else None, code, country, None, "actor", lang="en",
                               form="description"))
        return new

    def _en_pronoun_owner(self, ms: list[Mention], before: list[Mention], text: str) -> None:
        """"Pakistan recalled its ambassador", "Ukraine ... and its troops captured", "Petro said his
        country": a role after a possessive pronoun belongs to the clause's subject (its, their) or to the
        person named last (his, her)."""
        for mt in ms:
            if mt.kind != "role" or mt.country or mt.role != "actor":
                continue
            wb = _WORD_BEFORE.search(text, max(0, mt.start - 8), mt.start)
            if not wb or wb.group(1).lower() not in ("its", "their", "his", "her"):
                continue
            pos = wb.start(1)
            if wb.group(1).lower() in ("its", "their"):
                subj = [x for x in ms if x.end <= pos and x.role == "actor" and x.country
                        and x.kind in ("country", "org", "city", "role")]
                owner = subj[0] if subj else next((x for x in reversed(before) if x.role == "actor" and x.country
                                                   and x.kind in ("country", "org", "city", "role")), None)
            else:
                owner = next((x for x in reversed([*before, *ms]) if x.end <= pos and x.kind == "person"
                              and x.country), None)
            if owner is None:
                continue
            mt.country = owner.country
            mt.actor = owner.actor if owner.kind == "org" else (owner.country or "") + (mt.sector or "")

    @staticmethod
    def _en_the_country_s(ms: list[Mention], before: list[Mention], text: str) -> None:
        """"Argentina will never give up its claim, the country's foreign minister said", "leave Niger by the
        country's military rulers": a role owned by "the country's" ("the nation's", "the kingdom's") belongs to the
        first country the sentence names by name (else the sentence before's); "the island's" to the last one named
        before it ("China sent jets towards Taiwan, the island's defence ministry said")."""
        for mt in ms:
            if mt.kind != "role" or mt.country or mt.role != "actor":
                continue
            m = _EN_THE_COUNTRY_S.search(text, max(0, mt.start - 20), mt.start)
            if m is None:
                continue
            named = [x for x in ms if x.end <= m.start() and x.kind == "country" and x.form != "adj" and x.country
                     and x.role in ("actor", "location", "nationality")]
            if not named and before:
                last = before[-1].sentence_index
                named = [x for x in before if x.sentence_index == last and x.kind == "country" and x.form != "adj"
                         and x.country and x.role in ("actor", "location", "nationality")]
            if not named:
                continue
            owner = named[-1] if m.group(1).lower() == "island" else named[0]
            mt.country = owner.country
            mt.actor = (owner.country or "") + (mt.sector or "")

    def _office_of_person(self, ms: list[Mention], text: str, lang: str) -> None:
        """The office written around a known official's name belongs to that official: a country, body or
        organisation of the official's own country whose title words end right before the name ("Rusijos
        Saugumo tarybos sekretorius Nikolajus Patruševas", "Ukrainos Aukščiausiosios Rados pirmininkas R.
        Stefančukas", "IAEA chief Rafael Grossi", "Russia's chief of the general staff, Valery Gerasimov,") or
        follow it in apposition ("Sergei Naryshkin, head of Russia's foreign intelligence service,",
        "Kyrylas Budanovas, Ukrainos karinės žvalgybos vadas,") is the official's nationality, not a second
        participant. A body named alone whose organisation is only implied ("Security Council secretary
        Sergei Shoigu") is the official's country's body."""
        people = [p for p in ms if p.kind == "person" and p.entity and p.role == "actor" and p.country]
        if not people:
            return
        live = [x for x in ms if x.role in ("actor", "nationality") and x.kind in ("country", "org", "role", "city")]

        def same(m: Mention, p: Mention) -> bool:
            mc = m.actor if m.kind == "org" else (m.country or m.actor)
            if not mc:
                return False
            if mc == p.country or mc[:3] == p.country:
                return True
            top = _org_top()
            if top.get(mc, mc) == top.get(p.country, p.country) and (mc in top or p.country in top):
                return True  # ("Europos Komisijos narys" over an EU commissioner)
            return m.kind == "role" and m.country in self.org_codes and m.title_start is None \
                and m.cands and m.cands[0].target in self.m.role_country  # a body named alone

        def absorb(m: Mention, p: Mention, end: int | None = None) -> None:
            m.role = "nationality" if m.kind == "country" else "absorbed"
            if m.kind == "org" and m.actor and m.actor != p.actor and _org_top().get(m.actor) == p.actor:
                p.actor = m.actor  # the body of the organisation the title names: "Europos Komisijos pirmininkė" → EC
            if end is not None:  # an office in apposition after the name: the participant's phrase runs to its end
                p.title = text[p.end:end].strip(" ,")
                p.end, p.text = end, text[p.start:end]
            elif m.start < (p.title_start if p.title_start is not None else p.start):
                p.title, p.title_start = text[m.start:p.start].strip(), m.start

        for p in people:
            before = [x for x in live if x.end <= p.start and x.role != "absorbed"]
            if before:
                m = max(before, key=lambda x: x.end)
                gap = text[m.end:p.start]
                if _office_words(gap, lang, m.kind == "role") and same(m, p) and not any(
                        x.kind == "person" and m.end <= x.start < p.start for x in ms):
                    absorb(m, p)
                    for x in live:  # whatever else stands inside the title
                        if x is not m and m.start <= x.start and x.end <= p.start:
                            absorb(x, p)
                    prev = [x for x in live if x.end <= m.start and x.role != "absorbed"]
                    if prev:
                        m2 = max(prev, key=lambda x: x.end)
                        if same(m2, p) and re.fullmatch(r"(?:['’]s)?\s*", text[m2.end:m.start]):
                            absorb(m2, p)  # "Ukrainos Aukščiausiosios Rados", "Russia's Security Council"
                    continue
                if m.kind == "org" and m.actor in self.org_codes and m.actor in _org_top() and p.sector in (None, "ELI") \
                        and _office_words(gap, lang) and not any(
                        x.kind == "person" and m.end <= x.start < p.start for x in ms):
                    # "EU special representative Miroslav Lajčák": a national of a member state with no office at
                    # home acts for the organisation whose title he holds
                    p.actor = p.country = m.actor
                    p.sector = None
                    absorb(m, p)
                    continue
                if lang == "en" and m.kind == "role" and same(m, p) \
                        and re.fullmatch(r",\s*", gap) and re.match(r"\s*,", text[p.end:p.end + 3]):
                    absorb(m, p)  # "Russia's chief of the general staff, Valery Gerasimov, met ..."
                    continue
            after = [x for x in live if x.start >= p.end and x.role != "absorbed"]
            if after:
                m = min(after, key=lambda x: x.start)
                gap = text[p.end:m.start]
                if not same(m, p):
                    continue
                tail = re.match(r"[^,.;:!?()]*", text[m.end:]).group(0)
                end, p_end = m.end + len(tail.rstrip()), p.end
                words = tail.split()
                if (lang == "en" and _EN_APPOSED_OFFICE.fullmatch(gap)) or (
                        lang == "lt" and re.fullmatch(r",\s+", gap) and (
                            (m.kind == "role" and not words)
                            or (words and len(words) <= 5 and _office_words(" " + tail + " ", lang)))):
                    absorb(m, p, end)
                    for x in live:  # whatever else stands inside the apposition
                        if x is not m and p_end <= x.start and x.end <= end:
                            absorb(x, p)

    @staticmethod
    def _en_of_list(mt: Mention, first: Mention, after: list[Mention], extras: list[Mention], text: str) -> None:
        """"the leaders of Armenia and Azerbaijan", "the foreign ministers of France, Germany and Poland": a
        plural role followed by a list of countries is one participant for each of them."""
        prev = first
        for nxt in after:
            if nxt.start < first.end or nxt is first:
                continue
            if nxt.kind not in ("country", "org") or not _EN_LIST_GAP.fullmatch(text, prev.end, nxt.start):
                break
            nxt.role = "nationality"
            extras.append(Mention(mt.article, mt.sentence_index, text[mt.start:mt.end], mt.start, mt.end, "role",
                                  None, _titled(nxt, mt.sector), nxt.country or nxt.actor, mt.sector, "actor",
                                  mt.case, mt.number, list(mt.cases), "en", form="role"))
            mt.text = text[mt.start:nxt.end]
            prev = nxt
        mt.end = mt.start + len(mt.text)

    def _is_location(self, mt: Mention, lang: str, text: str) -> bool:
        if lang == "lt":
            return "LOC" in mt.cases and set(mt.cases) <= {"LOC", "VOC"}  # "Minske" is no vocative
        if mt.form == "adj":
            return False  # "hauled in the Russian ambassador", "fired at Philippine navy boats": no place
        prev = _WORD.findall(text[max(0, mt.start - 20):mt.start].lower())
        while prev and prev[-1] in _EN_PLACE_ADJ:
            prev = prev[:-1]  # "in eastern Afghanistan", "in neighbouring Poland", "in north-western Syria"
        if prev and prev[-1] == "the":
            prev = prev[:-1]
        if not (prev and prev[-1] in _EN_PLACE_PREP and mt.kind in ("country", "city", "place")):
            return False
        # "outside the U.S. embassy": the country owns the building the place preposition governs
        return not _EN_OWNED_SITE.match(text, mt.end)

    def _group_members(self, ms: list[Mention], text: str, lang: str) -> None:
        """A group of states ("Baltijos šalys", "the Baltic states") acting or acted on is its member states, each
        a participant: one mention per member over the same words, as "Lietuva, Latvija ir Estija" would give;
        where it only names a place ("Baltijos šalyse", "in the Baltics") it stays a location."""
        extra: list[Mention] = []
        for mt in ms:
            ent = self.d.entities.get(mt.entity or "")
            if ent is None or ent.kind != "place" or not ent.members or mt.role != "location" \
                    or self._is_location(mt, lang, text):
                continue
            copies = []
            for code in ent.members:
                eid = self.d.by_code.get(code)
                if eid is None:
                    continue
                x = replace(mt, kind="country", entity=eid, actor=code, country=code, role="actor",
                            cases=list(mt.cases))
                copies.append(x)
            if not copies:
                continue
            first = copies[0]
            mt.kind, mt.entity, mt.actor, mt.country, mt.role = first.kind, first.entity, first.actor, first.country, "actor"
            extra.extend(copies[1:])
        if extra:
            ms.extend(extra)
            ms.sort(key=lambda x: (x.start, x.end))

    def _title_outranks(self, mt: Mention, person: Mention, text: str) -> bool:
        """A title before a known person who holds no office on the article date says what they are now:
        "Ukrainos opozicijos lyderis Petro Porošenka" (a former president: UKROPP), "JAV prezidento Donaldo
        Trumpo" (before his second term), "prezidento Mohamedo Bazoumo" (deposed, still called president);
        not after "buvęs" ('former')."""
        if person.entity is None or person.sector not in (None, "ELI") or not mt.sector:
            return False
        if not mt.country and (not person.country or person.country in self.org_codes):
            return False
        wb = _WORD_BEFORE.search(text, max(0, mt.start - 24), mt.start)
        return not (wb and wb.group(1).lower().startswith("buv"))

    # -- composition --------------------------------------------------------------------------------
    def _compose(self, ms: list[Mention], text: str, lang: str, when: date | None) -> None:
        n = len(ms)
        shared: list[tuple[Mention, list[Mention]]] = []  # a role and the copies it made for more nationalities
        for i in range(n):
            mt = ms[i]
            if mt.kind != "role":
                continue
            extras: list[Mention] = []
            self._compose_role(i, mt, ms, extras, text, lang)
            shared.append((mt, extras))
        for mt, extras in shared:
            for x in extras:
                x.role = mt.role  # "Tailando ir Kambodžos vyriausybių vadovai": both act, or neither
                ms.append(x)
        ms.sort(key=lambda x: (x.start, x.end))

    def _compose_role(self, i: int, mt: Mention, ms: list[Mention], extras: list[Mention], text: str,
                      lang: str) -> None:
        conj = _LT_CONJ if lang == "lt" else _EN_CONJ
        # nationality: countries (genitive in lt; adjective / possessive / name in en) before the role
        nats: list[Mention] = []
        j = i - 1
        gap_start = mt.start
        while j >= 0:
            prev = ms[j]
            gap = text[prev.end:gap_start]
            words = _WORD.findall(gap.lower())
            if lang == "en":
                words = [w for w in words if w not in ("s", "the")]
            adjacent = lang == "lt" and mt.cands and mt.cands[0].target in self.m.adjacent_roles
            ok_gap = all(w in conj or (lang == "lt" and w.islower() and not nats and not adjacent and (
                             _lt_genitive_like(w) or w.endswith(_LT_ADJ_ENDINGS)) and not _lt_verb_form(w))
                         or (lang == "en" and w in _EN_TITLE_MODS and not nats)
                         or (lang == "en" and nats and (w in _EN_COUNT_WORDS or w.isdigit())
                             and set(words) & conj)
                         for w in words) and "." not in gap and len(words) <= 4
            if lang == "lt" and any(ch in gap for ch in ";:–—()"):
                ok_gap = False  # "su JAV; chunta pareikalavo": a clause boundary ends the phrase
            if not ok_gap and lang == "en" and not nats and prev.form == "adj" and prev.kind == "country" \
                    and mt.sector == "MIL" and text[prev.start - 1:prev.start] != "-":
                plain = _EN_MODEL.sub(" ", gap)  # "Polish F-35 jets", "an American MQ-9 Reaper drone"
                pwords = plain.split()
                if (plain != gap or pwords) and len(pwords) <= 2 \
                        and all(ch.isalpha() or ch.isspace() for ch in plain) \
                        and all(w.isalpha() and w not in _EN_GAP_STOP for w in pwords) and plain == plain.lower():
                    ok_gap = True  # "Ukrainian sea drones", "Russian attack helicopters": the nationality of the weapon
            if not ok_gap and lang == "en" and not nats and prev.form == "adj" and prev.kind == "country" \
                    and mt.sector == "MIL" and gap.split() == ["and", "allied"]:
                ok_gap = True  # "Polish and allied jets": the named country's forces, with partners unnamed
            if not ok_gap and lang == "en" and not nats and prev.kind == "country" and mt.sector in _EN_BRANCH_SECTORS \
                    and _en_noun_modifiers(gap, text, prev):
                ok_gap = True  # "Chinese state hackers", "Russian occupation authorities", "the U.S. climate envoy"
            if ok_gap and lang == "en" and prev.role == "nationality" and any(
                    o is not mt and o.kind == "role" and o.start <= prev.start and prev.end <= o.end for o in ms):
                # "the leaders of France and Germany met President X": a country another title has taken
                ok_gap = False
            if lang == "en" and not nats and prev.form != "adj" and (set(words) & conj or "," in gap):
                # "supplied drones to Russia and missiles to the Houthis": the nationality nearest the role stands
                # right before it ("U.S. and British troops", "France and Germany's ministers")
                break
            if not ok_gap or (lang == "en" and not nats and "," in gap):
                # "aid to Ukraine, Prime Minister X said": a comma before the title ends the phrase
                break
            if lang == "lt" and (gap.strip() or nats) and mt.cands \
                    and self.m.role_country.get(mt.cands[0].target) and mt.cands[0].target[8:9].isupper():
                # "Egipto, Jordanijos ir Palestinos savivaldos lyderiai": a body named with its own country takes
                # no other country's genitive across a list; the list shares the head after it
                break
            if lang == "lt" and not nats and not gap.strip() and prev.kind == "role" and prev.role in ("actor", "modifier") \
                    and prev.cands and self.m.role_country.get(prev.cands[0].target) \
                    and prev.cands[0].target[8:9].isupper() and "GEN" in (prev.cases or []) and j > 0 \
                    and ms[j - 1].kind == "country" and "GEN" in (ms[j - 1].cases or []) \
                    and _WORD.findall(text[ms[j - 1].end:prev.start].lower()) in (["ir"], ["bei"]):
                # ... and the body with its own country is the list's last member
                nats.append(prev)
                gap_start = prev.start
                j -= 1
                continue
            if lang == "lt" and prev.kind == "place" and prev.country and "GEN" in prev.cases and not nats:
                # "Gazos Ruožo gyventojai", "Gazos Ruožo sveikatos apsaugos ministerija": a territory's genitive
                # gives the body or group its country, like a city's
                nats.append(prev)
                gap_start = prev.start
                j -= 1
                continue
            agrees = bool(set(prev.cases or []) & set(mt.cases or [])) and not gap.strip()
            if (prev.kind in ("country", "org") or (prev.kind == "city" and lang == "lt" and "GEN" in prev.cases
                                                    and not ("GEN" in mt.cases and _next_word_lower(text, mt.end)))
                    or (prev.kind == "city" and lang == "en" and _EN_POSSESSIVE.match(text, prev.end))) \
                    and (prev.role != "location" or (lang == "en" and _EN_POSSESSIVE.match(text, prev.end))) \
                    and (lang == "en" or "GEN" in prev.cases or prev.form in ("demonym",)
                                                     or (prev.form == "adj" and agrees)
                                                     or (prev.kind == "org" and _quoted(prev, text))):
                # („Hamas“ kovotojai, „Hezbollah“ lyderis: an organisation's name in quotes is not declined)
                # ("Vilniaus apygardos teismas", "Kyjivo gyventojai", "Beijing's foreign ministry spokesman": a city's genitive gives its country, but
                # not to a genitive naming a thing: "Vilniaus televizijos bokštas")
                # (a relational adjective agrees with its noun: "rusiški dronai", "rusiškus tankus")
                if lang == "lt" and prev.form == "demonym" and "GEN" not in prev.cases and not agrees:
                    break  # (but a people word in apposition agrees: "italė žurnalistė", "ukrainiečius belaisvius")
                nats.append(prev)
                if lang == "en" and prev.kind == "city":
                    break  # a capital's possessive owns the title alone ("the United States, Seoul's defence ministry")
                gap_start = prev.start
                j -= 1
                continue
            break
        if len(nats) >= 2:
            # "Afganistano talibų valdžia", "Jemeno hučių kovotojai": a group and its own country are one
            # nationality; a government is the country's, any other title the group's
            for org in [x for x in nats if x.kind == "org" and x.country]:
                home = [x for x in nats if x.kind == "country" and x.country == org.country]
                if home:
                    drop = org if mt.sector == "GOV" else home[0]
                    drop.role = "nationality"
                    nats = [x for x in nats if x is not drop]
        if lang == "en" and len(nats) >= 2 and nats[0].kind == "org" and nats[1].kind == "country" \
                and mt.text.lower() in _EN_POSTED_TITLES and (_EN_POSSESSIVE.fullmatch(
                    text[nats[1].end:nats[0].start].strip()) or nats[1].form == "adj" and text[nats[1].end:nats[0].start] == " "):
            # "Russia's U.N. ambassador", "Israel's NATO envoy": a state's envoy to an organisation acts for the
            # state; the organisation only names the posting
            nats[0].role = "nationality"
            nats = nats[1:]
        if nats:
            for k, nat in enumerate(nats):
                nat.role = "nationality"
                if k == 0:
                    mt.country = nat.country or nat.actor
                    mt.actor = _titled(nat, mt.sector)
                    mt.title_start = nat.start
                else:
                    extra = Mention(mt.article, mt.sentence_index, text[nat.start:mt.end], nat.start, mt.end,
                                    "role", None, _titled(nat, mt.sector),
                                    nat.country or nat.actor, mt.sector, "actor", mt.case, mt.number,
                                    list(mt.cases), lang, form="role", cands=mt.cands)
                    extras.append(extra)
            # in Lithuanian each nationality's actor keeps its own span ("Nigerio, Malio ir Burkina Faso
            # chuntos": three participants, from "Burkina Faso", "Malio" and "Nigerio" on)
            first = nats[0] if lang == "lt" else nats[-1]
            mt.text = text[first.start:mt.end]
            mt.start = first.start
        if not nats and lang == "lt" and not mt.country and mt.kind == "role":
            nxt = next((x for x in ms[i + 1:] if x.start >= mt.end), None)
            if nxt is not None and nxt.kind == "country" and "GEN" in nxt.cases and re.fullmatch(
                    r"\s+iš\s+", text[mt.end:nxt.start]):
                # "jo kolega iš Vokietijos", "ministras iš Lenkijos": the role comes from that country
                nxt.role = "nationality"
                mt.country = nxt.country
                mt.actor = (nxt.country or "") + (mt.sector or "")
                mt.text = text[mt.start:nxt.end]
                mt.end = nxt.end
                nats = [nxt]
        rank_of: Mention | None = None
        if not nats and not mt.country and i > 0:
            prev = ms[i - 1]
            if prev.kind == "role" and prev.country and prev.role == "actor" and not text[prev.end:mt.start].strip() \
                    and (lang == "en" or set(prev.cases or []) & set(mt.cases or [])):
                # "Lietuvos kariuomenės vadas generolas X", "Ukraine's army chief General X": a rank in
                # apposition to a title that names the country
                mt.country = prev.country
                mt.actor = prev.country + (mt.sector or "")
                rank_of = prev
        if lang == "lt" and not nats and not mt.country and mt.cands and mt.cands[0].target in self.m.adjacent_roles:
            mt.role = "modifier"  # "partijos lyderis", "rinkos lyderis": a leader of no state
            return
        # a title before a person's name
        after = [x for x in ms if x.start >= mt.end and x is not mt]
        if after:
            nxt = min(after, key=lambda x: x.start)
            gap = text[mt.end:nxt.start]
            if nxt.kind == "person" and (not gap.strip() or _HONORIFIC_GAP.fullmatch(gap)) and not (
                    lang == "lt" and mt.cases and nxt.cases and not set(mt.cases) & set(nxt.cases)):
                # ("Kataro emyras šeichas Tamimas ...", "Qatar's emir Sheikh Tamim ...": an honorific between)
                # (a Lithuanian title and the name it precedes agree in case: "su Izraelio premjeru Donaldas Trumpas
                # pareiškė" names two people, the premier in the instrumental and the subject after him)
                if rank_of is not None:  # the whole title goes to the person: one participant
                    rank_of.role = "absorbed"
                    mt.start = rank_of.title_start if rank_of.title_start is not None else rank_of.start
                nxt.title = text[mt.start:mt.end]
                nxt.title_start = mt.start
                if mt.country and mt.country in self.org_codes and nxt.entity is not None \
                        and nxt.sector in (None, "ELI") and nxt.country != mt.country:
                    # "EU special representative Miroslav Lajčák", "ES specialusis atstovas M. Lajčákas": a national
                    # of a member state with no office at home acts for the organisation whose title he holds
                    nxt.actor = nxt.country = mt.country
                    nxt.sector = None
                elif (nxt.entity is None or nxt.actor is None) and (mt.country or not nxt.country):
                    # (not a bare rank over a title that named the country: "army chief General X")
                    nxt.actor, nxt.country, nxt.sector = mt.actor, mt.country, mt.sector
                    if lang == "lt" and rank_of is not None and rank_of.actor:
                        # the office is the title's, the rank only adds to it: "Kinijos gynybos ministras
                        # admirolas Dong Junas" is the government's, "kariuomenės vadas generolas X" the army's
                        nxt.actor, nxt.sector = rank_of.actor, rank_of.sector
                elif lang == "lt" and self._title_outranks(mt, nxt, text):
                    nxt.actor = mt.actor if mt.country else (nxt.country or "") + (mt.sector or "")
                    nxt.country, nxt.sector = mt.country or nxt.country, mt.sector
                elif mt.country and not nxt.country:
                    nxt.country = mt.country
                mt.role = "absorbed"
                return
        if not nats and lang == "lt" and i > 0 and not mt.country:
            wb = _WORD_BEFORE.search(text, max(0, mt.start - 12), mt.start)
            if wb and wb.group(1).lower() in ("jo", "jos", "jų"):
                # "apkaltino Rusiją, kad jos pareigūnai ...": the role belongs to the actor named last before it
                owner = next((x for x in reversed(ms[:i]) if x.country and x.end <= wb.start(1)
                              and x.role in ("actor", "nationality") and x.kind != "place"), None)
                if owner is not None:
                    mt.country = owner.country
                    mt.actor = _titled(owner, mt.sector) if owner.kind == "org" else owner.country + (mt.sector or "")
                    nats = [owner]
        if not nats and lang == "lt" and i > 0:
            prev = ms[i - 1]
            if (prev.kind == "role" and prev.country and prev.case == "GEN" and not text[prev.end:mt.start].strip()
                    and prev.role in ("actor", "modifier")):
                # "JAV prezidento pasiuntinys", "Rusijos prezidento atstovas": the nationality carries through
                # ("JT generalinio sekretoriaus atstovas": an organisation's official acts for it)
                mt.country = prev.country
                mt.actor = prev.country if prev.country in self.org_codes else (prev.country or "") + (mt.sector or "")
                if mt.cands and mt.cands[0].target in _LT_CHAIR_ROLES and prev.actor:
                    mt.actor, mt.sector = prev.actor, prev.sector  # "Senato pirmininkas": the body's chair acts for it
                mt.title_start = prev.title_start if prev.title_start is not None else prev.start
                mt.text = text[mt.title_start:mt.end]
                mt.start = mt.title_start
                prev.role = "modifier"
                nats = [prev]
        if not nats and lang == "en" and after:
            nxt = min(after, key=lambda x: x.start)
            if (nxt.kind in ("country", "org") or (nxt.kind == "role" and nxt.country and nxt.role == "actor"
                                                   and mt.sector == nxt.sector)) \
                    and re.fullmatch(r"\s+of\s+(the\s+)?", text[mt.end:nxt.start]):
                # ("the speaker of the Verkhovna Rada": a title of a body of one state, in its sector)
                # "the foreign minister of Japan", "the navy of Russia"
                nxt.role = "nationality"
                mt.country = nxt.country or nxt.actor
                mt.actor = _titled(nxt, mt.sector)
                mt.text = text[mt.start:nxt.end]
                mt.end = nxt.end
                if mt.number == "Plur":
                    self._en_of_list(mt, nxt, sorted(after, key=lambda x: x.start), extras, text)
                return
        if not nats and lang == "lt" and mt.case == "GEN" and _next_word_lower(text, mt.end) \
                and not _LT_SOURCE_NOUN.match(text, mt.end):
            # ("chuntos teigimu", "ministerijos duomenimis": according to whom, the speaker, is an actor)
            # a bare genitive role attributing a noun ("vyriausybės svečių namuose", "ministrų lygio
            # susitikimus") names no participant; after "prieš" it owns what is opposed ("protestavo prieš
            # vyriausybės sprendimą") and is the target
            wb = _WORD_BEFORE.search(text, max(0, mt.start - 20), mt.start)
            if not (wb and wb.group(1).lower() == "prieš" and mt.sector in _DOMESTIC_SECTORS) and not (
                    mt.sector == "CVL" and _after_quantity_word(text, mt.start)):
                # ("keli tūkstančiai vilniečių protestavo": a group counted is the people, not an attribute)
                mt.role = "modifier"
                return
        if mt.role != "absorbed":
            name = _unknown_name_after(text, mt.end)
            if name and lang == "lt" and mt.cases and any(
                    x.kind == "person" and name[0] <= x.start and x.end <= name[1] and x.cases
                    and not set(mt.cases) & set(x.cases) for x in ms):
                name = None  # ("su Izraelio premjeru Donaldas Trumpas pareiškė": a name in another case is no title's)
            if name and mt.sector and lang in ("lt", "en"):
                s, e = name
                mt.role = "absorbed"
                if rank_of is not None:  # the whole title goes to the person: one participant
                    rank_of.role = "absorbed"
                    mt.start = rank_of.title_start if rank_of.title_start is not None else rank_of.start
                known = next((x for x in ms if x.kind == "person" and s <= x.start and x.end <= e and x.entity), None)
                if known is not None or any(x.kind == "person" and x.start == s and x.end == e for x in ms):
                    # ("army chief General X": the title before the rank has named the person already; "CIA
                    # Director William Burns", "State Duma Speaker X": a capitalised title word before a known name)
                    if known is not None and known.title is None:
                        known.title, known.title_start = text[mt.start:known.start].strip(), mt.start
                    return
                if lang == "lt" and len(nats) >= 2 and mt.number == "Plur" and rank_of is None:
                    # "Kongo DR ir Ruandos užsienio reikalų ministrai Thérèse Kayikwamba Wagner ir Olivier
                    # Nduhungirehe": as many names as nationalities, each the official of the country in its place
                    names = [(s, e)]
                    while len(names) < len(nats):
                        sep = _NAME_LIST_SEP.match(text, names[-1][1])
                        n2 = _NAME_AFTER.match(text, sep.end()) if sep else None
                        if n2 is None:
                            break
                        names.append((n2.start(1), n2.end(1)))
                    if len(names) == len(nats) and not any(
                            x.kind == "person" and x.entity and names[0][0] <= x.start < names[-1][1] for x in ms):
                        for (ns, ne), nat in zip(names, sorted(nats, key=lambda x: x.start), strict=True):
                            for x in ms:
                                if x is not mt and ns <= x.start and x.end <= ne:
                                    x.role = "absorbed"  # ("Wagner" ends a person's name here, no group)
                            ms.append(Mention(mt.article, mt.sentence_index, text[ns:ne], ns, ne, "person", None,
                                              _titled(nat, mt.sector), nat.country or nat.actor, mt.sector, "actor",
                                              mt.case, mt.number, list(mt.cases), lang, title=text[mt.start:mt.end],
                                              title_start=mt.start, form="name"))
                        return
                actor, sector = mt.actor, mt.sector
                if lang == "lt" and rank_of is not None and rank_of.actor:
                    actor, sector = rank_of.actor, rank_of.sector  # (the office is the title's, not the rank's)
                ms.append(Mention(mt.article, mt.sentence_index, text[s:e], s, e, "person", None, actor,
                                  mt.country, sector, "actor", mt.case, mt.number, list(mt.cases), lang,
                                  title=text[mt.start:mt.end], title_start=mt.start, form="name"))


_LT_NEXT = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
_LT_VERB_PREFIX = ("pa", "at", "su", "pri", "iš", "už", "nu", "ap", "per", "ne", "pra", "įs", "at", "bu")
_LT_TIME_WORDS = frozenset("vakar šiandien rytoj taip pat jau dar vėl neseniai oficialiai".split())


def _lt_name_as_subject(word: str, text: str, pos: int) -> bool:
    """A name that is also an ordinary word, opening a Lithuanian sentence, is the name when what follows cannot
    be a noun it agrees with: a finite verb ("Trumpas pagrasino", "Lima atšaukė"), a time adverb ("Trumpas
    antradienį"), or a second name joined by "ir" ("Trumpas ir Zelenskis"); a masculine adjective ("Trumpas")
    agrees with nouns in -as/-is/-ys/-us, never with a verb in -o/-ė/-ia/-a."""
    m = _LT_NEXT.match(text, pos)
    if not m:
        return False
    w, w2 = m.group(1), m.group(2) or ""
    if w in ("ir", "bei"):
        return w2[:1].isupper()
    if not w.islower():
        return False
    if w in _LT_TIME_WORDS or w.endswith("dienį"):
        return True
    if word.lower().endswith(("as", "is", "us", "ys")):
        return w.endswith(("o", "ė", "ia", "ja", "sta", "ėjo"))
    return len(w) >= 6 and w.endswith(("o", "ė")) and w.startswith(_LT_VERB_PREFIX)


_FORMER_BEFORE = re.compile(r"(?:\b(?:[Ff]ormer|[Bb]uv(?:ęs|ę|usi\w*))\s+|\b[Ee]x-)$")
_NAME_AFTER = re.compile(r"\s+((?:[A-ZĄČĘĖĮŠŲŪŽ][\w’'-]+|[A-ZĄČĘĖĮŠŲŪŽ]\.)(?:\s+[A-ZĄČĘĖĮŠŲŪŽ][\w’'-]+){1,2})")


_LT_CHAIR_ROLES = frozenset({"role:lt:pirmininkas", "role:lt:pirmininkė"})
_NAME_LIST_SEP = re.compile(r"\s*,|\s+(?:ir|bei)(?=\s)")


def _unknown_name_after(text: str, pos: int) -> tuple[int, int] | None:
    """Two or three capitalised words right after a title: an official the dictionary doesn't know."""
    m = _NAME_AFTER.match(text, pos)
    if not m:
        return None
    r = _RANK.match(text, m.start(1))
    if r and r.end() < m.end(1):
        # "army chief General Oleksandr Syrskyi": the rank is a title word, the name is what follows it
        n = _NAME_AFTER.match(text, r.end() - 1) if text[r.end() - 1].isspace() else None
        return (n.start(1), n.end(1)) if n else None
    return m.start(1), m.end(1)


# ranks written before a name ("General", "Lt. Gen.", "Admiral")
_RANK = re.compile(r"(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Vice|Rear)\s+)?(?:General|Gen\.|Colonel|Col\.|Admiral|"
                   r"Adm\.|Major|Captain|Capt\.|Commander|Cmdr\.|Marshal|Sergeant|Sgt\.|Lieutenant|Lt\.)\s+")


_EN_POSSESSIVE = re.compile(r"['’]s\b")
# an English city's region, county or district, or the authorities of either
_EN_CITY_REGION = re.compile(r"\s+(?:region|regional|county|district|oblast|province|provincial|municipality|"
                             r"municipal|city\s+council|city\s+hall|mayor's\s+office)\b")
# after a Lithuanian city's genitive (and others coordinated with it): its region, county, district or
# municipality in the nominative or the instrumental, the cases of a subject and of a partner
_LT_CITY_REGION = re.compile(r"(?:\s*(?:,|ir|bei)\s+[A-ZĄČĘĖĮŠŲŪŽ]\w*)*\s+(?:miesto\s+|rajono\s+)?"
                             r"(?:region(?:as|ai|u|ais)|apskrit(?:is|ys|imi|imis)|rajon(?:as|ai|u|ais)|"
                             r"savivaldyb(?:ė|e|ėmis)|srit(?:is|ys|imi|imis)|krašt(?:as|ai|u|ais)|miest(?:as|ai|u|ais)|"
                             r"seniūnij(?:a|omis))\b")
# a US state's officials, bodies and words next to a state's name ("Georgia's governor", "the state of Georgia")
_EN_US_STATE_BEFORE = re.compile(r"\b(?:[Gg]overnor|[Gg]ov\.|[Ss]tate|[Ss]enator|[Cc]ounty|[Ll]egislature)\s+of\s+"
                                 r"(?:the\s+)?(?:U\.?S\.?\s+state\s+of\s+)?$|\b(?:U\.S\.|US|American)\s+state\s+(?:of\s+)?$")
_EN_US_STATE_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:Lt\.\s+|[Ll]ieutenant\s+)?[Gg]overnor|[Gg]ov\.|[Ss]tate\s+"
                                r"(?:[Ss]enat|[Ll]egislat|[Rr]epresentativ|[Ss]ecretary|[Hh]ouse|[Uu]niversity|[Ll]aw)|"
                                r"[Ss]enators?|[Ss]en\.|[Rr]epublicans?|[Dd]emocrats?|[Ll]egislature|[Ll]awmakers|"
                                r"[Vv]oters|[Cc]ongress(?:man|woman|ional)|[Cc]ount(?:y|ies)|[Ss]tate\s+[Ll]ine)\b"
                                r"|,\s+(?:U\.S\.|USA)")
_EN_NAME_LIST_NEXT = re.compile(r"(?:,| and| or) (?:the )?[A-Z][a-z]")
# a nationality word that is its people: counted before, and no noun after ("dozens of Sudanese who fled")
_EN_PEOPLE_BEFORE = re.compile(r"(?:\b(?:of|\d[\d,]*|many|several|some|two|three|four|five|six|seven|eight|nine|ten|"
                               r"dozen|hundred|thousand)\s+)$")
_EN_PEOPLE_AFTER = re.compile(r"\s*(?:[.,;:)]|$|\s(?:who|whom|were|are|had|have|living|fleeing|trying|held|in|on|at|"
                              r"from|to|and|or)\b)")
# the head nouns of an organisation's names that a definite description may use on its own
_EN_ORG_NOUNS = frozenset("bloc alliance union court bank agency fund commission council assembly watchdog group "
                          "movement organisation organization league community tribunal pact coalition militia "
                          "front".split())
_EN_GROUP_NOUNS = frozenset("group militia movement".split())
# sectors of armed or outlaw groups that act for no state (shared with the event coder)
NONSTATE_SECTORS = frozenset({"REB", "SEP", "RAD", "PIR", "CRM", "INS"})
# members of an armed group named by their kind ("the rebels", "the militants", "the paramilitaries")
_EN_NONSTATE_HEADS = frozenset("rebels militants insurgents jihadists separatists paramilitaries guerrillas fighters "
                               "gunmen militias".split())
_EN_STATE_NOUNS = frozenset("kingdom state nation country emirate monarchy republic".split())
# adjectives a description of a state may carry ("the reclusive state", "the oil-rich kingdom")
_EN_STATE_ADJ = frozenset("reclusive landlocked oil-rich gas-rich island tiny small impoverished war-torn nuclear-armed "
                          "communist ex-soviet former soviet neighbouring neighboring gulf baltic balkan nordic "
                          "jewish".split())
_EN_ORG_ADJ = frozenset("regional paramilitary military western 27-nation 27-member 15-nation ten-member "
                        "10-member alliance's armed jihadist islamist rebel militant separatist global world "
                        "international".split())
_EN_DEFINITE = re.compile(r"\b[Tt]he\s+((?:[A-Za-z][\w'-]*\s+){0,2}?)(" + "|".join(
    sorted({*_EN_ORG_NOUNS, *_EN_STATE_NOUNS, *_EN_NONSTATE_HEADS, "North", "South", "Commission", "Council", "Court",
            "Assembly", "Alliance", "Union", "Kingdom"}, key=len, reverse=True)) + r")\b(?!-)")
_EN_OF_AFTER = re.compile(r"\s+of\s+(?![a-z]+ing\b)|\s+[a-z]+ing\b")  # (not "accusing the bloc of imposing")


def _en_descriptions(d: ActorDict) -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, dict[str, str]]]:
    """From the dictionaries: the head nouns each organisation's English names end in ("Alliance of Sahel
    States" → alliance, "International Criminal Court" → court, "West African bloc" → bloc; "Kingdom of Saudi
    Arabia" → kingdom); the armed groups (orgs.tsv kind armed_group); and the countries named "North X" /
    "South X" with the others of their family (KOR, PRK; SDN, SSD)."""
    from .actordict import _rows
    heads: dict[str, set[str]] = defaultdict(set)
    for n in d.names:
        if n.lang != "en":
            continue
        ent = d.entities[n.entity]
        if ent.kind not in ("org", "country") or not ent.code:
            continue
        words = n.text.split()
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        head = head.lower()
        if ent.kind == "org" and head in _EN_ORG_NOUNS:
            heads[head].add(ent.code)
        elif ent.kind == "country" and "Kingdom" in words:
            heads["kingdom"].add(ent.code)
    armed = frozenset(r["code"] for _, r in _rows("orgs.tsv")[1] if r["kind"] == "armed_group")
    names = {e.name: e.code for e in d.entities.values() if e.kind == "country" and e.code and not e.end}
    halves: dict[str, dict[str, str]] = {}
    for name, code in names.items():
        for side in ("North", "South"):
            if name.startswith(side + " "):
                base = name[len(side) + 1:]
                fam = [c for nm, c in names.items() if nm in (base, "North " + base, "South " + base)]
                for c in (fam if len(fam) > 1 else ()):  # ("South Africa" has no other half)
                    halves.setdefault(c, {})[side] = code
    return {k: frozenset(v) for k, v in heads.items()}, armed, halves
_EN_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_EN_MOD_WORD = re.compile(r"[a-z]{3,}")
# institutions whose noun modifier names a branch of the state or of business ("state hackers", "occupation
# authorities", "climate envoy", "shipping companies"); a modifier of a group of people is often no more than
# a topic ("war bloggers") and is left alone
_EN_BRANCH_SECTORS = frozenset({"GOV", "SPY", "COP", "JUD", "LEG", "BUS", "AGR"})


_MODEL_AFTER = re.compile(r"-\d")
_EN_MONTH_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|through|early|late|mid|last|next|this|of|on|during|before|after)[\s-]+$", re.I)
_EN_MONTH_AFTER = re.compile(r"\s+(?:\d{1,4}\b|last\b|next\b|this year\b)")
# a weapon's model designator between a nationality and the weapon ("F-35", "MiG-31", "Su-25", "MQ-9 Reaper",
# "B-1", "J-16"): letters, a hyphen and digits, optionally followed by the model's capitalised name
_EN_MODEL = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?(?:\s+[A-Z][a-z]+(?=\s*$))?(?![\w-])")


def _en_noun_modifiers(gap: str, text: str, prev: Mention) -> bool:
    """'Chinese state hackers', 'Russian occupation authorities', 'the U.S. climate envoy', 'Palestinian health
    ministry': one or two lowercase singular nouns between a nationality and a role modify the role. Not
    across a verb or a plural head ('Russian strikes killed civilians', 'Russian shelling wounded residents'),
    nor after a hyphen ('Russian-speaking residents')."""
    if text[prev.end:prev.end + 1] == "-" or not gap.startswith(" ") or not gap.endswith(" "):
        return False
    words = gap.split()
    if not 1 <= len(words) <= 2:
        return False
    for w in words:
        if not _EN_MOD_WORD.fullmatch(w) or w in _EN_GAP_STOP or w in _EN_NOT_MODIFIERS:
            return False
        if w.endswith(("ed", "ing")) or (w.endswith("s") and not w.endswith(("ss", "us", "is"))):
            return False
    return True


# lowercase words that are no noun modifiers of a role: determiners, adverbs, common verbs
_EN_NOT_MODIFIERS = frozenset("who which that this these those also will would could can may might must not "
                              "then now still again later soon new top "
                              # irregular past tenses ("France and Germany met President X")
                              "met told sent held led gave took made won hit struck sought fought left began brought "
                              "bought sold went came saw put let cut shut spent lost kept paid meet meets".split())


_NEXT_WORD = re.compile(r"\s+(\w+)")
# prepositions of place and direction ("į Sibirą", "per Krymą", "į visą Donbasą"): what follows is a place
_LT_MEMBER_OF = re.compile(r"\b(?:narystė|narystės|narystei|narystę|naryste|dalyvavimas|dalyvavimo|dalyvavimą|"
                           r"dalyvavimu|dalyvavimui|pirmininkavimas|pirmininkavimo|pirmininkavimą)\s+$")
_LT_PLACE_PREP = re.compile(r"\b(?:į|per|pro|link|iki|už|apie|prie|ties|palei|aplink|ant|virš|po|pas)\s+"
                            r"(?:(?:visą|visa|visam|visai|pačią|patį|pačiam|pačiai)\s+)?"
                            r"(?:[A-ZĄČĘĖĮŠŲŪŽ]\w+\s+){0,2}$")
_LT_DEFINITE = re.compile(r"\b(?:[Šš]alies|[Ss]al(?:a|os|ai|ą))\b")
_LT_SALA_CASE = {"sala": "NOM", "salai": "DAT", "salą": "ACC"}
_LT_DEMONSTRATIVE = re.compile(r"\b([Šš]is|[Šš]i|[Šš]į|[Šš]ią|[Šš]iam|[Šš]iai)\b")
_LT_DEMONSTRATIVE_FORMS = {"šis": ("m", "NOM"), "ši": ("f", "NOM"), "šį": ("m", "ACC"), "šią": ("f", "ACC"),
                           "šiam": ("m", "DAT"), "šiai": ("f", "DAT")}
# endings of a noun the demonstrative would agree with (then it is a determiner: "šis filmas", "šią savaitę")
_LT_AGREEING = {"šis": ("as", "is", "ys", "us"), "ši": ("a", "is"), "šį": ("ą", "į", "ų"),
                "šią": ("ą", "ę", "į"), "šiam": ("ui", "iui", "am"), "šiai": ("ai", "ei", "iai")}
# "X teigimu", "X duomenimis", "X nuomone": according to X, who is the source speaking
_LT_SOURCE_NOUN = re.compile(r"\s+(?:teigimu|duomenimis|nuomone|žodžiais|vertinimu|pranešimu|skaičiavimais|"
                             r"informacija|manymu)\b")


def _next_word_lower(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1)[0].islower() and m.group(1) not in _LT_CONJ


# an honorific between a title and the name: "Qatar's emir Sheikh Tamim", "Kataro emyras šeichas Tamimas"
_HONORIFIC_GAP = re.compile(r"\s+(?:Sheikh|Sheik|Shaikh|šeich(?:as|o|ui|ą|u|e))\s+")
_EN_THE_COUNTRY_S = re.compile(r"\bthe\s+(country|nation|kingdom|island)['’]s\s+$", re.I)
_EN_OPENING_THE = re.compile(r"(?:^|[.!?]\s+|\n)The\s+$")
_EN_JUNTA_ROLES = frozenset("role:en:" + w for w in ("junta", "military junta", "military ruler", "coup leader"))
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
# a country or organisation before one of these hyphenated participles qualifies someone else's thing or
# group ("Iran-backed militias", "Iran-aligned group", "U.S.-made missiles", "Iranian-born"); "-led" keeps it
_EN_NOT_AGENT = re.compile(r"-(?:backed|aligned|allied|sponsored|funded|supported|affiliated|linked|made|built|"
                           r"supplied|designed|born|based|educated|trained|armed|controlled|held|run|occupied)\b", re.I)
_EN_ONE_MEMBER = re.compile(r"\s+member(?:\s+(?:state|country|nation))?\b(?!s)")
_EN_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another|one|any|fellow)\s+$", re.I)
_WORD_AFTER = re.compile(r" ([A-Z][a-z][\w’'-]*)\b")
_NAME_WORD_AFTER = re.compile(r" ([^\W\d_]{2}[\w’'-]*)\b")
# a lowercase particle inside a personal name and the capitalised name word after it ("al Šara", "bin Zayed",
# "von der Leyen")
_NAME_PARTICLE_AFTER = re.compile(r" (?:al|el|ad|aš|bin|ibn|ben|van|von|der|de|da|di|dos|du)[ -]"
                                  r"(?:(?:der|den|la|le) )?([^\W\d_][\w’'-]*)")
_CAP_WORDS = re.compile(r"\b[^\W\d_][\w’'-]*")


def _prose(text: str, start: int, end: int) -> bool:
    """The sentence is prose, not a title-case headline: at least a third of its words are lower-case."""
    words = _CAP_WORDS.findall(text, start, end)
    return sum(w[:1].islower() for w in words) * 3 >= len(words)

# capitalised words before a surname that are no first name: days, months, honorifics, titles
_NOT_FIRST_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december mr mrs ms dr sir dame lord lady gen col adm sen rep gov lt "
    "sgt capt maj prof president minister premier chancellor king queen prince princess emperor pope "
    "ambassador envoy general marshal admiral senator governor mayor speaker judge "
    "pirmadienį antradienį trečiadienį ketvirtadienį penktadienį šeštadienį sekmadienį pirmadienis "
    "antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis vakar šiandien rytoj "
    "ponas ponia pone prezidentas prezidentė premjeras premjerė ministras ministrė karalius karalienė "
    "generolas ambasadorius pasiuntinys meras teisėjas".split())
_LT_QUANTITY_WORDS = re.compile(r"(?:\d+|tūkst\.|mln\.|tūkstan\w*|šimt\w*|dešimt\w*|kel(?:i|ios|ių|is|ias)|daug|daugybė|"
                                r"minia|minios)\s+$", re.I)
# a count of people named one by one ("du prancūzus", "40 sirų", "keturis tailandiečius"), not a crowd
_LT_COUNT = re.compile(r"(?<![\d.,])(?:\d{1,3}|du|dvi|dviem|trys|tris|trims|keturi|keturis|keturiems|penki|penkis|šeši|šešis|"
                       r"septyni|septynis|aštuoni|aštuonis|devyni|devynis)\s+$", re.I)


def _after_quantity_word(text: str, pos: int) -> bool:
    """'Dešimtys tūkstančių serbų', '200 lietuvių': a demonym counted is people, not a nationality."""
    return bool(_LT_QUANTITY_WORDS.search(text, max(0, pos - 16), pos))
# sectors that act inside their own country: a bare "policija" or "protesters" belongs to the country
# the sentence is about
_DOMESTIC_SECTORS = frozenset({"COP", "OPP", "CVL", "JUD", "LAB", "GOV", "MIL"})


# envoys posted in another state (and their missions): the state they represent is not where they act
_ENVOY_ROLES = frozenset("role:" + x for x in (
    "lt:ambasadorius", "lt:ambasadorė", "lt:laikinasis reikalų patikėtinis", "lt:konsulas", "lt:ambasada",
    "lt:konsulatas", "lt:generalinis konsulatas", "en:ambassador", "en:chargé d'affaires", "en:consul",
    "en:attaché", "en:military attaché", "en:defence attaché", "en:defense attaché", "en:consulate", "en:embassy"))
_MISSION_ROLES = frozenset("role:" + x for x in (
    "lt:ambasada", "lt:konsulatas", "lt:generalinis konsulatas", "en:consulate", "en:embassy"))
_CROWD_SECTORS = frozenset({"CVL", "OPP", "COP", "LAB"})


def _own(m: Mention) -> bool:
    return bool(m.actor and m.country and not m.actor.startswith(m.country))


_LT_ADJ_ENDINGS = ("inė", "inis", "iniai", "inės", "oji", "osios", "asis", "ieji", "ioji", "ysis", "usis", "tinė",
                   "tinis")
_GEN_ENDINGS = ("ų", "os", "ės", "o", "io", "aus", "ies", "ių")


@lru_cache(maxsize=65536)
def _cases_of(analyses: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a for a, _ in analyses))


# the head noun of an office written before or after a name (Lithuanian stems, any case)
_LT_OFFICE_HEAD = re.compile(r"(?:pirminink|sekretori|direktori|vadov|vad(?:as|o|ui|ą|u|e)$|nar(?:ys|io|iui|į|iu|ė|ės|ei|ę)$|"
                             r"viršinink|atstov|patarėj|pavaduotoj|įgaliotin|komisar|ministr|pasiunt|ambasador)")
_LT_DAT_ENDINGS = ("ai", "ams", "ui", "oms", "ėms")
_LT_OFFICE_TAIL = frozenset("spaudai reikalams seras generolas generolą generolu admirolas admirolu".split())
_EN_OFFICE_HEAD = frozenset(
    "chief chiefs director secretary spokesman spokeswoman spokesperson speaker chairman chairwoman chair president "
    "commissioner head general adviser advisor commander minister envoy ambassador representative".split())
_EN_OFFICE_STOP = frozenset(
    "said says say told tells met meets is was were has had will would asked urged called warned named appointed as "
    "to with by from on in at that who which while after before when".split())
_EN_APPOSED_OFFICE = re.compile(
    r",\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:head|chief|secretary|chairman|chairwoman|director|spokesman|spokeswoman|"
    r"spokesperson|speaker|commander|commissioner|adviser|advisor|minister|president|envoy)\s+of\s+(?:the\s+)?")


def _org_top() -> dict[str, str]:
    from .evaluate import _org_top as top  # (each organisation body → its organisation: EC → EU, UNSC → UN)

    return top()


def _office_words(gap: str, lang: str, after_title: bool = False) -> bool:
    """Title words between an actor and a name: at most seven words, no clause boundary, ending in the
    head noun of an office ("Saugumo tarybos sekretorius", "Aukščiausiosios Rados pirmininku", "chief",
    "Joint Chiefs Chairman", "foreign policy chief"); after a title, its Lithuanian complement alone
    ("užsienio reikalams")."""
    if not gap[:1].isspace() or not gap[-1:].isspace() or re.search(r"[.,;:!?()\[\]\d]", gap):
        return False
    words = [w.strip("„“\"'’") for w in gap.split()]
    words = [w for w in words if w]
    if lang == "en":
        words = [w for w in words if w.lower() != "'s"]
    if not words or len(words) > 7:
        return False
    low = [w.lower() for w in words]
    if lang == "lt":
        while len(low) > 1 and (low[-1] in _LT_OFFICE_TAIL or low[-1].endswith(_LT_DAT_ENDINGS)):
            low.pop()  # ("atstovas spaudai", "narys gynybai", "įgaliotinis užsienio reikalams")
        if not _LT_OFFICE_HEAD.match(low[-1]):
            return after_title and all(w.islower() and (_lt_genitive_like(w) or w.endswith(_LT_DAT_ENDINGS))
                                       for w in words)  # ("ES vyriausiasis įgaliotinis užsienio reikalams")
        return all(w == "ir" or w[:1].isupper() or _lt_genitive_like(w.lower()) or w.lower().endswith(_LT_ADJ_ENDINGS)
                   or w.lower().endswith(("asis", "iasis", "ioji", "ųjų", "osios", "ojo", "iojo"))
                   or w.lower() in _LT_OFFICE_TAIL or w.lower() == "užsienio"
                   for w in words[:-1] if not _LT_OFFICE_HEAD.match(w.lower()))
    while len(low) > 1 and _RANK.fullmatch(words[len(low) - 1]):
        low.pop()
    if low[-1] not in _EN_OFFICE_HEAD:
        return False
    return not any(w in _EN_OFFICE_STOP or (w == wo and w.endswith(("ed", "ing")) and w not in ("united",))
                   for w, wo in zip(low, words, strict=False))


def _titled(nat: Mention, sector: str | None) -> str:
    """Actor code of a title with a nationality: JPN + GOV = JPNGOV; an organisation acts as itself
    ("ES užsienio reikalų ministrai", "NATO generals", "ELN sukilėliai", "Hamas fighters" → EU, NATO,
    ELN, HAMAS), also one tied to a country."""
    if nat.kind == "org":
        return nat.actor or ""
    return (nat.country or nat.actor or "") + (sector or "")


def _lt_verb_form(w: str) -> bool:
    """A verb in the past or present tense whose ending looks like a genitive's ("„Hamas“ paleido įkaitus":
    "paleido" ends like "Vilniaus apygardos" but is the verb between the name and the verb's object): a word in
    -o whose lemma is an infinitive (not an adjective or participle: "ginkluotosios" keeps its place in a title)."""
    from .nlp import lemma

    w = w.strip(".,;:!?\"“„”()")
    return w.endswith("o") and lemma(w, "lt").endswith("ti")


def _lt_genitive_like(w: str) -> bool:
    return len(w) > 2 and w.endswith(_GEN_ENDINGS)  # "o" (but), "po", "ko" are not genitive modifiers


def _lt_relational_adjectives(demonym: str) -> list[str]:
    """The relational adjectives of a people word, masculine and feminine: rusai → rusiškas, rusiška;
    amerikiečiai → amerikietiškas; lietuviai → lietuviškas ("rusiška nafta", "kiniški elektromobiliai")."""
    if " " in demonym:
        return []
    for plural, adj in (("iečiai", "ietišk"), ("iai", "išk"), ("ai", "išk")):
        if demonym.endswith(plural) and len(demonym) > len(plural) + 2:
            stem = demonym[: -len(plural)] + adj
            return [stem + "as", stem + "a"]
    return []


def _lt_gender(nominative: str) -> str | None:
    """Grammatical gender of a singular nominative phrase, read from its head's ending (Rusija, ministrė: f;
    Izraelis, prezidentas: m; plural names such as JAV or Jungtinės Tautos: None)."""
    head = nominative.split()[-1] if nominative.split() else ""
    low = head.lower()
    if not low or head.isupper() or not low[-1].isalpha():
        return None
    if low in FEM_I_STEMS:
        return "f"
    if low.endswith(("ai", "os", "ės", "ys", "ūs")):
        return None
    if low.endswith(("a", "ė")):
        return "m" if low.endswith("kolega") else "f"  # (a few masculine nouns end in -a: kolega)
    if low.endswith(("as", "is", "us")):
        return "m"
    return None


register("actors", Actors)
