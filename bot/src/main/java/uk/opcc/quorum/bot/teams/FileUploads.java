package uk.opcc.quorum.bot.teams;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.command.ConversationInfo;
import uk.opcc.quorum.bot.files.Fetched;
import uk.opcc.quorum.bot.files.FileSources;
import uk.opcc.quorum.bot.files.OutgoingFile;
import uk.opcc.quorum.bot.system.LogSafe;

/**
 * The second half of Teams' file consent: once the person allows a file, it is made again
 * from the identifiers the consent card carried, uploaded in one PUT to the address Teams
 * gave (the person's OneDrive), and shown in the chat as a file card. Whatever fails, the
 * answer is a sentence.
 */
@Component
class FileUploads {

	private static final Logger log = LoggerFactory.getLogger(FileUploads.class);

	private final FileSources sources;

	private final ServiceHosts hosts;

	private final RestClient http;

	private final ActivityReader reader;

	FileUploads(FileSources sources, ServiceHosts hosts, ActivityReader reader, RestClient.Builder http) {
		this.reader = reader;
		this.sources = sources;
		this.hosts = hosts;
		this.http = ServiceHosts.fileClient(http);
	}

	/** What to say in the chat once the person has allowed the file. */
	List<Activity> accepted(Activity activity, FileConsentCardResponse consent) {
		try {
			return upload(reader.caller(activity), ActivityReader.conversation(activity), consent);
		}
		catch (RuntimeException ex) {
			log.error("Sending a file to conversation {} failed: {}", LogSafe.of(activity.getConversation().getId()),
					LogSafe.of(ex));
			log.debug("Stack of the failure", ex);
			return text("Something went wrong while sending the file; nothing was sent. Please ask for it again, "
					+ "or tell the OPCC if it keeps happening.");
		}
	}

	private List<Activity> upload(Caller caller, ConversationInfo where, FileConsentCardResponse consent) {
		if (where.kind() != ConversationInfo.Kind.PERSONAL) {
			return text("Files are sent only in a personal chat with Quorum.");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> context = consent.getContext() == null ? null
				: Serialization.getAs(consent.getContext(), Map.class);
		Fetched fetched = sources.fetch(caller, context);
		if (fetched.refusal() != null) {
			return text(fetched.refusal());
		}
		FileUploadInfo upload = consent.getUploadInfo();
		// Teams names where to upload in the activity itself: only its file hosts are
		// trusted with the file.
		if (!hosts.fileUrlAllowed(upload.getUploadUrl())) {
			// not the address itself: an upload session's address is its credential
			log.warn("A file consent named an upload address on a host Quorum does not upload to");
			return text("Not sent: Teams gave an upload address Quorum does not send files to.");
		}
		OutgoingFile file = fetched.file();
		try {
			put(upload.getUploadUrl(), file.bytes());
		}
		catch (RestClientException | IllegalArgumentException ex) {
			log.warn("Could not upload {} to the address Teams gave: {}", LogSafe.of(file.name()), LogSafe.of(ex));
			return text("Sorry, " + file.name() + " could not be uploaded to your OneDrive, so it was not sent. "
					+ "Please ask for it again.");
		}
		return List.of(MessageFactory.attachment(fileCard(upload), "Here is " + upload.getName() + "."));
	}

	/**
	 * One PUT of the whole file, as Teams' upload session expects: its length and the
	 * range it covers.
	 */
	private void put(String url, byte[] bytes) {
		http.put()
			.uri(URI.create(url))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_RANGE, "bytes 0-" + (bytes.length - 1) + "/" + bytes.length)
			.body(bytes)
			.retrieve()
			.toBodilessEntity();
	}

	private static Attachment fileCard(FileUploadInfo upload) {
		FileInfoCard info = new FileInfoCard();
		info.setUniqueId(upload.getUniqueId());
		info.setFileType(upload.getFileType());
		Attachment attachment = new Attachment();
		attachment.setContentType(FileInfoCard.CONTENT_TYPE);
		attachment.setContentUrl(upload.getContentUrl());
		attachment.setName(upload.getName());
		attachment.setContent(info);
		return attachment;
	}

	private static List<Activity> text(String sentence) {
		return Replies.toActivities(BotReply.text(sentence));
	}

}
