-- A deleted note is kept for a while so it can be undone: the note module reads only notes without deleted_at.
alter table experience_note add column deleted_at timestamp with time zone;
create or replace view note_facts as
    select id, workspace_id, intervention_version_id, core_element_id, kind, created_at, updated_at
    from experience_note
    where deleted_at is null;
