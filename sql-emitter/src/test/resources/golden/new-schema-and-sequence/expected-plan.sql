-- schemadiff plan: 7 statements in one transaction.
-- Review it, then run it with: psql -v ON_ERROR_STOP=1 -f <this file>

BEGIN;

CREATE SCHEMA IF NOT EXISTS billing;

CREATE SEQUENCE IF NOT EXISTS billing.invoices_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE IF NOT EXISTS billing.invoices (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

ALTER TABLE public.customers ADD COLUMN IF NOT EXISTS last_invoice_id bigint;

ALTER TABLE billing.invoices ADD CONSTRAINT fk_invoices_customer FOREIGN KEY (customer_id) REFERENCES public.customers (id);

ALTER TABLE public.customers ADD CONSTRAINT fk_customers_last_invoice FOREIGN KEY (last_invoice_id) REFERENCES billing.invoices (id) ON DELETE SET NULL NOT VALID;

-- hazard: VALIDATION_SCANS_TABLE: validates a constraint by scanning the whole table
-- rows that violate the constraint leave it NOT VALID instead of failing the script
DO $validate$
BEGIN
    ALTER TABLE public.customers VALIDATE CONSTRAINT fk_customers_last_invoice;
EXCEPTION WHEN check_violation OR foreign_key_violation THEN
    RAISE WARNING '%; the constraint stays NOT VALID. Rows in the way: %', SQLERRM, 'SELECT count(*) FROM public.customers child WHERE child.last_invoice_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM billing.invoices parent WHERE parent.id = child.last_invoice_id)';
END
$validate$;

COMMIT;
