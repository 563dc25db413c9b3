-- Spring Modulith's event publication registry (the layout of its v2 schema): each event a module publishes is
-- stored here with the change that caused it, once per listener of another module, and marked complete once that
-- listener has done its work after the commit. What a failed listener or a stopped node left incomplete is handed
-- out again at the next start.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(100000)          not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
