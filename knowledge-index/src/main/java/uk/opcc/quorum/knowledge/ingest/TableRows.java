package uk.opcc.quorum.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as lines a reader (and the search) can take one at a time: when the first row
 * names the columns, each further row carries those names ("Post: Chief Executive;
 * Holder: Jane Smith"), so a row quoted alone still says what its cells are. A table
 * without such a header keeps its cells joined by " | ".
 */
final class TableRows {

	private TableRows() {
	}

	static List<String> lines(List<List<String>> rows) {
		List<List<String>> kept = rows.stream()
			.map(row -> row.stream().map(cell -> cell.replaceAll("\\s+", " ").strip()).toList())
			.filter(row -> row.stream().anyMatch(cell -> !cell.isEmpty()))
			.toList();
		List<String> lines = new ArrayList<>();
		if (kept.size() >= 2 && header(kept.get(0))) {
			List<String> names = kept.get(0);
			for (List<String> row : kept.subList(1, kept.size())) {
				List<String> pairs = new ArrayList<>();
				for (int i = 0; i < row.size(); i++) {
					if (!row.get(i).isEmpty()) {
						pairs.add(i < names.size() && !names.get(i).equals(row.get(i))
								? names.get(i) + ": " + row.get(i) : row.get(i));
					}
				}
				lines.add(String.join("; ", pairs));
			}
			return lines;
		}
		kept.forEach(row -> lines.add(String.join(" | ", row.stream().filter(cell -> !cell.isEmpty()).toList())));
		return lines;
	}

	/** Column names: every cell filled, short, and none a figure. */
	private static boolean header(List<String> row) {
		return row.size() >= 2 && row.stream()
			.allMatch(cell -> !cell.isEmpty() && cell.length() <= 60 && !cell.matches(".*\\d.*\\d.*"));
	}

}
