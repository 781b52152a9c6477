package uk.opcc.quorum.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.opcc.quorum.bot.conversation.Typed.Word;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Member;

/**
 * The boards and their people as a message may name them. A board by its code ("SGB",
 * "the sgb's", "PAFs"), its name ("strategic governance board", with a slip or two), the
 * initials of its name, or an alias from the examples file ("accountability forum"). A
 * member by name, by the part of an e-mail address before the @ ("chief constable",
 * "cfo"), by the initials of a role title of three letters or more ("PCC", "DCC"), either
 * half of a double role ("chief executive" of "Chief Executive and Monitoring Officer"),
 * or, for a person's name ("Jane Smith"), the first or last name alone when no one else
 * on the boards shares it and it is not also an ordinary word ("Mark", "Will").
 */
final class BoardNames {

	/** Words of role titles: a name made of these is a post, not a person. */
	private static final Set<String> ROLE_WORDS = Set.of("police", "crime", "commissioner", "chief", "constable",
			"deputy", "assistant", "officer", "finance", "financial", "executive", "monitoring", "board", "secretary",
			"forum", "director", "head", "manager", "force", "opcc", "of", "and", "the", "for", "chair", "member",
			"performance", "scrutiny", "policy", "commissioning", "communications", "treasurer", "clerk", "panel");

	/** First names that are also everyday words, too risky to match alone. */
	private static final Set<String> ORDINARY = Set.of("mark", "will", "may", "june", "april", "august", "rose", "bill",
			"grace", "hope", "joy", "faith", "dawn", "pat", "sue", "ray", "rob", "frank", "jack", "guy", "holly", "ivy",
			"sky", "summer", "art", "rich", "max", "victor", "drew", "penny", "robin", "chase", "lee", "carol", "sandy",
			"amber", "crystal", "heather", "iris", "lily", "daisy", "eve", "don", "ben", "sam");

	private static final Set<String> SMALL = Set.of("and", "of", "the", "for", "&");

	private final List<Board> boards;

	private final Names<String> boardNames = new Names<>();

	private final Names<String> everyone;

	BoardNames(List<Board> boards, Map<String, List<String>> aliases) {
		this.boards = List.copyOf(boards);
		for (Board board : boards) {
			String code = board.code();
			boardNames.add(code, code, true);
			if (board.name() != null && !board.name().isBlank()) {
				String name = board.name();
				boardNames.add(name, code, false);
				boardNames.add(withoutSmallWords(name), code, false);
				String initials = initials(name);
				if (initials.length() >= 3) {
					boardNames.add(initials, code, true);
				}
			}
			aliases.getOrDefault(code, List.of()).forEach(alias -> boardNames.add(alias, code, false));
		}
		this.everyone = people(members(null));
	}

	List<Board> boards() {
		return boards;
	}

	/** Every board the words name, first to last. */
	List<Names.Match<String>> allBoards(List<Word> words) {
		return boardNames.findAll(words);
	}

	/** The first board the words name. */
	Optional<Names.Match<String>> board(List<Word> words) {
		return boardNames.find(words);
	}

	/** The boards the first board name written stands for, when it stands for several. */
	List<Names.Match<String>> boardsAlike(List<Word> words) {
		return boardNames.alike(words);
	}

	/** The members the first name written stands for, when it stands for several. */
	List<Names.Match<String>> peopleAlike(List<Word> words, String boardCode) {
		return (boardCode == null ? everyone : people(members(boardCode))).alike(words);
	}

	/** A member's name by id, for a choice. */
	Optional<String> nameOf(String id) {
		return members(null).stream().filter(m -> m.id().equals(id)).map(Member::name).findFirst();
	}

	/** A board's name by code, for a choice. */
	Optional<String> boardName(String code) {
		return boards.stream().filter(b -> b.code().equals(code)).map(Board::name).findFirst();
	}

	/**
	 * The member the words name: among the board's members when a board is given, else
	 * among everyone on any board.
	 */
	Optional<String> person(List<Word> words, String boardCode) {
		Names<String> names = boardCode == null ? everyone : people(members(boardCode));
		return names.find(words).map(Names.Match::target);
	}

	private List<Member> members(String boardCode) {
		List<Member> people = new ArrayList<>();
		for (Board board : boards) {
			if (boardCode == null || board.code().equals(boardCode)) {
				board.members()
					.stream()
					.filter(m -> people.stream().noneMatch(p -> p.id().equalsIgnoreCase(m.id())))
					.forEach(people::add);
			}
		}
		return people;
	}

	private static Names<String> people(List<Member> members) {
		Names<String> names = new Names<>();
		for (Member member : members) {
			String id = member.id();
			String name = member.name().replaceAll("\\(.*?\\)", " ").strip();
			names.add(member.name(), id, false);
			names.add(name, id, false);
			names.add(withoutSmallWords(name), id, false);
			String initials = initials(name);
			if (initials.length() >= 3) {
				names.add(initials, id, true);
			}
			String[] halves = name.split("(?i)\\s+and\\s+");
			if (halves.length == 2 && halves[0].split("\\s+").length >= 2 && halves[1].split("\\s+").length >= 2) {
				names.add(halves[0], id, false);
				names.add(halves[1], id, false);
			}
			String email = member.email() == null ? (id.contains("@") ? id : null) : member.email();
			if (email != null) {
				String local = email.substring(0, email.indexOf('@')).replaceAll("[._-]+", " ").strip();
				names.add(local, id, !local.contains(" "));
			}
			if (personal(name)) {
				String[] parts = name.split("\\s+");
				for (String part : List.of(parts[0], parts[parts.length - 1])) {
					String lower = part.toLowerCase(Locale.ROOT);
					// a name two members share is kept for both: it is then a question,
					// not an
					// answer (Names.alike)
					if (!ORDINARY.contains(lower)) {
						names.add(part, id, false);
					}
				}
			}
		}
		return names;
	}

	/** Whether a member's name is a person's ("Jane Smith") rather than a post's. */
	static boolean personal(String name) {
		String[] parts = name.strip().split("\\s+");
		if (parts.length < 2) {
			return false;
		}
		for (String part : parts) {
			if (!part.matches("\\p{Lu}[\\p{L}'-]*") || ROLE_WORDS.contains(part.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	static String initials(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : name.replaceAll("\\(.*?\\)", " ").strip().split("[\\s-]+")) {
			if (!word.isEmpty() && !SMALL.contains(word.toLowerCase(Locale.ROOT))
					&& Character.isLetter(word.charAt(0))) {
				out.append(Character.toLowerCase(word.charAt(0)));
			}
		}
		return out.toString();
	}

	private static String withoutSmallWords(String name) {
		return String.join(" ",
				List.of(name.split("\\s+")).stream().filter(w -> !SMALL.contains(w.toLowerCase(Locale.ROOT))).toList());
	}

}
