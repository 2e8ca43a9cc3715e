-- The list orders by (sort_key, id). With the id in the index too, a filter on type, status or level
-- walks its own index already in that order and stops after one page; without it PostgreSQL walked
-- the whole name order and filtered ~90,000 rows at national scale (docs/benchmarks.md).
drop index ix_initiative_type;
drop index ix_initiative_status;
drop index ix_initiative_level;
create index ix_initiative_type on initiative (type_id, sort_key, id);
create index ix_initiative_status on initiative (status, sort_key, id);
create index ix_initiative_level on initiative (current_level, sort_key, id);
