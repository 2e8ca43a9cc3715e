-- Commendations (khen thưởng, with a decision) and praise (biểu dương, without), their recipients,
-- nominations (đề nghị khen thưởng), exemplars (tấm gương điển hình), the models rated effective per
-- year (kept from evaluation events, for the gaps), and the audit tables.
create sequence commendation_seq start with 1 increment by 50;
create table commendation (
    id                  bigint         primary key,
    -- FORMAL (khen thưởng) or PRAISE (biểu dương).
    kind                varchar(20)    not null,
    -- For FORMAL only: FORM (hình thức khen thưởng) or TITLE (danh hiệu thi đua), and the code in its catalogue.
    award_category      varchar(20),
    award               varchar(40),
    body_organisation_id bigint,
    body_name           varchar(300)   not null,
    -- The body's name folded (accents, case), with the year and the number: one decision number per body and year.
    body_key            varchar(300)   not null,
    body_level          varchar(20)    not null,
    decision_number     varchar(60),
    decision_key        varchar(60),
    -- The decision's date, or the day of the praise.
    recognised_on       date           not null,
    award_year          integer        not null,
    movement            varchar(500),
    guiding_document_id bigint,
    occasion            varchar(500),
    reason              varchar(4000),
    scan_hash           varchar(80),
    scan_name           varchar(255),
    -- The commendation's own place (the issuing body's, else the recipients' common one): writing needs it.
    scope_path          varchar(300)   not null,
    withdrawn           boolean        not null default false,
    withdrawn_reason    varchar(1000),
    created_at          timestamp      not null,
    created_by          varchar(60),
    updated_at          timestamp      not null,
    version             bigint         not null default 0,
    constraint uq_commendation_decision unique (body_key, award_year, decision_key),
    constraint ck_commendation_kind check ((kind = 'FORMAL') = (decision_key is not null))
);
create index ix_commendation_year on commendation (award_year, recognised_on desc, id);
create index ix_commendation_date on commendation (recognised_on, id);
create index ix_commendation_scope on commendation (scope_path, recognised_on desc, id);

-- Recipients: a person, an organisation, a village's residents or a model; each with its place's path.
create table commendation_recipient (
    commendation_id  bigint        not null references commendation (id),
    position         integer       not null,
    kind             varchar(20)   not null,
    ref_id           bigint        not null,
    name             varchar(500)  not null,
    scope_path       varchar(300)  not null,
    constraint pk_commendation_recipient primary key (commendation_id, position)
);
-- Who may see a commendation (prefix of the recipients' paths), and the gaps (a model's commendations).
create index ix_commendation_recipient_scope on commendation_recipient (scope_path, commendation_id);
create index ix_commendation_recipient_ref on commendation_recipient (kind, ref_id, commendation_id);

create sequence nomination_seq start with 1 increment by 50;
create table nomination (
    id               bigint         primary key,
    initiative_id    bigint         not null,
    initiative_name  varchar(500)   not null,
    evaluation_id    bigint,
    award_year       integer        not null,
    reason           varchar(4000)  not null,
    scope_path       varchar(300)   not null,
    status           varchar(20)    not null,
    declined_reason  varchar(1000),
    commendation_id  bigint         references commendation (id),
    created_at       timestamp      not null,
    created_by       varchar(60),
    decided_at       timestamp,
    decided_by       varchar(60),
    version          bigint         not null default 0
);
create index ix_nomination_status on nomination (status, scope_path, id);
create index ix_nomination_scope on nomination (scope_path, id);

