-- The files of an issued report, written once when it is issued (or at the first download of a report
-- issued before this) and served from then on: the DOCX, the PDF and the Excel annex no longer follow the
-- data once the report is frozen. Drafts' files are not frozen and are cleaned up after some days.
alter table report_file add column frozen boolean not null default false;
-- The frozen file of a report by kind.
create index ix_report_file_frozen on report_file (report_id, frozen, kind, id);
-- The cleanup of drafts' old files: finished before a day, not frozen.
create index ix_report_file_finished on report_file (frozen, finished_at);
-- Whether a stored file is still referred to (shared.files.FileReferences) before its bytes are removed.
create index ix_report_file_hash on report_file (file_hash);
