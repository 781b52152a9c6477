package uk.opcc.quorum.scheduler.calendar;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/** Graph when the office configured it, Quorum's own calendar otherwise. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean
	MeetingCalendar meetingCalendar(SchedulerProperties properties, RestClient.Builder http, Clock clock,
			MeetingStore meetings, BoardStore boards) {
		if (properties.graph().configured(properties.organizer())) {
			log.info("Meetings go to Microsoft Graph as {}'s calendar events", properties.organizer());
			return new GraphCalendar(new GraphClient(http, properties.graph(), clock), properties.organizer(),
					properties.graph().scheduleBatch());
		}
		return new OwnCalendar(meetings, boards);
	}

}
