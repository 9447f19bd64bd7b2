-- investments-service's own catalog of what goals-service holds, fed from goals-service's topic
-- (co.pactos.investments.catalog.GoalsCatalogConsumer): commands check references and closed periods here,
-- never over HTTP. Rows are written with the consumer's positions in one transaction, keyed by what they
-- record, so a redelivered event changes nothing.

-- plans, dependencies, pacts, goals and activities, one row each: existence, the plan each belongs to
-- (pacts, goals, activities), a dependency's parent unit, a plan's period
create table goals_catalog_entry (
    kind        text        not null,  -- PLAN, DEPENDENCY, PACT, GOAL, ACTIVITY
    id          text        not null,
    plan_id     text,
    parent_code text,
    start_date  date,
    end_date    date,
    event_id    text        not null,
    recorded_at timestamptz not null,  -- ce_time: when goals-service recorded it
    applied_at  timestamptz not null,  -- when this row was written: applied_at - recorded_at is the catalog's delay
    primary key (kind, id)
);

-- the latest closure of each period of a plan (a period closed anew after a reopening replaces the row)
create table goals_period_closure (
    plan_id     text        not null,
    period      text        not null,
    from_date   date        not null,
    to_date     date        not null,
    reason      text,
    closed_by   text,                  -- ce_actor
    client      text,                  -- ce_client
    sequence    bigint      not null,  -- ce_sequence within the plan's events: orders closures and reopenings
    event_id    text        not null,
    recorded_at timestamptz not null,
    applied_at  timestamptz not null,
    primary key (plan_id, period)
);

create table goals_period_reopening (
    plan_id      text        not null,
    period       text        not null,
    reopening_id text        not null,
    reason       text,
    until        timestamptz,          -- null: until the period is closed anew
    reopened_by  text,
    client       text,
    sequence     bigint      not null,
    event_id     text        not null,
    recorded_at  timestamptz not null,
    applied_at   timestamptz not null,
    primary key (plan_id, period, reopening_id)
);

-- where the consumer stands on each partition of the goals topic (Kafka's committed offsets are not used)
create table goals_catalog_position (
    topic       text        not null,
    partition   int         not null,
    next_offset bigint      not null,
    updated_at  timestamptz not null,
    primary key (topic, partition)
);

-- events of a type the catalog needs that could not be read: kept, never skipped silently
create table goals_catalog_parked (
    topic       text        not null,
    partition   int         not null,
    kafka_offset bigint     not null,
    event_type  text,
    reason      text        not null,
    parked_at   timestamptz not null,
    primary key (topic, partition, kafka_offset)
);
