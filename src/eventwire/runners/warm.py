"""Loaded by the process pool's fork server before it forks any worker.

Importing this module loads the spaCy pipeline, the gazetteer, the built-in lexicons and
the date parser (``pool.warm_up``), so that every worker forked afterwards starts with
them in memory, shared copy-on-write, instead of spending seconds of CPU loading its own.
Nothing else should import it.
"""

from __future__ import annotations

from eventwire.runners.pool import warm_up

warm_up()
