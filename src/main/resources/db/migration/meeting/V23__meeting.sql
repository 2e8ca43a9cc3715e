-- Meetings of a Party cell or another organisation (sinh hoạt chi bộ), the action items they decide,
-- and the party members' yearly commitments (bản đăng ký làm theo) reviewed at meetings; audit tables.
create sequence meeting_seq start with 1 increment by 50;
create table meeting (
    id                  bigint         primary key,
    organisation_id     bigint         not null references organisation (id),
    -- Snapshot of the organisation's name and kind when the meeting was held; the path follows it.
    organisation_name   varchar(300)   not null,
    party_body          boolean        not null,
    scope_path          varchar(300)   not null,
    meeting_date        date           not null,
    kind                varchar(20)    not null,
    topic               varchar(500)   not null,
    place               varchar(300),
    guests              varchar(1000),
    chair_id            bigint,
    chair_name          varchar(200),
    secretary_id        bigint,
    secretary_name      varchar(200),
    agenda              varchar(4000),
    minutes             varchar(8000),
    withdrawn_reason    varchar(1000),
    withdrawn_at        timestamp,
    created_at          timestamp      not null,
    created_by          varchar(60),
    updated_at          timestamp      not null,
    version             bigint         not null default 0
);
-- The list in scope, newest first; an organisation's meetings for the reports. See V23_1 for PostgreSQL.
create index ix_meeting_scope_date on meeting (scope_path, meeting_date desc, id);
create index ix_meeting_date on meeting (meeting_date desc, id);
create index ix_meeting_organisation on meeting (organisation_id, meeting_date desc, id);

create table meeting_attendee (
    meeting_id      bigint        not null references meeting (id),
    position        integer       not null,
    person_id       bigint        not null,
    person_name     varchar(200)  not null,
    present         boolean       not null,
    absence_reason  varchar(500),
    constraint pk_meeting_attendee primary key (meeting_id, position)
);

create table meeting_resolution (
    meeting_id  bigint         not null references meeting (id),
    position    integer        not null,
    body        varchar(2000)  not null,
    constraint pk_meeting_resolution primary key (meeting_id, position)
);

create table meeting_model (
    meeting_id       bigint        not null references meeting (id),
    position         integer       not null,
    initiative_id    bigint        not null references initiative (id),
    initiative_name  varchar(500)  not null,
    constraint pk_meeting_model primary key (meeting_id, position)
);
create index ix_meeting_model_initiative on meeting_model (initiative_id);

create sequence action_item_seq start with 1 increment by 50;
create table action_item (
    id                bigint         primary key,
    meeting_id        bigint         not null references meeting (id),
    organisation_id   bigint         not null,
    scope_path        varchar(300)   not null,
    body              varchar(2000)  not null,
    person_id         bigint         not null,
    person_name       varchar(200)   not null,
    due_date          date           not null,
    status            varchar(20)    not null,
    done_on           date,
    drop_reason       varchar(1000),
    initiative_id     bigint,
    initiative_name   varchar(500),
    created_at        timestamp      not null,
    version           bigint         not null default 0,
    constraint ck_action_item_done check ((status = 'DONE') = (done_on is not null))
);
-- The list (scope, status, due date), the overdue count and the reminders' keyset scan.
create index ix_action_item_scope on action_item (scope_path, status, due_date, id);
create index ix_action_item_status_due on action_item (status, due_date, id);
create index ix_action_item_meeting on action_item (meeting_id, id);
create index ix_action_item_person on action_item (person_id, status, due_date);
create index ix_action_item_organisation on action_item (organisation_id, status, due_date);

create sequence commitment_seq start with 1 increment by 50;
create table commitment (
    id                 bigint         primary key,
    person_id          bigint         not null,
    person_name        varchar(200)   not null,
    organisation_id    bigint         not null,
    organisation_name  varchar(300)   not null,
    scope_path         varchar(300)   not null,
    commit_year        integer        not null,
    items              varchar(4000)  not null,
    registered_on      date           not null,
    created_at         timestamp      not null,
    version            bigint         not null default 0,
    constraint uq_commitment_year unique (person_id, commit_year)
);
create index ix_commitment_organisation on commitment (organisation_id, commit_year, id);
create index ix_commitment_year on commitment (commit_year, scope_path);

