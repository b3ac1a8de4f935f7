"""Split a long list over numbered pages of a fixed size, so no listing page grows with the corpus.

Page 1 of a listing keeps the listing's own address (``regions/220502.md``); page n lives below it
(``regions/220502/page/2.md``; for ``regions/index.md``, ``regions/page/2.md``). Every page links to the first,
previous, next and last pages and to the numbers around its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

PAGE_SIZE = 50
# Numbered links shown on each side of the current page (the first and last are always linked).
NEIGHBOURS = 3

Item = TypeVar("Item")


def page_path(first_page: str, number: int) -> str:
    """The docs path of page ``number`` of the listing whose first page is ``first_page``."""
    if number == 1:
        return first_page
    stem = first_page.removesuffix(".md")
    if stem == "index":
        folder = ""
    elif stem.endswith("/index"):
        folder = stem.removesuffix("index")
    else:
        folder = stem + "/"
    return f"{folder}page/{number}.md"


@dataclass(frozen=True)
class PageLink:
    """A numbered link; ``page`` is None for the gap (…) between distant numbers."""

    number: int | None
    page: str | None
    current: bool = False


@dataclass(frozen=True)
class Pagination:
    """Where one page sits in its listing, and the pages it links to."""

    number: int
    first_page: str
    page_count: int
    first_item: int  # 1-based position of the page's first item in the whole listing
    item_count: int  # items in the whole listing
    size: int = PAGE_SIZE

    def page(self, number: int) -> str:
        return page_path(self.first_page, number)

    @property
    def last_item(self) -> int:
        return min(self.first_item + self.size - 1, self.item_count)

    @property
    def first(self) -> str | None:
        return self.page(1) if self.number > 1 else None

    @property
    def previous(self) -> str | None:
        return self.page(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.page(self.number + 1) if self.number < self.page_count else None

    @property
    def last(self) -> str | None:
        return self.page(self.page_count) if self.number < self.page_count else None

    @property
    def numbered(self) -> list[PageLink]:
        """1, a gap, the neighbours of the current page, a gap, the last page."""
        shown = {1, self.page_count} | set(range(max(1, self.number - NEIGHBOURS),
                                                 min(self.page_count, self.number + NEIGHBOURS) + 1))
        links: list[PageLink] = []
        for number in sorted(shown):
            if links and links[-1].number is not None and number > links[-1].number + 1:
                links.append(PageLink(None, None))
            links.append(PageLink(number, self.page(number), current=number == self.number))
        return links


@dataclass(frozen=True)
class ListingPage(Generic[Item]):
    """One page of a listing: its docs path, its items, and its place among the listing's pages."""

    path: str
    items: Sequence[Item]
    pagination: Pagination


def paginate(items: Sequence[Item], first_page: str, size: int = PAGE_SIZE) -> list[ListingPage[Item]]:
    """``items`` in pages of ``size``; an empty listing is one empty page."""
    count = max(1, -(-len(items) // size))
    return [
        ListingPage(
            path=page_path(first_page, number),
            items=items[(number - 1) * size:number * size],
            pagination=Pagination(number=number, first_page=first_page, page_count=count,
                                  first_item=(number - 1) * size + 1, item_count=len(items), size=size),
        )
        for number in range(1, count + 1)
    ]
