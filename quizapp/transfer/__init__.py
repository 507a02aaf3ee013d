"""Import and export of banks in other formats: GIFT and Aiken in, GIFT out, TOML written back.

``files.py`` reads a file and picks its format; ``gift.py``/``gift_answers.py`` and
``aiken.py`` parse; ``common.py`` turns drafts into bank records; ``gift_export.py`` and
``toml_writer.py`` write.
"""
