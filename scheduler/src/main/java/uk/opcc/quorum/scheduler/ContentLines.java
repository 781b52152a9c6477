package uk.opcc.quorum.scheduler;

/**
 * iCalendar text as RFC 5545 wants it written, for every calendar Quorum serves (meeting
 * invitations, a new PCC's first year): a TEXT value escaped (3.3.11) and content lines
 * folded at 75 octets (3.1) without splitting a UTF-8 character, nor the two halves of
 * one outside the Basic Multilingual Plane.
 */
public final class ContentLines {

	private static final int MAX_OCTETS = 75;

	private final StringBuilder ics = new StringBuilder();

	/** Appends one content line, folded, with its CRLF. */
	public ContentLines line(String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
			if (octets + size > MAX_OCTETS) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
		return this;
	}

	/**
	 * A TEXT value: backslash, semicolon, comma and line breaks escaped; controls
	 * dropped.
	 */
	public static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n")
			.replaceAll("[\\p{Cntrl}&&[^\t]]", " ");
	}

	@Override
	public String toString() {
		return ics.toString();
	}

}
