-- News articles (tin bài): the categories' catalogue, the articles with their workflow, their tags and
-- their links to models, communes and exemplars, and the audit tables.
create table article_category (
    code      varchar(40)  primary key,
    position  integer      not null
);
insert into article_category (code, position) values ('tin-tuc-su-kien', 1);
insert into article_category (code, position) values ('mo-hinh-hay', 2);
insert into article_category (code, position) values ('guong-dien-hinh', 3);
insert into article_category (code, position) values ('chi-dao-dieu-hanh', 4);

create sequence article_seq start with 1 increment by 50;
create table article (
    id                bigint          primary key,
    slug              varchar(200)    not null,
    title             varchar(300)    not null,
    -- Title, summary and tags folded (accents, case): what the word search compares.
    search_key        varchar(2000)   not null,
    summary           varchar(1000)   not null,
    -- Sanitised HTML only: the sanitiser runs before anything is stored.
    body              varchar(100000) not null,
    cover_hash        varchar(80),
    cover_type        varchar(60),
    cover_alt         varchar(300),
    author            varchar(200)    not null,
    category_code     varchar(40)     not null references article_category (code),
    -- The owner's place (null: national), for the usual scope rules of the editor pages.
    scope_path        varchar(300),
    status            varchar(20)     not null,
    featured          boolean         not null default false,
    -- When the public may see it: the approval's time or a later scheduled time.
    published_at      timestamp,
    published_by      varchar(60),
    publisher_name    varchar(200),
    submitted_by      varchar(60),
    returned_reason   varchar(1000),
    withdrawn_reason  varchar(1000),
    created_by        varchar(60),
    created_at        timestamp       not null,
    updated_at        timestamp       not null,
    version           bigint          not null default 0,
    constraint uq_article_slug unique (slug)
);
create index ix_article_public on article (status, published_at, id);
create index ix_article_featured on article (status, featured, published_at);
create index ix_article_category on article (category_code, status, published_at);
create index ix_article_scope on article (scope_path, updated_at, id);

create table article_tag (
    article_id  bigint        not null references article (id),
    position    integer       not null,
    tag         varchar(100)  not null,
    constraint pk_article_tag primary key (article_id, position)
);
create table article_model (
    article_id     bigint   not null references article (id),
    position       integer  not null,
    initiative_id  bigint   not null,
    constraint pk_article_model primary key (article_id, position)
);
create index ix_article_model_initiative on article_model (initiative_id, article_id);
create table article_locality (
    article_id     bigint       not null references article (id),
    position       integer      not null,
    locality_code  varchar(20)  not null,
    constraint pk_article_locality primary key (article_id, position)
);
create index ix_article_locality_code on article_locality (locality_code, article_id);
create table article_exemplar (
    article_id   bigint   not null references article (id),
    position     integer  not null,
    exemplar_id  bigint   not null,
    constraint pk_article_exemplar primary key (article_id, position)
);
create index ix_article_exemplar_exemplar on article_exemplar (exemplar_id, article_id);

create table article_aud (
    id                bigint          not null,
    rev               bigint          not null references audit_revision (id),
    revtype           smallint,
    slug              varchar(200),
    title             varchar(300),
    search_key        varchar(2000),
    summary           varchar(1000),
    body              varchar(100000),
    cover_hash        varchar(80),
    cover_type        varchar(60),
    cover_alt         varchar(300),
    author            varchar(200),
    category_code     varchar(40),
    scope_path        varchar(300),
    status            varchar(20),
    featured          boolean,
    published_at      timestamp,
    published_by      varchar(60),
    publisher_name    varchar(200),
    submitted_by      varchar(60),
    returned_reason   varchar(1000),
    withdrawn_reason  varchar(1000),
    created_by        varchar(60),
    created_at        timestamp,
    updated_at        timestamp,
    constraint pk_article_aud primary key (id, rev)
);
create table article_tag_aud (
    rev         bigint        not null references audit_revision (id),
    revtype     smallint      not null,
    article_id  bigint        not null,
    position    integer       not null,
    tag         varchar(100),
    constraint pk_article_tag_aud primary key (rev, revtype, article_id, position)
);
create table article_model_aud (
    rev            bigint    not null references audit_revision (id),
    revtype        smallint  not null,
    article_id     bigint    not null,
    position       integer   not null,
    initiative_id  bigint,
    constraint pk_article_model_aud primary key (rev, revtype, article_id, position)
);
create table article_locality_aud (
    rev            bigint       not null references audit_revision (id),
    revtype        smallint     not null,
    article_id     bigint       not null,
    position       integer      not null,
    locality_code  varchar(20),
    constraint pk_article_locality_aud primary key (rev, revtype, article_id, position)
);
create table article_exemplar_aud (
    rev          bigint    not null references audit_revision (id),
    revtype      smallint  not null,
    article_id   bigint    not null,
    position     integer   not null,
    exemplar_id  bigint,
    constraint pk_article_exemplar_aud primary key (rev, revtype, article_id, position)
);
