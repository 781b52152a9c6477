package uk.opcc.quorum.bot.decide;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.decisions.RegisterEntry;
import uk.opcc.quorum.decisions.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The register sorts on the server, so that it sorts without JavaScript. */
class RegisterTableTests {

	private static RegisterEntry entry(String number, int version, String title, String decided) {
		return new RegisterEntry(number, version, version > 1 ? number + " v" + version : number, title,
				decided == null ? null : LocalDate.parse(decided), "Police and Crime Commissioner", Status.PUBLISHED);
	}

	private static final List<RegisterEntry> ENTRIES = List.of(entry("2026/120", 1, "Estates strategy", "2026-12-01"),
			entry("2027/004", 1, "Victims' services", "2027-02-01"), entry("2027/010", 1, "body-worn video", null),
			entry("2027/004", 2, "Victims' services (corrected)", "2027-03-01"));

	private static List<String> references(RegisterTable table) {
		return table.entries().stream().map(RegisterEntry::reference).toList();
	}

	@Test
	void byNumberNewestFirstByDefaultComparingYearsSequencesAndVersionsAsNumbers() {
		RegisterTable table = RegisterTable.of(ENTRIES, null, null, null);
		assertThat(references(table)).containsExactly("2027/010", "2027/004 v2", "2027/004", "2026/120");
		assertThat(table.described()).isEqualTo("sorted by number, descending");
		assertThat(table.header("Number").ariaSort()).isEqualTo("descending");
		assertThat(table.header("Number").href()).isEqualTo("/register?sort=number&order=asc");
		assertThat(table.header("Title").ariaSort()).isNull();
	}

	@Test
	void byTitleIgnoringCaseAndByDateWithUnsignedFirstWhenAscending() {
		assertThat(references(RegisterTable.of(ENTRIES, "", "title", "asc"))).containsExactly("2027/010", "2026/120",
				"2027/004", "2027/004 v2");
		assertThat(references(RegisterTable.of(ENTRIES, "", "date", "asc"))).containsExactly("2027/010", "2026/120",
				"2027/004", "2027/004 v2");
		assertThat(references(RegisterTable.of(ENTRIES, "", "DATE", "desc"))).containsExactly("2027/004 v2", "2027/004",
				"2026/120", "2027/010");
	}

	@Test
	void sortLinksKeepTheSearchEncodedAndUnknownValuesFallBack() {
		RegisterTable table = RegisterTable.of(ENTRIES, " victims & co ", "colour", "sideways");
		assertThat(table.query()).isEqualTo("victims & co");
		assertThat(table.sort()).isEqualTo(RegisterTable.Column.NUMBER);
		assertThat(table.header("Title").href()).isEqualTo("/register?q=victims%20%26%20co&sort=title&order=asc");
	}

	@Test
	void numbersWrittenSequenceFirstSortByYearToo() {
		List<RegisterEntry> entries = List.of(entry("120/2026", 1, "a", null), entry("004/2027", 1, "b", null),
				entry("010/2027", 1, "c", null));
		assertThat(references(RegisterTable.of(entries, null, "number", "asc"))).containsExactly("120/2026", "004/2027",
				"010/2027");
	}

}
