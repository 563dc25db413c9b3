-- A meeting keeps its plan activity's project beside the activity's id (an activity never changes project), so
-- the meeting module selects a project's meetings on its own table.
alter table meeting add column project_id bigint;
update meeting set project_id = (select a.project_id from plan_activity a where a.id = meeting.activity_id);
alter table meeting alter column project_id set not null;
create index ix_meeting_project on meeting (project_id, starts_at);
