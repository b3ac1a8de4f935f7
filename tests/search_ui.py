"""Driving the site's Pagefind search panel in headless Chromium, for the browser tests."""

from __future__ import annotations


def open_search(tab, base_url: str, query: str) -> None:
    """Open the header's search panel and type ``query`` into Pagefind's box."""
    tab.goto(base_url)
    tab.locator("label.digest-search-open").click()
    box = tab.locator("#digest-search input.pagefind-ui__search-input")
    box.wait_for(timeout=10_000)
    box.type(query, delay=30)
    tab.locator(".pagefind-ui__message").wait_for(timeout=10_000)  # "找到 N 个…" or "未找到…"
    tab.wait_for_load_state("networkidle")


def result_titles(tab) -> list[str]:
    """The titles of the results shown, once Pagefind has loaded each result's fragment."""
    tab.wait_for_function("() => !document.querySelector('#digest-search .pagefind-ui__loading')")
    return [title.strip() for title in tab.locator(".pagefind-ui__result-title").all_inner_texts()]


def search(tab, base_url: str, query: str) -> list[str]:
    """Search the site for ``query``; return the titles of the results."""
    open_search(tab, base_url, query)
    return result_titles(tab)
