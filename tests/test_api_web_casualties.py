"""The timeline's death tolls as a person sees them, in Debian's headless Chromium driven
by Playwright, over a store of hand-built events with tolls in two weeks and countries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.store import Store
from test_api_casualties import STORIES, _story
from test_api_fixtures import ARTIFACTS, running_server

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]  # fmt: skip

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True
    )

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("web-tolls") / "ev.duckdb"
    with Store(path) as store:
        run = store.begin_run(["mem"], version="t", lexicon_version="t")
        for story in STORIES:
            store.write(_story(*story), run)
        store.end_run(run, coded=len(STORIES), rejected=0, skipped=0)
    with running_server(path) as url:
        yield url


@pytest.fixture()
def page(base: str) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{base}/")
        page.wait_for_selector("body[data-ready=true]")
        yield page
        browser.close()
        assert not errors, errors


def test_the_timeline_shows_deaths_by_week_and_country(page: Page) -> None:
    page.click("#tab-timeline")
    bars = page.locator("#timeline-deaths svg rect.deaths")
    expect(bars).to_have_count(1)  # the second week's only toll is "no one"
    assert bars.first.get_attribute("data-period") == "2024-03-04"
    assert bars.first.get_attribute("data-dead") == "16"
    expect(page.locator("#deaths-note")).to_have_text("16 in 2 countries")
    niger = page.locator('#deaths-table tr[data-country="NER"]')
    expect(niger.locator("td.dead")).to_have_text("16")
    expect(niger).to_contain_text("2024-03-04: 16")
    expect(page.locator('#deaths-table tr[data-country="SDN"] td.dead')).to_have_text("0")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-timeline-deaths.png"))


def test_filters_that_leave_no_toll_say_so(page: Page) -> None:
    page.click("#tab-timeline")
    page.select_option("#filter-country", "TCD")
    expect(page.locator("#deaths-note")).to_have_text("0 in 1 country")
    page.fill("#filter-q", "market")  # the Mali shelling only: a toll of 11
    page.select_option("#filter-country", "")
    expect(page.locator("#deaths-note")).to_have_text("11 in 1 country")
    page.fill("#filter-q", "no such words anywhere")
    page.press("#filter-q", "Enter")
    expect(page.locator("#timeline-deaths .empty")).to_be_visible()
