package uk.opcc.quorum.bot.onboarding;

import java.time.Clock;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.scheduler.SchedulerProperties;

/**
 * A new PCC's first year as a calendar to download (office roles, SecurityConfiguration).
 */
@RestController
class FirstYearController {

	static final String PATH = "/api/onboarding/first-year.ics";

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final FirstYear firstYear;

	private final SchedulerProperties scheduler;

	private final Clock clock;

	FirstYearController(FirstYear firstYear, SchedulerProperties scheduler, Clock clock) {
		this.firstYear = firstYear;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@ApiResponse(responseCode = "200",
			description = "The statutory dates of a new PCC's first year and the office's next board meetings",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@GetMapping(PATH)
	ResponseEntity<String> firstYear(Caller caller) {
		String organizer = scheduler.organizer() == null || scheduler.organizer().isBlank()
				? scheduler.defaultOrganizer() : scheduler.organizer().strip();
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"first-year.ics\"")
			.body(FirstYearCalendar.of(firstYear.plan(caller), organizer, clock.instant()));
	}

}
