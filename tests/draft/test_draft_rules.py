"""What real news text does to the draft's rules: quotes across paragraphs, nested
quotes, quotes with no speaker, two speakers in a sentence, dates with no year,
numbers written as words, names and pronouns resolved."""

from __future__ import annotations

import datetime as dt

import pytest

from quizapp.draft.drafting import NothingToAsk, draft_questions
from quizapp.draft.questions import DraftedQuestion


def drafted(text: str, year: int | None = None) -> list[DraftedQuestion]:
    return draft_questions(text, year).questions


def of_kind(questions: list[DraftedQuestion], kind: str) -> list[DraftedQuestion]:
    return [question for question in questions if question.kind == kind]


def who_said(questions: list[DraftedQuestion]) -> dict[str, str]:
    """Prompt -> expected speaker of each "who said" question."""
    return {q.fields["prompt"]: q.fields["answer"] for q in of_kind(questions, "who-said")}


def test_a_quote_that_runs_across_paragraphs_is_one_quotation() -> None:
    text = (
        "Mayor Ines Varga spoke after her rival Ola Brand.\n\n"
        "Varga said, “The bridge will close for repairs in spring.\n\n"
        "“Buses will replace the trams until the work is done,” she added."
    )
    questions = drafted(text)
    speakers = who_said(questions)
    assert list(speakers.values()) == ["Ines Varga"]
    (prompt,) = speakers
    assert "The bridge will close" in prompt and "Buses will replace the trams" in prompt
    (cloze,) = of_kind(questions, "quote")
    assert "bridge will close" in cloze.source and "Buses will replace" in cloze.source


def test_nested_quotes_stay_inside_the_outer_quotation() -> None:
    text = (
        "Coach Ruben Alder was asked about the match against Dina Moss’s team.\n\n"
        "“The fans kept shouting ‘one more goal’ until the very last minute,” Alder said."
        " Later, Alder told reporters: \"My players heard 'keep going' from everyone.\""
    )
    speakers = who_said(drafted(text))
    assert set(speakers.values()) == {"Ruben Alder"}
    assert any("‘one more goal’ until the very last minute" in prompt for prompt in speakers)
    assert any("'keep going' from everyone" in prompt for prompt in speakers)


def test_a_quote_with_no_speaker_gets_no_who_said_question() -> None:
    text = (
        "The harbour was quiet on Sunday morning.\n\n"
        "“Nobody expected the storm to turn north so quickly.”\n\n"
        "Ferries stayed in port."
    )
    questions = drafted(text)
    assert of_kind(questions, "who-said") == []
    (cloze,) = of_kind(questions, "quote")
    assert cloze.fields["prompt"] == "Complete the quotation from the article."


def test_two_speakers_in_one_sentence_each_get_their_own_words() -> None:
    text = (
        "Minister Paula Rinaldi and Senator Tomas Ekberg debated the budget.\n\n"
        "Rinaldi said the plan was “a careful and honest compromise”, while Ekberg called it "
        "“a reckless gamble with public money”."
    )
    speakers = who_said(drafted(text))
    by_words = {prompt.split("“")[1].split("”")[0]: name for prompt, name in speakers.items()}
    assert by_words == {
        "a careful and honest compromise": "Paula Rinaldi",
        "a reckless gamble with public money": "Tomas Ekberg",
    }


def test_the_nearest_speech_verb_names_the_speaker_and_the_other_reported_it() -> None:
    text = (
        "Premier Lin Hao met envoys and opposition leader Mira Sato on Friday.\n\n"
        "State broadcaster NTV reported that Lin, in a short speech, told the envoys that "
        "“patience and dialogue” were the “only path forward” for the region."
    )
    questions = drafted(text)
    (question,) = of_kind(questions, "who-said")
    assert question.fields["answer"] == "Lin Hao"
    assert "NTV" not in question.fields["choices"]  # it reported the words: not a wrong answer


def test_a_surname_and_a_pronoun_resolve_to_the_full_name_given_earlier() -> None:
    text = (
        "Chief engineer Marta Oduya presented the new dam on Tuesday.\n\n"
        "Oduya said, “The turbines will power forty thousand homes.”\n\n"
        "She further added, “We finished the work three months early.”\n\n"
        "“The river is calmer than we feared,” inspector Jon Pelle said."
    )
    speakers = who_said(drafted(text))
    assert list(speakers.values()) == ["Marta Oduya", "Marta Oduya", "Jon Pelle"]


def test_dates_with_no_year_are_asked_without_inventing_one() -> None:
    text = "The festival opened on Friday, June 9, and the market closed in October."
    questions = drafted(text)
    dates = of_kind(questions, "date")
    assert [q.fields["type"] for q in dates] == ["short", "choice"]
    assert dates[0].fields["answers"] == ["June 9", "9 June"]
    assert dates[1].fields["answer"] == "October"
    assert all(
        "answer" not in q.fields or not isinstance(q.fields["answer"], dt.date) for q in dates
    )
    (weekday,) = of_kind(questions, "weekday")
    assert weekday.fields["answer"] == "Friday"


