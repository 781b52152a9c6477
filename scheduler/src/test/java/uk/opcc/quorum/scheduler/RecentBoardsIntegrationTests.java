package uk.opcc.quorum.scheduler;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import uk.opcc.quorum.scheduler.board.BoardStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boards read on every message are read from the store at most once a second; one
 * saved here shows at once, one written by another instance within the second.
 */
@SpringBootTest(classes = SchedulerTestApplication.class)
class RecentBoardsIntegrationTests {

	private static final List<String> ADDED = List.of("TST", "OTHER");

	@Autowired
	Boards boards;

	@Autowired
	MongoTemplate mongo;

	@AfterEach
	void removeAdded() {
		mongo.remove(new Query(Criteria.where("_id").in(ADDED)), "scheduler_boards");
	}

	@Test
	void showsABoardSavedHereAtOnceAndOneSavedElsewhereWithinTheSecond() throws Exception {
		List<Board> before = boards.recent();
		assertThat(boards.recent()).as("the same list, not read again").isSameAs(before);

		boards.save(new Board("TST", "Test Board", false, List.of(), "FREQ=MONTHLY;BYDAY=1MO", LocalTime.of(10, 0),
				Duration.ofHours(2), "Room 1", false, 5, null, null));
		assertThat(boards.recent()).extracting(Board::code).contains("TST");

		// another instance's write, straight to the store
		Document other = mongo.findById("TST", Document.class, "scheduler_boards");
		other.put("_id", "OTHER");
		mongo.insert(other, "scheduler_boards");
		Thread.sleep(BoardStore.RECENT.toMillis() + 100);
		assertThat(boards.recent()).extracting(Board::code).contains("TST", "OTHER");
	}

}
