package uk.opcc.quorum.bot.meet;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

import uk.opcc.quorum.bot.card.Card;
import uk.opcc.quorum.bot.card.SampleCard;
import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CardActionRequest;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.ConversationInfo;
import uk.opcc.quorum.bot.proactive.ProactiveMessenger;
import uk.opcc.quorum.bot.conversation.ConversationMemory;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.conversation.Slots;
import uk.opcc.quorum.bot.site.SiteProperties;
import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.Actions;
import uk.opcc.quorum.scheduler.AgendaItem;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Boards;
import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.MeetingPlanner;
import uk.opcc.quorum.scheduler.Meetings;
import uk.opcc.quorum.scheduler.Member;
import uk.opcc.quorum.scheduler.MinutesBook;
import uk.opcc.quorum.scheduler.Notice;
import uk.opcc.quorum.scheduler.ProposedMeeting;
import uk.opcc.quorum.scheduler.RecordedDecision;
import uk.opcc.quorum.scheduler.SchedulerProperties;
import uk.opcc.quorum.scheduler.when.WhenResult;

/** The Meet cards, built by Quorum's own code from realistic values. */
public final class MeetCardSamples {

	private static final ConversationInfo CHANNEL = new ConversationInfo("19:sgb@thread.tacv2",
			ConversationInfo.Kind.CHANNEL, "19:sgb@thread.tacv2");

	private static final Caller SECRETARY = new Caller("u-secretary", "Sasha Secretary", "t-1",
			EnumSet.of(Role.SECRETARY));

	private MeetCardSamples() {
	}

