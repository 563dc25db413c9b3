-- The last round's draft published as the intervention's final version ("Endelig version"): no new trial round
-- opens from it, and the project moves on to anchoring it.
alter table intervention_version add column final_version boolean default false not null;
