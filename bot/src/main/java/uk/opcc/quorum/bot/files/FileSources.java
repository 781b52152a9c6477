package uk.opcc.quorum.bot.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.command.ConversationInfo;
import uk.opcc.quorum.bot.command.FileOffer;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;

/**
 * The documents Quorum can send, by kind. Whoever asks is checked against the source's
 * roles when the file is offered and again when it is accepted, since a consent card can
 * be answered long after it was sent, by then perhaps by someone who lost the role.
 */
@Component
public class FileSources {

	/**
	 * The verb of a card's "Send me the file" button; its data names the kind and the id.
	 */
	public static final String SEND = "files.send";

	/** The button's title, the same on every card. */
	public static final String SEND_TITLE = "Send me the file";

	private final Map<String, FileSource> sources = new LinkedHashMap<>();

	FileSources(List<FileSource> sources) {
		sources.forEach(source -> {
			if (this.sources.put(source.kind().toLowerCase(Locale.ROOT), source) != null) {
				throw new IllegalStateException("Two file sources claim '" + source.kind() + "'");
			}
		});
	}

	List<FileSource> all() {
		return List.copyOf(sources.values());
	}

	FileSource of(String kind) {
		return kind == null ? null : sources.get(kind.toLowerCase(Locale.ROOT));
	}

	/**
	 * The consent card for one document, in a personal chat; elsewhere, where Teams
	 * cannot take a file, a sentence and the public page if there is one. The file is
	 * made here only to know its size.
	 */
	BotReply offer(Caller caller, FileSource source, String id, ConversationInfo where) {
		if (!mayHave(caller, source)) {
			return BotReply.text(refusal(source));
		}
		return Refusals.explain(() -> {
			FileSummary summary = source.describe(id);
			if (where.kind() != ConversationInfo.Kind.PERSONAL) {
				return BotReply.text("Files are sent only in a personal chat with Quorum: open a chat with Quorum "
						+ "and type **send " + summary.command() + "** there."
						+ (summary.page() == null ? "" : " Its public page: " + summary.page()));
			}
			OutgoingFile file = source.make(id);
			FileOffer offer = new FileOffer(source.kind(), id, file.name(), summary.title(), file.bytes().length);
			return BotReply
				.of(BotMessage.file(summary.title() + ": press **Allow** to have it in your OneDrive.", offer));
		});
	}

	/**
	 * The file an accepted consent card names, made afresh, if the person may still have
	 * it and it can still be sent; otherwise the sentence saying why not.
	 */
	public Fetched fetch(Caller caller, Map<String, ?> context) {
		Object kind = context == null ? null : context.get("kind");
		Object id = context == null ? null : context.get("id");
		FileSource source = kind == null ? null : of(kind.toString());
		if (source == null || id == null) {
			return Fetched.refused("That file offer is no longer recognised; ask for the file again.");
		}
		if (!mayHave(caller, source)) {
			return Fetched.refused(refusal(source));
		}
		return Refusals.orSentence(() -> new Fetched(source.make(id.toString()), null), Fetched::refused);
	}

	static boolean mayHave(Caller caller, FileSource source) {
		return caller.hasAny(source.allowedRoles());
	}

	static String refusal(FileSource source) {
		return "Sorry, **send " + source.kind() + "** needs the role of "
				+ source.allowedRoles().stream().map(Role::description).sorted().collect(Collectors.joining(" or "))
				+ ". Ask an administrator if you should have it.";
	}

}
