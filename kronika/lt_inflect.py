"""Lithuanian declension: every case form of a dictionary name, generated from its nominative.

Lithuanian nouns, adjectives and names decline through seven cases and two numbers; the ending of
the nominative chooses the paradigm (Lavrovas → Lavrovo, Lavrovui, Lavrovą, Lavrovu, Lavrove;
Sergejus → Sergejaus, Sergejumi; Japonija → Japonijos, Japonijoje; Kurilai → Kurilų, Kurilus).
Foreign names with no Lithuanian ending (Šoigu, Fumio, Merkel, NATO) do not decline.

In a multi-word name only the head (the last word) and the words that agree with it decline:
adjectives ("Jungtinė Karalystė" → "Jungtinės Karalystės") do; genitive modifiers ("Pietų Korėja",
"Jungtinės Amerikos Valstijos") stay as they are. In a person's name every word declines on its own.

``inflect(name)`` returns a list of ``Form(text, case, number)``; one surface form may carry several
analyses (Lavrove is LOC and VOC; Japonijos is GEN singular and NOM/VOC plural).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CASES = ("NOM", "GEN", "DAT", "ACC", "INS", "LOC", "VOC")
SG, PL = "Sing", "Plur"


@dataclass(frozen=True, slots=True)
class Form:
    text: str
    case: str
    number: str


# A paradigm: nominative ending to strip, then the endings of (NOM, GEN, DAT, ACC, INS, LOC, VOC)
# singular and plural. None where a form does not exist.
Paradigm = tuple[str, tuple[str, ...], tuple[str, ...]]

NOUN: dict[str, Paradigm] = {
    # masculine
    "jas": ("as", ("as", "o", "ui", "ą", "u", "uje", "au"), ("ai", "ų", "ams", "us", "ais", "uose", "ai")),
    "ias": ("ias", ("ias", "io", "iui", "ią", "iu", "yje", "y"), ("iai", "ių", "iams", "ius", "iais", "iuose", "iai")),
    "as": ("as", ("as", "o", "ui", "ą", "u", "e", "e"), ("ai", "ų", "ams", "us", "ais", "uose", "ai")),
    "is": ("is", ("is", "io", "iui", "į", "iu", "yje", "i"), ("iai", "ių", "iams", "ius", "iais", "iuose", "iai")),
    "ys": ("ys", ("ys", "io", "iui", "į", "iu", "yje", "y"), ("iai", "ių", "iams", "ius", "iais", "iuose", "iai")),
    "ius": ("ius", ("ius", "iaus", "iui", "ių", "iumi", "iuje", "iau"), ("iai", "ių", "iams", "ius", "iais", "iuose", "iai")),
    "us": ("us", ("us", "aus", "ui", "ų", "umi", "uje", "au"), ("ūs", "ų", "ums", "us", "umis", "uose", "ūs")),
    # feminine (and masculine names in -a: Kishida, Obama, Lukašenka)
    "ia": ("ia", ("ia", "ios", "iai", "ią", "ia", "ioje", "ia"), ("ios", "ių", "ioms", "ias", "iomis", "iose", "ios")),
    "a": ("a", ("a", "os", "ai", "ą", "a", "oje", "a"), ("os", "ų", "oms", "as", "omis", "ose", "os")),
    "ė": ("ė", ("ė", "ės", "ei", "ę", "e", "ėje", "e"), ("ės", "ių", "ėms", "es", "ėmis", "ėse", "ės")),
}

# Plural-only nouns (Kurilai, Valstijos, pajėgos, šalys): only the plural row.
NOUN_PL: dict[str, Paradigm] = {
    "iai": ("iai", (), ("iai", "ių", "iams", "ius", "iais", "iuose", "iai")),
    "ai": ("ai", (), ("ai", "ų", "ams", "us", "ais", "uose", "ai")),
    "ios": ("ios", (), ("ios", "ių", "ioms", "ias", "iomis", "iose", "ios")),
    "os": ("os", (), ("os", "ų", "oms", "as", "omis", "ose", "os")),
    "ės": ("ės", (), ("ės", "ių", "ėms", "es", "ėmis", "ėse", "ės")),
    "ys": ("ys", (), ("ys", "ių", "ims", "is", "imis", "yse", "ys")),
    "ūs": ("ūs", (), ("ūs", "ų", "ums", "us", "umis", "uose", "ūs")),
}

ADJ: dict[str, Paradigm] = {
    # pronominal (definite) forms first: Naujoji, Didžioji, Žaliasis, ginkluotosios
    "iosios": ("iosios", (), ("iosios", "iųjų", "iosioms", "iąsias", "iosiomis", "iosiose", "iosios")),
    "osios": ("osios", (), ("osios", "ųjų", "osioms", "ąsias", "osiomis", "osiose", "osios")),
    "ieji": ("ieji", (), ("ieji", "ųjų", "iesiems", "uosius", "aisiais", "uosiuose", "ieji")),
    "ioji": ("ioji", ("ioji", "iosios", "iajai", "iąją", "iąja", "iojoje", "ioji"), ()),
    "oji": ("oji", ("oji", "osios", "ajai", "ąją", "ąja", "ojoje", "oji"), ()),
    "iasis": ("iasis", ("iasis", "iojo", "iajam", "iąjį", "iuoju", "iajame", "iasis"), ()),
    "asis": ("asis", ("asis", "ojo", "ajam", "ąjį", "uoju", "ajame", "asis"), ()),
    "ysis": ("ysis", ("ysis", "iojo", "iajam", "įjį", "iuoju", "iajame", "ysis"), ()),
    # plain forms
    "iai": ("iai", (), ("iai", "ių", "iams", "ius", "iais", "iuose", "iai")),
    "is": ("is", ("is", "io", "iam", "į", "iu", "iame", "i"), ("iai", "ių", "iams", "ius", "iais", "iuose", "iai")),
    "us": ("us", ("us", "aus", "iam", "ų", "iu", "iame", "us"), ("ūs", "ių", "iems", "ius", "iais", "iuose", "ūs")),
    "as": ("as", ("as", "o", "am", "ą", "u", "ame", "as"), ("i", "ų", "iems", "us", "ais", "uose", "i")),
    "ės": ("ės", (), ("ės", "ių", "ėms", "es", "ėmis", "ėse", "ės")),
    "ė": ("ė", ("ė", "ės", "ei", "ę", "e", "ėje", "ė"), ("ės", "ių", "ėms", "es", "ėmis", "ėse", "ės")),
    "os": ("os", (), ("os", "ų", "oms", "as", "omis", "ose", "os")),
    "a": ("a", ("a", "os", "ai", "ą", "a", "oje", "a"), ("os", "ų", "oms", "as", "omis", "ose", "os")),
    "i": ("i", (), ("i", "ų", "iems", "us", "ais", "uose", "i")),
}

# Feminine i-stem nouns in -is (šalis → šalies); every other noun in -is is a masculine ia-stem.
FEM_I_STEMS = frozenset("""šalis sritis dalis naktis žuvis pilis viltis mirtis širdis ausis akis krosnis
    rūšis valtis tvirtovė arktis antarktis druskis dėlis avis angis aistis ugnis vagis nosis pusė""".split())
FEM_I: Paradigm = ("is", ("is", "ies", "iai", "į", "imi", "yje", "ie"), ("ys", "ių", "ims", "is", "imis", "yse", "ys"))

_ADJ_SUFFIXES = ("inis", "inė", "iniai", "inės", "inio", "iškas", "iška", "iški", "iškos", "uotas", "uota",
                 "uoti", "uotos", "asis", "ysis", "iasis", "oji", "ioji", "ieji", "osios", "iosios", "tinis",
                 "tinė", "tiniai", "tinės", "ėtas", "ėta")
_GENITIVE_ENDINGS = ("ų", "o", "io", "aus", "ies", "os", "ės", "ios")
_LT_LETTERS = re.compile(r"[a-ząčęėįšųūž]", re.I)


def _palatalize(stem: str, ending: str) -> str:
    """t → č and d → dž before i + vowel (Kęstutis → Kęstučio, Landsbergis stays)."""
    if ending.startswith("i") and len(ending) > 1 and ending[1] in "aouąųū":
        if stem.endswith("t"):
            return stem[:-1] + "č"
        if stem.endswith("d"):
            return stem[:-1] + "dž"
    return stem


def _apply(word: str, par: Paradigm, number: str | None = None) -> list[Form]:
    strip, sg, pl = par
    stem = word[: len(word) - len(strip)] if strip else word
    out: list[Form] = []
    for row, num in ((sg, SG), (pl, PL)):
        if number and num != number:
            continue
        for case, end in zip(CASES, row, strict=False):
            if end is None:
                continue
            s = _palatalize(stem, end) if strip in ("is", "ys", "ė", "ysis", "iasis") else stem
            out.append(Form(s + end, case, num))
    return out


def indeclinable(word: str) -> bool:
    """Abbreviations, initials, numbers, and foreign words without a Lithuanian ending."""
    if not word or not _LT_LETTERS.search(word[-1]) or word.isupper() or word.endswith("."):
        return True
    low = word.lower()
    if any(low.endswith(e) for e in NOUN) or any(low.endswith(e) for e in NOUN_PL):
        return False
    return not low.endswith(tuple(ADJ))


def _endswith(word: str, table: dict[str, Paradigm]) -> Paradigm | None:
    low = word.lower()
    for end in sorted(table, key=len, reverse=True):
        if low.endswith(end) and len(low) > len(end):
            return table[end]
    return None


def inflect_word(word: str, pos: str = "noun", plural: bool = False) -> list[Form]:
    """All forms of one word. pos: noun | adj | name. plural: the word is a plural nominative."""
    if "-" in word and pos != "adj":
        head, _, last = word.rpartition("-")
        return [Form(f"{head}-{f.text}", f.case, f.number) for f in inflect_word(last, pos, plural)]
    if indeclinable(word):
        return [Form(word, c, n) for n in (SG, PL) for c in CASES]
    if pos == "adj":
        par = _endswith(word, ADJ)
        if par is None:
            return [Form(word, c, n) for n in (SG, PL) for c in CASES]
        if plural and par[1]:
            return _apply(word, par, PL) if par[2] else []
        return _apply(word, par)
    if plural:
        par = _endswith(word, NOUN_PL)
        if par is not None:
            return _apply(word, par)
    par = FEM_I if word.lower() in FEM_I_STEMS else _endswith(word, NOUN)
    if par is None:
        return [Form(word, c, n) for n in (SG, PL) for c in CASES]
    return _apply(word, par)


def is_plural_nominative(word: str) -> bool:
    low = word.lower()
    # ("šalys", "sritys": a feminine i-stem's -ys is its plural, never a masculine singular like "žvejys")
    return low.endswith(("ai", "os", "ės", "ūs")) or (low.endswith("ys") and low[:-2] + "is" in FEM_I_STEMS)


def _agrees(mod: str, head_plural: bool, person: bool) -> bool:
    """Does a modifier before the head decline with it (adjective) or stay (genitive)?"""
    if person:
        return True
    low = mod.lower()
    if indeclinable(mod):
        return False
    if head_plural:
        return low.endswith(("inės", "iniai", "osios", "iosios", "ieji", "uotos", "uoti", "tinės", "tiniai",
                             "iškos", "iški", "ūs"))
    if low.endswith(_GENITIVE_ENDINGS):
        return False
    # a nominative "-is" before the head is an adjective ("bepilotis orlaivis"); genitives end otherwise
    return low.endswith(_ADJ_SUFFIXES) or low.endswith(("oji", "asis", "ysis", "is"))


@lru_cache(maxsize=50_000)
def inflect(name: str, kind: str = "name", plural: bool | None = None) -> tuple[Form, ...]:
    """Every (form, case, number) of a name or phrase given in the nominative.

    kind: 'person' (every word declines on its own), 'name' (places, organisations, countries) or
    'common' (role words). plural: the phrase is a plural nominative (Kurilai, pajėgos); guessed
    from the head's ending when None.
    """
    words = name.split()
    if not words:
        return ()
    person = kind == "person"
    head = words[-1]
    if plural is None:
        plural = is_plural_nominative(head) and not person
    head_forms = inflect_word(head, "noun", plural)
    if not plural and kind in ("name", "person"):
        # Names of countries, cities, organisations and people are singular only (Japonija has no
        # plural; a plural of Lavrovas names a family, never an actor); plural names (Kurilai,
        # Valstijos) have only the plural. Role words (ministras → ministrai) have both.
        head_forms = [f for f in head_forms if f.number == SG]
    per_word: list[dict[tuple[str, str], str] | None] = []
    for i, w in enumerate(words[:-1]):
        if _agrees(w, plural, person) and not indeclinable(w):
            pos = "noun" if person else "adj"
            forms = inflect_word(w, pos, plural and not person)
            per_word.append({(f.case, f.number): f.text for f in forms})
        else:
            per_word.append(None)
        del i
    variants = [per_word]
    if not person:
        # "Greitosios paramos pajėgos": an adjective before a genitive that stays may modify that genitive
        # and stay too ("Greitosios paramos pajėgas"), or agree with the head ("karinės jūrų pajėgos" →
        # "karinių jūrų pajėgų"); both are generated
        frozen = list(per_word)
        for k in range(len(frozen) - 2, -1, -1):
            if frozen[k] is not None and frozen[k + 1] is None:
                frozen[k] = None
        if frozen != per_word:
            variants.append(frozen)
    out: list[Form] = []
    seen: set[tuple[str, str, str]] = set()
    for per_word, hf in ((v, hf) for v in variants for hf in head_forms):
        parts = []
        ok = True
        for w, table in zip(words[:-1], per_word, strict=True):
            if table is None:
                parts.append(w)
            else:
                t = table.get((hf.case, hf.number))
                if t is None:
                    ok = False
                    break
                parts.append(t)
        if not ok:
            continue
        text = " ".join([*parts, hf.text])
        key = (text, hf.case, hf.number)
        if key not in seen:
            seen.add(key)
            out.append(Form(text, hf.case, hf.number))
    return tuple(out)


def forms_by_text(name: str, kind: str = "name", plural: bool | None = None) -> dict[str, list[tuple[str, str]]]:
    """{surface form: [(case, number), ...]}"""
    d: dict[str, list[tuple[str, str]]] = {}
    for f in inflect(name, kind, plural):
        d.setdefault(f.text, []).append((f.case, f.number))
    return d


def role_kind(phrase: str) -> str:
    """Role phrases that are names of one institution (Seimas, Kremlius, Valstybės departamentas)
    decline like names (singular only); the rest (ministras, pajėgos) like common nouns."""
    return "name" if phrase[:1].isupper() else "common"