	public static List<SampleCard> samples() {
		Board board = new Board("SGB", "Strategic Governance Board", false,
				List.of(new Member("u-pcc", "Pat Commissioner", "pcc@opcc.example", Member.Role.CHAIR),
						new Member("u-secretary", "Sasha Secretary", "secretary@opcc.example", Member.Role.SECRETARY),
						new Member("u-cfo", "Chris Finance", "cfo@opcc.example", Member.Role.OFFICER)),
				"first Tuesday", LocalTime.of(10, 0), Duration.ofHours(2), "Conference Room 1, Headquarters", true, 7,
				null, null);
		List<AgendaItem> items = List.of(
				new AgendaItem("i-1", "Apologies", null, null, AgendaItem.Purpose.INFORMATION, true, false, false, null,
						null),
				new AgendaItem("i-2", "Victims' services contract", "u-cfo", "VS-contract.docx",
						AgendaItem.Purpose.DECISION, false, false, false, "u-cfo",
						Instant.parse("2027-01-04T09:00:00Z")),
				new AgendaItem("i-3", "Estates strategy update", "u-secretary", null, AgendaItem.Purpose.DISCUSSION,
						false, true, false, "u-secretary", Instant.parse("2027-01-08T09:00:00Z")));
		Meeting meeting = new Meeting("m-2027-01", "SGB", Instant.parse("2027-01-12T10:00:00Z"),
				Instant.parse("2027-01-12T12:00:00Z"), "Conference Room 1, Headquarters", true,
				Meeting.Status.SCHEDULED, LocalDate.of(2027, 1, 5), 0, "event-1",
				"https://teams.microsoft.com/l/meetup-join/19%3ameeting_1", items, null, 3);
		Meeting cancelled = meeting
			.rescheduled(meeting.start(), meeting.end(), null, meeting.papersDeadline(), Meeting.Status.CANCELLED)
			.withCalendar(null, null);
		// a mock, so the sample does not depend on every scheduler setting: the cards
		// read
		// the public address only
		SchedulerProperties properties = Mockito.mock(SchedulerProperties.class);
		Mockito.when(properties.publicUrl()).thenReturn(URI.create("https://quorum.opcc.example/"));
		MeetCards cards = new MeetCards(properties);

		List<SampleCard> samples = new ArrayList<>();
		String meetingCard = "MeetCards.meeting(Meeting, Board, String)";
		samples.add(new SampleCard(meetingCard, "an agenda with a Teams link",
				cards.meeting(meeting, board, "Agenda: SGB")));
		samples.add(new SampleCard(meetingCard, "a cancelled meeting, no place, no link",
				cards.meeting(cancelled, board, "Cancelled: SGB")));
		String schedule = "MeetCards.scheduleForm(Board, ProposedMeeting)";
		ZonedDateTime start = ZonedDateTime.of(2027, 2, 2, 10, 0, 0, 0, Meeting.LONDON);
		samples.add(new SampleCard(schedule, "a proposal that moved, with a clash",
				cards.scheduleForm(board,
						new ProposedMeeting("SGB", start, start.plusHours(2), LocalDate.of(2027, 1, 26),
								"Moved from Monday 1 February 2027, a bank holiday",
								List.of(new ProposedMeeting.Clash("Chris Finance", "Audit Committee",
										start.plusMinutes(30), start.plusMinutes(90)))))));
		samples.add(new SampleCard(schedule, "a proposal with no clash", cards.scheduleForm(board,
				new ProposedMeeting("SGB", start, start.plusHours(2), LocalDate.of(2027, 1, 26), null, List.of()))));
		samples.add(new SampleCard("MeetCards.itemForm(Board, Meeting, String, String)", "add an item",
				cards.itemForm(board, meeting, "u-cfo", "Custody visiting annual report")));
		samples.add(new SampleCard("MeetCards.minutesForm(Board, Meeting)", "the minutes form",
				cards.minutesForm(board, meeting)));
		samples.add(new SampleCard("MeetCards.actionForm(Board, Meeting, LocalDate)", "record an action",
				cards.actionForm(board, meeting, LocalDate.of(2027, 2, 9))));
		String actions = "MeetCards.actions(List, LocalDate)";
		List<ActionItem> open = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			open.add(new ActionItem("a-" + i, "SGB", "m-2027-01",
					"Report back on the victims' services contract options, item " + i, "u-cfo",
					LocalDate.of(2027, 1, 5).plusWeeks(i), ActionItem.Status.OPEN, null, null, null));
		}
		samples.add(new SampleCard(actions, "six open actions, one overdue",
				cards.actions(open, LocalDate.of(2027, 1, 13))));
		samples.add(new SampleCard(actions, "no open actions", cards.actions(List.of(), LocalDate.of(2027, 1, 13))));

		String year = "MeetCards.year(YearAtAGlance, byte[], String)";
		YearPicture picture = new YearPicture(new SiteProperties("Office of the Police and Crime Commissioner",
				"#1F3864", URI.create("https://quorum.opcc.example/")));
		YearAtAGlance paf = YearPictureTests.paf2027();
		samples.add(new SampleCard(year, "PAF's year as a picture, one meeting cancelled",
				cards.year(paf, picture.png(paf), "/boards/PAF/year/2027")));
		YearAtAGlance empty = YearAtAGlance.of(2101, "Public meetings", List.of(), Map.of(),
				"Bank holidays are not shown: Quorum has no table of bank holidays for 2101.");
		samples.add(new SampleCard(year, "a year with no meetings and no bank holidays",
				cards.year(empty, picture.png(empty), "/boards/year/2101")));

		Meetings meetings = Mockito.mock(Meetings.class);
		Boards boards = Mockito.mock(Boards.class);
		Mockito.when(boards.get(ArgumentMatchers.anyString())).thenReturn(board);
		Mockito.when(meetings.upcoming(ArgumentMatchers.any(), ArgumentMatchers.anyInt()))
			.thenReturn(List.of(meeting, meeting.rescheduled(Instant.parse("2027-02-02T10:00:00Z"),
					Instant.parse("2027-02-02T12:00:00Z"), null, LocalDate.of(2027, 1, 26), Meeting.Status.SCHEDULED)));
		Mockito.when(meetings.get("m-2027-01")).thenReturn(meeting);
		samples.add(new SampleCard("NextCommand.handle(CommandRequest)", "the next SGB meetings",
				only(new NextCommand(meetings, boards, new ConversationMemory(java.time.Clock.systemUTC()))
					.handle(new CommandRequest(SECRETARY, "sgb", CHANNEL, null)))));

