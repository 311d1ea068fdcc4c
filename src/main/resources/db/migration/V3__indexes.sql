-- exhibit's schema, version 3 (issue #8): latest_facts answers for one company in the time that company's facts take,
-- not the whole database's. H2 filters a view with a window function only after the window is computed over every
-- fact (a condition on the view becomes a QUALIFY), but it moves a condition on a GROUP BY column into the grouped
-- query's WHERE: the latest fact of each company, concept (or label), period end and months is therefore chosen by a
-- grouped query keyed by the company's name, the first of its facts in the order the window used (latest release,
-- then latest document, then first line; the fact's id settles a tie the window left to chance), and joined back.

create index company_name on company (name);

drop view latest_facts;

create view latest_facts as
select latest.company as company,
       c.ticker as ticker,
       c.cik as cik,
       d.name as document,
       d.accession as accession,
       d.released as released,
       t.kind as statement,
       li.concept as concept,
       li.label as label,
       f.period_start as period_start,
       f.period_end as period_end,
       f.months as months,
       f.amount as "VALUE",
       f.printed_amount as printed_value,
       coalesce(f.unit, li.unit) as unit,
       f.line as line
from (
  select c.name as company,
         (array_agg(f.id order by d.released desc nulls last, d.id desc, f.line, f.id))[1] as fact_id
  from fact f
  join line_item li on li.id = f.line_item_id
  join document d on d.id = f.document_id
  join company c on c.id = d.company_id
  group by c.name, d.company_id, coalesce(li.concept, li.label), f.period_end, f.months
) latest
join fact f on f.id = latest.fact_id
join line_item li on li.id = f.line_item_id
join statement_table t on t.id = li.table_id
join document d on d.id = f.document_id
join company c on c.id = d.company_id;
