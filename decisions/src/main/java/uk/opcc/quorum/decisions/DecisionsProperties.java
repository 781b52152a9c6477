package uk.opcc.quorum.decisions;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How decision notices are numbered, headed and published.
 *
 * @param numberPattern the reference number: YYYY is the year, a run of N the sequence,
 * zero-padded (2027/004)
 * @param office the office's name, printed at the head of every notice
 * @param publishWithinWorkingDays a signed notice is due on the register within this many
 * working days
 * @param publicUrl Quorum's public address, for the register's links and feed
 * @param logo the office's logo, a PNG or JPEG file printed above its name at the head of
 * every notice PDF; none when not set
 */
@ConfigurationProperties("quorum.decisions")
public record DecisionsProperties(@DefaultValue("YYYY/NNN") String numberPattern,
		@DefaultValue("Office of the Police and Crime Commissioner") String office,
		@DefaultValue("5") int publishWithinWorkingDays, @DefaultValue("http://localhost:3978") URI publicUrl,
		Path logo) {

	public DecisionsProperties {
		if (!numberPattern.contains("YYYY") || !numberPattern.contains("N")) {
			throw new IllegalArgumentException(
					"quorum.decisions.number-pattern needs YYYY and N, e.g. YYYY/NNN or NNN-YYYY");
		}
	}

}