		MinutesBook minutes = Mockito.mock(MinutesBook.class);
		Mockito.when(minutes.decisions("m-2027-01"))
			.thenReturn(List.of(new RecordedDecision("m-2027-01", "SGB", LocalDate.of(2027, 1, 12),
					"Victims' services contract", "Extend the contract for one year")));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("meeting", "m-2027-01");
		data.put("present", "Pat Commissioner\nSasha Secretary");
		data.put("decisions.i-2", "Extend the contract for one year");
		samples.add(new SampleCard("MinutesCommand.handle(CardActionRequest)", "minutes saved, one decision",
				only(new MinutesCommand(meetings, minutes, boards, cards)
					.handle(new CardActionRequest(SECRETARY, "meet.minutes", data, CHANNEL)))));

		AtomicReference<BotMessage> sent = new AtomicReference<>();
		ProactiveMessenger messenger = new ProactiveMessenger() {

			@Override
			public Delivery send(String recipient, BotMessage message) {
				sent.set(message);
				return Delivery.ok();
			}

			@Override
			public Delivery sendToConversation(String conversationId, BotMessage message) {
				return send(conversationId, message);
			}

		};
		Map<String, String> links = new LinkedHashMap<>();
		links.put("Add to calendar (.ics)", "https://quorum.opcc.example/calendar/m-2027-01.ics");
		links.put("Join in Teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_1");
		new TeamsReminderDelivery(messenger).deliver(
				new Notice("u-cfo", Notice.Kind.DAY_BEFORE, "Tomorrow: Strategic Governance Board",
						List.of("Tuesday 12 January 2027, 10:00 to 12:00, Conference Room 1, Headquarters",
								"1. Apologies", "2. Victims' services contract", "3. Estates strategy update (late)"),
						links, "m-2027-01"));
		samples
			.add(new SampleCard("TeamsReminderDelivery.deliver(Notice)", "the day-before reminder", sent.get().card()));
		samples.addAll(conversation(board, meeting, cards));
		return samples;
	}

	private static Card only(BotReply reply) {
		return reply.messages().get(reply.messages().size() - 1).card();
	}

	/**
	 * The cards of plain requests: confirmations, choices, what was held, what is due.
	 */
	private static List<SampleCard> conversation(Board board, Meeting meeting, MeetCards cards) {
		List<SampleCard> samples = new ArrayList<>();
		Meeting after = meeting.rescheduled(Instant.parse("2027-02-02T10:00:00Z"),
				Instant.parse("2027-02-02T12:00:00Z"), null, LocalDate.of(2027, 1, 26), Meeting.Status.SCHEDULED);
		Meetings meetings = Mockito.mock(Meetings.class);
		Boards boards = Mockito.mock(Boards.class);
		Mockito.when(boards.get(ArgumentMatchers.anyString())).thenReturn(board);
		Mockito.when(meetings.current(ArgumentMatchers.anyString())).thenReturn(meeting);
		Mockito.when(meetings.get(meeting.id())).thenReturn(meeting);
		Mockito.when(meetings.upcoming(ArgumentMatchers.any(), ArgumentMatchers.anyInt()))
			.thenReturn(List.of(meeting, after));
		Mockito.when(meetings.held(ArgumentMatchers.anyString(), ArgumentMatchers.anyInt()))
			.thenReturn(List.of(meeting));
		Mockito.when(meetings.today()).thenReturn(LocalDate.of(2027, 1, 13));
		ConversationMemory memory = new ConversationMemory(java.time.Clock.systemUTC());
		WhenResult.Ambiguous twoThursdays = new WhenResult.Ambiguous(List.of(
				new WhenResult.Found(LocalDate.of(2027, 1, 14), Optional.of(LocalTime.of(10, 0)),
						new WhenResult.Span(0, 8)),
				new WhenResult.Found(LocalDate.of(2027, 1, 21), Optional.of(LocalTime.of(10, 0)),
						new WhenResult.Span(0, 8))),
				"Thursday could be 14 or 21 January: which?");
		Slots sgb = new Slots("SGB", null, null, null, null, null);
		Slots sgbEitherThursday = new Slots("SGB", twoThursdays, null, null, null, null);

		samples.add(new SampleCard("MeetingChanges.confirm(Meeting, Board, LocalDate, LocalTime)",
				"move a meeting, to confirm",
				MeetingChanges.confirm(meeting, board, LocalDate.of(2027, 1, 14), LocalTime.of(14, 0))));
		samples.add(new SampleCard("MeetingChanges$Move.choices(Meeting, Ambiguous)", "which Thursday",
				only(new MeetingChanges.Move(meetings, boards, memory, null).handle(
						new CommandRequest(SECRETARY, "move the sgb to thursday", CHANNEL, null, sgbEitherThursday)))));
		samples.add(new SampleCard("MeetingChanges$Cancel.handle(CommandRequest)", "cancel a meeting, to confirm",
				only(new MeetingChanges.Cancel(meetings, boards, memory)
					.handle(new CommandRequest(SECRETARY, "cancel the next sgb", CHANNEL, null, sgb)))));
		samples.add(new SampleCard("PastCommand.handle(CommandRequest)", "meetings held",
				only(new PastCommand(meetings, boards, memory)
					.handle(new CommandRequest(SECRETARY, "SGB", CHANNEL, null, sgb)))));
		memory.meeting(CHANNEL.id(), SECRETARY.userId(), "SGB", meeting.id());
		samples.add(new SampleCard("NextCommand.after(CommandRequest)", "the one after",
				only(new NextCommand(meetings, boards, memory)
					.handle(new CommandRequest(SECRETARY, "after", CHANNEL, null)))));
		MeetingPlanner planner = Mockito.mock(MeetingPlanner.class);
		Mockito.when(planner.papersDeadline(ArgumentMatchers.any(), ArgumentMatchers.any()))
			.thenReturn(LocalDate.of(2027, 1, 7));
		samples.add(new SampleCard("ScheduleCommand.handle(CommandRequest)", "which Thursday to schedule",
				only(new ScheduleCommand(boards, planner, meetings, cards)
					.handle(new CommandRequest(SECRETARY, "SGB", CHANNEL, null, sgbEitherThursday)))));

		Actions actions = Mockito.mock(Actions.class);
		List<ActionItem> open = List.of(
				new ActionItem("a-1", "SGB", meeting.id(), "Report back on the victims' services contract options",
						"u-cfo", LocalDate.of(2027, 1, 5), ActionItem.Status.OPEN, null, null, null),
				new ActionItem("a-2", "SGB", meeting.id(), "Update the strategic risk register", "u-cfo",
						LocalDate.of(2027, 2, 5), ActionItem.Status.OPEN, null, null, null));
		Mockito.when(actions.find(ArgumentMatchers.any())).thenReturn(open);
		samples.add(new SampleCard("ActionCommands$Overdue.handle(CommandRequest)", "overdue actions of a board",
				only(new ActionCommands.Overdue(actions, meetings, boards)
					.handle(new CommandRequest(SECRETARY, "SGB", CHANNEL, null, sgb)))));
		People people = Mockito.mock(People.class);
		Mockito.when(people.aliases(ArgumentMatchers.any())).thenReturn(java.util.Set.of("u-cfo"));
		samples.add(new SampleCard("ActionCommands$CloseRequest.handle(CommandRequest)", "close an action, to confirm",
				only(new ActionCommands.CloseRequest(actions, people)
					.handle(new CommandRequest(SECRETARY, "the risk register", CHANNEL, null)))));
		return samples;
	}

}
