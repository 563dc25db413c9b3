-- Notes, trial actions, comments and self-evaluations keep their workspace's project and organisation beside its
-- id (a workspace never changes either), so their modules select by project or organisation on their own tables.
alter table experience_note add column project_id bigint;
alter table experience_note add column organisation_id bigint;
update experience_note set project_id = (select w.project_id from workspace w where w.id = experience_note.workspace_id),
    organisation_id = (select w.organisation_id from workspace w where w.id = experience_note.workspace_id);
alter table experience_note alter column project_id set not null;
alter table experience_note alter column organisation_id set not null;
create index ix_note_project_round on experience_note (project_id, intervention_version_id, created_at, deleted_at, workspace_id);

alter table trial_action add column project_id bigint;
alter table trial_action add column organisation_id bigint;
update trial_action set project_id = (select w.project_id from workspace w where w.id = trial_action.workspace_id),
    organisation_id = (select w.organisation_id from workspace w where w.id = trial_action.workspace_id);
alter table trial_action alter column project_id set not null;
alter table trial_action alter column organisation_id set not null;
create index ix_trial_action_project on trial_action (project_id, intervention_version_id);

alter table item_comment add column project_id bigint;
alter table item_comment add column organisation_id bigint;
update item_comment set project_id = (select w.project_id from workspace w where w.id = item_comment.workspace_id),
    organisation_id = (select w.organisation_id from workspace w where w.id = item_comment.workspace_id);
alter table item_comment alter column project_id set not null;
alter table item_comment alter column organisation_id set not null;

alter table self_evaluation add column project_id bigint;
alter table self_evaluation add column organisation_id bigint;
update self_evaluation set project_id = (select w.project_id from workspace w where w.id = self_evaluation.workspace_id),
    organisation_id = (select w.organisation_id from workspace w where w.id = self_evaluation.workspace_id);
alter table self_evaluation alter column project_id set not null;
alter table self_evaluation alter column organisation_id set not null;
