-- The dashboard's two counts that read rows rather than tallies (notes new since the last workshop, trial
-- actions per status and overdue) answer from the index alone: deleted_at in the notes' index, so no note row
-- is read to learn it is not deleted (a national project's round has thousands since a workshop).
drop index ix_note_workspace_round;
create index ix_note_workspace_round on experience_note (workspace_id, intervention_version_id, created_at, deleted_at);

-- Tallies carry their workspace's project (which never changes), so the dashboard reads one project's rows by an
-- index range rather than looking up each of its workspaces (98 in a national project; H2 scanned every tally).
alter table workspace_tally add column project_id bigint;
update workspace_tally set project_id = (select w.project_id from workspace w where w.id = workspace_tally.workspace_id);
alter table workspace_tally alter column project_id set not null;
create index ix_workspace_tally_project on workspace_tally (project_id, measure, yyyymm);
