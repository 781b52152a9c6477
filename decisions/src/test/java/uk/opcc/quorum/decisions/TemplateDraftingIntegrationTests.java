package uk.opcc.quorum.decisions;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a language model a template drafts: what the text says goes in, the rest is
 * marked to complete.
 */
@SpringBootTest(classes = DecisionsTestApplication.class)
class TemplateDraftingIntegrationTests {

	@Autowired
	Drafting drafting;

	@Autowired
	DecisionWorkflow workflow;

	@Test
	void draftsFromAPastedParagraphAndRefusesSubmissionUntilCompleted() {
		Drafted drafted = drafting.draft(
				new DraftRequest(
						"Extend the victims' services contract with the current "
								+ "provider for twelve months from 1 April. The re-tender will run over the summer.",
						null),
				Notices.AUTHOR);

		DecisionNotice notice = drafted.notice();
		assertThat(drafted.mode()).isEqualTo(Drafted.Mode.TEMPLATE);
		assertThat(drafted.note()).contains("[To complete]");
		assertThat(notice.title()).isEqualTo(
				"Extend the victims' services contract with the current provider for twelve months from 1 April");
		assertThat(notice.sections().recommendation()).startsWith("That the Police and Crime Commissioner approves");
		assertThat(notice.sections().financial()).startsWith(Sections.TO_COMPLETE);
		assertThat(notice.number()).isNotBlank();
		assertThatThrownBy(() -> workflow.move(notice.id(),
				new TransitionRequest(Status.IN_REVIEW, null, null, null, null), Notices.AUTHOR))
			.hasMessageContaining("Reasons for the decision, Financial implications, Legal implications");
	}

	@Test
	void draftsFromADecisionInTheMinutesKeepingTheMeeting() {
		DecisionNotice.SourceMeeting meeting = new DecisionNotice.SourceMeeting("SGB", "meeting-42",
				LocalDate.of(2027, 2, 2), "To buy twelve electric patrol cars for the rural teams.");

		Drafted drafted = drafting.draft(new DraftRequest(null, meeting), Notices.AUTHOR);

		assertThat(drafted.notice().source()).isEqualTo(meeting);
		assertThat(drafted.notice().sections().background()).contains("electric patrol cars")
			.contains("SGB meeting of 2027-02-02");
	}

	@Test
	void refusesAnEmptyRequestAndCandidates() {
		assertThatThrownBy(() -> drafting.draft(new DraftRequest("  ", null), Notices.AUTHOR))
			.hasMessageContaining("Give the text to draft from");
		assertThatThrownBy(() -> drafting.draft(new DraftRequest("Anything.", null), Notices.CFO))
			.hasMessageContaining("Only OPCC staff");
	}

}
