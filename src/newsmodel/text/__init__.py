"""Helpers over plain strings: bylines, dates and datelines.

They know nothing of formats; the format readers call them::

    parse_byline("By Jane Doe, Reuters")   # [Byline(name="Jane Doe", affiliation="Reuters")]
    parse_date("28. Juli 2021")            # datetime.date(2021, 7, 28)
    read_date("Updated 10:00 EDT, July 28, 2021").kind   # "modified"
    parse_dateline("MOSCOW — The Kremlin ...").places   # ["MOSCOW"]
    is_place("Bogotá")                     # True: a city, country or US state of the list
"""

from newsmodel.text.bylines import AGENCIES, is_agency, parse_byline
from newsmodel.text.datelines import parse_dateline
from newsmodel.text.dates import (
    LOCAL_TIME_PHRASES,
    ZONE_NAMES,
    ZONE_OFFSETS,
    DateKind,
    DateParseError,
    DateReading,
    parse_date,
    read_date,
)
from newsmodel.text.places import is_place

__all__ = [
    "AGENCIES",
    "LOCAL_TIME_PHRASES",
    "ZONE_NAMES",
    "ZONE_OFFSETS",
    "DateKind",
    "DateParseError",
    "DateReading",
    "is_agency",
    "is_place",
    "parse_byline",
    "parse_date",
    "parse_dateline",
    "read_date",
]
