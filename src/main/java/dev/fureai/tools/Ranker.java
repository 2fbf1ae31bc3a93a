package dev.fureai.tools;

import java.util.List;

/**
 * Something that ranks the data set's documents for a query.
 */
interface Ranker {

	/**
	 * The best documents for {@code query}, best first, at most {@code k}.
	 */
	List<RankedDoc> rank(String query, int k);

}
