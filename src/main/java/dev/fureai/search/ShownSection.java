package dev.fureai.search;

import dev.fureai.content.Article;
import dev.fureai.content.Section;

/**
 * What a hit shows of an indexed section, held by reference to the content already in
 * memory, so a hit needs no stored-field decompression.
 *
 * @param article the article
 * @param section the section
 */
record ShownSection(Article article, Section section) {
}
