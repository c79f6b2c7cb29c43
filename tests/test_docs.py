"""Every command a user can run is documented in the README."""
from pathlib import Path

from entente.cli import app, export_app, kb_app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def command_names(typer_app, prefix=""):
    names = []
    for command in typer_app.registered_commands:
        names.append(prefix + (command.name or command.callback.__name__.replace("_", "-")))
    return names


def test_readme_opens_with_the_two_commands():
    head = README.split("\n## ", 1)[0]
    assert "make demo" in head and "make test" in head


def test_every_command_is_documented():
    commands = command_names(app) + command_names(kb_app, "kb ") + ["export"]
    missing = [c for c in commands if f"entente {c}" not in README]
    assert not missing
    for sub in command_names(export_app):
        assert sub in README.split("entente export", 1)[1].split("\n", 1)[0]
