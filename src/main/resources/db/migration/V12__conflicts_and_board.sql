-- Who changed a theme, a plan activity, an agenda item or a meeting last, and when: an edit conflict names them.
alter table workshop_theme add column changed_by_id bigint references user_account (id);
alter table workshop_theme add column changed_at timestamp with time zone;
alter table plan_activity add column changed_by_id bigint references user_account (id);
alter table plan_activity add column changed_at timestamp with time zone;
alter table agenda_item add column changed_by_id bigint references user_account (id);
alter table agenda_item add column changed_at timestamp with time zone;
alter table meeting add column changed_by_id bigint references user_account (id);
alter table meeting add column changed_at timestamp with time zone;

-- The workshop board reads a round's items per core element, newest first, a page at a time.
create index ix_note_round_element on experience_note (intervention_version_id, core_element_id, created_at);
create index ix_trial_action_round on trial_action (intervention_version_id, status, updated_at);
