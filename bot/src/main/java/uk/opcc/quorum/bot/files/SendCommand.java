package uk.opcc.quorum.bot.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionHandler;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.Refusals;
import uk.opcc.quorum.bot.security.Role;

/**
 * {@code send agenda <board>}, {@code send notice <number>}: offers the document as a
 * file in a personal chat. Also the "Send me the file" button on agenda and notice cards,
 * which names the document by id.
 */
@Component
class SendCommand implements CommandHandler, CardActionHandler {

	private static final Set<Role> OFFICE = EnumSet.complementOf(EnumSet.of(Role.CANDIDATE));

	private final FileSources sources;

	SendCommand(FileSources sources) {
		this.sources = sources;
	}

	@Override
	public List<String> names() {
		return List.of("send");
	}

	@Override
	public String usage() {
		return "send agenda <board> | send notice <number>";
	}

	@Override
	public String description() {
		return "Send a file to your personal chat with Quorum";
	}

	@Override
	public String verb() {
		return FileSources.SEND;
	}

	/**
	 * The office: nothing Quorum sends is for candidates. This is only the first gate
	 * (and what help goes by); each kind of file is checked against its own source's
	 * roles.
	 */
	@Override
	public Set<Role> allowedRoles() {
		return OFFICE;
	}

	@Override
	public List<String> examples() {
		return List.of("send agenda {board}", "send notice 2027/004");
	}

	@Override
	public boolean accepts(String rest) {
		// "send me the PAF agenda" asks to see it; the router reads that
		return !rest.toLowerCase(java.util.Locale.ROOT).matches("(me|us)\\b.*");
	}

	@Override
	public BotReply handle(CommandRequest request) {
		String[] words = request.text().split("\\s+", 2);
		FileSource source = sources.of(words[0]);
		if (source == null) {
			return BotReply.text("I can send "
					+ sources.all().stream().map(s -> "**send " + s.usage() + "**").collect(Collectors.joining(" or "))
					+ ", for example: send notice 2027/004.");
		}
		if (!FileSources.mayHave(request.caller(), source)) {
			// before looking the document up, so that who may not have it learns nothing
			// of it
			return BotReply.text(FileSources.refusal(source));
		}
		String rest = words.length > 1 ? words[1].strip() : "";
		if (rest.isEmpty()) {
			return BotReply.text("Say which one: send " + source.usage() + ".");
		}
		return Refusals
			.explain(() -> sources.offer(request.caller(), source, source.find(rest), request.conversation()));
	}

	@Override
	public BotReply handle(CardActionRequest request) {
		FileSource source = sources.of(request.text("kind"));
		if (source == null || request.text("id").isEmpty()) {
			return BotReply.text("That button does not say which file to send; open the card again.");
		}
		return sources.offer(request.caller(), source, request.text("id"), request.conversation());
	}

}
