"""The home screen: the banks, and the session to start (mode, count, tags, time limits)."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar, cast

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from quizapp.bank.models import Bank
from quizapp.bank.text_safety import visible
from quizapp.session import (
    Mode,
    NothingDue,
    Session,
    SessionOptions,
    SessionSetupError,
)
from quizapp.store.readable import skipped_message
from quizapp.store.study import study_counts
from quizapp.tui import STYLES
from quizapp.tui.screens.base import QuizScreen
from quizapp.tui.screens.home_form import (
    HOME_MODES,
    MODE_HELP,
    MODE_LABELS,
    SettingError,
    matching_count,
    seconds_setting,
    seconds_text,
    setting_field,
)
from quizapp.tui.widgets.bars import MUTED, TitleBar, study_line
from quizapp.tui.widgets.checklist import CheckList
from quizapp.tui.widgets.footer import SteadyFooter
from quizapp.wording import plural


class HomeScreen(QuizScreen):
    """Choose banks and settings; Enter starts."""

    CSS_PATH = STYLES / "home.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Start", priority=True, id="home.start"),
        Binding("s", "stats", "Stats", id="home.stats"),
    ]
    KEY_HELP: ClassVar[tuple[tuple[str, str], ...]] = (
        ("↑ ↓", "move in the list of banks or tags"),
        ("Space", "tick or untick the bank or tag"),
        ("← →  then Space", "choose the mode"),
        ("Tab / shift+Tab", "go to the next or previous setting"),
    )
    """Keys of the widgets on this screen, for the help screen."""

    def __init__(self) -> None:
        super().__init__(classes="home-screen")
        self._count_shown = ""
        """The count field as first shown."""

    @property
    def banks(self) -> list[Bank]:
        return self.quiz_app.banks

    def compose(self) -> ComposeResult:
        total = sum(len(bank.questions) for bank in self.banks)
        yield TitleBar(
            Content.assemble(
                ("quizapp", "bold $text-primary"), ("  study from question banks", MUTED)
            ),
            Content.assemble(
                (
                    f"{plural(len(self.banks), 'bank')}, {plural(total, 'question')}",
                    MUTED,
                )
            ),
        )
        # One scrolling column: on a small terminal every part can be scrolled to, and
        # the focused one is scrolled into view.
        with VerticalScroll(classes="column", id="home-column"):
            yield Static(Content("Banks"), classes="section-title")
            yield CheckList[int](self._bank_rows(), id="bank-list")
            if self.quiz_app.broken:
                yield from self._broken_banks()
            with Container(id="home-settings"):
                with Vertical(
                    id="settings-form", classes="-sprint" if self.quiz_app.options.sprint else ""
                ):
                    yield from self._settings(total)
                with Vertical(id="tags-box"):
                    yield Static(Content("Tags (none ticked: all)"), classes="setting-title")
                    yield CheckList[str](
                        self._tag_rows(self.banks, set(self.quiz_app.options.tags)), id="tag-list"
                    )
        yield SteadyFooter()

    def _broken_banks(self) -> ComposeResult:
        """The bank files that did not pass ``check``, each with its first located error
        (the file's own text, so shown literally and with control characters made visible)."""
        broken = self.quiz_app.broken
        with Vertical(id="broken-banks"):
            yield Static(
                Content(f"Not opened: {plural(len(broken), 'bank')} with errors"),
                classes="section-title",
                id="broken-title",
            )
            for bank in broken:
                yield Static(Content(visible(str(bank))), classes="broken-bank")

    def _settings(self, total: int) -> ComposeResult:
        options = self.quiz_app.options
        chosen = "sprint" if options.sprint else options.mode
        with Horizontal(classes="setting", id="mode-setting"):
            yield Label("Mode", classes="setting-label")
            with RadioSet(id="mode", compact=True):
                for mode in HOME_MODES:
                    yield RadioButton(MODE_LABELS[mode], value=mode == chosen, name=mode)
        yield Static(Content(MODE_HELP[chosen]), id="mode-help", classes="setting-help")
        # A sprint asks only for its length; the other modes for a count and time limits.
        yield from setting_field(
            "Sprint",
            "sprint-time",
            seconds_text(options.sprint or self.quiz_app.settings.sprint),
            "seconds?",
            "number",
            "seconds",
            row_id="sprint-setting",
        )
        count = min(options.count or self.quiz_app.settings.count, total)
        self._count_shown = str(count)
        yield from setting_field(
            "Questions",
            "count",
            str(count),
            "all",
            "integer",
            f"of {matching_count(self.banks, set(options.tags))}",
            "count-of",
            row_classes="not-in-sprint",
        )
        yield from setting_field(
            "Per question",
            "question-time",
            seconds_text(options.question_time),
            "untimed",
            "number",
            "seconds",
            row_classes="not-in-sprint",
        )
        yield from setting_field(
            "Whole session",
            "session-time",
            seconds_text(options.session_time),
            "untimed",
            "number",
            "seconds",
            row_classes="not-in-sprint",
        )
        yield Button("Start  ⏎", variant="primary", id="start", compact=True)

    def _bank_rows(self) -> list[tuple[Content, int, bool]]:
        store = self.quiz_app.store
        now = self.quiz_app.clock.now()
        rows = []
        for index, bank in enumerate(self.banks):
            parts: list[str | Content | tuple[str, str]] = [
                (bank.title, "bold"),
                "\n",
                (plural(len(bank.questions), "question"), MUTED),
            ]
            if store is not None:
                counts = study_counts(store, bank, now)
                parts += [("  ·  ", MUTED), study_line(counts)]
                if counts.changed:
                    parts += ["  ", (f"({counts.changed} changed)", f"italic {MUTED}")]
            rows.append((Content.assemble(*parts), index, True))
        return rows

    @staticmethod
    def _tag_rows(
        banks: list[Bank], chosen: set[str] | None = None
    ) -> list[tuple[Content, str, bool]]:
        """The tags of ``banks``, each with how many of their questions have it."""
        counts: dict[str, int] = {}
        for bank in banks:
            for question in bank.questions:
                for tag in question.tags:
                    counts[tag] = counts.get(tag, 0) + 1
        return [
            (Content.assemble(tag, (f"  {counts[tag]}", MUTED)), tag, tag in (chosen or ()))
            for tag in sorted(counts)
        ]

    def _ticked_banks(self) -> list[Bank]:
        picked = set(self.query_one("#bank-list", CheckList).selected)
        return [bank for index, bank in enumerate(self.banks) if index in picked]

    def on_check_list_changed(self, event: CheckList.Changed) -> None:
        """Tags follow the ticked banks; the count of questions follows banks and tags."""
        banks = self._ticked_banks()
        tag_list: CheckList[str] = self.query_one("#tag-list", CheckList)
        if event.check_list.id == "bank-list":
            tag_list.set_entries(self._tag_rows(banks, set(tag_list.selected)))
        matching = matching_count(banks, set(tag_list.selected))
        self.query_one("#count-of", Static).update(Content(f"of {matching}"))

    def on_mount(self) -> None:
        self.query_one("#bank-list").focus()
        nothing_due, self.quiz_app.nothing_due = self.quiz_app.nothing_due, None
        if nothing_due is not None:  # quizapp play --mode review, and nothing is due
            self.offer_instead(nothing_due, self.banks, self.quiz_app.options)
        unreadable, self.quiz_app.unreadable = self.quiz_app.unreadable, 0  # said once
        store = self.quiz_app.store
        if unreadable and store is not None:
            message = visible(skipped_message(unreadable, store.path))
            # Longer than a passing note: the learner is to read it, and act on it.
            self.notify(
                message, title="Progress file", severity="warning", markup=False, timeout=30
            )

    def on_screen_resume(self) -> None:
        """Back from a session: the new / due / learned counts have moved on."""
        # Back from a session the keys are home's again (s, Space), not a field's.
        self.query_one("#bank-list", CheckList).focus()
        self.count_again()

    @work(thread=True, exclusive=True, group="bank-counts")
    def count_again(self) -> None:
        """Count each bank's new / due / learned questions again, off the UI thread: it
        hashes every question and reads the progress file."""
        rows = self._bank_rows()
        self.app.call_from_thread(self._show_bank_rows, rows)

    def _show_bank_rows(self, rows: list[tuple[Content, int, bool]]) -> None:
        bank_list: CheckList[int] = self.query_one("#bank-list", CheckList)
        chosen = set(bank_list.selected)
        bank_list.set_entries([(prompt, index, index in chosen) for prompt, index, _ in rows])

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        mode = event.pressed.name or "practice"
        self.query_one("#mode-help", Static).update(Content(MODE_HELP.get(mode, "")))
        self.query_one("#settings-form").set_class(mode == "sprint", "-sprint")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            event.stop()
            self.action_start()

    # -- starting ----------------------------------------------------------------------
    def chosen_options(self) -> tuple[list[Bank], SessionOptions]:
        """The banks and options set on the screen; SettingError names a bad field."""
        picked = set(self.query_one("#bank-list", CheckList).selected)
        banks = [bank for index, bank in enumerate(self.banks) if index in picked]
        if not banks:
            raise SettingError("bank-list", "Tick at least one bank (space).")
        pressed = self.query_one("#mode", RadioSet).pressed_button
        mode = (pressed.name if pressed is not None else None) or "practice"
        tags = tuple(self.query_one("#tag-list", CheckList).selected)
        if mode == "sprint":
            sprint = seconds_setting(
                self.query_one("#sprint-time", Input).value, "sprint-time", "Sprint"
            )
            if sprint is None:
                raise SettingError("sprint-time", "Sprint: how many seconds?")
            # as --sprint: every matching question, against the sprint's clock alone
            return banks, replace(
                self.quiz_app.options,
                mode="practice",
                sprint=sprint,
                count=None,
                tags=tags,
                question_time=None,
                session_time=None,
            )
        count_text = self.query_one("#count", Input).value.strip()
        count = int(count_text) if count_text else None
        if count is not None and count < 1:
            raise SettingError("count", "Questions: at least 1 (or blank for all).")
        question_time = seconds_setting(
            self.query_one("#question-time", Input).value, "question-time", "Per question"
        )
        session_time = seconds_setting(
            self.query_one("#session-time", Input).value, "session-time", "Whole session"
        )
        options = replace(
            self.quiz_app.options,
            mode=cast(Mode, mode),
            count=count,
            tags=tags,
            question_time=question_time,
            session_time=session_time,
            sprint=None,
        )
        return banks, options

    def action_start(self) -> None:
        try:
            banks, options = self.chosen_options()
            # Tags that none of the ticked banks has would make an unknown-tag error.
            known = {tag for bank in banks for tag in bank.tags()}
            tags = tuple(tag for tag in options.tags if tag in known)
            if options.tags and not tags:
                raise SettingError("tag-list", "None of the ticked banks has the ticked tags.")
            options = replace(options, tags=tags)
            session = Session(banks, options, self.quiz_app.clock, self.quiz_app.store)
        except SettingError as error:
            self.notify(str(error), title="Can't start", severity="error", markup=False)
            self.query_one(f"#{error.field_id}").focus()
            return
        except NothingDue as nothing:
            self.offer_instead(nothing, banks, options)
            return
        except SessionSetupError as error:
            self.notify(str(error), title="Can't start", severity="error", markup=False)
            return
        self._begin(session, options)

    def _begin(self, session: Session, options: SessionOptions) -> None:
        """Start ``session``; the mode and count chosen on the screen are kept for next time
        (a count is kept once the learner has changed it: the one shown may be cut to a
        small bank's size)."""
        # A refused start's message is answered now: it must not cover the first question.
        self.app.clear_notifications()
        if options.sprint:
            self.quiz_app.remember(mode="sprint", sprint=options.sprint)
        else:
            typed = self.query_one("#count", Input).value.strip()
            count = options.count if typed != self._count_shown else None
            self.quiz_app.remember(mode=options.mode, **({"count": count} if count else {}))
        self.quiz_app.options = options
        self.quiz_app.start_session(session)

    def offer_instead(
        self, nothing: NothingDue, banks: list[Bank], options: SessionOptions
    ) -> None:
        """Review found nothing due: the learner may play the new questions or practise."""
        from quizapp.tui.screens.nothing_due import (  # deferred: quizapp/SPEED.md
            Instead,
            NothingDueScreen,
        )

        def chosen(instead: Instead | None) -> None:
            if instead is None:
                return
            # The same banks, tags, count and limits; only what is asked changes.
            other = replace(options, mode="practice", new_only=instead == "new")
            try:
                session = Session(banks, other, self.quiz_app.clock, self.quiz_app.store)
            except SessionSetupError as error:
                self.notify(str(error), title="Can't start", severity="error", markup=False)
                return
            self._begin(session, options)

        self.app.push_screen(NothingDueScreen(nothing), callback=chosen)

    def action_stats(self) -> None:
        self.quiz_app.show_stats()
