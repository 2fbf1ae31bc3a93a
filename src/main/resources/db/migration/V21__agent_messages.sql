-- Messages agents write into a customer's conversation (chat module): author 'agent', and
-- which agent wrote it, so the transcript says who answered. The same script runs on H2 and
-- PostgreSQL.
alter table chat_message add column agent_id varchar(100);
