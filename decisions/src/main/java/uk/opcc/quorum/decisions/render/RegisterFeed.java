package uk.opcc.quorum.decisions.render;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import uk.opcc.quorum.decisions.DecisionNotice;

/**
 * The register's Atom feed: one entry per published notice, its executive summary as the
 * entry's summary. The office is the feed's author (RFC 4287 requires one for the feed or
 * every entry), and the feed names its own address ({@code rel="self"}) so a reader that
 * was handed a copy can still subscribe.
 */
public final class RegisterFeed {

	private RegisterFeed() {
	}

	public static String atom(String office, String baseUrl, List<DecisionNotice> published) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(office + ": decisions");
		feed.setLinks(List.of(link("alternate", "text/html", baseUrl + "/register"),
				link("self", "application/atom+xml", baseUrl + "/register/feed.atom")));
		feed.setUri(baseUrl + "/register/feed.atom");
		SyndPerson author = new SyndPersonImpl();
		author.setName(office);
		author.setUri(baseUrl + "/register");
		feed.setAuthors(List.of(author));
		feed.setDescription("Decision notices published by the " + office);
		feed.setPublishedDate(published.stream()
			.map(DecisionNotice::publishedAt)
			.max(java.util.Comparator.naturalOrder())
			.map(Date::from)
			.orElse(new Date(0)));
		feed.setEntries(published.stream().map(notice -> entry(baseUrl, notice)).toList());
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The register feed could not be written", ex);
		}
	}

	private static SyndLink link(String rel, String type, String href) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static SyndEntry entry(String baseUrl, DecisionNotice notice) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(notice.reference() + ": " + notice.title());
		entry.setLink(baseUrl + "/register/" + notice.slug());
		entry.setUri(baseUrl + "/register/" + notice.slug());
		entry.setPublishedDate(Date.from(notice.publishedAt()));
		entry.setUpdatedDate(Date.from(notice.publishedAt()));
		SyndContentImpl summary = new SyndContentImpl();
		summary.setType("text");
		summary.setValue(notice.sections().summary() == null ? notice.title() : notice.sections().summary());
		entry.setDescription(summary);
		return entry;
	}

}
