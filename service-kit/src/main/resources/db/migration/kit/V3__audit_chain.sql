-- The verifiable log (API.md, "The chain"): each event's place in the service's chain, written by the Kafka
-- relay in the order it sees the log, in the same transaction as its token. The export joins these rows with
-- domain_event_entry on global_index, so an edited, deleted or moved event shows as a break.
create table audit_chain (
    position     bigint      not null,
    global_index bigint      not null,
    event_id     varchar(255) not null,
    prevhash     char(64)    not null,
    hash         char(64)    not null,
    chained_at   timestamptz not null default now(),
    constraint audit_chain_pkey primary key (position),
    constraint audit_chain_global_index_key unique (global_index),
    constraint audit_chain_event_id_key unique (event_id)
);

-- Signed heads of the chain: {origin, position, hash, signedAt, keyId, signature}, at most one per position.
create table audit_checkpoint (
    position  bigint not null,
    origin    text   not null,
    hash      char(64) not null,
    signed_at text   not null,
    key_id    text   not null,
    signature text   not null,
    constraint audit_checkpoint_pkey primary key (position)
);

-- Ed25519 keys: the public part of every key that signed here (GET /api/audit/keys), and the private part only
-- when no key file is configured (pactos.audit.key-file), as in the local run and the tests.
create table audit_signing_key (
    key_id      text        not null,
    public_key  bytea       not null,
    private_key bytea,
    created_at  timestamptz not null default now(),
    constraint audit_signing_key_pkey primary key (key_id)
);
