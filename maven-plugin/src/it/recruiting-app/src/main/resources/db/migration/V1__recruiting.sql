-- The team's Flyway history: written by hand, and it forgot candidate.expectedwage.
CREATE SEQUENCE candidate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE candidate (
    id bigint PRIMARY KEY,
    fullname character varying(255) NOT NULL
);
CREATE SEQUENCE jobapplication_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE jobapplication (
    id bigint PRIMARY KEY,
    candidate_id bigint NOT NULL REFERENCES candidate,
    company character varying(255)
);
