"""screen_text reads the screen back from Textual's public SVG screenshot: each character
where the terminal shows it."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static
from tui_helpers import screen_text


class Layout(App[None]):
    CSS = """
    Horizontal { height: 1; }
    #left { width: 12; }
    #right { width: 1fr; color: red; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Static("left", id="left")
            yield Static("你好 <&> \"q\" 'x'\xa0end", id="right", markup=False)
        yield Static("", id="gap")
        yield Static("    indented", markup=False)


async def test_each_character_is_in_its_row_and_column() -> None:
    app = Layout()
    async with app.run_test(size=(40, 4)) as pilot:
        await pilot.pause()
        rows = screen_text(app).split("\n")
    assert rows == [
        "left        你好 <&> \"q\" 'x'\xa0end".ljust(38),  # the wide characters take two cells
        " " * 40,
        "    indented".ljust(40),
        " " * 40,
    ]
