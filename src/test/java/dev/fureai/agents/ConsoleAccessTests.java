package dev.fureai.agents;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

import dev.fureai.routing.Escalation;
import dev.fureai.routing.Routing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach the console, its API and the admin API for agents: anonymous visitors, a
 * customer's token, a wrong password, the wrong role, a missing CSRF token. Deny by
 * default.
 */
@AgentsServerTest
class ConsoleAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	Routing routing;

	@Autowired
	PlatformTransactionManager transactions;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousVisitorsAreSentToTheLoginPageOrRefused() throws Exception {
		AgentBrowser anonymous = new AgentBrowser(this.port);
		HttpResponse<String> console = anonymous.get("/console");
		assertThat(console.statusCode()).isEqualTo(302);
		assertThat(console.headers().firstValue("Location")).get().asString().endsWith("/login");
		assertThat(anonymous.get("/console.html").statusCode()).isEqualTo(302);
		assertThat(anonymous.get("/api/agent/queues").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/api/agent/me").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/ws/agent").statusCode()).isEqualTo(401);
		assertThat(anonymous.post("/api/agent/queues/LOW_TOUCH/next", "").statusCode()).isEqualTo(403);
		assertThat(anonymous.get("/actuator/env").statusCode()).isEqualTo(403);
	}

	@Test
	void agentsAreTheOnlySourceOfUsers(@Autowired UserDetailsService users) {
		// no generated in-memory user (and no "Using generated security password")
		assertThat(users).isInstanceOf(AgentUsers.class);
	}

	@Test
	void theLoginPageIsJapaneseWithAnEnglishSwitch() throws Exception {
		AgentBrowser anonymous = new AgentBrowser(this.port);
		HttpResponse<String> ja = anonymous.get("/login");
		assertThat(ja.statusCode()).isEqualTo(200);
		assertThat(ja.body()).contains("lang=\"ja\"", "担当者ログイン", "パスワード", "name=\"_csrf\"", "?lang=en");
		assertThat(anonymous.get("/login?lang=en").body()).contains("lang=\"en\"", "Agent sign-in");
		assertThat(anonymous.get("/login?error").body()).contains("IDまたはパスワードが違います");
	}

	@Test
	void aWrongPasswordOrUnknownAgentDoesNotSignIn() throws Exception {
		assertThat(new AgentBrowser(this.port).signIn("csm-sato", "guess")).endsWith("/login?error");
		assertThat(new AgentBrowser(this.port).signIn("nobody", "sato-pass")).endsWith("/login?error");
		assertThat(new AgentBrowser(this.port).signIn("csm-sato", "sato-pass")).endsWith("/console");
	}

	@Test
	void aWrongPasswordOnTheEnglishPageComesBackInEnglishWithTheIdKept() throws Exception {
		AgentBrowser agent = new AgentBrowser(this.port);
		assertThat(agent.signIn("/login?lang=en", "csm-sato", "guess")).endsWith("/login?error&lang=en");
		HttpResponse<String> again = agent.get("/login?error&lang=en");
		assertThat(again.body()).contains("lang=\"en\"", "Wrong id or password.", "value=\"csm-sato\"")
			.doesNotContain("IDまたはパスワードが違います");
		// offered once, right after the failure
		assertThat(agent.get("/login?lang=en").body()).doesNotContain("csm-sato");

		// Japanese stays Japanese; the id typed is shown as text, never as markup
		AgentBrowser japanese = new AgentBrowser(this.port);
		assertThat(japanese.signIn("\"><script>x</script>", "guess")).endsWith("/login?error");
		assertThat(japanese.get("/login?error").body()).contains("IDまたはパスワードが違います")
			.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
			.doesNotContain("<script>");
		// and the English page still signs in, on to the English console
		assertThat(agent.signIn("/login?lang=en", "csm-sato", "sato-pass")).endsWith("/console?lang=en");
	}

	@Test
	void signingOutFromTheEnglishConsoleComesBackInEnglish() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		assertThat(sato.signIn("csm-sato", "sato-pass")).endsWith("/console");
		String csrf = AgentBrowser.json(sato.get("/api/agent/me")).path("csrf").path("token").asString();
		HttpResponse<String> out = sato.postForm("/logout", "_csrf=" + AgentBrowser.enc(csrf) + "&lang=en");
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).get().asString().endsWith("/login?logout&lang=en");
		assertThat(sato.get("/login?logout&lang=en").body()).contains("You are signed out.");
		assertThat(sato.get("/api/agent/me").statusCode()).isEqualTo(401);

		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		String token = AgentBrowser.json(suzuki.get("/api/agent/me")).path("csrf").path("token").asString();
		assertThat(suzuki.postForm("/logout", "_csrf=" + AgentBrowser.enc(token)).headers().firstValue("Location"))
			.get()
			.asString()
			.endsWith("/login?logout");
	}

	@Test
	void aCustomersTokenOpensNothingOfTheAgents() throws Exception {
		String token = customerToken("demo-high");
		for (String path : new String[] { "/api/agent/queues", "/api/agent/me", "/ws/agent" }) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(401);
		}
	}

	@Test
	void anAdminWithoutACsmRoleHasNoConsole() throws Exception {
		AgentBrowser boss = new AgentBrowser(this.port);
		assertThat(boss.signIn("boss", "boss-pass")).endsWith("/console");
		HttpResponse<String> console = boss.get("/console");
		assertThat(console.statusCode()).isEqualTo(403);
		// a page that says why, in both languages, not the container's English error page
		assertThat(console.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(console.body()).contains("担当者コンソールを使えません", "No console access", "「boss」", "action=\"/logout\"")
			.doesNotContain("Whitelabel");
		assertThat(boss.get("/console.html").body()).contains("担当者コンソールを使えません");
		assertThat(boss.get("/api/agent/queues").statusCode()).isEqualTo(403);
		assertThat(boss.get("/api/agent/queues").body()).doesNotContain("担当者コンソールを使えません");
		// the way out works
		HttpResponse<String> out = boss.postForm("/logout", "_csrf=" + AgentBrowser.enc(AgentBrowser.csrfOf(console)));
		assertThat(out.headers().firstValue("Location")).get().asString().endsWith("/login?logout");
		assertThat(boss.get("/console").statusCode()).isEqualTo(302);
	}

	@Test
	void aLowTouchCsmCannotOpenOrTakeAHighTouchEscalation() throws Exception {
		Escalation high = Escalate.askForPerson(this.routing, this.transactions, "demo-high");
		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		assertThat(AgentBrowser.json(suzuki.get("/api/agent/me")).path("queues").toString())
			.isEqualTo("[\"own\",\"LOW_TOUCH\"]");
		assertThat(suzuki.get("/api/agent/queues").body()).doesNotContain(high.id());
		assertThat(suzuki.get("/api/agent/escalations/" + high.id()).statusCode()).isEqualTo(403);
		assertThat(suzuki.post("/api/agent/escalations/" + high.id() + "/claim", "").statusCode()).isEqualTo(403);
		assertThat(suzuki.post("/api/agent/queues/HIGH_TOUCH/next", "").statusCode()).isEqualTo(403);
		assertThat(suzuki.get("/api/agent/escalations/no-such-id").statusCode()).isEqualTo(404);
	}

	@Test
	void theHighTouchCsmOpensTakesAndResolvesWithANote() throws Exception {
		Escalation high = Escalate.askForPerson(this.routing, this.transactions, "demo-high");
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		assertThat(sato.get("/api/agent/queues").body()).contains(high.id(), "高橋製作所株式会社");
		HttpResponse<String> card = sato.get("/api/agent/escalations/" + high.id());
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(AgentBrowser.json(card).path("customer").path("name").asString()).isEqualTo("高橋 誠");
		assertThat(AgentBrowser.json(card).path("ltv").path("yen").asLong()).isEqualTo(12_600_000L);
		assertThat(AgentBrowser.json(card).path("tierNow").asString()).isEqualTo("HIGH_TOUCH");
		assertThat(sato.post("/api/agent/escalations/" + high.id() + "/claim", "").statusCode()).isEqualTo(200);
		assertThat(sato.post("/api/agent/escalations/" + high.id() + "/claim", "").statusCode()).isEqualTo(409);

		AgentBrowser suzuki = new AgentBrowser(this.port);
		suzuki.signIn("csm-suzuki", "suzuki-pass");
		assertThat(suzuki.post("/api/agent/escalations/" + high.id() + "/resolve", "{\"note\":\"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(sato.post("/api/agent/escalations/" + high.id() + "/resolve", "{}").statusCode()).isEqualTo(400);
		// an empty note is said to be required, a long one its limit
		for (String empty : List.of("{}", "{\"note\":\"  \"}", "{\"note\":7}")) {
			assertThat(AgentBrowser.json(sato.post("/api/agent/escalations/" + high.id() + "/resolve", empty))
				.path("message")
				.asString()).as(empty).isEqualTo("対応メモを入力してください (a note is required)");
		}
		HttpResponse<String> tooLong = sato.post("/api/agent/escalations/" + high.id() + "/resolve",
				"{\"note\":\"" + "x".repeat(501) + "\"}");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(AgentBrowser.json(tooLong).path("message").asString())
			.isEqualTo("対応メモは500文字以内で入力してください (a note has at most 500 characters)");
		HttpResponse<String> resolved = sato.post("/api/agent/escalations/" + high.id() + "/resolve",
				"{\"note\":\"請求書の宛名変更を案内\"}");
		assertThat(resolved.statusCode()).isEqualTo(200);
		assertThat(AgentBrowser.json(resolved).path("status").asString()).isEqualTo("RESOLVED");
		assertThat(sato.get("/api/agent/escalations/" + high.id()).body()).contains("請求書の宛名変更を案内", "TAKEN_");
	}

	@Test
	void readingTheQueuesOftenKeepsNoDatabaseConnection() throws Exception {
		Escalate.askForPerson(this.routing, this.transactions, "demo-low");
		AgentBrowser both = new AgentBrowser(this.port);
		both.signIn("csm-both", "both-pass");
		// more reads than the connection pool has connections
		for (int i = 0; i < 25; i++) {
			assertThat(both.get("/api/agent/queues").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		AgentBrowser sato = new AgentBrowser(this.port);
		sato.signIn("csm-sato", "sato-pass");
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/agent/queues/HIGH_TOUCH/next"))
			.header("Cookie", sato.sessionCookie())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void theAdminManagesAgentsThroughTheAdminApi() throws Exception {
		String body = "{\"name\":\"山本 翔\",\"password\":\"long-enough-pass\",\"roles\":[\"LOW_TOUCH_CSM\"]}";
		assertThat(put("/api/admin/agents/csm-yamamoto", body, "csm-sato", "sato-pass").statusCode()).isEqualTo(403);
		assertThat(put("/api/admin/agents/csm-yamamoto", body, null, null).statusCode()).isEqualTo(401);
		assertThat(put("/api/admin/agents/csm-short", "{\"password\":\"short\",\"roles\":[\"LOW_TOUCH_CSM\"]}",
				"root-admin", "root-secret")
			.statusCode()).isEqualTo(400);
		assertThat(put("/api/admin/agents/bad%20id", body, "root-admin", "root-secret").statusCode()).isEqualTo(400);
		// an unknown role or a broken body is said in words, not a bare 400
		for (String broken : List.of("{\"name\":\"x\",\"roles\":[\"NOPE\"]}", "{bad")) {
			HttpResponse<String> refused = put("/api/admin/agents/csm-x", broken, "root-admin", "root-secret");
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("本文を読めません", "HIGH_TOUCH_CSM, LOW_TOUCH_CSM, ADMIN")
				.doesNotContain("timestamp");
		}
		HttpResponse<String> created = put("/api/admin/agents/csm-yamamoto", body, "root-admin", "root-secret");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("山本 翔", "LOW_TOUCH_CSM").doesNotContain("long-enough-pass", "bcrypt");
		assertThat(new AgentBrowser(this.port).signIn("csm-yamamoto", "long-enough-pass")).endsWith("/console");
		// an agent with the admin role in the database is an admin of the admin API too
		HttpResponse<String> list = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/admin/agents"))
				.header("Authorization", basic("boss", "boss-pass"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("csm-yamamoto", "csm-sato");
		// disabled: no more sign-in
		put("/api/admin/agents/csm-yamamoto", "{\"roles\":[\"LOW_TOUCH_CSM\"],\"enabled\":false}", "root-admin",
				"root-secret");
		assertThat(new AgentBrowser(this.port).signIn("csm-yamamoto", "long-enough-pass")).endsWith("/login?error");
	}

	private HttpResponse<String> put(String path, String json, String user, String password) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (user != null) {
			request.header("Authorization", basic(user, password));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String customerToken(String subject) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
				new JWTClaimsSet.Builder().subject(subject)
					.expirationTime(java.util.Date.from(Instant.now().plusSeconds(600)))
					.build());
		jwt.sign(new MACSigner(AgentsServerTest.JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

}
