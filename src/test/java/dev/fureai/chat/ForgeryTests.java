package dev.fureai.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged identities against the running server over STOMP, with both an HS256 secret and
 * an RS256 public key configured (so that algorithm confusion has something to confuse):
 * 1,000 forged, expired, re-signed and tampered tokens are all refused at CONNECT, and
 * guessed or foreign conversation ids, sent by other visitors and customers with every
 * message type, read and change nothing of the owner's conversation, and no tier changes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:forgery;DB_CLOSE_DELAY=-1", "fureai.content.watch=false",
				"fureai.identity.jwt-secret=" + Tokens.SECRET, "fureai.customers.import=classpath:demo/customers.csv",
				"fureai.customers.known-agents=csm-sato,csm-suzuki",
				// attempts are counted, not throttled; the rate limit has its own test
				"fureai.chat.messages-per-minute=100000" })
class ForgeryTests {

	private static final KeyPair HOST_KEYS = Tokens.rsaKeys();

	private static final KeyPair ATTACKER_KEYS = Tokens.rsaKeys();

	private static final List<String> SUBJECTS = List.of("demo-high", "demo-partner", "demo-low", "demo-tech", "admin",
			"csm-sato", "demo-high ", "DEMO-HIGH", "*", "' or '1'='1");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) {
		registry.add("fureai.identity.jwt-public-key", () -> Tokens.pem(HOST_KEYS));
	}

	@Test
	void aThousandForgedExpiredResignedAndTamperedTokensAreAllRefused() throws Exception {
		// the harness can see an accepted token: the host's real ones connect
		assertThat(connect(bearer(Tokens.hs256("demo-high", Instant.now().plusSeconds(600))))).startsWith("CONNECTED");
		assertThat(connect(bearer(Tokens.rs256("demo-high", Instant.now().plusSeconds(600), HOST_KEYS))))
			.startsWith("CONNECTED");
		Map<String, String> tiers = tiers();
		long tierChanges = tierChanges();

		Map<String, String> forged = forgedTokens();
		assertThat(forged).hasSizeGreaterThanOrEqualTo(1000);
		Map<String, String> accepted = new LinkedHashMap<>();
		Map<String, String> unexplained = new LinkedHashMap<>();
		Map<String, Integer> reasons = new java.util.TreeMap<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			Map<String, Future<String>> replies = new LinkedHashMap<>();
			forged.forEach((token, kind) -> replies.put(token, pool.submit(() -> connect(bearer(token)))));
			for (Map.Entry<String, Future<String>> reply : replies.entrySet()) {
				String frame = reply.getValue().get(60, TimeUnit.SECONDS);
				String kind = forged.get(reply.getKey());
				if (!frame.startsWith("ERROR")) {
					accepted.put(kind, frame);
				}
				else if (!frame.contains("message:invalid token\\c ")) {
					// STOMP 1.2 escapes the colon in header values as \c
					unexplained.put(kind, frame);
				}
				else {
					reasons.merge(frame.replaceAll("(?s).*message:invalid token\\\\c ([^—\n]*).*", "$1").strip(), 1,
							Integer::sum);
				}
			}
		}
		System.out.println("forgery: " + forged.size() + " tokens, refused by reason " + reasons);
		assertThat(accepted).as("forged tokens accepted").isEmpty();
		assertThat(unexplained).as("refusals without a reason").isEmpty();
		assertThat(tiers()).isEqualTo(tiers);
		assertThat(tierChanges()).isEqualTo(tierChanges);
	}

	@Test
	void guessedAndForeignConversationIdsReadAndChangeNothing() throws Exception {
		String secretText = "秘密の質問 " + UUID.randomUUID() + " 領収書の宛名";
		String visitorSecret = VisitorSecrets.issue();
		try (StompTestClient owner = StompTestClient.connect(this.port,
				Map.of("Authorization", bearer(Tokens.hs256("demo-high", Instant.now().plusSeconds(600)))));
				StompTestClient visitor = StompTestClient.connect(this.port,
						Map.of(StompGate.VISITOR_HEADER, visitorSecret))) {
			owner.send(new ClientMessage.Ask("own-1", null, secretText));
			ServerMessage ownerAnswer = owner.next();
			String ownerConversation = ownerAnswer.conversationId();
			visitor.send(new ClientMessage.Ask("vis-1", null, secretText));
			String visitorConversation = visitor.next().conversationId();
			assertThat(ownerConversation).isNotNull().isNotEqualTo(visitorConversation);
			int ownerHistory = history(owner, ownerConversation);
			int visitorHistory = history(visitor, visitorConversation);
			Map<String, String> tiers = tiers();
			long tierChanges = tierChanges();
			long escalations = escalations();

			List<String> guesses = guesses(ownerConversation, visitorConversation, ownerAnswer.id());
			List<Map<String, String>> attackers = List.of(Map.of(),
					Map.of("Authorization", bearer(Tokens.hs256("demo-low", Instant.now().plusSeconds(600)))),
					Map.of(StompGate.VISITOR_HEADER, VisitorSecrets.hash(visitorSecret).substring(0, 43)),
					Map.of(StompGate.VISITOR_HEADER, neighbour(visitorSecret)));
			int attempts = 0;
			List<String> leaks = new ArrayList<>();
			for (Map<String, String> headers : attackers) {
				try (StompTestClient attacker = StompTestClient.connect(this.port, headers)) {
					for (int g = 0; g < guesses.size(); g++) {
						String guess = guesses.get(g);
						// typing notices over 30 a minute are dropped without a reply (by
						// design): only the first guesses are also tried as typing
						for (ClientMessage message : attempts(guess, ownerAnswer.id(), attempts, g < 25)) {
							attacker.send(message);
							attempts++;
							ServerMessage reply = attacker.next();
							String json = new ProtocolCodec().encode(reply);
							boolean refused = reply instanceof ServerMessage.Error error
									&& Set.of("conversation_not_found", "invalid_field").contains(error.code());
							if (!refused || json.contains(secretText) || json.contains(ownerConversation)
									|| json.contains(visitorConversation)) {
								leaks.add(headers.keySet() + " " + message + " → " + json);
							}
						}
					}
				}
			}
			System.out.println("forgery: " + attempts + " messages naming " + guesses.size()
					+ " guessed or foreign conversation ids, " + leaks.size() + " leaks");
			assertThat(attempts).isGreaterThanOrEqualTo(1000);
			assertThat(leaks).as("foreign conversations read, joined or answered").isEmpty();
			assertThat(history(owner, ownerConversation)).as("the owner's conversation is unchanged")
				.isEqualTo(ownerHistory);
			assertThat(history(visitor, visitorConversation)).isEqualTo(visitorHistory);
			assertThat(tiers()).isEqualTo(tiers);
			assertThat(tierChanges()).isEqualTo(tierChanges);
			assertThat(escalations()).isEqualTo(escalations);
		}
	}

	@Test
	void fieldsThatClaimAnIdentityChangeNoTier() throws Exception {
		try (StompTestClient visitor = StompTestClient.connect(this.port, Map.of())) {
			visitor.send("ask_for_person", """
					{"type": "ask_for_person", "id": "p-1", "customerId": "demo-high", "sub": "demo-high",
					 "tier": "high_touch", "user": "customer:demo-high", "text": "担当者と話したい"}""");
			ServerMessage.Escalated escalated = visitor.next(ServerMessage.Escalated.class);
			assertThat(escalated.tier()).isEqualTo("tech_touch");
			assertThat(escalated.outcome()).isEqualTo("self_service");
		}
	}

	/** Every forged token, mapped to what kind of forgery it is. */
	private static Map<String, String> forgedTokens() {
		Map<String, BiFunction<String, Integer, String>> kinds = new LinkedHashMap<>();
		Instant later = Instant.now().plusSeconds(3600);
		kinds.put("HS256 with a wrong secret",
				(sub, i) -> hs(JWSAlgorithm.HS256, claims(sub, later), "wrong-secret-" + i + "-padding-to-32-bytes!!"));
		kinds.put("HS256 with a near miss of the secret",
				(sub, i) -> hs(JWSAlgorithm.HS256, claims(sub, later), nearMiss(Tokens.SECRET, i)));
		kinds.put("alg none", (sub, i) -> unsigned(List.of("none", "None", "NONE", "nOnE").get(i % 4), sub, ""));
		kinds.put("alg none with a real signature",
				(sub, i) -> unsigned("none", sub, signature(Tokens.hs256(sub, later.plusSeconds(i)))));
		kinds.put("unsigned JWT", (sub, i) -> new PlainJWT(claims(sub, later.plusSeconds(i))).serialize());
		kinds.put("HS256 signed with the RS256 public key (PEM)",
				(sub, i) -> hs(JWSAlgorithm.HS256, claims(sub, later.plusSeconds(i)), Tokens.pem(HOST_KEYS)));
		kinds.put("HS256 signed with the RS256 public key (DER)", (sub, i) -> hsBytes(JWSAlgorithm.HS256,
				claims(sub, later.plusSeconds(i)), HOST_KEYS.getPublic().getEncoded()));
		kinds.put("RS256 with another key", (sub, i) -> Tokens.rs256(sub, later.plusSeconds(i), ATTACKER_KEYS));
		kinds.put("RS256 header with an HMAC signature",
				(sub, i) -> header("{\"alg\":\"RS256\"}", Tokens.hs256(sub, later.plusSeconds(i))));
		kinds.put("RS256 with the attacker's key embedded (jwk)",
				(sub, i) -> rsWithHeader(sub, later.plusSeconds(i),
						new JWSHeader.Builder(JWSAlgorithm.RS256)
							.jwk(new RSAKey.Builder((RSAPublicKey) ATTACKER_KEYS.getPublic()).build())
							.build()));
		kinds.put("RS256 with jku and kid pointing elsewhere",
				(sub, i) -> rsWithHeader(sub, later.plusSeconds(i),
						new JWSHeader.Builder(JWSAlgorithm.RS256).jwkURL(URI.create("https://evil.test/jwks.json"))
							.keyID("../../../dev/null")
							.type(JOSEObjectType.JWT)
							.build()));
		kinds.put("expired HS256", (sub, i) -> Tokens.hs256(sub, Instant.now().minusSeconds(120 + 37L * i)));
		kinds.put("expired RS256", (sub, i) -> Tokens.rs256(sub, Instant.now().minusSeconds(120 + 41L * i), HOST_KEYS));
		kinds.put("not valid yet (nbf)", (sub, i) -> hs(JWSAlgorithm.HS256,
				new JWTClaimsSet.Builder(claims(sub, later)).notBeforeTime(Date.from(later.minusSeconds(i))).build(),
				Tokens.SECRET));
		kinds.put("sub changed, signature kept", (sub, i) -> payload(Tokens.hs256("demo-tech", later.plusSeconds(i)),
				"{\"sub\":\"" + sub + "\",\"exp\":" + later.getEpochSecond() + "}"));
		kinds.put("exp extended, signature kept",
				(sub, i) -> payload(Tokens.hs256(sub, Instant.now().minusSeconds(600 + i)),
						"{\"sub\":\"" + sub + "\",\"exp\":" + later.getEpochSecond() + "}"));
		kinds.put("alg changed to HS384, signature kept",
				(sub, i) -> header("{\"alg\":\"HS384\"}", Tokens.hs256(sub, later.plusSeconds(i))));
		kinds.put("signature character changed", (sub, i) -> flipSignature(Tokens.hs256(sub, later.plusSeconds(i)), i));
		kinds.put("signature cut short", (sub, i) -> {
			String token = Tokens.hs256(sub, later.plusSeconds(i));
			return token.substring(0, token.length() - 1 - (i % 20));
		});
		kinds.put("signature removed", (sub, i) -> {
			String token = Tokens.hs256(sub, later.plusSeconds(i));
			return token.substring(0, token.lastIndexOf('.') + 1);
		});
		kinds.put("signature of another token", (sub, i) -> {
			String token = Tokens.hs256(sub, later.plusSeconds(i));
			return token.substring(0, token.lastIndexOf('.') + 1) + signature(Tokens.hs256("demo-tech", later));
		});
		kinds.put("HS512 with the right secret",
				(sub, i) -> hmac("HS512", "HmacSHA512", claims(sub, later.plusSeconds(i)), Tokens.SECRET));
		kinds.put("HS384 with the right secret",
				(sub, i) -> hmac("HS384", "HmacSHA384", claims(sub, later.plusSeconds(i)), Tokens.SECRET));
		kinds.put("unknown critical header, right secret",
				(sub, i) -> hsHeader(new JWSHeader.Builder(JWSAlgorithm.HS256).criticalParams(Set.of("x-fureai"))
					.customParam("x-fureai", i)
					.build(), claims(sub, later), Tokens.SECRET));
		kinds.put("ES256 header, random signature", (sub, i) -> b64("{\"alg\":\"ES256\"}") + "."
				+ b64(claims(sub, later).toString()) + "." + b64(UUID.randomUUID().toString()));
		kinds.put("no sub, right secret", (sub, i) -> Tokens.hs256(null, later.plusSeconds(i)));
		kinds.put("sub too long, right secret",
				(sub, i) -> Tokens.hs256(sub.repeat(1 + 201 / sub.length()) + i, later));
		kinds.put("sub not a string, right secret", (sub, i) -> hs(JWSAlgorithm.HS256,
				new JWTClaimsSet.Builder(claims(null, later)).claim("sub", List.of(sub, i)).build(), Tokens.SECRET));
		kinds.put("two tokens in one header",
				(sub, i) -> Tokens.hs256(sub, later.plusSeconds(i)) + " " + Tokens.hs256(sub, later));
		kinds.put("JWE-shaped garbage", (sub, i) -> b64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + "." + b64(sub)
				+ "." + b64("iv" + i) + "." + b64("ct") + "." + b64("tag"));
		kinds.put("JSON instead of a JWT", (sub, i) -> "{\"sub\":\"" + sub + "\",\"n\":" + i + "}");

		Map<String, String> tokens = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(kinds.keySet());
		for (int i = 0; tokens.size() < 1000; i++) {
			String kind = names.get(i % names.size());
			String subject = SUBJECTS.get((i / names.size()) % SUBJECTS.size());
			tokens.put(kinds.get(kind).apply(subject, i), kind);
		}
		return tokens;
	}

	private static List<String> guesses(String ownerConversation, String visitorConversation, String answerId) {
		Set<String> guesses = new LinkedHashSet<>(List.of(ownerConversation, visitorConversation,
				ownerConversation.toUpperCase(), " " + ownerConversation, ownerConversation + "0",
				ownerConversation.substring(0, 35), "00000000-0000-0000-0000-000000000000", answerId, "own-1", "vis-1",
				"1", "0", "-1", "null", "../" + ownerConversation, ownerConversation + "%00", "*", "%"));
		for (int i = 0; i < 16; i++) {
			guesses.add(ownerConversation.substring(0, 35) + Integer.toHexString(i));
			guesses.add(visitorConversation.substring(0, 35) + Integer.toHexString(i));
		}
		for (int i = 2; i < 30; i++) {
			guesses.add(Integer.toString(i));
		}
		while (guesses.size() < 90) {
			guesses.add(UUID.randomUUID().toString());
		}
		guesses.remove(null);
		return new ArrayList<>(guesses);
	}

	/** One message of each type that names the guessed conversation. */
	private static List<ClientMessage> attempts(String conversation, String answerId, int n, boolean typing) {
		List<ClientMessage> messages = new ArrayList<>();
		String id = "x-" + n;
		add(messages, () -> new ClientMessage.Resume(id + "r", conversation));
		add(messages, () -> new ClientMessage.Ask(id + "a", conversation, "領収書"));
		add(messages, () -> new ClientMessage.Choose(id + "c", conversation, answerId, "billing-receipt"));
		add(messages, () -> new ClientMessage.Feedback(id + "f", conversation, answerId, false, "まだ"));
		add(messages, () -> new ClientMessage.AskForPerson(id + "p", conversation, "担当者と話したい"));
		if (typing) {
			// typing has no reply of its own; a foreign conversation gets the same error
			add(messages, () -> new ClientMessage.Typing(id + "t", conversation));
		}
		return messages;
	}

	/**
	 * A message the server must refuse for its id form is still sent, as raw JSON: the
	 * record would refuse to exist.
	 */
	private static void add(List<ClientMessage> messages, java.util.function.Supplier<ClientMessage> message) {
		try {
			messages.add(message.get());
		}
		catch (ProtocolError invalid) {
			// invalid ids are refused by the client record already; covered by
			// ProtocolCodecTests
		}
	}

	private int history(StompTestClient client, String conversation) throws InterruptedException {
		client.send(new ClientMessage.Resume("h-" + UUID.randomUUID(), conversation));
		ServerMessage.Resumed resumed = client.next(ServerMessage.Resumed.class, conversation);
		return resumed.history().size();
	}

	private Map<String, String> tiers() {
		Map<String, String> tiers = new LinkedHashMap<>();
		this.jdbc.sql("select customer_id, tier from customer_tier order by customer_id").query((rs) -> {
			tiers.put(rs.getString(1), rs.getString(2));
		});
		return tiers;
	}

	private long tierChanges() {
		return this.jdbc.sql("select count(*) from customer_tier_change").query(Long.class).single();
	}

	private long escalations() {
		return this.jdbc.sql("select count(*) from escalation").query(Long.class).single();
	}

	/** A raw STOMP CONNECT: the first frame the server answers with, or how it closed. */
	private String connect(String authorization) throws Exception {
		CompletableFuture<String> first = new CompletableFuture<>();
		StringBuilder text = new StringBuilder();
		WebSocket socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(URI.create("ws://localhost:" + this.port + "/ws"), new WebSocket.Listener() {
				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					text.append(data);
					if (text.indexOf("\0") >= 0) {
						first.complete(text.toString());
					}
					webSocket.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
					first.complete("CLOSED " + statusCode + " " + text);
					return null;
				}

				@Override
				public void onError(WebSocket webSocket, Throwable error) {
					first.complete("FAILED " + error);
				}
			})
			.get(20, TimeUnit.SECONDS);
		try {
			socket
				.sendText("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:"
						+ stompEscape(authorization) + "\n\n\0", true)
				.get(20, TimeUnit.SECONDS);
			return first.get(20, TimeUnit.SECONDS);
		}
		finally {
			socket.abort();
		}
	}

	private static String stompEscape(String value) {
		return value.replace("\\", "\\\\").replace("\n", "\\n").replace(":", "\\c").replace("\r", "\\r");
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	private static JWTClaimsSet claims(String subject, Instant expiry) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().expirationTime(Date.from(expiry));
		return ((subject != null) ? claims.subject(subject) : claims).build();
	}

	private static String hs(JWSAlgorithm algorithm, JWTClaimsSet claims, String secret) {
		return hsBytes(algorithm, claims, secret.getBytes(StandardCharsets.UTF_8));
	}

	private static String hsBytes(JWSAlgorithm algorithm, JWTClaimsSet claims, byte[] secret) {
		return hsHeader(new JWSHeader(algorithm), claims, secret);
	}

	private static String hsHeader(JWSHeader header, JWTClaimsSet claims, String secret) {
		return hsHeader(header, claims, secret.getBytes(StandardCharsets.UTF_8));
	}

	private static String hsHeader(JWSHeader header, JWTClaimsSet claims, byte[] secret) {
		try {
			byte[] key = (secret.length >= 64) ? secret : java.util.Arrays.copyOf(secret, Math.max(secret.length, 32));
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new MACSigner(key));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Signed by hand: Nimbus refuses a secret shorter than the hash for HS384/HS512. */
	private static String hmac(String alg, String javaName, JWTClaimsSet claims, String secret) {
		try {
			String signingInput = b64("{\"alg\":\"" + alg + "\"}") + "." + b64(claims.toString());
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance(javaName);
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), javaName));
			return signingInput + "."
					+ Base64.getUrlEncoder()
						.withoutPadding()
						.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String rsWithHeader(String subject, Instant expiry, JWSHeader header) {
		try {
			SignedJWT jwt = new SignedJWT(header, claims(subject, expiry));
			jwt.sign(new RSASSASigner((RSAPrivateKey) ATTACKER_KEYS.getPrivate()));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unsigned(String alg, String subject, String signature) {
		return b64("{\"alg\":\"" + alg + "\"}") + "."
				+ b64("{\"sub\":\"" + subject + "\",\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}")
				+ "." + signature;
	}

	private static String header(String json, String token) {
		return b64(json) + token.substring(token.indexOf('.'));
	}

	private static String payload(String token, String json) {
		String[] parts = token.split("\\.");
		return parts[0] + "." + b64(json) + "." + parts[2];
	}

	private static String signature(String token) {
		return token.substring(token.lastIndexOf('.') + 1);
	}

	private static String flipSignature(String token, int i) {
		int start = token.lastIndexOf('.') + 1;
		// not the last character: its low bits may be padding that decodes the same
		int at = start + (i % (token.length() - start - 1));
		char replaced = (token.charAt(at) == 'A') ? 'B' : 'A';
		return token.substring(0, at) + replaced + token.substring(at + 1);
	}

	private static String nearMiss(String secret, int i) {
		return switch (i % 4) {
			case 0 -> secret + "x";
			case 1 -> secret.substring(0, secret.length() - 1);
			case 2 -> secret.toUpperCase();
			default -> secret.substring(1) + secret.charAt(0);
		};
	}

	/** A visitor secret that differs from the real one in one character. */
	private static String neighbour(String secret) {
		return ((secret.charAt(0) == 'A') ? "B" : "A") + secret.substring(1);
	}

	private static String b64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
