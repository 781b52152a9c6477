package uk.opcc.quorum.bot.teams;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftGovernmentAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.integration.ConfigurationChannelProvider;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import okhttp3.Dispatcher;

/**
 * The SDK's adapter with two changes to its connector clients. They may have as many
 * requests in flight to Teams as Quorum has work threads: the SDK builds each client on
 * OkHttp's defaults, which allow five requests at a time to a host, and all of a tenant's
 * Teams traffic goes to one host, so replies, reminders and notices would queue five at a
 * time behind Teams' latency whatever the pool size. And they write activities with
 * {@link PlainJson}, not through the SDK's flattening serializer.
 */
class QuorumAdapter extends BotFrameworkHttpAdapter {

	/** One for every client: its mappers cache what they learn of each class. */
	static final PlainJson JSON = new PlainJson();

	private final Dispatcher dispatcher = new Dispatcher();

	private final boolean government;

	QuorumAdapter(Configuration configuration, int inFlight) {
		super(configuration);
		this.government = new ConfigurationChannelProvider(configuration).isGovernment();
		dispatcher.setMaxRequests(Math.max(64, inFlight));
		dispatcher.setMaxRequestsPerHost(inFlight);
	}

	/**
	 * The SDK makes each activity's locale the JVM's default locale, for every thread,
	 * before the turn runs: one activity in Turkish would change how the whole server
	 * upper-cases text. The locale is held back while the SDK prepares the turn and given
	 * back to the activity just before the bot sees it.
	 */
	@Override
	protected CompletableFuture<Void> runPipeline(TurnContext context, BotCallbackHandler callback) {
		Activity activity = context == null ? null : context.getActivity();
		String locale = activity == null ? null : activity.getLocale();
		if (locale == null || locale.isEmpty() || callback == null) {
			return super.runPipeline(context, callback);
		}
		activity.setLocale(null);
		context.setLocale(locale);
		return super.runPipeline(context, turn -> {
			turn.getActivity().setLocale(locale);
			return callback.invoke(turn);
		});
	}

	/**
	 * As the SDK does it (one client per service URL, app and scope), on the shared
	 * dispatcher.
	 */
	@Override
	protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
			AppCredentials credentials) {
		String url;
		try {
			url = new URI(serviceUrl).toURL().toString();
		}
		catch (URISyntaxException | MalformedURLException | IllegalArgumentException | NullPointerException ex) {
			return CompletableFuture
				.failedFuture(new IllegalArgumentException("Invalid Service URL: " + serviceUrl, ex));
		}
		AppCredentials using = credentials != null ? credentials
				: government ? MicrosoftGovernmentAppCredentials.empty() : MicrosoftAppCredentials.empty();
		String appId = credentials == null ? null : credentials.getAppId();
		String scope = credentials == null ? null : credentials.oAuthScope();
		ConnectorClient client = getConnectorClientCache().get(keyForConnectorClient(serviceUrl, appId, scope));
		if (client == null) {
			client = create(serviceUrl, appId, scope, url, using);
		}
		return CompletableFuture.completedFuture(client);
	}

	// The SDK's cache is read-only from here, so creation is serialised to keep one
	// client per key.
	private synchronized ConnectorClient create(String serviceUrl, String appId, String scope, String url,
			AppCredentials credentials) {
		ConnectorClient client = getConnectorClientCache().get(keyForConnectorClient(serviceUrl, appId, scope));
		if (client == null) {
			client = new RestConnectorClient(RestConnectorClient.getDefaultRestClientBuilder(url, credentials)
				.withDispatcher(dispatcher)
				.withSerializerAdapter(JSON)
				.build());
			addConnectorClientToCache(serviceUrl, appId, scope, client);
		}
		return client;
	}

	/**
	 * The SDK's JSON settings for the connector, without its flattening. The SDK's
	 * serializer writes every object through a tree, copies it, and tests each key of it
	 * against two regular expressions compiled afresh each time, to unfold keys like
	 * {@code "properties.name"} that no Bot Framework type has; with a card attached that
	 * was most of the work of sending a reply, more than Quorum's own. The SDK's plain
	 * mapper (the one its flattening serializer itself writes with) gives the same JSON
	 * (QuorumAdapterTests compares them), except that a card's own keys containing a dot
	 * are kept as they are instead of being unfolded into nested objects. Responses are
	 * read with the same settings; no Bot Framework type is flattened, so that reads them
	 * as before.
	 */
	static final class PlainJson extends JacksonAdapter {

		@Override
		public ObjectMapper serializer() {
			return simpleMapper();
		}

	}

}
