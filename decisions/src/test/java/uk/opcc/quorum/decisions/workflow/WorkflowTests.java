package uk.opcc.quorum.decisions.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.opcc.quorum.decisions.Capacity;
import uk.opcc.quorum.decisions.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow table read as a whole: the rules a Monitoring Officer would check it
 * against.
 */
class WorkflowTests {

	@Test
	void everyStatusIsReachableFromADraft() {
		Set<Status> seen = EnumSet.of(Status.DRAFT);
		Deque<Status> todo = new ArrayDeque<>(seen);
		while (!todo.isEmpty()) {
			for (Status next : Workflow.next(todo.pop())) {
				if (seen.add(next)) {
					todo.push(next);
				}
			}
		}
		assertThat(seen).containsExactlyInAnyOrder(Status.values());
	}

	@Test
	void publishedWithdrawnAndNotPublishedAreFinal() {
		for (Status end : EnumSet.of(Status.PUBLISHED, Status.WITHDRAWN, Status.NOT_PUBLISHED)) {
			assertThat(Workflow.next(end)).as(end.name()).isEmpty();
		}
	}

	@Test
	void onlyThePccSignsAndOnlyAfterBothOfficers() {
		assertThat(Workflow.all()).filteredOn(move -> move.to() == Status.SIGNED).singleElement().satisfies(move -> {
			assertThat(move.from()).isEqualTo(Status.AWAITING_PCC);
			assertThat(move.who()).containsExactly(Capacity.PCC);
		});
		assertThat(Workflow.all()).filteredOn(move -> move.to() == Status.AWAITING_PCC)
			.allSatisfy(move -> assertThat(move.who()).containsExactlyInAnyOrder(Capacity.CHIEF_FINANCE_OFFICER,
					Capacity.MONITORING_OFFICER));
	}

	@Test
	void goingBackOrStoppingNeedsAReasonAndGoingForwardDoesNot() {
		Set<Status> stops = EnumSet.of(Status.DEFERRED, Status.WITHDRAWN, Status.NOT_PUBLISHED);
		for (Workflow.Move move : Workflow.all()) {
			boolean back = move.to() == Status.DRAFT && move.from() != Status.DEFERRED;
			assertThat(move.needsComment()).as(move.from() + " -> " + move.to())
				.isEqualTo(back || stops.contains(move.to()));
		}
	}

	@Test
	void eachMoveIsListedOnceAndSomeoneMayMakeIt() {
		Set<String> pairs = new HashSet<>();
		for (Workflow.Move move : Workflow.all()) {
			assertThat(pairs.add(move.from() + ">" + move.to())).as(move.toString()).isTrue();
			assertThat(move.who()).isNotEmpty();
			assertThat(Workflow.move(move.from(), move.to())).contains(move);
		}
		assertThat(Workflow.move(Status.DRAFT, Status.SIGNED)).isEmpty();
	}

}