create sequence exemplar_seq start with 1 increment by 50;
create table exemplar (
    id                bigint         primary key,
    -- PERSON or COLLECTIVE (an organisation or a village's residents).
    kind              varchar(20)    not null,
    subject_kind      varchar(20)    not null,
    subject_id        bigint         not null,
    subject_name      varchar(500)   not null,
    title             varchar(300)   not null,
    story             varchar(8000)  not null,
    scope_path        varchar(300)   not null,
    sort_key          varchar(300)   not null,
    publishable       boolean        not null default false,
    publishable_from  date,
    created_at        timestamp      not null,
    updated_at        timestamp      not null,
    version           bigint         not null default 0
);
create index ix_exemplar_scope on exemplar (scope_path, sort_key, id);
create index ix_exemplar_sort on exemplar (sort_key, id);

create table exemplar_model (
    exemplar_id    bigint   not null references exemplar (id),
    position       integer  not null,
    initiative_id  bigint   not null,
    constraint pk_exemplar_model primary key (exemplar_id, position)
);
create table exemplar_commendation (
    exemplar_id      bigint   not null references exemplar (id),
    position         integer  not null,
    commendation_id  bigint   not null references commendation (id),
    constraint pk_exemplar_commendation primary key (exemplar_id, position)
);

-- The module's copy of the yearly evaluations (one row per model and year), fed by EvaluationRecorded
-- and InitiativeChanged; the gaps are one indexed query on it.
create table commendation_effective_model (
    initiative_id    bigint        not null,
    eval_year        integer       not null,
    evaluation_id    bigint        not null,
    initiative_name  varchar(500)  not null,
    -- The name folded (accents, case) for the recipients' search; filled by V24_1 for the rows copied below.
    search_key       varchar(500),
    rating           varchar(20)   not null,
    effective        boolean       not null,
    scope_path       varchar(300)  not null,
    constraint pk_commendation_effective_model primary key (initiative_id, eval_year)
);
create index ix_commendation_effective_year on commendation_effective_model (eval_year, effective, scope_path, initiative_id);

-- Existing databases: the evaluations recorded before this module existed.
insert into commendation_effective_model (initiative_id, eval_year, evaluation_id, initiative_name, rating, effective, scope_path)
select initiative_id, eval_year, id, initiative_name, rating, effective, scope_path from evaluation;

create table commendation_aud (
    id                  bigint         not null,
    rev                 bigint         not null references audit_revision (id),
    revtype             smallint,
    kind                varchar(20),
    award_category      varchar(20),
    award               varchar(40),
    body_organisation_id bigint,
    body_name           varchar(300),
    body_key            varchar(300),
    body_level          varchar(20),
    decision_number     varchar(60),
    decision_key        varchar(60),
    recognised_on       date,
    award_year          integer,
    movement            varchar(500),
    guiding_document_id bigint,
    occasion            varchar(500),
    reason              varchar(4000),
    scan_hash           varchar(80),
    scan_name           varchar(255),
    scope_path          varchar(300),
    withdrawn           boolean,
    withdrawn_reason    varchar(1000),
    created_at          timestamp,
    created_by          varchar(60),
    updated_at          timestamp,
    constraint pk_commendation_aud primary key (id, rev)
);
create table commendation_recipient_aud (
    rev              bigint        not null references audit_revision (id),
    revtype          smallint      not null,
    commendation_id  bigint        not null,
    position         integer       not null,
    kind             varchar(20),
    ref_id           bigint,
    name             varchar(500),
    scope_path       varchar(300),
    constraint pk_commendation_recipient_aud primary key (rev, revtype, commendation_id, position)
);
create table nomination_aud (
    id               bigint         not null,
    rev              bigint         not null references audit_revision (id),
    revtype          smallint,
    initiative_id    bigint,
    initiative_name  varchar(500),
    evaluation_id    bigint,
    award_year       integer,
    reason           varchar(4000),
    scope_path       varchar(300),
    status           varchar(20),
    declined_reason  varchar(1000),
    commendation_id  bigint,
    created_at       timestamp,
    created_by       varchar(60),
    decided_at       timestamp,
    decided_by       varchar(60),
    constraint pk_nomination_aud primary key (id, rev)
);
create table exemplar_aud (
    id                bigint         not null,
    rev               bigint         not null references audit_revision (id),
    revtype           smallint,
    kind              varchar(20),
    subject_kind      varchar(20),
    subject_id        bigint,
    subject_name      varchar(500),
    title             varchar(300),
    story             varchar(8000),
    scope_path        varchar(300),
    sort_key          varchar(300),
    publishable       boolean,
    publishable_from  date,
    created_at        timestamp,
    updated_at        timestamp,
    constraint pk_exemplar_aud primary key (id, rev)
);
create table exemplar_model_aud (
    rev            bigint   not null references audit_revision (id),
    revtype        smallint not null,
    exemplar_id    bigint   not null,
    position       integer  not null,
    initiative_id  bigint,
    constraint pk_exemplar_model_aud primary key (rev, revtype, exemplar_id, position)
);
create table exemplar_commendation_aud (
    rev              bigint   not null references audit_revision (id),
    revtype          smallint not null,
    exemplar_id      bigint   not null,
    position         integer  not null,
    commendation_id  bigint,
    constraint pk_exemplar_commendation_aud primary key (rev, revtype, exemplar_id, position)
);
