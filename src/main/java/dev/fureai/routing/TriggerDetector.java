package dev.fureai.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.fureai.content.ContentSnapshot;

/**
 * Finds the triggers in what the customer wrote, as configured. Pure: the content
 * snapshot (for the writers' lists) is handed in.
 */
final class TriggerDetector {

	private final RoutingProperties.Triggers settings;

	private final WritersPhrases churnRisk;

	private final WritersPhrases askForPerson;

	private final PhraseAnalyzer analyzer;

	TriggerDetector(RoutingProperties.Triggers settings, PhraseAnalyzer analyzer) {
		this.settings = settings;
		this.analyzer = analyzer;
		this.churnRisk = new WritersPhrases(analyzer, settings.churnRiskFile());
		this.askForPerson = new WritersPhrases(analyzer, settings.askForPersonFile());
	}

	/**
	 * What the text says, and the churn-risk phrase it matched (for the team's record).
	 */
	record Found(Set<EscalationTrigger> triggers, Optional<String> churnPhrase) {

		static final Found NOTHING = new Found(Set.of(), Optional.empty());

	}

	Found inText(String text, Optional<ContentSnapshot> content) {
		if (text == null || text.isBlank()) {
			return Found.NOTHING;
		}
		if (!this.settings.churnRisk() && !this.settings.askForPerson()) {
			return Found.NOTHING;
		}
		// analysed once for both lists: Kuromoji is most of a check's cost, and every
		// question of every customer is checked
		List<PhraseAnalyzer.Word> words = this.analyzer.words(text);
		Set<EscalationTrigger> triggers = EnumSet.noneOf(EscalationTrigger.class);
		Optional<String> churn = Optional.empty();
		if (this.settings.churnRisk()) {
			churn = this.churnRisk.in(content).match(words);
			churn.ifPresent((phrase) -> triggers.add(EscalationTrigger.CHURN_RISK));
		}
		if (this.settings.askForPerson() && this.askForPerson.in(content).match(words).isPresent()) {
			triggers.add(EscalationTrigger.ASKED_FOR_PERSON);
		}
		return new Found(Set.copyOf(triggers), churn);
	}

	boolean askingForPersonAllowed() {
		return this.settings.askForPerson();
	}

	/** Whether this many failures in a row escalate. */
	boolean failuresEscalate(int inARow) {
		return this.settings.failuresInARow() > 0 && inARow >= this.settings.failuresInARow();
	}

}
