package dev.fureai.content;

/**
 * The content being served now. Implemented by the content module; other modules read
 * snapshots and listen for {@link ContentChanged}.
 */
public interface Articles {

	ContentSnapshot snapshot();

}
