-- exhibit: query --format csv -f {file}
-- The same arithmetic in CSV: every digit, as computed.
select period_end, value, value / 7 as seventh, value / 1e15 as small
from latest_facts
where company = 'Dell Inc.' and concept = 'Revenues' and months = 12
order by period_end
