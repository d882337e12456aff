-- Applications, skills and the tags recruiters put on applications.
CREATE TABLE candidate_skill (
    candidate_id bigint NOT NULL REFERENCES candidate (id),
    skill varchar(80) NOT NULL,
    PRIMARY KEY (candidate_id, skill)
);

CREATE TABLE tag (
    name varchar(40) PRIMARY KEY,
    color varchar(7)
);

CREATE SEQUENCE candidate_job_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE candidate_job (
    id bigint PRIMARY KEY,
    candidate_id bigint NOT NULL REFERENCES candidate (id),
    job_title varchar(255) NOT NULL,
    company varchar(255),
    status varchar(20) CHECK (status IN ('APPLIED', 'INTERVIEWING', 'OFFERED', 'REJECTED')),
    applied_at timestamp(6),
    notes text,
    CONSTRAINT uk_candidate_job_application UNIQUE (candidate_id, job_title, company)
);

CREATE INDEX idx_candidate_job_status ON candidate_job (status, applied_at);

CREATE TABLE candidate_job_tag (
    candidate_job_id bigint NOT NULL REFERENCES candidate_job (id),
    tag_id varchar(40) NOT NULL REFERENCES tag (name),
    PRIMARY KEY (candidate_job_id, tag_id)
);
