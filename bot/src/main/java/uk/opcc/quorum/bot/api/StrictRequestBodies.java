package uk.opcc.quorum.bot.api;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Request bodies with a field Quorum does not know are refused, naming the field: a
 * misspelt section would otherwise be dropped without a word. Only the server's
 * converters are strict; Quorum's own HTTP clients (Graph, the language model) still read
 * answers that carry more than they need.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestBodies {

	@Bean
	ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper mapper) {
		JsonMapper strict = mapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		return builder -> builder.configureMessageConvertersList(
				converters -> converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter
						? new JacksonJsonHttpMessageConverter(strict) : converter));
	}

}
