ALTER TABLE customer ADD COLUMN loyalty_tier varchar(20);
