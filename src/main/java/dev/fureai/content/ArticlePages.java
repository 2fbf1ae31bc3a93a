package dev.fureai.content;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The readable article page {@code /articles/{id}} that chat answers link to. Everything
 * is escaped except the sections' HTML, which the content module already sanitised.
 */
@Controller
class ArticlePages {

	private final Articles articles;

	ArticlePages(Articles articles) {
		this.articles = articles;
	}

	@GetMapping(path = "/articles/{id}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> article(@PathVariable String id) {
		ContentSnapshot snapshot = this.articles.snapshot();
		return snapshot.article(id)
			.map((article) -> ResponseEntity.ok(page(article, snapshot)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound()));
	}

	private static String page(Article article, ContentSnapshot snapshot) {
		StringBuilder html = head(article.title(), article.lang().code());
		html.append("<article><h1>").append(escape(article.title())).append("</h1>\n");
		for (Section section : article.sections()) {
			if (!section.isIntroduction()) {
				html.append("<h2 id=\"").append(escape(section.anchor())).append("\">");
				html.append(escape(section.heading())).append("</h2>\n");
			}
			html.append(section.html()).append('\n');
		}
		html.append("</article>\n");
		StringBuilder related = new StringBuilder();
		for (String relatedId : article.related()) {
			snapshot.article(relatedId)
				.ifPresent((other) -> related.append("<li><a href=\"/articles/")
					.append(escape(UriUtils.encodePathSegment(other.id(), "UTF-8")))
					.append("\">")
					.append(escape(other.title()))
					.append("</a></li>\n"));
		}
		if (!related.isEmpty()) {
			html.append("<nav aria-labelledby=\"related\"><h2 id=\"related\">関連する記事</h2><ul>\n")
				.append(related)
				.append("</ul></nav>\n");
		}
		return html.append("</main></body></html>\n").toString();
	}

	private static String notFound() {
		return head("記事が見つかりません", "ja")
			.append("<h1>記事が見つかりません</h1><p>この記事は移動または削除された可能性があります。</p></main></body></html>\n")
			.toString();
	}

	private static StringBuilder head(String title, String lang) {
		return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(lang))
			.append("\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>")
			.append(escape(title))
			.append(" — ヘルプセンター</title>\n<link rel=\"stylesheet\" href=\"/article.css\"></head>\n")
			.append("<body><header><a href=\"/\">ヘルプセンター</a></header><main>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
