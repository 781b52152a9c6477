package uk.opcc.quorum.bot.decide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

import uk.opcc.quorum.decisions.RegisterEntry;

/**
 * The register as the page shows it: the entries a search found, sorted server-side by
 * number, date or title (so sorting works without JavaScript), and each column's header
 * linking to the other order.
 *
 * @param query the search as typed; empty when none
 * @param sort the column sorted on
 * @param ascending the order
 * @param entries the rows, sorted
 * @param columns the sortable columns' headers
 */
public record RegisterTable(String query, Column sort, boolean ascending, List<RegisterEntry> entries,
		List<Header> columns) {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/** The columns a reader may sort on, and the order each starts in. */
	public enum Column {

		NUMBER("number", "Number", false), DATE("date", "Date", false), TITLE("title", "Title", true);

		private final String param;

		private final String label;

		private final boolean ascendingFirst;

		Column(String param, String label, boolean ascendingFirst) {
			this.param = param;
			this.label = label;
			this.ascendingFirst = ascendingFirst;
		}

		static Column of(String param) {
			for (Column column : values()) {
				if (column.param.equalsIgnoreCase(param == null ? "" : param.strip())) {
					return column;
				}
			}
			return NUMBER;
		}

		public String param() {
			return param;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * A sortable column's header.
	 *
	 * @param label the header's text
	 * @param href the register sorted on this column (the other way round when it is the
	 * one sorted on)
	 * @param ariaSort {@code ascending} or {@code descending} on the sorted column, null
	 * on the others
	 * @param next what following the link does, for the link's accessible name
	 */
	public record Header(String label, String href, String ariaSort, String next) {
	}

	static RegisterTable of(List<RegisterEntry> found, String query, String sortParam, String orderParam) {
		Column sort = Column.of(sortParam);
		boolean ascending = orderParam == null || orderParam.isBlank() ? sort.ascendingFirst
				: "asc".equalsIgnoreCase(orderParam.strip());
		String q = query == null ? "" : query.strip();
		Comparator<RegisterEntry> order = switch (sort) {
			case NUMBER -> Comparator.comparing(RegisterTable::numberKey, RegisterTable::compareKeys);
			case DATE -> Comparator.comparing(RegisterEntry::decided,
					Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
			case TITLE -> Comparator.comparing((RegisterEntry e) -> e.title().toLowerCase(Locale.UK));
		};
		// Ties (two notices signed the same day) keep the newest number first either way.
		Comparator<RegisterEntry> byNumber = Comparator.comparing(RegisterTable::numberKey, RegisterTable::compareKeys);
		List<RegisterEntry> rows = new ArrayList<>(found);
		rows.sort((ascending ? order : order.reversed()).thenComparing(byNumber.reversed()));
		List<Header> headers = new ArrayList<>();
		for (Column column : Column.values()) {
			boolean current = column == sort;
			boolean nextAscending = current ? !ascending : column.ascendingFirst;
			headers.add(new Header(column.label, href(q, column, nextAscending),
					current ? (ascending ? "ascending" : "descending") : null, "sort by "
							+ column.label.toLowerCase(Locale.UK) + (nextAscending ? ", ascending" : ", descending")));
		}
		return new RegisterTable(q, sort, ascending, List.copyOf(rows), List.copyOf(headers));
	}

	public Header header(String label) {
		return columns.stream().filter(h -> h.label().equals(label)).findFirst().orElseThrow();
	}

	/** What the table shows, for its caption. */
	public String described() {
		return "sorted by " + sort.label().toLowerCase(Locale.UK) + ", " + (ascending ? "ascending" : "descending");
	}

	private static String href(String query, Column column, boolean ascending) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/register");
		if (!query.isEmpty()) {
			uri.queryParam("q", query);
		}
		return uri.queryParam("sort", column.param())
			.queryParam("order", ascending ? "asc" : "desc")
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * The number as integers, year first, then the version: 2027/004 v2 is (2027, 4, 2),
	 * and 004/2027 sorts with it. The year is the four-digit group.
	 */
	private static List<Integer> numberKey(RegisterEntry entry) {
		List<Integer> groups = new ArrayList<>();
		Matcher digits = DIGITS.matcher(entry.number());
		while (digits.find()) {
			String group = digits.group();
			int value = group.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(group);
			if (group.length() == 4 && groups.stream().noneMatch(g -> g >= 1000)) {
				groups.add(0, value);
			}
			else {
				groups.add(value);
			}
		}
		groups.add(entry.version());
		return groups;
	}

	private static int compareKeys(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

}
