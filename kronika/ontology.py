"""The CAMEO ontology (kronika/data/cameo/ontology.tsv): label, Goldstein, QuadClass, PLOVER per code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import DictionaryError

# An intention to do X (CAMEO 03x) for an action X: used when "agreed to / pledged to <action>".
INTENT_OF = {
    "04": "036", "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039",
    "046": "036", "05": "032", "050": "032", "051": "032", "052": "032", "053": "032", "054": "032",
    "055": "032", "056": "032", "057": "030", "06": "031", "060": "030", "061": "0311", "062": "0312",
    "063": "0313", "064": "0314", "07": "033", "070": "033", "071": "0331", "072": "0332", "073": "0333",
    "074": "0334", "075": "033", "08": "035", "080": "035", "081": "0351", "082": "0352", "083": "0353",
    "084": "0353", "085": "0354", "086": "0355", "087": "0356", "09": "030", "090": "030",
    "16": "131", "160": "131", "161": "131", "162": "131", "163": "1312", "164": "131", "165": "131",
    "166": "131", "17": "137", "170": "137", "171": "137", "172": "137", "173": "137", "174": "137",
    "175": "137", "18": "1383", "180": "1383", "19": "1384", "190": "1384", "191": "1381",
    "192": "1382", "193": "1384", "194": "1384", "195": "1384", "196": "1384", "20": "1385", "200": "1385",
    "14": "133", "140": "133", "15": "138", "150": "138",
}


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str
    plover_context: str


@cache
def ontology() -> dict[str, Code]:
    path = resources.files("kronika").joinpath("data", "cameo", "ontology.tsv")
    out: dict[str, Code] = {}
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != 8:
            raise DictionaryError(f"cameo/ontology.tsv: expected 8 fields, got {len(cells)}: {line!r}")
        out[cells[0]] = Code(cells[0], cells[1], cells[2], float(cells[3]), int(cells[4]), cells[5], cells[6],
                             cells[7])
    return out


def intent_of(code: str) -> str:
    """The 03x code for an intention to do `code` (03x codes are already intents)."""
    if code.startswith("03") or code.startswith("13"):
        return code
    for k in (code, code[:3], code[:2]):
        if k in INTENT_OF:
            return INTENT_OF[k]
    return "030"
