-- Live changes to open screens are no longer event publications (live.ChangeBus hands them on after the commit by
-- a transaction synchronisation): what the registry still holds for them would never be completed.
delete from event_publication where listener_id like 'dk.modningsportal.live.ChangeBus%';
