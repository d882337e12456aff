-- schemadiff plan: 7 statements in one transaction.
-- Review it, then run it with: psql -v ON_ERROR_STOP=1 -f <this file>

BEGIN;

CREATE SCHEMA IF NOT EXISTS "Sales";

CREATE TABLE IF NOT EXISTS "Sales"."Order" (
    "Id" bigint NOT NULL,
    user_id bigint,
    "group" text,
    CONSTRAINT "Order_pkey" PRIMARY KEY ("Id"),
    CONSTRAINT ck_group CHECK ("group" <> '')
);

ALTER TABLE public."user" ADD COLUMN IF NOT EXISTS "x""y" integer;

ALTER TABLE public."user" ADD COLUMN IF NOT EXISTS name text;

-- hazard: ACCESS_EXCLUSIVE_LOCK: locks an existing table against reads and writes while it builds an index or scans the rows
ALTER TABLE public."user" ADD CONSTRAINT uk_user_select UNIQUE ("select");

CREATE INDEX IF NOT EXISTS "Order_group_idx" ON "Sales"."Order" ("group", "Id" DESC);

ALTER TABLE "Sales"."Order" ADD CONSTRAINT "fk_Order_user" FOREIGN KEY (user_id) REFERENCES public."user" (id);

COMMIT;
