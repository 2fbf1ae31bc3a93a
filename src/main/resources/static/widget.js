/*
 * Fureai chat widget: one script any site can embed (see docs/widget.md).
 *   <script src="https://help.example.com/widget.js" data-fureai-token="…" data-lang="ja" defer></script>
 *
 * Safety rule: the server's sanitised `html` of an answer is the ONLY HTML ever inserted. Everything
 * else — the customer's text, titles, error messages — is set with textContent, links with href
 * after checking the scheme.
 *
 * STOMP 1.2 is framed by hand (CONNECT, SUBSCRIBE, SEND, heart-beats; MESSAGE, ERROR, RECEIPT in):
 * the widget needs a handful of frames, and one self-contained file neither adds a second request nor
 * puts a STOMP library's globals into the host page.
 */
(function () {
	'use strict';
	if (window.FureaiWidget) return; // embedded twice: keep the first

	const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
	const ORIGIN = new URL(script ? script.src : location.href).origin;
	const WS_URL = ORIGIN.replace(/^http/, 'ws') + '/ws';
	const HEARTBEAT_MS = 10000;
	const MAX_LENGTH = 1000;

	const STRINGS = {
		ja: {
			title: 'サポート', launcher: '質問する', close: '閉じる', toggle: 'English', toggleLabel: 'Switch to English',
			placeholder: '質問を入力（例：領収書がほしい）', send: '送信', inputLabel: '質問',
			suggestions: '入力候補', person: '担当者と話す',
			welcome: 'こんにちは。ご質問を入力してください。ヘルプ記事からお答えします。',
			offline: 'オフラインです。再接続しています…', connecting: '接続しています…',
			tokenRefused: 'サインイン情報を確認できませんでした。ページを再読み込みしてください。',
			readMore: '記事全文を見る（新しいタブ）', related: '関連する記事',
			helpful: 'この回答で解決しましたか？', resolved: '解決した', unresolved: '解決しない',
			commentLabel: 'よろしければ、解決しなかった理由をお聞かせください（任意）', commentSend: '送信する',
			thanks: 'ご回答ありがとうございました。', thanksUnresolved: 'ご回答ありがとうございました。次の記事もご覧ください。',
			clarify: 'どの内容についてのご質問ですか？', chose: (t) => `「${t}」について`,
			noAnswer: 'ご質問に合う記事が見つかりませんでした。言葉を変えてもう一度お試しください。',
			closest: '近い内容の記事', alternatives: 'こちらの記事もご覧ください。', contact: 'サポートに問い合わせる',
			personIntro: 'ただいまチャットで担当者におつなぎできません。次の記事をご覧になるか、サポートまでお問い合わせください。',
			feedbackMine: (ok) => (ok ? '解決した' : '解決しない'),
			typing: '回答を準備しています…', you: 'あなた', bot: 'サポート', log: '会話',
			agentLabel: (n) => `${n}さん`, agentJoined: (n) => `${n}さんが対応しています`,
			agentTyping: (n) => `${n}さんが入力しています…`,
			agentLeft: { resolved: '担当者の対応が終了しました。ほかにご質問があれば入力してください。',
				handed_back: 'ここからは自動応答（ボット）がお答えします。', transferred: '別の担当者におつなぎします。順番にご対応します。' },
			errors: {
				too_long: `${MAX_LENGTH} 文字以内で入力してください。`, empty_question: '質問を入力してください。',
				rate_limited: '送信が多すぎます。少し待ってからもう一度お試しください。',
				internal: '処理できませんでした。もう一度お試しください。',
				conversation_not_found: 'この会話は見つかりませんでした。新しく質問してください。'
			},
			errorFallback: '送信できませんでした。',
			limit: `${MAX_LENGTH} 文字までです。それより後は入力されません。`,
			handover: {
				own_csm: '担当のカスタマーサクセスにおつなぎします。', high_touch_pool: '専任サポートチームの担当者におつなぎします。',
				low_touch_pool: 'サポートチームの担当者におつなぎします。'
			},
			selfServiceHeading: 'ほかの方法', guidesHeading: 'こちらの記事もご覧ください',
			position: '順番', positionValue: (n) => `${n} 番目`, wait: '待ち時間の目安', waitValue: (m) => `約${m}分`,
			expected: '回答の目安', closedNow: '営業時間外です。受付は完了しています。',
			linkTitle: (l) => l.title
		},
		en: {
			title: 'Support', launcher: 'Ask a question', close: 'Close', toggle: '日本語', toggleLabel: '日本語に切り替える',
			placeholder: 'Type your question (e.g. I need a receipt)', send: 'Send', inputLabel: 'Question',
			suggestions: 'Suggestions', person: 'Talk to a person',
			welcome: 'Hello! Type a question and I will answer from our help articles.',
			offline: 'You are offline. Reconnecting…', connecting: 'Connecting…',
			tokenRefused: 'Your sign-in could not be verified. Please reload the page.',
			readMore: 'Read the full article (new tab)', related: 'Related articles',
			helpful: 'Did this solve your problem?', resolved: 'Solved', unresolved: 'Not solved',
			commentLabel: 'If you like, tell us what was missing (optional)', commentSend: 'Send',
			thanks: 'Thank you for your feedback.', thanksUnresolved: 'Thank you. These articles may help.',
			clarify: 'Which of these do you mean?', chose: (t) => `About “${t}”`,
			noAnswer: 'No article matched your question. Please try other words.',
			closest: 'Articles that come close', alternatives: 'These articles may help.', contact: 'Contact support',
			personIntro: 'No one can take this chat right now. Please see these articles or contact support.',
			feedbackMine: (ok) => (ok ? 'Solved' : 'Not solved'),
			typing: 'Preparing an answer…', you: 'You', bot: 'Support', log: 'Conversation',
			agentLabel: (n) => n, agentJoined: (n) => `${n} is answering you`, agentTyping: (n) => `${n} is typing…`,
			agentLeft: { resolved: 'The support person has closed this request. Ask again any time.',
				handed_back: 'From here on the automatic assistant (bot) answers you.',
				transferred: 'We are passing you to another person. Please wait for your turn.' },
			errors: {
				too_long: `Please keep it under ${MAX_LENGTH} characters.`, empty_question: 'Please type a question.',
				rate_limited: 'Too many messages. Please wait a moment and try again.',
				internal: 'Something went wrong. Please try again.',
				conversation_not_found: 'This conversation was not found. Please ask a new question.'
			},
			errorFallback: 'Could not send.',
			limit: `Up to ${MAX_LENGTH} characters: anything after that is not taken.`,
			handover: {
				own_csm: 'We are passing you to your own customer success manager.',
				high_touch_pool: 'We are passing you to our dedicated support team.',
				low_touch_pool: 'We are passing you to our support team.'
			},
			selfServiceHeading: 'Other ways to get help', guidesHeading: 'These articles may help',
			position: 'Your place', positionValue: (n) => `No. ${n} in line`, wait: 'Estimated wait',
			waitValue: (m) => `about ${m} min`, expected: 'Expect an answer by',
			closedNow: 'We are outside business hours. Your request is received.',
			queueText: (q) => ({
				waiting: q.answeredBy === 'own_csm' ? 'Your customer success manager will answer you here.'
					: 'A person will answer you here in turn.',
				claimed: 'A person is handling your request now.',
				resolved: 'This request has been closed.', abandoned: 'This request has been closed.'
			})[q.status] || '',
			linkTitle: (l) => ({ community: 'Ask the user community', webinar: 'Join the next webinar',
				ticket: 'Email us (ticket)' })[l.kind] || l.title,
			serverText: (m) => ({
				self_service: 'For this request we offer these ways to get help instead of a person.',
				not_queued_retrying: 'We could not pass this to our team yet. We are retrying automatically and will tell you here.'
			})[m.outcome] || ''
		}
	};

	// localStorage can throw (private modes, sandboxed frames): the widget then works without memory
	const store = {
		get(key) { try { return localStorage.getItem('fureai.' + key); } catch (e) { return null; } },
		set(key, value) {
			try {
				if (value == null) localStorage.removeItem('fureai.' + key); else localStorage.setItem('fureai.' + key, value);
			} catch (e) { /* not stored */ }
		}
	};

	const state = {
		lang: pickLang(script && script.dataset.lang),
		token: (script && script.dataset.fureaiToken) || null,
		entries: [], // {from, message} in display order; re-rendered when the language changes
		seen: new Set(), // message ids already shown
		pending: new Map(), // id → customer message sent but not yet answered (re-sent after reconnecting)
		clarifyChoices: new Map(), // clarify id → its choices, to word a `choose` in the history
		chosen: new Map(), // clarify id → chosen address
		feedback: new Map(), // answer id → resolved
		queues: new Map(), // escalation id → the latest {queue, message} (escalated or queue_status)
		agent: null, // the name of the person answering now (agent_joined … agent_left), or null
		conversationId: null
	};

	function pickLang(wanted) {
		const lang = store.get('lang') || wanted || 'ja';
		return lang === 'en' ? 'en' : 'ja';
	}

	const t = (key) => STRINGS[state.lang][key];

	function newId() {
		if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
		const bytes = new Uint8Array(16);
		crypto.getRandomValues(bytes);
		return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	}

	// ---- DOM helpers: text only ----

	function el(tag, className, text) {
		const node = document.createElement(tag);
		if (className) node.className = className;
		if (text != null) node.textContent = text;
		return node;
	}

	function button(className, text, onClick) {
		const b = el('button', className, text);
		b.type = 'button';
		b.addEventListener('click', onClick);
		return b;
	}

	/** Only server paths ("/articles/…") and http(s)/mailto URLs become links. */
	function safeUrl(url) {
		if (typeof url !== 'string') return null;
		if (url.startsWith('/') && !url.startsWith('//')) return ORIGIN + url;
		try {
			const parsed = new URL(url);
			return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
		} catch (e) {
			return null;
		}
	}

	function link(url, text, newTab) {
		const href = safeUrl(url);
		if (!href) return el('span', null, text);
		const a = el('a', 'fw-link', text);
		a.href = href;
		if (newTab) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
		return a;
	}

	const guideTitle = (g) => (g.section ? `${g.title} — ${g.section}` : g.title);

	function guideList(guides, heading) {
		const box = el('div', 'fw-guides');
		if (!guides || !guides.length) return box;
		if (heading) box.append(el('p', 'fw-guides-heading', heading));
		const list = el('ul');
		for (const g of guides) {
			const li = el('li');
			li.append(link(g.link, guideTitle(g), true));
			list.append(li);
		}
		box.append(list);
		return box;
	}

	// ---- the widget's frame ----

	const ui = buildUi();

	function buildUi() {
		if (!document.querySelector('link[data-fureai-widget]')) {
			const css = document.createElement('link');
			css.rel = 'stylesheet';
			css.href = ORIGIN + '/widget.css';
			css.dataset.fureaiWidget = '';
			document.head.append(css);
		}
		const root = el('div', 'fureai-widget');
		const launcher = el('button', 'fw-launcher');
		launcher.type = 'button';
		launcher.setAttribute('aria-expanded', 'false');
		launcher.setAttribute('aria-controls', 'fw-panel');
		const launcherIcon = el('span', 'fw-launcher-icon', '?');
		launcherIcon.setAttribute('aria-hidden', 'true');
		const launcherText = el('span', 'fw-launcher-text');
		launcher.append(launcherIcon, launcherText);

		const panel = el('section', 'fw-panel');
		panel.id = 'fw-panel';
		panel.hidden = true;
		panel.setAttribute('role', 'dialog');
		panel.setAttribute('aria-labelledby', 'fw-title');

		const header = el('header', 'fw-header');
		const title = el('h2', 'fw-title');
		title.id = 'fw-title';
		const langButton = button('fw-lang', '', () => setLang(state.lang === 'ja' ? 'en' : 'ja'));
		const closeButton = button('fw-close', '×', () => close(true));
		header.append(title, langButton, closeButton);

		const status = el('p', 'fw-status');
		status.setAttribute('role', 'status');
		status.hidden = true;
		const agentBar = el('p', 'fw-agent-bar');
		agentBar.setAttribute('role', 'status');
		agentBar.hidden = true;

		const log = el('div', 'fw-log');
		log.setAttribute('role', 'log');
		log.setAttribute('aria-live', 'polite');
		log.tabIndex = 0;
		const welcome = el('p', 'fw-welcome');
		const messages = el('div', 'fw-messages');
		const typing = el('p', 'fw-typing');
		typing.hidden = true;
		const agentTyping = el('p', 'fw-typing fw-agent-typing');
		agentTyping.hidden = true;
		log.append(welcome, messages, typing, agentTyping);

		const footer = el('div', 'fw-footer');
		const personButton = button('fw-person', '', askForPerson);
		const form = el('form', 'fw-form');
		form.setAttribute('autocomplete', 'off');
		const input = el('input', 'fw-input');
		input.type = 'text';
		input.id = 'fw-input';
		input.maxLength = MAX_LENGTH;
		input.enterKeyHint = 'send';
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.setAttribute('aria-controls', 'fw-suggestions');
		const inputLabel = el('label', 'fw-visually-hidden');
		inputLabel.htmlFor = 'fw-input';
		const sendButton = el('button', 'fw-send');
		sendButton.type = 'submit';
		const suggestions = el('ul', 'fw-suggestions');
		suggestions.id = 'fw-suggestions';
		suggestions.setAttribute('role', 'listbox');
		suggestions.hidden = true;
		form.append(inputLabel, input, sendButton);
		// maxlength cuts a long paste without a word: say so while the field is full
		const limit = el('p', 'fw-limit');
		limit.id = 'fw-limit';
		limit.setAttribute('role', 'status');
		limit.hidden = true;
		input.setAttribute('aria-describedby', 'fw-limit');
		footer.append(suggestions, personButton, form, limit);

		panel.append(header, status, agentBar, log, footer);
		root.append(launcher, panel);
		(document.body || document.documentElement).append(root);
		return { root, launcher, launcherText, panel, title, langButton, closeButton, status, agentBar, log, welcome,
			messages, typing, agentTyping, personButton, form, input, inputLabel, sendButton, suggestions, limit };
	}

	function applyLanguage() {
		ui.root.lang = state.lang;
		ui.launcherText.textContent = t('launcher');
		ui.title.textContent = (script && script.dataset.title) || t('title');
		ui.langButton.textContent = t('toggle');
		ui.langButton.setAttribute('aria-label', t('toggleLabel'));
		ui.langButton.lang = state.lang === 'ja' ? 'en' : 'ja';
		ui.closeButton.setAttribute('aria-label', t('close'));
		ui.log.setAttribute('aria-label', t('log'));
		ui.welcome.textContent = t('welcome');
		ui.typing.textContent = t('typing');
		ui.personButton.textContent = t('person');
		ui.input.placeholder = t('placeholder');
		ui.inputLabel.textContent = t('inputLabel');
		ui.sendButton.textContent = t('send');
		ui.suggestions.setAttribute('aria-label', t('suggestions'));
		ui.limit.textContent = t('limit');
		showStatus(connection.status);
		rerender();
	}

	function setLang(lang) {
		state.lang = lang === 'en' ? 'en' : 'ja';
		store.set('lang', state.lang);
		applyLanguage();
	}

	function open(quietly) {
		ui.panel.hidden = false;
		ui.root.classList.add('fw-open');
		ui.launcher.setAttribute('aria-expanded', 'true');
		try { sessionStorage.setItem('fureai.open', '1'); } catch (e) { /* not remembered */ }
		connection.start();
		if (quietly !== true) ui.input.focus();
		scrollToEnd();
	}

	function close(returnFocus) {
		ui.panel.hidden = true;
		ui.root.classList.remove('fw-open');
		ui.launcher.setAttribute('aria-expanded', 'false');
		closeSuggestions();
		try { sessionStorage.removeItem('fureai.open'); } catch (e) { /* not remembered */ }
		if (returnFocus) ui.launcher.focus();
	}

	ui.launcher.addEventListener('click', () => (ui.panel.hidden ? open(false) : close(true)));
	ui.panel.addEventListener('keydown', (e) => {
		if (e.key === 'Escape' && !e.isComposing) {
			if (!ui.suggestions.hidden) closeSuggestions(); else close(true);
		}
	});

	// ---- messages ----

	function identityKey() {
		if (!state.token) return 'visitor';
		try {
			const payload = JSON.parse(atob(state.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
			return 'customer:' + payload.sub;
		} catch (e) {
			return 'customer';
		}
	}

	function rememberConversation(id) {
		if (!id || id === state.conversationId) return;
		state.conversationId = id;
		store.set('conversation.' + identityKey(), id);
	}

	let restoring = false;

	/** Adds one message to the conversation unless its id was shown already. */
	function accept(from, message) {
		if (!message || !message.id || state.seen.has(message.id)) return;
		state.seen.add(message.id);
		noteRelations(message);
		state.entries.push({ from, message });
		const node = render(from, message);
		if (node) ui.messages.append(node);
		refreshDecided();
		// a new answer is read from its top; everything else keeps the end of the conversation in view
		if (node && from === 'bot' && !restoring) ui.log.scrollTop = Math.max(0, node.offsetTop - 8);
	}

	function noteRelations(message) {
		if (message.type === 'clarify') state.clarifyChoices.set(message.id, message.choices || []);
		if (message.type === 'choose') state.chosen.set(message.clarifyId, message.choice);
		if (message.type === 'feedback') state.feedback.set(message.answerId, message.resolved);
		if (message.type === 'agent_joined') state.agent = message.agentName || '';
		if (message.type === 'agent_left') state.agent = null;
		if ((message.type === 'escalated' || message.type === 'queue_status') && message.queue && message.queue.escalationId) {
			state.queues.set(message.queue.escalationId, { queue: message.queue, message: message.message });
		}
	}

	function rerender() {
		ui.messages.replaceChildren(...state.entries.map((e) => render(e.from, e.message)).filter(Boolean));
		refreshDecided();
	}

	function render(from, message) {
		const node = from === 'customer' ? renderCustomer(message) : renderBot(message);
		if (node) node.dataset.id = message.id;
		return node;
	}

	function bubble(from, text) {
		const node = el('div', 'fw-msg ' + (from === 'customer' ? 'fw-msg-customer' : 'fw-msg-bot'));
		const who = el('span', 'fw-visually-hidden', (from === 'customer' ? t('you') : t('bot')) + ': ');
		node.append(who);
		if (text != null) node.append(el('p', 'fw-text', text));
		return node;
	}

	function renderCustomer(m) {
		switch (m.type) {
			case 'ask': return bubble('customer', m.text);
			case 'choose': {
				const choice = (state.clarifyChoices.get(m.clarifyId) || []).find((c) => c.address === m.choice);
				return bubble('customer', t('chose')(choice ? guideTitle(choice) : m.choice));
			}
			case 'feedback':
				return bubble('customer', t('feedbackMine')(m.resolved) + (m.comment ? `: ${m.comment}` : ''));
			case 'ask_for_person': return bubble('customer', m.text ? `${t('person')}: ${m.text}` : t('person'));
			default: return null;
		}
	}

	function renderBot(m) {
		switch (m.type) {
			case 'answer': return renderAnswer(m);
			case 'clarify': return renderClarify(m);
			case 'no_answer': {
				const node = bubble('bot', t('noAnswer'));
				node.append(guideList(m.closest, t('closest')), contactLink(m.contact));
				return node;
			}
			case 'alternatives': {
				const askedForPerson = state.entries.some((e) => e.message.id === m.replyTo && e.message.type === 'ask_for_person');
				const node = bubble('bot', askedForPerson ? t('personIntro') : t('alternatives'));
				node.append(guideList(m.guides), contactLink(m.contact));
				return node;
			}
			case 'escalated': return renderEscalated(m);
			case 'agent_message': return renderAgentMessage(m);
			case 'agent_joined': {
				const node = bubble('bot', t('agentJoined')(m.agentName || ''));
				node.classList.add('fw-msg-notice');
				return node;
			}
			case 'agent_left': {
				const node = bubble('bot', t('agentLeft')[m.reason] || t('agentLeft').resolved);
				node.classList.add('fw-msg-notice');
				return node;
			}
			case 'queue_status': {
				// a live update: the card of the escalation shows it; a bubble only when that card is not shown
				if (!m.queue) return null;
				const first = state.entries.find((e) => e.message.queue && e.message.queue.escalationId === m.queue.escalationId);
				if (first && first.message !== m) return null;
				const node = bubble('bot');
				node.classList.add('fw-escalated');
				node.append(queueCard(m.queue.escalationId));
				return node;
			}
			case 'error': {
				const errors = t('errors');
				const node = bubble('bot', errors[m.code] || m.message || t('errorFallback'));
				node.classList.add('fw-msg-error');
				return node;
			}
			default: return null; // resumed and ack change state only
		}
	}

	/** A person's message: their name, then plain text in which only this site's article paths become links. */
	function renderAgentMessage(m) {
		const node = el('div', 'fw-msg fw-msg-agent');
		node.append(el('p', 'fw-agent-name', t('agentLabel')(m.agentName || '')));
		const text = el('p', 'fw-text');
		for (const part of agentTextParts(m.text || '')) {
			text.append(part.article ? link(part.article, part.text, true) : document.createTextNode(part.text));
		}
		node.append(text);
		return node;
	}

	// "/articles/{id}" (optionally "#anchor"), alone or after this widget's own origin; not inside another URL
	const ARTICLE_LINK = /(^|[^A-Za-z0-9_.~:/%-])((?:https?:\/\/[^\s/]+)?\/articles\/[A-Za-z0-9][A-Za-z0-9._-]*(?:#[^\s<>"'`()（）「」、。]*)?)/g;

	function agentTextParts(text) {
		const parts = [];
		let last = 0;
		for (const match of text.matchAll(ARTICLE_LINK)) {
			const start = match.index + match[1].length;
			const candidate = match[2];
			const path = candidate.startsWith('/') ? candidate : sameOriginPath(candidate);
			if (path == null) continue;
			if (start > last) parts.push({ text: text.slice(last, start) });
			parts.push({ text: candidate, article: path });
			last = start + candidate.length;
		}
		if (last < text.length) parts.push({ text: text.slice(last) });
		return parts;
	}

	function sameOriginPath(url) {
		try {
			const parsed = new URL(url);
			return parsed.origin === ORIGIN ? parsed.pathname + parsed.hash : null;
		} catch (e) {
			return null;
		}
	}

	function renderEscalated(m) {
		// a pushed "queued" (after a retry) that arrives again, e.g. resent after a failure: the card shows it once
		if (!m.replyTo && m.queue) {
			const first = state.entries.find((e) => e.message.type === 'escalated' && e.message.queue && e.message.queue.escalationId === m.queue.escalationId);
			if (first && first.message !== m) return null;
		}
		const intro = m.queue ? t('handover')[m.queue.answeredBy] : (state.lang === 'ja' ? m.message : t('serverText')(m));
		const node = bubble('bot', intro || m.message);
		node.classList.add('fw-escalated');
		if (m.queue) node.append(queueCard(m.queue.escalationId));
		if (m.selfService && m.selfService.length) {
			const box = el('div', 'fw-guides fw-self-service');
			box.append(el('p', 'fw-guides-heading', t('selfServiceHeading')));
			const list = el('ul');
			for (const l of m.selfService) {
				const li = el('li');
				li.append(link(l.url, t('linkTitle')(l), true));
				list.append(li);
			}
			box.append(list);
			node.append(box);
		}
		node.append(guideList(m.guides, t('guidesHeading')));
		if (m.contact) node.append(contactLink(m.contact));
		return node;
	}

	/** Where the customer stands, always the latest known state of that escalation (updated in place). */
	function queueCard(escalationId) {
		const card = el('div', 'fw-queue');
		card.dataset.escalation = escalationId;
		card.setAttribute('role', 'status');
		fillQueueCard(card);
		return card;
	}

	function fillQueueCard(card) {
		const latest = state.queues.get(card.dataset.escalation);
		if (!latest) return;
		const q = latest.queue;
		const text = state.lang === 'ja' ? latest.message : t('queueText')(q, latest);
		const parts = [el('p', 'fw-queue-text', text)];
		card.dataset.status = q.status;
		if (q.status === 'waiting') {
			const facts = el('dl', 'fw-queue-facts');
			const fact = (name, value) => facts.append(el('dt', null, name), el('dd', null, value));
			fact(t('position'), t('positionValue')(q.position));
			if (q.openNow) fact(t('wait'), t('waitValue')(q.estimatedWaitMinutes));
			else if (q.expectedBy) fact(t('expected'), formatTime(q.expectedBy, q.zone));
			parts.push(facts);
			if (!q.openNow && state.lang !== 'ja') parts.push(el('p', 'fw-queue-note', t('closedNow')));
		}
		card.replaceChildren(...parts);
	}

	/**
	 * A time in the support team's zone (queue.zone), the one the server's sentence uses, so the
	 * card never says 9:00 beside a 00:00; with the zone's name when the customer's clock is elsewhere.
	 */
	function formatTime(iso, zone) {
		const when = new Date(iso);
		if (isNaN(when)) return '';
		const options = { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' };
		const locale = state.lang === 'ja' ? 'ja-JP' : 'en-US';
		try {
			if (zone) {
				const own = new Intl.DateTimeFormat().resolvedOptions().timeZone;
				const at = (timeZone) => new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: 'numeric', day: 'numeric' }).format(when);
				options.timeZone = zone;
				if (at(zone) !== at(own)) options.timeZoneName = 'short';
				return when.toLocaleString(locale, options);
			}
		} catch (e) { /* a zone this browser does not know: the customer's own clock */ }
		delete options.timeZone;
		delete options.timeZoneName;
		return when.toLocaleString(locale, options);
	}

	function contactLink(contact) {
		const p = el('p', 'fw-contact');
		if (safeUrl(contact)) p.append(link(contact, t('contact'), true));
		return p;
	}

	function renderAnswer(m) {
		const node = bubble('bot');
		node.classList.add('fw-answer');
		node.append(el('h3', 'fw-answer-title', m.title));
		if (m.section) node.append(el('p', 'fw-answer-section', m.section));
		const body = el('div', 'fw-html');
		body.innerHTML = m.html || ''; // the server's sanitised HTML: the only HTML the widget inserts
		for (const a of body.querySelectorAll('a[href]')) {
			const href = safeUrl(a.getAttribute('href'));
			if (href) { a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer'; } else a.removeAttribute('href');
		}
		for (const img of body.querySelectorAll('img[src]')) {
			const src = safeUrl(img.getAttribute('src'));
			if (src) img.src = src; else img.remove();
		}
		node.append(body);
		const more = el('p', 'fw-more');
		more.append(link(m.link, t('readMore'), true));
		node.append(more, guideList((m.related || []).slice(0, 3), t('related')));

		const feedback = el('div', 'fw-feedback');
		feedback.dataset.answer = m.id;
		node.append(feedback);
		return node;
	}

	function renderFeedback(box, answer) {
		const given = state.feedback.get(answer.id);
		if (given !== undefined) {
			box.replaceChildren(el('p', 'fw-thanks', given ? t('thanks') : t('thanksUnresolved')));
			return;
		}
		if (box.childElementCount) return; // the question is already showing (maybe with a comment open)
		const question = el('p', 'fw-feedback-question', t('helpful'));
		const yes = button('fw-chip', t('resolved'), () => sendFeedback(answer, true, null));
		const no = button('fw-chip', t('unresolved'), () => {
			yes.disabled = true;
			no.disabled = true;
			no.setAttribute('aria-pressed', 'true');
			box.append(commentForm(answer));
			box.querySelector('textarea').focus();
		});
		box.replaceChildren(question, yes, no);
	}

	function commentForm(answer) {
		const form = el('form', 'fw-comment');
		const id = 'fw-comment-' + answer.id;
		const label = el('label', null, t('commentLabel'));
		label.htmlFor = id;
		const text = el('textarea');
		text.id = id;
		text.rows = 2;
		text.maxLength = MAX_LENGTH;
		const submit = el('button', 'fw-chip fw-chip-primary', t('commentSend'));
		submit.type = 'submit';
		form.append(label, text, submit);
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			sendFeedback(answer, false, text.value.trim() || null);
		});
		return form;
	}

	function renderClarify(m) {
		const node = bubble('bot', t('clarify'));
		const choices = el('div', 'fw-choices');
		choices.dataset.clarify = m.id;
		for (const c of m.choices || []) {
			const b = button('fw-chip fw-choice', guideTitle(c), () => {
				if (state.chosen.has(m.id)) return;
				send({ type: 'choose', id: newId(), conversationId: m.conversationId, clarifyId: m.id, choice: c.address });
			});
			b.dataset.address = c.address;
			choices.append(b);
		}
		node.append(choices);
		return node;
	}

	/** Marks clarifies that were answered and answers that got feedback (also when both came from history). */
	function refreshDecided() {
		for (const box of ui.messages.querySelectorAll('.fw-choices')) {
			const chosen = state.chosen.get(box.dataset.clarify);
			for (const b of box.querySelectorAll('button')) {
				b.disabled = chosen !== undefined;
				b.setAttribute('aria-pressed', String(chosen === b.dataset.address));
			}
		}
		for (const card of ui.messages.querySelectorAll('.fw-queue')) fillQueueCard(card);
		for (const box of ui.messages.querySelectorAll('.fw-feedback')) {
			const entry = state.entries.find((e) => e.message.id === box.dataset.answer);
			if (entry) renderFeedback(box, entry.message);
		}
		ui.typing.hidden = state.pending.size === 0;
		ui.agentBar.hidden = state.agent == null;
		ui.agentBar.textContent = state.agent == null ? '' : t('agentJoined')(state.agent);
		ui.root.classList.toggle('fw-with-agent', state.agent != null);
		// asking again would only repeat the place already shown
		ui.personButton.hidden = state.agent != null
			|| [...state.queues.values()].some((latest) => latest.queue.status === 'waiting');
	}

	let agentTypingTimer = null;

	/** The person is typing: shown for a few seconds after each notice (never stored). */
	function agentTyping(m) {
		if (state.conversationId && m.conversationId !== state.conversationId) return;
		ui.agentTyping.textContent = t('agentTyping')(m.agentName || '');
		ui.agentTyping.hidden = false;
		clearTimeout(agentTypingTimer);
		agentTypingTimer = setTimeout(() => { ui.agentTyping.hidden = true; }, 4000);
	}

	let typingSentAt = 0;

	/** Tells the person answering that the customer types: at most one notice every 3 s. */
	function customerTyping() {
		if (state.agent == null || !state.conversationId || !connection.connected) return;
		if (Date.now() - typingSentAt < 3000) return;
		typingSentAt = Date.now();
		connection.sendChat({ type: 'typing', id: newId(), conversationId: state.conversationId });
	}

	function scrollToEnd() {
		ui.log.scrollTop = ui.log.scrollHeight;
	}

	// ---- customer actions ----

	function send(message) {
		if (!message.conversationId) message.conversationId = state.conversationId;
		if (message.conversationId == null) delete message.conversationId;
		state.pending.set(message.id, message);
		accept('customer', message);
		scrollToEnd();
		connection.start();
		connection.sendChat(message);
	}

	function ask(text) {
		const question = text.trim();
		if (!question) return;
		closeSuggestions();
		ui.input.value = '';
		ui.limit.hidden = true;
		send({ type: 'ask', id: newId(), text: question, lang: state.lang });
	}

	function askForPerson() {
		send({ type: 'ask_for_person', id: newId() });
	}

	function sendFeedback(answer, resolved, comment) {
		const message = { type: 'feedback', id: newId(), conversationId: answer.conversationId, answerId: answer.id, resolved };
		if (comment) message.comment = comment;
		send(message);
	}

	ui.form.addEventListener('submit', (e) => {
		e.preventDefault();
		const active = activeSuggestion();
		ask(active ? active.textContent : ui.input.value);
	});

	// ---- server messages ----

	function receive(message) {
		// live updates go to every tab of the customer: one showing another conversation ignores them
		if (message.type === 'agent_typing') { agentTyping(message); return; }
		if (!message.replyTo && ['queue_status', 'escalated', 'agent_message', 'agent_joined', 'agent_left'].includes(message.type)
			&& state.conversationId && message.conversationId !== state.conversationId) return;
		if (message.type === 'agent_message') ui.agentTyping.hidden = true;
		if (message.replyTo) state.pending.delete(message.replyTo);
		if (message.conversationId && message.type !== 'error') rememberConversation(message.conversationId);
		if (message.type === 'resumed') {
			resumed(message);
		}
		else if (message.type === 'error' && message.code === 'conversation_not_found' && message.replyTo === connection.resumeId) {
			// the stored conversation is gone or belongs to another identity: continue with the latest one
			store.set('conversation.' + identityKey(), null);
			state.conversationId = null;
			connection.resume(null);
		}
		else {
			accept('bot', message);
			// a resume refused otherwise: what waits is sent all the same, in no known conversation
			if (message.type === 'error' && message.replyTo === connection.resumeId && !connection.ready) sendPending();
		}
		refreshDecided();
	}

	function resumed(message) {
		if (message.visitorSecret && !state.token) store.set('visitor', message.visitorSecret);
		ui.log.setAttribute('aria-busy', 'true'); // the restored history is not read out message by message
		restoring = true;
		for (const entry of message.history || []) {
			if (entry.message && entry.message.replyTo) state.pending.delete(entry.message.replyTo);
			accept(entry.from, entry.message);
		}
		restoring = false;
		ui.log.removeAttribute('aria-busy');
		scrollToEnd();
		sendPending();
	}

	/**
	 * Once the resume is answered: what was sent but not answered before the connection dropped is sent
	 * again (the same id in the same conversation never gets two answers), and what was typed while the
	 * resume was on its way is sent now, in the conversation it resumed. Sent before that, a first question
	 * would have gone twice, the second time after the resume, and without a conversation each opened one
	 * of its own, answered each with its own clarify: the choices were shown twice.
	 */
	function sendPending() {
		connection.ready = true;
		for (const pending of state.pending.values()) {
			if (!pending.conversationId && state.conversationId) pending.conversationId = state.conversationId;
			connection.sendChat(pending);
		}
	}

	// ---- connection: STOMP 1.2 over WebSocket, reconnecting with exponential backoff and jitter ----

	const connection = {
		// ready: the resume of this connection is answered; until then only the resume goes out
		socket: null, connected: false, ready: false, wanted: false, attempt: 0, timer: null, beat: null, watchdog: null,
		lastSeen: 0, resumeId: null, status: null, refused: false,

		start() {
			if (this.wanted || this.refused) return;
			this.wanted = true;
			this.open();
		},

		stop() {
			this.wanted = false;
			clearTimeout(this.timer);
			if (this.socket) this.socket.close();
			this.cleanup();
		},

		open() {
			clearTimeout(this.timer);
			if (!this.wanted || (this.socket && this.socket.readyState <= 1)) return;
			if (!this.status) showStatus('connecting');
			let socket;
			try {
				socket = new WebSocket(WS_URL);
			} catch (e) {
				this.retry();
				return;
			}
			this.socket = socket;
			socket.onopen = () => {
				const headers = { 'accept-version': '1.2', host: location.hostname, 'heart-beat': `${HEARTBEAT_MS},${HEARTBEAT_MS}` };
				const visitor = store.get('visitor');
				if (state.token) headers.Authorization = 'Bearer ' + state.token;
				else if (visitor) headers.visitor = visitor;
				this.write('CONNECT', headers);
			};
			socket.onmessage = (e) => this.frames(String(e.data));
			socket.onclose = () => {
				if (socket !== this.socket) return;
				this.cleanup();
				if (this.wanted) this.retry();
			};
		},

		retry() {
			showStatus(this.refused ? 'tokenRefused' : 'offline');
			if (this.refused) return;
			const base = Math.min(30000, 1000 * 2 ** this.attempt);
			this.attempt = Math.min(this.attempt + 1, 10);
			this.timer = setTimeout(() => this.open(), base / 2 + Math.random() * base / 2);
		},

		cleanup() {
			this.connected = false;
			this.ready = false;
			this.socket = null;
			clearInterval(this.beat);
			clearInterval(this.watchdog);
		},

		frames(data) {
			this.lastSeen = Date.now();
			for (const raw of data.split('\0')) {
				const frame = raw.replace(/^[\r\n]+/, ''); // leading EOLs are heart-beats
				if (frame) this.frame(parseFrame(frame));
			}
		},

		frame(f) {
			if (f.command === 'CONNECTED') {
				this.connected = true;
				this.attempt = 0;
				showStatus(null);
				this.heartbeats(f.headers['heart-beat']);
				this.write('SUBSCRIBE', { id: 'chat', destination: '/user/queue/chat' });
				this.resume(state.conversationId || store.get('conversation.' + identityKey()));
			}
			else if (f.command === 'MESSAGE') {
				try { receive(JSON.parse(f.body)); } catch (e) { /* not a chat message */ }
			}
			else if (f.command === 'ERROR') {
				// a refused token stays refused: retrying would only repeat the refusal
				if (/token|Bearer/i.test(f.headers.message || '')) this.refused = true;
			}
		},

		resume(conversationId) {
			this.resumeId = newId();
			const message = { type: 'resume', id: this.resumeId };
			if (conversationId) message.conversationId = conversationId;
			this.sendChat(message);
		},

		heartbeats(header) {
			const [serverSends, serverWants] = (header || '0,0').split(',').map(Number);
			if (serverWants > 0) {
				const every = Math.max(HEARTBEAT_MS, serverWants);
				this.beat = setInterval(() => this.socket && this.socket.readyState === 1 && this.socket.send('\n'), every);
			}
			if (serverSends > 0) {
				// a server that stays silent for too long is gone even if the socket has not noticed
				const limit = Math.max(HEARTBEAT_MS, serverSends) * 2.5;
				this.watchdog = setInterval(() => {
					if (Date.now() - this.lastSeen > limit && this.socket) this.socket.close();
				}, limit / 2);
			}
		},

		sendChat(message) {
			if (!this.connected || (!this.ready && message.type !== 'resume')) return false; // sent once the resume is answered
			this.write('SEND', { destination: '/app/chat.' + message.type, 'content-type': 'application/json' }, JSON.stringify(message));
			return true;
		},

		write(command, headers, body) {
			const lines = [command];
			for (const [name, value] of Object.entries(headers)) lines.push(`${name}:${command === 'CONNECT' ? value : escapeHeader(value)}`);
			this.socket.send(lines.join('\n') + '\n\n' + (body || '') + '\0');
		}
	};

	function escapeHeader(value) {
		return String(value).replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/:/g, '\\c');
	}

	function unescapeHeader(value) {
		return value.replace(/\\(.)/g, (m, c) => ({ r: '\r', n: '\n', c: ':', '\\': '\\' })[c] || m);
	}

	function parseFrame(text) {
		const end = text.indexOf('\n\n');
		const head = (end < 0 ? text : text.slice(0, end)).split(/\r?\n/);
		const headers = {};
		for (const line of head.slice(1)) {
			const colon = line.indexOf(':');
			const name = line.slice(0, colon);
			if (colon > 0 && !(name in headers)) headers[name] = unescapeHeader(line.slice(colon + 1)); // the first one wins
		}
		return { command: head[0], headers, body: end < 0 ? '' : text.slice(end + 2) };
	}

	function showStatus(key) {
		connection.status = key;
		ui.status.hidden = !key;
		ui.status.textContent = key ? t(key) : '';
		ui.root.classList.toggle('fw-offline', key === 'offline' || key === 'tokenRefused');
	}

	window.addEventListener('online', () => { if (connection.wanted && !connection.connected) { connection.attempt = 0; connection.open(); } });
	window.addEventListener('offline', () => { if (connection.socket) connection.socket.close(); });

	// ---- autocomplete from /api/suggest (not while an IME is composing) ----

	const suggest = { timer: null, abort: null, composing: false, active: -1 };

	function activeSuggestion() {
		return suggest.active >= 0 && !ui.suggestions.hidden ? ui.suggestions.children[suggest.active] : null;
	}

	function closeSuggestions() {
		if (suggest.abort) suggest.abort.abort();
		clearTimeout(suggest.timer);
		ui.suggestions.hidden = true;
		ui.suggestions.replaceChildren();
		ui.input.setAttribute('aria-expanded', 'false');
		ui.input.removeAttribute('aria-activedescendant');
		suggest.active = -1;
	}

	function requestSuggestions() {
		clearTimeout(suggest.timer);
		const prefix = ui.input.value;
		if (!prefix.trim()) { closeSuggestions(); return; }
		suggest.timer = setTimeout(async () => {
			if (suggest.abort) suggest.abort.abort();
			suggest.abort = new AbortController();
			try {
				const response = await fetch(`${ORIGIN}/api/suggest?k=5&q=${encodeURIComponent(prefix)}`,
					{ signal: suggest.abort.signal, headers: { Accept: 'application/json' } });
				if (!response.ok) throw new Error(String(response.status));
				showSuggestions(await response.json());
			} catch (e) {
				if (e.name !== 'AbortError') closeSuggestions();
			}
		}, 150);
	}

	function showSuggestions(items) {
		const options = items.filter((s) => s && s.text).map((s, i) => {
			const li = el('li', 'fw-suggestion', s.text);
			li.id = 'fw-suggestion-' + i;
			li.setAttribute('role', 'option');
			li.setAttribute('aria-selected', 'false');
			li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus (and the keyboard on phones) in the input
			li.addEventListener('click', () => ask(s.text));
			return li;
		});
		ui.suggestions.replaceChildren(...options);
		suggest.active = -1;
		ui.suggestions.hidden = options.length === 0;
		ui.input.setAttribute('aria-expanded', String(options.length > 0));
	}

	function moveActive(step) {
		const count = ui.suggestions.children.length;
		if (!count || ui.suggestions.hidden) return false;
		suggest.active = suggest.active + step < -1 ? count - 1 : suggest.active + step >= count ? -1 : suggest.active + step;
		Array.from(ui.suggestions.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === suggest.active)));
		if (suggest.active >= 0) ui.input.setAttribute('aria-activedescendant', 'fw-suggestion-' + suggest.active);
		else ui.input.removeAttribute('aria-activedescendant');
		return true;
	}

	ui.input.addEventListener('compositionstart', () => { suggest.composing = true; clearTimeout(suggest.timer); });
	ui.input.addEventListener('compositionend', () => { suggest.composing = false; if (state.agent == null) requestSuggestions(); });
	ui.input.addEventListener('input', () => {
		ui.limit.hidden = ui.input.value.length < MAX_LENGTH;
		customerTyping();
		// while a person answers, the article suggestions would only get in the way
		if (!suggest.composing && state.agent == null) requestSuggestions();
	});
	ui.input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== ui.input) closeSuggestions(); }, 150));
	ui.input.addEventListener('keydown', (e) => {
		if (e.isComposing || suggest.composing || e.keyCode === 229) {
			if (e.key === 'Enter') e.preventDefault(); // this Enter confirms the IME conversion: it must not send
			return;
		}
		if (e.key === 'ArrowDown' && moveActive(1)) e.preventDefault();
		else if (e.key === 'ArrowUp' && moveActive(-1)) e.preventDefault();
	});

	// ---- public hooks for the host page ----

	function setToken(jwt) {
		const token = jwt || null;
		if (token === state.token) return;
		connection.stop();
		connection.refused = false;
		state.token = token;
		state.entries = [];
		state.seen.clear();
		state.pending.clear();
		state.clarifyChoices.clear();
		state.chosen.clear();
		state.feedback.clear();
		state.queues.clear();
		state.agent = null;
		state.conversationId = null;
		rerender();
		showStatus(null);
		if (!ui.panel.hidden) connection.start();
	}

	window.FureaiWidget = { setToken, open, close: () => close(false), setLang };

	applyLanguage();
	let reopen = false;
	try { reopen = sessionStorage.getItem('fureai.open') === '1'; } catch (e) { /* stays closed */ }
	if (reopen) open(true); // after a reload: show the conversation without taking the focus from the page
})();
