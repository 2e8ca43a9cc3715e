-- Yearly evaluations of models (đánh giá): one per model and year, scored on a copy of the criteria
-- in force, with members' comments and the decision that follows; and their audit tables.
create sequence evaluation_seq start with 1 increment by 50;
create table evaluation (
    id                bigint         primary key,
    initiative_id     bigint         not null references initiative (id),
    -- Snapshots of the model when it was evaluated; they stay although the model is renamed later.
    initiative_name   varchar(500)   not null,
    type_id           bigint         not null,
    type_name         varchar(300)   not null,
    commune_name      varchar(250)   not null,
    village_names     varchar(1000),
    -- The model's commune path, for scope checks and subtree filters (prefix match); follows the model.
    scope_path        varchar(300)   not null,
    sort_key          varchar(500)   not null,
    eval_year         integer        not null,
    criteria_set_id   bigint         not null references criteria_set (id),
    total_score       integer        not null,
    max_total         integer        not null,
    rating            varchar(20)    not null,
    effective         boolean        not null,
    conclusion        varchar(4000),
    created_at        timestamp      not null,
    created_by        varchar(60),
    created_by_name   varchar(200),
    updated_at        timestamp      not null,
    decision          varchar(20),
    decided_on        date,
    decided_at        timestamp,
    decided_by        varchar(60),
    decided_by_name   varchar(200),
    decision_reason   varchar(1000),
    new_type_id       bigint,
    new_type_name     varchar(300),
    version           bigint         not null default 0,
    constraint uq_evaluation_year unique (initiative_id, eval_year),
    constraint ck_evaluation_decision check ((decision is null) = (decided_on is null))
);
-- The list: scope or locality subtree (prefix of scope_path), then Vietnamese order; see V21_1 for PostgreSQL.
-- In the list's order: the model's name, the newest year first, then the id.
create index ix_evaluation_scope_sort on evaluation (scope_path, sort_key, eval_year desc, id);
create index ix_evaluation_sort on evaluation (sort_key, eval_year desc, id);
-- Filters and the dashboard's yearly figures.
create index ix_evaluation_year on evaluation (eval_year, scope_path, effective);
create index ix_evaluation_type on evaluation (type_id, sort_key, id);

create table evaluation_score (
    evaluation_id  bigint        not null references evaluation (id),
    position       integer       not null,
    criterion_id   bigint        not null references evaluation_criterion (id),
    code           varchar(20)   not null,
    name           varchar(300)  not null,
    max_score      integer       not null,
    score          integer       not null,
    constraint pk_evaluation_score primary key (evaluation_id, position),
    constraint ck_evaluation_score check (score between 0 and max_score)
);

-- The models a decision created (replications, the successor of a conversion), in order.
create table evaluation_outcome (
    evaluation_id  bigint   not null references evaluation (id),
    position       integer  not null,
    initiative_id  bigint   not null references initiative (id),
    constraint pk_evaluation_outcome primary key (evaluation_id, position)
);
create index ix_evaluation_outcome_initiative on evaluation_outcome (initiative_id);

-- Members' comments (đóng góp ý kiến): written once, never changed.
create sequence evaluation_comment_seq start with 1 increment by 50;
create table evaluation_comment (
    id               bigint         primary key,
    evaluation_id    bigint         not null references evaluation (id),
    author_username  varchar(60)    not null,
    author_name      varchar(200)   not null,
    written_at       timestamp      not null,
    body             varchar(4000)  not null
);
create index ix_evaluation_comment_evaluation on evaluation_comment (evaluation_id, written_at, id);

create table evaluation_aud (
    id                bigint         not null,
    rev               bigint         not null references audit_revision (id),
    revtype           smallint,
    initiative_id     bigint,
    initiative_name   varchar(500),
    type_id           bigint,
    type_name         varchar(300),
    commune_name      varchar(250),
    village_names     varchar(1000),
    scope_path        varchar(300),
    sort_key          varchar(500),
    eval_year         integer,
    criteria_set_id   bigint,
    total_score       integer,
    max_total         integer,
    rating            varchar(20),
    effective         boolean,
    conclusion        varchar(4000),
    created_at        timestamp,
    created_by        varchar(60),
    created_by_name   varchar(200),
    updated_at        timestamp,
    decision          varchar(20),
    decided_on        date,
    decided_at        timestamp,
    decided_by        varchar(60),
    decided_by_name   varchar(200),
    decision_reason   varchar(1000),
    new_type_id       bigint,
    new_type_name     varchar(300),
    constraint pk_evaluation_aud primary key (id, rev)
);

create table evaluation_score_aud (
    rev            bigint        not null references audit_revision (id),
    revtype        smallint      not null,
    evaluation_id  bigint        not null,
    position       integer       not null,
    criterion_id   bigint,
    code           varchar(20),
    name           varchar(300),
    max_score      integer,
    score          integer,
    constraint pk_evaluation_score_aud primary key (rev, revtype, evaluation_id, position)
);

create table evaluation_outcome_aud (
    rev            bigint    not null references audit_revision (id),
    revtype        smallint  not null,
    evaluation_id  bigint    not null,
    position       integer   not null,
    initiative_id  bigint,
    constraint pk_evaluation_outcome_aud primary key (rev, revtype, evaluation_id, position)
);

create table evaluation_comment_aud (
    id               bigint         not null,
    rev              bigint         not null references audit_revision (id),
    revtype          smallint,
    evaluation_id    bigint,
    author_username  varchar(60),
    author_name      varchar(200),
    written_at       timestamp,
    body             varchar(4000),
    constraint pk_evaluation_comment_aud primary key (id, rev)
);
