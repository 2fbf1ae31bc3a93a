'use strict';
// The demo page plays the host application: with the demo profile, /demo/token signs a customer JWT
// for one of three demo customers and the page hands it to the widget. Without the profile the
// endpoint does not exist and the sign-in bar stays hidden.
(function () {
	const bar = document.getElementById('demo-signin');
	const status = document.getElementById('demo-signin-status');
	const user = document.getElementById('demo-user');
	const names = { '': 'ゲスト', tech: 'デモ顧客（テックタッチ）', low: 'デモ顧客（ロータッチ）', high: 'デモ顧客（ハイタッチ）' };

	async function token(tier) {
		const response = await fetch('/demo/token?tier=' + encodeURIComponent(tier), { headers: { Accept: 'application/json' } });
		if (!response.ok) throw new Error(String(response.status));
		return (await response.json()).token;
	}

	async function signIn(tier, button) {
		try {
			const jwt = tier ? await token(tier) : null;
			if (window.FureaiWidget) window.FureaiWidget.setToken(jwt);
			bar.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
			user.textContent = names[tier];
			status.textContent = tier ? `${names[tier]}としてサインインしました。` : '匿名の訪問者です。';
			sessionStorage.setItem('demo.tier', tier);
		} catch (e) {
			status.textContent = 'サインインできませんでした。';
		}
	}

	bar.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => signIn(b.dataset.tier, b)));
	token('tech').then(() => {
		bar.hidden = false;
		const tier = sessionStorage.getItem('demo.tier'); // a reload keeps the demo customer
		if (tier && Object.hasOwn(names, tier)) signIn(tier, bar.querySelector(`button[data-tier="${tier}"]`));
	}, () => { /* no demo profile: the bar stays hidden */ });
})();
