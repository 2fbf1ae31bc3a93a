/*
 * One-to-many answers in the console (low-touch CSMs only): the low-touch pool's waiting questions in
 * groups with the reason they are grouped (同じ記事 / 似た質問), one answer sent to the chosen customers of a
 * group (each in their own conversation; all resolved with the note), and a FAQ draft made from it.
 * Separate from console.js on purpose: it only watches console.js's queue list (re-rendered after every
 * live update and reconnect) to know when to re-read the groups. The server is the truth; data is shown
 * with textContent only.
 */
(function () {
	'use strict';

	const TEXT = {
		ja: {
			title: 'まとめて回答（ロータッチ窓口）', none: '同じ内容の質問はいまありません。',
			sameArticle: '同じ記事', similar: '似た質問', shared: '共通の語', people: '人',
			answer: '全員に送る回答（お客様ごとの会話に届きます）', note: '対応メモ（省略時は回答の冒頭）',
			send: '選んだお客様に送って解決する', sending: '送信しています…', anonymous: '匿名の訪問者',
			sent: '件に送って解決しました', leftOut: '送らなかったお客様', chooseSome: '送り先を選んでください',
			draftTitle: 'FAQ下書きのタイトル', draft: 'FAQの下書きにする', drafted: '下書きを保存しました',
			draftHint: '記事を公開するには、ライターが content/drafts/ から移動します。', questions: 'お客様の言い方',
			taken: 'ほかの担当者が対応中', not_waiting: 'もう待っていません', not_found: '見つかりません', not_delivered: '届けられませんでした（担当中のまま）'
		},
		en: {
			title: 'Answer together (low-touch pool)', none: 'No questions about the same thing right now.',
			sameArticle: 'Same article', similar: 'Similar questions', shared: 'shared words', people: 'customers',
			answer: 'Answer for all of them (delivered in each customer\'s own conversation)', note: 'Note (optional; default: the answer\'s beginning)',
			send: 'Send to the chosen customers and resolve', sending: 'Sending…', anonymous: 'anonymous visitor',
			sent: 'answered and resolved', leftOut: 'Not sent to', chooseSome: 'Choose at least one customer',
			draftTitle: 'FAQ draft title', draft: 'Save as FAQ draft', drafted: 'Draft saved',
			draftHint: 'A writer publishes it by moving it out of content/drafts/.', questions: 'Customers\' own words',
			taken: 'taken by another agent', not_waiting: 'no longer waiting', not_found: 'not found', not_delivered: 'not delivered (still yours)'
		}
	};

	const state = { me: null, groups: [], seen: null, typed: {}, result: null, pending: false };

	function lang() {
		try { return localStorage.getItem('fureai.console.lang') === 'en' ? 'en' : 'ja'; } catch (e) { return 'ja'; }
	}

	function t(key) { return TEXT[lang()][key] || key; }

	// full-width brackets belong to Japanese text only
	function paren(text) { return lang() === 'ja' ? '（' + text + '）' : ' (' + text + ')'; }

	function el(tag, className, text) {
		const node = document.createElement(tag);
		if (className) node.className = className;
		if (text !== undefined && text !== null) node.textContent = String(text);
		return node;
	}

	/**
	 * The console's notice, shown as console.js shows its own: the server's words or a function that
	 * words it in the current language, kept on the box for console.js to say again on a language switch;
	 * one timer for both scripts, so an earlier notice's does not hide a later one.
	 */
	function notice(says) {
		const box = document.getElementById('notice');
		if (!box) return;
		box.says = says;
		box.textContent = typeof says === 'function' ? says() : String(says || '');
		box.hidden = false;
		clearTimeout(box.timer);
		box.timer = setTimeout(() => { box.hidden = true; }, 5000);
	}

	async function api(method, path, body) {
		const headers = { Accept: 'application/json' };
		if (method !== 'GET') {
			headers['Content-Type'] = 'application/json';
			headers[state.me.csrf.header] = state.me.csrf.token;
		}
		const response = await fetch(path, { method, headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined });
		const json = await response.json().catch(() => ({}));
		return { status: response.status, json };
	}

	function root() {
		let box = document.getElementById('groups');
		if (!box) {
			box = el('section');
			box.id = 'groups';
			box.setAttribute('aria-live', 'polite');
			// after the card, not between the queues and the card: the grid puts the card beside the
			// queues and this panel on its own full-width row below both (console-groups.css)
			document.getElementById('card').after(box);
		}
		return box;
	}

	// ---- reading and showing the groups ----

	async function reload() {
		const { status, json } = await api('GET', '/api/agent/groups');
		if (status !== 200) return;
		const seen = JSON.stringify(json.groups);
		if (seen === state.seen) return; // unchanged: keep the page (and the agent's place) as it is
		state.seen = seen;
		state.groups = json.groups;
		render();
	}

	let timer = null;
	function reloadSoon() {
		clearTimeout(timer);
		timer = setTimeout(reload, 300);
	}

	// the agent is typing or pressing something in here (a button takes focus on mousedown: replacing
	// it before mouseup would swallow the click)
	function busy() {
		const active = document.activeElement;
		return Boolean(active && active !== document.body && active.closest && active.closest('#groups'));
	}

	function render() {
		if (busy()) { state.pending = true; return; } // never wipe what the agent is typing
		state.pending = false;
		const box = root();
		box.replaceChildren(el('h2', null, t('title')));
		if (!state.groups.length) box.append(el('p', 'empty', t('none')));
		for (const group of state.groups) box.append(renderGroup(group));
		if (state.result) box.append(renderResult(state.result));
	}

	function reason(group) {
		if (group.reason === 'SAME_ARTICLE') return t('sameArticle') + ': ' + group.articleTitle;
		return t('similar') + (group.sharedTerms.length ? paren(t('shared') + ': ' + group.sharedTerms.join('、')) : '');
	}

	function renderGroup(group) {
		const typed = state.typed[group.key] || (state.typed[group.key] = { answer: '', note: '', off: {} });
		const box = el('article', 'group');
		box.dataset.group = group.key;
		box.append(el('h3', 'group-reason', reason(group) + paren(group.entries.length + (lang() === 'ja' ? '' : ' ') + t('people'))));
		const list = el('ul', 'group-members');
		for (const e of group.entries) {
			const item = el('li');
			const label = el('label');
			const check = el('input');
			check.type = 'checkbox';
			check.checked = !typed.off[e.id];
			check.dataset.escalation = e.id;
			check.addEventListener('change', () => { typed.off[e.id] = !check.checked; });
			label.append(check, ' ', el('span', 'who', (e.customerName || e.customerId || t('anonymous')) + (e.company ? ' ／ ' + e.company : '')),
				' ', el('span', 'question', e.lastQuestion ? '「' + e.lastQuestion + '」' : ''));
			item.append(label);
			list.append(item);
		}
		const answer = el('textarea', 'group-answer');
		answer.maxLength = 2000;
		answer.placeholder = t('answer');
		answer.setAttribute('aria-label', t('answer'));
		answer.value = typed.answer;
		answer.addEventListener('input', () => { typed.answer = answer.value; });
		const note = el('input', 'group-note');
		note.maxLength = 500;
		note.placeholder = t('note');
		note.setAttribute('aria-label', t('note'));
		note.value = typed.note;
		note.addEventListener('input', () => { typed.note = note.value; });
		const send = el('button', 'group-send', t('send'));
		send.type = 'button';
		send.addEventListener('click', () => sendAnswer(group, box, send));
		box.append(list, answer, note, send);
		return box;
	}

	async function sendAnswer(group, box, button) {
		const typed = state.typed[group.key];
		const ids = [...box.querySelectorAll('input[type=checkbox]')].filter((c) => c.checked).map((c) => c.dataset.escalation);
		if (!ids.length) { notice(() => t('chooseSome')); return; }
		button.disabled = true;
		button.textContent = t('sending');
		const { status, json } = await api('POST', '/api/agent/groups/answer',
			{ escalationIds: ids, answer: typed.answer, note: typed.note || undefined, reason: reason(group) });
		button.disabled = false;
		button.textContent = t('send');
		if (status === 200) {
			delete state.typed[group.key];
			state.result = { sent: json, title: group.articleTitle || (json.questions[0] || ''), draft: null, members: group.entries };
		}
		else if (status === 409) {
			state.result = { sent: { id: null, answered: [], leftOut: json.leftOut || [], questions: [] }, title: '', draft: null, members: group.entries };
			notice(json.message || String(status));
		}
		else {
			notice(json.message || String(status));
			return;
		}
		if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
		state.seen = null; // show the result even if the groups did not change
		await reload();
	}

	// ---- what was sent, and the FAQ draft ----

	function renderResult(result) {
		const box = el('section', 'group-result');
		box.id = 'group-result';
		const sent = result.sent;
		box.append(el('p', 'group-sent', sent.answered.length + ' ' + t('sent')));
		if (sent.leftOut.length) {
			box.append(el('h3', null, t('leftOut')));
			const list = el('ul', 'group-left-out');
			for (const left of sent.leftOut) {
				// the customer as the group showed them, not the escalation's id
				const member = (result.members || []).find((e) => e.id === left.id);
				const who = member ? (member.customerName || member.customerId || t('anonymous')) + (member.company ? ' ／ ' + member.company : '') : left.id;
				const item = el('li', null, who + ': ' + t(left.reason) + (left.claimedBy ? paren(left.claimedBy) : ''));
				item.dataset.escalation = left.id;
				item.dataset.reason = left.reason;
				list.append(item);
			}
			box.append(list);
		}
		if (!sent.id) return box;
		if (sent.questions.length) {
			box.append(el('h3', null, t('questions')));
			const list = el('ul');
			for (const q of sent.questions) list.append(el('li', null, q));
			box.append(list);
		}
		const title = el('input');
		title.id = 'draft-title';
		title.maxLength = 200;
		title.value = result.title;
		title.setAttribute('aria-label', t('draftTitle'));
		title.placeholder = t('draftTitle');
		title.addEventListener('input', () => { result.title = title.value; });
		const save = el('button', null, t('draft'));
		save.type = 'button';
		save.id = 'draft-save';
		save.addEventListener('click', () => saveDraft(result));
		box.append(el('label', null, t('draftTitle')), title, save, el('p', 'meta', t('draftHint')));
		if (result.draft) {
			const done = el('p', 'group-drafted', t('drafted') + ': ' + result.draft.file);
			done.id = 'draft-file';
			box.append(done);
		}
		return box;
	}

	async function saveDraft(result) {
		const { status, json } = await api('POST', '/api/agent/group-answers/' + encodeURIComponent(result.sent.id) + '/draft', { title: result.title });
		if (status === 201) {
			result.draft = json;
			notice(() => t('drafted') + ': ' + json.file);
		}
		else notice(json.message || String(status));
		if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
		render();
	}

	async function start() {
		const { status, json } = await api('GET', '/api/agent/me');
		if (status !== 200 || !json.roles.includes('LOW_TOUCH_CSM')) return;
		state.me = json;
		render();
		await reload();
		// console.js re-renders its queue list after every live update and (re)connect: re-read then
		const queues = document.getElementById('queues');
		new MutationObserver(reloadSoon).observe(queues, { childList: true });
		document.getElementById('lang-switch').addEventListener('click', () => setTimeout(render, 0));
		document.addEventListener('focusout', (e) => {
			const next = e.relatedTarget;
			if (next && next.closest && next.closest('#groups')) return; // still working in here
			setTimeout(() => { if (state.pending && !busy()) render(); }, 0);
		});
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
