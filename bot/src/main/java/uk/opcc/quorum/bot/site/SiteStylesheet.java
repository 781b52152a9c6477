package uk.opcc.quorum.bot.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages' one stylesheet, {@code /assets/quorum.css}: {@code site/quorum.css}
 * from the classpath after the office's colours as CSS custom properties. Served from
 * Quorum itself ({@code style-src 'self'}); nothing is fetched from elsewhere.
 */
@RestController
class SiteStylesheet {

	static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	private final String css;

	private final String etag;

	SiteStylesheet(SiteProperties site) {
		this.css = ":root {\n  --primary: " + site.primaryColour() + ";\n  --on-primary: " + site.onPrimary()
				+ ";\n  --link: " + site.linkColour() + ";\n}\n\n" + read("site/quorum.css");
		this.etag = "\"" + DigestUtils.md5DigestAsHex(css.getBytes(StandardCharsets.UTF_8)) + "\"";
	}

	@GetMapping("/assets/quorum.css")
	ResponseEntity<String> stylesheet(WebRequest request) {
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CSS)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.eTag(etag)
			.body(css);
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
