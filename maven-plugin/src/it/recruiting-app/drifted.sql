-- An earlier release made candidate by hand; fullname, expectedwage and jobapplication are missing.
CREATE SEQUENCE candidate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE candidate (id bigint PRIMARY KEY);
INSERT INTO candidate (id) VALUES (1), (2);
