-- The keys and indexes of one version of the pact progress projection (search_path is set to its schema).
-- Run once, after a version built from offset 0 has caught up: first what a redelivery may have written twice is
-- dropped (the first row of each key and of each event id on the log is kept, as 'on conflict do nothing' would
-- have kept it), then the keys are made by sorting the rows once rather than row by row. From then on every batch
-- is written with 'insert ... on conflict do nothing'. The GIN indexes update in place (fastupdate off): with a pending
-- list, every search scans all the rows inserted since the last vacuum (measured: 300 ms for 119 k investments).

delete from plan t using (select ctid, row_number() over (partition by plan_id order by kafka_partition, kafka_offset) n from plan) d
    where t.ctid = d.ctid and d.n > 1;
delete from plan t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from plan) d
    where t.ctid = d.ctid and d.n > 1;
alter table plan add primary key (plan_id), add unique (event_id);
delete from dependency t using (select ctid, row_number() over (partition by code order by kafka_partition, kafka_offset) n from dependency) d
    where t.ctid = d.ctid and d.n > 1;
delete from dependency t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from dependency) d
    where t.ctid = d.ctid and d.n > 1;
alter table dependency add primary key (code), add unique (event_id);
delete from pact t using (select ctid, row_number() over (partition by pact_id order by kafka_partition, kafka_offset) n from pact) d
    where t.ctid = d.ctid and d.n > 1;
delete from pact t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from pact) d
    where t.ctid = d.ctid and d.n > 1;
alter table pact add primary key (pact_id), add unique (event_id);
delete from goal t using (select ctid, row_number() over (partition by goal_id order by kafka_partition, kafka_offset) n from goal) d
    where t.ctid = d.ctid and d.n > 1;
delete from goal t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from goal) d
    where t.ctid = d.ctid and d.n > 1;
alter table goal add primary key (goal_id), add unique (event_id);
delete from goal_link t using (select ctid, row_number() over (partition by goal_id, pact_id order by kafka_partition, kafka_offset) n from goal_link) d
    where t.ctid = d.ctid and d.n > 1;
delete from goal_link t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from goal_link) d
    where t.ctid = d.ctid and d.n > 1;
alter table goal_link add primary key (goal_id, pact_id), add unique (event_id);
delete from annual_target t using (select ctid, row_number() over (partition by goal_id, year order by kafka_partition, kafka_offset) n from annual_target) d
    where t.ctid = d.ctid and d.n > 1;
delete from annual_target t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from annual_target) d
    where t.ctid = d.ctid and d.n > 1;
alter table annual_target add primary key (goal_id, year), add unique (event_id);
delete from progress_report t using (select ctid, row_number() over (partition by goal_id, report_id order by kafka_partition, kafka_offset) n from progress_report) d
    where t.ctid = d.ctid and d.n > 1;
delete from progress_report t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from progress_report) d
    where t.ctid = d.ctid and d.n > 1;
alter table progress_report add primary key (goal_id, report_id), add unique (event_id);
delete from activity t using (select ctid, row_number() over (partition by activity_id order by kafka_partition, kafka_offset) n from activity) d
    where t.ctid = d.ctid and d.n > 1;
delete from activity t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from activity) d
    where t.ctid = d.ctid and d.n > 1;
alter table activity add primary key (activity_id), add unique (event_id);
delete from investment t using (select ctid, row_number() over (partition by investment_id order by kafka_partition, kafka_offset) n from investment) d
    where t.ctid = d.ctid and d.n > 1;
delete from investment t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from investment) d
    where t.ctid = d.ctid and d.n > 1;
alter table investment add primary key (investment_id), add unique (event_id);
delete from investment_execution t using (select ctid, row_number() over (partition by investment_id, execution_id order by kafka_partition, kafka_offset) n from investment_execution) d
    where t.ctid = d.ctid and d.n > 1;
delete from investment_execution t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from investment_execution) d
    where t.ctid = d.ctid and d.n > 1;
alter table investment_execution add primary key (investment_id, execution_id), add unique (event_id);
delete from investment_adjustment t using (select ctid, row_number() over (partition by investment_id, adjustment_id order by kafka_partition, kafka_offset) n from investment_adjustment) d
    where t.ctid = d.ctid and d.n > 1;
delete from investment_adjustment t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from investment_adjustment) d
    where t.ctid = d.ctid and d.n > 1;
alter table investment_adjustment add primary key (investment_id, adjustment_id), add unique (event_id);
delete from programme t using (select ctid, row_number() over (partition by programme_id order by kafka_partition, kafka_offset) n from programme) d
    where t.ctid = d.ctid and d.n > 1;
