-- Regularity of inspections (docs/decisions/0004-inspection-regularity.md): the longest allowed gap
-- between two inspections per pilot level, and the watch, the module's own copy of what it needs from
-- the models (kept in step by the InitiativeChanged and InspectionRecorded events).

create table inspection_policy (
    pilot_level     varchar(20)  primary key,
    max_gap_months  integer      not null,
    version         bigint       not null default 0,
    constraint ck_inspection_policy_months check (max_gap_months between 1 and 60)
);
insert into inspection_policy (pilot_level, max_gap_months, version) values ('DIEM_CAP_TINH', 3, 0);
insert into inspection_policy (pilot_level, max_gap_months, version) values ('DIEM_CAP_HUYEN', 6, 0);
insert into inspection_policy (pilot_level, max_gap_months, version) values ('DIEM_CAP_XA', 12, 0);
insert into inspection_policy (pilot_level, max_gap_months, version) values ('NONE', 12, 0);

create table inspection_policy_aud (
    pilot_level     varchar(20)  not null,
    rev             bigint       not null references audit_revision (id),
    revtype         smallint,
    max_gap_months  integer,
    constraint pk_inspection_policy_aud primary key (pilot_level, rev)
);

-- One row per model: where it runs, its dates and status, who is in charge, when it was last
-- inspected, and base_on, the day its gap counts from (the last inspection, else the start).
create table inspection_watch (
    initiative_id        bigint        primary key,
    name                 varchar(500)  not null,
    sort_key             varchar(500)  not null,
    commune_name         varchar(250)  not null,
    scope_path           varchar(300)  not null,
    type_id              bigint        not null,
    status               varchar(20)   not null,
    start_date           date          not null,
    end_date             date,
    person_in_charge_id  bigint,
    last_inspected_on    date,
    base_on              date          not null
);
-- Lists and counts of a scope or locality subtree (prefix of scope_path; V19_1 replaces it on PostgreSQL).
create index ix_inspection_watch_scope on inspection_watch (scope_path, base_on);
create index ix_inspection_watch_sort on inspection_watch (sort_key, initiative_id);
create index ix_inspection_watch_base on inspection_watch (base_on);

-- The model's pilot level year by year; NONE is not stored (no row for a year counts as NONE). The
-- model's scope path is repeated, so that a province's lists read only the province's levels.
create table inspection_watch_level (
    initiative_id  bigint        not null references inspection_watch (initiative_id),
    level_year     integer       not null,
    pilot_level    varchar(20)   not null,
    scope_path     varchar(300)  not null,
    constraint pk_inspection_watch_level primary key (initiative_id, level_year)
);
create index ix_inspection_watch_level_scope on inspection_watch_level (level_year, scope_path);

-- Once, for databases that hold models from before this module: copy them into the watch. This is
-- the only place that reads the initiative module's tables (a one-off migration, see the ADR); from
-- now on the events keep the watch in step.
insert into inspection_watch (initiative_id, name, sort_key, commune_name, scope_path, type_id, status, start_date,
        end_date, person_in_charge_id, last_inspected_on, base_on)
select i.id, i.name, i.sort_key, i.commune_name, i.scope_path, i.type_id, i.status, i.start_date, i.end_date,
       i.person_in_charge_id, x.latest, coalesce(x.latest, i.start_date)
from initiative i
left join (select initiative_id, max(inspected_on) as latest from inspection where status = 'RECORDED'
           group by initiative_id) x on x.initiative_id = i.id;
insert into inspection_watch_level (initiative_id, level_year, pilot_level, scope_path)
select l.initiative_id, l.level_year, l.pilot_level, i.scope_path
from initiative_level l join initiative i on i.id = l.initiative_id where l.pilot_level <> 'NONE';

-- Standing inspections per commune path and year, kept by the InspectionRecorded listener (it counts the
-- commune's inspections again): the yearly figures of a province or of the country add up a few
-- thousand rows instead of counting 2,000,000 inspections. The row of year 0 is the commune's lock.
create table inspection_tally (
    scope_path   varchar(300)  not null,
    tally_year   integer       not null,
    inspections  bigint        not null,
    constraint pk_inspection_tally primary key (scope_path, tally_year)
);
create index ix_inspection_tally_year on inspection_tally (tally_year, scope_path);
insert into inspection_tally (scope_path, tally_year, inspections)
select scope_path, 0, 0 from inspection group by scope_path;
insert into inspection_tally (scope_path, tally_year, inspections)
select scope_path, extract(year from inspected_on), count(*) from inspection where status = 'RECORDED'
group by scope_path, extract(year from inspected_on);
