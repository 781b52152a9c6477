package uk.opcc.quorum.bot.meet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import uk.opcc.quorum.scheduler.MeetingDocuments;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * What anyone may read without an API key: the public pages of public boards, and a
 * meeting's invitation, whose address carries the meeting's random id and is sent only to
 * its members.
 */
@RestController
class PublicMeetingsController {

	private final MeetingDocuments documents;

	PublicMeetingsController(MeetingDocuments documents) {
		this.documents = documents;
	}

	@GetMapping(path = "/boards/{code}/", produces = MediaType.TEXT_HTML_VALUE)
	String board(@PathVariable String code) {
		return documents.publicBoardPage(code);
	}

	@GetMapping(path = "/boards/{code}/{meetingId}", produces = MediaType.TEXT_HTML_VALUE)
	String meeting(@PathVariable String code, @PathVariable String meetingId) {
		return documents.publicPage(code, meetingId);
	}

	@GetMapping("/calendar/{meetingId}.ics")
	ResponseEntity<String> invitation(@PathVariable String meetingId) {
		return ResponseEntity.ok()
			.contentType(MeetingsController.CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting.ics\"")
			.body(documents.invitation(meetingId));
	}

	@ExceptionHandler(SchedulingException.class)
	ResponseEntity<String> notFound(SchedulingException ex) {
		return ResponseEntity.status(SchedulingErrors.status(ex.reason()))
			.contentType(MediaType.TEXT_HTML)
			.body("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
					+ "<body><p>" + HtmlUtils.htmlEscape(ex.getMessage()) + "</p></body></html>");
	}

}
