CREATE SEQUENCE interview_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE interview (
    id bigint NOT NULL PRIMARY KEY,
    candidate_job_id bigint NOT NULL REFERENCES candidate_job (id),
    scheduled_at timestamp(6) NOT NULL,
    interviewer varchar(120)
);
