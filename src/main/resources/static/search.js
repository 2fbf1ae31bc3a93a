'use strict';
// Customer text is only ever set with textContent; the only HTML inserted comes from the server, which
// sanitised it (article HTML) or escaped it (snippets with <mark>).
(function () {
	const messages = {
		ja: { title: 'ヘルプセンター検索 — Fureai', heading: 'ヘルプセンター', demo: 'デモページ', label: '知りたいことを入力してください',
			placeholder: '例：請求書をダウンロードしたい', suggestions: '候補', submit: '検索', toggle: 'English',
			empty: '質問を入力してください。', none: '該当する記事が見つかりませんでした。言い換えて検索してみてください。',
			truncated: '質問が長すぎるため、先頭の部分だけで検索しました。', count: (n) => `${n} 件の記事が見つかりました。`,
			error: '検索できませんでした。しばらくしてからもう一度お試しください。', answer: '回答を表示' },
		en: { title: 'Help center search — Fureai', heading: 'Help center', demo: 'Demo page', label: 'What do you need help with?',
			placeholder: 'e.g. download an invoice', suggestions: 'Suggestions', submit: 'Search', toggle: '日本語',
			empty: 'Please type a question.', none: 'No article matched. Try other words.',
			truncated: 'Your question was too long; only its beginning was searched.', count: (n) => `${n} article(s) found.`,
			error: 'Search failed. Please try again shortly.', answer: 'Show answer' }
	};
	let lang = localStorage.getItem('fureai.lang') === 'en' ? 'en' : 'ja';
	const $ = (id) => document.getElementById(id);
	const t = (key) => messages[lang][key];
	const input = $('q');
	const list = $('suggestions');

	// The status line is kept as what it says, not as text, so that the language switch can say it again.
	let status = [];
	function setStatus(parts) {
		status = parts;
		$('status').textContent = status.map(([key, ...args]) => (args.length ? t(key)(...args) : t(key))).join(' ');
	}

	function applyLanguage() {
		document.documentElement.lang = lang;
		document.title = t('title');
		document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
		document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
		document.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
		// the button names the other language in that language
		$('lang-toggle').lang = lang === 'ja' ? 'en' : 'ja';
		setStatus(status);
	}

	async function getJson(url, signal) {
		const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
		if (!response.ok) throw new Error(response.status);
		return response.json();
	}

	// Suggestions: a combobox (input) controlling a listbox. Every request has a generation; closing the
	// list (search, Esc, blur, empty input) starts a new one, so an answer that arrives late is dropped.
	let suggestTimer;
	let suggestGeneration = 0;
	let suggestAbort;
	let active = -1;

	function options() {
		return Array.from(list.children);
	}

	function closeSuggestions() {
		clearTimeout(suggestTimer);
		suggestGeneration++;
		if (suggestAbort) suggestAbort.abort();
		suggestAbort = null;
		list.replaceChildren();
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		setActive(-1);
	}

	function setActive(index) {
		active = index;
		options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		if (index >= 0) {
			input.setAttribute('aria-activedescendant', options()[index].id);
			options()[index].scrollIntoView({ block: 'nearest' });
		}
		else {
			input.removeAttribute('aria-activedescendant');
		}
	}

	function choose(text) {
		input.value = text;
		search(text);
	}

	// The question is in the address (?q=…), so a search can be shared, bookmarked and reloaded, and
	// the back button returns to the previous one. The address never holds anything but the question.
	function questionInAddress() {
		return new URLSearchParams(location.search).get('q') || '';
	}

	function remember(question) {
		if (question === questionInAddress()) return;
		const url = new URL(location.href);
		if (question) url.searchParams.set('q', question);
		else url.searchParams.delete('q');
		history.pushState({ q: question }, '', url);
	}

	function showAddressedSearch() {
		const question = questionInAddress();
		input.value = question;
		if (question.trim()) search(question, false); // already in the address (a link, a reload, back)
		else { closeSuggestions(); searchGeneration++; $('results').replaceChildren(); setStatus([]); }
	}

	async function suggest(prefix) {
		if (!prefix.trim()) { closeSuggestions(); return; }
		if (suggestAbort) suggestAbort.abort();
		const generation = ++suggestGeneration;
		const abort = new AbortController();
		suggestAbort = abort;
		let suggestions;
		try {
			suggestions = await getJson('/api/suggest?k=6&q=' + encodeURIComponent(prefix), abort.signal);
		} catch (e) {
			suggestions = [];
		}
		if (generation !== suggestGeneration || document.activeElement !== input) return; // stale
		if (!suggestions.length) { closeSuggestions(); return; }
		list.replaceChildren(...suggestions.map((s, i) => {
			const li = document.createElement('li');
			li.id = 'suggestion-' + i;
			li.setAttribute('role', 'option');
			li.setAttribute('aria-selected', 'false');
			li.textContent = s.text;
			// keep the focus in the input, so that its blur does not close the list before the click
			li.addEventListener('mousedown', (e) => e.preventDefault());
			li.addEventListener('click', () => choose(s.text));
			return li;
		}));
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
		setActive(-1);
	}

	let searchGeneration = 0;
	async function search(question, intoAddress = true) {
		closeSuggestions();
		if (intoAddress) remember(question.trim() ? question : '');
		const generation = ++searchGeneration;
		const results = $('results');
		results.replaceChildren();
		if (!question.trim()) { setStatus([['empty']]); return; }
		try {
			const result = await getJson('/api/search?k=5&q=' + encodeURIComponent(question));
			if (generation !== searchGeneration) return; // a newer search was submitted meanwhile
			const notes = [];
			if (result.status === 'TRUNCATED') notes.push(['truncated']);
			notes.push(result.hits.length ? ['count', result.hits.length] : ['none']);
			setStatus(notes);
			for (const hit of result.hits) results.append(renderHit(hit));
		} catch (e) {
			if (generation === searchGeneration) setStatus([['error']]);
		}
	}

	function articleHref(hit) {
		return '/articles/' + encodeURIComponent(hit.articleId) + (hit.anchor ? '#' + encodeURIComponent(hit.anchor) : '');
	}

	function renderHit(hit) {
		const li = document.createElement('li');
		const h2 = document.createElement('h2');
		const link = document.createElement('a');
		link.href = articleHref(hit);
		link.textContent = hit.sectionHeading ? `${hit.title} — ${hit.sectionHeading}` : hit.title;
		h2.append(link);
		const snippet = document.createElement('p');
		snippet.className = 'snippet';
		snippet.innerHTML = hit.snippet;
		const details = document.createElement('details');
		const summary = document.createElement('summary');
		summary.dataset.i18n = 'answer';
		summary.textContent = t('answer');
		const answer = document.createElement('div');
		answer.className = 'answer';
		answer.innerHTML = hit.html;
		details.append(summary, answer);
		li.append(h2, snippet, details);
		return li;
	}

	input.addEventListener('input', () => {
		clearTimeout(suggestTimer);
		suggestTimer = setTimeout(() => suggest(input.value), 120);
	});
	input.addEventListener('keydown', (e) => {
		if (e.isComposing || e.keyCode === 229) return; // the keys belong to the input method (kana-kanji conversion)
		const count = options().length;
		if (e.key === 'ArrowDown' && count) {
			e.preventDefault();
			setActive((active + 1) % count);
		}
		else if (e.key === 'ArrowUp' && count) {
			e.preventDefault();
			setActive(active <= 0 ? count - 1 : active - 1);
		}
		else if (e.key === 'Enter' && active >= 0) {
			e.preventDefault();
			choose(options()[active].textContent);
		}
		else if (e.key === 'Escape' && !list.hidden) {
			e.preventDefault(); // close the list, do not also clear the search field
			closeSuggestions();
		}
	});
	input.addEventListener('blur', closeSuggestions);
	$('search-form').addEventListener('submit', (e) => { e.preventDefault(); search(input.value); });
	$('lang-toggle').addEventListener('click', () => {
		lang = lang === 'ja' ? 'en' : 'ja';
		localStorage.setItem('fureai.lang', lang);
		applyLanguage();
	});
	window.addEventListener('popstate', showAddressedSearch);
	closeSuggestions();
	applyLanguage();
	showAddressedSearch();
})();
