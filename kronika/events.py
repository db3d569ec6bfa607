"""Stage 'events': code who did what to whom, per sentence, from the event lexicons (data/events/*.yaml).

For each sentence: find triggers (by lemma, by the negated lemma, or by surface stem); if an intent
verb ("susitarė", "agreed") governs an action trigger, the action is coded in its intent form
(062 → 0312) with modality 'intended'; then roles are filled
- in Lithuanian by case and preposition (source NOM, target INS after "su", DAT, ACC, ...), nouns
  taking their genitive participants ("Japonijos ir Rusijos derybos");
- in English by position, voice and preposition (subject before the verb, object or "with X" after;
  passive "was attacked by X" swaps them);
joint subjects and symmetric actions give both directions; "abi šalys" / "both countries" / "jie"
resolve to the article's main pair or the last subject. Each event carries modality, a historical
flag and date, place, and provenance (sentence, char spans, rule, confidence). Quotes are records
with their speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, cached_property, lru_cache
from typing import Any, ClassVar

from .actors import NONSTATE_SECTORS, mark_unresolved, matcher
from .article import Article, Sentence, Token
from .errors import ConfigError, DictionaryError
from .evaluate import country_of
from .langpack import load_yaml
from .lt_inflect import forms_by_text
from .nlp import lemma as lemmatize
from .ontology import intent_of, ontology
from .pipeline import register

_CASE_SPEC = re.compile(r"^(NOM|GEN|DAT|ACC|INS|LOC)(?::([\wąčęėįšųūž]+))?$")
_EN_SPEC = re.compile(r"^(subj|obj|poss|by|[a-z]+)$")


# people who act for the countries a "from" phrase names: "Ministers from Brazil and Argentina met ..."
_EN_OFFICIALS_FROM = frozenset({"minister", "ministers", "official", "officials", "diplomats", "envoys", "delegation",
                                "delegations", "leaders", "representatives", "negotiators"})
_EN_MONTHS = frozenset("January February March April May June July August September October November December".split())
_EN_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
                         | {m.lower() for m in _EN_MONTHS})


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    lemma: str
    pos: str
    code: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    symmetric: bool
    stems: tuple[str, ...]
    with_: tuple[str, ...]
    intent: bool
    # the completing word stands in the trigger's object complement ("called the move a provocation"): right
    # after the object, in the same clause, and the trigger is no phrasal verb ("called on", "called for")
    complement: bool = False
    with_window: int = 0  # the completing word must follow within this many words; 0: the lexicon's window
    # the completing word is itself completed: one of these must follow it within four words of its clause
    # ("paragino ES griežtinti sankcijas": a tightening verb reads an appeal only with a word of sanctions as its object)
    with_then: tuple[str, ...] = ()
    # a statement about an act ("considering sanctions on Iran", "claimed responsibility for the attack on
    # ...", "denied damaging the pipeline"): the act it governs is coded with the frame's own code, from the
    # frame's subject to the act's target, asserted; the act itself is not coded (it is what is considered,
    # claimed or denied)
    frame: bool = False
    frame_keeps_act: bool = False  # the act a frame governs is coded as well, in its own modality (considering)
    # the subject is the act's recipient and the target slot names its doer ("received weapons from Russia",
    # "gavo ginklų iš Rusijos"): the pair is turned round
    inverse: bool = False
    # the target must be an organisation ("Sweden joined NATO"; "joined Russia in voting against", "joined Putin on
    # Red Square" name no membership)
    target_org: bool = False
    # an English phrasal verb's particle, right after the verb ("called in the Russian ambassador", "handed over
    # ..."): the verb is a trigger only with it, and the object follows it
    particle: str = ""
    passive: ClassVar[bool] = False  # reached through a passive participle (_PassivePattern)
    compound: ClassVar[bool] = False  # reached through a hyphen compound (_CompoundPattern)


@cache
def _en_adjective_country(word: str) -> str | None:
    """The country an English nationality adjective names ("Canadian" → CAN), from the actor dictionary."""
    return _en_adjectives().get(word)


@cache
def _en_adjectives() -> dict[str, str]:
    from .actordict import load

    a = load()
    out: dict[str, str] = {}
    for n in a.names:
        e = a.entities.get(n.entity)
        if n.lang == "en" and n.kind == "adj" and e is not None and e.code:
            out.setdefault(n.text, e.code)
    return out


def _lt_present_passive(t: Token) -> bool:
    """A present passive participle of a verb ("remiamai", "finansuojamų"), not an action noun in -imas
    ("kvietimą", "reikalavimą") of the same shape."""
    return _LT_PRESENT_PASSIVE.match(t.low) is not None and (t.lemma or "").lower().endswith(("ti", "tis"))


def _lt_greeting(p: Pattern) -> bool:
    """A Lithuanian congratulation sent ("atsiuntė sveikinimą", "perdavė sveikinimus"): a verb of sending that the
    word of congratulating completes."""
    return p.pos == "verb" and p.code.startswith("051") and any(w.startswith("sveikinim") for w in p.with_)


def _most_specific(events: list[Event]) -> list[Event]:
    """One event per (source, target, root, modality) in a sentence: the most specific code wins
    ("perduos karinės paramos paketą" fires 072 through the verb and 070 through the noun)."""
    best: dict[tuple[Any, ...], Event] = {}
    order: list[tuple[Any, ...]] = []
    for e in events:
        k = (e.source_actor, e.target_actor, e.cameo[:2], e.modality)
        if k not in best:
            best[k] = e
            order.append(k)
        elif len(e.cameo) > len(best[k].cameo) or (best[k].cameo.endswith("0") and not e.cameo.endswith("0")):
            best[k] = e
    return [best[k] for k in order]


@cache
def _spatial_pattern(p: Pattern) -> bool:
    """A show of force named by where it is made ("drills around Taiwan", "exercises off Japan's coast"): a pattern
    whose target is the state a spatial word governs, and only that."""
    return any(s in _EN_SPATIAL_SPECS and s not in _EN_PREPS for s in p.target)


def _bare(actor: str | None) -> bool:
    """A sector with no country or organisation ("GOV", "MED", "REB"): a party nobody can place."""
    from .evaluate import _country_codes, _org_codes  # (the scorer's own reading of codes)

    if not actor:
        return False
    orgs = _org_codes()
    if actor[:3] in _country_codes() or actor in orgs:
        return False
    return not any(actor.startswith(o) and len(actor) - len(o) <= 3 for o in orgs if len(o) >= 2)  # ("AUKUSMIL")


@cache
def _judicial(actor: str, entity: str | None) -> bool:
    """A court: a country's judiciary (the JUD sector) or an international court or tribunal."""
    from .actordict import load

    if actor.endswith("JUD"):
        return True
    e = load().entities.get(entity) if entity else None
    name = (getattr(e, "name", "") or "").lower()
    return "court" in name or "tribunal" in name


@cache
def _country_end(entity: str) -> date | None:
    from .actordict import load

    e = load().entities.get(entity)
    return e.end if e else None


# _with_matchers by the identity of the need tuple (hashing the tuple on every call cost more than the scan)
_MATCHERS: dict[int, tuple[tuple[str, ...], frozenset[str], tuple[str, ...] | None]] = {}


@cache
def _with_matchers(need: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...] | None]:
    """Exact words, and the prefixes among them (4+ letters: "sankcij" matches sankcijas) for str.startswith
    (no regex to compile the first time a pattern is met: a cold run met ~400)."""
    pre = tuple(n for n in need if len(n) >= 4)
    return frozenset(need), (pre or None)


def _trie(words: set[str]) -> str:
    """A regex alternation of `words` factored by common prefixes. It matches the same strings as a
    flat longest-first alternation, but Python's engine rejects a position after one character instead
    of trying every phrase there (measured: ~3x faster over a sentence)."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body  # the longer continuation first, then the word ending here

    return emit(tree)


def _words_re(words: tuple[str, ...] | frozenset[str] | list[str]) -> re.Pattern[str] | None:
    """One regex matching any of the phrases as whole words (None when there are none)."""
    ws = {w for w in words if w}
    if not ws:
        return None
    return re.compile(r"(?<!\w)(" + _trie(ws) + r")(?!\w)")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    by_lemma: dict[str, tuple[Pattern, ...]]
    by_stem: dict[str, tuple[tuple[str, Pattern], ...]]  # first 5 letters → (stem, pattern)
    intent_verbs: frozenset[str]
    negation_prefix: str
    negators: frozenset[str]
    hypothetical: frozenset[str]
    reported: tuple[str, ...]
    future_suffixes: tuple[str, ...]
    future_markers: tuple[str, ...]
    history: tuple[str, ...]
    day_words: dict[str, tuple[str, int]]
    coref_pair: tuple[str, ...]
    coref_plural: frozenset[str]
    coref_singular: frozenset[str]
    speech_verbs: frozenset[str]
    n_patterns: int
    with_window: int = 8  # how many words after a trigger may complete it (with: ...)
    reported_re: re.Pattern[str] | None = None
    not_ruled_out_re: re.Pattern[str] | None = None
    coref_person_country: tuple[str, ...] = ()  # "jos šalis", "his country": the last person's country
    coref_group: tuple[str, ...] = ()  # "šių šalių": the list of countries named just before
    future_re: re.Pattern[str] | None = None
    day_re: re.Pattern[str] | None = None
    history_re: re.Pattern[str] | None = None
    mass_codes: dict[str, str] = field(default_factory=dict)  # "killed thousands": lemma → mass-violence code
    mass_words: frozenset[str] = frozenset()  # quantity words that make a victim count massive ("thousands")
    mass_fillers: frozenset[str] = frozenset()  # what may stand between the verb and the count ("some", "at least")
    coref_place: frozenset[str] = frozenset()  # "the island", "the country": the last other country named
    claim_verbs: frozenset[str] = frozenset()  # "said", "concluded", "teigė": a claim about another's act
    consequence_verbs: frozenset[str] = frozenset()  # "face", "pay", "sulaukti": what a threatened party will do
    consequence_nouns: dict[str, str] = field(default_factory=dict)  # "consequences" → 130, "sanctions" → 1312
    judgement_words: tuple[str, ...] = ()  # "illegal", "neteisėt": a verdict on another's act ("said the move was illegal")
    # "violated", "threatened": a verb of harm to a rule or to peace whose subject is another's act ("said the move
    # violated the truce")
    judgement_verbs: tuple[str, ...] = ()
    blame_words: tuple[str, ...] = ()  # "meddling", "kišasi": what a party is said to do that accuses it ("said X was meddling")
    copulas: frozenset[str] = frozenset()  # "was", "yra": what links an act to the verdict
    headline_links: frozenset[str] = frozenset()  # "Modi in Moscow", "Modi – Maskvoje": a headline's verbless visit
    # "Minsk said it would respond": a side saying it will answer threatens whoever it answers (130)
    response_speech: frozenset[str] = frozenset()  # say, warn: the verbs that announce it
    # "warned that any intervention in Niger would be treated as a declaration of war": the acts a warning forbids
    # (nouns) and the words of what would answer them (prefixes); a word of force among them makes it 138
    forbidden_acts: frozenset[str] = frozenset()
    forbidden_answers: tuple[str, ...] = ()
    forbidden_force: tuple[str, ...] = ()
    response_verbs: frozenset[str] = frozenset()  # respond, retaliate: what it says it will do
    response_objects: frozenset[str] = frozenset()  # "would take countermeasures": what it will take
    response_take: frozenset[str] = frozenset()  # take, adopt
    response_not: frozenset[str] = frozenset()  # "would respond to the letter": a reply, no threat
    # "said relations with China were improving": the ties a party talks about with another (a statement, 010)
    relation_nouns: frozenset[str] = frozenset()
    # "Kenyan police officers arrived in Haiti" (074), "rescue teams from Egypt arrived in Libya" (073): the arrival of
    # forces or of help is no visit; the patterns of arrival and the words of the arriving subject
    arrival_patterns: frozenset[str] = frozenset()
    arrival_aid: tuple[str, ...] = ()
    arrival_force: tuple[str, ...] = ()
    hopeful_words: tuple[str, ...] = ()  # "improving", "closer": said of the ties, an optimistic comment (013)
    gloomy_words: tuple[str, ...] = ()  # "worse", "a new low": a pessimistic one (012)

    @cached_property
    def protest_verbs(self) -> dict[str, tuple[Pattern, ...]]:
        """The lemmas of the 14x (protest) verb patterns and those patterns: a sentence scan looks them up
        without walking every pattern of every word."""
        out: dict[str, tuple[Pattern, ...]] = {}
        for lem, qs in self.by_lemma.items():
            got = tuple(q for q in qs if q.code[:2] == "14" and q.pos == "verb")
            if got:
                out[lem] = got
        return out


def check_lexicon(data: Any, name: str) -> list[str]:
    """Schema problems of one event lexicon file."""
    probs: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        return [f"{name}: needs a 'patterns' list"]
    onto = ontology()
    lang = data.get("lang")
    seen: set[str] = set()
    for i, p in enumerate(data["patterns"]):
        where = f"{name}: pattern {i} ({p.get('id') if isinstance(p, dict) else p!r})"
        if not isinstance(p, dict):
            probs.append(f"{where}: not a mapping")
            continue
        for k in ("id", "lemma", "code"):
            if not p.get(k):
                probs.append(f"{where}: missing '{k}'")
        if p.get("id") in seen:
            probs.append(f"{where}: duplicate id")
        seen.add(p.get("id"))
        if str(p.get("code")) not in onto:
            probs.append(f"{where}: CAMEO code {p.get('code')!r} is not in the ontology")
        if p.get("pos", "verb") not in ("verb", "noun"):
            probs.append(f"{where}: pos must be verb or noun")
        specs = _as_list(p.get("target")) + _as_list(p.get("source"))
        for s in specs:
            if not (_CASE_SPEC.match(str(s)) if lang == "lt" else _EN_SPEC.match(str(s))):
                probs.append(f"{where}: bad role spec {s!r}")
        for st in _as_list(p.get("stems")):
            if len(str(st)) < 5:
                probs.append(f"{where}: stem {st!r} shorter than 5 letters")
    for key in ("mass_codes", "consequence_nouns"):
        for lem, code in (data.get(key) or {}).items():
            if str(code) not in onto:
                probs.append(f"{name}: {key} {lem!r}: CAMEO code {code!r} is not in the ontology")
    return probs


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return list(v) if isinstance(v, list | tuple) else [v]


@cache
def lexicon(lang: str) -> Lexicon:
    name = f"events/{lang}.yaml"
    data = load_yaml(name)
    probs = check_lexicon(data, name)
    if probs:
        raise DictionaryError(f"{len(probs)} problem(s) in {name}, e.g. {probs[0]} (run `kronika dict check`)")
    by_lemma: dict[str, list[Pattern]] = {}
    by_stem: dict[str, list[tuple[str, Pattern]]] = {}
    for p in data["patterns"]:
        pos = p.get("pos", "verb")
        default_src = ("NOM",) if lang == "lt" and pos == "verb" else ("GEN",) if lang == "lt" else (
            ("subj",) if pos == "verb" else ("poss",))
        pat = Pattern(
            id=str(p["id"]), lemma=str(p["lemma"]).lower(), pos=pos, code=str(p["code"]),
            source=tuple(str(x) for x in _as_list(p.get("source"))) or default_src,
            target=tuple(str(x) for x in _as_list(p.get("target"))),
            symmetric=bool(p.get("symmetric", False)),
            stems=tuple(str(x).lower() for x in _as_list(p.get("stems"))),
            with_=tuple(str(x).lower() for x in _as_list(p.get("with"))),
            intent=bool(p.get("intent", False)),
            complement=bool(p.get("complement", False)),
            with_window=int(p.get("with_window") or 0),
            with_then=tuple(str(x).lower() for x in _as_list(p.get("with_then"))),
            frame=bool(p.get("frame", False)),
            frame_keeps_act=bool(p.get("frame_keeps_act", False)),
            inverse=bool(p.get("inverse", False)),
            target_org=bool(p.get("target_org", False)),
            particle=str(p.get("particle") or "").lower(),
        )
        by_lemma.setdefault(pat.lemma, []).append(pat)
        for st in pat.stems:
            by_stem.setdefault(st[:5], []).append((st, pat))
    dw: dict[str, tuple[str, int]] = {}
    for k, v in (data.get("day_words") or {}).items():
        if isinstance(v, list | tuple) and len(v) == 2:
            dw[str(k).lower()] = (str(v[0]), int(v[1]))
    low = lambda xs: tuple(str(x).lower() for x in (xs or []))  # noqa: E731
    return Lexicon(
        lang=lang,
        by_lemma={k: tuple(sorted(v, key=lambda p: -len(p.with_))) for k, v in by_lemma.items()},
        by_stem={k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in by_stem.items()},
        intent_verbs=frozenset(low(data.get("intent_verbs"))),
        negation_prefix=str(data.get("negation_prefix") or ""),
        negators=frozenset(low(data.get("negators"))),
        hypothetical=frozenset(low(data.get("hypothetical"))),
        reported=low(data.get("reported")),
        future_suffixes=low(data.get("future_suffixes")),
        future_markers=low(data.get("future_markers")),
        history=low(data.get("history")),
        day_words=dw,
        coref_pair=tuple(sorted(low(data.get("coref_pair")), key=len, reverse=True)),
        coref_plural=frozenset(low(data.get("coref_plural"))),
        coref_singular=frozenset(low(data.get("coref_singular"))),
        coref_person_country=tuple(sorted(low(data.get("coref_person_country")), key=len, reverse=True)),
        coref_group=tuple(sorted(low(data.get("coref_group")), key=len, reverse=True)),
        speech_verbs=frozenset(low(data.get("speech_verbs"))),
        n_patterns=len(data["patterns"]),
        with_window=int(data.get("with_window", 8)),
        reported_re=_words_re(low(data.get("reported"))),
        not_ruled_out_re=_words_re(low(data.get("not_ruled_out"))),
        future_re=_words_re(low(data.get("future_markers"))),
        day_re=_words_re(tuple(dw)),
        history_re=re.compile(_trie(set(low(data.get("history")))))
        if data.get("history") else None,
        mass_codes={str(k).lower(): str(v) for k, v in (data.get("mass_codes") or {}).items()},
        mass_words=frozenset(low(data.get("mass_words"))),
        mass_fillers=frozenset(low(data.get("mass_fillers"))),
        coref_place=frozenset(low(data.get("coref_place"))),
        claim_verbs=frozenset(low(data.get("claim_verbs"))),
        consequence_verbs=frozenset(low(data.get("consequence_verbs"))),
        consequence_nouns={str(k).lower(): str(v) for k, v in (data.get("consequence_nouns") or {}).items()},
        judgement_words=low(data.get("judgement_words")),
        judgement_verbs=low(data.get("judgement_verbs")),
        blame_words=low(data.get("blame_words")),
        copulas=frozenset(low(data.get("copulas"))),
        headline_links=frozenset(low(data.get("headline_links"))),
        response_speech=frozenset(low(data.get("response_speech"))),
        forbidden_acts=frozenset(low(data.get("forbidden_acts"))),
        forbidden_answers=low(data.get("forbidden_answers")),
        forbidden_force=low(data.get("forbidden_force")),
        response_verbs=frozenset(low(data.get("response_verbs"))),
        response_objects=frozenset(low(data.get("response_objects"))),
        response_take=frozenset(low(data.get("response_take"))),
        response_not=frozenset(low(data.get("response_not"))),
        relation_nouns=frozenset(low(data.get("relation_nouns"))),
        hopeful_words=low(data.get("hopeful_words")),
        arrival_patterns=frozenset(data.get("arrival_patterns") or ()),
        arrival_aid=low(data.get("arrival_aid")),
        arrival_force=low(data.get("arrival_force")),
        gloomy_words=low(data.get("gloomy_words")),
    )


# ----------------------------------------------------------------------------- records


@dataclass(slots=True)
class Event:
    article: str
    sentence_index: int
    sentence: str
    source_actor: str | None
    source_country: str | None
    target_actor: str | None
    target_country: str | None
    cameo: str
    modality: str
    historical: bool
    date: str | None
    location: str | None
    rule: str
    spans: dict[str, list[int] | None]
    confidence: float
    source_entity: str | None = None
    target_entity: str | None = None
    lang: str | None = None
    location_country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        c = ontology()[self.cameo]
        return {
            "type": "event", "article": self.article, "sentence_index": self.sentence_index,
            "sentence": self.sentence, "source_actor": self.source_actor, "source_country": self.source_country,
            "target_actor": self.target_actor, "target_country": self.target_country,
            "source_entity": self.source_entity, "target_entity": self.target_entity,
            "cameo": self.cameo, "root": c.root, "label": c.label, "quad_class": c.quad_class,
            "goldstein": c.goldstein, "plover": c.plover or None, "plover_mode": c.plover_mode or None,
            "modality": self.modality, "historical": self.historical, "date": self.date,
            "location": self.location, "location_country": self.location_country, "rule": self.rule,
            "spans": self.spans, "confidence": round(self.confidence, 2), "lang": self.lang,
        }


@dataclass(slots=True)
class Quote:
    article: str
    sentence_index: int
    text: str
    speaker: str | None
    speaker_actor: str | None
    speaker_entity: str | None
    spans: dict[str, list[int] | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "quote", "article": self.article, "sentence_index": self.sentence_index,
                "speaker": self.speaker, "speaker_actor": self.speaker_actor, "speaker_entity": self.speaker_entity,
                "text": self.text, "spans": self.spans}


# ----------------------------------------------------------------------------- helpers

_LT_IN_IT = frozenset({"jose", "juose", "jame", "joje", "pratybose", "derybose", "susitikime"})
_LT_MEETING_OBJ = frozenset({"susitikimą", "derybas", "pokalbius", "konsultacijas", "viršūnių"})
_LT_REPEATED_PREPS = frozenset({"su", "prieš", "į", "dėl", "iš", "prie"})
_LT_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:ir|bei))\s+")
_LT_PREPS = frozenset("su prieš į iš pas prie tarp dėl apie už per ant po be nuo link virš ties netoli".split())
def _opens_sentence(toks: list[Token], a: Act) -> bool:
    """An English actor that opens its sentence (maybe after a time word or a dateline dash): the clause subject."""
    return a.tokens[0] == 0 or all(t.text in ("—", "–", "-", ",") or t.text.isupper() or t.low in ("on", "in", "the")
                                   or t.text[:1].isupper() for t in toks[:a.tokens[0]]) and a.tokens[0] <= 4


# an attempt told of another ("said Russia had tried to buy votes") and buying votes
_EN_TRIED = frozenset("tried trying attempted sought seeking".split())
_EN_BUY = frozenset("buy buying bought".split())
# an accord and the words that name its subject ("agreements covering / on defence cooperation")
_EN_ACCORD_TOPICAL = frozenset("agreement deal accord pact treaty memorandum memoranda mou roadmap".split())
_EN_TOPIC_WORDS = frozenset("on covering for regarding concerning including".split())
# urging another to carry on an act just praised ("welcomed the decision and urged the EU to go further")
_EN_URGE_VERBS = frozenset("urge call ask press encourage invite".split())
_EN_FURTHER = frozenset("further more beyond extend expand follow also too next additional".split())
# verbs of a call or a meeting whose object is the one contacted ("called Erdogan to offer ...")
_EN_CONTACT_VERBS = frozenset("call phone telephone ring meet visit".split())
_EN_PREPS = frozenset("with on against to from between in at for over by of into onto toward towards about "
                      "upon near across among alongside".split())
_LT_CLAUSE = frozenset("kad nes kur kurie kurios kuris kuri kurį kurią kurių kuriuos kurias kuriuo kuria kuriais kuriomis "
                        "kuriam kuriai kuriems kurioms kai kol jog tačiau bet "
                       "o nors siekiant todėl".split())
# words that govern the genitive of an event as its time, setting or outcome ("susitikimo metu", "derybų rezultatai")
_LT_SETTING_HEADS = frozenset("metu proga paraštėse išvakarėse pabaigoje pradžioje kuluaruose rezultatus rezultatai "
                              "rezultatų rezultatais dalyviai dalyvius dalyvių dalyviams darbotvarkėje darbotvarkę "
                              "darbotvarkė".split())
# verbs of reporting a fact, and the noun of a statement issued ("bendru pareiškimu paskelbė, kad ..."): their "kad"
# clause names no party the report is about (the act told there, or the verb that issues it, is what is coded)
_LT_REPORT_VERBS = frozenset({"pranešti", "pareiškimas"})
# act nouns that also name attacks in words ("apkaltino Romą precedento neturinčiais išpuoliais")
_LT_WORDED_ATTACKS = frozenset({"išpuolis"})
# words naming a physical attack's weapon or casualties ("išpuoliu su dronais", "išpuoliu, per kurį žuvo ...")
_LT_PHYSICAL_HARM = ("raket", "dron", "sprog", "žuv", "auk", "sužeist", "sužeid", "ginkl", "bomb", "apšaud")
# people of no actor whom an accused attack may target ("išpuolius prieš ... kritikus / žurnalistus")
_LT_VICTIM_PEOPLE = ("kritik", "žurnalist", "opozic", "disident", "aktyvist", "emigrant", "pabėgėl", "tremt",
                     "disidentus", "politik", "oponent", "gyventoj", "civilius", "civilių", "civiliams", "moter", "vaik", "tautieč", "piliet")
# what ends a "kad" clause after a speech verb: a second verb of the main clause (", ir pareikalavo"), a contrast
_LT_SAID_CLAUSE_END = frozenset("ir bei o tačiau bet nors".split())
_EN_CLAUSE = frozenset("which who that while whereas but although though because after before when where".split())
# verb forms ending in -s that are not the future: participles (susitikęs, pasirašytas) and reflexives
_LT_NOT_FUTURE = ("ęs", "ąs", "tas", "mas", "mos", "tos", "is", "usios", "iusios", "ęsis", "damas", "dama", "ės", "antys", "intys")
# sectors that make an event inside one country meaningful (government vs. opposition, police vs. protesters)
_DOMESTIC = frozenset({"REB", "OPP", "CVL", "SEP", "RAD", "CRM", "PIR", "MED", "EDU", "HRI", "NGO", "LAB", "JUD",
                       "COP", "BUS", "REF", "AGR"})
_LT_FRONTED = frozenset({"kai", "kad", "kol", "nors", "kadangi", "nes"})  # a subordinate clause opening a sentence
_LT_CORRELATIVE = frozenset({"to", "tada", "tol", "tai", "tuo"})  # "po to, kai", "dėl to, kad", "tuo metu, kai"
_LT_REL_WHERE = frozenset({"kuriose", "kuriuose", "kurioje", "kuriame"})  # "derybos, kuriose ...": in which
_LT_RELATIVE = frozenset("kuris kuri kurie kurios kurį kurią kuriuos kurias kurio kurių kuriam kuriai kuriems "
                         "kurioms".split())  # relative pronouns that open a clause after a comma
_LT_BUT = frozenset({"bet", "tačiau", "o"})  # ", bet perspėjo Baku": a second clause that may share the subject
_LT_REACT_VERBS = frozenset({"atsakyti", "reaguoti", "sureaguoti"})  # an answer whose frame is another act
# verbs of discussing whose object names topics of talk, not acts ("aptarė sankcijas Rusijai")
# (not "svarstyti": an act under consideration is coded, hypothetical, guide §7)
_LT_DISCUSS = frozenset({"aptarti", "aptarinėti", "diskutuoti"})
_LT_CLAUSE_WORDS = frozenset({"kad", "o", "bet", "tačiau", "nes", "kai", "jog", "kuris", "kuri", "kurie", "kurios"})
_LT_REACTING_FRAME = ("atsakyd", "atsakant", "reaguod", "reaguojant")  # the participle frames ("atsakydama į ...")
_LT_REACTING = (*_LT_REACTING_FRAME, "sureaguod", "atsakė", "atsako", "reagavo", "sureagavo")
# adverbial participles of a demand or an appeal ("..., reikalaudami, kad Varšuva ...")
_LT_DEMANDING = ("reikalaudam", "ragindam", "prašydam", "siekdam")
_LT_MEMBERSHIP = ("naryst", "stojim", "įstojim", "prisijungim")  # a state's membership of (accession to) a body
# the verbs of demanding and urging, any form ("pareikalavo", "reikalaujančią", "ragina", "paprašė")
_LT_DEMAND_VERBS = ("reikalav", "reikalau", "pareikalav", "pareikalau", "ragin", "paragin", "prašė", "prašo", "paprašė",
                    "paprašy", "prašy")


def _sector(m: Any) -> str | None:
    a, c = getattr(m, "actor", None), getattr(m, "country", None)
    return a[len(c):] if a and c and a.startswith(c) and len(a) > len(c) else None


def _stateless_people(m: Any) -> bool:
    """A victim group with no country of its own ("civiliai", "civilians")."""
    return not getattr(m, "country", None) and getattr(m, "actor", None) == "CVL"


# verbs whose subject receives the act its object names ("sulaukė kritikos", "patiria spaudimą")
_LT_RECEIVE_VERBS = frozenset("sulaukti susilaukti patirti patiria patyrė sulaukė susilaukė sulaukia".split())
_LT_TIME_PHRASE_ONLY = frozenset({"spaudimas"})  # nouns coded only in a "po X ..." time phrase
_LT_PLURAL_PROTESTS = frozenset("protestai protestų protestams protestus protestais protestuose".split())


def _people(m: Any) -> bool:
    """A nation's people named by a plural demonym ("tūkstančiai serbų protestavo"): a domestic party."""
    return getattr(m, "form", None) == "demonym" and getattr(m, "kind", None) == "country"


@lru_cache(maxsize=65536)
def _genitive_form(lemma_: str, low: str) -> bool:
    """Whether a Lithuanian word form can be a genitive of the noun lemma."""
    return any(c == "GEN" for c, _ in forms_by_text(lemma_, "common").get(low, []))


def _own_code(m: Any) -> bool:
    """An organisation acting under its own code though tied to a country (ELN, HAMAS in COL, PSE)."""
    a, c = getattr(m, "actor", None), getattr(m, "country", None)
    return bool(a and c and not a.startswith(c))


_LT_PADALYVIS = re.compile(r"^(\w{3,}?)dam(a|as|i|os|asi|asis|iesi|osi)$")  # "apkaltin-dama", "grasin-dami"
# present participles of having ("ginklą turinčias", "valdančių"): the noun before them is what another has
_LT_HAVING = ("turinč", "turint", "valdanč", "disponuojanč")
# weapon platforms: what has the weapons is itself armament ("branduolinių ginklų turinčius naikintuvus",
# "raketų turinčius povandeninius laivus"), so asking for it is asking for military aid
_LT_WEAPON_PLATFORMS = ("naikintuv", "bombonieš", "bombonešį", "bombonešiu", "bombonešių", "lėktuv", "orlaiv",
                        "laiv", "povandenin", "sraigtasparn", "dron", "fregat", "eskadrin", "kreiser")
# a declined Lithuanian present active participle ("turinčias", "vykdančių", "siekiantį")
# (not the -nti / -ntis forms, which infinitives share: "atnaujinti", "gintis")
_LT_PRESENT_ACTIVE = re.compile(r"^\w{2,}[aiu]n(?:čios|čias|čių|čius|čią|tį|čiam|čiai|čiais|čioms|čiomis|tys)$")
# a Lithuanian present passive participle ("remiamai", "finansuojamų", "valdomose")
# (not the adverbial participle in -dama, -damas: "uždarydama")
_LT_PRESENT_PASSIVE = re.compile(r"^\w{2,}[^d][aio]m(?:as|a|i|os|ą|ų|us|ai|ais|oms|iems|omis|ose|oje|uose|ame|o|am)$")
_LT_PASSIVE = re.compile(r"^(\w+?)t(?:as|a|i|os|ą|ų|am|ai|ais|oms|us|ose|ame|oje|uose|iems|omis)$")


class _PassivePattern:
    """A verb pattern reached through its passive participle: the agent (GEN) is the source and the
    subject (NOM) the target ("Rusija Estijos vyriausybės buvo apkaltinta")."""

    __slots__ = ("p",)
    passive = True

    def __init__(self, p: Pattern):
        self.p = p

    def __getattr__(self, name: str) -> Any:
        return getattr(self.p, name)


class _CompoundPattern(_PassivePattern):
    """A verb pattern reached through an English hyphen compound ("EU-mediated talks", "a China-brokered
    deal"): the actor inside the word is the agent (source), the clause subject the target."""

    __slots__ = ()
    compound = True


_NO_TRIGGER: tuple[tuple[Pattern, ...], bool] = ((), False)  # cached: a word form that triggers nothing
_UNSEEN: tuple[tuple[Pattern, ...], bool] = ((), True)  # not in the per-form cache yet


_LT_STOP_VERBS = ("nutraukt", "sustabdyt", "liautis", "nustot", "baigt")  # verbs of stopping an act
# prepositions that govern a whole noun phrase whose genitive agent stands between: "po Ukrainos pajėgų
# įsiveržimo", "per Rusijos dronų ataką", "dėl Izraelio smūgių"
_LT_NP_PREPS = frozenset({"po", "per", "dėl"})
_CLAUSE_BREAK_WORDS = frozenset("kad o bet tačiau nors nes kai jei and but while although because".split())


_EN_OWN_SUBJECT_OPENERS = frozenset("the it they he she we its their his her".split())


def _en_own_clause_start(toks: list[Token], head: int) -> int:
    """Token index where the English clause of the word at `head` starts when it is coordinated after an
    earlier one with a subject of its own ("..., and Ukraine accused ...", "...; the Kremlin said ...",
    "..., but the EU ..."); 0 when there is none. A verb right after the link shares the earlier subject
    ("said it would impose sanctions, and freeze assets") and starts no clause of its own."""
    for k in range(head - 2, 0, -1):
        t = toks[k]
        if t.text == ";" and k + 1 < head:
            return k + 1
        if t.text == "," and toks[k + 1].low in ("and", "but", "while", "whereas") and k + 2 < head:
            nxt = toks[k + 2]
            if nxt.low in _EN_OWN_SUBJECT_OPENERS or (nxt.text[:1].isupper() and nxt.text.isalpha()):
                return k + 1
    return 0


_EN_PAST_IRREGULAR = frozenset("sent froze withdrew broke struck met gave took told shot seized threw held "
                               "began sought brought".split())
_EN_COORD_ADVERBS = frozenset("also then later immediately promptly swiftly quickly".split())


def _en_past_after_modal(toks: list[Token], head: int) -> int:
    """"said it would retaliate and summoned the ambassador": a past verb coordinated after a modal's verb is done,
    not planned; the token index after the "and" (the modal's reach ends there), else 0. Not a bare verb ("would
    retaliate and summon") nor a participle after "be" / "have" ("would be welcomed and supported")."""
    t = toks[head]
    if not (t.low.endswith("ed") or t.low in _EN_PAST_IRREGULAR):
        return 0
    k = head - 1
    if k > 0 and toks[k].low in _EN_COORD_ADVERBS:
        k -= 1
    if k <= 0 or toks[k].low not in ("and", "but"):
        return 0
    m = next((j for j in range(k - 1, max(-1, k - 10), -1) if toks[j].low in ("would", "will", "'ll")), None)
    if m is None or any(x.low in ("be", "been", "have", "has", "had") for x in toks[m + 1:k]):
        return 0
    return k + 1


# words of trade or travel whose direction "į X" names the country a ban or halt is aimed at
_LT_DIRECTED_TRADE = ("eksport", "import", "įvež", "išvež", "tranzit", "prekyb", "tiek", "keliau", "keliav", "vykt",
                      "vyki", "skryd", "skrist", "skraid", "reis", "siunt", "siųst", "parduot", "pardav")


# words for a deed that, bare, stand for the act just told ("..., Kosovui protestuojant prieš sprendimą")
_LT_BARE_DEEDS = ("sprendim", "žingsn", "veiksm", "nutarim", "poelg")


def _clause_break(toks: list[Token], i: int, j: int) -> bool:
    """Whether a clause boundary (punctuation or a clause word) stands between tokens i and j."""
    return any(t.text in (",", ";", ":", "–", "—") or t.low in _CLAUSE_BREAK_WORDS for t in toks[i + 1:j])
# verbs of discussion: a place in what they are about is the topic's, not the meeting's ("aptarė veiklą Kaliningrade")
_LT_TOPIC_VERBS = frozenset("aptarti svarstyti diskutuoti apsvarstyti".split())
# what a place after such a verb may be the place of ("padėtį Charkive", "karinę veiklą Kaliningrade")
_LT_SITUATION = ("padėt", "situacij", "veikl", "įvyk", "konflikt", "kar", "saugum", "stabilum", "taik", "kriz", "buvim",
                 "dislok", "projekt", "investic", "pratyb", "puolim", "atak", "smūg", "operacij", "humanitar", "gyventoj",
                 "rinkim", "protest", "statyb", "kov", "mūš", "įtamp", "sprogim", "išpuol", "teis", "žmon", "civil",
                 "pabėg", "migrant", "infrastruktūr", "objekt", "baz", "uost", "gamykl", "elektrin")
# the joint acts a mediator mediates ("tarpininkauja Izraelio ir „Hamas“ derybose")
# talks one takes part in, called good by a party ("derybas pavadino konstruktyviomis"): optimism, not praise
_LT_TALK_LEMMAS = frozenset("derybos susitikimas pokalbis pokalbiai mainai konsultacijos dialogas".split())
_LT_MEDIATED_NOUNS = frozenset("derybos derybų deryboms derybose derybas dialogas dialogo dialoge susitarimas susitarimo "
                               "susitarime pokalbiai pokalbių pokalbiuose".split())
# first and second person endings of Lithuanian finite verbs ("esame", "išsiųsime", "darau"): not the speaker's act
_LT_NOT_THIRD_PERSON = ("me", "te", "u", "iu", "siu")
_LT_ADVERBS_BEFORE_VERB = frozenset("jau dar irgi taip pat vėl ne nebe oficialiai griežtai viešai kategoriškai asmeniškai "
                                    "telefonu šiltai taip pat pirmiausia netrukus greitai nedelsiant tuoj tuojau "
                                    "artimiausiu metu toliau".split())
# subjects a "kad" clause may open with that name no actor ("kad šalis pasitraukia", "kad jie ...")
_LT_CLAUSE_SUBJECTS = frozenset("šalis valstybė vyriausybė ji jis jie jos ši šis šie šios tai".split())
# words of time and manner that may stand between a subject and its verb ("JAV sekmadienį paskelbė")
_LT_TIME_WORDS = frozenset("pirmadienį antradienį trečiadienį ketvirtadienį penktadienį šeštadienį sekmadienį vakar "
                           "šiandien rytoj užvakar neseniai anksčiau vėliau jau dar taip pat taip pat irgi tada dabar "
                           "praėjusią praėjusį šią šį naktį vakare ryte oficialiai vėl ne nebe".split())
# case endings of a lowercase Lithuanian noun head (plural and singular) for the owner of a slot's thing
_LT_CASE_ENDS = {"DAT": ("ams", "oms", "ėms", "ims", "ui", "iai", "ai", "ei"),
                 "LOC": ("uose", "ose", "ėse", "yse", "oje", "yje", "ėje", "uje", "e")}
# deployments: forces sent into a country are 074, not 154 (see _deployed_into)
_DEPLOY_IDS = frozenset({"en-deploy", "en-deployment", "lt-dislokuoti", "lt-perdislokuoti", "lt-dislokavimas",
                         "lt-dislokacija"})
_QUOTE_MARKS = frozenset("„“”\"«»")
_BE_PASSIVE: dict[int, tuple[tuple[Pattern, ...], tuple[Pattern, ...]]] = {}
# forms of būti before a participle: "buvo išsiųsti", "yra paleisti", "bus įvesti"
_LT_BE_PAST = frozenset("buvo yra bus buvę buvusios buvusieji".split())
# finite forms of "būti" before a passive participle predicate ("buvo Rusijos atakuojamas")
_LT_BE_FORMS = frozenset("buvo yra bus buvome buvote esame esate būna buvau esu".split())
_UNIONS: dict[int, tuple[tuple[Pattern, ...], tuple[str, ...] | None]] = {}


def _union_need(pats: tuple[Pattern, ...]) -> tuple[str, ...] | None:
    """Every word any of the patterns needs to complete it (None when none needs one): when no word of
    the union is near the trigger, no multi-word pattern of it can fire, and one scan tells."""
    hit = _UNIONS.get(id(pats))
    if hit is not None and hit[0] is pats:
        return hit[1]
    words = sorted({w for p in pats for w in p.with_})
    union = tuple(words) if words else None
    if len(_UNIONS) >= 200_000:
        _UNIONS.clear()  # pattern tuples made per word form once the form cache is full: keep memory bounded
    _UNIONS[id(pats)] = (pats, union)
    return union


def _has_quote(text: str) -> bool:
    return '"' in text or "„" in text or "“" in text or "«" in text


def _qg(m: re.Match[str]) -> int:
    """The group of a _QUOTE match that holds the quoted text (double or single quotes)."""
    return 1 if m.group(1) is not None else 2


_LT_MODALS = frozenset("gali galėtų galės gal galima turi turėtų turės privalo privalės nori norėtų žada "
                       "ketina planuoja".split())
# object pronouns by case, personal and relative ("jį priėmė", "kurią priėmė", "su juo susitiko")
_LT_PRON = {"jį": "ACC", "ją": "ACC", "juos": "ACC", "jas": "ACC", "jam": "DAT", "jai": "DAT", "jiems": "DAT",
            "joms": "DAT", "juo": "INS", "ja": "INS", "jais": "INS", "jomis": "INS"}
_LT_REL = {"kurį": "ACC", "kurią": "ACC", "kuriuos": "ACC", "kurias": "ACC", "kuriam": "DAT", "kuriai": "DAT",
           "kuriems": "DAT", "kurioms": "DAT", "kuriuo": "INS", "kuria": "INS", "kuriais": "INS", "kuriomis": "INS"}
# lemma endings of Lithuanian adjectives and adjectival participles that may stand between a preposition and
# the genitive owner it governs
_LT_ADJ_LEMMAS = ("inis", "imas", "iškas", "ingas", "tinis")
# genitive endings of active participles before a genitive owner ("dėl augančio Maskvos ir Pchenjano
# bendradarbiavimo", "dėl didėjančių Kinijos ...")
_LT_GEN_PARTICIPLE = ("ančio", "ančios", "ančių", "inčio", "inčios", "inčių", "usio", "usios", "usių")
# nouns after a genitive trigger that name that event itself, not a thing it modifies
_QUOTE_MARKS = frozenset('„“”"«»')
_LT_EVENT_HEADS = ("stal", "paket", "raund", "rat", "bang", "sesij", "etap")
# words of a response or retaliation completing a trigger ("žada atsakyti", "pažadėjo atkeršyti")
_LT_RESPONSE = ("atsakyt", "atkeršyt", "keršyt")
_EN_RESPONSE = ("retaliat", "reveng", "respon", "aveng", "countermeasure")
# verbs of a quantity that changed ("prekyba išaugo", "investicijos auga", "kainos smuko") or of a standing
# state ("sutartis galioja", "partnerystė gyvuoja")
_LT_TREND = frozenset("augti išaugti paaugti ūgtelėti didėti padidėti mažėti sumažėti kristi nukristi smukti "
                      "susitraukti sulėtėti šoktelėti stagnuoti svyruoti gyvuoti galioti egzistuoti".split())
_LT_TREND_STEMS = ("viršij", "viršy", "grindži", "grįst")
# words of a habit or a share ("dažnai lankosi", "kasmet investuoja", "eksportuoja daugiausia į")
_LT_HABIT = frozenset("dažnai dažniausiai kasmet kasdien kasmėnesį paprastai nuolat reguliariai tradiciškai "
                      "daugiausia daugiausiai".split())
_LT_RESPONSE = ("atsaky", "atkeršy", "keršy", "atpild", "atsakom")
# Lithuanian titles of one person (NOM): a military chief arriving visits, no force is deployed
_LT_ONE_PERSON_TITLES = frozenset("vadas vadė vadovas vadovė viršininkas viršininkė generolas generolė ministras ministrė "
                                  "atašė admirolas pulkininkas komisaras inspektorius".split())
# words making a warning about another's deed a threat ("sulauks atsako", "turės pasekmių", "brangiai kainuos")
_LT_CONSEQUENCE = (*_LT_RESPONSE, "atsak", "pasekm", "kainuo", "sumokė", "provokac", "kerš", "nebus toleruoj",
                   "nebus palikt", "griežt", "ryžting")
# infinitives of undoing an act, in a demand ("pareikalavo atšaukti muitus")
_LT_UNDO = frozenset("atšaukti panaikinti išbraukti atblokuoti".split())
# act nouns an institution's genitive may own in a greeting ("pasveikino Kongreso sprendimą", "Senato balsavimą")
_LT_GREETED_ACTS = ("sprendim", "žingsn", "balsavim", "nutarim", "susitarim", "veiksm", "pareiškim", "įstatym",
                    "pritarim", "patvirtinim", "ratifikav", "rezoliucij", "iniciatyv", "paket", "pasiūlym")
# stems of what such a demand wants undone that only a restriction can have put in place ("atšaukti muitus",
# "panaikinti draudimą", "išbraukti iš sąrašo"), and the CAMEO codes of such restrictions (aid cut, embargo,
# sanctions, repression, blockade)
_LT_UNDO_RESTRICTION = ("muit", "sankcij", "draudim", "apribojim", "embarg", "blokad", "tarif", "sąraš", "vizų")
_LT_RESTRICTION_CODES = ("162", "163", "17", "191")
# words of a vowed answer next to a threat ("atsakomosiomis priemonėmis", "neliks be atsako", "imsis priemonių")
_LT_ANSWER_WORDS = ("atsak", "atkerš", "kerš", "atpild", "priemon")
# determiners taking up an act told before ("šį sprendimą", "tokius veiksmus")
_LT_ANAPHOR_DETS = frozenset("šį šią šiuos šias šio šios tą tuos tas tokį tokią tokius tokias minėtą minėtus".split())
# words opening a clause that is no complement of the verb before it (a reason, a contrast)
_LT_COORD = frozenset("nes o bet tačiau nors".split())
# roots of acts addressed to someone: a second verb with no object is addressed to the party of the verb before it
_LT_ADDRESSED = frozenset({"02", "03", "10", "13"})
# verbs of praise that judge an act ("pasveikino sprendimą", "pavadino istoriniu"), unlike support (remti)
# verbs of a vow whose "kad" clause may say what another will pay ("pažadėjo, kad JAV brangiai sumokės")
_LT_VOW_VERBS = frozenset({"pažadėti", "žadėti", "pagrasinti", "grasinti", "perspėti", "įspėti"})
# verbs naming or judging an act, whose instrumental complement is a label ("pavadino agresijos aktu")
_LT_LABEL_VERBS = frozenset("pavadinti vadinti įvardyti įvardinti įvardijti laikyti apibūdinti".split())
_LT_JUDGING = frozenset("pagirti girti sveikinti pasveikinti liaupsinti vertinti įvertinti pavadinti".split())
# verbs whose object is an act judged (condemned, criticised, welcomed, denied) by someone outside it
_LT_JUDGING_VERBS = _LT_JUDGING | frozenset("pasmerkti smerkti kritikuoti sukritikuoti neigti paneigti atmesti "
                                            "apgailestauti".split())
_LT_JUDGING_STEMS = ("pasmerk", "smerk", "sukritikav", "kritikav", "kritikuo", "pavadin", "pasveikin", "sveikin",
                     "atmet", "paneig", "protest")  # ("protestavo dėl Rusijos lėktuvo įskridimo", "protestą dėl")
_LT_SAYING = frozenset("pareikšti sakyti teigti pabrėžti patikinti tvirtinti pažymėti".split())
_LT_DENYING_STEMS = ("neig", "paneig", "atmet", "atmest")
# phrases of lasting time ("iki šiol", "vis dar", "ilgą laiką", "pastaruoju metu") and spans after "jau"
_LT_LASTING_PAIRS = frozenset({("iki", "šiol"), ("vis", "dar"), ("ilgą", "laiką"), ("pastaruoju", "metu"),
                               ("daugelį", "metų"), ("ne", "vienerius")})
_LT_SPAN_WORDS = frozenset("metus metų metai dešimtmečius dešimtmetį dešimtmečių šimtmečius mėnesius mėnesių savaites "
                           "savaičių".split())
# heads naming who does an act as a standing role ("paramos teikėja", "ginklų tiekėjas", "pagalbos gavėja")
_LT_AGENT_HEADS = ("teikėj", "tiekėj", "donor", "rėmėj", "gavėj", "pirkėj", "eksportuotoj", "importuotoj")
_LT_THESE = frozenset("šie šios šių šiuos šias šiems šioms šiais šiomis šiuose šiose".split())
_LT_BACKGROUND_ADVERBS = frozenset("ilgai seniai anksčiau kadaise dešimtmečius dešimtmetį šimtmečius ilgus ilgą "
                                   "praeityje".split())  # 'kurie ilgai kariavo': a relative clause of background
_LT_ABROAD_OBJECTS = ("karą", "karinę", "karinių", "karines", "invazij", "agresij", "okupacij",
                      "bombard", "antpuol", "aneksij")  # protested against: a war or a strike abroad, not one's government
_LT_LANGUAGE_NOUNS = ("kalb", "kultūr", "literatūr", "tarm", "raštij")  # 'rusų kalba': a people's language, no party
_LT_THIS = frozenset("šio šios šį šią šiam šiai šiame šioje".split())
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion, assault, fight, mass violence
_LT_POSS = frozenset({"jo", "jos", "jų"})  # a possessive pronoun before the object noun
# instrumental nouns naming whose decision a passive act was: "įvestos ES sprendimu", "Kremliaus nurodymu"
# nouns of a side's own decision or step ("dėl savo sprendimo", "gynė savo poziciją")
_LT_OWN_STEP = ("sprendim", "nutarim", "žingsn", "veiksm", "pozicij", "politik", "pareiškim", "elges", "įsakym")
_LT_BY_DECISION = frozenset("sprendimu nurodymu įsakymu nutarimu iniciatyva potvarkiu".split())
# ... and those naming at whose decision or request an act was done ("Ukrainos prašymu")
_LT_BY_REQUEST = _LT_BY_DECISION | {"prašymu", "kvietimu", "pageidavimu", "reikalavimu"}
_EN_OBJ_PRON = frozenset({"him", "her", "them"})
# a definite noun phrase that names an act told before ("condemned the move", "The decision was criticised")
# words that may close an aside ", following the US and Britain" (its names end the phrase)
_EN_PRECEDENT_ENDS = frozenset("and in on at earlier last this after as which who when".split())
_EN_ANAPHOR_DETS = frozenset({"the", "this", "that", "these", "those", "such"})
# event nouns whose "of" phrase names who acts ("the visit of the U.S. speaker", "the deployment of North Korean
# troops"), not whom the act is done to ("the invasion of Ukraine", "the killing of civilians")
_EN_AGENT_OF_NOUNS = frozenset("visit visits trip presence deployment deployments participation involvement interference "
                               "meddling behaviour behavior conduct remarks comments statement statements rhetoric "
                               "provocations threats actions activities".split())
# what one side does ("a halt to the offensive", "an end to the bombardment"): a call to stop it is aimed at its doer
_EN_ONE_SIDED_FORCE = frozenset("offensive offensives bombardment bombardments bombing shelling invasion incursion "
                                "assault onslaught siege blockade operation raids airstrikes strikes".split())
_EN_ATTACK_NOUNS = frozenset("attack attacks strike strikes barrage barrages raid raids assault salvo salvos".split())
_EN_MEDIATED_SUFFIXES = ("-mediated", "-brokered")
_EN_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten dozens several".split())
# what one is "responsible for" as a duty, not as blame
_EN_DUTY_NOUNS = frozenset("safety security protection welfare wellbeing well-being care defence defense "
                           "implementation oversight supervision management upkeep maintenance".split())
# words that open a noun phrase before its modifiers, and verbs whose object or prepositional object a subject joins
_EN_NP_OPENERS = frozenset("the a an its their his her this that these those new latest earlier first second".split())
_EN_JOIN_VERBS = frozenset("agree sign accept reach join attend hold meet endorse approve back ratify seal conclude "
                           "strike enter negotiate resume begin start participate take welcome announce "
                           "unveil finalise finalize end".split())
_EN_BE_PASSIVE = frozenset("was were been is are be being".split())
_EN_NOUN_WITH_WINDOW = 5  # how far after an English noun trigger its completing word may stand ("drone attack")
_EN_SAID_WHEN = frozenset("on the next following day later earlier last week in a statement".split())
_EN_BEAR_BLAME = frozenset("bore bear bears ultimate full direct sole primary".split())  # "Russia bore ultimate responsibility"
_EN_SUBJ_FILLERS = frozenset("have has had will would also then later".split())  # "the two [have] agreed"
_EN_BROKE_OUT = frozenset("broke erupted flared raged resumed continued".split())  # "fighting broke out between"
_EN_CLAUSE_LINKS = frozenset({"and", "while", "but", "whereas", "as"})  # after a comma: another clause may follow
_EN_SAY_VERBS = frozenset("said says vowed warned threatened promised added insisted demanded urged".split())
# event nouns naming an accord between two parties: a reaction to it is aimed at both ("welcomed the agreement")
# what one is to answer for: "hold X to account for", "make X pay for", "punish X for"
# words that end the modifiers before an act noun when walking back to what governs it
_EN_NOT_MODIFIERS = frozenset("and or but by to then with in on at after before of from as than".split())
_EN_ANSWER_FOR = ("account", "accountable", "pay", "punish", "avenge", "revenge", "retaliat")
# places an -ing participle may describe ("bases hosting US troops", "ports handling Russian oil")
_EN_NATURAL_FORCES = frozenset("earthquake earthquakes quake quakes tremor tremors aftershock aftershocks storm storms "
                                "flood floods flooding hurricane hurricanes typhoon typhoons cyclone cyclones tsunami "
                                "tsunamis wildfire wildfires landslide landslides mudslide mudslides avalanche avalanches "
                                "eruption drought heatwave blizzard tornado tornadoes rains downpours".split())
_EN_HOSTING_PLACES = frozenset("base bases site sites facility facilities camp camps port ports airport airports airfield "
                               "airfields town towns city cities village villages region regions area areas".split())
_EN_ACCORD_NOUNS = frozenset("deal agreement accord pact treaty truce ceasefire".split())
_EN_RULING_NOUNS = frozenset("ruling rulings judgment judgement verdict verdicts".split())  # what a court gives
_EN_EVENT_NOUNS = frozenset("decision move step measure measures reversal action actions deal pact accord accords draft "
                            "agreement treaty verdict ruling judgment judgement ultimatum accusation accusations "
                            "allegation allegations charge charges violence deportation deportations expulsion "
                            "expulsions plan proposal remark remarks comments statement announcement resolution "
                            "law bill incident policy ban launch test decree order mission operation operations raid incursion "
                            "deployment closure curbs restrictions tariffs sentence arrest detention seizure "
                            # (what a state does to or with another, named by its noun: "welcomed the commitment",
                            # "welcomed the releases", "condemned the annexation")
                            "commitment release releases expansion withdrawal exit recognition exchange "
                            "swap handover designation annexation suspension cancellation".split())
_LT_EVENT_NOUNS = frozenset("sprendimas žingsnis veiksmas veiksmai priemonė priemonės kaltinimas kaltinimai "
                            "pareiškimas pareiškimai įstatymas draudimas planas pasiūlymas sankcija sankcijos muitai".split())
_LT_QUANTITY = frozenset("šimtas tūkstantis dešimt dešimtis dešimtys milijonas keli kelios daug daugybė dauguma "
                         "šimtai tūkstančiai".split())
_LT_QUANT_ABBR = frozenset({"tūkst", "mln", "mlrd"})
# verbs by which an agreement is made: an agreement noun is an act only with one of them in its sentence
_MADE_AGREEMENT = {
    "lt": frozenset("pasirašyti sudaryti pasiekti sutarti susitarti patvirtinti ratifikuoti įsigalioti "
                    "pasirašymas sudarymas".split()),
    "en": frozenset("sign signed reach reached strike struck seal sealed conclude agree agreed approve ratify clinch "
                    "finalise finalize broker brokered announce unveil signing effect force".split()),
}
_MADE_AGREEMENT_STEMS = {  # (any form, negated too: "pasirašytas", "nepasirašė", "without an agreement")
    "lt": ("pasiraš", "nepasiraš", "pasirašy", "sudar", "nesudar", "pasiek", "nepasiek", "susitar", "nesusitar", "sutar",
           "patvirtin", "ratifik", "įsigalio", "sveikin", "pasveikin"),
    "en": ("without", "welcom", "hail"),
}
# verbs of accidents and disasters: a participle after one tells what it did, no act of a party
_EN_MISHAPS_FINITE = frozenset("crashed collapsed sank capsized derailed erupted flooded".split())
# verbs of ending ties: an agreement or partnership noun with one of them is ties ended, not made
_ENDED_TIES = frozenset("suspend suspended end ended terminate terminated halt halted scrap scrapped cancel cancelled "
                        "withdraw withdrew quit abandon abandoned freeze froze revoke revoked annul annulled "
                        "nutraukti sustabdyti atšaukti pasitraukti įšaldyti denonsuoti".split())
_AGREEMENT_HEADS = frozenset("susitarimas sutartis memorandumas agreement treaty pact accord deal memorandum".split())
_EN_AGREEMENT_NOUNS = _AGREEMENT_HEADS - {"susitarimas", "sutartis", "memorandumas"} | {"declaration", "plan"}
_TIME_PREPS = frozenset({"po", "prieš", "iki", "after", "before", "since", "following", "ahead", "until"})
_CONDITIONS = frozenset({"if", "unless", "jei", "jeigu"})
# words that may stand between the members of a coordinated group of actors
_LT_LIST = frozenset({"ir", "bei", ",", "ar", "tiek", "nei"})  # (+ "tiek X, tiek Y", "nei X, nei Y")
_LT_AND = frozenset({"ir", "bei", ","})
_LT_ALL_CASES = ("NOM", "GEN", "DAT", "ACC", "INS", "LOC")
# finite verbs and auxiliaries that show a noun phrase before them is a clause's subject
_EN_FINITE_AFTER_SUBJECT = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "said",
                                      "sent", "gave", "flew", "made", "took", "says", "sends", "also", "then"})
_EN_LIST = frozenset({"and", ",", "or", "nor", "&", "his", "her", "their"})  # "X and his Lithuanian counterpart Y"
_PRACTICE = ("practis", "practic", "rehears", "simulat", "treniruot", "imituot", "repetuot")
_EN_BE = frozenset("be is are was were been being".split())
_EN_DETERMINERS = frozenset("the a an its their his her this that these those".split())
# words after a past form that open its own object or complement, so it is a finite verb ("and detained two of
# its executives", "and vowed to retaliate"), besides determiners, numbers and gerunds
_EN_OBJECT_OPENERS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands several "
                               "some many all any more to him them it".split())
# words before "to" that make what follows the owner of frozen funds, or the reason of the freeze, no recipient
_EN_FUNDS_OWNER_TO = frozenset("linked tied related connected owed belonging attributed due owing according "
                               "traced traceable amounting totalling totaling up".split())
# a definite group counted by a number word ("the three countries", "all four governments")
_EN_COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# plural nouns for people who are no state ("people", "protesters", "gangs"): what a "they" after them refers to
_EN_PEOPLE_NOUNS = frozenset("people protesters demonstrators gangs gangsters militants civilians migrants refugees "
                             "residents villagers workers farmers fishermen activists critics analysts experts "
                             "economists investors traders voters students passengers journalists fans "
                             "smugglers traffickers families survivors victims".split())
# Lithuanian nominative number words before a feminine plural ("trys šalys", "keturios valstybės")
_LT_COUNT_WORDS = {"trys": 3, "keturios": 4, "penkios": 5, "šešios": 6, "septynios": 7, "aštuonios": 8, "devynios": 9}
_LT_PLURAL_STATE_NOUNS = frozenset("šalys valstybės vyriausybės sostinės".split())
_EN_PLURAL_STATE_NOUNS = frozenset("countries nations states governments capitals allies members neighbours neighbors".split())
# particles of a phrasal verb right after it ("called on", "called for", "called off")
_EN_PARTICLES = frozenset("on upon for off up out in back".split())
_QUOTES = frozenset('"“”„«»\'‘’')
# words that end an object complement ("called the move a provocation and said ...")
_EN_CLAUSE_BREAKS = frozenset("and but or that which who to after before because while when if since".split())
_LIST_CONJ = frozenset({"and", "or", "nor", "ir", "bei", "ar", "&", "tiek", "nei"})
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", ";"})
# labels that open a line which is no report of the article: links to other stories, widgets, captions, ads, podcasts,
# opinion headings ("Read also: ...", "Photo: ...", "Skaitomiausi: ...", "Nuotraukoje – ...")
_ASIDE_LABELS = (("read", "also"), ("read", "more"), ("also", "read"), ("related",), ("most", "read"), ("photo",),
                 ("file", "photo"), ("photo", "caption"), ("caption",), ("podcast",), ("opinion",), ("video",),
                 ("watch",), ("listen",), ("advertisement",), ("sponsored",), ("promoted",), ("ask", "the", "expert"),
                 ("taip", "pat", "skaitykite"), ("skaitykite",), ("skaitykite", "taip", "pat"), ("skaitomiausi",),
                 ("populiariausi",), ("nuotraukoje",), ("nuotr",), ("tinklalaidė",), ("nuomonė",), ("reklama",),
                 ("vaizdo", "įrašas"), ("paklauskite", "eksperto"))
# commentators with no party of their own, and what they do when they speak
# what being "behind" blames for: a hostile act ("said Moscow was behind the sabotage / the blasts")
_EN_BEHIND_HARMS = ("attack", "blast", "bomb", "explosi", "sabotag", "arson", "hack", "cyber", "assassinat", "plot",
                    "kill", "murder", "coup", "unrest", "strike", "incident", "poison", "shooting", "drone", "fire",
                    "damag", "disinformation", "propaganda", "interferen", "meddl", "riot", "violen", "crash",
                    "downing", "abduct", "kidnap", "smuggl", "disappearance", "leak", "espionage", "spy", "jamming",
                    "infiltrat", "destabilis", "destabiliz", "campaign", "operation", "massacre", "raid", "shelling")
# acts whose sending of a signal is only read into them ("the visit sent a signal of support for Moscow")
_EN_SIGN_ACTS = frozenset("visit trip move decision deployment drills exercise exercises meeting talks presence "
                          "vote absence call".split())
_PUNDITS = frozenset("analyst analysts expert experts economist economists historian historians "
                     "commentator commentators scholar scholars researcher researchers pundits analitikas analitikai "
                     "analitikų analitikė ekspertas ekspertai ekspertų ekspertė ekonomistai ekonomistų ekonomistas "
                     "istorikas istorikai istorikų politologas politologai politologų "
                     "apžvalgininkai apžvalgininkų".split())
_PUNDIT_VERBS = frozenset("say says said believe believes think thinks expect expects warn warns warned fear fears note "
                          "noted notes argue argues suggest suggested cautioned predict predicted "
                          "teigimu nuomone vertinimu mano teigia sakė perspėja baiminasi pažymi pažymėjo prognozuoja "
                          "tikisi pasak".split())
_PUNDIT_OPENERS = frozenset("some many most several other the a an kai kurie daugelis".split())
_ASIDE_MARKS = frozenset({":", "–", "—", "-", "|"})
_HEADLINE_MAX_TOKENS = 16  # a headline is short; a longer line without a full stop is a paragraph cut short
# words after which a pronoun still opens its clause ("and he", "o jis", "but she")
_COREF_OPENERS = frozenset("and but then later also o bet ir tačiau vėliau taip pat metu".split())
# nouns whose "of" phrase names the event itself ("an act of aggression", "a wave of strikes")
_EN_OF_KINDS = frozenset("act acts wave waves series campaign string spate round rounds kind form threat threats "
                         "resumption start outbreak launch declaration signing announcement escalation use "
                         "number".split())
_EN_VIOLENT_NOUNS = frozenset("attack attacks fighting bombing bombings strike strikes explosion blast blasts "
                              "shelling raid raids clashes clash war offensive assault".split())
_EN_DURATIONS = frozenset("hours days weeks months years decades rounds sessions".split())
_NONSTATE = NONSTATE_SECTORS
# roots of a judgement passed on an act ("welcomed the move", "condemned the attack", "rejected the ruling",
# "will not cooperate with the mission"), whose target is that act's actor
_REACTION_ROOTS = frozenset({"01", "03", "05", "06", "11", "12", "13"})
# nouns a definite description of an actor ends in ("the regional bloc", "the Gulf state")
_EN_ACTOR_NOUNS = frozenset("bloc alliance group organisation organization union body regime junta kingdom country "
                            "nation state states government governments monarchy emirate republic unit agency "
                            "service".split())
# what may stand between an English subject and its verb ("Kigali has repeatedly denied", "Washington could reverse")
_EN_VERB_FILLERS = frozenset("has have had is was were been also later then could would will may might should "
                             "did does not never swiftly".split())
# verbs of attack whose noun is the weapon, not the act ("tested a hydrogen bomb", "fired shells")
_EN_WEAPON_NOUNS = frozenset("bomb bombs shell shells rocket rockets missile missiles mine mines torpedo torpedoes "
                             "grenade grenades".split())
# English verb triggers whose noun homograph names a thing or a happening, no act of the verb's ("the blast" is an
# explosion, not criticism): a noun after a determiner, a possessive or a number is no trigger
# the spatial words a show of force names its target with ("drills around Taiwan"), and the words that may stand
# between such a word and the state ("off the coast of Japan", "near the island of Taiwan")
_EN_SPATIAL_SPECS = frozenset("around surrounding encircling near off".split())
_EN_SPATIAL_FILLERS = frozenset("the of coast coasts shores waters island islands border borders self-ruled "
                                "self-governed".split())
_EN_THING_HOMOGRAPHS = frozenset("blast blasts".split())
# modifiers of such a noun ("a huge car bomb blast")
_EN_BLAST_MODIFIERS = frozenset("huge massive powerful big large loud fatal suicide car truck bomb gas overnight "
                                "latest first second new twin series".split())
# what stands right before an English verb, never before a noun it modifies ("will send weapons", "to send drones")
_EN_BEFORE_VERB = frozenset("to will would not never longer n't did does do could can cannot may might should shall "
                            "must".split())
# nouns an English trigger word only modifies: a kind of weapon or a figure, not an act ("attack helicopters",
# "strike drones", "trade deficit with China")
# a trade word modifying the noun of talks, a deal or a dispute names its subject, not an act of trade
_EN_TRADE_MODIFIERS = frozenset("trade export exports import imports investment".split())
_EN_TRADE_HEADS = frozenset("talks deal deals agreement agreements pact negotiations negotiators war wars dispute "
                            "disputes row tensions truce ties".split())
_EN_MODIFIED_HEADS = frozenset("helicopter helicopters drone drones aircraft jet jets plane planes submarine "
                               "submarines rifle rifles dog dogs weapon weapons craft deficit deficits surplus "
                               "surpluses balance imbalance imbalances gap".split())
# what a country's name may head in sport ("Italy's rugby team", "Poland's footballers"): players, not the state
# a participant that is a sports side by its own words ("Lithuania's national team", "Graikijos rinktinė")
_SPORT_TEAM = re.compile(r"\b(?:national team|team|squad|rinktin\w*|komand\w*|krepšinink\w*|futbolinink\w*)\b"
                         r"(?!\s+(?:of|derybinink\w*)\b)", re.I)  # (not "Iran's team of negotiators")
_EN_SPORT_SIDE = re.compile(r"^(?:['’]s)?\s+(?:(?:[a-z-]+\s+)?(?:rugby|football|soccer|basketball|hockey|handball|"
                            r"volleyball|national|olympic|tennis|chess|cricket|water polo|relay)\s+(?:team|teams|squad|"
                            r"squads|side)|(?:[a-z-]+\s+){0,2}(?:footballers|eleven|quintet|athletes|skaters|swimmers|"
                            r"cyclists|skiers|runners))\b")
# words framing an English clause as fiction or a simulation ("the novel imagines a Russian invasion")
_EN_FICTION = frozenset("imagine imagines imagined imagining simulate simulated simulates simulating simulation "
                        "wargame fictional".split())
# verbs that frame fiction only after a work that tells a story ("the film depicts", not "Beijing depicted the visit")
_EN_DEPICT = frozenset("depict depicts depicted depicting portray portrays portrayed portraying envisaged envisages "
                       "envisions".split())
_EN_WORKS = frozenset("novel film movie book series game play documentary drama story scenario "
                      "exercise drill".split())
# what may stand right before a present verb as its plural subject or an adverb ("the two countries cooperate")
_EN_PLURAL_SUBJECTS = frozenset("both also all still jointly countries sides nations neighbours neighbors allies states "
                                "governments partners they".split())
# what one endorses as a stand on a proposal, which is news ("supports NATO membership for Finland", "remia Ukrainos
# narystę NATO")
_EN_ENDORSED = frozenset("membership bid bids proposal proposals plan plans idea initiative initiatives resolution "
                         "candidacy call calls position decision accession".split())
_LT_ENDORSED = ("naryst", "siūlym", "pasiūlym", "plan", "iniciatyv", "rezoliucij", "kandidatūr", "sprendim",
                "pozicij", "stojim", "ketinim")
# words of habit before an English verb in the present ("regularly holds", "routinely condemns")
_EN_HABIT = frozenset("regularly routinely usually traditionally often frequently typically normally "
                      "habitually customarily".split())
_EN_RECURRENT = frozenset("year spring summer autumn fall winter month week day".split())
# how long a state has lasted ("has long supported", "have cooperated for decades"): a background state
_EN_DURATION = re.compile(r"\b(?:for (?:many |several |two |three |four |five |some )?(?:years|decades|centuries|"
                          r"generations)|for a long time|long|consistently|always|traditionally|historically|"
                          r"since (?:\d{4}|the (?:start|beginning|outbreak) of))\b")
# what an event noun as a subject may be said to be: the topic of talk, not the act itself ("Russia's invasion of
# Ukraine was discussed at the seminar", "Ukraine's counteroffensive was the main topic of the conference")
_EN_TOPIC = ("discussed", "debated", "analysed", "analyzed", "studied", "the topic", "the main topic", "a topic",
             "the focus", "the main focus", "the subject", "the theme", "the main theme", "on the agenda",
             "high on the agenda",
             # a state the event is in, not its happening ("negotiations ... are unlikely this year", "China's ban on
             # Japanese seafood remains in place", "Iran's support for Hamas is well known")
             "unlikely", "likely", "possible", "impossible", "routine", "in force", "in place", "unchanged",
             "well known", "well-known", "frequent", "rare", "common", "not recognised", "not recognized", "growing")
# a near-miss frame before an event noun ("came close to war", "on the brink of war"), skipping its modifiers
_EN_NEAR_MISS = frozenset({"close to", "brink of", "verge of", "edge of", "short of", "risk of", "danger of",
                           "threat of", "fear of", "fears of", "spectre of", "specter of"})
_EN_NEAR_MISS_SKIP = frozenset("a an the all-out open full-scale full scale new another wider regional direct "
                               "military armed nuclear major".split())
_EN_QUESTION_OPENERS = frozenset("can could will would should shall may might must is are was were do does did has "
                                 "have had what why how when whether who which".split())
# a share of a people ("most Finns", "a majority of Poles"): public opinion, not the state
_EN_SHARE_OF = re.compile(r"\b(?:most|many|some|few|half of|majority of|minority of|percent of|% of|share of|"
                          r"proportion of|third of|quarter of)\s+$", re.I)
_EN_DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]+s$")
# a market or economy a product "invades" or "attacks": a figure of speech ("China invades Japan's markets")
_EN_MARKET_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:markets?|economy|economies|shelves|stores|"
                              r"screens|charts|box office|stock markets?|retail)\b")
# a sport result ("beat Latvia 3-1", "6-2"): the score a match ended with
_EN_SCORE = re.compile(r"\d{1,2}[-–:]\d{1,2}$")
_LT_WITH_SLOTS = frozenset({"INS:su", "GEN:su", "GEN:tarp"})  # a target slot of acting together
_LT_ONE = frozenset({"vienas", "viena", "vieni", "vienos", "vienam", "vienai", "vieno"})
# acts co-subjects do not do to each other unasked ("France and Britain demanded his release": of a third party)
_HOSTILE_ONE_WAY = frozenset({"02", "10", "11", "12", "13", "16", "17"})
# what two reduce between themselves when both are its subject ("Armenia and Azerbaijan suspended peace talks")
_MUTUAL_OBJECTS = ("relation", "tie", "talk", "negotiat", "dialogue", "cooperation", "co-operation", "trade", "border",
                   "contact", "flight", "crossing")
# ("Lithuania, Latvia and Estonia disconnected their grids": a list of restrictors, not restrictions among them)
# endings of declined Lithuanian active participles, past and present ("atsisakiusias", "šnipinėjusius",
# "pasmerkusį", "draudžiančius")
_LT_ACTIVE_PARTICIPLE = ("usi", "usį", "usią", "usio", "usios", "usiam", "usiai", "usių", "usiems", "usioms",
                         "usius", "usias", "usieji", "ančio", "ančios", "ančių", "ančius", "ančias", "ančią",
                         "antį", "antiems", "ančioms", "antys", "antis", "ęs", "ę")
# instrumental nouns after a genitive naming the source of a report ("Hučių teigimu", "JT duomenimis")
_LT_ATTRIBUTION = frozenset("teigimu duomenimis žiniomis nuomone vertinimu manymu skaičiavimais "
                            "skaičiavimu teiginiu".split())
# verbs of ordering whose infinitive is the act ordered ("nurodė uždaryti", "įsakė palikti", "liepė išvykti")
_LT_ORDERS = ("nurodė", "nurodo", "nurodys", "įsakė", "įsako", "įsakys", "liepė", "liepia", "paliepė")
_LT_VERB_PREFIXES = ("iš", "pa", "su", "at", "nu", "ap", "už", "per", "pra", "pri", "į")
# nominative active participles a speech verb takes for its subject's own act ("paskelbė pasitraukiantys")
_LT_NOM_PARTICIPLE = ("antys", "ančios", "intys", "inčios", "usios", "usieji", "ęs", "usi", "anti")
# the nominative past active participle's endings the lemmatiser may not know ("numušęs", "nukovusi", "užėmusios")
_LT_PAST_ACTIVE_NOM = ("usios", "usi", "ęs")
_LT_THANK_VERBS = frozenset({"padėkoti", "dėkoti"})
# verbs of claiming and confirming that take such a participle for their subject's own act
_LT_CLAIM_VERBS = frozenset("paskelbti skelbti patvirtinti tvirtinti pripažinti neigti teigti pranešti".split())
_LT_PLACED = frozenset({"CVL", "AGR", "LAB"})  # people who belong to the place they are named in
_VIOLENT = frozenset({"18", "19", "20"})
# acts a party answers: a demand, criticism, threat or protest aimed at it ("po Rusijos kritikos Armėnija ...")
_LT_ANSWERED_ROOTS = frozenset({"10", "11", "13", "14"})
# a reprisal a hostile act may answer ("po Irano atakos JAV įvedė sankcijas"), and the roots of such hostile acts
_LT_REPRISALS = frozenset({"11", "13", "16", "17"})
_LT_HOSTILE = frozenset({"11", "13", "15", "17", "18", "19", "20"})
_COERCIVE_KEPT = frozenset({"15", "16", "17", "18", "19", "20"})  # announced, not threatened: the act's own code
# words to come have no intent form either: "said it would summon the ambassador" (114), "would ask NATO to ..." (02)
_VERBAL_KEPT = frozenset({"02", "10", "11", "12"})
# roots of a second coordinated act that shares the first act's partner ("met X and signed an agreement")
_SHARED_PARTNER_ROOTS = frozenset({"03", "04", "05", "06", "07"})
_THANK_LEMMAS = frozenset({"thank", "padėkoti", "dėkoti"})
_RESPECTIVELY = frozenset({"respectively", "atitinkamai"})
# endings of declined Lithuanian passive past participles ("gautus", "gauta", "gautų")
_LT_PASSIVE_PARTICIPLE = ("tas", "ta", "tą", "tos", "to", "tų", "tus", "ti", "tam", "tai", "tais", "toms", "tomis")
# nouns for a group of people or vehicles a verb's bare form may modify ("rescue teams", "aid convoys"), and the
# words after which that bare form is still the verb ("to rescue crews", "will aid workers")
_EN_MODIFIED_GROUPS = frozenset({"team", "teams", "worker", "workers", "crew", "crews", "squad", "squads", "convoy",
                                 "convoys", "flight", "flights", "personnel", "dogs", "units",
                                 "warrant", "warrants"})  # (and "an arrest warrant": the warrant's kind, no arrest)
_EN_BEFORE_BARE_VERB = frozenset({"to", "will", "would", "can", "could", "must", "may", "might", "should", "shall",
                                  "did", "does", "do", "not", "n't", "help", "helped", "helps", "and", "or"})
_COORD_ADVERBS = frozenset({"also", "then", "later", "jointly", "subsequently", "taip", "pat", "vėliau", "dar", "kartu"})
# nouns whose infinitive complement is an act of their owner ("Estonia's decision to expel", "Lietuvos planas uždaryti")
# (only nouns of a decision taken: a plan, threat or offer to act is no act, and needs its own modality)
_EN_DECISION_NOUNS = frozenset("decision decisions move".split())
_ANSWERS = ("explanation", "apolog", "release", "clarification", "compensation", "paaiškin", "atsipraš",
            "paleist", "išlaisvin", "kompensac")  # what a demand asks of the doer of an act
_LT_CLAIM_NOUNS = ("kaltinim", "teigin", "pranešim", "tvirtinim", "įtarim", "priekaišt")  # what a denial answers
_LT_DECISION_NOUNS = frozenset("sprendimas nutarimas".split())
_EN_PROSPECTS = frozenset("hope hopes prospect prospects chance chances possibility possibilities likelihood "
                          "odds".split())
_LT_PROSPECTS = frozenset("perspektyva galimybė viltis tikimybė šansas".split())
# words saying a sentence tells another act, not the one told before ("had also signed a grain agreement")
_ANOTHER_ACT = re.compile(r"\b(?:also|again|another|second|taip pat|vėl|dar vieną|dar kartą|antrą)\b", re.I)
_HEDGES = frozenset("reports report investigating examining investigate examine checking verify verifying "
                    "pranešimus pranešimų tiria tyrė tikrina tirti".split())
_SCORED = frozenset({"11", "12", "13", "15", "17", "18", "19", "20"})  # roots sport verbs share ("beat", "crush", "rout")  # roots of a result an English ", killing ..." participle names
# Participles that say the act before made their object do something (", prompting Tokyo to scramble jets").
_EN_CAUSATIVES = frozenset({"prompting", "forcing", "spurring", "pushing", "leading", "causing", "provoking",
                            "driving"})
# Conjunctions opening an English temporal or causal clause ("after Moscow detained ...", "as jets pounded ...").
_EN_SUBORDINATORS = frozenset({"after", "before", "as", "when", "while", "whilst", "because", "since", "until",
                               "once"})
_FORCEFUL = frozenset({"15", "17", "18", "19", "20"})  # roots of an attack whose result that participle is
# words opening an English adjunct: an action after one is not the complement of an intent verb
_EN_ADJUNCT = frozenset("at during after before over amid following in if unless by since while as".split())
# what a call or demand to "halt" must name for it to be an appeal to stand down fighting: "halt the fighting",
# "halt its offensive", "halt attacks on Ukraine" (a bare halt of shipments, talks or a trial is no ceasefire)
_EN_HALT_FIGHTING = ("fight", "hostilit", "offensive", "attack", "strike", "shelling", "bomb", "airstrike", "air strike",
                     "firing", "fire", "war", "violence", "military", "operation", "assault", "advance", "incursion",
                     "raid", "combat", "clash", "bloodshed", "killing", "escalat", "invasion", "aggression", "drone",
                     "missile", "rocket", "aerial", "ground", "hostile", "campaign", "siege", "blockade")
_EN_HALT_WORDS = frozenset({"halt", "halts", "halted", "halting", "stop", "stops", "stopping", "cease", "ceasing"})

# group nouns an actor's partners go by: "appealed to its allies", "urged the allies", "called on European partners"
_EN_RELATIONAL_GROUPS = frozenset("allies partners members neighbours neighbors friends backers supporters counterparts "
                                  "donors".split())
# words that end the noun phrase a relative clause refers back to (read leftwards): "protested to Russia's ambassador"
_EN_NP_STOPS = frozenset("said met told and but with after before when while protested handed summoned".split())
# year-scale words that make "early next / this / in ..." a time ("early next year", "early in 2026", "early next
# month"); a day or week ("early on Monday", "early this week") is the early leaving of a meeting
_EN_EARLY_TIME = frozenset("month year spring summer autumn fall winter decade".split())
# meetings of a body one may leave without leaving the body ("left the G7 summit early")
_EN_MEETING_NOUNS = frozenset("summit summits gathering meeting meetings talks session sessions conference forum "
                              "ceremony dinner assembly".split())
# words opening another clause between a private traveller and a later verb of travel, which has its own subject
_EN_TRAVEL_CLAUSE_LINKS = frozenset("who which while whereas as when after before because since but although though "
                                    "if".split())
# travellers who are no state: private people and craft ("citizens ... travelling to", "a plane flying to")
_EN_PRIVATE_TRAVELLERS = frozenset("citizens nationals tourists tourist travellers travelers passengers passenger migrants "
                                   "seekers seeker refugees pilgrims fans plane planes airliner airliners aircraft airline "
                                   "airlines flight flights".split())
# premises a city name may locate ("the Baku office of ...", "its Moscow bureau")
_EN_SITES = frozenset("office offices bureau branch headquarters plant factory campus studio studios".split())
# nouns of persons no party: whom police may hold for a crime ("arrested 14 people", "detained a man")
_EN_ANYONE = frozenset("people man men woman women person persons suspect suspects individuals".split())
# words after which an English past participle describes the next noun ("the use of frozen assets")
_EN_ATTRIBUTIVE_BEFORE = frozenset("the a an of by from with using its their his her these those such".split())
# irregular past participles of English trigger verbs ("was shot down", "was hit with sanctions")
_EN_IRREGULAR_PARTICIPLES = frozenset("shot hit cut put set shut struck bid spread thrust".split())
# prepositions of a subject noun's own phrase that name whom its act is aimed at ("Flights from Russia were banned")
_EN_SUBJECT_COMPLEMENT = frozenset("from against on to for with into".split())
# verbs of carrying out an act named by their subject ("Sanctions ... were extended by London")
_EN_ENACT = frozenset("impose extend approve announce sign deliver launch adopt introduce provide conduct carry hold "
                      "stage organise organize renew finalise finalize conclude send grant pledge unveil seal ink "
                      "order issue initiate open reach broker mount".split())
# works and courses whose "on / about" phrase is their topic ("a book on the invasion")
_EN_STUDY_WORKS = frozenset("book books novel film films movie documentary documentaries exhibition exhibitions course "
                            "courses lecture lectures seminar seminars podcast memoir biography play essay essays "
                            "thesis dissertation textbook series museum".split())
# words before a verb's base form ("to deal with", "will deal with"), not before a noun
_EN_VERB_BEFORE = frozenset("to will would can could must should may might not never also and".split())
_SPEECH_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})  # roots of what is said, not done
# English nouns of a speech act that name their own agent ("Seoul's offer", "calls from the United States")
_SPEECH_NOUNS = frozenset("offer proposal call demand request accusation allegation invitation ultimatum appeal "
                          "plea charge claim".split())
# what may stand between an English preposition and the actor it governs ("against four Burundian officials")
_EN_QUANT = frozenset("hundreds thousands dozens tens scores millions hundred thousand dozen million some many "
                      "several few groups group number numbers most".split())  # ("shot down most of the drones")
_EN_PLACE_NOUNS = frozenset("city town village region province port district capital island islands state enclave "
                            "strip territory area oblast county".split())
# a title whose "of" phrase names who acts: "the leaders of Armenia and Azerbaijan signed ..."
_EN_LEADER_NOUNS = frozenset("leader leaders president presidents ministers governments heads delegations "
                             "representatives envoys officers officials members agents commanders".split())
# nouns of aim whose "to"-infinitive names a goal, not an act: "Ukraine's bid to join NATO"
_EN_AIM_NOUNS = frozenset("bid bids ambition ambitions aspiration aspirations quest".split())
_EN_NP_FILLERS = frozenset("the a an both either 's s ’s some several many few about around nearly almost more than "
                           "northern southern eastern western central northeastern northwestern southeastern "
                           "southwestern hundreds thousands dozens tens two three four five six seven eight nine ten "
                           "eleven twelve twenty thirty forty fifty "
                           # (size and time adjectives of an act's noun: "hit by a massive Russian missile attack")
                           "massive large-scale major heavy deadly fresh renewed overnight combined coordinated "
                           "latest recent further additional".split())
_EN_NOT_NOUNS = frozenset("was has is this its his us as thus its yes less across perhaps unless always news "
                          "bus gas".split())
_AUX = frozenset("was were been being is are be".split())
# what may stand between an act's noun and the verb judging it ("the move had violated", "the deal would seriously
# undermine"); a negator is none of them, so "did not threaten" judges nothing
_EN_VERDICT_FILLERS = frozenset("would could might may will can had has have was were is are also further seriously "
                                "directly clearly effectively only".split())  # passive needs "be", not "has" (perfect)
# places and installations: "two Iraqi bases housing US troops", "camps sheltering refugees"
# words before an English -ing verb that head no noun phrase it modifies (subordinators), or name a text or a move whose
# -ing clause is its author's act ("passed a resolution condemning Azerbaijan", "issued a statement urging ...")
_EN_NOT_PARTICIPLE_HEADS = frozenset("after before while when whenever since without despite until unless than like "
                                     "besides including instead upon resolution resolutions statement statements "
                                     "letter letters report reports law laws bill bills decree decrees text texts "
                                     "motion motions declaration declarations communique communiqué note notes order "
                                     "orders measure measures move moves decision decisions message messages post "
                                     "posts speech speeches".split())
_EN_TIME_NOUNS = frozenset("day days week weeks month months year years time times hour hours decade decades "
                           "minute minutes".split())  # ("Fiji a week later": no gapped object)
_EN_DAMAGE_VERBS = frozenset("killed destroyed hit damaged wounded injured struck levelled leveled flattened "
                             "kills destroys hits damages".split())  # what an attack noun as subject did
_EN_MODALS = frozenset("will would could can may might must shall should did does do to".split())
_EN_TALK_WORDS = frozenset({"talks", "negotiations", "dialogue", "negotiation"})  # what a go-between mediates
_EN_TIME_HEADS = _EN_TIME_NOUNS | frozenset("night nights weekend weekends morning mornings evening evenings "
                                            "afternoon afternoons summer winter spring autumn".split())
_EN_SENDING = frozenset("sent send sends sending deployed deploy deploys deploying dispatched dispatch dispatches "
                        "used use uses using mobilised mobilized stationed spent spend spends".split())
_EN_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# words of a time adverbial between "and" and a coordinated verb ("and on Tuesday travelled to Berlin", "and a day
# later flew to Warsaw", "and later that day met ..."); at least one of _EN_WEEKDAYS, a month, a number or
# _EN_TIME_HEADS / "later" / "earlier" must be among them
_EN_TIME_FILLERS = frozenset("on in at the a an next following same last this that early late two three few several "
                             "then later earlier".split())
_EN_GAP_ADVERBIAL = frozenset("later earlier ago again after another deal lot bit while night nights weekend week "
                              "morning evening afternoon".split())
# what a visitor does by coming ("arrived on Tuesday to thank Lithuania", "to show support"); other purposes are
# plans ("arrived on Tuesday to sign a security agreement": intended)
_EN_DONE_BY_COMING = frozenset("thank express show demonstrate reaffirm affirm underline underscore signal honour "
                               "congratulate commemorate celebrate console comfort greet mark attend "
                               "honor pay".split())
_EN_PERSON_NOUNS = frozenset("national nationals citizen citizens man men woman women dissident dissidents student "
                             "students scholar scholars academic academics businessman businesswoman businessmen "
                             "tourist tourists prisoner prisoners detainee detainees author child children mother "
                             "father wife husband son daughter family person people dual reporter reporters worker "
                             "workers writer writers researcher researchers lawyer lawyers professor filmmaker blogger "
                             "photographer teacher engineer sailor sailors soldier soldiers officer officers doctor "
                             "singer player trader manager director producer executive leader".split())
_EN_ARRIVAL_SUBORD = frozenset("after before when while since as once following although though because if "
                               "amid".split())
_EN_ARRIVAL_TRAINING = frozenset("training train exercise exercises drill drills manoeuvres maneuvers course courses "
                                 "study studies parade".split())
# "villages south of the border", "bombed the city despite warnings of the US": no owner named after "of"
_EN_COMPASS_OF = frozenset("north south east west northeast northwest southeast southwest outside inside ahead short "
                           "instead because regardless kilometres kilometers km miles metres meters".split())
_EN_NOT_OWNER_OPENERS = frozenset("despite amid after before during following since because ahead including".split())
_EN_HOLDING = frozenset({"housing", "hosting", "carrying", "sheltering", "transporting"})
_EN_FACILITY_NOUNS = frozenset("base bases camp camps facility facilities site sites airport airports port ports "
                               "airfield airfields position positions hideout hideouts compound compounds".split())
_NOT_A_HEAD = _AUX | {"and", "or", "had", "has", "have", "then", "also"}  # before a finite -ed verb, not a noun
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)(?:\s*m\.|\s*(?:metais|metų|metu)\b)?")
_LT_MONTHS = (r"sausį|vasarį|kovą|balandį|gegužę|birželį|liepą|rugpjūtį|rugsėjį|spalį|lapkritį|gruodį|sausio|vasario|"
              r"kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio")
_LT_BACKGROUND = re.compile(r"\b(?:primename|primenama|priminsime|primintina|pernai|užpernai|praėjusiais metais|"
                            r"jau anksčiau)\b")
_LT_DAR_DATE = re.compile(r"\bdar\s+(?:praėjusį|praėjusią|praėjusiais|praėjusių|" + _LT_MONTHS + r")\b")
# a year that dates the act: "2023 m. spalį", "Dar 2023 m. ..."; after a preposition ("per 2023 m. krizę") only
# when a month or season follows
_LT_DATED_YEAR = re.compile(r"(\b(?:per|po|dėl|už|prieš|iki|nuo)\s+)?\b(1[5-9]\d\d|20\d\d)\s*m\.(\s+(?:"
                            + _LT_MONTHS + r"|rudenį|pavasarį|vasarą|žiemą|pradžioje|pabaigoje|viduryje)\b)?")
# an outside expert's view: "ekspertų teigimu", "politologo nuomone", "pasak saugumo eksperto", "Kai kurie analitikai
# mano, kad ..." (the stem, then the attribution noun or an opinion verb)
_LT_EXPERT_STEM = r"(?:ekspert|analitik|politolog|ekonomist|apžvalginink|komentator|teisinink|mokslinink)\w*"
_LT_EXPERT = re.compile(r"\b" + _LT_EXPERT_STEM + r"\s+(?:teigimu|nuomone|vertinimu|manymu|žodžiais|mano|teigia|"
                        r"abejoja|nuogąstauja|įspėja|prognozuoja|spėja|vertina|neatmeta|tikisi|svarsto(?!,\s*ar\b))\b"
                        r"|\bpasak\s+(?:\w+\s+){0,3}?" + _LT_EXPERT_STEM)
_LT_THEN = re.compile(r"^(?:\W*)(?:tada|tuomet|tais metais|tų pačių metų|vėliau)\b|\b(?:tada|tuomet)\b(?!,?\s+kai\b)")
# ("tik tada, kai bus būtina": a condition, not "then")
_EN_YEAR = re.compile(r"\b(?:in|since|of|by|until)\s+(1[5-9]\d\d|20\d\d)\b", re.I)
_EN_YEAR_WORD = re.compile(r"(?:1[5-9]\d\d|20\d\d)$")
_HAS_DIGIT = re.compile(r"\d").search
# a dated phrase in English: "in 2023", "in May 2022", "on February 24, 2022", "in the 1990s"
_EN_PAST_DATE = re.compile(r"\b(in|since|during|on|until|by|of)\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+(?P<dec>1[5-9]\d0|20[0-2]0)s\b|"
                           r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)\s+(?:\d{1,2},?\s+)?)?(?P<y>1[5-9]\d\d|20\d\d)\b)", re.I)
_QUOTE = re.compile(r"[„“\"«]([^„“”\"»]{8,}?)[“”\"»]")


@dataclass(slots=True, eq=False)  # compared by identity: one Act per mention per sentence
class Act:
    """An actor mention as the coder sees it."""

    m: Any  # actors.Mention
    start: int  # start including its title ("Rusijos diplomatijos vadovu Sergejumi Lavrovu")
    tokens: tuple[int, int]  # token index range within the sentence
    loc: bool = False  # a place ("Japonijoje", "in Japan"): a target only where a pattern asks for it
    pb: tuple[str | None, int] | None = None  # (preposition governing it, its token index), found lazily
    quant: bool | None = None  # a Lithuanian genitive after a number or quantity word (found lazily)
    adj: bool = False  # an English nationality adjective before a noun ("a Russian proposal"): never a subject
    lcase: str | None = None  # the case an indeclinable Lithuanian name takes from the list it stands in


# "their first direct talks since 2021", "pirmąsias derybas nuo 2021 metų": the year measures how new today's act is
_FIRST_WORD = re.compile(r"\b(?:first|pirm(?:as|oji|asis|ieji|osios|ąjį|ąją|uosius|ąsias|ąkart|ojo|osios|ą|ieji)?)\b",
                         re.I)
_EN_FUTURE_TO = frozenset("expected due scheduled set slated going".split())  # "is expected to meet"
_SINCE_BEFORE = re.compile(r"\b(?:since|nuo)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?$", re.I)


def _first_since(text: str, at: int) -> bool:
    """The year at `at` follows "since" / "nuo" after a "first" in the sentence: "the first talks since 2021",
    "pirmoji sutartis nuo 2012 m.": today's act, new since then, not an act of that year."""
    head = text[:at]
    m = _SINCE_BEFORE.search(head)
    return m is not None and _FIRST_WORD.search(head, 0, m.start()) is not None


def _weekday_date(base: date, weekday: int) -> date:
    """The last `weekday` on or before the article date (news reports events of the past week)."""
    return base - timedelta(days=(base.weekday() - weekday) % 7)


class Events:
    name = "events"

    def __init__(self, cfg: dict[str, Any]):
        self.lex = {lang: lexicon(lang) for lang in ("lt", "en")}
        self.onto = ontology()
        self._clause_cache: dict[tuple[int, int], tuple[int, int]] = {}
        self._verbs: list[int] = []  # token indices of the verb triggers of the sentence being coded
        self._spans: list[tuple[int, int]] = []  # char spans of the mentions of the sentence being coded
        self._lt_adjs: list[Act] = []  # the Lithuanian nationality adjectives of that sentence ("kiniškoms prekėms")
        self._en_own = False  # whether the English verb whose roles were found last has a non-actor subject of its own
        self._en_passive = False  # whether the English trigger whose roles were found last is a passive verb
        self._word_cache: dict[str, dict[str, tuple[tuple[Pattern, ...], bool]]] = {"lt": {}, "en": {}}
        self._claim_memo: tuple[Any, str, tuple[int, ...]] = (None, "", ())  # see _claim_at
        mcfg = cfg.get("events", {}).get("model", {})
        self.models: dict[str, Any] = {}
        if mcfg.get("enabled", True):
            from . import pairmodel

            for lang in mcfg.get("languages", ["lt"]):
                if lang not in self.lex:
                    raise ConfigError(f"[events.model] languages: {lang!r} is not a language the coder knows "
                                      f"({sorted(self.lex)})")
                m = pairmodel.load(lang, str(mcfg.get("dir", "")))
                if m is not None:
                    add = float(mcfg.get("add", -1.0))
                    self.models[lang] = (m, m.add if add < 0 else add, float(mcfg.get("sure", 0.9)))

    # ------------------------------------------------------------------------------------ stage
    def __call__(self, art: Article) -> Article:
        lex = self.lex.get(art.lang or "")
        if lex is None or not art.sentences:
            return art
        try:
            adate = date.fromisoformat(art.date[:10]) if art.date else None
        except ValueError:
            adate = None
        by_sent: dict[int, list[Any]] = {}
        for m in art.mentions:
            by_sent.setdefault(m.sentence_index, []).append(m)
        self._clause_cache = {}
        pair = self._main_pair(art)
        events: list[Event] = []
        state: dict[str, Any] = {"last_subject": None, "last_person": None, "pair": pair, "_events": events,
                                 "_by_sent": by_sent, "_text": art.text, "_sents": art.sentences, "_adate": adate}
        quotes: list[Quote] = []
        quiet: set[int] = set()  # questions, labelled lines, commentators' asides: sentences that tell no act
        for si, sent in enumerate(art.sentences):
            ms = by_sent.get(si, [])
            if not ms and pair is None and state["last_subject"] is None:
                continue  # no actor and nothing to refer back to: nothing to code
            if si and ms:
                ms = self._bodies(sent, ms, si, events)
            if lex.lang == "en" and ms:
                ms = self._quoted_government(sent, ms)
            acts = self._acts(sent, ms, self._en_protest_at(sent.tokens, lex) if lex.lang == "en" else None)
            state["_mentions"] = ms  # what "the two countries" may mean when the article has no main pair
            self._spans = [(m.start, m.end) for m in ms]  # every mention, resolved or not ("the foreign ministry")
            self._lt_adjs = self._lt_adjectives(sent, ms) if lex.lang == "lt" else []
            if self._aside(sent.tokens) or self._pundit(sent.tokens, acts):
                self._track_subject(sent, acts, lex.lang, state)
                quiet.add(si)  # (no act here for the pair/root model either)
                continue
            evs = self._code_sentence(art, si, sent, acts, lex, adate, state, ms)
            evs.extend(self._headline_visit(art, si, sent, acts, lex, adate, evs))
            if evs:
                evs.extend(self._claimed_harm(sent, acts, lex, evs, adate))
            if lex.lang == "lt":
                evs = self._lt_helped(art, si, sent, acts, adate, evs)
                evs.extend(self._lt_joined(si, sent, acts, evs, state))
                evs = self._lt_hosted(si, sent, acts, evs, state)
            evs.extend(self._said_consequence(art, si, sent, acts, lex, adate, evs))
            evs.extend(self._said_response(art, si, sent, acts, lex, adate, evs, state))
            evs.extend(self._forbidding_warning(art, si, sent, acts, lex, adate, evs, state))
            evs.extend(self._said_judgement(art, si, sent, acts, lex, adate, evs, state))
            evs.extend(self._said_blame(art, si, sent, acts, lex, adate, evs))
            evs.extend(self._said_relation(art, si, sent, acts, lex, adate, evs))
            if lex.lang == "lt":
                evs = self._lt_said_act(sent, evs)
            events.extend(evs)
            qs = self._quotes(art, si, sent, ms, lex, state)
            quotes.extend(qs)
            if art.lang == "en" and qs:
                self._quote_speaker_it(ms, qs, state)
            events.extend(self._quote_statements(art, si, sent, ms, qs, adate, events))
            state["_prev_countries"] = tuple(m.country for m in ms if m.country and m.role in ("actor", "nationality")
                                             and m.kind in ("country", "city", "role", "person"))
            placed = [m.country for m in ms if m.country and m.kind in ("country", "city", "place")]
            if placed:
                state["last_place"] = placed[-1]  # what a later "šio miesto", "šios šalies" refers to
            persons = [a for a in acts if (a.m.kind == "person" and a.m.entity) or (
                a.m.kind == "role" and a.m.country and a.m.number == "Sing" and a.m.role == "actor")]
            if persons:
                state["last_person"] = persons[-1]
        art.events = [e for e in map(self._unknown_parties, self._restated(events, art.date))
                      if e.source_actor or e.target_actor]  # (an act of nobody named on nobody named is no event)
        mark_unresolved(art.mentions)  # (after coding: a countryless word could still help tell who did what)
        if lex.lang in self.models:
            from .pairmodel import apply

            model, add, sure = self.models[lex.lang]
            art.events.extend(apply(art, model, lex, add, history=lambda s: self._history(s, lex, adate), sure=sure,
                                    skip=quiet))
        art.quotes = quotes
        return art

    @staticmethod
    def _unknown_parties(e: Event) -> Event:
        """A party that is a bare sector ("the government", "a journalist" of no country the article gives) is
        unknown: the event keeps its other party, its act and its sentence, with this side empty (as the actor
        stage marks such words unresolved)."""
        if _bare(e.source_actor):
            e = replace(e, source_actor=None, source_country=None, source_entity=None)
        if _bare(e.target_actor):
            e = replace(e, target_actor=None, target_country=None, target_entity=None)
        return e

    @staticmethod
    def _aside(toks: list[Token]) -> bool:
        """A line that tells no act: a question outside quotes ("Will China invade Taiwan?", "Ar Vokietija perduos
        Ukrainai raketas?") asks, it does not report; a line opened by a label of a link, widget, caption, ad or
        opinion heading ("Read also: ...", "Photo: ...", "Skaitomiausi: ...", "Nuotraukoje – ...") is no report of
        the article."""
        if not toks:
            return False
        if toks[-1].text == "?" and not any(t.text in ('"', "„", "“", "”", "«", "»") for t in toks):
            return True
        for lab in _ASIDE_LABELS:
            n = len(lab)
            if len(toks) > n and toks[n].text in _ASIDE_MARKS and tuple(t.low for t in toks[:n]) == lab:
                return True
        return False

    @staticmethod
    def _pundit(toks: list[Token], acts: list[Act]) -> bool:
        """A sentence whose speaker is a commentator with no party of his own ("Analysts say Beijing could
        retaliate", '"...," said an analyst in Belgrade', "Ekspertų teigimu, ...", "pažymi analitikai"): comment
        and speculation, no act (an expert of a party, "UN experts", "Rusijos analitikai", speaks for it)."""
        for k, t in enumerate(toks):
            if t.low not in _PUNDITS:
                continue
            # ("a China analyst in Tokyo", "a Latin America analyst": after an indefinite article the name is the
            # commentator's field, not his party)
            field = any(toks[j].low in ("a", "an") for j in range(max(0, k - 4), k - 1)) and all(
                toks[j].text[:1].isupper() or toks[j].text in ("-",) for j in range(
                    next(j for j in range(max(0, k - 4), k - 1) if toks[j].low in ("a", "an")) + 1, k)) and not (
                # ("a Ukrainian analyst", "a Polish expert": a demonym is his nationality, no field)
                toks[k - 1].low.endswith(("ian", "ish", "ese", "ean", "ic", "ch", "an", "i")) and not any(
                    a.tokens[0] <= k - 1 < a.tokens[1] and not a.adj for a in acts))
            if not field and (any(a.tokens[1] in (k, k - 1) and not a.loc for a in acts) or (
                    k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].low not in _PUNDIT_OPENERS)):
                continue  # ("UN experts", "Rusijos analitikai", "Chatham House analysts")
            # ('...," said a security analyst at a Warsaw think tank': an English speaker phrase after a quote may
            # run longer)
            ext = 2 if any(toks[j].low in ("said", "says", "told", "added", "wrote") for j in range(max(0, k - 4), k)) \
                else 0
            if not (k <= 4 or (len(toks) - k <= 6 + ext and any(w.text == "," for w in toks[max(0, k - 4 - ext):k]))):
                continue  # the commentator opens the sentence or closes it as its speaker, not a clause of his own
                # ("Rusija naktį apšaudė Kyjivą, o analitikai mano, kad ...": the attack is told first)
            near = [w.low for w in toks[max(0, k - 4):k + 3]]
            if any(w in _PUNDIT_VERBS for w in near):
                return True
        return False

    @staticmethod
    def _restated(events: list[Event], adate: str | None = None) -> list[Event]:
        """One event per act in an article: a later sentence that restates an act already coded ("Japan and the
        Philippines signed a defence pact on Monday. ... The agreement was signed in Manila by ...", "Rusija
        surengė ataką prieš Ukrainą. ... Rusijos kariuomenė paleido 93 raketas", a quote repeating the criticism it
        follows) adds no event, so the events table does not count one act twice. The same act: the same code
        between the same parties (a country and its own sector are one party, RUS and RUSMIL; two sectors are two,
        RUSGOV and RUSLEG; an organisation or armed group with a code of its own stays itself, RSFSUDAN is not
        SDN; talks, 046, and the meeting they were held at, 040, stay two), the same history flag and kind of modality (asserted and reported are one fact), a compatible date
        (a sentence with no day of its own, dated to the article, may restate the one told "on Monday") and no
        other place (strikes on Kharkiv, then on Odesa, are two), and no word saying it is another act ("also",
        "again", "taip pat", "vėl"). Events of one sentence are all kept."""
        def party(actor: str | None, country: str | None) -> tuple[str | None, str | None]:
            if actor and country and actor.startswith(country):
                return country, (actor if actor != country else None)
            return actor or country, None

        def same(x: tuple[str | None, str | None], y: tuple[str | None, str | None]) -> bool:
            return x[0] == y[0] and (x[1] is None or y[1] is None or x[1] == y[1])

        kept: list[Event] = []
        first: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
        for e in events:
            fact = "fact" if e.modality in ("asserted", "reported") else e.modality
            src, tgt = party(e.source_actor, e.source_country), party(e.target_actor, e.target_country)
            seen = first.setdefault((src[0], tgt[0], e.cameo, e.historical, fact), [])
            if seen and any(si != e.sentence_index and same(s_, src) and same(t_, tgt)
                   and (e.date == d or e.date == adate or d == adate)
                   and (e.location is None or loc is None or e.location == loc) for s_, t_, si, d, loc in seen) \
                    and not _ANOTHER_ACT.search(e.sentence):
                continue
            seen.append((src, tgt, e.sentence_index, e.date, e.location))
            kept.append(e)
        return kept

    @staticmethod
    def _recent_year(e: Event, adate: date | None) -> bool:
        """A past act dated to the article's previous year ("said on Monday that the military had carried out
        mass killings in 2017", in a 2018 article): still a live charge when someone claims it now."""
        return adate is not None and bool(e.date) and len(e.date or "") == 4 and e.date.isdigit() \
            and int(e.date) >= adate.year - 1

    def _claimed_harm(self, sent: Sentence, acts: list[Act], lex: Lexicon, evs: list[Event],
                      adate: date | None = None) -> list[Event]:
        """'Kabul said the strikes killed 46 people', 'UN investigators said Myanmar's military had carried out
        mass killings', 'Kyjivas pareiškė, kad Rusija apšaudė ligoninę': a party that says another did violence or
        coercion (roots 17-20) accuses it: speaker → perpetrator 112, asserted, besides the act itself. The
        speaker is the actor right before the claim verb ("X said [that] ..."; in Lithuanian "X pareiškė, kad
        ..."); the act must be coded inside what is claimed. A closing attribution (", the Ukrainian military
        said") names where the news came from, not an accuser, and is left alone. Nor when the speaker is the
        perpetrator's own side ("Russia said its forces struck ..."), nor for acts negated, hypothetical,
        intended or in the past (before the article's previous year), nor for hedged claims ("said it was examining reports that ...")."""
        if not lex.claim_verbs:
            return []
        harm = [e for e in evs if e.cameo[:2] in _FORCE_ROOTS and e.modality in ("asserted", "reported")
                and not (e.historical and not self._recent_year(e, adate)) and e.source_country and e.spans.get("trigger")
                # ("The Houthis said five of their fighters were killed": a doer found by coreference and not named in
                # the sentence is accused by nobody)
                and not (lex.lang == "en" and "+coref" in e.rule
                         and not any(a.m.country == e.source_country for a in acts))]
        if not harm:
            return []
        toks = sent.tokens
        lt = lex.lang == "lt"
        out: list[Event] = []
        done = {(e.source_country, e.target_country) for e in evs if e.cameo[:2] == "11"}
        claims: list[tuple[Act, Token, int, int]] = []  # (speaker, the word that makes it a claim, claim span)
        for v in self._claim_at(toks, lex):
            t = toks[v]
            if v + 1 < len(toks) and toks[v + 1].low in ("responsibility", "credit", "the", "a", "an", "it", "its"):
                continue  # "claimed the attack", "claimed responsibility": not a claim about another
            spk = self._claim_speaker(toks, acts, v)
            end = next((j for j in range(v + 1, len(toks)) if toks[j].text == ";"), len(toks) - 1)
            lo, hi = toks[v].end, toks[end].end
            if any(toks[j].low in _HEDGES for j in range(v + 1, min(end, v + 8))):
                continue  # "said they were examining reports that ...", "said it was investigating"
            if lt and not (v + 2 < len(toks) and toks[v + 1].text == "," and toks[v + 2].low == "kad"):
                continue  # "X pareiškė, kad ...": the claim is the "kad" clause
            if not spk:
                continue
            claims.append((spk[0], t, lo, hi))
        # A headline's colon quote: "Zelensky: Russian troops shelled Kharkiv", "Sybiha: Rusija smogė Sumams"
        k = next((j for j, t in enumerate(toks[:6]) if t.text == ":"), None)
        if k is not None and k + 1 < len(toks) and self._headline(toks[k + 1:]):
            spk = [a for a in acts if not a.loc and not a.adj and a.m.role == "actor" and a.tokens == (0, k)]
            if spk:
                claims.append((spk[0], toks[k], toks[k].end, toks[-1].end))
        for a, t, lo, hi in claims:
            sc = a.m.country or a.m.actor
            if not sc or _sector(a.m) == "MED":
                continue  # (news media report; they don't accuse)
            for e in harm:
                if not lo <= e.spans["trigger"][0] < hi or e.source_country == sc:
                    continue
                if (sc, e.source_country) in done:
                    continue
                done.add((sc, e.source_country))
                out.append(Event(
                    article=e.article, sentence_index=e.sentence_index, sentence=e.sentence,
                    source_actor=a.m.actor, source_country=a.m.country, target_actor=e.source_actor,
                    target_country=e.source_country, cameo="112", modality="asserted", historical=False,
                    date=e.date, location=e.location, location_country=e.location_country,
                    rule=f"claimed-harm:{t.low}+{e.rule}",
                    spans={"source": [a.m.start, a.m.end], "target": e.spans.get("source"),
                           "trigger": [t.start, t.end]},
                    confidence=e.confidence * 0.8, source_entity=a.m.entity, target_entity=e.source_entity,
                    lang=e.lang))
        return out

    def _claim_at(self, toks: list[Token], lex: Lexicon) -> tuple[int, ...]:
        """The indices of the sentence's finite claim verbs (`_claim_verb`), in order; the sentence is scanned
        once, however many readings (blame, consequences, judgements, responses) ask (a one-sentence memo:
        the same token list, the same language)."""
        memo = self._claim_memo
        if memo[0] is toks and memo[1] == lex.lang:
            return memo[2]
        out = tuple(v for v, t in enumerate(toks) if self._claim_verb(t, lex) or (
            # "Poland ordered the closure of the consulate, saying Moscow was behind ...": the participle after a
            # comma claims for the sentence's opening subject
            lex.lang == "en" and t.low == "saying" and v > 2 and toks[v - 1].text == ","))
        self._claim_memo = (toks, lex.lang, out)
        return out

    @staticmethod
    def _claim_verb(t: Token, lex: Lexicon) -> bool:
        """A finite claim verb: said, told, concluded, says, claims (not "saying", "to say"); pareiškė, teigia,
        tvirtino (not "teigimu")."""
        if (t.lemma or t.low).lower() not in lex.claim_verbs and t.low not in lex.claim_verbs:
            return False
        if lex.lang == "lt":
            return t.low.endswith(("ė", "o", "a"))
        return t.low.endswith(("ed", "id", "ld", "und", "s"))

    @staticmethod
    def _claim_speaker(toks: list[Token], acts: list[Act], v: int) -> list[Act]:
        """'X said (that) ...': the actor just before the claim verb at `v`, nothing but a few words between. A
        closing attribution (", the Ukrainian military said") names a source, not a claimant: none. ", saying ...":
        the sentence's opening subject, with a lowercase word (its verb) after it."""
        if toks[v].low == "saying":
            first = min((a for a in acts if not a.loc and not a.adj and a.m.role == "actor"), key=lambda a: a.tokens[0],
                        default=None)
            if first is None or first.tokens[0] > 3 or not any(
                    toks[j].text.islower() and toks[j].text.isalpha() for j in range(first.tokens[1], v - 1)) or any(
                    toks[j].text == "," for j in range(first.tokens[1], v - 1)):
                return []
            return [first]
        spk = [a for a in acts if not a.loc and not a.adj and a.m.role == "actor"
               and 0 <= v - a.tokens[1] <= 3 and not any(toks[j].text in (",", ";", ":", '"')
                                                          for j in range(a.tokens[1], v))]
        if not spk:
            # "Iran's supreme leader, Ayatollah Ali Khamenei, said ...": a name in apposition to its title, the
            # commas around it, the title opening the sentence
            # (the name's act may take in its title: "Iran's supreme leader, Ayatollah Ali Khamenei" as one)
            spk = [a for a in acts if a.m.role == "actor" and a.m.country and a.tokens[1] == v - 1
                   and toks[v - 1].text == "," and (
                       (a.tokens[0] == 0 and any(toks[j].text == "," for j in range(a.tokens[0], a.tokens[1])))
                       or any(b.m.role == "actor" and b.tokens[0] == 0 and b.tokens[1] == a.tokens[0] - 1
                              and toks[b.tokens[1]].text == "," and b.m.country == a.m.country for b in acts))]
        if not spk and v > 2 and toks[v - 1].low == "and" and toks[v].text.islower():
            # "Chisinau rejected the accusation and said Russia had ...": a claim verb after "and" shares the
            # sentence's opening subject when no actor stands between (its first verb right after it)
            first = min((a for a in acts if not a.loc and not a.adj and a.m.role == "actor"), key=lambda a: a.tokens[0],
                        default=None)
            if first is not None and first.tokens[0] <= 2 and first.tokens[1] < v - 2 \
                    and toks[first.tokens[1]].text.islower() and not any(
                        a is not first and first.tokens[1] <= a.tokens[0] < v for a in acts) and not any(
                        toks[j].text in (",", ";", ":", '"') for j in range(first.tokens[1], v)):
                spk = [first]
        return spk[-1:]

    def _lt_helped(self, art: Article, si: int, sent: Sentence, acts: list[Act], adate: date | None,
                   evs: list[Event]) -> list[Event]:
        """'Taikinius numušė Izraelio oro gynyba, padedama JAV ir Jordanijos pajėgų': the ones named after a
        present passive participle of "padėti" helped the actor before its comma; they are no target of the main
        act, and give it assistance (military, 074, when they are forces or the act is violence; else 070)."""
        toks = sent.tokens
        out = list(evs)
        for k in range(2, len(toks) - 1):
            if toks[k].low not in ("padedama", "padedamas", "padedami", "padedamos") or toks[k - 1].text != ",":
                continue
            after = [a for a in acts if a.tokens[0] > k and not a.loc and not a.adj]
            helpers = self._chain(after, toks, _LT_LIST, k, before=False) if after else []
            helpers = [a for a in helpers if a.tokens[0] <= k + 6]
            if helpers and min(a.tokens[0] for a in helpers) != k + 1:
                # (only an actor right after the participle helps: "padedami vietos gyventojų, sulaikė Rusijos
                # diversantus" names no helper, and the act's object stays its target)
                helpers = []
            subj = [a for a in acts if a.tokens[1] == k - 1 and not a.loc and not a.adj
                    and "NOM" in (a.m.cases or [])]
            if not helpers or not subj:
                continue
            end = max(a.tokens[1] for a in helpers)
            lo_c, hi_c = toks[k].start, toks[end - 1].end
            out = [e for e in out if not (e.spans.get("target") and lo_c <= e.spans["target"][0] < hi_c)]
            s = subj[0].m
            mil = any(_sector(a.m) == "MIL" for a in helpers) or any(e.cameo[:2] in ("18", "19", "20") for e in out)
            day = self._event_date(sent, self.lex["lt"], adate)
            for a in helpers:
                h = a.m
                if not (h.country or h.actor) or (h.country or h.actor) == (s.country or s.actor):
                    continue
                out.append(Event(
                    article=art.id, sentence_index=si, sentence=sent.text, source_actor=h.actor,
                    source_country=h.country, target_actor=s.actor, target_country=s.country,
                    cameo="074" if mil else "070", modality="asserted", historical=False,
                    date=day.isoformat() if day else art.date, location=None, rule="lt-padedamas",
                    spans={"source": [h.start, h.end], "target": [s.start, s.end],
                           "trigger": [toks[k].start, toks[k].end]},
                    confidence=0.8, source_entity=h.entity, target_entity=s.entity, lang=art.lang))
        return out

    @staticmethod
    def _lt_joined(si: int, sent: Sentence, acts: list[Act], evs: list[Event], state: dict[str, Any]) -> list[Event]:
        """'Jungtinės Valstijos ir Filipinai pradėjo pratybas. Jose dalyvauja ir Australijos kariai': a party that
        took part in ("Jose / Juose / Jame / Joje dalyvavo") the joint act (exercises, talks, a meeting) the sentence
        before told of its two parties joins it: the act again between it and each of them, both ways."""
        toks = sent.tokens
        if len(toks) < 4 or toks[0].low not in _LT_IN_IT or not any(
                t.low.startswith(("dalyvav", "dalyvauj", "dalyvaus")) for t in toks[1:3]):
            return []
        v = next(k for k in range(1, 3) if toks[k].low.startswith(("dalyvav", "dalyvauj", "dalyvaus")))
        stop = len(toks)  # the list of those who joined ends where a clause of its own begins after a comma:
        # "..., teigia Ukrainos žvalgyba" (the source), "..., Rusija jį kritikavo" (not "Australija, Japonija bei Kanada")
        for k in range(v + 1, len(toks)):
            if toks[k].text not in (",", ";", ":", "–", "—"):
                continue
            nxt = next((a for a in acts if a.tokens[0] == k + 1), None)
            after = None if nxt is None else next((x for x in range(k + 1, len(toks)) if toks[x].start >= nxt.m.end),
                                                  len(toks))
            if toks[k].text != "," or after is None or not (after == len(toks) or toks[after].low in (
                    ",", "ir", "bei", ".", "!", "?")):
                stop = k
                break
        joiners = [a.m for a in acts if v < a.tokens[0] < stop and not a.loc and not a.adj and a.m.role == "actor"
                   and a.m.country and "NOM" in (a.m.cases or [])]
        # ("Jose dalyvaus ir Vokietijos kariai": a joining told in the future is intended)
        modality = "intended" if toks[v].low.startswith("dalyvaus") else None
        prev = [e for e in state.get("_events", ()) if e.sentence_index == si - 1 and not e.historical
                and e.cameo[:2] in ("04", "06") and e.source_actor and e.target_actor]
        pairs = {(e.source_actor, e.target_actor) for e in prev}
        joint = [e for e in prev if (e.target_actor, e.source_actor) in pairs]
        if not joiners or not joint:
            return []
        parties: dict[str, tuple[str | None, str | None, Any]] = {}
        for e in joint:
            parties.setdefault(e.source_actor or "", (e.source_country, e.source_entity, e.spans.get("source")))
        tpl = joint[0]
        out: list[Event] = []
        done = {(e.source_country, e.target_country) for e in evs}
        for j in joiners:
            for pa, (pc, pe, psp) in parties.items():
                if pc == j.country or (j.country, pc) in done:
                    continue
                jsp = [j.start, j.end]
                for sa, sc, se, ssp, ta, tc, te, tsp in ((j.actor, j.country, j.entity, jsp, pa, pc, pe, psp),
                                                         (pa, pc, pe, psp, j.actor, j.country, j.entity, jsp)):
                    out.append(replace(tpl, sentence_index=si, sentence=sent.text, source_actor=sa, source_country=sc,
                                       source_entity=se, target_actor=ta, target_country=tc, target_entity=te,
                                       rule="lt-dalyvauti-jose", modality=modality or tpl.modality, spans={
                                           "source": ssp, "target": tsp,
                                           "trigger": [toks[v].start, toks[v].end]}, confidence=0.7))
        return out

    @staticmethod
    def _lt_sides_object(toks: list[Token], i: int, hi: int) -> bool:
        """The object right after the verb names the two (or all) sides of a conflict: "abi puses", "abi kaimynes",
        "abiem šalims", "abi branduolinį ginklą turinčias šalis", "kariaujančias šalis", "konflikto šalis", "visas
        puses" (not "visas šalis", every country)."""
        k = i + 1
        if k < hi and toks[k].low in ("tiek", "dar", "ir"):
            k += 1
        if k >= hi:
            return False
        w = toks[k].low
        if w in ("abi", "abu", "abiem", "abiejų"):
            nouns: tuple[str, ...] = ("šal", "pus", "kaimyn", "valstyb", "sostin", "vyriausyb", "lyder")
        elif w in ("visas", "visoms", "visų"):
            nouns = ("pus",)
        elif w.startswith(("kariaujanč", "konflikto", "besikaunanč", "kovojanč")):
            nouns = ("šal", "pus")
        else:
            return False
        for j in range(k + 1, min(hi, k + 5)):
            if not (toks[j].text.isalpha() and toks[j].text.islower()):
                return False
            if toks[j].low.startswith(nouns):
                return True
        return False

    @staticmethod
    def _lt_recent_sides(src: list[Any], state: dict[str, Any], pair: tuple[str, str] | None = None) -> list[Any]:
        """The two sides of the conflict told last: two parties that acted on each other (this sentence first,
        then each of the three before, the latest first), else the doer and the victim of the latest violent or
        forceful act there, else the two parties of the latest charge, threat, demand, protest or cut told before
        the sentence (not a plain condemnation: a judge is no side); none of them the speaker. A government and
        its own country's rebels are two sides. The article's main pair (its countries) when they are of its two
        countries; none when the pair, both of them parties of the acts told there, is another (it is meant then)."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        groups = [list(state.get("_sent_events", ()))] + [
            [e for e in state.get("_events", ()) if e.sentence_index == k and not e.historical]
            for k in range(si - 1, si - 4, -1)]
        out = Events._lt_sides_of(src_c, groups)
        if out and pair and not set(pair) & src_c:
            if {getattr(v, "country", None) for v in out} == set(pair):
                # (the pair itself, by country: "Indija smogė kovotojų stovyklai Pakistane" is India against Pakistan)
                return [_Virtual(c) for c in pair]
            parties = {c for evs in groups for e in evs for c in (e.source_country, e.target_country)}
            if set(pair) <= parties:
                return []
        return out

    @staticmethod
    def _lt_sides_of(src_c: set[Any], groups: list[list[Event]]) -> list[Any]:

        def side(e: Event, src_side: bool) -> tuple[str, Any]:
            c, a = (e.source_country, e.source_actor) if src_side else (e.target_country, e.target_actor)
            other = e.target_country if src_side else e.source_country
            key = a if (c and c == other) else (c or a)  # (by actor within one country: "SDNMIL", "RSFSUDAN")
            return key or "", Events._party_of(c, a)

        def two(e: Event) -> list[Any]:
            if not (e.source_actor and e.target_actor) or e.source_actor == e.target_actor:
                return []
            (ka, va), (kb, vb) = side(e, True), side(e, False)
            if ka == kb or {e.source_country or e.source_actor, e.target_country or e.target_actor} & src_c:
                return []
            return [va, vb]

        for test in (lambda e, evs: any(two(x) and x.source_actor == e.target_actor and x.target_actor == e.source_actor
                                        for x in evs),
                     lambda e, evs: e.cameo[:2] in _FORCEFUL,
                     lambda e, evs: evs is not groups[0] and (e.cameo[:2] in ("12", "13", "16") or e.cameo.startswith(
                         ("10", "14", "112", "114")))):
            for evs in groups:
                for e in reversed(evs):
                    if test(e, evs) and two(e):
                        return two(e)
        return []

    def _lt_pair_object(self, toks: list[Token], i: int, hi: int) -> bool:
        """A phrase for the pair ("abi šalis", "su abiem lyderiais") right after the verb, in its own clause, as its
        object; not a genitive owning a noun ("abiejų šalių partnerystę")."""
        k = i + 1
        while k < min(hi, i + 3) and toks[k].text.isalpha() and not toks[k].low.startswith("ab"):
            k += 1
        near = " " + " ".join(t.low for t in toks[k:min(hi, k + 2)]) + " "
        return k < hi and toks[k].low in ("abi", "abu", "abiem") and any(
            " " + ph + " " in near for ph in self.lex["lt"].coref_pair)

    @staticmethod
    def _lt_said_act(sent: Sentence, evs: list[Event]) -> list[Event]:
        """'Komisija pareiškė, kad ES išplės sankcijas Minskui', 'Leavitt pranešė, kad JAV smūgiai sunaikino Irano
        objektus': a plain statement (010) whose "kad" clause tells an act between the speaker's side and the party
        the statement is about is the telling of that act, which is coded on its own; the statement adds no event.
        The clause ends at the comma before a verb of the main clause (", ir pareikalavo, kad ...": a second act of
        the speaker stays)."""
        toks = sent.tokens
        at = {t.start: k for k, t in enumerate(toks)}

        def side(c: str | None, a: str | None) -> str | None:
            return c or (country_of(a) if a else None)  # (an organisation's body is its organisation: EC, EU)

        def clause_of(i: int) -> tuple[int, int] | None:
            j = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j].low == "kad"
                      and toks[j - 1].text == ","), None)
            if j is None:
                return None
            end = next((k for k in range(j + 1, len(toks)) if toks[k].text in (";", ":") or (
                toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low in _LT_SAID_CLAUSE_END)), len(toks))
            return j, end

        def _said_of(t: Token) -> bool:
            # "sakė, kad jos derybos su Kinijos kolega buvo produktyvios": talks in the nominative, the clause's
            # subject, are what the statement judges (a statement about them, as about ties)
            return t.low == (t.lemma or "").lower()

        out = []
        for e in evs:
            trig = e.spans.get("trigger")
            i = at.get(trig[0]) if trig else None
            span = clause_of(i) if e.cameo == "010" and i is not None else None
            if span is not None:
                pair = {side(e.source_country, e.source_actor), side(e.target_country, e.target_actor)}
                told = any(o is not e and o.cameo[:2] != "01" and o.spans.get("trigger")
                           and span[0] < at.get(o.spans["trigger"][0], -1) < span[1]
                           and {side(o.source_country, o.source_actor), side(o.target_country, o.target_actor)} == pair
                           and not (o.cameo[:2] == "04" and _said_of(toks[at[o.spans["trigger"][0]]]))
                           for o in evs)
                if told:
                    continue
            out.append(e)
        return out

    @staticmethod
    def _lt_hosted(si: int, sent: Sentence, acts: list[Act], evs: list[Event], state: dict[str, Any]) -> list[Event]:
        """'Rusijos ir Ukrainos prezidentai susitiko Paryžiuje. Susitikimą surengė Prancūzijos prezidentas ir Vokietijos
        kanclerė': the meeting or talks told before, named first as the object, and their host(s) after "surengė"
        (or "Susitikimą surengusi Šveicarija"): each host hosted both parties (043), no meeting among the hosts."""
        toks = sent.tokens
        k = next((j for j in range(min(3, len(toks) - 1)) if toks[j].low in _LT_MEETING_OBJ), None)
        if k is None or not toks[k + 1].low.startswith(("sureng", "suorganiz", "organizav")) or any(
                t.low in ("kitą", "kitas", "kitus", "naują", "naujas", "antrą", "trečią", "būsimą", "vieną")
                for t in toks[:k]):
            return evs  # ("Kitą susitikimą surengs Vengrija": another meeting, not the one told)
        v = k + 1
        # ("Susitikimą surengs Vengrija": a hosting told in the future is intended)
        modality = "intended" if toks[v].low.startswith(("surengs", "suorganizuos", "organizuos")) else None
        end = next((j for j in range(v + 1, len(toks)) if toks[j].text in (",", ";", ":", ".")), len(toks))
        hosts = [a.m for a in acts if v < a.tokens[0] < end and not a.loc and not a.adj and a.m.role == "actor"
                 and (a.m.country or a.m.actor) and "NOM" in (a.m.cases or [])]
        prev = [e for e in state.get("_events", ()) if si - 2 <= e.sentence_index < si and not e.historical
                and e.cameo[:2] == "04" and e.source_actor and e.target_actor]
        dirs = {(e.source_country or e.source_actor, e.target_country or e.target_actor) for e in prev}
        joint = [e for e in prev if (e.target_country or e.target_actor, e.source_country or e.source_actor) in dirs
                 and e.source_country != e.target_country]
        if not hosts or not joint:
            return evs
        last = max(e.sentence_index for e in joint)
        joint = [e for e in joint if e.sentence_index == last]
        host_c = {h.country or h.actor for h in hosts}
        parties: dict[str, Event] = {}
        for e in joint:
            parties.setdefault(e.target_country or e.target_actor or "", e)
        if host_c & set(parties):
            return evs
        trig = [toks[v].start, toks[v].end]
        out = [e for e in evs if not (e.rule.startswith(("lt-surengti-susitikima", "lt-surengti-derybas"))
                                      and (e.source_country or e.source_actor) in host_c
                                      and (e.target_country or e.target_actor) in host_c)]
        for h in hosts:
            for e in parties.values():
                out.append(replace(e, sentence_index=si, sentence=sent.text, source_actor=h.actor,
                                   source_country=h.country, source_entity=h.entity, cameo="043",
                                   rule="lt-surengti-hosted", confidence=0.7, modality=modality or e.modality,
                                   spans={"source": [h.start, h.end], "target": e.spans.get("target"), "trigger": trig}))
        return out

    def _said_consequence(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                          adate: date | None, evs: list[Event]) -> list[Event]:
        """'Japan said Pyongyang would face consequences', 'Kyjivas pareiškė, kad Maskva sulauks atsako': a party
        that says another will face or pay something (consequences, a price, a response, sanctions) threatens it:
        speaker → that party, 130 (1312 for sanctions, 138 for a military response; the nouns and their codes are
        the lexicon's `consequence_nouns`). The threatened party stands right before the verb ("Pyongyang would
        face"; "Maskva sulauks") or, in Lithuanian, right after it ("sulauks Maskva"); the verb must be future or
        conditional ("would/will face", "sulauks", "sumokės"), not negated. Not when a threat between the two is
        already coded in the sentence ("warned that ... would face")."""
        if not lex.consequence_verbs or not lex.consequence_nouns:
            return []
        toks = sent.tokens
        lt = lex.lang == "lt"
        out: list[Event] = []
        claim_at = self._claim_at(toks, lex)
        for v, t in enumerate(toks):
            if v not in claim_at and not (lt and (t.lemma or "").lower() in _LT_VOW_VERBS
                                                     and t.low.endswith(("ė", "o", "a"))):
                # ("pažadėjo, kad JAV brangiai sumokės": a vow that another will pay is a threat as well)
                continue
            if lt and not (v + 2 < len(toks) and toks[v + 1].text == "," and toks[v + 2].low == "kad"):
                continue  # "X pareiškė, kad ...": the claim is the "kad" clause
            spk = self._claim_speaker(toks, acts, v)
            if not spk:
                continue
            a = spk[0]
            sc = a.m.country or (a.m.actor if a.m.kind == "org" else None)
            if not sc:
                continue
            end = next((j for j in range(v + 1, len(toks)) if toks[j].text in (";", ".")), len(toks))
            for c in range(v + 1, end):
                w = toks[c]
                if (w.lemma or w.low).lower() not in lex.consequence_verbs:
                    continue
                if lt:
                    lem = (w.lemma or "").lower()
                    if not (self._lt_future(w, lex) or (lem.endswith("ti") and w.low == lem[:-2] + "s")):
                        continue
                elif not any(x.low in ("would", "will", "'ll", "shall") for x in toks[max(v + 1, c - 2):c]) \
                        or any(x.low in ("not", "n't", "never") for x in toks[max(v + 1, c - 2):c]):
                    continue
                tgt = [b for b in acts if not b.adj and b.m.role == "actor" and (b.m.country or b.m.actor)
                       and (b.m.country or b.m.actor) != sc and (
                           0 <= c - b.tokens[1] <= 2 or (lt and 0 <= b.tokens[0] - c <= 1))]
                if not lt and len(tgt) == 1:
                    # "said the United States and Britain would pay": the whole list before the verb
                    tgt = [b for b in self._chain([b for b in acts if v < b.tokens[0] and b.tokens[1] <= c
                                                   and not b.loc and not b.adj], toks, _EN_LIST, tgt[0].tokens[1],
                                                  before=True)
                           if (b.m.country or b.m.actor) and (b.m.country or b.m.actor) != sc] or tgt
                if lt and len(tgt) == 1 and tgt[0].tokens[1] <= c:
                    # "pareiškė, kad amerikiečiai ir britai „sumokės“": the whole list before the verb
                    tgt = [b for b in self._chain([b for b in acts if v + 2 < b.tokens[0] and b.tokens[1] <= c
                                                   and not b.loc and not b.adj], toks, _LT_LIST, tgt[0].tokens[1],
                                                  before=True)
                           if (b.m.country or b.m.actor) and (b.m.country or b.m.actor) != sc] or tgt
                if lt and not tgt:
                    # "pareiškė, kad JAV ir Didžioji Britanija už tai brangiai sumokės": the subject opening the
                    # "kad" clause, with its list, a few words before the verb
                    first = [b for b in acts if b.tokens[0] == v + 3 and not b.loc and b.m.role == "actor"
                             and "NOM" in (b.m.cases or []) and (b.m.country or b.m.actor)
                             and (b.m.country or b.m.actor) != sc]
                    if first:
                        tgt = self._chain([b for b in acts if v + 3 <= b.tokens[0] and b.tokens[1] <= c
                                           and not b.loc and (b.m.country or b.m.actor) != sc],
                                          toks, _LT_LIST, v + 2, before=False)
                        tgt = tgt if tgt and c - max(b.tokens[1] for b in tgt) <= 5 else []
                if not tgt:
                    continue
                b = tgt[0]
                code = None
                for j in range(max(v + 1, c - 2) if lt else c + 1, min(end, c + 6)):
                    code = lex.consequence_nouns.get(toks[j].low) or lex.consequence_nouns.get(
                        (toks[j].lemma or "").lower())
                    if code:
                        if any(x.low.startswith(("military", "karin", "armed")) for x in toks[max(v, j - 2):j]):
                            code = "138"
                        break
                if code is None:
                    continue
                day = self._event_date(sent, lex, adate)
                for b in tgt:
                    tc = b.m.country or b.m.actor
                    if any(e.source_country == sc and e.target_country == tc and e.cameo[:2] == "13" for e in evs):
                        continue
                    out.append(Event(
                        article=art.id, sentence_index=si, sentence=sent.text, source_actor=a.m.actor,
                        source_country=a.m.country, target_actor=b.m.actor, target_country=b.m.country, cameo=code,
                        modality="asserted", historical=False, date=day.isoformat() if day else art.date,
                        location=None, rule=f"said-consequence:{w.low}",
                        spans={"source": [a.m.start, a.m.end], "target": [b.m.start, b.m.end],
                               "trigger": [w.start, w.end]},
                        confidence=0.6, source_entity=a.m.entity, target_entity=b.m.entity, lang=art.lang))
                break
        return out

    def _said_response(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                       adate: date | None, evs: list[Event], state: dict[str, Any]) -> list[Event]:
        """'Minsk said it would respond', 'The Kremlin ... and said it would take countermeasures', 'Israel's army
        said it would retaliate at a time of its choosing': a side that says it will answer (the lexicon's
        `response_verbs`, or `response_take` + `response_objects`) vows a response, a threat (130, guide §12)
        aimed at the other party of its latest act told in this or the two sentences before (none: no event).
        The answering side is the speaker itself: nothing but "that" and a pronoun between the speech verb and
        "would / will"; not negated, not in a past background sentence, not when the sentence already codes a
        threat between the two."""
        if not lex.response_speech or not (lex.response_verbs or lex.response_objects):
            return []
        toks = sent.tokens
        n = len(toks)
        for v, t in enumerate(toks):
            if (t.lemma or t.low).lower() not in lex.response_speech or not t.low.endswith(("ed", "id", "ld", "s")):
                continue
            k = v + 1
            while k < n and toks[k].low in ("that", "it", "they", "we"):
                k += 1
            if k == v + 1 or k >= n or toks[k].low not in ("would", "will", "'ll", "shall"):
                continue
            c = k + 1
            while c < n and toks[c].low in ("also", "soon", "now", "swiftly"):
                c += 1
            if c >= n or toks[c].low in ("not", "n't", "never"):
                continue
            lem = (toks[c].lemma or toks[c].low).lower()
            if lem not in lex.response_verbs and not (lem in lex.response_take and any(
                    w.low in lex.response_objects for w in toks[c + 1:c + 4])):
                continue
            if any(w.low in lex.response_not or (w.lemma or "").lower() in lex.response_not for w in toks[c + 1:c + 5]):
                continue  # "said it would respond to the request": a reply
            spk = self._claim_speaker(toks, acts, v)
            if not spk and v > 1 and toks[v - 1].low == "and":
                # "The Kremlin called the move ... and said it would ...": the sentence's subject
                spk = [a for a in acts if not a.loc and not a.adj and a.m.role == "actor" and a.tokens[0] <= 2][:1]
            if not spk:
                return []
            a = spk[0]
            sc = a.m.country or (a.m.actor if a.m.kind == "org" else None)
            if not sc:
                return []
            hist, _hd = self._history(sent, lex, adate, sent.text.lower())
            if hist:
                return []
            saved = state.get("_si"), state.get("_sent_events")
            state["_si"], state["_sent_events"] = si, evs
            try:
                tgt = self._recent_counterpart([a.m], state, hostile=True)
            finally:
                state["_si"], state["_sent_events"] = saved
            if not tgt:
                return []
            b = tgt[0]
            if any((e.source_country or e.source_actor) == sc and (e.target_country or e.target_actor) == (
                    b.country or b.actor) and e.cameo[:2] == "13" for e in evs):
                return []
            day = self._event_date(sent, lex, adate)
            w = toks[c]
            return [Event(
                article=art.id, sentence_index=si, sentence=sent.text, source_actor=a.m.actor,
                source_country=a.m.country, target_actor=b.actor, target_country=b.country, cameo="130",
                modality="asserted", historical=False, date=day.isoformat() if day else art.date,
                location=None, rule=f"said-response:{w.low}",
                spans={"source": [a.m.start, a.m.end], "target": [b.start, b.end], "trigger": [w.start, w.end]},
                confidence=0.6, source_entity=a.m.entity, target_entity=b.entity, lang=art.lang)]
        return []

    def _forbidding_warning(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                            adate: date | None, evs: list[Event], state: dict[str, Any]) -> list[Event]:
        """'Mali warned that any intervention in Niger would be treated as a declaration of war', 'the junta said
        any military intervention would be met with force', 'warned that any further attack from Afghan soil would
        be answered with force': a side that says what any (further) act of force would bring threatens whoever
        would do it (13x; 138 when the answer is force or war). That one is named in no clause of the warning: it
        is who last used or threatened force against the place the act would hit ("in Niger", "on Niger"), or,
        with no place or the speaker's own, against the speaker (else the other side of the speaker's latest
        act); "from <place>" names it. Not negated, not in a past background sentence, not when the sentence
        codes a threat of the speaker already."""
        if not lex.forbidden_acts or not lex.forbidden_answers or not lex.response_speech:
            return []
        toks = sent.tokens
        n = len(toks)
        for v, t in enumerate(toks):
            if (t.lemma or t.low).lower() not in lex.response_speech or not t.low.endswith(("ed", "id", "s")):
                continue
            k = v + 1
            j = next((j for j in range(k, min(n, k + 5)) if toks[j].low == "that"), None)
            if j is not None and all(w.low in _EN_CALENDAR or w.low in _EN_SAID_WHEN for w in toks[k:j]):
                k = j + 1  # ("said on Monday that ...")
            if k >= n or toks[k].low not in ("any", "an", "a"):
                continue
            # the act forbidden: a noun of force within a few words ("any further military intervention")
            noun = next((j for j in range(k + 1, min(n, k + 5)) if toks[j].low in lex.forbidden_acts), None)
            if noun is None or not all(toks[j].text.islower() and toks[j].text.isalpha() for j in range(k + 1, noun)):
                continue
            end = next((j for j in range(noun, n) if toks[j].text in (";", ".") or toks[j].low in ("while", "but")), n)
            mod = next((j for j in range(noun + 1, end) if toks[j].low in ("would", "will", "could")), None)
            if mod is None or any(toks[j].low in ("not", "n't", "never") for j in range(mod, min(end, mod + 3))):
                continue
            answer = [w.low for w in toks[mod + 1:end]]
            if not any(w.startswith(lex.forbidden_answers) for w in answer) or any(
                    w.startswith(("crime", "violat", "illegal", "breach")) for w in answer):
                continue  # ("any attack on civilians would be a war crime": a judgement, no threat)
            if v > 1 and toks[v - 1].low == "and":
                # "Niger's junta has refused to receive ECOWAS envoys and warned that ...": the sentence's subject
                spk = [a for a in acts if not a.loc and not a.adj and a.m.role == "actor" and a.tokens[0] <= 3][:1]
            else:
                spk = self._claim_speaker(toks, acts, v)
            c = v - 1
            while c > 2 and toks[c].low in _EN_VERB_FILLERS:
                c -= 1  # ("..., have said")
            if not spk and c > 2 and toks[c].text == ",":
                # "Mali and Burkina Faso, also ruled by the military, warned ...": the subject before the aside
                subj = [a for a in acts if not a.loc and not a.adj and a.m.role == "actor" and a.tokens[0] <= 4]
                if subj:
                    last = self._chain(subj, toks, _EN_LIST, subj[0].tokens[0], before=False)[-1]
                    if last.tokens[1] < c and toks[last.tokens[1]].text == "," and not any(
                            a.tokens[0] > last.tokens[1] and a.tokens[1] < v and not a.loc and a.m.role == "actor"
                            and a.m.country for a in acts):
                        spk = [last]
            if not spk:
                return []
            before = [x for x in acts if not x.loc and not x.adj and x.m.role == "actor" and x.tokens[1] <= spk[0].tokens[1]]
            speakers = [x for x in self._chain(before, toks, _EN_LIST, spk[0].tokens[1], before=True)
                        if x.m.country or x.m.kind == "org"] or spk
            own = {x.m.country or x.m.actor for x in speakers} - {None}
            if not own or any(self._history(sent, lex, adate, sent.text.lower())[:1]):
                return []
            # where the act would hit, or where it would come from
            place = next(((a, toks[a.tokens[0] - 1].low) for a in acts if noun < a.tokens[0] < mod
                          and a.tokens[0] > 0 and toks[a.tokens[0] - 1].low in ("in", "on", "against", "into", "from")
                          and (a.m.country or a.m.actor)), None)
            if place is not None and place[0].m.country in own:
                place = None  # "any attack on Niger" said by Niger: against the speaker
            tgt: list[Any] = []
            if place is not None and place[1] == "from":
                tgt = [place[0].m]
            else:
                hit = {place[0].m.country or place[0].m.actor} if place is not None else own
                prior = [e for e in (*state.get("_events", ()), *evs) if not e.historical]
                for e in reversed(prior):
                    if (e.target_country or e.target_actor) in hit and (e.source_country or e.source_actor) not in own \
                            and (e.cameo[:2] in _FORCEFUL or e.cameo[:2] in ("13", "16") or e.cameo.startswith(("074", "154"))):
                        tgt = [self._party_of(e.source_country, e.source_actor)]
                        break
                if not tgt and place is None:
                    saved = state.get("_si"), state.get("_sent_events")
                    state["_si"], state["_sent_events"] = si, evs
                    try:
                        tgt = self._recent_counterpart([a.m for a in speakers], state, hostile=True)
                    finally:
                        state["_si"], state["_sent_events"] = saved
            if not tgt:
                return []
            b = tgt[0]
            bc = getattr(b, "country", None) or getattr(b, "actor", None)
            force = any(w.startswith(lex.forbidden_force) for w in answer)
            code = "138" if force else "130"
            day = self._event_date(sent, lex, adate)
            out = []
            for a in speakers:
                sc = a.m.country or a.m.actor
                if not bc or bc in own or any((e.source_country or e.source_actor) == sc and e.cameo[:2] == "13"
                                              for e in evs):
                    continue
                out.append(Event(
                    article=art.id, sentence_index=si, sentence=sent.text, source_actor=a.m.actor,
                    source_country=a.m.country, target_actor=getattr(b, "actor", None) or bc,
                    target_country=getattr(b, "country", None), cameo=code, modality="asserted", historical=False,
                    date=day.isoformat() if day else art.date, location=None, rule=f"forbidding-warning:{toks[noun].low}",
                    spans={"source": [a.m.start, a.m.end], "target": [b.start, b.end] if getattr(b, "start", None)
                           is not None else None, "trigger": [toks[noun].start, toks[noun].end]},
                    confidence=0.6, source_entity=a.m.entity, target_entity=getattr(b, "entity", None), lang=art.lang))
            return out
        return []

    def _headline_visit(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                        adate: date | None, evs: list[Event]) -> list[Event]:
        """A headline that puts a leader in another country's capital or country with no verb ("Lietuvos
        prezidentas – Varšuvoje", "Modi in Moscow as Russian missiles hit Kyiv", "Biden in surprise Kyiv visit"):
        a visit (042), which the host receives (043). Only a government actor opening the headline (not troops:
        "Russian troops in Kharkiv" is no visit), and only when the line codes no meeting of the two already."""
        toks = sent.tokens
        if not lex.headline_links or not self._headline(toks):
            return []
        a = next((a for a in acts if a.tokens[0] == 0 and not a.loc and not a.adj and a.m.role == "actor"), None)
        if a is None or a.m.kind not in ("person", "role") or not a.m.country or _sector(a.m) != "GOV":
            return []
        k = a.tokens[1]
        if k >= len(toks) or toks[k].low not in lex.headline_links:
            return []
        j = k + 1
        while j < len(toks) and j - k <= 2 and toks[j].text.isalpha() and toks[j].text.islower():
            j += 1  # "in surprise Kyiv visit"
        pl = next((b for b in acts if b.tokens[0] == j and b.m.kind in ("city", "country") and b.m.country), None)
        if pl is None or pl.m.country == a.m.country or (lex.lang == "lt" and getattr(pl.m, "case", None) != "LOC"):
            return []
        host = pl.m.country
        if any({e.source_country, e.target_country} == {a.m.country, host} and e.cameo[:2] == "04" for e in evs):
            return []
        day = self._event_date(sent, lex, adate)
        place = self._location([pl.m]) if pl.m.role == "location" else None
        out = []
        for (s, sc, se), (t, tc, te), code in (((a.m.actor, a.m.country, a.m.entity), (host, host, None), "042"),
                                               ((host, host, None), (a.m.actor, a.m.country, a.m.entity), "043")):
            out.append(Event(
                article=art.id, sentence_index=si, sentence=sent.text, source_actor=s, source_country=sc,
                target_actor=t, target_country=tc, cameo=code, modality="asserted", historical=False,
                date=day.isoformat() if day else art.date, location=place[0] if place else None,
                location_country=host,
                rule="headline-visit",
                spans={"source": [a.m.start, a.m.end] if code == "042" else [pl.m.start, pl.m.end],
                       "target": [pl.m.start, pl.m.end] if code == "042" else [a.m.start, a.m.end],
                       "trigger": [toks[k].start, toks[k].end]},
                confidence=0.6, source_entity=se, target_entity=te, lang=lex.lang))
        return out

    def _en_act_subject(self, toks: list[Token], acts: list[Act], i: int) -> bool:
        """Whether the English verb at i has for its subject an act named by a definite noun, auxiliaries between
        ("the move violated ...", "this decision would undermine ..."): no actor of the sentence does it."""
        j = i - 1
        while j > 0 and toks[j].low in _EN_VERDICT_FILLERS and toks[j].low not in _AUX:
            j -= 1  # (not a passive: "the decision was criticised by Britain")
        if j < 1 or not (toks[j].low in _EN_EVENT_NOUNS or toks[j].low in _EN_ATTACK_NOUNS or any(
                q.pos == "noun" for q in self.lex["en"].by_lemma.get((toks[j].lemma or toks[j].low).lower(), ()))) \
                or not toks[j].text.islower() or (
                i + 1 < len(toks) and toks[i + 1].low == "by"):
            return False
        d = j - 1
        if d > 0 and toks[d].text.isalpha() and toks[d].text.islower() and toks[d].low not in _EN_ANAPHOR_DETS:
            d -= 1  # "the latest move"
        c = d - 1 if d > 0 and toks[d - 1].low != "that" else d - 2
        # (only in what is said: "Egypt said (that) the move violated ..."; "The deal commits Kigali to ..." is left be)
        return toks[d].low in _EN_ANAPHOR_DETS and c >= 0 and toks[c].low in ("said", "says", "warned", "argued", "stated",
                                                                             "added", "insisted", "noted") \
            and not any(d <= a.tokens[0] < i for a in acts)

    def _said_judgement(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                        adate: date | None, evs: list[Event], state: dict[str, Any]) -> list[Event]:
        """'Moscow said the measures were illegal', 'Maskva pareiškė, kad sankcijos yra neteisėtos': a party that
        says another's act is illegal, unacceptable or a provocation (the lexicon's `judgement_words`) criticises
        the party behind it (111). The act is the subject of what is said: an actor's own ("said Russia's
        actions were illegal") or an act named only by a definite noun ("the measures", "šis sprendimas"), whose
        party is the other side of the last act coded (as for "condemned the move"). English needs a copula
        between ("were illegal"); Lithuanian may leave it out ("kad sankcijos neteisėtos")."""
        if not lex.judgement_words or not lex.claim_verbs:
            return []
        toks = sent.tokens
        lt = lex.lang == "lt"
        out: list[Event] = []
        for _v, _t, k, a, sc in self._claims(toks, acts, lex):
            end = next((j for j in range(k, len(toks)) if toks[j].text in (",", ";", ".", "–", ":")
                        or toks[j].low in ("and", "but", "ir", "bet", "tačiau")), len(toks))
            verdict = next((j for j in range(k + 1, min(end, k + 10))
                            if toks[j].low.startswith(lex.judgement_words)), None)
            by_verb = False
            if verdict is None and lex.judgement_verbs and not lt:
                # "said the deal threatened regional peace", "said the move had violated the truce": a verb of harm
                # to peace or to a rule whose subject is an act named by a definite noun (auxiliaries between;
                # not negated: "said the drills did not threaten anyone"); no actor in the subject
                verdict = next((j for j in range(k + 2, min(end, k + 7)) if toks[j].text.islower()
                                and toks[j].low.startswith(lex.judgement_verbs)), None)
                if verdict is not None:
                    fill = next((j for j in range(k + 1, verdict) if toks[j].low in _EN_VERDICT_FILLERS), verdict)
                    if not all(toks[j].low in _EN_VERDICT_FILLERS for j in range(fill, verdict)) or any(
                            b.tokens[0] >= k and b.tokens[1] <= verdict and not b.loc for b in acts) or any(
                            toks[j].low in lex.negators or toks[j].low in ("not", "n't", "never") for j in range(k, verdict)) \
                            or not self._en_act_subject(toks, acts, verdict) or (verdict + 1 < len(toks) and toks[
                                verdict + 1].low in ("nobody", "no", "none", "anyone", "anybody")):
                        continue
                    by_verb = True
            if verdict is None:
                continue
            cop = [j for j in range(k + 1, verdict) if toks[j].low in lex.copulas] if not by_verb else []
            if not lt and not cop and not by_verb:
                continue
            subj_end = cop[0] if cop else verdict
            if by_verb:
                subj_end = next((j for j in range(k + 1, verdict) if toks[j].low in _EN_VERDICT_FILLERS), verdict)
            if cop and cop[0] + 3 < verdict:
                continue  # the verdict belongs to the copula's own phrase ("were illegal", "yra neteisėtos")
            if not cop and any(toks[j].low.endswith(("s", "o", "ė", "ia", "ja")) and (toks[j].lemma or "").endswith(
                    ("ti", "tis")) for j in range(k, verdict)):
                continue  # a verb between ("Minskas sumokės už šią provokaciją"): not a verdict on the subject
            subj = [b for b in acts if k <= b.tokens[0] and b.tokens[1] <= subj_end and b.m.role == "actor"
                    and (b.m.country or b.m.actor) not in (sc, None)]
            if subj:
                tgt: list[Any] = [subj[0].m]
            else:
                words = toks[k:subj_end]
                if not words or len(words) > 4:
                    continue
                nouns = [w for w in words if (w.lemma or w.low).lower() in lex.by_lemma or w.low in lex.by_lemma
                         or w.low in _EN_EVENT_NOUNS or w.low in _LT_EVENT_NOUNS
                         or (w.lemma or "").lower() in _LT_EVENT_NOUNS]
                if not nouns or not (lt or words[0].low in _EN_ANAPHOR_DETS):
                    continue
                w = nouns[-1]
                pats = lex.by_lemma.get((w.lemma or w.low).lower(), ())
                tgt = self._anaphor_actors([a.m], state, (w.low, pats[0].code[:2] if pats else ""))
            speakers = [a]
            if lt:
                # "Lietuva, Latvija ir Estija pareiškė, kad ...": every speaker of a joint statement judges
                chain = self._chain([x for x in acts if x.tokens[1] <= a.tokens[1] and not x.loc
                                     and not x.adj and x.m.role == "actor"], toks, _LT_LIST, a.tokens[1], before=True)
                while len(chain) > 1 and self._lt_intro_head(toks, chain[0], chain[1]):
                    chain = chain[1:]  # "Susitikę su Japonijos premjeru, A ir B pareiškė": no speaker
                speakers = [x for x in chain if x.m.country or x.m.kind == "org"] or [a]
            elif by_verb:
                # "Egypt and Qatar said the move violated the truce": every speaker of the list judges
                before = [x for x in acts if not x.loc and not x.adj and x.m.role == "actor" and x.tokens[1] <= a.tokens[1]]
                speakers = [x for x in self._chain(before, toks, _EN_LIST, a.tokens[1], before=True)
                            if x.m.country or x.m.kind == "org"] or [a]
            for a, b in [(x, b) for x in speakers for b in tgt]:
                tc = getattr(b, "country", None) or getattr(b, "actor", None)
                if not tc or tc == (a.m.country or a.m.actor) or any(
                        e.source_country == a.m.country and e.source_actor == a.m.actor and e.target_country == tc
                        and e.cameo[:2] == "11" for e in evs + out):
                    continue
                day = self._event_date(sent, lex, adate)
                out.append(Event(
                    article=art.id, sentence_index=si, sentence=sent.text, source_actor=a.m.actor,
                    source_country=a.m.country, target_actor=getattr(b, "actor", None) or tc,
                    target_country=getattr(b, "country", None), cameo="111", modality="asserted",
                    historical=False, date=day.isoformat() if day else art.date, location=None,
                    rule=f"said-judgement:{toks[verdict].low}",
                    spans={"source": [a.m.start, a.m.end], "target": [b.start, b.end] if getattr(b, "start", None)
                           is not None else None, "trigger": [toks[verdict].start, toks[verdict].end]},
                    confidence=0.6, source_entity=a.m.entity, target_entity=getattr(b, "entity", None),
                    lang=art.lang))
            break
        return out

    @staticmethod
    def _arrival_code(toks: list[Token], i: int, s: Any, lex: Lexicon) -> str | None:
        """'The first 400 Kenyan police officers arrived in Haiti', 'Troops from the CSTO arrived in Kazakhstan': forces
        arriving in another country protect it (074); 'Rescue teams and aid planes from Egypt ... arrived in eastern
        Libya': help arriving is aid (073). The subject's words (from the sentence's start or its dateline dash to
        the verb) or its sector tell which; None: a visit."""
        start = max((k + 1 for k in range(i) if toks[k].text in ("—", "–", ";")), default=0)
        comma = max((k for k in range(start, i) if toks[k].text == ","), default=None)
        if comma is not None and any(t.low in _EN_ARRIVAL_SUBORD for t in toks[start:comma]):
            start = comma + 1  # (the arriving subject's own words: "A day after Russian troops attacked Kharkiv, the
            # Polish president arrived" is a visit)
        words = [t.low for t in toks[start:i]]
        end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", ".")), len(toks))
        if any(t.low in _EN_ARRIVAL_TRAINING for t in toks[i + 1:end]):
            return None  # ("soldiers arrived in Britain for training", "for joint exercises": no protection)
        # what is flown or brought, between the verb and its "to" / "in": "Jordan flew a field hospital to Gaza"
        end = next((k for k in range(i + 1, min(len(toks), i + 8)) if toks[k].low in ("to", "in", "into")), i + 1)
        words += [t.low for t in toks[i + 1:end]]
        if any(w.startswith(lex.arrival_aid) for w in words if lex.arrival_aid):
            return "073"
        if lex.arrival_force and any(w.startswith(lex.arrival_force) for w in words):
            return "074"
        if s is not None and _sector(s) in ("MIL", "COP") and not any(w in _LT_ONE_PERSON_TITLES for w in words):
            return "074"  # (not one officer's visit: "Ukrainos kariuomenės vadas atvyko į Vilnių")
        return None

    def _said_relation(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                       adate: date | None, evs: list[Event]) -> list[Event]:
        """'Tusk said relations with Belarus were worse than ever', 'Pashinyan said a peace treaty with Azerbaijan
        was closer than ever': a party that says how its ties, talks or deal with another stand makes a statement
        about that other (010). The tie (the lexicon's `relation_nouns`) heads the subject of what is said, with
        only lowercase words before it, "with" / "between" and the other party after it, and a verb after the
        party, not when the sentence already codes a statement or a judgement between the two. Lithuanian alike:
        "Lenkija pranešė, kad santykiai su Baltarusija pablogėjo" (the tie right after "kad", "su" and the other
        party in the instrumental, a verb form among the next words; the lexicon's words are prefixes there)."""
        if not lex.relation_nouns:
            return []
        lt = lex.lang == "lt"
        toks = sent.tokens
        out: list[Event] = []
        for v, _t, k, a, sc in self._claims(toks, acts, lex):
            if any(toks[j].low in lex.negators for j in range(max(0, v - 3), v)) or (
                    lt and _t.low.startswith("ne") and not (_t.lemma or "").lower().startswith("ne")):
                continue
            n = next((j for j in range(k, min(len(toks) - 2, k + 7)) if toks[j].low in lex.relation_nouns), None)
            if n is None or not all(w.text.isalpha() and w.text.islower() and w.low not in lex.copulas
                                    and w.low not in _EN_VERB_FILLERS for w in toks[k:n]):
                continue
            if toks[n + 1].low not in (("su", "tarp") if lt else ("with", "between")):
                continue
            party = [b for b in acts if b.tokens[0] in (n + 2, n + 3) and not b.loc and not b.adj
                     and b.m.role == "actor" and (b.m.country or b.m.actor) not in (sc, None)
                     and (b.tokens[0] == n + 2 or toks[n + 2].low == "the")]
            if not party:
                continue
            b = party[0]
            e = b.tokens[1]
            if lt:
                # "... su Baltarusija pablogėjo", "su Kinija dar labiau blogėja", "su JAV yra geri": a verb form
                # among the next three words, none of them a name or a mark
                e = next((j for j in range(e, min(len(toks), e + 3)) if toks[j].text.isalpha()
                          and toks[j].text.islower() and (toks[j].low in lex.copulas or (
                              (toks[j].lemma or "").lower().endswith(("ti", "tis"))
                              and toks[j].low != (toks[j].lemma or "").lower())
                              or toks[j].low.removeprefix("ne").startswith(lex.gloomy_words + lex.hopeful_words))
                          and all(w.text.isalpha() and w.text.islower() for w in toks[b.tokens[1]:j])), len(toks))
            if e >= len(toks) or not (toks[e].low in lex.copulas or toks[e].low in _EN_VERB_FILLERS or lt
                                      or (toks[e].text.isalpha() and toks[e].text.islower() and toks[e].low.endswith(("ed", "s")))):
                continue  # the party's phrase must be followed by the said clause's verb
            if toks[e].low in lex.copulas and e + 1 < len(toks) and (
                    toks[e + 1].low.endswith(("ed", "en")) or toks[e + 1].low in ("held", "made", "begun", "set")):
                continue  # "said talks with China were held in Beijing": the talks are told, not judged
            tc = b.m.country or b.m.actor
            if any(x.source_country == a.m.country and x.target_country == tc and x.cameo[:2] in ("01", "11", "12")
                   for x in evs + out):
                continue
            said = [w.low for w in toks[v + 1:next((j for j in range(e, len(toks)) if toks[j].text in (";", ",")
                                                     or toks[j].low in ("although", "though", "but", "while",
                                                                        "nors", "bet", "tačiau", "o")), len(toks))]]
            if lt:
                # (prefixes; a negated form "negerėja" is the word after "ne")
                bare = [w[2:] if w.startswith("ne") and len(w) > 5 else w for w in said]
                gloomy = any(w.startswith(lex.gloomy_words) for w in bare)
                hopeful = any(w.startswith(lex.hopeful_words) for w in bare)
                if any(w in lex.negators or (w.startswith("ne") and len(w) > 5 and w[2:].startswith(
                        lex.gloomy_words + lex.hopeful_words)) for w in said):
                    gloomy, hopeful = hopeful, gloomy  # ("santykiai negerėja", "nėra geri": gloomy)
            else:
                gloomy = any(_en_stem_word(w, lex.gloomy_words) for w in said)
                hopeful = any(_en_stem_word(w, lex.hopeful_words) for w in said)
                if any(w in lex.negators or w in ("not", "no", "never", "n't") or w.endswith("n't") for w in said):
                    gloomy, hopeful = hopeful, gloomy  # ("would not improve", "were no longer good": gloomy)
            code = "012" if gloomy and not hopeful else "013" if hopeful and not gloomy else "010"
            if toks[n].low in _EN_TALK_NOUNS and toks[e].low in ("will", "would", "could", "may", "might", "shall"):
                # "Ukraine said talks with Russia would resume in Istanbul": talks planned, an intent to meet (036)
                evs[:] = [replace(x, cameo="036", modality="intended") if x.cameo[:2] == "04" and x.spans.get("trigger")
                          and x.spans["trigger"][0] == toks[n].start else x for x in evs]
                if code == "010":
                    continue
            if code == "010" and toks[n].low in _EN_TALK_NOUNS:
                continue  # ("said talks with Russia would resume on Monday": talks told as held or planned, no judgement)
            # "Putin said talks with the United States were moving in the right direction": talks judged are no talks
            # held in this sentence (the noun's own 04 events go; the comment stands for them)
            evs[:] = [x for x in evs if not (x.cameo[:2] == "04" and x.spans.get("trigger")
                                             and x.spans["trigger"][0] == toks[n].start)]
            day = self._event_date(sent, lex, adate)
            out.append(Event(
                article=art.id, sentence_index=si, sentence=sent.text, source_actor=a.m.actor,
                source_country=a.m.country, target_actor=b.m.actor or tc, target_country=b.m.country,
                cameo=code, modality="asserted", historical=False, date=day.isoformat() if day else art.date,
                location=None, rule=f"said-relation:{toks[n].low}",
                spans={"source": [a.m.start, a.m.end], "target": [b.m.start, b.m.end],
                       "trigger": [toks[n].start, toks[n].end]},
                confidence=0.6, source_entity=a.m.entity, target_entity=b.m.entity, lang=art.lang))
        return out

    def _claims(self, toks: list[Token], acts: list[Act], lex: Lexicon) -> Any:
        """(claim verb index, its token, where what is claimed starts, the speaker, the speaker's country or
        organisation) for every "X said (that) ..." / "X pareiškė, kad ..." of the sentence whose speaker is of a
        country or an organisation (not "National Security Adviser Chang said")."""
        lt = lex.lang == "lt"
        for v in self._claim_at(toks, lex):
            t = toks[v]
            k = v + 1
            if lt:
                if not (k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low == "kad"):
                    continue
                k += 2
            elif k < len(toks) and toks[k].low == "that":
                k += 1
            else:
                # "said on Monday that ...", "said the next day that ...", "said in a statement that ..."
                j = next((j for j in range(k, min(len(toks), k + 5)) if toks[j].low == "that"), None)
                if j is not None and all(w.low in _EN_CALENDAR or w.low in _EN_SAID_WHEN for w in toks[k:j]):
                    k = j + 1
            spk = self._claim_speaker(toks, acts, v)
            sc = (spk[0].m.country or (spk[0].m.actor if spk[0].m.kind == "org" else None)) if spk else None
            if sc:
                yield v, t, k, spk[0], sc

    def _said_blame(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                    adate: date | None, evs: list[Event]) -> list[Event]:
        """'The Commission said Tehran was arming Russia', 'Lima said the Bolivian president was meddling in its
        affairs', 'Kišiniovas teigė, kad Maskva kišasi į rinkimus': a party that says another does what the
        lexicon's `blame_words` name (meddling, orchestrating, destabilising, arming an aggressor) accuses it:
        speaker → the other 112, asserted. The other is the subject of what is said, right after "said (that)" /
        "kad"; its verb follows within a few words (auxiliaries and adverbs between), not negated."""
        if not lex.blame_words or not lex.claim_verbs:
            return []
        toks = sent.tokens
        lt = lex.lang == "lt"
        out: list[Event] = []
        for v, t, k, a, sc in self._claims(toks, acts, lex):
            if any(toks[j].low in lex.negators or toks[j].low in ("never", "niekada") for j in range(max(0, v - 3), v)) \
                    or (lt and t.low.startswith("ne") and not (t.lemma or "").lower().startswith("ne")):
                continue  # "has never said", "nepareiškė": no claim made
            subj = [b for b in acts if b.tokens[0] in (k, k + 1) and not b.loc and not b.adj and b.m.role == "actor"
                    and (b.tokens[0] == k or toks[k].low in ("the", "its", "their"))
                    and (b.m.country or b.m.actor) not in (sc, None)]
            if not subj:
                continue
            b = subj[0]
            verb = None
            tried = False
            for j in range(b.tokens[1], min(len(toks), b.tokens[1] + 6)):
                w = toks[j].low
                if w in lex.negators or w in ("never",):
                    break
                if w.startswith(lex.blame_words) or (not lt and w in _EN_BUY and j + 1 < len(toks)
                                                     and toks[j + 1].low.startswith("vote")):
                    verb = j  # ("said Russia had tried to buy votes")
                    break
                if not lt and (w in _EN_TRIED or (w == "to" and tried)):
                    tried = True  # "said Russia had tried to meddle / buy votes": an attempt blames as the deed
                    continue
                if j >= b.tokens[1] + 4:
                    break
                if not (w in lex.copulas or w in ("had", "has", "have", "also", "still", "deliberately", "actively",
                                                  "secretly", "openly", "jau", "vis", "dar", "sąmoningai", "aktyviai")
                        or w.endswith("ly") or (not lt and w in _EN_BEAR_BLAME)):
                    break
            if verb is None:
                continue
            nxt = toks[verb + 1].low if verb + 1 < len(toks) else ""
            if nxt in ("by", "itself", "themselves", "herself", "himself") or (
                    not lt and toks[verb].low.endswith("ed") and toks[verb - 1].low in lex.copulas):
                continue  # "was destabilised by Russian disinformation", "was arming itself": the victim, or no one
            if not lt and toks[verb].low == "behind" and (nxt in ("in", "on", "at", "by", "schedule", "it", "them", "him")
                                                           or not toks[verb + 1:verb + 2] or not toks[verb + 1].text.isalpha()):
                continue  # "was behind China in chip-making", "behind schedule": a place in a race, no act
            if not lt and toks[verb].low == "behind" and not any(
                    t.low.startswith(_EN_BEHIND_HARMS) for t in toks[verb + 1:verb + 7]):
                continue  # "said Germany was behind the proposal / the trade deal": only being behind a harm blames
            if not lt and toks[verb].low == "responsible" and nxt == "for":
                k2 = verb + 2
                while k2 < len(toks) and toks[k2].low in ("the", "a", "its", "their", "his", "her", "all", "any"):
                    k2 += 1
                if k2 < len(toks) and (toks[k2].low in _EN_DUTY_NOUNS or (
                        k2 == verb + 2 and toks[k2].low.endswith("ing") and toks[k2].text.islower() and not any(
                            q.code[:2] >= "11" for q in lex.by_lemma.get((toks[k2].lemma or toks[k2].low).lower(), ())))):
                    continue  # "is responsible for the safety of aid workers", "for reporting the material": a duty
                    # (not "responsible for shelling the city", "for the killing of civilians")
            tc = b.m.country or b.m.actor
            if any(e.source_country == a.m.country and (e.target_country or e.target_actor) == tc
                   and e.cameo[:2] == "11" for e in evs + out):
                continue
            day = self._event_date(sent, lex, adate)
            out.append(Event(
                article=art.id, sentence_index=si, sentence=sent.text, source_actor=a.m.actor,
                source_country=a.m.country, target_actor=b.m.actor, target_country=b.m.country, cameo="112",
                modality="asserted", historical=False, date=day.isoformat() if day else art.date, location=None,
                rule=f"said-blame:{toks[verb].low}",
                spans={"source": [a.m.start, a.m.end], "target": [b.m.start, b.m.end],
                       "trigger": [toks[verb].start, toks[verb].end]},
                confidence=0.6, source_entity=a.m.entity, target_entity=b.m.entity, lang=art.lang))
            break
        return out

    # ------------------------------------------------------------------------------- actors
    @staticmethod
    def _acts(sent: Sentence, ms: list[Any], protest: int | None = None) -> list[Act]:
        """The sentence's mentions as the coder sees them; `protest`: the token index of the English sentence's
        protest verb, whose crowd (its subject) of no country is placed where it is."""
        out = []
        toks = sent.tokens
        ends = [t.end for t in toks]
        starts = [t.start for t in toks]
        for m in ms:
            if m.form == "adj" and m.lang == "en" and m.role in ("nationality", "location") and m.country and not any(
                    o is not m and o.role == "actor" and o.start <= m.start < o.end for o in ms):
                # "rejected a Russian proposal", "an embargo on Iranian crude": the adjective stands for its
                # country as an object or as the noun's own agent, never as the clause subject
                i0 = bisect.bisect_right(ends, m.start)
                i1 = bisect.bisect_left(starts, m.end)
                if 0 < i1 < len(toks) and ((toks[i1 - 1].end == m.end and toks[i1].text.isalpha()
                                             and toks[i1].text.islower())  # (not inside a compound: "the Saudi-led coalition")
                                            or Events._hyphen_next(sent, m, ms)
                                            or Events._adjective_listed(toks, i1, m, ms)
                                            or (toks[i1 - 1].start == m.start
                                                and toks[i1 - 1].low.endswith(_EN_MEDIATED_SUFFIXES))):
                    # ("Turkish-mediated talks", "a Russian-brokered deal": the go-between named by its adjective)
                    out.append(Act(m, m.start, (i0, i1), adj=True))
                continue
            loc = m.role == "location" and m.kind in ("country", "city", "place") and bool(m.country)
            if m.role != "actor" and not loc:
                continue
            if not (m.actor or m.country):
                continue
            if m.kind == "role" and not m.country and m.sector in _LT_PLACED and m.lang == "lt":
                # "Tūkstančiai protestuotojų Bagdade", "Vilniuje susirinko keli tūkstančiai žmonių": people of
                # no country of their own are the people of the place named beside them
                c = Events._near_place(m, ms)
                if c is not None:
                    m = replace(m, country=c, actor=c + m.sector)
            elif protest is not None and m.kind == "role" and not m.country and m.sector == "CVL" and m.role == "actor" \
                    and 0 <= protest - bisect.bisect_left(starts, m.end) <= 4:
                # "Hundreds of people protested outside the Pakistani embassy in Kabul", "In Warsaw, protesters
                # rallied ...": a crowd of no country of its own (the sentence names two) is the people of the
                # place it is in: the one city or place named after "in"
                c = Events._en_crowd_place(sent, m, ms)
                if c is not None:
                    m = replace(m, country=c, actor=c + m.sector)
            if m.kind == "role" and not m.country and m.sector not in _NONSTATE:
                continue  # "military exercises", "state banks": a generic word, not a participant
            start = m.title_start if m.title_start is not None else m.start
            i0 = bisect.bisect_right(ends, start)
            if i0 and (toks[i0 - 1].low in ("pasak", "anot") or (
                    i0 > 1 and toks[i0 - 1].low == "to" and toks[i0 - 2].low == "according")):
                continue  # the source of a report, not a participant
            i1 = bisect.bisect_left(starts, m.end)
            if m.lang == "lt" and i1 < len(toks) and toks[i1].low in _LT_ATTRIBUTION:
                continue  # "Lietuvos žvalgybos teigimu", "Ukrainos duomenimis": who reports it, no participant
            if m.lang == "lt" and i1 < len(toks) and toks[i1].low == "naudai":
                continue  # "įtariami padegimais Rusijos naudai" (for Russia's benefit): whom it serves, not a party
            if m.lang == "lt" and Events._lt_quoted_name(toks, m, i0, i1):
                m = replace(m, cases=list(_LT_ALL_CASES))
            if m.lang == "lt" and out and i0 > 1 and i1 < len(toks) and toks[i0 - 1].text == "(" \
                    and toks[i1].text == ")" and out[-1].tokens[1] == i0 - 1 and out[-1].m.actor == m.actor \
                    and out[-1].tokens[0] > 0 and toks[out[-1].tokens[0] - 1].low in ("ir", "bei") and len(out) > 1:
                # "Kolumbijos vyriausybė ir Nacionalinė išsivadavimo armija (ELN) atnaujino derybas": the bracketed
                # acronym after the last name of a list is the same party again, not a third one breaking the list
                continue
            out.append(Act(m, start, (i0, i1), loc))
        adjs = [a for a in out if a.adj]
        if adjs:
            # "North Korean leader Kim Jong Un": a nationality adjective and a lowercase title before a person of
            # that country are the person's title, not a second actor
            for a in out:
                if a.m.kind != "person" or a.adj or not a.m.country:
                    continue
                for b in adjs:
                    if b.m.country == a.m.country and a.tokens[0] <= b.tokens[0] < b.tokens[1] <= a.tokens[1]:
                        # "his Polish counterpart Donald Tusk": the title found with the person already holds it
                        out.remove(b)
                        adjs.remove(b)
                        break
                    if b.m.country == a.m.country and 0 < a.tokens[0] - b.tokens[1] <= 3 and all(
                            t.text.isalpha() and t.text.islower() for t in toks[b.tokens[1]:a.tokens[0]]):
                        a.tokens = (b.tokens[0], a.tokens[1])
                        a.start = b.start
                        out.remove(b)
                        adjs.remove(b)
                        break
        return out

    @staticmethod
    def _adjective_listed(toks: list[Token], i1: int, m: Any, ms: list[Any]) -> bool:
        """A nationality adjective that opens or continues a list of them ("sanctions on Russian, Belarusian and
        Iranian individuals"): a comma, "and" or "or" after it, then another nationality adjective."""
        if i1 + 1 >= len(toks) or toks[i1].low not in (",", "and", "or"):
            return False
        k = i1 + 1
        if toks[i1].text == "," and k + 1 < len(toks) and toks[k].low in ("and", "or"):
            k += 1
        return any(o is not m and o.form == "adj" and o.lang == "en" and o.role == "nationality" and o.country
                   and o.start == toks[k].start for o in ms)

    @staticmethod
    def _hyphen_next(sent: Sentence, m: Any, ms: list[Any]) -> bool:
        """A nationality adjective joined by a hyphen to the next party of a compound ("the Armenian-Azerbaijani
        border clashes", "Greek-Turkish talks"): another country's mention starts right after the hyphen."""
        k = m.end - sent.start
        return 0 <= k < len(sent.text) and sent.text[k] in "-–" and any(
            o is not m and o.start == m.end + 1 and o.country and o.country != m.country for o in ms)

    @staticmethod
    def _lt_adjectives(sent: Sentence, ms: list[Any]) -> list[Act]:
        """The Lithuanian nationality adjectives of a sentence that are no part of an actor, each before the
        common noun it qualifies ("muitai kiniškoms prekėms", "rusiškų dujų importas")."""
        toks = sent.tokens
        ends = [t.end for t in toks]
        starts = [t.start for t in toks]
        out = []
        for m in ms:
            if (m.form != "adj" and not (m.form == "demonym" and "GEN" in (m.cases or []))) \
                    or m.role != "nationality" or not m.country or any(
                    o is not m and o.role == "actor" and o.start <= m.start < o.end for o in ms):
                continue
            i0 = bisect.bisect_right(ends, m.start)
            i1 = bisect.bisect_left(starts, m.end)
            if i0 < i1 < len(toks) and toks[i1].text.isalpha() and toks[i1].text.islower() and not (
                    toks[i1].low.startswith(_LT_LANGUAGE_NOUNS)):
                # ("uždraudė rusų kalbą mokyklose": a people's language or culture is no country acted on)
                out.append(Act(m, m.start, (i0, i1), adj=True))
        return out

    def _lt_adjective_target(self, toks: list[Token], i: int, p: Pattern, src: list[Act],
                             stop: int | None) -> list[Act]:
        """'įvedė muitus kiniškiems elektromobiliams', 'uždraudė ukrainietiškų grūdų importą': with no actor in
        the target slot, a nationality adjective after the trigger, in the slot's case and in its clause,
        stands for its country as the genitive would ("Kinijos elektromobiliams")."""
        src_c = {a.m.country for a in src}
        for spec in p.target:
            m = _CASE_SPEC.match(spec)
            if not m or m.group(2) or m.group(1) == "NOM":
                continue
            for a in self._lt_adjs:
                k = a.tokens[0]
                if a.m.country in src_c or not i < k <= i + 8 or (stop is not None and k >= stop) \
                        or m.group(1) not in (a.m.cases or []):
                    continue
                if any(t.text in (",", ";", ":", "–", "—") or t.low in _LT_CLAUSE_WORDS for t in toks[i + 1:k]):
                    continue
                return [a]
        return []

    @staticmethod
    def _lt_quoted_name(toks: list[Token], m: Any, i0: int, i1: int) -> bool:
        """An organisation's name in quotation marks ("Izraelio ir „Hamas“ paliaubos", "su „Hezbollah“") stays
        uninflected in Lithuanian: it may stand in any case, like JAV or NATO."""
        return (m.kind == "org" and 0 < i0 < i1 < len(toks) and toks[i0 - 1].text == "„"
                and toks[i1].text in ("“", "”") and all(t.text[:1].isupper() for t in toks[i0:i1]))

    @staticmethod
    def _en_protest_at(toks: list[Token], lex: Lexicon) -> int | None:
        """The token index of the English sentence's first protest verb (a 14x pattern's word, with its completing
        word if it needs one: "protested", "rallied outside the embassy", not "held" alone), if any."""
        words: set[str] | None = None  # the sentence's words, built only when a 14x verb needs its completing word
        pv = lex.protest_verbs
        for k, t in enumerate(toks):
            qs = pv.get((t.lemma or t.low).lower())
            if not qs or not t.text.islower():
                continue
            for q in qs:
                if not q.with_:
                    return k
                if words is None:
                    words = {(u.lemma or u.low).lower() for u in toks} | {u.low for u in toks}
                if any(w.startswith(x) for x in q.with_ for w in words):
                    return k
        return None

    @staticmethod
    def _quoted_government(sent: Sentence, ms: list[Any]) -> list[Any]:
        """'"The government strongly protests ...," a South Korean ministry spokesman told reporters': a government
        named with no country inside a quote that opens the sentence is the government of the speaker the
        closing attribution names."""
        text = sent.text
        if text[:1] not in ('"', "“"):
            return ms
        close = next((k for k in range(1, len(text)) if text[k] in ('"', "”")), None)
        if close is None:
            return ms
        end = sent.start + close
        spk = next((m for m in ms if m.start > end and m.country and m.role == "actor"
                    and m.kind in ("role", "person", "org")), None)
        if spk is None:
            return ms
        return [replace(m, country=spk.country, actor=spk.country + "GOV") if m.end <= end and m.kind == "role"
                and not m.country and m.sector == "GOV" and m.role == "actor" else m for m in ms]

    @staticmethod
    def _en_crowd_place(sent: Sentence, m: Any, ms: list[Any]) -> str | None:
        """The country of the one city or place the English sentence names after "in" (the place a crowd is
        in), if it names one and no other."""
        got = set()
        for o in ms:
            if o is not m and o.role == "location" and o.kind in ("city", "place") and o.country:
                pre = sent.text[:o.start - sent.start].rstrip().rsplit(None, 1)
                if pre and pre[-1].lower() == "in":
                    got.add(o.country)
        return next(iter(got)) if len(got) == 1 else None

    @staticmethod
    def _near_place(m: Any, ms: list[Any]) -> str | None:
        """The country of the place named nearest a mention (before it within 60 characters, right after it),
        if any."""
        best: tuple[int, str] | None = None
        for o in ms:
            if o.role == "location" and o.kind in ("city", "place", "country") and o.country:
                d = m.start - o.end if o.end <= m.start else o.start - m.end
                if 0 <= d <= (60 if o.end <= m.start else 15) and (best is None or d < best[0]):
                    best = (d, o.country)
        return best[1] if best else None

    @staticmethod
    def _main_pair(art: Article) -> tuple[str, str] | None:
        c: Counter[str] = Counter()
        for m in art.mentions:
            if m.kind in ("country", "person", "city", "role", "org") and m.country and m.role in (
                    "actor", "nationality"):
                c[m.country] += 1
        top = c.most_common(3)
        if len(top) < 2 or top[1][1] < 2:
            return None
        if len(top) == 3 and top[2][1] * 2 > top[1][1]:
            return None
        return (top[0][0], top[1][0])

    # ------------------------------------------------------------------------------- triggers
    def _triggers(self, sent: Sentence, lex: Lexicon, lang: str,
                  mask: frozenset[int] = frozenset()) -> list[tuple[int, Pattern, bool]]:
        """(token index, pattern, negated-by-prefix) for every trigger in the sentence. Words at `mask`
        (inside an organisation's name: "Cheminio ginklo uždraudimo organizacija") complete no
        multi-word trigger."""
        out: list[tuple[int, Pattern, bool]] = []
        toks = sent.tokens
        cache = self._word_cache[lang]
        hits = [cache.get(t.text, _UNSEEN) for t in toks]
        memo: dict[tuple[int, int, int], int | None] = {}
        lems: list[str] = []
        passive_at: set[int] = set()  # Lithuanian passive participles: their completing word may be the subject

        def with_ok(i: int, need: tuple[str, ...], window: int = 0) -> int | None:
            key = (i, id(need), window)  # the need tuples are the lexicon's own, alive for the whole run
            if key in memo:
                return memo[key]
            if not lems:
                lems.extend([(t.lemma or "").lower() for t in toks])
            back = 0 if window else 6 if i in passive_at else 2  # (a pattern's own window looks forward only)
            r = memo[key] = self._with_ok(toks, i, need, lang, window or lex.with_window, lems, mask, back)
            return r

        for i, hit in enumerate(hits):
            if hit is _NO_TRIGGER:
                continue
            if i > 0 and toks[i].text[:1].isupper() and any(x <= toks[i].start and toks[i].end <= y
                                                            for x, y in self._spans):
                continue  # "Sudan's Rapid Support Forces", "the Cooperation Council": a word of a name, no act
            if hit is _UNSEEN:
                t = toks[i]
                hit = self._word_patterns(t.text, t.lemma, lex, lang)
                if not hit[0]:
                    hit = _NO_TRIGGER
                if len(cache) < 500_000:
                    cache[t.text] = hit
                if hit is _NO_TRIGGER:
                    continue
            pats, neg = hit
            low = toks[i].low
            if lang == "lt" and low.endswith(_LT_PAST_ACTIVE_NOM) and (toks[i].lemma or low).lower() == low \
                    and not self._stem(low, lex) and (i == 0 or toks[i - 1].low in ("yra", "esą") or not any(
                        (t.lemma or t.low).lower() in lex.speech_verbs or (t.lemma or "").lower() in _LT_CLAIM_VERBS
                        for t in toks[max(0, i - 5):i])):
                # a participle the lemmatiser missed acts only as what a speech verb's subject says it did
                # ("pranešė numušęs", "patvirtino nukovęs"); "JT yra uždraudusi ..." tells a standing state, and
                # "Iraną aplankęs lyderis" describes its noun
                continue
            if lang == "lt" and 0 < i < len(toks) - 1 and pats[0].pos == "verb" and _LT_PRESENT_PASSIVE.match(low) \
                    and not any(q.code.startswith("045") for q in pats) \
                    and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() \
                    and self._lt_agent_before(toks, i):
                continue  # "Irano remiamai organizacijai", "Rusijos kontroliuojamose teritorijose": the actor before
                # a present passive participle is its agent, the phrase a description, no act of the clause (but
                # "po ES tarpininkaujamų derybų" tells the mediation)
            if lang == "lt" and i > 0 and toks[i - 1].low in _LT_BE_PAST and low.endswith("ti") and pats \
                    and not getattr(pats[0], "passive", False):
                pats = self._lt_be_passive(pats)
            if lang == "lt" and i > 1 and pats and pats[0].pos == "verb" and not getattr(pats[0], "passive", False) \
                    and _LT_PRESENT_PASSIVE.match(low) and self._lt_be_before(toks, i):
                pats = self._lt_be_passive(pats)  # "Kyjivas buvo (Rusijos) atakuojamas": a passive predicate
            if lang == "lt" and pats and getattr(pats[0], "passive", False):
                passive_at.add(i)
            if lang == "en" and i > 1 and toks[i - 1].low in ("was", "were", "been") and low.endswith("ed"):
                # "The Dutch ambassador in Beijing was summoned": a passive's completing word may be in its subject,
                # a few words back
                passive_at.add(i)
            if lang == "en" and low.endswith("ing"):
                noun = lex.by_lemma.get(low)
                if noun and noun is not pats and noun[0].pos == "noun" and (
                        (i + 1 < len(toks) and toks[i + 1].low == "of")
                        or (i > 0 and (toks[i - 1].low in _EN_DETERMINERS or toks[i - 1].low.endswith(("'s", "’s"))
                                       or toks[i - 1].low in ("'s", "’s")))):
                    pats = noun  # "the shelling of Kharkiv", "Russia's bombing": the noun, not the verb's -ing
                elif pats and pats[0].pos == "noun" and i > 0 and toks[i - 1].text == "," and i + 2 < len(toks) and (
                        toks[i + 1].text[:1].isupper() or toks[i + 1].low in ("him", "her", "them")
                        or (toks[i + 1].low == "the" and toks[i + 2].text[:1].isupper())):
                    pats = self._participle_patterns(low, lex) or pats
            if lang == "en" and i > 0 and toks[i].text in _EN_MONTHS:
                continue  # "meet again in March": the month, not the verb "march"
            if any((t.lemma or t.low).lower().startswith(_PRACTICE) for t in toks[max(0, i - 3):i]):
                continue  # "units practising to intercept drones", "treniravosi perimti": an exercise, no act
            if lang == "en" and low in ("close", "closer") and i + 1 < len(toks) and toks[i + 1].low == "to":
                continue  # "moved troops close to its border": the adjective, not the verb "close"
            if lang == "en" and i + 1 < len(toks) and toks[i + 1].low in _EN_MODIFIED_GROUPS and all(
                    q.pos == "verb" for q in pats) and not (i > 0 and toks[i - 1].low in _EN_BEFORE_BARE_VERB):
                continue  # "sent rescue teams to Morocco", "aid convoys": a noun modifying a group, not the verb
            chosen = None
            union = _union_need(pats)
            any_with = union is not None and (with_ok(i, union) is not None or any(
                q.with_ and q.with_window > lex.with_window and (j := with_ok(i, q.with_, q.with_window)) is not None
                and not _clause_break(toks, i, j)
                for q in pats))  # (a pattern may look further, within its clause: "įtraukė ... 29 šalies pareigūnus
            # į nepageidaujamų asmenų sąrašą")
            if lang == "lt" and union is not None and not any_with:
                # "naikintuvus, kuriuos perdavė Danija": the object a relative pronoun stands for completes it
                rel = next((k for k in range(i - 1, max(1, i - 6), -1) if toks[k].low in _LT_REL
                            and _LT_REL[toks[k].low] == "ACC" and toks[k - 1].text == ","), None)
                if rel is not None:
                    for p in pats:
                        if not p.with_:
                            continue
                        exact, prefix = _with_matchers(p.with_)
                        if any(t.low in exact or (prefix is not None and t.low.startswith(prefix))
                               for t in toks[max(0, rel - 4):rel - 1]):
                            out.append((i, p, neg))
                            break
                    if out and out[-1][0] == i:
                        continue
            if lang == "lt" and any_with:
                # "perdavė ... duomenis", "skyrė ... paramos": the completing word nearest the verb decides
                best: tuple[int, Pattern] | None = None
                found: list[tuple[int, Pattern]] = []  # (distance of the completing word, pattern)
                for p in pats:
                    if p.with_:
                        j = with_ok(i, p.with_, p.with_window)
                        if j is None or (p.with_window > lex.with_window and _clause_break(toks, i, j)):
                            continue  # (a longer look-ahead stays within the clause)
                        if p.with_then and not any(
                                toks[k].low.startswith(p.with_then) for k in range(j + 1, min(len(toks), j + 5))
                                if not _clause_break(toks, j, k)):
                            continue  # "paragino Izraelį paskelbti paliaubas": the tightening verb completes no
                            # appeal about sanctions; the ceasefire appeal's own word decides
                        if p.intent and j > i + 2 and any(
                                any(q.pos == "verb" and q.with_ and p.code in (q.code, intent_of(q.code)) for q in lex.by_lemma.get(
                                    (toks[v].lemma or toks[v].low).lower(), ())) and self._lt_named_after(toks, v)
                                for c in range(i + 1, j) if toks[c].low in ("kad", "jog") and toks[c - 1].text == ","
                                for v in range(c + 1, j)):
                            continue  # "pažadėjo, kad Varšuva rems Ukrainą ginklais": the word is in the content
                            # clause, whose own verb reads it and names its own target; it completes no reading
                            # of the verb before the clause (but "pažadėjo Kyjivui, kad Varšuva siųs tankų": a content
                            # verb with no one named after it gives what is promised to the promise, whose dative is
                            # the recipient)
                        if j > i and j + 1 < len(toks) and toks[j + 1].low.startswith(_LT_HAVING) \
                                and _LT_PRESENT_ACTIVE.match(toks[j + 1].low) \
                                and not (j + 2 < len(toks) and toks[j + 2].low.startswith(_LT_WEAPON_PLATFORMS)):
                            continue  # "branduolinį ginklą turinčias pajėgas": the word is a participle's object,
                            # describing another noun, not what the verb acts on
                        if not p.target and j + 1 < len(toks) and toks[j + 1].low.startswith("plaukioj"):
                            continue  # "Rusijos vėliava plaukiojantiems laivams": the flag names whose ships are
                            # banned, no flag is banned
                        if p.code[:2] in ("02", "03", "04") and self._lt_talk_setting(toks, j):
                            continue  # "susitikimo metu paprašė JAV ginklų": the meeting is when, not what, is asked
                        if p.lemma == "atsisakyti" and p.code[:2] != "12" and self._lt_refuses_to_stop(toks, i):
                            continue  # "atsisakė atsisakyti Rusijos dujų": refusing to give up is keeping, the
                            # giving-up reading (a trade cut) fails; the refusal itself stays
                        if p.code[:2] == "05" and toks[j].low == "remiantis" and not (
                                j + 1 < len(toks) and toks[j + 1].low.endswith(("ą", "ę", "į", "us", "es", "as"))):
                            continue  # "teigė, remiantis Kinijos pranešimu": remtis, 'according to', no support
                            # (the masculine participle of remti takes an accusative: "pareiškė remiantis Filipinus")
                        d = j - i if j > i else 100 + i - j
                        found.append((d, p))
                    else:
                        d = 1000
                    if best is None or d < best[0]:
                        best = (d, p)
                if best is not None and best[0] < 100 and best[1].code[:2] == "05":
                    # "pavadino istorine klaida", "nedraugišku žingsniu": a label with a word of blame beside the
                    # word of praise blames
                    blame = next((q for d2, q in found if abs(d2 - best[0]) == 1 and q.code[:2] == "11"), None)
                    if blame is not None:
                        best = (best[0] + 1, blame)
                veto = next(((d2, q) for d2, q in found if d2 < 100 and not q.target and not q.frame), None)
                if veto is not None:
                    # "įvedė draudimą Rusijos vėliavoms": a completing word of a reading that names no one (a ban
                    # on a state's flag at home is no sanction on it) undoes the nearer generic one ("draudimą");
                    # a reading completed further on keeps its own word ("uždraudė Rusijos simbolius ir Rusijos
                    # prekių importą": the import ban is coded)
                    further = min(((d2, q) for d2, q in found if veto[0] < d2 < 100 and q.target),
                                  key=lambda x: x[0], default=None)
                    best = further if further is not None else (0, veto[1])
                if best is not None and best[1].pos == "verb" and best[0] < 100 and self._lt_light_verb_noun(
                        toks, i + best[0], lex, with_ok):
                    continue  # "surengė pratybas aplink Taivaną": the noun's own reading is the act
                if best is not None and best[1].pos == "noun" and best[0] < 100 and (
                        toks[i + best[0]].lemma or "").endswith(("ti", "tis")) and any(
                        x <= toks[i].start and toks[i].end <= y for x, y in self._spans):
                    continue  # "Rusijos dronai atakavo uostą": the noun names the actor; the verb is the act
                if best is not None:
                    out.append((i, best[1], neg))
                continue
            for p in pats:
                if p.with_ and (not any_with or with_ok(i, p.with_, p.with_window) is None):
                    continue
                if p.particle and not (i + 1 < len(toks) and toks[i + 1].low == p.particle):
                    continue  # "called on the ambassador to ...": not the phrasal verb "call in"
                if lang == "en" and p.code == "041" and "obj" in p.target and i + 1 < len(toks) \
                        and toks[i + 1].low in ("on", "upon", "for"):
                    continue  # "called on Israel to offer ...": an appeal, not a call to someone
                if lang == "en" and p.code == "160" and p.lemma in ("leave", "left") and self._en_left_meeting(toks, i):
                    continue  # "Trump left the G7 summit early": a meeting left, no membership
                if lang == "en" and p.code == "163" and p.lemma == "freeze" and self._en_funds_for(
                        toks, with_ok(i, p.with_, p.with_window)):
                    continue  # "froze funds for Ukraine": aid withheld (162), no sanction on the recipient
                if lang == "en" and p.code == "162" and p.lemma == "freeze" and (
                        (fj := with_ok(i, p.with_, p.with_window)) is not None
                        and toks[fj].low in ("fund", "funds", "funding") and not self._en_funds_for(toks, fj)):
                    continue  # "froze funds linked to the Wagner Group": a state's own funds frozen, no aid stopped
                if lang == "en" and p.with_ and p.code[:2] in ("02", "10") and self._en_halted_object(
                        toks, i, with_ok(i, p.with_, p.with_window), p):
                    continue  # "called on Israel to halt arms shipments": no ceasefire call, no call for arms
                if lang == "en" and p.code == "045" and p.with_ and i > 0 and toks[i - 1].low == "to":
                    continue  # "offered to host talks between ...": the offer's content (coded by the offer), no mediation
                if lang == "en" and p.pos == "noun" and p.with_ and not p.with_window and p.code[:2] in _VIOLENT and (
                        (j := with_ok(i, p.with_)) is not None and (j > i + _EN_NOUN_WITH_WINDOW or (
                            j > i and toks[j].low.endswith("ed")))):
                    # "the missile was ... fired during an attack": a weapon's attack noun is close by; "Ukrainian
                    # drones attacked an airfield": the verb after the weapon is the act, with the weapon its subject
                    continue
                if p.complement and not self._en_object_complement(toks, i, with_ok(i, p.with_, p.with_window)):
                    continue
                if lang == "en" and p.pos == "noun" and p.code[:2] == "15" and p.source == ("subj",) and (
                        self._en_joint_act(toks, i, i) or (i > 0 and toks[i - 1].low == "joint")
                        or (i + 1 < len(toks) and toks[i + 1].low in ("together", "jointly"))):
                    continue  # "Japanese and Philippine coast guards drill together off Manila": joint drills
                if lang == "en" and p.pos == "verb" and p.with_ and (j := with_ok(i, p.with_, p.with_window)) is not None \
                        and j > i and self._lt_light_verb_noun(toks, j, lex, with_ok) \
                        and not (p.symmetric and self._en_joint_act(toks, i, j)):
                    chosen = None
                    break  # "China held drills around Taiwan": the noun's own reading is the act
                if lang == "en" and p.pos == "noun" and low.endswith("ing") and not p.lemma.endswith("ing"):
                    continue  # "according" is not the noun "accord"
                chosen = p
                break
            if chosen is not None:
                out.append((i, chosen, neg))
        # a word that completed a multi-word trigger ("imposed sanctions", "pareiškė protestą") is not
        # a trigger of its own; nor is a noun modifying the next noun ("treaty talks", "attack drones")
        used: dict[int, Pattern] = {}  # word -> the (first) pattern it completed
        used_by_verb: dict[int, str] = {}  # word -> root of the verb pattern it completed
        for i, p, _ in out:
            if p.with_ and not (p.code[:2] == "12" and self._not_ruled_out(sent, toks, i, lex, None) == "self"):
                # (a possibility left open, "neatmetė galimybės susitikti", completes nothing: the act is a trigger)
                exact, prefix = _with_matchers(p.with_)
                for j in range(max(0, i - 2), min(len(toks), i + 1 + lex.with_window)):
                    low = toks[j].low
                    if j != i and (low in exact or (prefix is not None and low.startswith(prefix))
                                   or (toks[j].lemma or "").lower() in exact):
                        used.setdefault(j, p)
                        if p.pos == "verb" and j > i:
                            used_by_verb[j] = p.code[:2]
        idx = {i for i, _, _ in out}
        keep = []
        for i, p, neg in out:
            if p.code[:2] == "12" and self._not_ruled_out(sent, toks, i, lex, None) == "self":
                continue  # "did not rule out talks", "neatmetė galimybės": no rejection; what it leaves open follows
            if i in used and not p.with_ and not (lang == "en" and self._reduced_passive(toks, i)) and not (
                    lang == "lt" and self._lt_accused_form(toks, i, used[i], p)):
                continue  # ("talks mediated by Egypt": the participle with its own agent is an event too)
            if lang == "en" and p.pos == "noun" and p.code[:2] == "06" and any(
                    toks[k].low in _EN_TOPIC_WORDS and (toks[k - 1].lemma or toks[k - 1].low).lower() in _EN_ACCORD_TOPICAL
                    and not any(t.text in (",", ";", ".") for t in toks[k:i]) for k in range(max(1, i - 5), i)):
                continue  # "signed five agreements covering defence cooperation": the accord's subject, no act of its own
            if lang == "en" and p.pos == "noun" and p.code[:2] in ("03", "06", "07") and any(
                    (toks[k].lemma or toks[k].low).lower() == "welcome" and toks[k - 1].low in ("would", "will", "'d")
                    and all(t.text.isalpha() and t.low not in ("and", "but") for t in toks[k + 1:i])
                    for k in range(max(1, i - 4), i)) and not self._en_with_partner(toks, i):
                continue  # "Poland would welcome Indian investment": what a state would welcome is no act yet
                # (cooperation "with" a partner is the welcomer's own intent: "would welcome closer cooperation
                # with South Korea")
            if lang == "en" and p.code == "042" and self._en_private_journey(toks, i):
                continue  # "advised its citizens to avoid travelling to Japan": no visit of the state's
            if lang == "en" and p.code.startswith("05") and i > 0 and toks[i - 1].low == "to" and p.pos == "verb" and any(
                    0 < i - j <= 12 and q.code[:2] in ("06", "07", "15") and q.pos == "verb"
                    and not any(toks[k].text in (",", ";") and not (toks[k - 1].text.isdigit() and toks[k + 1].text.isdigit())
                                for k in range(j + 1, i))
                    # ("sent troops to Latvia and pledged to support Ukraine": a verb of its own governs it)
                    and not any(toks[k].low in ("and", "but", "or") or toks[k].low.endswith("ed") for k in range(j + 1, i - 1))
                    # ("sent carriers to the region to support Israel": a party named after it that the sending did
                    # not go to is supported, an act of its own)
                    and not (i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and not any(
                        toks[k].text[:5] == toks[i + 1].text[:5] for k in range(j + 1, i)))
                    for j, q, _n in out):
                continue  # "sent 10,000 troops to Russia to support its war effort": the sending's purpose, no act
            if lang == "en" and p.code.startswith("05") and toks[i].low in ("support", "backing") \
                    and self._en_grounds_noun(toks, i):
                continue  # "broke off relations with Kigali over its support for the M23": the grounds, no act told
            if lang == "en" and p.pos == "verb" and not p.intent and self._en_attributive_participle(toks, i):
                continue  # "a loan backed by frozen Russian assets": a participle before its noun names a state
            if i in used and used[i].code == "087" and p.code[:2] in ("18", "19", "20") and i > 0 and (
                    toks[i - 1].lemma or toks[i - 1].low).lower() in ("halt", "stop", "cease"):
                continue  # "ceased firing on Lebanese territory": the attack is what was stood down, no attack
            if lang == "en" and p.pos == "noun" and p.with_ and any(
                    used_by_verb.get(j, p.code[:2]) != p.code[:2] for j in (
                        (i, i - 1) if with_ok(i, p.with_, p.with_window) == i - 1 else (i,))):
                continue  # "halted military aid to Kyiv": the noun phrase is the object of another act, coded
                # with it (of the same kind, "held border talks", the noun may say more: it stays)
            if p.pos == "noun" and lang == "en" and i + 1 < len(toks) and not (
                    p.with_ and with_ok(i, p.with_, p.with_window) == i + 1):
                nxt = toks[i + 1].text
                if (i + 1 in idx and any(q.pos == "noun" for j, q, _ in out if j == i + 1)) or (
                        nxt.isalpha() and nxt.islower() and nxt.endswith("s") and len(nxt) > 3
                        and nxt not in _EN_NOT_NOUNS):
                    continue
            keep.append((i, p, neg))
        return keep

    def _en_next_clause(self, toks: list[Token], i: int) -> int | None:
        """The char offset where a clause coordinated after the verb at i starts: ", and" / ", while" / ", but",
        or "and" / "but" right before a verb ("called the allegations preposterous and accused Trudeau of ...")."""
        by_lemma = self.lex["en"].by_lemma
        for k in range(i + 2, len(toks) - 1):
            if toks[k].low not in _EN_CLAUSE_LINKS:
                continue
            if toks[k - 1].text == ",":
                return toks[k].start
            nxt = toks[k + 1]
            if nxt.text.isalpha() and nxt.text.islower() and (
                    nxt.low.endswith("ed") or nxt.low in _EN_SAY_VERBS
                    or any(q.pos == "verb" for q in by_lemma.get((nxt.lemma or nxt.low).lower(), ()))):
                return toks[k].start
        return None

    def _en_own_clause(self, toks: list[Token], acts: list[Act], i: int) -> int | None:
        """The token index of ", and" / ", but" / ", while" after the verb at i that opens a clause with a subject
        of its own, an actor or a pronoun right before a finite verb ("demanded accountability, and the British
        Foreign Office summoned Israel's ambassador"): the verb's object and content end there."""
        by_lemma = self.lex["en"].by_lemma
        for k in range(i + 1, len(toks) - 3):
            if toks[k].text != "," or toks[k + 1].low not in ("and", "but", "while", "whereas"):
                continue
            s = k + 2
            if toks[s].low in ("it", "they", "he", "she", "we"):
                e = s + 1
            else:
                a = next((a for a in acts if a.tokens[0] >= s and not a.loc and not a.adj), None)
                if a is None or a.tokens[0] - s > 2 or not all(
                        t.low in ("the", "a", "an", "its", "their", "his", "her") for t in toks[s:a.tokens[0]]):
                    continue
                e = a.tokens[1]
            if e < len(toks) and toks[e].low in ("has", "have", "had", "also", "then", "later"):
                e += 1
            if e >= len(toks):
                continue
            v = toks[e]
            if v.text.isalpha() and v.text.islower() and (
                    v.low.endswith("ed") or v.low in _EN_SAY_VERBS
                    or any(q.pos == "verb" for q in by_lemma.get((v.lemma or v.low).lower(), ()))):
                return k
        return None

    def _en_next_verb(self, toks: list[Token], acts: list[Act], i: int) -> int | None:
        """The token index of "and" / "but" after the verb at i (and at least one word of its own) that links a
        second finite verb of the same subject, a past form with a verb pattern of its own ("supplied drones to
        Russia and threatened Britain", "... and has warned London"): the first verb's objects end there, and
        an actor after the second verb is that verb's. Not a list of nouns ("tanks and armoured vehicles")."""
        by_lemma = self.lex["en"].by_lemma
        for k in range(i + 2, len(toks) - 1):
            if toks[k].text in (".", ";", ":", "?", "!") or toks[k].text in _QUOTES:
                return None
            if toks[k].low not in ("and", "but"):
                continue
            e = k + 1
            if toks[e].low in ("has", "have", "had", "also", "then", "later") and e + 1 < len(toks):
                e += 1
            v = toks[e]
            if any(a.tokens[0] <= e < a.tokens[1] for a in acts) or not (v.text.isalpha() and v.text.islower()):
                continue
            lem = (v.lemma or v.low).lower()
            if (v.low.endswith("ed") or (lem != v.low and not v.low.endswith(("s", "ing")))) \
                    and any(q.pos == "verb" for q in by_lemma.get(lem, ())) and self._en_own_object(toks, acts, e):
                return k
        return None

    @staticmethod
    def _en_own_object(toks: list[Token], acts: list[Act], e: int) -> bool:
        """Whether the past form at e, after "and", opens an object of its own, so it is a finite verb: an actor
        ("and threatened Britain", "and killed Iranian officers"), a determiner or a number ("and approved a
        loan", "and killed 20 soldiers", "and detained two of its staff"), a gerund or an infinitive ("and denied
        targeting civilians", "and vowed to respond"), or a clause ("and warned that ..."). A participle before a bare noun
        ("tanks and advanced air defence systems to Ukraine", "and used armoured vehicles") is an adjective of
        the first verb's object list, nor does "and suspended rail traffic with Belarus" cut the shared "with"."""
        n = e + 1
        if n >= len(toks):
            return False
        t = toks[n]
        return any(a.tokens[0] <= n < a.tokens[1] for a in acts) or t.low in _EN_DETERMINERS or t.text.isdigit() \
            or t.low in _EN_OBJECT_OPENERS or (t.text.islower() and t.low.endswith("ing") and len(t.low) > 5)

    @staticmethod
    def _en_object_complement(toks: list[Token], i: int, j: int | None) -> bool:
        """Whether the word at j completes the verb at i as its object complement: "Moscow called the move a
        provocation", "Taipei called the ruling political persecution", "described the talks as useful". Not so a
        phrasal verb ("called on Russia to end its illegal war", "called for ..."), a noun ("rejected the calls
        as illegal"), nor a word past the object's clause ("called Putin on Monday and said the attack was ...")."""
        if j is None or j <= i + 1 or j - i > 8:
            return False
        if toks[i + 1].low in _EN_PARTICLES or (i > 0 and toks[i - 1].low in _EN_DETERMINERS):
            return False
        # (a quotation mark may open the complement: 'called the remarks "scandalous"', "called it a 'theatrical
        # ultimatum'"; one before the object is a quote of the speaker's own)
        q = j - 1
        while q > i + 1 and (toks[q].text in _QUOTES or (toks[q].low in ("a", "an") and toks[q - 1].text in _QUOTES)
                             or (toks[q].low.endswith("ly") and toks[q].text.islower() and toks[q].text.isalpha()
                                 and any(toks[r].text in _QUOTES for r in range(max(i + 1, q - 2), q)))):
            q -= 1  # ('called the pact "extremely irresponsible"': an adverb after the opening quote)
        return not any(t.text in (",", ";", ":") or t.text in _QUOTES or t.low in _EN_CLAUSE_BREAKS
                       for t in toks[i + 1:q + 1])

    @staticmethod
    def _lt_accused_form(toks: list[Token], i: int, by: Pattern, p: Pattern) -> bool:
        """'apkaltino Azerbaidžaną apšaudžius kaimą', 'kaltina Minską rengiant provokacijas', 'apkaltino Kiniją
        išpuoliais': an adverbial participle (past -us/-ius, present -ant/-int) or a violent act's
        noun in the instrumental after an accusation names the act the accused is said to have done; it
        completes the accusation's code ("apšaud" → 1123) and is an act of its own as well."""
        low = toks[i].low
        if not (by.code.startswith("112") and toks[i].text.islower() and len(low) > 5):
            return False
        if p.pos == "noun":
            return p.code[:2] in ("18", "19", "20") and low.endswith(("omis", "ėmis", "imis", "umis", "ais", "iu"))
        return low.endswith(("us", "ant", "int")) and not low.endswith(("damas", "damus"))

    @staticmethod
    def _lt_accused_act(toks: list[Token], i: int, j: int, q: Pattern) -> bool:
        """Whether the trigger at j is the act an accusation at i says its object did: an adverbial participle
        ("apkaltino Rusiją apšaudžius ligoninę", "kaltina Iraną perdavus Rusijai raketų", "apkaltino JAE
        ginkluojant sukilėlius") naming an act that is no speech, appeal or judgement of its own."""
        low = toks[j].low
        if not (q.pos == "verb" and j > i and toks[j].text.islower() and len(low) > 6 and low.endswith(
                ("us", "ant", "int")) and not low.endswith(("damas", "damus", "usius", "usias"))
                and q.code[:2] not in ("01", "02", "10", "11", "12")
                and not any(t.text in (",", ";", ":") for t in toks[i + 1:j])):
            return False  # ("pasidavusius karius": a declined participle describes a noun, it is no act)
        if any(t.low in ("kitus", "kitą", "kitas", "kitiems", "kitai", "kitam") for t in toks[max(0, i - 3):j]):
            return False  # "vieni kitus kaltina paleidus ugnį": each side blames the other; no one did it
        # "kaltina padėjus Rusijai apeiti kontrolę": a participle governing an infinitive is help or an
        # attempt to do what the infinitive says, the content of the charge, no act of its own
        return not any(t.low.endswith(("ti", "tis")) and t.low == (t.lemma or "").lower() and t.text.islower()
                       for t in toks[j + 1:j + 4])

    @staticmethod
    def _lt_claims_object(toks: list[Token], i: int, lo: int, hi: int) -> bool:
        """Whether the object of the judging verb at i is a claim made by another ("kaltinimus", "šiuos
        teiginius", "tokius pranešimus"): a plural noun of accusation or claim right before or after it."""
        return any(toks[k].low.startswith(_LT_CLAIM_NOUNS) and toks[k].low.endswith(("us", "ą", "į"))
                   for k in range(max(lo, i - 3), min(hi, i + 3)) if k != i)

    @staticmethod
    def _lt_be_passive(pats: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
        """"buvo išsiųsti", "buvo paleisti": after a form of būti, a word that looks like an infinitive is the
        masculine plural past passive participle (the infinitive cannot follow būti), so the verb's patterns
        with roles swapped (cached per pattern tuple)."""
        hit = _BE_PASSIVE.get(id(pats))
        if hit is None or hit[0] is not pats:
            if len(_BE_PASSIVE) >= 50_000:
                _BE_PASSIVE.clear()
            hit = _BE_PASSIVE[id(pats)] = (pats, tuple(_PassivePattern(q) for q in pats if q.pos == "verb"))
        return hit[1] or pats

    def _word_patterns(self, w: str, lemma_: str | None, lex: Lexicon, lang: str) -> tuple[tuple[Pattern, ...], bool]:
        """The patterns a word form can trigger, and whether it is negated by prefix (cached per form)."""
        if not w[0].isalpha():
            return (), False
        low = w.lower()
        if lang == "lt" and low.startswith("prasid"):
            # "derybos prasidėjo", "pratybos prasideda": the intransitive prasidėti (not pradėti) has the event
            # noun as its subject and no agent; the noun is the trigger
            return (), False
        if lang == "lt":
            pats = self._lt_adverbial_participle(low, lex)
            if pats:
                return pats
        lem = (lemma_ or lemmatize(w, lang)).lower()
        if lang == "lt":
            lem = self._lt_reflexive_lemma(low, lem, lex)
        pats = lex.by_lemma.get(lem) or lex.by_lemma.get(low)
        if pats:
            return pats, False
        if lang == "lt":
            m = _LT_PASSIVE.match(low)
            if m and (lex.by_lemma.get(m.group(1) + "ti") or lex.by_lemma.get(m.group(1) + "yti")):
                # a past passive participle ("apkaltinta", "užpultas"): the verb's patterns, roles swapped
                pats = lex.by_lemma.get(m.group(1) + "ti") or lex.by_lemma.get(m.group(1) + "yti")
                return tuple(_PassivePattern(q) for q in pats if q.pos == "verb"), False
        if lang == "en" and "-" in w and w[0].isupper() and low.endswith("ed"):
            # "EU-mediated", "China-brokered": the participle after the hyphen, its plain verb patterns
            head_lem = lemmatize(w.rsplit("-", 1)[1], lang).lower()
            cp = tuple(_CompoundPattern(q) for q in lex.by_lemma.get(head_lem, ()) if q.pos == "verb" and not q.with_)
            if cp:
                return cp, False
        if lang == "lt":
            # a reflexive prefixed verb the lexicon lists without "si" ("išsikvietė" as iškviesti)
            for pre in _LT_VERB_PREFIXES:
                if lem.startswith(pre + "si") and lem.endswith(("ti", "tis")) and len(lem) > len(pre) + 5:
                    pats = lex.by_lemma.get(pre + lem[len(pre) + 2:])
                    if pats and pats[0].pos == "verb":
                        return tuple(q for q in pats if q.pos == "verb"), False
        if lang == "lt" and low.endswith("us") and len(low) > 6:
            # a past adverbial participle the lemmatiser misses ("apribojus", "paskelbus", "uždarius"): the
            # past stem before -us (-ius) takes the infinitive ending
            stem = low[:-3] if low.endswith("ius") else low[:-2]
            # ("apšaudžius" ← apšaudyti: dž/č before -ius are d/t; "organizavus" ← organizuoti: -av- is -uo-;
            # "paleidus" ← paleisti: a stem's d/t before -ti is s)
            base = stem[:-2] + "d" if stem.endswith("dž") else (stem[:-1] + "t" if stem.endswith("č") else stem)
            for inf in (stem + "ti", stem + "yti", stem[:-1] + "ti" if stem.endswith("j") else "",
                        base + "yti" if base != stem else "", stem[:-2] + "uoti" if stem.endswith("av") else "",
                        stem[:-1] + "sti" if stem.endswith(("d", "t")) else ""):
                pats = lex.by_lemma.get(inf)
                if inf and pats and pats[0].pos == "verb":
                    return tuple(q for q in pats if q.pos == "verb"), False
        if lang == "lt" and low.endswith(_LT_PAST_ACTIVE_NOM) and lem == low:
            # a nominative past active participle the lemmatiser misses ("numušęs", "nukovusi": "pranešė
            # numušęs du lėktuvus"): the verb whose past tense shares the stem ("numušė", "sunaikino")
            end = next(e for e in _LT_PAST_ACTIVE_NOM if low.endswith(e))
            stem = low[: -len(end)]
            if len(stem) >= 4:
                for past in (stem + "ė", stem + "o"):
                    pats = lex.by_lemma.get(lemmatize(past, lang).lower())
                    if pats and pats[0].pos == "verb":
                        return tuple(q for q in pats if q.pos == "verb"), False
        if lex.negation_prefix and low.startswith(lex.negation_prefix) and len(low) > 5:
            rest = low[len(lex.negation_prefix):]
            pats = lex.by_lemma.get(lemmatize(rest, lang).lower()) or self._stem(rest, lex)
            if pats:
                return pats, True
        return self._stem(low, lex), False

    def _lt_be_before(self, toks: list[Token], i: int) -> bool:
        """A finite form of "būti" right before a name that ends before token i ("buvo Rusijos atakuojamas"), or
        right before token i with a name right after it ("buvo atakuojamas Rusijos pajėgų"): the word at i is the
        clause's passive predicate, the name its agent (not "..., kuriuo šalys buvo raginamos nutraukti ugnį")."""
        if toks[i - 1].low in _LT_BE_FORMS:
            return i + 1 < len(toks) and any(x == toks[i + 1].start for x, _y in self._spans)
        for x, y in self._spans:
            if y == toks[i - 1].end:
                k = next((k for k in range(i) if toks[k].start == x), None)
                return k is not None and k > 0 and toks[k - 1].low in _LT_BE_FORMS
        return False

    def _lt_agent_before(self, toks: list[Token], i: int) -> bool:
        """A name ends right before token i and no preposition governs it ("Irano remiamai", not "iš JAV
        importuojamoms"): a genitive that can be the agent of a participle at i. Not after a form of "būti"
        ("Kyjivas buvo Rusijos atakuojamas"): there the participle is the clause's predicate, a told act."""
        for x, y in self._spans:
            if y == toks[i - 1].end:
                k = next((k for k in range(i) if toks[k].start == x), None)
                return k is not None and not (k > 0 and (toks[k - 1].low in _LT_PREPS
                                                         or toks[k - 1].low in _LT_BE_FORMS))
        return False

    @staticmethod
    def _lt_talk_setting(toks: list[Token], j: int) -> bool:
        """The word at j is a meeting or talks noun told as the time or setting of another act: governed by
        "per" / "po" / "prieš" ("per susitikimą", "po derybų") or by a word of time after it ("susitikimo metu",
        "derybų Stambule metu")."""
        t = toks[j]
        if not ((t.lemma or "").lower() in _LT_TALK_LEMMAS or t.low.startswith(("susitikim", "deryb", "pokalb"))):
            return False
        k = j + 1
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].low.endswith(("je", "uose", "ose", "yje")):
            k += 1  # ("susitikimo Vilniuje metu")
        return (k < len(toks) and toks[k].low in _LT_SETTING_HEADS) or (j > 0 and toks[j - 1].low in ("per", "po", "prieš"))

    @staticmethod
    def _lt_refuses_to_stop(toks: list[Token], i: int) -> bool:
        """The finite refusal at i governs an infinitive of stopping or giving up right after it ("atsisakė
        atsisakyti", "atsisako nutraukti importą"): what it refuses is to stop, so the act stopped goes on."""
        return not toks[i].low.endswith(("ti", "tis")) and i + 1 < len(toks) and toks[i + 1].low.endswith(
            ("ti", "tis")) and toks[i + 1].low.startswith((*_LT_STOP_VERBS, "atsisakyt", "mažint", "sumažint"))

    @staticmethod
    def _lt_light_verb_noun(toks: list[Token], j: int, lex: Lexicon, with_ok: Any) -> bool:
        """The event noun completing a verb's pattern has a reading of its own that takes the clause subject
        as its agent (source: NOM / subj) and whose completing word is there too ("Kinija surengė pratybas aplink
        Taivaną", "China held drills around Taiwan": drills around a state are a show of force, 150, not the joint
        exercise "surengė pratybas" codes): the verb only carries the noun, which is the trigger."""
        t = toks[j]
        for q in lex.by_lemma.get((t.lemma or t.low).lower(), ()):
            if q.pos == "noun" and q.with_ and q.source in (("NOM",), ("subj",)) \
                    and with_ok(j, q.with_, q.with_window) is not None:
                return True
        return False

    @staticmethod
    def _en_joint_act(toks: list[Token], i: int, j: int) -> bool:
        """Whether the verb at i, completed by the noun at j, tells a joint act: "joint" or "together" before the
        noun, a partner named with "with" right after it, or a subject of two names joined by "and" in the verb's clause ("Minsk and Moscow held joint drills
        near the Polish border", "Japan and the United States held drills near Okinawa")."""
        if any(t.low in ("joint", "jointly", "together", "combined") for t in toks[i + 1:j]) or (
                j + 1 < len(toks) and toks[j + 1].low in ("with", "alongside")):
            return True  # (a partner after the noun: "held drills with Russia near Japan")
        for k in range(i - 1, 0, -1):
            t = toks[k]
            if t.text in (",", ";", ":") or t.low in ("that", "which", "who", "after", "as", "while", "when"):
                return False
            if t.low == "and" and toks[k - 1].text[:1].isupper() and k + 1 < i and (
                    toks[k + 1].text[:1].isupper() or (toks[k + 1].low == "the" and toks[k + 2].text[:1].isupper())):
                return True
        return False

    @staticmethod
    def _lt_reflexive_lemma(low: str, lem: str, lex: Lexicon) -> str:
        """A reflexive form the lemmatiser gives the plain verb for ("lankysis" as lankyti): the reflexive
        ending -si/-sis names the reflexive verb (lankytis), when the lexicon lists it."""
        if low.endswith(("si", "sis")) and lem.endswith("ti") and lem + "s" in lex.by_lemma:
            return lem + "s"
        return lem

    @staticmethod
    def _caused(toks: list[Token], i: int) -> bool:
        """The verb at i is the act a causative participle says its object was made to do: "..., prompting
        Tokyo to scramble fighter jets", "..., forcing Kyiv to ..." (the infinitive right after the object)."""
        if i < 3 or toks[i - 1].low != "to":
            return False
        return any(toks[k].low in _EN_CAUSATIVES and toks[k - 1].text == ","
                   for k in range(max(1, i - 6), i - 2))

    def _opening_subject(self, toks: list[Token], before: list[Act], i: int) -> list[Act]:
        """The subject a sentence opens with, for a participle or "by"-gerund whose main verb is no trigger
        ("Beijing punished Canberra by slapping tariffs on Australian wine", "Iran retaliated, firing ..."):
        the actors at its start, when a lowercase word (the main verb) stands between them and the -ing form."""
        if not before:
            return []
        first = min(before, key=lambda a: a.tokens[0])
        if first.tokens[0] > 2 or not any(toks[k].text.isalpha() and toks[k].text.islower()
                                          for k in range(first.tokens[1], i - 1)):
            return []
        return self._chain(before, toks, _EN_LIST, first.tokens[0] - 1, before=False)

    @staticmethod
    def _en_time_before(toks: list[Token], k: int) -> int | None:
        """The first token of a time adverbial ending at k ("on Tuesday", "on 12 March", "a day later", "later
        that day", "last week"), with commas around it; None when the words ending at k are no time adverbial."""
        m, timed = k, False
        while m >= 0 and k - m < 7:
            t = toks[m]
            w = t.low
            if w in _EN_WEEKDAYS or t.text in _EN_MONTHS or t.text.isdigit() or w in _EN_TIME_HEADS \
                    or w in ("later", "earlier", "tonight", "overnight"):
                timed = True
            elif not (w in _EN_TIME_FILLERS or t.text == ","):
                break
            m -= 1
        if not timed or m == k:
            return None
        m += 1
        while m <= k and toks[m].text == ",":
            m += 1  # ("and, on Tuesday, travelled": the link keeps its comma)
        return m

    @staticmethod
    def _finite_past(toks: list[Token], i: int) -> bool:
        """A past-tense verb form: regular ("imposed") or irregular, told by a lemma that differs from the
        form ("froze", "struck", "sent") or by an object right after an unchanged form ("cut diplomatic
        ties", "hit back"); not a plural noun ("and strikes on ...")."""
        t = toks[i]
        low = t.low
        if low.endswith("ed"):
            return True
        if low.endswith(("s", "ing")):
            return False
        lem = (t.lemma or low).lower()
        if lem != low:
            return True
        return i + 1 < len(toks) and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() \
            and toks[i + 1].low not in _EN_PREPS

    @staticmethod
    def _participle_patterns(low: str, lex: Lexicon) -> tuple[Pattern, ...]:
        """The verb patterns of an English -ing form the lemmatiser takes for a noun, for a participle that
        opens an adverbial clause with a named addressee (", warning Kabul that ...", ", warning him against
        ...": the verb "warn", not the noun "warning"; ", warning residents to stay away" is advice)."""
        stem = low[:-3]
        for lem in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            pats = lex.by_lemma.get(lem) if lem else None
            if pats and all(q.pos == "verb" for q in pats):
                return pats
        return ()

    @staticmethod
    def _lt_adverbial_participle(low: str, lex: Lexicon) -> tuple[tuple[Pattern, ...], bool] | None:
        """A Lithuanian present adverbial participle (padalyvis: "apkaltindama", "grasindami", "ragindamas",
        "žadėdamas", reflexive "bendradarbiaudamiesi") is the infinitive stem + "dam-": "apkaltin|ti" →
        "apkaltin|dama". The lemmatiser often misses it ("apkaltindama" → "apkalti", "protestuodami" →
        "protestas"), so the infinitive is rebuilt from the form; a "ne-" prefix negates it. Only a verb the
        lexicon lists is taken."""
        m = _LT_PADALYVIS.match(low)
        if not m:
            return None
        stem, refl = m.group(1), m.group(2) in ("asi", "asis", "iesi", "osi")
        for neg, st in ((False, stem), (True, stem[2:] if stem.startswith("ne") and len(stem) > 5 else "")):
            if not st:
                continue
            pats = lex.by_lemma.get(st + ("tis" if refl else "ti"))
            if pats and pats[0].pos == "verb":
                return tuple(q for q in pats if q.pos == "verb"), neg
        return None

    @staticmethod
    def _stem(low: str, lex: Lexicon) -> tuple[Pattern, ...]:
        for st, p in lex.by_stem.get(low[:5], ()):
            if low.startswith(st):
                return lex.by_lemma.get(p.lemma, (p,))  # every variant of that lemma, specific first
        return ()

    def _lt_named_after(self, toks: list[Token], v: int) -> bool:
        """Whether a party is named after the word at v within its clause ("rems Ukrainą ginklais", "siųs tankų į
        Ukrainą"; not "siųs tankų")."""
        end = next((k for k in range(v + 1, len(toks)) if toks[k].text in (",", ";", ":", "–", "—")), len(toks))
        return any(toks[k].text[:1].isupper() and any(x == toks[k].start for x, _y in self._spans)
                   for k in range(v + 1, end))

    @staticmethod
    def _with_ok(toks: list[Token], i: int, need: tuple[str, ...], lang: str, window: int = 8,
                 lems: list[str] | None = None, mask: frozenset[int] = frozenset(), back: int = 2) -> int | None:
        """Index of the word completing a multi-word trigger, or None (`lems`: the tokens' lowercase
        lemmas, when the caller has them)."""
        hit = _MATCHERS.get(id(need))
        if hit is None or hit[0] is not need:
            if len(_MATCHERS) >= 200_000:
                _MATCHERS.clear()
            hit = _MATCHERS[id(need)] = (need, *_with_matchers(need))
        _, exact, prefix = hit
        end = min(len(toks), i + 1 + window)
        if lems is None:
            lems = [(t.lemma or "").lower() for t in toks[:end]]
        for j in range(i + 1, end):
            low = toks[j].low
            if (low in exact or lems[j] in exact or (prefix is not None and low.startswith(prefix))) and j not in mask:
                return j
        for j in range(max(0, i - back), i):  # "protesto notą įteikė": the object before the verb
            # (a passive participle looks further back, to its subject: "sutartis ... buvo pasirašyta")
            low = toks[j].low
            if low in exact or (prefix is not None and low.startswith(prefix)) or (lang == "en" and lems[j] in exact):
                # (English by lemma too: "U.S. arms sales", the plural modifier before the noun)
                return j
        return None

    # ------------------------------------------------------------------------------- clauses
    def _en_halted_object(self, toks: list[Token], i: int, j: int | None, p: Pattern) -> bool:
        """The word completing an English appeal at i (at j) is, or follows, "halt"/"stop": what the appeal asks
        for is a halt. An appeal to de-escalate completed by the halt word itself then needs fighting (or another
        of its own words) named after it ("halt the fighting", "halt its offensive in Rafah", "halt attacks on
        Ukraine", "halt its expansion and withdraw forces"); any other specific appeal is no appeal for what is
        to be halted ("called on Israel to halt arms shipments" asks for no arms, "to halt talks with Russia" for
        no talks, "to stop using migrants as a weapon" for no weapons). The appeal's general reading stays. (A
        demand of a policy change, "demanded that Iran stop supplying missiles", is completed by the stop.)"""
        if j is None or j <= i:
            return False
        if p.code in ("0256", "1056"):
            if toks[j].low not in _EN_HALT_WORDS:
                return False  # "urged Manila to stop provocations": the appeal's own word
            other = self._with_ok(toks, j, p.with_, "en", p.with_window or self.lex["en"].with_window, back=0)
            if other is not None and toks[other].low not in _EN_HALT_WORDS and not any(
                    t.text in (",", ";", ":") for t in toks[j + 1:other]):
                return False
            return self._en_bare_halt(toks, j)
        if p.code[:2] != "02":
            return False
        stop = next((k for k in range(j - 1, i, -1) if toks[k].low in _EN_HALT_WORDS), None)
        # (a stop before a second infinitive is no halt of what that one names: "to stop the clashes and resume
        # talks", "to stop blocking grain exports and allow ships safe passage")
        # ("to halt uranium enrichment and military support to Russia": a coordinated noun is still halted)
        return stop is not None and not any(
            (t.low in ("and", "or") or t.text in (",", ";")) and self._en_bare_verb(toks, k + 1)
            for k, t in enumerate(toks[stop + 1:j], stop + 1))

    def _en_bare_verb(self, toks: list[Token], k: int) -> bool:
        """Whether the word at k (after "and" / "or" / a comma, which it skips) is a bare verb opening a second
        infinitive ("and resume talks", "and allow ships", "and return to negotiations"): a lowercase base form
        with a verb reading, not a word also used as a noun that a preposition follows ("and aid to Ukraine")."""
        while k < len(toks) and toks[k].low in ("and", "or", ","):
            k += 1
        if k >= len(toks):
            return False
        t = toks[k]
        if not (t.text.isalpha() and t.text.islower()) or t.low.endswith(("ed", "ing")) or t.low in _EN_DETERMINERS:
            return False
        qs = self.lex["en"].by_lemma.get(t.low, ())
        if not any(q.pos == "verb" for q in qs):
            return False
        nxt = toks[k + 1].low if k + 1 < len(toks) else ""
        return not (any(q.pos == "noun" for q in qs) and nxt in ("to", "for", "of", "on"))

    @staticmethod
    def _en_bare_halt(toks: list[Token], j: int) -> bool:
        """A "halt"/"stop" at j whose object, in the next few words before a clause break, names no fighting."""
        for k in range(j + 1, min(len(toks), j + 7)):
            if toks[k].text in (",", ";", ":", ".") or (toks[k].low in ("and", "but", "while") and not (
                    toks[k - 1].low.endswith("ly") and k + 1 < len(toks) and toks[k + 1].low.endswith("ly"))):
                break  # (not between adverbs: "halt immediately and unconditionally its ground operations")
            if toks[k].low.startswith(_EN_HALT_FIGHTING):
                return False
        return True

    @staticmethod
    def _en_private_journey(toks: list[Token], i: int) -> bool:
        """An English verb of travel whose traveller, in its own clause before it, is private people or a craft
        ("advised its citizens to avoid travelling to Japan", "an airliner flying from Baku to Grozny crashed",
        "asylum seekers arriving in Britain"), or that goes home ("flew home to Rome", "before flying back home"):
        no visit of one state to another."""
        if i + 1 < len(toks) and toks[i + 1].low in ("home", "back"):
            return True
        for k in range(i - 1, max(-1, i - 9), -1):
            w = toks[k].low
            if toks[k].text in (",", ";", ":", "—", "–") or w in _EN_TRAVEL_CLAUSE_LINKS:
                return False  # ("Passengers flying to Moscow were stranded as Erdogan visited Moscow": another clause)
            if toks[k].text[:1].isupper() and k > 0 and all(
                    t.low in ("has", "have", "had", "also", "then", "later", "will", "would") for t in toks[k + 1:i]) \
                    and not Events._en_governed_name(toks, k):
                return False  # ("Russian tourists travelled to Turkey and Lavrov visited Ankara": its own subject)
            if w in _EN_PRIVATE_TRAVELLERS:
                return True
        return False

    @staticmethod
    def _en_governed_name(toks: list[Token], k: int) -> bool:
        """The capitalised name ending at k is the object of a preposition or a participle before it ("refugees
        fleeing Sudan", "nationals evacuated from Israel", "passengers of Aeroflot"), no subject of its own."""
        m = k
        while m > 0 and toks[m - 1].text[:1].isupper():
            m -= 1
        if m > 0 and toks[m - 1].low == "the":
            m -= 1
        if m == 0:
            return False
        prev = toks[m - 1]
        return prev.low in _EN_PREPS or (prev.text.isalpha() and prev.text.islower()
                                         and prev.low.endswith(("ing", "ed")))

    @staticmethod
    def _en_grounds_noun(toks: list[Token], i: int) -> bool:
        """An English noun of support standing in a phrase of grounds or concern: "over its support for the M23",
        "protested against Beijing's support for Moscow", "raising concern over Chinese support for Russia's
        industry", "a signal of support for Ukraine". It names a standing relation the main act answers, no act
        told in the sentence."""
        k = i - 1
        while k >= 0 and (toks[k].low in ("its", "their", "his", "her", "the", "a", "an", "continued", "military",
                                          "growing", "alleged", "political", "financial", "material")
                          or toks[k].low.endswith(("'s", "’s")) or toks[k].text[:1].isupper()
                          or toks[k].low in ("'s", "’s")):
            k -= 1
        # ("a package of support for Kyiv" is aid given; "a signal of support" only its sign)
        if 0 <= k < i and toks[k].low == "of" and k > 0 and toks[k - 1].low in ("signal", "signals", "message") and any(
                (toks[j].lemma or toks[j].low).lower() in ("send", "deliver", "convey", "voice", "express", "issue")
                and toks[j - 1].low not in _EN_SIGN_ACTS
                # ("hosting him sent a signal of support": a gerund's act as the sender)
                and not any(t.low.endswith("ing") for t in toks[max(0, j - 3):j]) for j in range(max(1, k - 5), k - 1)):
            return False  # "The Pope sent a message of support to Ukraine": support voiced by its sender
        return 0 <= k < i and (toks[k].low in ("over", "against", "about", "amid") or (
            toks[k].low == "of" and k > 0 and toks[k - 1].low in ("signal", "signals", "sign", "message", "concern")))

    @staticmethod
    def _en_attributive_participle(toks: list[Token], i: int) -> bool:
        """An English past participle standing before the noun it describes, after a determiner or a preposition:
        "backed by frozen Russian assets", "the use of frozen assets", "the return of deported children". It names
        a state the noun is in, no act told here (its doer is not named: "frozen by the EU" is a passive)."""
        if not 0 < i < len(toks) - 1:
            return False
        w = toks[i].low
        if not (w.endswith(("ed", "en")) or w in _EN_IRREGULAR_PARTICIPLES) or not toks[i].text.islower():
            return False
        if toks[i - 1].low not in _EN_ATTRIBUTIVE_BEFORE:
            return False
        nxt = toks[i + 1]
        return nxt.text.isalpha() and nxt.low not in ("by", "to", "in", "on", "at", "with", "from", "for", "and", "or")

    @staticmethod
    def _reduced_passive(toks: list[Token], i: int) -> bool:
        """An English passive participle without "was" that has its own agent: "talks mediated by Egypt",
        "a deal brokered by China" (a noun before it, "by" after it)."""
        return (0 < i < len(toks) - 1 and toks[i + 1].low == "by" and toks[i].low.endswith("ed")
                and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and toks[i - 1].low not in _AUX)

    @staticmethod
    def _manner(toks: list[Token], i: int) -> bool:
        """An English trigger in an "in a ..." phrase after an event already coded names that event's
        manner, not a second one: "killed five soldiers in a drone strike", "agreed to restore relations
        in a deal" (one with its own agent, "in a deal brokered by China", is still coded)."""
        if i + 1 < len(toks) and toks[i + 1].low == "by":
            return False
        return any(toks[k].low == "in" and toks[k + 1].low in ("a", "an") and all(
            t.text.islower() or t.text == "-" for t in toks[k + 2:i]) for k in range(max(0, i - 4), i - 1))

    @staticmethod
    def _en_with_partner(toks: list[Token], i: int) -> bool:
        """Whether the noun at i takes a partner with "with" in the words right after it ("cooperation with South
        Korea", "cooperation on defence with Japan")."""
        for k in range(i + 1, min(len(toks), i + 5)):
            if toks[k].low == "with":
                return True
            if not toks[k].text.isalpha():
                return False
        return False

    @staticmethod
    def _en_answered(toks: list[Token], j: int) -> bool:
        """An English act named as the one avenged or answered: "avenge the killing", "vowed revenge for the
        attack", "retaliate for these strikes". It is told (or background), neither threatened nor the attack
        whose result a participle after it tells."""
        for k in range(j - 1, max(-1, j - 4), -1):
            w = toks[k].low
            if w.startswith(("avenge", "revenge")):
                return True
            if w == "for":
                return any(toks[m].low.startswith(_EN_ANSWER_FOR) for m in range(max(0, k - 3), k))
            if not (w in _EN_ANAPHOR_DETS or w in ("its", "their", "his", "her", "our") or (
                    toks[k].text.isalpha() and toks[k].text.islower() and w not in _EN_NOT_MODIFIERS)):
                return False
        return False

    @staticmethod
    def _en_standing(toks: list[Token], acts: list[Act], i: int, p: Pattern, lex: Lexicon) -> bool:
        """An English verb of support, cooperation or aid (05-07) in the present with no day of its own in a full
        sentence ("Lithuania and Poland cooperate closely", "Iran funds and arms Hezbollah", "Qatar hosts the largest
        US base"), any such verb or refusal with "still" before it ("still do not recognise"), and a participle after
        "remain(s)" / "stay(s)" ("their border remains closed") tell a standing relation, not an act."""
        if i > 0 and toks[i - 1].low in ("remain", "remains", "stay", "stays") and toks[i].low.endswith("ed"):
            return True
        if Events._headline(toks) or p.code[:2] not in ("05", "06", "07", "12"):
            return False
        t = toks[i]
        lem = (t.lemma or t.low).lower()
        aux = toks[i - 1].low if i > 0 else ""
        if aux == "not" and i > 1:
            aux = toks[i - 2].low if toks[i - 2].low in ("do", "does") else ""
            if not aux:
                return False
        elif t.low != lem and not (t.low.endswith("s") and t.low[:-1].startswith(lem[:-1] if len(lem) > 3 else lem)):
            return False  # (a past or participle form)
        elif t.low == lem and not (aux.endswith("ly") or aux in _EN_PLURAL_SUBJECTS or any(
                a.tokens[1] == i and not a.loc for a in acts)):
            return False  # (a bare form is a present verb right after its subject: "Poland and Lithuania cooperate")
        if aux in ("to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "n't", "'ll",
                   "the", "a", "an") or any(w.low in ("longer", "never", "anymore", "soon", "now") for w in toks[max(0, i - 3):i]):
            return False  # ("will no longer cooperate", "never recognises": a change of stand, told as news)
        if any(w.low == "still" for w in toks[max(0, i - 4):i]):
            return True
        if any(w.low in _EN_ENDORSED for w in toks[i + 1:i + 6]):
            return False  # "Sweden's government supports NATO membership for Finland": a stand on a proposal, news
        return p.code[:2] != "12" and not any(w.low in lex.day_words for w in toks)

    @staticmethod
    def _en_held(toks: list[Token], i: int) -> bool:
        """An English noun of agreement or cooperation held as a bond: the object of "have / has / share / enjoy /
        maintain" or of "bound by" / "tied by" over its modifiers ("are bound by a free trade agreement", "have a
        mutual defence pact", "maintain close military cooperation")."""
        k = i - 1
        while k >= 0 and i - k <= 5:
            w = toks[k].low
            if w in ("have", "has", "share", "shares", "enjoy", "enjoys", "maintain", "maintains"):
                return True
            if w == "by" and k > 0 and toks[k - 1].low in ("bound", "tied"):
                return True
            if not (toks[k].text.isalpha() and toks[k].text.islower()) or w.endswith(("ed", "ing")) or w in _EN_PREPS:
                return False
            k -= 1
        return False

    @staticmethod
    def _en_titled(toks: list[Token], i: int) -> bool:
        """An English trigger inside a quoted title that follows the name of a work ('the documentary "Putin's War
        on Georgia"', 'her book, "How Russia Lost Ukraine"', 'an exhibition titled "..."')."""
        q = next((k for k in range(i - 1, max(-1, i - 10), -1) if toks[k].text in ('"', "“")), None)
        if q is None:  # (the nearest quote mark before the trigger: none between them)
            return False
        if toks[q].text == '"' and sum(1 for t in toks[:q] if t.text == '"') % 2:
            return False  # (the quote mark before is a closing one)
        before = [t.low for t in toks[max(0, q - 3):q] if t.text not in (",",)]
        return any(w in _EN_STUDY_WORKS or w in ("titled", "entitled", "called", "named") for w in before)

    @staticmethod
    def _en_habitual(toks: list[Token], i: int) -> bool:
        """An English verb in the present with a word of habit before it ("NATO regularly holds drills", "Turkey
        traditionally buys its gas from Russia", "Moscow routinely condemns them") or a phrase of recurrence in
        its clause ("every spring the two hold exercises") tells what usually happens, not an act."""
        t = toks[i]
        lem = (t.lemma or t.low).lower()
        if t.low != lem and not (t.low.endswith("s") and t.low[:-1].startswith(lem[:-1] if len(lem) > 3 else lem)):
            return False  # (a past or participle form: "regularly violated" may tell acts)
        if i > 0 and toks[i - 1].low in ("to", "will", "would", "could", "can", "may", "might", "should", "must",
                                         "did", "not", "n't"):
            return False
        for j in (i - 1, i - 2):
            if j >= 0 and toks[j].low in _EN_HABIT:
                return True
        lo = max((k + 1 for k in range(i) if toks[k].text in (";", ":")), default=0)
        return any(toks[k].low in ("every", "each") and toks[k + 1].low in _EN_RECURRENT
                   for k in range(lo, i - 1))

    @staticmethod
    def _lasting(toks: list[Token], i: int) -> bool:
        """A present perfect English verb with a phrase of lasting time: a state held for years, not an act."""
        aux = next((k for k in range(i - 1, max(-1, i - 5), -1) if toks[k].low in ("has", "have")), None)
        if aux is None or not toks[i].low.endswith(("ed", "en", "wn", "ght", "lt", "nt", "ld")) or any(
                t.text in (",", ";", ":") for t in toks[aux:i]):
            return False
        end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
        return _EN_DURATION.search(" ".join(t.low for t in toks[aux:end])) is not None

    @staticmethod
    def _participle_before_actor(toks: list[Token], acts: list[Act], i: int) -> bool:
        """An English -ed form between a preposition and an actor's name ("grain from occupied Ukraine", "in
        annexed Crimea", "to besieged Mariupol") qualifies the name: no verb, so no act in this sentence."""
        return (0 < i < len(toks) - 1 and toks[i].low.endswith("ed") and toks[i - 1].low in _EN_PREPS
                and toks[i - 1].low != "by" and any(a.tokens[0] == i + 1 for a in acts))

    @staticmethod
    def _aim_infinitive(toks: list[Token], i: int) -> bool:
        """An English verb trigger as the infinitive after a noun of aim ("Ukraine's bid to join NATO", "its
        ambition to join the EU", "in a bid to ease tensions"): the aim is a standing goal or a purpose that
        the noun names, not an act, nor an intention announced in this sentence."""
        return i > 1 and toks[i - 1].low == "to" and toks[i - 2].low in _EN_AIM_NOUNS

    @staticmethod
    def _topic(toks: list[Token], i: int) -> bool:
        """An English event noun that is the subject of "was discussed", "is the main topic of ..."."""
        for k in range(i + 1, min(len(toks), i + 13)):
            if toks[k].low in ("dominated", "dominates", "overshadowed", "overshadows") and k + 1 < len(toks) \
                    and toks[k + 1].low in ("the", "news", "headlines", "talks", "discussions", "debate"):
                return True  # "Israel's war with Hamas dominated the news in Turkey"
            if toks[k].text in (";", ":", "(") or (toks[k].text == "," and not (
                    k + 1 < len(toks) and toks[k + 1].text[:1].isupper())) or (
                    toks[k].text.islower() and toks[k].low.endswith("ed")):
                return False  # (", " inside a list of names goes on: "by Spain, Ireland and Norway was debated")
            if toks[k].low in ("was", "were", "is", "are", "remains", "remained", "became", "remain"):
                nxt = " ".join(t.low for t in toks[k + 1:k + 6])
                # "the attack is likely to widen the war": a real act and its likely effect
                return nxt.startswith(_EN_TOPIC) and not re.match(r"(?:un)?likely to\b|possible to\b", nxt)
        return False

    @staticmethod
    def _en_near_miss(toks: list[Token], i: int) -> bool:
        """An English event noun in a near-miss frame ("came close to war", "on the brink of war", "narrowly
        averted a war", "stopped short of a military confrontation"): the act did not happen."""
        k = i - 1
        while k >= 0 and toks[k].low in _EN_NEAR_MISS_SKIP:
            k -= 1
        if k < 1:
            return False
        two = f"{toks[k - 1].low} {toks[k].low}"
        return two in _EN_NEAR_MISS or toks[k].low in ("averted", "avert", "averting", "avoided", "avoid", "avoiding")

    @staticmethod
    def _en_theatre_elsewhere(toks: list[Token], acts: list[Act], i: int, src: list[Any]) -> bool:
        """A hostile event noun whose theatre or owner is a third party, read with a joint subject: "the two sides
        discussed the war in Gaza", "Turkey and Egypt backed rival sides in Libya's civil war", "Both leaders
        called for a ceasefire in Gaza". The war is someone else's; the subjects did not fight each other."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src}
        hi = min(len(toks), i + 6)
        for k in range(i + 1, hi):
            if toks[k].text in (",", ";", ".") or toks[k].low in _EN_CLAUSE:
                break
            if toks[k].low == "in" and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
                here = [a for a in acts if a.tokens[0] == k + 1]
                if not here or all((a.m.country or a.m.actor) not in src_c for a in here):
                    return True  # "the war in Gaza", "the conflicts in Libya and Sudan"
        if i > 0 and toks[i - 1].low == "civil":
            return True  # a civil war is fought inside one country
        for a in acts:
            if a.tokens[1] in (i, i - 1) and toks[a.tokens[1] - 1].low.endswith(("'s", "’s", "s'")) and (
                    a.m.country or a.m.actor) not in src_c:
                return True  # "Libya's war"
        return False

    @staticmethod
    def _between_parties(toks: list[Token], tgt: list[Act], i: int) -> bool:
        """Whether the target group of the noun at i is the "between X and Y" phrase right after it (past at
        most two words: "talks between Israel and Hamas", "talks were held between the Greek and Turkish
        foreign ministers") naming two or more countries or organisations (or a country and an armed group of
        its own: "between Congo and the M23 rebels")."""
        if len({a.m.actor or a.m.country for a in tgt}) < 2:
            return False
        first = min(a.tokens[0] for a in tgt)
        b = next((k for k in range(i + 1, min(first, i + 5)) if toks[k].low == "between"), None)
        return b is not None and all(t.low in ("the", "a") for t in toks[b + 1:first]) and all(
            t.low in _AUX or t.low in ("held", "hosted", "resumed", "began", "continued", "mediated", "brokered",
                                       "arranged", "ended", "opened", "planned", "scheduled")
            for t in toks[i + 1:b])

    @staticmethod
    def _en_aside(toks: list[Token], acts: list[Act], head: int) -> list[Act]:
        """The actors inside a non-restrictive relative clause or an apposition set off by commas between an
        English subject and its verb at head: "Iran, which backs the group, condemned ...", "Turkey,
        Azerbaijan's closest ally, welcomed ...", "France, the former colonial power, said ..." (the subject
        is an actor that ends right at the opening comma; the verb follows the closing comma)."""
        close = head - 1
        while close > 0 and (toks[close].low in _EN_VERB_FILLERS or toks[close].low.endswith("ly")):
            close -= 1
        if close < 2 or toks[close].text != ",":
            return []
        opening = next((k for k in range(close - 1, 0, -1) if toks[k].text in (",", ";", ":", '"', "(", ")")), None)
        if opening is None or toks[opening].text != "," or close - opening < 2:
            return []
        if not any(a.tokens[1] == opening and not a.loc for a in acts):
            return []
        seg = toks[opening + 1:close]
        first = seg[0].low
        relative = first in ("which", "who", "whose")
        appos = first in ("a", "an", "the", "its", "their", "one", "both") or any(
            t.low.endswith(("'s", "’s")) for t in seg[:4])
        if not (relative or appos):
            return []
        if not relative and any((t.low in ("and", "or") and k + 1 < len(seg) and seg[k + 1].text[:1].isupper())
                                for k, t in enumerate(seg)):
            return []  # ("China, Russia's partner and Iran, ...": a list, not an aside)
        return [a for a in acts if opening < a.tokens[0] and a.tokens[1] <= close]

    @staticmethod
    def _along_with(toks: list[Token], acts: list[Act], head: int) -> tuple[list[Act], bool]:
        """Co-subjects set off by commas before the verb at head: "Japan, along with Australia and the
        Philippines, held ...", "Britain and Canada, together with Australia, condemned ...", "X, as well as Y,
        agreed" (the actors between ", along with" and the closing comma), and whether they join the subject."""
        for k in range(1, head - 2):
            if toks[k].text != ",":
                continue
            words = " ".join(t.low for t in toks[k + 1:k + 4])
            lead = next((w for w in ("along with", "together with", "as well as", "like", "following", "joining")
                         if words.startswith(w + " ") or words == w), None)
            # ("Sweden and Finland, like Norway, announced ...": all three did; "Japan, following the United States and
            # Britain, sanctioned ...": the ones followed did it too)
            if lead is None:
                continue
            start = k + 1 + len(lead.split())
            if lead in ("following", "joining") and not any(
                    a.tokens[0] in (start, start + 1) and not a.loc and (a.tokens[0] == start or toks[start].low == "the")
                    for a in acts):
                continue  # ("Japan, following talks with China, agreed ...": a time phrase, not co-subjects)
            end = next((m for m in range(start, head) if toks[m].text == ","), None)
            if end is None or end + 4 < head:
                return [], True
            if lead in ("following", "joining") and not all(
                    toks[m].low in ("the", "and", ",") or any(a.tokens[0] <= m < a.tokens[1] and not a.loc for a in acts)
                    for m in range(start, end)):
                # ("Russia, following the US strikes on Iran, condemned ...": an event followed, not co-subjects; its
                # actors are no subject either)
                return [a for a in acts if start <= a.tokens[0] and a.tokens[1] <= end and not a.loc], False
            return [a for a in acts if start <= a.tokens[0] and a.tokens[1] <= end and not a.loc], True
        return [], True

    @staticmethod
    def _lt_coactors(toks: list[Token], acts: list[Act], head: int) -> list[Act]:
        """The actors of a "kartu su" / "drauge su" / "išvien su" phrase before the verb at head ("JAV kartu su
        Japonija ir Australija pasmerkė", "Kartu su Danija ir Norvegija Švedija pasirašė"): the list of actors
        right after "su" (an instrumental, though "Japonija" looks like a nominative)."""
        for k in range(0, head - 2):
            if toks[k].low not in ("kartu", "drauge", "išvien") or toks[k + 1].low != "su":
                continue
            out: list[Act] = []
            m = k + 2
            while m < head:
                a = next((a for a in acts if a.tokens[0] == m and not a.loc), None)
                if a is not None and (not out or toks[m - 1].low in ("ir", "bei", ",")):
                    out.append(a)
                    m = a.tokens[1]
                elif toks[m].low in ("ir", "bei", ",") and out:
                    m += 1
                else:
                    break
            if out and out[-1].tokens[1] < len(toks) and toks[out[-1].tokens[1]].low in ("ir", "bei"):
                out.pop()  # "kartu su Latvija ir Estija": ends at the verb or the subject, not the last "ir"
            return out
        return []

    def _owner_target(self, toks: list[Token], after: list[Act], i: int, spec: str, src: list[Act]) -> list[Act]:
        """The countries owning what a measure falls on: "export controls on companies from China, Russia and
        Iran", "tariffs on goods from China", "a ban on imports from Russia" (the target preposition, up to three
        lowercase words, then "from")."""
        for k in range(i + 1, min(len(toks) - 2, i + 4)):
            if toks[k].low != spec:
                continue
            m = k + 1
            while m < len(toks) and m - k <= 3 and toks[m].text.isalpha() and toks[m].text.islower() \
                    and toks[m].low != "from" and toks[m].low not in _EN_PREPS:
                m += 1
            if m == k + 1 or m >= len(toks) or toks[m].low != "from":
                return []
            own = [a for a in after if a.tokens[0] in (m + 1, m + 2) and not a.loc and a not in src]
            if not own:
                return []
            return self._chain([a for a in after if a.tokens[0] >= own[0].tokens[0] and not a.loc and a not in src],
                               toks, _EN_LIST, m, before=False)
        return []

    @staticmethod
    def _work_topic(toks: list[Token], i: int) -> bool:
        """An English event word in the "on / about" phrase of a work or a course of study ("a book on Russia's
        invasion of Ukraine", "a documentary about the Japan-South Korea summit", "a lecture on the U.S.
        sanctions"): what the work is about, not an act."""
        k = i - 1
        while k > 0 and i - k <= 8:
            t = toks[k]
            if t.low in ("on", "about"):
                return toks[k - 1].low in _EN_STUDY_WORKS
            if not (t.low in _EN_DETERMINERS or t.low in ("'s", "’s", ".", "-", "–") or t.text[:1].isupper()
                    or (t.text.isalpha() and t.text.islower() and t.low not in _EN_PREPS and t.low not in _AUX)):
                return False
            k -= 1
        return False

    @staticmethod
    def _score_after(toks: list[Token], i: int) -> bool:
        """A match score within the six words after an English trigger ("beat Latvia 3-1", "crushed Finland 6 - 2")."""
        win = toks[i + 1:i + 9]
        return any(_EN_SCORE.match(t.text) or (k + 2 < len(win) and t.text.isdigit() and len(t.text) <= 2
                                               and win[k + 1].text in ("-", "–", ":") and win[k + 2].text.isdigit()
                                               and len(win[k + 2].text) <= 2) for k, t in enumerate(win))

    @staticmethod
    def _after_determiner(toks: list[Token], i: int) -> bool:
        """A word used as a noun: a determiner before it, with at most two modifiers between ("a hydrogen bomb",
        "a U.S. atomic bomb", "the bombs")."""
        for j in range(i - 1, max(-1, i - 7), -1):  # ("a U . S . atomic bomb": the tokens of an abbreviation)
            if toks[j].low in _EN_DETERMINERS or toks[j].text.isdigit():
                return True
            if toks[j].text in (",", ";", ":") or toks[j].low in _AUX or toks[j].low in ("to", "and", "or") or (
                    toks[j].text.islower() and toks[j].low.endswith("ed")):
                return False
        return False

    @staticmethod
    def _thing_noun(toks: list[Token], i: int) -> bool:
        """A word used as a noun naming a thing or a happening: a determiner, a possessive or a number before it,
        with only modifiers of a noun between ("the blast", "Monday's deadly blast", "twin car bomb blasts"); not a
        verb after its subject's noun ("the foreign ministry blasts Britain")."""
        for j in range(i - 1, max(-1, i - 5), -1):
            low = toks[j].low
            if low in _EN_DETERMINERS or toks[j].text.isdigit() or low in _EN_COUNT_WORDS or low in ("two", "twin") \
                    or low in ("'s", "’s", "'", "’") or (len(low) > 2 and low.endswith(("'s", "’s"))):
                return True
            if not (toks[j].text.isalpha() and toks[j].text.islower() and (
                    low.endswith(("ly", "ous", "ful", "ic", "ive")) or low in _EN_BLAST_MODIFIERS)):
                return False
        return False

    @staticmethod
    def _violent_antecedent(toks: list[Token], k: int, lex: Lexicon) -> bool:
        """Whether the relative pronoun at k follows a noun phrase headed by an attack or fighting word ("a car
        bomb attack by the group on a police academy in Bogota that ...", "cross-border fighting that ...")."""
        for j in range(k - 1, max(-1, k - 11), -1):
            t = toks[j]
            if t.text in (",", ";", ":") or t.low in _AUX or t.low in ("has", "have", "had"):
                return False
            if t.text.isalpha() and t.text.islower() and any(
                    q.code[:2] in _VIOLENT for q in lex.by_lemma.get((t.lemma or t.low).lower(), ())
                    or lex.by_lemma.get(t.low, ())):
                return True
        return False

    @staticmethod
    def _agentless_passive(toks: list[Token], j: int, i: int) -> bool:
        """"Twenty soldiers were killed in a clash with Chinese troops": a passive with no "by" before the "in a"
        phrase at i names no actor; the clash it happened in (a joint act) is the event."""
        return any(t.low in _AUX for t in toks[max(0, j - 3):j]) and toks[j].low.endswith(("ed", "en")) and not any(
            t.low == "by" for t in toks[j + 1:i])

    @staticmethod
    def _complement(toks: list[Token], i: int, actions: list[Any]) -> list[Any]:
        """The actions an English intent verb governs: the first one within eight words, then only those
        coordinated with it ("agreed to restore relations and reopen embassies"). An action inside an
        adjunct is not planned or promised ("vowed to retaliate over their joint drills", "pledged support
        at the summit after the attack")."""
        out: list[Any] = []
        prev = i
        for j, q, n2 in actions:
            gap = [t.low for t in toks[prev + 1:j]]
            if any(w in _EN_ADJUNCT for w in gap):
                break
            if out and q.pos == "verb" and not any(w in ("and", "or", ",") for w in gap):
                break
            if not out and j - i > 8:
                break
            out.append((j, q, n2))
            prev = j
        return out

    @staticmethod
    def _bare_infinitive(toks: list[Token], i: int, lang: str) -> bool:
        """An infinitive standing for a purpose ("aptarti", "to discuss") after another verb."""
        w = toks[i].low
        # English "to + verb" is left alone: "moved to impose", "sought to expel" name the event itself;
        # so is a Lithuanian infinitive after a modal ("gali uždaryti sieną", "turi išvesti karius")
        if lang != "lt" or i == 0 or not (w.endswith(("ti", "tis")) and w == (toks[i].lemma or "").lower()):
            return False
        if any(t.low in _LT_MODALS or t.low.startswith(_LT_ORDERS) for t in toks[max(0, i - 3):i]):
            return False  # (nor one an order governs: "nurodė uždaryti konsulatą" is the closure ordered)
        # "gali uždaryti sieną ir uždrausti tranzitą": an infinitive coordinated with one after a modal
        # shares the modal
        k = next((j for j in (i - 1, i - 2) if j > 0 and toks[j].low in ("ir", "bei", "ar")), None)
        if k is None:
            return True
        m = next((j for j in range(k - 1, max(-1, k - 9), -1) if toks[j].low in _LT_MODALS), None)
        return m is None or any(t.text in (",", ";", ":") for t in toks[m:i])

    @staticmethod
    def _conditional_end(toks: list[Token], lex: Lexicon) -> int:
        """Token index where a sentence-initial condition ("If Russia invades Ukraine, ...") ends."""
        conds = {"if", "unless", "jei", "jeigu", "jeu"} & (lex.hypothetical | {"if", "unless", "jei", "jeigu"})
        for j, t in enumerate(toks[:3]):
            if t.low in conds:
                for k in range(j + 1, len(toks)):
                    if toks[k].text == ",":
                        return k + 1
                return 0
        return 0

    @staticmethod
    def _lt_fronted_clause_end(toks: list[Token]) -> int:
        """Token index where a sentence-initial Lithuanian temporal or causal clause ends: "Kai Izraelis smogė
        ..., Teheranas pažadėjo atkeršyti", "Po to, kai Rusija atmetė ..., ES ...", "Praėjus dienai po to, kai
        ...", "Dėl to, kad Rusija ..., Rumunija ...". Like a fronted condition, it has its own roles: the main
        clause's subject and objects are not in it (0: no such clause)."""
        k = next((j for j, t in enumerate(toks[:8]) if t.low in _LT_FRONTED), None)
        if k is None or not (k == 0 or (k >= 2 and toks[k - 1].text == "," and toks[k - 2].low in _LT_CORRELATIVE
                                         and not any(t.text == "," for t in toks[:k - 1]))):
            return 0
        return next((j + 1 for j in range(k + 2, len(toks) - 1) if toks[j].text == ","), 0)

    def _clause(self, sent: Sentence, i: int, lang: str) -> tuple[int, int]:
        """Token range of the clause around token i."""
        key = (id(sent), i)
        hit = self._clause_cache.get(key)
        if hit is not None:
            return hit
        r = self._clause_uncached(sent, i, lang)
        self._clause_cache[key] = r
        return r

    def _clause_uncached(self, sent: Sentence, i: int, lang: str) -> tuple[int, int]:
        toks = sent.tokens
        marks = _LT_CLAUSE if lang == "lt" else _EN_CLAUSE

        def opens(j: int) -> bool:  # a comma opening a clause: ", which ...", ", kai ...", ", in which ..."
            return j + 1 < len(toks) and (toks[j + 1].low in marks or (
                # ", kaip Lietuva ir Lenkija galėtų ...": an indirect question; not ", kaip teigiama, ...", nor a
                # comparison aside ", kaip ir praėjusiais metais, ...", which the comma after it closes
                lang == "lt" and toks[j + 1].low == "kaip" and not any(t.text == "," for t in toks[j + 2:j + 5])
                and not (j + 2 < len(toks) and toks[j + 2].low == "ir"
                         and any(t.text == "," for t in toks[j + 3:j + 9]))) or (
                lang == "en" and j + 2 < len(toks) and toks[j + 1].low in _EN_PREPS
                and toks[j + 2].low in ("which", "whom"))) or (
                # ", an attack which the Security Council condemned": a noun summing up the act, and its own clause
                lang == "en" and j + 3 < len(toks) and toks[j + 1].low in ("a", "an", "the")
                and any(t.low in ("which", "whom") for t in toks[j + 3:j + 5])
                and all(t.text.isalpha() and t.text.islower() for t in toks[j + 2:j + 3]))

        lo = 0
        closed = lang == "lt" and i > 1 and toks[i - 1].low in ("ir", "bei") and toks[i - 2].text == ","
        for j in range(i - 1, -1, -1):
            if closed and toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].low == "kad" and j < i - 2:
                # "Zacharova pareiškė, kad sankcijos nepasieks tikslo, ir pagrasino ...": the "kad" clause ended
                # at the comma before "ir"; the second verb belongs to the main clause
                closed = False
                continue
            if toks[j].text in (";", ":") or (toks[j].text == "," and opens(j) and not (
                    lang == "en" and self._en_shared_subject_but(toks, j))):
                lo = j + 1
                break
        hi = len(toks)
        for j in range(i + 1, len(toks)):
            if toks[j].text in (";",) or (toks[j].text == "," and opens(j)):
                hi = j
                break
        return lo, hi

    @staticmethod
    def _en_early_time(toks: list[Token], k: int) -> bool:
        """Whether "early" at k begins a year-scale time, the date of leaving a body: "early next year / month",
        "early this year", "early in 2026", "early in March", "early March". A day or a week ("early on Monday",
        "early this week") or any other phrase ("early in protest") is no date: the leaving is early."""
        nxt = toks[k + 1:k + 3]
        if not nxt:
            return False
        if nxt[0].text in _EN_MONTHS:
            return True
        if len(nxt) < 2:
            return False
        w, v = nxt[0].low, nxt[1]
        if w in ("next", "this", "last"):
            return v.low in _EN_EARLY_TIME or v.text in _EN_MONTHS
        if w == "in":
            return v.text in _EN_MONTHS or v.low in _EN_EARLY_TIME or (v.text.isdigit() and len(v.text) == 4)
        return False

    @staticmethod
    def _en_left_meeting(toks: list[Token], i: int) -> bool:
        """English "left" / "leave" at i whose object is a meeting of a body, not the body: a meeting noun follows
        within a few words ("left the G7 summit", "left the European Council meeting"), or the leaving is early,
        before the clause ends ("left the G7 in Canada a day early"). Leaving it breaks off no relations."""
        for k in range(i + 1, min(len(toks), i + 12)):
            w = toks[k].low
            if toks[k].text in (",", ";", ":", ".") or w in ("and", "but", "while", "after", "because"):
                return False
            if w in _EN_MEETING_NOUNS and k <= i + 6 and not (w == "assembly" and toks[k].text[:1].isupper()
                                                               and toks[k - 1].low != "general"):
                return True  # (a named "Assembly" is a body: "left the Parliamentary Assembly of the Council";
                # the UN "General Assembly" is a session)
            if w == "early" and Events._en_early_time(toks, k):
                continue  # ("will leave the CSTO early next year", "early in 2026": a time, no early leaving)
            if w in ("early", "prematurely"):
                return True
        return False

    @staticmethod
    def _en_precedent(toks: list[Token], t: Any, comma: bool = False) -> bool:
        """The English mention t stands after "following" / "like" / "joining" / "alongside" (past a list of
        others and "the"): one whose act another follows or joins, not the act's target ("following the US and
        Britain"); not the owner of an event ("following Russia's invasion"). With `comma`, only in an aside
        opened by a comma that ends with the name ("announced sanctions, following the United States and
        Britain"), not the adjective of an event ("following the Iranian attack")."""
        start, end = getattr(t, "start", None), getattr(t, "end", None)
        if start is None or end is None:
            return False
        k = next((k for k, w in enumerate(toks) if w.start >= start), None)
        if k is None:
            return False
        after = next((w for w in toks if w.start >= end), None)
        if after is not None and after.low in ("'s", "’s", "'"):
            return False
        if comma and after is not None and after.text.isalpha() and after.text.islower() \
                and after.low not in _EN_PRECEDENT_ENDS:
            return False
        while k > 0 and (toks[k - 1].low in ("the", "and", ",") or toks[k - 1].text[:1].isupper()):
            k -= 1
        return k > 0 and toks[k - 1].low in ("following", "like", "joining", "alongside") and (
            not comma or (k > 1 and toks[k - 2].text == ","))

    @staticmethod
    def _en_funds_for(toks: list[Token], j: int | None) -> bool:
        """The word at j is "funds"/"funding" meant for someone: "for"/"to" follows within a few words, before any
        "of" or "held" ("froze funds for Ukraine", "froze EU funds earmarked for Hungary"; not "froze the funds of
        Russian banks", "froze funds held by Iranian entities")."""
        if j is None or toks[j].low not in ("fund", "funds", "funding"):
            return False
        k, end = j, j + 5
        while k + 1 < min(len(toks), end):
            k += 1
            w = toks[k].low
            if w == "to" and k + 3 < len(toks) and toks[k + 2].low == "tune" and toks[k + 3].low == "of":
                # "froze Iran's funds to the tune of $6 billion": the amount, no recipient (what follows it may be)
                m = k + 4
                while m < len(toks) and (toks[m].text[:1].isdigit() or toks[m].text in ("$", "€", "£") or toks[m].low in (
                        "million", "billion", "trillion", "euros", "euro", "dollars", "pounds", "usd", "eur", "bn", "m")):
                    m += 1
                end += m - k
                k = m - 1
                continue
            if w == "to" and (toks[k - 1].low in _EN_FUNDS_OWNER_TO or not (
                    k + 1 < len(toks) and (toks[k + 1].text[:1].isupper() or toks[k + 1].low in _EN_DETERMINERS))):
                # "funds linked to the Wagner Group", "funds due to US sanctions": whose they are, or why frozen;
                # "funds to increase pressure on Moscow": a purpose infinitive, no recipient
                return False
            if w in ("for", "to"):
                return True
            if w in ("of", "held", "belonging", "owned", "by", "in", "from") or toks[k].text in (",", ";", "."):
                return False
        return False

    @staticmethod
    def _en_next_victim(toks: list[Token], t: Any) -> bool:
        """The English mention t is the subject of "<could/might/may/would/will> be / become next" or "is next"
        ("warned that Poland could be next", "Moldova may be next in line", "could be the next target", "could
        become the next victim"), alone or in a list ("Poland and Lithuania would be next"): named as a future
        victim, not the one a warning is aimed at."""
        end = getattr(t, "end", None)
        if end is None:
            return False
        k = next((k for k, w in enumerate(toks) if w.start >= end), None)
        if k is None:
            return False
        k0 = k
        while k < min(len(toks), k0 + 8) and (toks[k].low in ("and", ",", "the") or toks[k].text[:1].isupper()) \
                and toks[k].low not in ("could", "might", "may", "would", "will"):
            k += 1  # (the other names of a list: "Poland and Lithuania would be next")
        words = [w.low for w in toks[k:k + 5]]
        if words[:1] and words[0] in ("could", "might", "may", "would", "will", "'ll"):
            words = words[1:]
            if words[:1] in (["be"], ["become"]):
                words = words[1:]
            else:
                return False
        elif words[:1] and words[0] in ("is", "was", "'s", "are", "becomes"):
            words = words[1:]
        else:
            return False
        if words[:1] == ["the"]:
            words = words[1:]
        return words[:1] == ["next"]

    @staticmethod
    def _en_shared_subject_but(toks: list[Token], j: int) -> bool:
        """The comma at j opens ", but <verb>" with no subject of its own: "Iran denied the report, but threatened
        Israel", "praised Iraq, but warned Israel". The verb after it shares the earlier clause's subject, so the
        clause it stands in reaches back to that subject (what the first verb governs still ends at the comma)."""
        if j + 2 >= len(toks) or toks[j + 1].low != "but":
            return False
        k = j + 2
        if toks[k].low in ("also", "then", "later", "has", "have", "had", "still") and k + 1 < len(toks):
            k += 1
        w = toks[k]
        return w.text.isalpha() and w.text.islower() and w.low.endswith("ed") and w.low not in ("need", "indeed")

    # ------------------------------------------------------------------------------- coding
    def _code_sentence(self, art: Article, si: int, sent: Sentence, acts: list[Act], lex: Lexicon,
                       adate: date | None, state: dict[str, Any], sent_mentions: list[Any]) -> list[Event]:
        lang = lex.lang
        mask = frozenset(k for a in acts if a.m.kind == "org" and a.m.role == "actor"
                         for k in range(a.tokens[0], a.tokens[1])) if acts else frozenset()
        trig = self._triggers(sent, lex, lang, mask)
        if not trig:
            self._track_subject(sent, acts, lang, state)
            return []
        toks = sent.tokens
        state["_absolute"] = None
        state["_accused_at"] = frozenset()
        if lang == "lt" and len(acts) > 1:
            self._list_cases(acts, toks)
            # ("kaltina Iraną perdavus Rusijai raketų": the participle of an accused act has no dative agent)
            state["_accused_at"] = accused_at = frozenset(
                j for k, q, _ in trig if q.code.startswith("112") for j, q2, _n in trig
                if self._lt_accused_act(toks, k, j, q2) and j - k <= 8)
            absolute = {id(a) for i, p, _ in trig if i not in accused_at and self._absolute(toks, i, p, acts)
                        for a in self._absolute_datives(acts, toks, i)}
            state["_absolute"] = absolute or None
        consumed: set[int] = set()
        nested: dict[int, str] = {}  # an act named inside a condemnation or accusation: its own modality
        sent_lems: list[str] = []  # the tokens' lowercase lemmas, made when first needed
        cond_end = self._conditional_end(toks, lex)
        if lang == "lt" and not cond_end:
            cond_end = self._lt_fronted_clause_end(toks)
        state["_cond_end"] = cond_end
        state["_ref_subject"] = {}
        state["_accused"] = {}
        state["_verbs"] = [j for j, q, _ in trig if q.pos == "verb"]
        state["_trig_pat"] = {j: q for j, q, _ in trig}
        state["_main_verb"] = min((j for j, q, _n in trig if q.pos == "verb"), default=None)
        agentive: set[int] = set()  # speech-act nouns with their own agent ("rejected Seoul's offer")
        state["_agentive"] = agentive
        state["_trig"] = trig
        last_comma = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
        plans: list[tuple[int, Pattern, bool, str, int | None]] = []  # (idx, pattern, neg, code, intent idx)
        for k, (i, p, neg) in enumerate(trig):
            if i in consumed:
                continue  # (the "if ..." part of a conditional is coded too: hypothetical, roles from it alone)
            if lang == "en" and p.pos == "verb" and p.code[:2] in _VIOLENT and self._result_of_event(toks, i, lex):
                continue  # "a car bomb attack ... that killed 20 people": what the attack did, not a new event
            if lang == "en" and p.pos == "verb" and p.code == "150" and self._shot_intruder(toks, trig, i):
                continue  # "jets shot down drones that entered Polish airspace": the relative clause says which
                # drones were downed (background to the shoot-down), not a new act
            if lang == "en" and p.pos == "noun" and i > 1 and toks[i - 1].low == "at" and any(
                    t.low in _AUX or t.low in ("remain", "remains", "remained", "still") for t in toks[max(0, i - 5):i - 1]):
                continue  # "Russia and Ukraine remain at war", "are technically still at war": a state
            if lang == "lt" and p.pos == "noun" and self._lt_prospect_of(toks, i):
                continue  # "taikos susitarimo perspektyvos menkos", "viltys dėl paliaubų": what may happen, no act
            if lang == "en" and p.pos == "noun" and self._prospect_of(toks, i):
                continue  # "hopes for a ceasefire faded", "the prospects for a peace deal": what may happen, no act
            if p.pos == "noun" and p.code[:3] in ("050", "057") and any(
                    (t.lemma or t.low).lower() in _ENDED_TIES for t in toks[max(0, i - 5):i]) and not any(
                    t.low == "without" for t in toks[max(0, i - 3):i]):  # ("ended without an agreement": none made)
                continue  # "suspended its strategic partnership with Georgia", "nutraukė sutartį": ties ended, coded
                # by the verb (16x), not ties made
            if p.pos == "noun" and p.code.startswith("057") and not any(
                    (t.lemma or t.low).lower() in _MADE_AGREEMENT[lang] or (
                        t.low.startswith(_MADE_AGREEMENT_STEMS[lang])
                        and not t.low.startswith(("susitarim", "sutart", "sutarim")))
                    for t in toks):
                continue  # "nutraukė gynybos susitarimą su Prancūzija", "withdrew from the grain deal", "reviewing the
                # agreement": an agreement named, not one concluded (no verb of signing or reaching one)
            if lang == "en" and p.pos == "verb" and (toks[i].lemma or toks[i].low).lower() == "help" and (
                    (i > 0 and toks[i - 1].low in _EN_DETERMINERS) or (i + 1 < len(toks) and (
                        toks[i + 1].low == "to" or (toks[i + 1].text.isalpha() and toks[i + 1].text.islower()
                                                    and toks[i + 1].low not in _EN_DETERMINERS
                                                    and toks[i + 1].low not in ("him", "her", "them", "us", "it"))))):
                continue  # "helped to bring down the drones", "help protect", "with the help of": the act helped
                # with is the event, not aid ("helped Ukraine", "helped the victims" are)
            if lang == "en" and self._agreed_content(toks, i, p):
                continue  # "signed a deal to reopen ports for grain exports", "a pact aimed at ending the fighting":
                # what an agreement provides for is the agreement's content, coded as the agreement (guide §13)
            if lang == "en" and p.pos == "noun" and self._of_modifier(toks, i):
                continue  # "prisoners of war", "the early weeks of the war": a noun naming a thing by the event
            if lang == "lt" and p.pos == "noun" and i > 1 and toks[i - 1].low == "į" and toks[i - 2].low.startswith(
                    ("reaguod", "reagavo", "reaguoja", "atsak")):
                continue  # "reaguodama į žudynes Bučoje": what is reacted to, with no agent named, is no new event
            if lang == "lt" and p.pos == "noun" and i in mask:
                continue  # "Šiaurės Atlanto sutarties organizacija": a word of an organisation's name
            if p.pos == "noun" and not p.code.startswith(("04", "05")) and any(
                    (t.lemma or t.low).lower() in _AGREEMENT_HEADS for t in toks[i + 1:i + 3]):
                continue  # "pasirašė gynybos bendradarbiavimo susitarimą", "a defence cooperation agreement": the
                # topic of an agreement, coded as the agreement
            if lang == "lt" and p.pos == "noun" and self._lt_label(toks, i):
                continue  # "išpuolį pavadino dar vienu smūgiu civiliams": the label given an act, not an act
            if p.pos == "noun" and i > 0 and toks[i - 1].low in _TIME_PREPS and not (
                    lang == "en" and p.code[:2] == "04" and self._en_partner_after(toks, acts, i)) and not (
                    lang == "lt" and self._adjacent([a for a in acts if not a.loc and "GEN" in (a.m.cases or [])],
                                                    toks, i) and toks[i - 1].low == "po") and not (
                    lang == "lt" and toks[i - 1].low == "po" and p.code.startswith("04") and i + 2 < len(toks)
                    and toks[i + 1].low == "su" and any(a.tokens[0] == i + 2 and not a.loc for a in acts)):
                # (nor "po susitikimo / derybų su Putinu": the partner named for the first time, the talks told)
                # (but "po Ukrainos pajėgų įsiveržimo į ...": an act with its own agent, named for the first time)
                continue  # "po susitikimo", "after the talks": a time reference to an event, not a new one
            if lang == "lt" and self._absorbed(toks, trig, k, i, p, lex, mask, sent_lems):
                continue
            if lang == "lt" and p.pos == "noun" and self._lt_mediated_noun(toks, i) and toks[i].low.endswith(
                    ("se", "yje", "uose", "ose", "ui", "ams", "oms")) and not (i > 0 and toks[i - 1].text[:1].isupper()):
                # (but "Kambodžos ir Tailando derybose tarpininkavo ...": talks with their parties named are coded)
                continue  # "Derybose / Susitikimui tarpininkavo Kataras": the talks the mediators served, coded by the verb
            if lang == "lt" and p.pos == "noun" and self._lt_discussed(toks, i):
                continue  # "aptarė paramą Ukrainai bei sankcijas Rusijai": topics of the talk, not acts of their own
            if lang == "lt" and p.pos == "noun" and any(
                    j == i + 1 and q.pos == "verb" and toks[j].low.endswith("ti") and toks[j].low == (toks[j].lemma or "")
                    for j, q, _ in trig[k + 1:k + 2]):
                continue  # "pažeidimams tirti": the noun is the object of the purpose infinitive after it
            if lang == "lt" and p.pos == "noun" and any(
                    0 < j - i <= 3 and q.pos == "verb" and (q.code[:2] in ("10", "11", "12", "13")
                                                            or q.code.startswith(("016", "051")))
                    and all(t.text.isalpha() and t.text.islower() for t in toks[i + 1:j])
                    for j, q, _ in trig[k + 1:k + 2]) and not self._adjacent(
                    [a for a in acts if not a.loc and "GEN" in (a.m.cases or [])], toks, i):
                continue  # "Iranas ir Irakas smūgius pasmerkė": the object judged, named by no agent of its own
            if lang == "lt" and p.pos == "verb" and p.code == "061" and self._lt_present(toks[i]) and not any(
                    t.low in lex.day_words for t in toks):
                continue  # "Lietuvos įmonės eksportuoja baldus į Švediją", "Kataras tiekia dujas Vokietijai": trade
                # told in the present with no day of its own is a standing flow, not an act
            if lang == "lt" and p.pos == "verb" and (p.code[:2] < "13" or (p.code[:2] < "18" and toks[i].low.endswith(
                    ("mas", "ma", "mi", "mos")))) and self._lt_lasting(toks, i):
                continue  # "Lietuva remia Ukrainą nuo 2014 metų", "iki šiol nesutaria", "seniai prieštarauja": a state
                # (a stand or a relation; an ongoing act of force or protest, "jau kelis mėnesius blokuoja", is told)
            if lang == "lt" and p.pos == "verb" and p.code[:2] in ("05", "06", "07") and not self._headline(toks) \
                    and (self._lt_present(toks[i]) or toks[i].low.endswith("įsta")) and not any(
                    t.low in lex.day_words or t.low in ("pasak", "teigimu", "duomenimis", "esą") for t in toks) \
                    and not any(t.low.startswith(_LT_ENDORSED) for t in toks[i + 1:i + 6]) \
                    and not self._lt_own_stand_said(toks, acts, i):
                continue  # "Alžyras remia Polisario frontą", "Iranas finansuoja ...", "Taivaną pripažįsta tik keliolika
                # valstybių": support, cooperation or aid told in the present with no day of its own is a standing relation
                # (one attributed to a source, "Pasak Budanovo, Kinija tiekia Rusijai parako", is a claim reported)
            if lang == "lt" and p.pos == "noun" and any(
                    toks[j].low.startswith(_LT_AGENT_HEADS) and all(w.text.isalpha() and w.text.islower() for w in toks[i:j])
                    for j in range(i + 1, min(len(toks), i + 3))):
                continue  # "Ukrainos karinės paramos teikėja", "ginklų tiekėja": a party described by what it does
            if lang == "lt" and p.pos == "verb" and self._lt_relative_background(toks, i):
                continue  # "Azerbaidžanas ir Armėnija, kurie ilgai kariavo, pasirašė ...": a relative clause telling
                # what the parties long did (or once did) describes them, it is no act of this report
            if lang == "lt" and p.pos == "verb" and self._lt_habitual(toks, i, p):
                continue  # "Lietuva eksportuoja daugiausia į Latviją", "turistai mėgsta lankytis": a habit, no act
            if lang == "lt" and p.pos == "noun" and self._lt_anniversary(toks, acts, i):
                continue  # "Rusijos invazijos į Ukrainą metinės", "karo pradžios sukaktis": a past act commemorated
            if lang == "lt" and p.pos == "noun" and self._lt_trend_subject(toks, i):
                continue  # "Japonijos investicijos Lietuvoje auga", "prekybos apimtis smuko": a statistic, no act
            if lang == "lt" and p.pos == "noun" and not p.with_ and self._noun_modifier(toks, i, p, acts):
                continue  # "prekybos centrus", "derybų raundo", "tyrimo misija": a genitive naming a thing
            if lang == "lt" and self._lt_idle_participle(toks, trig, k, i, p, plans):
                continue  # "Atsakydama į sankcijas, ...", "..., piktindamiesi ...", "apšaudė ..., nužudydami ..."
            if lang == "lt" and p.pos == "noun" and self._lt_reaction_object(toks, acts, i):
                agentive.add(i)  # "atsakydama į Pekino grasinimus": Beijing's threat, aimed at who responds
            if lang == "lt" and any(j <= i and toks[j].low.endswith("tų") and q.pos == "verb" and self._lt_demanded(toks, j)
                                    and not any(t.text in (",", ";", ":") for t in toks[j:i]) for j, q, _n in trig):
                continue  # "pareikalavo, kad Maskva išvestų savo karius", "kad Vengrija atsisakytų veto": the act
                # demanded (coded as the demand), and what it governs
            if lang == "lt" and toks[i].low.startswith(_LT_DEMANDING) and any(
                    q.code[:2] == "14" and 0 < i - j <= 12 for j, q, _ in trig[:k]):
                continue  # "paskelbė streiką, reikalaudamas, kad ...": the protest's aim, not a demand of its own
            if lang == "en" and i + 1 < len(toks) and toks[i + 1].low in _EN_MODIFIED_HEADS \
                    and not toks[i].low.endswith(("ed", "ing")) and not (p.pos == "verb" and (
                        toks[i].low != (toks[i].lemma or toks[i].low).lower()
                        or (i > 0 and toks[i - 1].low in _EN_BEFORE_VERB))):
                continue  # "Russia's attack helicopters", "a trade deficit with China": a modifier naming a thing
            if lang == "en" and toks[i].low in _EN_TRADE_MODIFIERS and i + 1 < len(toks) \
                    and toks[i + 1].low in _EN_TRADE_HEADS:
                continue  # "US-China trade talks", "the grain export deal": the talks' or deal's subject, no trade
            if lang == "en" and p.pos == "noun" and toks[i].low in _EN_MODIFIED_HEADS and i > 0 \
                    and toks[i - 1].low in ("attack", "strike", "combat", "assault", "kamikaze"):
                continue  # "new attack drones made in Turkey": the weapon, not a drone attack
            if lang == "en" and any(t.low in _EN_FICTION or (t.low == "game" and toks[k - 1].low == "war") or (
                    t.low in _EN_DEPICT and any(w.low in _EN_WORKS for w in toks[max(0, k - 3):k]))
                                    for k, t in enumerate(toks[:i])):
                continue  # "the novel imagines a Russian invasion", "in the war game, Russian forces invaded"
            if lang == "en" and p.pos == "noun" and p.code[:2] in ("03", "05", "06") and self._en_held(toks, i):
                continue  # "are bound by a free trade agreement", "have a mutual defence pact": a bond held, no act
            if lang == "en" and self._en_titled(toks, i):
                continue  # 'the documentary "Putin's War on Georgia"': words of a title, no act
            if lang == "en" and p.pos == "verb" and self._en_standing(toks, acts, i, p, lex):
                continue  # "Lithuania and Poland cooperate closely on energy", "Qatar hosts a US base", "Most EU
                # countries still do not recognise Palestine", "their border remains closed": a standing relation
            if lang == "en" and p.pos == "verb" and self._en_habitual(toks, i):
                continue  # "NATO regularly holds drills", "Pyongyang routinely condemns such drills": a habit, no act
            if lang == "en" and p.pos == "verb" and self._lasting(toks, i):
                continue  # "Poland has long supported Ukraine's bid", "have cooperated on defence for decades"
            if lang == "en" and p.pos == "verb" and self._aim_infinitive(toks, i):
                continue  # "backed Moldova's bid to join the EU": the aim a noun names, no act of its own
            if lang == "en" and (p.pos == "noun" or (i > 0 and (toks[i - 1].low in (
                    "the", "a", "an", "its", "their") or toks[i - 1].low.endswith(("'s", "’s"))))) \
                    and self._topic(toks, i):
                continue  # "Russia's invasion of Ukraine was discussed at the seminar": a topic of talk
            if lang == "en" and p.pos == "noun" and i + 2 < len(toks) and toks[i + 1].low == "of" \
                    and _EN_YEAR_WORD.match(toks[i + 2].text):
                continue  # "the Japan-South Korea summit of 1998", "the peace treaty of 1920": a past event by its date
            if lang == "en" and self._work_topic(toks, i):
                continue  # "a new book on Russia's invasion of Ukraine", "a documentary about the summit": a topic
            if lang == "en" and p.pos == "noun" and self._en_near_miss(toks, i):
                continue  # "the neighbours came close to war in 1996": a war that did not happen
            if lang == "en" and p.code[:2] in _SCORED and self._score_after(toks, i):
                continue  # "Canada crushed Finland 6-2": a match result, not an act between the countries
            if lang == "en" and p.pos == "verb" and toks[i].low in _EN_WEAPON_NOUNS and self._after_determiner(toks, i):
                continue  # "tested a hydrogen bomb", "a U.S. atomic bomb killed ...": the weapon, not the verb "bomb"
            if lang == "en" and i + 1 < len(toks) and toks[i + 1].low.replace("’", "'").startswith("d'affaire"):
                continue  # "summoned Russia's chargé d'affaires": a diplomat's title, not a charge
            if lang == "en" and p.pos == "verb" and toks[i].low in _EN_THING_HOMOGRAPHS and (
                    self._thing_noun(toks, i)):
                continue  # "the deadly blast", "Monday's blast near the embassy": an explosion, not criticism
            if lang == "en" and p.pos == "verb" and i > 1 and toks[i - 1].low in ("a", "an") and toks[i - 2].text == "," \
                    and any(a.tokens[0] in (i + 1, i + 2) and not a.loc for a in acts):
                continue  # "..., a charge Kigali has denied": a noun summing up the act before, with a relative clause
            if lang == "en" and i > 0 and toks[i - 1].low == "the" and not p.with_:
                ref = next((e for e in reversed(state.get("_events", ())) if e.cameo[:2] == p.code[:2]
                            and not e.historical), None)
                speech = i > 1 and ((toks[i - 2].lemma or toks[i - 2].low).lower() in lex.speech_verbs)
                if ref is not None or speech:
                    # "Kabul said the strikes killed 46 people": the strikes told before, not new ones; the verb
                    # they are the subject of has their actor (none known: no event; never the speaker)
                    for j in range(i + 1, min(len(toks), i + 4)):
                        if j + 1 < len(toks) and toks[j + 1].low == "by" and j > i + 1 and toks[j - 1].text == ",":
                            continue  # "The truce, brokered by Qatar, ...": a participle with an agent of its own
                        if j + 1 < len(toks) and toks[j + 1].low == "by" and toks[j - 1].low in _EN_BE_PASSIVE:
                            continue  # "The attack was condemned by Egypt": a passive's subject is not its agent
                        state["_ref_subject"][j] = ref
                    continue
            if lang == "en" and p.pos == "verb" and i not in state["_ref_subject"] and lex.judgement_verbs \
                    and toks[i].low.startswith(lex.judgement_verbs) and self._en_act_subject(toks, acts, i):
                continue  # "Egypt said the move violated the truce": the verb's subject is an act, not the speaker
            if lang == "en" and p.pos == "noun" and p.code[:2] == "04" and plans and i > 1 and toks[i - 2].low == "at" \
                    and toks[i - 1].low in ("a", "an", "the") and not (
                    i + 1 < len(toks) and toks[i + 1].low in ("with", "between", "of")):
                continue  # "blocked an aid package at a summit in Brussels": the act's setting, no meeting of its parties
            if lang == "en" and plans and self._manner(toks, i) and not (
                    p.symmetric and self._agentless_passive(toks, plans[-1][0], i)):
                continue  # "killed ... in a drone strike": how the event already planned was done
            if lang == "en" and p.pos == "verb" and p.code[:2] in _VIOLENT and i > 1:
                k = i - 1 if toks[i - 1].low in ("that", "which") else (
                    i - 2 if toks[i - 1].low in ("has", "have", "had") and toks[i - 2].low in ("that", "which") else -1)
                if k > 0 and self._violent_antecedent(toks, k, lex):
                    continue  # "a car bomb attack ... that killed 20 people": the attack's result, not a new act
            if lang == "en" and p.code[:2] in _VIOLENT and self._en_answered(toks, i) and not any(
                    not a.loc and (a.tokens[1] in (i, i - 1) or (
                        a.tokens[0] > i and any(toks[b].low == "by" for b in range(i + 1, a.tokens[0]))
                        and not any(toks[b].text in (",", ";") for b in range(i + 1, a.tokens[0]))))
                    for a in acts):
                continue  # "vowed to avenge the attack, firing rockets at Israel": the act avenged, done to the
                # subject by someone unnamed, is not the subject's act ("the killing ... by Israel" is Israel's)
            if lang == "en" and p.pos == "verb" and p.code[:2] in _VIOLENT and i > 0 and toks[i - 1].text == "," \
                    and toks[i].low.endswith("ing") and any(q.code[:2] in _FORCEFUL and not self._en_answered(toks, _j)
                                                            for _j, q, *_r in plans):
                continue  # "shelled the city, killing two civilians": the result of the attack, not a second event
            if lang == "en" and i > 0 and toks[i - 1].low == "to" and not self._caused(toks, i) and any(
                    q.code[:2] == p.code[:2] for _j, q, *_r in plans):
                continue  # "began a hunger strike to protest against ...": the purpose restates the act
            if lang == "en" and i > 1 and toks[i - 1].low in ("its", "their", "his", "her") \
                    and toks[i - 2].low == "for" and p.code[:2] in ("03", "05", "06", "08") and any(
                    q.code[:2] == "05" and q.pos == "verb" and j < i - 2 for j, q, *_r in plans):
                continue  # "praised Poland for its support of the Baltic states", "thanked Berlin for its cooperation":
                # the merit praised or thanked for is the praise's reason, no act of its own told; not so aid (07)
                # given to a party it names ("thanked Denmark for its delivery of F-16 jets to Ukraine": the
                # delivery is told too, guide §12)
            if (p.code[:2] in ("02", "10", "11", "12", "13") or (lang == "lt" and (
                    p.code[:2] == "09" or (p.code[:3] in ("012", "013") and p.pos == "verb")))) \
                    and p.code != "128" and not (
                    p.intent or p.lemma in lex.intent_verbs):
                # what is urged, demanded, rejected or threatened is the content, not a separate event; so is
                # what a Lithuanian investigation is about ("tyrimą dėl ... sabotažo")
                lo, hi = self._clause(sent, i, lang)
                if lang == "lt" and 0 < lo < i and toks[lo].low in _LT_RELATIVE and toks[lo - 1].text == ",":
                    # "..., kurią Vašingtonas kaltina karo nusikaltimais, atmetė ...": the relative clause's
                    # content ends at its closing comma; the verb after it is the main clause's
                    hi = next((c for c in range(i + 1, hi) if toks[c].text == ","), hi)
                for j, _q, _n in trig[k + 1:]:
                    if j >= min(hi, i + 12):
                        break
                    if lang == "lt" and p.code.startswith("112") and not neg and toks[j - 1].low in ("ir", "bei") \
                            and self._lt_accused_act(toks, i, j, _q):
                        # "apkaltino Azerbaidžaną apšaudžius kaimą ir nužudžius civilius": a second accused act
                        nested[j] = "reported"
                        state["_accused"][j] = i
                        continue
                    if _q.pos == "verb" and (toks[j - 1].low in ("ir", "bei", "and", "then") or (
                            j > 1 and toks[j - 1].low in ("has", "have") and toks[j - 2].low == "and")):
                        break  # "apkaltino ... ir suėmė", "has accused ... and has vowed": a second action of the
                        # same subject, not content
                    if lang == "lt" and _q.pos == "verb" and self._lt_participle_phrase(toks, i) \
                            and any(t.text == "," for t in toks[i + 1:j]) and not self._lt_nonfinite(toks[j]):
                        break  # "Pasmerkęs Rusijos ataką, Lenkijos prezidentas paskelbė ...": the participle's
                        # phrase ends at its comma; the finite verb after it is the main clause's act
                    if lang == "lt" and p.pos == "noun" and _q.pos == "verb" and j > i:
                        break  # "Maskva kaltinimus neigia": the verb after a noun is the clause's own act
                    if lang == "lt" and _q.pos == "noun" and p.code[:2] in ("02", "10") and int(_q.code[:2]) >= 14 \
                            and any(t.low.startswith(_LT_STOP_VERBS) for t in toks[i + 1:j]) and self._adjacent(
                            [a for a in acts if not a.loc and "GEN" in (a.m.cases or [])], toks, j):
                        continue  # "pareikalavo nutraukti Rusijos smūgius": the act to be stopped goes on
                    if lang == "lt" and ((p.code[:2] == "11" and _q.pos == "noun" and int(_q.code[:2]) >= 14)
                                         or toks[j].low.endswith(("dama", "damas", "dami", "damos"))):
                        # "pasmerkė Rusijos raketų smūgį": the condemned act is an event of its own (reported
                        # when it is an accusation); "..., kaltindama Izraelį": an adverbial participle acts
                        if p.code.startswith("112"):
                            nested[j] = "reported"
                            if _q.pos == "noun" and not neg and _q.code[:2] in ("18", "19", "20") and not self._adjacent(
                                    [a for a in acts if not a.loc and "GEN" in (a.m.cases or [])], toks, j):
                                state["_accused"][j] = i  # "apkaltino Izraelį išpuoliu": by the accused
                        continue
                    if lang == "lt" and _q.pos == "noun" and _q.code[:2] in ("02", "03", "04", "05") and self._adjacent(
                            [a for a in acts if not a.loc and "GEN" in (a.m.cases or [])
                             and self._prep_before(toks, a, "lt", 0) is None], toks, j):
                        agentive.add(j)  # "atmetė Kyjivo raginimą": Kyiv's appeal is an act of its own, by Kyiv
                        continue
                    if lang == "en" and _q.pos == "verb" and (cut := self._en_own_clause(toks, acts, i)) is not None \
                            and cut < j:
                        break  # "demanded accountability, and Britain summoned ...": another subject's act
                    if lang == "en" and _q.pos == "verb" and toks[j - 1].text == "," and toks[j].low.endswith("ing"):
                        continue  # "criticised Belarus, urging Minsk to ...": an adverbial participle acts itself
                    if lang == "en" and _q.pos == "verb" and toks[j - 1].low == "by" and toks[j].low.endswith("ing"):
                        continue  # "protested by recalling its ambassador": the means is an act of its own
                    if lang == "en" and p.code.startswith("112") and _q.pos == "verb" and toks[j].low.endswith("ing") \
                            and int(_q.code[:2]) >= 14 and any(t.low in ("of", "for") for t in toks[max(i, j - 3):j]):
                        # "accused Russian troops of killing civilians": the act the accused are said to have done
                        nested[j] = "reported"
                        state["_accused"][j] = i
                        continue
                    if lang == "en" and toks[j].low != toks[i].low and self._fronted_object(toks, acts, j):
                        break  # "accused X of Y, a charge Kigali denied": the relative clause's own act
                    if lang == "en" and self._subordinate_act(toks, acts, i, j):
                        break  # "summoned the Russian envoy after Moscow detained a journalist": what led to it
                    if lang == "en" and self._own_agent(toks, acts, j):
                        agentive.add(j)  # "rejected Seoul's offer of talks": Seoul's offer is an event of its own
                        continue
                    if lang == "en" and p.code[:2] == "11" and not neg and _q.code[:2] not in _SPEECH_ROOTS \
                            and not any(t.low in ("not", "never", "n't") for t in toks[max(0, i - 3):i]) \
                            and self._nominal_agent(toks, acts, j, verb_form=_q.pos == "verb"):
                        # "condemned Russia's invasion of Ukraine", "denounced U.S. arms sales to Taiwan": the act
                        # judged has an agent of its own and is an event too (reported when it is an accusation);
                        # not so what is blocked or rejected ("blocked an EU aid package": no aid), nor what is
                        # not condemned
                        if p.code.startswith("112"):
                            nested[j] = "reported"
                        continue
                    if lang == "lt" and p.code.startswith("112") and not neg and self._lt_accused_act(toks, i, j, _q):
                        nested[j] = "reported"  # "apkaltino Azerbaidžaną apšaudžius kaimą": the accused's act
                        state["_accused"][j] = i
                        continue
                    if _q.pos == "verb" and p.code[:2] == "11" and not neg and self._decision_owner(toks, acts, j, lang):
                        continue  # "condemned Estonia's decision to expel ...": the owner's act, an event of its own
                    consumed.add(j)
            if p.intent or p.lemma in lex.intent_verbs or p.frame:
                lo, hi = self._clause(sent, i, lang)
                actions = [(j, q, n2) for j, q, n2 in trig[k + 1:] if j < min(hi, i + 30) and not q.intent
                           and j not in consumed and not q.code.startswith("01")
                           and not q.compound
                           and not (lang == "en" and self._reduced_passive(toks, j))
                           and not (lang == "lt" and q.pos == "noun" and j > 1 and toks[j - 1].low == "į"
                                    and toks[j - 2].low.startswith(("reaguod", "reagavo", "reaguoja", "atsak")))
                           and not (lang == "lt" and q.pos == "verb" and self._absolute(toks, j, q, acts)
                                    and self._absolute_datives(acts, toks, j))]
                # ("susitarė dėl paliaubų, tarpininkaujant Katarui": the mediator's own act, asserted)
                if lang == "lt":
                    # "susitarė nutraukti ugnį, pranešė derybose tarpininkavęs ...": the attribution after a comma
                    # and what it tells of its speaker are outside the intent
                    cut = next((c for c in range(i + 1, hi - 1) if toks[c].text == ","
                                and self._lt_says(toks[c + 1]) and c + 1 in state["_trig_pat"]), None)
                    if cut is not None:
                        actions = [x for x in actions if x[0] < cut]
                    # "pažadėjo ryžtingą atsaką, jei Japonija dislokuos raketas": the condition's act is another
                    # party's, not what is intended or threatened
                    cond = next((c for c in range(i + 1, hi - 1) if toks[c].text == ","
                                 and toks[c + 1].low in ("jei", "jeigu")), None)
                    if cond is not None:
                        actions = [x for x in actions if x[0] < cond]
                # ("pažadėjo atsakyti į muitus": what is responded to is no act intended)
                # ("agreed ... at EU-mediated talks", "a deal brokered by China": another agent's act)
                if lang == "en":
                    actions = self._complement(toks, i, actions)
                    # "threatened to block the bid, accusing Sweden of ...", "... and accused Sweden": a participle
                    # after a comma or a past verb after "and" is a predicate of the subject's own, told as the
                    # main verb is, not part of what is threatened or intended
                    # (what that predicate's own phrase names goes with it: "vowed revenge, firing rockets at Israel")
                    own = [x[0] for x in actions if
                           x[1].pos == "verb" and x[0] > i + 2 and (
                               (toks[x[0] - 1].text == "," and toks[x[0]].low.endswith("ing"))
                               or (toks[x[0] - 1].low == "and" and toks[x[0]].low.endswith("ed")))]
                    # ("agreed a trade deal, ending three years of negotiations", "agreed to a truce, halting clashes":
                    # nor is what that participle governs, which the agreement ends: no act of its own either)
                    ing = next((k for k in range(i + 3, len(toks) - 1) if toks[k].text == ","
                                and toks[k + 1].text.islower() and toks[k + 1].low.endswith("ing")
                                and any(x[0] < k and x[0] not in own for x in actions)), None)
                    if ing is not None:
                        consumed.update(x[0] for x in actions if x[0] > ing and x[0] not in own)
                    actions = [x for x in actions if (not own or x[0] < own[0]) and (ing is None or x[0] < ing)]
                    # "vowed to hold Tehran to account for its attack on Israel", "pledged to make Moscow pay for the
                    # strike": the act one is to answer for is told, not intended
                    actions = [x for x in actions if not (
                        any(toks[f].low == "for" for f in range(max(i + 1, x[0] - 3), x[0])) and any(
                            toks[w].low.startswith(_EN_ANSWER_FOR) for w in range(i + 1, x[0])))]
                    if p.code.startswith("13") and p.with_:
                        # "vowed to retaliate for the killing", "vowed that the attack would not go unanswered":
                        # the act answered, told before, is no act threatened
                        actions = [x for x in actions if not (toks[x[0] - 1].low in _EN_ANAPHOR_DETS
                                                              and toks[x[0] - 2].low in ("for", "that"))
                                   and not self._en_answered(toks, x[0])]
                if p.frame and lang == "en" and p.code == "016" and (nc := self._en_next_clause(toks, i)) is not None:
                    # "denied that it planned an attack, but threatened Israel with retaliation": the act of the
                    # clause coordinated after the denial is the denier's own, told, not denied
                    actions = [x for x in actions if toks[x[0]].start < nc]
                if p.frame:
                    # what is denied or considered is an act, not a speech act ("denied the accusation",
                    # "neigė kaltinimus ir pagrasino ...": the accusation's or threat's own pattern codes it);
                    # one act, the first: its target is the frame's
                    actions = [x for x in actions if x[1].code[:2] not in _SPEECH_ROOTS or (
                        # ("denied that Moscow was blackmailing Sofia": a threat told in the clause denied is the act)
                        lang == "en" and p.code == "016" and x[1].pos == "verb" and x[1].code[:2] == "13"
                        and any(toks[k].low == "that" for k in range(i + 1, min(i + 5, x[0])))
                        and not any(toks[k].text in (",", ";") for k in range(i + 1, x[0])))][:1]
                    if lang == "lt" and i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].low == "ar":
                        # "Analitikai svarsto, ar Rusija galėtų užpulti Lietuvą": whether another, the subject of
                        # the "ar" clause, would act is no option the one who wonders weighs ("svarsto, ar uždaryti
                        # sieną" is); no event of wondering either
                        kept = [x for x in actions if not any(i + 2 < a.tokens[0] < x[0] and not a.loc for a in acts)]
                        if len(kept) < len(actions):
                            consumed.add(i)
                            continue
                    if lang == "en" and i > 0 and toks[i - 1].low in _EN_BE and toks[i].low.endswith("ed"):
                        actions = []  # "would be considered a declaration of war": regarded as, no option weighed
                if actions:
                    threat = p.code.startswith("13")
                    for j, q, n2 in actions:
                        consumed.add(j)
                        code = intent_of(q.code)
                        if p.frame:
                            plans.append((j, q, neg, p.code, i))
                            if p.frame_keeps_act:
                                # "svarsto sankcijas Iranui", "mulls aid to Manila": the act considered is coded
                                # too, hypothetical (as a condition's act is, guide §7)
                                plans.append((j, q, neg or n2, self._mass(toks, j, q, lex), None))
                            continue
                        if threat and not code.startswith("13"):
                            code = p.code  # "threatened to talk" is still a threat
                        elif not threat and int(q.code[:2]) >= 16 and (lang == "lt" or toks[j - 1].low == "to"):
                            code = q.code  # "nusprendė uždaryti sieną", "plans to expel": a planned coercive act keeps its code
                            # (in English the infinitive itself: not "agreed to a truce, halting clashes")
                        elif lang == "en" and not threat and (int(q.code[:2]) >= 16 or q.code[:2] == "07"
                                                              or (q.code == "057" and q.pos == "noun")) \
                                and p.lemma == "agree" and j > i + 1 \
                                and all(t.text.isalpha() and t.text.islower() and t.low not in ("to", "on", "with")
                                        for t in toks[i + 1:j]):
                            # "The EU agreed new tariffs on Russian grain", "agreed a new package of sanctions", "agreed
                            # new aid for Ukraine": the measure agreed is adopted, coded as the act, asserted (guide §13);
                            # "agreed a free trade deal": the accord is reached (057)
                            plans.append((j, q, neg or n2, q.code, None))
                            continue
                        elif not threat and int(q.code[:2]) >= 9:
                            code = p.code  # "agreed to cut waiting times" is an agreement, not a threat
                        plans.append((j, q, neg or n2, code, None if threat else i))
                    consumed.add(i)
                    continue
            if lang == "lt" and p.code.startswith("01") and p.code != "016" and p.pos == "verb" and any(
                    toks[j].low.endswith(_LT_NOM_PARTICIPLE) and toks[j].text.islower()
                    for j in range(i + 1, min(len(toks), i + 3))):
                continue  # "paskelbė pasitraukiantys", "pranešė sulaikiusi": the act announced, not a statement
                # (but "neigia remianti sukilėlius" is a denial: the act denied, no act)
            if p.code.startswith("01") and last_comma >= 0 and i > last_comma and any(
                    j < last_comma for j, _q, _n in trig) and (lang == "lt" or p.lemma in lex.speech_verbs) and not (
                    lang == "lt" and last_comma + 1 < i and any(
                        a.tokens[0] == last_comma + 1 + (toks[last_comma + 1].low in _LT_BUT) and a.tokens[1] <= i
                        and not a.loc and "NOM" in (a.m.cases or []) for a in acts)):
                # (not a clause opening with a subject of its own: ", o Egiptas išreiškė solidarumą su ...", "...,
                # Egiptas išreiškė ..."; a "kad" clause stays what the speaker before it said)
                # ", pranešė ministerija" / ", X said": the attribution of what came before; in English only a
                # speech verb is one (", rejecting accusations by the Taliban" is an act of its own)
                continue
            if self._bare_infinitive(toks, i, lang) and not p.intent and any(
                    j < i and i - j <= 6 and q.pos == "verb" for j, q, _ in trig) and not (self._decision_owner(
                        toks, acts, i, lang) and all(q.code[:2] not in ("12", "16", "17") and not n_ for j, q, n_ in trig
                                                     if j < i and i - j <= 6 and q.pos == "verb")):
                # ("pasmerkė Estijos sprendimą išsiųsti ...": the owner's decided act; not when vetoed or blocked)
                continue  # "susitiks ... aptarti", "met to discuss": a purpose, not an event of its own
            plans.append((i, p, neg, self._mass(toks, i, p, lex), None))
        out: list[Event] = []
        seen: set[tuple[Any, ...]] = set()
        if not plans:
            self._track_subject(sent, acts, lang, state)
            return out
        low_text = sent.text.lower()
        xm = _LT_EXPERT.search(low_text) if lang == "lt" else None
        if xm is not None:
            # "Ekspertų teigimu, Rusija gali ...", "Kai kurie analitikai mano, kad ...": an outside expert's view
            # or guess is nobody's act; what the sentence told before the expert came in stays ("Rusija apšaudė
            # Kyjivą, o analitikai mano, kad ...")
            plans = [x for x in plans if toks[x[0]].start < sent.start + xm.start()]
            if not plans:
                self._track_subject(sent, acts, lang, state)
                return out
        hist, hist_date = self._history(sent, lex, adate, low_text)
        background = not hist and lang == "lt" and self._lt_background(art, si, adate)
        # ("Primename, kad ...", "pernai", "Dar 2023 m. spalį", "Tada Maskva pagrasino ...": history, but not for
        # what is intended or hypothetical: "pasirašys dar gegužę" is a plan)
        day = self._event_date(sent, lex, adate, low_text)
        trig_pos = {j: q.pos for j, q, _ in trig}
        attrib = self._attribution(toks, acts, lex, last_comma)
        state["_attrib_start"] = self._attribution_start(toks, lex, last_comma) if lang == "en" else None
        loc = self._location(self._lt_topic_places(toks, sent_mentions) if lang == "lt" else sent_mentions)
        state["_sent_events"] = out
        state["_si"] = si
        self._note_claims(toks, acts, lex, si, state)
        words = state.setdefault("_ev_word", {})
        if lang == "en" and len(plans) > 1:
            # "Hezbollah vowed revenge, firing rockets at Israel", "threatened to retaliate and accused Kyiv of ...": a
            # vowed response with no target of its own is aimed at the other party of the subject's hostile act
            # told after it (an attack, an accusation), so it is coded after that act
            vows = [x for x in plans if x[3].startswith("13") and any(w.startswith(_EN_RESPONSE) for w in x[1].with_)
                    and any(y[0] > x[0] and "10" <= y[3][:2] <= "20" and not y[3].startswith("13") for y in plans)]
            plans = [x for x in plans if x not in vows] + vows
        for i, p, neg, code, intent_idx in plans:
            head = intent_idx if intent_idx is not None else i
            if self._in_quote(sent, toks[i].start):
                conf_q = 0.6
            else:
                conf_q = 1.0
            state["_code_override"] = None
            pairs, how = self._roles(sent, acts, toks, i, head, p, lang, state)
            if p.inverse:
                # "Ukraine received air defence systems from Germany and the Netherlands": each giver acts on the
                # subject (co-recipients do not give to each other); a participle ("Ukrainos gautus naikintuvus")
                # describes its noun; "Ukraine receives more aid from the US than ..." is a standing state
                pairs = [] if how == "joint" or (lang == "lt" and toks[i].low.endswith(_LT_PASSIVE_PARTICIPLE)) or (
                    lang == "en" and toks[i].low == p.lemma + "s") else [(t_, s_, c_) for s_, t_, c_ in pairs]
            if p.target_org:
                pairs = [(s_, t_, c_) for s_, t_, c_ in pairs if getattr(t_, "kind", None) == "org"]
                if lang == "en" and p.id == "en-left-org":
                    # "left ECOWAS", "left the International Criminal Court": the organisation right after the verb
                    # and nothing of it named after ("left NATO headquarters", "left the room before the EU vote")
                    near = toks[i + 2].end if i + 2 < len(toks) and toks[i + 1].low == "the" else (
                        toks[i + 1].end if i + 1 < len(toks) else -1)
                    pairs = [(s_, t_, c_) for s_, t_, c_ in pairs if getattr(t_, "start", None) is not None
                             and t_.start <= near and not re.match(r"\s*(headquarters|summit|meeting|building|offices?|"
                                                                   r"session|talks|chamber|hall|room)\b",
                                                                   sent.text[t_.end - sent.start:])]
            if not pairs and p.with_ and p.pos == "verb" and intent_idx is None and any(
                    a.tokens[0] == i + 1 and not a.loc and not a.adj and (lang == "en" or (
                        "ACC" in (a.m.cases or []) and self._lt_with_after(toks, a.tokens[1], p))) for a in acts):
                # ("Talibai sulaikė britą humanitarinės pagalbos darbuotoją": the aid names the detained worker)
                # "The African Union suspended Sudan over the military takeover": an actor right after the verb is
                # its object; a completing word further on that finds no party in its pattern's slots ("military"
                # of suspended military aid) belongs to another phrase, and the plain verb is the act
                base = next((q for q in lex.by_lemma.get(p.lemma, ()) if not q.with_ and q.pos == "verb"
                             and not q.intent), None)
                if base is not None:
                    pairs, how = self._roles(sent, acts, toks, i, head, base, lang, state)
                    if base.target_org:
                        pairs = [(s_, t_, c_) for s_, t_, c_ in pairs if getattr(t_, "kind", None) == "org"]
                    if pairs:
                        p, code = base, self._mass(toks, i, base, lex)
            if not pairs and code == "016" and intent_idx is not None and lang == "lt":
                # "Ruanda neigia remianti sukilėlius": the act denied names no party; the denial is the denier's
                # answer, found as the denying verb's own roles
                fp = state["_trig_pat"].get(intent_idx)
                if fp is not None and fp.frame:
                    pairs, how = self._roles(sent, acts, toks, intent_idx, intent_idx, fp, lang, state)
            if not pairs and lang == "en" and intent_idx is not None:
                # "Japan agreed with Seoul to hold joint drills": an act agreed on that names no party of its own
                # is between the agreeing side and its partner (a cooperative act: "agreed with Tokyo to restrict
                # exports" restricts them on nobody named)
                fp = state["_trig_pat"].get(intent_idx)
                if fp is not None and fp.symmetric and not fp.frame and p.code[:2] <= "08":
                    pairs, how = self._roles(sent, acts, toks, intent_idx, intent_idx, fp, lang, state)
            if not pairs:
                continue
            if lang == "en" and code.startswith("045") and not p.compound:
                own_c = {getattr(s_, "country", None) for s_, _t, _c in pairs} - {None}
                if any(getattr(t_, "country", None) in own_c for _s, t_, _c in pairs) or (
                        p.pos == "verb" and "with" in p.target and "between" not in {
                            w.low for w in toks[i + 1:min(len(toks), i + 8)]}):
                    # "Moscow hosted talks between Putin and Xi": a host that is one of the parties is no go-between;
                    # it meets the others; "India hosted talks with Russia": the host meets the one it talks with
                    rest = [(s_, t_, c_) for s_, t_, c_ in pairs if getattr(t_, "country", None) not in own_c]
                    pairs, code = rest + [(t_, s_, c_) for s_, t_, c_ in rest], "040"
            if state.get("_code_override"):
                code = state["_code_override"]
            if code == "154" and p.id in _DEPLOY_IDS and self._deployed_into(toks, acts, pairs, lang):
                code = "074"  # "Germany's brigade deployment to Lithuania", "dislokavimas Lietuvoje": forces sent
                # into another country (with its consent) are protection; to a border ("near", "prie") a show of force
            if lang == "lt" and code[:2] in ("17", "18", "19") and all(
                    getattr(s_, "sector", None) == "CVL" and getattr(s_, "number", None) == "Plur"
                    for s_, _t, _c in pairs):
                code = "145"  # "protestuotojai šturmavo ambasadą": a crowd's violence is a violent protest
            framed = intent_idx is not None and state["_trig_pat"].get(intent_idx) is not None \
                and state["_trig_pat"][intent_idx].frame
            open_at = self._not_ruled_out(sent, toks, i, lex, low_text)
            modality = "hypothetical" if open_at == "before" and not nested.get(i) else None
            modality = modality or nested.get(i) or self._modality(sent, toks, head, i, lex, neg,
                                      (intent_idx is not None and not framed)
                                      or (p.intent and not p.code.startswith("13")), lang,
                                      verb=(trig_pos.get(head, p.pos) == "verb"), low_text=low_text)
            if intent_idx is None and not p.intent and code[:2] not in _COERCIVE_KEPT and not (
                    lang == "en" and code[:2] in _VERBAL_KEPT) and (modality == "intended" or (
                    modality == "negated" and lang == "lt" and trig_pos.get(head, p.pos) == "verb"
                    and self._lt_future(toks[head], lex, negated=True)) or (
                    modality == "negated" and lang == "en" and trig_pos.get(head, p.pos) == "verb"
                    and any(t.low in ("will", "would", "wo", "won't", "shall") for t in toks[max(0, head - 3):head]))):
                # "will meet", "surengs pratybas": an intention, coded as such; "nesiųs ginklų" (will not
                # send) is the intention, negated. An announced coercive act ("Suomija uždarys sieną", "will
                # impose sanctions", "will expel") keeps its own code, intended (guide §2): a threat (13x) is what
                # the words make one ("threatened to", a condition)
                code = intent_of(code)
            if how == "coref" and code[:2] == "04" and modality == "asserted":
                # "... jį priėmė Nausėda. Vadovai aptarė ...", "met ... The two leaders discussed ...": a pair that
                # already met in both directions discussing is that meeting told again, not a new one
                met = {(e.source_country, e.target_country) for e in (*state.get("_events", ()), *out)
                       if e.cameo[:2] == "04" and not e.historical}
                pairs = [(s_, t_, c_) for s_, t_, c_ in pairs if not (
                    (getattr(s_, "country", None), getattr(t_, "country", None)) in met
                    and (getattr(t_, "country", None), getattr(s_, "country", None)) in met)]
            t_hist = hist or bool(background and modality not in ("intended", "hypothetical"))
            t_date = hist_date if hist or not isinstance(background, str) else background
            if lang == "en" and not hist and p.pos == "noun" and adate is not None:
                y = next((int(w.text) for w in toks[max(0, i - 2):i] if _EN_YEAR_WORD.match(w.text)), None)
                if y is not None and y < adate.year - 1:
                    t_hist, t_date = True, str(y)  # "Russia's 2008 war with Georgia": a past event the noun names
            for s, t, conf in pairs:
                src_c = s.country if s else None
                tgt_c = t.country if t else None
                if lang == "en" and any(x is not None and not x.country and x.kind != "org"
                                        and not (x.entity or "").startswith("org:") for x in (s, t)):
                    continue  # "the government", "the paramilitary": a bare sector with no country is no participant
                if any(x is not None and x.end is not None and sent.start <= x.end <= sent.end and (
                        (lang == "en" and _EN_SPORT_SIDE.match(sent.text[x.end - sent.start:x.end - sent.start + 40]))
                        or _SPORT_TEAM.search((getattr(x, "text", "") or "")
                                              + sent.text[x.end - sent.start:x.end - sent.start + 14])) for x in (s, t)):
                    # "Italy's rugby team fought hard against Ireland", "Lithuania's national team will meet
                    # Greece", "Lietuvos rinktinė susitiks su Graikijos rinktine": a side in a match, not the state
                    continue
                if lang == "en" and s is not None and s.start is not None and sent.start <= s.start < s.end <= sent.end \
                        and _EN_DEMONYM_PLURAL.match(sent.text[s.start - sent.start:s.end - sent.start]) \
                        and _EN_SHARE_OF.search(sent.text[:s.start - sent.start]):
                    continue  # "according to a poll, most Finns support NATO membership": an opinion share
                if lang == "en" and code[:2] in _SCORED and t is not None and t.end is not None \
                        and sent.start <= t.end <= sent.end and _EN_MARKET_AFTER.match(
                            sent.text[t.end - sent.start:t.end - sent.start + 40]):
                    continue  # "Chinese cars invade Europe's markets": trade in a figure of speech
                if src_c and tgt_c and src_c == tgt_c and (s.actor == t.actor or not (
                        _sector(s) in _DOMESTIC or _sector(t) in _DOMESTIC or _own_code(s) or _own_code(t)
                        or _people(s) or _people(t))):
                    continue  # a state acting on itself ("its facilities") is not an interaction
                if lang == "en" and src_c and src_c == tgt_c and code[:2] in ("17", "18") and _sector(s) == "COP" \
                        and (getattr(t, "text", "") or "").lower() in _EN_ANYONE:
                    continue  # "Italian police arrested 14 people in Naples": policing of no party, no interaction
                if lang == "en" and src_c and src_c == tgt_c and code[:2] in ("01", "02", "03", "04", "05", "07") \
                        and _sector(t) == "CVL" and _sector(s) != "CVL":
                    continue  # "Finland's president called on citizens to keep supplies": a state to its own public
                if not src_c and not tgt_c and s is not None and t is not None and s.actor and t.actor \
                        and country_of(s.actor) == country_of(t.actor):
                    continue  # a body of an organisation on the organisation itself ("JT koordinatorius ... JT")
                if lang == "en" and i > 1 and toks[i].low.endswith("ing") and toks[i - 1].low in _EN_HOSTING_PLACES \
                        and s is not None and s.end is not None and sent.start <= s.end <= toks[i - 1].start:
                    continue  # "fired missiles at Iraqi bases hosting US troops": what the place does, not the subject
                if lang == "en" and p.id == "en-welcome" and code == p.code and getattr(t, "kind", None) in (
                        "person", "role") and t.end is not None and sent.start <= t.end <= sent.end \
                        and not (t.actor or "")[3:].startswith(("REF", "CVL", "MIG")) and not sent.text[t.end - sent.start:t.end - sent.start + 2].startswith(("'s", "’s", "'")):
                    code = "043"  # "Attal welcomed the Ukrainian foreign minister": a guest received, a visit hosted
                    # (not "welcomed Biden's decision", which endorses it)
                if p.id in lex.arrival_patterns and code == p.code:
                    code = self._arrival_code(toks, i, s, lex) or code
                if lang == "en" and not p.compound:
                    anyk = next((k for k in range(max(0, i - 3), i) if toks[k].low == "any"
                                 and all(w.text.isalpha() and w.low not in ("and", "or", "but") for w in toks[k + 1:i])
                                 and not toks[i].low.endswith("ed")), None)
                    if anyk is not None and not (intent_idx is not None and state["_trig_pat"].get(intent_idx)
                                                 is not None and state["_trig_pat"][intent_idx].frame):
                        # (a frame's act keeps its roles: "denied any involvement in the plot")
                        # "said any attack on Niger would be treated as ...", "to deter any Russian attack on NATO":
                        # an act that may come, by whoever may do it: never the speaker's, never asserted
                        if s is not None and s.start is not None and s.start < toks[anyk].start:
                            continue
                        modality = "hypothetical"
                key = (s.actor if s else None, t.actor if t else None, code, modality)
                if key in seen:
                    continue
                seen.add(key)
                if modality == "asserted" and attrib and not attrib & {src_c, tgt_c, s.actor if s else None}:
                    modality = "reported"  # "..., South Korea's intelligence agency said"
                is_hist = t_hist or any(x is not None and self._ended(x, adate) for x in (s, t))
                if day is not None and not is_hist and modality == "intended" and self._future_verb(toks, i, lang):
                    ahead = self._event_date(sent, lex, adate, low_text, ahead=True)
                    ev_date = (ahead or day).isoformat()  # "will meet on Friday": the coming Friday
                else:
                    ev_date = t_date if is_hist else (day.isoformat() if day else art.date)
                out.append(Event(
                    article=art.id, sentence_index=si, sentence=sent.text,
                    source_actor=s.actor if s else None, source_country=src_c,
                    target_actor=t.actor if t else None, target_country=tgt_c, cameo=code,
                    modality=modality, historical=is_hist, date=ev_date,
                    location=loc[0] if loc else None, location_country=loc[1] if loc else None,
                    rule=p.id + (f"+intent:{toks[intent_idx].low}" if intent_idx is not None else "")
                    + (f"+{how}" if how else ""),
                    spans={"source": [s.start, s.end] if s and s.start is not None else None,
                           "target": [t.start, t.end] if t and t.start is not None else None,
                           "trigger": [toks[i].start, toks[i].end]},
                    confidence=conf * conf_q,
                    source_entity=s.entity if s else None, target_entity=t.entity if t else None,
                    lang=lang,
                ))
                # what "the deportations", "pasmerkė ataką" may refer back to
                words[(si, toks[i].start)] = toks[i].low
        self._joint_subject(out, state)
        if any(t.low in _RESPECTIVELY for t in toks):
            out = self._respectively(out)
        if lang == "lt" and out:
            out.extend(self._joined(sent, acts, toks, out))
            out.extend(self._lt_gapped(acts, toks, out, state.get("_verbs", ())))
        if lang == "en" and out:
            out.extend(self._en_gapped(acts, toks, out, state.get("_verbs", ())))
            out.extend(self._mediated_talks(toks, out, state.get("_events", [])))
        self._track_subject(sent, acts, lang, state)
        return _most_specific(out)

    @staticmethod
    def _respectively(out: list[Event]) -> list[Event]:
        """"Britain and Canada summoned the Chinese and Iranian ambassadors, respectively", "įšaldė atitinkamai
        Rusijos ir Baltarusijos oligarchų turtą": n agents and n targets of one trigger pair off in order, the
        first with the first, not each with each."""
        groups: dict[tuple[Any, ...], list[Event]] = {}
        for e in out:
            groups.setdefault((e.rule, tuple(e.spans["trigger"] or ())), []).append(e)
        drop: set[int] = set()
        for evs in groups.values():
            if any(not e.spans.get("source") or not e.spans.get("target") for e in evs):
                continue
            dirs = {(e.source_actor, e.target_actor) for e in evs}
            if any((b, a) in dirs for a, b in dirs):
                continue  # a joint act, coded both ways
            # (in text order: one phrase may name two targets, "the Chinese and Iranian ambassadors")
            srcs = sorted({(e.spans["source"][0], e.source_actor) for e in evs}, key=lambda x: x[0])
            tgts = list(dict.fromkeys((e.spans["target"][0], e.target_actor) for e in evs))
            tgts.sort(key=lambda x: x[0])
            if len(srcs) < 2 or len(srcs) != len(tgts) or len(evs) <= len(srcs):
                continue
            for e in evs:
                if srcs.index((e.spans["source"][0], e.source_actor)) != tgts.index(
                        (e.spans["target"][0], e.target_actor)):
                    drop.add(id(e))
        return [e for e in out if id(e) not in drop] if drop else out

    def _joined(self, sent: Sentence, acts: list[Act], toks: list[Token], out: list[Event]) -> list[Event]:
        """'X ir Y surengė pratybas, kuriose dalyvavo ir JAV daliniai': who takes part in a joint act named just
        before a relative clause in the locative joins it with each of its parties."""
        new: list[Event] = []
        for k in range(1, len(toks) - 1):
            if toks[k].low not in ("kuriose", "kuriame", "kurioje", "kuriuose") or toks[k - 1].text != ",":
                continue
            _, hi = self._clause(sent, k + 1, "lt")
            if not any((t.lemma or "").lower() == "dalyvauti" for t in toks[k + 1:hi]):
                continue
            comers = [a for a in acts if k < a.tokens[0] < hi and not a.loc and "NOM" in (a.m.cases or [])]
            joint = [e for e in out if e.spans["trigger"][1] <= toks[k].start and e.cameo[:2] in ("04", "06")
                     and e.source_actor and e.target_actor]
            if not comers or not joint:
                continue
            e = joint[-1]
            parties = dict.fromkeys([(e.source_actor, e.source_country, e.source_entity),
                                     (e.target_actor, e.target_country, e.target_entity)])  # (in order: same every run)
            for a in comers:
                mine = (a.m.actor, a.m.country, a.m.entity)
                for other in parties:
                    if other[1] == a.m.country:
                        continue
                    span = [a.m.start, a.m.end]
                    for (s_, sc, se), (t_, tc, te), sp in ((mine, other, {"source": span, "target": None}),
                                                           (other, mine, {"source": None, "target": span})):
                        new.append(replace(e, source_actor=s_, source_country=sc, source_entity=se, target_actor=t_,
                                           target_country=tc, target_entity=te, rule=e.rule + "+joined",
                                           confidence=e.confidence * 0.9,
                                           spans={**sp, "trigger": e.spans["trigger"]}))
        return new

    @staticmethod
    def _mediated_talks(toks: list[Token], out: list[Event], earlier: list[Event]) -> list[Event]:
        """"Serbia and Kosovo failed to agree at EU-mediated talks", "after talks mediated by Qatar and Turkey": the
        parties whose talks a go-between mediates negotiate with each other (046 both ways), unless the sentence
        already codes a meeting or talks between them; two guests of one host ("Qatar hosted the presidents of
        Rwanda and Congo") meet each other (040), unless the article codes an accord between them."""
        talks = any(t.low in _EN_TALK_WORDS for t in toks)
        new: list[Event] = []
        by_trigger: dict[Any, list[Event]] = {}
        for e in out:
            if ((e.cameo == "045" and talks) or e.cameo == "043") and e.target_actor and e.spans.get("trigger"):
                by_trigger.setdefault((e.source_actor, tuple(e.spans["trigger"])), []).append(e)
        done: set[tuple[Any, Any]] = set()
        for evs in by_trigger.values():
            parties = list({(e.target_country or e.target_actor): e for e in evs}.values())
            if len(parties) != 2:
                continue
            a, b = parties
            ka, kb = a.target_country or a.target_actor, b.target_country or b.target_actor
            if a.cameo == "043" and any((e.target_actor or "")[3:].startswith(("REF", "CVL", "MIG")) for e in (a, b)):
                continue  # ("Turkey hosts millions of Syrian refugees and thousands of Afghans": a lasting state)
            if (ka, kb) in done or any(e.cameo[:2] == "04" and e.cameo not in ("045", "043") and {
                    e.source_country or e.source_actor, e.target_country or e.target_actor} == {ka, kb} for e in out):
                continue
            if a.cameo == "043" and any(e.cameo[:2] in ("03", "05") and {
                    e.source_country or e.source_actor, e.target_country or e.target_actor} == {ka, kb}
                                        for e in [*earlier, *out]):
                continue  # ("hosted X and Y, who signed an accord": the gold codes the accord, not a meeting)
            done.add((ka, kb))
            done.add((kb, ka))
            for x, y in ((a, b), (b, a)):
                new.append(replace(x, source_actor=x.target_actor, source_country=x.target_country,
                                   source_entity=x.target_entity, target_actor=y.target_actor,
                                   target_country=y.target_country, target_entity=y.target_entity,
                                   cameo="046" if x.cameo == "045" else "040",
                                   rule=x.rule + "+mediated-parties", confidence=x.confidence * 0.9,
                                   spans={"source": x.spans.get("target"), "target": y.spans.get("target"),
                                          "trigger": x.spans["trigger"]}))
        return new

    def _en_gapped(self, acts: list[Act], toks: list[Token], out: list[Event], verbs: Any) -> list[Event]:
        """English gapping: "Azerbaijan sent 400 rescuers, Israel a field hospital and Ukraine 87 rescuers", "France
        will send 200 troops to Estonia and Britain another 900": after a comma or "and", a new subject followed by
        an object phrase with no verb of its own stands for the verb before: its act again, by the new subject, on
        the target named in the gap ("to X") or on the same target."""
        new: list[Event] = []
        for a in acts:
            k = a.tokens[0]
            if a.loc or k < 3 or toks[k - 1].low not in (",", "and") or not self._en_gap_object(toks, a.tokens[1]):
                continue
            if self._prep_before(toks, a, "en", k - 1) is not None:
                continue
            end = next((j for j in range(a.tokens[1], len(toks)) if toks[j].text in (",", ";", ":", ".")
                        or toks[j].low in ("and", "but", "while")), len(toks))
            if any(a.tokens[1] <= j < end for j in verbs):
                continue
            prev = [e for e in out if e.spans["trigger"] and e.spans["trigger"][1] <= toks[k - 1].start
                    and "+gapped" not in e.rule and e.spans.get("source") and e.source_country != a.m.country]
            if not prev:
                continue
            last = max(e.spans["trigger"][0] for e in prev)
            prev = [e for e in prev if e.spans["trigger"][0] == last]
            tgt = next((b for b in acts if a.tokens[1] <= b.tokens[0] < end and not b.loc and b.m.country != a.m.country
                        and self._prep_before(toks, b, "en", a.tokens[1]) in (None, "to", "for", "on", "against")), None)
            seen: set[Any] = set()
            for e in prev:
                ta, tc, te = (tgt.m.actor, tgt.m.country, tgt.m.entity) if tgt is not None else (
                    e.target_actor, e.target_country, e.target_entity)
                if (ta, e.cameo) in seen or (tc or ta) == (a.m.country or a.m.actor):
                    continue
                seen.add((ta, e.cameo))
                new.append(replace(e, source_actor=a.m.actor, source_country=a.m.country, source_entity=a.m.entity,
                                   target_actor=ta, target_country=tc, target_entity=te, rule=e.rule + "+gapped",
                                   confidence=e.confidence * 0.9,
                                   spans={"source": [a.m.start, a.m.end], "target": None,
                                          "trigger": e.spans["trigger"]}))
        return new

    @staticmethod
    def _en_gap_object(toks: list[Token], j: int) -> bool:
        """An object phrase with no verb opens at j: "a field hospital", "87 rescuers", "another 900", "one"."""
        if j + 1 >= len(toks):
            return False
        w, nxt = toks[j].low, toks[j + 1]
        for t in toks[j + 1:j + 5]:
            if t.text in (",", ";", ":", ".") or t.low == "and":
                break
            if t.low in _EN_TIME_NOUNS or t.low in _EN_GAP_ADVERBIAL:
                return False  # ("a fourth time this year", "a few days later", "one after another", "a great deal")
        if w in ("a", "an", "another", "one", "two", "three", "four", "five", "six", "ten", "dozens", "hundreds") \
                or (toks[j].text.replace(",", "").isdigit() and not _EN_YEAR_WORD.match(w)):
            return (nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _EN_TIME_NOUNS) or nxt.text in (
                ".", ",") or nxt.text.replace(",", "").isdigit() or (
                nxt.text[:1].isupper() and j + 2 < len(toks) and toks[j + 2].text.isalpha()
                and toks[j + 2].text.islower() and toks[j + 2].low not in _EN_TIME_NOUNS)  # "three Russian ones"
        return False

    def _lt_gapped(self, acts: list[Act], toks: list[Token], out: list[Event], verbs: Any) -> list[Event]:
        """Gapping: "Lietuva išsiuntė du Rusijos diplomatus, Latvija – vieną", "JAV įvedė sankcijų Iranui, ES –
        Baltarusijai", "Indija surengė pratybas su Japonija, o Pakistanas – su Kinija". After a comma (and "o"), a
        new subject and a dash stand for the verb of the clause before: its act again, by the new subject, on
        the actors after the dash (or on those beside the new subject, or on the same target); a new object
        alone before the dash ("apkaltino Latviją ..., o Estiją – ...") is the same subject's act on it."""
        new: list[Event] = []
        for k in range(2, len(toks) - 1):
            if toks[k].text not in ("–", "—", "-") or toks[k - 1].text == ",":
                continue
            c = next((j for j in range(k - 1, max(-1, k - 9), -1) if toks[j].text == ","), None)
            if c is None or any(c < j <= k + 8 for j in verbs):
                continue  # (a clause with a verb of its own is no gap)
            start = c + 2 if c + 1 < k and toks[c + 1].low in ("o", "bet", "tačiau", "ir") else c + 1
            rem = [a for a in acts if start <= a.tokens[0] and a.tokens[1] <= k and not a.loc]
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in (",", ";", ":", ".")), len(toks))
            after = [a for a in acts if k < a.tokens[0] < end and not a.loc]
            if not rem and after and 0 < k - start <= 2 and all(t.text.isalpha() and t.text.islower()
                                                                 for t in toks[start:k]):
                # "susitiko su Kinijos, o vėliau – su Rusijos lyderiu": only an adverb before the dash, the same
                # subject's act again on the ones after it
                end2 = next((j for j in range(k + 1, len(toks)) if toks[j].text in (";", ":", ".")), len(toks))
                chain = self._chain([a for a in acts if k < a.tokens[0] < end2 and not a.loc], toks, _LT_LIST, k,
                                    before=False)
                if chain and not all(t.low in ("ir", "su", "bei", "dar", "taip", "pat", "ne")
                                     for t in toks[k + 1:chain[0].tokens[0]]):
                    chain = []  # ("..., o vėliau – tai patvirtino ...": a clause of its own)
                if chain:
                    tail = next((x for x in range(k + 1, len(toks)) if toks[x].start >= chain[-1].m.end), len(toks))
                    places = [a for a in acts if a.loc and a.tokens[0] >= tail]
                    for x in range(tail, len(toks)):
                        if toks[x].text in (",", ";", ":", ".", "!", "?"):
                            break
                        if not any(toks[x].start >= a.m.start and toks[x].end <= a.m.end for a in places):
                            chain = []  # ("..., o vėliau – Baltarusija atsakė tuo pačiu": the new subject's own verb)
                            break
                rem_new = [a.m for a in chain]
                # ("..., o netrukus – ir Kanada, Brazilija bei Kolumbija": new subjects of the same act on the same
                # object)
                as_subj = bool(chain) and "NOM" in (chain[0].m.cases or []) \
                    and self._prep_before(toks, chain[0], "lt", k) is None
                before = [e for e in out if e.spans["trigger"][1] <= toks[c].start and "+gapped" not in e.rule]
                if before and rem_new:
                    last = max(e.spans["trigger"][0] for e in before)
                    prev = [e for e in before if e.spans["trigger"][0] == last]
                    first_src = {e.source_actor for e in prev} - {e.target_actor for e in prev} or {prev[0].source_actor}
                    for e in prev:
                        forward = e.source_actor in first_src
                        for m in rem_new:
                            if (m.country or m.actor) in ((e.source_country or e.source_actor),
                                                          (e.target_country or e.target_actor)):
                                continue
                            if forward != as_subj:
                                new.append(replace(e, target_actor=m.actor, target_country=m.country,
                                                   target_entity=m.entity, rule=e.rule + "+gapped",
                                                   confidence=e.confidence * 0.9, spans={
                                                       "source": None, "target": None, "trigger": e.spans["trigger"]}))
                            else:
                                new.append(replace(e, source_actor=m.actor, source_country=m.country,
                                                   source_entity=m.entity, rule=e.rule + "+gapped",
                                                   confidence=e.confidence * 0.9, spans={
                                                       "source": None, "target": None, "trigger": e.spans["trigger"]}))
                continue
            if not rem or any(not (t.text.isalpha() and t.text.islower()) and t.text not in _QUOTE_MARKS
                              for t in toks[rem[-1].tokens[1]:k]) \
                    or k - rem[-1].tokens[1] > 2 or rem[0].tokens[0] - start > 1:
                continue
            before = [e for e in out if e.spans["trigger"][1] <= toks[c].start and "+gapped" not in e.rule]
            if not before:
                continue
            last = max(e.spans["trigger"][0] for e in before)
            prev = [e for e in before if e.spans["trigger"][0] == last]
            subj = [a for a in rem if "NOM" in ([a.lcase] if a.lcase else a.m.cases or [])
                    and self._prep_before(toks, a, "lt", start) is None]
            first_src = {e.source_actor for e in prev} - {e.target_actor for e in prev} or {prev[0].source_actor}
            for e in prev:
                forward = e.source_actor in first_src
                if subj:
                    srcs = [a.m for a in subj]
                    objs = [a.m for a in self._chain(after, toks, _LT_LIST, k, before=False)] or [
                        a.m for a in rem if a not in subj]
                    pairs = [(s_, t_) for s_ in srcs for t_ in (objs or [None])]
                elif after:
                    # "Sankcijas Venesuelai įvedė JAV, o Nikaragvai – Europos Sąjunga": a new object before the
                    # dash, its new subject after it
                    nom = [a for a in after if "NOM" in ([a.lcase] if a.lcase else a.m.cases or [])
                           and self._prep_before(toks, a, "lt", k) is None]
                    if not nom or nom[0].tokens[0] > k + 2:
                        continue
                    pairs = [(a.m, t.m) for a in self._chain(nom, toks, _LT_LIST, k, before=False) for t in rem]
                else:
                    pairs = [(None, a.m) for a in rem]  # a new object, the same subject
                for s_, t_ in pairs:
                    if s_ is None:
                        sm, tm = (None, t_) if forward else (t_, None)
                    else:
                        sm, tm = (s_, t_) if forward else (t_, s_)
                    keep_s = (e.source_actor, e.source_country, e.source_entity)
                    keep_t = (e.target_actor, e.target_country, e.target_entity)
                    sa, sc, se = (sm.actor, sm.country, sm.entity) if sm is not None else keep_s
                    ta, tc, te = (tm.actor, tm.country, tm.entity) if tm is not None else keep_t
                    if (sc or sa) == (tc or ta):
                        continue
                    new.append(replace(e, source_actor=sa, source_country=sc, source_entity=se, target_actor=ta,
                                       target_country=tc, target_entity=te, rule=e.rule + "+gapped",
                                       confidence=e.confidence * 0.9, spans={"source": None, "target": None,
                                                                             "trigger": e.spans["trigger"]}))
        return new

    @staticmethod
    def _subject_act_agents(before: int, state: dict[str, Any], src: list[Any]) -> list[Any]:
        """The agents of the acts coded in this sentence from triggers before char offset `before` (the subject of a
        passive judgement), other than the judging side; both parties of a joint act."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src}
        out: dict[str, Any] = {}
        for e in state.get("_sent_events", ()):
            trig = e.spans.get("trigger")
            if not trig or trig[0] >= before or not e.source_actor or e.modality != "asserted":
                continue
            c = e.source_country or e.source_actor
            if c in src_c or c in out:
                continue
            v = _Virtual(c)
            v.actor = e.source_actor
            if e.source_country is None:
                v.country, v.kind, v.entity = None, "org", f"org:{e.source_actor.lower()}"
            out[c] = v
        return list(out.values())

    @staticmethod
    def _fighting_sides(state: dict[str, Any], src_c: set[Any]) -> list[Any]:
        """The two sides of the last violent act told in this sentence or the one before (a one-way attack's
        attacker and target, or two who fought each other), when the speaker is neither; or in the two before
        that, when the sentences between tell no violence ("US jets struck Houthi targets. A Houthi spokesman said
        they would pay a heavy price. ... Oman called on all sides to exercise restraint")."""
        si = state.get("_si", 0)
        prev = [e for e in state.get("_events", ()) if e.sentence_index == si - 1 and not e.historical]
        earlier = [e for e in state.get("_events", ()) if si - 3 <= e.sentence_index < si - 1 and not e.historical]
        for evs in (state.get("_sent_events", ()), prev, earlier):
            last = next((e for e in reversed(evs) if e.cameo[:2] in _VIOLENT and e.source_actor and e.target_actor
                         and (e.source_country or e.source_actor) != (e.target_country or e.target_actor)), None)
            if last is None:
                continue
            sides = []
            for c, a in ((last.source_country, last.source_actor), (last.target_country, last.target_actor)):
                if (c or a) in src_c:
                    return []
                v = _Virtual(c or a)
                v.actor = a
                if c is None:
                    v.country, v.kind, v.entity = None, "org", f"org:{a.lower()}"
                sides.append(v)
            return sides
        return []

    @staticmethod
    def _shot_intruder(toks: list[Token], trig: list[tuple[int, Pattern, bool]], i: int) -> bool:
        """The English verb at i opens a restrictive relative clause ("that entered", "which had crossed") on the
        object of an attack coded earlier in the sentence ("shot down drones that ...")."""
        k = i - 1
        while k > 0 and toks[k].low in ("had", "has", "have", "briefly", "twice", "also"):
            k -= 1
        if k < 1 or toks[k].low not in ("that", "which") or toks[k - 1].text == ",":
            return False
        return any(j < k and q.pos == "verb" and q.code[:2] in _VIOLENT and not _clause_break(toks, j, k)
                   for j, q, _n in trig)

    @staticmethod
    def _result_of_event(toks: list[Token], i: int, lex: Lexicon) -> bool:
        """An English "that / which killed ..." whose antecedent is a violent event noun ("the fighting that
        has killed thousands", "a chlorine attack that killed 43 people"): the result of that event."""
        j = i - 1
        while j >= 0 and toks[j].low in ("has", "have", "had", "reportedly", "also", "allegedly"):
            j -= 1
        if j < 1 or toks[j].low not in ("that", "which"):
            return False
        k = j - 1
        if k >= 2 and not toks[k].text.islower():
            # "a bombing in N'Djamena that killed ...": past the place the event happened in
            m = k
            while m > 0 and not toks[m].text.islower() and j - m <= 4:
                m -= 1
            if toks[m].low in ("in", "at", "near", "on", "outside"):
                k = m - 1
        ante = toks[k]
        pats = lex.by_lemma.get((ante.lemma or ante.low).lower(), ())
        return any(q.pos == "noun" and q.code[:2] in _FORCEFUL for q in pats) or ante.low in _EN_VIOLENT_NOUNS

    @staticmethod
    def _lt_prospect_of(toks: list[Token], i: int) -> bool:
        """A Lithuanian event noun governed by a noun of possibility: its genitive phrase before it ("Taikos
        susitarimo tarp Rusijos ir Ukrainos perspektyvos menkos", "derybų galimybė") or "viltys dėl paliaubų"."""
        if i >= 2 and toks[i - 1].low == "dėl" and (toks[i - 2].lemma or toks[i - 2].low).lower() in _LT_PROSPECTS:
            return True
        for k in range(i + 1, min(len(toks), i + 8)):
            t = toks[k]
            if t.text in (",", ";", ":", "–", "-") or not t.text.isalpha():
                return False
            if (t.lemma or t.low).lower() in _LT_PROSPECTS:
                return True
            if t.text.islower() and t.low not in ("tarp", "ir", "bei", "su", "dėl") and not t.low.endswith(
                    ("o", "ų", "os", "ės", "io", "ių", "aus", "ies", "us")):
                return False  # a word that is no genitive (or a verb): the phrase has ended
        return False

    @staticmethod
    def _prospect_of(toks: list[Token], i: int) -> bool:
        """An English event noun after "hopes / prospects / chances / possibility / likelihood for|of" (maybe
        with a determiner and one modifier between): a possibility spoken of, not an act."""
        j = i - 1
        if j >= 0 and toks[j].text.isalpha() and toks[j].text.islower() and toks[j].low not in ("for", "of") \
                and j - 1 >= 0 and toks[j - 1].low in ("a", "an", "the"):
            j -= 1  # "a lasting ceasefire"
        if j >= 0 and toks[j].low in ("a", "an", "the", "any", "new", "renewed", "further"):
            j -= 1
        return j >= 1 and toks[j].low in ("for", "of") and toks[j - 1].low in _EN_PROSPECTS

    @staticmethod
    def _agreed_content(toks: list[Token], i: int, p: Pattern) -> bool:
        """An English act named in the purpose of an agreement noun: "a deal / an agreement / a pact ... to <verb>"
        or "... aimed at <-ing>", the act within the next few words ("signed a deal in Istanbul to reopen Black
        Sea ports for grain exports"). Not an agreement or a talk itself (the 0x codes of agreeing)."""
        if p.code[:2] in ("03", "04", "05"):
            return False
        for k in range(i - 1, max(0, i - 8), -1):
            w = toks[k].low
            if toks[k].text in (";", ":") or w in ("which", "that", "who", "but", "while"):
                return False
            if w in ("to", "at") and k >= 1:
                j = k - 1
                if w == "at":
                    if toks[j].low != "aimed":
                        continue
                    j -= 1
                while j >= 0 and (toks[j].text[:1].isupper() or toks[j].low in ("in", "on", "friday", "monday", "tuesday",
                                                                                   "wednesday", "thursday", "saturday",
                                                                                   "sunday", ",")):
                    j -= 1  # ("a deal in Istanbul on Friday to ...")
                if j >= 0 and (toks[j].lemma or toks[j].low).lower() in _EN_AGREEMENT_NOUNS:
                    return True
        return False

    @staticmethod
    def _of_modifier(toks: list[Token], i: int) -> bool:
        """An English noun trigger in an "of" phrase after a plain noun ("prisoners of war", "weeks of the
        war", "victims of the attack", "the anniversary of the invasion") modifies that noun and names no
        event of its own; an act of a kind ("an act of aggression", "a wave of strikes") does. The noun's
        nationality or compound modifiers are skipped: "the anniversary of the Soviet invasion", "the causes of
        the Iran-Iraq war", "the legacy of the U.S. invasion"."""
        j = i - 1
        k = j
        while k > 1 and j - k < 6 and (toks[k].text[:1].isupper() or toks[k].text in (".", "-", "–")):
            k -= 1
        if k < j and toks[k].low in ("the", "a", "an") and toks[k - 1].low == "of":
            j = k
        if j >= 2 and toks[j].text.isalpha() and toks[j].text.islower() and toks[j - 1].low in ("a", "an"):
            j -= 1  # "talk of a peace deal": one plain modifier after "a"
        det = j >= 0 and toks[j].low in ("the", "this", "that", "its", "their", "a", "an")
        if det:
            j -= 1
        if j < 1 or toks[j].low != "of":
            return False
        head = toks[j - 1]
        if not (head.text.isalpha() and (head.text.islower() or j - 1 == 0)) or head.low in _EN_OF_KINDS:
            return False
        # "two days of talks", "months of negotiations": a stretch of time filled by the event is the event
        return det or head.low not in _EN_DURATIONS

    @staticmethod
    def _mass(toks: list[Token], i: int, p: Pattern, lex: Lexicon) -> str:
        """The pattern's code, or its mass-violence form when the victims are counted in hundreds or more
        ("killed thousands of civilians", "shot some 22,000 officers", "deported tens of thousands": 202, 201)."""
        code = lex.mass_codes.get(p.lemma)
        if code is None or p.with_ or p.code[:2] not in ("17", "18", "19"):
            return p.code
        for j in range(i + 1, min(len(toks), i + 6)):
            if toks[j].low in lex.mass_fillers:
                continue
            if toks[j].low in lex.mass_words:
                return code
            num = toks[j].text.replace(",", "")
            while j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].text.isdigit() \
                    and len(toks[j + 2].text) == 3 and toks[j + 2].start == toks[j + 1].end:
                num, j = num + toks[j + 2].text, j + 2  # "1,200" as three tokens
            return code if num.isdigit() and int(num) >= 100 and not _EN_YEAR_WORD.match(num) else p.code
        return p.code

    def _absorbed(self, toks: list[Token], trig: list[tuple[int, Pattern, bool]], k: int, i: int, p: Pattern,
                  lex: Lexicon, mask: frozenset[int], lems: list[str]) -> bool:
        """A Lithuanian trigger that is part of an earlier trigger's event, not one of its own:
        - a noun in the "dėl/už/apie ..." complement of an earlier verb ("pasirašė susitarimą dėl
          bendradarbiavimo", "atsiprašė už smurtą");
        - a noun that completes an earlier verb's multi-word pattern ("skirs ... paramos");
        - a multi-word trigger completed by the same word as an earlier one ("panaikinama ... taikytų
          sankcijų")."""
        if p.pos == "noun":
            if p.code == "045" and self._lt_thanked_for(toks, i) is not None:
                return False  # "padėkojo Katarui už tarpininkavimą": the thanked party's mediation, an act of its own
            for j in range(max(0, i - 5), i):
                if toks[i - 1].low in _LT_POSS:
                    break  # "už jos vizitą Taivane": an act with an agent of its own
                if toks[j].low in ("dėl", "už", "apie") and all(
                        t.low.isalpha() and t.text[:1].islower() for t in toks[j + 1:i]) and (toks[j].low == "apie" or any(
                        jj < j and (q.pos == "verb" or (toks[j].low == "dėl" and q.code[:2] in ("03", "04", "05")))
                        for jj, q, _ in trig)):
                    # ("derybos dėl taikos sutarties": what talks or an agreement are about, not a second act)
                    return True  # ("diskusija apie sankcijas Rusijai": a topic after 'apie', whatever names it)
            for jj, q, _ in trig[:k]:
                if q.lemma in _LT_REACT_VERBS and toks[jj + 1].low == "į":
                    continue  # "atsakant į Rusijos smūgius": what is answered, not the answer ("atsakė smūgiais")
                if q.pos == "verb" and 0 < i - jj <= 12:
                    for q2 in lex.by_lemma.get(q.lemma, ()):
                        if q2.with_ and self._with_ok(toks, jj, q2.with_, "lt", 12, self._lems(toks, lems),
                                                      mask) == i:
                            # (but "apkaltino Kiniją išpuoliais": the accused's act is one of its own)
                            return not self._lt_accused_form(toks, i, q2, p)
        if p.with_:
            w = lex.with_window
            mine = self._with_ok(toks, i, p.with_, "lt", w, self._lems(toks, lems), mask)
            for jj, q, _ in trig[:k]:
                # an earlier trigger can share the completing word only if their windows overlap
                if q.with_ and i - jj <= w + 2 and self._with_ok(toks, jj, q.with_, "lt", w, lems, mask) == mine:
                    return True
        return False

    @staticmethod
    def _lt_thanked_for(toks: list[Token], i: int) -> int | None:
        """The index of the verb of thanking whose "už" phrase the noun at i is in ("padėkojo Katarui už
        tarpininkavimą", "dėkoja JAV už aktyvų tarpininkavimą"), else None."""
        u = next((j for j in range(i - 1, max(-1, i - 4), -1) if toks[j].low == "už"), None)
        if u is None or not all(t.text.isalpha() and t.text.islower() for t in toks[u + 1:i]):
            return None
        return next((j for j in range(u - 1, max(-1, u - 10), -1)
                     if (toks[j].lemma or toks[j].low).lower() in _LT_THANK_VERBS), None)

    def _lt_shared_addressee(self, sent: Sentence, inclause: list[Act], toks: list[Token], i: int, src_a: list[Act],
                             state: dict[str, Any]) -> list[Act]:
        """'Kancleris paskambino Putinui ir paragino nutraukti ugnį', 'susitiko su Lenkijos kolega ir paprašė ...',
        'iškvietė Rusijos ambasadorių ir pareikalavo ...': an appeal, demand, warning or offer joined by "ir" to
        the verb before it, with the same subject and no object of its own, is addressed to that verb's party."""
        j = i - 1
        while j > 0 and toks[j].low in _LT_ADVERBS_BEFORE_VERB:
            j -= 1
        if j <= 0 or toks[j].low not in ("ir", "bei"):
            return []
        p = state.get("_trig_pat", {}).get(i)
        n = i + 1
        while n < len(toks) and (toks[n].low in _LT_ADVERBS_BEFORE_VERB or toks[n].low == "kuo"):
            n += 1
        if p is not None and self._lt_own_addressee(toks, n, p):
            return []  # "... ir paragino kitas šalis / Europą / Vakarų šalis prisidėti": an addressee of its own
        trig = state.get("_trig_pat", {})
        for k in range(j - 1, max(-1, j - 16), -1):
            if toks[k].text in (",", ";", ":", "–", "—") or toks[k].low in ("kad", "jog", "kai", "nes"):
                return []
            q = trig.get(k)
            if q is None or q.pos != "verb" or q.frame or q.code[:2] == "01" or self._lt_nonfinite(toks[k]):
                continue
            between = [a for a in inclause if k < a.tokens[0] < j and not a.loc]
            if not between or any("NOM" in ([a.lcase] if a.lcase else a.m.cases or []) and (a.m.cases or []) == ["NOM"]
                                  for a in between):
                return []  # nothing named after the first verb, or a subject of its own ("... ir Vokietija paragino")
            pool = [a for a in inclause if a.tokens[0] < j]
            _s, t = self._roles_lt(sent, pool, toks, k, k, q)
            src_c = {a.m.country or a.m.actor for a in src_a}
            return [a for a in t if a in between and (a.m.country or a.m.actor) not in src_c]
        return []

    @staticmethod
    def _lt_own_addressee(toks: list[Token], n: int, p: Pattern) -> bool:
        """The words from n on name an addressee of the verb's own that is no actor: an ACC noun phrase
        ("kitas šalis", "Europą"), also after capitalised genitive modifiers ("Vakarų / Afrikos šalis"), or for a
        verb asking of a GEN addressee a capitalised genitive with its noun ("paprašė Vakarų partnerių")."""
        acc = ("ą", "ę", "į", "us", "es", "is", "as")
        if n >= len(toks) or not toks[n].text.isalpha():
            return False
        first = toks[n]
        if p.target[:1] == ("ACC",):
            if first.text.islower():
                return first.low.endswith(acc)
            if first.low.endswith(("ą", "ę", "į")):
                return True  # "paragino Europą"
        k = n
        while k < len(toks) and k < n + 2 and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
                and toks[k].low.endswith(("ų", "os", "ės", "ijos")):
            k += 1  # capitalised genitive modifiers: "Vakarų", "Afrikos", "Europos"
        if k == n or k >= len(toks) or not toks[k].text.isalpha() or not toks[k].text.islower():
            return False
        if p.target[:1] == ("ACC",):
            return toks[k].low.endswith(acc)
        if p.target[:1] == ("GEN",):
            return toks[k].low.endswith(("ų", "ės", "os"))  # "Vakarų partnerių", "Europos sąjungininkų"
        return False

    @staticmethod
    def _lt_with_after(toks: list[Token], k: int, p: Pattern) -> bool:
        """The word completing p comes in the few lowercase words from k on, after the object that ends at k
        ("sulaikė britą humanitarinės pagalbos darbuotoją": the aid words name the one detained)."""
        exact, prefix = _with_matchers(p.with_)
        for t in toks[k:k + 3]:
            if not (t.text.isalpha() and t.text.islower()) or t.low in ("ir", "bei"):
                return False
            if t.low in exact or (prefix is not None and t.low.startswith(prefix)):
                return True
        return False

    @staticmethod
    def _lt_participle_phrase(toks: list[Token], i: int) -> bool:
        """The Lithuanian verb at i is a nominative active participle ("pasmerkęs", "apkaltinusi", "susitikę") or
        an adverbial one ("ragindamas") that opens a phrase of its own: at the sentence's start or after a comma
        ("Pasmerkęs ..., prezidentas paskelbė ...", "Prezidentas, pasmerkęs ..., paskelbė ...")."""
        t = toks[i]
        low = t.low
        if not (low.endswith(_LT_PAST_ACTIVE_NOM + ("ę",)) or _LT_PADALYVIS.match(low)):
            return False
        return i == 0 or toks[i - 1].text == ","

    @staticmethod
    def _lt_nonfinite(t: Token) -> bool:
        """An infinitive or a participle ("pasmerkti", "pasmerkęs", "ragindama", "priimta"): no clause's own verb."""
        low = t.low
        return low.endswith(("ti", "tis")) or low.endswith(_LT_NOM_PARTICIPLE + ("ę",)) \
            or _LT_PADALYVIS.match(low) is not None or _LT_PASSIVE.match(low) is not None

    @staticmethod
    def _lt_idle_participle(toks: list[Token], trig: list[tuple[int, Pattern, bool]], k: int, i: int, p: Pattern,
                            plans: list[tuple[int, Pattern, bool, str, int | None]]) -> bool:
        """A Lithuanian verb trigger that is only the frame of the sentence's main act, not an act of its own:
        - a reaction participle before "į" ("Atsakydama į naujas ES sankcijas, Rusija uždraudė ...",
          "reaguodamas į ..."): why the main act was done (what is reacted to is coded from its own noun);
        - a finite "atsakė" whose answer is a participle's act ("Baltarusija atsakė Lenkijai uždarydama
          perėją"): the answer is the closure, not a statement;
        - a participle of emotion or protest ("..., piktindamiesi Korano deginimu", "iškvietė ambasadorių,
          protestuodami prieš ..."): the motive of the main act;
        - a violent participle after an attack ("apšaudė Chersoną, sužeisdamos gyventojus ir apgadindamos
          ligoninę", "smogė ..., nužudydama septynis civilius"): the attack's result, as English ", killing ...".
        Each needs another trigger in the sentence: a participle alone is the only act there is."""
        if p.pos != "verb" or not any(j != i for j, _q, _ in trig):
            return False
        low = toks[i].low
        part = _LT_PADALYVIS.match(low) is not None
        if p.lemma in _LT_REACT_VERBS and (part or low.endswith("ant")) and i + 1 < len(toks) \
                and toks[i + 1].low == "į":
            return True  # ("atsakant į Rusijos smūgius": the impersonal participle too, whatever the object)
        if p.lemma in _LT_REACT_VERBS and p.code.startswith("01"):
            nxt = trig[k + 1] if k + 1 < len(trig) else None
            return bool(not part and nxt is not None and nxt[1].pos == "verb"
                        and _LT_PADALYVIS.match(toks[nxt[0]].low) and 0 < nxt[0] - i <= 3
                        and all(t.text.isalpha() for t in toks[i + 1:nxt[0]]))
        if not part:
            return False
        if p.code[:3] in ("110", "012", "013") or p.code[:2] == "14":
            return True
        return (p.code[:2] in _VIOLENT or p.code == "1712") and any(
            j < i and code[:2] in _FORCEFUL for j, _q, _n, code, _x in plans)

    def _lt_after_relative(self, sent: Sentence, acts: list[Act], toks: list[Token], i: int, lo: int, hi: int,
                           inclause: list[Act]) -> list[Act]:
        """'Sudano kariuomenė, kurią Vašingtonas kaltina karo nusikaltimais, atmetė JAV planą': a verb after a
        relative clause that has closed (its second comma) belongs to the clause the relative one interrupts;
        its actors are those before the relative pronoun's comma and after the closing one, not the relative
        clause's own."""
        if not (2 <= lo < i and toks[lo - 1].text == "," and toks[lo].low in _LT_RELATIVE):
            return inclause
        close = next((c for c in range(lo + 1, i) if toks[c].text == ","), None)
        if close is None or any(toks[c].text == "," for c in range(close + 1, i)):
            return inclause
        outer_lo = self._clause(sent, lo - 2, "lt")[0]
        return [a for a in acts if outer_lo <= a.tokens[0] < lo - 1 or close < a.tokens[0] < hi]

    @staticmethod
    def _lt_equipment_owner(a: Act) -> Act:
        """The state asked for its weapons ("paprašė Vokietijos tankų"): a weapon named with its owner stands for
        that owner's army as an actor ("Rusijos tankai įžengė"), but the genitive owner of weapons one asks for
        is the state asked, its government, not its army."""
        m = a.m
        c = m.cands[0] if getattr(m, "cands", None) else None
        if not (m.kind == "role" and m.country and c is not None and c.target in matcher().equipment_roles):
            return a
        return Act(replace(m, actor=m.country, sector=None), a.start, a.tokens, a.loc, a.pb, a.quant, a.adj, a.lcase)

    @staticmethod
    def _lt_reaction_object(toks: list[Token], acts: list[Act], i: int) -> bool:
        """A noun of an act with its own genitive agent inside a reaction phrase: "atsakydamas į Pekino
        grasinimus", "reaguodama į Rusijos raketų smūgius", "atsakant į Vašingtono tarifus". The agent did it
        to whoever responds (the sentence's subject), unless the noun names its own target."""
        k = i - 1
        while k > 0 and i - k <= 4 and toks[k].low != "į" and toks[k].text.isalpha():
            k -= 1
        if k < 1 or toks[k].low != "į" or not toks[k - 1].low.startswith(_LT_REACTING):
            return False
        return any(not a.loc and "GEN" in (a.m.cases or []) and k < a.tokens[0] and a.tokens[1] <= i
                   for a in acts)

    def _lt_reaction_roles(self, sent: Sentence, acts: list[Act], toks: list[Token], i: int,
                           p: Pattern) -> tuple[list[Act], list[Act]]:
        """Roles of the act reacted to ("Atsakydamas į Pekino grasinimus, Taivano prezidentas ...", "Japonija,
        atsakydama į Rusijos raketų smūgius Kyjivui, ..."): its genitive agent acts on the target the noun
        names itself in the phrase, else on the subject of the sentence that responds."""
        k = max(j for j in range(i) if toks[j].low == "į")
        end = next((j for j in range(i + 1, len(toks)) if toks[j].text in (",", ";", ":")), len(toks))
        gen = [a for a in acts if not a.loc and "GEN" in (a.m.cases or []) and k < a.tokens[0] and a.tokens[1] <= i]
        src = self._adjacent(gen, toks, i)
        if not src:
            return [], []
        src_c = {a.m.country or a.m.actor for a in src}
        own = [a for a in acts if i < a.tokens[0] < end and a not in src]
        tgt = self._roles_lt(sent, own, toks, i, i, p)[1] if own and p.target else []
        if not tgt:
            start = next((j for j in range(k - 1, -1, -1) if toks[j].text in (",", ";", ":")), -1)
            subj = [a for a in acts if not a.loc and (a.tokens[1] <= start or a.tokens[0] >= end)
                    and "NOM" in ([a.lcase] if a.lcase else a.m.cases or [])
                    and self._prep_before(toks, a, "lt", 0) is None and (a.m.country or a.m.actor) not in src_c]
            before = [a for a in subj if a.tokens[1] <= start]
            tgt = [before[-1]] if before else subj[:1]
        return src, tgt

    def _lt_in_label(self, toks: list[Token], a: Act) -> bool:
        """Actor a, in the genitive, owns a thing named inside the label of a verb of naming: a noun in the genitive
        follows it, and the words run on, with no noun in the accusative among them, to a noun in the instrumental
        only ("Sirijos suvereniteto pažeidimu", "Lietuvos teisių pažeidimu"). Right before the label's head the
        genitive is the labelled act's agent ("Rusijos hibridine ataka", "Kinijos provokacija")."""
        if "GEN" not in (a.m.cases or []):
            return False
        owned = False
        by_lemma = self.lex["lt"].by_lemma
        for k in range(a.tokens[1], min(len(toks), a.tokens[1] + 4)):
            t = toks[k]
            if t.text in ("„", "“", "\""):
                continue
            if not (t.text.isalpha() and t.text.islower()):
                return False
            lem = (t.lemma or t.low).lower()
            cases = {c for c, _n in forms_by_text(lem, "common").get(t.low, [])}
            if len(cases) >= 6:
                continue  # (a word the lemmatiser does not know reads as every case)
            if "ACC" in cases:
                return False
            if cases == {"INS"}:
                return owned
            if "GEN" in cases:
                if any(q.pos == "noun" for q in by_lemma.get(lem, ())) or any(
                        t.low.startswith(w) for q in by_lemma.get("pavadinti", ()) for w in q.with_):
                    return False  # "Rusijos agresijos aktu": the genitive of an act or a label word is its agent
                owned = True
        return False

    @staticmethod
    def _lt_charge_named(toks: list[Token], i: int, p: Pattern) -> bool:
        """An accused act noun that is the charge itself, in the instrumental, of a word that names attacks in words
        as well ("apkaltino Romą išpuoliais", "kaltina Teheraną nepagrįstu išpuoliu"), or whose victims a "prieš" phrase names
        ("organizuojant išpuolius prieš Vilniuje gyvenančius kritikus"): no harm done to the accuser is told."""
        if p.pos != "noun":
            return False
        cases = {c for c, _n in forms_by_text(p.lemma, "common").get(toks[i].low, [])}
        after = toks[i + 1:i + 5]
        physical = any(t.low in ("prieš", "prie", "į", "ant", "ties") or (t.text.islower() and t.low.endswith(("je", "yje")))
                       or t.low.startswith(_LT_PHYSICAL_HARM) for t in after)
        if cases == {"INS"} and p.lemma in _LT_WORDED_ATTACKS and not physical:
            return True  # attacks in words; not "išpuoliu pasienyje", "išpuoliu prieš ambasadą"
        # (a "prieš" phrase naming people of no actor as victims: "išpuolius prieš Vilniuje gyvenančius kritikus";
        # things - infrastruktūrą, ambasadą - or the accuser's own ("savo") stay harm done to the accuser)
        k = next((x for x in range(i + 1, min(len(toks), i + 3)) if toks[x].low == "prieš"), None)
        if k is None:
            return False
        span = toks[k + 1:k + 5]
        return not any(t.low == "savo" for t in span) and any(t.low.startswith(_LT_VICTIM_PEOPLE) for t in span)

    @staticmethod
    def _lt_as_phrase(toks: list[Token], i: int, a: Act) -> bool:
        """Actor a stands in a "kaip ..." phrase after the verb at i, with no punctuation between."""
        for j in range(a.tokens[0] - 1, i, -1):
            if toks[j].low == "kaip":
                return True
            if not toks[j].text.isalpha():
                return False
        return False

    @staticmethod
    def _lt_judged_object(toks: list[Token], k: int, upto: int = -1) -> bool:
        """The words right before position k (an act noun's genitive agent) are a verb of judging
        ("pasmerkė", "sukritikavo", "pavadino", "pasveikino", up to two words back: "griežtai pasmerkė"): the
        act is what is judged, and the judge is none of its parties. With `upto`, the words from k - 1 back to
        `upto` (the verb after the act noun: "grasinimus pavadino")."""
        for j in range(k - 1, max(upto - 1, k - 3), -1):
            t = toks[j]
            if not t.text.isalpha():
                return False
            if (t.lemma or "").lower() in _LT_JUDGING_VERBS or t.low.startswith(_LT_JUDGING_STEMS):
                return True
        return False

    @staticmethod
    def _lt_own_stand_said(toks: list[Token], acts: list[Act], i: int) -> bool:
        """The present verb at i opens the "kad" clause of a verb of saying whose subject is of the clause subject's
        own country: "Lietuvos prezidentas pareiškė, kad Vilnius remia Moldovos siekį" is a stand declared, news
        (not "Kyjivas pareiškė, kad Maskva remia separatistus": a claim about another)."""
        k = next((k for k in range(i - 1, max(1, i - 6), -1) if toks[k].low == "kad"), None)
        if k is None or toks[k - 1].text != "," or (toks[k - 2].lemma or "").lower() not in _LT_SAYING:
            return False
        inside = [a for a in acts if k < a.tokens[0] and a.tokens[1] <= i and not a.loc and a.m.country
                  and "NOM" in (a.m.cases or [a.m.case])]
        speaker = [a for a in acts if a.tokens[1] <= k - 2 and not a.loc and a.m.country
                   and "NOM" in (a.m.cases or [a.m.case])]
        # (not "pabrėžė, kad Lenkija ir toliau remia Ukrainą": a stand held on, no new one)
        return bool(inside and speaker) and inside[-1].m.country == speaker[-1].m.country and not any(
            t.text in (",", ";", ":") or t.low in ("toliau", "tebe", "visada", "visuomet") for t in toks[k + 1:i])

    @staticmethod
    def _lt_condition_subject(toks: list[Token], acts: list[Act], i: int, src: list[Any]) -> list[Act]:
        """The subject of the ", jei ..." condition after the verb at i: the first actor in the nominative after
        "jei" / "jeigu", in that clause, of another country than the source's."""
        k = next((k for k in range(i + 1, len(toks)) if toks[k].low in ("jei", "jeigu") and toks[k - 1].text == ","), None)
        if k is None:
            return []
        end = next((j for j in range(k + 1, len(toks)) if toks[j].text in (",", ";", ":", ".")), len(toks))
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src}
        for a in acts:
            if k < a.tokens[0] < end and not a.loc and not a.adj and a.m.role == "actor" \
                    and "NOM" in (a.m.cases or [a.m.case]) and (a.m.country or a.m.actor) not in src_c:
                return [a]
        return []

    def _lt_act_owner(self, toks: list[Token], a: Act) -> bool:
        """The genitive `a` stands right before the noun of an act ("Izraelio smūgį", "Kinijos sprendimą"), an
        adjective or two between ("Rusijos kariuomenės smūgius" counts its whole name)."""
        lex = self.lex["lt"]
        for j in range(a.tokens[1], min(len(toks), a.tokens[1] + 3)):
            t = toks[j]
            if not (t.text.isalpha() and t.text.islower()):
                return False
            lem = (t.lemma or "").lower()
            if lem in _LT_EVENT_NOUNS or any(q.pos == "noun" and not q.with_ for q in lex.by_lemma.get(lem, ())):
                return True  # (not an adjective heading a fixed phrase: "branduoliniams objektams")
            if not (lem.endswith(_LT_ADJ_LEMMAS) or lem.endswith(("as", "is", "us")) and t.low.endswith(("ą", "ius", "us", "ę", "į"))):
                return False
        return False

    @staticmethod
    def _lt_judging_noun(toks: list[Token], i: int) -> int | None:
        """The act noun at i is the object of a verb of judging in its clause: the verb before it, over the
        noun's lowercase modifiers ("pasmerkė beatodairiškus antpuolius"), or right after it, an adverb between
        ("ataką griežtai pasmerkė")."""
        def judging(t: Token) -> bool:
            # (not a denial: "paneigė surengęs smūgius" denies the subject's own act)
            return ((t.lemma or "").lower() in _LT_JUDGING_VERBS or t.low.startswith(_LT_JUDGING_STEMS)) \
                and not t.low.startswith(_LT_DENYING_STEMS)

        for j in range(i - 1, max(-1, i - 6), -1):
            t = toks[j]
            if judging(t):
                return j
            if not (t.text.isalpha() and t.text.islower()) or t.low in _LT_CLAUSE_WORDS:
                break
        for j in range(i + 1, min(len(toks), i + 3)):
            t = toks[j]
            if judging(t):
                return j
            if not (t.text.isalpha() and t.text.islower() and t.low.endswith("ai")):
                break
        return None

    @staticmethod
    def _lt_discussed(toks: list[Token], i: int) -> bool:
        """A Lithuanian event noun in the object of a verb of discussing ("aptarė paramą Ukrainai bei sankcijas
        Rusijai", "diskutavo apie ..."): what was talked about. The object runs back over words, commas
        and 'ir'/'bei' to the verb; another verb, a clause word or other punctuation ends it."""
        for j in range(i - 1, max(-1, i - 9), -1):
            t = toks[j]
            lem = (t.lemma or t.low).lower()
            if lem in _LT_DISCUSS:
                return True
            if t.low in _LT_CLAUSE_WORDS or (not t.text[:1].isalnum() and t.text != ",") \
                    or lem.endswith(("ti", "tis")):
                return False
        return False

    @staticmethod
    def _lems(toks: list[Token], lems: list[str]) -> list[str]:
        if not lems:
            lems.extend([(t.lemma or "").lower() for t in toks])
        return lems

    @staticmethod
    def _lt_city_place(toks: list[Token], a: Act) -> bool:
        """A Lithuanian city in the genitive heading a lowercase phrase that ends in the locative ('Varšuvos
        prekybos centre', 'Vilniaus oro uoste'): part of a place name, no government."""
        for j in range(a.tokens[1], min(len(toks), a.tokens[1] + 3)):
            t = toks[j]
            if not (t.text.isalpha() and t.text.islower()) or t.low in _LT_PREPS:
                return False
            if len(t.low) > 3 and t.low.endswith(("e", "uose", "ose", "ėse", "yse")) and not t.low.endswith("ie"):
                return True
        return False

    @staticmethod
    def _lt_present(t: Token) -> bool:
        """A Lithuanian 3rd-person present verb form ('eksportuoja', 'tiekia', 'perka', 'parduoda'), not a
        participle ('parduota', 'tiekiama') or a past form ('pirko', 'tiekė')."""
        return t.text.islower() and t.low.endswith("a") and not t.low.endswith(("ta", "ma", "usia", "dama"))

    @staticmethod
    def _lt_habitual(toks: list[Token], i: int, p: Pattern) -> bool:
        """A Lithuanian verb trigger governed by 'mėgti' (like to), or a cooperative one (04-06) with a word of
        habit or share next to it ('dažnai lankosi', 'kasmet investuoja', 'eksportuoja daugiausia į'), tells what
        usually happens: a standing relation, no act."""
        if i > 0 and (toks[i - 1].lemma or toks[i - 1].low).lower() == "mėgti":
            return True
        # any act in the present with a word of habit ("Pchenjanas tokias pratybas nuolat smerkia"), but not one
        # aimed at "these" things just told ("Kabulas šiuos kaltinimus nuolat neigia": a stand on this matter)
        if p.code[:2] not in ("04", "05", "06") and (not Events._lt_present(toks[i]) or any(
                t.low in _LT_THIS or t.low in _LT_THESE for t in toks[max(0, i - 4):i + 4])):
            return False
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(toks) and toks[j].low in _LT_HABIT and not any(
                    t.text in (",", ";", ":") for t in toks[min(i, j):max(i, j)]):
                return True
        return False

    @staticmethod
    def _lt_lasting(toks: list[Token], i: int) -> bool:
        """A Lithuanian verb in the present with a phrase of lasting time in its clause ("remia Ukrainą nuo 2014
        metų", "nuo perversmų artimiau bendradarbiauja", "iki šiol nesutaria", "vis dar ginčijasi", "seniai
        prieštarauja", "jau dešimtmečius ginčijasi", "pastaruoju metu bendradarbiauja") tells a state that holds,
        not an act."""
        if not Events._lt_present(toks[i]) and not toks[i].low.endswith(("įsta", "mas", "ma", "mi", "mos")):
            return False  # (present forms in "-įsta": "pripažįsta"; present passives: "embargas taikomas jau 60 metų")
        lo = max((k + 1 for k in range(i) if toks[k].text in (",", ";", ":") or toks[k].low in _LT_CLAUSE
                  or toks[k].low in _LT_COORD), default=0)
        hi = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", ":") or toks[k].low in _LT_CLAUSE
                   or toks[k].low in _LT_COORD), len(toks))
        ws = [t.low for t in toks[lo:hi]]
        for k, w in enumerate(ws):
            nxt = ws[k + 1] if k + 1 < len(ws) else ""
            if w in ("seniai", "ilgai", "dešimtmečius", "dešimtmetį", "šimtmečius") or (w, nxt) in _LT_LASTING_PAIRS:
                return True
            if w == "nuo" and (re.fullmatch(r"\d{4}", nxt) or (nxt.endswith("ų") and toks[lo + k + 1].text.islower())
                               or "pradžios" in ws[k + 1:k + 4]):
                return True  # "nuo 2014 metų", "nuo karinių perversmų", "nuo karo pradžios" (not "nuo ketvirtadienio")
            if w == "jau" and nxt and (nxt[:1].isdigit() or nxt in _LT_SPAN_WORDS
                                       or (k + 2 < len(ws) and ws[k + 2] in _LT_SPAN_WORDS)):
                return True  # "jau dešimtmečius", "jau daug metų", "jau 30 metų"
        return False

    @staticmethod
    def _lt_anniversary(toks: list[Token], acts: list[Act], i: int) -> bool:
        """A Lithuanian noun trigger in the genitive before 'metinės', 'sukaktis' or 'jubiliejus' (its own
        phrase, actors included, in between) names the past act an anniversary is of."""
        inside = {k for a in acts for k in range(a.tokens[0], a.tokens[1])}
        for j in range(i + 1, min(len(toks), i + 7)):
            t = toks[j]
            if t.low.startswith(("metin", "sukakt", "jubiliej")):
                return True
            if (j not in inside and not (t.text.isalpha() and t.text.islower()) and not t.text[:1].isdigit()) \
                    or t.low in _LT_CLAUSE:
                return False
        return False

    @staticmethod
    def _lt_trend_subject(toks: list[Token], i: int) -> bool:
        """A Lithuanian noun trigger heading the subject of a verb of quantity ("prekyba išaugo", "investicijos
        auga", "prekybos apimtis smuko", "prekyba pasiekė rekordą") names a figure that changed, not an act; one
        of a verb of standing ("sutartis galioja nuo 1953 metų", "partnerystė gyvuoja") names a state."""
        for j in range(i + 1, min(len(toks), i + 6)):
            t = toks[j]
            if not t.text[:1].isalnum() or t.low in _LT_CLAUSE or t.low in _LT_COORD:
                return False
            lem = (t.lemma or t.low).lower()
            if lem in _LT_TREND or t.low.startswith(_LT_TREND_STEMS):
                return True
            if lem in ("pasiekti", "siekti") and j + 1 < len(toks) and toks[j + 1].low.startswith(
                    ("rekord", "aukščiausi", "žemiausi", "mažiausi", "didžiausi")):
                return True
        return False

    @staticmethod
    def _noun_modifier(toks: list[Token], i: int, p: Pattern, acts: list[Act] | None = None) -> bool:
        """A Lithuanian noun trigger in the genitive right before a lowercase noun modifies that noun
        ("prekybos centrus", "derybų raundo", "susitikimo rezultatus") and names no event of its own; so does
        one whose dative target stands between ("paramos Ukrainai fondas", "sankcijų Rusijai poveikis")."""
        if i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        dat = next((a for a in acts or () if a.tokens[0] == i + 1 and not a.loc
                    and set(a.m.cases or ()) == {"DAT"}), None)
        if dat is not None and dat.tokens[1] < len(toks):
            nxt = toks[dat.tokens[1]]
            if (nxt.lemma or "").lower().endswith(("ti", "tis")):
                return False  # "paramos Ukrainai skirta": a participle of the clause, not a head noun
        w = nxt.low
        lem = (nxt.lemma or "").lower()
        if not (nxt.text.isalpha() and nxt.text.islower()) or w in _LT_PREPS or w in _LT_CLAUSE or w in (
                "ir", "bei", "ar", "metu", "metais", "metų", "laikotarpiu") or (lem.endswith(("ti", "tis")) and w.endswith(("ti", "tis"))) \
                or w.startswith(_LT_EVENT_HEADS):
            return False  # ("prie derybų stalo", "sankcijų paketą", "derybų raundas": the event itself)
        if lem.endswith(("ti", "tis")) and p.code[:2] in _LT_ANSWERED_ROOTS and any(
                a.tokens[1] == i and not a.loc and Events._lt_time_phrase_head(toks, a.tokens[0]) for a in acts or ()):
            return False  # "Armėnija po Rusijos kritikos atšaukė ...": the clause's verb follows the time phrase
        return _genitive_form(p.lemma, toks[i].low)

    @staticmethod
    def _ended(m: Any, adate: date | None) -> bool:
        """An actor that no longer exists on the article date (USSR) makes the event history."""
        if adate is None or not m.entity or not m.entity.startswith("country:"):
            return False
        end = _country_end(m.entity)
        return bool(end and end < adate)

    # ------------------------------------------------------------------------------- roles
    def _roles(self, sent: Sentence, acts: list[Act], toks: list[Token], i: int, head: int, p: Pattern,
               lang: str, state: dict[str, Any]) -> tuple[list[tuple[Any, Any, float]], str]:
        lo, hi = self._clause(sent, head, lang)
        lo2, hi2 = self._clause(sent, i, lang)
        lo, hi = min(lo, lo2), max(hi, hi2)
        cond_end = state.get("_cond_end", 0)
        if head >= cond_end > lo:
            lo = cond_end  # roles of the main clause do not come from the "if ..." condition
        if head < cond_end:
            hi = min(hi, cond_end)  # nor the condition's from the main clause
        att = state.get("_attrib_start")
        if att is not None and i < att:
            hi = min(hi, att)  # "..., Israeli officials said": the speakers are not participants
        if lang == "lt" and not p.code.startswith("13"):
            # "Rusija atsakys, jei JAV perduos Ukrainai ...": a condition after the act has roles of its own (a
            # threat's target may still be the condition's subject)
            hi = next((k for k in range(max(i, head) + 1, hi - 1) if toks[k].text == ","
                       and toks[k + 1].low in ("jei", "jeigu")), hi)
        if lang == "en" and 2 <= lo < len(toks) and toks[lo].low in ("who", "which") and toks[lo - 1].text == "," \
                and not any(lo < a.tokens[0] < head for a in acts):
            # "X, which fought Y in 1939, joined Z": a relative clause whose subject is the relative pronoun
            # ends at the next comma
            hi = next((k for k in range(max(i, head) + 1, hi) if toks[k].text == ","), hi)
        if lang == "en" and p.pos == "verb" and head == i and 2 <= lo < head and toks[lo].low in ("which", "who") \
                and toks[lo - 1].text == ",":
            # "Iran, which backs the group, condemned the strikes": a verb after the comma that closes a relative
            # clause on the subject belongs to the main clause (the actor before ", which" is its subject)
            close = head - 1
            while close > lo and (toks[close].low in _EN_VERB_FILLERS or toks[close].low.endswith("ly")):
                close -= 1
            if toks[close].text == "," and close > lo + 2 and not any(t.text == "," for t in toks[lo:close]) \
                    and any(a.tokens[1] == lo - 1 and not a.loc for a in acts):
                lo = self._clause(sent, lo - 2, lang)[0]
        but_lo = 0
        if lang == "lt" and p.pos == "verb" and head == i and 2 <= lo == head - 1 and toks[lo].low in _LT_BUT \
                and toks[lo - 1].text == ",":
            # "JAV sveikino susitarimą, bet perspėjo Baku ...": a verb right after ", bet / o / tačiau" has no
            # subject of its own; it shares the one of the clause before
            lo = self._clause(sent, lo - 2, lang)[0]
        elif lang == "lt" and p.pos == "verb" and head == i and 2 <= lo < head - 1 and toks[lo].low in _LT_BUT \
                and toks[lo - 1].text == "," and not self._lt_nonfinite(toks[i]) and not any(
                    toks[k].text[:1].isupper() and not any(a.tokens[0] <= k < a.tokens[1] for a in acts)
                    for k in range(lo + 1, head)) and (toks[lo].low != "o" or any(
                        t.text.islower() and t.low.endswith(("ą", "į", "ę", "us")) for t in toks[lo + 1:head])) and not any(
                    lo <= a.tokens[0] < hi and not a.loc and "NOM" in (a.m.cases or [])
                    and self._prep_before(toks, a, "lt", 0) is None for a in acts):
            # "... susitiko, bet dėl eksporto kontrolės susitarimo nepasiekė": a verb later in such a clause that
            # names no nominative of its own shares the subject too (only the subject: its objects are its own)
            but_lo = lo
            lo = self._clause(sent, lo - 2, lang)[0]
        if lang == "lt" and lo < i and toks[lo].low in _LT_RELATIVE and toks[lo - 1].text == ",":
            # "Sudano kariuomenė, kurią Vašingtonas kaltina karo nusikaltimais, atmetė ...": a relative clause
            # ends at the comma after its verb
            hi = next((c for c in range(max(i, head) + 1, hi) if toks[c].text == ","), hi)
        inclause = [a for a in acts if lo <= a.tokens[0] < hi]
        if but_lo:
            inclause = [a for a in inclause if a.tokens[0] >= but_lo or (
                not a.loc and "NOM" in (a.m.cases or []) and self._prep_before(toks, a, "lt", 0) is None)]
        if lang == "lt":
            inclause = self._lt_after_relative(sent, acts, toks, i, lo, hi, inclause)
        self._verbs = state.get("_verbs", [])
        if lang == "lt" and p.passive and not p.compound and toks[i].low.endswith("tų") and not (
                i + 1 < len(toks) and toks[i + 1].low.endswith("ų")):
            # "Saudo Arabija normalizuotų santykius su Izraeliu": a subjunctive, not the genitive plural of a
            # passive participle ("okupuotų teritorijų")
            p = p.p
        relative = False
        absolute = state.get("_absolute")
        lt_absolute = lang == "lt" and i not in state.get("_accused_at", ()) and self._absolute(toks, i, p, acts)
        if absolute and not lt_absolute:
            # the mediators of "Turkijai tarpininkaujant" take no part in the main clause's act
            inclause = [a for a in inclause if id(a) not in absolute]
        if lt_absolute:
            src_a, tgt_a = self._dative_absolute(sent, acts, toks, i, p, state)
        elif lang == "lt" and head == i and self._lt_relative_participle(toks, acts, i, p):
            # "prieš Lenkiją ir Vengriją, atsisakiusias priimti ...", "diplomatus, šnipinėjusius ...": a
            # participle after a comma agrees with the actors just before it, who do what it says
            ante = [a for a in acts if a.tokens[1] <= i - 1 and not a.loc]
            src_a = self._chain(ante, toks, _LT_AND, i - 1, before=True)
            end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
            rest = [a for a in acts if i < a.tokens[0] < end and a not in src_a]
            tgt_a = self._roles_lt(sent, rest, toks, i, head, p)[1] if rest else []
            relative = True
        elif lang == "lt" and i in state.get("_agentive", ()) and self._lt_reaction_object(toks, acts, i):
            src_a, tgt_a = self._lt_reaction_roles(sent, acts, toks, i, p)
        elif lang == "lt" and i in state.get("_agentive", ()):
            # "Kremlius atmetė Kyjivo raginimą": the noun's genitive agent acts on the clause subject
            gen = [a for a in inclause if not a.loc and "GEN" in (a.m.cases or [])
                   and self._prep_before(toks, a, "lt", 0) is None]
            src_a = self._adjacent(gen, toks, i)
            nom = [a for a in inclause if not a.loc and "NOM" in ([a.lcase] if a.lcase else a.m.cases or [])
                   and a.tokens[1] <= i and a not in src_a and self._prep_before(toks, a, "lt", 0) is None]
            tgt_a = self._chain(nom, toks, _LT_AND, i, before=True) if nom else []
        elif lang == "lt":
            co = self._lt_coactors(toks, inclause, head) if p.pos == "verb" else []
            src_a, tgt_a = self._roles_lt(sent, [a for a in inclause if a not in co] if co else inclause,
                                          toks, i, head, p)
            if src_a and p.pos == "verb" and p.code.startswith("01") and head == i and i > 0 \
                    and toks[i - 1].text in (",", "–", "—") and all(a.tokens[1] < i for a in src_a) and any(
                        i < a.tokens[0] <= i + 2 and not a.loc and "NOM" in (a.m.cases or []) for a in inclause):
                # "Irakas sustabdė skrydžius į Minską, pranešė Lietuvos ministras": a closing attribution names
                # who told it, after the verb; a name before the comma is no speaker of it
                src_a, tgt_a = [], []
            if src_a and p.pos == "verb" and all(a.tokens[0] > i for a in src_a) and any(
                    toks[k].text == "," and k + 1 < len(toks) and self._lt_says(toks[k + 1])
                    for k in range(i + 1, min(a.tokens[0] for a in src_a))):
                # "Šalys susitarė apsikeisti belaisviais, pranešė Ukrainos gynybos ministras": the speaker of a
                # closing attribution is no subject of the clause before it (its own subject, or the pair a bare
                # "šalys" stands for, is)
                tgt_a = [a for a in tgt_a if a.tokens[0] < min(x.tokens[0] for x in src_a)]
                src_a = []
            if co and src_a:
                # "JAV kartu su Japonija ir Australija pasmerkė ...": those acting "kartu su" the subject are
                # co-agents; with no other partner, a joint act's partner ("Pietų Korėja kartu su JAV surengė
                # pratybas")
                if p.symmetric and not tgt_a:
                    tgt_a = co
                else:
                    src_a = src_a + [a for a in co if a not in tgt_a]
            owner = self._decision_owner(toks, acts, i, lang)
            if owner:
                src_a, tgt_a = owner, [a for a in tgt_a if a.m.country != owner[0].m.country]
            elif p.pos == "verb":
                for j in range(i + 3, min(len(toks), i + 7)):
                    ow = self._decision_owner(toks, acts, j, lang)
                    if ow:  # "pasmerkė Estijos sprendimą išsiųsti Rusijos diplomatus": whose decision is judged
                        if not tgt_a or all(a.tokens[0] > j for a in tgt_a):
                            tgt_a = [a for a in ow if a not in src_a]
                        break
            if not src_a and 0 < lo < len(toks) and (toks[lo].low in ("kur", "kai", "kol") or (
                    toks[lo].low in ("kuriuo", "kuria", "kuriais", "kuriomis") and p.pos == "verb" and head == i)):
                # "lankysis Vilniuje, kur susitiks su ...", "pasirašė įsaką, kuriuo panaikinama ...": a
                # subordinate clause with no subject of its own continues the main clause's
                wider = [a for a in acts if a.tokens[0] < hi]
                src_a, tgt_a = self._roles_lt(sent, wider, toks, i, head, p)
            if not src_a and p.pos == "verb" and head == i and 1 < lo < i and _LT_REL.get(toks[lo].low) == "ACC" \
                    and toks[lo - 1].text == "," and not any(
                        lo < a.tokens[0] < i and not a.loc and "NOM" in (a.m.cases or []) for a in acts) \
                    and not any(t.low in ("ji", "jis", "jie", "jos") for t in toks[lo + 1:i]):
                # "sulaikė Japonijos piliečius, kuriuos apkaltino šnipinėjimu": a relative clause with no subject
                # of its own has the main clause's; its pronoun object stands for the actor before the comma
                main = [a for a in acts if a.tokens[1] <= lo - 1]
                src_a = self._roles_lt(sent, main, toks, i, head, p)[0] if main else []
                if not src_a:
                    nom = [a for a in main if not a.loc and "NOM" in (a.m.cases or [])
                           and self._prep_before(toks, a, "lt", 0) is None]
                    src_a = nom[:1]
                tgt_a = [a for a in tgt_a if a not in src_a]
            if not src_a and p.pos == "verb" and head == i and 2 < lo < i and toks[lo].low == "kad" \
                    and toks[lo - 1].text == "," and (self._lt_says(toks[lo - 2]) or self._lt_promises(toks, acts, lo)) \
                    and not toks[i].low.endswith(_LT_NOT_THIRD_PERSON) and (toks[i].lemma or "") != toks[i].low \
                    and not any(lo < a.tokens[0] < i and not a.loc for a in acts) \
                    and all(t.low in _LT_TIME_WORDS or t.low in _LT_ADVERBS_BEFORE_VERB for t in toks[lo + 1:i]):
                # (the verb right after "kad", an adverb or time word between at most: "kad okupantai apšaudė ..."
                # has a subject of its own)
                # "Lietuva paskelbė, kad išsiųs Rusijos diplomatą": a "kad" clause with no subject of its own says
                # what the speaker does (Lithuanian drops the pronoun; "kad šalis ...", "kad jie ..." have one)
                main = [a for a in acts if a.tokens[1] <= lo - 2 and not a.loc and "NOM" in (a.m.cases or [])
                        and self._prep_before(toks, a, "lt", 0) is None]
                if main:
                    src_a = self._chain(main, toks, _LT_AND, lo - 2, before=True)
                    tgt_a = [a for a in tgt_a if a not in src_a]
            if not src_a and p.pos == "verb" and head == i and 1 < lo < len(toks) and toks[lo].low in (
                    "kuris", "kuri", "kurie", "kurios") and toks[lo - 1].text == ",":
                # "perduoti Omanui, kuris tarpininkavo ...": the relative pronoun is the subject, standing for the
                # actor right before the comma
                ante = [a for a in acts if a.tokens[1] == lo - 1 and not a.loc]
                if ante:
                    src_a = ante[-1:]
                    if toks[lo].low in ("kurie", "kurios"):
                        # "prieš Lenkiją, Vengriją ir Slovakiją, kurios uždraudė ...": a plural pronoun stands
                        # for the whole list before it
                        src_a = self._chain([a for a in acts if a.tokens[1] <= lo - 1 and not a.loc], toks, _LT_AND,
                                            lo - 1, before=True)
                    tgt_a = [a for a in tgt_a if a not in src_a] or self._lt_adjective_target(
                        toks, i, p, src_a, hi)
            if not src_a and 0 < lo < len(toks) - 1 and _LT_REL.get(toks[lo].low) == "ACC" and toks[lo + 1].low in (
                    "ji", "jis"):
                # "padėkojo Lietuvai už generatorius, kuriuos ji perdavė": the pronoun is the country or organisation
                # named before whose head noun has its gender
                fem = toks[lo + 1].low == "ji"
                for a in reversed([a for a in acts if a.tokens[1] <= lo and not a.loc
                                   and a.m.kind in ("country", "org", "city")]):
                    if self._lt_gender(a, toks, acts) == fem:
                        src_a = [a]
                        tgt_a = [t for t in tgt_a if t is not a]
                        break
            if src_a and not tgt_a and p.code[:2] == "07" and 0 < lo < len(toks) and _LT_REL.get(toks[lo].low) == "ACC":
                # "Ukraina gavo naikintuvus, kuriuos perdavė Danija": what is given in a relative clause goes to
                # the subject of the clause it describes
                main = [a for a in acts if a.tokens[1] <= lo - 1 and not a.loc and a not in src_a
                        and "NOM" in (a.m.cases or []) and self._prep_before(toks, a, "lt", 0) is None]
                tgt_a = main[:1]
            if p.pos == "noun" and i > 0 and toks[i - 1].low in _LT_POSS:
                # "..., todėl jo susitikimas su Zelenskiu neįvyko": the possessive is the actor named last
                tgt_c = {a.m.country for a in tgt_a} - {None}  # ("jo vizitas Rusijoje" is no Russian's)
                own = [a for a in acts if a.tokens[1] <= i - 1 and not a.loc and a not in tgt_a
                       and (a.m.country or a.m.kind == "org") and a.m.country not in tgt_c]
                people = [a for a in own if a.m.kind in ("person", "role")]
                if people and toks[i - 1].low != "jų":
                    src_a = [people[-1]]
                elif own:
                    src_a = [own[-1]] if toks[i - 1].low != "jų" else self._chain(own, toks, _LT_AND, i - 1,
                                                                                 before=True)
                elif state.get("last_person") is not None and toks[i - 1].low != "jų":
                    src_a = [state["last_person"]]
                src_a = [a for a in src_a if a.m not in [t.m for t in tgt_a]]
        else:
            src_a, tgt_a = self._roles_en(sent, inclause, toks, i, head, p, state.get("_main_verb"))
            if not tgt_a and _spatial_pattern(p):
                src_a = []  # "drills around the island": the place names no state, and no other is the target
            owner = self._decision_owner(toks, acts, i, lang)
            if owner:
                src_a, tgt_a = owner, [a for a in tgt_a if a.m.country != owner[0].m.country]
            if p.pos == "verb" and self._en_passive and 2 <= lo < len(toks) and toks[lo].low in ("who", "which") \
                    and toks[lo - 1].text == "," and not any(a.tokens[1] <= i for a in inclause if a.tokens[0] >= lo):
                # "Poland protested to Russia's ambassador, who was summoned on Monday", "The Chinese envoy, who was
                # summoned by Manila": a passive relative clause's subject, the actor just before the comma, is
                # what the act is done to; the doer is the "by" agent (an envoy: else the state of the ministry or
                # post it is called to), none else (not whoever was named last)
                ante = [a for a in acts if a.tokens[1] <= lo - 1 and not a.loc and not a.adj]
                if ante and max(a.tokens[1] for a in ante) == lo - 1:
                    np0 = lo - 1
                    while np0 > 0 and lo - 1 - np0 < 10 and not (toks[np0 - 1].text in (",", ";", ":") or (
                            toks[np0 - 1].text.isalpha() and toks[np0 - 1].text.islower()
                            and (toks[np0 - 1].low.endswith("ed") or toks[np0 - 1].low in _EN_NP_STOPS))):
                        np0 -= 1
                    phrase = [a for a in ante if a.tokens[0] >= np0]
                    post: list[Act] = []
                    if p.code == "114" and phrase:
                        host, post = self._summoning_state(toks, acts, [a for a in inclause if a.tokens[0] > i],
                                                           phrase, i)
                        src_a = src_a or host
                    phrase = [a for a in phrase if a not in post]
                    tgt_a = [a for a in self._chain(phrase, toks, _EN_LIST, phrase[-1].tokens[1], before=True)
                             if a not in src_a] if src_a and phrase else []
            elif not src_a and p.pos == "verb" and 2 <= lo < len(toks) and toks[lo].low in ("who", "which") \
                    and toks[lo - 1].text == ",":
                # "X, who held talks with Y", "X, which fought two wars against Y": the relative clause's
                # subject is the actor just before the comma
                ante = [a for a in acts if a.tokens[1] <= lo - 1 and not a.loc and not a.adj]
                if ante and max(a.tokens[1] for a in ante) == lo - 1:
                    src_a = [a for a in self._chain(ante, toks, _EN_LIST, lo - 1, before=True) if a not in tgt_a]
            asked = False
            if 2 <= i < len(toks) - 2 and toks[i - 1].low == "the" and toks[i - 2].low in ("at", "upon", "on") \
                    and toks[i + 1].low == "of" and p.code[:2] in ("02", "03", "04"):
                # "deployed troops to X at the request of Maputo", "at the invitation of Y": the one who asked or
                # invited acts on the clause's subject
                own = [a for a in inclause if a.tokens[0] in (i + 2, i + 3) and not a.loc and not a.adj]
                subj = [a for a in inclause if a.tokens[1] <= i and not a.loc and not a.adj and a not in own
                        and self._prep_before(toks, a, "en", 0) is None]
                if own and subj:
                    src_a, tgt_a = own[:1], self._chain(subj, toks, _EN_LIST, i, before=True)
                    asked = True
            if not asked and (i in state.get("_agentive", ()) or (p.pos == "noun" and not tgt_a) or (
                    p.pos == "verb" and i + 1 < len(toks) and toks[i + 1].low == "from" and self._noun_use(toks, i))):
                # "North Korea rejected Seoul's offer", "Belarus called Vilnius's accusations absurd": the
                # noun's own agent acts on the clause subject
                own = self._own_agent(toks, inclause, i)
                if own:
                    subj = [a for a in inclause if a.tokens[1] <= i and not a.loc and not a.adj and a not in own
                            and self._prep_before(toks, a, "en", 0) is None]
                    src_a = own
                    tgt_a = self._chain(subj, toks, frozenset({"and", ","}), i, before=True) if subj else []
                elif (p.pos == "noun" or self._noun_use(toks, i)) and p.code[:2] in _REACTION_ROOTS | {"14"} \
                        and i + 2 < len(toks) and toks[i + 1].low == "from" and toks[i - 1].text.islower():
                    # "..., drawing swift condemnation from Japan, South Korea and China": those named after
                    # "from" react to the clause's subject
                    frm = [a for a in inclause if a.tokens[0] in (i + 2, i + 3) and not a.loc and not a.adj]
                    if frm and src_a:
                        rest = [a for a in inclause if a.tokens[0] >= frm[0].tokens[0] and not a.loc]
                        src_a, tgt_a = (self._chain(rest, toks, _EN_LIST, i + 1, before=False),
                                        self._last_agent(acts, state) or src_a)
                        if p.code[:2] == "14" and not any(_sector(a.m) in _DOMESTIC for a in src_a):
                            state["_code_override"] = "114"  # "a formal protest from Baghdad": a state complains
        if lang == "lt" and p.code.startswith("023") and tgt_a:
            tgt_a = [self._lt_equipment_owner(a) for a in tgt_a]
        if src_a and not tgt_a and (p.code[:2] in ("02", "10", "11", "12", "13") or (
                lang == "lt" and p.code[:2] == "09" and p.pos == "verb")) and hi < len(toks) and hi != att:
            # "pareikalavo, kad Iranas ...", "demanded that Iran stop ...": the subject of the
            # complement clause is who the appeal, demand, accusation or threat is addressed to; "pradėjo
            # tyrimą dėl pranešimų, kad Rusijos kariai ...": whom an investigation looks into
            _, hi_next = self._clause(sent, hi + 1, lang)
            if lang == "lt" and hi + 1 < len(toks) and toks[hi + 1].low == "kad":
                # "pagrasino, kad Rusija smogs ..., jei Vokietija perduos ...": the condition is not the content
                hi_next = next((k for k in range(hi + 2, hi_next - 1) if toks[k].text == ","
                                and toks[k + 1].low in ("jei", "jeigu")), hi_next)
            nxt = [a for a in acts if hi <= a.tokens[0] < hi_next and not a.loc and a not in src_a]
            if lang == "lt":
                nom_nxt = [a for a in nxt if "NOM" in (a.m.cases or [])]
                if not nom_nxt and hi + 1 < len(toks) and toks[hi + 1].low == "kad":
                    # "perspėjo, kad Aljanso plėtra sulauks atsako": the owner of the clause's subject, a genitive
                    # opening it right before its lowercase head noun
                    nom_nxt = [a for a in nxt if a.tokens[0] == hi + 2 and (a.m.cases or []) == ["GEN"]
                               and self._prep_before(toks, a, "lt", 0) is None and a.tokens[1] < len(toks)
                               and toks[a.tokens[1]].text.isalpha() and toks[a.tokens[1]].text.islower()][:1]
                    if p.code[:2] == "13" and not any(toks[x].low.startswith(_LT_CONSEQUENCE)
                                                      for x in range(hi + 2, min(hi_next, len(toks)))):
                        nom_nxt = []  # "perspėjo, kad Vokietijos ekonomika gali susitraukti": a forecast, no threat
                nxt = nom_nxt
                state_src = {a.m.country for a in src_a if _sector(a.m) not in _DOMESTIC} - {None}
                # "pažadėjo, kad Maskva atsakys": the speaker's own state acts, it is not addressed
                nxt = [a for a in nxt if a.m.country not in state_src or _sector(a.m) in _DOMESTIC]
                if hi + 1 < len(toks) and toks[hi + 1].low in _LT_COORD:
                    nxt = []  # "pasmerkė ..., nes Rusijos raketa ...", "..., o Rusija ...": a reason or a second
                    # clause of its own, not the content of the appeal or threat
            if nxt:
                tgt_a = self._chain(nxt, toks, frozenset({"ir", "bei", "and", ","}), hi, before=False)
        if lang == "lt" and src_a and not tgt_a and p.code[:2] == "14":
            tgt_a = self._demanded_of(sent, acts, toks, src_a, i)
            own = {a.m.country for a in src_a}
            if not tgt_a and p.code.startswith("141") and len(own) == 1 and None not in own and all(
                    _sector(a.m) in ("CVL", "OPP", "EDU", "LAB", "AGR") for a in src_a) and not any(
                    a.m.country not in own for a in [*acts, *self._lt_adjs]) and not any(
                    toks[k].low == "prieš" and any(t.low.startswith(_LT_ABROAD_OBJECTS) for t in toks[k + 1:k + 4])
                    for k in range(i + 1, min(len(toks), i + 8))):
                # (not with another country named: "blokavo pasienio punktus su Ukraina", "prieš turkų operaciją";
                # nor against a war, invasion or occupation: "protestavo prieš karą" is no protest at home)
                # "Tbilisyje tūkstančiai žmonių protestavo": people protesting at home against no one named protest
                # their own government
                v = _Virtual(next(iter(own)))
                v.actor = v.country + "GOV"
                tgt_a = [Act(v, 0, (0, 0))]
        if lang == "en" and src_a and not tgt_a and p.pos == "verb" and i + 2 < len(toks) and toks[i + 1].low == "and":
            # "blocked and fired water cannon at Philippine boats": two verbs sharing one object
            q2 = state.get("_trig_pat", {}).get(i + 2)
            if q2 is not None and q2.pos == "verb" and q2.target:
                _s2, t2 = self._roles_en(sent, inclause, toks, i + 2, i + 2, q2, state.get("_main_verb"))
                tgt_a = [a for a in t2 if a not in src_a]
        if lang == "en" and src_a and not tgt_a and p.code[:2] in ("15", "16"):
            tgt_a = self._reaction_target(acts, toks, src_a, i)
        if lang == "en" and src_a and not tgt_a and p.code[:2] == "14":
            tgt_a = self._own_government(acts, src_a, i)
        if lang == "en" and src_a and not tgt_a and p.code[:2] >= "11" and self._caused(toks, i):
            # "Chinese warships sailed near Yonaguni, prompting Tokyo to scramble fighter jets": the caused
            # reaction is aimed at the agent of the act that caused it
            before = [a for a in acts if a.tokens[1] <= i and not a.loc and not a.adj and a not in src_a]
            tgt_a = [a for a in (self._last_agent(acts, state) or self._opening_subject(toks, before, i))
                     if a.m.country not in {b.m.country for b in src_a}]
        if src_a and not tgt_a and p.target and not p.code.startswith("01"):
            tgt_a = self._pronoun_target(toks, acts, src_a, i, lo, hi, p, lang, state)
        if lang == "lt" and src_a and not tgt_a and p.pos == "verb" and head == i and p.code[:2] in _LT_ADDRESSED:
            tgt_a = self._lt_shared_addressee(sent, inclause, toks, i, src_a, state)
        if lang == "en" and src_a and not tgt_a and p.target:
            # "recalled its ambassadors to the three countries": the last subject naming three
            tgt_a = [Act(m, 0, (0, 0)) for m in self._en_counted_group(toks, i + 1, hi, state)]
        if lang == "en" and src_a and not tgt_a and p.target and p.code in ("036", "039") and p.with_:
            # "Tokayev said Kazakhstan was ready to offer its platform for further negotiations": an offer of talks
            # or mediation naming no parties is made to the two who acted jointly just before
            tgt_a = [Act(m, 0, (0, 0)) for m in self._mediated_pair([a.m for a in src_a], state)]
        if lang == "en" and src_a and not tgt_a and p.target and not p.code.startswith("01"):
            si_ = state.get("_si", 0)
            prev_src = {e.source_country for e in state.get("_events", ()) if e.sentence_index == si_ - 1
                        and not e.historical and e.source_country}
            tgt_a = self._place_target(toks, acts, src_a, i, p, self.lex["en"].coref_place, self.lex["en"].by_lemma,
                                       state.get("_prev_countries", ()), prev_src)
        if lang == "lt" and src_a and not tgt_a and p.target and p.code[:2] in _FORCE_ROOTS \
                and state.get("last_place") and state["last_place"] not in {a.m.country for a in src_a} and any(
                    toks[k].low in _LT_THIS and toks[k + 1].low.startswith(("miest", "šal", "valstyb", "region"))
                    for k in range(i + 1, min(hi, i + 5) - 1)):
            # "JAV numetė ant šio miesto atominę bombą": the place named in an earlier sentence
            v = _Virtual(state["last_place"])
            tgt_a = [Act(v, 0, (0, 0))]
        if lang == "lt" and src_a and not tgt_a and p.pos == "verb" and p.target:
            # "užgrobė Izraelio verslininkui priklausantį laivą": the owner of the object, a dative before
            # "priklausantis", is the target
            k = next((k for k in range(i + 1, min(hi, i + 6)) if toks[k].low.startswith("priklaus")), None)
            if k is not None:
                tgt_a = [a for a in inclause if a.tokens[1] == k and "DAT" in (a.m.cases or []) and not a.loc
                         and a not in src_a][:1]
        if lang == "en" and src_a and p.target and p.code[:2] in _VIOLENT:
            # "fired missiles at two Iraqi bases housing US troops", "attacked a convoy carrying Pakistani soldiers":
            # the people a place or a vehicle holds are what the attack is aimed at
            held = self._en_held_target(toks, inclause, src_a, i, hi)
            if held:
                tgt_a = held
        if src_a and p.target and p.pos == "verb" and p.code[:2] in _VIOLENT and (not tgt_a or (
                lang == "en" and all(self._countryless(a.m) for a in tgt_a))) and not (
                p.symmetric and len({a.m.country or a.m.actor for a in src_a}) >= 2):
            # (not when a joint subject acts on each other: "Turkish and Russian troops clashed in Syria")
            # ("struck suspected militant hideouts in northern Iraq": militants of no country are no party; the
            # attack hits the country where it happened)
            tgt_a = self._location_target(toks, inclause, src_a, i) or (
                self._country_in(toks, inclause, src_a, i) if tgt_a else []) or tgt_a
        if lang == "lt" and src_a and not tgt_a and "DAT" in p.target:
            # "įvesti muitus prekėms iš Europos Sąjungos": the origin of the goods a measure falls on
            for k in range(i + 1, min(hi, i + 10) - 1):
                if toks[k].low == "iš" and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
                        and toks[k - 1].low.endswith(("ams", "oms", "ėms", "ui", "iai")):
                    tgt_a = [a for a in inclause if a.tokens[0] == k + 1 and not a.loc and a not in src_a
                             and "GEN" in (a.m.cases or [])][:1]
                    break
        if lang == "lt" and src_a and not tgt_a and p.code[:2] == "13" and p.pos == "verb":
            tgt_a = self._threatened(sent, acts, toks, src_a, i, hi, lang, state)
            if not tgt_a:
                # "pagrasino sutriuškinti bandymus siekti Taivano nepriklausomybės": whose cause is threatened
                src_c = {a.m.country for a in src_a} - {None}
                tgt_a = [a for a in inclause if a.tokens[0] > i and not a.loc and a.m.country
                         and a.m.country not in src_c and (a.m.cases or []) == ["GEN"]][:1]
        if lang == "lt" and src_a and not tgt_a:
            if p.code.startswith("01") and p.lemma not in _LT_REPORT_VERBS:
                # (a report, "pranešė, kad JAV sustabdė ...", "pranešė, kad per Izraelio smūgius žuvo ...", tells a
                # fact; it is no statement about the party the fact names)
                tgt_a = self._statement_topic(sent, acts, toks, src_a, hi, lang, plain=p.code == "010")
            elif p.target and p.code[:2] in ("09", "11", "12", "13", "15", "16", "17", "18", "19", "20"):
                tgt_a = self._adverbial_target(acts, toks, src_a, i)
        if lang == "en" and src_a and tgt_a:
            tgt_a = self._en_dual_national(toks, acts, src_a, tgt_a)
        src: list[Any] = [a.m for a in src_a]
        tgt: list[Any] = [a.m for a in tgt_a]
        acc = state.get("_accused", {}).get(i)
        if acc is not None:
            # the accused of the accusation at `acc` (already coded in this sentence) did the act
            accused: dict[str, Any] = {}
            accusers: dict[str, Any] = {}
            for e in state.get("_sent_events", ()):
                if e.spans.get("trigger") == [toks[acc].start, toks[acc].end] and e.target_actor:
                    v = _Virtual(e.target_country or e.target_actor)
                    v.actor = e.target_actor
                    if e.target_country is None:
                        v.country, v.kind, v.entity = None, "org", f"org:{e.target_actor.lower()}"
                    accused.setdefault(e.target_actor, v)
                    if e.source_country:
                        w = _Virtual(e.source_country)
                        w.actor = e.source_actor or e.source_country
                        accusers.setdefault(w.actor, w)
            if not accused:
                return [], ""
            src = list(accused.values())
            tgt = [t for t in tgt if (getattr(t, "country", None) or getattr(t, "actor", None)) not in {
                v.country or v.actor for v in src}]
            if lang == "lt" and not tgt and p.code[:2] in ("18", "19", "20") and not toks[i].low.endswith(("ant", "int")) \
                    and not self._lt_charge_named(toks, i, p):
                # "Armėnija apkaltino Azerbaidžaną apšaudžius pasienio kaimą": violence whose victim is named by
                # no actor is a complaint of the accuser about harm done to it
                tgt = [w for w in accusers.values() if w.country not in {v.country for v in src}]
        refs = state.get("_ref_subject", {}) if lang == "en" else {}
        ref = refs.get(i)
        if i in refs and (ref is None or not ref.source_country):
            return [], ""  # "Islamabad said the strikes had killed civilians": their actor is not the speaker
        if ref is not None and ref.source_country:
            v = _Virtual(ref.source_country)  # "the strikes killed ...": the strikes' actor
            v.actor = ref.source_actor or ref.source_country
            src = [v]
            tgt = [t for t in tgt if getattr(t, "country", None) != v.country]
        if lang == "lt" and p.code[:2] == "17" and len({getattr(x, "country", None) for x in src} - {None}) == 1 \
                and any(getattr(t, "kind", None) in ("role", "person") and not getattr(t, "country", None)
                        and getattr(t, "sector", None) and hasattr(t, "__dataclass_fields__") for t in tgt):
            # "Ekvadoro policija sulaikė buvusį viceprezidentą": whom a state arrests or tries with no country
            # named is one of its own people
            c = next(iter({getattr(x, "country", None) for x in src} - {None}))
            tgt = [replace(t, country=c, actor=c + t.sector) if getattr(t, "kind", None) in ("role", "person")
                   and not getattr(t, "country", None) and getattr(t, "sector", None)
                   and hasattr(t, "__dataclass_fields__") else t for t in tgt]
        if p.code[:2] in _FORCEFUL and any(_stateless_people(t) for t in tgt):
            tgt = self._placed_people(tgt, inclause, i)
        answered = False
        if lang == "lt" and src and not tgt and p.target and not toks[i].low.endswith("tų") and ((
                (p.code.startswith(("016", "12", "13", "0874", "19")) or self._answer_demand(toks, i, p)
                 or self._lt_undo_demand(toks, acts, i, hi, p, src)) and p.code != "128" and (
                    p.code[:2] != "19" or p.lemma == "atsakyti")) or any(
                    w.startswith(_LT_RESPONSE) for w in p.with_)):
            # (a subjunctive "kad Kyjivas atsisakytų" is what is wished for, not a reaction)
            if p.code.startswith("13"):
                # "Pekinas pažadėjo ryžtingą atsaką, jei Japonija dislokuos raketas": a threat on a condition is
                # aimed at the condition's subject, whose act would bring the response
                tgt = self._lt_condition_subject(toks, acts, i, src)
            tgt = tgt or self._reacted_to(src, state)
            if tgt and p.code.startswith("12") and self._lt_yielded_to(toks, acts, i, tgt, src, state):
                tgt = []
            if not tgt and p.code.startswith("016"):
                tgt = self._claimant(src, state)
            if not tgt and p.code.startswith("13"):
                # "ES patvirtino sankcijas Rusijai. ... „...“, – sakė Kallas. Zacharova ... pagrasino
                # atsakomosiomis priemonėmis": a threat of response answers the last act of the other party
                tgt = self._reacted_to(src, state, back=3)
            if not tgt and ((p.code.startswith("13") and self._lt_vowed_response(toks, acts, i, hi, p, src))
                            or self._lt_undo_demand(toks, acts, i, hi, p, src)):
                tgt = self._answered_agents(src, state, toks[i].start,
                                            fits=self._lt_undone_codes(toks, i, hi) if p.code[:2] == "10" else None)
                answered = bool(tgt)
        if lang == "lt" and p.code.startswith("045") and i > 1 and ((toks[i - 1].low in _LT_REL_WHERE
                                                                     and toks[i - 2].text == ",") or (
                p.pos == "verb" and toks[i - 1].text in (",", "–", "—") and not self._lt_nonfinite(toks[i])
                and not self._absolute(toks, i, p, acts))):
            # "surengė derybas, kuriose tarpininkavo JAV ir Prancūzija", "apsikeitė kaliniais, tarpininkavo Omanas":
            # the mediators follow the verb of the relative or inverted clause; the talks they served are the main
            # clause's
            end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
            own = [a for a in acts if i < a.tokens[0] < end and not a.loc
                   and "NOM" in ([a.lcase] if a.lcase else a.m.cases or [])]
            tarp = self._lt_tarp_group(acts, toks)
            own = [a for a in own if id(a) not in tarp]
            if own:
                # (parties of its own after "tarp" stay: "tarpininkavo Vokietija tarp Armėnijos ir Azerbaidžano")
                src, tgt = [a.m for a in self._chain(own, toks, _LT_AND, i, before=False)], [
                    a.m for a in acts if i < a.tokens[0] < end and id(a) in tarp]
        if lang == "lt" and src and not tgt and p.code.startswith("045"):
            # "... susitarė dėl paliaubų. Derybose tarpininkavo Kataras ir Turkija": a mediation naming no
            # parties of its own served the two who acted jointly just before
            tgt = self._mediated_pair(src, state, here_too=i > 0 and (
                toks[i - 1].low in ("kuriai", "kuriam", "kurioms", "kuriems") or toks[i - 1].low in _LT_REL_WHERE
                or (p.pos == "verb" and toks[i - 1].text in (",", "–", "—"))
                or any(self._lt_mediated_noun(toks, k) and toks[k].low.endswith(
                    ("se", "yje", "uose", "ose", "ui", "ams", "oms")) for k in range(max(0, i - 6), i))))
        if lang == "en" and src and not tgt and p.code == "045":
            # "India and Pakistan agreed to a ceasefire after U.S. mediation", "..., with Turkey mediating": a
            # mediation naming no parties served the two who acted jointly in this sentence
            tgt = self._mediated_pair(src, {**state, "_events": ()}, here_too=True)
        if lang == "en" and src and not tgt and p.target and (any(w.startswith(_EN_RESPONSE) for w in p.with_)
                                                             or self._en_rebuttal(toks, i, p)
                                                             or self._answer_demand(toks, i, p)):
            # "Kabul ... vowed to retaliate": a vowed response answers the other party of the last event;
            # "Moscow accused Kyiv of ... Kyiv denied any role": so does a denial or rejection with no target;
            # "... detained a Lithuanian driver. Vilnius demanded his release / an explanation": and a demand
            tgt = self._reacted_to(src, state, done_to=p.code.startswith("13"))
            if not tgt and p.code.startswith("016"):
                tgt = self._claimant(src, state)
        if lang == "en" and src and p.pos == "verb" and i > 0 and toks[i + 1 if i + 1 < len(toks) else i].low == "by" \
                and toks[i].low.endswith("ed") and (self._is_event_noun(toks[i - 1]) or self._between_noun(toks, acts, i)):
            # "a ceasefire between Israel and Hezbollah brokered by France", "a truce brokered by Qatar": the
            # go-between acts on the parties of the agreement, not on whoever is named last before it
            parties = self._noun_parties(toks, acts, i, src, state)
            if parties:
                tgt = parties
        elif lang == "en" and src and p.pos == "verb" and p.code == "045" and i > 1 and i + 1 < len(toks) \
                and toks[i + 1].low == "by" and toks[i].low.endswith("ed"):
            # "The truce, brokered by the United States and France, ...", "talks in Beijing mediated by China":
            # the mediated act set off by a comma or followed by its place; its parties are those of the
            # sentence's joint act, else (for "the truce", "the talks") of the joint act told just before
            k = i - 1
            if toks[k].text == ",":
                k -= 1
            else:
                place = next((a for a in acts if a.tokens[1] == i and a.loc), None)
                if place is not None and place.tokens[0] >= 2 and toks[place.tokens[0] - 1].low in ("in", "at"):
                    k = place.tokens[0] - 2
            if k != i - 1 and k >= 0 and self._is_event_noun(toks[k]):
                definite = any(toks[j].low in _EN_ANAPHOR_DETS for j in range(max(0, k - 3), k))
                parties = self._noun_parties(toks, acts, i, src, state, prev=definite)
                if parties:
                    tgt = parties
        elif lang == "en" and src and not tgt and p.pos == "verb" and p.code == "045" and i + 2 < len(toks) \
                and toks[i + 1].low in _EN_ANAPHOR_DETS and self._is_event_noun(toks[i + 2]) and not self._en_passive:
            # "Russia brokered the ceasefire that ended the war": the parties of the joint act told before
            tgt = self._noun_parties(toks, acts, i, src, state, prev=True, back=2)
        if lang == "lt" and src and not tgt and p.pos == "verb" and p.code[:2] == "11" and p.lemma in _LT_JUDGING | {"vadinti"} \
                and self._lt_claims_object(toks, i, lo, hi):
            # "Baku kaltinimus pavadino melu", "Vilnius šiuos teiginius pavadino dezinformacija": calling the
            # charges lies denies them (016), an answer to whoever made them
            tgt = self._reacted_to(src, state) or self._claimant(src, state)
            if tgt:
                state["_code_override"] = "016"
        if lang == "lt" and src and not tgt and p.target and p.pos == "verb" and not p.passive and p.code == "012" \
                and not toks[i].low.endswith("tų") and self._lt_act_named(toks, i, lo, hi, p):
            # "Turkija šį sprendimą apgailestavo", "apgailestavo dėl šio sprendimo", "išreiškė susirūpinimą dėl karinio
            # bendradarbiavimo gilinimo": regret or concern about an act named by a noun judges that act (its doers;
            # a bare "išreiškė susirūpinimą" may be about anything)
            tgt = self._judged(src, toks, i, lo, hi, state)
        if lang == "lt" and src and not tgt and p.pos == "verb" and p.code in ("1053", "0253") and not p.passive:
            tgt = self._lt_holder(src, toks, i, hi, state)
        if lang == "lt" and p.code == "051" and p.lemma in ("pavadinti", "vadinti") and any(
                (toks[k].lemma or toks[k].low).lower() in _LT_TALK_LEMMAS for k in range(max(lo, i - 5), min(hi, i + 3))):
            # "derybas su Graikija pavadino konstruktyviomis", "pokalbį pavadino produktyviu": a good word for one's
            # own talks is optimism about them (013), not praise of the other side
            state["_code_override"] = "013"
        if lang == "lt" and src and not tgt and p.target and p.pos == "verb" and not p.passive and (
                p.code[:2] == "11" or (p.code.startswith("051") and (p.lemma in _LT_JUDGING or _lt_greeting(p)))) \
                and not toks[i].low.endswith("tų"):
            tgt = self._judged(src, toks, i, lo, hi, state, person=toks[i].low.startswith(("pasveikin", "sveikin"))
                               and self._lt_unknown_person_object(toks, acts, i, hi))
        if lang == "en" and src and not tgt and (getattr(p, "compound", False) or toks[i - 1].text in ("-", "–")) \
                and i + 1 < len(toks) and self._is_event_noun(toks[i + 1]):
            tgt = self._noun_parties(toks, acts, i, src, state)  # "despite a U.S.-brokered truce": its parties
        how = "answered" if answered else ""
        if src and tgt and all(getattr(t, "actor", None) and getattr(t, "actor", None) in
                               {getattr(s, "actor", None) for s in src} for t in tgt):
            # "The Russian embassy called the decision groundless and said Moscow would respond": the only
            # other name in reach is the subject's own body again, no party; the act's target is found as if
            # none were named
            tgt = []
        if lang == "en" and src and tgt and p.target and p.code[:2] in _REACTION_ROOTS:
            # "Kishida called the launch outrageous, and Sullivan condemned it": the verb's object is an act
            # named by a noun, so a name after the next ", and" / ", while" starts a clause of its own
            # ("called the operation a terrorist attack": a bare sector in the label is no party either)
            cut = self._en_next_clause(toks, i)
            if (cut is not None and all((getattr(t, "start", None) or 0) > cut for t in tgt)
                    or all(_bare(getattr(t, "actor", None)) for t in tgt)) and self._event_anaphor(toks, acts, i, lo, p):
                tgt = []
        if lang == "en" and src and tgt and p.code[:2] == "13" and all(self._en_next_victim(toks, t) for t in tgt):
            # "warned that Poland could be next": a party named as the next victim of a third is no one threatened
            tgt = []
        if lang == "en" and src and tgt and p.pos == "verb" and p.code == "1711" and all(
                getattr(t, "kind", None) == "city" and getattr(t, "form", None) != "adj" for t in tgt):
            state["_code_override"] = "192"  # "Syrian rebels seized Damascus": a city taken is territory occupied
        if lang == "en" and src and p.pos == "verb" and p.code == "141" and p.lemma == "protest" and all(
                getattr(x, "country", None) and not _people(x) and _sector(x) not in _DOMESTIC for x in src):
            state["_code_override"] = "114"  # "Vietnam protested against ...": a state's protest is an official complaint
        if lang == "lt" and src and p.code == "141" and p.lemma in ("protestuoti", "protestas") \
                and toks[i].low not in _LT_PLURAL_PROTESTS and all(
                getattr(x, "country", None) and not _people(x) and _sector(x) in (None, "GOV") for x in src):
            # "Po Turkijos protesto Švedija ...", "Kinija protestavo dėl ...": a state's protest is an official
            # complaint (114); a crowd's, its people's ("tūkstančiai serbų protestavo"), or "Serbijos protestai"
            # (protests held there) are demonstrations (141)
            state["_code_override"] = "114"
        if lang == "en" and src and not tgt and p.pos == "verb" and p.code[:2] in ("05", "11") and self._en_passive:
            # "The military cooperation between North Korea and Russia was condemned by Japan", "The arrest of a
            # French aid worker by Iranian authorities was condemned by Paris": the act the passive's subject names,
            # coded in this sentence, is judged, and its agents are the target
            tgt = self._subject_act_agents(toks[i].start, state, src)
            how = how or ("anaphor" if tgt else "")
        if lang == "en" and src and not tgt and p.target and (
                p.code[:2] in _REACTION_ROOTS or state.get("_code_override") == "114") \
                and self._event_anaphor(toks, acts, i, lo, p):
            # "Russia called the move unacceptable", "The decision was criticised by Britain": the act
            # referred to is the last one coded, and its actor is whom the reaction is aimed at
            author = self._en_urged_further(toks, acts, i, src) if p.code[:2] == "05" else []
            if author:
                # "Kuleba welcomed the decision and urged the EU to go further": whom the speaker urges to go
                # further made the decision
                tgt = [a.m for a in author]
            elif p.code.startswith("012"):
                # "expressed concern over the incident": concern is about a deed, not about another's words on it
                # ("Washington condemned the move, and Tokyo voiced serious concern": the move's doer)
                deeds = {k: tuple(e for e in state.get(k, ()) if e.cameo[:2] not in _REACTION_ROOTS | {"10"})
                         for k in ("_events", "_sent_events")}
                tgt = self._anaphor_actors(src, {**state, **deeds}, self._anaphor_noun)
            if not author and not p.code.startswith("012"):
                tgt = self._anaphor_actors(src, state, self._anaphor_noun)
            if not tgt and self._fronted_object(toks, acts, i):
                # "EU leaders granted Ukraine candidate status, a decision Kyiv hailed": the main clause's subject
                src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src}
                first = [a for a in acts if not a.loc and not a.adj and a.tokens[0] <= 2
                         and (a.m.country or a.m.actor) not in src_c]
                if first:
                    tgt = [a.m for a in self._chain([a for a in acts if not a.loc and not a.adj], toks, _EN_LIST,
                                                    first[0].tokens[0] - 1, before=False)
                           if (a.m.country or a.m.actor) not in src_c]
            how = "anaphor" if tgt else ""
        if lang == "en" and src_a and not tgt and p.target and p.pos == "verb" and i > 1 and toks[i - 1].text == "," \
                and toks[i].low.endswith("ing") and self._actor_description(toks, i + 1):
            # "..., withdrew from ECOWAS, accusing the regional bloc of ...": a definite description in the
            # participle's object slot is the other actor its main clause named
            last_src = max(a.tokens[1] for a in src_a)
            main = [a for a in acts if last_src <= a.tokens[0] < i - 1 and not a.loc and not a.adj and a not in src_a
                    and (a.m.country or a.m.actor) not in {x.m.country or x.m.actor for x in src_a}]
            if main:
                tgt = [a.m for a in self._chain(main, toks, _EN_LIST, last_src, before=False)]
                how = "description"
        conf = 0.9
        if lang == "lt" and src_a and p.target and p.pos == "verb" and all(a.tokens[0] > i for a in src_a) \
                and any(ph in " ".join(t.low for t in toks[max(lo, i - 4):i]) for ph in self.lex[lang].coref_pair) \
                and not any(t.text in (",", "–", "—", ":") for t in toks[max(lo, i - 4):i]):
            # "Abi šalys pasmerkė Šiaurės Korėjos raketos paleidimą": the phrase before the verb is its subject;
            # a form after it that could be a nominative ("raketos") is its object
            pair_src = self._coref(sent, toks, lo, head, state, lang)
            if pair_src:
                src, tgt, how = pair_src, [a.m for a in src_a], "coref"
                src_a = []
        if not src and not (lang == "en" and self._en_own):
            src = self._coref(sent, toks, lo, head, state, lang)
            if src:
                how, conf = "coref", 0.7
                state["last_subject"] = src
        if not src:
            return [], ""
        if lang == "lt" and tgt and p.target and {getattr(x, "country", None) for x in tgt} <= {
                getattr(x, "country", None) for x in src}:
            # "Izraelis atšaukė savo ambasadorius iš šių šalių": the own envoys are no target when "šių šalių" names them
            near = " " + " ".join(t.low for t in toks[i + 1:min(hi, i + 6)]) + " "
            if any(" " + ph + " " in near for ph in self.lex[lang].coref_group):
                tgt = []
        if not tgt and p.target:
            src_c = {getattr(x, "country", None) for x in src}
            after = " ".join(t.low for t in toks[i + 1:hi])
            pair = state.get("pair")
            near = " " + " ".join(t.low for t in toks[i + 1:min(hi, i + 6)]) + " "
            if lang == "lt" and any(" " + ph + " " in near for ph in self.lex[lang].coref_group):
                # "Argentina, Čilė ir Peru atsisakė pripažinti rezultatus, o Karakasas išsiuntė šių šalių
                # diplomatus": the countries listed as the subject just before
                tgt = self._lt_listed(acts, toks, i, src_c, state)
                how = how or "coref-target"
            elif lang == "lt" and self._lt_sides_object(toks, i, hi) and self._lt_recent_sides(src, state, pair):
                # "Iranas smogė ... Pakistanas atšaukė ambasadorių. Kinija paragino abi kaimynes ...", "paragino
                # kariaujančias šalis nutraukti ugnį": the two sides of the conflict told just before
                tgt = self._lt_recent_sides(src, state, pair)
                how = how or "coref-target"
            elif pair and any(ph in after for ph in self.lex[lang].coref_pair):
                # "urged both sides to ...", "paragino abi šalis ...": the article's pair, minus the speaker
                tgt = [_Virtual(c) for c in pair if c not in src_c]
                how = how or "coref-target"
            elif (lang == "en" and (" ".join(t.low for t in toks[i + 1:i + 5])).startswith(
                    self.lex[lang].coref_pair)) or (lang == "lt" and not pair and self._lt_pair_object(toks, i, hi)):
                # ("Tailandas ir Kambodža susitarė ... JAV prezidentas kalbėjosi su abiem lyderiais": in Lithuanian
                # too, with no main pair)
                # no main pair: the two who acted jointly earlier in the sentence ("Fighting between X and Y
                # ..., as Saudi Arabia urged both sides to ...")
                joint: dict[str, Any] = {}
                si = state.get("_si", 0)
                prev = [e for e in state.get("_events", ()) if e.sentence_index == si - 1 and not e.historical]
                for evs in (state.get("_sent_events", ()), prev):
                    # (else the two who acted jointly in the sentence before: "X and Y traded fire on the border.
                    # France urged both sides to show restraint")
                    dirs = {(e.source_actor, e.target_actor) for e in evs}
                    for e in evs:
                        if (e.target_actor, e.source_actor) in dirs and e.source_actor:
                            joint.setdefault(e.source_actor, e)
                    if joint:
                        break
                if len(joint) != 2:
                    # "India struck Pakistan. China urged both neighbours to exercise restraint": the two sides of the
                    # last attack told (this sentence or the one before)
                    last = next((e for evs in (state.get("_sent_events", ()), prev) for e in reversed(evs)
                                 if e.cameo[:2] in _VIOLENT and e.source_actor and e.target_actor
                                 and e.source_actor != e.target_actor), None)
                    if last is not None:
                        back = replace(last, source_actor=last.target_actor, source_country=last.target_country)
                        joint = {last.source_actor: last, last.target_actor: back}
                if len(joint) == 2:
                    tgt = []
                    for a, e in joint.items():
                        v = _Virtual(e.source_country or a)
                        v.actor = a
                        if e.source_country is None:
                            v.country, v.kind, v.entity = None, "org", f"org:{a.lower()}"
                        if (v.country or a) not in src_c:
                            tgt.append(v)
                    how = how or "coref-target"
        if lang == "en" and src and tgt:
            # "Australia announced its own sanctions, following the US and Britain": those followed or joined in a
            # same-kind act are its precedent, not its target (the same-kind target is looked for below); so are
            # those in an aside ", following the US and Britain" after any act
            same = i > 0 and (toks[i - 1].low in ("own", "similar", "matching") or (
                i > 1 and toks[i - 2].low in ("own", "similar", "matching") and toks[i - 1].text.islower()))
            tgt = [t for t in tgt if not self._en_precedent(toks, t, comma=not same)]
        kind = i if p.pos == "noun" else next((j for j in range(i + 1, min(hi, i + 5)) if p.with_ and toks[j].low.startswith(
            tuple(p.with_))), -1)
        if lang == "en" and src and not tgt and p.target and kind > 1 and (
                toks[kind - 1].low in ("similar", "own", "matching") or (
                    toks[kind - 2].low in ("similar", "own", "matching") and toks[kind - 1].text.islower())):
            # "Britain announced its own sanctions on 100 tankers", "Canada imposed similar restrictions": the same
            # kind of act as one told before by another side, aimed at that one's target
            tgt = self._same_kind_target(src, state, p.code[:2])
            how = how or ("same-kind" if tgt else "")
        if lang == "en" and src and not tgt and p.code == "0256" and p.pos == "verb" \
                and not any(i < a.tokens[0] < hi and not a.loc for a in acts):
            # "Azerbaijan shelled Armenian positions. Russia and France called for an immediate ceasefire": a call for
            # a truce or restraint naming no one is aimed at the two sides of the fighting told last
            tgt = self._fighting_sides(state, {getattr(x, "country", None) or getattr(x, "actor", None) for x in src})
            if len(tgt) == 2 and any(t.low in _EN_ONE_SIDED_FORCE for t in toks[i + 1:min(hi, i + 8)]) and not any(
                    t.low in ("both", "two", "all") for t in toks[i + 1:min(hi, i + 5)]):
                tgt = tgt[:1]  # "called for a halt to the offensive": the attacker's act, not the two sides'
                # (but "called on both sides to halt the offensive" names both)
            places = {a.m.country for a in acts if i < a.tokens[0] < hi and a.loc and a.m.country}
            if places and not places & {v.country for v in tgt}:
                tgt = []  # "... called for a ceasefire in Gaza" after a strike on Kyiv: another war, its sides unnamed
            how = how or ("coref-target" if tgt else "")
        if src and not tgt and p.target and (p.pos == "verb" or head != i) and (
                p.code[:2] in _SHARED_PARTNER_ROOTS or (lang == "en" and p.code[:2] == "02" and p.pos == "verb" and not any(
                    i < a.tokens[0] < hi for a in acts))) and not (  # (not "... and called for a ceasefire in Gaza")
                lang == "en" and any(t.low in _EN_RELATIONAL_GROUPS for t in toks[i + 1:min(hi, i + 5)])):
            # (not "met Xi and then appealed to the allies for calm": the appeal names its own addressees)
            # ("... and pledged humanitarian aid": the aid noun is the act, the verb pledging it the head)
            # ("spoke with Pashinyan by phone and urged restraint": an appeal naming no one, made in the talk, is
            # addressed to the one talked with)
            tgt = self._coordinated_partner(toks, head, src, state,
                                            roots=frozenset({"04"}) if p.code[:2] == "02" else _SHARED_PARTNER_ROOTS)
            if tgt:
                how = how or "coordinated"
        if lang == "lt" and p.code == "016" and tgt and p.pos == "verb":
            # "Ruanda neigia remianti sukilėlius": who is named after the participle is the object of the act
            # denied, not the one the denial answers
            part = next((k for k in (i + 1, i + 2) if k < len(toks) and toks[k].text.islower()
                         and toks[k].low.endswith(_LT_NOM_PARTICIPLE)), None)
            if part is not None and all((getattr(t, "start", None) or 0) > toks[part].start for t in tgt):
                tgt, hi = [], part
        own_c = {getattr(x, "country", None) for x in src if _sector(x) not in _DOMESTIC} - {None}
        if src and not tgt and p.target and p.pos == "verb" and not any(
                i < a.tokens[0] < hi and not a.loc and not (lang == "en" and p.code[:2] == "13" and a.m.country in own_c
                                                             and _sector(a.m) not in _DOMESTIC) for a in acts) \
                and ((lang == "en" and (p.code[:2] == "13" or p.code == "016")
                      and not (i + 1 < len(toks) and toks[i + 1].low in _EN_DETERMINERS and not (
                          # ("warned that Ankara would respond": a complement clause, its own state's act)
                          p.code[:2] == "13" and toks[i + 1].low == "that" and i + 2 < len(toks) and toks[i - 1].low == "and" and (
                              toks[i + 2].low in ("it", "they", "we") or any(
                                  a.tokens[0] in (i + 2, i + 3) and a.m.country in own_c for a in acts)))))
                     or (lang == "lt" and p.code == "016")):
            # "Moscow denied any involvement and promised a response", "Ruanda neigia remianti sukilėlius": a reaction
            # with no one in its clause is aimed at the other party of the reacting side's latest act, told in this
            # or the two sentences before
            tgt = self._recent_counterpart(src, state, hostile=p.code[:2] == "13")
            if not tgt and p.code[:2] == "13" and not state.get("_sent_events"):
                # "Polish police arrested two Russian agents. Moscow vowed to respond": no act coded before, the
                # response is aimed at the subject of the sentence before (as a reaction to "the decision" is)
                si = state.get("_si", 0)
                if not any(e.sentence_index >= si - 1 for e in state.get("_events", ())):
                    tgt = self._anaphor_actors(src, {**state, "_events": (), "_sent_events": ()})
            if tgt:
                how = how or "counterpart"
        if src and not tgt and p.target and (p.pos == "verb" or head != i) and (
                p.code[:3] in ("070", "071", "073") or p.code.startswith("033")) and p.with_ and how != "coref":
            # "An earthquake struck southern Turkey ... Greece sent firefighters": aid with no recipient goes to
            # the place the article is about
            tgt = self._scene(src, state, toks[i].start)
            if tgt:
                how = how or "scene"
        if src and p.code.startswith("051") and p.lemma in _THANK_LEMMAS:
            src_c = {getattr(x, "country", None) for x in src} - {None}
            # "Tusk thanked firefighters and volunteers": a state thanking its own people is no interaction
            tgt = [t for t in tgt if getattr(t, "country", None) not in src_c]
            if not tgt or how == "anaphor":
                # "Erdogan thanked the countries that had sent help", "padėkojo už pagalbą": the donors
                donors = self._donors(src_c, state)
                if donors:
                    tgt, how = donors, "donors"
        if lang == "en" and src and not tgt and p.pos == "verb" and p.code[:2] not in ("01", "02"):
            self._note_agent_act(toks, i, p, src, state)
        if p.code.startswith("01") and (how == "coref" or not tgt):
            return [], ""  # a statement needs a named target it is about
        pairs: list[tuple[Any, Any, float]] = []
        if tgt:
            for s in src:
                for t in tgt:
                    if s is t:
                        continue
                    pairs.append((s, t, conf))
                    if p.symmetric:
                        pairs.append((t, s, conf))
            if lang == "lt" and p.symmetric and p.code[:2] == "06" and len(
                    {getattr(t, "country", None) for t in tgt} - {None}) >= 2:
                # "pratybos, kuriose lietuvių kariai kartu su amerikiečių ir lenkų kolegomis": joint drills with
                # several partners join the partners too (not talks "su Ukraina ir Moldova", held one by one)
                for t in tgt:
                    for u in tgt:
                        if t is not u and t.country != u.country:
                            pairs.append((t, u, conf - 0.1))
        elif len({(s.country, s.actor) for s in src}) >= 2 and (p.symmetric or not relative) and not (
                lang == "en" and self._en_passive and not p.symmetric) and not (
                # "thanked X, Y and Z for their support": a one-way act the pronoun gives its antecedents, not one
                # they do to each other
                lang == "en" and not p.symmetric and i > 0 and toks[i - 1].low in ("their", "its")) and not (
                lang == "en" and not p.symmetric and p.code[:2] in _HOSTILE_ONE_WAY and not self._mutual(toks)
                # (but two that "cut ties", "suspended talks", "halted cooperation" or "closed the border" did it to
                # each other)
                and not (p.code[:2] == "16" and p.with_ and self._completing_word(toks, i, p, lang).startswith(_MUTUAL_OBJECTS))
                and not p.code.startswith("161")) and not (
                # "Spain and Britain sent rescue teams", "Greece and Israel helped": a list of givers, senders or
                # restrictors acts on a third party, not on each other
                lang == "en" and not p.symmetric and p.code[:2] in ("07", "10", "15")
                # ("France and the United States demanded his release": a demand on a third, told before)
                # ("Russia and Belarus held joint drills, flexing their muscle": a show of force made jointly is
                # made together at a third, not at each other; only "each other" says so)
                and not self._mutual(toks, joint=p.code[:2] != "15")) and not (
                # "American and British warplanes struck targets in Yemen", "sites that Israel and the United States
                # bombed": co-subjects of a one-way attack strike a third party together
                lang == "en" and not p.symmetric and p.pos == "verb" and p.code[:2] in ("18", "19", "20")
                and toks[i - 1].low not in _EN_PREPS and toks[i - 1].low not in _EN_DETERMINERS
                and not self._mutual(toks) and not toks[i].low.startswith("exchang")
                # ("Israel and Iran traded strikes": the verb before the attack noun says it went both ways)
                and not (i > 0 and toks[i - 1].low.startswith(("exchang", "trad", "swap")))) and not (
                # "The EU and the United States welcomed the draft": praise and support go to a third party, not
                # to each other (unless the sentence says so: "praised each other")
                not p.symmetric and p.code.startswith(("051", "052", "053"))
                and not (self._mutual(toks) if lang == "en" else self._lt_mutual(toks))) and not (
                lang == "en" and not p.symmetric and not self._mutual(toks, joint=True) and any(
                    toks[k].low in p.target and toks[k].low in ("against", "on")
                    for k in range(i + 1, min(hi, i + 6)))) and not (
                lang == "lt" and not p.symmetric and (p.code[:2] >= "11" or not set(p.target) & _LT_WITH_SLOTS)
                and not self._lt_mutual(toks)) and not (
                # "Derybose tarpininkavo Kataras, Egiptas ir JAV", "Qatar and Egypt mediated": co-mediators mediate
                # between other parties, not between each other (but in "Serbija ir Kosovas po ES tarpininkaujamų
                # derybų" the passive participle's subjects are the parties)
                p.code.startswith("045") and not (lang == "lt" and toks[i].low.endswith(
                    ("mų", "mos", "ma", "mi", "mas", "mai", "mais", "moje", "mose", "muose")))):
            # ("Turkish forces and their Syrian allies launched an offensive against Kurdish fighters": the
            # target's phrase is there, naming no actor the coder knows: no act of the allies on each other)
            # joint subject, no separate target: each acts towards the others ("Mali, Burkina Faso and Niger
            # accused ..." with no one accused named is no accusation among themselves)
            for s in src:
                for t in src:
                    # (organisations without a country differ by their code: "the EU and Mercosur"; a government
                    # and rebels of one country are two parties: the coder's own-country filter decides)
                    if s is t:
                        continue
                    if (s.country or s.actor) != (t.country or t.actor) or (s.actor != t.actor and (
                            _sector(s) in _NONSTATE or _sector(t) in _NONSTATE or _own_code(s) or _own_code(t))):
                        pairs.append((s, t, conf - 0.1))
            how = how or "joint"
            if lang == "en" and ((p.pos == "noun" and p.code[:2] in ("18", "19", "20")) or p.code in ("0256", "087")) \
                    and self._en_theatre_elsewhere(toks, acts, i, src):
                pairs, how = [], ""
        return pairs, how

    def _completing_word(self, toks: list[Token], i: int, p: Pattern, lang: str) -> str:
        """The word that completed the multi-word trigger at i ("suspended *trade*"), lowercased; "" if none."""
        j = self._with_ok(toks, i, p.with_, lang, p.with_window or self.lex[lang].with_window)
        return toks[j].low if j is not None else ""

    @staticmethod
    def _decision_owner(toks: list[Token], acts: list[Act], i: int, lang: str) -> list[Act]:
        """'Estijos sprendimą išsiųsti tris Rusijos diplomatus', "Estonia's decision to expel three Russian
        diplomats": the act of an infinitive completing a noun of a decision taken is done by that noun's owner
        (a genitive, a possessive or a nationality adjective right before it), whatever the clause's subject
        ("Maskva pasmerkė ...")."""
        if lang == "lt":
            if i < 2 or not toks[i].low.endswith(("ti", "tis")) or (toks[i - 1].lemma or "").lower() not in _LT_DECISION_NOUNS:
                return []
            return [a for a in acts if a.tokens[1] == i - 1 and not a.loc and "GEN" in (a.m.cases or [])
                    and a.m.role == "actor"][:1]
        if i < 3 or toks[i - 1].low != "to" or toks[i - 2].low not in _EN_DECISION_NOUNS:
            return []
        k = i - 3
        if toks[k].low in ("'s", "’s", "'", "’"):
            k -= 1
        return [a for a in acts if a.tokens[1] == k + 1 and not a.loc and a.m.role in ("actor", "nationality")
                and (a.m.country or a.m.actor)][:1]

    @staticmethod
    def _location_target(toks: list[Token], acts: list[Act], src_a: list[Act], i: int) -> list[Act]:
        """"smogė taikiniams Pietų Libane", "struck nine sites in Pakistan": an attack whose object is no
        actor hits the country where it happened (a place named in its clause that is not the attacker's
        own country; the nearest one after the trigger, else before it)."""
        src_c = {a.m.country for a in src_a}
        places = [a for a in acts if a.loc and a.m.country and a.m.country not in src_c]
        if not places:
            return []
        after = [a for a in places if a.tokens[0] > i]
        return [after[0]] if after else [places[-1]]

    @staticmethod
    def _placed_people(tgt: list[Any], acts: list[Act], i: int) -> list[Any]:
        """'pagrobė dešimtis civilių Chersono srityje', 'killed civilians in Rakhine': victims named with no
        country are the people of the place where it happened, when the clause names one. (Lithuanian crowds
        are placed earlier, in `_acts` through `_near_place`, for every role; this catches the victims of an
        attack in both languages that one leaves without a country. One mechanism would be cleaner.)"""
        places = [a for a in acts if a.loc and a.m.country]
        if not places:
            return tgt
        after = [a for a in places if a.tokens[0] > i]
        c = (after[0] if after else places[-1]).m.country
        out = []
        for t in tgt:
            if _stateless_people(t):
                v = _Virtual(c)
                v.actor = c + (t.actor or "")
                v.kind, v.start, v.end = getattr(t, "kind", "role"), t.start, t.end
                out.append(v)
            else:
                out.append(t)
        return out

    @staticmethod
    def _scene(src: list[Any], state: dict[str, Any], before: int) -> list[Any]:
        """Where aid with no recipient goes: the recipient of the last aid coded so far, else the first country
        named in the article (up to the trigger) that is neither the donor's nor the source of any act coded so
        far (another donor, an attacker): the place the article is about ("A quake struck southern Turkey.
        Greece sent ...")."""
        src_c = {getattr(x, "country", None) for x in src} - {None}
        if not src_c:
            return []
        evs = [e for e in (*state.get("_events", ()), *state.get("_sent_events", ())) if not e.historical]
        for e in reversed(evs):
            if (e.cameo[:2] == "07" or e.cameo.startswith("033")) and e.target_country \
                    and e.target_country not in src_c and e.source_country not in (None, e.target_country):
                return [_Virtual(e.target_country)]  # "... sent rescuers to Morocco. Qatar flew in a team"
        acting = {e.source_country for e in (*state.get("_events", ()), *state.get("_sent_events", ()))
                  if not e.historical}
        si = state.get("_si", 0)
        by_sent = state.get("_by_sent", {})
        ms = [m for k in range(si + 1) for m in by_sent.get(k, ()) if m.country and m.country not in src_c
              and m.country not in acting and m.role not in ("nationality", "modifier")
              and (m.kind in ("country", "city", "place") or (m.kind == "role" and m.sector == "CVL"))
              and (k < si or (m.end or 0) <= before)]
        # a place named as such ("across Ukraine") before a country named as an actor ("Russian missiles")
        m = next((m for m in ms if m.role == "location"), ms[0] if ms else None)
        return [_Virtual(m.country)] if m is not None else []

    @staticmethod
    def _donors(src_c: set[Any], state: dict[str, Any]) -> list[Any]:
        """Whom a thanks with no one named goes to: the sources of the aid given or pledged to the thanking
        state so far in the article."""
        out: dict[str, Any] = {}
        for e in (*state.get("_events", ()), *state.get("_sent_events", ())):
            who = e.source_country or e.source_actor
            if e.historical or not who or who in src_c or who in out or e.target_country not in src_c:
                continue
            if e.cameo[:2] == "07" or e.cameo.startswith("033"):
                v = _Virtual(e.source_country or who)
                v.actor = e.source_actor or who
                if not e.source_country:
                    v.country, v.kind, v.entity = None, "org", f"org:{who.lower()}"
                out[who] = v
        return list(out.values())

    @staticmethod
    def _bodies(sent: Sentence, ms: list[Any], si: int, events: list[Event]) -> list[Any]:
        """"Lithuania summoned the Russian envoy. The ministry handed him a protest note": a government body
        with no country opening a sentence ("The (foreign) ministry", "Užsienio reikalų ministerija") is the
        government of the state that acted in the sentence before (the source of its last act, not history)."""
        own = next((e.source_country for e in reversed(events) if e.sentence_index == si - 1
                    and not e.historical and e.source_country), None)
        if own is None:
            return ms
        toks = sent.tokens
        out = []
        for m in ms:
            if m.kind == "role" and not m.country and m.actor == "GOV" and m.role == "actor" and m.number != "Plur" \
                    and not any(t.low in ("two", "both", "abu", "abi", "abiejų") for t in toks[:4]):
                # (not "The two ministers", "Prezidentai": the pair named before)
                k = next((k for k, t in enumerate(toks) if t.start >= (m.title_start if m.title_start is not None
                                                                       else m.start)), len(toks))
                if k <= 3 and all(t.text.isalpha() for t in toks[:k]) and not any(
                        o.start < m.start and o.country for o in ms):
                    m = replace(m, country=own, actor=own + "GOV")
            out.append(m)
        return out

    def _lt_yielded_to(self, toks: list[Token], acts: list[Act], i: int, tgt: list[Any], src: list[Any],
                       state: dict[str, Any]) -> bool:
        """'Po Rusijos spaudimo Armėnija atsisakė dalyvauti pratybose', 'Po JAV reikalavimo Izraelis atsisakė ...': a
        refusal after a demand, pressure, criticism, threat or protest its clause names as its time ("po" + the
        agent's genitive) is what that act pressed for, the subject giving way, not a rejection of its agent."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        tgt_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in tgt} - {None}
        pressed = {e.source_country or e.source_actor for e in state.get("_sent_events", ())
                   if e.cameo[:2] in _LT_ANSWERED_ROOTS and (e.target_country or e.target_actor) in src_c}
        if not tgt_c or not tgt_c <= pressed:
            return False
        return any(a.tokens[0] < i and (a.m.country or a.m.actor) in tgt_c and "GEN" in (a.m.cases or [])
                   and self._lt_time_phrase_head(toks, a.tokens[0])
                   and any(toks[j].low == "po" for j in range(max(0, a.tokens[0] - 4), a.tokens[0])) for a in acts)

    @staticmethod
    def _reacted_to(src: list[Any], state: dict[str, Any], back: int = 1, done_to: bool = False) -> list[Any]:
        """'... nesusitiko su rusais: Maskva atsisakė', '... apkaltino Rusiją. Maskva kaltinimus neigia',
        '..., o Ukrainos pajėgos atsakė ugnimi': a denial, refusal, surrender or response with no target of its
        own answers the other party of the last event its source took part in, earlier in the sentence or in
        the sentence before (or, with `back`, in that many sentences before, not counting background)."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        prev = [e for e in state.get("_events", ()) if si - back <= e.sentence_index < si and (
            back == 1 or not e.historical)]
        evs = [*prev, *state.get("_sent_events", ())]
        accused = {(e.sentence_index, e.target_country or e.target_actor) for e in evs if e.cameo.startswith("112")}
        if done_to:
            # a vowed response answers what was done to the source ("Israel struck ... Beirut would complain to the
            # UN, and Hezbollah vowed to retaliate": the strike, not the complaint its side made)
            hit = [e for e in evs if (e.target_country or e.target_actor) in src_c and e.cameo[:2] in _FORCEFUL
                   and (e.source_country or e.source_actor) not in src_c]
            # (a threat is never aimed at the partner of a visit, a pact or thanks: only hostile acts, roots 10-20)
            evs = hit or [e for e in evs if "10" <= e.cameo[:2] <= "20"]
        for e in reversed(evs):
            if e.modality == "reported" and not done_to and (e.sentence_index, e.source_country or e.source_actor) in accused:
                continue  # "JAV kaltina Iraną perdavus Rusijai raketų. Teheranas tai neigia": the accuser is answered
                # (a vowed response is aimed at the accused: "threatened to respond and accused Israel of ...")
            for mine, other, other_actor in ((e.source_country or e.source_actor, e.target_country, e.target_actor),
                                             (e.target_country or e.target_actor, e.source_country, e.source_actor)):
                if mine in src_c and (other or other_actor) and (other or other_actor) not in src_c:
                    v = _Virtual(other or other_actor)
                    v.actor = other_actor or other
                    if not other:
                        v.country, v.entity, v.kind = None, None, "org"  # an organisation (EC, NATO)
                    if other == e.source_country and other_actor == e.source_actor:
                        # "Prancūzija kartu su Vokietija ir Lenkija pareikalavo ... Minskas reikalavimą atmetė":
                        # the answer goes to every co-agent of that act
                        return [v, *Events._co_agents(e, evs, src_c, {other or other_actor})]
                    return [v]
        return []

    def _lt_act_named(self, toks: list[Token], i: int, lo: int, hi: int, p: Pattern) -> bool:
        """An act named by a noun or a pronoun next to the verb at i, in its clause: a demonstrative or "tai"
        ("šį sprendimą", "dėl šio žingsnio", "tai"), a decision noun, or a noun of the event lexicon ("dėl
        bendradarbiavimo gilinimo", "smūgius"); not the trigger's own word ("išreiškė susirūpinimą"), a word of
        saying, nor a doubt "whether" ("abejoja, ar pagalba bus greita")."""
        lex = self.lex["lt"]
        if any(t.low == "ar" for t in toks[i + 1:i + 4]):
            return False
        for k in range(max(lo, i - 3), min(hi, i + 5)):
            t = toks[k]
            if k == i or not (t.text.isalpha() and t.text.islower()) or t.low.startswith(p.with_ or ("\0",)):
                continue
            if t.low in ("tai", "šį", "šio", "šiuos", "šių", "tokį", "tokio", "tokius", "tokių", "šią", "šios"):
                return True
            lem = (t.lemma or "").lower()
            if lem in _LT_DECISION_NOUNS:
                return True
            plain = next((q for q in lex.by_lemma.get(lem) or () if not q.with_), None)  # ("humanitarinė pagalba": no act)
            if plain is not None and plain.pos == "noun" and plain.code[:2] not in ("01", "02"):
                return True
        return False

    @staticmethod
    def _lt_undo_demand(toks: list[Token], acts: list[Act], i: int, hi: int, p: Pattern, src: list[Any]) -> bool:
        """A demand naming no one that an act be undone ("pareikalavo nedelsiant atšaukti apribojimus", "reikalauja
        panaikinti draudimą", "pareikalavo išbraukti bendroves iš sąrašo"): only the act's doer can undo it, so it
        is addressed to the other party of the last act its subject took part in, else to the act's doers."""
        if p.code[:2] != "10" or p.pos != "verb" or toks[i].low.endswith("tų"):
            return False
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        for k in range(i + 1, min(hi, i + 4)):
            if toks[k].low in ("jį", "ją", "juos", "jas"):
                return False  # (a pronoun may stand for a person or for anything told before: the act is unclear)
            if toks[k].low in _LT_UNDO:
                return not any(i < a.tokens[0] < hi and not a.loc and (a.m.country or a.m.actor) not in src_c
                               for a in acts)
        return False

    @staticmethod
    def _lt_undone_codes(toks: list[Token], i: int, hi: int) -> tuple[str, ...] | None:
        """What a demand at i to undo an act ("pareikalavo atšaukti muitus") wants undone, as the CAMEO code
        prefixes of the deeds that can have put it in place: a restriction ("muitus", "draudimą", "ES sankcijas",
        "išbraukti iš sąrašo") only an aid cut, a sanction or repression did, so the demand answers no strike or
        visit told before ("Rusija smogė Kyjivui. Kinija pareikalavo atšaukti muitus"); a decision or anything
        else may have been put in place by any deed (None)."""
        for k in range(i + 1, min(hi, i + 4)):
            if toks[k].low in _LT_UNDO:
                for m in range(k + 1, min(len(toks), k + 5)):
                    if toks[m].text in (",", ";", ".", "–", "—"):
                        break
                    if toks[m].low.startswith(_LT_UNDO_RESTRICTION):
                        return _LT_RESTRICTION_CODES
                return None
        return None

    @staticmethod
    def _lt_vowed_response(toks: list[Token], acts: list[Act], i: int, hi: int, p: Pattern, src: list[Any]) -> bool:
        """The threat at i is a response vowed to no one named ("pagrasino atsakomosiomis priemonėmis", "pažadėjo
        imtis ryžtingų atsakomųjų veiksmų", "perspėjo, kad imsis priemonių", "atsakė grasinimais", "neliks be
        atsako"): a word of answering, retaliation or measures next to it in its clause or its "kad" clause (not
        "atsakomybė", responsibility), and no other party named there ("perspėjo, kad Aljanso plėtra sulauks
        atsako"), nor what it would answer ("atsakys į bet kokį išpuolį")."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        found = any(w.startswith(_LT_RESPONSE) for w in p.with_)
        end = min(len(toks), i + 12)
        for k in range(max(0, i - 2), min(len(toks), i + 12)):
            w = toks[k].low
            if k >= hi and (w == ";" or (w in _LT_BUT and toks[k - 1].text == ",")):
                end = k  # (the threat's own "kad" clause, not the next clause of another subject: ", o Kyjivas ...")
                break
            if w.startswith(_LT_ANSWER_WORDS) and not w.startswith(("atsakomyb", "atsaking")):
                nx = toks[k + 1].low if k + 1 < len(toks) else ""
                if w.startswith("priemon") and (nx in ("prieš", "kad", "jog", "siekiant", "dėl", "apsaugoti")
                                                or (nx.endswith("ti") and toks[k + 1].text.islower())):
                    continue  # "imsis priemonių apsaugoti žvejus / prieš migrantus": measures with a purpose of their own
                found = True
                if w.startswith("atsak") and k + 1 < len(toks) and toks[k + 1].low == "į":
                    return False
        return found and not any(i < a.tokens[0] < end and not a.loc and (a.m.country or a.m.actor) not in src_c
                                 for a in acts)

    def _answered_agents(self, src: list[Any], state: dict[str, Any], start: int,
                         fits: tuple[str, ...] | None = None) -> list[Any]:
        """'Suomija tapo NATO nare. Rusija pagrasino atsakomosiomis priemonėmis', 'JAV patvirtino ginklų pardavimą
        Taivanui. Pekinas pažadėjo ryžtingų atsakomųjų veiksmų': a response vowed by a side that took part in no act
        told just before answers the doers of the last act (a deed, not a statement, appeal, judgement, demand,
        threat or praise) told earlier in its sentence or in the three sentences before (not background): the
        agents named before its verb (of a joint act, every side so named), none of them the responding side. No
        act at all told there: the subject of the sentence before, unless that sentence is background. With `fits`
        (code prefixes), only a deed of those codes is answered: "atšaukti muitus" answers a restriction."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        here = [e for e in state.get("_sent_events", ()) if e.spans.get("trigger") and e.spans["trigger"][0] < start]
        told = [e for e in state.get("_events", ()) if si - 3 <= e.sentence_index < si]
        if any(e.historical for e in told if e.sentence_index == si - 1):
            return []  # (background just before: "2014 m. Rusija aneksavo Krymą")
        deeds = [e for e in [*told, *here] if not e.historical and e.source_actor and (
            e.cameo[:2] not in _SPEECH_ROOTS and (e.cameo[:2] != "05" or e.cameo.startswith("057")))
            and (fits is None or e.cameo.startswith(fits))]
        if deeds:
            last = deeds[-1]
            trig = last.spans.get("trigger")
            out: dict[str, Any] = {}
            for e in deeds:
                if e.sentence_index != last.sentence_index or e.spans.get("trigger") != trig:
                    continue
                who = e.source_country or e.source_actor
                span = e.spans.get("source")
                if who in src_c or (who in out) or (span and trig and span[0] > trig[0]):
                    continue  # (the side named after the verb is no doer: "Suomija tapo NATO nare")
                out[who] = Events._party_of(e.source_country, e.source_actor)
            return list(out.values())
        sents = state.get("_sents") or ()
        if told or here or not 0 < si <= len(sents) or self._history(sents[si - 1], self.lex["lt"], state.get("_adate"))[0]:
            return []
        return Events._subject_before(src_c, state, nominative=True)

    @staticmethod
    def _lt_mediated_noun(toks: list[Token], i: int) -> bool:
        """The noun is what "tarpininkauti" right after it mediated, its topic ("dėl Esekibo regiono") between
        them: "Derybose tarpininkavo ...", "Derybose dėl paliaubų tarpininkavo ..."."""
        j = i + 1
        if j < len(toks) and toks[j].low == "dėl":
            j += 1
            while j < len(toks) and j <= i + 5 and toks[j].text.isalpha() and (toks[j].lemma or "").lower() != "tarpininkauti":
                j += 1
        return j < len(toks) and ((toks[j].lemma or "").lower() == "tarpininkauti" or (
            toks[j].low.startswith(("tarpininkav", "tarpininkauj")) and not toks[j].low.startswith("tarpininkavim")))

    @staticmethod
    def _mediated_pair(src: list[Any], state: dict[str, Any], here_too: bool = False) -> list[Any]:
        """The parties a mediator with none named served: the two who acted jointly (each towards the other:
        met, talked, agreed, exchanged prisoners) in the latest of the three sentences before that tells such an
        act, neither of them a mediator; of several such pairs there, the one told most often. In its own sentence
        only with `here_too`: when the verb's dative or locative complement names the act it mediated
        ("sutarė dėl paliaubų, kurioms tarpininkavo JAV", "Kambodžos ir Tailando derybose tarpininkavo ...")."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        evs = [e for e in (*state.get("_events", ()), *(state.get("_sent_events", ()) if here_too else ()))
               if not e.historical and si - 3 <= e.sentence_index <= si and e.source_actor and e.target_actor]
        def side(e: Event) -> tuple[str, str]:
            # (a government and its own country's rebels are two sides: "Kolumbijos vyriausybė ir ELN", by actor)
            if e.source_country and e.source_country == e.target_country and e.source_actor != e.target_actor:
                return e.source_actor or "", e.target_actor or ""
            return e.source_country or e.source_actor or "", e.target_country or e.target_actor or ""

        dirs = {side(e) for e in evs}
        joint = [e for e in evs if side(e)[::-1] in dirs and side(e)[0] != side(e)[1]
                 and not ({*side(e)} & src_c or {e.source_country, e.target_country} & src_c)]
        if not joint:
            return []
        last = max(e.sentence_index for e in joint)
        told: Counter[frozenset[str]] = Counter(
            frozenset(side(e)) for e in {(e.sentence_index, *side(e)): e for e in joint}.values())  # (in how many sentences)
        here = dict.fromkeys(frozenset(side(e)) for e in joint if e.sentence_index == last)
        best = max(here, key=lambda k: told[k])  # (of pairs told as often, the one told first: the same every run)
        out: dict[str, Any] = {}
        for e in reversed(joint):
            by_actor = side(e) == (e.source_actor, e.target_actor) and e.source_country == e.target_country
            for c, a in ((e.source_country, e.source_actor), (e.target_country, e.target_actor)):
                k = a if by_actor else (c or a)
                if k in best and (k not in out or (c and a in (c, c + "GOV") and out[k].actor not in (
                        c, c + "GOV"))):
                    # (a country's state or government is the party of talks, before an armed group of it)
                    v = _Virtual(c or a)
                    v.actor = a
                    if not c:
                        v.country, v.entity, v.kind = None, None, "org"
                    out[k] = v
        return list(out.values())

    @staticmethod
    def _note_claims(toks: list[Token], acts: list[Act], lex: Lexicon, si: int, state: dict[str, Any]) -> None:
        """Who made a claim about others in this sentence ("Canada's prime minister said there were credible
        allegations ...", "Rusija tvirtina, kad Ukraina ..."): the actor right before a finite claim verb that
        opens a clause ("that", "there", ", kad"). A later denial with no target of its own answers it."""
        if not lex.claim_verbs:
            return
        lt = lex.lang == "lt"
        for v, t in enumerate(toks[:-2]):
            if (t.lemma or t.low).lower() not in lex.claim_verbs and t.low not in lex.claim_verbs:
                continue
            if lt and not (t.low.endswith(("ė", "o", "a")) and toks[v + 1].text == "," and toks[v + 2].low == "kad"):
                continue
            if not lt and not (t.low.endswith(("ed", "id", "ld", "und", "s")) and toks[v + 1].low in ("that", "there")):
                continue
            spk = [a for a in acts if not a.loc and not a.adj and a.m.role == "actor" and 0 <= v - a.tokens[1] <= 3
                   and not any(toks[j].text in (",", ";", ":", '"') for j in range(a.tokens[1], v))]
            if spk and _sector(spk[-1].m) != "MED" and (spk[-1].m.country or spk[-1].m.actor):
                state.setdefault("_claims", []).append((si, v, spk[-1].m))

    @staticmethod
    def _claimant(src: list[Any], state: dict[str, Any]) -> list[Any]:
        """The maker of the last claim, in this sentence or the one before, by another party than the denier's:
        whom "New Delhi rejected the accusations" / "Kyjivas šiuos teiginius pavadino absurdiškais" answers when
        no event names the accuser."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        for csi, _v, m in reversed(state.get("_claims", ())):
            if csi in (si - 1, si) and (m.country or m.actor) not in src_c:
                return [m]
        return []

    @staticmethod
    def _note_agent_act(toks: list[Token], i: int, p: Pattern, src: list[Any], state: dict[str, Any]) -> None:
        """An act with an agent but no other party ("North Korea test-fired a new missile", "Moscow pulled out
        of the grain deal"): no event, but what a later "condemned the launch" / "regretted the decision" judges."""
        if any(_EN_YEAR_WORD.match(t.text) for t in toks[i + 1:i + 9]):
            return  # "which brought the case in 2013": background, not what a reaction answers
        acts = state.setdefault("_agent_acts", [])
        if len(acts) < 200:
            acts.append((state.get("_si", 0), toks[i].start, toks[i].low, p.code[:2], list(src)))

    @staticmethod
    def _agent_of_uncoded(src_c: set[Any], state: dict[str, Any], evs: list[Event], noun: tuple[str, str]) -> list[Any]:
        """The agent of an act with no other party in the sentence before that a reaction to "the launch" / "the
        decision" judges: when no event was coded before it, or when the act came after the last event coded and
        its verb shares the noun's stem or root ("test-fired a missile ... condemned the launch")."""
        si = state.get("_si", 0)
        cands = [a for a in state.get("_agent_acts", ()) if a[0] == si - 1
                 and not {getattr(x, "country", None) or getattr(x, "actor", None) for x in a[4]} & src_c]
        if not cands:
            return []
        word, root = noun
        if evs:
            last = max((e.sentence_index, e.spans["trigger"][0]) for e in evs)
            cands = [a for a in cands if (a[0], a[1]) > last and (
                (len(word) >= 5 and a[2][:5] == word[:5]) or (root and a[3] == root))]
        return list(cands[-1][4]) if cands else []

    @staticmethod
    def _co_agents(e: Event, evs: list[Event], src_c: set[Any], have: set[Any]) -> list[Any]:
        """The other agents of the act `e` (the events of the same sentence and trigger): "JAV ir Jungtinė
        Karalystė smogė ..." → both, for a reaction aimed at the act's agents."""
        out = []
        for e2 in evs:
            who = e2.source_country or e2.source_actor
            if e2.sentence_index == e.sentence_index and e2.spans.get("trigger") == e.spans.get("trigger") \
                    and e2.cameo[:2] == e.cameo[:2] and who and who not in src_c and who not in have:
                have.add(who)
                v = _Virtual(who)
                v.actor = e2.source_actor or who
                if not e2.source_country:
                    v.country, v.entity, v.kind = None, None, "org"
                out.append(v)
        return out

    @staticmethod
    def _actor_description(toks: list[Token], k: int) -> bool:
        """"the regional bloc", "the alliance", "the kingdom": a definite noun phrase naming a kind of actor."""
        if k >= len(toks) or toks[k].low not in ("the", "its", "their"):
            return False
        for j in range(k + 1, min(len(toks), k + 4)):
            t = toks[j]
            if not (t.text.isalpha() and t.text.islower()):
                return False
            if t.low in _EN_ACTOR_NOUNS:
                return True
        return False

    def _is_event_noun(self, t: Token) -> bool:
        lem = (t.lemma or t.low).lower()
        return t.low in _EN_EVENT_NOUNS or lem in _EN_EVENT_NOUNS or any(
            q.pos == "noun" for q in self.lex["en"].by_lemma.get(lem, ()))

    def _between_noun(self, toks: list[Token], acts: list[Act], i: int) -> bool:
        """"a ceasefire between Israel and Hezbollah brokered by ...": an event noun, then its "between"
        phrase of actors, right before the participle at i."""
        k = i - 1
        while k > 0:
            a = next((a for a in acts if a.tokens[0] <= k < a.tokens[1]), None)
            if a is not None:
                k = a.tokens[0] - 1
            elif toks[k].low in ("and", "the", ","):
                k -= 1
            else:
                break
        return k > 0 and k < i - 1 and toks[k].low == "between" and self._is_event_noun(toks[k - 1])

    @staticmethod
    def _noun_parties(toks: list[Token], acts: list[Act], i: int, src: list[Any], state: dict[str, Any],
                      prev: bool = False, back: int = 1) -> list[Any]:
        """The parties of the agreement or talks noun before an English reduced passive at i: those its
        "between" names, else the sources of the events already coded in the sentence; with `prev` (a definite
        noun: "The truce, brokered by ..."), else the two parties of the last joint act (coded both ways) told
        in the `back` sentences before."""
        src_c = {getattr(x, "country", None) for x in src}
        b = next((k for k in range(i - 2, max(-1, i - 10), -1) if toks[k].low == "between"), None)
        if b is not None:
            inside = [a.m for a in acts if b < a.tokens[0] and a.tokens[1] <= i and not a.loc
                      and a.m.country not in src_c]
            if inside:
                return inside
        out: dict[str, Any] = {}
        for e in state.get("_sent_events", ()):
            key = e.source_actor or e.source_country  # (a government and rebels of one country are two parties)
            if e.source_country and e.source_country not in src_c and key not in out:
                v = _Virtual(e.source_country)
                v.actor = e.source_actor or e.source_country
                out[key] = v
        if len(out) < 2 and prev:
            si = state.get("_si", 0)
            evs = [e for e in state.get("_events", ()) if si - back <= e.sentence_index < si]
            dirs = {(e.source_country or e.source_actor, e.target_country or e.target_actor) for e in evs}
            for e in reversed(evs):
                a, b = e.source_country or e.source_actor, e.target_country or e.target_actor
                if a and b and (b, a) in dirs and a not in src_c and b not in src_c:
                    out = {}
                    for who, c, act in ((a, e.source_country, e.source_actor), (b, e.target_country, e.target_actor)):
                        v = _Virtual(c or act)
                        v.actor = act or c
                        if not c:
                            v.country, v.kind, v.entity = None, "org", f"org:{(act or '').lower()}"
                        out[who] = v
                    break
        return list(out.values()) if len(out) >= 2 else []

    def _fronted_object(self, toks: list[Token], acts: list[Act], i: int) -> bool:
        """A relative clause whose object is the noun before its subject: "a charge Kigali has repeatedly
        denied", "a move that Washington welcomed" (the verb at i)."""
        subj = [a for a in acts if a.tokens[1] <= i and i - a.tokens[1] <= 3 and all(
            t.low in _EN_VERB_FILLERS or t.low.endswith("ly") for t in toks[a.tokens[1]:i])]
        if not subj:
            return False
        k = max(subj, key=lambda a: a.tokens[1]).tokens[0] - 1
        if k > 1 and toks[k].low == "the" and toks[k - 1].low in ("that", "which"):
            k -= 1  # "an attack which the Security Council condemned"
        if k > 0 and toks[k].low in ("that", "which", "the"):
            k -= 1
        return k > 0 and toks[k - 1].low in ("a", "an", "the", "this") and (
            self._is_event_noun(toks[k]) or toks[k].low in _SPEECH_NOUNS or any(
                q.pos == "verb" for q in self.lex["en"].by_lemma.get((toks[k].lemma or toks[k].low).lower(), ())))

    def _en_urged_further(self, toks: list[Token], acts: list[Act], i: int, src: list[Any]) -> list[Act]:
        """"welcomed the decision and urged the EU to go further / do more": the party a praise's own clause goes
        on to urge (call on, ask, press) to go further, do more or follow up, when it is another than the speaker."""
        n = len(toks)
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src}
        for k in range(i + 2, min(n - 2, i + 10)):
            if toks[k].text in (".", ";") or (toks[k].text == "," and toks[k + 1].low != "and"):
                return []
            if toks[k].low != "and":
                continue
            v = k + 1
            if (toks[v].lemma or toks[v].low).lower() not in _EN_URGE_VERBS:
                return []
            j = v + 1 + (toks[v + 1].low in ("on", "upon") if v + 1 < n else 0)
            who = [a for a in acts if a.tokens[0] in (j, j + 1) and not a.loc and not a.adj
                   and (a.m.country or a.m.actor) not in src_c]
            to = next((m for m in range(j + 1, min(n, j + 8)) if toks[m].low == "to"), None)
            if not who or to is None or not any(toks[m].low in _EN_FURTHER for m in range(to + 1, min(n, to + 6))):
                return []
            return self._chain([a for a in acts if a.tokens[0] >= who[0].tokens[0] and not a.loc], toks, _EN_LIST,
                               who[0].tokens[0] - 1, before=False)
        return []

    def _event_anaphor(self, toks: list[Token], acts: list[Act], i: int, lo: int, p: Pattern) -> bool:
        """Whether the English trigger at i acts on an earlier act named only by a definite noun or "it":
        its object ("condemned the attack", "called the move provocative", "called it unsafe", "will not
        cooperate with the mission") or, in the passive, its subject ("The decision was criticised by ...")."""
        n = len(toks)

        def np_at(k: int) -> bool:  # "the move", "this week's decision", "the deportations": no actor inside
            if k >= n or toks[k].low not in _EN_ANAPHOR_DETS:
                return False
            for j in range(k + 1, min(n, k + 5)):
                t = toks[j]
                if not (t.text.replace("-", "").isalpha() and t.text.islower()) or t.low in _EN_PREPS or t.low in _AUX:
                    return False
                lem = (t.lemma or t.low).lower()
                if lem in _EN_EVENT_NOUNS or t.low in _EN_EVENT_NOUNS or self.lex["en"].by_lemma.get(lem):
                    # (a verb's lemma after a determiner is its noun: "the attack", "the strikes")
                    pats = self.lex["en"].by_lemma.get(lem) or self.lex["en"].by_lemma.get(t.low) or ()
                    # (the noun's own reading: its pattern with no completing word, "the drills" are exercises)
                    own = next((q for q in pats if not q.with_), pats[0]) if pats else None
                    self._anaphor_noun = (t.low, own.code[:2] if own else "")
                    if j + 1 < n and toks[j + 1].low in ("of", "by") and any(
                            j + 2 <= a.tokens[0] <= j + 4 and not a.loc for a in acts):
                        return False  # "the annexation of Crimea by Russia", "the decision of the Russian court"
                    return not any(k <= a.tokens[0] <= j for a in acts)
            return False

        self._anaphor_noun = ("", "")
        if p.pos != "verb":
            return False
        if self._fronted_object(toks, acts, i):
            return True
        passive = i > 1 and any(t.low in _AUX for t in toks[max(lo, i - 3):i])
        if passive:
            aux = next(k for k in range(max(lo, i - 3), i) if toks[k].low in _AUX)
            return (toks[i + 1].low == "by" if i + 1 < n else False) and any(
                np_at(k) and not any(t.low in _EN_ANAPHOR_DETS for t in toks[k + 1:aux])
                for k in range(max(lo, aux - 5), aux))
        k = i + 1
        if p.code.startswith("012") and p.with_:
            # "expressed concern over the incident", "voiced serious concern about the move": the completing noun,
            # then the preposition of the act it is about; "expressed deep concern." with nothing after it: the act
            # told last
            w = next((j for j in range(i + 1, min(n, i + 4)) if toks[j].low.startswith(tuple(p.with_))), None)
            if w is not None and all(toks[j].text.isalpha() and toks[j].text.islower() for j in range(i + 1, w)):
                if w + 1 >= n or toks[w + 1].text in (".", ";") or (toks[w + 1].low == "and" and w + 2 < n
                                                                     and toks[w + 2].text.islower() and toks[w + 2].low.endswith("ed")):
                    return True
                if toks[w + 1].low in p.target and np_at(w + 2):
                    word = self._anaphor_noun[0]
                    # (an act's own noun: not the first word of a longer trigger, "the humanitarian situation")
                    return word in _EN_EVENT_NOUNS or word in _EN_ATTACK_NOUNS or any(
                        not q.with_ for q in self.lex["en"].by_lemma.get(word, ()))
                return False
        if k < n and toks[k].low == "that" and p.code.startswith("13") and p.with_:
            k += 1  # "vowed that the killing would not go unanswered": the act answered is the clause's subject
        if k < n and toks[k].low in p.target and toks[k].low != "obj":
            k += 1  # "cooperate with the mission"
        elif "obj" not in p.target:
            return False
        if k < n and toks[k].low == "it" and k == i + 1 and not (k + 1 < n and toks[k + 1].low in ("to", "that")):
            return True  # ("made it clear", "called it to ...": not an object)
        if p.code.startswith("13") and k < n and toks[k].low == "that" and np_at(k):
            # "warned that the truce remained fragile / could collapse": an accord as the subject of what is
            # warned is a worry about the accord's fate, its parties are no one threatened ("warned that the
            # attack would not go unanswered" is a threat)
            return self._anaphor_noun[0] not in _EN_ACCORD_NOUNS
        return np_at(k)

    @staticmethod
    def _recent_counterpart(src: list[Any], state: dict[str, Any], hostile: bool = False) -> list[Any]:
        """The other party of the latest act (not history) the reacting side took part in, told in the sentence
        being coded or the two before it; none when it took part in none. With `hostile` (a threat), only when that
        act is a hostile one (roots 10-20): the partner of a visit, a pact or thanks is not the one threatened."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        evs = [e for e in (*state.get("_events", ()), *state.get("_sent_events", ()))
               if not e.historical and e.sentence_index >= si - 2]
        for e in reversed(evs):
            for mine, other, other_actor in ((e.source_country or e.source_actor, e.target_country, e.target_actor),
                                             (e.target_country or e.target_actor, e.source_country, e.source_actor)):
                if mine in src_c and (other or other_actor) and (other or other_actor) not in src_c:
                    if hostile and not "10" <= e.cameo[:2] <= "20":
                        return []
                    v = _Virtual(other or other_actor or "")
                    v.actor = other_actor or other
                    if other is None:
                        v.country, v.kind, v.entity = None, "org", f"org:{(other_actor or '').lower()}"
                    return [v]
        return []

    @staticmethod
    def _same_kind_target(src: list[Any], state: dict[str, Any], root: str) -> list[Any]:
        """The target of the latest act of the root given (not history), told by another side in the sentence
        being coded or the three before it, when that target is not the speaker's own."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        evs = [e for e in (*state.get("_events", ()), *state.get("_sent_events", ()))
               if not e.historical and e.sentence_index >= si - 3 and e.cameo[:2] == root]
        for e in reversed(evs):
            if (e.source_country or e.source_actor) in src_c or not (e.target_country or e.target_actor):
                continue
            if (e.target_country or e.target_actor) in src_c:
                return []
            return [Events._party_of(e.target_country, e.target_actor)]
        return []

    @staticmethod
    def _party_of(country: str | None, actor: str | None) -> Any:
        v = _Virtual(country or actor or "")
        v.actor = actor or country
        if country is None:  # an organisation with no country of its own
            v.country, v.kind, v.entity = None, "org", f"org:{(actor or '').lower()}"
        return v

    @staticmethod
    def _anaphor_actors(src: list[Any], state: dict[str, Any], noun: tuple[str, str] = ("", "")) -> list[Any]:
        """Whom a reaction to "the move" / "it" is aimed at: the other party of the last event coded so far
        in which the reacting side took part; if it took part in none, the actors of the last event coded
        (all of them, for a joint one: "... signed a pact. China called the pact irresponsible"). An event
        whose trigger shares the noun's stem or root comes first ("deported ... condemned the deportations",
        "expelled ... condemned the expulsions")."""
        src_c = {getattr(x, "country", None) for x in src} - {None}
        src_c |= {getattr(x, "actor", None) for x in src if getattr(x, "country", None) is None} - {None}
        evs = [e for e in (*state.get("_events", ()), *state.get("_sent_events", ())) if not e.historical]
        words = state.get("_ev_word", {})
        word, root = noun
        if word in _EN_ACCORD_NOUNS:
            # "Turkey welcomed the agreement", "The United States welcomed the deal": an accord is a joint act,
            # the reaction is aimed at both its parties (the last pair coded both ways, the speaker no party)
            # (one act coded both ways, with one code: "Pakistan thanked the United States for brokering it" is
            # a thanks and a mediation, no accord between the two)
            dirs = {(e.source_country or e.source_actor, e.target_country or e.target_actor, e.cameo): e for e in evs}
            for e in reversed(evs):
                a, b = e.source_country or e.source_actor, e.target_country or e.target_actor
                if a and b and (b, a, e.cameo) in dirs and e.cameo[:2] in ("03", "04", "05", "08") \
                        and a not in src_c and b not in src_c:
                    back = dirs[(b, a, e.cameo)]
                    return [Events._party_of(e.source_country, e.source_actor),
                            Events._party_of(back.source_country, back.source_actor)]
        if word in _EN_RULING_NOUNS:
            # "The court ordered Israel to ... South Africa welcomed the ruling": a ruling is the court's act, the
            # reaction is aimed at the court (not at the party the speaker brought the case against)
            for e in reversed(evs):
                if e.source_actor and e.source_actor not in src_c and _judicial(e.source_actor, e.source_entity):
                    return [Events._party_of(e.source_country, e.source_actor)]
        for e in reversed(state.get("_sent_events", ())):
            # "Kishida called the launch outrageous, and Sullivan condemned it": a second speaker's reaction in
            # the sentence of another's reaction judges the same act, and is aimed at whom that one was
            if e.historical or e.cameo[:2] not in ("11", "12") or "anaphor" not in e.rule:
                continue
            a, b = e.source_country or e.source_actor, e.target_country or e.target_actor
            if a and b and a not in src_c and b not in src_c:
                return [Events._party_of(e.target_country, e.target_actor)]
            break
        agent = Events._agent_of_uncoded(src_c, state, evs, noun)
        if agent:
            return agent
        if len(word) >= 5:
            same = [e for e in evs if words.get((e.sentence_index, e.spans["trigger"][0]), "")[:5] == word[:5]
                    or (root and e.cameo[:2] == root)
                    or (root in _VIOLENT and e.cameo[:2] in _VIOLENT)]  # ("struck ... vowed that the killing ...")
            if same:
                evs = same

        def party(country: str | None, actor: str | None) -> Any:
            v = _Virtual(country or actor or "")
            v.actor = actor or country
            if country is None:  # an organisation with no country of its own ("the U.N. Human Rights Council")
                v.country, v.kind, v.entity = None, "org", f"org:{(actor or '').lower()}"
            return v

        for e in reversed(evs):
            for mine, other, other_actor in ((e.source_country or e.source_actor, e.target_country, e.target_actor),
                                             (e.target_country or e.target_actor, e.source_country, e.source_actor)):
                if mine in src_c and (other or other_actor) and (other or other_actor) not in src_c:
                    return [party(other, other_actor)]
        if not evs:
            # nothing coded before it: the act judged is the one the sentence before tells of its subject ("ECOWAS
            # leaders ordered the activation of a standby force. The junta in Niamey called the decision a
            # declaration of war")
            return Events._subject_before(src_c, state, nominative=False)
        last = evs[-1]
        out: dict[str, Any] = {}
        for e in evs:
            who = e.source_country or e.source_actor
            if e.sentence_index == last.sentence_index and e.cameo == last.cameo and who \
                    and who not in src_c and who not in out:
                out[who] = party(e.source_country, e.source_actor)
        return list(out.values())
    def _threatened(self, sent: Sentence, acts: list[Act], toks: list[Token], src_a: list[Act], i: int, hi: int,
                    lang: str, state: dict[str, Any]) -> list[Act]:
        """'pagrasino įvesti muitus prekėms iš ES', 'pagrasino, kad Rusija smogs ... Kyjive': a threat with no
        addressee of its own is aimed at the target of the act it threatens (the first one with a target in its
        own clause or its "kad" clause), and takes that act's threat code."""
        end = hi
        if hi + 1 < len(toks) and toks[hi + 1].low == "kad":
            _, end = self._clause(sent, hi + 2, lang)
            # (the clause ends at a condition, and before a second verb of the speaker: "perspėjo, kad smurtas gali
            # išplisti, ir paragino abi puses ...": the second verb's act is no content of the warning)
            end = next((k for k in range(hi + 2, end - 1) if toks[k].text == "," and (
                toks[k + 1].low in ("jei", "jeigu") or toks[k + 1].low in _LT_SAID_CLAUSE_END)), end)
        src_c = {a.m.country for a in src_a} - {None}
        for j, q, _n in state.get("_trig", ()):
            if not i < j < end or q.code[:2] in ("01", "13"):
                continue
            got = self._roles(sent, acts, toks, j, j, q, lang, {**state, "_trig": ()})[0]
            ts = [t for _s, t, _c in got if getattr(t, "country", None) not in src_c]
            if ts:
                code = intent_of(q.code)
                if code.startswith("13"):
                    state["_code_override"] = code
                return [Act(t, 0, (0, 0)) for t in {id(t): t for t in ts}.values()]
        return []

    @staticmethod
    def _lt_also_judged(src_c: set[Any], toks: list[Token], i: int, state: dict[str, Any]) -> list[Any]:
        """'Nuosprendį pasmerkė ir Didžioji Britanija bei Vokietija', 'Lietuvos prezidentas taip pat pasveikino
        perrinktą prezidentę': a judgement said to be another's too ("ir" between the verb and its subject, "taip
        pat" before the verb) judges what the last judgement of its kind did, told in this sentence or the three
        before by another speaker: it is aimed at the same side (every side that one was aimed at)."""
        pats = Events._lt_trig_pat(state, i)
        also = (i + 1 < len(toks) and toks[i + 1].low == "ir" and i + 2 < len(toks) and toks[i + 2].text[:1].isupper()) \
            or any(toks[k].low == "taip" and toks[k + 1].low == "pat" for k in range(max(0, i - 3), i - 1)) \
            or (pats is not None and _lt_greeting(pats))  # ("Sveikinimą atsiuntė Xi": to whom the others congratulated)
        if not also:
            return []
        root = ""
        if pats is not None:
            root = pats.code[:2]
        si = state.get("_si", 0)
        evs = [e for e in (*state.get("_events", ()), *state.get("_sent_events", ()))
               if si - 3 <= e.sentence_index and not e.historical and e.cameo[:2] == root and e.target_actor]
        if not evs:
            return []
        last = evs[-1]
        who = last.source_country or last.source_actor
        if who in src_c:
            return []
        out: dict[str, Any] = {}
        for e in evs:
            if e.sentence_index == last.sentence_index and e.spans.get("trigger") == last.spans.get("trigger") \
                    and (e.source_country or e.source_actor) == who:
                t = e.target_country or e.target_actor
                if t not in src_c and t not in out:
                    v = _Virtual(t)
                    v.actor = e.target_actor
                    if not e.target_country:
                        v.country, v.entity, v.kind = None, None, "org"
                    out[t] = v
        return list(out.values())

    @staticmethod
    def _lt_trig_pat(state: dict[str, Any], i: int) -> Pattern | None:
        return state.get("_trig_pat", {}).get(i)

    @staticmethod
    def _lt_unknown_person_object(toks: list[Token], acts: list[Act], i: int, hi: int) -> bool:
        """The verb at i has a person's name of its own as object, one the actor stage did not resolve ("pasveikino
        Jonaitį su pergale", "pasveikino naująjį premjerą Petraitį"): the praise or blame is aimed at that person,
        not at the doers of an act told before. A capitalised genitive before a noun is no such name but whose the
        greeted act is ("pasveikino Kongreso sprendimą", "Bundestago žingsnį")."""
        for k in range(i + 1, min(hi, i + 4, len(toks))):
            t = toks[k]
            if not t.text.isalpha():
                return False
            if t.text[:1].isupper():
                if k + 1 < len(toks) and t.low.endswith(("o", "os", "ų", "ės", "io")) \
                        and toks[k + 1].low.startswith(_LT_GREETED_ACTS):
                    return False  # (the owner of the act noun after it: an institution's decision; an accusative
                    # name before an adverb or other noun, "pasveikino Petraitį telefonu", stays a greeted person)
                return not any(a.tokens[0] <= k < a.tokens[1] for a in acts)
            if t.low in ("ir", "bei", "o", "kad", "jog", "už", "dėl", "su"):
                return False
        return False

    @staticmethod
    def _lt_own_act(toks: list[Token], i: int, hi: int) -> bool:
        """The verb at i judges an act of its own subject: "savo" before the act's noun, as the verb's object or
        after "dėl" / "už" ("apgailestavo dėl savo sprendimo", "gynė savo sprendimą", "išreiškė susirūpinimą dėl
        savo ..."), no name between; no one else's act told before is meant."""
        for k in range(i + 1, min(hi, i + 5, len(toks))):
            if toks[k].low == "savo":
                # (its own decision or step, not what befell its own people: "dėl savo įmonių įtraukimo į sąrašą",
                # nor a label: "pavadino savo suvereniteto pažeidimu")
                return (k == i + 1 or toks[k - 1].low in ("dėl", "už")) and k + 1 < len(toks) \
                    and toks[k + 1].low.startswith(_LT_OWN_STEP) and (toks[i].lemma or "").lower() not in _LT_LABEL_VERBS
            if toks[k].text[:1].isupper() or not toks[k].text.isalpha():
                return False
        return False

    def _judged(self, src: list[Any], toks: list[Token], i: int, lo: int, hi: int,
                state: dict[str, Any], person: bool = False) -> list[Any]:
        """'Pekinas tyrimą pavadino „protekcionizmu“', 'Rusija ir Kinija smūgius pasmerkė', 'JT šį sprendimą
        pavadino nepriimtinu': praise or blame of an act named by a noun or a pronoun, not by its agent, judges
        the last event before it (one of the noun's own kind when the noun names one: "smūgius" an attack):
        it is aimed at the other party when the speaker took part, else at the act's agent. With `person` (the
        verb's object is a person's name the actor stage did not resolve: "pasveikino Jonaitį"), only a judgement
        of the same kind told before ("... pasveikino ir ...") or, with no act told just before, the subject of the
        sentence before lends its target; no act's doer is meant."""
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        if not src_c or self._lt_own_act(toks, i, hi):
            return []
        by_lemma = self.lex["lt"].by_lemma
        root = None
        noun = ""
        lex = self.lex["lt"]
        own_deed = False
        for k in range(max(lo, i - 4), min(hi, i + 4)):
            if k == i or not toks[k].text.isalpha() or not (toks[k].text.islower() or (
                    k == 0 and toks[k].text[1:].islower())):  # ("Sutarties projektą pasveikino ...")
                continue
            pats = by_lemma.get((toks[k].lemma or "").lower()) or self._stem(toks[k].low, lex)
            if pats and pats[0].pos == "noun":
                # the noun's plain reading names its kind ("ataką" an attack, 190; not its cyber variant, which
                # needs a word of its own)
                root = next((q for q in pats if not q.with_), pats[0]).code[:2]
                noun = toks[k].low
                # (a deed named by a noun of its own kind, not taken up by "šį / tą", is found by its noun:
                # "... Baltarusija sulaikė žurnalistą. Lenkija taip pat pasmerkė sulaikymą" judges the arrest,
                # not what the judgement before it judged)
                own_deed = root not in ("01", "02", "10", "11", "12", "13") and not any(
                    toks[x].low in _LT_ANAPHOR_DETS for x in range(max(lo, k - 2), k))
                break
        si = state.get("_si", 0)
        judged_nouns = state.setdefault("_judged_noun", {})
        if noun:
            if own_deed and any(si - 3 <= s0 and w == noun[:5] for (s0, _x), w in judged_nouns.items()):
                own_deed = False  # "JAV pasmerkė išpuolį. Išpuolį pasmerkė ir Prancūzija": the same deed judged again
            judged_nouns[(si, toks[i].start)] = noun[:5]
        tp = self._lt_trig_pat(state, i)
        also = [] if own_deed and not (tp is not None and _lt_greeting(tp)) \
            else self._lt_also_judged(src_c, toks, i, state)
        if also:
            return also
        si = state.get("_si", 0)
        prev = [e for e in state.get("_events", ()) if e.sentence_index == si - 1]
        here = [e for e in state.get("_sent_events", ()) if e.spans["trigger"][0] < toks[i].start]
        if not own_deed and ((i + 1 < len(toks) and toks[i + 1].low == "ir"
                              and all(getattr(x, "start", -1) > toks[i].start for x in src)) or any(
                toks[k].low == "pat" and toks[k - 1].low == "taip" for k in range(max(1, i - 3), i))):
            # "Nuosprendį pasmerkė ir Didžioji Britanija bei Vokietija", "JAV taip pat pasmerkė ataką": "also"
            # joins the judgement of the same kind told just before, and takes its target
            words = state.get("_ev_word", {})
            good = toks[i].low.startswith(("pasveikin", "sveikin"))
            for e in reversed([*state.get("_events", ()), *here]):
                if e.sentence_index < si - 2:
                    break
                w = words.get((e.sentence_index, e.spans["trigger"][0]), "")
                if e.cameo[:2] in ("11", "05") and w.startswith(_LT_JUDGING_STEMS) and e.target_actor \
                        and w.startswith(("pasveikin", "sveikin")) == good \
                        and (e.target_country or e.target_actor) not in src_c:
                    v = _Virtual(e.target_country or e.target_actor)
                    v.actor = e.target_actor
                    if not e.target_country:
                        v.country, v.entity, v.kind = None, None, "org"
                    return [v]
        cands = [e for e in reversed([*prev, *here])
                 if e.source_actor and e.target_actor and not e.cameo.startswith("01")]
        if person:
            # (no deed told before is what a person is greeted for; with none told, the subject of the sentence
            # before may be the person: "... Lula laimėjo rinkimus. Bidenas pasveikino Lulą")
            return [] if cands or here else self._subject_before(src_c, state, nominative=True)
        if root is not None:
            # (an agreement, "susitarimą", "sutarties projektą", is what talks or a pledge agreed on as well; an
            # "išpuolis" or "ataka" is any violent act, a strike or an assault)
            kin = ("03", "04", "05") if root == "05" else tuple(_VIOLENT) if root in _VIOLENT else (root,)
            same = [e for e in cands if e.cameo[:2] in kin]
            if not same:
                # "... pasirašė sutartį. „...“, – sakė Putinas. Pietų Korėjos vyriausybė sutartį pasmerkė": a noun
                # naming the act's kind refers back past sentences that tell no such act (not to background)
                same = [e for e in reversed(state.get("_events", ())) if si - 6 <= e.sentence_index < si - 1
                        and not e.historical and e.cameo[:2] in kin and e.source_actor and e.target_actor
                        and not e.cameo.startswith("045")]
            # (with no act of its kind, not a reaction to one either: "Sybiha smūgį pavadino eskalacija, o NATO
            # ataką pasmerkė" judges the attack, not Sybiha's words)
            words = state.get("_ev_word", {})
            told = [e for e in reversed([*state.get("_events", ()), *here]) if si - 6 <= e.sentence_index
                    and not e.historical and e.cameo[:2] in kin and e.source_actor and e.target_actor
                    and len(noun) >= 5 and words.get((e.sentence_index, e.spans["trigger"][0]), "")[:5] == noun[:5]]
            if told and (not same or told[0].sentence_index >= si - 3 or told[0].sentence_index == 0):
                # "... surengė ataką prieš Izraelį. Izraelis atsakė smūgiais. ... pasmerkė ataką": the act told
                # with the same noun is the one the noun names again, before a later act of its kind (from any
                # distance when told in the headline or lead: the article's own act, "Hamas surengė išpuolį ...")
                same = told
            cands = same or [e for e in cands if e.cameo[:2] not in ("01", "02", "10", "11", "12", "13")]
            if not same:
                # "Vokietija išsikvietė Rusijos ambasadorių. NATO apnuodijimą pasmerkė": with no act of the noun's
                # kind told, another party's protest, charge or cut in relations just before is the reaction to
                # it, and its target the act's agent (not the protesting victim, the subject before)
                rx = next((e for e in reversed([*prev, *here]) if e.cameo[:2] in ("11", "12", "16") and e.target_actor
                           and (e.source_country or e.source_actor) not in src_c
                           and (e.target_country or e.target_actor) not in src_c), None)
                if rx is not None:
                    v = _Virtual(rx.target_country or rx.target_actor)
                    v.actor = rx.target_actor
                    if not rx.target_country:
                        v.country, v.entity, v.kind = None, None, "org"
                    return [v]
        for e in cands:
            took_part = (e.source_country or e.source_actor) in src_c
            if took_part:
                other, actor = e.target_country, e.target_actor
            elif root is None and e.cameo[:2] == "11" and (e.target_country or e.target_actor) not in src_c \
                    and toks[i].low.startswith(("pasmerk", "smerk")) and any(
                    toks[k].low in ("tai", "tą", "ją") for k in range(max(lo, i - 3), min(hi, i + 3))):
                # "Estija išsikvietė Rusijos diplomatą. ES tai pasmerkė": a third party's "tai" condemned after a
                # protest or charge is the wrong protested against, so it joins the protest; criticism or a label
                # of the step or claim itself is aimed at the protesting side ("Vengrija tai sukritikavo",
                # "Baltarusija tai pavadino melu", "Slovakija šį žingsnį sukritikavo")
                took_part, other, actor = True, e.target_country, e.target_actor
            else:
                other, actor = e.source_country, e.source_actor
            if (other or actor) in src_c:
                continue
            v = _Virtual(other or actor)
            v.actor = actor
            if not other:
                v.country, v.entity, v.kind = None, None, "org"
            if not took_part:
                # "JAV ir Jungtinė Karalystė smogė hučių taikiniams. Iranas smūgius pasmerkė": every agent
                return [v, *self._co_agents(e, [*prev, *here, *state.get("_events", ())], src_c, {other or actor})]
            return [v]
        if cands or here:
            return []
        # no act coded before it in this sentence or the one before: the act judged is the one the sentence before
        # tells of its subject ("Kinija paskelbė naujus prekybos apribojimus Taivanui. Sala šį žingsnį pavadino
        # ekonomine prievarta"; also when the speaker is a third party, "ES šį žingsnį pasmerkė")
        return self._subject_before(src_c, state, nominative=True)

    @staticmethod
    def _lt_listed(acts: list[Act], toks: list[Token], i: int, src_c: set[Any],
                   state: dict[str, Any]) -> list[Any]:
        """The countries a Lithuanian "šių šalių" stands for: two or more named in the nominative before the verb in
        its sentence, else in the sentence before (not the verb's own subject)."""
        def listed(ms: list[Any]) -> list[Any]:
            out: dict[str, Any] = {}
            for m in ms:
                if m.role == "actor" and m.country and m.kind == "country" and "NOM" in (m.cases or ()) \
                        and m.country not in src_c:
                    out.setdefault(m.country, m)
            return list(out.values()) if len(out) >= 2 else []
        here = listed([a.m for a in acts if a.tokens[1] <= i and not a.loc])
        if here:
            return here
        # (the agents of the acts the sentence before told: "Norvegija kartu su Ispanija ir Airija pripažino ...")
        si = state.get("_si", 0)
        agents: dict[str, Any] = {}
        for e in state.get("_events", ()):
            if e.sentence_index == si - 1 and e.source_country and e.source_country not in src_c \
                    and e.source_actor == e.source_country:
                v = _Virtual(e.source_country)
                agents.setdefault(e.source_country, v)
        if len(agents) >= 2:
            return list(agents.values())
        return listed(list(state.get("_by_sent", {}).get(si - 1, ())))

    @staticmethod
    def _lt_holder(src: list[Any], toks: list[Token], i: int, hi: int, state: dict[str, Any]) -> list[Any]:
        """'Sulaikė Rusijos policija. Lietuva ir Latvija pareikalavo nedelsiant jį paleisti', 'Teismas nuteisė
        Navalną. ES pareikalavo jį paleisti': a demand or appeal to free a person named by a pronoun goes to who
        holds him, the agent of the arrest or sentence told just before (else the subject of the sentence before
        it, when that is a court, police or government)."""
        if not any(toks[k].low in ("jį", "ją", "juos", "jas") and any(
                toks[j].low.startswith(("paleist", "išlaisvin")) for j in range(max(0, k - 1), min(hi, k + 2)))
                for k in range(i + 1, min(hi, i + 5))):
            return []
        src_c = {getattr(x, "country", None) or getattr(x, "actor", None) for x in src} - {None}
        si = state.get("_si", 0)
        evs = [*[e for e in state.get("_events", ()) if si - 2 <= e.sentence_index < si],
               *state.get("_sent_events", ())]
        for e in reversed(evs):
            if e.cameo[:2] == "17" and e.source_actor and (e.source_country or e.source_actor) not in src_c:
                v = _Virtual(e.source_country or e.source_actor)
                v.actor = e.source_actor
                return [v]
        before = [m for m in state.get("_by_sent", {}).get(si - 1, ()) if m.role == "actor" and m.actor
                  and "NOM" in (m.cases or ()) and m.sector in ("JUD", "COP", "GOV")
                  and (m.country or m.actor) not in src_c]
        return before[:1]

    @staticmethod
    def _subject_before(src_c: set[Any], state: dict[str, Any], nominative: bool) -> list[Any]:
        """The actor a reaction with no act coded before it is aimed at: the subject of the sentence before, the
        first actor named there (Lithuanian: the first in the nominative), unless it is a place, people or the
        reacting side itself."""
        before = [m for m in state.get("_by_sent", {}).get(state.get("_si", 0) - 1, ()) if m.role == "actor" and m.actor]
        before = [m for m in before if "NOM" in (m.cases or ())] if nominative else before[:1]
        subj = next((m for m in before if m.kind != "place" and not _people(m)
                     and (m.country or m.actor) not in src_c), None)
        if subj is None:
            return []
        out = [subj]
        text = state.get("_text", "")
        if nominative and text:
            # "Lietuva, Latvija, Estija ir Lenkija nebeįleidžia ...": the whole list of subjects did it
            for m in before[before.index(subj) + 1:]:
                if not _LT_LIST_GAP.fullmatch(text[out[-1].end:m.start]) or m.kind == "place" or _people(m) \
                        or (m.country or m.actor) in src_c:
                    break
                out.append(m)
        return out

    def _pronoun_target(self, toks: list[Token], acts: list[Act], src_a: list[Act], i: int, lo: int, hi: int,
                        p: Pattern, lang: str, state: dict[str, Any]) -> list[Act]:
        """A pronoun in the target's slot: "kur jį priėmė Nausėda", "Sandu, kurią priėmė Nausėda",
        "received him", "whom Nauseda received". A relative pronoun stands for the actor right before
        it; a personal one for the last person or titled role named before it (in the sentence, else
        the last one of the article) who is not the source."""
        src_ids = {id(a.m) for a in src_a}
        src_c = {a.m.country for a in src_a}
        found: tuple[int, bool] | None = None  # (token index, relative?)
        if lang == "lt":
            specs = []
            for spec in p.target:
                m = _CASE_SPEC.match(spec)
                if m:
                    specs.append((m.group(1), m.group(2)))
            for j in range(lo, hi):
                w = toks[j].low
                if w in _LT_POSS and 0 < j - i <= 3 and j + 1 < hi and toks[j + 1].text.isalpha() \
                        and toks[j + 1].text.islower() and toks[j + 1].low not in _LT_PREPS:
                    # "užėmė penktadalį jos teritorijos", "uždrausti jos sunkvežimių tranzitą": the owner
                    # of the object is the actor named last before it
                    found = (j, True)
                    break
                case = _LT_PRON.get(w) or _LT_REL.get(w)
                if case is None:
                    continue
                prev = toks[j - 1].low if j > 0 else ""
                if any(case == c and (prev == pr if pr else prev not in _LT_PREPS) for c, pr in specs):
                    found = (j, w in _LT_REL)
                    break
        else:
            for j in range(lo, hi):
                w = toks[j].low
                if w == "whom" and j < i:
                    found = (j, True)
                    break
                if w in _EN_OBJ_PRON and j > i:
                    prev = toks[j - 1].low
                    if (j == i + 1 and "obj" in p.target) or (prev in p.target and j - 1 > i):
                        found = (j, False)
                        break
        if found is None:
            return []
        j, rel = found
        before = [a for a in acts if a.tokens[1] <= j and id(a.m) not in src_ids and not a.loc
                  and (a.m.country or a.m.kind == "org") and (a.m.country or a.m.actor) not in src_c]
        if rel:
            if lang == "lt":
                agent = self._lt_relative_act_agent(toks, acts, j, state)
                if agent is not None:
                    return [a for a in agent if id(a.m) not in src_ids and (a.m.country or a.m.actor) not in src_c]
            return [before[-1]] if before else []
        people = [a for a in before if a.m.kind in ("person", "role")]
        if people:
            return [people[-1]]
        if lang == "lt" and toks[j].low in ("ją", "jį", "jai", "jam"):
            # "..., kaltindami ją tapus ...": a singular pronoun with no person before it is the organisation
            # or country named last whose head noun has the pronoun's gender (not "Tokijas ... ją boikotavo")
            fem = toks[j].low in ("ją", "jai")
            for a in reversed(before):
                g = self._lt_gender(a, toks, acts)
                if g is None:
                    continue
                if g != fem or any(t.text.isalpha() and t.text.islower() and self._lt_noun_gender(t) == fem
                                   for t in toks[a.tokens[1]:j]):
                    return []  # "nesutarė dėl ceremonijos, todėl Pekinas ją boikotavo": a nearer noun
                return [a]
        lp = state.get("last_person")
        if lp is not None and id(lp.m) not in src_ids and lp.m.country and lp.m.country not in src_c:
            return [lp]
        return []

    def _lt_relative_act_agent(self, toks: list[Token], acts: list[Act], j: int,
                               state: dict[str, Any]) -> list[Act] | None:
        """'Rusijos smūgiai Ukrainos infrastruktūrai, kuriuos pasmerkė G7': a relative pronoun stands for the
        nearest noun before its comma that agrees with it in gender ("kuriuos" not "infrastruktūrai" but
        "smūgiai"); when that noun is an act with its own genitive agent, the clause's act (a condemnation, a
        denial) is aimed at the agent. None: the antecedent is no such act."""
        if j < 2 or toks[j - 1].text != ",":
            return None
        fem = toks[j].low in ("kurią", "kurias", "kuriai", "kurioms", "kuria", "kuriomis")
        trig = state.get("_trig_pat", {})
        for k in range(j - 2, max(-1, j - 9), -1):
            t = toks[k]
            if not t.text.isalpha():
                return None
            if not t.text.islower() or self._lt_noun_gender(t) != fem:
                continue
            q = trig.get(k)
            if q is None or q.pos != "noun":
                return None
            gen = [a for a in acts if not a.loc and "GEN" in (a.m.cases or [])
                   and self._prep_before(toks, a, "lt", 0) is None]
            return self._adjacent(gen, toks, k) or None
        return None

    @staticmethod
    def _lt_gender(a: Act, toks: list[Token], acts: list[Act]) -> bool | None:
        """Whether a Lithuanian actor's head noun is feminine (None: unknown, an indeclinable name); an
        abbreviation in brackets after a full name has the name's gender ("bendrijos (ECOWAS)")."""
        if len(a.m.cases or []) >= 4:
            full = [b for b in acts if b is not a and b.m.actor == a.m.actor and 0 < a.tokens[0] - b.tokens[1] <= 1]
            if not full:
                return None
            a = full[0]
        return Events._lt_noun_gender(toks[a.tokens[1] - 1])

    @staticmethod
    def _lt_noun_gender(t: Token) -> bool | None:
        """Whether a Lithuanian noun is feminine by its lemma's ending (None: not a noun ending, an
        adjective or a verb)."""
        if t.low.endswith(("dama", "damos", "usios", "ančios", "inčios", "iančios")):
            return None  # an adverbial or active participle ("kaltindamos"), no noun
        if t.low.endswith(("os", "ės", "oje", "ėje", "omis", "ėmis", "oms", "ėms")):
            return True  # feminine case endings ("ceremonijos", the lemmatiser aside)
        if t.low.endswith(("ui", "uose", "ams", "ais")):
            return False
        lem = (t.lemma or "").lower()
        if lem.endswith(_LT_ADJ_LEMMAS) or lem.endswith(("ti", "tis", "tas", "tasis")):
            return None
        if lem.endswith(("as", "is", "ys", "us", "uo")):
            return False
        if lem.endswith(("a", "ė")):
            return True
        return None

    @staticmethod
    def _place_target(toks: list[Token], acts: list[Act], src_a: list[Act], i: int, p: Pattern,
                      nouns: frozenset[str], by_lemma: dict[str, Any], prev: tuple[str, ...] = (),
                      prev_src: set[str] | frozenset[str] = frozenset()) -> list[Act]:
        """"attacked the island", "invade the country", "targeting the country's railways": a definite
        place noun in the target's slot stands for the last country named before it that is not the
        source ("defend Taiwan ... if China attacked the island"); so does "its" before a thing that is no
        event ("stormed its embassy", not "condemned its annexation"). Not the subject of the main clause
        when the verb is in a clause of time or reason after it ("Tokyo has sanctioned Moscow since Russia
        invaded the country"); from the sentence before, a country that acted there comes last ("Ukraine
        received aid from the United States. Russia invaded the country ...")."""
        j = i + 1
        if j < len(toks) and toks[j].low in p.target:
            j += 1  # "withdraw from the country"
        elif "obj" not in p.target and not p.with_:
            return []
        if p.with_ and not (j + 1 < len(toks) and toks[j].low in ("the", "its")):
            # "threatened to reimpose sanctions on the country": the target's preposition after the completing word
            j = next((k + 1 for k in range(i + 2, min(len(toks) - 2, i + 8)) if toks[k].low in p.target
                      and toks[k + 1].low == "the" and toks[k + 2].low in nouns), j)
        if not (j + 1 < len(toks) and ((toks[j].low == "the" and toks[j + 1].low in nouns) or (
                toks[j].low == "its" and toks[j + 1].text.isalpha() and toks[j + 1].text.islower()
                and not any((t.lemma or t.low).lower() in by_lemma for t in toks[j + 1:j + 3])
                and not any(t.low in _EN_RELATIONAL_GROUPS for t in toks[j + 1:j + 4])))):
            # ("appealed to its allies", "urged its Western partners": the subject's own partners, no one's place)
            return []  # "stormed its embassy": the embassy's country ("condemned its annexation": the agent of an act)
        src_c = {a.m.country for a in src_a}
        before = [a for a in acts if a.tokens[1] <= j and a.m.kind in ("country", "role", "person", "city")
                  and not a.adj and a.m.country and a.m.country not in src_c]
        sub = next((k for k in range(min(src_a, key=lambda a: a.tokens[0]).tokens[0] - 1, 0, -1)
                    if toks[k].low in _EN_SUBORDINATORS), None) if src_a else None
        if sub is not None and before and toks[j].low == "the":
            # "Tokyo has sanctioned Moscow since Russia invaded the country": the main clause's subject is not it
            # (but "its" may be: "Tehran accused Washington ... after US strikes on its nuclear sites")
            head = min((a for a in acts if not a.adj and not a.loc), key=lambda a: a.tokens[0])
            if head.tokens[1] < sub and _opens_sentence(toks, head):
                before = [a for a in before if a.m.country != head.m.country]
        if not before:
            # "Myanmar's military seized power ... Biden threatened sanctions on the country": the sentence before
            cands = [c for c in reversed(prev) if c not in src_c]
            c = next((c for c in cands if c not in prev_src), cands[0] if cands else None)
            return [Act(_Virtual(c), 0, (0, 0))] if c else []
        last = before[-1]
        if last.m.kind == "country":
            return [last]
        return [Act(_Virtual(last.m.country), last.start, last.tokens)]  # "Myanmar's military ... the country"

    @staticmethod
    def _lt_names_main_act(toks: list[Token], lo: int, i: int, end: int) -> bool:
        """Whether the object of a dative absolute (the participle at i, its phrase from lo to end) names the main
        clause's act: a bare word for a deed ("protestuojant prieš sprendimą", "sukritikavus žingsnį") or a noun the
        main clause itself tells ("pradėjo operaciją Rafache, Egiptui sukritikavus operaciją")."""
        def stem(t: Token) -> str:
            return (t.lemma or t.low).lower()[:6]

        words = [t for t in toks[i + 1:end] if t.text.isalpha() and t.text.islower() and len(t.text) >= 5]
        if any(t.low.startswith(_LT_BARE_DEEDS) for t in words):
            return True
        main = {stem(t) for k, t in enumerate(toks) if (k < lo - 1 or k > end) and t.text.isalpha()
                and t.text.islower() and len(t.text) >= 5}
        return any(stem(t) in main for t in words)

    def _dative_absolute(self, sent: Sentence, acts: list[Act], toks: list[Token], i: int, p: Pattern,
                         state: dict[str, Any]) -> tuple[list[Act], list[Act]]:
        """A Lithuanian adverbial participle with a dative agent ("Turkijai tarpininkaujant, Etiopija ir
        Somalis susitarė"): the dative actor acts on the main clause's subjects (else the last subject)."""
        conj = _LT_AND
        src_a = self._absolute_datives(acts, toks, i)
        end = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";", ":")), len(toks))
        if src_a and any(not sp.startswith(("NOM", "GEN:tarp")) for sp in p.target):
            # "Lietuvai apribojus tranzitą į Kaliningradą": the participle's own object, when it has one
            phrase = [a for a in acts if i < a.tokens[0] < end and a not in src_a]
            own = self._roles_lt(sent, phrase, toks, i, i, p)[1] if phrase else []
            if own:
                return src_a, own
            if p.code[:2] in ("01", "10", "11", "12", "14") and i + 1 < end and toks[i + 1].text.isalpha() \
                    and toks[i + 1].text.islower() and not phrase \
                    and not any(t.low in _LT_AND for t in toks[i + 1:end]) \
                    and not any(t.low in _LT_THIS or t.low in ("tai", "jį", "ją", "juos", "jas", "tą", "tokį")
                                for t in toks[i + 1:end]) \
                    and not self._lt_names_main_act(toks, min([i, *(a.tokens[0] for a in src_a)]), i, end):
                # (but "..., Rusijai pasmerkus šį sprendimą": an object pointing back at the main act names its doer,
                # so does one that repeats the main clause's act, "pradėjo operaciją, Egiptui sukritikavus operaciją",
                # or a bare word for a deed, "Kosovui protestuojant prieš sprendimą")
                # "..., Rusijai pasmerkus rinkimus": a participle of judging or protest whose object is no actor acts on
                # no one; it is not aimed at the main clause's subject (an appeal is: "Tokajevui paprašius pagalbos,
                # KSSO ..."; so is a threat, whose object is only what is threatened: "Kinijai pagrasinus sankcijomis,
                # Lietuva atidėjo sprendimą")
                return src_a, []
        nom = [a for a in acts if not a.loc and "NOM" in ([a.lcase] if a.lcase else a.m.cases or []) and a not in src_a]
        lo_p = min([i, *(a.tokens[0] for a in src_a)])
        if lo_p > 0 and toks[lo_p - 1].text == "," and any(a.tokens[1] < lo_p for a in nom):
            # "Izraelis ir „Hamas“, tarpininkaujant Katarui, susitarė": the phrase between commas mediates
            # between the subject before it
            tgt_a = self._chain([a for a in nom if a.tokens[1] < lo_p], toks, conj, lo_p - 1, before=True)
        else:
            tgt_a = self._chain(nom, toks, conj, i, before=False) if nom else []
        if src_a and not tgt_a and state.get("last_subject"):
            tgt_a = [Act(m, 0, (0, 0)) for m in state["last_subject"]]
        return src_a, tgt_a

    def _absolute_datives(self, acts: list[Act], toks: list[Token], i: int) -> list[Act]:
        """The dative agents of a Lithuanian adverbial participle: "tarpininkaujant Katarui, Egiptui ir JAV"
        (the whole list of datives, an indeclinable name in it too)."""
        # ("Izraelis ir „Hamas“, tarpininkaujant Katarui": an uninflected name the list before makes a nominative
        # is no agent)
        dats = [a for a in acts if not a.loc and "DAT" in ([a.lcase] if a.lcase else a.m.cases or [])]
        # (not one a preposition phrase parts from the participle: "padėkojo JAV ir Prancūzijai už pagalbą numušant
        # dronus" thanks them; the participle tells what the help was, it has no dative agent of its own)
        near = [a for a in dats if abs(a.tokens[0] - i) <= 4 and not (
            a.tokens[1] <= i and any(t.low in _LT_PREPS for t in toks[a.tokens[1]:i]))]
        if not near:
            return []
        before = any(a.tokens[1] <= i for a in near)
        dat = [a for a in dats if (a.tokens[1] <= i if before else a.tokens[0] > i)]
        return self._chain(dat, toks, _LT_AND, i, before=before)

    def _lt_relative_participle(self, toks: list[Token], acts: list[Act], i: int, p: Pattern) -> bool:
        """A Lithuanian active participle right after a comma that follows an actor ("Čekiją, atsisakiusias")."""
        w = toks[i].low
        if not (p.pos == "verb" and not p.passive and i > 1 and toks[i - 1].text == "," and w != p.lemma
                and w.endswith(_LT_ACTIVE_PARTICIPLE)):
            return False
        ante = [a for a in acts if a.tokens[1] == i - 1 and not a.loc]
        if ante and w.endswith(("ęs", "usi", "antis")) and not any(
                "NOM" in (a.m.cases or []) and self._prep_before(toks, a, "lt", 0) is None for a in ante):
            # "Lenkija išsiuntė Rusijos diplomatą, apkaltinusi jį šnipinėjimu", "nutraukė santykius su Ukraina,
            # apkaltinęs Kyjivą ...": a nominative participle agrees with the clause's subject, not with the object
            # before the comma
            return False
        return bool(ante)

    @staticmethod
    def _absolute(toks: list[Token], i: int, p: Pattern, acts: list[Act]) -> bool:
        """A Lithuanian adverbial participle with a dative agent of its own ("Turkijai tarpininkaujant"); a
        past one in -us only right after its dative ("Lietuvai apribojus tranzitą")."""
        w = toks[i].low
        if p.pos != "verb":
            return False
        if w.endswith(("ant", "int", "vus")) and (toks[i].lemma or "").endswith(("ti", "tis")) \
                and w != (toks[i].lemma or ""):
            return True
        return w.endswith("us") and p.lemma.endswith(("ti", "tis")) and w != p.lemma and any(
            a.tokens[1] == i and (a.m.cases or []) == ["DAT"] and not a.loc for a in acts)

    def _statement_topic(self, sent: Sentence, acts: list[Act], toks: list[Token], src_a: list[Act], hi: int,
                         lang: str, plain: bool = False) -> list[Act]:
        """'X pareiškė, kad derybos su Rusija neturi perspektyvų': a statement is about the other country
        its "kad" clause names, when that clause has no subject of its own."""
        if hi + 1 >= len(toks) or toks[hi + 1].low != "kad":
            return []
        _, hi_next = self._clause(sent, hi + 2, lang)
        # (a plain statement's clause ends before a second verb of the speaker: "tvirtina, kad ..., ir kaltina
        # Teheraną ..."; a denial is aimed at the accuser the second verb may name: "neigė, kad ..., ir atmetė ...")
        if plain:
            hi_next = next((k for k in range(hi + 3, hi_next) if toks[k].text == "," and k + 1 < len(toks)
                            and toks[k + 1].low in _LT_SAID_CLAUSE_END), hi_next)
        comp = [a for a in acts if hi < a.tokens[0] < hi_next and not a.loc]
        if not comp or any(a.m.case == "NOM" and len(a.m.cases or []) <= 3 and "GEN" not in (a.m.cases or [])
                           and self._prep_before(toks, a, lang, 0) is None for a in comp):
            return []
        src_c = {a.m.country for a in src_a}
        # (a country's people in the dative are who the clause's own act falls on: "sakė, kad atsakas skaudžiai
        # atsilieps Lietuvos gyventojams" is said about a reprisal, not to or about Lithuania)
        cand = [a for a in comp if a.m.country and a.m.country not in src_c
                and not ((a.m.cases or []) == ["DAT"] and _sector(a.m) == "CVL")]
        return cand[:1]

    def _demanded_of(self, sent: Sentence, acts: list[Act], toks: list[Token], src_a: list[Act],
                     i: int) -> list[Act]:
        """'Ūkininkai užblokavo kelius, reikalaudami, kad vyriausybė ...': a protest, strike or blockade is
        aimed at whom its demand is addressed, the subject of the "kad" clause of the demanding participle
        that follows it."""
        for k in range(i + 1, min(len(toks) - 2, i + 12)):
            if toks[k].low.startswith(_LT_DEMANDING) and toks[k + 1].text == "," and toks[k + 2].low == "kad":
                _, hi_next = self._clause(sent, k + 3, "lt")
                nxt = [a for a in acts if k + 2 < a.tokens[0] < hi_next and not a.loc and a not in src_a
                       and "NOM" in (a.m.cases or []) and self._prep_before(toks, a, "lt", 0) is None]
                return self._chain(nxt, toks, frozenset({"ir", "bei", ","}), k + 2, before=False) if nxt else []
        return []

    def _adverbial_target(self, acts: list[Act], toks: list[Token], src_a: list[Act], i: int) -> list[Act]:
        """'Lenkija padidino parengtį, kai Rusija surengė smūgį': a response is aimed at the subject of the
        "kai / jei / po to, kai" clause beside it, and an act inside a "kai" clause at the main subject.
        A condition's own act takes nothing from the main clause."""
        src_c = {a.m.country or a.m.actor for a in src_a}
        subs = [k for k, t in enumerate(toks) if t.low in ("kai", "jei", "jeigu") and (k == 0 or toks[k - 1].text == ",")]
        for k in subs:
            stops = (",",) if k == 0 else (",", ";")
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in stops), len(toks))
            start = k - 3 if k > 2 and toks[k - 2].low == "to" and toks[k - 3].low == "po" else k
            inside = start <= i < end
            if inside and toks[k].low != "kai":
                continue
            pool = [a for a in acts if not a.loc and ("NOM" in (a.m.cases or []) or (
                        "GEN" in (a.m.cases or []) and self._after_quantity(toks, a))) and (a.m.country or a.m.actor)
                    and (a.m.country or a.m.actor) not in src_c and ((start <= a.tokens[0] < end) != inside)
                    and self._prep_before(toks, a, "lt", 0) is None]
            if inside:
                pool = [a for a in pool if a.tokens[0] < start or k == 0]
            if pool:
                return [pool[0]]
        return self._reaction_frame_agent(acts, toks, src_a, i)

    @staticmethod
    def _reaction_frame_agent(acts: list[Act], toks: list[Token], src_a: list[Act], i: int) -> list[Act]:
        """'Atsakant į Rusijos raketų smūgius, Lenkija pakėlė naikintuvus', 'Atsakydama į JAV sankcijas, Kinija
        uždraudė ...': a main act with no target of its own answers the genitive agent of what the reaction
        participle's phrase names (the phrase itself is not where the main act's roles are)."""
        src_c = {a.m.country or a.m.actor for a in src_a}
        for k in range(1, len(toks) - 1):
            if toks[k].low != "į" or not toks[k - 1].low.startswith(_LT_REACTING_FRAME):
                continue
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in (",", ";", ":")), len(toks))
            if k <= i < end:
                return []
            pool = [a for a in acts if k < a.tokens[0] < end and not a.loc and "GEN" in (a.m.cases or [])
                    and (a.m.country or a.m.actor) and (a.m.country or a.m.actor) not in src_c]
            return pool[:1]
        return []

    @staticmethod
    def _countryless(m: Any) -> bool:
        """A bare sector with no country and no organisation of its own ("militants", "gunmen", "drones")."""
        return not getattr(m, "country", None) and getattr(m, "kind", None) != "org" \
            and not (getattr(m, "entity", None) or "").startswith("org:")

    @staticmethod
    def _country_in(toks: list[Token], acts: list[Act], src_a: list[Act], i: int) -> list[Act]:
        """A country named after "in / inside" (maybe with a direction word) after the trigger: where an
        attack on countryless targets happened ("struck suspected militant hideouts in northern Iraq")."""
        src_c = {a.m.country for a in src_a}
        for a in acts:
            k = a.tokens[0]
            if k > i + 1 and not a.loc and a.m.kind == "country" and a.m.country and a.m.country not in src_c and (
                    toks[k - 1].low in ("in", "inside") or (toks[k - 2].low in ("in", "inside")
                                                           and toks[k - 1].text.islower())):
                return [a]
        return []

    @staticmethod
    def _last_agent(acts: list[Act], state: dict[str, Any]) -> list[Act]:
        """The mention that is the source of the last event coded so far in this sentence: whom a reaction
        drawn by that act is aimed at ("struck ... in northern Iraq, drawing a formal protest from Baghdad")."""
        evs = state.get("_sent_events") or ()
        if not evs or not evs[-1].spans.get("source"):
            return []
        s0 = evs[-1].spans["source"][0]
        return [a for a in acts if a.m.start == s0][:1]

    @staticmethod
    def _noun_use(toks: list[Token], i: int) -> bool:
        """A verb trigger's word used as a noun after an article, maybe with an adjective between ("drawing a
        sharp rebuke from Washington", "a formal protest from Baghdad")."""
        return any(toks[k].low in ("a", "an", "the") for k in range(max(0, i - 2), i)) and not any(
            toks[k].low in ("to", "will", "would", "did", "does") for k in range(max(0, i - 2), i))

    @staticmethod
    def _answer_demand(toks: list[Token], i: int, p: Pattern) -> bool:
        """A demand for what only the doer of an act can give ("demanded an explanation", "demanded his release",
        "pareikalavo paaiškinimo", "reikalauja atsiprašyti"): with no addressee named, it is addressed to the
        other party of the last act its subject took part in. Not a demand for something from a third party
        ("pareikalavo griežto Vakarų atsako")."""
        if p.code[:2] != "10" or p.pos != "verb":
            return False
        return any(t.low.startswith(_ANSWERS) for t in toks[i + 1:i + 6])

    @staticmethod
    def _en_rebuttal(toks: list[Token], i: int, p: Pattern) -> bool:
        """A denial, rejection or regret whose object is no actor ("Kyiv denied any role", "Brussels dismissed
        the charge", "Kyiv expressed disappointment"): it answers the other party of the last act its subject
        took part in (whoever made a claim about it, or acted on it). Not a denial of a state of affairs or an act of its own ("denied that it had ...", "has denied
        sending fighters to Libya")."""
        if not (p.code.startswith(("016", "012")) or p.code[:2] == "12") or p.pos != "verb":
            return False
        return not (i + 1 < len(toks) and (toks[i + 1].low in ("that", "it", "its", "they", "their")
                                           or toks[i + 1].low.endswith("ing")))  # "denied sending fighters"

    @staticmethod
    def _subordinate_act(toks: list[Token], acts: list[Act], i: int, j: int) -> bool:
        """Is the verb at `j` the act of a temporal or causal clause after the trigger at `i`, with a subject of
        its own ("summoned the Russian envoy on Thursday after Moscow detained a Latvian journalist", "warned
        Kabul, days before Pakistani jets struck ...", "... as Israeli jets pounded Gaza")? Such an act is what
        led to (or went with) the appeal, protest or threat, not its content: an event of its own."""
        for k in range(i + 1, j):
            if toks[k].low in _EN_SUBORDINATORS:
                return any(k < a.tokens[0] < j and not a.loc for a in acts)
        return False

    @staticmethod
    def _nominal_agent(toks: list[Token], acts: list[Act], j: int, verb_form: bool = False) -> list[Act]:
        """The agent an English event noun names itself: a possessor or a nationality modifier before it, past
        at most two lowercase modifiers ("Russia's invasion", "Beijing's sanctions", "the Israeli occupation",
        "U.S. arms sales"), or a "by" phrase after its own "of" phrase ("the arrest of a French aid worker by
        Iranian authorities"). A word that is also a verb ("attacks", "sanctions") counts as a noun only after a
        possessive or a nationality adjective ("Moscow's attacks", "Chinese sanctions")."""
        k = j - 1
        n = 0
        while k > 0 and n < 2 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _EN_PREPS \
                and toks[k].low not in _EN_DETERMINERS and toks[k].low not in _LIST_CONJ and toks[k].low not in _AUX:
            k -= 1
            n += 1
        poss = k > 0 and toks[k].low in ("'s", "’s", "'", "’")
        if poss:
            k -= 1
        elif k >= 0 and toks[k].low.endswith(("'s", "’s", "s'", "s’")):
            poss = True  # "Beijing's" as one token
        own = [a for a in acts if a.tokens[1] == k + 1 and not a.loc and (poss or a.adj or not verb_form)]
        if own:
            # "Israeli and U.S. strikes on Iran", "the US and British air strikes": modifiers coordinated right
            # before it are agents too
            grp = own[:1]
            while grp[0].tokens[0] >= 2 and toks[grp[0].tokens[0] - 1].low in ("and", ","):
                prev = [a for a in acts if a.tokens[1] == grp[0].tokens[0] - 1 and not a.loc and a not in grp]
                if not prev:
                    break
                grp.insert(0, prev[0])
            if len(grp) > 1 and toks[grp[1].tokens[0] - 1].low == ",":
                grp = grp[-1:]  # ("Syria, Russian strikes": no list without "and")
            return grp
        if not verb_form and j + 1 < len(toks) and toks[j + 1].low in ("of", "by"):
            for m in range(j + 1, min(len(toks), j + 12)):
                if toks[m].text in (",", ";", ":") or toks[m].low in _AUX:
                    break
                if toks[m].low == "by":
                    return [a for a in acts if a.tokens[0] in (m + 1, m + 2) and not a.loc][:1]
        return []

    @staticmethod
    def _own_agent(toks: list[Token], acts: list[Act], j: int) -> list[Act]:
        """The agent an English speech-act noun names itself (one actor, or none): its possessor or
        modifier ("Seoul's offer", "Vilnius's accusations", "US demands", "a Russian proposal") or a
        "from / by" phrase right after it ("calls from the United States", "accusations by Kyiv")."""
        if (toks[j].lemma or toks[j].low).lower() not in _SPEECH_NOUNS or j == 0:
            return []
        prev = toks[j - 1].low
        if not (toks[j].low.endswith("s") or prev in ("a", "an", "the", "'s", "’s") or prev.endswith(("'s", "’s"))
                or any(a.adj and a.tokens[1] == j for a in acts)):
            return []  # "offer", "call" without a plural, a determiner or an adjective: the verb
        own = [a for a in acts if not a.loc and (a.tokens[1] == j or (a.tokens[1] == j - 1 and prev in ("'s", "’s")))]
        if not own and j + 2 < len(toks) and toks[j + 1].low in ("from", "by"):
            own = [a for a in acts if not a.loc and a.tokens[0] in (j + 2, j + 3)]
        return own[:1]

    @staticmethod
    def _reaction_target(acts: list[Act], toks: list[Token], src_a: list[Act], i: int) -> list[Act]:
        """'Japan raised its alert level after North Korea fired a missile': a show of force or a
        downgraded relation is aimed at the first other country named in the "after / following / in
        response to" clause that follows it."""
        src_c = {a.m.country for a in src_a}
        for k in range(i + 1, len(toks) - 1):
            if toks[k].low in ("after", "following") or (toks[k].low == "in" and toks[k + 1].low == "response"):
                nxt = [a for a in acts if a.tokens[0] > k and not a.loc and a not in src_a
                       and a.m.country not in src_c]
                return [min(nxt, key=lambda a: a.tokens[0])] if nxt else []
        return []

    @staticmethod
    def _own_government(acts: list[Act], src_a: list[Act], i: int) -> list[Act]:
        """Domestic protesters, strikers or marchers with no "against X" protest their own government when
        the sentence names it after the trigger ("went on strike to press the government", "rallied ...,
        demanding the resignation of President X"); a bare "the government" is theirs."""
        own = {a.m.country for a in src_a}
        if len(own) != 1 or None in own or not all(_sector(a.m) in _DOMESTIC for a in src_a):
            return []
        c = next(iter(own))
        for a in acts:
            if a.tokens[0] > i and not a.loc and a.m.sector == "GOV" and a.m.kind in ("role", "person"):
                if a.m.country == c:
                    return [a]
                if a.m.country is None:
                    return [Act(replace(a.m, country=c, actor=c + "GOV"), a.start, a.tokens)]
        return []

    @staticmethod
    def _lt_intro_head(toks: list[Token], a: Act, nxt: Act) -> bool:
        """Actor a, joined to the next list member by a bare comma, ends an introductory phrase rather than
        heading a list: a lowercase word that is no conjunction stands just before it ("Susitikę su Japonijos
        premjeru, ...", "Kaip pranešė Lenkijos žiniasklaida, ..."), or it is in no nominative case."""
        gap = [t.low for t in toks[a.tokens[1]:nxt.tokens[0]]]
        if gap != [","]:
            return False
        k = a.tokens[0] - 1
        if k >= 0 and toks[k].text.isalpha() and toks[k].text.islower() \
                and toks[k].low not in _LT_COORD | {"ir", "bei", "kad", "jog", "pat", "tik"}:
            return True
        cases = [a.lcase] if a.lcase else (a.m.cases or [])
        return bool(cases) and "NOM" not in cases

    @staticmethod
    def _chain(cands: list[Act], toks: list[Token], conj: frozenset[str], anchor: int, before: bool) -> list[Act]:
        """The coordinated group (X ir Y; X, Y and Z) nearest the anchor token."""
        if not cands:
            return []
        if len(cands) == 1:
            return [cands[0]]
        cands = sorted(cands, key=lambda a: a.tokens[0])
        if before:
            near = [a for a in cands if a.tokens[1] <= anchor] or cands
            group = [near[-1]]
            for a in reversed(near[:-1]):
                if a.tokens[1] > group[0].tokens[0]:  # overlapping spans: "Japonijos ir Rusijos ... ministrai"
                    group.insert(0, a)
                    continue
                lo_, hi_ = a.tokens[1], group[0].tokens[0]
                if 0 < hi_ - lo_ <= 3 and Events._list_gap(toks[lo_:hi_], conj):
                    group.insert(0, a)
                else:
                    break
        else:
            near = [a for a in cands if a.tokens[0] > anchor] or cands
            group = [near[0]]
            for a in near[1:]:
                if a.tokens[0] < group[-1].tokens[1]:
                    group.append(a)
                    continue
                lo_, hi_ = group[-1].tokens[1], a.tokens[0]
                if conj is _EN_LIST and [t.text for t in toks[lo_:hi_]][:2] == [",", "and"] \
                        and Events._en_clause_subject(toks, a.tokens[1]):
                    break  # "sent rescue teams to Turkey, and Greece sent one": a new clause's subject
                if conj is _EN_LIST and Events._en_gap_object(toks, a.tokens[1]):
                    break  # "sent a ship to Tonga and Australia a navy vessel": the subject of a gapped clause
                if 0 < hi_ - lo_ <= (7 if toks[lo_].text == "„" else 3) and Events._list_gap(toks[lo_:hi_], conj):
                    group.append(a)
                else:
                    break
        span = toks[group[0].tokens[0]:group[-1].tokens[1]]
        if (len({a.tokens for a in group}) > 1 or any("-" in t.text for t in span)) and not any(
                t.low in _LIST_CONJ for t in span) and not (before and Events._headline_list(toks, group)):
            # (one name standing for several states, "Baltijos šalys", is a group by itself; a hyphen compound,
            # "Ukrainian-Canadian", is not)
            # "X, Y" with no "and"/"ir" anywhere is two phrases side by side, not a list (except a headline's
            # subject: "Putin, Xi vow closer ties")
            return [group[-1]] if before else [group[0]]
        return group

    @staticmethod
    def _border_with(toks: list[Token], acts: list[Act], a: Act) -> bool:
        """The actor (or a later member of a list) after "su" / "with" that follows a word for a border ("prie sienų
        su Rusija ir Baltarusija", "the border with Belarus"): a place, not a partner of the act."""
        if a.m.kind not in ("country", "city", "place"):
            return False  # ("prie sienos su Lenkijos kolegomis": officials at the border are partners)
        k = a.tokens[0] - 1
        while k >= 0 and (toks[k].low in ("ir", "bei", "and", ",") or any(b.tokens[0] <= k < b.tokens[1] for b in acts)):
            k -= 1
        return k >= 1 and toks[k].low in ("su", "with") and (toks[k - 1].lemma or toks[k - 1].low).lower().startswith(
            ("sien", "pasien", "border", "frontier"))

    @staticmethod
    def _lt_label(toks: list[Token], i: int) -> bool:
        """A Lithuanian noun in the instrumental only (by its declension: "smūgiu", "agresijos aktu" is not) after a
        verb of naming or judging in its clause ("pavadino", "vadina", "įvardijo", "laiko", "apibūdino"): the name
        given to an act, not an act of its own."""
        lem = (toks[i].lemma or toks[i].low).lower()
        cases = {c for c, _n in forms_by_text(lem, "common").get(toks[i].low, [])}
        if cases != {"INS"}:
            return False
        for k in range(i - 1, max(-1, i - 9), -1):
            t = toks[k]
            if t.text in (",", ";", ":", "–", "—") or t.low in ("ir", "bei", "o", "bet", "tačiau", "ar"):
                return False  # ("vadina terorizmu ir atsako dronų atakomis": a second clause)
            if (t.lemma or t.low).lower() in _LT_LABEL_VERBS:
                return True
        return False

    @staticmethod
    def _en_clause_subject(toks: list[Token], end: int) -> bool:
        """The English phrase ending before `end` is followed by a finite verb of its own ("..., and Greece sent
        one", "and Britain has pledged"): the subject of a new clause, not one more member of a list."""
        if end >= len(toks):
            return False
        w = toks[end].low
        return w in _EN_FINITE_AFTER_SUBJECT or (
            len(w) > 4 and w.endswith("ed") and toks[end].text.islower() and w.isalpha())

    @staticmethod
    def _headline(toks: list[Token]) -> bool:
        """A headline: a short line that does not end as a sentence does ("Putin, Xi vow closer ties")."""
        return 2 <= len(toks) <= _HEADLINE_MAX_TOKENS and toks[-1].text not in _SENTENCE_END

    @staticmethod
    def _headline_list(toks: list[Token], group: list[Act]) -> bool:
        """Headline style writes "and" as a comma: "X, Y" opening a headline is its joint subject ("Putin, Xi
        vow closer ties", "US, UK strike Houthi targets") when only commas join them."""
        return (Events._headline(toks) and group[0].tokens[0] == 0
                and all(t.text == "," for a, b in zip(group, group[1:], strict=False)
                        for t in toks[a.tokens[1]:b.tokens[0]]))

    @staticmethod
    def _list_gap(gap: list[Token], conj: frozenset[str]) -> bool:
        """Whether the words between two actors join them into one list: conjunctions and commas, and in
        English also an article or a lowercase modifier beside "and"/"or" ("Serbia and the EU", "Russia and
        neighbouring Belarus"); a participle ("Russia and Western-backed Ukraine") ends the list."""
        if all(t.low in conj for t in gap):
            return True
        if len(gap) == 2 and gap[0].text == "," and gap[1].low == "the" and "," in conj:
            return True  # "Saudi Arabia, the United Arab Emirates and Egypt" (the list needs its "and" still)
        if "ir" in conj and any(t.low in conj for t in gap) and all(
                t.low in conj or t.text in ("„", "“", "”", '"', "«", "»") for t in gap):
            return True  # "Izraelis ir „Hamas“": a quoted Lithuanian name in a list
        if gap and gap[0].text in ("„", '"', "«"):
            # "Vokietijos bendrovės „Uniper“ ir Suomijos „Fortum“": a quoted name after the first one
            close = next((k for k in range(1, len(gap)) if gap[k].text in ("“", '"', "»", "”")), None)
            if close is not None and close + 1 < len(gap) and all(t.low in conj for t in gap[close + 1:]):
                return True
        if len(gap) == 2 and gap[0].low in ("ir", "bei") and gap[1].low in ("jo", "jos", "jų"):
            return True  # "Anušauskas ir jo kolega iš Vokietijos"
        if "ir" in conj and len(gap) >= 2 and gap[-1].low in _LT_REPEATED_PREPS \
                and any(t.low in ("ir", "bei", "tiek") for t in gap[:-1]) and all(t.low in conj for t in gap[:-1]):
            return True  # "tiek su Putinu, tiek su Zelenskiu", "su Putinu ir su Zelenskiu": the preposition repeated
        if "ir" in conj and [t.low for t in gap][-2:] in (["kaip", "ir"], ["bet", "ir"]) \
                and all(t.low in conj for t in gap[:-2]):
            return True  # "Švedija ir Suomija, kaip ir Norvegija, ...", "Ne tik Lietuva, bet ir Latvija ..."
        if "tiek" in conj and len(gap) == 3 and gap[0].text == "," and gap[1].low in ("tiek", "ir", "nei") \
                and gap[2].low in _LT_PREPS:
            return True  # "tiek su Putinu, tiek su Zelenskiu", "ir su Putinu, ir su Zelenskiu": the preposition repeated
        return any(t.low in ("and", "or") for t in gap) and all(
            t.low in conj or t.low in ("the", "a", "an")
            or (t.text.isalpha() and t.text.islower() and not t.low.endswith("ed")) for t in gap)

    def _prep_before(self, toks: list[Token], a: Act, lang: str, limit: int) -> str | None:
        """The preposition governing an actor: the nearest preposition before it (skipping 'the'), at
        token index `limit` or later. Found once per actor, then cached on it."""
        pb = a.pb
        if pb is None:
            pb = a.pb = self._find_prep(toks, a.tokens[0], lang, gen=(a.m.cases or []) == ["GEN"] or (
                lang == "lt" and a.m.case == "GEN"), org=a.m.kind == "org" or (
                a.m.kind == "role" and toks[a.tokens[0]].text[:1].isupper() and a.m.sector not in (None, "GOV")))
        return pb[0] if pb[1] >= limit else None

    @staticmethod
    def _find_prep(toks: list[Token], start: int, lang: str, gen: bool = False,
                   org: bool = False) -> tuple[str | None, int]:
        """English looks past a determiner, number or quantity phrase and a place noun's "of" to the
        preposition that governs the whole phrase: "against four Burundian officials", "from the southern
        city of Kherson"; "Hundreds of Ukrainians protested" has none, so they are its subject."""
        preps = _LT_PREPS if lang == "lt" else _EN_PREPS
        j = start - 1
        steps = 0
        while j >= 0 and steps < (3 if lang == "lt" else 7):
            w = toks[j].low
            if lang == "en":
                if w == "of" and j > 1 and toks[j - 1].low == "front" and toks[j - 2].low == "in":
                    return None, j - 2  # "rallied in front of the Belarusian embassy": as "outside", no preposition
                if w == "of" and j > 0 and (toks[j - 1].low in _EN_QUANT or toks[j - 1].low in _EN_PLACE_NOUNS
                                            or toks[j - 1].low in _EN_LEADER_NOUNS):
                    j -= 2
                    steps += 1
                    continue
                if w == "least" and j > 0 and toks[j - 1].low == "at":
                    j -= 2  # "at least 20 Palestinians"
                    steps += 1
                    continue
                if w == "," and 0 < j < start - 1 and toks[j - 1].text.isdigit() and toks[j + 1].text.isdigit():
                    j -= 1  # "on 1,000 Russian officials": a number's thousands separator
                    continue
                if w in ("over", "under") and 0 < j < start - 1 and toks[j + 1].text.isdigit() \
                        and toks[j - 1].low in preps:
                    j -= 1  # "sanctions on over 100 Russian officials": a quantity, not the governing preposition
                    steps += 1
                    continue
            if w in preps:
                return w, j
            if lang == "lt" and j == start - 1 and toks[j].text in _QUOTE_MARKS:
                j -= 1  # a quoted name: "prieš „Hezbollah“", "su „Hamas“"
                continue
            if lang == "lt" and gen and w.isalpha() and toks[j].text.islower() and (
                    (toks[j].lemma or "").lower().endswith(_LT_ADJ_LEMMAS) or w.endswith(_LT_GEN_PARTICIPLE)
                    or "iausi" in w):  # (a superlative: "į didžiausią Kyjivo ligoninę")
                # a genitive owner after an adjective: "dėl galimų Venesuelos pajėgų nusikaltimų", "iš rytinės
                # Kongo dalies"
                j -= 1
                steps += 1
                continue
            if lang == "lt" and org and j == start - 1 and w.endswith("ų") and w.isalpha() and toks[j].text.islower() \
                    and w not in _LT_POSS and w not in ("kurių", "tų", "šių", "visų", "abiejų"):
                # a people's genitive before the name it qualifies: "prieš kurdų YPG pajėgas", "su palestiniečių
                # „Hamas“ kovotojais"
                j -= 1
                steps += 1
                continue
            if lang == "en" and (w in _EN_NP_FILLERS or w in ("its", "their", "his", "her", "our")
                                 or ("-" in w and toks[j].text.islower() and w.replace("-", "").isalpha())  # "quake-hit"
                                 or (w.replace(",", "").replace(".", "").isdigit()
                                                         and not _EN_YEAR_WORD.match(w))):  # "In 1968 Soviet troops"
                j -= 1
                steps += 1
                continue
            return None, j
        return None, j

    @staticmethod
    def _lt_directed_trade(toks: list[Token], i: int, k: int) -> bool:
        """Whether the "į X" phrase at k (after the trigger at i) is where the ban's own trade or travel goes: a word of
        exporting, shipping, travelling or flying ("eksportuoti ginklus į Izraelį", "keliauti į Rusiją", "skrydžius
        į Rusiją") stands within a few words before it, with no cause or time phrase ("po Rusijos smūgių į
        Ukrainą", "dėl migrantų stūmimo į Lietuvą") or clause break in between."""
        for m in range(k - 1, max(i, k - 6), -1):
            w = toks[m].low
            if w in ("po", "dėl", "nes", "kai", "kad", "jog") or not toks[m].text.isalpha():
                return False
            if w.startswith(_LT_DIRECTED_TRADE):
                return True
        return False

    def _roles_lt(self, sent: Sentence, acts: list[Act], toks: list[Token], i: int, head: int,
                  p: Pattern) -> tuple[list[Any], list[Any]]:
        if p.pos == "noun" and p.code[:2] in _VIOLENT and (v := self._lt_judging_noun(toks, i)) is not None:
            # "Kataras pasmerkė ataką", "Bidenas pasmerkė atakas", "patarėjas „Hamas“ puolimą pasveikino": the
            # attack the noun names is what a verb of judging judges; its parties stand in its own phrase (after
            # the verb before it, "pasmerkė Irano ataką prieš Izraelį"; its genitive right before it, or its
            # complement, when the verb follows), never the judge
            def own(a: Act) -> bool:
                if v < i:
                    return a.tokens[0] > v
                if a.tokens[0] > i:
                    return a.tokens[0] < v
                return all(t.text in ("„", "“", "\"") or (t.text.isalpha() and t.text.islower())
                           for t in toks[a.tokens[1]:i]) and "GEN" in (a.m.cases or [a.m.case])
            acts = [a for a in acts if own(a)]
        if p.lemma in _LT_TIME_PHRASE_ONLY and not any(a.tokens[1] == i and self._lt_time_phrase_head(toks, a.tokens[0])
                                                       for a in acts):
            # "spaudimas" (pressure) is coded only as the act the main one answers ("Po JAV spaudimo Izraelis ...",
            # a demand, as "po JAV reikalavimo"); pressure kept up, or resisted ("didins spaudimą Maskvai",
            # "nepaisydama Vašingtono spaudimo"), is a state of things, not an event
            return [], []
        return self._roles_lt_np(sent, acts, toks, i, head, p)

    def _roles_lt_np(self, sent: Sentence, acts: list[Act], toks: list[Token], i: int, head: int,
                     p: Pattern) -> tuple[list[Any], list[Any]]:
        conj = _LT_LIST

        def matching(spec: str, pool: list[Act]) -> list[Act]:
            m = _CASE_SPEC.match(spec)
            if not m:
                return []
            case, prep = m.group(1), m.group(2)
            out = []
            for a in pool:
                if a.loc and case != "LOC":
                    continue
                cases = [a.lcase] if a.lcase else (a.m.cases or ([a.m.case] if a.m.case else []))
                if prep == "iš" and case == "GEN" and p.pos == "verb" and self._lt_from_phrase(toks, a, i):
                    # "išvedė karius iš Malio": the recogniser reads "karius iš Malio" as Mali's troops; after a
                    # verb that moves something out of a place, the country is where they leave from (the country
                    # itself, not its armed forces: "išvedė karius iš Sirijos" is no act on Syria's army)
                    if a.m.country and a.m.actor != a.m.country and _sector(a.m) == "MIL":
                        a.m = replace(a.m, actor=a.m.country, sector=None)
                    out.append(a)
                    continue
                if "GEN" in cases and case in ("NOM", "ACC") and self._after_quantity(toks, a):
                    # "tūkstančiai Gruzijos gyventojų protestavo", "nužudė šimtus civilių": the genitive
                    # after a number or quantity word is the subject before the verb, the object after it
                    # (but "Izraelį atakavo 300 Irano dronų": the subject, when the object stands before the verb)
                    fronted = a.tokens[0] > head and any(
                        b is not a and b.tokens[1] <= head and (b.m.cases or [b.m.case]) == ["ACC"]
                        and self._prep_before(toks, b, "lt", 0) is None for b in acts) and not any(
                        b.tokens[1] <= head and "NOM" in (b.m.cases or [b.m.case]) for b in acts)
                    # ("dešimtis Rusijos diplomatų išsiųsti nusprendė Vokietija": the object, when the
                    # subject follows the verb)
                    late_subject = a.tokens[1] <= head and any(
                        b is not a and b.tokens[0] > head and (b.m.cases or [b.m.case])[:1] == ["NOM"]
                        and "GEN" not in (b.m.cases or []) and self._prep_before(toks, b, "lt", 0) is None
                        and not any(t.text in (",", ";", "–", "—", ":") or t.low in _LT_CLAUSE_WORDS
                                    for t in toks[head + 1:b.tokens[0]])  # (not ", pranešė Ukrainos kariuomenė")
                        for b in acts)
                    # ("prie ambasados protestavo šimtai žmonių", "į poligoną atvyko 500 JAV karių": after a verb
                    # that takes no object, a protesting crowd or a force is the subject; not any people arriving)
                    intrans = a.tokens[0] > head and p.pos == "verb" and "ACC" not in p.target and (
                        p.code[:2] == "14" or _sector(a.m) in ("MIL", "COP")) and not any(
                        t.low.startswith(tuple(p.with_)) for t in toks[a.tokens[0]:a.tokens[1]])  # ("apsikeisti po
                    # tūkstantį karo belaisvių": the prisoners the pattern's own word names are what is exchanged)
                    cases = [*cases, "NOM" if (a.tokens[1] <= head and not late_subject) or fronted or intrans
                             else "ACC"]
                if case not in cases:
                    continue
                if case == "LOC" and head != i and a.tokens[1] <= head < i:
                    continue  # "Pekine susitarė ... atidaryti ambasadas": where the governing verb's act was
                if case == "GEN" and a.m.kind == "city" and self._lt_city_place(toks, a):
                    continue  # "tiria sprogimą Varšuvos prekybos centre": the city names where, not who
                pb = self._prep_before(toks, a, "lt", 0)
                if pb is not None and case == "NOM" and a.tokens[1] - a.tokens[0] >= 2 and "NOM" in cases \
                        and not {"GEN", "ACC", "INS"} & set(a.m.cases or []):
                    # "prie Maskvos Kremlius apkaltino ...": no preposition governs a nominative; it governs the
                    # genitive the name opens with, and the head is the subject
                    pb = None
                if prep:
                    if pb != prep and not (prep == "tarp" and self._after_tarp(toks, a)):
                        continue
                    if prep == "su" and p.code[:2] in ("03", "04", "05", "06") and self._border_with(toks, acts, a):
                        continue  # "aptarė padėtį prie sienos su Baltarusija": where, not with whom
                elif pb is not None:
                    continue
                out.append(a)
            return out

        src: list[Act] = []
        tgt: list[Act] = []
        if p.code == "045" and toks[i].low.startswith(("tarpininkavimu", "tarpininkaujant", "tarpininkaujam")):
            # "JAV tarpininkavimu sudarytos Izraelio ir „Hezbollah“ paliaubos", "Turkijos tarpininkaujamos
            # Rusijos ir Ukrainos derybos": the name before is the mediator, the genitive group after it the
            # parties of the act it mediated
            named = [a for a in acts if not a.loc and {"GEN", "DAT"} & set(a.m.cases or [])]
            own = [a for a in named if a.tokens[1] == i]
            after = [a for a in named if a.tokens[0] > i and "GEN" in (a.m.cases or []) and a not in own
                     and self._prep_before(toks, a, "lt", i) is None]
            if own and after:
                grp = self._chain(after, toks, conj, i, before=False)
                if grp and grp[0].tokens[0] <= i + 4:
                    return own[-1:], grp
            if own and not after and not toks[i].low.startswith("tarpininkaujant"):
                # "Serbija ir Kosovas po ES tarpininkaujamų derybų nesusitarė": the talks' parties are the clause
                # subject, the genitive before the participle their mediator
                nom = [a for a in matching("NOM", acts) if a not in own
                       and (a.m.country or a.m.actor) != (own[-1].m.country or own[-1].m.actor)]
                if nom:
                    return own[-1:], self._chain(nom, toks, conj, i, before=any(a.tokens[1] <= i for a in nom))
        if p.code == "045" and p.pos == "noun" and (v := self._lt_thanked_for(toks, i)) is not None:
            # "Maskva ir Kyjivas padėkojo Saudo Arabijai už tarpininkavimą": the one thanked mediated; between whom
            # the talks before tell (else it served the ones who thank)
            dat = [a for a in acts if v < a.tokens[0] < i and not a.loc
                   and "DAT" in ([a.lcase] if a.lcase else a.m.cases or [])]
            return (self._chain(dat, toks, conj, i, before=True), []) if dat else ([], [])
        if p.code == "045" and p.pos == "verb" and toks[i].low.endswith(_LT_PAST_ACTIVE_NOM + ("ę",)):
            # "pranešė derybose tarpininkavęs JAV prezidentas": the participle describes the mediator after it
            own = [a for a in acts if i < a.tokens[0] <= i + 3 and not a.loc and "NOM" in (a.m.cases or [])
                   and all(t.text.isalpha() for t in toks[i + 1:a.tokens[0]])]
            if own:
                return self._chain(own, toks, conj, i, before=False), []
        between = self._lt_tarp_group(acts, toks)
        if between:
            # "tarp Japonijos ir Filipinų": the names after "tarp" are one group, none of them an agent
            acts_gen = [a for a in acts if id(a) not in between]
        else:
            acts_gen = acts
        if p.passive:
            agents = [a for a in matching("GEN", acts_gen)]
            head_n = [a for a in acts if a.tokens[0] == i + 1 and a not in agents and toks[i].low.endswith(
                ("ame", "oje", "uose"))]
            if head_n and any(a.tokens[1] <= i for a in agents):
                # "Rusijos pajėgų apšaudytame Charkive": the place the attributive participle describes
                return self._chain([a for a in agents if a.tokens[1] <= i], toks, conj, i, before=True), head_n
            subj = [a for a in matching("NOM", acts) if a not in agents]
            return self._lt_passive_roles(acts, toks, i, p, agents, subj, matching)
        if p.pos == "noun" and p.symmetric and between and i + 1 < len(toks) and toks[i + 1].low == "tarp":
            grp = [a for a in acts if id(a) in between]
            if len({a.m.country or a.m.actor for a in grp}) >= 2:
                return grp, []  # "Derybose tarp Venesuelos ir Gajanos tarpininkavo ...": the talks' own parties
        if p.pos == "noun":
            gen = [a for a in acts_gen if not a.loc and "GEN" in (a.m.cases or []) and (
                self._prep_before(toks, a, "lt", 0) is None or (a.tokens[1] == i and toks[a.tokens[0] - 1].low in _LT_NP_PREPS)
                or (a.tokens[1] < i and all(t.text.isalpha() and t.text.islower() for t in toks[a.tokens[1]:i])
                    and _LT_PASSIVE.match(toks[a.tokens[1]].low) is not None))]
            # ("į Rusijos karių įvykdytas žudynes": the agent of a passive participle before the noun it describes)
            # ("po Ukrainos pajėgų įsiveržimo": "po" governs the noun, its genitive agent stands between)
            adj = self._adjacent(gen, toks, i)
            if len(adj) == 2 and not p.symmetric and adj[0].tokens[1] == adj[1].tokens[0] and "GEN" in p.target \
                    and (adj[1].m.country or "") != (adj[0].m.country or "") and adj[1].m.kind != "city":
                # "Kinijos Taivano blokada", "Rusijos Ukrainos okupacija": two genitives side by side, with no
                # "ir" between, before a noun whose object is a genitive: the agent first, the object next
                return [adj[0]], [adj[1]]
            if p.symmetric and p.code[:2] == "04" and self._lt_setting_genitive(toks, i, p):
                # "NATO susitikimo metu susitiko su ...", "G7 susitikimo paraštėse": a meeting named as the time or
                # setting of another act has only the parties named right before it; what follows is that act's
                return (adj, []) if len({a.m.country or a.m.actor for a in adj}) >= 2 else ([], [])
            if adj:
                src = adj
            elif p.code[:2] == "07":
                # "pagalba Gazai iš JAE, Jordanijos ir Egipto": aid named with where it comes from, the givers
                k = next((k for k in range(i + 1, min(len(toks), i + 5)) if toks[k].low == "iš"), None)
                if k is not None and all(t.text.isalpha() and (t.text.islower() or any(
                        a.tokens[0] <= j < a.tokens[1] for a in acts)) for j, t in enumerate(toks[i + 1:k], i + 1)):
                    frm = [a for a in acts if a.tokens[0] > k and not a.loc and "GEN" in (a.m.cases or [])
                           and self._prep_before(toks, a, "lt", 0) in ("iš", None)]
                    if frm and frm[0].tokens[0] == k + 1:
                        src = self._chain(frm, toks, conj, k, before=False)
        if not src:
            anchor = head
            if p.pos == "verb" and head > 0 and (toks[head - 1].low in ("ir", "bei") or (
                    head > 1 and toks[head - 1].low in _LT_BUT and toks[head - 2].text == ",")):
                # "kariuomenė šturmavo bokštą ir nužudė ...": a coordinated verb shares the subject of
                # the verb before it, not the nearest nominative-looking word after that verb
                prev_verbs = [j for j in self._verbs if j < head - 1]
                kad_at = [k for k in range(head - 1) if toks[k].low == "kad"]
                if kad_at and toks[head - 2].text == "," and toks[head - 1].low in ("ir", "bei"):
                    # "pareiškė, kad sankcijos nepasieks tikslo, ir pagrasino ...": after a "kad" clause closed
                    # by a comma, the second verb shares the subject of the verb that opened the clause
                    prev_verbs = [j for j in prev_verbs if j < kad_at[-1]] or prev_verbs
                if prev_verbs:
                    anchor = prev_verbs[-1]
            elif p.pos == "verb" and head > 1 and toks[head - 1].text == "," and toks[head].low.endswith(
                    ("dama", "damas", "dami", "damos", "damiesi", "damasis")):
                # "Malis ir Nigeris paskelbė ..., kaltindami ją ...": an adverbial participle has the subject
                # of the main verb before it, not the nearest nominative-looking name
                prev_verbs = [j for j in self._verbs if j < head - 1]
                if prev_verbs:
                    anchor = prev_verbs[0]
            for spec in p.source if p.pos == "verb" else ("NOM",):
                c = matching(spec, acts)
                if spec == "NOM" and len(c) >= 2:
                    c = [a for a in c if not self._lt_indeclinable_owner(toks, a, c)]
                if anchor != head:
                    c = [a for a in c if a.tokens[1] <= anchor] or c
                if c:
                    src = self._chain(c, toks, conj, anchor, before=any(a.tokens[1] <= anchor for a in c))
                    break
            if not src and p.pos == "verb" and any(t.low.startswith(("pavyk", "nepavyk", "pavyko", "teko", "reikia",
                                                                       "reikėjo", "nereikia"))
                                                   for t in toks[max(0, head - 3):head]):
                # "ES ministrams nepavyko susitarti", "Kyjivui teko atsitraukti": the dative is the subject
                dat = [a for a in matching("DAT", acts) if a.tokens[1] <= head]
                if dat:
                    src = self._chain(dat, toks, conj, head, before=True)
        if p.pos == "noun" and src and toks[i].low in _LT_BY_REQUEST - _LT_BY_DECISION \
                and all(a.tokens[1] <= i for a in src):
            # "Lenkija Ukrainos prašymu įvedė ...", "Ukrainos kvietimu Lenkijos prezidentas ...": at whose request or
            # invitation the clause subject acts; the request is addressed to that subject, never to another party
            # of the act
            nom = [a for a in matching("NOM", acts) if a not in src
                   and (a.m.country or a.m.actor) not in {b.m.country or b.m.actor for b in src}]
            return src, self._chain(nom, toks, conj, i, before=any(a.tokens[1] <= i for a in nom)) if nom else []
        coordinated = p.pos == "verb" and head > 1 and head == i and (
            toks[head - 1].low in ("ir", "bei") or (toks[head - 1].low in _LT_BUT and toks[head - 2].text == ",")
            or (toks[head - 1].text == "," and _LT_PADALYVIS.match(toks[head].low) is not None))
        # (", pareikšdama, kad ...": an adverbial participle after its main clause, likewise)
        # "pasmerkė Izraelio operaciją ir paragino JT įsikišti": the names after a second verb joined by "ir"
        # are that verb's, not this one's
        next_verb = next((j for j in self._verbs if j > i + 2 and (toks[j - 1].low in ("ir", "bei") or (
            toks[j - 1].low in _LT_BUT and toks[j - 2].text == ","))), None) if p.pos == "verb" else None
        # (not "parėmė ir apginklavo Ukrainą": two verbs side by side share the object)
        times = self._lt_time_phrases(acts, toks) if p.pos == "verb" and any(t.low == "po" for t in toks) else []
        for spec in p.target:
            c = [a for a in matching(spec, acts) if a not in src]
            if next_verb is not None:
                c = [a for a in c if a.tokens[0] < next_verb]
            if times:
                # "ES įvedė sankcijų po Rusijos smūgio Kyjivui": the names in a time phrase are its act's, not the verb's
                c = [a for a in c if not any(k < a.tokens[0] < end for k, _n, end, _ag, _c in times)]
            if p.pos == "noun" and src and src[0].tokens[0] > 0 and self._lt_time_phrase_head(toks, src[0].tokens[0]):
                # "Po Rusijos invazijos Suomija įstojo į NATO": a time phrase's complements stand in the phrase, after
                # its noun and before the main clause's verb ("po Rusijos invazijos į Ukrainą ...", not "JAV įvedė
                # sankcijas po Irano atakos")
                c = [a for a in c if a.tokens[0] > i and not any(i < j < a.tokens[0] for j in self._verbs)]
            if spec == "GEN":
                # "Europos Komisijos sprendimu Lenkija įvedė draudimą", "Ukrainos prašymu": the owner of a
                # decision or request the act follows is who decided or asked, never whom the act is aimed at
                # (before the verb; after it "išreiškė nepasitenkinimą Lenkijos sprendimu" names what is judged)
                c = [a for a in c if not (a.tokens[1] <= i and toks[a.tokens[1]].low in _LT_BY_REQUEST)]
            if spec == "GEN" and p.code[:2] in ("16", "17"):
                # "įvedė draudimą Irano remiamai organizacijai": a genitive before a present passive participle is
                # the participle's agent (who backs the group), not whom a restriction is aimed at (but "atsisakė
                # steigti ES reikalaujamą asociaciją" refuses the demander)
                c = [a for a in c if not (a.tokens[1] + 1 < len(toks) and _lt_present_passive(toks[a.tokens[1]])
                                          and toks[a.tokens[1] + 1].text.islower())]
            if spec in ("ACC:į", "GEN:į") and p.code[:2] == "16" and src:
                # "uždraudė įvežti japonų žuvį į Kiniją": trade into the subject's own country names no one embargoed;
                # where trade or travel is banned to follows the ban ("jei Rusija įsiverš į Ukrainą, ... įves sankcijas")
                c = [a for a in c if a.m.country not in {b.m.country for b in src} and a.tokens[0] > i
                     and self._lt_directed_trade(toks, i, a.tokens[0])]
            if p.code.startswith("0841"):
                # "„Hamas“ perdavė Raudonajam Kryžiui izraeliečių įkaitų": the Red Cross only carries the captives
                # over; the release is aimed at whose people they are
                c = [a for a in c if a.m.actor != "ICRC"]
            if p.pos == "verb" and p.code[:2] in ("11", "05"):
                # "pasmerkė smūgius kaip Jemeno suvereniteto pažeidimą": the "kaip" phrase says what the act
                # is taken for; the state named in it is the victim, not the one judged
                c = [a for a in c if not self._lt_as_phrase(toks, i, a)]
                if p.lemma in _LT_LABEL_VERBS:
                    # "pavadino juos Sirijos suvereniteto pažeidimu": a genitive inside the label names whom the act
                    # is said to harm, not the one judged (but "pavadino Izraelio veiksmus agresija": the object's)
                    c = [a for a in c if not (a.tokens[0] > i and self._lt_in_label(toks, a))]
                if spec == "GEN" and len(c) >= 2 and all(a.tokens[1] <= i for a in c):
                    # "Izraelio smūgį Irano objektams pasmerkė Saudo Arabija": of several genitives before the verb,
                    # the owner of the act judged (right before the act's noun, with those joined to it by "ir")
                    # is whom the judgement is aimed at, not the owner of what the act was aimed at
                    own = [a for a in c if self._lt_act_owner(toks, a)]
                    if own and len(own) < len(c):
                        c = self._chain(c, toks, conj, own[-1].tokens[1], before=True)
            if coordinated and src and any(a.tokens[1] <= head for a in src):
                # "pripažino Palestiną ir pareikalavo, kad Izraelis ...": a second verb of the same subject
                # takes its objects after itself, or from its "kad" clause, not the first verb's (but "pareiškė
                # užuojautą Turkijai ir pažadėjo pagalbą": one with none of its own shares the first's)
                after = [a for a in c if a.tokens[0] > head]
                if after or (i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].low == "kad"):
                    c = after
            if c:
                before = not any(a.tokens[0] > i for a in c)
                if not before:
                    # "su Lavrovu ir Šoigu": the preposition governs the whole coordination
                    case = spec.split(":")[0]
                    in_c, in_src = {id(x) for x in c}, {id(x) for x in src}
                    pool = [a for a in acts if id(a) not in in_src and (id(a) in in_c or case in (a.m.cases or []))
                            and (not a.loc or case == "LOC")]
                    first = min((a for a in c if a.tokens[0] > i), key=lambda a: a.tokens[0])
                    tgt = self._chain([a for a in pool if a.tokens[0] >= first.tokens[0]], toks, conj,
                                      first.tokens[0] - 1, before=False)
                else:
                    tgt = self._chain(c, toks, conj, i, before=True)
                break
        if src and p.pos == "verb":
            tgt = self._lt_membership_target(acts, toks, i, p, src, tgt)
        if src and not tgt and times and p.code[:2] in _LT_REPRISALS:
            # "Po Irano raketų atakos Izraeliui JAV įvedė sankcijas", "ES įvedė sankcijų po Rusijos smūgio Kyjivui": a
            # reprisal with no target of its own answers the hostile act the time phrase of its clause names, and is
            # aimed at its agent (guide §12)
            src_c = {a.m.country or a.m.actor for a in src}
            for k, _n, end, ag, code in times:
                if code[:2] in _LT_HOSTILE and not any(min(end, i) <= j < max(k, i) for j in self._verbs if j != i) \
                        and not any((a.m.country or a.m.actor) in src_c for a in ag):
                    # (the state, not the army its weapons stand for: "po Irano raketų atakos")
                    tgt = [self._lt_equipment_owner(a) for a in ag]
                    break
        if src and tgt and p.code.startswith("057") and any(w.startswith("gret") for w in p.with_) and all(
                a.m.kind in ("role", "person") or a.m.form == "demonym" for a in tgt):
            # "Rusija priėmė į savo gretas Šiaurės Korėjos karius / kubiečius": people taken into the ranks are
            # recruits, not a state admitted to an alliance
            return [], []
        if src and not tgt and not p.symmetric and self._lt_adjs and p.code[:2] not in ("01", "02", "03", "04", "05"):
            # (not whom one urges, meets or thanks: that is always a party, never the origin of goods)
            tgt = self._lt_adjective_target(toks, i, p, src, next_verb)
        elif src and not tgt and not p.symmetric and p.code[:2] == "05" and p.pos == "verb":
            # "pasveikino vokiečių sprendimą": a people's genitive owns the act approved, as "Vokietijos" would
            tgt = [a for a in self._lt_adjective_target(toks, i, p, src, next_verb) if a.m.form == "demonym"]
        if src and p.target and not p.symmetric and (not tgt or (p.pos == "noun" and all(
                a.tokens[0] < i for a in tgt))):
            # (a noun's complements follow it: "JAV pareikalavo nutraukti Rusijos smūgius Ukrainos miestams" —
            # the owner after the noun, not the indeclinable JAV before it)
            tgt = self._lt_owner_target(acts, toks, i, p, src) or tgt
        if p.code.startswith("045") and p.pos == "verb" and src and not tgt:
            # "Egiptas, Kataras ir JAV tarpininkauja Izraelio ir „Hamas“ derybose": the mediators act on the parties
            # of the talks they mediate, named before the talks' noun
            k = next((k for k in range(i + 1, min(len(toks), i + 9)) if (toks[k].lemma or toks[k].low).lower()
                      in _LT_MEDIATED_NOUNS), None)
            if k is not None:
                before_k = [a for a in acts if a not in src and not a.loc and i < a.tokens[0] and a.tokens[1] <= k
                            and all(not t.text.isalpha() or t.text in ("„", "“") for t in toks[a.tokens[1]:k])]
                if before_k:
                    grp = self._chain([a for a in acts if a not in src and not a.loc and i < a.tokens[0] < k], toks,
                                      conj, before_k[-1].tokens[1], before=True)
                    if len({a.m.country or a.m.actor for a in grp}) >= 2:
                        tgt = grp
        if p.symmetric and not src and len(tgt) >= 2 and all(id(a) in between for a in tgt):
            # "derybos tarp Armėnijos ir Azerbaidžano", "sutartis tarp Japonijos ir Filipinų buvo pasirašyta":
            # with no one else named, the parties "tarp" names act together
            return tgt, []
        if p.pos == "noun" and src and not tgt and len(src) == 1:
            # "X ir Y derybos" handled by adjacency; a single genitive: the clause subject is the other side
            nom = [a for a in matching("NOM", acts) if a not in src]
            if nom and (self._lt_judged_object(toks, src[0].tokens[0]) or (
                    src[0].tokens[1] == i and self._lt_judged_object(toks, min(i + 3, len(toks)), upto=i + 1))):
                # ("Latvijos premjerė Maskvos grasinimus pavadino provokacija": the judged act before its verb)
                # "Saudo Arabija pasmerkė Izraelio smūgius": the judge is not who was struck (the act's own
                # place may name its target: "pasmerkė Šiaurės Korėjos apšaudymą prie Pietų Korėjos salų")
                return src, [a for a in acts if a.tokens[0] > i and a not in src and not a.adj
                             and self._prep_before(toks, a, "lt", i) in ("prie", "prieš", "į")][:1]
            if nom and p.code.startswith("045"):
                # "Armėnija ir Azerbaidžanas pasirašė Maskvos tarpininkavimu parengtą susitarimą": the genitive of a
                # mediation is the mediator, the clause subject the party it served
                return src, self._chain(nom, toks, conj, head, before=True)
            if p.symmetric and p.code[:2] == "04" and src[0].m.kind == "city":
                return [], []  # "Vilniaus viršūnių susitikimas: ...": a city's genitive names where the meeting is held
            if nom and p.symmetric and p.code[:2] == "04" and _genitive_form(p.lemma, toks[i].low):
                # "komentavo NATO viršūnių susitikimo rezultatus", "G7 susitikimo paraštėse", "paprašė NATO
                # konsultacijų": a meeting in the genitive is named as the setting or the thing asked for, not
                # one the clause subject held with its owner
                return [], []
            if src[0].tokens[1] == i and self._lt_time_phrase_head(toks, src[0].tokens[0]):
                # "Po Rusijos invazijos Lietuva ...": the genitive of an act named as the time of the main one is its
                # agent; the clause subject is not its target (an attack's place right after it is: "Po Izraelio
                # smūgio Dohoje ...")
                src_c = {a.m.country for a in src}
                if p.code[:2] in _LT_ANSWERED_ROOTS:
                    # "Po Rusijos kritikos Armėnija atšaukė pratybas", "po griežtos Vašingtono kritikos Izraelis ...":
                    # a criticism, demand, threat or protest the main act follows, with no target of its own, is
                    # aimed at the clause subject who answers it (§12: the act reacted to is coded too)
                    own = [a for a in nom if (a.m.country or a.m.actor) not in src_c | {a.m.actor for a in src}]
                    return src, self._chain(own, toks, conj, head, before=any(a.tokens[1] <= i for a in own)) if own else []
                return src, [a for a in acts if a.loc and a.tokens[0] == i + 1 and a.m.country
                             and a.m.country not in src_c][:1] if p.code[:2] in _VIOLENT else []
            if nom and p.code.startswith("16") and src[0].tokens[1] == i:
                # "Latvija įgyvendina ES sankcijas", "Kinija atsakė į JAV muitus": the name right before a
                # sanctions or tariffs noun is whose measure it is, never the one the clause subject acts on
                return src, []
            if nom and self._lt_received(toks, src[0].tokens[0], i):
                # "Vokietija sulaukė JAV kritikos", "Izraelis patiria JAV spaudimą": an act the clause subject
                # receives is the genitive's, aimed at the subject
                return src, self._chain(nom, toks, conj, head, before=True)
            if nom:
                tgt = src
                src = self._chain(nom, toks, conj, head, before=True)
        return src, tgt

    @staticmethod
    def _lt_received(toks: list[Token], k: int, i: int) -> bool:
        """Whether the noun phrase from token k to the noun at i is the object of a verb of receiving ("sulaukė
        griežtos JAV kritikos", "patiria spaudimą", "JAV kritikos sulaukė"): right before it, past adjectives, or
        right after the noun."""
        j = k - 1
        while j >= 0 and k - j <= 3 and toks[j].text.isalpha() and toks[j].text.islower() \
                and (toks[j].lemma or toks[j].low).lower() not in _LT_RECEIVE_VERBS:
            j -= 1
        if j >= 0 and (toks[j].lemma or toks[j].low).lower() in _LT_RECEIVE_VERBS:
            return True
        return i + 1 < len(toks) and (toks[i + 1].lemma or toks[i + 1].low).lower() in _LT_RECEIVE_VERBS

    def _lt_time_phrases(self, acts: list[Act], toks: list[Token]) -> list[tuple[int, int, int, list[Act], str]]:
        """The acts a sentence names as the time of its main one, "po" + the act's genitive agent + its noun ("po
        Rusijos smūgio Kyjivui", "po Irano raketų atakos į Izraelį", "po griežtos Vašingtono kritikos"): (where "po"
        stands, the noun, the end of the phrase, the agents, the noun's code)."""
        by = self.lex["lt"].by_lemma
        out = []
        for k, t in enumerate(toks):
            if t.low != "po":
                continue
            ag = [a for a in acts if a.tokens[0] > k and not a.loc and "GEN" in (a.m.cases or [])
                  and self._lt_time_phrase_head(toks, a.tokens[0])
                  and not any(toks[j].low == "po" for j in range(k + 1, a.tokens[0]))]
            if not ag:
                continue
            first = min(ag, key=lambda a: a.tokens[0])
            ag = self._chain(ag, toks, _LT_AND - {","}, first.tokens[0] - 1, before=False)
            n = max(a.tokens[1] for a in ag)
            if n >= len(toks):
                continue
            codes = [q.code for q in by.get((toks[n].lemma or toks[n].low).lower(), ()) if q.pos == "noun"]
            if not codes:
                continue
            end = next((j for j in range(n + 1, len(toks)) if toks[j].text in (",", ";", ":", "–", "—")
                        or j in self._verbs or (toks[j].text.isalpha() and toks[j].text.islower()
                                                and (toks[j].lemma or "").lower().endswith(("ti", "tis")))), len(toks))
            out.append((k, n, end, ag, codes[0]))
        return out

    @staticmethod
    def _lt_time_phrase_head(toks: list[Token], k: int) -> bool:
        """Whether the genitive starting at token k stands in a time phrase "po" / "per" opens, maybe with
        adjectives between ("po Rusijos kritikos", "po griežtos Vašingtono kritikos")."""
        j = k - 1
        while j >= 0 and k - j <= 3 and toks[j].text.isalpha() and toks[j].text.islower() \
                and toks[j].low not in ("po", "per") \
                and toks[j].low.endswith(("os", "ės", "io", "ių", "ųjų", "ojo", "aus")):
            j -= 1
        return j >= 0 and toks[j].low in ("po", "per")

    @staticmethod
    def _lt_setting_genitive(toks: list[Token], i: int, p: Pattern) -> bool:
        """A meeting noun in the genitive governed by a word of time, setting or outcome after it ("susitikimo
        metu", "viršūnių susitikimo Vilniuje paraštėse", "derybų rezultatus"), maybe with a place between."""
        if not _genitive_form(p.lemma, toks[i].low):
            return False
        k = i + 1
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].low.endswith(("je", "uose", "ose", "yje")):
            k += 1  # ("susitikimo Vilniuje metu")
        return k < len(toks) and toks[k].low in _LT_SETTING_HEADS

    def _lt_membership_target(self, acts: list[Act], toks: list[Token], i: int, p: Pattern, src: list[Act],
                              tgt: list[Act]) -> list[Act]:
        """Who an act on a membership is aimed at. Accession talks are held with the organisation ("sustabdė
        derybas dėl narystės ES", "stojimo į ES derybas"); an act on a state's own membership ("blokuoti Švedijos
        narystę NATO", "pritarė Suomijos narystei") is aimed at that state, the genitive before the noun, not
        at the organisation after it."""
        k = next((k for k in range(i + 1, min(len(toks), i + 7)) if toks[k].low.startswith(_LT_MEMBERSHIP)), None)
        if k is None or any(t.text in (",", ";", ":") or t.low in _LT_CLAUSE_WORDS for t in toks[i + 1:k]):
            return tgt
        j = k + 2 if k + 2 < len(toks) and toks[k + 1].low in ("į", "prie") else k + 1
        org = [a for a in acts if a.tokens[0] == j and a.m.kind == "org" and a not in src]
        owner = [a for a in acts if a.tokens[1] == k and not a.loc and "GEN" in (a.m.cases or []) and a not in src
                 and a.m.kind != "org"]
        talks = p.code[:2] in ("04", "16") and any(
            (t.lemma or t.low).lower() == "derybos" for t in toks[max(i + 1, k - 3):j + 3])
        if talks and not owner and org and (not tgt or tgt == org):
            return org
        if owner and not talks and p.code[:2] not in ("01", "02", "03", "04") and (not tgt or all(a in org for a in tgt)) \
                and not any(i < a.tokens[0] < owner[0].tokens[0] and a not in src and not a.loc for a in acts):
            return owner  # (the first actor after the verb: not "nerimauja dėl Vengrijos pozicijos Ukrainos stojimo ...")
        return tgt

    @staticmethod
    def _lt_demanded(toks: list[Token], i: int) -> bool:
        """A subjunctive at i in a "kad" clause that a verb of demanding or urging governs ("pareikalavo, kad
        Rusija išvestų", "rezoliuciją, reikalaujančią, kad ... išvestų"): what is demanded, not an act."""
        k = next((j for j in range(i - 1, max(-1, i - 9), -1) if toks[j].low == "kad"), None)
        if k is None or k < 2 or toks[k - 1].text != "," or any(t.text in (";", ":") for t in toks[k:i]):
            return False
        return any(t.low.startswith(_LT_DEMAND_VERBS) for t in toks[max(0, k - 4):k - 1])

    @staticmethod
    def _lt_relative_background(toks: list[Token], i: int) -> bool:
        """A verb in a relative clause ("..., kurie ilgai kariavo, ...", "..., kuri anksčiau rėmė ...") that has an
        adverb of duration or of a time long past: background about the party, not a reported act."""
        lo = max((k for k in range(i) if toks[k].text in (",", ";", ":", "–", "—")), default=-1) + 1
        if lo == 0 or lo >= i or toks[lo].low not in _LT_RELATIVE:
            return False
        hi = next((k for k in range(i + 1, min(len(toks), i + 3)) if not toks[k].text.isalpha()), min(len(toks), i + 3))
        ws = [t.low for t in toks[lo + 1:hi] if t.text.isalpha()]
        return any(w in _LT_BACKGROUND_ADVERBS for w in ws) or any(
            (a, b) in _LT_LASTING_PAIRS for a, b in zip(ws, ws[1:], strict=False))

    @staticmethod
    def _lt_from_phrase(toks: list[Token], a: Act, i: int) -> bool:
        """An actor read from a lowercase noun and "iš" + a country ("karius iš Malio", "misiją iš Kongo"), right
        after the verb at i or a few lowercase words after it ("išvedė savo karius iš Malio")."""
        k0, k1 = a.tokens
        if not (i < k0 <= i + 4 and k1 - k0 >= 3 and toks[k0].text.islower() and toks[k0 + 1].low == "iš"
                and toks[k0 + 2].text[:1].isupper()):
            return False
        return all(t.text.isalpha() and t.text.islower() for t in toks[i + 1:k0])

    @staticmethod
    def _lt_promises(toks: list[Token], acts: list[Act], lo: int) -> bool:
        """A promise or pledge right before the comma of a "kad" clause at lo, maybe with its addressee between
        ("pažadėjo, kad siųs tankų", "pažadėjo Kyjivui, kad ...", "įsipareigojo, kad ...")."""
        k = lo - 2
        ante = next((a for a in acts if a.tokens[1] == k + 1 and not a.loc and "DAT" in (a.m.cases or [])), None)
        if ante is not None:
            k = ante.tokens[0] - 1
        if k < 0:
            return False
        lem = (toks[k].lemma or toks[k].low).lower()
        return (lem in ("pažadėti", "žadėti", "įsipareigoti", "patikinti", "užtikrinti")
                or toks[k].low.startswith(("pažadėj", "žadėj", "žada", "įsipareigoj"))) and not toks[k].low.startswith("ne")

    def _lt_says(self, t: Token) -> bool:
        """A Lithuanian verb of saying or announcing ("paskelbė", "pareiškė", "pranešė"), not negated and not one
        of denying ("neigia, kad atakavo": what is denied is no act of the speaker)."""
        lem = (t.lemma or t.low).lower()
        if lem in ("neigti", "paneigti") or t.low.startswith("ne") and not lem.startswith("ne"):
            return False
        return lem in self.lex["lt"].speech_verbs or lem in _LT_CLAIM_VERBS

    @staticmethod
    def _lt_indeclinable_owner(toks: list[Token], a: Act, cands: list[Act]) -> bool:
        """'Kinijos ministerija JAV sprendimą pavadino provokacija': an indeclinable name (JAV, ES, NATO) right
        before a common noun in the accusative, after a subject in the nominative that is nothing else, is that
        noun's owner in the genitive, not a second subject; right before the verb ("Putinas N. Maduro jau
        pasveikino"), the verb's object."""
        cases = a.m.cases or []
        k = a.tokens[1]
        if not ("NOM" in cases and "GEN" in cases) or k >= len(toks):
            return False
        # ("Brazilija Ekvadoro policijos veiksmus pasmerkė": a declined name whose genitive singular looks like
        # a nominative plural is read the same way, before an accusative noun only)
        declined = len(cases) < 4
        if a.tokens[0] > 0 and toks[a.tokens[0] - 1].low in _LT_LIST:
            return False  # "Japonija, Pietų Korėja ir JAV pasmerkė ...": one of a list of subjects
        if not any(b is not a and b.tokens[1] <= a.tokens[0] and (b.m.cases or [])[:1] == ["NOM"]
                   and "GEN" not in (b.m.cases or []) and not any(
                       t.low in _LT_CLAUSE_WORDS or t.low in ("jei", "jeigu") or t.text in ("–", "—", ":", "-")
                       for t in toks[b.tokens[1]:a.tokens[0]]) for b in cands):
            return False  # (the subject before it in the same clause: "Rusija atsakys, jei JAV perduos ...")
        nxt = toks[k]
        j = k + 1 if nxt.low in _LT_ADVERBS_BEFORE_VERB and k + 1 < len(toks) else k
        if not declined and toks[j].text.islower() and (toks[j].lemma or "").lower().endswith(("ti", "tis")) \
                and (toks[j].lemma or "").lower() != toks[j].low:
            return True  # the finite verb right after: the name is its object
        lem = (nxt.lemma or nxt.low).lower()
        if not (nxt.text.isalpha() and nxt.text.islower()) or lem.endswith(("ti", "tis")) or nxt.low in _LT_TIME_WORDS \
                or nxt.low in _LT_LIST or nxt.low in _LT_PREPS or nxt.low in _LT_CLAUSE_WORDS:
            return False
        j = k
        while j < min(len(toks), k + 3) and toks[j].text.isalpha() and toks[j].text.islower() \
                and toks[j].low not in _LT_SETTING_HEADS:
            j += 1
        if j > k and j < len(toks) and toks[j].low in _LT_SETTING_HEADS:
            return True  # "Vengrijos premjeras NATO susitikimo metu susitiko ...": the owner of a setting phrase
        # the owned noun is the verb's object, in the accusative ("JAV sprendimą", "ES veiksmus")
        return nxt.low.endswith(("ą", "ę", "į", "us", "as", "es"))

    def _lt_passive_roles(self, acts: list[Act], toks: list[Token], i: int, p: Pattern, agents: list[Act],
                          subj: list[Act], matching: Any) -> tuple[list[Act], list[Act]]:
        """Roles of a Lithuanian past passive participle ("buvo apšaudytas", "įvestos", "pasirašyta"):
        - the agent is a genitive after the participle ("Charkivas buvo apšaudytas Rusijos pajėgų", "apšaudytas
          Rusijos raketomis") or before a decision noun ("ES sprendimu"); one before the participle only when
          it does not modify the subject ("Ukrainos miestas Charkivas" is the subject's own genitive);
        - with no actor as subject, the verb's own target slot names the target ("Sankcijos Baltarusijai buvo
          įvestos", "Kyjivo centras buvo apšaudytas"), and a joint act's agents or slot are its parties
          ("sutartis buvo pasirašyta Rumunijos ir Moldovos premjerų", "Kinijos ir Rusijos susitarimas
          pasirašytas", "sutartis tarp Japonijos ir Filipinų buvo pasirašyta");
        - with no agent, the state an expulsion or release is from ("buvo išsiųsti iš Estijos", "paleisti iš
          Baltarusijos kalėjimų"), a summons is to ("iškviestas į Lietuvos URM") or a host receives in
          ("priimtas Kremliuje") is the one that acts."""
        conj = _LT_LIST
        prepped = self._lt_tarp_group(acts, toks, _LT_PREPS)
        # ("kalbėta apie Kinijos ir Taivano santykius": the second name is under the preposition too; "ES oro
        # erdvė": an indeclinable name may be the subject's own genitive)
        agents = [a for a in agents if id(a) not in prepped and (a.tokens[0] < i or len(a.m.cases or []) < 4)]
        subj_start = min((a.tokens[0] for a in subj), default=len(toks))
        decided = [a for a in agents if a.tokens[1] < len(toks) and toks[a.tokens[1]].low in _LT_BY_DECISION]
        after = [a for a in agents if a.tokens[0] > i and a not in decided]
        if after and min(a.tokens[0] for a in after) != i + 1:
            after = []  # the agent stands right after the participle ("susprogdintas netoli Maskvos" is a place)
        after = after or [
            a for a in matching("INS", acts) if a.tokens[0] == i + 1 and _sector(a.m) == "MIL"]
        # ("apšaudytas Rusijos raketomis": the weapons named right after the participle are the agent's)
        if decided or after:
            ag = decided or self._chain(after, toks, conj, i, before=False)
        else:
            before = [a for a in agents if a.tokens[1] <= i and subj and a.tokens[0] > subj_start]
            ag = self._chain(before, toks, conj, i, before=True) if before else []
        if not ag and subj:
            code = p.code
            spec = ("GEN:iš" if code[:3] in ("166", "174", "084", "201") else "ACC:į" if code.startswith("114")
                    else "LOC" if code.startswith("043") else "")
            if spec:
                ag = [a for a in matching(spec, acts) if a not in subj and not (spec == "LOC" and a.m.kind == "country")]
                ag = self._chain(ag, toks, conj, i, before=False)[:1] if ag else []
        if ag and subj:
            return ag, self._chain(subj, toks, conj, i, before=any(a.tokens[1] <= i for a in subj))
        if subj:
            return [], []
        tgt: list[Act] = []
        for spec in p.target:
            c = [a for a in matching(spec, acts) if a not in ag]
            if c:
                tgt = self._chain(c, toks, conj, i, before=not any(a.tokens[0] > i for a in c))
                break
        if p.symmetric:
            parties = ag or tgt or ([a for a in agents if a.tokens[1] <= i] if self._lt_event_subject(toks, i, p)
                                    else [])
            if len({(a.m.country, a.m.actor) for a in parties}) >= 2:
                return self._chain(parties, toks, conj, i, before=parties[0].tokens[1] <= i), []
            return [], []
        if ag and tgt:
            return ag, tgt
        return [], []

    @staticmethod
    def _list_cases(acts: list[Act], toks: list[Token]) -> None:
        """An indeclinable name ("JAV", "ES") in a list takes the case of the declined names beside it:
        "tarpininkaujant Katarui, Egiptui ir JAV" (dative), "su Kinija ir JAV" (instrumental)."""
        srt = sorted(acts, key=lambda a: a.tokens[0])
        for k, a in enumerate(srt):
            if a.loc or len(a.m.cases or []) < 4:
                continue
            if a.tokens[0] > 0 and toks[a.tokens[0] - 1].low in ("jei", "jeigu", "kad", "kai", "nes", "nors", "kol"):
                a.lcase = "NOM"  # "..., jei JAV perduos ...": the name opening a clause is its subject
                continue
            for b, lo_, hi_ in ((srt[k - 1], srt[k - 1].tokens[1], a.tokens[0]) if k else (None, 0, 0),
                                (srt[k + 1], a.tokens[1], srt[k + 1].tokens[0]) if k + 1 < len(srt) else (None, 0, 0)):
                if b is None or b.loc or len(b.m.cases or []) != 1 or not 0 < hi_ - lo_ <= 4:
                    continue
                gap = [t.low for t in toks[lo_:hi_] if t.text not in ("„", "“", "”")]  # (Izraelis ir „Hamas“)
                if not 0 < len(gap) <= 2:
                    continue
                if all(w in _LT_AND for w in gap) and ("ir" in gap or "bei" in gap):
                    a.lcase = b.m.cases[0]
                    break

    @staticmethod
    def _after_quantity(toks: list[Token], a: Act) -> bool:
        """Whether a number or quantity word ("17 tūkst.", "šimtai", "dešimtys") stands right before the
        actor (a few lowercase words may come between); found once per actor."""
        if a.quant is None:
            a.quant = Events._find_quantity(toks, a)
        return a.quant

    @staticmethod
    def _find_quantity(toks: list[Token], a: Act) -> bool:
        j = a.tokens[0] - 1
        k = 0
        while j >= 0 and k < 3:
            w = toks[j].low
            if w.replace(",", "").isdigit() or (toks[j].lemma or "").lower() in _LT_QUANTITY or w in _LT_QUANT_ABBR:
                return True
            if w == "." and j > 0 and toks[j - 1].low in _LT_QUANT_ABBR:
                j -= 1
                k += 1
                continue
            if not (w.isalpha() and w.islower()):
                return False
            j -= 1
            k += 1
        return False

    def _lt_owner_target(self, acts: list[Act], toks: list[Token], i: int, p: Pattern, src: list[Act]) -> list[Act]:
        """The owner of a thing in the target slot: "smūgiai Ukrainos energetikos infrastruktūrai", "ataka
        prieš Kursko atominę elektrinę", "smūgis Odesos uostui" — a genitive actor after the trigger whose phrase
        (its own preposition, or a lowercase head in the slot's case) fills the slot is whom the act hits."""
        src_c = {a.m.country for a in src}
        # (an attack also hits the owner of the place it struck: "smūgiai Afganistano pasienio provincijose")
        for spec in (*p.target, "LOC") if p.code[:2] in _VIOLENT else p.target:
            m = _CASE_SPEC.match(spec)
            if not m:
                continue
            case, prep = m.group(1), m.group(2)
            ends = _LT_CASE_ENDS.get(case)
            for a in acts:
                if a.loc or a in src or not 0 < a.tokens[0] - i <= 4 or "GEN" not in (a.m.cases or []) \
                        or a.m.country in src_c or not a.m.country:
                    continue
                pb = self._prep_before(toks, a, "lt", i + 1)
                if prep:
                    if pb == prep:
                        return [a]
                    continue
                if pb is not None or ends is None:
                    continue
                for j in range(a.tokens[1], min(len(toks), a.tokens[1] + 3)):
                    t = toks[j]
                    if not (t.text.isalpha() and t.text.islower()) or t.low in _LT_PREPS or (
                            j == a.tokens[1] and p.code[:2] in ("16", "17") and _lt_present_passive(t)):
                        break  # ("draudimą Irano remiamai organizacijai": the agent of a participle owns nothing)
                    if t.low.endswith(ends) and not t.low.endswith(("os", "ės", "ų")):
                        return [a]
        return []

    def _lt_event_subject(self, toks: list[Token], i: int, p: Pattern) -> bool:
        """Whether the passive participle at i has a noun of the same kind of act as its subject just before it
        ("Kinijos ir Rusijos susitarimas pasirašytas", "lyderių susitikimas surengtas"), whose genitives are
        then its parties ("Lietuvos ir Latvijos energetikos sistemos sinchronizuotos" names no act)."""
        by = self.lex["lt"].by_lemma
        for j in range(i - 1, max(-1, i - 4), -1):
            t = toks[j]
            if t.text.isalpha() and t.text.islower() and any(
                    q.pos == "noun" and q.code[:2] == p.code[:2] for q in by.get((t.lemma or t.low).lower(), ())):
                return True
        return False

    def _lt_tarp_group(self, acts: list[Act], toks: list[Token], preps: frozenset[str] = frozenset({"tarp"})) -> set[int]:
        """Ids of the actors in a "tarp X ir Y" phrase (the first one governed by "tarp", the rest listed
        after it); with `preps`, in a phrase of any of those prepositions ("apie Kinijos ir Taivano ...")."""
        out: set[int] = set()
        for a in acts:
            if not a.loc and self._prep_before(toks, a, "lt", 0) in preps:
                rest = [b for b in acts if b.tokens[0] >= a.tokens[0] and not b.loc]
                out.update(id(b) for b in self._chain(rest, toks, _LT_LIST, a.tokens[0] - 1, before=False))
        return out

    @staticmethod
    def _after_tarp(toks: list[Token], a: Act) -> bool:
        """'tarp Japonijos ir Rusijos': the second actor after 'tarp' also counts."""
        j = a.tokens[0] - 1
        steps = 0
        while j >= 0 and steps < 8:
            w = toks[j].low
            if w == "tarp":
                return True
            if w in (".", ";", ":"):
                return False
            j -= 1
            steps += 1
        return False

    @staticmethod
    def _adjacent(gen: list[Act], toks: list[Token], i: int) -> list[Act]:
        """Genitive actors right before a noun trigger (allowing adjectives and 'ir/bei' between)."""
        before = sorted([a for a in gen if a.tokens[1] <= i], key=lambda a: a.tokens[0])
        group: list[Act] = []
        pos = i
        for a in reversed(before):
            gap = toks[a.tokens[1]:pos]
            words = [t.low for t in gap if t.text not in _QUOTE_MARKS]  # (Izraelio ir „Hamas“ paliaubos)
            ok = all(w in ("ir", "bei", ",") or (w.isalpha() and w[0].islower() and len(words) <= 3
                                                  and not group) for w in words)
            if not ok or len(words) > 3:
                break
            group.insert(0, a)
            pos = a.tokens[0]
        return group

    @staticmethod
    def _list_goes_on(toks: list[Token], acts: list[Act], a: Act) -> bool:
        """The actor `a` after a comma is a middle member of a list: actors joined by commas run on from it to an
        "and" / "or" and one more actor ("Greece, Israel and Japan")."""
        ends = {b.tokens[0]: b for b in acts}
        cur = a
        for _ in range(8):
            k = cur.tokens[1]
            if k + 1 < len(toks) and toks[k].low in ("and", "or", ",") and k + 1 in ends:
                if toks[k].low in ("and", "or"):
                    return True
                cur = ends[k + 1]
                continue
            return k + 2 < len(toks) and toks[k].low in ("and", "or") and toks[k + 1].low == "the" and k + 2 in ends
        return False

    def _roles_en(self, sent: Sentence, acts: list[Act], toks: list[Token], i: int, head: int,
                  p: Pattern, main_verb: int | None = None) -> tuple[list[Any], list[Any]]:
        """English roles by position, voice and preposition; `main_verb`: the sentence's first verb
        trigger, whose subject a later non-finite clause (", urging Beijing to ...") shares."""
        conj = _EN_LIST
        self._en_passive = False
        self._en_own = False
        if not p.compound:
            # "a war that ended with a Russian-brokered truce": the go-between's adjective is a party of the
            # mediation compound alone
            acts = [a for a in acts if not (a.adj and toks[a.tokens[1] - 1].low.endswith(_EN_MEDIATED_SUFFIXES))]
        before = [a for a in acts if a.tokens[1] <= head and not a.loc and not a.adj
                  and self._prep_before(toks, a, "en", 0) in (None,)]
        fb = next((a for a in acts if a.tokens[1] <= head and not a.loc and not a.adj and a.tokens[0] >= 2
                   and self._prep_before(toks, a, "en", 0) == "from" and a.pb[1] == a.tokens[0] - 1
                   and toks[a.tokens[0] - 2].low in _EN_OFFICIALS_FROM), None)
        if fb is not None and not any(b.tokens[1] <= fb.tokens[0] - 2 for b in before):
            # "Ministers from Brazil, Argentina and Uruguay met ...": officials named by their countries after "from";
            # the countries are the subject
            before.append(fb)
            cur = fb
            while True:
                k = cur.tokens[1]
                nxt = next((a for a in acts if k < len(toks) and toks[k].low in ("and", ",") and a.tokens[0] == k + 1
                            and a.tokens[1] <= head and not a.loc), None)
                if nxt is None:
                    break
                if nxt not in before:
                    before.append(nxt)
                cur = nxt
            before.sort(key=lambda a: a.tokens[0])
        if len(before) < len(acts):
            # "Floods in Germany and Belgium killed ...": the member of a list after a preposition is in its phrase
            out_ = {id(a) for a in acts if a not in before}
            listed: set[int] = set()
            for a in sorted(acts, key=lambda a: a.tokens[0]):
                k = a.tokens[0] - 1
                if id(a) not in out_ and k > 0 and toks[k].low in ("and", "or") and any(
                        id(b) in out_ and b.tokens[1] == k and (b.loc or self._prep_before(toks, b, "en", 0)
                                                                  or id(b) in listed)
                        for b in acts):
                    out_.add(id(a))
                    listed.add(id(a))
                elif id(a) not in out_ and k > 0 and toks[k].text == "," and any(
                        (id(b) in out_ and b.tokens[1] == k and not b.loc and (
                            self._prep_before(toks, b, "en", 0) not in (None, "in", "at", "on") or id(b) in listed))
                        for b in acts) and self._list_goes_on(toks, acts, a):
                    # "Rescue teams from Greece, Israel and Japan arrived ...": the preposition governs the whole list
                    out_.add(id(a))
                    listed.add(id(a))
            before = [a for a in before if id(a) not in out_]
        if p.symmetric:
            hy = self._hyphen_parties(sent, toks, acts, i)
            if hy:
                return hy, []  # "the India-China border talks": a joint act of the compound's parties
        if p.compound:
            # "X and Y met at EU-mediated talks": the actor inside the compound acts on the clause subject
            own = [a for a in acts if a.tokens[0] <= i < a.tokens[1] and not a.loc]
            subj = [a for a in before if a not in own]
            if own and not subj:
                # "a Qatar-brokered deal between Congo and M23", "the China-brokered Saudi-Iran deal": with no
                # subject before it, the mediator acts on the parties of the joint-act noun it modifies
                return own[:1], self._mediated_parties(sent, toks, acts, i, own)
            if own and subj and not self._en_compound_joined(toks, own[0].tokens[0]):
                return [], []  # "struck Gaza despite the Egyptian-brokered truce": an earlier deal, no mediation now
            return own[:1], (self._chain(subj, toks, conj, i, before=True) if own and subj else [])
        if (p.pos == "verb" and 0 < i < len(toks) - 1 and toks[i].low.endswith("ed") and not self._reduced_passive(toks, i)
                and toks[i - 1].text.isalpha() and toks[i - 1].text.islower()
                and toks[i - 1].low not in _NOT_A_HEAD
                and not toks[i - 1].low.endswith("ly") and not any(a.tokens[1] == i for a in acts)
                and self._en_time_before(toks, i - 1) is None  # ("and a day later travelled to": a time, no noun)
                and (toks[i + 1].low in _EN_PREPS or toks[i + 1].text == ",")
                and not (i + 2 < len(toks) and toks[i + 2].low in ("least", "most"))):  # "killed at least 500"
            return [], []  # "images of civilians killed in Bucha": a participle modifying a noun, not a verb
        if (p.pos == "verb" and 0 < i < len(toks) - 1 and toks[i].low.endswith("ed")
                and (toks[i - 1].low in ("the", "a", "an", "its", "their", "his", "her", "our", "these", "those")
                     or toks[i - 1].text.isdigit()
                     or (toks[i - 1].low in ("of", "for", "with", "about") and toks[i + 1].text.isalpha()
                         and toks[i + 1].text.islower()))  # "lists of detained citizens"
                and toks[i + 1].text[:1].isalnum()):
            return [], []  # "13 promised fighter jets", "the annexed peninsula": an adjective, not a verb
        if p.pos == "verb" and self._participle_before_actor(toks, acts, i):
            return [], []  # "grain from occupied Ukraine": an adjective on the actor's name, not a verb
        if p.pos == "verb" and self._en_noun_participle(toks, acts, i):
            return [], []  # "sanctions on companies supplying Russia": the companies supply, not the clause subject
        passive = p.pos == "verb" and (self._reduced_passive(toks, i) or (
            i + 1 < len(toks) and toks[i + 1].low == "by" and toks[i].low.endswith("ed")
            and self._between_noun(toks, acts, i)) or any(
            t.low in _AUX for t in toks[max(0, i - 3):i]) and (toks[i].low.endswith(
                ("ed", "en", "wn", "ght", "lt", "nt", "ck", "ld")) or toks[i].low in _EN_IRREGULAR_PARTICIPLES)
            and toks[i - 1].low != "to")  # ("were to attack")
        if not passive and p.pos == "verb" and i > 3 and toks[i - 1].low == "and" and toks[i].low.endswith("ed") \
                and i + 1 < len(toks) and toks[i + 1].low == "to" and self._en_passive_before(toks, acts, i - 1):
            passive = True  # "was declared persona non grata and ordered to leave Russia": the coordinated
            # participle with an infinitive ("ordered / told / asked to") shares the passive (and its subject, the
            # one it is done to); one with an object of its own is active ("was elected and named X ...")
        if (not passive and p.pos == "verb" and p.code == "045" and 0 < i < len(toks) - 1 and toks[i + 1].low == "by"
                and toks[i].low.endswith("ed") and (toks[i - 1].text == "," or any(
                    a.loc and a.tokens[1] == i for a in acts))):
            passive = True  # "The truce, brokered by Qatar, ...", "talks in Doha mediated by Qatar"
        self._en_passive = passive
        if not passive and p.pos == "verb" and before:
            k = i - 1
            while k > 0 and toks[k].low in ("had", "has", "have", "twice", "repeatedly", "again", "also", "once"):
                k -= 1
            if k < i - 1 and toks[k].low in ("said", "says", "claimed", "claims", "believed", "believes") and k >= 2 \
                    and any(t.low in ("that", "which") for t in toks[max(0, k - 5):k]):
                # "a plane that Seoul said had twice entered its airspace": a relative clause's verb after the speaker
                # of a parenthetical "X said"; its subject is the relative pronoun's antecedent, not the speaker
                rel = max(j for j in range(max(0, k - 5), k) if toks[j].low in ("that", "which"))
                before = [a for a in before if a.tokens[1] == rel]
                self._en_own = not before
        if not passive and p.pos == "verb" and before:
            sub = self._en_own_subject(toks, acts, i, self._spans)
            if sub is not None:
                # "France flew aid to Vanuatu a day after an earthquake struck near the capital": the verb of a
                # clause opened by "after", "when", ... has that clause's own subject, which names no actor (nor
                # does a possessive in it: "after their boat sank")
                before = [a for a in before if a.tokens[0] > sub]
                self._en_own = True
        after = [a for a in acts if a.tokens[0] > i]
        if p.pos == "verb":
            cut = self._en_own_clause(toks, acts, i)
            if cut is not None:
                after = [a for a in after if a.tokens[0] < cut]  # ", and Britain summoned ...": its own subject
            cut = self._en_next_verb(toks, acts, i)
            if cut is not None:
                after = [a for a in after if a.tokens[0] < cut]  # "... to Russia and threatened Britain": its own object

        def by_prep(prep: str) -> list[Act]:
            c = [a for a in after if self._prep_before(toks, a, "en", i + 1) == prep
                 and not (prep == "with" and p.code[:2] in ("03", "04", "05", "06") and self._border_with(toks, acts, a))]
            if prep == "with":
                # ", with Omani Foreign Minister X shuttling messages": an absolute clause, not a partner
                c = [a for a in c if not (toks[a.pb[1] - 1].text == "," and a.tokens[1] < len(toks)
                                          and toks[a.tokens[1]].text.islower() and toks[a.tokens[1]].low.endswith("ing"))]
            if prep == "between":
                c = [a for a in after if self._between(toks, a, i)]
            return c

        src: list[Act] = []
        tgt: list[Act] = []

        def lex_has_verb(t: Token) -> bool:  # "threats", "attacks": a trigger verb's word used as a noun
            return any(q.pos == "verb" for q in self.lex["en"].by_lemma.get((t.lemma or t.low).lower(), ()))

        if passive:
            agents = by_prep("by")
            if agents:
                # "by Egypt and Qatar": "by" governs the whole coordination
                first = min(agents, key=lambda a: a.tokens[0])
                src = self._chain([a for a in after if a.tokens[0] >= first.tokens[0] and not a.loc], toks, conj,
                                  first.tokens[0] - 1, before=False)
                if p.code == "161" and p.lemma == "recall" and before:
                    post = self._recalling_state(toks, acts, after, before, i)[1]
                    if post:
                        return src, post  # "Sweden's ambassador was recalled by Stockholm from Tehran": from the post
            elif p.code[:3] in ("173", "174"):
                src = self._custody_state(toks, after, i)
            elif p.code == "114" and before:
                # "The Dutch ambassador in Beijing was summoned", "... was summoned to the Belarusian foreign ministry":
                # with no "by", the envoy is summoned by the state it is posted in, or whose ministry it is called to
                src, post = self._summoning_state(toks, acts, after, before, i)
                before = [a for a in before if a not in post]
            elif p.code == "161" and p.lemma == "recall" and before:
                # "Hungary's envoy was recalled from Kyiv", "The French ambassador to Mali was recalled": with no
                # "by", the envoy's own state calls it back from the state it is posted in (no state named: no event)
                return self._recalling_state(toks, acts, after, before, i)
            elif p.code in ("161", "166") and p.lemma == "order" and before and (
                    left := self._en_state_left(toks, after, before, i)):
                return left  # "Estonia's envoy was ordered to leave Russia": the state left orders its guests out
            elif p.code == "161" and before:
                # "Two Russian diplomats were expelled from Poland", "... in Bulgaria were ordered to leave": an
                # envoy expelled or sent home with no "by" is expelled by the state it is posted in (as in the
                # active "Poland expelled two Russian diplomats"), never by its own
                envoy, post = self._recalling_state(toks, acts, after, before, i, own=False)
                return post, envoy
            elif p.symmetric and not before:
                btw = [a for a in by_prep("between") if not a.loc]
                if len({a.m.country or a.m.actor for a in btw}) >= 2:
                    return btw, []  # "Talks were held between the Greek and Turkish foreign ministers": its parties
            if p.symmetric and len({a.m.country or a.m.actor for a in src}) >= 2 and self._reduced_passive(toks, i):
                return src, []  # "the accords signed by Armenia and Azerbaijan": a joint act of the agents alone
            if before:
                tgt = self._chain(before, toks, conj, head, before=True)
            elif src:
                tgt = self._passive_subject(toks, acts, p, i, src)
            if not p.symmetric:
                tgt = self._hyphen_partners(toks, acts, tgt)  # "The US-British strikes ... were condemned by Iran"
            return src, tgt
        if p.pos == "noun":
            # "Russia's attack", "EU sanctions", "US-China talks": actors right before the noun
            poss = [a for a in acts if not a.loc and (a.tokens[1] <= i or (
                # "Iran's missile attack on Israel": the owner's weapon noun is the trigger itself
                a.tokens[0] < i and a.tokens[1] == i + 1 and p.code[:2] in _VIOLENT and _sector(a.m) == "MIL"
                and i + 1 < len(toks) and toks[i + 1].low in _EN_ATTACK_NOUNS)) and i - a.tokens[1] <= 3 and all(
                t.low in ("'s", "’s", "s", "'", "-", "–", "and", ",", "new", "fresh", "joint", "further")
                or t.text[0].islower() for t in toks[a.tokens[1]:i])]
            if poss and all(t.low not in _EN_PREPS and not (t.low in _TIME_PREPS and p.code[:2] == "04")
                            for a in poss for t in toks[a.tokens[1]:i]):
                # ("Niger, Mali and Burkina Faso announced their withdrawal": the whole list before the nearest one)
                # ("Niger, Mali and Burkina Faso announced their withdrawal", "the US and British air strikes": the
                # whole list before the nearest owner, when "their" refers to it or it is a nationality adjective)
                last = max(poss, key=lambda a: a.tokens[1])
                whole = any(t.low == "their" for t in toks[last.tokens[1]:i]) or last.adj
                src = self._chain([a for a in acts if not a.loc and (a in poss or (whole and a.tokens[1] <= last.tokens[0]))],
                                  toks, conj, i, before=True)
        if not src and (p.pos == "noun" or (i > 0 and toks[i - 1].low in _EN_DETERMINERS)) and i + 1 < len(toks) \
                and toks[i + 1].low in ("of", "by", "to", "on", "against", "with", "into", "for"):
            # "the expulsion of three Russian diplomats by Estonia", "the arrest of a French aid worker by Iranian
            # authorities" (a verb's word used as a noun), "a visit to Kyiv by the Polish president": the noun's
            # agent follows "by" (within the noun's own phrase: before any verb)
            end = i + 12 if toks[i + 1].low in ("of", "by") else next(
                (k for k in range(i + 2, min(len(toks), i + 12)) if toks[k].low in _AUX or toks[k].text in (",", ";")
                 or (toks[k].low in _EN_PREPS and toks[k].low != "of")), min(len(toks), i + 12))
            if toks[i + 1].low not in ("of", "by") and (end >= len(toks) or toks[end].low != "by"):
                end = -1  # ("a partnership on Sunday during a visit to Hanoi by X": the "by" of another noun)
            agents = [a for a in by_prep("by") if a.tokens[0] <= (end if toks[i + 1].low in ("of", "by") else end + 3)
                      and not a.loc]
            if agents:
                first = min(agents, key=lambda a: a.tokens[0])
                src = self._chain([a for a in after if a.tokens[0] >= first.tokens[0] and not a.loc], toks, conj,
                                  first.tokens[0] - 1, before=False)
        if not src and (p.pos == "noun" or not before):
            src = self._enacted_by(toks, after, i)
        if p.pos == "verb" and toks[i].low.endswith("ing") and i > 1 and toks[i - 1].text == "," \
                and self._after_mishap(toks, i):
            # "A military helicopter crashed near Gdańsk, killing two crew members": what the mishap did
            before, self._en_own = [], True
        if (not src and p.pos == "verb" and main_verb is not None and main_verb < i and toks[i].low.endswith("ing")
                and (toks[i - 1].text == "," or toks[i - 1].low in ("and", "after", "before", "while", "by"))):
            # "France criticised China's stance, urging Beijing to ...", "condemning ... and demanding ...":
            # the non-finite clause has the main clause's subject, not the object just before it (none when that
            # verb's own subject is no actor: "after an earthquake struck ..., killing 14 and cutting off ...")
            near = max((j for j in self._verbs if main_verb <= j < i and not toks[j].low.endswith("ing")),
                       default=main_verb)  # the nearest finite verb ("struck" for "killing ... and cutting")
            if self._en_own_subject(toks, acts, near, self._spans) is not None:
                before, self._en_own = [], True
            main = [a for a in before if a.tokens[1] <= main_verb]
            if any(a.tokens[1] == main_verb for a in main):
                # "Britain and France triggered the process to restore UN sanctions on Iran, accusing Tehran ...": the
                # first trigger is a noun its owner stands before, inside the object of an untriggered main verb; the
                # participle's subject is the sentence's opening subject
                op = self._opening_subject(toks, before, main_verb)
                if op and all(a.tokens[1] < main_verb - 1 for a in op):
                    main = op
            seg = next((k for k in range(i - 2, -1, -1) if toks[k].text == ","), None) if toks[i - 1].text == "," else None
            if seg is not None and any((t.lemma or t.low).lower() in self.lex["en"].speech_verbs
                                       for t in toks[seg + 1:i - 1]):
                # "..., Amnesty International said on Sunday, urging Nigerian authorities to ...": the speaker
                spk = [a for a in before if a.tokens[0] > seg]
                if spk:
                    main = spk
                    src = self._chain(spk, toks, conj, i - 1, before=True)
            if main and not src:
                src = self._chain(main, toks, conj, main_verb, before=True)
        if not src and p.pos == "verb" and toks[i].low.endswith("ing") and i > 2 and toks[i - 1].low in (",", "by") \
                and (main_verb is None or main_verb >= i):
            src = self._opening_subject(toks, before, i)
        h0 = head
        if h0 > 3 and toks[h0 - 1].low == "to" and (toks[h0 - 2].lemma or toks[h0 - 2].low).lower() in \
                self.lex["en"].intent_verbs:
            h0 -= 2  # "... and threatened to expel French diplomats": the threat's verb is the coordinated one
        if h0 > 3 and toks[h0 - 1].low in ("then", "later") and toks[h0 - 2].low in ("and", "but"):
            h0 -= 1  # "Macron met Xi and then appealed to the allies": an adverb after the link
        timed = False
        if h0 == i and h0 > 3 and p.pos == "verb" and (ts := self._en_time_before(toks, h0 - 1)) and ts > 2 and (
                toks[ts - 1].low in ("and", "but") or (toks[ts - 1].text == "," and toks[ts - 2].low in ("and", "but"))):
            # "Zelensky met Duda in Warsaw, and on Tuesday travelled to Berlin": a time adverbial between the link and
            # the verb; the verb still shares the sentence's subject (not Duda, named last)
            h0, timed = ts - (toks[ts - 1].text == ","), True
        if h0 > 3 and toks[h0 - 1].low in ("has", "have") and toks[h0 - 2].low == "and" and toks[h0].low.endswith("ed"):
            h0 -= 1  # "Moscow has accused Kyiv of ... and has vowed to retaliate": the perfect's auxiliary after "and"
            perfect = True
        else:
            perfect = False
        if not src and (p.pos == "verb" or h0 != i) and h0 > 1 and toks[h0 - 1].low in ("and", "but") \
                and (perfect or self._finite_past(toks, i if timed else h0)) and before \
                and not any(t.low in _AUX for t in toks[max(0, h0 - 3):h0 if not perfect else h0 - 1]):
            # "Kabul said the strikes killed 46 people and vowed to retaliate": a finite verb right after "and"
            # shares the sentence's subject (the actors it opens with), not the object named before it (so after
            # "but": "Iran praised Iraq but threatened Israel")
            first = min(before, key=lambda a: a.tokens[0])
            if first.tokens[0] <= 2 and any(toks[k].text.islower() for k in range(first.tokens[1], i - 1)):
                src = self._chain(before, toks, conj, first.tokens[0] - 1, before=False)
        if not src and before and (p.pos == "noun" or toks[i - 1].low in _EN_DETERMINERS or self._noun_use(toks, i)):
            # "sanctioned Iran over its transfer of missiles to Russia", "thanked Berlin for the deliveries": the
            # object of a verb is the agent of the act its "over / for" phrase names
            rsn = self._en_reason_agent(toks, acts, i, p)
            if rsn:
                src = rsn
        if not src and before and p.pos == "noun" and p.code[:2] == "04" and i > 1 and toks[i - 1].low in _TIME_PREPS \
                and self._en_partner_after(toks, acts, i):
            # "released an American citizen after talks with U.S. officials", "Sikorski said on Friday after talks
            # with his Ukrainian counterpart": the talks are held by the subject of the verb the phrase follows
            v = next((k for k in range(i - 2, 0, -1) if toks[k].text.islower() and (
                toks[k].low.endswith("ed") or (toks[k].lemma or toks[k].low).lower() in self.lex["en"].speech_verbs)
                and not any(a.tokens[0] <= k < a.tokens[1] for a in acts)), None)
            subj = [a for a in before if v is not None and a.tokens[1] <= v]
            if subj:
                src = self._chain(subj, toks, conj, v, before=True)
        contact = self._en_contacted(toks, before, i) if not src and before and p.pos == "verb" else None
        if contact is not None:
            # "Mitsotakis called Erdogan to offer his condolences", "met Modi to discuss trade": the purpose of a
            # call or a meeting is the caller's act, aimed at the one called, not the act of the one called
            src = self._chain([a for a in before if a.tokens[1] < contact.tokens[0]], toks, conj,
                              contact.tokens[0] - 1, before=True)
            before = [contact]
        if not src and before:
            aside = self._en_aside(toks, acts, head)
            if aside and len(aside) < len(before):
                # "Iran, which backs the group, condemned ...", "Turkey, Azerbaijan's closest ally, welcomed ...":
                # the subject is the actor before the aside, not one named inside it
                before = [a for a in before if a not in aside]
            paren, joins = self._along_with(toks, acts, head)
            src = self._chain([a for a in before if a not in paren] or before, toks, conj, head, before=True)
            if paren and joins and src and toks[max(a.tokens[1] for a in src)].text == "," \
                    and 0 < min(a.tokens[0] for a in paren) - max(a.tokens[1] for a in src) <= 5:
                src = src + paren
        noun_use = p.pos == "noun" or (i > 0 and (toks[i - 1].low in _EN_DETERMINERS
                                                   or toks[i - 1].low.endswith(("'s", "’s"))))
        for spec in p.target:
            if spec == "obj" and p.symmetric and p.pos == "verb" and i + 1 < len(toks) and toks[i + 1].low in ("in", "at"):
                # "Trump and Putin met in Alaska but reached no Ukraine ceasefire", "NATO leaders meeting in Vilnius
                # urged Kyiv to ...": a joint verb followed by its place is used without an object; a party it met
                # can only follow "with"
                continue
            if spec == "obj":
                lim = i + 2 if p.particle else i + 1  # ("called in the envoy": the particle governs no actor)
                c = [a for a in after if (self._prep_before(toks, a, "en", lim) is None or (
                    # "Vietnam's hosting of Vladimir Putin", "the shelling of Kharkiv": a verb's noun takes its
                    # object with "of"
                    noun_use and p.pos == "verb" and a.tokens[0] in (i + 2, i + 3)
                    and self._prep_before(toks, a, "en", i + 1) == "of"))
                     and a not in src and not a.loc and not self._listed_after_prep(toks, acts, a, i)
                     and not self._en_precedent(toks, a.m, comma=True)
                     # ("raided the Baku office of Sputnik": a city naming where an office is, not whose it is)
                     and not (a.m.kind == "city" and a.tokens[1] < len(toks) and toks[a.tokens[1]].low in _EN_SITES
                              and (p.code[:2] not in _VIOLENT
                                   or any(s.m.country and s.m.country == a.m.country for s in src)))]
                if p.pos == "verb" and p.code[:2] == "13" and src and not noun_use:
                    # "warned that Israel would strike if Hezbollah ...", "vowed that Beijing would take countermeasures
                    # against Japan": the speaker's own state named after the verb is who would act, not who is
                    # threatened
                    own = {a.m.country for a in src} - {None}
                    kept = c if len(own) != 1 else [a for a in c if a.m.country not in own or (
                        _sector(a.m) in _DOMESTIC and toks[i + 1].low != "that")]
                    if len(kept) < len(c):
                        # (nor its partners in the clause's subject, "that Russia and Belarus would respond", nor a
                        # nationality adjective further on: "unless Chinese influence ... was curbed")
                        first = min(c, key=lambda a: a.tokens[0])
                        joint = self._chain(c, toks, conj, first.tokens[0] - 1, before=False) if first not in kept else []
                        kept = [a for a in kept if not a.adj and a not in joint]
                    if not kept and c:
                        # ("... would take countermeasures against Japan": the one the own act would be aimed at)
                        kept = [a for a in by_prep("against") if a.m.country not in own and not a.loc]
                    c = kept
                if p.pos == "verb" and ((noun_use and toks[i - 1].low not in ("that", "which", "who")) or (
                        i > 1 and toks[i].low == (toks[i].lemma or "").lower() and toks[i - 1].text.isalpha()
                        and toks[i - 1].text.islower() and not toks[i - 1].low.endswith("s")
                        and toks[i - 1].low not in _EN_BEFORE_VERB and toks[i - 1].low not in _AUX
                        and toks[i - 2].low in ("a", "an", "the", "his", "her", "its", "their")
                        # (the phrase as an object: "made his state visit"; not a co-subject, "Zelensky and his wife
                        # visit Britain", nor the clause's opening words)
                        and i > 2 and (toks[i - 3].text == "," or toks[i - 3].text.isalpha() and toks[i - 3].text.islower()
                                       and toks[i - 3].low not in ("and", "or", "nor")))):
                    # "Putin made his visit on Tuesday despite a French warning": a verb's word used as a noun takes
                    # its object with "of" (or as the subject of its "that" clause: "his demand that Kyiv withdraw"),
                    # never a bare name further on
                    # ("'... a sabotage campaign against our country,' the Polish minister said": in a quote, "our"
                    # and "us" are the speaker's, named after it)
                    c = [a for a in c if self._prep_before(toks, a, "en", i + 1) == "of"
                         or (i + 2 < len(toks) and toks[i + 1].low == "that" and a.tokens[0] == i + 2)
                         or any(toks[k].text in _QUOTES and any(t.low in ("our", "us") for t in toks[i + 1:k])
                                for k in range(i + 1, a.tokens[0]))]
                if p.pos == "verb" and self._en_article_noun(toks, acts, i):
                    # "during a massive Russian attack on western Ukraine, the first time a NATO member ...": a verb's
                    # word used as a noun takes no bare object past a comma
                    c = [a for a in c if self._prep_before(toks, a, "en", i + 1) == "of"
                         or not any(t.text in (",", ";", "(") for t in toks[i + 1:a.tokens[0]])]
                if p.pos == "verb" and (p.code[:2] in _VIOLENT or p.code in ("161", "166")) and not noun_use \
                        and toks[i - 1].low not in _EN_PREPS:
                    # (not a participle after a preposition: "in occupied parts of the Kherson region"; so the envoy
                    # expelled: "declared the head of Estonia's mission persona non grata")
                    own = self._en_owner_of(toks, after, lim, src)
                    if own and (not c or own[0].tokens[0] < min(a.tokens[0] for a in c)):
                        c = own  # "bombed suspected hideouts of the Pakistani Taliban inside Afghanistan"
            elif spec == "with" and p.pos == "noun" and toks[i].low == (toks[i].lemma or "").lower() \
                    and i > 0 and toks[i - 1].low in _EN_VERB_BEFORE:
                continue  # "to deal with Iran", "will deal with it": the verb, not the noun
            else:
                c = [a for a in by_prep(spec) if a not in src and (not a.loc or spec in ("in", "at"))]
                if not c and spec in ("on", "against", "to", "for"):
                    c = self._owner_target(toks, after, i, spec, src)
                if not c and spec in _EN_SPATIAL_SPECS and _spatial_pattern(p):
                    # "drills around Taiwan", "exercises off Japan's coast", "near the Lithuanian border": the place
                    # a show of force is made at, a location's state included
                    c = [a for a in after if a not in src and self._en_spatial_before(toks, a, spec)]
                    if c and c[0].loc and c[0].m.country:
                        tgt = [Act(_Virtual(c[0].m.country), c[0].start, c[0].tokens)]  # ("near Alaska": its state)
                        break
            if c:
                first = min(c, key=lambda a: a.tokens[0])
                pool = [a for a in after if a not in src and a.tokens[0] >= first.tokens[0]
                        and (not a.loc or spec in ("in", "at"))]
                tgt = self._chain(pool, toks, conj, first.tokens[0] - 1, before=False)
                break
        if not tgt and src and p.pos == "verb" and p.code[:2] in ("11", "12") and "obj" in p.target and not passive:
            # "condemned threats by Pyongyang", "condemned the visit of the U.S. House speaker to Taiwan": the act
            # judged is named by a noun whose "by" phrase (or the "of" phrase of a noun with no object: a visit,
            # a deployment; not "the invasion of Ukraine") is its agent, and the judgement is aimed at that agent
            k = i + 1
            while k < len(toks) and toks[k].low in ("the", "a", "an", "this", "these", "recent", "latest", "continued"):
                k += 1
            if k + 2 < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and (
                    (toks[k + 1].low == "by" and (self._is_event_noun(toks[k]) or lex_has_verb(toks[k])))
                    or (toks[k + 1].low == "of" and toks[k].low in _EN_AGENT_OF_NOUNS)):
                ag = [a for a in after if a.tokens[0] in (k + 2, k + 3) and not a.loc and a not in src
                      and (a.tokens[0] == k + 2 or toks[k + 2].low == "the")]
                if ag:
                    tgt = self._chain(ag, toks, conj, ag[0].tokens[0] - 1, before=False)
            while k < len(toks) and toks[k].low in ("attempted", "failed", "military", "army"):
                k += 1
            if not tgt and k + 2 < len(toks) and toks[k].low in ("coup", "putsch") and toks[k + 1].low == "in":
                # "condemned the coup in Gabon", "the attempted coup in Bolivia": the country's own soldiers did it
                tgt = [a for a in after if a.tokens[0] == k + 2 and a.m.country and a not in src][:1]
        if p.code in ("045", "043") and i > 2:
            # ", with Turkish President Erdogan mediating", "with the United States acting as mediator / host": the
            # absolute clause's own subject mediates, not the main clause's
            k = i - 1
            while k > 0 and toks[k].low in ("acting", "serving", "as", "the", "a", "chief", "main"):
                k -= 1
            w = next((a for a in acts if a.tokens[1] == k + 1 and not a.loc), None)
            if w is not None and w.tokens[0] > 0 and (toks[w.tokens[0] - 1].low == "with" or (
                    toks[w.tokens[0] - 1].low == "the" and w.tokens[0] > 1 and toks[w.tokens[0] - 2].low == "with")):
                src, tgt = [w], [a for a in tgt if a is not w]
        if not src and (p.pos == "noun" or (p.symmetric and (noun_use or (i + 1 < len(toks) and toks[i + 1].low == "of")))) \
                and tgt and len(tgt) >= 2 \
                and any(s == "between" for s in p.target):
            # ("an exchange of fire between Indian and Pakistani troops": a joint verb's word used as a noun)
            src, tgt = tgt, []
        elif src and p.symmetric and tgt and self._between_parties(toks, tgt, i):
            # "Egypt said the ceasefire talks between Israel and Hamas ...": a joint act's "between" names all
            # its parties; the clause subject is no party of it
            src, tgt = tgt, []
        btw = i + 1
        if i + 3 < len(toks) and toks[i + 1].low in _EN_BROKE_OUT:
            # "Fighting broke out between ...", "clashes erupted between ...": the outbreak names its parties
            # ("broke out in Khartoum on Saturday between ...": a place or a day may come first)
            btw = next((k for k in range(i + 2, min(len(toks), i + 9)) if toks[k].low == "between"
                        or toks[k].text in (",", ";") or (toks[k].text.islower() and toks[k].low in _EN_CLAUSE)), i + 2)
        if not src and (p.pos == "verb" and toks[i].low.endswith("ing") or btw > i + 1 and p.code[:2] in _VIOLENT) \
                and btw + 1 < len(toks) and toks[btw].low == "between" and (
                    i == 0 or toks[i - 1].low in _EN_DETERMINERS or not toks[i - 1].text.isalpha() or btw > i + 1):
            # "Fighting between Sudan's army and the RSF spread ...": a gerund naming a joint act of its parties
            first = [a for a in after if a.tokens[0] in (btw + 1, btw + 2) and not a.loc]
            if first:
                src = self._chain([a for a in after if not a.loc], toks, conj, btw, before=False)
                tgt = []
        if not src and tgt and p.pos == "verb" and p.code[:2] in _VIOLENT and i > 0 \
                and not toks[i].low.endswith("ing") and (self._noun_use(toks, i) or toks[i].low.endswith("s")) \
                and not any(t.low in ("would", "could", "may", "might", "will")
                            for t in toks[max(a.tokens[1] for a in tgt):max(a.tokens[1] for a in tgt) + 2]) \
                and not any(re.match(r"(anti|pro)-", t.low) or (t.low in ("anti", "pro") and k + 1 < i
                                                               and toks[k + 1].text == "-")
                            for k, t in enumerate(toks[:i]) if k >= i - 4):
            # (not "an anti-Israeli attack", nor "a Chinese attack on Taiwan would trigger a war": what is feared)
            # "A Russian attack on Kharkiv", "Israeli strikes on Gaza": a nationality adjective or a possessive
            # before the act's noun (a lowercase modifier or two between) is its agent
            src = [a for a in self._nominal_agent(toks, acts, i, verb_form=True) if a not in tgt]
        if p.code[:2] in _VIOLENT and (p.pos == "noun" or self._en_article_noun(toks, acts, i)) and (
                not tgt or all(a.loc or a.m.kind in ("country", "city", "place") for a in tgt)):
            hit = self._en_damaged_object(toks, acts, i, src)
            if hit:  # "An Israeli air strike in Damascus destroyed Iran's consulate": what the strike hit; a target
                # stated with "on" stays ("The Russian missile attack on Kyiv destroyed the Polish consulate")
                tgt = [a for a in tgt if not a.loc and self._prep_before(toks, a, "en", i + 1) in ("on", "against")
                       and a not in hit] + hit
        if src and p.pos == "verb" and p.code[:2] in _VIOLENT and self._en_article_noun(toks, acts, i):
            # "Polish jets shot down drones during a massive Russian attack on Ukraine": the noun's own nationality
            # adjective is its agent, not the clause subject
            na = [a for a in self._nominal_agent(toks, acts, i, verb_form=True) if a not in tgt]
            if na:
                src = na
        if not p.symmetric:
            # "the US-British strikes on Houthi targets": two countries joined by a hyphen before a one-sided act are
            # its agents (or targets) together
            src, tgt = self._hyphen_partners(toks, acts, src), self._hyphen_partners(toks, acts, tgt)
        if contact is not None and src and not tgt and contact not in src:
            tgt = [contact]  # "called Erdogan to offer his condolences": they go to the one called
        return src, tgt

    @staticmethod
    def _en_contacted(toks: list[Token], before: list[Act], i: int) -> Act | None:
        """The English verb at i is a purpose infinitive after the object of a call or a meeting ("called Erdogan
        to offer ...", "phoned the Greek prime minister to express ...", "met Modi to discuss ..."), with the
        caller named before the contact verb: that object."""
        if i < 4 or toks[i - 1].low != "to":
            return None
        obj = next((a for a in before if a.tokens[1] == i - 1), None)
        if obj is None:
            return None
        k = obj.tokens[0] - 1
        if k > 0 and toks[k].low in ("the", "his", "her", "its", "their"):
            k -= 1
        if k < 1 or (toks[k].lemma or toks[k].low).lower() not in _EN_CONTACT_VERBS or not toks[k].text.islower():
            return None
        if not any(a.tokens[1] <= k for a in before if a is not obj):
            return None
        return obj

    def _en_reason_agent(self, toks: list[Token], acts: list[Act], i: int, p: Pattern) -> list[Act]:
        """The object of an earlier verb before the "over / for" phrase whose act noun is at i ("imposed sanctions on
        Iran on Tuesday over its transfer of missiles"; "its", "their" and lowercase modifiers before the noun; no
        actor of its own inside the phrase)."""
        k, n = i - 1, 0
        while k > 0 and n < 3 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in ("over", "for") \
                and toks[k].low not in _EN_PREPS and toks[k].low not in _AUX and toks[k].low not in _LIST_CONJ:
            k -= 1
            n += 1
        if k < 2 or toks[k].low not in ("over", "for"):
            return []
        if any(a.tokens[0] < i and a.tokens[1] > k for a in acts):
            return []  # ("over Chinese drone supplies": the noun names its own agent)
        if p.symmetric and not any(t.low in ("its", "their") for t in toks[k + 1:i]):
            return []  # ("recalled its ambassadors to X and Y for consultations": a purpose, not their joint act)
        obj = [a for a in acts if a.tokens[1] <= k and not a.loc and a.tokens[0] > 0
               and any(j < a.tokens[0] for j in self._verbs)
               and self._prep_before(toks, a, "en", 0) in (None, "on", "against")
               and all(t.text not in (",", ";", ":") and t.low not in _EN_CLAUSE for t in toks[a.tokens[1]:k])
               and k - a.tokens[1] <= 4]
        if not obj:
            return []
        last = max(obj, key=lambda a: a.tokens[1])
        return self._chain([a for a in acts if not a.loc and a.tokens[1] <= last.tokens[1]], toks, _EN_LIST,
                           last.tokens[1], before=True)

    def _en_damaged_object(self, toks: list[Token], acts: list[Act], i: int, src: list[Act]) -> list[Act]:
        """The object of a damage verb ("killed", "destroyed", "hit") whose subject is the attack noun at i, past the
        noun's own words and place phrase ("An American drone strike in Baghdad killed Iranian general X"): up to
        seven words, no comma, no other verb; the object's actor right after the verb (no preposition)."""
        for k in range(i + 1, min(len(toks) - 1, i + 8)):
            t = toks[k]
            if t.text in (",", ";", ":") or t.low in _AUX or t.low in _LIST_CONJ:
                return []
            if t.low in _EN_DAMAGE_VERBS:
                obj = [a for a in acts if a.tokens[0] in (k + 1, k + 2) and not a.loc and a not in src
                       and (a.tokens[0] == k + 1 or toks[k + 1].low in ("the", "a", "an", "two", "three", "its"))]
                return obj[:1]
            if k in self._verbs and k > i + 1:  # (the noun's own completing word may be a verb's: "drone strike")
                return []
        return []

    @staticmethod
    def _en_article_noun(toks: list[Token], acts: list[Act], i: int) -> bool:
        """The English word at i is a noun after an article, past adjectives and nationality words only ("a massive
        Russian attack", "the latest attack"; not "the US will attack")."""
        k = i - 1
        while k >= 0 and i - k <= 5:
            t = toks[k]
            if t.low in ("a", "an", "the"):
                return k < i - 1
            if any(a.adj and a.tokens[0] <= k < a.tokens[1] for a in acts):
                k -= 1
                continue
            if not (t.text.isalpha() and t.text.islower()) or t.low in _AUX or t.low in _EN_MODALS \
                    or t.low.endswith("ed") or t.low in _EN_PREPS or t.low in _LIST_CONJ:
                return False
            k -= 1
        return False

    @staticmethod
    def _en_state_left(toks: list[Token], after: list[Act], before: list[Act], i: int
                       ) -> tuple[list[Act], list[Act]] | None:
        """(the state, the guests) of an English passive "X was ordered to leave <state>": the country named right
        after "to leave / depart / exit" orders the one named before the verb out; None when either is missing."""
        lv = next((k for k in range(i + 1, min(len(toks) - 1, i + 4)) if toks[k - 1].low == "to"
                   and toks[k].low in ("leave", "depart", "exit")), None)
        if lv is None:
            return None
        post = [a for a in after if a.m.country and lv < a.tokens[0] <= lv + 3
                and a.m.country not in {b.m.country for b in before}][:1]
        guest = [a for a in before if a.m.country and not a.loc][-1:]
        if not post or not guest:
            return None
        return [Act(_Virtual(post[0].m.country), post[0].start, post[0].tokens)], guest

    @staticmethod
    def _en_passive_before(toks: list[Token], acts: list[Act], k: int) -> bool:
        """A passive verb ("was declared", "were expelled") in the clause ending before k, with no actor of its own
        named between it and k as a subject might be: "Estonia's envoy was declared persona non grata and ...",
        not "... was detained, and Russia expelled"."""
        for m in range(k - 1, max(0, k - 10), -1):
            if toks[m].text in (",", ";", ":") or toks[m].low in ("and", "but", "or", "that", "which", "who"):
                return False
            if toks[m].low in _AUX and m + 1 < k and (
                    toks[m + 1].low.endswith(("ed", "en", "wn")) or toks[m + 1].low in _EN_IRREGULAR_PARTICIPLES):
                return not any(not a.loc and m < a.tokens[0] < k and toks[a.tokens[0] - 1].low not in _EN_PREPS
                               for a in acts)
        return False

    @staticmethod
    def _en_owner_of(toks: list[Token], after: list[Act], j: int, src: list[Act]) -> list[Act]:
        """The owner named in an "of" phrase after the object noun of an English attack verb ("bombed suspected
        hideouts of the Pakistani Taliban", "struck the headquarters of Hezbollah in Beirut"): up to four lowercase
        words (no preposition) from token j, then "of", maybe "the", then an actor that is no place."""
        m = j
        while m < len(toks) and m - j < 4 and toks[m].text.isalpha() and toks[m].text.islower() \
                and toks[m].low != "of" and toks[m].low not in _EN_PREPS and toks[m].low not in _AUX \
                and toks[m].low not in _LIST_CONJ:
            m += 1
        if m == j or m + 1 >= len(toks) or toks[m].low != "of" or toks[m - 1].low in _EN_QUANT \
                or toks[m - 1].low in _EN_PLACE_NOUNS or toks[m - 1].low in _EN_COMPASS_OF \
                or any(t.low in _EN_NOT_OWNER_OPENERS for t in toks[j:m]):
            return []  # ("killed dozens of ...", "shelled the city of Kharkiv": handled as the actor itself)
        return [a for a in after if a.tokens[0] in (m + 1, m + 2) and not a.loc and a not in src
                and (a.tokens[0] == m + 1 or toks[m + 1].low in ("the", "a", "an"))][:1]

    @staticmethod
    def _hyphen_partners(toks: list[Token], acts: list[Act], group: list[Act]) -> list[Act]:
        """The group with the other country of a hyphen compound one of its members stands in ("US-British"), when
        the compound modifies a noun."""
        out = list(group)
        for a in group:
            k = a.tokens[0]
            if a.tokens[1] != k + 1 or "-" not in toks[k].text or toks[k].low.endswith(_EN_MEDIATED_SUFFIXES):
                continue
            if not (k + 1 < len(toks) and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()):
                continue  # ("US-British strikes", "the US-British naval operation": a modifier of a noun)
            for b in acts:
                if b is not a and b.tokens == a.tokens and not b.loc and b.m.country and b.m.country != a.m.country \
                        and all(c.m.country != b.m.country for c in out):
                    out.append(b)
        return out

    @staticmethod
    def _en_person_after(toks: list[Token], j: int) -> bool:
        """Does the phrase after a hyphenated nationality at j name a person ("dual national", "journalist Evan X",
        a name right after)? Lowercase words up to four, the first person noun or a capitalised name decides."""
        for t in toks[j:j + 4]:
            if t.text[:1].isupper():
                return True
            if not (t.text.isalpha() and t.text.islower()):
                return False
            if t.low in _EN_PERSON_NOUNS or t.low.endswith(("ist", "ists", "ian", "ians")):
                return True
        return False

    @staticmethod
    def _en_dual_national(toks: list[Token], acts: list[Act], src_a: list[Act], tgt_a: list[Act]) -> list[Act]:
        """A target of double nationality written with a hyphen ("a Russian-American journalist", "German-Iranian
        dual national X") is a citizen of the country the acting state is not; of the second one ("Ukrainian-Canadian",
        "-American": the citizenship) when neither is the actor's."""
        src_c = {a.m.country for a in src_a} - {None}
        out: list[Act] = []
        for a in tgt_a:
            k = next((k for k in range(max(0, a.tokens[0] - 3), min(a.tokens[1], len(toks))) if "-" in toks[k].text
                      and all(w[:1].isupper() for w in toks[k].text.split("-"))
                      and (k >= a.tokens[0] or all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:a.tokens[0]]))),
                     None)
            if k is None:
                out.append(a)
                continue
            cs = [_en_adjective_country(w) for w in toks[k].text.split("-")]
            if len(cs) != 2 or None in cs or cs[0] == cs[1] or not Events._en_person_after(toks, k + 1):
                out.append(a)  # (only a person: "a Chinese-Russian joint venture", "a Polish-Ukrainian border crossing")
                continue
            want = cs[0] if cs[1] in src_c else cs[1]
            parts = [b for b in acts if toks[k].start <= b.m.start and b.m.end <= toks[k].end and b.m.country == want]
            group = [b for b in acts if not b.loc and b.m.country == want and (
                b.tokens[0] <= k < b.tokens[1] or (b.tokens[0] > k and all(
                    t.text.isalpha() and t.text.islower() for t in toks[k + 1:b.tokens[0]])))]
            best = next((b for b in group if not b.adj), None) or next(iter(parts), None)
            if best is None:
                out.append(a)
            elif best not in out:
                out.append(best)
        return out

    def _en_held_target(self, toks: list[Token], acts: list[Act], src_a: list[Act], i: int, hi: int) -> list[Act]:
        """The actor named after "housing / hosting / carrying / sheltering" in the object of an English attack (a
        reduced relative on the place or vehicle hit, in the same clause: no comma, no other verb between)."""
        for k in range(i + 2, min(hi, len(toks), i + 13)):
            t = toks[k]
            if t.low in _EN_HOLDING and self._en_noun_participle(toks, acts, k):
                held = [a for a in acts if a.tokens[0] in (k + 1, k + 2) and not a.loc and a not in src_a
                        and a.m.country not in {b.m.country for b in src_a}]
                if not held:
                    return []
                return self._chain([a for a in acts if a.tokens[0] >= held[0].tokens[0] and not a.loc], toks, _EN_LIST,
                                   k, before=False)
            if t.text in (",", ";", ":") or k in self._verbs:
                return []
        return []

    def _en_noun_participle(self, toks: list[Token], acts: list[Act], i: int) -> bool:
        """An English -ing verb right after a noun that names no actor, in a phrase opened by a determiner, a
        number, a preposition or a nationality adjective ("sanctions on companies supplying Russia", "fired
        missiles at two Iraqi bases hosting US troops"): a reduced relative clause on that noun, which is its
        subject; the clause's subject does not do it ("Chinese firms supplying Russia": the actor's own act)."""
        if i < 2 or i + 1 >= len(toks) or not toks[i].low.endswith("ing"):
            return False
        n = toks[i - 1]
        if not (n.text.isalpha() and n.text.islower()) or n.low in _EN_DETERMINERS or n.low in _AUX \
                or n.low in _EN_PREPS or n.low in _NOT_A_HEAD or n.low in _EN_NP_FILLERS \
                or n.low.endswith(("ly", "ed", "ing")) or n.low in _EN_NOT_PARTICIPLE_HEADS or n.low in _EN_TIME_HEADS:
            return False  # ("a day after meeting Putin": a subordinator; "a resolution condemning X": its authors' act;
            # "spent the night shelling Kharkiv": a span of time the subject spends doing it)
        if n.low not in _EN_FACILITY_NOUNS and any(a.tokens[0] < i <= a.tokens[1] for a in acts if not a.adj):
            return False  # ("Iraqi air bases hosting US troops": a place, whatever its country, acts in nothing)
        if (n.lemma or n.low).lower() in self.lex["en"].by_lemma:
            return False  # "missile strikes targeting Kyiv": the noun of an act, whose agent does this too
        nxt = toks[i + 1]
        if not (nxt.low in _EN_DETERMINERS or nxt.text[:1].isupper() or nxt.text.isdigit()
                or any(a.tokens[0] == i + 1 for a in acts)):
            return False  # ("the relentless shelling of Kharkiv": a noun, not a participle)
        k, steps = i - 2, 0
        while k >= 0 and steps < 3:
            t = toks[k]
            if t.low in _EN_DETERMINERS or t.low in _EN_PREPS or t.text.isdigit() or t.low in _EN_NP_FILLERS:
                if t.low in ("'s", "’s", "s"):
                    return False
                for j in range(k - 1, max(-1, k - 7), -1):
                    if toks[j].text in (",", ";", ":") or toks[j].low in ("and", "or", "but"):
                        break
                    if toks[j].low in _EN_SENDING:
                        return False  # ("China sent a fleet of vessels blocking ...": the sender's own craft act for it)
                return True
            if any(a.tokens[0] <= k < a.tokens[1] for a in acts):  # "two Iraqi air bases", "at Chinese ports"
                k = min(a.tokens[0] for a in acts if a.tokens[0] <= k < a.tokens[1]) - 1
                steps += 1
                continue
            if not (t.text.isalpha() and t.text.islower()) or t.low in _AUX or t.low in _NOT_A_HEAD:
                return False
            k -= 1
            steps += 1
        return False

    def _after_mishap(self, toks: list[Token], i: int) -> bool:
        """The participle after the comma at i - 1 hangs on a finite verb of an accident ("crashed", "sank") that is
        the nearest verb before it in the same clause: no other trigger and no comma between."""
        for k in range(i - 2, max(-1, i - 13), -1):
            if toks[k].text in (",", ";", ":") or k in self._verbs:
                return False
            if toks[k].low in _EN_MISHAPS_FINITE:
                return True
        return False

    def _en_own_subject(self, toks: list[Token], acts: list[Act], i: int,
                        spans: list[tuple[int, int]] = ()) -> int | None:
        """The index of a subordinator ("after", "when", "because", ...) that opens the clause of the verb at i with a
        subject of its own naming no actor ("after a magnitude 7.3 earthquake struck", "when the talks collapsed"):
        the words between are a noun phrase — a determiner or number first, then lowercase words or numbers ending
        in a noun, no mention of any actor (`spans`: even one the actor stage could not place, "the foreign
        ministry"), no "two countries", no event word ("after an air strike killed", whose agent the sentence
        may well name), no comma or form of "be"/"have" — right before a past-tense verb. None when there is no
        such clause."""
        v = toks[i]
        if not (v.low.endswith("ed") or (v.lemma and v.lemma.lower() != v.low and not v.low.endswith(("s", "ing")))):
            return None  # ("after a phone call with Trump": a noun, not a verb with a subject of its own)
        by_lemma = self.lex["en"].by_lemma
        for k in range(i - 3, max(-1, i - 9), -1):
            if toks[k].low in _EN_SUBORDINATORS:
                seg = toks[k + 1:i]
                # a natural force needs no determiner and may be named: "after deadly earthquakes struck both
                # countries", "after Typhoon Haikui hit ..."
                force = seg[-1].low in _EN_NATURAL_FORCES or seg[0].low in _EN_NATURAL_FORCES
                if not (force or seg[0].low in _EN_DETERMINERS or seg[0].text.isdigit()) or seg[0].low == "that":
                    return None
                if any(not (t.text.replace("-", "").isalnum() or t.text == ".") or t.low in _AUX or t.low in _EN_PLURAL_SUBJECTS
                       or t.low in ("and", "or", "but", "nor")
                       or t.low in ("has", "have", "had", "two") or (t.text[:1].isupper() and not t.text.isdigit()
                                                                     and not force)
                       for t in seg[1:]):
                    return None
                last = seg[-1]
                if not last.text.isalpha() or last.low in _EN_DETERMINERS or last.low.endswith("ly") or any(
                        (t.lemma or t.low).lower() in by_lemma or t.low in by_lemma for t in seg):
                    return None
                lo, hi = seg[0].start, seg[-1].end
                if not force and any(a.tokens[1] == k and self._prep_before(toks, a, "en", 0) is None for a in acts):
                    # ("Germany after a short delay delivered ...": a phrase of time after the subject; not an object
                    # before it, "sent aid to the Philippines after a typhoon struck ...", nor a natural force)
                    return None
                if any(a.tokens[0] < i and a.tokens[1] > k for a in acts) or any(
                        s0 < hi and e0 > lo for s0, e0 in spans):
                    return None
                return k
            if not (toks[k].text.replace("-", "").isalnum() or toks[k].text == "."):
                return None
        return None

    def _passive_subject(self, toks: list[Token], acts: list[Act], p: Pattern, i: int, src: list[Act]) -> list[Act]:
        """The target of an English passive whose subject names no actor of its own: a nationality adjective in the
        subject ("Two Chinese fishing vessels were seized by ...", "An Israeli airstrike on Damascus was condemned
        by ..."), else the actors the subject noun's own phrase governs ("Flights from Russia were banned by ...",
        "Sanctions against Moscow, Minsk and Tehran were extended by London"); failing both, the target phrase
        after the verb ("New sanctions were imposed on Iran by the EU")."""
        subj = [a for a in acts if a.tokens[1] <= i and a not in src]
        adj = [a for a in subj if a.adj]
        if adj:
            return self._chain(adj, toks, _EN_LIST, i, before=True)
        if p.code[:2] in _SPEECH_ROOTS or p.code[:2] in _REACTION_ROOTS:
            return []  # "The attack on Kyiv was condemned by France": what is judged is the act, not its object
        gov = [a for a in subj if self._prep_before(toks, a, "en", 0) in _EN_SUBJECT_COMPLEMENT]
        if gov:
            first = min(gov, key=lambda a: a.tokens[0])
            return self._chain([a for a in subj if a.tokens[0] >= first.tokens[0]], toks, _EN_LIST,
                               first.tokens[0] - 1, before=False)
        for spec in p.target:
            if spec in ("obj", "by"):
                continue
            c = [a for a in acts if a.tokens[0] > i and a not in src and not a.loc
                 and self._prep_before(toks, a, "en", i + 1) == spec]
            if c:
                first = min(c, key=lambda a: a.tokens[0])
                return self._chain([a for a in acts if a.tokens[0] >= first.tokens[0] and a not in src and not a.loc],
                                   toks, _EN_LIST, first.tokens[0] - 1, before=False)
        return []

    def _enacted_by(self, toks: list[Token], after: list[Act], i: int) -> list[Act]:
        """The agent of an English event noun that is the subject of a passive verb of carrying an act out: the
        "by" phrase of "Sanctions against Moscow were extended by London", "The agreement on grain transit was
        signed by Poland and Ukraine", "Aid for Gaza was delivered by Jordanian planes" (not of a verb judging the
        act: "The attack was condemned by France")."""
        for k in range(i + 1, min(len(toks) - 2, i + 12)):
            t = toks[k]
            if t.text in (";", ":") or t.low in ("that", "which", "who") or (
                    t.text == "," and not toks[k + 1].text[:1].isupper()):
                return []  # (a comma in a list of names goes on: "against Moscow, Minsk and Tehran were ...")
            if t.low not in _AUX:
                continue
            v = k + 1
            while v < len(toks) - 1 and (toks[v].low in _AUX or toks[v].low.endswith("ly")):
                v += 1
            if (toks[v].lemma or toks[v].low).lower() not in _EN_ENACT or not toks[v].text.islower():
                return []
            by = next((b for b in range(v + 1, min(len(toks) - 1, v + 5)) if toks[b].low == "by"), None)
            if by is None:
                return []
            agents = [a for a in after if a.tokens[0] in (by + 1, by + 2) and not a.loc]
            if not agents:
                return []
            return self._chain([a for a in after if a.tokens[0] >= agents[0].tokens[0] and not a.loc], toks,
                               _EN_LIST, by, before=False)
        return []

    @staticmethod
    def _en_partner_after(toks: list[Token], acts: list[Act], i: int) -> bool:
        """A meeting noun that names its partner right after it ("after talks with his Afghan counterpart", "following
        talks between Ghana's president and ..."): a new event, not a time reference to one told before."""
        k = i + 1
        if k >= len(toks) or toks[k].low not in ("with", "between"):
            return False
        if i > 0 and (toks[i - 1].low in ("before", "until") or (i > 1 and toks[i - 2].low == "ahead")):
            return False  # "arrived in Beijing before talks with Chinese leaders": talks still to come, none held
        return any(not a.loc and k < a.tokens[0] <= k + 4 for a in acts)

    def _summoning_state(self, toks: list[Token], acts: list[Act], after: list[Act], before: list[Act],
                         i: int) -> tuple[list[Act], list[Act]]:
        """Who summons an envoy in an English passive with no "by" ("Poland's ambassador to Minsk was summoned to the
        Belarusian foreign ministry", "The Dutch ambassador in Beijing was summoned"): the state whose ministry the
        envoy is called to, else the state it is posted in ("in" / "to" right after the envoy's title); with the
        post's own mentions (no party summoned)."""
        for a in after:
            if not a.loc and a.m.country and a.tokens[0] <= i + 5 and self._prep_before(toks, a, "en", i + 1) == "to" \
                    and a.tokens[1] < len(toks) and toks[a.tokens[1] - 1].low in ("ministry", "office"):
                # (the post named with the envoy, "Russia's ambassador to Moldova", is the ministry's own state)
                return [a], [b for b in before if b.m.country == a.m.country and b is not a]
        envoy = next((a for a in before if a.tokens[1] < len(toks) and a.m.country and _sector(a.m) == "GOV"), None)
        if envoy is None:
            return [], []
        for a in acts:
            k = envoy.tokens[1]
            if a.m.country and a.m.country != envoy.m.country and toks[k].low in ("in", "to") \
                    and a.tokens[0] in (k + 1, k + 2) and a.tokens[0] < i and all(t.low == "the" for t in toks[k + 1:a.tokens[0]]):
                return [Act(_Virtual(a.m.country), a.start, a.tokens)], [a]
        return [], []

    @staticmethod
    def _en_spatial_before(toks: list[Token], a: Act, spec: str) -> bool:
        """Whether the actor `a` stands in the phrase of the spatial word `spec` ("around Taiwan", "off the coast
        of Japan", "near the Lithuanian border", "off Japan's coast"): the word right before it, past an article
        and a coast's or border's noun with its "of"."""
        k = a.tokens[0] - 1
        while k >= 0 and a.tokens[0] - k <= 5 and toks[k].low in _EN_SPATIAL_FILLERS:
            k -= 1
        return k >= 0 and toks[k].low == spec

    def _recalling_state(self, toks: list[Token], acts: list[Act], after: list[Act], before: list[Act],
                         i: int, own: bool = True) -> tuple[list[Act], list[Act]]:
        """Who recalls an envoy in an English passive with no "by", and from where ("Hungary's envoy was recalled
        from Kyiv", "The French ambassador to Mali was recalled on Monday"): the envoy's own state, from the state
        it is posted in ("to" / "in" right after the envoy's title, else "from" / "in" after the verb). No
        envoy of a named state: nothing. With `own` False, the envoy itself (not its state) comes first, for an
        expulsion whose source is the post."""
        envoy = next((a for a in sorted(before, key=lambda a: -a.tokens[0]) if a.m.country and not a.loc
                      and _sector(a.m) == "GOV" and self._prep_before(toks, a, "en", 0) not in ("to", "in", "from")),
                     None)
        if envoy is None:
            return [], []
        post = [a for a in acts if a.m.country and a.m.country != envoy.m.country and envoy.tokens[1] < a.tokens[0] < i
                and toks[envoy.tokens[1]].low in ("in", "to") and a.tokens[0] <= envoy.tokens[1] + 2]
        if not post:
            lim = i + 4 + 3 * any(t.low == "grata" for t in toks[i + 1:i + 6])  # ("declared persona non grata in")
            post = [a for a in after if a.m.country and a.m.country != envoy.m.country and a.tokens[0] <= lim
                    and self._prep_before(toks, a, "en", i + 1) in ("from", "in")]
        if not post:
            return [], []
        return [Act(_Virtual(envoy.m.country), envoy.start, envoy.tokens) if own else envoy], [
            Act(_Virtual(post[0].m.country), post[0].start, post[0].tokens)]

    def _custody_state(self, toks: list[Token], after: list[Act], i: int) -> list[Act]:
        """Who holds people arrested, detained or deported in an English passive with no "by": the state they
        are held in or sent from ("Two Lithuanian citizens have been detained in Belarus", "were deported from
        Saudi Arabia", "has been arrested in Russia")."""
        for a in after:
            if a.m.country and (a.loc or a.m.kind == "country") and a.tokens[0] <= i + 4 \
                    and self._prep_before(toks, a, "en", i + 1) in ("in", "from"):
                return [Act(_Virtual(a.m.country), a.start, a.tokens)]
        return []

    def _deployed_into(self, toks: list[Token], acts: list[Act], pairs: list[Any], lang: str) -> bool:
        """Whether every target of a deployment is the country the forces go into: governed right away by
        "to"/"in"/"into" (en), in the locative or after "į" (lt), not "near"/"along" a border or "prie"."""
        tg = [t_ for _s, t_, _c in pairs if t_ is not None]
        if not tg:
            return False
        for t_ in tg:
            a = next((a for a in acts if a.m is t_), None)
            if a is None or a.m.kind not in ("country", "city"):
                return False
            k = a.tokens[0] - 1
            if lang == "en":
                if k > 0 and toks[k].low == "the":
                    k -= 1
                if k < 0 or toks[k].low not in ("to", "in", "into"):
                    return False
            else:
                pb = self._prep_before(toks, a, "lt", 0)
                if not (pb == "į" or (pb is None and "LOC" in (a.m.cases or []))):
                    return False
        return True

    def _mediated_parties(self, sent: Sentence, toks: list[Token], acts: list[Act], i: int, own: list[Act]) -> list[Act]:
        """The parties of the joint-act noun a mediating compound modifies ("a Qatar-brokered deal between
        Congo and M23", "the China-brokered Saudi-Iran deal"): a "between" group after the noun, else the
        noun's hyphenated parties; the noun within three words of the compound."""
        lex = self.lex["en"]
        for j in range(i + 1, min(len(toks), i + 5)):
            if not any(q.pos == "noun" and q.symmetric for q in lex.by_lemma.get((toks[j].lemma or toks[j].low).lower(), ())):
                continue
            if j + 1 < len(toks) and toks[j + 1].low == "between":
                grp = [a for a in acts if a.tokens[0] > j + 1 and not a.loc and a not in own]
                grp = self._chain(grp, toks, _EN_LIST, j + 1, before=False)
                return grp if len({a.m.actor or a.m.country for a in grp}) >= 2 else []
            return [a for a in self._hyphen_parties(sent, toks, acts, j) if a not in own]
        return []

    @staticmethod
    def _en_compound_joined(toks: list[Token], k: int) -> bool:
        """The noun phrase a mediating compound at `k` opens ("a Russian-brokered deal") is what the clause
        subject joins: the object of a verb of agreeing, signing or meeting ("signed a Russian-brokered deal",
        "agreed to a Qatari-mediated ceasefire", "a war that ended with a Russian-brokered truce") or talks
        held then ("after EU-mediated talks"), not a deal only mentioned
        ("despite the Egyptian-brokered truce", "under the Qatari-mediated deal", "ignoring the ... deal")."""
        if not any((t.lemma or t.low).lower() in _EN_ACCORD_NOUNS | _EN_AGREEMENT_NOUNS for t in toks[k + 1:k + 5]):
            return True  # "after a day of EU-brokered talks": talks mediated then and there
        k -= 1
        while k >= 0 and toks[k].low in _EN_NP_OPENERS:
            k -= 1
        if k >= 0 and toks[k].low in ("to", "at", "in", "into", "on", "for", "with") and k > 0:
            k -= 1
        while k >= 0 and toks[k].low.endswith("ly") and toks[k].text.islower():
            k -= 1
        return k >= 0 and (toks[k].lemma or toks[k].low).lower() in _EN_JOIN_VERBS

    @staticmethod
    def _mediators_en(toks: list[Token], acts: list[Act]) -> set[int]:
        """Ids of the English actors written as a mediating compound ("Qatar-brokered", "U.S.-mediated")."""
        out = set()
        for a in acts:
            t = toks[a.tokens[1] - 1].low
            nxt = toks[a.tokens[1]].low if a.tokens[1] < len(toks) else ""
            nxt2 = toks[a.tokens[1] + 1].low if a.tokens[1] + 1 < len(toks) else ""
            if t.endswith(("-brokered", "-mediated")) or nxt.startswith(("-brokered", "-mediated")) or (
                    nxt in ("-", "–") and nxt2 in ("brokered", "mediated")):
                out.add(id(a))
        return out

    @staticmethod
    def _hyphen_parties(sent: Sentence, toks: list[Token], acts: list[Act], i: int) -> list[Act]:
        """The parties of a joint-act noun named by a hyphenated compound right before it, past up to three
        lowercase modifiers: "the India-China border talks", "the Biden-Putin summit", "the U.S.-Japan-South
        Korea summit", "Armenian-Azerbaijani border clashes" (two or more countries or organisations)."""
        k = i - 1
        n = 0
        while k > 0 and n < 3 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _EN_PREPS \
                and toks[k].low not in _EN_DETERMINERS and toks[k].low not in _LIST_CONJ:
            k -= 1
            n += 1
        last = [a for a in acts if a.tokens[1] == k + 1 and not a.loc and toks[k].end == a.m.end]
        if not last:
            return []
        group = [last[0]]
        cands = sorted((a for a in acts if not a.loc and a.m.end <= last[0].m.start), key=lambda a: -a.m.end)
        for a in cands:
            gap = sent.text[a.m.end - sent.start:group[0].m.start - sent.start]
            if gap in ("-", "–"):
                group.insert(0, a)
            elif a.m.end < group[0].m.start - 1:
                break
        if len(group) < 2 or len({a.m.country or a.m.actor for a in group}) < 2:
            return []
        return group

    def _listed_after_prep(self, toks: list[Token], acts: list[Act], a: Act, i: int) -> bool:
        """Whether an English actor continues a list whose first member a preposition governs ("from Japan,
        South Korea and China": South Korea is no object either)."""
        cur = a
        for _ in range(6):
            prev = [b for b in acts if b.tokens[1] <= cur.tokens[0] and b.tokens[0] > i]
            if not prev:
                return False
            b = max(prev, key=lambda x: x.tokens[1])
            gap = toks[b.tokens[1]:cur.tokens[0]]
            if not gap or not all(t.low in ("and", "or", ",", "the") for t in gap) or gap[-1].low == "the" and len(gap) == 1:
                return False
            if self._prep_before(toks, b, "en", i + 1) is not None:
                return True
            cur = b
        return False

    @staticmethod
    def _mutual(toks: list[Token], joint: bool = False) -> bool:
        """"each other", "one another", "each (side) ... the other('s)" (and with `joint`, "joint", "jointly",
        "together") in the sentence."""
        return any((t.low in ("each", "one") and k + 1 < len(toks) and toks[k + 1].low.startswith(("other", "another")))
                   or (t.low == "each" and any(toks[j].low == "the" and toks[j + 1].low.startswith("other")
                                                for j in range(k + 2, min(len(toks) - 1, k + 6))))
                   or (joint and t.low in ("joint", "jointly", "together")) for k, t in enumerate(toks))

    @staticmethod
    def _lt_mutual(toks: list[Token]) -> bool:
        """'vienas kitą', 'tarpusavyje', 'kartu', 'bendrai' in the sentence: co-subjects act on each other."""
        return any((t.low in _LT_ONE and k + 1 < len(toks) and toks[k + 1].low.startswith(("kit", "kitu")))
                   or t.low.startswith(("tarpusav", "abipus")) or t.low in ("kartu", "bendrai")
                   for k, t in enumerate(toks))

    @staticmethod
    def _between(toks: list[Token], a: Act, i: int) -> bool:
        return any(toks[j].low == "between" for j in range(a.tokens[0] - 1, i, -1))

    def _coref(self, sent: Sentence, toks: list[Token], lo: int, head: int, state: dict[str, Any],
               lang: str) -> list[Any]:
        lex = self.lex[lang]
        text = " ".join(t.low for t in toks[lo:head])
        pair = state.get("pair")
        last = state.get("last_subject")
        lp = state.get("last_person")
        if lp is not None and lp.m.country and any(
                (" " + text + " ").find(" " + ph + " ") >= 0 for ph in lex.coref_person_country):
            # "Jos šalis pripažino ...", "his country will ...": the country of the person last named
            return [_Virtual(lp.m.country)]
        if lang == "lt" and lo > 0 and toks[lo].low == "kad" and lo + 1 < head and toks[lo + 1].low in (
                "šalis", "valstybė"):
            # "prezidentas paskelbė, kad šalis pasitraukia ...": the speaker's country
            speakers = [m for m in state.get("_mentions", ()) if m.kind in ("person", "role") and m.role == "actor"
                        and m.country and m.end <= toks[lo].start]
            if speakers:
                return [_Virtual(speakers[-1].country)]
        if self._group_subject(toks, lo, head, state, lang):
            # "Ministrai sutarė ...", "Lyderiai pasirašė ...", "Vizito metu šalys ...": a plural title or "šalys"
            # with no country of its own opening the clause is the pair that acted jointly before
            if last and len({m.country for m in last if getattr(m, "country", None)}) == 2:
                return last
            if pair:
                return [_Virtual(c) for c in pair]
        k = head
        while lang == "en" and k > lo + 1 and head - k < 2 and toks[k - 1].low in _EN_SUBJ_FILLERS:
            k -= 1
        two = lang == "en" and k - lo >= 2 and toks[k - 2].low == "the" and toks[k - 1].low == "two"  # "the two agreed"
        if two or any(ph in text for ph in lex.coref_pair):
            # "abi šalys" / "both countries": the last subject naming two countries, else the main pair
            if last and len({m.country for m in last if m.country}) == 2:
                return last
            if pair:
                return [_Virtual(c) for c in pair]
            named = list(dict.fromkeys(m.country for m in state.get("_mentions", ())
                                       if m.country and m.role in ("actor", "nationality")))
            if lang == "en" and len(named) == 2:
                # "relations with Moscow, severed after the two countries fought": the two the sentence names
                return [_Virtual(c) for c in named]
        words = {t.low for t in toks[lo:head]}
        if lp is not None and lp.m.country and (lang == "en" or head - lo <= 4) and any(
                toks[k].low in lex.coref_singular and (k == 0 or toks[k - 1].text in (",", ";", "–", "—")
                                                       or toks[k - 1].low in _COREF_OPENERS)
                for k in range(lo, head)):
            # "He also urged Beijing ...", "Jis taip pat paragino ...": a singular pronoun opening the clause
            # is the person last named (or titled)
            return [lp.m]
        grp = self._en_counted_group(toks, lo, head, state, lang)
        if grp:
            return grp  # "The three countries said ...", "Trys šalys taip pat ..."
        if lang == "en" and state.get("last_it") is not None and self._en_it_subject(toks, lo, head):
            return [state["last_it"]]
        if words & lex.coref_plural:
            if lang == "en" and self._en_people_antecedent(sent, toks, lo, head, state):
                return []  # "Gangs control the capital. They have killed thousands": the people named, no country
            if lang == "lt" and state.get("last_plural"):
                return state["last_plural"]
            last = state.get("last_subject")
            if last:
                return last
            if pair:
                return [_Virtual(c) for c in pair]
        return []

    @staticmethod
    def _coordinated_partner(toks: list[Token], head: int, src: list[Any], state: dict[str, Any],
                             roots: frozenset[str] = _SHARED_PARTNER_ROOTS) -> list[Any]:
        """A verb coordinated by "and" / "ir" with an earlier verb of the same subject ("met his Philippine
        counterpart and signed an agreement", "susitiko su Lenkijos premjeru ir pasirašė sutartį"), naming no
        partner of its own: the partner of that earlier act. (Not after a comma: ", tarpininkaujant ES,
        derėjosi" closes a phrase whose act is another's.)"""
        k = head - 1
        while k > 0 and toks[k].low in _COORD_ADVERBS:
            k -= 1
        if k <= 0 or toks[k].low not in ("and", "ir", "bei"):
            return []
        if head + 1 < len(toks) and toks[head + 1].low == "of" or (
                toks[head].low.endswith("s") and not toks[head].low.endswith("ss")):
            return []  # "... and imports of Ukrainian grain": a noun, not a second verb
        mine = {getattr(x, "actor", None) for x in src} | {getattr(x, "country", None) for x in src}
        mine.discard(None)
        prev = [e for e in state.get("_sent_events", ()) if e.spans.get("trigger") and e.spans["trigger"][1]
                <= toks[k].start and e.target_actor and (e.source_actor in mine or e.source_country in mine) and not e.historical
                and e.modality != "hypothetical" and e.cameo[:2] in roots]
        # (only after a cooperative act: "blamed Iran and promised to respond" is a threat, not a pledge)
        if not prev:
            return []
        last = max(e.spans["trigger"][0] for e in prev)
        out: list[Any] = []
        seen: set[Any] = set()
        for e in prev:
            if e.spans["trigger"][0] != last or e.target_actor in seen:
                continue
            seen.add(e.target_actor)
            span = e.spans.get("target")
            m = next((m for m in state.get("_mentions", ()) if span and m.start == span[0] and m.end == span[1]), None)
            if m is None:
                m = _Virtual(e.target_country or e.target_actor)
                m.actor = e.target_actor
            out.append(m)
        return out

    @staticmethod
    def _group_subject(toks: list[Token], lo: int, head: int, state: dict[str, Any], lang: str) -> bool:
        """The clause opens with a plural title that names no country ("Ministrai", "Prezidentai", "Lyderiai",
        "The ministers") or, in Lithuanian, with a bare "šalys" (after nothing but a time phrase: "Vizito metu
        šalys ..."): a group standing for the two who met before."""
        if head <= lo or head - lo > 5:
            return False
        s0, s1 = toks[lo].start, toks[head].start
        for m in state.get("_mentions", ()):
            if s0 <= m.start < s1 and m.kind == "role" and not m.country and m.number == "Plur" \
                    and (m.sector == "GOV" or m.actor == "GOV"):
                k = next((j for j in range(lo, head) if toks[j].start == m.start), None)
                if k is not None and all(t.low in ("the", "two", "both") for t in toks[lo:k]):
                    return True
        if lang == "en" and toks[lo].low == "both" and lo + 1 < len(toks) and (
                toks[lo + 1].low in _COORD_ADVERBS or lo + 1 == head):
            return True  # "Both (also) condemned ...": the two named before
        if lang == "lt":
            k = next((j for j in range(lo, head) if toks[j].low == "šalys"), None)
            if k is not None and (k == lo or toks[k - 1].low == "metu" or toks[k - 1].text == ","):
                return True
        return False

    @staticmethod
    def _en_people_antecedent(sent: Sentence, toks: list[Token], lo: int, head: int, state: dict[str, Any]) -> bool:
        """An English "they / their / them" whose antecedent is a plural noun for people that names no country:
        in the same sentence before it ("Some 8.6 million people have fled their homes", "protested against the
        mine, which they say will poison rivers") or as the subject of the sentence before ("Gangs now control
        most of the capital. They have killed thousands")."""
        k = next((j for j in range(lo, head) if toks[j].low in ("they", "their", "them")), None)
        if k is None:
            return False
        ms = state.get("_mentions", ())
        for j in range(k - 1, -1, -1):
            t = toks[j]
            if t.low in _EN_PEOPLE_NOUNS and not any(m.start <= t.start < m.end for m in ms if m.country):
                return True
            if any(m.start <= t.start < m.end and m.role == "actor" and m.country for m in ms):
                return False  # a country or its people named nearer: the pronoun may be theirs
        return k == lo and state.get("en_people_subject", False)

    @staticmethod
    def _joint_subject(out: list[Event], state: dict[str, Any]) -> None:
        """Two countries that acted jointly in the sentence ("X's foreign minister and Y's envoy held talks"):
        what a later "both sides" / "they" refers to, when the sentence names no two-country subject."""
        dirs = {(e.source_country, e.target_country): e for e in out if e.source_country and e.target_country
                and not e.historical}
        joint = {tuple(sorted(k)) for k in dirs if (k[1], k[0]) in dirs and k[0] != k[1]}
        if len(joint) != 1:
            return
        a, b = next(iter(joint))
        last = state.get("last_subject") or []
        if {getattr(m, "country", None) for m in last} == {a, b}:
            return  # the pair is already the subject a later "they" takes (as named by its own subject)
        vs = []
        for c in (a, b):
            v = _Virtual(c)
            v.actor = dirs[(c, b if c == a else a)].source_actor or c
            vs.append(v)
        state["last_subject"] = vs

    @staticmethod
    def _en_it_subject(toks: list[Token], lo: int, head: int) -> bool:
        """'It' opening the clause of the verb at head as its subject: "Hours later, it launched hundreds of
        drones", "It urged Washington to ...", "It has also accused ..." (only auxiliaries and adverbs between;
        not the expletive "it is time to ...", nor "it" as an object)."""
        for k in range(lo, head):
            if toks[k].low != "it":
                continue
            if k > lo and toks[k - 1].text not in (",", ";") and toks[k - 1].low not in _COREF_OPENERS:
                return False
            return all(t.low in _EN_VERB_FILLERS and t.low not in ("is", "was", "were") or t.low.endswith("ly")
                       for t in toks[k + 1:head])
        return False

    @staticmethod
    def _en_counted_group(toks: list[Token], lo: int, hi: int, state: dict[str, Any], lang: str = "en") -> list[Any]:
        """'Spain, Ireland and Norway recognised ... Israel recalled its ambassadors to the three countries': a
        definite group counted by a number word ("the three countries", "all four governments") stands for the last
        subject that named exactly that many countries. Lithuanian has no article: a counted plural subject
        ("Lietuva, Latvija ir Estija ... Dieną prieš tai trys šalys atsijungė ...") is definite by itself."""
        for k in range(max(lo, 1 if lang == "en" else 0), min(hi, len(toks) - 1)):
            if lang == "lt":
                n = _LT_COUNT_WORDS.get(toks[k].low)
                if n is None or toks[k + 1].low not in _LT_PLURAL_STATE_NOUNS:
                    continue
                last = state.get("last_subject") or []
                named = {getattr(m, "country", None) for m in last} - {None}
                return list(last) if len(named) == n else []
            n = _EN_COUNT_WORDS.get(toks[k].low)
            if n is None or toks[k - 1].low not in ("the", "all", "these", "those") \
                    or toks[k + 1].low not in _EN_PLURAL_STATE_NOUNS:
                continue
            last = state.get("last_subject") or []
            named = {getattr(m, "country", None) for m in last} - {None}
            return list(last) if len(named) == n else []
        return []

    @staticmethod
    def _quote_speaker_it(ms: list[Any], qs: list[Quote], state: dict[str, Any]) -> None:
        """'"Taiwan is part of China," the Chinese foreign ministry said. It urged ...': an institution that
        spoke the sentence's first quote is what a later subject "it" stands for."""
        sp = qs[0].spans.get("speaker")
        m = next((m for m in ms if sp and [m.start, m.end] == sp), None)
        if m is not None and m.kind in ("country", "org", "city", "role") and m.number != "Plur" \
                and not (m.entity or "").startswith("person"):
            state["last_it"] = m

    @staticmethod
    def _en_it_antecedent(toks: list[Token], acts: list[Act]) -> Act | None:
        """What a later subject 'it' stands for: the sentence's subject when it is one country, organisation,
        capital or institution ("Vietnam lodged a protest ... It said ..."), or the speaker a closing attribution
        names ('"...," the Chinese foreign ministry said. It urged ...'); not a person ("he", "she") nor a plural
        group."""
        def fit(a: Act) -> bool:
            return not a.loc and not a.adj and a.m.role == "actor" and a.m.kind in ("country", "org", "city", "role") \
                and a.m.number != "Plur" and not (a.m.kind == "role" and a.m.entity and a.m.entity.startswith("person"))
        first = [a for a in acts if a.tokens[0] < 6 and fit(a) and (a.tokens[0] == 0 or toks[a.tokens[0] - 1].low
                                                                     not in _EN_PREPS)]
        if first and toks[0].text not in ('"', "“"):
            return first[0]
        said = [a for a in acts if fit(a) and a.tokens[0] > 0 and toks[a.tokens[0] - 1].text == ","]
        return said[0] if said else None

    def _track_subject(self, sent: Sentence, acts: list[Act], lang: str, state: dict[str, Any]) -> None:
        """The last subject naming two or more countries: what a later "jie" / "they" refers to."""
        if lang == "en":
            # "Gangs now control most of the capital.": people of no country as the subject, what "They" next means
            toks = sent.tokens
            state["en_people_subject"] = any(t.low in _EN_PEOPLE_NOUNS for t in toks[:3]) and not any(
                a.tokens[0] < 3 and not a.adj and a.m.country for a in acts)
            ante = self._en_it_antecedent(sent.tokens, acts)
            if ante is not None or acts:
                state["last_it"] = ante.m if ante is not None else None  # (a sentence naming others breaks the chain)
        subj = [a.m for a in acts if not a.loc and not a.adj and (
            (lang == "lt" and a.m.case == "NOM") or (lang == "en" and a.tokens[0] < 6 and not (
                # "Russia freed two American journalists": people counted after the verb are its object
                a.tokens[0] > 0 and (sent.tokens[a.tokens[0] - 1].text.isdigit()
                                     or sent.tokens[a.tokens[0] - 1].low in _EN_SMALL_NUMBERS))))]
        if len({m.country for m in subj if m.country}) >= 2:
            state["last_subject"] = subj
            state["last_plural"] = None
        elif lang == "lt":
            # "Į Haitį atvyko 400 Kenijos policininkų. Jie padės ...": a plural group of one country as the
            # subject (in the nominative, or a genitive after a number) is what a later "jie" refers to
            toks = sent.tokens
            plural = [a.m for a in acts if not a.loc and a.m.country and a.m.kind == "role" and a.m.number == "Plur"
                      and (a.m.case == "NOM" or ("GEN" in (a.m.cases or []) and self._after_quantity(toks, a)))]
            if plural:
                state["last_plural"] = plural[:1]

    # ------------------------------------------------------------------------------- context
    @staticmethod
    def _attribution_start(toks: list[Token], lex: Lexicon, last_comma: int) -> int | None:
        """Token index of the comma opening a closing attribution (", Egyptian officials said on Tuesday"):
        a speech verb within eight words after the last comma, and no quotation there."""
        if last_comma < 0:
            return None
        tail = toks[last_comma + 1:]
        if tail and tail[0].text.islower() and tail[0].low.endswith("ing"):
            # "..., Amnesty International said on Sunday, urging ...": the attribution before a closing participle
            pc = next((k for k in range(last_comma - 1, -1, -1) if toks[k].text == ","), -1)
            if pc >= 0 and toks[pc + 1].low not in ("which", "who") and not any(
                    t.text == '"' for t in toks[pc + 1:last_comma]) and any(
                    (t.lemma or t.text).lower() in lex.speech_verbs or t.low in lex.speech_verbs
                    for t in toks[pc + 1:last_comma][:8]):
                return pc
        if any((t.lemma or t.text).lower() in lex.speech_verbs or t.low in lex.speech_verbs for t in tail[:8]) \
                and not any(t.text == '"' for t in tail):
            return last_comma
        return None

    def _attribution(self, toks: list[Token], acts: list[Act], lex: Lexicon, last_comma: int) -> set[str]:
        """Countries of whoever the sentence's last clause attributes it to ("..., X said"); `last_comma`:
        the token index of the sentence's last comma (-1: none)."""
        if last_comma < 0:
            return set()
        tail = toks[last_comma + 1:]
        if not any((t.lemma or t.text).lower() in lex.speech_verbs or t.low in lex.speech_verbs
                   for t in tail):
            return set()
        return {a.m.country or a.m.actor for a in acts if a.tokens[0] > last_comma and not a.adj} - {None}

    @staticmethod
    def _not_ruled_out(sent: Sentence, toks: list[Token], i: int, lex: Lexicon, low_text: str | None) -> str | None:
        """A possibility left open ("did not rule out talks with Pyongyang", "neatmetė galimybės susitikti"): the
        phrase itself is no rejection ("self": the trigger lies in it), and an act after it in its clause is a
        possibility, coded hypothetical ("before"), not negated. None: no such phrase before the trigger."""
        if lex.not_ruled_out_re is None:
            return None
        low = sent.text.lower() if low_text is None else low_text
        at = toks[i].start - sent.start
        for m in lex.not_ruled_out_re.finditer(low):
            if m.start() <= at < m.end():
                return "self"
            if m.end() <= at and not any(c in low[m.end():at] for c in ".;:"):
                return "before"
        return None

    @staticmethod
    def _lt_future(tok: Token, lex: Lexicon, negated: bool = False) -> bool:
        """A Lithuanian 3rd person future (surengs, perduos); `negated`: the form carries the negation
        prefix (nesiųs), which is stripped before the check."""
        w, lem = tok.low, tok.lemma or ""
        if negated:
            if not (lex.negation_prefix and w.startswith(lex.negation_prefix)):
                return False
            w = w[len(lex.negation_prefix):]
            lem = lemmatize(w, "lt").lower()
        if w.endswith("us") and w != lem[:-2] + "s" and not lem.endswith("būti"):
            return False  # a past adverbial participle ("Lietuvai uždarius sieną", "įvedus"), not "gaus", "bus"
        return bool(lex.future_suffixes) and w.endswith(tuple(lex.future_suffixes)) and (
            not w.endswith(_LT_NOT_FUTURE) or Events._lt_future_in_is(w, lem)) and lem.endswith(
            ("ti", "tis")) and w != lem

    @staticmethod
    def _lt_future_in_is(w: str, lem: str) -> bool:
        """Future forms that end in -is or -ės, which the participle and noun endings would otherwise exclude: the
        reflexive future (keisis, lankysis, derėsis), the -yti verbs with a short future stem (įsigyti → įsigis)
        and the -ėti verbs (pradėti → pradės)."""
        return (w.endswith("sis") and not w.endswith("ęsis")) or (lem.endswith("yti") and w == lem[:-3] + "is") or (
            lem.endswith("ėti") and w == lem[:-3] + "ės")  # (pradėti → pradės, turėti → turės: not a genitive)

    @staticmethod
    def _lt_time_noun_ahead(toks: list[Token], head: int, lex: Lexicon) -> bool:
        """A Lithuanian event noun governed by "po" / "per" (after, during) that has not happened yet: a future
        participle before it ("po rytoj vyksiančio susitikimo") or, with no other tense of its own, the future
        verb of its clause ("Po susitikimo su Japonijos premjeru prezidentas lankysis Kinijoje"): what happens
        after or during the meeting is still ahead, and so is the meeting."""
        j = next((j for j in range(head - 1, max(-1, head - 5), -1) if toks[j].low in ("po", "per")), None)
        if j is None or not all(t.text.isalpha() and t.text.islower() for t in toks[j + 1:head]):
            return False
        if any(t.low.startswith(("vyksianč", "įvyksianč", "būsim", "numatyt", "planuojam", "artėjanč"))
               or "sianč" in t.low for t in toks[j + 1:head]):
            return True
        for k in range(head + 1, min(len(toks), head + 12)):
            t = toks[k]
            if t.text in (",", ";", ":", "–", "—") or t.low in ("ir", "kad", "jog"):
                return False
            if t.text.isalpha() and t.text.islower() and (t.lemma or "").lower().endswith(("ti", "tis")) \
                    and t.low != (t.lemma or "").lower():
                return Events._lt_future(t, lex)  # (the clause's first verb form decides)
        return False

    def _modality(self, sent: Sentence, toks: list[Token], head: int, i: int, lex: Lexicon, neg: bool,
                  intended: bool, lang: str, verb: bool = True, low_text: str | None = None) -> str:
        window = [t.low for t in toks[max(0, head - 4):head]]
        if neg or any(w in lex.negators for w in window) or (lang == "en" and any(
                w in lex.negators for w in [t.low for t in toks[head:i]])) or (
                lang == "lt" and not verb and self._lt_noun_negated(toks, head)):
            return "negated"
        pre = [t.low for t in toks[:head]]
        # "Poland said it would stop arms deliveries, and Ukraine accused Warsaw of betrayal": a modal of an
        # earlier clause coordinated with its own subject does not reach the later verb
        cut = _en_own_clause_start(toks, head) if lang == "en" else 0
        if lang == "en":
            cut = max(cut, _en_past_after_modal(toks, head))
        hyp = [k for k, w in enumerate(pre) if w in lex.hypothetical and k >= cut and not (
            lang == "lt" and w.startswith(("svarst", "apsvarst")) and any(
                toks[x].text in (",", ";") and (toks[x + 1].low in ("o", "bet", "tačiau") or toks[x + 1].text[:1].isupper())
                for x in range(k + 1, head - 1)))]  # ("svarsto ..., o Lenkija jau įvedė sankcijas": a clause of its own)
        reported_future = [k for k in hyp if pre[k] in ("would", "būtų") and any(
            lemmatize(w, lang).lower() in lex.speech_verbs for w in pre[max(cut, k - 5):k])]
        # "will impose ... if Russia invades"; not a condition of a participle clause after a comma ("signed a
        # pact, pledging to come to each other's aid if either is attacked")
        c = next((k for k in range(i + 1, len(toks)) if toks[k].low in _CONDITIONS), None)
        post_if = c is not None and not (lang == "en" and any(
            toks[k].text == "," and toks[k + 1].low.endswith("ing") for k in range(i + 1, c - 1)))
        if lang == "en" and toks and toks[-1].text == "?":
            # "Could China blockade Taiwan?", "Q&A: Can Ukraine win the war against Russia?": a question asserts nothing
            first = next((k + 1 for k in range(head - 1, -1, -1) if toks[k].text in (":", "—", "–")), 0)
            if first < head and toks[first].low in _EN_QUESTION_OPENERS:
                return "hypothetical"
        if [k for k in hyp if k not in reported_future] or post_if or (
                lang == "lt" and verb and toks[head].low.endswith("tų")) or (lang == "lt" and self._lt_question(toks, head)):
            return "hypothetical"
        if reported_future:
            return "intended"
        low = sent.text.lower() if low_text is None else low_text
        if lex.reported_re is not None and lex.reported_re.search(low):
            return "reported"
        if intended:
            return "intended"
        if lang == "lt" and verb and self._lt_future(toks[head], lex):
            return "intended"  # 3rd person future: surengs, susitiks, perduos, pasirašys
        if lang == "lt" and not verb and self._lt_time_noun_ahead(toks, head, lex):
            return "intended"  # "Po rytoj vyksiančio susitikimo su ... prezidentas lankysis Kinijoje"
        if lang == "en":
            before = " ".join(t.low for t in toks[max(0, head - 5):head])
            fm = list(lex.future_re.finditer(before)) if lex.future_re is not None else []
            if fm and (fm[-1].group(0).startswith(("next", "later", "upcoming")) or not any(
                    w in _EN_PREPS for w in before[fm[-1].end():].split() if w != "to")):
                # "plans to normalise relations at EU-mediated talks": the talks are not what is planned
                return "intended"
            if head >= 2 and toks[head - 1].text == "to" and toks[head - 2].text[:1].isupper() \
                    and self._headline_subject(toks, head - 2) and not (
                        toks[head - 2].low in _EN_CALENDAR and (toks[head].lemma or toks[head].low).lower()
                        in _EN_DONE_BY_COMING and not any(
                            (t.lemma or t.low).lower() in lex.intent_verbs for t in toks[:head - 2]) and not (
                            lex.future_re is not None and lex.future_re.search(
                                " ".join(t.low for t in toks[:head - 2])))):
                # ("arrived in Vilnius on Wednesday to thank Lithuania": a day before the infinitive of a purpose
                # is no headline's plan; "agreed at Camp David on Friday to hold exercises" is a plan)
                return "intended"  # headline style: "Germany to send tanks to Ukraine"
            if self._headline(toks) and any(
                    toks[k].text == "to" and toks[k - 1].text[:1].isupper() and toks[k + 1].text.islower()
                    and self._headline_subject(toks, k - 1) for k in range(1, head - 1)):
                # the rest of a headline's plan: "Kenya, Ethiopia to launch joint border patrols", "Saudi
                # Arabia, Iran to restore ties in China-brokered deal"
                return "intended"
        return "asserted"

    @staticmethod
    def _headline_subject(toks: list[Token], k: int) -> bool:
        """Is the capitalised word at `k` (before "to" + verb) the subject of a headline ("Germany to send tanks",
        "Japan, South Korea to hold talks", "Exclusive: U.S. to ease sanctions")? Not when it is the object of a
        verb before it: "..., prompting Athens to summon the Iranian ambassador", "asked Germany to send tanks"
        (the caused act happened, or is the content of the request, not the subject's plan). A day or month
        is no object: "agreed at Camp David on Friday to hold exercises" stays a plan."""
        if toks[k].low in _EN_CALENDAR:
            return True
        j = k
        while j >= 0 and (toks[j].text[:1].isupper() or toks[j].text in (",", "'s", "’s", ".", "-", "and", "&")
                          or toks[j].low in ("of", "the")):
            j -= 1
        return j < 0 or toks[j].text in (":", "—", "–", "|", '"', "“", "‘", "'")

    @staticmethod
    def _lt_noun_negated(toks: list[Token], head: int) -> bool:
        """A Lithuanian noun trigger whose verb of happening is negated ('susitikimas šiemet neįvyks', 'derybos
        nevyko') or that is put off or called off ('susitikimas atidėtas'): the event did not or will not take
        place."""
        for k in range(head - 1, max(-1, head - 5), -1):
            if toks[k].low == "po":
                return False  # "Švedija po Turkijos protesto atšaukė renginį": the act the main verb answers
            if not toks[k].text.isalpha() or toks[k].low in _LT_CLAUSE:
                break
        for j in range(head + 1, min(len(toks), head + 9)):
            t = toks[j]
            if (t.text.isalpha() and t.text[:1].isupper() and j > head + 1) or (
                    t.low == "kol" and j + 1 < len(toks) and toks[j + 1].low == "kas"):
                continue  # "derybų tarp Rusijos ir Ukrainos kol kas nėra": the names of the noun's own phrase
            if not (t.text.isalpha() and t.text.islower()) or t.low in _LT_CLAUSE or (j > head + 4 and not any(
                    w.text[:1].isupper() for w in toks[head + 1:j])):
                return False
            if t.low in ("nėra", "nebus", "nebuvo") or t.low.startswith("nebuvim"):
                return True  # "derybų kol kas nėra", "sutarties nebuvimas": the event does not exist
            if t.low.startswith("ne") and lemmatize(t.low[2:], "lt").lower() in ("vykti", "įvykti", "būti"):
                return True
            if t.low.startswith(("atidėt", "atidėj", "atšaukt", "atšauk")):
                return True  # "susitikimas atidėtas", "vizitas atšauktas": called off
        return False

    @staticmethod
    def _lt_question(toks: list[Token], head: int) -> bool:
        """A Lithuanian question ('... ?') or a clause opened by 'ar' (whether) at the start or after a comma
        ('Ar Vokietija perduos ...', 'neaišku, ar ... susitars'): asked, not asserted."""
        if toks and toks[-1].text == "?" and not any(t.text in ("„", "“", '"') for t in toks):
            return True
        for k in range(head - 1, -1, -1):
            if toks[k].low == "ar" and (k == 0 or toks[k - 1].text == ","):
                return True
            if toks[k].text in (",", ";", ":"):
                return False
        return False

    def _history(self, sent: Sentence, lex: Lexicon, adate: date | None,
                 low: str | None = None) -> tuple[bool, str | None]:
        low = sent.text.lower() if low is None else low
        year = None
        pat = _YEAR if lex.lang == "lt" else _EN_YEAR
        for m in (pat.finditer(sent.text) if _HAS_DIGIT(sent.text) else ()):
            if lex.lang == "lt" and not m.group(0)[4:].strip():
                continue  # a bare number, not "1945 m." / "1945 metais"
            if _first_since(sent.text, m.start(1)):
                continue
            y = int(m.group(1))
            if adate is None or y < adate.year - 1:
                year = y
                break
        if year is None and lex.lang == "en" and adate is not None:
            year = self._en_past_year(sent.text, adate)
        if year is not None:
            return True, str(year)
        if lex.history_re is not None and lex.history_re.search(low):
            return True, None
        return False, None

    @staticmethod
    def _en_past_year(text: str, adate: date) -> int | None:
        """A background paragraph dated to an earlier year than the article's: "In 2023 Poland closed its
        crossings", "Sweden applied to join NATO in May 2022", "Russia invaded Ukraine on February 24, 2022",
        "during the 1990s". A bare "last year" stays news; the year has to be written out (the older rule wants it
        two years back, as "in 2023" in a January 2024 article may still be news; a month or a day before it, or a
        decade, makes it a dated past act)."""
        if not _HAS_DIGIT(text):
            return None
        for m in _EN_PAST_DATE.finditer(text):
            if m.group(1).lower() == "since" and _first_since(text, m.end(1) + 1):
                continue
            if m.group("dec"):
                if int(m.group("dec")) < adate.year - 9:
                    return int(m.group("dec"))
                continue
            y = int(m.group("y"))
            if y < adate.year and (m.group("mon") or y < adate.year - 1 or m.group(1).lower() in ("in", "during")):
                return y
        return None

    def _lt_background(self, art: Article, si: int, adate: date | None, depth: int = 0) -> bool | str:
        """Lithuanian background that carries no year before last year: a reminder ("Primename, kad ..."),
        last year ("pernai", "praėjusiais metais", "jau anksčiau"), a dated year that is the article's last one
        ("2023 m. spalį", "Dar 2023 m." in a 2024 article, but not "per 2023 m. krizę", a year that dates a
        noun), "dar" before a date ("dar gruodžio 7 d.", "dar praėjusią savaitę"), the frequentative past
        ("Maskva ne kartą atsakydavo ..."), and a time anaphor ("Tada", "Tuomet", "Tais metais", "Vėliau") after
        a background sentence of the same paragraph."""
        sent = art.sentences[si]
        low = sent.text.lower()
        if _LT_BACKGROUND.search(low) or _LT_DAR_DATE.search(low):
            return True
        if adate is not None and _HAS_DIGIT(low):
            for m in _LT_DATED_YEAR.finditer(low):
                if _first_since(low, m.start(2)):
                    continue
                if int(m.group(2)) < adate.year and not (m.group(1) and not m.group(3)):
                    return m.group(2)  # (the year dates the act: its event date)
        if "davo" in low and any(self._lt_frequentative(t) for t in sent.tokens):
            return True  # the frequentative past ("atsakydavo", "grasindavo"): a habit of the past
        if depth < 3 and si > 0 and _LT_THEN.search(low) and art.sentences[si - 1].paragraph == sent.paragraph:
            prev = art.sentences[si - 1]
            return self._history(prev, self.lex["lt"], adate)[0] or self._lt_background(art, si - 1, adate, depth + 1)
        return False

    @staticmethod
    def _lt_frequentative(t: Token) -> bool:
        """The frequentative past is the infinitive stem + "-davo" ("atsakyti" → "atsakydavo"); the plain past of
        "-uoti" verbs only ends alike ("likviduoti" → "likvidavo")."""
        lem = t.lemma or ""
        if not t.low.endswith(("davo", "davosi")) or not lem.endswith(("ti", "tis")):
            return False
        stem = lem[:-3] if lem.endswith("tis") else lem[:-2]  # (a stem of four letters or more: not "malti")
        return len(stem) > 3 and t.low.endswith(stem + ("davosi" if lem.endswith("tis") else "davo"))

    def _event_date(self, sent: Sentence, lex: Lexicon, adate: date | None, low: str | None = None,
                    ahead: bool = False) -> date | None:
        """The date a day word gives ("on Friday", "vakar"): a weekday is the last one on or before the article date,
        or with `ahead` (a future act: "will meet on Friday") the next one on or after it; `ahead` gives None when
        the day word is no weekday."""
        if adate is None:
            return None
        m = lex.day_re.search(sent.text.lower() if low is None else low) if lex.day_re is not None else None
        if m is None:
            return None
        kind, n = lex.day_words[m.group(1)]
        if ahead:
            return adate + timedelta(days=(n - adate.weekday()) % 7) if kind == "weekday" else None
        return _weekday_date(adate, n) if kind == "weekday" else adate + timedelta(days=n)

    @staticmethod
    def _future_verb(toks: list[Token], i: int, lang: str) -> bool:
        """The verb at `i` is in the future: "will meet", "is expected to visit", "is due to sign"; Lithuanian
        future forms ("susitiks", "lankysis", "pasirašysime")."""
        if lang == "en":
            if any(toks[k].low in ("will", "'ll", "shall") for k in range(max(0, i - 4), i)):
                return True
            return i >= 2 and toks[i - 1].low == "to" and toks[i - 2].low in _EN_FUTURE_TO
        t = toks[i]
        lem = (t.lemma or "").lower()
        if lem.endswith("tis"):
            return t.low in (lem[:-3] + "sis", lem[:-3] + "simės", lem[:-3] + "sitės")
        if lem.endswith("ti"):
            return t.low in (lem[:-2] + "s", lem[:-2] + "sime", lem[:-2] + "site")
        return False

    @staticmethod
    def _lt_topic_places(toks: list[Token], ms: list[Any]) -> list[Any]:
        """The mentions less the places inside what a verb of discussion is about: "aptarė Rusijos karinę veiklą
        Kaliningrado srityje" tells where the activity discussed is, not where the ministers met ("susitiko Rygoje ir
        aptarė ..." keeps Riga). A place counts as the topic's when a discussion verb stands before it in its clause
        with a word of its object between them."""
        out = []
        for m in ms:
            k = next((n for n, t in enumerate(toks) if t.start >= m.start), None)
            topic = False
            if m.role == "location" and k is not None:
                for v in range(k - 1, max(-1, k - 8), -1):
                    if toks[v].text in (",", ";", ":", "–", "—") or toks[v].low in ("ir", "bei", "o", "kur", "kai"):
                        break
                    if (toks[v].lemma or "").lower() in _LT_TOPIC_VERBS:
                        # (a city after a topic that names no state of things there is where they met: "aptarė ginklų
                        # kontrolę Ženevoje"; "aptarė padėtį Charkive" is the topic's)
                        topic = v < k - 1 and not (m.kind == "city" and not toks[k - 1].low.startswith(_LT_SITUATION))
                        break
            if not topic:
                out.append(m)
        return out

    @staticmethod
    def _location(ms: list[Any]) -> tuple[str, str | None] | None:
        if not any(m.role == "location" for m in ms):
            return None
        from .actordict import load

        ents = load().entities
        for m in ms:
            if m.role == "location" and m.entity in ents:
                return ents[m.entity].name, m.country
        return None

    @staticmethod
    def _in_quote(sent: Sentence, pos: int) -> bool:
        if not _has_quote(sent.text):
            return False
        rel = pos - sent.start
        return any(q.start(_qg(q)) <= rel < q.end(_qg(q)) for q in _QUOTE.finditer(sent.text))

    # ------------------------------------------------------------------------------- quotes
    def _quotes(self, art: Article, si: int, sent: Sentence, ms: list[Any], lex: Lexicon,
                state: dict[str, Any]) -> list[Quote]:
        out: list[Quote] = []
        if not _has_quote(sent.text):
            return out
        for q in _QUOTE.finditer(sent.text):
            g = _qg(q)
            qs, qe = sent.start + q.start(g), sent.start + q.end(g)
            after = sent.text[q.end():]
            before = sent.text[:q.start()]
            speaker = None
            # attribution after the quote ("…“, – F.Kishida sakė"), else before ("X sakė: „…“");
            # a quoted name or term with no speech verb around it is not a quote
            after_seg = re.split(r"[„“\"«]", after, maxsplit=1)[0]
            before_seg = re.split(r"[“”\"»]", before)[-1]
            aw = set(re.findall(r"\w+", after_seg.lower()))
            bw = set(re.findall(r"\w+", before_seg.lower()))
            head_words = set(re.findall(r"\w+", after_seg.lower())[:8])
            said_after = self._speech(head_words, lex) and (
                re.match(r"^[\s,.!?]*[–—-]|^\s*,", after_seg) is not None or q.group(g).rstrip().endswith((",", ".", "!", "?")))
            said_before = self._speech(bw, lex) and before_seg.rstrip().endswith((":", ","))
            if not (said_after or said_before):
                continue
            if said_after:
                cands = [m for m in ms if qe <= m.start < sent.start + q.end() + len(after_seg)
                         and m.role == "actor" and m.kind in ("person", "role", "country", "org", "city")]
                if cands:
                    speaker = cands[0]
                elif aw & lex.coref_singular:
                    lp = state.get("last_person")
                    speaker = lp.m if lp else None
            else:
                cb = [m for m in ms if m.end <= qs and m.role == "actor"]
                if cb:
                    speaker = cb[-1]
                elif bw & lex.coref_singular:
                    lp = state.get("last_person")
                    speaker = lp.m if lp else None
            out.append(Quote(art.id, si, q.group(g).strip(), speaker.text if speaker else None,
                             speaker.actor if speaker else None, speaker.entity if speaker else None,
                             {"quote": [qs, qe], "speaker": [speaker.start, speaker.end] if speaker else None}))
        return out

    def _quote_statements(self, art: Article, si: int, sent: Sentence, ms: list[Any], quotes: list[Quote],
                          adate: date | None, coded: list[Event]) -> list[Event]:
        """A quoted speaker talking about another country makes a statement about it (CAMEO 010):
        „… naują skyrių Japonijos ir Rusijos santykiuose“, – F.Kishida sakė → JPNGOV → RUS."""
        out: list[Event] = []
        for q in quotes:
            if not q.speaker_actor or not q.spans.get("speaker"):
                continue
            sp = next((m for m in ms if [m.start, m.end] == q.spans["speaker"]), None)
            if sp is None:
                sp = next((m for m in art.mentions if [m.start, m.end] == q.spans["speaker"]), None)
            if sp is None or not sp.country:
                continue
            qs, qe = q.spans["quote"]
            about = [m for m in ms if qs <= m.start < qe and m.country and m.country != sp.country
                     and m.role in ("actor", "nationality")]
            code = "111" if about and self._quote_blames(q.text, art.lang or "") else "010"
            if art.lang == "en" and code == "111" and _EN_QUOTE_NEG.search(q.text):
                code = "010"  # ('"Iran's programme is not illegal," the minister said': a defence, no criticism)
            if art.lang == "lt":
                towns = {m.start for m in about if m.kind in ("city", "place") and not (m.actor or "").endswith("GOV")}
                about = [m for m in about if m.start not in towns and not self._lt_quote_told(m, sp.country, si, coded, code)]
            seen: set[str] = set()
            # '"The regime is waging a hybrid attack on our country," the president said': the speaker says
            # another did violence or coercion (the act coded inside the quote): an accusation (112), as
            # "said (that) Y attacked" is (_claimed_harm)
            harm = {e.source_country for e in coded if e.sentence_index == si and e.cameo[:2] in _FORCE_ROOTS
                    and e.modality in ("asserted", "reported") and not e.historical and e.spans.get("trigger")
                    and qs <= e.spans["trigger"][0] < qe} if art.lang == "en" and _EN_QUOTE_OWN.search(q.text) else set()
            # (only when the speaker speaks of the harm done to its own side, "against our country"; a closing
            # attribution of a report of the act, '"Russia launched drones at Ukraine," the air force said',
            # names its source, no accusation: guide §6)
            for m in about:
                if m.country in seen or any(e.sentence_index == si and e.source_country == sp.country
                                            and e.target_country == m.country for e in coded):
                    continue
                seen.add(m.country)
                mc = code
                if art.lang == "en" and code == "111" and re.search(
                        r"\b(?:against|on|for|over|with)\s+(?:the\s+)?$", sent.text[max(0, m.start - sent.start - 14):m.start - sent.start]):
                    mc = "010"  # ('"Sanctions against Russia are illegal"': the verdict is on those who impose them)
                out.append(Event(
                    article=art.id, sentence_index=si, sentence=sent.text, source_actor=sp.actor,
                    source_country=sp.country, target_actor=m.country, target_country=m.country,
                    cameo="112" if m.country in harm else mc,
                    modality="asserted", historical=False, date=art.date, location=None, rule="quote-statement",
                    spans={"source": [sp.start, sp.end], "target": [m.start, m.end], "trigger": [qs, qe]},
                    confidence=0.6, source_entity=sp.entity, target_entity=m.entity, lang=art.lang))
        return out

    @staticmethod
    def _lt_quote_told(m: Any, speaker: str, si: int, coded: list[Event], code: str) -> bool:
        """Is a country named in a Lithuanian quote no new statement's target? (A town or region that is no
        capital, and its people, are a place: "„Bučos žudynės ...“", "kiekvieną Gazos gyventoją"; see the
        caller.) A quote after the speaker's own appeal, demand or criticism of that country told before ("paprašė Kinijos
        bendradarbiauti. „Tikimės, kad Kinija ...“, – sakė jis") says that act's words again, as one after the
        other country's act on the speaker's ("Kinija įvedė muitus ... „Kinija suklydo“, – rašė Trumpas") is
        the reaction to it, coded by its kind when at all, not a plain remark (010)."""
        if code != "010":
            return False  # (words that blame are a criticism of their own: "„Tai provokacija“, – sakė ...")
        pair = {speaker, m.country}
        told = [e for e in coded if e.sentence_index < si and {e.source_country, e.target_country} == pair]
        own = {e.cameo[:2] for e in told if e.source_country == speaker}
        if own & {"01", "02", "10", "11", "12", "13"}:
            return True
        return any(e.source_country == m.country and e.cameo[:2] not in own for e in told)

    def _quote_blames(self, text: str, lang: str) -> bool:
        """'„Izraelio operacija Gazoje yra neproporcinga“, – sakė ...', '„Rusija kelia grėsmę Europai“': a
        quoted remark about a country in the words that make a naming a criticism ("pavadino ... nepriimtinu,
        grėsme") criticises it (111), not a plain statement (010). Lithuanian only."""
        if lang == "en":
            # (English: the verdicts of "said the move was illegal", the lexicon's judgement_words)
            jw = self.lex["en"].judgement_words
            return bool(jw) and any(w.startswith(jw) for w in re.findall(r"\w+", text.lower()))
        if lang != "lt":
            return False
        pats = self.lex["lt"].by_lemma.get("pavadinti", ())
        words = next((q.with_ for q in pats if q.code == "111" and q.with_), ())
        if not words:
            return False
        exact, prefix = _with_matchers(tuple(words) + ("neproporcing", "blokuoj"))
        return any(w in exact or (prefix is not None and w.startswith(prefix)) for w in re.findall(r"\w+", text.lower()))

    def _speech(self, words: set[str], lex: Lexicon) -> bool:
        lang = lex.lang
        return any(lemmatize(w, lang).lower() in lex.speech_verbs or w in lex.speech_verbs for w in words)


_EN_QUOTE_NEG = re.compile(r"\b(?:not|never|no|nothing)\b|n't|n’t", re.I)
_EN_QUOTE_OWN = re.compile(r"\b(?:we|us|our|ours|my|me)\b", re.I)


_EN_TALK_NOUNS = frozenset({"talks", "dialogue", "negotiations"})
_EN_STEM_ENDINGS = frozenset({"", "e", "es", "ed", "ing", "ement", "ements", "ion", "ate", "ated", "ates", "ating",
                              "ation", "ied", "ies", "y", "ying"})


def _en_stem_word(w: str, stems: tuple[str, ...]) -> bool:
    """Is w one of the words (or a stem of it with an inflection: "improv" -> "improving", "worr" -> "worried")?
    Whole words only: "goods" is no "good", "lower" no "low", "source" no "sour"."""
    return any(w.startswith(s) and w[len(s):] in _EN_STEM_ENDINGS for s in stems)


class _Virtual:
    """A participant found through coreference (no span of its own)."""

    __slots__ = ("actor", "country", "entity", "start", "end", "kind", "case")

    def __init__(self, country: str):
        self.actor = country
        self.country = country
        self.entity = f"country:{country.lower()}"
        self.start = None
        self.end = None
        self.kind = "country"
        self.case = "NOM"


register("events", Events)
