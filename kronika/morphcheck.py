"""Measure the Lithuanian declension generator against two references (used by eval and benchmarks).

1. A Hunspell morphology dictionary (Semantika2, ../shared/data/lt-morphology): share of generated
   forms that the reference accepts with the same case and number, over the words whose nominative
   the reference knows. A tiny Hunspell reader (FLAG num, AF/AM aliases, SFX rules) expands only
   noun, name and adjective entries.
2. A treebank (UD Lithuanian ALKSNIS, ../shared/data/ud-lt-alksnis): lemma accuracy on PROPN tokens
   whose gold lemma is a name kronika's dictionary knows, and case accuracy on the same tokens.

Neither reference is shipped with kronika; they are read from the path given.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .lt_inflect import inflect, role_kind

_CASE = {"Nom": "NOM", "Gen": "GEN", "Dat": "DAT", "Acc": "ACC", "Inst": "INS", "Ins": "INS", "Loc": "LOC",
         "Voc": "VOC"}
_NUM = {"Sg": "Sing", "Pl": "Plur", "Sing": "Sing", "Plur": "Plur"}


def _parse_morph(m: str) -> tuple[str, str] | None:
    """'is:Masc_Sg_Inst' → ('INS', 'Sing'); None for forms without case (dual, illative...)."""
    mm = re.search(r"is:(\S+)", m)
    if not mm:
        return None
    parts = mm.group(1).split("_")
    case = next((_CASE[p] for p in parts if p in _CASE), None)
    num = next((_NUM[p] for p in parts if p in _NUM), None)
    if not case or not num:
        return None
    return case, num


class Hunspell:
    """Just enough of Hunspell to expand suffix rules with their morphology."""

    def __init__(self, aff: Path, dic: Path):
        self.af: list[list[str]] = [[]]
        self.am: list[str] = [""]
        self.sfx: dict[str, list[tuple[str, str, re.Pattern[str], str]]] = defaultdict(list)
        af_seen = am_seen = False
        for line in aff.read_text(encoding="utf-8").splitlines():
            if line.startswith("AF "):
                if not af_seen:
                    af_seen = True
                    continue
                self.af.append(line[3:].split("#")[0].strip().split(","))
            elif line.startswith("AM "):
                if not am_seen:
                    am_seen = True
                    continue
                self.am.append(line[3:].strip())
            elif line.startswith("SFX "):
                p = line.split()
                if len(p) >= 5 and p[2] not in ("Y", "N"):
                    flag, strip, add, cond = p[1], p[2], p[3], p[4]
                    morph = p[5] if len(p) > 5 else ""
                    if morph.isdigit():
                        morph = self.am[int(morph)]
                    strip = "" if strip == "0" else strip
                    add = add.split("/")[0]
                    add = "" if add == "0" else add
                    self.sfx[flag].append((strip, add, re.compile(("" if cond == "." else cond) + "$"), morph))
        self.entries: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
        for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
            word, _, rest = line.partition("/")
            if not rest:
                continue
            flags_s, _, morph = rest.partition("\t")
            flags = self.af[int(flags_s)] if flags_s.isdigit() else flags_s.split(",")
            morph = self.am[int(morph)] if morph.strip().isdigit() else morph
            if "noun" in morph or "adjective" in morph:
                self.entries[word].append((flags, morph))

    def forms(self, word: str) -> set[tuple[str, str, str]]:
        """{(form, case, number)} of every entry of this lemma."""
        out: set[tuple[str, str, str]] = set()
        for flags, _ in self.entries.get(word, []):
            for fl in flags:
                for strip, add, cond, morph in self.sfx.get(fl, ()):
                    if strip and not word.endswith(strip):
                        continue
                    if not cond.search(word):
                        continue
                    cn = _parse_morph(morph)
                    if cn:
                        out.add(((word[: len(word) - len(strip)] if strip else word) + add, *cn))
        return out


@dataclass
class MorphScore:
    words: int  # dictionary words whose nominative the reference knows
    forms: int  # generated (form, case, number) checked
    accepted: int
    misses: list[tuple[str, str, str, str]]  # (lemma, form, case, number) the reference does not accept
    unknown_words: int  # dictionary words the reference does not list (foreign names)

    @property
    def share(self) -> float:
        return self.accepted / self.forms if self.forms else 0.0


def dictionary_words() -> list[tuple[str, str, bool, str]]:
    """(word, kind, plural) for every declining Lithuanian word in kronika's actor dictionaries:
    person name parts, and the heads and agreeing adjectives of other names and role phrases."""
    from .actordict import load
    from .lt_inflect import _agrees, indeclinable, is_plural_nominative

    d = load()
    out: set[tuple[str, str, bool, str]] = set()
    phrases: list[tuple[str, str]] = [(n.text, "person" if n.entity.startswith("person:") else "name")
                                      for n in d.names if n.lang == "lt"]
    phrases += [(r.phrase, role_kind(r.phrase)) for r in d.roles if r.lang == "lt"]
    for text, kind in phrases:
        words = text.split()
        if not words:
            continue
        plural = is_plural_nominative(words[-1]) and kind != "person"
        for i, w in enumerate(words):
            if "-" in w or indeclinable(w) or not w.isalpha():
                continue
            if i == len(words) - 1 or kind == "person":
                out.add((w, "noun", plural and kind != "person", kind))
            elif _agrees(w, plural, False):
                out.add((w, "adj", plural, kind))
    return sorted(out)


def score_against_hunspell(root: Path) -> MorphScore:
    from .lt_inflect import inflect_word

    hs = Hunspell(root / "lt-LT_morphology.aff", root / "lt-LT_morphology.dic")
    words = forms = accepted = unknown = 0
    misses: list[tuple[str, str, str, str]] = []
    for w, pos, plural, kind in dictionary_words():
        if pos == "adj":
            continue  # adjectives are listed under their masculine lemma; checked through their phrases' heads
        lemma = w if w in hs.entries else (w.lower() if w.lower() in hs.entries else None)
        if lemma is None:
            unknown += 1
            continue
        ref = hs.forms(lemma)
        if not ref:
            unknown += 1
            continue
        words += 1
        for f in inflect_word(w, "noun", plural):
            if kind in ("name", "person") and not plural and f.number != "Sing":
                continue  # proper names of places and bodies are singular only (see lt_inflect.inflect)
            if f.case == "VOC":
                continue  # the reference lists vocatives for few proper names
            forms += 1
            text = f.text if lemma == w else f.text.lower()
            if (text, f.case, f.number) in ref:
                accepted += 1
            else:
                misses.append((w, f.text, f.case, f.number))
    return MorphScore(words, forms, accepted, misses, unknown)


@dataclass
class LemmaScore:
    tokens: int
    lemma_correct: int
    case_correct: int
    misses: list[tuple[str, str, str, str]]  # (form, gold lemma, predicted, gold case)
    simplemma_correct: int = 0  # the same tokens lemmatised by simplemma alone, for comparison

    @property
    def simplemma_accuracy(self) -> float:
        return self.simplemma_correct / self.tokens if self.tokens else 0.0

    @property
    def lemma_accuracy(self) -> float:
        return self.lemma_correct / self.tokens if self.tokens else 0.0

    @property
    def case_accuracy(self) -> float:
        return self.case_correct / self.tokens if self.tokens else 0.0


def lemma_table() -> dict[str, dict[str, set[tuple[str, str]]]]:
    """{surface form: {lemma: {(case, number)}}} for every single declining word of the dictionaries."""
    table: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    from .lt_inflect import inflect_word

    for w, pos, plural, kind in dictionary_words():
        for f in inflect_word(w, pos, plural):
            if kind in ("name", "person") and not plural and f.number != "Sing":
                continue
            table[f.text][w].add((f.case, f.number))
    return table


def score_against_treebank(root: Path) -> LemmaScore:
    table = lemma_table()
    known = {lem for forms in table.values() for lem in forms}
    import simplemma

    n = lc = cc = sc = 0
    misses: list[tuple[str, str, str, str]] = []
    for path in sorted(root.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 6 or "-" in cols[0] or cols[3] != "PROPN":
                continue
            form, lemma, feats = cols[1], cols[2], cols[5]
            if lemma not in known:
                continue
            n += 1
            cands = table.get(form) or table.get(form.title(), {}) if form.isupper() else table.get(form, {})
            pred = lemma if lemma in cands else (next(iter(cands)) if cands else "")
            if simplemma.lemmatize(form, lang="lt").lower() == lemma.lower():
                sc += 1
            if pred == lemma:
                lc += 1
            else:
                misses.append((form, lemma, pred, feats))
            m = re.search(r"Case=(\w+)", feats)
            gold_case = _CASE.get(m.group(1)) if m else None
            if gold_case and any(c == gold_case for c, _ in cands.get(lemma, ())):
                cc += 1
    return LemmaScore(n, lc, cc, misses, sc)


def phrase_forms(name: str, kind: str = "name") -> list[str]:
    return [f.text for f in inflect(name, kind)]
