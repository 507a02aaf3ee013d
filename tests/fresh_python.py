"""Running code in a new Python process: what a fresh start imports is only visible there."""

from __future__ import annotations

import subprocess
import sys


def output_of(script: str) -> str:
    """What ``script``, run by this Python in a new process, prints (stripped); a script
    that fails fails the test, with its error."""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
