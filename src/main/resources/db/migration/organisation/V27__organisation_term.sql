-- Terms (nhiệm kỳ) of Party bodies: the day each term began, usually its congress. Party documents
-- are numbered from 01 within a term (Hướng dẫn 36-HD/VPTW), so the report module asks which term a
-- day falls in. A term ends when the next one begins; past terms are kept because issued reports cite them.
create table organisation_term (
    organisation_id bigint not null references organisation (id),
    starts_on       date   not null,
    constraint pk_organisation_term primary key (organisation_id, starts_on)
);

create table organisation_term_aud (
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    organisation_id bigint   not null,
    starts_on       date     not null,
    constraint pk_organisation_term_aud primary key (rev, organisation_id, starts_on)
);
