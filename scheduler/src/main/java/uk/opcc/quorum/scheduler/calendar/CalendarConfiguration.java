package uk.opcc.quorum.scheduler.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import uk.opcc.quorum.scheduler.GraphConnection;
import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.board.BoardStore;
import uk.opcc.quorum.scheduler.meeting.MeetingStore;

/** Graph when the office configured it, Quorum's own calendar otherwise. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

	@Bean
	MeetingCalendar meetingCalendar(SchedulerProperties properties, ObjectProvider<GraphConnection> graph,
			MeetingStore meetings, BoardStore boards) {
		GraphConnection connection = graph.getIfAvailable();
		if (connection != null && StringUtils.hasText(properties.organizer())) {
			log.info("Meetings go to Microsoft Graph as {}'s calendar events", properties.organizer());
			return new GraphCalendar(new GraphClient(connection), properties.organizer(),
					properties.graph().scheduleBatch());
		}
		return new OwnCalendar(meetings, boards);
	}

}
