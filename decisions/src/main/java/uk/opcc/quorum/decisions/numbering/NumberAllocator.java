package uk.opcc.quorum.decisions.numbering;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.decisions.DecisionsProperties;

/**
 * Allocates reference numbers from a counter per year in {@code decisions_counters}: one
 * atomic increment in MongoDB per number, so drafts created at the same moment on any
 * number of instances never share one.
 */
@Component
public class NumberAllocator {

	private final MongoTemplate mongo;

	private final String pattern;

	public NumberAllocator(MongoTemplate mongo, DecisionsProperties properties) {
		this.mongo = mongo;
		this.pattern = properties.numberPattern();
	}

	public String next(int year) {
		Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("notices-" + year)),
				new Update().inc("sequence", 1), FindAndModifyOptions.options().returnNew(true).upsert(true),
				Document.class, "decisions_counters");
		return format(pattern, year, counter.getInteger("sequence"));
	}

	/**
	 * The pattern with YYYY replaced by the year and the run of N by the sequence, padded
	 * to its length.
	 */
	static String format(String pattern, int year, int sequence) {
		int start = pattern.indexOf('N');
		int end = start;
		while (end < pattern.length() && pattern.charAt(end) == 'N') {
			end++;
		}
		String padded = String.format("%0" + (end - start) + "d", sequence);
		return (pattern.substring(0, start) + padded + pattern.substring(end)).replace("YYYY", Integer.toString(year));
	}

}
