/**
 * The help center's content: Markdown articles with YAML front matter under the content
 * directory ({@code fureai.content.dir}), and the search dictionaries writers keep beside
 * them in {@code _search/}.
 * <p>
 * Owns loading, validation (problems reported as {@code path:line: 日本語 (English)}),
 * rendering to safe HTML, splitting guides into sections, and watching the directory for
 * changes, which it announces with {@link dev.fureai.content.ContentChanged}. It knows
 * nothing about search, chat or customers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package dev.fureai.content;
