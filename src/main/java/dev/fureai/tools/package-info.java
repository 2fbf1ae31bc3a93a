/**
 * Command-line tools that run without starting the service: {@code check}, which shows
 * writers every problem in a content directory as {@code path:line: message}, and
 * {@code eval}, which measures the production search pipeline on a retrieval data set
 * against a plain Lucene BM25 baseline.
 * <p>
 * Owns the command dispatch ({@link dev.fureai.tools.Commands}), the evaluation data set
 * reader, the retrieval metrics and the baseline. Uses only the public, Spring-free entry
 * points of the content and search modules, so what it measures is what the service runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tools", allowedDependencies = { "content", "search" })
package dev.fureai.tools;
