-- exhibit's schema, version 5: one meaning of "latest", a release date for every document, fiscal periods in the views.
-- What is derived here is derived by exhibit's own code once the migration has run (org.exhibit.store.SchemaUpgrade
-- calls org.exhibit.store.CompanyFacts.refreshAll): the rules are written once, in Java, not copied into SQL.

-- Where a document's release date comes from: 'document' (printed in it, e.g. a press release's dateline), 'filed' (the
-- SEC header's filed date) or 'estimated' (the end of its period plus the filing deadline of its form, see
-- org.exhibit.store.ReleaseDates); null only for a document without a single dated fact. Documents stored before this
-- version are read again on their next import, to tell a printed date from a filed one; until then a date of a
-- document with an SEC header counts as filed.
alter table document add column released_basis varchar(20);
update document set released_basis = case when accession is null then 'document' else 'filed' end where released is not null;
update document set mapping = 'before-release-basis';

-- The fiscal year (named by the calendar year it ends in) and quarter (1-4, three-month periods only) of each fact, in
-- its company's own fiscal calendar (org.exhibit.store.FiscalYearEnds), kept with the company's year end.
alter table fact add column fiscal_year int;
alter table fact add column fiscal_quarter int;

-- The latest facts again, now taken by one rule (org.exhibit.store.LatestRule): a fact that is the latest of its kind
-- cannot be deleted by plain SQL (exhibit remove takes documents out and ranks what is left again), so the foreign key
-- restricts instead of cascading; the error names the constraint, which exhibit turns into that sentence.
drop view latest_facts;
drop table fact_latest;
create table fact_latest (
  fact_id bigint primary key,
  company_id bigint not null,
  concept varchar(200),
  constraint fact_latest_is_derived foreign key (fact_id) references fact (id),
  constraint fact_latest_company_is_derived foreign key (company_id) references company (id)
);
create index fact_latest_company on fact_latest (company_id, concept);
create index fact_latest_concept on fact_latest (concept);

drop view facts;

create view facts as
select c.name as company,
       c.ticker as ticker,
       c.cik as cik,
       d.name as document,
       d.accession as accession,
       d.released as released,
       d.released_basis as released_basis,
       t.kind as statement,
       t.scope as scope,
       f.fiscal_year as fiscal_year,
       f.fiscal_quarter as fiscal_quarter,
       li.concept as concept,
       li.label as label,
       f.period_start as period_start,
       f.period_end as period_end,
       f.months as months,
       f.amount as "VALUE",
       f.printed_amount as printed_value,
       coalesce(f.unit, li.unit) as unit,
       f.line as line
from fact f
join line_item li on li.id = f.line_item_id
join statement_table t on t.id = li.table_id
join document d on d.id = f.document_id
join company c on c.id = d.company_id;

create view latest_facts as
select c.name as company,
       c.ticker as ticker,
       c.cik as cik,
       d.name as document,
       d.accession as accession,
       d.released as released,
       d.released_basis as released_basis,
       t.kind as statement,
       t.scope as scope,
       f.fiscal_year as fiscal_year,
       f.fiscal_quarter as fiscal_quarter,
       l.concept as concept,
       li.label as label,
       f.period_start as period_start,
       f.period_end as period_end,
       f.months as months,
       f.amount as "VALUE",
       f.printed_amount as printed_value,
       coalesce(f.unit, li.unit) as unit,
       f.line as line
from fact_latest l
join company c on c.id = l.company_id
join fact f on f.id = l.fact_id
join line_item li on li.id = f.line_item_id
join statement_table t on t.id = li.table_id
join document d on d.id = f.document_id;
