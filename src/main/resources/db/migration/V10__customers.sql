-- The customer directory (customers module). The same script runs on H2 and PostgreSQL.
create table customer (
	id varchar(200) primary key,
	name varchar(200) not null,
	company varchar(200) not null,
	average_order_value bigint not null,
	purchases_per_year numeric(14, 4) not null,
	retention_years numeric(14, 4) not null,
	gross_margin numeric(6, 4),
	plan_name varchar(100) not null,
	csm varchar(100),
	strategic_partner boolean not null,
	onboarding_until date,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null
);

-- Free attributes (segment, region, …): one row per name so both databases store them alike.
create table customer_attribute (
	customer_id varchar(200) not null references customer (id) on delete cascade,
	attr_name varchar(100) not null,
	attr_value varchar(1000) not null,
	primary key (customer_id, attr_name)
);
