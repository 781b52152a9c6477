package uk.opcc.quorum.bot.files;

import java.util.Set;

import uk.opcc.quorum.bot.security.Role;

/**
 * One kind of document Quorum can send into a chat, contributed as a bean by the feature
 * that makes it. A refusal (a {@code DecisionException} or {@code SchedulingException})
 * is a sentence for the person asking.
 */
public interface FileSource {

	/** The word after {@code send}, lower case, e.g. {@code notice}. */
	String kind();

	/** How to name one after the kind, e.g. {@code notice <number>}. */
	String usage();

	/**
	 * Who may have these files: the roles that may read them through the REST API,
	 * checked when the file is offered and again when it is accepted.
	 */
	Set<Role> allowedRoles();

	/** The id of the document the words name. */
	String find(String words);

	/** What the document is, for the offer and for a chat where no file can be sent. */
	FileSummary describe(String id);

	/**
	 * The file as it stands now, made afresh each time; refused when the document no
	 * longer exists or may no longer be sent.
	 */
	OutgoingFile make(String id);

}
