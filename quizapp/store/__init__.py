"""The progress file: one SQLite database of sessions, answers and derived cards.

``Store`` (``database.py``) is the only way in; ``file.py`` opens and checks the file,
``schema.py`` holds the schema and its migrations, ``rows.py`` the record types,
``derive.py`` replays answers into scheduling cards, ``stats.py`` reads stats and exports.
"""

from quizapp.store.database import Store
from quizapp.store.file import StoreError

__all__ = ["Store", "StoreError"]
