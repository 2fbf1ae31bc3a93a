/**
 * Japanese and English search over the content: analysis chains (Kuromoji with
 * normalisation, CJK bigrams, readings; English), the Lucene index kept in step with
 * {@link dev.fureai.content.ContentChanged}, ranking, snippets, suggestions, and the
 * writers' synonym and user dictionaries.
 * <p>
 * Customer text only ever reaches Lucene as analysed tokens, never through a query
 * parser. Knows the content module's API; knows nothing about chat, customers or routing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = "content")
package dev.fureai.search;
