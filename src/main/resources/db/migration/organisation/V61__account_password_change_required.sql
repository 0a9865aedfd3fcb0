-- A password set by an administrator is a one-time password: the person must choose their own at the
-- first log-in. Accounts that exist already keep the password they have.
alter table account add column password_change_required boolean not null default false;
