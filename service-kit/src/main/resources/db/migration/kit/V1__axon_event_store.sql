-- Axon's event store and token store, as its PostgreSQL table factories make them (snake_case names).
-- The event store is also the outbox: the Kafka relay's token in token_entry says what has been forwarded.
create table domain_event_entry (
    global_index         bigserial    not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint domain_event_entry_pkey primary key (global_index),
    constraint domain_event_entry_aggregate_identifier_sequence_number_key unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_event_identifier_key unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    constraint snapshot_event_entry_pkey primary key (aggregate_identifier, sequence_number),
    constraint snapshot_event_entry_event_identifier_key unique (event_identifier)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    "timestamp"    varchar(255),
    owner          varchar(255),
    constraint token_entry_pkey primary key (processor_name, segment)
);
