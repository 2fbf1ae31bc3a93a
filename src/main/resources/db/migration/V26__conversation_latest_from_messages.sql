-- A conversation's last activity is its newest message (Conversations.latest), no longer
-- a column updated with every message: that update rewrote the conversation row and its
-- owner index on each message stored. The same script runs on H2 and PostgreSQL.
drop index chat_conversation_owner;
alter table chat_conversation drop column updated_at;
create index chat_conversation_owner on chat_conversation (owner_key);
