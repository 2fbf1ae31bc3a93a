package dev.fureai.content;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Turns an article body into sections of safe HTML and plain text. Three layers, because
 * flexmark alone is not safe: raw HTML is escaped, link and image URLs are checked
 * ({@link UrlCheckExtension}), and the OWASP sanitizer cleans the result
 * ({@link SafeHtml}). Thread-safe once built.
 */
final class MarkdownRenderer {

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(TablesExtension.create(), StrikethroughExtension.create(), new UrlCheckExtension()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.SOFT_BREAK, "\n");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/**
	 * Splits at top-level {@code ##} headings; the text before the first one is the
	 * introduction, kept when it has text. Never returns an empty list.
	 */
	List<Section> sections(String markdown) {
		Document document = this.parser.parse(markdown);
		List<Section> sections = new ArrayList<>();
		Anchors anchors = new Anchors();
		List<Node> current = new ArrayList<>();
		Heading heading = null;
		List<Node> children = new ArrayList<>();
		document.getChildren().forEach(children::add);
		for (Node node : children) {
			if (node instanceof Heading h && h.getLevel() == 2) {
				addSection(document, sections, anchors, heading, current);
				heading = h;
				current = new ArrayList<>();
			}
			else {
				current.add(node);
			}
		}
		addSection(document, sections, anchors, heading, current);
		if (sections.isEmpty()) {
			sections.add(new Section("", null, "", ""));
		}
		return sections;
	}

	private void addSection(Document document, List<Section> sections, Anchors anchors, Heading heading,
			List<Node> nodes) {
		String text = PlainText.of(nodes);
		if (heading == null) {
			if (!text.isBlank()) {
				sections.add(new Section("", null, html(document, nodes), text));
			}
			return;
		}
		String headingText = PlainText.of(List.of(heading));
		sections
			.add(new Section(anchors.next(headingText), Anchors.headingText(headingText), html(document, nodes), text));
	}

	private String html(Document document, List<Node> nodes) {
		// flexmark renders links only within a document: give the section one of its own,
		// sharing the original's data (reference definitions).
		Document section = new Document(document, document.getChars());
		nodes.forEach((node) -> {
			node.unlink();
			section.appendChild(node);
		});
		return SafeHtml.sanitize(this.renderer.render(section)).strip();
	}

}
