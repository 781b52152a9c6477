package uk.opcc.quorum.decisions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.opcc.quorum.decisions.numbering.NumberAllocator;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = DecisionsTestApplication.class)
class NumberingIntegrationTests {

	@Autowired
	Decisions decisions;

	@Autowired
	NumberAllocator numbers;

	@Autowired
	DecisionsTestApplication.TestClock clock;

	@Test
	void fiftyDraftsCreatedAtOnceGetFiftyDifferentNumbers() throws Exception {
		clock.set("2031-06-01T10:00:00Z");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<DecisionNotice>> created = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			int n = i;
			created.add(pool.submit(() -> {
				start.await();
				return decisions.create(new NoticeRequest("Concurrent draft " + n, null, null, null, null, null),
						Notices.AUTHOR);
			}));
		}
		start.countDown();
		Set<String> seen = new HashSet<>();
		for (Future<DecisionNotice> notice : created) {
			seen.add(notice.get().number());
		}
		pool.shutdown();

		assertThat(seen).hasSize(50).allMatch(n -> n.matches("2031/0\\d\\d"));
		assertThat(seen).contains("2031/001", "2031/050");
	}

	@Test
	void eachYearStartsAgainFromOne() {
		clock.set("2032-12-31T23:00:00Z");
		assertThat(numbers.next(2032)).isEqualTo("2032/001");
		assertThat(numbers.next(2032)).isEqualTo("2032/002");
		assertThat(numbers.next(2033)).isEqualTo("2033/001");
	}

	@Test
	void refusedDraftsUseNoNumber() {
		clock.set("2034-01-10T10:00:00Z");
		try {
			decisions.create(new NoticeRequest("", null, null, null, null, null), Notices.AUTHOR);
		}
		catch (DecisionException expected) {
			// the title is missing
		}
		assertThat(decisions.create(Notices.complete("First real one"), Notices.AUTHOR).number()).isEqualTo("2034/001");
	}

}
