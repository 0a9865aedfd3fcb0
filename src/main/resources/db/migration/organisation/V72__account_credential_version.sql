-- Counts the password changes of an account. A session remembers the count it was opened with and ends
-- on its next request when the count has moved on, so a changed or reset password ends every other session.
alter table account add column credential_version integer not null default 0;
