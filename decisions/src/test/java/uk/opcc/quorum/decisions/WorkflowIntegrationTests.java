package uk.opcc.quorum.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.opcc.quorum.decisions.store.NoticeStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.opcc.quorum.decisions.Capacity.ADMIN;
import static uk.opcc.quorum.decisions.Capacity.AUTHOR;
import static uk.opcc.quorum.decisions.Capacity.CHIEF_FINANCE_OFFICER;
import static uk.opcc.quorum.decisions.Capacity.MONITORING_OFFICER;
import static uk.opcc.quorum.decisions.Capacity.PCC;
import static uk.opcc.quorum.decisions.Status.AWAITING_PCC;
import static uk.opcc.quorum.decisions.Status.DEFERRED;
import static uk.opcc.quorum.decisions.Status.DRAFT;
import static uk.opcc.quorum.decisions.Status.IN_REVIEW;
import static uk.opcc.quorum.decisions.Status.NOT_PUBLISHED;
import static uk.opcc.quorum.decisions.Status.PUBLISHED;
import static uk.opcc.quorum.decisions.Status.SIGNED;
import static uk.opcc.quorum.decisions.Status.WITHDRAWN;

@SpringBootTest(classes = DecisionsTestApplication.class)
class WorkflowIntegrationTests {

	/**
	 * The allowed moves as the office's governance describes them; every other (from, to,
	 * capacity) is refused.
	 */
	private static final List<Object[]> ALLOWED = List.of(new Object[] { DRAFT, IN_REVIEW, Set.of(AUTHOR) },
			new Object[] { IN_REVIEW, AWAITING_PCC, Set.of(CHIEF_FINANCE_OFFICER, MONITORING_OFFICER) },
			new Object[] { IN_REVIEW, DRAFT, Set.of(CHIEF_FINANCE_OFFICER, MONITORING_OFFICER, AUTHOR) },
			new Object[] { AWAITING_PCC, SIGNED, Set.of(PCC) }, new Object[] { AWAITING_PCC, DRAFT, Set.of(PCC) },
			new Object[] { SIGNED, PUBLISHED, Set.of(AUTHOR, ADMIN) },
			new Object[] { SIGNED, NOT_PUBLISHED, Set.of(MONITORING_OFFICER, PCC) },
			new Object[] { DRAFT, DEFERRED, Set.of(PCC, ADMIN) },
			new Object[] { IN_REVIEW, DEFERRED, Set.of(PCC, ADMIN) },
			new Object[] { AWAITING_PCC, DEFERRED, Set.of(PCC, ADMIN) },
			new Object[] { DEFERRED, DRAFT, Set.of(AUTHOR, PCC, ADMIN) },
			new Object[] { DRAFT, WITHDRAWN, Set.of(AUTHOR, PCC, ADMIN) },
			new Object[] { IN_REVIEW, WITHDRAWN, Set.of(AUTHOR, PCC, ADMIN) },
			new Object[] { AWAITING_PCC, WITHDRAWN, Set.of(AUTHOR, PCC, ADMIN) },
			new Object[] { DEFERRED, WITHDRAWN, Set.of(AUTHOR, PCC, ADMIN) });

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionWorkflow workflow;

	@Autowired
	NoticeStore store;

	@Autowired
	RecordingNotifier notifier;

	@Autowired
	DecisionsTestApplication.TestClock clock;

	@BeforeEach
	void reset() {
		clock.set("2027-03-01T10:00:00Z");
		notifier.clear();
	}

	private static boolean allowed(Status from, Status to, Capacity who) {
		return ALLOWED.stream().anyMatch(m -> m[0] == from && m[1] == to && ((Set<?>) m[2]).contains(who));
	}

	private static boolean exists(Status from, Status to) {
		return ALLOWED.stream().anyMatch(m -> m[0] == from && m[1] == to);
	}

