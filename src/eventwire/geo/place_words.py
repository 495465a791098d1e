"""The word lists of ``data/gazetteer/place_words.yaml`` that tell a place from other
uses of its name, shared by the recogniser (``locate``) and the qualifiers."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventwire.resources import data_path, read_yaml


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The word lists of ``data/gazetteer/place_words.yaml``."""

    #: Kinds of place: "the town of X", "X province".
    nouns: frozenset[str]
    #: Prepositions whose object is a place: "in X", "from X".
    prepositions: frozenset[str]
    #: People and offices of a place: "a Hamilton woman", "Kelowna Mayor ...".
    local: frozenset[str]
    #: The last words of street names: "Orchard Lane, Hamilton".
    streets: frozenset[str]
    #: Compass words, a place alone only in the article's countries: "Southern".
    compass: frozenset[str]
    #: Nouns that make a seat of government its institution: "White House officials".
    institution: frozenset[str]
    #: Bodies of the solar system: "Earth", "Mars".
    celestial: frozenset[str]
    #: Verbs of one team beating another: "Minnesota beat Buffalo".
    team_verbs: frozenset[str]
    #: A team's people and gear after its city: "Leeds striker", "Denver's coach".
    team_roles: frozenset[str]
    #: Positions after a city that only a player's name after them makes a team's.
    team_positions: frozenset[str]
    #: Verbs whose "for X" is a team: "scored for Ottawa", "plays for Leeds".
    team_for_verbs: frozenset[str]
    #: Words a club puts before or after its town's name: "Real Madrid", "Leeds United".
    club_prefixes: frozenset[str]
    club_suffixes: frozenset[str]
    #: Parts of a town: "the Kanyama area of Lusaka".
    parts: frozenset[str]
    #: The last words of named local places: "Freedom Square", "the Galata Bridge".
    landmark_heads: frozenset[str]
    #: Lower-case kinds of local place after a name: "the Ciliwung river".
    local_kinds: frozenset[str]
    #: The last words of the names of bodies: "the Civil Aviation Authority".
    body_heads: frozenset[str]
    #: Prepositions before a local place entity besides the locative ones: "at Falomo".
    name_prepositions: frozenset[str]
    #: Words of going whose "to X" is a place: "flew to Kent", "on its way to Gwadar".
    movement: frozenset[str]
    #: Faiths and their laws, never local places: "the holiest site in Islam".
    faiths: frozenset[str]
    #: Last words of feature names that news drops: "the Pacific" (Ocean).
    dropped_heads: tuple[str, ...]


@functools.cache
def place_words() -> PlaceWords:
    """The word lists of ``data/gazetteer/place_words.yaml``."""
    data = read_yaml(data_path("gazetteer/place_words.yaml"))
    words = data if isinstance(data, dict) else {}

    def _list(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in words.get(key) or [])

    return PlaceWords(
        nouns=_list("place_nouns"),
        prepositions=_list("locative_prepositions"),
        local=_list("local_nouns"),
        streets=_list("street_nouns"),
        compass=_list("compass_words"),
        institution=_list("institution_nouns"),
        celestial=_list("celestial_bodies"),
        team_verbs=_list("team_verbs"),
        team_roles=_list("team_roles"),
        team_positions=_list("team_positions"),
        team_for_verbs=_list("team_for_verbs"),
        club_prefixes=_list("club_prefixes"),
        club_suffixes=_list("club_suffixes"),
        parts=_list("part_nouns"),
        landmark_heads=_list("landmark_heads"),
        local_kinds=_list("local_kinds"),
        body_heads=_list("body_heads"),
        name_prepositions=_list("name_prepositions"),
        movement=_list("movement_words"),
        faiths=_list("faiths"),
        dropped_heads=tuple(str(w) for w in words.get("dropped_heads") or []),
    )
