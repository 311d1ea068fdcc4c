-- exhibit: query --format table --thousands -f {file}
-- Ad hoc arithmetic in a table: decimals rounded to six places for reading, digits grouped by thousands.
select period_end, value, value / 7 as seventh, value / 1e15 as small
from latest_facts
where company = 'Dell Inc.' and concept = 'Revenues' and months = 12
order by period_end
