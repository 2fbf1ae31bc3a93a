package dev.fureai.customers;

import java.util.List;

/**
 * What an import did. Good rows are stored even when others are rejected; a row is
 * rejected as a whole, with every problem it has.
 *
 * @param created customers new to the directory
 * @param updated customers whose data changed
 * @param unchanged rows identical to what was stored
 * @param rejected rows not stored
 * @param problems why, by line and field
 */
public record ImportReport(int created, int updated, int unchanged, int rejected, List<RowProblem> problems) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	static ImportReport rejectedFile(List<RowProblem> problems) {
		return new ImportReport(0, 0, 0, 0, problems);
	}

	@Override
	public String toString() {
		return "created=" + this.created + " updated=" + this.updated + " unchanged=" + this.unchanged + " rejected="
				+ this.rejected;
	}

}
