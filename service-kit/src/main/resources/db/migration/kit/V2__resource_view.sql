-- Current state of each resource, keyed by its API path; written in the same transaction as the events.
create table resource_view (
    path       text primary key,
    body       jsonb       not null,
    updated_at timestamptz not null
);
