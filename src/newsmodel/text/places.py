"""Place names the text helpers recognise: cities, countries and regions.

The list (``places.txt.gz`` beside this module, about 179,000 names) holds facts from
GeoNames (https://www.geonames.org/, CC BY 4.0): every city of 5,000 people or more by its
GeoNames name, the other Latin, Greek and Cyrillic names of cities of 50,000 or more and
of capitals ("München", "Munich", "Monaco di Baviera"), the names in scripts without
letter case of cities of 100,000 or more ("কলকাতা", "اسلام آباد"), countries, US states
and a hand-written list of regions. ``tools/make_places.py`` builds it. It is read once,
on first use (~70 ms, ~21 MB as a frozenset).
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

__all__ = ["is_place"]


@cache
def _places() -> frozenset[str]:
    raw = resources.files(__package__).joinpath("places.txt.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8").casefold().replace("i\u0307", "i")
    return frozenset(text.split("\n")) - {""}


def is_place(name: str) -> bool:
    """Tell whether a name is a known city, country or US state ("Berlin", "Bogotá").

    Args:
        name: The name as written; case and runs of whitespace do not matter.

    Returns:
        True when the whole name is a place name of the list.
    """
    # (Turkish dotted capital İ folds to i and a combining dot: "İZMİR" as "Izmir".)
    return " ".join(name.split()).casefold().replace("i\u0307", "i") in _places()
