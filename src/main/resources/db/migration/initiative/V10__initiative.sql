-- The register of models (mô hình): types, models with their parts, events; and their audit tables.
create sequence initiative_type_seq start with 1 increment by 50;
create table initiative_type (
    id           bigint        primary key,
    name         varchar(300)  not null,
    -- Folded name: one type per name, whatever the accents or case typed.
    name_key     varchar(300)  not null,
    field        varchar(30)   not null,
    description  varchar(2000),
    retired      boolean       not null default false,
    retired_on   date,
    sort_key     varchar(500)  not null,
    version      bigint        not null default 0,
    constraint uq_initiative_type_name unique (name_key)
);
create index ix_initiative_type_sort on initiative_type (retired, sort_key);

create sequence initiative_seq start with 1 increment by 50;
create table initiative (
    id                      bigint        primary key,
    name                    varchar(500)  not null,
    type_id                 bigint        not null references initiative_type (id),
    commune_id              bigint        not null references locality (id),
    commune_code            varchar(10),
    commune_name            varchar(250)  not null,
    -- The address as written when the model was placed; stays although units merge later.
    place_text              varchar(400)  not null,
    -- The commune's path, copied for scope checks and subtree filters (prefix match).
    scope_path              varchar(300)  not null,
    start_date              date          not null,
    end_date                date,
    start_year              integer       not null,
    end_year                integer,
    lead_organisation_id    bigint,
    lead_organisation_name  varchar(300),
    person_in_charge_id     bigint,
    person_in_charge_name   varchar(200),
    description             varchar(4000),
    published               boolean       not null default false,
    status                  varchar(20)   not null,
    status_on               date,
    status_reason           varchar(1000),
    origin_id               bigint        references initiative (id),
    origin_relation         varchar(20),
    current_level           varchar(20),
    overlap_reason          varchar(1000),
    search_key              varchar(2000) not null,
    sort_key                varchar(500)  not null,
    created_at              timestamp     not null,
    updated_at              timestamp     not null,
    version                 bigint        not null default 0,
    constraint ck_initiative_dates check (end_date is null or end_date >= start_date),
    constraint ck_initiative_origin check ((origin_id is null) = (origin_relation is null))
);
-- The list: scope or locality subtree (prefix of scope_path), then Vietnamese order; see V12 for PostgreSQL.
create index ix_initiative_scope_sort on initiative (scope_path, sort_key, id);
create index ix_initiative_sort on initiative (sort_key, id);
create index ix_initiative_type on initiative (type_id, sort_key);
create index ix_initiative_status on initiative (status, sort_key);
create index ix_initiative_level on initiative (current_level, sort_key);
create index ix_initiative_years on initiative (start_year, end_year);
create index ix_initiative_commune on initiative (commune_id);
create index ix_initiative_origin on initiative (origin_id);

create table initiative_site (
    initiative_id  bigint        not null references initiative (id),
    village_id     bigint        not null references locality (id),
    village_name   varchar(200)  not null,
    constraint uq_initiative_site unique (initiative_id, village_id)
);
-- "The same type already runs in this village" looks up by village.
create index ix_initiative_site_village on initiative_site (village_id, initiative_id);

create table initiative_level (
    initiative_id  bigint       not null references initiative (id),
    level_year     integer      not null,
    pilot_level    varchar(20)  not null,
    constraint uq_initiative_level unique (initiative_id, level_year)
);
create index ix_initiative_level_year on initiative_level (level_year, pilot_level, initiative_id);

create table initiative_partner (
    initiative_id      bigint        not null references initiative (id),
    position           integer       not null,
    organisation_id    bigint,
    organisation_name  varchar(300)  not null,
    partner_role       varchar(300),
    constraint pk_initiative_partner primary key (initiative_id, position)
);
create index ix_initiative_partner_org on initiative_partner (organisation_id);

create table initiative_document (
    initiative_id  bigint  not null references initiative (id),
    document_id    bigint  not null references guiding_document (id),
    constraint uq_initiative_document unique (initiative_id, document_id)
);
create index ix_initiative_document_doc on initiative_document (document_id);

create table initiative_target (
    initiative_id   bigint         not null references initiative (id),
    position        integer        not null,
    description     varchar(500)   not null,
    unit            varchar(100),
    target_value    numeric(14, 2),
    achieved_value  numeric(14, 2),
    constraint pk_initiative_target primary key (initiative_id, position)
);

create table initiative_registration (
    initiative_id      bigint        not null references initiative (id),
    position           integer       not null,
    reg_year           integer       not null,
    status             varchar(20)   not null,
    submitted_at       timestamp,
    submitted_by       varchar(60),
    organisation_id    bigint,
    organisation_name  varchar(300),
    registered_on      date,
    reference_number   varchar(60),
    reason             varchar(1000),
    decided_by         varchar(60),
    decided_at         timestamp,
    constraint pk_initiative_registration primary key (initiative_id, position),
    constraint uq_initiative_registration unique (initiative_id, reg_year)
);
create index ix_initiative_registration_year on initiative_registration (reg_year, status, initiative_id);

create table initiative_file (
    initiative_id  bigint        not null references initiative (id),
    position       integer       not null,
    photo          boolean       not null,
    file_hash      varchar(64)   not null,
    file_name      varchar(255)  not null,
    file_type      varchar(20)   not null,
    file_size      bigint        not null,
    alt_text       varchar(500),
    constraint pk_initiative_file primary key (initiative_id, position)
);
create index ix_initiative_file_hash on initiative_file (file_hash);

