-- exhibit: query --format table --null (none) -f {file}
-- Fiscal years and quarters of three-month facts in each company's own calendar (Apple's year ends in September).
select company, period_end, months, fiscal_year, fiscal_quarter, count(*) as facts
from facts
where months in (3, 12) and concept = 'Revenues'
group by company, period_end, months, fiscal_year, fiscal_quarter
order by company, period_end, months
