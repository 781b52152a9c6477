package uk.opcc.quorum.scheduler.board;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Member;

/**
 * Boards in MongoDB ({@code scheduler_boards}), one document per board code. The list is
 * also kept as last read for up to {@link #RECENT} for what reads it on every message
 * (routing, help), which would otherwise cost a query each.
 */
@Component
public class BoardStore {

	/**
	 * How long {@link #recent()} may answer the list as last read: a board saved on
	 * another instance (or written to the store directly) shows after this at most; one
	 * saved here shows at once.
	 */
	public static final Duration RECENT = Duration.ofSeconds(1);

	private final MongoTemplate mongo;

	private volatile Snapshot last;

	/** Counts saves, so that a read begun before one is not kept after it. */
	private final AtomicLong saves = new AtomicLong();

	public BoardStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<Board> all() {
		long readAt = System.nanoTime();
		long savesBefore = saves.get();
		List<Board> boards = List
			.copyOf(mongo.find(new Query().with(Sort.by("_id")), Stored.class).stream().map(Stored::board).toList());
		Snapshot before = last;
		// a slower read that started earlier must not replace a fresher one
		if (saves.get() == savesBefore && (before == null || readAt - before.readAt() > 0)) {
			last = new Snapshot(boards, readAt);
		}
		return boards;
	}

	/** The boards as read at most {@link #RECENT} ago. */
	public List<Board> recent() {
		Snapshot snapshot = last;
		if (snapshot != null && System.nanoTime() - snapshot.readAt() < RECENT.toNanos()) {
			return snapshot.boards();
		}
		return all();
	}

	public Optional<Board> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(mongo.findById(code.strip().toUpperCase(java.util.Locale.ROOT), Stored.class))
			.map(Stored::board);
	}

	/** Adds or replaces the board in one write. */
	public void save(Board board) {
		mongo.save(Stored.of(board));
		saves.incrementAndGet();
		last = null;
	}

	private record Snapshot(List<Board> boards, long readAt) {
	}

	@Document("scheduler_boards")
	record Stored(@Id String code, String name, boolean publicBoard, List<Member> members, String cadence,
			String startTime, long minutes, String location, boolean online, int papersDeadlineDays,
			List<String> standardItems, Board.HolidayPolicy onHoliday) {

		static Stored of(Board b) {
			return new Stored(b.code(), b.name(), b.publicBoard(), b.members(), b.cadence(), b.startTime().toString(),
					b.duration().toMinutes(), b.location(), b.online(), b.papersDeadlineDays(), b.standardItems(),
					b.onHoliday());
		}

		Board board() {
			return new Board(code, name, publicBoard, members, cadence, LocalTime.parse(startTime),
					Duration.ofMinutes(minutes), location, online, papersDeadlineDays, standardItems, onHoliday);
		}

	}

}
