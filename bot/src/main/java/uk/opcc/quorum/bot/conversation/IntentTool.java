package uk.opcc.quorum.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.metadata.ToolMetadata;

import uk.opcc.quorum.bot.conversation.Slots.Kind;

/**
 * One {@link Intent} offered to a language model as a tool: its name is the intent's, its
 * parameters the intent's slots. Calling it only records a {@link ProposedRoute}: it
 * holds nothing but the intent, its definition and where to record, so it cannot reach a
 * capability. Its result goes straight back to Quorum ({@code returnDirect}), never to
 * the model, so a routing costs one call to the model.
 */
public final class IntentTool implements ToolCallback {

	/** What a tool answers: the model never sees it. */
	static final String RECORDED = "Recorded; the person confirms before anything changes.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ToolMetadata RETURN_DIRECT = ToolMetadata.builder().returnDirect(true).build();

	private final Intent intent;

	private final ToolDefinition definition;

	private final Consumer<ProposedRoute> record;

	/**
	 * @param intent the intent this tool proposes
	 * @param boardCodes the codes of the boards as they are now: the only values the
	 * {@code board} parameter takes
	 * @param record where a call's proposal goes
	 */
	public IntentTool(Intent intent, List<String> boardCodes, Consumer<ProposedRoute> record) {
		this.intent = Objects.requireNonNull(intent, "intent");
		this.record = Objects.requireNonNull(record, "record");
		this.definition = ToolDefinition.builder()
			.name(intent.name())
			.description(description(intent))
			.inputSchema(schema(intent, boardCodes))
			.build();
	}

	/** A tool for every intent, each recording into {@code record}. */
	public static List<ToolCallback> all(List<String> boardCodes, Consumer<ProposedRoute> record) {
		List<ToolCallback> tools = new ArrayList<>();
		for (Intent intent : Intent.values()) {
			tools.add(new IntentTool(intent, boardCodes, record));
		}
		return tools;
	}

	@Override
	public ToolDefinition getToolDefinition() {
		return definition;
	}

	@Override
	public ToolMetadata getToolMetadata() {
		return RETURN_DIRECT;
	}

	/** Records what the model proposed; does nothing else. */
	@Override
	public String call(String arguments) {
		Map<?, ?> given = arguments == null || arguments.isBlank() ? Map.of() : JSON.readValue(arguments, Map.class);
		record.accept(
				new ProposedRoute(intent, text(given, Kind.BOARD), text(given, Kind.WHEN), text(given, Kind.DECISION),
						text(given, Kind.PERSON), text(given, Kind.ACTION), text(given, Kind.TOPIC)));
		return RECORDED;
	}

	/** A parameter the intent takes, as given, or null. */
	private String text(Map<?, ?> given, Kind kind) {
		Object value = intent.takes(kind) ? given.get(parameter(kind)) : null;
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	static String parameter(Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The parameters: only the intent's slots, none required, each the words the person
	 * wrote; a board is one of the real codes (the parameter is left out when there are
	 * no boards, so no code can be proposed).
	 */
	static String schema(Intent intent, List<String> boardCodes) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (Kind kind : intent.slots()) {
			Map<String, Object> property = new LinkedHashMap<>();
			property.put("type", "string");
			property.put("description", parameterDescription(kind));
			if (kind == Kind.BOARD) {
				if (boardCodes.isEmpty()) {
					continue;
				}
				property.put("enum", List.copyOf(boardCodes));
			}
			properties.put(parameter(kind), property);
		}
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "object");
		schema.put("properties", properties);
		schema.put("additionalProperties", false);
		return JSON.writeValueAsString(schema);
	}

	private static String parameterDescription(Kind kind) {
		return switch (kind) {
			case BOARD -> "The code of the board the message names, if it names one.";
			case WHEN -> "The words the person wrote for the day and/or time, copied as written "
					+ "(\"Thursday at 10\", \"next Tuesday\", \"3pm\"); never a date you worked out. "
					+ "For a move, only the new day and time.";
			case DECISION -> "The decision notice's number as written, e.g. 2027/004.";
			case PERSON -> "The board member the message names, by name or role, as written.";
			case ACTION -> "The action's number or the words describing it, as written.";
			case TOPIC -> "What the decision notice is to be about, in the person's words.";
		};
	}

	/** What each intent is for, as the model reads it. */
	static String description(Intent intent) {
		return switch (intent) {
			case ASK -> "A question for the office's documents (policies, plans, reports, minutes), or anything "
					+ "that is not one of the other tools.";
			case NEXT_MEETING -> "When a board meets next, or the next meetings.";
			case PAST_MEETINGS -> "Meetings already held: when they were, which ones.";
			case SCHEDULE_MEETING -> "Book a new meeting of a board.";
			case MOVE_MEETING -> "Move a meeting to another day or time.";
			case CANCEL_MEETING -> "Call a meeting off.";
			case SHOW_AGENDA -> "Show the agenda of a board's meeting.";
			case ADD_AGENDA_ITEM -> "Put an item on a meeting's agenda.";
			case ADD_PAPER -> "Send in a paper for a meeting (not a document for the library).";
			case RECORD_MINUTES -> "Take or write up the minutes of a meeting held.";
			case MY_ACTIONS -> "The person's own open actions.";
			case OVERDUE_ACTIONS -> "Actions past their due date, of a board or a person.";
			case CLOSE_ACTION -> "Mark an action done.";
			case DRAFT_DECISION -> "Start drafting a decision notice.";
			case DECISIONS_WAITING_FOR_ME -> "Decision notices waiting for the person to act on.";
			case DECISION_STATUS -> "Where one decision notice, named by its number, has got to.";
			case SOURCES -> "Which documents Quorum answers from.";
			case UPLOAD -> "Add a document to the library Quorum answers from.";
			case HELP -> "What Quorum can do.";
			case ONBOARDING -> "A newcomer (new staff, a new Commissioner, a candidate) asking where to begin.";
		};
	}

}
