-- schemadiff: the database already has everything the entities need; nothing to apply.

-- Reported, not changed by this script:
-- type_mismatch public.orders.status: expected character varying(20), found character varying(10) (Order.status)
-- check_mismatch public.orders: expected status in ('NEW', 'PAID'), found ((status)::text = ANY (ARRAY['NEW'::text, 'SENT'::text]))
-- extra_table public.audit_log: found 1 column
