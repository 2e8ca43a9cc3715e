-- Organisations (cơ quan, tổ chức) and people (cán bộ, đảng viên). Make-up figures are counted from
-- person rows when asked for, never stored.
create sequence organisation_seq start with 1 increment by 50;

create table organisation (
    id           bigint       primary key,
    name         varchar(300) not null,
    kind         varchar(40)  not null,
    locality_id  bigint       not null references locality (id),
    -- Copy of the locality's materialised path: scope checks are prefix matches on it.
    scope_path   varchar(300) not null,
    parent_id    bigint       references organisation (id),
    valid_from   date,
    valid_to     date,
    search_key   varchar(600) not null,
    sort_key     varchar(500) not null,
    version      bigint       not null default 0,
    constraint ck_organisation_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index ix_organisation_scope on organisation (scope_path);
create index ix_organisation_sort on organisation (sort_key);
create index ix_organisation_parent on organisation (parent_id);
create index ix_organisation_locality on organisation (locality_id);
create index ix_organisation_kind on organisation (kind, sort_key);

create sequence person_seq start with 1 increment by 50;

create table person (
    id               bigint       primary key,
    full_name        varchar(200) not null,
    gender           varchar(10)  not null,
    birth_year       integer,
    ethnicity        varchar(60)  not null,
    -- Derived from ethnicity by the aggregate ("Kinh" or not) so that counts need no text rules.
    ethnic_minority  boolean      not null,
    party_member     boolean      not null,
    party_cell_id    bigint       references organisation (id),
    position         varchar(200),
    organisation_id  bigint       not null references organisation (id),
    -- Copy of the workplace's scope path.
    scope_path       varchar(300) not null,
    active           boolean      not null default true,
    search_key       varchar(600) not null,
    sort_key         varchar(500) not null,
    version          bigint       not null default 0,
    constraint ck_person_birth_year check (birth_year is null or birth_year >= 1900),
    constraint ck_person_cell check (party_cell_id is null or party_member)
);
create index ix_person_scope on person (scope_path);
create index ix_person_sort on person (sort_key);
create index ix_person_organisation on person (organisation_id, active);
create index ix_person_party_cell on person (party_cell_id, active);
