package uk.opcc.quorum.bot.onboarding;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.security.Role;

/**
 * {@code start}, {@code onboarding} or "I'm new" (read by the intent router): the
 * programme from where the person left it; {@code start over} from the beginning.
 */
@Component
class OnboardingCommand implements CommandHandler {

	private final Onboarding onboarding;

	OnboardingCommand(Onboarding onboarding) {
		this.onboarding = onboarding;
	}

	@Override
	public List<String> names() {
		return List.of("start", "onboarding");
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
	public List<String> examples() {
		return List.of("I'm new here, where do I start?");
	}

	/** "start over"; "start a decision notice" is for the router. */
	@Override
	public boolean accepts(String rest) {
		return rest.isEmpty() || rest.toLowerCase(Locale.ROOT).matches("(over|again|new)\\b.*");
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
		return onboarding.resume(request.caller());
	}

}
