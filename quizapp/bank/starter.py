"""The starter bank that ``quizapp new FILE`` writes: one question of every type.

It is the format's tutorial, so every key is commented where it first appears;
a test proves that it passes ``quizapp check`` with no warnings.
"""

from __future__ import annotations

import json
import re
import shlex
import unicodedata
from pathlib import Path

STARTER_TEMPLATE = '''\
# A quizapp question bank. Each [[questions]] table below is one question; there
# is one of every type. Edit them and add your own. Then
#
#     quizapp check {filename}
#
# points at the line of any mistake, and `quizapp play {filename}` tries it out.
#
# Text goes in "double quotes" (or 'single quotes' when it holds a " itself);
# """triple quotes""" span several lines. Numbers, true/false and dates have no
# quotes. Lines starting with # are comments. `quizapp schema` prints the format
# as a JSON Schema, for an editor that completes and checks TOML.

[bank]
# The id is the key learners' progress is kept under: keep it, never reuse it.
id = "{bank_id}"
# The title is shown on the home screen.
title = {title}
description = "A starter bank: one question of every type."
language = "en"             # the language of the questions
version = 1                 # bump it when you change the bank in a way learners notice

# choice: pick one of several choices.
[[questions]]
id = "planet-largest"       # unique in this bank; keep it when you edit the question
type = "choice"
prompt = "Which is the largest planet of the solar system?"
choices = ["Jupiter", "Saturn", "Earth", "Neptune"]
answer = "Jupiter"          # written exactly as in choices
tags = ["planets"]          # optional: for --tag and the per-tag results
points = 1                  # optional: what a right answer is worth (default 1)
time_limit = 30             # optional: seconds for this question
explanation = "Jupiter is more than twice as massive as all the other planets together."

# multi: pick every right choice; partial credit for some of them.
[[questions]]
id = "planets-rings"
type = "multi"
prompt = "Which of these planets have rings?"
choices = ["Saturn", "Uranus", "Mars", "Venus"]
answers = ["Saturn", "Uranus"]   # every right choice, as written in choices
shuffle = true              # optional: shuffle the choices when shown (default true)
tags = ["planets"]
explanation = "Saturn's rings are the famous ones, but Uranus has thin dark rings too."

# truefalse: a statement that is true or false.
[[questions]]
id = "moon-light"
type = "truefalse"
prompt = "The Moon shines by its own light."
answer = false              # true or false, no quotes
tags = ["moon"]
explanation = "The Moon reflects sunlight; it makes no light of its own."

# short: a typed answer. Case, accents, spacing and small typos in longer
# answers are forgiven; list every answer you would accept.
[[questions]]
id = "home-galaxy"
type = "short"
prompt = "Which galaxy is the solar system part of?"
answers = ["the Milky Way", "Milky Way"]  # the first is shown as the expected answer
fuzzy = true                # optional: forgive small typos (default true)
accents = false             # optional: accents must match (default false)
tags = ["stars"]
explanation = "The Sun is one of the hundreds of billions of stars of the Milky Way."

# cloze: a text with blanks. Each {{{{...}}}} is a blank; | separates answers
# that are all accepted for the same blank. Credit per blank.
[[questions]]
id = "moon-landing"
type = "cloze"
prompt = "Fill in the blanks."
text = "In 1969 {{{{Neil Armstrong|Armstrong}}}} first walked on the {{{{lunar}}}} surface."
tags = ["moon"]
explanation = "Apollo 11 landed on the Moon on 20 July 1969."

# number: a number, with an optional tolerance and unit.
[[questions]]
id = "planet-count"
type = "number"
prompt = "How many planets does the solar system have?"
answer = 8
tolerance = 0               # optional: accepted difference from the answer (default 0)
unit = "planets"            # optional: shown after the answer; the learner may type it
tags = ["planets"]
explanation = "Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune."

# date: a calendar date, written as a TOML date: year-month-day, no quotes.
[[questions]]
id = "moon-landing-date"
type = "date"
prompt = "On what date did Apollo 11 land on the Moon?"
answer = 1969-07-20
precision = "day"           # day, month or year: how much of the date is asked for;
                            # for month use the 1st (1969-07-01), for year 1 January
require_year = true         # optional: refuse an answer without the year (default false)
tags = ["moon"]
explanation = "The lunar module Eagle landed on 20 July 1969."

# order: the items in the right order; they are shown shuffled. Partial credit.
[[questions]]
id = "planets-from-sun"
type = "order"
prompt = "Put these planets in order, nearest to the Sun first."
items = ["Mercury", "Venus", "Earth", "Mars"]
tags = ["planets"]
explanation = "Mercury, Venus, Earth and Mars are the four rocky inner planets."

# match: pair each left item with its right item. Credit per pair.
[[questions]]
id = "moons-of-planets"
type = "match"
prompt = "Match each moon with its planet."
pairs = [
    ["Titan", "Saturn"],    # ["left", "right"]
    ["Europa", "Jupiter"],
    ["Phobos", "Mars"],
]
tags = ["moon", "planets"]
explanation = "Titan orbits Saturn, Europa orbits Jupiter and Phobos orbits Mars."
'''


def starter_bank(path: str | Path) -> str:
    """The starter bank's text for a file at ``path`` (its id and title come from the name)."""
    name = "".join(char for char in Path(path).name if char.isprintable()) or "bank.toml"
    stem = re.sub(r"\.toml$", "", name, flags=re.IGNORECASE)
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    bank_id = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_stem).strip("-._")[:100] or "my-bank"
    title = " ".join(re.split(r"[\s_.-]+", stem)).strip()[:200] or "My bank"
    return STARTER_TEMPLATE.format(
        filename=shlex.quote(name),
        bank_id=bank_id,
        # A JSON string is a TOML basic string: quotes and backslashes come escaped.
        title=json.dumps(title[:1].upper() + title[1:], ensure_ascii=False),
    )
