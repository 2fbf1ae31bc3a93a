-- Spring Modulith's JDBC event publication registry (the transactional outbox), in the
-- v2 layout of spring-modulith-events-jdbc 2.1 (schemas/v2/schema-*.sql), written once
-- for H2 and PostgreSQL alike. "if not exists" because another module may let Modulith
-- create it first (spring.modulith.events.jdbc.schema-initialization.enabled).
create table if not exists event_publication (
	id uuid not null,
	listener_id varchar(512) not null,
	event_type varchar(512) not null,
	serialized_event varchar(100000) not null,
	publication_date timestamp with time zone not null,
	completion_date timestamp with time zone,
	status varchar(20),
	completion_attempts int,
	last_resubmission_date timestamp with time zone,
	primary key (id)
);

create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
