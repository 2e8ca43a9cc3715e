-- A report's number runs in a series: the issuer's calendar year for Front and state bodies, the
-- issuer's term (nhiệm kỳ) for Party bodies (Hướng dẫn 36-HD/VPTW). series_from is the series' first
-- day (1 January, or the term's first day); the unique key moves from the year to the series so that two
-- concurrent issues in one term cannot share a number even in different years.
alter table report add column series_from date;
alter table report_aud add column series_from date;
update report set series_from = cast(cast(issue_year as varchar(4)) || '-01-01' as date) where issue_year is not null;
alter table report drop constraint uq_report_number;
alter table report add constraint uq_report_number unique (issuer_id, series_from, issue_number);
