"""Bytes a browser transfers for one search, measured in headless Chromium from its network log."""

from __future__ import annotations

import functools
import http.server
import threading
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from tests.search_ui import open_search, result_titles


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


@dataclass
class SearchTransfer:
    search_bytes: int  # everything under pagefind/: UI script and style, wasm, index and filter chunks, fragments
    page_bytes: int  # the rest of the page the search was made from (HTML, Material's assets)
    requests: int  # requests under pagefind/
    results: int


def search_transfer(site: Path, query: str) -> SearchTransfer:
    """Open the home page, search ``query`` once, and add up the response sizes of every request."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    sizes: dict[str, int] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                                 args=["--no-sandbox", "--disable-gpu"])
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            tab = context.new_page()
            responses = []
            tab.on("response", lambda response: responses.append(response))
            open_search(tab, base, query)
            # On a large site the message can show before the first results do: wait for them (or give up).
            try:
                tab.wait_for_selector("#digest-search .pagefind-ui__result", timeout=30_000)
            except PlaywrightTimeout:
                pass
            results = len(result_titles(tab))
            tab.wait_for_load_state("networkidle")
            for response in responses:
                transferred = response.request.sizes()
                sizes[response.url] = transferred["responseBodySize"] + transferred["responseHeadersSize"]
            browser.close()
    finally:
        server.shutdown()
    search = {url: size for url, size in sizes.items() if "/pagefind/" in url}
    return SearchTransfer(sum(search.values()), sum(sizes.values()) - sum(search.values()), len(search), results)
