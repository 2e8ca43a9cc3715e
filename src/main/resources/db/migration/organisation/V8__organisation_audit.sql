-- Audit (Envers) of organisations and people: who changed what, when.
create table organisation_aud (
    id           bigint       not null,
    rev          bigint       not null references audit_revision (id),
    revtype      smallint,
    name         varchar(300),
    kind         varchar(40),
    locality_id  bigint,
    scope_path   varchar(300),
    parent_id    bigint,
    valid_from   date,
    valid_to     date,
    search_key   varchar(600),
    sort_key     varchar(500),
    constraint pk_organisation_aud primary key (id, rev)
);

create table person_aud (
    id               bigint       not null,
    rev              bigint       not null references audit_revision (id),
    revtype          smallint,
    full_name        varchar(200),
    gender           varchar(10),
    birth_year       integer,
    ethnicity        varchar(60),
    ethnic_minority  boolean,
    party_member     boolean,
    party_cell_id    bigint,
    position         varchar(200),
    organisation_id  bigint,
    scope_path       varchar(300),
    active           boolean,
    search_key       varchar(600),
    sort_key         varchar(500),
    constraint pk_person_aud primary key (id, rev)
);
