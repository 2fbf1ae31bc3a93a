/*
 * The CSMs' console: the queues the signed-in agent serves, live over STOMP at /ws/agent (framed by
 * hand like widget.js: CONNECT, SUBSCRIBE, heart-beats in, MESSAGE and ERROR out), "take next", and the
 * context card of one escalation. The server is the truth: a pushed update only triggers a re-read of
 * the queues, and every (re)connect re-reads them, so nothing is missed or shown twice. Data is shown
 * with textContent only.
 */
(function () {
	'use strict';

	const HEARTBEAT_MS = 10000;
	const WS_URL = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/agent';

	const TEXT = {
		ja: {
			title: '担当者コンソール', logout: 'ログアウト', queues: 'キュー', langSwitch: 'English',
			noCard: '対応中の会話はありません。「次を取る」でキューの先頭を担当します。',
			own: '担当のお客様', HIGH_TOUCH: 'ハイタッチ窓口', LOW_TOUCH: 'ロータッチ窓口',
			takeNext: '次を取る', open: '詳細', take: 'この会話を担当する（順番外）', resolve: '解決する',
			note: '対応メモ（必須・500文字まで）', empty: '待っているお客様はいません',
			waiting: '待ち', slaLeft: 'SLA残り', slaBreached: 'SLA超過', churn: '解約リスク', anonymous: '匿名の訪問者',
			online: '接続中', offline: '再接続しています…', customer: 'お客様', company: '会社', plan: 'プラン',
			csm: '担当CSM', tierNow: '現在の区分', tierHistory: '区分の履歴', ltv: 'LTV', ltvInputs: '平均購買単価 × 購買頻度 × 継続期間',
			margin: '粗利率', transcript: '会話の記録', actions: '対応の記録', lastQuestion: '最後の質問',
			claimedBy: '担当', resolved: '解決しました', taken: '担当しました', conflict: 'ほかの担当者が先に取りました',
			from_customer: 'お客様', from_bot: 'ボット', from_agent: '担当者',
			answer: '回答', clarify: '候補を提示', no_answer: '回答できず', alternatives: '代わりの案内',
			feedbackYes: '解決した', feedbackNo: '解決しない', askForPerson: '担当者を希望', choose: '選択',
			mine: '対応中の会話', reply: 'お客様への返信', send: '送信', customerTyping: 'お客様が入力しています…',
			joined: (n) => n + 'さんが対応を開始', left: (r, n) => (n ? n + 'さんが' : '') + (({ resolved: '対応を終了', handed_back: 'ボットに戻しました', transferred: '窓口へ引き継ぎました' })[r] || r),
			canned: '定型文（FAQ記事へのリンク）', search: '記事を検索', insert: '挿入', cannedText: (a) => 'こちらの記事をご覧ください：「' + a.title + '」 ' + a.link,
			transfer: '引き継ぐ', transferTo: '引き継ぎ先', toPool: (p) => p, handBack: 'ボットに戻す',
			handBackAsk: '本当にボットに戻しますか？', handBackYes: '戻す', cancel: 'キャンセル',
			transferred: '引き継ぎました', handedBack: 'ボットに戻しました', sendFailed: '送信できませんでした。もう一度「送信」を押してください（二重には届きません）',
			articlesShown: 'ボットが表示した記事', feedback: 'お客様のフィードバック', previous: '過去のエスカレーション', online_mark: '（オンライン）',
			takeInOrder: 'この会話を担当する', marginNotApplied: 'LTVには含めない', slaMet: 'SLA内に対応',
			status_WAITING: '待機中', status_CLAIMED: '対応中', status_RESOLVED: '解決済み', status_ABANDONED: 'お客様が退出',
			tier_HIGH_TOUCH: 'ハイタッチ', tier_LOW_TOUCH: 'ロータッチ', tier_TECH_TOUCH: 'テックタッチ',
			trigger_ASKED_FOR_PERSON: '担当者との会話を希望', trigger_REPEATED_FAILURE: '自動応答で解決せず', trigger_CHURN_RISK: '解約リスク',
			action_TAKEN_NEXT: '「次を取る」で担当', action_TAKEN_OUT_OF_ORDER: '順番外で担当', action_TAKEN_IN_ORDER: '詳細から担当（先頭）',
			action_TAKEN_FOR_GROUP: 'まとめて回答のために担当', action_RESOLVED: '解決', action_TRANSFERRED_TO_POOL: '窓口へ引き継ぎ',
			action_TRANSFERRED_TO_AGENT: '担当者へ引き継ぎ', action_HANDED_BACK: 'ボットに戻した'
		},
		en: {
			title: 'Agent console', logout: 'Sign out', queues: 'Queues', langSwitch: '日本語',
			noCard: 'No conversation open. "Take next" takes the first in the queue.',
			own: 'My customers', HIGH_TOUCH: 'High-touch pool', LOW_TOUCH: 'Low-touch pool',
			takeNext: 'Take next', open: 'Details', take: 'Take this one (out of order)', resolve: 'Resolve',
			note: 'Note (required, at most 500 characters)', empty: 'Nobody is waiting',
			waiting: 'waiting', slaLeft: 'SLA left', slaBreached: 'SLA breached', churn: 'churn risk', anonymous: 'anonymous visitor',
			online: 'connected', offline: 'reconnecting…', customer: 'Customer', company: 'Company', plan: 'Plan',
			csm: 'CSM', tierNow: 'Tier now', tierHistory: 'Tier history', ltv: 'LTV', ltvInputs: 'order value × purchases/year × years',
			margin: 'gross margin', transcript: 'Transcript', actions: 'What agents did', lastQuestion: 'Last question',
			claimedBy: 'Taken by', resolved: 'Resolved', taken: 'Taken', conflict: 'Someone else was faster',
			from_customer: 'Customer', from_bot: 'Bot', from_agent: 'Agent',
			answer: 'Answer', clarify: 'Offered choices', no_answer: 'No answer', alternatives: 'Alternatives',
			feedbackYes: 'Solved', feedbackNo: 'Not solved', askForPerson: 'Asked for a person', choose: 'Chose',
			mine: 'My open conversations', reply: 'Reply to the customer', send: 'Send', customerTyping: 'The customer is typing…',
			joined: (n) => n + ' took over', left: (r, n) => (n ? n + ' ' : '') + (({ resolved: 'closed the conversation', handed_back: 'handed back to the bot', transferred: 'transferred to a pool' })[r] || r),
			canned: 'Canned replies (FAQ links)', search: 'Search articles', insert: 'Insert', cannedText: (a) => 'Please see this article: "' + a.title + '" ' + a.link,
			transfer: 'Transfer', transferTo: 'Transfer to', toPool: (p) => p, handBack: 'Hand back to the bot',
			handBackAsk: 'Hand back to the bot?', handBackYes: 'Hand back', cancel: 'Cancel',
			transferred: 'Transferred', handedBack: 'Handed back to the bot', sendFailed: 'Not sent. Press "Send" again (it will not arrive twice).',
			articlesShown: 'Articles the bot showed', feedback: 'Customer feedback', previous: 'Previous escalations', online_mark: ' (online)',
			takeInOrder: 'Take this one', marginNotApplied: 'not part of the LTV', slaMet: 'answered within SLA',
			status_WAITING: 'waiting', status_CLAIMED: 'in progress', status_RESOLVED: 'resolved', status_ABANDONED: 'customer left',
			tier_HIGH_TOUCH: 'High touch', tier_LOW_TOUCH: 'Low touch', tier_TECH_TOUCH: 'Tech touch',
			trigger_ASKED_FOR_PERSON: 'asked for a person', trigger_REPEATED_FAILURE: 'the bot did not solve it', trigger_CHURN_RISK: 'churn risk',
			action_TAKEN_NEXT: 'took it with "Take next"', action_TAKEN_OUT_OF_ORDER: 'took it out of order', action_TAKEN_IN_ORDER: 'took it (first in line)',
			action_TAKEN_FOR_GROUP: 'took it for a group answer', action_RESOLVED: 'resolved', action_TRANSFERRED_TO_POOL: 'transferred to a pool',
			action_TRANSFERRED_TO_AGENT: 'transferred to an agent', action_HANDED_BACK: 'handed back to the bot'
		}
	};

	const state = { me: null, zone: 'Asia/Tokyo', queues: [], mine: [], card: null, clockSkew: 0, lang: 'ja', online: undefined,
		drafts: new Map(), // escalation id → the reply being written (kept across re-renders)
		unsent: new Map(), // escalation id → {id, text} of a reply whose sending failed: resent with the same id
		colleagues: [], typingSentAt: 0,
		handBackAsked: null, // the escalation whose hand back waits for 戻す (kept across re-renders)
		replyBox: null, // {escalationId, node}: the reply field itself, kept across re-renders
		noteBox: null }; // {escalationId, node}: the resolve note, kept the same way
	try { state.lang = localStorage.getItem('fureai.console.lang') === 'en' ? 'en' : 'ja'; } catch (e) { /* no storage */ }
	// signed in on the English login page (/console?lang=en): that choice wins, and is remembered
	const asked = new URLSearchParams(location.search).get('lang');
	if (asked === 'en' || asked === 'ja') {
		state.lang = asked;
		try { localStorage.setItem('fureai.console.lang', asked); } catch (e) { /* no storage */ }
		history.replaceState(null, '', location.pathname + location.hash);
	}

	function t(key) { return TEXT[state.lang][key] || key; }

	function el(tag, className, text) {
		const node = document.createElement(tag);
		if (className) node.className = className;
		if (text !== undefined && text !== null) node.textContent = String(text);
		return node;
	}

	function button(text, onClick, id) {
		const b = el('button', null, text);
		b.type = 'button';
		if (id) b.id = id;
		b.addEventListener('click', onClick);
		return b;
	}

	function yen(n) { return '¥' + Number(n || 0).toLocaleString('ja-JP'); }

	// full-width brackets belong to Japanese text only
	function paren(text) { return state.lang === 'ja' ? '（' + text + '）' : ' (' + text + ')'; }

	// the team's calendar zone, as the server says (fureai.routing.calendar.zone): SLA and business
	// hours are counted there, so every agent reads the same clock whatever their machine's zone.
	// The setting's default only when the server does not say or names a zone this browser lacks
	// (Intl would throw on every time shown).
	function teamZone(name) {
		try {
			if (name) { new Intl.DateTimeFormat('en', { timeZone: name }); return name; }
		} catch (e) { /* unknown here */ }
		return 'Asia/Tokyo';
	}

	/** An instant as 12/03 15:17 (the year too when it is not this year), the full time on hover. */
	function when(iso) {
		const node = el('time', 'when');
		const at = new Date(iso);
		if (!iso || isNaN(at)) { node.textContent = iso || ''; return node; }
		node.dateTime = iso;
		const timeZone = state.zone;
		const year = (d) => new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(d);
		const short = { timeZone, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
		if (year(at) !== year(new Date(now()))) short.year = 'numeric';
		node.textContent = new Intl.DateTimeFormat('ja-JP', short).format(at);
		node.title = new Intl.DateTimeFormat(state.lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'long' }).format(at);
		return node;
	}

	/** A line of text that starts with a time: [time, ' ', text]. */
	function timed(tag, className, iso, text) {
		const node = el(tag, className);
		node.append(when(iso), ' ', text);
		return node;
	}

	function tierName(tier, fallback) { return TEXT[state.lang]['tier_' + tier] || fallback || tier || '—'; }

	// routing writes every tier reason in both languages (TierRules); Japanese when English is missing
	function reason(ja, en) { return (state.lang === 'en' && en) || ja || ''; }

	// how the server names an agent to customers (Agent.shownName): the family name
	function shownName(name) { return String(name || '').trim().split(/[\s\u3000]+/)[0]; }

	function agentName(id) {
		if (state.me && id === state.me.id) return state.me.name;
		const colleague = state.colleagues.find((c) => c.id === id);
		return colleague ? colleague.name : id;
	}

	function decoded(text) {
		try { return decodeURIComponent(String(text || '')); } catch (e) { return String(text || ''); }
	}

	/** An address like billing-receipt#%E5%AE%9B%E5%90%8D as people read it. */
	function readable(address) { return decoded(address).replace('#', ' › '); }

	/** A link to an article page of this help center; anything else is not a link. */
	function articleLink(link, text) {
		if (typeof link !== 'string' || !link.startsWith('/articles/')) return el('span', null, text);
		const a = el('a', 'article-link', text);
		a.href = link;
		a.target = '_blank';
		a.rel = 'noopener';
		a.title = decoded(link);
		return a;
	}

	function duration(ms) {
		const s = Math.floor(Math.abs(ms) / 1000);
		const h = Math.floor(s / 3600);
		const m = Math.floor((s % 3600) / 60);
		const rest = String(s % 60).padStart(2, '0');
		return (h ? h + ':' + String(m).padStart(2, '0') : m) + ':' + rest;
	}

	function now() { return Date.now() + state.clockSkew; }

	/**
	 * The notice at the bottom, for 5 s. `says` is the server's words (already in both languages) or a
	 * function that words it in the current language: kept on the box (console-groups.js shows its own
	 * the same way), so that the language switch says it again at once.
	 */
	function notice(says) {
		const box = document.getElementById('notice');
		box.says = says;
		sayNotice(box);
		box.hidden = false;
		clearTimeout(box.timer);
		box.timer = setTimeout(() => { box.hidden = true; }, 5000);
	}

	function sayNotice(box) { box.textContent = typeof box.says === 'function' ? box.says() : String(box.says || ''); }

	async function api(method, path, body) {
		const headers = { Accept: 'application/json' };
		if (method !== 'GET') {
			headers['Content-Type'] = 'application/json';
			headers[state.me.csrf.header] = state.me.csrf.token;
		}
		const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined });
		if (response.status === 401) {
			// signing out: the form's own redirect is on its way; a request that lands after
			// the session ended must not replace it
			if (!state.signingOut) location.href = '/login' + (state.lang === 'en' ? '?lang=en' : '');
			throw new Error('signed out');
		}
		const json = await response.json().catch(() => ({}));
		return { status: response.status, json };
	}

	// ---- queues ----

	async function reloadQueues() {
		const { status, json } = await api('GET', '/api/agent/queues');
		if (status !== 200) return;
		state.clockSkew = Date.parse(json.now) - Date.now();
		state.queues = json.queues;
		state.mine = json.mine || [];
		renderQueues();
	}

	let reloadTimer = null;
	function reloadSoon() {
		clearTimeout(reloadTimer);
		reloadTimer = setTimeout(reloadQueues, 150);
	}

	function renderQueues() {
		const root = document.getElementById('queues');
		root.replaceChildren(el('h2', null, t('queues')));
		if (state.mine.length) {
			const box = el('section', 'queue mine');
			box.dataset.queue = 'mine';
			box.append(el('h3', null, t('mine') + paren(state.mine.length)));
			for (const entry of state.mine) box.append(renderEntry(entry));
			root.append(box);
		}
		for (const queue of state.queues) {
			const box = el('section', 'queue');
			box.dataset.queue = queue.key;
			const title = el('h3', null, t(queue.key) + paren(queue.entries.length));
			title.append(button(t('takeNext'), () => takeNext(queue.key), 'take-next-' + queue.key));
			box.append(title);
			if (!queue.entries.length) box.append(el('p', 'empty', t('empty')));
			const seen = new Set();
			for (const entry of queue.entries) {
				if (seen.has(entry.id)) continue; // shown once, whatever the server sent
				seen.add(entry.id);
				box.append(renderEntry(entry));
			}
			root.append(box);
		}
		relabelTake();
		tick();
	}

	function renderEntry(e) {
		const row = el('article', 'entry');
		row.dataset.escalation = e.id;
		const who = el('div', 'who', (e.customerName || e.customerId || t('anonymous')) + (e.company ? ' ／ ' + e.company : ''));
		if (e.churnRisk) who.append(' ', el('span', 'churn', t('churn')));
		// a reason from the LTV already names it (LTV ¥12,600,000 ≥ ¥10,000,000 → ハイタッチ)
		const value = /LTV/.test(e.tierReason || '') ? '' : t('ltv') + ' ' + yen(e.ltv) + ' · ';
		const tier = el('div', 'meta', tierName(e.tier, e.tierLabel) + ' · ' + value + reason(e.tierReason, e.tierReasonEn));
		const times = el('div', 'meta');
		if (e.status === 'WAITING' || !e.status) {
			const wait = el('span', 'wait');
			wait.dataset.since = e.createdAt;
			const sla = el('span', 'sla');
			sla.dataset.due = e.firstResponseDue;
			sla.dataset.breached = e.slaBreached;
			times.append(wait, ' · ', sla);
		}
		else {
			// taken: nobody waits any more and the first response is made, so nothing counts down
			times.append(el('span', 'status', t('status_' + e.status)), ' · ',
				el('span', e.slaBreached ? 'sla breached' : 'sla', e.slaBreached ? t('slaBreached') : t('slaMet')));
		}
		row.append(who, tier, times);
		if (e.lastQuestion) row.append(el('div', 'question', t('lastQuestion') + ': ' + e.lastQuestion));
		row.append(button(t('open'), () => openCard(e.id)));
		return row;
	}

	function tick() {
		for (const wait of document.querySelectorAll('.wait')) {
			wait.textContent = t('waiting') + ' ' + duration(now() - Date.parse(wait.dataset.since));
		}
		for (const sla of document.querySelectorAll('.sla[data-due]')) {
			const left = Date.parse(sla.dataset.due) - now();
			const breached = sla.dataset.breached === 'true' || left < 0;
			sla.classList.toggle('breached', breached);
			sla.textContent = breached ? t('slaBreached') + ' +' + duration(left) : t('slaLeft') + ' ' + duration(left);
		}
	}

	async function takeNext(key) {
		const { status, json } = await api('POST', '/api/agent/queues/' + encodeURIComponent(key) + '/next');
		if (status === 200) {
			notice(() => t('taken'));
			await openCard(json.id);
		}
		else notice(json.message || (() => t('empty')));
		reloadQueues();
	}

	// ---- the context card ----

	async function openCard(id) {
		const colleagues = await api('GET', '/api/agent/agents');
		if (colleagues.status === 200) state.colleagues = colleagues.json;
		const { status, json } = await api('GET', '/api/agent/escalations/' + encodeURIComponent(id));
		if (status !== 200) { notice(json.message || String(status)); return; }
		state.card = json;
		renderCard();
		// on a phone the card is below the queues: the agent who opened it sees it
		const shown = document.getElementById('card').getBoundingClientRect();
		if (shown.top >= window.innerHeight || shown.bottom <= 0) document.getElementById('card').scrollIntoView({ block: 'start' });
	}

	// a pushed change to the open card: shown only if that card is still open when the answer comes
	async function refreshCard(id) {
		const { status, json } = await api('GET', '/api/agent/escalations/' + encodeURIComponent(id));
		if (status !== 200 || !state.card || state.card.escalation.id !== id) return;
		state.card = json;
		renderCard();
	}

	function renderCard() {
		const card = state.card;
		const root = document.getElementById('card');
		if (!card || card.escalation.id !== state.handBackAsked) state.handBackAsked = null; // asked about another card
		if (!card) { state.replyBox = null; state.noteBox = null; root.replaceChildren(el('p', 'empty', t('noCard'))); return; }
		const e = card.escalation;
		const panel = root.dataset.escalation === e.id ? panelState() : null;
		// the agent's place: the control focused before is focused again (by id) afterwards; the
		// reply and the note are the same elements, so their cursor stays where it was
		const focusedId = root.dataset.escalation === e.id && root.contains(document.activeElement) ? document.activeElement.id : '';
		const previous = document.getElementById('transcript');
		// the agent scrolled back to read: a re-render leaves them there; otherwise the latest line shows
		const readingBack = previous && root.dataset.escalation === e.id && previous.scrollTop + previous.clientHeight < previous.scrollHeight - 8
			? previous.scrollTop : null;
		root.replaceChildren();
		root.dataset.escalation = e.id;
		root.dataset.status = e.status;
		root.append(el('h2', null, (e.customerName || e.customerId || t('anonymous')) + ' · ' + t('status_' + e.status)));
		const facts = el('dl');
		const fact = (name, value) => { if (value !== undefined && value !== null && value !== '') facts.append(el('dt', null, name), el('dd', null, value)); };
		const c = card.customer || {};
		fact(t('customer'), c.id || e.customerId);
		fact(t('company'), c.company);
		fact(t('plan'), c.plan);
		fact(t('csm'), c.csm);
		fact(t('tierNow'), tierName(card.tierNow, card.tierNowLabel) + ' — ' + reason(card.tierNowReason, card.tierNowReasonEn));
		if (card.ltv) {
			const margin = card.ltv.grossMargin
				? ' · ' + t('margin') + ' ' + Math.round(card.ltv.grossMargin * 1000) / 10 + '%' + (card.ltv.marginApplied ? '' : paren(t('marginNotApplied')))
				: '';
			fact(t('ltv'), yen(card.ltv.yen) + paren(t('ltvInputs') + ': ' + yen(card.ltv.averageOrderValue) + ' × '
				+ card.ltv.purchasesPerYear + ' × ' + card.ltv.retentionYears + margin));
		}
		if (e.churnRisk) fact(t('churn'), e.churnPhrase || '✓');
		if (e.claimedBy) fact(t('claimedBy'), agentName(e.claimedBy));
		root.append(facts);
		if (card.tierHistory.length) {
			root.append(el('h3', null, t('tierHistory')));
			const list = el('ul', 'tier-history');
			for (const change of card.tierHistory) {
				list.append(timed('li', null, change.at, (change.from ? tierName(change.from) : '—') + ' → ' + tierName(change.to) + paren(reason(change.reason, change.reasonEn))));
			}
			root.append(list);
		}
		if (card.previous && card.previous.length) {
			root.append(el('h3', null, t('previous')));
			const list = el('ul', 'previous');
			for (const p of card.previous) {
				list.append(timed('li', null, p.createdAt, t(p.pool) + ' · ' + t('trigger_' + p.trigger) + ' · ' + t('status_' + p.status)
					+ (p.claimedBy ? ' · ' + agentName(p.claimedBy) : '') + (p.note ? ': ' + p.note : '')));
			}
			root.append(list);
		}
		if (card.articlesShown && card.articlesShown.length) {
			root.append(el('h3', null, t('articlesShown')));
			const list = el('ul', 'articles-shown');
			for (const a of card.articlesShown) {
				const item = el('li');
				item.append(articleLink(a.link, (a.title || readable(a.articleId)) + (a.section ? paren(a.section) : '')));
				list.append(item);
			}
			root.append(list);
		}
		if (card.feedback && card.feedback.length) {
			root.append(el('h3', null, t('feedback')));
			const list = el('ul', 'feedback');
			for (const f of card.feedback) {
				list.append(el('li', null, (f.resolved ? t('feedbackYes') : t('feedbackNo')) + (f.answerTitle ? paren(f.answerTitle) : '') + (f.comment ? ': ' + f.comment : '')));
			}
			root.append(list);
		}
		root.append(el('h3', null, t('transcript')));
		const transcript = el('div', 'transcript');
		transcript.id = 'transcript';
		choices = chosenTitles(card.transcript);
		for (const line of card.transcript) addLine(transcript, line);
		root.append(transcript);
		// scrolling only works once it is in the page
		transcript.scrollTop = readingBack !== null ? readingBack : transcript.scrollHeight;
		const typing = el('p', 'customer-typing', t('customerTyping'));
		typing.id = 'customer-typing';
		typing.hidden = true;
		root.append(typing);
		if (e.status === 'CLAIMED' && e.claimedBy === state.me.id) {
			root.append(chatPanel(e, panel));
		}
		else state.replyBox = null;
		if (card.actions.length) {
			root.append(el('h3', null, t('actions')));
			const list = el('ul');
			for (const a of card.actions) list.append(timed('li', null, a.at, agentName(a.agentId) + ' · ' + t('action_' + a.kind) + (a.note ? ': ' + actionNote(a) : '')));
			root.append(list);
		}
		if (e.status === 'WAITING') root.append(button(firstInLine(e.id) ? t('takeInOrder') : t('take'), () => take(e.id), 'take-this'));
		if (e.status === 'CLAIMED' && e.claimedBy === state.me.id) {
			const note = noteField(e);
			root.append(note, button(t('resolve'), () => resolve(e.id, note.value), 'resolve'));
		}
		else state.noteBox = null;
		if (focusedId && !root.contains(document.activeElement)) {
			const again = document.getElementById(focusedId);
			if (again && root.contains(again)) again.focus();
		}
	}

	/** The resolve note: like the reply field, the same element for as long as the conversation is open. */
	function noteField(e) {
		let note = state.noteBox && state.noteBox.escalationId === e.id ? state.noteBox.node : null;
		if (!note) {
			note = el('textarea');
			note.id = 'resolve-note';
			note.maxLength = 500;
			state.noteBox = { escalationId: e.id, node: note };
		}
		note.placeholder = t('note'); // the language may have changed
		return note;
	}

	/** The server's rule for TAKEN_IN_ORDER: first of any queue the agent is shown. */
	function firstInLine(id) {
		return state.queues.some((q) => q.entries.length && q.entries[0].id === id);
	}

	// the take button follows the queues: someone ahead may be taken meanwhile
	function relabelTake() {
		const take = document.getElementById('take-this');
		if (take && state.card) take.textContent = firstInLine(state.card.escalation.id) ? t('takeInOrder') : t('take');
	}

	function actionNote(a) {
		if (a.kind === 'TRANSFERRED_TO_POOL') return t(a.note);
		if (a.kind === 'TRANSFERRED_TO_AGENT') return agentName(a.note);
		return a.note;
	}

	// what the open card's clarify lines offered, by address: a choice names its article by title
	let choices = new Map();

	function chosenTitles(lines) {
		const titles = new Map();
		for (const line of lines || []) {
			if (line.type !== 'clarify' || !line.message) continue;
			for (const g of line.message.choices || []) {
				if (g.address && g.title) titles.set(g.address, g.title + (g.section ? paren(g.section) : ''));
			}
		}
		return titles;
	}

	/** One transcript line, once per message id (pushes and re-reads may both bring it). */
	function addLine(transcript, line) {
		if (!line.id || transcript.querySelector('[data-id="' + CSS.escape(line.id) + '"]')) return;
		const text = describe(line);
		if (!text) return;
		// someone joining or leaving is news about the conversation, not something anyone said
		const system = line.type === 'agent_joined' || line.type === 'agent_left';
		const row = el('div', 'line ' + (system ? 'system' : line.from));
		row.dataset.id = line.id;
		const who = line.from === 'agent' && line.message && line.message.agentName ? line.message.agentName : t('from_' + line.from);
		const bubble = el('span', 'text', system ? text : who + ': ' + text);
		const m = line.message || {};
		if (line.type === 'answer') bubble.append(articleLink(m.link, (m.title || readable(m.articleId)) + (m.section ? paren(m.section) : '')));
		row.append(bubble);
		transcript.append(row);
		transcript.scrollTop = transcript.scrollHeight;
	}

	/**
	 * The reply field of a conversation, the same element for as long as that conversation is
	 * open: a pushed change re-renders the card (the customer's tier, a colleague's action, a
	 * reconnect), and a new field would take the agent's cursor, selection and unfinished IME
	 * input away mid-sentence.
	 */
	function replyField(e) {
		if (state.replyBox && state.replyBox.escalationId === e.id) return state.replyBox.node;
		const reply = el('textarea');
		reply.id = 'reply';
		reply.rows = 3;
		reply.maxLength = 4000;
		const unsent = state.unsent.get(e.id);
		reply.value = unsent ? unsent.text : (state.drafts.get(e.id) || '');
		reply.addEventListener('input', () => {
			state.drafts.set(e.id, reply.value);
			if (state.unsent.has(e.id) && state.unsent.get(e.id).text !== reply.value) state.unsent.delete(e.id); // a new message now
			if (Date.now() - state.typingSentAt > 2000) {
				state.typingSentAt = Date.now();
				api('POST', '/api/agent/escalations/' + encodeURIComponent(e.id) + '/typing').catch(() => {});
			}
		});
		reply.addEventListener('keydown', (ev) => {
			if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey) && !ev.isComposing) { ev.preventDefault(); sendReply(e.id); }
		});
		state.replyBox = { escalationId: e.id, node: reply };
		return reply;
	}

	/**
	 * What the agent set in the chat panel besides the reply: the transfer target chosen and
	 * the canned-reply search, so a re-render does not quietly put a transfer back on the
	 * first pool or close the search being read.
	 */
	function panelState() {
		const select = document.getElementById('transfer-target');
		const canned = document.querySelector('#card details.canned');
		const search = document.getElementById('article-search');
		if (!select || !canned || !search) return null;
		return { target: select.value, cannedOpen: canned.open, query: search.value };
	}

	/** Reply, canned replies, transfer and hand back: only for the agent who has the conversation. */
	function chatPanel(e, kept) {
		const panel = el('section', 'chat');
		const label = el('label', null, t('reply'));
		label.htmlFor = 'reply';
		const reply = replyField(e);
		panel.append(label, reply, button(t('send'), () => sendReply(e.id), 'send-reply'));

		const canned = el('details', 'canned');
		canned.append(el('summary', null, t('canned')));
		const search = el('input');
		search.type = 'search';
		search.id = 'article-search';
		search.placeholder = t('search');
		search.setAttribute('aria-label', t('search'));
		const results = el('ul', 'article-results');
		results.id = 'article-results';
		let timer = null;
		search.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => searchArticles(search.value, results, reply, e.id), 250);
		});
		canned.append(search, results);
		if (kept) {
			canned.open = kept.cannedOpen;
			search.value = kept.query;
			if (kept.query.trim()) searchArticles(kept.query, results, reply, e.id);
		}
		panel.append(canned);

		const transfer = el('div', 'transfer');
		const select = el('select');
		select.id = 'transfer-target';
		select.setAttribute('aria-label', t('transferTo'));
		for (const pool of ['HIGH_TOUCH', 'LOW_TOUCH']) {
			const option = el('option', null, t('toPool')(t(pool)));
			option.value = 'pool:' + pool;
			select.append(option);
		}
		for (const c of state.colleagues) {
			const option = el('option', null, c.name + paren(c.id) + (c.online ? t('online_mark') : ''));
			option.value = 'agent:' + c.id;
			select.append(option);
		}
		if (kept && [...select.options].some((o) => o.value === kept.target)) select.value = kept.target;
		transfer.append(select, button(t('transfer'), () => transferTo(e.id, select.value), 'transfer'), handBackControl(e.id));
		panel.append(transfer);
		return panel;
	}

	async function searchArticles(q, results, reply, escalationId) {
		if (!q.trim()) { results.replaceChildren(); return; }
		const response = await fetch('/api/search?k=5&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
		if (!response.ok) { results.replaceChildren(); return; }
		const json = await response.json();
		const seen = new Set();
		results.replaceChildren();
		for (const hit of json.hits || []) {
			if (seen.has(hit.articleId)) continue;
			seen.add(hit.articleId);
			const article = { title: hit.title, link: '/articles/' + encodeURIComponent(hit.articleId) };
			const li = el('li', null, hit.title + ' ');
			li.dataset.article = hit.articleId;
			li.append(button(t('insert'), () => {
				const text = t('cannedText')(article);
				const at = reply.selectionStart != null ? reply.selectionStart : reply.value.length;
				reply.value = reply.value.slice(0, at) + (at > 0 && !/\s$/.test(reply.value.slice(0, at)) ? '\n' : '') + text + reply.value.slice(at);
				state.drafts.set(escalationId, reply.value);
				reply.focus();
			}));
			results.append(li);
		}
	}

	function newId() {
		if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
		return Date.now().toString(36) + Math.random().toString(36).slice(2);
	}

	async function sendReply(escalationId) {
		const reply = document.getElementById('reply');
		const text = reply.value.trim();
		if (!text) return;
		// a failed send keeps its id: resending can never show the message twice
		let unsent = state.unsent.get(escalationId);
		if (!unsent || unsent.text !== reply.value) unsent = { id: newId(), text: reply.value };
		state.unsent.set(escalationId, unsent);
		let result;
		try {
			result = await api('POST', '/api/agent/escalations/' + encodeURIComponent(escalationId) + '/messages', { id: unsent.id, text });
		} catch (err) {
			notice(() => t('sendFailed'));
			return;
		}
		if (result.status !== 200) { notice(result.json.message || (() => t('sendFailed'))); return; }
		state.unsent.delete(escalationId);
		state.drafts.delete(escalationId);
		const current = document.getElementById('reply');
		if (current) current.value = '';
		const transcript = document.getElementById('transcript');
		if (transcript && state.card && state.card.escalation.id === escalationId) {
			// named as the stored message will be after a re-read, and kept for re-renders (language switch)
			const line = { id: result.json.id, from: 'agent', agentId: state.me.id, type: 'agent_message', message: { text, agentName: shownName(state.me.name) || state.me.id } };
			if (!state.card.transcript.some((l) => l.id === line.id)) state.card.transcript.push(line);
			addLine(transcript, line);
		}
	}

	async function transferTo(escalationId, target) {
		const [kind, value] = target.split(':');
		const { status, json } = await api('POST', '/api/agent/escalations/' + encodeURIComponent(escalationId) + '/transfer',
			kind === 'pool' ? { pool: value } : { agent: value });
		notice(status === 200 ? () => t('transferred') : (json.message || String(status)));
		if (status === 200) { state.card = null; renderCard(); }
		reloadQueues();
	}

	/**
	 * Handing back ends the customer's conversation with a person, so one click only asks: the
	 * question takes the button's place, キャンセル or Esc leaves everything as it was, and the second
	 * click of a double click (which may land on 戻す) does nothing. Not window.confirm: it would
	 * freeze the console, live updates included.
	 */
	function handBackControl(escalationId) {
		const box = el('span', 'hand-back');
		box.id = 'hand-back-box';
		if (state.handBackAsked !== escalationId) {
			box.append(button(t('handBack'), () => askHandBack(escalationId, true), 'hand-back'));
			return box;
		}
		const question = el('span', 'confirm', t('handBackAsk'));
		question.id = 'hand-back-question';
		box.setAttribute('role', 'group');
		box.setAttribute('aria-labelledby', question.id);
		box.append(question, button(t('handBackYes'), (ev) => { if (ev.detail < 2) handBack(escalationId); }, 'hand-back-confirm'),
			button(t('cancel'), () => askHandBack(escalationId, false), 'hand-back-cancel'));
		return box;
	}

	function askHandBack(escalationId, asked) {
		state.handBackAsked = asked ? escalationId : null;
		const box = document.getElementById('hand-back-box');
		if (!box) return;
		const focused = box.contains(document.activeElement); // Esc from the reply keeps its cursor
		box.replaceWith(handBackControl(escalationId));
		// Enter right after asking cancels: handing back takes a deliberate 戻す
		const focus = document.getElementById(asked ? 'hand-back-cancel' : 'hand-back');
		if (focus && (asked || focused)) focus.focus();
	}

	async function handBack(escalationId) {
		state.handBackAsked = null;
		const { status, json } = await api('POST', '/api/agent/escalations/' + encodeURIComponent(escalationId) + '/hand-back');
		notice(status === 200 ? () => t('handedBack') : (json.message || String(status)));
		if (status === 200) state.card = null;
		renderCard();
		reloadQueues();
	}

	function titles(guides) { return (guides || []).map((g) => g.title).join('、'); }

	function describe(line) {
		const m = line.message || {};
		switch (line.type) {
			case 'ask': return m.text;
			case 'ask_for_person': return t('askForPerson') + (m.text ? ': ' + m.text : '');
			case 'choose': return t('choose') + ': ' + (choices.get(m.choice) || readable(m.choice));
			case 'feedback': return (m.resolved ? t('feedbackYes') : t('feedbackNo')) + (m.comment ? ': ' + m.comment : '');
			case 'answer': return t('answer') + ': '; // the article follows as a link
			case 'clarify': return t('clarify') + ': ' + titles(m.choices);
			case 'no_answer': return t('no_answer') + (m.closest && m.closest.length ? ': ' + titles(m.closest) : '');
			case 'alternatives': return t('alternatives') + ': ' + titles(m.guides);
			case 'agent_message': return m.text;
			case 'agent_joined': return t('joined')(m.agentName || '');
			case 'agent_left': return t('left')(m.reason, m.agentName);
			case 'ack': case 'agent_typing': return null;
			default: return m.text || null;
		}
	}

	async function take(id) {
		const { status, json } = await api('POST', '/api/agent/escalations/' + encodeURIComponent(id) + '/claim');
		notice(status === 200 ? () => t('taken') : (json.message || (() => t('conflict'))));
		await openCard(id);
		reloadQueues();
	}

	async function resolve(id, note) {
		const { status, json } = await api('POST', '/api/agent/escalations/' + encodeURIComponent(id) + '/resolve', { note });
		if (status === 200) {
			notice(() => t('resolved'));
			if (state.card && state.card.escalation.id === id) state.card = null;
			renderCard();
		}
		else notice(json.message || String(status));
		reloadQueues();
	}

	// ---- the live connection ----

	const socket = {
		ws: null, attempt: 0, timer: null, beat: null, watchdog: null, lastSeen: 0,

		open() {
			clearTimeout(this.timer);
			const ws = new WebSocket(WS_URL);
			this.ws = ws;
			ws.onopen = () => this.write('CONNECT', { 'accept-version': '1.2', host: location.hostname, 'heart-beat': HEARTBEAT_MS + ',' + HEARTBEAT_MS });
			ws.onmessage = (e) => this.frames(String(e.data));
			ws.onclose = () => {
				if (ws !== this.ws) return;
				this.cleanup();
				showConnection(false);
				const base = Math.min(30000, 1000 * 2 ** this.attempt);
				this.attempt = Math.min(this.attempt + 1, 10);
				this.timer = setTimeout(() => this.open(), base / 2 + Math.random() * base / 2);
			};
		},

		cleanup() {
			clearInterval(this.beat);
			clearInterval(this.watchdog);
		},

		frames(data) {
			this.lastSeen = Date.now();
			for (const raw of data.split('\0')) {
				const frame = raw.replace(/^[\r\n]+/, '');
				if (frame) this.frame(parseFrame(frame));
			}
		},

		frame(f) {
			if (f.command === 'CONNECTED') {
				this.attempt = 0;
				showConnection(true);
				this.heartbeats(f.headers['heart-beat']);
				this.write('SUBSCRIBE', { id: 'me', destination: '/topic/console.agent.' + state.me.id });
				for (const key of state.me.queues) {
					if (key !== 'own') this.write('SUBSCRIBE', { id: key, destination: '/topic/console.pool.' + key });
				}
				reloadQueues(); // the full state after every (re)connect
				if (state.card) refreshCard(state.card.escalation.id); // and the open conversation, deduplicated by id
			}
			else if (f.command === 'MESSAGE') {
				let update = null;
				try { update = JSON.parse(f.body); } catch (e) { /* not ours */ }
				if (update && (update.type === 'customer_message' || update.type === 'customer_typing')) {
					customerSaid(update);
					return;
				}
				reloadSoon();
				if (update && state.card && update.escalation && update.escalation.id === state.card.escalation.id) refreshCard(update.escalation.id);
			}
		},

		heartbeats(header) {
			const [serverSends, serverWants] = (header || '0,0').split(',').map(Number);
			if (serverWants > 0) this.beat = setInterval(() => this.ws && this.ws.readyState === 1 && this.ws.send('\n'), Math.max(HEARTBEAT_MS, serverWants));
			if (serverSends > 0) {
				const limit = Math.max(HEARTBEAT_MS, serverSends) * 2.5;
				this.watchdog = setInterval(() => { if (Date.now() - this.lastSeen > limit && this.ws) this.ws.close(); }, limit / 2);
			}
		},

		write(command, headers) {
			const lines = [command];
			for (const [name, value] of Object.entries(headers)) lines.push(name + ':' + value);
			this.ws.send(lines.join('\n') + '\n\n\0');
		}
	};

	let typingTimer = null;

	/** A customer's live message or typing in an open conversation of mine (a re-read finds the message too). */
	function customerSaid(update) {
		if (!state.card || state.card.escalation.id !== update.escalationId) { reloadSoon(); return; }
		const typing = document.getElementById('customer-typing');
		if (update.type === 'customer_typing') {
			if (!typing) return;
			typing.hidden = false;
			clearTimeout(typingTimer);
			typingTimer = setTimeout(() => { typing.hidden = true; }, 4000);
			return;
		}
		if (typing) typing.hidden = true;
		const transcript = document.getElementById('transcript');
		const line = { id: update.message.id, from: 'customer', type: 'ask', message: { text: update.message.text }, at: update.message.at };
		if (!state.card.transcript.some((l) => l.id === line.id)) state.card.transcript.push(line); // kept for re-renders
		if (transcript) addLine(transcript, line);
	}

	function parseFrame(text) {
		const end = text.indexOf('\n\n');
		const head = (end < 0 ? text : text.slice(0, end)).split(/\r?\n/);
		const headers = {};
		for (const line of head.slice(1)) {
			const colon = line.indexOf(':');
			const name = line.slice(0, colon);
			if (colon > 0 && !(name in headers)) headers[name] = line.slice(colon + 1);
		}
		return { command: head[0], headers, body: end < 0 ? '' : text.slice(end + 2) };
	}

	function showConnection(online) {
		state.online = online;
		const box = document.getElementById('connection');
		box.textContent = online ? t('online') : t('offline');
		box.classList.toggle('offline', !online);
		document.body.dataset.connected = online;
	}

	function applyLanguage() {
		document.documentElement.lang = state.lang;
		// the sign-in page after signing out speaks the same language
		document.getElementById('logout-lang').value = state.lang;
		for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
		document.getElementById('lang-switch').textContent = t('langSwitch');
		document.title = (state.lang === 'ja' ? 'ふれあい ' : 'Fureai ') + t('title');
		if (state.me) document.getElementById('me').textContent = state.me.name + paren(state.me.id);
		if (state.online !== undefined) showConnection(state.online);
		const shown = document.getElementById('notice');
		if (!shown.hidden) sayNotice(shown);
		renderQueues();
		renderCard();
	}

	async function start() {
		document.getElementById('lang-switch').addEventListener('click', () => {
			state.lang = state.lang === 'ja' ? 'en' : 'ja';
			try { localStorage.setItem('fureai.console.lang', state.lang); } catch (e) { /* no storage */ }
			applyLanguage();
		});
		const { json } = await api('GET', '/api/agent/me');
		state.me = json;
		state.zone = teamZone(json.zone);
		document.getElementById('logout-csrf').value = json.csrf.token;
		document.getElementById('logout').addEventListener('submit', () => { state.signingOut = true; });
		document.addEventListener('keydown', (ev) => {
			if (ev.key === 'Escape' && state.handBackAsked) askHandBack(state.handBackAsked, false);
		});
		applyLanguage();
		setInterval(tick, 1000);
		socket.open();
	}

	start();
})();
