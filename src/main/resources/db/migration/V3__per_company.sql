-- exhibit's schema, version 3: what queries need of every company is kept instead of derived from every fact on each
-- query. Which fact is the latest of its kind: H2 applies a condition on a windowed view only after it has ranked every
-- fact of every company, so that one company's latest facts took seconds at a million facts; a table indexed by
-- company and concept now holds them, and the view is a plain join that H2 filters first. And the month each company's
-- fiscal year ends in, which queries across companies read from every fact. The importer keeps both once a company's
-- documents are written (org.exhibit.store.LatestFacts, org.exhibit.store.FiscalYearEnds).

-- The fact that latest_facts shows for its company, concept (or label), period end and months: the one from the most
-- recently released document (restatements win), the latest document imported among equals, its first line among a
-- document's own repeats. Company and concept are copied from the fact's document and row, for the indexes.
create table fact_latest (
  fact_id bigint primary key references fact (id) on delete cascade,
  company_id bigint not null references company (id) on delete cascade,
  concept varchar(200)
);
create index fact_latest_company on fact_latest (company_id, concept);
create index fact_latest_concept on fact_latest (concept);

-- A company is named in most queries: its name is indexed too, so that H2 starts from it.
create index company_name on company (name);

-- The month (1-12) a company's fiscal year ends in, derived from its own periods by the importer
-- (org.exhibit.store.FiscalYearEnds); null when nothing tells. Derived here the same way for the companies already
-- stored: the month most twelve-month periods end in (seven days earlier, for 52/53-week years), or the month before
-- six-, nine- and twelve-month periods start; the later month among equal votes.
alter table company add column year_end_month int;
merge into company c
using (
  select company_id, m, row_number() over (partition by company_id order by count(*) desc, m desc) as choice
  from (
    select d.company_id as company_id, month(dateadd(day, -7, f.period_end)) as m
    from fact f join document d on d.id = f.document_id
    where f.months = 12
    union all
    select d.company_id as company_id, month(dateadd(day, -8, f.period_start)) as m
    from fact f join document d on d.id = f.document_id
    where f.months in (6, 9, 12) and f.period_start is not null
  ) evidence
  group by company_id, m
) votes
on votes.company_id = c.id and votes.choice = 1
when matched then update set year_end_month = votes.m;

insert into fact_latest (fact_id, company_id, concept)
select id, company_id, concept
from (
  select f.id as id,
         d.company_id as company_id,
         li.concept as concept,
         row_number() over (
           partition by d.company_id, coalesce(li.concept, li.label), f.period_end, f.months
           order by d.released desc nulls last, d.id desc, f.line
         ) as recency
  from fact f
  join line_item li on li.id = f.line_item_id
  join document d on d.id = f.document_id
) ranked
where recency = 1;

drop view latest_facts;

create view latest_facts as
select c.name as company,
       c.ticker as ticker,
       c.cik as cik,
       d.name as document,
       d.accession as accession,
       d.released as released,
       t.kind as statement,
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
