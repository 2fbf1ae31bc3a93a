package dev.fureai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.fureai.content.ContentSnapshot;

/**
 * Everything one query needs, swapped as a whole: a query reads the state once and uses
 * that state's analyzers, index and suggestions together, never a mix of old and new.
 *
 * @param dictionaries the dictionaries in force
 * @param analyzers the chains built from them
 * @param queries the query factory over those chains
 * @param index the section index
 * @param suggestions the completions
 */
record EngineState(Dictionaries dictionaries, Analyzers analyzers, QueryFactory queries, SectionIndex index,
		Suggestions suggestions) {

	/** Indexes the whole snapshot into a new index, off to the side. */
	static EngineState build(ContentSnapshot snapshot, Dictionaries dictionaries, SearchProperties properties) {
		Analyzers analyzers = Analyzers.of(dictionaries);
		SectionIndex index = new SectionIndex(analyzers.indexing(), properties);
		CompletableFuture<Suggestions> suggestions;
		try {
			index.putNew(List.copyOf(snapshot.articles().values()));
			// the final merge keeps one core busy: the suggestions are built on another
			suggestions = CompletableFuture
				.supplyAsync(() -> Suggestions.build(snapshot.articles().values(), dictionaries.userDictionary()));
			index.compact();
			index.publish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return new EngineState(dictionaries, analyzers, new QueryFactory(analyzers, properties), index,
					suggestions.join());
		}
		catch (CompletionException ex) {
			// what Suggestions.build threw, as if it had run on this thread
			switch (ex.getCause()) {
				case RuntimeException cause -> throw cause;
				case Error cause -> throw cause;
				case null, default -> throw ex;
			}
		}
	}

	/** The same index with new query-side dictionaries and new suggestions. */
	EngineState with(Dictionaries dictionaries, ContentSnapshot snapshot, SearchProperties properties) {
		Analyzers analyzers = this.analyzers.withSynonyms(dictionaries);
		return new EngineState(dictionaries, analyzers, new QueryFactory(analyzers, properties), this.index,
				Suggestions.build(snapshot.articles().values(), dictionaries.userDictionary()));
	}

}
