package dev.fureai.chat;

import java.util.List;
import java.util.UUID;

import dev.fureai.chat.ClientMessage.Ask;
import dev.fureai.chat.ClientMessage.AskForPerson;
import dev.fureai.chat.ClientMessage.Choose;
import dev.fureai.chat.ClientMessage.Feedback;
import dev.fureai.chat.ClientMessage.Resume;
import dev.fureai.chat.ServerMessage.Alternatives;
import dev.fureai.chat.ServerMessage.Answer;
import dev.fureai.chat.ServerMessage.Clarify;
import dev.fureai.chat.ServerMessage.Guide;
import dev.fureai.chat.ServerMessage.NoAnswer;
import dev.fureai.content.Articles;
import dev.fureai.content.Lang;
import dev.fureai.search.AnswerDecision;
import dev.fureai.search.Search;
import dev.fureai.search.SearchHit;
import dev.fureai.search.SearchResult;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What the bot says to each kind of customer message, in an already owned and stored
 * conversation. Never invents: every answer is an article section.
 */
@Component
class Replies {

	private static final int CANDIDATES = 8;

	private final Search search;

	private final Guides guides;

	private final Conversations conversations;

	private final ChatProperties properties;

	private final ProtocolCodec codec = new ProtocolCodec();

	Replies(Search search, Articles articles, Conversations conversations, ChatProperties properties) {
		this.search = search;
		this.guides = new Guides(articles);
		this.conversations = conversations;
		this.properties = properties;
	}

	List<ServerMessage> to(ClientMessage message, String conversation) {
		return switch (message) {
			case Ask ask -> List.of(answer(ask, conversation));
			case Choose choose -> List.of(chosen(choose, conversation));
			case Feedback feedback -> feedback(feedback, conversation);
			case AskForPerson person -> List.of(alternatives(person.id(), conversation, person.text()));
			case Resume resume -> throw new IllegalArgumentException("resume is answered by ChatBot");
			case ClientMessage.Typing typing -> throw new IllegalArgumentException("typing is never answered");
		};
	}

	private ServerMessage answer(Ask ask, String conversation) {
		SearchResult result = searchFor(ask);
		AnswerDecision decision = result.decision();
		return switch (decision.kind()) {
			case ANSWER -> {
				SearchHit hit = decision.choices().getFirst();
				List<SearchHit> others = result.hits().stream().filter((h) -> h != hit).toList();
				yield new Answer(newId(), conversation, ask.id(), hit.articleId(), hit.title(), hit.sectionHeading(),
						hit.html(), Guides.of(hit).link(),
						this.guides.related(hit.articleId(), others, this.properties.related()));
			}
			case CLARIFY -> new Clarify(newId(), conversation, ask.id(), guides(top(decision.choices())));
			case NO_ANSWER ->
				new NoAnswer(newId(), conversation, ask.id(), guides(top(result.hits())), this.properties.contact());
		};
	}

	private List<SearchHit> top(List<SearchHit> hits) {
		return hits.subList(0, Math.min(hits.size(), this.properties.choices()));
	}

	private ServerMessage chosen(Choose choose, String conversation) {
		Clarify clarify = this.conversations.find(conversation, choose.clarifyId())
			.filter((m) -> "clarify".equals(m.type()))
			.map((m) -> (Clarify) this.codec.decodeServer(m.body()))
			.orElseThrow(() -> new ProtocolError("unknown_clarify", "この選択肢は見つかりません (unknown clarifyId)"));
		Guide guide = clarify.choices()
			.stream()
			.filter((g) -> g.address().equals(choose.choice()))
			.findFirst()
			.orElseThrow(() -> new ProtocolError("unknown_choice", "選択肢にない回答です (choice not offered)"));
		return this.guides.article(guide.articleId())
			.flatMap((article) -> this.guides.section(guide.articleId(), guide.address())
				.map((section) -> (ServerMessage) new Answer(newId(), conversation, choose.id(), article.id(),
						article.title(), section.heading(), section.html(), guide.link(),
						this.guides.related(article.id(), List.of(), this.properties.related()))))
			// the article was removed since the choice was offered
			.orElseGet(() -> new NoAnswer(newId(), conversation, choose.id(), List.of(), this.properties.contact()));
	}

	private List<ServerMessage> feedback(Feedback feedback, String conversation) {
		Answer answer = this.conversations.find(conversation, feedback.answerId())
			.filter((m) -> "answer".equals(m.type()))
			.map((m) -> (Answer) this.codec.decodeServer(m.body()))
			.orElseThrow(() -> new ProtocolError("unknown_answer", "この回答は見つかりません (unknown answerId)"));
		ServerMessage ack = new ServerMessage.Ack(newId(), conversation, feedback.id());
		if (feedback.resolved()) {
			return List.of(ack);
		}
		return List.of(ack,
				new Alternatives(newId(), conversation, feedback.id(), answer.related(), this.properties.contact()));
	}

	/**
	 * Alternatives to a person, when routing did not decide anything (its trigger is
	 * switched off, or it failed): guides and the contact link.
	 */
	ServerMessage alternatives(String replyTo, String conversation, String text) {
		return new Alternatives(newId(), conversation, replyTo, guidesAbout(conversation, text),
				this.properties.contact());
	}

	/**
	 * The best guides for what the customer said, or else for their last question; none
	 * when the stored conversation cannot be read.
	 */
	List<Guide> guidesAbout(String conversation, String text) {
		String about = text;
		if (about == null || about.isBlank()) {
			try {
				about = this.conversations.lastOfType(conversation, "ask")
					.map((m) -> ((Ask) this.codec.decode(m.body())).text())
					.orElse(null);
			}
			catch (DataAccessException ex) {
				about = null;
			}
		}
		return (about == null) ? List.of() : guides(this.search.search(about, null, this.properties.choices()).hits());
	}

	/**
	 * Guides for a customer whose words asked for a person (担当者と話したい): those words say
	 * who should answer, not about what, and searched they find articles that happen to
	 * mention 担当者. The guides are about their last question before it; failing that,
	 * about the words only when the search answers them outright (担当者と話したい、請求書の宛名の件で).
	 */
	List<Guide> guidesForPersonRequest(String conversation, String text) {
		List<Guide> earlier = guidesAbout(conversation, null);
		if (!earlier.isEmpty() || text == null || text.isBlank()) {
			return earlier;
		}
		SearchResult result = this.search.search(text, null, this.properties.choices());
		return (result.decision().kind() == AnswerDecision.Kind.ANSWER) ? guides(result.hits()) : List.of();
	}

	/**
	 * Latin-only text from an English widget is searched in English first: its words are
	 * English ones, and Japanese articles that happen to contain them (a product name, a
	 * stray word) would otherwise compete. When English has nothing to offer, both
	 * languages, as for any Latin text (a help center with few English articles still
	 * finds "SAML" in a Japanese one).
	 */
	private SearchResult searchFor(Ask ask) {
		if ("en".equals(ask.lang()) && !Search.inJapaneseScript(ask.text())) {
			SearchResult english = this.search.search(ask.text(), Lang.EN, CANDIDATES);
			if (english.decision().kind() != AnswerDecision.Kind.NO_ANSWER) {
				return english;
			}
		}
		return this.search.search(ask.text(), null, CANDIDATES);
	}

	private static List<Guide> guides(List<SearchHit> hits) {
		return hits.stream().map(Guides::of).toList();
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
