-- Written by schemadiff check --write-migration: what the entities map and no earlier migration creates.
-- Review it before committing. Flyway runs it in one transaction.

CREATE SEQUENCE IF NOT EXISTS public.candidate_job_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE IF NOT EXISTS public.candidate_job (
    id bigint NOT NULL,
    applied_at timestamp(6) without time zone,
    company character varying(255),
    job_title character varying(255) NOT NULL,
    notes text,
    status character varying(20),
    candidate_id bigint NOT NULL,
    CONSTRAINT candidate_job_pkey PRIMARY KEY (id),
    CONSTRAINT uk_candidate_job_application UNIQUE (candidate_id, job_title, company),
    CONSTRAINT candidate_job_status_check CHECK ((status in ('APPLIED','INTERVIEWING','OFFERED','REJECTED')))
);

CREATE TABLE IF NOT EXISTS public.candidate_job_tag (
    candidate_job_id bigint NOT NULL,
    tag_id character varying(40) NOT NULL,
    CONSTRAINT candidate_job_tag_pkey PRIMARY KEY (candidate_job_id, tag_id)
);

CREATE TABLE IF NOT EXISTS public.candidate_skill (
    candidate_id bigint NOT NULL,
    skill character varying(80) NOT NULL,
    CONSTRAINT candidate_skill_pkey PRIMARY KEY (candidate_id, skill)
);

CREATE TABLE IF NOT EXISTS public.tag (
    name character varying(40) NOT NULL,
    color character varying(7),
    CONSTRAINT tag_pkey PRIMARY KEY (name)
);

ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS contact_current_employer boolean DEFAULT false NOT NULL;

ALTER TABLE public.candidate ALTER COLUMN contact_current_employer DROP DEFAULT;

ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS expected_wage character varying(120);

ALTER TABLE public.candidate ADD COLUMN IF NOT EXISTS profile_status character varying(20) DEFAULT 'draft' NOT NULL;

CREATE INDEX IF NOT EXISTS idx_candidate_job_status ON public.candidate_job (status, applied_at);

ALTER TABLE public.candidate_job ADD CONSTRAINT fkpatpa27018ynap5qeb7aag43d FOREIGN KEY (candidate_id) REFERENCES public.candidate (id);

ALTER TABLE public.candidate_job_tag ADD CONSTRAINT fk1w6bupxaek4vvm8hxfm24yq82 FOREIGN KEY (tag_id) REFERENCES public.tag (name);

ALTER TABLE public.candidate_job_tag ADD CONSTRAINT fk2qgo011ookfkt6cn9grmfhd4f FOREIGN KEY (candidate_job_id) REFERENCES public.candidate_job (id);

ALTER TABLE public.candidate_skill ADD CONSTRAINT fkijjf42p0sh2c2na28g5aalx2p FOREIGN KEY (candidate_id) REFERENCES public.candidate (id);

