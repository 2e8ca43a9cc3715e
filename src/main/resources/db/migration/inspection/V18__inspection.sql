-- Inspections (kiểm tra, giám sát, khảo sát) of models: a dated visit with its team, findings per
-- criterion, rating, recommendations, follow-up actions and photos; and their audit tables.
-- The model, its commune and the inspecting organisation are kept by id and by a frozen text
-- snapshot of their names, so that 2019 minutes still print the names of 2019. No foreign key to
-- other modules' tables: the inspection module asks InitiativeDirectory and OrganisationDirectory.
create sequence inspection_seq start with 1 increment by 50;
create table inspection (
    id                  bigint         primary key,
    initiative_id       bigint         not null,
    initiative_name     varchar(500)   not null,
    type_id             bigint         not null,
    type_name           varchar(300)   not null,
    commune_id          bigint         not null,
    commune_name        varchar(250)   not null,
    -- "Thôn 9, Thôn 12, xã Đắk Ruồng, huyện Kon Rẫy, tỉnh Kon Tum" on the day of the inspection.
    place_text          varchar(1000)  not null,
    -- The model's commune path, copied for scope checks and locality filters (prefix match).
    scope_path          varchar(300)   not null,
    inspected_on        date           not null,
    kind                varchar(20)    not null,
    organisation_id     bigint,
    organisation_name   varchar(300)   not null,
    rating              varchar(20),
    general_findings    varchar(4000),
    recommendations     varchar(4000),
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    location_accuracy   integer,
    status              varchar(20)    not null,
    withdrawn_on        date,
    withdrawn_reason    varchar(1000),
    withdrawn_by        varchar(60),
    search_key          varchar(1000)  not null,
    sort_key            varchar(500)   not null,
    recorded_by         varchar(60),
    created_at          timestamp      not null,
    updated_at          timestamp      not null,
    version             bigint         not null default 0,
    constraint ck_inspection_latitude check (latitude is null or (latitude between -90 and 90)),
    constraint ck_inspection_longitude check (longitude is null or (longitude between -180 and 180)),
    constraint ck_inspection_location check ((latitude is null) = (longitude is null)),
    constraint ck_inspection_withdrawn check ((status = 'WITHDRAWN') = (withdrawn_reason is not null))
);
-- The list: scope or locality subtree (prefix of scope_path), newest first; see V18_1 for PostgreSQL.
create index ix_inspection_scope_date on inspection (scope_path, inspected_on, id);
create index ix_inspection_date on inspection (inspected_on, id);
-- A model's inspections, and its latest standing one (the regularity watch).
create index ix_inspection_initiative on inspection (initiative_id, status, inspected_on);
create index ix_inspection_sort on inspection (sort_key, id);

create table inspection_member (
    inspection_id  bigint        not null references inspection (id),
    position       integer       not null,
    person_id      bigint,
    full_name      varchar(200)  not null,
    team_role      varchar(200),
    constraint pk_inspection_member primary key (inspection_id, position)
);

create table inspection_finding (
    inspection_id   bigint         not null references inspection (id),
    position        integer        not null,
    criterion_id    bigint         not null,
    criterion_code  varchar(40),
    criterion_name  varchar(1000)  not null,
    finding         varchar(2000),
    met             boolean,
    constraint pk_inspection_finding primary key (inspection_id, position)
);

create table inspection_action (
    inspection_id  bigint         not null references inspection (id),
    position       integer        not null,
    description    varchar(1000)  not null,
    person_id      bigint,
    person_name    varchar(200),
    due_on         date,
    status         varchar(10)    not null,
    constraint pk_inspection_action primary key (inspection_id, position)
);
create index ix_inspection_action_person on inspection_action (person_id);

create table inspection_photo (
    inspection_id  bigint        not null references inspection (id),
    position       integer       not null,
    file_hash      varchar(64)   not null,
    file_name      varchar(255)  not null,
    file_type      varchar(20)   not null,
    file_size      bigint        not null,
    alt_text       varchar(500)  not null,
    constraint pk_inspection_photo primary key (inspection_id, position)
);
create index ix_inspection_photo_hash on inspection_photo (file_hash);

-- Audit (Envers). Ordered collections are audited row by row with their position.
create table inspection_aud (
    id                  bigint         not null,
    rev                 bigint         not null references audit_revision (id),
    revtype             smallint,
    initiative_id       bigint,
    initiative_name     varchar(500),
    type_id             bigint,
    type_name           varchar(300),
    commune_id          bigint,
    commune_name        varchar(250),
    place_text          varchar(1000),
    scope_path          varchar(300),
    inspected_on        date,
    kind                varchar(20),
    organisation_id     bigint,
    organisation_name   varchar(300),
    rating              varchar(20),
    general_findings    varchar(4000),
    recommendations     varchar(4000),
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    location_accuracy   integer,
    status              varchar(20),
    withdrawn_on        date,
    withdrawn_reason    varchar(1000),
    withdrawn_by        varchar(60),
    search_key          varchar(1000),
    sort_key            varchar(500),
    recorded_by         varchar(60),
    created_at          timestamp,
    updated_at          timestamp,
    constraint pk_inspection_aud primary key (id, rev)
);

create table inspection_member_aud (
    rev            bigint        not null references audit_revision (id),
    revtype        smallint      not null,
    inspection_id  bigint        not null,
    position       integer       not null,
    person_id      bigint,
    full_name      varchar(200),
    team_role      varchar(200),
    constraint pk_inspection_member_aud primary key (rev, revtype, inspection_id, position)
);

create table inspection_finding_aud (
    rev             bigint         not null references audit_revision (id),
    revtype         smallint       not null,
    inspection_id   bigint         not null,
    position        integer        not null,
    criterion_id    bigint,
    criterion_code  varchar(40),
    criterion_name  varchar(1000),
    finding         varchar(2000),
    met             boolean,
    constraint pk_inspection_finding_aud primary key (rev, revtype, inspection_id, position)
);

create table inspection_action_aud (
    rev            bigint         not null references audit_revision (id),
    revtype        smallint       not null,
    inspection_id  bigint         not null,
    position       integer        not null,
    description    varchar(1000),
    person_id      bigint,
    person_name    varchar(200),
    due_on         date,
    status         varchar(10),
    constraint pk_inspection_action_aud primary key (rev, revtype, inspection_id, position)
);

create table inspection_photo_aud (
    rev            bigint        not null references audit_revision (id),
    revtype        smallint      not null,
    inspection_id  bigint        not null,
    position       integer       not null,
    file_hash      varchar(64),
    file_name      varchar(255),
    file_type      varchar(20),
    file_size      bigint,
    alt_text       varchar(500),
    constraint pk_inspection_photo_aud primary key (rev, revtype, inspection_id, position)
);
