package uk.opcc.quorum.scheduler;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A board as people write it, the one way a board is read and written: each entry of
 * {@code config/boards.yml} and each body of {@code PUT /api/boards/{code}} is read here,
 * and {@code GET /api/boards} writes boards back in the same form. Every field and every
 * value has one spelling: {@code start-time: "10:00"}, {@code duration: 2h} or
 * {@code 90m}, {@code on-holiday: next-working-day}, {@code role: chair}. Anything else
 * ({@code startTime}, {@code PT2H}, {@code NEXT_WORKING_DAY}, {@code CHAIR}) is refused
 * with a sentence naming the field and listing what is accepted.
 * <p>
 * The input is a tree as a YAML or JSON parser gives it: maps, lists, text, numbers and
 * true/false. Reading only spells a board; {@link Boards#save} and the boards file then
 * check it is usable ({@code BoardRules}).
 */
public final class BoardForm {

	/** A board's fields, in the order they are written. */
	public static final List<String> FIELDS = List.of("code", "name", "public-board", "cadence", "start-time",
			"duration", "location", "online", "papers-deadline-days", "on-holiday", "standard-items", "members");

	/** A member's fields. */
	public static final List<String> MEMBER_FIELDS = List.of("id", "name", "email", "role");

	private static final Pattern DURATION = Pattern.compile("(\\d{1,5})([hm])");

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private BoardForm() {
	}

	/**
	 * Reads one board.
	 * @param tree the board as parsed YAML or JSON (a map)
	 * @param where what goes before a field's name in a refusal: {@code boards[0].} in
	 * the file, nothing over REST
	 * @return the board, not yet checked by the board rules
	 * @throws SchedulingException (invalid) naming the field, the value and what is
	 * accepted
	 */
	public static Board read(Object tree, String where) {
		Map<String, Object> fields = object(tree, where, "board", FIELDS);
		List<Member> members = new ArrayList<>();
		List<?> listed = list(fields, "members", where, "a list of members, each with " + and(MEMBER_FIELDS));
		if (listed != null) {
			for (int i = 0; i < listed.size(); i++) {
				members.add(member(listed.get(i), where + "members[" + i + "]."));
			}
		}
		return new Board(text(fields, "code", where), text(fields, "name", where),
				flag(fields, "public-board", where, false), members, text(fields, "cadence", where),
				time(fields, "start-time", where), duration(fields, "duration", where), text(fields, "location", where),
				flag(fields, "online", where, false), whole(fields, "papers-deadline-days", where),
				texts(fields, "standard-items", where), holidayPolicy(fields, "on-holiday", where));
	}

	/**
	 * The board as {@link #read} reads it; member e-mails are left out when they are the
	 * id.
	 */
	public static Map<String, Object> write(Board board) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("code", board.code());
		fields.put("name", board.name());
		fields.put("public-board", board.publicBoard());
		fields.put("cadence", board.cadence());
		fields.put("start-time", board.startTime() == null ? null : board.startTime().format(HH_MM));
		fields.put("duration", board.duration() == null ? null : spell(board.duration()));
		fields.put("location", board.location());
		fields.put("online", board.online());
		fields.put("papers-deadline-days", board.papersDeadlineDays());
		fields.put("on-holiday", spell(board.onHoliday()));
		fields.put("standard-items", board.standardItems());
		fields.put("members", board.members().stream().map(BoardForm::write).toList());
		return fields;
	}

	/**
	 * A duration as boards.yml writes it: {@code 2h}, or {@code 90m} when not whole
	 * hours.
	 */
	public static String spell(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes % 60 == 0 && minutes != 0) ? (minutes / 60) + "h" : minutes + "m";
	}

	/** {@code next-working-day} or {@code previous-working-day}. */
	public static String spell(Board.HolidayPolicy policy) {
		return kebab(policy);
	}

	/** {@code chair}, {@code secretary}, {@code member} or {@code officer}. */
	public static String spell(Member.Role role) {
		return kebab(role);
	}

	private static Map<String, Object> write(Member member) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", member.id());
		fields.put("name", member.name());
		if (member.email() != null && !member.email().equalsIgnoreCase(member.id())) {
			fields.put("email", member.email());
		}
		fields.put("role", spell(member.role()));
		return fields;
	}

	private static Member member(Object tree, String where) {
		Map<String, Object> fields = object(tree, where, "member", MEMBER_FIELDS);
		String id = text(fields, "id", where);
		if (id == null || id.isBlank()) {
			throw SchedulingException
				.invalid(where.substring(0, where.length() - 1) + " needs an id (Entra object id or e-mail).");
		}
		return new Member(id, text(fields, "name", where), text(fields, "email", where),
				choice(fields, "role", where, Member.Role.class));
	}

	private static Map<String, Object> object(Object tree, String where, String what, List<String> known) {
		String path = where.endsWith(".") ? where.substring(0, where.length() - 1) : where;
		if (!(tree instanceof Map<?, ?> map)) {
			throw SchedulingException.invalid((path.isEmpty() ? "A " + what : path) + " is not valid: write a " + what
					+ " as an object with the fields " + and(known) + ".");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String key = String.valueOf(entry.getKey());
			if (!known.contains(key)) {
				throw SchedulingException.invalid(where + key + " is not a field of a " + what + "; the fields are "
						+ and(known) + hint(key, known) + ".");
			}
			fields.put(key, entry.getValue());
		}
		return fields;
	}

	/**
	 * Points from a near miss ({@code startTime}, {@code Start_Time}) to its spelling.
	 */
	private static String hint(String key, List<String> known) {
		String squashed = key.replaceAll("[-_ ]", "").toLowerCase(Locale.ROOT);
		return known.stream()
			.filter(field -> field.replace("-", "").equals(squashed))
			.findFirst()
			.map(field -> " (write " + field + ", not " + key + ")")
			.orElse("");
	}

	private static String text(Map<String, Object> fields, String name, String where) {
		Object value = fields.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Integer || value instanceof Long) {
			return value.toString();
		}
		throw refused(where, name, value, "text");
	}

	private static boolean flag(Map<String, Object> fields, String name, String where, boolean absent) {
		Object value = fields.get(name);
		if (value == null) {
			return absent;
		}
		if (value instanceof Boolean flag) {
			return flag;
		}
		throw refused(where, name, value, "true or false");
	}

	private static int whole(Map<String, Object> fields, String name, String where) {
		Object value = fields.get(name);
		if (value == null) {
			return 0;
		}
		if (value instanceof Integer number) {
			return number;
		}
		throw refused(where, name, value, "a whole number of working days, like 5");
	}

	private static LocalTime time(Map<String, Object> fields, String name, String where) {
		Object value = fields.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof String text && TIME.matcher(text).matches()) {
			return LocalTime.parse(text, HH_MM);
		}
		throw refused(where, name, value,
				"a 24-hour time as HH:mm, like \"10:00\" or \"09:30\"" + ((value instanceof Number)
						? " (in quotes in YAML, which reads 10:00 without them as a number)" : ""));
	}

	private static Duration duration(Map<String, Object> fields, String name, String where) {
		Object value = fields.get(name);
		if (value == null) {
			return null;
		}
		Matcher spelt = DURATION.matcher(value instanceof String text ? text : "");
		if (!spelt.matches()) {
			throw refused(where, name, value, "whole hours or minutes, like 2h or 90m");
		}
		long amount = Long.parseLong(spelt.group(1));
		return "h".equals(spelt.group(2)) ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
	}

	private static Board.HolidayPolicy holidayPolicy(Map<String, Object> fields, String name, String where) {
		return choice(fields, name, where, Board.HolidayPolicy.class);
	}

	private static <E extends Enum<E>> E choice(Map<String, Object> fields, String name, String where, Class<E> type) {
		Object value = fields.get(name);
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (kebab(constant).equals(value)) {
				return constant;
			}
		}
		List<String> spellings = Arrays.stream(type.getEnumConstants()).map(BoardForm::kebab).toList();
		throw refused(where, name, value, or(spellings));
	}

	private static List<?> list(Map<String, Object> fields, String name, String where, String expected) {
		Object value = fields.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw refused(where, name, value, expected);
	}

	private static List<String> texts(Map<String, Object> fields, String name, String where) {
		List<?> listed = list(fields, name, where, "a list of item titles");
		if (listed == null) {
			return null;
		}
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < listed.size(); i++) {
			Object title = listed.get(i);
			if (!(title instanceof String text) || text.isBlank()) {
				throw refused(where, name + "[" + i + "]", title, "an item title as text");
			}
			titles.add(text.strip());
		}
		return titles;
	}

	private static SchedulingException refused(String where, String name, Object value, String expected) {
		return SchedulingException
			.invalid(where + name + " = " + shown(value) + " is not valid: write " + expected + ".");
	}

	private static String shown(Object value) {
		if (value instanceof String text) {
			return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
		}
		if (value instanceof Map<?, ?>) {
			return "an object";
		}
		if (value instanceof List<?>) {
			return "a list";
		}
		return String.valueOf(value);
	}

	private static String kebab(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String and(List<String> words) {
		return join(words, " and ");
	}

	private static String or(List<String> words) {
		return join(words, " or ");
	}

	private static String join(List<String> words, String last) {
		if (words.size() < 2) {
			return String.join("", words);
		}
		return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + last
				+ words.get(words.size() - 1);
	}

}
