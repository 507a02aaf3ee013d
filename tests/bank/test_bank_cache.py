"""The bank cache: a checked bank comes back unchanged, and never stale or from a bad entry."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from quizapp.bank import cache as cache_module
from quizapp.bank.cache import BankCache
from quizapp.bank.check import check_paths
from quizapp.bank.files import read_bank_bytes
from quizapp.bank.models import Bank

BANK = """\
[bank]
id = "capitals"
title = "Capitals"

[[questions]]
id = "ua"
type = "short"
prompt = "Capital of Ukraine?"
answers = ["Kyiv"]

[[questions]]
id = "cn"
type = "choice"
prompt = "Capital of China?"
choices = ["Beijing", "Shanghai"]
answer = "Beijing"
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def checked(path: Path, cache: BankCache) -> Bank:
    report = check_paths([path], cache=cache)
    assert report.ok, report.problems
    (bank,) = report.banks
    return bank


@pytest.fixture
def cache(tmp_path: Path) -> BankCache:
    return BankCache(tmp_path / "cache")


def test_a_checked_bank_comes_back_equal_under_the_name_given(
    tmp_path: Path, cache: BankCache
) -> None:
    path = write(tmp_path / "capitals.toml", BANK)
    first = checked(path, cache)
    assert cache.entry_path(path).is_file()

    relative = Path(os.path.relpath(path))
    again = cache.get(relative, read_bank_bytes(relative))
    assert again is not None and again is not first
    assert again == first
    assert again.path == str(relative) != first.path
    assert cache.load([tmp_path]) == [first]


def test_an_edit_that_keeps_size_and_modification_time_is_reparsed(
    tmp_path: Path, cache: BankCache
) -> None:
    path = write(tmp_path / "capitals.toml", BANK)
    checked(path, cache)
    stat = path.stat()
    write(path, BANK.replace("Kyiv", "Kiev"))  # the same length
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns

    assert cache.get(path, read_bank_bytes(path)) is None
    assert cache.load([path]) is None
    edited = checked(path, cache)
    assert edited.questions[0].answers == ["Kiev"]  # type: ignore[attr-defined]
    assert cache.load([path]) == [edited]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not a pickle at all",
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: pickle.dumps(("another", "header")) + pickle.dumps("not a bank"),
    ],
)
def test_a_damaged_entry_is_ignored_and_the_bank_checked_again(
    tmp_path: Path, cache: BankCache, damage
) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "capitals.toml", BANK)
    original = checked(path, cache)
    entry = cache.entry_path(path)
    entry.write_bytes(damage(entry.read_bytes()))

    assert cache.get(path, read_bank_bytes(path)) is None
    assert checked(path, cache) == original
    assert cache.get(path, read_bank_bytes(path)) == original  # written afresh


def test_an_entry_from_other_code_is_not_used(tmp_path: Path, cache: BankCache) -> None:
    path = write(tmp_path / "capitals.toml", BANK)
    checked(path, cache)
    data = read_bank_bytes(path)
    entry = cache.entry_path(path)
    header = ("another quizapp", str(path.resolve()), data)
    with entry.open("wb") as handle:
        pickle.dump(header, handle)
        pickle.dump(cache.get(path, data), handle)
    assert cache.get(path, data) is None


def test_an_entry_made_for_another_file_is_not_used(tmp_path: Path, cache: BankCache) -> None:
    """Entries are named by a CRC of the file's path, so two paths could share a name: the
    entry records its file, and a bank is never served for another file with equal bytes."""
    first = write(tmp_path / "first.toml", BANK)
    second = write(tmp_path / "second.toml", BANK)
    checked(first, cache)
    os.replace(cache.entry_path(first), cache.entry_path(second))
    assert cache.get(second, read_bank_bytes(second)) is None


def test_a_bank_with_errors_is_not_cached(tmp_path: Path, cache: BankCache) -> None:
    path = write(tmp_path / "bad.toml", BANK.replace('answer = "Beijing"', 'answer = "Paris"'))
    report = check_paths([path], cache=cache)
    assert not report.ok
    assert not cache.entry_path(path).exists()
    assert cache.load([path]) is None


def test_two_files_with_one_bank_id_always_go_through_check(
    tmp_path: Path, cache: BankCache
) -> None:
    one = write(tmp_path / "one.toml", BANK)
    checked(one, cache)
    other = write(tmp_path / "other.toml", BANK)
    checked(other, cache)
    assert cache.load([one, other]) is None
    report = check_paths([one, other], cache=cache)
    assert [p.message for p in report.problems if p.severity == "error"] == [
        f"bank id 'capitals' is also the id of {one}; progress is kept by bank id"
    ]


def test_a_cache_that_cannot_be_written_only_costs_speed(tmp_path: Path) -> None:
    blocker = write(tmp_path / "a-file", "")
    cache = BankCache(blocker / "cache")  # a folder inside a file cannot be made
    path = write(tmp_path / "capitals.toml", BANK)
    assert checked(path, cache).id == "capitals"
    assert cache.load([path]) is None


def test_old_entries_are_pruned(
    tmp_path: Path, cache: BankCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 2)
    paths = [
        write(tmp_path / f"b{n}.toml", BANK.replace("capitals", f"capitals-{n}")) for n in range(4)
    ]
    for number, path in enumerate(paths):
        checked(path, cache)
        os.utime(cache.entry_path(path), ns=(number * 10**9, number * 10**9))
    kept = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert kept == sorted(cache.entry_path(path).name for path in paths[-2:])


def test_every_command_loads_banks_through_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.commands.opening import load_banks

    monkeypatch.setenv("QUIZAPP_CACHE_DIR", str(tmp_path / "cache"))
    path = write(tmp_path / "capitals.toml", BANK)
    first = load_banks((str(path),))
    assert BankCache(tmp_path / "cache").load([path]) == first
    assert load_banks((str(path),)) == first


def test_content_hash_is_the_hash_of_what_pydantic_writes(bundled_dir: Path) -> None:
    """Banks from the cache are never validated, so pydantic's serializer is never built
    for them: the content hash is written without it, and must not change because of it
    (progress files keep it to tell an edited question)."""
    import hashlib

    from bank_text import VALID_QUESTIONS, bank, question
    from pydantic import TypeAdapter

    from quizapp.bank.loader import load_bank, parse_bank

    every_type = parse_bank(bank(*(question(kind, qid=kind) for kind in VALID_QUESTIONS)))
    bundled = [load_bank(path) for path in sorted(bundled_dir.glob("*.toml"))]
    questions = [q for loaded in (every_type, *bundled) for q in loaded.questions]
    assert {q.type for q in questions} == set(VALID_QUESTIONS)  # type: ignore[attr-defined]
    for q in questions:
        written = (
            TypeAdapter(type(q))
            .dump_json(q, exclude={"tags", "points", "time_limit", "explanation", "source"})
            .decode()
        )
        assert q.content_hash() == hashlib.sha256(written.encode()).hexdigest()[:16], q.id
