"""The rendered-page cache: the page source a template made in an earlier build, so that a rebuild renders
only the pages whose inputs changed (after one new article: its page and the listings that show it).

A page's key hashes its template's name, the page's own path, a fingerprint of every value handed to the
template (records with every field, extras included; the groups, pagination and totals of a listing), and a
fingerprint of the rest: every file of the templates folder, the code and data of this package and of the
packages below it (``contracts``, ``text``) as they were when this process imported them, and the Jinja2,
MarkupSafe and PyYAML versions (PyYAML writes the front matter). A value of a kind the fingerprint does not
know makes the page uncacheable: it is rendered every time.

The one thing a template reads besides its values is the address of an article's page by the article's id
(``article_page``, which the report uses). The entry keeps each address the page looked up, and is used only
if every one of them is still the same; so a page from the cache is the same text as a fresh render, and a
stale entry is never used.

Entries are zlib-compressed UTF-8 files under ``<cache>/rendered/<key[:2]>/<key>.md.z``: a first line of JSON
(the addresses looked up), then the page. After each build the entries it did not use are removed, so the
cache stays the size of the site. An unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
from dataclasses import fields, is_dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.contracts.article import Amount, ArticleRecord, Person, Region
from generator.text.files import TextStore, folder_digest

log = logging.getLogger(__name__)

FOLDER = "rendered"
ENTRY_SUFFIX = ".md.z"
PACKAGE_ROOT = Path(__file__).resolve().parents[1]
# What a template's output can depend on besides its values: this stage and the ones it stands on.
RENDER_CODE = ("render", "contracts", "text")
LIBRARIES = ("jinja2", "markupsafe", "pyyaml")
PLAIN = (bool, int, float, type(None), datetime.date, datetime.datetime)
# A record's repr describes it whole only while no field of it or of its parts is left out of the repr.
RECORD_REPR_IS_WHOLE = all(field.repr for kind in (ArticleRecord, Region, Amount, Person) for field in fields(kind))

Lookups = dict[str, str]  # article id → the page address the template was given for it


class Unfingerprintable(TypeError):
    """A template value of a kind the fingerprint does not know: the page is rendered every time."""


def _code_digest() -> bytes:
    """This stage's code and data and those below it, and the libraries' versions."""
    digest = hashlib.sha256(folder_digest(PACKAGE_ROOT, lambda relative: relative.parts[0] in RENDER_CODE))
    for library in LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    return digest.digest()


# Read once, when this code is imported: a process renders with the code it loaded, so a file edited or switched
# under a running ``mkdocs serve`` must not give its pages the new code's keys.
CODE_DIGEST = _code_digest()


def render_fingerprint(templates_dir: Path) -> str:
    """What every rendered page depends on besides its own values: the templates as they are now (Jinja2 reads
    them afresh when they change) and the code this process runs."""
    return hashlib.sha256(folder_digest(templates_dir) + CODE_DIGEST).hexdigest()


class Fingerprints:
    """Hashes of template values, each container hashed once a build: a province's records are on each of its
    pages. An entry keeps its value alive, so an id is never reused for another value while the memo lives."""

    def __init__(self) -> None:
        self.memo: dict[int, tuple[Any, str]] = {}

    def of(self, value: Any) -> str:
        if isinstance(value, (str, *PLAIN)):  # a Markup string prints unescaped, a plain one escaped: types count
            return f"{type(value).__name__}:{value!r}"
        known = self.memo.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        if isinstance(value, ArticleRecord) and RECORD_REPR_IS_WHOLE:
            # Records hold only plain data, and their repr shows every field with its type (Markup('…'),
            # True and 1 apart): four times faster than walking them here.
            fingerprint = hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()
            self.memo[id(value)] = (value, fingerprint)
            return fingerprint
        if is_dataclass(value) and not isinstance(value, type):
            parts = [f"{field.name}={self.of(getattr(value, field.name))}" for field in fields(value)]
        elif isinstance(value, (list, tuple)):
            parts = [self.of(item) for item in value]
        elif isinstance(value, dict):  # in its own order: a template may loop over it
            parts = [f"{self.of(key)}:{self.of(item)}" for key, item in value.items()]
        else:
            raise Unfingerprintable(type(value).__qualname__)
        digest = hashlib.sha256(type(value).__qualname__.encode())
        digest.update("\0".join(parts).encode("utf-8", "surrogatepass"))
        fingerprint = digest.hexdigest()
        self.memo[id(value)] = (value, fingerprint)
        return fingerprint


class RenderedPages:
    """Rendered pages of one fingerprint under ``root`` (the build's cache folder)."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.store = TextStore(root / FOLDER, ENTRY_SUFFIX, log)
        self.fingerprint = fingerprint
        self.values = Fingerprints()

    def key(self, template: str, page: str, values: dict[str, Any]) -> str | None:
        """The key of ``page`` made by ``template`` from ``values``; None when a value cannot be fingerprinted."""
        try:
            described = self.values.of(values)
        except Unfingerprintable as error:
            log.debug("not caching %s: a %s value", page, error)
            return None
        digest = hashlib.sha256(f"{self.fingerprint}\0{template}\0{page}\0{described}".encode())
        return digest.hexdigest()

    def get(self, key: str, current: Lookups) -> str | None:
        """The stored page, if every article address it looked up is still ``current``'s."""
        stored = self.store.get(key)
        if stored is None:
            return None
        try:
            lookups_line, text = stored.split("\n", 1)
            lookups = json.loads(lookups_line)
        except ValueError:  # not an entry this code wrote
            return None
        if not isinstance(lookups, dict) or any(current.get(id_) != page for id_, page in lookups.items()):
            return None
        return text

    def put(self, key: str, text: str, lookups: Lookups) -> None:
        self.store.put(key, json.dumps(lookups, ensure_ascii=False) + "\n" + text)
