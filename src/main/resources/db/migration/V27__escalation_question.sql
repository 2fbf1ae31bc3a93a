-- The customer's words that led to the escalation, stored with it: the console shows them
-- the moment the escalation is announced, which is before the chat has stored that turn.
-- The same script runs on H2 and PostgreSQL.
alter table escalation add column question varchar(1000);
