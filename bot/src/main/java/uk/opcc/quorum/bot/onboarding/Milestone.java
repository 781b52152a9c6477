package uk.opcc.quorum.bot.onboarding;

import java.time.LocalDate;

/**
 * A date of a new PCC's first year set by law (or by the office's own procedure, where
 * the detail says so).
 *
 * @param key stable part of its calendar UID
 * @param date the day
 * @param title what happens, short
 * @param detail the rule behind it
 */
record Milestone(String key, LocalDate date, String title, String detail) {
}
