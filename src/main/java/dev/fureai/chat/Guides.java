package dev.fureai.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.fureai.chat.ServerMessage.Guide;
import dev.fureai.content.Article;
import dev.fureai.content.Articles;
import dev.fureai.content.Section;
import dev.fureai.search.SearchHit;

import org.springframework.web.util.UriUtils;

/**
 * Turns search hits and articles into the guide links the widget shows, all pointing at
 * the server-rendered article page {@code /articles/{id}}.
 */
final class Guides {

	private final Articles articles;

	Guides(Articles articles) {
		this.articles = articles;
	}

	static Guide of(SearchHit hit) {
		return new Guide(hit.address(), hit.articleId(), hit.title(), hit.sectionHeading(),
				link(hit.articleId(), hit.anchor()));
	}

	static Guide of(Article article, Section section) {
		String address = section.isIntroduction() ? article.id() : article.id() + "#" + section.anchor();
		return new Guide(address, article.id(), article.title(), section.heading(),
				link(article.id(), section.anchor()));
	}

	static String link(String articleId, String anchor) {
		String page = "/articles/" + UriUtils.encodePathSegment(articleId, "UTF-8");
		return (anchor == null || anchor.isEmpty()) ? page : page + "#" + UriUtils.encodeFragment(anchor, "UTF-8");
	}

	/** The section an address names, if the article is still served. */
	Optional<Section> section(String articleId, String address) {
		String anchor = address.contains("#") ? address.substring(address.indexOf('#') + 1) : "";
		return article(articleId)
			.flatMap((article) -> article.sections().stream().filter((s) -> s.anchor().equals(anchor)).findFirst());
	}

	Optional<Article> article(String articleId) {
		return this.articles.snapshot().article(articleId);
	}

	/**
	 * Up to {@code max} guides related to an answered article: the writer's own list
	 * first, then the other search hits, never the answer itself.
	 */
	List<Guide> related(String articleId, List<SearchHit> others, int max) {
		Set<String> seen = new LinkedHashSet<>(Set.of(articleId));
		List<Guide> guides = new ArrayList<>();
		for (String id : article(articleId).map(Article::related).orElse(List.of())) {
			article(id).filter((a) -> seen.add(a.id())).ifPresent((a) -> guides.add(of(a, a.sections().getFirst())));
		}
		for (SearchHit hit : others) {
			if (seen.add(hit.articleId())) {
				guides.add(of(hit));
			}
		}
		return List.copyOf(guides.subList(0, Math.min(max, guides.size())));
	}

}
