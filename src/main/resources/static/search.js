'use strict';
// Customer text is only ever set with textContent; the only HTML inserted comes from the server, which
// sanitised it (article HTML) or escaped it (snippets with <mark>).
(function () {
	const messages = {
		ja: { heading: 'ヘルプセンター', demo: 'デモページ', label: '知りたいことを入力してください', placeholder: '例：請求書をダウンロードしたい',
			submit: '検索', toggle: 'English', empty: '質問を入力してください。', none: '該当する記事が見つかりませんでした。言い換えて検索してみてください。',
			truncated: '質問が長すぎるため、先頭の部分だけで検索しました。', count: (n) => `${n} 件の記事が見つかりました。`,
			error: '検索できませんでした。しばらくしてからもう一度お試しください。', answer: '回答を表示' },
		en: { heading: 'Help center', demo: 'Demo page', label: 'What do you need help with?', placeholder: 'e.g. download an invoice',
			submit: 'Search', toggle: '日本語', empty: 'Please type a question.', none: 'No article matched. Try other words.',
			truncated: 'Your question was too long; only its beginning was searched.', count: (n) => `${n} article(s) found.`,
			error: 'Search failed. Please try again shortly.', answer: 'Show answer' }
	};
	let lang = localStorage.getItem('fureai.lang') === 'en' ? 'en' : 'ja';
	const $ = (id) => document.getElementById(id);
	const t = (key) => messages[lang][key];

	function applyLanguage() {
		document.documentElement.lang = lang;
		document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
		document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
		$('lang-toggle').textContent = t('toggle');
	}

	async function getJson(url) {
		const response = await fetch(url, { headers: { Accept: 'application/json' } });
		if (!response.ok) throw new Error(response.status);
		return response.json();
	}

	async function search(question) {
		$('suggestions').replaceChildren();
		const results = $('results');
		results.replaceChildren();
		if (!question.trim()) { $('status').textContent = t('empty'); return; }
		try {
			const result = await getJson('/api/search?k=5&q=' + encodeURIComponent(question));
			const notes = [];
			if (result.status === 'TRUNCATED') notes.push(t('truncated'));
			notes.push(result.hits.length ? t('count')(result.hits.length) : t('none'));
			$('status').textContent = notes.join(' ');
			for (const hit of result.hits) results.append(renderHit(hit));
		} catch (e) {
			$('status').textContent = t('error');
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
		summary.textContent = t('answer');
		const answer = document.createElement('div');
		answer.className = 'answer';
		answer.innerHTML = hit.html;
		details.append(summary, answer);
		li.append(h2, snippet, details);
		return li;
	}

	let suggestTimer;
	async function suggest(prefix) {
		const list = $('suggestions');
		if (!prefix.trim()) { list.replaceChildren(); return; }
		try {
			const suggestions = await getJson('/api/suggest?k=6&q=' + encodeURIComponent(prefix));
			list.replaceChildren(...suggestions.map((s) => {
				const li = document.createElement('li');
				li.setAttribute('role', 'option');
				li.textContent = s.text;
				li.addEventListener('click', () => { $('q').value = s.text; search(s.text); });
				return li;
			}));
		} catch (e) {
			list.replaceChildren();
		}
	}

	$('q').addEventListener('input', (e) => {
		clearTimeout(suggestTimer);
		suggestTimer = setTimeout(() => suggest(e.target.value), 120);
	});
	$('search-form').addEventListener('submit', (e) => { e.preventDefault(); search($('q').value); });
	$('lang-toggle').addEventListener('click', () => {
		lang = lang === 'ja' ? 'en' : 'ja';
		localStorage.setItem('fureai.lang', lang);
		applyLanguage();
	});
	applyLanguage();
})();
