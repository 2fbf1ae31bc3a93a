-- The CSMs who sign in to the console (agents module). The same script runs on H2 and PostgreSQL.
create table agent (
	id varchar(100) primary key,
	display_name varchar(200) not null,
	-- a DelegatingPasswordEncoder string ({bcrypt}$2a$…): never the password itself
	password_hash varchar(500) not null,
	enabled boolean not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null
);

-- A person may have several roles: HIGH_TOUCH_CSM, LOW_TOUCH_CSM, ADMIN.
create table agent_role (
	agent_id varchar(100) not null references agent (id) on delete cascade,
	role_name varchar(30) not null,
	primary key (agent_id, role_name)
);

-- What agents did with escalations: which were taken in queue order and which out of order,
-- and the note left when resolving. The escalation row itself belongs to routing.
create table agent_action (
	id varchar(36) primary key,
	escalation_id varchar(36) not null,
	agent_id varchar(100) not null,
	action_kind varchar(30) not null,
	note varchar(2000),
	acted_at timestamp with time zone not null
);

create index agent_action_by_escalation on agent_action (escalation_id, acted_at);
