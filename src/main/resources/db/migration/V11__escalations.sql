-- Conversations handed to people (routing module). The row is the truth: the event that
-- announces it is stored in event_publication by the same transaction. The same script
-- runs on H2 and PostgreSQL.
create table escalation (
	id varchar(36) primary key,
	conversation_id varchar(100) not null,
	-- the conversation while this escalation is open, null after: at most one open per conversation
	open_conversation varchar(100) unique,
	customer_id varchar(200),
	status varchar(20) not null,
	trigger_kind varchar(30) not null,
	tier varchar(20) not null,
	tier_reason varchar(1000) not null,
	queue_pool varchar(20) not null,
	churn_risk boolean not null,
	churn_phrase varchar(200),
	ltv bigint not null,
	assignee varchar(100),
	notified_csm varchar(100),
	created_at timestamp with time zone not null,
	first_response_due timestamp with time zone not null,
	claimed_at timestamp with time zone,
	claimed_by varchar(100),
	resolved_at timestamp with time zone,
	abandoned_at timestamp with time zone,
	left_at timestamp with time zone,
	sla_breached boolean not null
);

create index escalation_by_status on escalation (status, queue_pool);
create index escalation_by_customer on escalation (customer_id, status);
create index escalation_by_conversation on escalation (conversation_id, status);

-- Churn-risk words seen, in every tier (tech touch included, where no person is told
-- directly): for the team's follow-up and figures.
create table churn_signal (
	id varchar(36) primary key,
	conversation_id varchar(100) not null,
	customer_id varchar(200),
	tier varchar(20) not null,
	phrase varchar(200) not null,
	queued boolean not null,
	detected_at timestamp with time zone not null
);

create index churn_signal_by_customer on churn_signal (customer_id, detected_at);
