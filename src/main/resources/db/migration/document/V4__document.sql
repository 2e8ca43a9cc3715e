-- Guiding documents (văn bản chỉ đạo): directives, plans, campaigns, with an optional attached file.
create sequence guiding_document_seq start with 1 increment by 50;

create table guiding_document (
    id             bigint        primary key,
    kind           varchar(20)   not null,
    doc_number     varchar(60),
    -- Folded number and issuer: "05-CT/TW" and "05-ct/tw" are the same number.
    number_key     varchar(60),
    issued_on      date,
    issued_year    integer       not null,
    issuer         varchar(300)  not null,
    issuer_key     varchar(300)  not null,
    title          varchar(1000) not null,
    summary        varchar(4000),
    -- No locality: a national document. scope_path is the locality's path, copied for scope checks.
    locality_id    bigint        references locality (id),
    locality_name  varchar(400),
    scope_path     varchar(300),
    -- The attached file lives under <data-dir>/files/<first two hex>/<sha256>.
    file_hash      varchar(64),
    file_name      varchar(255),
    file_type      varchar(20),
    file_size      bigint,
    withdrawn      boolean       not null default false,
    withdrawn_at   timestamp,
    search_key     varchar(2000) not null,
    sort_key       varchar(500)  not null,
    created_at     timestamp     not null,
    updated_at     timestamp     not null,
    version        bigint        not null default 0,
    -- Null numbers (campaigns without one) never collide: NULLs are distinct in both databases.
    constraint uq_guiding_document_number unique (issuer_key, issued_year, number_key),
    constraint ck_guiding_document_year check (issued_on is null or extract(year from issued_on) = issued_year),
    constraint ck_guiding_document_place check ((locality_id is null) = (scope_path is null))
);
create index ix_guiding_document_scope on guiding_document (scope_path);
create index ix_guiding_document_search on guiding_document (search_key);
create index ix_guiding_document_sort on guiding_document (sort_key);
create index ix_guiding_document_year on guiding_document (issued_year, issued_on);
create index ix_guiding_document_file on guiding_document (file_hash);
