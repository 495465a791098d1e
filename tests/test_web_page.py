"""The web page as a person uses it, in Debian's headless Chromium driven by Playwright:
filter by an actor, open an event and see its highlighted evidence, look at the charts,
paste the reference story and see Gantz's events. Screenshots go to test-artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from test_api_fixtures import ARTIFACTS, CORPUS, REFERENCE_STORY, running_server, session_store

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True
    )

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(session_store(tmp_path_factory)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Browser, base: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"failed: {request.url}"))
    outside: list[str] = []
    page.on(
        "request",
        lambda request: outside.append(request.url) if not request.url.startswith(base) else None,
    )
    page.goto(f"{base}/")
    page.wait_for_selector("body[data-ready=true]")
    yield page
    context.close()
    assert not errors, errors
    assert not outside, f"the page fetched from outside the server: {outside}"


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"))


def test_filter_by_actor_and_read_the_evidence(page: Page, base: str) -> None:
    actor = httpx.get(f"{base}/api/actors", params={"limit": 1}).json()["items"][0]["name"]
    rows = page.locator("#events-table tbody tr")
    expect(rows.first).to_be_visible()
    page.fill("#filter-actor", actor)
    page.press("#filter-actor", "Enter")
    total = httpx.get(f"{base}/api/events", params={"actor": actor}).json()["total"]
    expect(page.locator("#events-count")).to_contain_text(f"of {total} events")
    count = rows.count()
    assert 0 < count <= 50
    for i in range(count):
        parties = (
            rows.nth(i).locator("td").nth(3).inner_text()
            + rows.nth(i).locator("td").nth(4).inner_text()
        )
        assert actor.lower() in parties.lower() or actor.lower() in rows.nth(i).inner_text().lower()
    first = rows.first
    trigger = first.locator(".mark-trigger")
    expect(trigger).to_have_count(1)
    shot(page, "events-filtered")

    first.click()
    drawer = page.locator("#article")
    expect(drawer).to_be_visible()
    expect(page.locator("#article-evidence .mark-trigger")).to_have_text(trigger.inner_text())
    expect(page.locator("#article-text .s-focus").first).to_be_visible()
    for kind in ("actor", "trigger", "place"):
        assert page.locator(f"#article-text .s-{kind}").count() > 0, kind
    expect(page.locator("#article-events li.current")).to_have_count(1)
    shot(page, "article")
    page.click("#article-close")
    expect(drawer).to_be_hidden()


def test_timeline_network_and_map(page: Page) -> None:
    page.click("#tab-timeline")
    bars = page.locator("#timeline svg rect")
    expect(bars.first).to_be_attached()
    assert page.locator("#timeline-legend span").count() >= 2
    shot(page, "timeline")

    page.click("#tab-network")
    expect(page.locator("#network svg .node").first).to_be_attached()
    assert page.locator("#network svg path[marker-end]").count() > 0
    page.wait_for_timeout(1500)  # let the layout settle for the screenshot
    shot(page, "network")

    page.click("#tab-map")
    expect(page.locator("#map svg path.country").first).to_be_attached()
    assert page.locator("#map svg path.country").count() > 150
    assert page.locator("#map svg circle.point").count() > 0
    shot(page, "map")
    page.locator("#map svg circle.point").first.click(force=True)
    expect(page.locator("#view-events")).to_be_visible()
    assert page.locator("#filter-country").input_value() != ""


def test_paste_a_story_and_see_it_coded(page: Page) -> None:
    if REFERENCE_STORY.exists():
        text, published, who = REFERENCE_STORY.read_text("utf-8"), "2020-12-09", "Gantz"
    else:
        text = (CORPUS / "009-cairo-gaza-ceasefire-talks.txt").read_text("utf-8")
        published, who = "", ""
    page.click("#tab-code")
    page.fill("#code-text", text)
    if published:
        page.fill("#code-published", published)
    page.click("#code-run")
    expect(page.locator("#code-status")).to_contain_text("coded in", timeout=60_000)
    rows = page.locator("#code-events tbody tr")
    expect(rows.first).to_be_visible()
    assert page.locator("#code-article .s-trigger").count() == rows.count() or rows.count() > 0
    if who:
        sources = [rows.nth(i).locator("td").nth(3).inner_text() for i in range(rows.count())]
        assert sum(who in s for s in sources) >= 2, sources
    page.locator("#code-events tbody tr").first.click()
    expect(page.locator("#code-article .s-focus").first).to_be_visible()
    shot(page, "code")


def test_api_docs_work_offline(browser: Browser, base: str) -> None:
    """``/docs`` is Swagger UI from the packaged copy: every request stays on the server."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    docs = context.new_page()
    outside: list[str] = []
    failed: list[str] = []
    docs.on(
        "request",
        lambda request: outside.append(request.url) if not request.url.startswith(base) else None,
    )
    docs.on("requestfailed", lambda request: failed.append(request.url))
    response = docs.goto(f"{base}/docs")
    assert response is not None and response.status == 200
    expect(docs.locator(".swagger-ui .info .title")).to_contain_text("eventwire")
    events = docs.locator(".opblock-summary-path", has_text="/api/events").first
    expect(events).to_be_visible()
    events.click()
    expect(docs.locator(".opblock-body").first).to_be_visible()
    shot(docs, "docs")
    context.close()
    assert not outside, f"the docs fetched from outside the server: {outside}"
    assert not failed, failed
