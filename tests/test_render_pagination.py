"""Pagination: fixed-size pages under the listing's address, links that reach every item, a bounded set of links."""

from __future__ import annotations

from generator.render.pagination import PAGE_SIZE, page_path, paginate


def test_page_one_keeps_the_listing_address_and_later_pages_live_below_it() -> None:
    assert page_path("regions/220502.md", 1) == "regions/220502.md"
    assert page_path("regions/220502.md", 2) == "regions/220502/page/2.md"
    assert page_path("regions/index.md", 3) == "regions/page/3.md"
    assert page_path("report.md", 2) == "report/page/2.md"
    assert page_path("index.md", 2) == "page/2.md"


def test_items_are_split_in_order_into_pages_of_the_fixed_size() -> None:
    items = list(range(2 * PAGE_SIZE + 7))
    pages = paginate(items, "sectors/ev.md")
    assert [len(page.items) for page in pages] == [PAGE_SIZE, PAGE_SIZE, 7]
    assert [item for page in pages for item in page.items] == items
    last = pages[-1].pagination
    assert (last.first_item, last.last_item, last.item_count) == (2 * PAGE_SIZE + 1, 2 * PAGE_SIZE + 7, len(items))
    assert last.next is None and last.last is None
    assert last.first == "sectors/ev.md" and last.previous == "sectors/ev/page/2.md"


def test_an_empty_listing_is_one_page_without_links() -> None:
    pages = paginate([], "organizations/index.md")
    assert len(pages) == 1 and pages[0].pagination.page_count == 1
    assert pages[0].pagination.next is None and pages[0].pagination.previous is None


def test_following_next_from_the_first_page_visits_every_page_once() -> None:
    pages = paginate(list(range(1000)), "time/2021.md", size=7)
    by_path = {page.path: page for page in pages}
    seen, path = [], "time/2021.md"
    while path is not None:
        seen.extend(by_path[path].items)
        path = by_path[path].pagination.next
    assert seen == list(range(1000))


def test_numbered_links_stay_few_however_many_pages_there_are() -> None:
    pages = paginate(list(range(500 * 10)), "report.md", size=10)
    middle = pages[250].pagination
    numbers = [link.number for link in middle.numbered]
    assert numbers == [1, None, 248, 249, 250, 251, 252, 253, 254, None, 500]
    assert [link.number for link in middle.numbered if link.current] == [251]
    assert [link.number for link in pages[0].pagination.numbered] == [1, 2, 3, 4, None, 500]
