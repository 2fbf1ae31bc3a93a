-- Every tier reason in English beside the Japanese one (routing module): the CSM console
-- shows the one of the agent's language, as the server wrote it. Reasons stored before come
-- from TierRules' one format; its fixed words are put into English here exactly as
-- TierRules now writes them (yen, dates and percentages stay as they are), so old and new
-- rows read alike. The same script runs on H2 and PostgreSQL.
alter table escalation add column tier_reason_en varchar(1000);
alter table customer_tier add column reason_en varchar(1000);
alter table customer_tier_change add column reason_en varchar(1000);

update escalation set tier_reason_en =
	replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(tier_reason,
		'オンボーディング期間中（', 'onboarding until '), 'まで）→', ' →'), '戦略パートナー', 'strategic partner'),
		'匿名の訪問者', 'anonymous visitor'), '顧客名簿にない顧客', 'customer not in the directory'),
		'粗利率', 'gross margin'), 'ハイタッチ', 'high touch'), 'ロータッチ', 'low touch'),
		'テックタッチ', 'tech touch'), '（', ' ('), '）', ')');
update customer_tier set reason_en =
	replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(reason,
		'オンボーディング期間中（', 'onboarding until '), 'まで）→', ' →'), '戦略パートナー', 'strategic partner'),
		'匿名の訪問者', 'anonymous visitor'), '顧客名簿にない顧客', 'customer not in the directory'),
		'粗利率', 'gross margin'), 'ハイタッチ', 'high touch'), 'ロータッチ', 'low touch'),
		'テックタッチ', 'tech touch'), '（', ' ('), '）', ')');
update customer_tier_change set reason_en =
	replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(reason,
		'オンボーディング期間中（', 'onboarding until '), 'まで）→', ' →'), '戦略パートナー', 'strategic partner'),
		'匿名の訪問者', 'anonymous visitor'), '顧客名簿にない顧客', 'customer not in the directory'),
		'粗利率', 'gross margin'), 'ハイタッチ', 'high touch'), 'ロータッチ', 'low touch'),
		'テックタッチ', 'tech touch'), '（', ' ('), '）', ')');

alter table escalation alter column tier_reason_en set not null;
alter table customer_tier alter column reason_en set not null;
alter table customer_tier_change alter column reason_en set not null;
