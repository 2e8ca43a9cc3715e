-- Users, their role and scope, personal API tokens, and failed logins for throttling.
create table user_account (
    id                 bigint       primary key,
    username           varchar(60)  not null,
    password_hash      varchar(200) not null,
    display_name       varchar(120) not null,
    role               varchar(20)  not null,
    scope_locality_id  bigint       references locality (id),
    enabled            boolean      not null,
    created_at         timestamp    not null,
    version            bigint       not null default 0,
    constraint uq_user_account_username unique (username)
);
create sequence user_account_seq start with 1 increment by 50;

create table api_token (
    id            bigint       primary key,
    user_id       bigint       not null references user_account (id),
    name          varchar(80)  not null,
    token_hash    varchar(64)  not null,
    token_prefix  varchar(12)  not null,
    created_at    timestamp    not null,
    last_used_at  timestamp,
    revoked_at    timestamp,
    constraint uq_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (user_id);
create sequence api_token_seq start with 1 increment by 50;

create table login_failure (
    id         bigint       primary key,
    username   varchar(60)  not null,
    failed_at  timestamp    not null
);
create index ix_login_failure on login_failure (username, failed_at);
create sequence login_failure_seq start with 1 increment by 50;
