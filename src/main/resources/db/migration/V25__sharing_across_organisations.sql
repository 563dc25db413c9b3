-- A team shares a trial action or an experience note with the project's other organisations, and can withdraw it:
-- shared_at is set while it is shared (null: the organisation's own, as everything is by default).
alter table experience_note add column shared_at timestamp with time zone;
alter table experience_note add column shared_by_id bigint;
alter table trial_action add column shared_at timestamp with time zone;
alter table trial_action add column shared_by_id bigint;
create index experience_note_shared on experience_note (shared_at);
create index trial_action_shared on trial_action (shared_at);

-- A project leader's choice for their organisation in one project: new notes are shared as they are written.
alter table workspace add column share_new_notes boolean default false not null;

-- The owning organisation hides a comment written on its shared item by another organisation's person.
alter table item_comment add column hidden_at timestamp with time zone;
alter table item_comment add column hidden_by_id bigint;
