-- Our own search index: one row per document and stemmed term, with the weight of the fields the term
-- occurs in (title 3, conclusion/decision 2, body text 1, summed). Kept in plain SQL so that search
-- behaves the same on H2 and PostgreSQL; the council code keeps it current in the writing transaction.
create table council_search_term (
  document_type varchar(10) not null check (document_type in ('SAK', 'REFERAT', 'TILTAK', 'NOTAT')),
  document_id   bigint      not null,
  term          varchar(60) not null,
  weight        integer     not null,
  primary key (document_type, document_id, term)
);
create index council_search_term_lookup_idx on council_search_term (term, document_type, document_id, weight);
