package dev.fureai.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import dev.fureai.content.Lang;

/**
 * Every analysis chain for one set of dictionaries. The index side depends only on the
 * user dictionary; the query side adds synonyms, so a synonyms change swaps this object
 * without reindexing.
 *
 * @param indexing the per-field chains used by the index writer
 * @param jaQuery the Japanese query chain (synonyms, fillers)
 * @param enQuery the English query chain (ASCII synonyms)
 * @param bigram the bigram chain (same at both ends)
 * @param yomi the reading chain (same at both ends)
 */
record Analyzers(Analyzer indexing, Analyzer jaQuery, Analyzer enQuery, Analyzer bigram, Analyzer yomi) {

	static Analyzers of(Dictionaries dictionaries) {
		Analyzer bigram = new JaBigramAnalyzer();
		Analyzer yomi = new YomiAnalyzer(new Readings(dictionaries.userDictionary()));
		Analyzer jaIndex = JaMorphAnalyzer.forIndex(dictionaries.userDictionary());
		Analyzer enIndex = EnAnalyzer.forIndex();
		// a title field and its questions field must share their analyser: Phrasings
		// analyses a text once for both
		Analyzer indexing = new PerFieldAnalyzerWrapper(jaIndex,
				Map.of(Fields.TITLE_BIGRAM, bigram, Fields.QUESTIONS_BIGRAM, bigram, Fields.BODY_BIGRAM, bigram,
						Fields.YOMI, yomi, Fields.title(Lang.EN), enIndex, Fields.questions(Lang.EN), enIndex,
						Fields.body(Lang.EN), enIndex));
		return new Analyzers(indexing,
				JaMorphAnalyzer.forQuery(dictionaries.userDictionary(), dictionaries.synonyms().japanese()),
				EnAnalyzer.forQuery(dictionaries.synonyms().english()), bigram, yomi);
	}

	/** The same index side with the query side rebuilt for new synonyms. */
	Analyzers withSynonyms(Dictionaries dictionaries) {
		return new Analyzers(this.indexing,
				JaMorphAnalyzer.forQuery(dictionaries.userDictionary(), dictionaries.synonyms().japanese()),
				EnAnalyzer.forQuery(dictionaries.synonyms().english()), this.bigram, this.yomi);
	}

	Analyzer query(Lang lang) {
		return (lang == Lang.JA) ? this.jaQuery : this.enQuery;
	}

}
