"""Shared by the scripts that generate knowledge-base files: write the file, or check it."""
from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(path: Path, text: str, script: str, check: bool) -> int:
    """With ``check``, return 1 (and say so) when ``path`` differs from ``text``; else write it."""
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            print(f"{path} is out of date; run scripts/{script}", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return 0
