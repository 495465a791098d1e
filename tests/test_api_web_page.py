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

from playwright.sync_api import Browser, Page, Route, expect, sync_playwright  # noqa: E402


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


def _open(browser: Browser, base: str, path: str = "/", **context: object) -> Page:
    fresh = browser.new_context(**{"viewport": {"width": 1400, "height": 1000}, **context})  # type: ignore[arg-type]
    opened = fresh.new_page()
    opened.goto(f"{base}{path}")
    opened.wait_for_selector("body[data-ready=true]")
    return opened


def test_events_come_newest_first(page: Page) -> None:
    rows = page.locator("#events-table tbody tr")
    expect(rows.first).to_be_visible()
    dates = [rows.nth(i).locator("td").first.inner_text()[:10] for i in range(rows.count())]
    dated = [d for d in dates if d[:4].isdigit()]
    assert len(dated) > 5 and dated == sorted(dated, reverse=True), dates


def test_type_counts_agree_with_the_rows_shown(page: Page) -> None:
    options = page.locator("#filter-type option")
    labels = [options.nth(i).inner_text() for i in range(options.count())]
    counted = [(label.split(" (")[0], int(label.split("(")[1].rstrip(")"))) for label in labels[1:]]
    busiest = sorted(counted, key=lambda tn: -tn[1])[:3]
    assert "copies" in (page.locator("#filter-type").get_attribute("title") or "")
    for dedup in (False, True):
        if dedup:
            page.check("#events-dedup")
            page.wait_for_timeout(300)
            labels = [options.nth(i).inner_text() for i in range(options.count())]
            counted = [(lb.split(" (")[0], int(lb.split("(")[1].rstrip(")"))) for lb in labels[1:]]
            busiest = sorted(counted, key=lambda tn: -tn[1])[:3]
        for name, n in busiest:
            page.select_option("#filter-type", name)
            expect(page.locator("#events-count")).to_contain_text(f"of {n} events")


def test_a_late_answer_for_old_filters_never_fills_the_table(page: Page, base: str) -> None:
    """Two filters set one after the other: the first request is held back and answers
    last. The table must show the second filter's rows, not the late first answer."""
    types = httpx.get(f"{base}/api/overview").json()["types"]
    first, second = sorted((t for t in types if types[t]), key=lambda t: -types[t])[:2]
    expected = httpx.get(f"{base}/api/events", params={"type": second, "limit": 1}).json()
    held: list[Route] = []

    def hold_first(route: Route) -> None:
        if f"type={first}" in route.request.url and not held:
            held.append(route)
            return
        route.continue_()

    page.route("**/api/events?*", hold_first)
    page.select_option("#filter-type", first)
    page.wait_for_timeout(200)
    page.select_option("#filter-type", second)
    expect(page.locator("#events-count")).to_contain_text(f"of {expected['total']} events")
    assert held, "the first filter's request was never made"
    held[0].continue_()
    page.wait_for_timeout(500)
    expect(page.locator("#events-count")).to_contain_text(f"of {expected['total']} events")


def test_network_starts_with_the_busiest_actors(page: Page, base: str) -> None:
    everyone = httpx.get(f"{base}/api/network", params={"max_edges": 250}).json()["nodes"]
    assert len(everyone) > 15
    page.click("#tab-network")
    nodes = page.locator("#network svg .node")
    expect(nodes.first).to_be_attached()
    assert nodes.count() <= 15
    shown = {nodes.nth(i).get_attribute("data-id") for i in range(nodes.count())}
    assert shown <= {n["id"] for n in everyone[:15]}
    expect(page.locator("#network-note")).to_contain_text(f"of {len(everyone)}")
    page.select_option("#network-top", "0")
    expect(page.locator("#network svg .node").nth(15)).to_be_attached()  # more than 15


def test_map_names_the_busiest_places_and_has_a_size_legend(page: Page) -> None:
    page.click("#tab-map")
    expect(page.locator("#map svg circle.point").first).to_be_attached()
    labels = page.locator("#map svg .point-labels text")
    assert 0 < labels.count() <= 12
    assert "(" in (labels.first.text_content() or "")
    expect(page.locator("#map svg .size-legend")).to_contain_text("events per place")
    assert page.locator("#map svg .size-legend circle").count() >= 1


def test_nothing_overflows_sideways_on_a_phone(browser: Browser, base: str) -> None:
    phone = _open(browser, base, viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        expect(phone.locator("#events-table tbody tr").first).to_be_visible()
        for tab in ("events", "timeline", "network", "map", "code"):
            phone.click(f"#tab-{tab}")
            phone.wait_for_timeout(400)
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, (tab, width)
        phone.click("#tab-events")
        shot(phone, "phone")
    finally:
        phone.context.close()


def test_tabs_and_filters_are_in_the_address(browser: Browser, base: str) -> None:
    kind = next(iter(httpx.get(f"{base}/api/overview").json()["types"]))
    shared_view = _open(browser, base, f"/?tab=map&type={kind}&dedup=1")
    try:
        expect(shared_view.locator("#tab-map")).to_have_attribute("aria-selected", "true")
        assert shared_view.locator("#filter-type").input_value() == kind
        assert shared_view.locator("#events-dedup").is_checked()
        shared_view.click("#tab-events")
        expect(shared_view.locator("#events-count")).to_contain_text(" events")
        assert "tab=" not in shared_view.url and f"type={kind}" in shared_view.url
        shared_view.select_option("#filter-status", "asserted")
        shared_view.click("#tab-network")
        assert "status=asserted" in shared_view.url and "tab=network" in shared_view.url
        again = shared_view.context.new_page()
        again.goto(shared_view.url)
        again.wait_for_selector("body[data-ready=true]")
        expect(again.locator("#tab-network")).to_have_attribute("aria-selected", "true")
        assert again.locator("#filter-status").input_value() == "asserted"
    finally:
        shared_view.context.close()
