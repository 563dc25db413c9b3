-- What one module offers other modules to read in SQL: a view it owns, so its tables can change behind it.
-- The dashboard's tallies are computed from these, never from the note and trial-action tables themselves.

-- Owned by the note module.
create view note_facts as
    select id, workspace_id, intervention_version_id, core_element_id, kind, created_at, updated_at
    from experience_note;

-- Owned by the trial-action module: one row per trial action, and one per trial action and core element.
create view trial_action_facts as
    select id, workspace_id, intervention_version_id, status, end_date, created_at, updated_at
    from trial_action;

create view trial_action_element_facts as
    select t.id as trial_action_id, t.workspace_id, t.intervention_version_id, e.core_element_id
    from trial_action t join trial_action_core_element e on e.trial_action_id = t.id;