	/**
	 * A complete notice already in {@code status}, as the workflow would have left it.
	 */
	private DecisionNotice in(Status status) {
		DecisionNotice draft = decisions.create(Notices.complete("Matrix " + status), Notices.AUTHOR);
		DecisionNotice.Signature signature = status.signed()
				? new DecisionNotice.Signature("Pat Commissioner", LocalDate.of(2027, 2, 26), true, null) : null;
		DecisionNotice placed = draft.with(status, List.of(), signature, null, null,
				status == PUBLISHED ? Instant.parse("2027-02-27T09:00:00Z") : null);
		return store.update(placed, new AuditEntry(new ObjectId().toHexString(), placed.id(), Instant.now(), "test",
				"placed in " + status, java.util.Map.of()));
	}

	@Test
	void everyStatusTargetAndCapacityIsAllowedOrRefusedAsTheTableSays() {
		List<String> wrong = new ArrayList<>();
		for (Status from : Status.values()) {
			for (Status to : Status.values()) {
				for (Capacity who : Capacity.values()) {
					DecisionNotice notice = in(from);
					int audited = decisions.audit(notice.id()).size();
					TransitionRequest request = new TransitionRequest(to, "Because the matrix says so", true, null,
							null);
					try {
						workflow.move(notice.id(), request, Notices.as(who));
						if (!allowed(from, to, who)) {
							wrong.add(from + "->" + to + " by " + who + " was allowed");
						}
					}
					catch (DecisionException ex) {
						DecisionException.Reason expected = exists(from, to) ? DecisionException.Reason.FORBIDDEN
								: DecisionException.Reason.CONFLICT;
						if (allowed(from, to, who) || ex.reason() != expected) {
							wrong.add(from + "->" + to + " by " + who + " refused: " + ex.getMessage());
						}
						DecisionNotice after = decisions.get(notice.id());
						if (after.revision() != notice.revision() || decisions.audit(notice.id()).size() != audited) {
							wrong.add(from + "->" + to + " by " + who + " changed something when refused");
						}
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aSignOffWithoutTheSignatorysNameIsRefusedAndChangesNothing() {
		DecisionNotice notice = decisions.create(Notices.complete("Custody suite refurbishment"), Notices.AUTHOR);
		workflow.move(notice.id(), new TransitionRequest(IN_REVIEW, null, null, null, null), Notices.AUTHOR);
		Actor unnamedCfo = new Actor("3f0c9d1e-entra-object-id", null, Set.of(CHIEF_FINANCE_OFFICER));

		assertThatThrownBy(() -> workflow.move(notice.id(), new TransitionRequest(AWAITING_PCC, null, null, null, null),
				unnamedCfo))
			.hasMessageContaining("does not know your name");
		assertThat(decisions.get(notice.id()).reviews()).isEmpty();
	}

	@Test
	void signOffNeedsBothStatutoryOfficersThenThePcc() {
		DecisionNotice notice = decisions.create(Notices.complete("Victims' referral service extension"),
				Notices.AUTHOR);

		workflow.move(notice.id(), new TransitionRequest(IN_REVIEW, null, null, null, null), Notices.AUTHOR);
		assertThat(notifier.told()).extracting(RecordingNotifier.Told::who)
			.containsExactlyInAnyOrder("CHIEF_FINANCE_OFFICER", "MONITORING_OFFICER");

		DecisionNotice afterCfo = workflow.move(notice.id(),
				new TransitionRequest(AWAITING_PCC, null, null, null, null), Notices.CFO);
		assertThat(afterCfo.status()).isEqualTo(IN_REVIEW);
		assertThatThrownBy(() -> workflow.move(notice.id(), new TransitionRequest(AWAITING_PCC, null, null, null, null),
				Notices.CFO))
			.hasMessageContaining("already approved");
		DecisionNotice afterMo = workflow.move(notice.id(),
				new TransitionRequest(AWAITING_PCC, "Lawful.", null, null, null), Notices.MO);
		assertThat(afterMo.status()).isEqualTo(AWAITING_PCC);
		assertThat(notifier.told()).extracting(RecordingNotifier.Told::who).contains("PCC");

		assertThatThrownBy(
				() -> workflow.move(notice.id(), new TransitionRequest(SIGNED, null, null, null, null), Notices.PCC))
			.hasMessageContaining("approves or rejects");
		DecisionNotice signed = workflow.move(notice.id(), new TransitionRequest(SIGNED, null, true, null, null),
				Notices.PCC);
		assertThat(signed.signature().name()).isEqualTo("Pat Commissioner");
		assertThat(signed.signature().date()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(signed.publishBy()).isEqualTo(LocalDate.of(2027, 3, 8));

		DecisionNotice published = workflow.move(notice.id(), new TransitionRequest(PUBLISHED, null, null, null, null),
				Notices.AUTHOR);
		assertThat(published.publishedAt()).isEqualTo(Instant.parse("2027-03-01T10:00:00Z"));
		assertThat(decisions.audit(notice.id())).extracting(AuditEntry::action)
			.containsExactly("created", "DRAFT -> IN_REVIEW",
					"IN_REVIEW: approved, awaiting the other statutory officer", "IN_REVIEW -> AWAITING_PCC",
					"AWAITING_PCC -> SIGNED", "SIGNED -> PUBLISHED");
		assertThat(decisions.audit(notice.id()).get(4).by()).isEqualTo("Pat Commissioner (PCC)");
	}

	@Test
	void returningNeedsACommentAndTellsTheAuthor() {
		DecisionNotice notice = decisions.create(Notices.complete("Estate disposal"), Notices.AUTHOR);
		workflow.move(notice.id(), new TransitionRequest(IN_REVIEW, null, null, null, null), Notices.AUTHOR);

		assertThatThrownBy(
				() -> workflow.move(notice.id(), new TransitionRequest(DRAFT, " ", null, null, null), Notices.CFO))
			.hasMessageContaining("Say why");
		DecisionNotice returned = workflow.move(notice.id(),
				new TransitionRequest(DRAFT, "The valuation is out of date.", null, null, null), Notices.CFO);

		assertThat(returned.statusNote()).isEqualTo("The valuation is out of date.");
		assertThat(notifier.told()).anySatisfy(t -> {
			assertThat(t.who()).isEqualTo("staff-1");
			assertThat(t.message()).contains("returned by Chris Finance: The valuation is out of date.");
		});
	}

	@Test
	void refusesIncompleteSubmissionsAndNamesWhatIsMissing() {
		DecisionNotice notice = decisions.create(
				new NoticeRequest("Fleet electrification",
						new Sections("Buy electric patrol cars.", null, "The fleet is ageing.", null, null, null, null,
								Sections.TO_COMPLETE + "cost]", null, null, null, null, null),
						null, null, null, null),
				Notices.AUTHOR);

		assertThatThrownBy(() -> workflow.move(notice.id(), new TransitionRequest(IN_REVIEW, null, null, null, null),
				Notices.AUTHOR))
			.isInstanceOf(DecisionException.class)
			.hasMessage("Notice " + notice.number()
					+ " cannot go for review yet: Recommendation, Reasons for the decision, "
					+ "Financial implications, Legal implications are still to be written.");
		assertThat(decisions.get(notice.id()).status()).isEqualTo(DRAFT);
	}

	@Test
	void aSignedNoticeIsCorrectedByANewVersion() {
		DecisionNotice signed = in(SIGNED);
		NoticeRequest fix = new NoticeRequest(null, new Sections(null, null, null, null, null, null, null,
				"GBP 420,000 from the victims' grant.", null, null, null, null, null), null, null, null, null);

		assertThatThrownBy(() -> decisions.edit(signed.id(), fix, Notices.AUTHOR)).hasMessageContaining("is signed")
			.hasMessageContaining("/corrections");
		DecisionNotice correction = decisions.correct(signed.id(), fix, Notices.AUTHOR);

		assertThat(correction.number()).isEqualTo(signed.number());
		assertThat(correction.version()).isEqualTo(2);
		assertThat(correction.reference()).isEqualTo(signed.number() + " v2");
		assertThat(correction.status()).isEqualTo(DRAFT);
		assertThat(correction.sections().financial()).isEqualTo("GBP 420,000 from the victims' grant.");
		assertThat(decisions.get(signed.id()).sections().financial()).isEqualTo("GBP 410,000 from the victims' grant.");
		assertThat(decisions.audit(correction.id())).singleElement()
			.satisfies(a -> assertThat(a.changes()).containsEntry("Financial implications",
					"GBP 420,000 from the victims' grant."));
	}

	@Test
	void unknownIdsAndStaleEditsAreRefused() {
		assertThatThrownBy(() -> decisions.get("no-such-id")).hasMessage("There is no decision notice no-such-id.");
		assertThatThrownBy(() -> workflow.move("no-such-id", new TransitionRequest(IN_REVIEW, null, null, null, null),
				Notices.AUTHOR))
			.isInstanceOf(DecisionException.class);
		assertThatThrownBy(() -> decisions.create(new NoticeRequest(" ", null, null, null, null, null), Notices.AUTHOR))
			.hasMessageContaining("needs a title");
		assertThatThrownBy(() -> decisions.create(new NoticeRequest("Secret tender", null,
				new DecisionNotice.Part2("Bid prices", null), null, null, null), Notices.AUTHOR))
			.hasMessageContaining("reason");
		assertThatThrownBy(
				() -> decisions.create(Notices.complete("By a candidate"), new Actor("cand", "Candidate", Set.of())))
			.hasMessageContaining("Only OPCC staff");
	}

	@Test
	void aStaleChangeWritesNeitherTheChangeNorItsAuditEntry() {
		DecisionNotice notice = decisions.create(Notices.complete("Custody suite refit"), Notices.AUTHOR);
		workflow.move(notice.id(), new TransitionRequest(IN_REVIEW, null, null, null, null), Notices.AUTHOR);
		int audited = decisions.audit(notice.id()).size();

		DecisionNotice basedOnTheDraft = notice.edited("Custody suite refit, phase 2", notice.sections(), null,
				notice.decisionMaker(), notice.forwardPlan());
		assertThatThrownBy(() -> store.update(basedOnTheDraft,
				new AuditEntry("x", notice.id(), Instant.now(), "someone", "edited",
						java.util.Map.of("title", "Custody suite refit, phase 2"))))
			.isInstanceOf(DecisionException.class)
			.hasMessageContaining("changed while this change was being made");

		assertThat(decisions.get(notice.id()).title()).isEqualTo("Custody suite refit");
		assertThat(decisions.get(notice.id()).status()).isEqualTo(IN_REVIEW);
		assertThat(decisions.audit(notice.id())).hasSize(audited);
	}

	@Test
	void aFieldClearedByAMoveIsClearedInTheStore() {
		DecisionNotice notice = decisions.create(Notices.complete("Body-worn video renewal"), Notices.AUTHOR);
		workflow.move(notice.id(), new TransitionRequest(IN_REVIEW, null, null, null, null), Notices.AUTHOR);
		workflow.move(notice.id(), new TransitionRequest(DRAFT, "Add the data protection impact.", null, null, null),
				Notices.MO);
		assertThat(decisions.get(notice.id()).statusNote()).isEqualTo("Add the data protection impact.");

		workflow.move(notice.id(), new TransitionRequest(IN_REVIEW, null, null, null, null), Notices.AUTHOR);

		assertThat(decisions.get(notice.id()).statusNote()).isNull();
		assertThat(decisions.audit(notice.id())).extracting(AuditEntry::action)
			.containsExactly("created", "DRAFT -> IN_REVIEW", "IN_REVIEW -> DRAFT", "DRAFT -> IN_REVIEW");
	}

}
