package uk.opcc.quorum.bot.onboarding;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandDispatcher;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.security.Role;

/**
 * {@code start}, {@code onboarding} or "I'm new": the programme from where the person
 * left it; {@code start over} from the beginning. "I'm" followed by anything but "new" is
 * a question, and goes to Ask.
 */
@Component
class OnboardingCommand implements CommandHandler {

	private final Onboarding onboarding;

	private final CommandDispatcher dispatcher;

	OnboardingCommand(Onboarding onboarding, @Lazy CommandDispatcher dispatcher) {
		this.onboarding = onboarding;
		this.dispatcher = dispatcher;
	}

	@Override
	public List<String> names() {
		// Teams may send the typographic apostrophe
		return List.of("start", "onboarding", "i'm", "i\u2019m", "im");
	}

	@Override
	public String usage() {
		return "start [over]";
	}

	@Override
	public String description() {
		return "New to the role? The onboarding programme, one topic at a time, answered from the office's documents";
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.allOf(Role.class);
	}

	@Override
	public BotReply handle(CommandRequest request) {
		String rest = request.text().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").strip();
		if (rest.isEmpty() || rest.matches("new\\b.*")) {
			return onboarding.resume(request.caller());
		}
		if (rest.equals("over") || rest.equals("again")) {
			return onboarding.startOver(request.caller());
		}
		return dispatcher.message(request.caller(), "ask " + request.text(), request.conversation(), request.files());
	}

}
