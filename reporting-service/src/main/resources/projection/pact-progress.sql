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

-- Amendments, revisions, link changes and corrections (issue 10): rows of their own, never an update of the row they
-- amend; the known_* views below apply those recorded by the report's instant. A null column leaves the value as it was.
-- recorded_by, recorded_client, recorded_dependency: the ce_actor, ce_client and ce_dependency of the event.
create table goal_amendment (
    goal_id text not null, amendment_id text not null, reason text, legal_act text, statement text, indicator text, unit text,
    baseline numeric, target numeric, dependency text, recorded_by text, recorded_client text, recorded_dependency text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table annual_target_revision (
    goal_id text not null, year int not null, revision_id text not null, value numeric not null, reason text, legal_act text,
    recorded_by text, recorded_client text, recorded_dependency text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

-- link: DIRECT, INDIRECT, or null when the link ended
create table goal_link_change (
    goal_id text not null, pact_id text not null, change_id text not null, link text, reason text, legal_act text,
    recorded_by text, recorded_client text, recorded_dependency text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

-- start_date and end_date are always the corrected activity's; a null list keeps the list, a set list replaces it
create table activity_correction (
    activity_id text not null, correction_id text not null, reason text, title text, description text, start_date date,
    end_date date, beneficiaries jsonb, municipalities text[], topics text[], recorded_by text, recorded_client text,
    recorded_dependency text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

-- A period of a plan closed for entry (from_date..to_date), and reopened (until: when the reopening lapses, or null)
create table period_closure (
    plan_id text not null, period text not null, from_date date not null, to_date date not null, reason text,
    recorded_by text, recorded_client text, recorded_dependency text,
    event_id text not null, recorded_at timestamptz not null, kafka_partition int not null, kafka_offset bigint not null);

create table period_reopening (
    plan_id text not null, period text not null, reopening_id text not null, from_date date not null, to_date date not null,
    reason text, until timestamptz, recorded_by text, recorded_client text, recorded_dependency text,
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
create view known_progress_report as select * from progress_report
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_investment as select * from investment where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_investment_execution as select * from investment_execution
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_investment_adjustment as select * from investment_adjustment
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_programme as select * from programme where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_funding_call as select * from funding_call where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_call_result as select * from call_result where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;

-- What was in force at the instant: the goal, link, target and activity as declared, with the amendments, revisions,
-- link changes and corrections recorded by then applied (per field the latest that set it; the latest change of a link,
-- an ended link gone). Each joins its amendments grouped once per read (few next to the rows they amend; a lateral
-- probe per row cost 2.5 times the old read of 10 k activities and 8 times that of 2 000 targets, measured). The filters of the report queries on columns that are never amended (pact, plan, goals, ids) still reach the
-- tables' indexes.
create view known_goal as
select g.goal_id, g.plan_id, g.code, coalesce(a.statement, g.statement) as statement, coalesce(a.indicator, g.indicator) as indicator,
       coalesce(a.unit, g.unit) as unit, g.kind, g.accumulation, coalesce(a.baseline, g.baseline) as baseline,
       coalesce(a.target, g.target) as target, coalesce(a.dependency, g.dependency) as dependency,
       g.event_id, g.recorded_at, g.kafka_partition, g.kafka_offset
from goal g
left join (
    select x.goal_id,
           (array_agg(x.statement order by x.recorded_at desc, x.kafka_offset desc) filter (where x.statement is not null))[1] as statement,
           (array_agg(x.indicator order by x.recorded_at desc, x.kafka_offset desc) filter (where x.indicator is not null))[1] as indicator,
           (array_agg(x.unit order by x.recorded_at desc, x.kafka_offset desc) filter (where x.unit is not null))[1] as unit,
           (array_agg(x.baseline order by x.recorded_at desc, x.kafka_offset desc) filter (where x.baseline is not null))[1] as baseline,
           (array_agg(x.target order by x.recorded_at desc, x.kafka_offset desc) filter (where x.target is not null))[1] as target,
           (array_agg(x.dependency order by x.recorded_at desc, x.kafka_offset desc) filter (where x.dependency is not null))[1] as dependency
    from goal_amendment x
    where x.recorded_at <= current_setting('pactos.known_at', true)::timestamptz
    group by x.goal_id) a on a.goal_id = g.goal_id
where g.recorded_at <= current_setting('pactos.known_at', true)::timestamptz;

create view known_goal_link as
select l.goal_id, l.pact_id, coalesce(c.link, l.link) as link, l.event_id, l.recorded_at, l.kafka_partition, l.kafka_offset
from goal_link l
left join (
    select distinct on (x.goal_id, x.pact_id) x.goal_id, x.pact_id, x.link, x.recorded_at, x.kafka_offset from goal_link_change x
    where x.recorded_at <= current_setting('pactos.known_at', true)::timestamptz
    order by x.goal_id, x.pact_id, x.recorded_at desc, x.kafka_offset desc) c
    on c.goal_id = l.goal_id and c.pact_id = l.pact_id and (c.recorded_at, c.kafka_offset) > (l.recorded_at, l.kafka_offset)
where l.recorded_at <= current_setting('pactos.known_at', true)::timestamptz and (c.goal_id is null or c.link is not null)
union all
-- a goal linked to a pact by a change alone
select c.goal_id, c.pact_id, c.link, c.event_id, c.recorded_at, c.kafka_partition, c.kafka_offset
from (select distinct on (x.goal_id, x.pact_id) x.* from goal_link_change x
      where x.recorded_at <= current_setting('pactos.known_at', true)::timestamptz
      order by x.goal_id, x.pact_id, x.recorded_at desc, x.kafka_offset desc) c
where c.link is not null and not exists (select 1 from goal_link l where l.goal_id = c.goal_id and l.pact_id = c.pact_id
                                         and l.recorded_at <= current_setting('pactos.known_at', true)::timestamptz);

create view known_annual_target as
select t.goal_id, t.year, coalesce(r.value, t.value) as value, t.event_id, t.recorded_at, t.kafka_partition, t.kafka_offset
from annual_target t
left join (
    select distinct on (x.goal_id, x.year) x.goal_id, x.year, x.value from annual_target_revision x
    where x.recorded_at <= current_setting('pactos.known_at', true)::timestamptz
    order by x.goal_id, x.year, x.recorded_at desc, x.kafka_offset desc) r on r.goal_id = t.goal_id and r.year = t.year
where t.recorded_at <= current_setting('pactos.known_at', true)::timestamptz
union all
-- a target set by a revision alone (a year that had none)
select r.goal_id, r.year, r.value, r.event_id, r.recorded_at, r.kafka_partition, r.kafka_offset
from (select distinct on (x.goal_id, x.year) x.* from annual_target_revision x
      where x.recorded_at <= current_setting('pactos.known_at', true)::timestamptz
      order by x.goal_id, x.year, x.recorded_at desc, x.kafka_offset desc) r
where not exists (select 1 from annual_target t where t.goal_id = r.goal_id and t.year = r.year
                  and t.recorded_at <= current_setting('pactos.known_at', true)::timestamptz);

create view known_activity as
select a.activity_id, a.plan_id, a.dependency, coalesce(c.title, a.title) as title, coalesce(c.description, a.description) as description,
       case when c.activity_id is null then a.start_date else coalesce(c.start_date, a.start_date) end as start_date,
       case when c.activity_id is null then a.end_date else c.end_date end as end_date,
       a.pacts, a.all_pacts, a.goals, coalesce(c.beneficiaries, a.beneficiaries) as beneficiaries,
       case when c.municipalities is null then a.municipalities
            else array(select jsonb_array_elements_text(c.municipalities)) end as municipalities,
       case when c.topics is null then a.topics else array(select jsonb_array_elements_text(c.topics)) end as topics,
       a.event_id, a.recorded_at, a.kafka_partition, a.kafka_offset
from activity a
left join (
    select x.activity_id,
           (array_agg(x.title order by x.recorded_at desc, x.kafka_offset desc) filter (where x.title is not null))[1] as title,
           (array_agg(x.description order by x.recorded_at desc, x.kafka_offset desc) filter (where x.description is not null))[1] as description,
           (array_agg(x.start_date order by x.recorded_at desc, x.kafka_offset desc))[1] as start_date,
           (array_agg(x.end_date order by x.recorded_at desc, x.kafka_offset desc))[1] as end_date,
           (array_agg(x.beneficiaries order by x.recorded_at desc, x.kafka_offset desc) filter (where x.beneficiaries is not null))[1]
               as beneficiaries,
           (array_agg(to_jsonb(x.municipalities) order by x.recorded_at desc, x.kafka_offset desc)
               filter (where x.municipalities is not null))[1] as municipalities,
           (array_agg(to_jsonb(x.topics) order by x.recorded_at desc, x.kafka_offset desc) filter (where x.topics is not null))[1] as topics
    from activity_correction x
    where x.recorded_at <= current_setting('pactos.known_at', true)::timestamptz
    group by x.activity_id) c on c.activity_id = a.activity_id
where a.recorded_at <= current_setting('pactos.known_at', true)::timestamptz;

create view known_goal_amendment as select * from goal_amendment where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_annual_target_revision as select * from annual_target_revision
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_goal_link_change as select * from goal_link_change
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_period_closure as select * from period_closure
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
create view known_period_reopening as select * from period_reopening
    where recorded_at <= current_setting('pactos.known_at', true)::timestamptz;
