-- Each index row carries the facts that access and the filters test (body, organisation, whether the
-- document is open to the organisation's employees, submitter, case status and category, year and date),
-- so a search reads one index range of a word in ranking order and stops when it has enough, without joins.
-- The index holds only derived data: it is emptied here and rebuilt from the texts at the next start-up.
delete from council_search_term;
drop index council_search_term_lookup_idx;
alter table council_search_term add column body_id bigint not null;
alter table council_search_term add column organisation_id bigint not null;
alter table council_search_term add column open_to_org boolean not null;
alter table council_search_term add column submitter_account_id bigint;
alter table council_search_term add column case_status varchar(30);
alter table council_search_term add column case_category varchar(40);
alter table council_search_term add column doc_year integer not null;
alter table council_search_term add column sort_date date not null;
-- Ranking order first, then every column a search tests, so the scan never needs the table row.
create index council_search_term_rank_idx on council_search_term (term, weight desc, sort_date desc, document_id desc,
  document_type, body_id, organisation_id, open_to_org, submitter_account_id, doc_year, case_status, case_category);
