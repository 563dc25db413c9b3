-- Scheduled work runs once per cluster: the node that takes a job's row runs it (ShedLock's table).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
