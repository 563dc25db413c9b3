-- Evaluators belong to projects: an evaluating organisation (VIVE, Socialstyrelsen's evaluation unit) is set on
-- each project it evaluates, and its evaluators read only those projects.
update organisation set kind = 'EVALUATOR' where kind = 'RESEARCH';

create table project_evaluator (
    project_id      bigint not null references project (id),
    organisation_id bigint not null references organisation (id),
    primary key (project_id, organisation_id)
);
create index ix_project_evaluator_organisation on project_evaluator (organisation_id);

-- Until now evaluators read every project: keep that for the evaluating organisations already in the portal,
-- so nobody loses access on upgrade; project set-up narrows it from here on.
insert into project_evaluator (project_id, organisation_id)
select p.id, o.id from project p cross join organisation o where o.kind = 'EVALUATOR';
