-- schemadiff plan: 7 statements in one transaction.
-- Review it, then run it with: psql -v ON_ERROR_STOP=1 -f <this file>

BEGIN;

-- hazard: ACCESS_EXCLUSIVE_LOCK: locks an existing table against reads and writes while it builds an index or scans the rows
ALTER TABLE public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

-- hazard: ACCESS_EXCLUSIVE_LOCK: locks an existing table against reads and writes while it builds an index or scans the rows
ALTER TABLE public.customers ADD CONSTRAINT uk_customers_email UNIQUE (email);

-- hazard: INDEX_BUILD_BLOCKS_WRITES: builds an index on an existing table; writes to it wait until the build ends
CREATE INDEX IF NOT EXISTS ix_customers_code ON public.customers (lower(code));

ALTER TABLE public.orders ADD CONSTRAINT ck_orders_qty CHECK (qty >= 0) NOT VALID;

-- hazard: VALIDATION_SCANS_TABLE: validates a constraint by scanning the whole table
-- rows that violate the constraint leave it NOT VALID instead of failing the script
DO $validate$
BEGIN
    ALTER TABLE public.orders VALIDATE CONSTRAINT ck_orders_qty;
EXCEPTION WHEN check_violation OR foreign_key_violation THEN
    RAISE WARNING '%; the constraint stays NOT VALID. Rows in the way: %', SQLERRM, 'SELECT count(*) FROM public.orders WHERE NOT (qty >= 0)';
END
$validate$;

ALTER TABLE public.orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES public.customers (id) NOT VALID;

-- hazard: VALIDATION_SCANS_TABLE: validates a constraint by scanning the whole table
-- rows that violate the constraint leave it NOT VALID instead of failing the script
DO $validate$
BEGIN
    ALTER TABLE public.orders VALIDATE CONSTRAINT fk_orders_customer;
EXCEPTION WHEN check_violation OR foreign_key_violation THEN
    RAISE WARNING '%; the constraint stays NOT VALID. Rows in the way: %', SQLERRM, 'SELECT count(*) FROM public.orders child WHERE child.customer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.customers parent WHERE parent.id = child.customer_id)';
END
$validate$;

COMMIT;
