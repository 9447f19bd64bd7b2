-- The attributes of an audit line that the service derives with its own code rather than reads from the stored row:
-- the contract's type name (from the stored class name through the event types' map) and the valid time (from the
-- payload through the upcasters and validTime()). They are kept as they were when the event was chained, so that a
-- later change to an event class or an upcaster does not make an untouched historical log look tampered with; the
-- export uses them while the row's stored class name (payload_type) is still the one chained (an edit of that
-- column in the database then still shows as a break). Rows chained before this migration have them null and keep
-- being derived on every export, as before.
-- V6, not V4: investments-service's V5 is applied already wherever it runs, and a V4 found after it would be refused.
alter table audit_chain
    add column payload_type text,
    add column type         text,
    add column validtime    text;
