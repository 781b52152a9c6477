package uk.opcc.quorum.bot.teams;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A message's text as the person typed it. Teams sends formatted messages as HTML ({@code <p>help&nbsp;</p>}) and
 * leaves a non-breaking space after a removed mention; a command must read the same either way.
 */
final class IncomingText {

	// A tag starts with a letter (or /letter) straight after '<', so "a < b" or "<5m" typed as text survive.
	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2007\\u202F]+");

	private IncomingText() {
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
