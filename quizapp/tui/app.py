"""The study app: one factory builds it for the command line and for the tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import SimpleCommand
from textual.screen import Screen

from quizapp.bank.models import Bank
from quizapp.clock import Clock, SystemClock
from quizapp.collector import resume_collection
from quizapp.paths import Settings, read_settings, settings_path, write_settings
from quizapp.session import Mode, NothingDue, Session, SessionOptions
from quizapp.tui import STYLES
from quizapp.tui.screens.question import QuestionScreen
from quizapp.wording import answers_saved

if TYPE_CHECKING:
    from textual.theme import Theme

    from quizapp.bank.opening import BrokenBank
    from quizapp.store import Store
    from quizapp.store.insights import Insights
    from quizapp.store.stats import Stats


class QuizApp(App[None]):
    """Home -> questions (with feedback) -> results; stats and help on the side."""

    # Every colour comes from the theme, so the command palette's themes all work.
    CSS_PATH: ClassVar[list[str | PurePath]] = [STYLES / "base.tcss"]
    TITLE = "quizapp"
    # Each screen takes the class of its width, for its stylesheet: below 60 columns
    # labels go above what they label and headers stack; from 96 there is room side by side.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-medium"), (96, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
        # Where "?" is typed (a text field), Textual leaves its binding out and the footer
        # shows F1 instead.
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("f1", "help", "Help", key_display="F1", id="app.help-in-text"),
    ]

    def __init__(
        self,
        banks: Sequence[Bank],
        store: Store | None,
        options: SessionOptions | None = None,
        *,
        session: Session | None = None,
        clock: Clock | None = None,
        broken: Sequence[BrokenBank] = (),
        settings: Settings | None = None,
        settings_notice: str | None = None,
        nothing_due: NothingDue | None = None,
        unreadable: int | None = None,
    ) -> None:
        super().__init__()
        self.banks = list(banks)
        self.broken = list(broken)
        """Bank files that did not pass ``check``: the home screen lists them."""
        self.store = store
        self.nothing_due = nothing_due
        """Review was asked for on the command line with nothing due: the home screen says so
        and offers what to play instead."""
        if unreadable is None:
            unreadable = store.unreadable_count() if store is not None else 0
        self.unreadable = unreadable
        """Answers in the progress file that cannot be read, counted when it was opened, and
        not said yet: the home screen says so once, then sets it to 0."""
        if settings is None:
            settings, settings_notice = read_settings()
        self.settings = settings
        """What the learner chose last time (theme, count, mode), saved again as they change."""
        if settings.keymap:
            # Every binding has an id: the settings file's [keymap] gives it other keys.
            self.set_keymap(settings.keymap)
        self._settings_notice = settings_notice
        self._settings_said = False
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        elif settings.theme:
            self._settings_notice = f"unknown theme {settings.theme!r} in {settings_path()}"
        if options is None and session is None:
            options = SessionOptions(
                mode=cast(Mode, settings.session_mode),
                count=settings.count,
                sprint=settings.home_sprint,
            )
        self.options = options or (session.options if session else SessionOptions())
        self.clock = clock or (session.clock if session else SystemClock())
        self._first_session = session
        self.save_failure: str | None = None
        """Why an answer could not be saved, if one could not: the command exits 1."""

    def on_mount(self) -> None:
        # The command line paused the cycle collector for the start: it resumes once the
        # first screen is drawn, leaving out everything made until then.
        self.call_after_refresh(resume_collection)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._settings_notice:
            self.say_settings_problem(self._settings_notice)

    # -- settings that last --------------------------------------------------------------
    def remember(self, **changes: Any) -> None:
        """Change the learner's settings and save them (a failure is said once, never fatal)."""
        changed = replace(self.settings, **changes)
        if changed == self.settings:
            return
        self.settings = changed
        failure = write_settings(changed)
        if failure:
            self.say_settings_problem(failure)

    def say_settings_problem(self, problem: str) -> None:
        """One notice a run about the settings file: the app goes on without it."""
        if not self._settings_said:
            self._settings_said = True
            self.notify(problem, title="Settings", severity="warning", timeout=8, markup=False)

    def _theme_changed(self, theme: Theme) -> None:
        self.remember(theme=theme.name)

    def search_themes(self) -> None:
        """The command palette's list of themes, the current one marked."""
        current = self.theme

        def choose(name: str) -> None:
            self.theme = name

        self.search_commands(
            [
                SimpleCommand(
                    f"{name}  ✓" if name == current else name,
                    partial(choose, name),
                    "the theme now" if name == current else None,
                )
                for name in sorted(self.available_themes)
            ],
            placeholder="Search for themes…",
        )

    def get_default_screen(self) -> Screen[None]:
        """The first screen, at the bottom of the stack (pushed over Textual's own empty
        screen instead, it would have that one mounted, styled and shown first: a slower
        start, see quizapp/SPEED.md)."""
        screen = self.first_screen()
        # Textual reads the CSS_PATH of a screen it pushes or switches to, not of the
        # default screen: read this one's with the app's own stylesheets.
        for path in screen.css_path:
            if not self.stylesheet.has_source(str(path), ""):
                self.stylesheet.read(path)
        return screen

    def first_screen(self) -> Screen[None]:
        """The screen the app opens on: the given session from its first question, else
        the home screen."""
        if self._first_session is not None:
            return QuestionScreen(self._first_session)
        from quizapp.tui.screens.home import HomeScreen  # deferred: quizapp/SPEED.md

        return HomeScreen()

    def replace_screen(self, screen: Screen[Any]) -> None:
        """Show ``screen`` instead of the current one. The first screen is covered rather
        than replaced: Textual's switch_screen cannot replace the default screen, which
        has no result callback (Textualize/textual#2650)."""
        if len(self.screen_stack) == 1:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    # -- moving between screens ----------------------------------------------------------
    def start_session(self, session: Session, *, replace: bool = False) -> None:
        """Show the session's first question (``replace``: instead of the current screen)."""
        screen = QuestionScreen(session)
        if replace:
            self.replace_screen(screen)
        else:
            self.push_screen(screen)

    def show_results(self, session: Session) -> None:
        """The results replace the question screen, so going back skips the questions."""
        from quizapp.tui.screens.results import ResultsScreen  # deferred: quizapp/SPEED.md

        self.replace_screen(ResultsScreen(session))

    def go_home(self) -> None:
        """Back to the home screen (made now if the app started straight into a session)."""
        from quizapp.tui.screens.home import HomeScreen  # deferred: quizapp/SPEED.md

        homes = [screen for screen in self.screen_stack if isinstance(screen, HomeScreen)]
        if not homes:
            self.replace_screen(HomeScreen())
            return
        while self.screen is not homes[-1]:
            self.pop_screen()

    def show_stats(self) -> None:
        """Open the stats screen once its figures are read."""
        self.read_stats()

    @work(thread=True, exclusive=True, group="stats")
    def read_stats(self) -> None:
        """The stats screen's figures, read off the UI thread: they go through the whole
        progress file, which keeps growing."""
        stats = insights = None
        if self.store is not None:
            from quizapp.store.insights import read_stats  # deferred: quizapp/SPEED.md

            stats, insights = read_stats(self.store, self.banks, self.clock.now())
        self.call_from_thread(self.open_stats, stats, insights)

    def open_stats(self, stats: Stats | None, insights: Insights | None) -> None:
        from quizapp.tui.screens.stats import StatsScreen  # deferred: quizapp/SPEED.md

        self.push_screen(StatsScreen(stats, insights))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's commands, with "Keys" opening the help screen (which Escape closes)
        instead of Textual's key panel (which left Escape to the screen under it)."""
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield SystemCommand(
                    "Keys", "Every key of this screen and of each kind of answer", self.action_help
                )
            else:
                yield command

    # -- keys everywhere -----------------------------------------------------------------
    def action_help(self) -> None:
        from quizapp.tui.screens.help import HelpScreen  # deferred: quizapp/SPEED.md

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
        else:
            session = self.session_in_progress()
            # The help screen is a dialog: under it, a session that can pause does.
            clock_paused = session is not None and session.can_pause
            self.push_screen(HelpScreen(self.screen, self.settings.keymap, clock_paused))

    def session_in_progress(self) -> Session | None:
        """The session being played, if one is unfinished."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, QuestionScreen) and not screen.session.finished:
                return screen.session
        return None

    def _exit_saying_unsaved(self) -> None:
        """Exit; an answer the progress file refused (and kept refusing) fails the command,
        however the learner leaves."""
        for screen in self.screen_stack:
            if isinstance(screen, QuestionScreen) and screen.session.save_failure:
                self.save_failure = screen.session.save_failure
        self.exit()

    async def action_quit(self) -> None:
        """Quit; in the middle of a session, ask first (ctrl+q twice quits at once)."""
        from quizapp.tui.screens.confirm import ConfirmScreen  # deferred: quizapp/SPEED.md

        session = self.session_in_progress()
        if session is None or isinstance(self.screen, ConfirmScreen):
            if session is not None:
                session.stop()
            self._exit_saying_unsaved()
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                session.stop()
                self._exit_saying_unsaved()

        self.push_screen(
            ConfirmScreen(
                "Quit quizapp?",
                f"This session is not finished. {answers_saved(len(session.outcomes))}",
                yes="Quit",
            ),
            callback=confirmed,
        )


def make_app(
    banks: Sequence[Bank],
    store: Store | None,
    options: SessionOptions | None = None,
    *,
    session: Session | None = None,
    clock: Clock | None = None,
    broken: Sequence[BrokenBank] = (),
    settings: Settings | None = None,
    settings_notice: str | None = None,
    nothing_due: NothingDue | None = None,
    unreadable: int | None = None,
) -> QuizApp:
    """The app on ``banks``: the home screen, or ``session`` from its first question.

    ``clock`` drives every session the app starts (tests pass a FakeClock); a given
    session keeps its own clock. ``settings`` (with the notice about their file, if any):
    as read by the command line; by default they are read here. ``nothing_due``: review was
    asked for and nothing is due (the home screen offers new questions or practice instead).
    ``unreadable``: how many answers in ``store`` cannot be read, as the command line
    counted them when it opened the file; by default they are counted here.
    """
    return QuizApp(
        banks,
        store,
        options,
        session=session,
        clock=clock,
        broken=broken,
        settings=settings,
        settings_notice=settings_notice,
        nothing_due=nothing_due,
        unreadable=unreadable,
    )
