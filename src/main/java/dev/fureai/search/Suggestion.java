package dev.fureai.search;

/**
 * A completion for what the customer is typing.
 *
 * @param text a title or question of the article
 * @param articleId the article it leads to
 */
public record Suggestion(String text, String articleId) {
}
