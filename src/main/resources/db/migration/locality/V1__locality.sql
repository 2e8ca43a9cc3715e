-- Administrative units over time (before and after the 2025 reform) and villages entered by users.
create sequence locality_seq start with 1 increment by 50;

create table locality (
    id          bigint       primary key,
    kind        varchar(40)  not null,
    code        varchar(10),
    name        varchar(200) not null,
    full_name   varchar(250) not null,
    alt_name    varchar(200),
    parent_id   bigint       references locality (id),
    -- Materialised path of ids, "/1/52/900/": scope checks are prefix matches.
    path        varchar(300) not null,
    depth       integer      not null,
    valid_from  date,
    valid_to    date,
    search_key  varchar(600) not null,
    sort_key    varchar(500) not null,
    version     bigint       not null default 0,
    constraint ck_locality_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index ix_locality_parent on locality (parent_id, sort_key);
create index ix_locality_code on locality (code);
create index ix_locality_path on locality (path);
create index ix_locality_depth on locality (depth, sort_key);

-- Names a village had before it was renamed, so old records and reports keep their names.
create table locality_former_name (
    id           bigint       primary key,
    locality_id  bigint       not null references locality (id),
    name         varchar(200) not null,
    valid_to     date         not null
);
create index ix_locality_former_name on locality_former_name (locality_id);
create sequence locality_former_name_seq start with 1 increment by 50;

-- Sắp xếp đơn vị hành chính: which old unit went into which new one, when, and by what act.
create table locality_merger (
    id              bigint       primary key,
    predecessor_id  bigint       not null references locality (id),
    successor_id    bigint       not null references locality (id),
    relation        varchar(10)  not null,
    effective_on    date         not null,
    legal_basis     varchar(300)
);
create index ix_merger_predecessor on locality_merger (predecessor_id);
create index ix_merger_successor on locality_merger (successor_id);
create sequence locality_merger_seq start with 1 increment by 50;
