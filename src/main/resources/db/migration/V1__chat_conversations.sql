-- Customer conversations (chat module). The same script runs on H2 and PostgreSQL.
create table chat_conversation (
	id varchar(36) primary key,
	owner_key varchar(300) not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null
);

create index chat_conversation_owner on chat_conversation (owner_key, updated_at);

-- Every message in both directions, as sent. id is the customer's own message id or the
-- bot's; it is unique per conversation so a resent customer message is recognised.
create table chat_message (
	seq bigint generated always as identity primary key,
	conversation_id varchar(36) not null references chat_conversation (id),
	id varchar(64) not null,
	author varchar(16) not null,
	type varchar(32) not null,
	reply_to varchar(64),
	body text not null,
	created_at timestamp with time zone not null,
	constraint chat_message_unique_id unique (conversation_id, id)
);

create index chat_message_reply on chat_message (conversation_id, reply_to);
