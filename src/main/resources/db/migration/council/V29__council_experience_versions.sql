-- Notes and topics can now be edited: the version tells a writer that someone else saved first.
alter table council_experience_note add column version integer not null default 0;
alter table council_topic add column version integer not null default 0;
