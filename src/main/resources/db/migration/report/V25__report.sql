-- Periodic reports (báo cáo định kỳ, sơ kết, tổng kết): drafted from the data, issued once with a
-- number per issuer and year, then frozen; and their audit table.
create sequence report_seq start with 1 increment by 50;
create table report (
    id              bigint         primary key,
    issuer_id       bigint         not null,
    issuer_name     varchar(300)   not null,
    issuer_kind     varchar(40)    not null,
    -- The issuer's locality path: who may see the issuer.
    issuer_path     varchar(300)   not null,
    locality_id     bigint         not null,
    locality_name   varchar(300)   not null,
    -- The reported locality's path, for scope checks and list filters (prefix match).
    scope_path      varchar(300)   not null,
    kind            varchar(20)    not null,
    period_from     date           not null,
    period_to       date           not null,
    title           varchar(500)   not null,
    situation       varchar(20000),
    leadership      varchar(20000),
    results         varchar(60000),
    weaknesses      varchar(20000),
    tasks           varchar(20000),
    proposals       varchar(20000),
    status          varchar(10)    not null,
    issue_year      integer,
    issue_number    integer,
    number_text     varchar(60),
    issued_on       date,
    issued_by       varchar(60),
    signer_title    varchar(100),
    signer_name     varchar(200),
    created_at      timestamp      not null,
    created_by      varchar(60)    not null,
    updated_at      timestamp      not null,
    version         bigint         not null default 0,
    constraint ck_report_period check (period_to >= period_from),
    constraint uq_report_number unique (issuer_id, issue_year, issue_number)
);
-- The list: scope (prefix of scope_path), newest period first.
create index ix_report_scope on report (scope_path, period_to, id);
create index ix_report_status on report (status, period_to);

create table report_aud (
    id              bigint         not null,
    rev             bigint         not null references audit_revision (id),
    revtype         smallint,
    issuer_id       bigint,
    issuer_name     varchar(300),
    issuer_kind     varchar(40),
    issuer_path     varchar(300),
    locality_id     bigint,
    locality_name   varchar(300),
    scope_path      varchar(300),
    kind            varchar(20),
    period_from     date,
    period_to       date,
    title           varchar(500),
    situation       varchar(20000),
    leadership      varchar(20000),
    results         varchar(60000),
    weaknesses      varchar(20000),
    tasks           varchar(20000),
    proposals       varchar(20000),
    status          varchar(10),
    issue_year      integer,
    issue_number    integer,
    number_text     varchar(60),
    issued_on       date,
    issued_by       varchar(60),
    signer_title    varchar(100),
    signer_name     varchar(200),
    created_at      timestamp,
    created_by      varchar(60),
    updated_at      timestamp,
    constraint pk_report_aud primary key (id, rev)
);
