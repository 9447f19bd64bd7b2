-- The projection is versioned: each version lives in a schema of its own (pact_progress_v<N>, created by
-- the service from projection/pact-progress.sql) with its own positions, so a new version builds beside
-- the live one and takes over atomically. The unversioned tables of V1/V2 are rebuilt from the log into
-- the first version and dropped here (the topics keep every event).

drop table if exists plan, dependency, pact, goal, goal_link, annual_target, progress_report, investment, consumer_offset,
    activity, investment_execution, investment_adjustment, programme, funding_call, call_result;

create table projection_version (
    name         text        not null,
    version      int         not null,
    code_version int         not null,
    schema_name  text        not null unique,
    state        text        not null check (state in ('BUILDING', 'CATCHING_UP', 'LIVE', 'RETIRED')),
    created_at   timestamptz not null default now(),
    live_since   timestamptz,
    retired_at   timestamptz,
    check_result text,
    -- false while a version built from offset 0 fills its tables without keys (see projection/pact-progress-keys.sql)
    indexed      boolean     not null default true,
    primary key (name, version)
);
-- at most one live version per projection: the switch is one transaction that retires one and promotes the other
create unique index projection_version_one_live on projection_version (name) where state = 'LIVE';

-- Where each version is in each partition; written in the same transaction as the version's rows.
-- caught_up_at: the start of the last poll after which the partition had nothing more to read (the watermark).
create table projection_position (
    name         text        not null,
    version      int         not null,
    topic        text        not null,
    partition    int         not null,
    next_offset  bigint      not null,
    caught_up_at timestamptz,
    primary key (name, version, topic, partition),
    foreign key (name, version) references projection_version (name, version) on delete cascade
);
