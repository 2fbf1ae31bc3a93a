package dev.fureai.agents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups waiting questions that are about the same thing, so that one low-touch CSM can
 * answer them at once. Two passes, both deterministic for a given queue order, and each
 * group says why:
 * <ol>
 * <li><b>same article</b>: questions for which the bot's search puts the same article
 * first (the one it answers with, or the first of the choices it offers);</li>
 * <li><b>similar questions</b>: of the rest, questions whose analysed words (Kuromoji
 * base forms) overlap: Jaccard ≥ the threshold with <em>every</em> member of the group
 * (complete linkage, so a group never chains from one topic to another). Each question
 * joins the first group, in queue order, that it fits.</li>
 * </ol>
 * A group has at least {@code minSize} and at most {@code maxSize} members (a larger set
 * is split in queue order); questions left alone are not grouped.
 */
final class QuestionGroups {

	private QuestionGroups() {
	}

	static List<Group> of(List<Candidate> inQueueOrder, double threshold, int minSize, int maxSize) {
		List<Group> groups = new ArrayList<>();
		Map<String, List<Candidate>> byArticle = new LinkedHashMap<>();
		for (Candidate c : inQueueOrder) {
			if (c.articleId() != null) {
				byArticle.computeIfAbsent(c.articleId(), (id) -> new ArrayList<>()).add(c);
			}
		}
		Set<String> grouped = new HashSet<>();
		for (List<Candidate> same : byArticle.values()) {
			for (List<Candidate> part : chunks(same, maxSize)) {
				if (part.size() >= minSize) {
					Candidate first = part.get(0);
					groups.add(new Group("article:" + first.articleId() + ":" + first.id(), Reason.SAME_ARTICLE,
							first.articleId(), first.articleTitle(), shared(part), minSimilarity(part), part));
					part.forEach((c) -> grouped.add(c.id()));
				}
			}
		}
		List<List<Candidate>> similar = new ArrayList<>();
		for (Candidate c : inQueueOrder) {
			if (grouped.contains(c.id()) || c.terms().isEmpty()) {
				continue;
			}
			List<Candidate> home = null;
			for (List<Candidate> group : similar) {
				if (group.size() < maxSize
						&& group.stream().allMatch((member) -> jaccard(member.terms(), c.terms()) >= threshold)) {
					home = group;
					break;
				}
			}
			if (home == null) {
				home = new ArrayList<>();
				similar.add(home);
			}
			home.add(c);
		}
		for (List<Candidate> group : similar) {
			if (group.size() >= minSize) {
				groups.add(new Group("similar:" + group.get(0).id(), Reason.SIMILAR_QUESTIONS, null, null,
						shared(group), minSimilarity(group), group));
			}
		}
		return groups;
	}

	/** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String term : a) {
			if (b.contains(term)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}

	private static List<List<Candidate>> chunks(List<Candidate> all, int size) {
		List<List<Candidate>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += size) {
			chunks.add(all.subList(i, Math.min(all.size(), i + size)));
		}
		return chunks;
	}

	/** The words every member's question has, sorted. */
	private static List<String> shared(List<Candidate> members) {
		Set<String> common = new TreeSet<>(members.get(0).terms());
		members.forEach((m) -> common.retainAll(m.terms()));
		return List.copyOf(common);
	}

	private static double minSimilarity(List<Candidate> members) {
		double min = 1;
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				min = Math.min(min, jaccard(members.get(i).terms(), members.get(j).terms()));
			}
		}
		return min;
	}

	/** Why questions are in one group. */
	enum Reason {

		/** The bot's search answers them with the same article. */
		SAME_ARTICLE,
		/** Their analysed words overlap enough. */
		SIMILAR_QUESTIONS

	}

	/**
	 * One waiting question.
	 *
	 * @param id the escalation
	 * @param question the customer's last question
	 * @param articleId the article the bot's search answers it with confidently, or
	 * {@code null}
	 * @param articleTitle its title, or {@code null}
	 * @param terms the question's analysed words
	 */
	record Candidate(String id, String question, String articleId, String articleTitle, Set<String> terms) {

		Candidate {
			terms = Set.copyOf(terms);
		}

	}

	/**
	 * A group of questions to answer at once.
	 *
	 * @param key a stable key: the reason and its first member
	 * @param reason why they are grouped
	 * @param articleId the shared best article ({@link Reason#SAME_ARTICLE})
	 * @param articleTitle its title
	 * @param sharedTerms the words every question has
	 * @param similarity the lowest Jaccard similarity between two members' words
	 * @param members the questions, in queue order
	 */
	record Group(String key, Reason reason, String articleId, String articleTitle, List<String> sharedTerms,
			double similarity, List<Candidate> members) {

		Group {
			members = List.copyOf(members);
		}

	}

}
