package uk.opcc.quorum.bot.site;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The office's colours always give readable text (WCAG 2.2 AA, 4.5:1), whatever is set.
 */
class SitePropertiesTests {

	private static SiteProperties colour(String colour) {
		return new SiteProperties("Office of the Police and Crime Commissioner", colour,
				URI.create("http://localhost:3978"));
	}

	@Test
	void theDefaultNavyCarriesWhiteTextAndIsTheLinkColour() {
		SiteProperties site = colour("#1F3864");
		assertThat(site.primaryColour()).isEqualTo("#1f3864");
		assertThat(site.onPrimary()).isEqualTo("#ffffff");
		assertThat(site.linkColour()).isEqualTo("#1f3864");
		assertThat(SiteProperties.contrast("#1f3864", "#ffffff")).isGreaterThan(11.5);
	}

	@Test
	void aLightColourGetsDarkTextAndLinksKeepAReadableBlue() {
		SiteProperties yellow = colour("#FD0");
		assertThat(yellow.primaryColour()).isEqualTo("#ffdd00");
		assertThat(yellow.onPrimary()).isEqualTo("#000000");
		assertThat(yellow.linkColour()).isEqualTo(SiteProperties.FALLBACK_LINK);
		assertThat(SiteProperties.contrast(SiteProperties.FALLBACK_LINK, "#ffffff")).isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void anyColourGetsTextAtLeastFourAndAHalfToOne() {
		for (int rgb = 0; rgb <= 0xffffff; rgb += 0x0f0f0f / 3) {
			SiteProperties site = colour(String.format("#%06x", rgb));
			assertThat(SiteProperties.contrast(site.primaryColour(), site.onPrimary())).as(site.primaryColour())
				.isGreaterThanOrEqualTo(4.5);
			assertThat(SiteProperties.contrast(site.linkColour(), "#ffffff")).as(site.primaryColour())
				.isGreaterThanOrEqualTo(4.5);
		}
	}

	@Test
	void refusesWhatIsNotAColourANameOrAnAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> colour("navy"))
			.withMessageContaining("quorum.site.primary-colour");
		assertThatIllegalArgumentException().isThrownBy(() -> colour("#1F3864; background: url(x)"))
			.withMessageContaining("#RRGGBB");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SiteProperties(" ", "#1F3864", URI.create("http://localhost:3978")))
			.withMessageContaining("quorum.site.name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SiteProperties("Office", "#1F3864", URI.create("quorum.opcc.example.org")))
			.withMessageContaining("quorum.site.public-url");
		assertThat(new SiteProperties("Office", "#1F3864", URI.create("https://quorum.opcc.example.org/")).baseUrl())
			.isEqualTo("https://quorum.opcc.example.org");
	}

}
