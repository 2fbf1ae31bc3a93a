package dev.fureai.customers;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTests {

	@Test
	void recordsRememberTheLineTheyStartOn() {
		List<CsvTable.Record> records = CsvTable
			.parse("\uFEFFid,name\r\na,\"x, \"\"y\"\"\"\r\n\r\nb,\"two\nlines\"\nc,z");
		assertThat(records).extracting(CsvTable.Record::line).containsExactly(1, 2, 4, 6);
		assertThat(records.get(0).values()).containsExactly("id", "name");
		assertThat(records.get(1).values()).containsExactly("a", "x, \"y\"");
		assertThat(records.get(2).values()).containsExactly("b", "two\nlines");
		assertThat(records.get(3).values()).containsExactly("c", "z");
	}

	@Test
	void emptyTrailingFieldIsKept() {
		assertThat(CsvTable.parse("a,b,\n").get(0).values()).containsExactly("a", "b", "");
	}

}
