-- One version of the pact progress projection, created in its own schema (search_path is set to it): the tables
-- only. Their keys and indexes are in pact-progress-keys.sql: a version built from offset 0 fills its tables first
-- (COPY, nothing to check per row) and takes its keys once it has caught up; the first version takes them at once.
-- Every fact row is keyed by the identity of what it records and remembers the event that recorded it,
-- when (recorded_at, for asOf) and where it was on the log (kafka_partition, kafka_offset: a version is
-- checked against another over the part of the log both have read). Rows are only ever inserted.

create table plan (
    plan_id text not null, name text not null, start_date date not null, end_date date not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table dependency (
    code text not null, name text not null, parent_code text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table pact (
    pact_id text not null, plan_id text not null, name text not null, description text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table goal (
    goal_id text not null, plan_id text not null, code text not null, statement text not null, indicator text not null,
    unit text not null, kind text not null, accumulation text not null, baseline numeric not null, target numeric not null,
    dependency text not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table goal_link (
    goal_id text not null, pact_id text not null, link text not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table annual_target (
    goal_id text not null, year int not null, value numeric not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table progress_report (
    goal_id text not null, report_id text not null, effective_date date not null, value numeric not null, note text,
    corrects text, reason text, recorded_by text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

-- plan_id: the plan whose pacts it serves (null only for revision-1 events, which did not say)
create table activity (
    activity_id text not null, plan_id text, dependency text not null, title text not null, description text,
    start_date date not null, end_date date, pacts text[] not null, all_pacts boolean not null, goals text[] not null,
    beneficiaries jsonb not null, municipalities text[] not null, topics text[] not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table investment (
    investment_id text not null, plan_id text, dependency text not null, amount bigint not null, fiscal_year int not null,
    date date not null, activity_id text, call_id text, goals text[] not null, pacts text[] not null, all_pacts boolean not null,
    funding_source text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table investment_execution (
    investment_id text not null, execution_id text not null, date date not null, amount bigint not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table investment_adjustment (
    investment_id text not null, adjustment_id text not null, date date not null, amount bigint not null, reason text not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table programme (
    programme_id text not null, name text not null, dependency text not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table funding_call (
    call_id text not null, programme_id text not null, name text not null, description text, fiscal_year int not null,
    municipalities text[] not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table call_result (
    call_id text not null, result_id text not null, date date not null, ventures bigint not null, jobs bigint not null,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

-- Events this version could not apply (unknown type or revision, JSON that does not fit, a row that cannot be
-- written), kept whole with the reason; retried after a fix, never skipped silently.
create table parked_event (
    topic text not null, kafka_partition int not null, kafka_offset bigint not null,
    event_id text, type text, revision int, headers jsonb not null, payload bytea not null,
    error text not null, parked_at timestamptz not null default now(), attempts int not null default 1,
    primary key (topic, kafka_partition, kafka_offset));

-- How many batches have written to each fact table: a report made from some tables is computed again only when
-- one of them moved (a progress report does not make the money sections be read again). Written in the batch's
-- transaction, so a read snapshot sees generations and rows that agree.
create table fact_generation (fact text primary key, generation bigint not null);

-- What was known at the instant a report stands at: every report reads these views, never the tables, and
-- the instant is set once per read transaction (ProjectionReads sets pactos.known_at). Unset, nothing is known.
create view known_plan as select * from plan where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_dependency as select * from dependency where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_pact as select * from pact where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_goal as select * from goal where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_goal_link as select * from goal_link where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_annual_target as select * from annual_target
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_progress_report as select * from progress_report
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_activity as select * from activity where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_investment as select * from investment where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_investment_execution as select * from investment_execution
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_investment_adjustment as select * from investment_adjustment
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_programme as select * from programme where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_funding_call as select * from funding_call where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_call_result as select * from call_result where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
