-- Written by schemadiff check --write-migration: what the entities map and no earlier migration creates.
-- Review it before committing. Flyway runs it in one transaction.

ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS contact_current_employer boolean DEFAULT false NOT NULL;

ALTER TABLE public.candidate ALTER COLUMN contact_current_employer DROP DEFAULT;

ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS expected_wage character varying(120);

ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS profile_status character varying(20) DEFAULT 'draft' NOT NULL;

