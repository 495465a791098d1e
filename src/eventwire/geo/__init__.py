"""Geocoding: an offline gazetteer and place disambiguation in the article's context."""

from eventwire.geo.candidate import Candidate
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.locate import locate

__all__ = ["Candidate", "Gazetteer", "locate"]