-- Reviews at the mid-year and the year-end meeting.
create table commitment_review (
    commitment_id  bigint         not null references commitment (id),
    position       integer        not null,
    review_kind    varchar(20)    not null,
    meeting_id     bigint,
    reviewed_on    date           not null,
    assessment     varchar(2000),
    result         varchar(20)    not null,
    constraint pk_commitment_review primary key (commitment_id, position)
);

create table meeting_aud (
    id                  bigint         not null,
    rev                 bigint         not null references audit_revision (id),
    revtype             smallint,
    organisation_id     bigint,
    organisation_name   varchar(300),
    party_body          boolean,
    scope_path          varchar(300),
    meeting_date        date,
    kind                varchar(20),
    topic               varchar(500),
    place               varchar(300),
    guests              varchar(1000),
    chair_id            bigint,
    chair_name          varchar(200),
    secretary_id        bigint,
    secretary_name      varchar(200),
    agenda              varchar(4000),
    minutes             varchar(8000),
    withdrawn_reason    varchar(1000),
    withdrawn_at        timestamp,
    created_at          timestamp,
    created_by          varchar(60),
    updated_at          timestamp,
    constraint pk_meeting_aud primary key (id, rev)
);

create table meeting_attendee_aud (
    rev             bigint        not null references audit_revision (id),
    revtype         smallint      not null,
    meeting_id      bigint        not null,
    position        integer       not null,
    person_id       bigint,
    person_name     varchar(200),
    present         boolean,
    absence_reason  varchar(500),
    constraint pk_meeting_attendee_aud primary key (rev, revtype, meeting_id, position)
);

create table meeting_resolution_aud (
    rev         bigint         not null references audit_revision (id),
    revtype     smallint       not null,
    meeting_id  bigint         not null,
    position    integer        not null,
    body        varchar(2000),
    constraint pk_meeting_resolution_aud primary key (rev, revtype, meeting_id, position)
);

create table meeting_model_aud (
    rev              bigint        not null references audit_revision (id),
    revtype          smallint      not null,
    meeting_id       bigint        not null,
    position         integer       not null,
    initiative_id    bigint,
    initiative_name  varchar(500),
    constraint pk_meeting_model_aud primary key (rev, revtype, meeting_id, position)
);

create table action_item_aud (
    id                bigint         not null,
    rev               bigint         not null references audit_revision (id),
    revtype           smallint,
    meeting_id        bigint,
    organisation_id   bigint,
    scope_path        varchar(300),
    body              varchar(2000),
    person_id         bigint,
    person_name       varchar(200),
    due_date          date,
    status            varchar(20),
    done_on           date,
    drop_reason       varchar(1000),
    initiative_id     bigint,
    initiative_name   varchar(500),
    created_at        timestamp,
    constraint pk_action_item_aud primary key (id, rev)
);

create table commitment_aud (
    id                 bigint         not null,
    rev                bigint         not null references audit_revision (id),
    revtype            smallint,
    person_id          bigint,
    person_name        varchar(200),
    organisation_id    bigint,
    organisation_name  varchar(300),
    scope_path         varchar(300),
    commit_year        integer,
    items              varchar(4000),
    registered_on      date,
    created_at         timestamp,
    constraint pk_commitment_aud primary key (id, rev)
);

create table commitment_review_aud (
    rev            bigint         not null references audit_revision (id),
    revtype        smallint       not null,
    commitment_id  bigint         not null,
    position       integer        not null,
    review_kind    varchar(20),
    meeting_id     bigint,
    reviewed_on    date,
    assessment     varchar(2000),
    result         varchar(20),
    constraint pk_commitment_review_aud primary key (rev, revtype, commitment_id, position)
);
