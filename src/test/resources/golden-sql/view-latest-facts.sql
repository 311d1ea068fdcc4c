-- exhibit: query --format csv -f {file}
-- The latest revenue and net income of every year: the consolidated statement beats a later document's selected data.
select company, document, released, statement, scope, fiscal_year, concept, period_end, months, value, unit
from latest_facts
where concept in ('Revenues', 'NetIncomeLoss') and months = 12
order by company, concept, period_end
