"""robots.txt rules per site, fetched once per run and read with ``urllib.robotparser``.

Status handling follows RFC 9309: a robots.txt that answers 4xx allows everything; one
that cannot be reached (5xx, network failure) disallows everything on that site. A site
whose robots.txt could not be asked for at all (no DNS answer, no connection) is
reported as unreachable (:meth:`RobotsBook.unreachable`), not as one that forbids us.
"""

from __future__ import annotations

import threading
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit

# A getter: robots.txt URL -> (status, text); status 0 means the site could not be reached,
# and the text then says why (the network error).
RobotsGetter = Callable[[str], tuple[int, str]]


def site_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url``."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class RobotsBook:
    """The robots.txt rules of every site seen, each fetched once (thread-safe)."""

    def __init__(self, get: RobotsGetter, agent: str) -> None:
        self._get = get
        self.agent = agent
        self._lock = threading.Lock()
        self._site_locks: dict[str, threading.Lock] = {}
        self._rules: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._unreachable: dict[str, str] = {}

    def _site_lock(self, site: str) -> threading.Lock:
        with self._lock:
            return self._site_locks.setdefault(site, threading.Lock())

    def rules(self, url: str) -> urllib.robotparser.RobotFileParser:
        """The parsed rules of ``url``'s site (fetched on first use)."""
        site = site_of(url)
        with self._site_lock(site):
            found = self._rules.get(site)
            if found is None:
                found = self._rules[site] = self._load(site)
            return found

    def _load(self, site: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(f"{site}/robots.txt")
        status, text = self._get(f"{site}/robots.txt")
        if 200 <= status < 300:
            parser.parse(text.splitlines())
        elif 400 <= status < 500:
            parser.parse([])  # no rules: everything is allowed
        else:
            parser.parse(["User-agent: *", "Disallow: /"])
            if status == 0:
                self._unreachable[site] = text or "no answer"
        return parser

    def unreachable(self, url: str) -> str | None:
        """The network error met asking ``url``'s site for its robots.txt, if any."""
        self.rules(url)
        return self._unreachable.get(site_of(url))

    def allowed(self, url: str) -> bool:
        """Whether this agent may fetch ``url``."""
        return self.rules(url).can_fetch(self.agent, url)

    def crawl_delay(self, url: str) -> float | None:
        """The site's ``Crawl-delay`` for this agent, in seconds, if it sets one."""
        delay = self.rules(url).crawl_delay(self.agent)
        return float(delay) if delay is not None else None
