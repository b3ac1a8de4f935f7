"""Run every fact extractor over one cleaned article and fill the record."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract import (
    byline,
    dates,
    headline,
    keywords,
    money,
    organizations,
    people,
    places,
    projects,
    sectors,
    summary,
)
from generator.record import ArticleRecord


@dataclass
class ArticleText:
    """What extractors read: the cleaned body, its own headline, and metadata found or given."""

    body: str
    headline: str | None = None
    found: dict[str, str] = field(default_factory=dict)  # harvested by cleaning: posted, reporter, source...
    given: dict[str, str] = field(default_factory=dict)  # the input file's own front matter

    @property
    def full_text(self) -> str:
        """Headline and body together, for extractors that should see the title too."""
        return f"{self.headline}\n\n{self.body}" if self.headline else self.body


def fill_facts(record: ArticleRecord, article: ArticleText) -> None:
    """Extract every fact of ``article`` into ``record``, given metadata winning over extraction."""
    evidence = record.evidence

    record.region, region_evidence = places.resolve_region(article)
    if region_evidence:
        evidence["region"] = region_evidence
    if not record.region:
        record.warnings.append("no region found")
    record.destinations = places.find_destinations(article, record.region)

    found_date = dates.find_date(article)
    record.date, record.date_text, record.year = found_date.date, found_date.date_text, found_date.year
    if found_date.evidence:
        evidence["date"] = found_date.evidence

    record.amounts = money.find_amounts(article.full_text)
    record.investment_yuan, investment_evidence = money.headline_investment(article.full_text, record.amounts)
    if investment_evidence:
        evidence["investment_yuan"] = investment_evidence

    record.signed_projects, projects_evidence = projects.count_signed_projects(article.full_text)
    if projects_evidence:
        evidence["signed_projects"] = projects_evidence

    record.sectors = sectors.rank_sectors(article.full_text)
    record.people = people.find_people(article.full_text)
    record.organizations = organizations.find_organizations(article.full_text)
    record.keywords = keywords.top_keywords(article.full_text)
    record.summary = summary.summarize(article.body)
    record.source, record.reporter = byline.find_source_and_reporter(article)
    record.url = article.given.get("url")
    record.title = headline.choose_title(article, record)
