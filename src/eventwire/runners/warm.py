"""Loaded by the process pool's fork server before it forks any worker.

Importing this module loads the spaCy pipeline, the gazetteer, the built-in lexicons and
the date parser (``pool.warm_up``), so that every worker forked afterwards starts with
them in memory, shared copy-on-write, instead of spending seconds of CPU loading its own.
Nothing else should import it.
"""

from __future__ import annotations

import contextlib

from eventwire.runners.pool import warm_up

# A failure here would kill the fork server with an unhelpful error; each worker calls
# ``warm_up`` again when it starts (at no cost once loaded) and reports it properly.
with contextlib.suppress(Exception):
    warm_up()
