package uk.opcc.quorum.scheduler.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.SchedulingException;

/**
 * Working days in England and Wales: weekdays that are not bank holidays, from a dated
 * table.
 */
@Component
public class BankHolidays {

	private static final String TABLE = "/scheduler/bank-holidays-england-and-wales.txt";

	private final Map<LocalDate, String> holidays = new TreeMap<>();

	private int firstYear;

	private int lastYear;

	public BankHolidays(SchedulerProperties properties) {
		try (InputStream in = BankHolidays.class.getResourceAsStream(TABLE)) {
			read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		holidays.putAll(properties.extraHolidays());
		properties.extraHolidays().keySet().forEach(d -> lastYear = Math.max(lastYear, d.getYear()));
	}

	private void read(BufferedReader reader) throws IOException {
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.startsWith("coverage ")) {
				String[] years = line.split(" ");
				firstYear = Integer.parseInt(years[1]);
				lastYear = Integer.parseInt(years[2]);
			}
			else if (!line.isBlank() && !line.startsWith("#")) {
				holidays.put(LocalDate.parse(line.substring(0, 10)), line.substring(11).strip());
			}
		}
	}

	public Optional<String> holiday(LocalDate date) {
		requireCovered(date);
		return Optional.ofNullable(holidays.get(date));
	}

	public boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& holiday(date).isEmpty();
	}

	/** Why {@code date} is not a working day, or empty when it is. */
	public Optional<String> closure(LocalDate date) {
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return Optional.of("a " + (date.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday"));
		}
		return holiday(date);
	}

	/** The working day {@code days} working days before {@code date}. */
	public LocalDate workingDaysBefore(LocalDate date, int days) {
		LocalDate day = date;
		for (int counted = 0; counted < days;) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	public LocalDate workingDaysAfter(LocalDate date, int days) {
		LocalDate day = date;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	private void requireCovered(LocalDate date) {
		if (date.getYear() < firstYear || date.getYear() > lastYear) {
			throw SchedulingException.invalid("Quorum knows the bank holidays of " + firstYear + " to " + lastYear
					+ " only; " + date + " is outside them. Add that year's bank holidays under "
					+ "quorum.scheduler.extra-holidays.");
		}
	}

}
