-- Activities, the money of investments (commitments, executions, adjustments) and the ValleINN-like
-- programmes with their calls and results. Keyed like V1: by the identity of what each row records.

create table activity (
    activity_id    text primary key,
    dependency     text        not null,
    title          text        not null,
    description    text,
    start_date     date        not null,
    end_date       date,
    pacts          text[]      not null,
    all_pacts      boolean     not null,
    goals          text[]      not null,
    beneficiaries  jsonb       not null,
    municipalities text[]      not null,
    topics         text[]      not null,
    event_id       text        not null unique,
    recorded_at    timestamptz not null
);
create index activity_pacts on activity using gin (pacts);
create index activity_goals on activity using gin (goals);

create table investment_execution (
    investment_id text        not null,
    execution_id  text        not null,
    date          date        not null,
    amount        bigint      not null,
    event_id      text        not null unique,
    recorded_at   timestamptz not null,
    primary key (investment_id, execution_id)
);

create table investment_adjustment (
    investment_id text        not null,
    adjustment_id text        not null,
    date          date        not null,
    amount        bigint      not null,
    reason        text        not null,
    event_id      text        not null unique,
    recorded_at   timestamptz not null,
    primary key (investment_id, adjustment_id)
);

create table programme (
    programme_id text primary key,
    name         text        not null,
    dependency   text        not null,
    event_id     text        not null unique,
    recorded_at  timestamptz not null
);

create table funding_call (
    call_id        text primary key,
    programme_id   text        not null,
    name           text        not null,
    description    text,
    fiscal_year    int         not null,
    municipalities text[]      not null,
    event_id       text        not null unique,
    recorded_at    timestamptz not null
);

create table call_result (
    call_id     text        not null,
    result_id   text        not null,
    date        date        not null,
    ventures    bigint      not null,
    jobs        bigint      not null,
    event_id    text        not null unique,
    recorded_at timestamptz not null,
    primary key (call_id, result_id)
);
create index investment_call on investment (call_id);
create index investment_activity on investment (activity_id);
