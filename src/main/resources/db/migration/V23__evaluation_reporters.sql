-- The team members a project leader lets report the evaluation's counts, hours and deliveries for their organisation.
create table evaluation_reporter (
    workspace_id bigint not null references workspace (id),
    user_id      bigint not null,
    primary key (workspace_id, user_id)
);
