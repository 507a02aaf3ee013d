"""The Textual front end: screens over one Session. Build it with ``make_app``."""
