"""Actor recognition and coding: lexicons as data, rules over the parse, in-document resolution."""

from eventwire.actors.lexicon import ActorLexicon, default_lexicon, load_lexicon
from eventwire.actors.recognise import ActorIndex, recognise

__all__ = ["ActorIndex", "ActorLexicon", "default_lexicon", "load_lexicon", "recognise"]
