package uk.opcc.quorum.scheduler;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the scheduler plans, reminds and reaches calendars.
 *
 * @param boardsFile the boards' definitions, loaded at start
 * @param extraHolidays days off beyond the built-in England and Wales bank holidays
 * (date: name)
 * @param publicUrl Quorum's address as people reach it, for links in messages and
 * invitations
 * @param organizer the mailbox that organises meetings and sends invitations
 * @param defaultOrganizer the ORGANIZER of iCalendar invitations when no organizer is set
 * and the board has no secretary with an e-mail (iTIP requires one)
 * @param reminders when reminders go out
 * @param graph Microsoft Graph calendars, used when the application connects to Graph and
 * an organizer is set
 * @param office the office's name, printed in the page header of agendas and minutes
 */
@ConfigurationProperties("quorum.scheduler")
public record SchedulerProperties(@DefaultValue("config/boards.yml") Path boardsFile,
		Map<LocalDate, String> extraHolidays, @DefaultValue("http://localhost:3978") URI publicUrl, String organizer,
		@DefaultValue(DEFAULT_ORGANIZER) String defaultOrganizer, @DefaultValue Reminders reminders,
		@DefaultValue Graph graph, @DefaultValue("Office of the Police and Crime Commissioner") String office) {

	static final String DEFAULT_ORGANIZER = "quorum@localhost";

	public SchedulerProperties {
		extraHolidays = extraHolidays == null ? Map.of() : Map.copyOf(extraHolidays);
		// Set but empty would otherwise write an ORGANIZER no calendar accepts.
		defaultOrganizer = defaultOrganizer == null || defaultOrganizer.isBlank() ? DEFAULT_ORGANIZER
				: defaultOrganizer.strip();
	}

	/**
	 * @param poll how often due reminders are looked for
	 * @param claimTimeout a reminder claimed by an instance that then vanished is retried
	 * after this
	 * @param chaseWorkingDays papers chasers go this many working days before the
	 * deadline
	 * @param digestCron Quartz cron for the weekly digest of actions
	 * @param sendHour local hour at which day-based reminders go out
	 */
	public record Reminders(@DefaultValue("30s") Duration poll, @DefaultValue("10m") Duration claimTimeout,
			@DefaultValue("2") int chaseWorkingDays, @DefaultValue("0 0 8 ? * MON") String digestCron,
			@DefaultValue("9") int sendHour) {
	}

	/**
	 * @param scheduleBatch how many people one getSchedule call asks about (Graph allows
	 * 20)
	 */
	public record Graph(@DefaultValue("20") int scheduleBatch) {
	}

}
