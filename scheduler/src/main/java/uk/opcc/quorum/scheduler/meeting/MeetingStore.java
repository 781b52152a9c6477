package uk.opcc.quorum.scheduler.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.scheduler.Meeting;
import uk.opcc.quorum.scheduler.SchedulingException;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Meetings in MongoDB ({@code scheduler_meetings}); every change is one atomic write
 * checked against its version.
 */
@Component
public class MeetingStore {

	private final MongoTemplate mongo;

	public MeetingStore(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(Meeting.class)
			.createIndex(new Index().on("boardCode", Sort.Direction.ASC).on("start", Sort.Direction.ASC));
	}

	public void insert(Meeting meeting) {
		mongo.insert(meeting);
	}

	public Optional<Meeting> find(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, Meeting.class));
	}

	/**
	 * Stores {@code changed} if nobody changed the meeting since {@code changed} was
	 * read; answers what is stored.
	 */
	public Meeting update(Meeting changed) {
		Meeting next = new Meeting(changed.id(), changed.boardCode(), changed.start(), changed.end(),
				changed.location(), changed.online(), changed.status(), changed.papersDeadline(), changed.sequence(),
				changed.calendarEventId(), changed.joinUrl(), changed.items(), changed.minutes(),
				changed.version() + 1);
		Meeting previous = mongo.findAndReplace(
				Query.query(where("_id").is(changed.id()).and("version").is(changed.version())), next,
				FindAndReplaceOptions.none());
		if (previous == null) {
			throw SchedulingException.conflict("The meeting changed while this change was being made; nothing was "
					+ "changed. Look at it again and repeat the change.");
		}
		return next;
	}

	/**
	 * Scheduled meetings of a board that overlap the given times, other than
	 * {@code exceptId}.
	 */
	public List<Meeting> overlapping(String boardCode, Instant start, Instant end, String exceptId) {
		Criteria criteria = where("boardCode").is(boardCode)
			.and("status")
			.is(Meeting.Status.SCHEDULED)
			.and("start")
			.lt(end)
			.and("end")
			.gt(start);
		if (exceptId != null) {
			criteria = criteria.and("_id").ne(exceptId);
		}
		return mongo.find(Query.query(criteria), Meeting.class);
	}

	public List<Meeting> scheduledBetween(Instant from, Instant to) {
		return mongo
			.find(Query.query(where("status").is(Meeting.Status.SCHEDULED).and("start").lt(to).and("end").gt(from))
				.with(Sort.by("start")), Meeting.class);
	}

	/**
	 * Meetings of one board (all boards when null) starting at or after {@code from},
	 * earliest first.
	 */
	public List<Meeting> from(String boardCode, Instant from, int limit) {
		Criteria criteria = where("status").is(Meeting.Status.SCHEDULED).and("start").gte(from);
		if (boardCode != null) {
			criteria = criteria.and("boardCode").is(boardCode);
		}
		return mongo.find(Query.query(criteria).with(Sort.by("start")).limit(limit), Meeting.class);
	}

	/** The latest scheduled meeting of a board that started before {@code before}. */
	public Optional<Meeting> latestBefore(String boardCode, Instant before) {
		return Optional.ofNullable(mongo.findOne(Query
			.query(where("boardCode").is(boardCode).and("status").is(Meeting.Status.SCHEDULED).and("start").lt(before))
			.with(Sort.by(Sort.Direction.DESC, "start")), Meeting.class));
	}

	public List<Meeting> ofBoard(String boardCode) {
		return mongo.find(Query.query(where("boardCode").is(boardCode)).with(Sort.by("start")), Meeting.class);
	}

}
