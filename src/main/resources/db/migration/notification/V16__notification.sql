-- In-app notifications (reminders) per user, and the e-mail that carries each, sent by a job.
-- (recipient, topic) is unique: a reminder about the same thing reaches a user once, even when two
-- application instances run the reminder job.
create table notification (
    id            bigint        primary key,
    recipient     varchar(60)   not null,
    topic         varchar(200)  not null,
    title         varchar(300)  not null,
    body          varchar(2000),
    link          varchar(500),
    created_at    timestamp     not null,
    read_at       timestamp,
    mail_to       varchar(200),
    mail_status   varchar(10)   not null,
    mail_attempts int           not null default 0,
    mailed_at     timestamp,
    constraint uq_notification_topic unique (recipient, topic)
);
create sequence notification_seq start with 1 increment by 50;
create index ix_notification_inbox on notification (recipient, created_at);
create index ix_notification_unread on notification (recipient, read_at);
create index ix_notification_mail on notification (mail_status, id);
