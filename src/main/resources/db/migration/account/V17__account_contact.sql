-- An e-mail address for reminders, and the person (cán bộ, đảng viên) an account belongs to, so that
-- reminders addressed to a person in charge reach them in the app.
alter table user_account add column email varchar(200);
alter table user_account add column person_id bigint;
create index ix_user_account_person on user_account (person_id);
create index ix_user_account_scope on user_account (scope_locality_id, role);
alter table user_account_aud add column email varchar(200);
alter table user_account_aud add column person_id bigint;