create sequence initiative_event_seq start with 1 increment by 50;
create table initiative_event (
    id             bigint        primary key,
    name           varchar(500)  not null,
    held_on        date          not null,
    locality_id    bigint        not null references locality (id),
    place_text     varchar(400)  not null,
    scope_path     varchar(300)  not null,
    initiative_id  bigint        references initiative (id),
    description    varchar(4000),
    search_key     varchar(1000) not null,
    created_at     timestamp     not null,
    version        bigint        not null default 0
);
create index ix_initiative_event_scope on initiative_event (scope_path, held_on);
create index ix_initiative_event_held on initiative_event (held_on);
create index ix_initiative_event_initiative on initiative_event (initiative_id);

-- Audit (Envers). Collections are audited as sets: one row per element and revision.
create table initiative_type_aud (
    id           bigint        not null,
    rev          bigint        not null references audit_revision (id),
    revtype      smallint,
    name         varchar(300),
    name_key     varchar(300),
    field        varchar(30),
    description  varchar(2000),
    retired      boolean,
    retired_on   date,
    sort_key     varchar(500),
    constraint pk_initiative_type_aud primary key (id, rev)
);

create table initiative_aud (
    id                      bigint        not null,
    rev                     bigint        not null references audit_revision (id),
    revtype                 smallint,
    name                    varchar(500),
    type_id                 bigint,
    commune_id              bigint,
    commune_code            varchar(10),
    commune_name            varchar(250),
    place_text              varchar(400),
    scope_path              varchar(300),
    start_date              date,
    end_date                date,
    start_year              integer,
    end_year                integer,
    lead_organisation_id    bigint,
    lead_organisation_name  varchar(300),
    person_in_charge_id     bigint,
    person_in_charge_name   varchar(200),
    description             varchar(4000),
    published               boolean,
    status                  varchar(20),
    status_on               date,
    status_reason           varchar(1000),
    origin_id               bigint,
    origin_relation         varchar(20),
    current_level           varchar(20),
    overlap_reason          varchar(1000),
    search_key              varchar(2000),
    sort_key                varchar(500),
    created_at              timestamp,
    updated_at              timestamp,
    constraint pk_initiative_aud primary key (id, rev)
);

create table initiative_site_aud (
    rev            bigint        not null references audit_revision (id),
    revtype        smallint      not null,
    setordinal     integer       not null,
    initiative_id  bigint        not null,
    village_id     bigint,
    village_name   varchar(200),
    constraint pk_initiative_site_aud primary key (rev, revtype, setordinal, initiative_id)
);

create table initiative_level_aud (
    rev            bigint       not null references audit_revision (id),
    revtype        smallint     not null,
    setordinal     integer      not null,
    initiative_id  bigint       not null,
    level_year     integer,
    pilot_level    varchar(20),
    constraint pk_initiative_level_aud primary key (rev, revtype, setordinal, initiative_id)
);

create table initiative_partner_aud (
    rev                bigint        not null references audit_revision (id),
    revtype            smallint      not null,
    initiative_id      bigint        not null,
    position           integer       not null,
    organisation_id    bigint,
    organisation_name  varchar(300),
    partner_role       varchar(300),
    constraint pk_initiative_partner_aud primary key (rev, revtype, initiative_id, position)
);

create table initiative_document_aud (
    rev            bigint    not null references audit_revision (id),
    revtype        smallint,
    initiative_id  bigint    not null,
    document_id    bigint    not null,
    constraint pk_initiative_document_aud primary key (rev, initiative_id, document_id)
);

create table initiative_target_aud (
    rev             bigint         not null references audit_revision (id),
    revtype         smallint       not null,
    initiative_id   bigint         not null,
    position        integer        not null,
    description     varchar(500),
    unit            varchar(100),
    target_value    numeric(14, 2),
    achieved_value  numeric(14, 2),
    constraint pk_initiative_target_aud primary key (rev, revtype, initiative_id, position)
);

create table initiative_registration_aud (
    rev                bigint        not null references audit_revision (id),
    revtype            smallint      not null,
    initiative_id      bigint        not null,
    position           integer       not null,
    reg_year           integer,
    status             varchar(20),
    submitted_at       timestamp,
    submitted_by       varchar(60),
    organisation_id    bigint,
    organisation_name  varchar(300),
    registered_on      date,
    reference_number   varchar(60),
    reason             varchar(1000),
    decided_by         varchar(60),
    decided_at         timestamp,
    constraint pk_initiative_registration_aud primary key (rev, revtype, initiative_id, position)
);

create table initiative_file_aud (
    rev            bigint        not null references audit_revision (id),
    revtype        smallint      not null,
    initiative_id  bigint        not null,
    position       integer       not null,
    photo          boolean,
    file_hash      varchar(64),
    file_name      varchar(255),
    file_type      varchar(20),
    file_size      bigint,
    alt_text       varchar(500),
    constraint pk_initiative_file_aud primary key (rev, revtype, initiative_id, position)
);

create table initiative_event_aud (
    id             bigint        not null,
    rev            bigint        not null references audit_revision (id),
    revtype        smallint,
    name           varchar(500),
    held_on        date,
    locality_id    bigint,
    place_text     varchar(400),
    scope_path     varchar(300),
    initiative_id  bigint,
    description    varchar(4000),
    search_key     varchar(1000),
    created_at     timestamp,
    constraint pk_initiative_event_aud primary key (id, rev)
);
