"""The Textual front end: screens over one Session. Build it with ``make_app``."""

from pathlib import Path

STYLES = Path(__file__).parent / "styles"
"""The stylesheets: base.tcss for every screen (the app's ``CSS_PATH``), and the one each
screen names in its own ``CSS_PATH``, which Textual reads when that screen is first shown."""
