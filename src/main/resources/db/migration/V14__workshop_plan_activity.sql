-- A maturation workshop held on a plan activity takes its day and title from the plan: one source of truth.
alter table workshop add column plan_activity_id bigint references plan_activity (id);
create unique index ux_workshop_plan_activity on workshop (plan_activity_id);
