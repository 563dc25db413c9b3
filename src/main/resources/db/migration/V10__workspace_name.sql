-- The entity that was called "participation" is a "workspace" everywhere a person sees it.
alter table participation rename to workspace;
alter table workspace rename constraint uq_participation to uq_workspace;
alter index ix_participation_organisation rename to ix_workspace_organisation;
alter index ix_participation_consultant rename to ix_workspace_consultant;
alter index ix_participation_project rename to ix_workspace_project;

alter table trial_action rename column participation_id to workspace_id;
alter index ix_trial_action_participation rename to ix_trial_action_workspace;
alter table experience_note rename column participation_id to workspace_id;
alter index ix_experience_note_participation rename to ix_experience_note_workspace;
alter table progress_score rename column participation_id to workspace_id;
alter index ix_progress_score_participation rename to ix_progress_score_workspace;
alter table workspace_tally rename column participation_id to workspace_id;
alter table item_comment rename column participation_id to workspace_id;
alter table notification rename column participation_id to workspace_id;
alter table activity rename column participation_id to workspace_id;
alter table self_evaluation rename column participation_id to workspace_id;
