package uk.opcc.quorum.bot.teams;

import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;

import org.springframework.web.util.HtmlUtils;

/**
 * A message's text as the person typed it. Teams sends formatted messages as HTML ({@code
 *
<p>
 * help&nbsp;
 *
</p>
 * }) and leaves a non-breaking space after a removed mention; a command must read the
 * same either way.
 */
final class IncomingText {

	// A tag starts with a letter (or /letter) straight after '<', so "a < b" or "<5m"
	// typed as text survive.
	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2007\\u202F]+");

	private IncomingText() {
	}

	/**
	 * The text without the mention of the activity's recipient (Quorum). The SDK's own
	 * removal reads the mention's text as a regular expression, so "(" in a mention
	 * failed the turn and a crafted one could run for ever; this removes it as plain
	 * text.
	 */
	static String withoutRecipientMention(Activity activity) {
		String text = activity.getText();
		ChannelAccount recipient = activity.getRecipient();
		if (text == null || text.isEmpty() || recipient == null || recipient.getId() == null
				|| activity.getEntities() == null) {
			return text;
		}
		for (Entity entity : activity.getEntities()) {
			if (entity == null || !"mention".equalsIgnoreCase(entity.getType())) {
				continue;
			}
			Mention mention = entity.getAs(Mention.class);
			if (mention == null || mention.getMentioned() == null
					|| !recipient.getId().equals(mention.getMentioned().getId())) {
				continue;
			}
			String shown = mention.getText() != null && !mention.getText().isEmpty() ? mention.getText()
					: "<at>" + mention.getMentioned().getName() + "</at>";
			text = text.replace(shown, "").trim();
		}
		return text;
	}

	static String plain(String text) {
		if (text == null) {
			return "";
		}
		String plain = text;
		if (plain.indexOf('<') >= 0) {
			plain = TAG.matcher(BREAK.matcher(plain).replaceAll("\n")).replaceAll("");
		}
		if (plain.indexOf('&') >= 0) {
			plain = HtmlUtils.htmlUnescape(plain);
		}
		return SPACES.matcher(plain).replaceAll(" ").replaceAll(" ?\n ?", "\n").strip();
	}

}
