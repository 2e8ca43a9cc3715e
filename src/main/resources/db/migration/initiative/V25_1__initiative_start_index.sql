-- The report enumerates the models of an area that started in its period, in registration order
-- (InitiativeStatistics.startedIn): first day, then id.
create index ix_initiative_start on initiative (start_date, id);
