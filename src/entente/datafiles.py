"""Access to the data files under ``resources/`` (docs/DATA.md).

One ``Resources`` object is created by the caller and passed to the stages that need it;
it memoises parsed files per instance, so nothing is cached globally.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is several times faster for the large KB files
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader

PACKAGE_RESOURCES = Path(__file__).parent / "resources"
LANGUAGES = ("en", "fr", "it", "es", "de", "pt", "ru", "uk", "ar", "fa", "tr", "zh")


class DataFileError(ValueError):
    """A data file is missing or malformed."""


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, naming the file in any error; parsed files are cached (see ``_cached``)."""
    cached = _cache_file(path)
    if cached is not None and cached.exists():
        try:
            return pickle.loads(cached.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            pass
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    _store_cache(cached, data)
    return data


def cache_dir() -> Path | None:
    """Where parsed data files are cached ($ENTENTE_CACHE_DIR, else ~/.cache/entente); None disables."""
    value = os.environ.get("ENTENTE_CACHE_DIR")
    if value == "":
        return None
    return Path(value) if value else Path.home() / ".cache" / "entente"


def _cache_file(path: Path) -> Path | None:
    """A cache entry named by the file's path, size and modification time: an edit invalidates it."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    digest = hashlib.sha1(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{yaml.__version__}".encode()).hexdigest()
    return folder / "data" / f"{digest}.pickle"


def _store_cache(cached: Path | None, data: Any) -> None:
    if cached is None:
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(cached)
    except OSError:
        pass  # a read-only home only costs speed


class PerLanguage(Mapping):
    """A table keyed by language whose entries are built on first use: an installation that
    reads French pays only for French (each language's matchers and patterns take tens of ms)."""

    def __init__(self, languages: list[str], build: Callable[[str], Any]):
        self._languages = list(languages)
        self._build = build
        self._built: dict[str, Any] = {}

    def __getitem__(self, lang: str) -> Any:
        if lang not in self._built:
            if lang not in self._languages:
                raise KeyError(lang)
            self._built[lang] = self._build(lang)
        return self._built[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._languages)

    def __len__(self) -> int:
        return len(self._languages)


def _code_stamp() -> str:
    """A digest of the package's source files: a built object pickled by other code is not reused."""
    digest = hashlib.sha1()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


@dataclass
class Resources:
    """The data files of one installation (package resources by default)."""

    root: Path = PACKAGE_RESOURCES
    _cache: dict[Path, Any] = field(default_factory=dict, repr=False)

    def load(self, relative: str, default: Any = None) -> Any:
        """Parsed content of ``resources/<relative>``; ``default`` when the file is absent."""
        path = self.root / relative
        if path not in self._cache:
            self._cache[path] = read_yaml(path) if path.exists() else default
        return self._cache[path]

    def lang(self, lang: str, name: str) -> dict:
        """``resources/lang/<lang>/<name>.yaml`` as a dict (empty when absent)."""
        return self.load(f"lang/{lang}/{name}.yaml", default={}) or {}

    def languages(self) -> list[str]:
        """Languages that have a data folder."""
        folder = self.root / "lang"
        return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.exists() else []

    def fingerprint(self) -> str:
        """A digest of every data file's path, size and modification time: changes when any does."""
        if "_fingerprint" not in self._cache:
            digest = hashlib.sha1()
            for path in sorted(self.root.rglob("*")):
                if path.is_file():
                    stat = path.stat()
                    digest.update(f"{path.relative_to(self.root)}|{stat.st_size}|{stat.st_mtime_ns}".encode())
            self._cache["_fingerprint"] = digest.hexdigest()
        return self._cache["_fingerprint"]

    def cached(self, name: str, build):
        """``build()``'s result, pickled in the cache directory until the data files change."""
        folder = cache_dir()
        path = folder / "built" / f"{name}-{self.fingerprint()}-{_code_stamp()}.pickle" if folder else None
        if path is not None and path.exists():
            try:
                return pickle.loads(path.read_bytes())
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                pass
        value = build()
        _store_cache(path, value)
        return value

    def files(self, relative_dir: str, pattern: str = "*.yaml") -> list[Path]:
        """Data files in a resources folder, sorted for deterministic loading."""
        folder = self.root / relative_dir
        return sorted(folder.glob(pattern)) if folder.exists() else []
