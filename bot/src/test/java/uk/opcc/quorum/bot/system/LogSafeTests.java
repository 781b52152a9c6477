package uk.opcc.quorum.bot.system;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTests {

	@Test
	void lineBreaksAndControlCharactersAreShownNotObeyed() {
		assertThat(LogSafe.of("a\r\n2026-01-01 ERROR forged")).isEqualTo("a\\r\\n2026-01-01 ERROR forged");
		assertThat(LogSafe.of("\u001b[31mred\u0000")).isEqualTo("\\u001b[31mred\\u0000");
		assertThat(LogSafe.of("x\u2028y\u202ez")).isEqualTo("x\\u2028y\\u202ez");
	}

	@Test
	void ordinaryTextIsUntouched() {
		assertThat(LogSafe.of("29:1a-B_c ée 中文 \ud83d\ude00")).isEqualTo("29:1a-B_c ée 中文 \ud83d\ude00");
		assertThat(LogSafe.of((Object) null)).isEqualTo("null");
	}

	@Test
	void longValuesAreCut() {
		String safe = LogSafe.of("x".repeat(100_000));
		assertThat(safe).startsWith("x".repeat(LogSafe.MAX))
			.endsWith("...(100000 chars)")
			.hasSizeLessThan(LogSafe.MAX + 20);
	}

	@Test
	void exceptionIsItsCauseOnOneLine() {
		Exception failure = new CompletionException(new IllegalStateException("bad\nid"));
		assertThat(LogSafe.of(failure)).isEqualTo("IllegalStateException: bad\\nid");
	}

}
