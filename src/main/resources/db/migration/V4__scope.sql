-- exhibit's schema, version 4: what a table covers (the contract's facts.scope): the consolidated company, the parent
-- alone, a segment, a pro forma case, figures selected from the statements, or something else
-- (org.exhibit.parse.Scope). A table's scope is read from its title and the headings above it; tables stored before
-- version 4 get the scope their kind implies, and their documents are read again on their next import.

alter table statement_table add column scope varchar(20) default 'other' not null;
alter table statement_table add constraint statement_table_scope
  check (scope in ('consolidated', 'parent', 'segment', 'pro_forma', 'selected', 'other'));
update statement_table set scope = case
  when kind in ('income', 'balance', 'cashflow', 'equity') then 'consolidated'
  when kind = 'segment' then 'segment'
  when kind = 'fds' then 'selected'
  else 'other' end;
update document set mapping = 'before-scopes';

drop view latest_facts;
drop view facts;

create view facts as
select c.name as company,
       c.ticker as ticker,
       c.cik as cik,
       d.name as document,
       d.accession as accession,
       d.released as released,
       t.kind as statement,
       t.scope as scope,
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
       t.kind as statement,
       t.scope as scope,
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