def test_with_a_year_the_dates_become_date_questions_of_the_right_precision() -> None:
    text = "The festival opened on Friday, June 9, after the market closed in May."
    dates = of_kind(drafted(text, year=2023), "date")
    assert [(q.fields["answer"], q.fields["precision"]) for q in dates] == [
        (dt.date(2023, 6, 9), "day"),
        (dt.date(2023, 5, 1), "month"),
    ]


def test_a_month_later_than_the_articles_date_gets_no_year() -> None:
    # Published in early February, "in December" may be last year's: no year is guessed.
    text = (
        "The ship returned on Monday, February 3. In December, a storm kept it in place, "
        "and in January a crane failed."
    )
    dates = of_kind(drafted(text, year=2025), "date")
    assert [q.fields["answer"] for q in dates] == [
        dt.date(2025, 2, 3),
        "December",
        dt.date(2025, 1, 1),
    ]


def test_a_year_written_in_the_article_wins_over_the_option() -> None:
    text = "The museum reopened on 3 March 2021 after the flood."
    (date,) = of_kind(drafted(text, year=2030), "date")
    assert date.fields["answer"] == dt.date(2021, 3, 3)


def test_events_with_dates_become_an_order_question() -> None:
    text = (
        "The new line was approved in January.\n\n"
        "The first tunnel section opened in May.\n\n"
        "A public vote on fares took place in March."
    )
    (order,) = of_kind(drafted(text), "order")
    assert order.fields["items"] == [
        "The new line was approved",
        "A public vote on fares took place",
        "The first tunnel section opened",
    ]


def test_numbers_written_as_words_are_read() -> None:
    text = "Twelve ministers attended, and some three hundred farmers marched to the square."
    numbers = of_kind(drafted(text), "number")
    assert [
        (q.fields["answer"], q.fields.get("unit"), q.fields.get("tolerance")) for q in numbers
    ] == [
        (12, "ministers", None),
        (300, "farmers", 30),
    ]


def test_a_hedged_number_gets_a_tolerance_and_an_exact_one_none() -> None:
    text = (
        "The council held an almost two-hour-long meeting.\n\n"
        "It approved a 14-point plan for the harbour."
    )
    numbers = of_kind(drafted(text), "number")
    assert [(q.fields["answer"], q.fields["unit"], q.fields.get("tolerance")) for q in numbers] == [
        (2, "hour", 0.2),
        (14, "point", None),
    ]


def test_roles_from_appositives_and_channels() -> None:
    text = (
        "The mayor’s spokeswoman Lena Park announced on Facebook that the vote “will go ahead "
        "as planned next week”.\n\n"
        "The delay was confirmed by Arno Kess from the city’s transport department during a "
        "press conference."
    )
    questions = drafted(text)
    roles = {tuple(q.fields["answers"]): q.fields["prompt"] for q in of_kind(questions, "role")}
    assert roles == {
        ("Lena Park", "Park"): "Who is the mayor’s spokeswoman, according to the article?",
        (
            "Arno Kess",
            "Kess",
        ): "Who is from the city’s transport department, according to the article?",
    }
    channels = {q.fields["answer"] for q in of_kind(questions, "channel")}
    assert channels == {"on Facebook", "during a press conference"}


def test_an_article_with_nothing_to_ask_is_refused() -> None:
    with pytest.raises(NothingToAsk):
        drafted("The weather was pleasant and everyone enjoyed the afternoon in the park.")


def test_markdown_marks_are_not_part_of_the_questions() -> None:
    text = (
        "# Harbour news\n\n"
        "**Captain Edda Lund** said, “The *new* pier opens to [ferries](https://example.org) "
        "next spring.”"
    )
    (question,) = of_kind(drafted(text), "quote")
    assert "*" not in question.fields["text"] and "](" not in question.fields["text"]


def test_over_before_a_duration_is_how_long_not_a_hedge() -> None:
    text = "The union accepted a pay rise of 6 per cent over two years for over 300 drivers."
    numbers = of_kind(drafted(text), "number")
    assert [(q.fields["answer"], q.fields.get("tolerance")) for q in numbers] == [
        (6, None),
        (2, None),
        (300, 30),
    ]


def test_a_channel_named_without_quotation_marks_goes_with_the_person_before_the_verb() -> None:
    text = (
        "The operator's chief executive, Lars Brekke, said on LinkedIn that the deal would "
        "cost about 45 million kroner a year. Union chairwoman Marit Haugen agreed."
    )
    (channel,) = of_kind(drafted(text), "channel")
    assert channel.fields["answer"] == "on LinkedIn"
    assert channel.fields["prompt"] == "According to the article, where did Lars Brekke speak?"
