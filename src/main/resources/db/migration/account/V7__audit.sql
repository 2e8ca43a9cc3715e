-- Hibernate Envers: one revision per transaction that changed audited records, with its author.
create sequence audit_revision_seq start with 1 increment by 50;
create table audit_revision (
    id         bigint       primary key,
    changed_at timestamp    not null,
    username   varchar(60)
);
create index ix_audit_revision_time on audit_revision (changed_at);

create table audit_revision_entity (
    revision_id  bigint       not null references audit_revision (id),
    entity_name  varchar(255) not null,
    constraint pk_audit_revision_entity primary key (revision_id, entity_name)
);

create table locality_aud (
    id          bigint       not null,
    rev         bigint       not null references audit_revision (id),
    revtype     smallint,
    kind        varchar(40),
    code        varchar(10),
    name        varchar(200),
    full_name   varchar(250),
    alt_name    varchar(200),
    parent_id   bigint,
    path        varchar(300),
    depth       integer,
    valid_from  date,
    valid_to    date,
    search_key  varchar(600),
    sort_key    varchar(500),
    constraint pk_locality_aud primary key (id, rev)
);

create table user_account_aud (
    id                 bigint       not null,
    rev                bigint       not null references audit_revision (id),
    revtype            smallint,
    username           varchar(60),
    display_name       varchar(120),
    role               varchar(20),
    scope_locality_id  bigint,
    enabled            boolean,
    created_at         timestamp,
    constraint pk_user_account_aud primary key (id, rev)
);
