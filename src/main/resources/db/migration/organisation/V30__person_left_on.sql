-- The day a person was withdrawn (left the organisation or the cell's work), so that a report's make-up
-- as of its period's last day still counts those who left after it. Unknown (null) for people withdrawn
-- before this column existed: they stay out of every count, as before.
alter table person add column left_on date;
alter table person_aud add column left_on date;
