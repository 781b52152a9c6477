package uk.opcc.quorum.knowledge.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The police areas of England and Wales with a commissioner (or mayor), by their full
 * name, found in text under the names and short forms people type ("Cambs", "OPCCN",
 * "Hants"). A document's office is the area it comes from. A short form that is also a
 * word ("beds") is always read as the area: a question about hospital beds would be
 * pinned to Bedfordshire's documents.
 */
public final class Places {

	private static final Map<Pattern, String> NAMES = placeNames();

	/** "office: Kent" on a line of its own near the top of a document. */
	private static final Pattern FRONT_MATTER = Pattern.compile("(?im)^\\s*office\\s*:\\s*(.+?)\\s*$");

	private static final int FRONT_MATTER_CHARS = 2_000;

	private Places() {
	}

	/**
	 * The office a document comes from: named in its front matter ("office: Kent"), else
	 * the folder it sits in under the corpus, else the area its file name names
	 * ("cambs-decision-plan.md"), else the area its title names, else the one area its
	 * text names most often, if it names one at least three times and far more than any
	 * other; otherwise none.
	 */
	public static Optional<String> officeOf(String source, String title, String text) {
		Matcher declared = FRONT_MATTER.matcher(text.substring(0, Math.min(text.length(), FRONT_MATTER_CHARS)));
		if (declared.find()) {
			Set<String> named = in(declared.group(1).toLowerCase(Locale.ROOT));
			if (!named.isEmpty()) {
				return Optional.of(named.iterator().next());
			}
		}
		String path = source.substring(source.indexOf(':') + 1);
		int slash = path.lastIndexOf('/');
		if (slash > 0) {
			Set<String> folder = in(path.substring(0, slash).replace('-', ' ').toLowerCase(Locale.ROOT));
			if (folder.size() == 1) {
				return Optional.of(folder.iterator().next());
			}
		}
		Set<String> named = in(path.substring(slash + 1).replaceAll("[-_.]", " ").toLowerCase(Locale.ROOT));
		if (named.size() == 1) {
			return Optional.of(named.iterator().next());
		}
		Set<String> titled = in(title.toLowerCase(Locale.ROOT));
		if (titled.size() == 1) {
			return Optional.of(titled.iterator().next());
		}
		Map<String, Integer> counts = counts(text.toLowerCase(Locale.ROOT));
		List<Map.Entry<String, Integer>> ranked = counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.toList();
		if (ranked.isEmpty() || ranked.get(0).getValue() < 3) {
			return Optional.empty();
		}
		int runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
		return ranked.get(0).getValue() >= 3 * runnerUp ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
	}

	/**
	 * Longest names first, each blanked once found, so "West Midlands" is not also
	 * "Midlands"; blanking keeps the text's length, so the matcher carries on past it.
	 */
	private static Map<String, Integer> counts(String lower) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		StringBuilder rest = new StringBuilder(lower);
		for (Map.Entry<Pattern, String> place : NAMES.entrySet()) {
			Matcher matcher = place.getKey().matcher(rest);
			while (matcher.find()) {
				counts.merge(place.getValue(), 1, Integer::sum);
				blank(rest, matcher.start(), matcher.end());
			}
		}
		return counts;
	}

	private static void blank(StringBuilder text, int start, int end) {
		for (int i = start; i < end; i++) {
			text.setCharAt(i, ' ');
		}
	}

	/**
	 * The text with each short form followed by the area's full name ("beds" becomes
	 * "beds (Bedfordshire)"), so that search and word matching find documents that spell
	 * it out.
	 */
	public static String withFullNames(String text) {
		String result = text;
		for (Map.Entry<Pattern, String> place : NAMES.entrySet()) {
			String full = place.getValue();
			Matcher matcher = place.getKey().matcher(result.toLowerCase(Locale.ROOT));
			if (matcher.find() && !matcher.group().startsWith(full.toLowerCase(Locale.ROOT))) {
				result = result.substring(0, matcher.end()) + " (" + full + ")" + result.substring(matcher.end());
			}
		}
		return result;
	}

	/** A lower-cased text with the areas it names taken out. */
	public static String without(String lower) {
		String rest = lower;
		for (Pattern place : NAMES.keySet()) {
			rest = place.matcher(rest).replaceAll(" ");
		}
		return rest;
	}

	/** The areas a lower-cased text names, in the order first named. */
	public static Set<String> in(String lower) {
		return new LinkedHashSet<>(counts(lower).keySet());
	}

	/** Each name's pattern, compiled once, longest names first. */
	private static Map<Pattern, String> placeNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (String area : List.of("Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland",
				"Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys", "Essex",
				"Gloucestershire", "Greater Manchester", "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent",
				"Lancashire", "Leicestershire", "Lincolnshire", "Merseyside", "Norfolk", "North Wales",
				"North Yorkshire", "Northamptonshire", "Northumbria", "Nottinghamshire", "South Wales",
				"South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire",
				"West Mercia", "West Midlands", "West Yorkshire", "Wiltshire")) {
			names.put(area.toLowerCase(Locale.ROOT), area);
		}
		Map<String, String> shortForms = Map.ofEntries(Map.entry("cambs", "Cambridgeshire"),
				Map.entry("peterborough", "Cambridgeshire"), Map.entry("west mids", "West Midlands"),
				Map.entry("wm", "West Midlands"), Map.entry("opccn", "Norfolk"), Map.entry("herts", "Hertfordshire"),
				Map.entry("beds", "Bedfordshire"), Map.entry("notts", "Nottinghamshire"),
				Map.entry("leics", "Leicestershire"), Map.entry("lincs", "Lincolnshire"),
				Map.entry("glos", "Gloucestershire"), Map.entry("hants", "Hampshire"),
				Map.entry("isle of wight", "Hampshire"), Map.entry("wilts", "Wiltshire"),
				Map.entry("northants", "Northamptonshire"), Map.entry("staffs", "Staffordshire"),
				Map.entry("warks", "Warwickshire"), Map.entry("derbys", "Derbyshire"),
				Map.entry("dyfed powys", "Dyfed-Powys"), Map.entry("avon & somerset", "Avon and Somerset"),
				Map.entry("devon & cornwall", "Devon and Cornwall"));
		shortForms.forEach(names::put);
		Map<Pattern, String> longestFirst = new LinkedHashMap<>();
		names.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
			.forEach(e -> longestFirst.put(Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "(?:'s)?\\b"),
					e.getValue()));
		return longestFirst;
	}

}
