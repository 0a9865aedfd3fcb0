-- The next meeting approves the minutes of the one before: its agenda gets an approval item pointing
-- at that meeting, and the approved meeting keeps who approved it, when, and in which meeting.
alter table council_agenda_item add column approves_meeting_id bigint references council_meeting (id);
alter table council_meeting add column minutes_approved_at timestamp with time zone;
alter table council_meeting add column minutes_approved_by varchar(200);
alter table council_meeting add column minutes_approved_in bigint references council_meeting (id);
