"""Choosing one gazetteer candidate for a name, given what the article has already said.

The rules, tried in order; the first that decides names itself in ``Place.rule``:

``landmark``        an entry of our landmarks table (sites, disputed regions, seas)
``collective``      an entry of our regions table ("the West", "the Sahel": vague regions
                    and groups of states, which outrank any small place of that name)
``country``         a country name or alias ("Britain", "the U.S.") ...
``context-country`` ... unless it is also a first-level division of a country the article is
                    about and the country itself is not (Georgia the US state in a story about
                    Atlanta); for cities and divisions: one in a country the article mentions
``dateline``        a city or division in the dateline's country
``context-admin1``  a city or county in a state or province the article mentions (Paris,
                    Texas; Adair County, Kentucky)
``capital``         a national capital at least ten times as populous as the contextual rival:
                    political news names capitals for governments ("Washington", "Moscow")
``population``      otherwise the most populous candidate

A small town (``towns``: one the gazetteer keeps apart from its cities) answers only in
the article's context. Under ``dateline``, a city, county or town in a state or province of
the dateline's country that the article names comes before the rest of that country;
under ``context-admin1`` a town counts as a city; and where no city, division or country
has the name at all, a town in the dateline's country or in the only country the article
names answers (``dateline``, ``context-country``). A state or province of the name in a
country of the story outranks every town of it ("Montana and Wyoming").

A division and a city of one country with the same name resolve to the city when it is a
capital or a metropolis ("New York", "Washington" mean the cities, not the states), else to
the division ("Delaware", not the Ohio town). A place's own name outranks another place's
alternate name unless that place is far more populous ("Islamabad" is Pakistan's capital,
not an old name of Chittagong). No candidate, no place.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from eventwire.geo.candidate import Candidate

CAPITAL_MARGIN = 10
#: A city this populous shadows a division of its country with its name.
METROPOLIS = 1_000_000
#: The population a first-level division with none on record counts as: most hold more
#: people than any city but a metropolis.
DIVISION_PRIOR = METROPOLIS
#: A national capital this populous shadows a division of its name in any country.
CAPITAL_SHADOW = 500_000
#: Sources of our own tables, whose entries outrank any homonym in GeoNames.
OUR_TABLES = frozenset({"landmarks", "regions"})
#: An alternate name beats a place's own name only from this many times its population.
ALIAS_MARGIN = 20


def _size(candidate: Candidate, key_hits: frozenset[int]) -> tuple[int, int, int]:
    """Sort key: population (a US state's is its cities'; a division with none counts as
    :data:`DIVISION_PRIOR`, so "Ontario" is the province before the Californian city, or
    as its share of its country's people where that is less, so "Lae" is the Papua New
    Guinean port before the Marshall Islands atoll), then cities before divisions, then
    exact (not alias) names."""
    population = candidate.population
    if candidate.feature == "admin1" and not population:
        population = min(DIVISION_PRIOR, candidate.share or DIVISION_PRIOR)
    return (
        population,
        candidate.feature == "city",
        id(candidate) in key_hits,
    )


def _best(group: Sequence[Candidate], primary: frozenset[int]) -> Candidate:
    return max(group, key=lambda c: _size(c, primary))


def _drop_shadowed_divisions(
    cands: Sequence[Candidate], primary: frozenset[int] = frozenset()
) -> list[Candidate]:
    """A division yields to a city of its country with its name when that city is a
    national capital or a metropolis ("New York", "Washington"), not a small namesake
    ("Delaware", Ohio; "Wyoming", Michigan). Only a city known by this very name casts
    the shadow (``primary``: ids of exact-name matches; empty, every city counts): a
    capital that once bore the name ("Victoria" for Hong Kong) leaves the Australian
    state its name."""
    by_name = [c for c in cands if not primary or id(c) in primary]
    city_countries = {
        c.country
        for c in by_name
        if c.feature == "city" and (c.capital or c.population >= METROPOLIS)
    }
    # A large national capital also shadows a division of its name in another country
    # whose population we do not know ("Jerusalem", not the Palestinian governorate).
    capital = any(c.capital and c.population >= CAPITAL_SHADOW for c in by_name)
    return [
        c
        for c in cands
        if not (
            c.feature == "admin1"
            and (c.country in city_countries or (capital and not c.population))
        )
    ]


def prefer_own_names(cands: Sequence[Candidate], primary: frozenset[int]) -> list[Candidate]:
    """The candidates known by this very name, unless one known by it only as an alternate
    name is :data:`ALIAS_MARGIN` times as populous as all of them."""
    own = [c for c in cands if id(c) in primary]
    if not own or len(own) == len(cands):
        return list(cands)
    largest_own = max(c.population for c in own)
    largest_alias = max(c.population for c in cands if id(c) not in primary)
    if largest_alias >= ALIAS_MARGIN * max(largest_own, 1):
        return list(cands)
    return own


def choose(
    cands: Sequence[Candidate],
    *,
    primary: frozenset[int] = frozenset(),
    context_countries: Collection[str] = (),
    context_admin1: Collection[tuple[str, str]] = (),
    dateline_country: str | None = None,
    towns: Sequence[Candidate] = (),
) -> tuple[Candidate, str] | None:
    """Pick a candidate and the rule that picked it. ``primary``: ids of exact-name matches;
    ``towns``: the small towns of the name, heard only in context (see above)."""
    if not cands:
        return _town_in_context(towns, context_countries, context_admin1, dateline_country)
    landmarks = [c for c in cands if c.source in OUR_TABLES and c.feature != "city"]
    if landmarks:
        return landmarks[0], "collective" if landmarks[0].source == "regions" else "landmark"
    known = set(context_countries)
    if dateline_country:
        known.add(dateline_country)
    countries = [c for c in cands if c.feature == "country"]
    if countries:
        country = countries[0]
        rivals = [
            c
            for c in cands
            if c.feature == "admin1" and c.country in known and c.country != country.country
        ]
        if rivals and country.country not in known:
            return rivals[0], "context-country"
        return country, "country"
    places = _drop_shadowed_divisions(
        [c for c in cands if c.feature in ("city", "admin1", "admin2")], primary
    )
    places = prefer_own_names(places, primary)
    if not places:
        return _town_in_context(towns, context_countries, context_admin1, dateline_country)
    top = _best(places, primary)

    def _or_capital(pick: Candidate, rule: str) -> tuple[Candidate, str]:
        if (
            top.capital
            and top is not pick
            and top.population >= CAPITAL_MARGIN * max(pick.population, 1)
        ):
            return top, "capital"
        return pick, rule

    admin_keys = set(context_admin1)
    if any(c.feature == "admin1" and c.country in known for c in places):
        towns = ()  # a state of the story's countries outranks every town ("Wyoming")
    elif dateline_country and admin_keys:
        # A state of the dateline's country that the article names narrows the dateline.
        local = [
            c
            for c in [*places, *towns]
            if c.country == dateline_country
            and c.feature in ("city", "admin2")
            and (c.country or "", c.admin1 or "") in admin_keys
        ]
        if local:
            return _or_capital(_best(local, primary), "dateline")
    if dateline_country:
        in_dateline = [c for c in places if c.country == dateline_country]
        if in_dateline:
            return _or_capital(_best(in_dateline, primary), "dateline")
    in_admin = [
        c
        for c in [*places, *towns]
        if c.feature in ("city", "admin2") and (c.country or "", c.admin1 or "") in admin_keys
    ]
    if in_admin:
        pick = _best(in_admin, primary)
        if pick.source == "towns":  # a town of a state named in passing: not a capital
            return _or_capital(pick, "context-admin1")
        return pick, "context-admin1"
    in_country = [c for c in places if c.country in known]
    if in_country:
        return _or_capital(_best(in_country, primary), "context-country")
    return top, "population"


def _town_in_context(
    towns: Sequence[Candidate],
    context_countries: Collection[str],
    context_admin1: Collection[tuple[str, str]],
    dateline_country: str | None,
) -> tuple[Candidate, str] | None:
    """The most populous town of the name in a state or province the article names, else
    in the dateline's country, else in the one country the article names; None elsewhere."""
    if not towns:
        return None
    admin_keys = set(context_admin1)
    steps: list[tuple[str, list[Candidate]]] = [
        ("context-admin1", [c for c in towns if (c.country or "", c.admin1 or "") in admin_keys]),
        ("dateline", [c for c in towns if dateline_country and c.country == dateline_country]),
        # A country the article names, where it names no other ("Mareeba" in a story
        # about Australia alone).
        ("context-country", [c for c in towns if {c.country} == set(context_countries)]),
    ]
    for rule, found in steps:
        if found:
            return max(found, key=lambda c: c.population), rule
    return None
