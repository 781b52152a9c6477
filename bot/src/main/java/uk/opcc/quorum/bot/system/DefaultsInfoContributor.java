package uk.opcc.quorum.bot.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells {@code /actuator/info} which embedded defaults are active, so an operator sees it
 * at a glance.
 */
@Component
class DefaultsInfoContributor implements InfoContributor {

	private final Environment environment;

	private final StoreProperties store;

	private final ObjectProvider<ChatModel> chatModel;

	DefaultsInfoContributor(Environment environment, StoreProperties store, ObjectProvider<ChatModel> chatModel) {
		this.environment = environment;
		this.store = store;
		this.chatModel = chatModel;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> storeInfo = new LinkedHashMap<>();
		boolean external = EmbeddedStoreCondition.externalStoreConfigured(environment);
		storeInfo.put("embedded", !external);
		if (!external) {
			storeInfo.put("persistent", !store.inMemory());
			storeInfo.put("dataDir", store.dataDir().toAbsolutePath().toString());
		}
		Map<String, Object> llm = new LinkedHashMap<>();
		ChatModel model = chatModel.getIfAvailable();
		llm.put("configured", model != null);
		llm.put("provider", environment.getProperty("spring.ai.model.chat", "none"));
		llm.put("answers", model != null ? "generated, grounded in cited passages" : "extractive");
		builder.withDetail("quorum", Map.of("store", storeInfo, "llm", llm));
	}

}
