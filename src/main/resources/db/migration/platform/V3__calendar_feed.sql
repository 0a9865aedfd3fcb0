-- One private calendar feed link per account. Only a SHA-256 hash of the random token is kept, so the
-- link cannot be read back from the database; a new link replaces the row and so revokes the old one.
-- account_id is the organisation module's id, kept without a foreign key so the modules stay apart.
create table calendar_feed (
  account_id   bigint      primary key,
  token_hash   varchar(64) not null,
  created_at   timestamp with time zone not null,
  last_used_at timestamp with time zone,
  constraint calendar_feed_token_unique unique (token_hash)
);
