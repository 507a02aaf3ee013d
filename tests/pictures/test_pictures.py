"""The README's pictures are what the app draws now: each committed SVG must match what
make_pictures.py makes (run it again after changing the screens or the bundled bank)."""

from __future__ import annotations

from pathlib import Path

from make_pictures import HERE, PICTURES, make_pictures


async def test_committed_pictures_match_the_app(tmp_path: Path) -> None:
    made = await make_pictures(tmp_path)
    assert sorted(path.stem for path in made) == sorted(PICTURES)
    stale = [
        path.name
        for path in made
        if not (HERE / path.name).is_file()
        or (HERE / path.name).read_text(encoding="utf-8") != path.read_text(encoding="utf-8")
    ]
    assert not stale, (
        f"{', '.join(stale)} no longer match the app: run python tests/pictures/make_pictures.py"
    )
