package uk.opcc.quorum.bot.system;

/**
 * A value from outside (an activity's ids and names, a header, an exception's message)
 * made fit for one log line. A line break in an activity id would otherwise start a
 * forged log line; control characters are escaped so that what was sent can still be
 * read, and a long value is cut so that one request cannot flood the log.
 */
public final class LogSafe {

	static final int MAX = 200;

	private LogSafe() {
	}

	public static String of(Object value) {
		if (value == null) {
			return "null";
		}
		String text = value.toString();
		StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX) + 8);
		for (int i = 0; i < text.length(); i++) {
			if (safe.length() >= MAX) {
				return safe.append("...(").append(text.length()).append(" chars)").toString();
			}
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> safe.append("\\n");
				case '\r' -> safe.append("\\r");
				case '\t' -> safe.append("\\t");
				default -> {
					if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
							|| Character.getType(c) == Character.FORMAT && c != '\u200D') {
						safe.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						safe.append(c);
					}
				}
			}
		}
		return safe.toString();
	}

	/** An exception as one safe line: its kind and message, never its stack. */
	public static String of(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof java.util.concurrent.CompletionException
				|| cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + of((Object) cause.getMessage());
	}

}