delete from programme t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from programme) d
    where t.ctid = d.ctid and d.n > 1;
alter table programme add primary key (programme_id), add unique (event_id);
delete from funding_call t using (select ctid, row_number() over (partition by call_id order by kafka_partition, kafka_offset) n from funding_call) d
    where t.ctid = d.ctid and d.n > 1;
delete from funding_call t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from funding_call) d
    where t.ctid = d.ctid and d.n > 1;
alter table funding_call add primary key (call_id), add unique (event_id);
delete from call_result t using (select ctid, row_number() over (partition by call_id, result_id order by kafka_partition, kafka_offset) n from call_result) d
    where t.ctid = d.ctid and d.n > 1;
delete from call_result t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from call_result) d
    where t.ctid = d.ctid and d.n > 1;
alter table call_result add primary key (call_id, result_id), add unique (event_id);
delete from goal_amendment t using (select ctid, row_number() over (partition by goal_id, amendment_id order by kafka_partition, kafka_offset) n from goal_amendment) d
    where t.ctid = d.ctid and d.n > 1;
delete from goal_amendment t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from goal_amendment) d
    where t.ctid = d.ctid and d.n > 1;
alter table goal_amendment add primary key (goal_id, amendment_id), add unique (event_id);
delete from annual_target_revision t using (select ctid, row_number() over (partition by goal_id, year, revision_id order by kafka_partition, kafka_offset) n from annual_target_revision) d
    where t.ctid = d.ctid and d.n > 1;
delete from annual_target_revision t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from annual_target_revision) d
    where t.ctid = d.ctid and d.n > 1;
alter table annual_target_revision add primary key (goal_id, year, revision_id), add unique (event_id);
delete from goal_link_change t using (select ctid, row_number() over (partition by goal_id, pact_id, change_id order by kafka_partition, kafka_offset) n from goal_link_change) d
    where t.ctid = d.ctid and d.n > 1;
delete from goal_link_change t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from goal_link_change) d
    where t.ctid = d.ctid and d.n > 1;
alter table goal_link_change add primary key (goal_id, pact_id, change_id), add unique (event_id);
delete from activity_correction t using (select ctid, row_number() over (partition by activity_id, correction_id order by kafka_partition, kafka_offset) n from activity_correction) d
    where t.ctid = d.ctid and d.n > 1;
delete from activity_correction t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from activity_correction) d
    where t.ctid = d.ctid and d.n > 1;
alter table activity_correction add primary key (activity_id, correction_id), add unique (event_id);
delete from period_reopening t using (select ctid, row_number() over (partition by plan_id, period, reopening_id order by kafka_partition, kafka_offset) n from period_reopening) d
    where t.ctid = d.ctid and d.n > 1;
delete from period_reopening t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from period_reopening) d
    where t.ctid = d.ctid and d.n > 1;
alter table period_reopening add primary key (plan_id, period, reopening_id), add unique (event_id);
delete from period_closure t using (select ctid, row_number() over (partition by event_id order by kafka_partition, kafka_offset) n from period_closure) d
    where t.ctid = d.ctid and d.n > 1;
alter table period_closure add primary key (event_id);
create index pact_plan on pact (plan_id);
create index goal_link_pact on goal_link (pact_id);
-- a goal's reports that can count: the latest per effective date, and none a correction names
create index progress_report_effective on progress_report (goal_id, effective_date, recorded_at);
create index progress_report_corrects on progress_report (goal_id, corrects) where corrects is not null;
create index activity_pacts on activity using gin (pacts) with (fastupdate = off);
create index activity_goals on activity using gin (goals) with (fastupdate = off);
create index activity_all_pacts on activity (plan_id) where all_pacts;
create index investment_pacts on investment using gin (pacts) with (fastupdate = off);
create index investment_goals on investment using gin (goals) with (fastupdate = off);
create index investment_call on investment (call_id);
create index investment_activity on investment (activity_id);
create index investment_all_pacts on investment (plan_id) where all_pacts;
-- what was in force at an instant: the amendments of one goal (link, target, activity) by recorded time
create index goal_amendment_recorded on goal_amendment (goal_id, recorded_at);
create index annual_target_revision_recorded on annual_target_revision (goal_id, year, recorded_at);
create index goal_link_change_recorded on goal_link_change (goal_id, pact_id, recorded_at);
create index goal_link_change_pact on goal_link_change (pact_id);
create index activity_correction_recorded on activity_correction (activity_id, recorded_at);
create index period_closure_plan on period_closure (plan_id);
create index period_reopening_plan on period_reopening (plan_id);
