-- The release that died in the field with
--   ERROR: column "expected_wage" of relation "candidate" already exists
-- because the column had been added by hand (and by hbm2ddl) before the migration ran.
ALTER TABLE candidate ADD COLUMN expected_wage varchar(120);

-- Existing candidates have not been asked yet: false, then no default (the entity has none).
ALTER TABLE candidate ADD COLUMN contact_current_employer boolean NOT NULL DEFAULT false;
ALTER TABLE candidate ALTER COLUMN contact_current_employer DROP DEFAULT;

ALTER TABLE candidate ADD COLUMN profile_status varchar(20) NOT NULL DEFAULT 'draft';
