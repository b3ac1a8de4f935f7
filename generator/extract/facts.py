"""Turn one cleaned article into its record: split off its headline, then run every fact extractor in order."""

from __future__ import annotations

from generator.contracts.article import ArticleRecord, ArticleText
from generator.contracts.cleaning import CleanText
from generator.contracts.document import SourceDocument
from generator.extract import dates, headline, keywords, places, sectors, summary
from generator.extract.figures import amounts, projects
from generator.extract.names import organizations, people
from generator.extract.names.people import credited_names


def fill_facts(record: ArticleRecord, article: ArticleText) -> None:
    """Extract every fact of ``article`` into ``record``, given metadata winning over extraction."""
    evidence = record.evidence

    record.region, region_evidence = places.resolve_region(article)
    if region_evidence:
        evidence["region"] = region_evidence
    if not record.region:
        record.warnings.append("no region found")
    record.destinations, destination_evidence = places.find_destinations(article, record.region)
    evidence.update({f"destinations.{name}": phrase for name, phrase in destination_evidence.items() if phrase})

    found_date = dates.find_date(article)
    record.date, record.date_text, record.year = found_date.date, found_date.date_text, found_date.year
    if found_date.evidence:
        evidence["date"] = found_date.evidence

    record.amounts = amounts.find_amounts(article.full_text)
    record.investment_yuan, investment_evidence = amounts.headline_investment(article.full_text, record.amounts)
    if investment_evidence:
        evidence["investment_yuan"] = investment_evidence

    record.signed_projects, projects_evidence = projects.count_signed_projects(article.full_text)
    if projects_evidence:
        evidence["signed_projects"] = projects_evidence

    record.sectors = sectors.rank_sectors(article.full_text)
    sector_evidence = sectors.sector_evidence(article.full_text, record.sectors)
    evidence.update({f"sectors.{sector}": sector_evidence[sector] for sector in record.sectors})
    record.people = people.find_people(article.full_text)
    record.organizations = organizations.find_organizations(article.full_text)
    record.keywords = keywords.top_keywords(article.full_text)
    record.summary = summary.summarize(article.body)
    record.source = article.given.get("source") or article.found.get("source")
    record.reporter = credited_names(article.given.get("reporter") or article.found.get("reporter") or "")
    for key in ("source", "reporter"):
        if getattr(record, key) and not article.given.get(key) and article.found.get(f"{key}.phrase"):
            evidence[key] = article.found[f"{key}.phrase"]
    record.url = article.given.get("url")
    record.title = headline.choose_title(article, record)


def extract_record(document: SourceDocument, clean: CleanText) -> ArticleRecord:
    """The record of one cleaned document, every fact filled in (its id is given later, by the build)."""
    assert document.text is not None
    headline_text, body = headline.split_headline(clean.body)
    record = ArticleRecord(
        id="",
        source_file=document.source_file,
        title="",
        body=body,
        headline=headline_text,
        script=clean.script,
        cleanup=clean.cleanup,
        warnings=list(document.warnings) + list(clean.warnings),
        captions=clean.captions,
        subheadings=clean.subheadings,
        original_text=document.text,
        metadata_given=dict(document.metadata),
    )
    fill_facts(record, ArticleText(body=body, headline=headline_text, found=clean.found, given=document.metadata))
    return record
