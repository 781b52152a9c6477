package uk.opcc.quorum.scheduler.board;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.Member;

/** Boards in MongoDB ({@code scheduler_boards}), one document per board code. */
@Component
public class BoardStore {

	private final MongoTemplate mongo;

	public BoardStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<Board> all() {
		return mongo.find(new Query().with(Sort.by("_id")), Stored.class).stream().map(Stored::board).toList();
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
