package uk.opcc.quorum.bot.site;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Quorum's public pages (the decisions register, meeting pages, the year at a glance)
 * present the office, and where people reach Quorum.
 *
 * @param name the office's name, at the head of every public page
 * @param primaryColour the office's colour (#RGB or #RRGGBB): the page header, links and
 * meeting days. Text on it is white or black, whichever contrasts more; links fall back
 * to a dark blue when the colour is too light to read on white (WCAG 2.2 AA, 4.5:1)
 * @param publicUrl Quorum's address as people reach it: the only such property. The
 * register's feed, reminders and calendar invitations link to it;
 * {@code quorum.decisions.public-url} and {@code quorum.scheduler.public-url} follow it
 * (application.yml). Defaults to {@code http://localhost:<server.port>}
 */
@ConfigurationProperties("quorum.site")
public record SiteProperties(@DefaultValue("Office of the Police and Crime Commissioner") String name,
		@DefaultValue("#1F3864") String primaryColour, @DefaultValue("http://localhost:3978") URI publicUrl) {

	/** A link colour that reads on white whatever the office's colour (5.2:1). */
	static final String FALLBACK_LINK = "#1d4f91";

	private static final double AA = 4.5;

	public SiteProperties {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("quorum.site.name must name the office.");
		}
		name = name.strip();
		if (primaryColour == null || !primaryColour.strip().matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
			throw new IllegalArgumentException(
					"quorum.site.primary-colour must be a colour as #RGB or #RRGGBB (e.g. #1F3864), not '"
							+ primaryColour + "'.");
		}
		primaryColour = expand(primaryColour.strip());
		if (publicUrl == null || !publicUrl.isAbsolute()
				|| !("http".equals(publicUrl.getScheme()) || "https".equals(publicUrl.getScheme()))
				|| publicUrl.getHost() == null) {
			throw new IllegalArgumentException(
					"quorum.site.public-url must be an absolute http(s) address, e.g. https://quorum.opcc.example.org");
		}
	}

	/** The public address without a trailing slash, ready for a path to be appended. */
	public String baseUrl() {
		return publicUrl.toString().replaceAll("/+$", "");
	}

	/**
	 * Text on the primary colour: white or black, whichever contrasts more (4.58:1 at
	 * least).
	 */
	public String onPrimary() {
		return contrast(primaryColour, "#ffffff") >= contrast(primaryColour, "#000000") ? "#ffffff" : "#000000";
	}

	/** Links on white: the primary colour when it reads at 4.5:1, else a dark blue. */
	public String linkColour() {
		return contrast(primaryColour, "#ffffff") >= AA ? primaryColour : FALLBACK_LINK;
	}

	/** The WCAG contrast ratio of two colours given as #RRGGBB, from 1 to 21. */
	static double contrast(String first, String second) {
		double a = luminance(first);
		double b = luminance(second);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static String expand(String colour) {
		String hex = colour.substring(1).toLowerCase(Locale.ROOT);
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		return "#" + hex;
	}

}
