"""Developer aid: remove the `xfail` mark of per-language cases that now pass (strict XPASS)."""
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def xpassed() -> list[tuple[str, str, int]]:
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/lang", "-rf"], cwd=ROOT, capture_output=True, text=True)
    found = []
    for line in run.stdout.splitlines():
        if line.startswith("FAILED") and "XPASS" in line:
            name = line.split("[", 1)[1].split("]", 1)[0]
            lang, kind, number = name.split("-")
            found.append((lang, kind, int(number)))
    return found


def unmark(lang: str, kind: str, number: int) -> None:
    path = ROOT / "tests" / "lang" / lang / "cases.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    reason = yaml.safe_load("\n".join(lines))[kind][number - 1]["xfail"]
    for index, line in enumerate(lines):
        if not line.strip().startswith("xfail:"):
            continue
        indent = len(line) - len(line.lstrip())
        end = index + 1
        while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) > indent:
            end += 1
        if (yaml.safe_load("\n".join(l[indent:] for l in lines[index:end])) or {}).get("xfail") == reason:
            del lines[index:end]
            path.write_text("\n".join(lines), encoding="utf-8")
            return


if __name__ == "__main__":
    for case in xpassed():
        unmark(*case)
        print("unmarked", *case)
