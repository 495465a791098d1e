"""The names of the places the geoparser finds in a text, for tests of its rules."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geo import Gazetteer, locate


def located_names(nlp: Language, gaz: Gazetteer, text: str, *, geoparse: bool = True) -> list[str]:
    """Names of the places ``locate`` finds in ``text`` (with or without the geoparsing
    convention's extra toponyms)."""
    return [p.name for p in locate(nlp(text), gazetteer=gaz, geoparse=geoparse)]
