package dev.fureai.search;

import java.io.Reader;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The main Japanese chain ({@code ja_morph}). Ordering contract:
 * <ol>
 * <li>{@link TextNormalizer} char filter, so the tokenizer sees normalised text;</li>
 * <li>{@code JapaneseTokenizer} in SEARCH mode with compounds discarded: one token per
 * position, which {@code SynonymGraphFilter} needs;</li>
 * <li>base form, so 忘れた and 忘れる meet, and synonym rules can be written in base form;</li>
 * <li>query side only: synonyms, parsed by {@link #lemmas exactly this chain so far};
 * they come before the stop filters because a stop filter after a graph must not meet a
 * synonym term, and the filters before it must not stack tokens;</li>
 * <li>part-of-speech stop, Lucene's Japanese stop words, and (query side only) a few
 * conversational fillers such as 教える and ください;</li>
 * <li>katakana stem (ユーザー = ユーザ), which only knows full-width katakana, hence after
 * normalisation;</li>
 * <li>lower case last (already folded by NFKC_CF; kept for tokens synonyms inject).</li>
 * </ol>
 */
final class JaMorphAnalyzer extends Analyzer {

	/**
	 * Words that say how someone asks, not what they ask about, in base form. Only the
	 * query side drops them: titles such as 「…を教えてください」 keep them. Content words (方法)
	 * stay, titles depend on them. Polite request verbs are here in kana and kanji
	 * spelling (くださる / 下さる, いただく / 頂く); 出来る because Lucene's stop words already drop its
	 * kana spelling できる.
	 */
	static final CharArraySet QUERY_FILLERS = CharArraySet
		.unmodifiableSet(new CharArraySet(List.of("教える", "知る", "くださる", "ください", "下さる", "下さい", "いただく", "頂く", "いただける",
				"頂ける", "もらう", "もらえる", "いい", "よい", "どう", "お願い", "願う", "欲しい", "ほしい", "出来る"), false));

	private final UserDictionary userDictionary;

	private final SynonymMap synonyms;

	private final CharArraySet fillers;

	private JaMorphAnalyzer(UserDictionary userDictionary, SynonymMap synonyms, CharArraySet fillers) {
		this.userDictionary = userDictionary;
		this.synonyms = synonyms;
		this.fillers = fillers;
	}

	static JaMorphAnalyzer forIndex(UserDictionary userDictionary) {
		return new JaMorphAnalyzer(userDictionary, null, CharArraySet.EMPTY_SET);
	}

	static JaMorphAnalyzer forQuery(UserDictionary userDictionary, SynonymMap synonyms) {
		return new JaMorphAnalyzer(userDictionary, synonyms, QUERY_FILLERS);
	}

	/** The tokenizer every Japanese morphological chain here starts with. */
	static Tokenizer tokenizer(UserDictionary userDictionary) {
		return new JapaneseTokenizer(userDictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
	}

	/** The steps before synonyms, shared with the synonym rule parser. */
	static TokenStream lemmas(Tokenizer tokenizer) {
		return new JapaneseBaseFormFilter(tokenizer);
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return TextNormalizer.wrap(reader);
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return TextNormalizer.wrap(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = tokenizer(this.userDictionary);
		TokenStream stream = lemmas(tokenizer);
		if (this.synonyms != null && this.synonyms.fst != null) {
			stream = new SynonymGraphFilter(stream, this.synonyms, true);
		}
		stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
		stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
		if (!this.fillers.isEmpty()) {
			stream = new StopFilter(stream, this.fillers);
		}
		stream = new JapaneseKatakanaStemFilter(stream, 4);
		return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

}
