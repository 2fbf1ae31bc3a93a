package dev.fureai.tools;

/**
 * One entry of a ranking.
 *
 * @param id the data set's document id
 * @param score the ranker's score, comparable within one ranking only
 */
record RankedDoc(String id, float score) {
}
