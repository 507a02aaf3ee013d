"""The closed word lists the draft's rules read: stop words, speech verbs, roles, channels.

Each list is what the rules need in English news text, no more. They are kept in
one place so a rule that misses a word is fixed by adding it here.
"""

from __future__ import annotations

from quizapp.grading.dates import MONTH_NAMES as GRADER_MONTH_NAMES
from quizapp.grading.dates import WEEKDAY_NAMES


def word_set(words: str) -> frozenset[str]:
    """The words of a list written as text, one space or line apart."""
    return frozenset(words.split())


STOP_WORDS = word_set(
    """
    a about above after again against all almost also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each either
    even ever every few for from further had has have having he her here hers herself him himself
    his how i if in into is it its itself just least let like many may me might more most much
    must my myself neither no nor not now of off on once one only or other our ours ourselves out
    over own per quite rather same shall she should so some such than that the their theirs them
    themselves then there these they this those through to too truly under until up upon us very
    although though however meanwhile despite whereas yesterday today tomorrow according next last
    was we well were what when where which while who whom whose why will with within without would
    yet you your yours yourself yourselves said says say
    """
)
"""Words never blanked in a cloze: they carry no fact a learner could recall."""

SPEECH_VERBS = word_set(
    """
    said says stated added adds told tells wrote writes shared announced announces reported
    declared declares explained explains noted insisted insists argued argues claimed warned warns
    assured assures conveyed remarked commented emphasized emphasised emphasizes emphasises
    stressed highlighted highlighting asked asks replied posted tweeted continued concluded
    acknowledged acknowledges admitted admits confirmed confirms affirmed urged pledged promised
    recalled recalls observed suggested suggests predicted predicts cautioned vowed described
    describes
    """
)
"""Verbs that attribute words to a speaker ("X said", "X shared on Twitter")."""

PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "source", "its": "source"}
"""Pronouns a speaker may be named by, and what they can stand for."""

ROLE_WORDS = word_set(
    """
    president vice-president premier chancellor minister secretary spokesman spokeswoman
    spokesperson ambassador envoy governor mayor senator director chief head chairman chairwoman
    chair ceo founder manager coach captain professor economist analyst researcher scientist
    engineer official commander general judge curator editor mayor-elect leader broadcaster
    representative prosecutor inspector superintendent principal treasurer auditor
    """
)
"""Nouns that name a role a person holds ("spokesman", "foreign minister")."""

TITLE_WORDS = word_set(
    "president premier chancellor minister secretary governor mayor senator professor dr mr mrs "
    "ms prince princess king queen judge general"
)
"""Role nouns also used as a title right before a name ("President Xi Jinping")."""

SOURCE_NOUNS = word_set(
    """
    paper report statement document summary ministry agency broadcaster newspaper study survey
    council committee court government company firm board office spokesperson's
    """
)
"""Nouns for a non-person source that can be quoted ("the paper stated")."""

CHANNELS = {
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "telegram": "Telegram",
    "linkedin": "LinkedIn",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "mastodon": "Mastodon",
    "press conference": "a press conference",
    "news conference": "a news conference",
    "press release": "a press release",
    "statement": "a statement",
    "interview": "an interview",
    "radio": "radio",
    "television": "television",
    "blog": "a blog post",
    "podcast": "a podcast",
}
"""Where words were said or posted, as found in the text -> as an answer reads."""

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# The grader's English names: one list for reading answers and reading articles.
MONTH_NAMES = list(GRADER_MONTH_NAMES)
WEEKDAYS = list(WEEKDAY_NAMES)

HEDGES = {
    "almost": "below",
    "nearly": "below",
    "just under": "below",
    "under": "below",
    "less than": "below",
    "about": "around",
    "around": "around",
    "roughly": "around",
    "approximately": "around",
    "some": "around",
    "an estimated": "around",
    "close to": "below",
    "more than": "above",
    "over": "above",
    "at least": "above",
    "upwards of": "above",
}
"""Words that make a number approximate, and on which side of it the truth lies."""

NUMBER_WORDS = word_set(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion
    """
)
"""Numbers written as words, read with ``text_to_num``."""
