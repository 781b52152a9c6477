package uk.opcc.quorum.bot.meet;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.api.ApiProblem;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.MeetingDocuments;
import uk.opcc.quorum.scheduler.MeetingRequest;
import uk.opcc.quorum.scheduler.Meetings;

/** Board meetings: schedule, read, move, cancel, and the invitation. */
@RestController
@RequestMapping("/api/meetings")
class MeetingsController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Meetings meetings;

	private final MeetingDocuments documents;

	MeetingsController(Meetings meetings, MeetingDocuments documents) {
		this.meetings = meetings;
		this.documents = documents;
	}

	/**
	 * A meeting to schedule, or what changes. Times are text, read by
	 * {@link MeetingTimes}: UK time without an offset, that instant with one.
	 */
	record ScheduleRequest(String board, String start, String end, String location, Boolean online) {
	}

	@ApiResponse(responseCode = "201", description = "Scheduled: the meeting with its id; Location names it")
	@PostMapping
	ResponseEntity<MeetingView> schedule(@RequestBody ScheduleRequest request) {
		if (request == null || request.board() == null || request.board().isBlank()) {
			throw ApiProblem.badRequest("Send the board's code with start and end: {\"board\": \"SGB\", "
					+ "\"start\": \"2027-03-09T10:00\", \"end\": \"2027-03-09T12:00\"}.");
		}
		Meeting meeting = meetings
			.schedule(new MeetingRequest(request.board(), MeetingTimes.read("start", request.start()),
					MeetingTimes.read("end", request.end()), request.location(), request.online()));
		return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(MeetingView.of(meeting));
	}

	@GetMapping
	List<MeetingView> upcoming(@RequestParam(required = false) String board,
			@RequestParam(defaultValue = "10") int count) {
		return meetings.upcoming(board, count).stream().map(MeetingView::of).toList();
	}

	@GetMapping("/{id}")
	MeetingView one(@PathVariable String id) {
		return MeetingView.of(meetings.get(id));
	}

	@PatchMapping("/{id}")
	MeetingView change(@PathVariable String id, @RequestBody ScheduleRequest change) {
		if (change == null || (change.start() == null && change.end() == null && change.location() == null)) {
			throw ApiProblem.badRequest("Send what changes: start, end and/or location.");
		}
		if (change.board() != null && !change.board().equalsIgnoreCase(meetings.get(id).boardCode())) {
			throw ApiProblem.badRequest("A meeting cannot move to another board; cancel it and schedule a new one.");
		}
		return MeetingView
			.of(meetings.reschedule(id, new MeetingRequest(null, MeetingTimes.read("start", change.start()),
					MeetingTimes.read("end", change.end()), change.location(), null)));
	}

	@DeleteMapping("/{id}")
	MeetingView cancel(@PathVariable String id) {
		return MeetingView.of(meetings.cancel(id));
	}

	@ApiResponse(responseCode = "200", description = "The invitation as it stands (REQUEST, or CANCEL once cancelled)",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	@GetMapping("/{id}/ics")
	ResponseEntity<String> invitation(@PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
			.body(documents.invitation(id));
	}

}
