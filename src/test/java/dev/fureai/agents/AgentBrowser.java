package dev.fureai.agents;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agent's browser over plain HTTP: signs in through the login form (session cookie and
 * CSRF token as a browser would), then calls the console API.
 */
final class AgentBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern LANG = Pattern.compile("name=\"lang\" value=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private final int port;

	private String csrfHeader;

	private String csrfToken;

	AgentBrowser(int port) {
		this.port = port;
	}

	/** Signs in; returns where the login form redirected to. */
	String signIn(String user, String password) throws Exception {
		return signIn("/login", user, password);
	}

	/**
	 * Signs in through the form of that login page ({@code /login?lang=en}), sending its
	 * hidden fields as a browser would.
	 */
	String signIn(String loginPage, String user, String password) throws Exception {
		HttpResponse<String> page = get(loginPage);
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on the login page");
		}
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
		Matcher lang = LANG.matcher(page.body());
		if (lang.find()) {
			form += "&lang=" + enc(lang.group(1));
		}
		HttpResponse<String> response = postForm("/login", form);
		String location = response.headers().firstValue("Location").orElse("");
		if (location.endsWith("/console")) {
			JsonNode me = json(get("/api/agent/me"));
			this.csrfHeader = me.path("csrf").path("header").asString();
			this.csrfToken = me.path("csrf").path("token").asString();
		}
		return location;
	}

	String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map((c) -> "JSESSIONID=" + c.getValue())
			.findFirst()
			.orElseThrow();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (this.csrfHeader != null && !this.csrfHeader.isEmpty()) {
			request.header(this.csrfHeader, this.csrfToken);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A form POST ({@code application/x-www-form-urlencoded}), as a page's form sends it.
	 */
	HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		return this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of a page's form. */
	static String csrfOf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on the page");
		}
		return token.group(1);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
