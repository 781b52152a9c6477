package uk.opcc.quorum.scheduler.calendar;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphTimesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2027-01-04T09:00:00.0000000", "2027-01-04T09:00:00", "2028-02-29T23:59:59.9999999",
			"0001-01-01T00:00:00", "2027-01-04T09:00", "2027-01-04T09:00:07Z" })
	void readsWhatTheIsoParserReads(String text) {
		String seconds = text.length() > 19 ? text.substring(0, 19) : text;
		assertThat(GraphTimes.instant(text)).isEqualTo(LocalDateTime.parse(seconds).toInstant(ZoneOffset.UTC));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-02-29T09:00:00.0000000", "2027-01-04T24:00:00", "2027-13-01T09:00:00",
			"2027-01-04 09:00:00", "2027-1-04T09:00:00.000", "+2027-01-04T09:00:00", "", "tomorrow" })
	void refusesWhatTheIsoParserRefuses(String text) {
		assertThatThrownBy(() -> GraphTimes.instant(text)).isInstanceOf(DateTimeParseException.class);
	}

}
