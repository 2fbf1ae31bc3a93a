package dev.fureai.content;

import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The words of a section as customers read them, for indexing and snippets: no markup,
 * link texts and code kept, raw HTML kept as the literal text the page shows.
 */
final class PlainText {

	private PlainText() {
	}

	static String of(List<Node> nodes) {
		StringBuilder out = new StringBuilder();
		nodes.forEach((node) -> collect(node, out));
		return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

	private static void collect(Node node, StringBuilder out) {
		switch (node) {
			case Reference reference -> {
				// A link definition shows nothing on the page.
			}
			case TableSeparator separator -> {
			}
			case FencedCodeBlock code -> out.append(code.getContentChars());
			case IndentedCodeBlock code -> out.append(code.getContentChars());
			case CodeBlock code -> out.append(code.getChars());
			case Code code -> out.append(code.getText());
			case AutoLink link -> out.append(link.getText());
			case MailLink link -> out.append(link.getText());
			case SoftLineBreak lineBreak -> out.append('\n');
			case HardLineBreak lineBreak -> out.append('\n');
			case HtmlEntity entity -> out.append(Escaping.unescapeHtml(entity.getChars()));
			case Text text -> out.append(text.getChars().unescape());
			case HtmlInline html -> out.append(html.getChars());
			case HtmlBlock html -> out.append(html.getChars());
			default -> node.getChildren().forEach((child) -> collect(child, out));
		}
		if (node instanceof Block) {
			out.append("\n\n");
		}
		else if (node instanceof TableCell) {
			out.append(' ');
		}
		else if (node instanceof TableRow) {
			out.append('\n');
		}
	}

}
