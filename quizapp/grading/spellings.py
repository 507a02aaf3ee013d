"""British and American spellings of one word are the same answer.

``dialogue`` and ``dialog``, ``defence`` and ``defense``, ``organise`` and
``organize``: a learner writes the spelling they were taught. Text normalisation
puts every British spelling listed here in its American form, so either matches.

The list is ours: the one word-list package for this on PyPI (breame) has had no
release since 2021, and maps words that are not spellings of one another
("aeroplane" to "airplane"). It covers the regular families (-our/-or,
-ise/-ize, -yse/-yze, -ogue/-og, -ence/-ense, -tre/-ter, a doubled l) with their
usual endings, and a short list of single words. A word that is both a British
spelling and another word ("practise" is only a verb, but "tire" is also "be
weary") is left out when the other word could be an answer of its own.
"""

from __future__ import annotations

from itertools import product

_OUR_STEMS = (
    "armo",
    "behavio",
    "cando",
    "clamo",
    "colo",
    "endeavo",
    "favo",
    "fervo",
    "flavo",
    "harbo",
    "hono",
    "humo",
    "labo",
    "neighbo",
    "odo",
    "parlo",
    "ranco",
    "rumo",
    "savio",
    "savo",
    "splendo",
    "tumo",
    "valo",
    "vapo",
    "vigo",
)
_OUR_ENDINGS: tuple[str, ...] = ("", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful")
_OUR_ENDINGS += ("fully", "less", "er", "ers", "hood", "hoods", "ist", "ists")

_ISE_STEMS = (
    "apologi",
    "authori",
    "categori",
    "characteri",
    "civili",
    "coloni",
    "critici",
    "democrati",
    "emphasi",
    "finali",
    "globali",
    "industriali",
    "legali",
    "maximi",
    "memori",
    "militari",
    "minimi",
    "mobili",
    "moderni",
    "nationali",
    "neutrali",
    "normali",
    "organi",
    "prioriti",
    "privati",
    "reali",
    "recogni",
    "speciali",
    "stabili",
    "standardi",
    "summari",
    "symboli",
    "sympathi",
    "utili",
    "visuali",
)
_ISE_ENDINGS = ("se", "ses", "sed", "sing", "sation", "sations", "ser", "sers")

_YSE_STEMS = ("analy", "cataly", "paraly")
_YSE_ENDINGS = ("se", "ses", "sed", "sing", "ser", "sers")

_OGUE_STEMS = ("analo", "catalo", "dialo", "epilo", "monolo", "prolo")
_OGUE_ENDINGS = (("gue", "g"), ("gues", "gs"))

_ENCE_STEMS = ("defen", "offen", "preten", "licen")
_ENCE_ENDINGS = (("ce", "se"), ("ces", "ses"), ("celess", "seless"))

_TRE_STEMS = ("calib", "cent", "fib", "lit", "lust", "meag", "met", "sab", "somb", "spect", "theat")
_TRE_ENDINGS = (("re", "er"), ("res", "ers"), ("red", "ered"), ("ring", "ering"))

_DOUBLED_L = (
    "cancel",
    "channel",
    "counsel",
    "dial",
    "fuel",
    "label",
    "level",
    "marvel",
    "model",
    "quarrel",
    "signal",
    "total",
    "travel",
)
_DOUBLED_L_ENDINGS = ("ed", "ing", "er", "ers", "or", "ors")

_WORDS = {
    "ageing": "aging",
    "aluminium": "aluminum",
    "anaemia": "anemia",
    "cheque": "check",
    "cheques": "checks",
    "counsellor": "counselor",
    "draught": "draft",
    "encyclopaedia": "encyclopedia",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "foetus": "fetus",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "grey": "gray",
    "jewellery": "jewelry",
    "judgement": "judgment",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "marvellous": "marvelous",
    "mould": "mold",
    "moustache": "mustache",
    "oestrogen": "estrogen",
    "paediatric": "pediatric",
    "plough": "plow",
    "practise": "practice",
    "practised": "practiced",
    "practising": "practicing",
    "programme": "program",
    "programmes": "programs",
    "pyjamas": "pajamas",
    "sceptic": "skeptic",
    "sceptical": "skeptical",
    "skilful": "skillful",
    "wilful": "willful",
}


def _british_to_american() -> dict[str, str]:
    words = dict(_WORDS)
    for stem, ending in product(_OUR_STEMS, _OUR_ENDINGS):
        words[f"{stem}ur{ending}"] = f"{stem}r{ending}"
    for stem, ending in product(_ISE_STEMS, _ISE_ENDINGS):
        words[stem + ending] = stem + "z" + ending[1:]
    for stem, ending in product(_YSE_STEMS, _YSE_ENDINGS):
        words[stem + ending] = stem + "z" + ending[1:]
    for stem, (british, american) in product(_OGUE_STEMS, _OGUE_ENDINGS):
        words[stem + british] = stem + american
    for stem, (british, american) in product(_ENCE_STEMS, _ENCE_ENDINGS):
        words[stem + british] = stem + american
    for stem, (british, american) in product(_TRE_STEMS, _TRE_ENDINGS):
        words[stem + british] = stem + american
    for stem, ending in product(_DOUBLED_L, _DOUBLED_L_ENDINGS):
        words[f"{stem}l{ending}"] = stem + ending
    return words


AMERICAN = _british_to_american()
"""British spelling -> American spelling, for lower-case words without accents."""


def american(tokens: list[str]) -> list[str]:
    """The tokens with each British spelling replaced by the American one."""
    return [AMERICAN.get(token, token) for token in tokens]
