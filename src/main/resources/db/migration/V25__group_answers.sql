-- One-to-many answers of the low-touch console (agents module): one text delivered to every
-- customer of a group, each in their own conversation. The escalation rows belong to routing,
-- the delivered messages to chat; this keeps what was sent to whom, and the FAQ draft made from
-- it. The same script runs on H2 and PostgreSQL.
create table group_answer (
	id varchar(36) primary key,
	agent_id varchar(100) not null,
	answer varchar(4000) not null,
	note varchar(500) not null,
	-- why the questions were grouped, as the console showed it (同じ記事: … / 似た質問)
	group_reason varchar(300),
	created_at timestamp with time zone not null,
	-- the last draft written from it, relative to the content directory (drafts/…)
	draft_path varchar(1000)
);

-- The customers who got it: ANSWERED (delivered and resolved) or NOT_DELIVERED (claimed by the
-- agent, left open for a 1:1 answer). Escalations someone else took first are not members.
create table group_answer_member (
	group_answer_id varchar(36) not null references group_answer (id) on delete cascade,
	escalation_id varchar(36) not null,
	conversation_id varchar(100) not null,
	position_in_group int not null,
	question varchar(1000),
	outcome varchar(20) not null,
	primary key (group_answer_id, escalation_id)
);

create index group_answer_member_by_escalation on group_answer_member (escalation_id);
