-- The facts the pact reports are computed from. Every row is keyed by the identity of what it records
-- (and remembers the event that recorded it and when), so applying an event twice changes nothing,
-- and every report can be asked "as of" a recorded instant.

create table plan (
    plan_id     text primary key,
    name        text        not null,
    start_date  date        not null,
    end_date    date        not null,
    event_id    text        not null unique,
    recorded_at timestamptz not null
);

create table dependency (
    code        text primary key,
    name        text        not null,
    parent_code text,
    event_id    text        not null unique,
    recorded_at timestamptz not null
);

create table pact (
    pact_id     text primary key,
    plan_id     text        not null,
    name        text        not null,
    description text,
    event_id    text        not null unique,
    recorded_at timestamptz not null
);

create table goal (
    goal_id      text primary key,
    plan_id      text        not null,
    code         text        not null,
    statement    text        not null,
    indicator    text        not null,
    unit         text        not null,
    kind         text        not null,
    accumulation text        not null,
    baseline     numeric     not null,
    target       numeric     not null,
    dependency   text        not null,
    event_id     text        not null unique,
    recorded_at  timestamptz not null
);

create table goal_link (
    goal_id     text        not null,
    pact_id     text        not null,
    link        text        not null,
    event_id    text        not null unique,
    recorded_at timestamptz not null,
    primary key (goal_id, pact_id)
);
create index goal_link_pact on goal_link (pact_id);

create table annual_target (
    goal_id     text        not null,
    year        int         not null,
    value       numeric     not null,
    event_id    text        not null unique,
    recorded_at timestamptz not null,
    primary key (goal_id, year)
);

create table progress_report (
    goal_id        text        not null,
    report_id      text        not null,
    effective_date date        not null,
    value          numeric     not null,
    note           text,
    corrects       text,
    reason         text,
    event_id       text        not null unique,
    recorded_at    timestamptz not null,
    recorded_by    text,
    primary key (goal_id, report_id)
);

create table investment (
    investment_id  text primary key,
    dependency     text        not null,
    amount         bigint      not null,
    fiscal_year    int         not null,
    date           date        not null,
    activity_id    text,
    call_id        text,
    goals          text[]      not null,
    pacts          text[]      not null,
    all_pacts      boolean     not null,
    funding_source text,
    event_id       text        not null unique,
    recorded_at    timestamptz not null
);
create index investment_pacts on investment using gin (pacts);

-- Where the consumer is in each partition; written in the same transaction as the rows above.
create table consumer_offset (
    topic       text   not null,
    partition   int    not null,
    next_offset bigint not null,
    primary key (topic, partition)
);
