package uk.opcc.quorum.bot.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import uk.opcc.quorum.bot.HeadlessChromium;
import uk.opcc.quorum.bot.RunningQuorum;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a real browser (Debian's headless Chromium and its chromedriver;
 * nothing is downloaded): the register searched and sorted by plain links and a form, a
 * notice reached from it, a meeting and the year at a glance, the skip link first in the
 * tab order, and no sideways scrolling at 320 CSS pixels (WCAG reflow). Writes what it
 * sees to docs/screenshots/ for the README.
 */
class PublicPagesBrowserTests extends RunningQuorum {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	WebDriver browser;

	PublicPagesFixture fixture;

	@BeforeEach
	void openBrowser() throws Exception {
		fixture = PublicPagesFixture.create(http, mongo, clock);
		browser = HeadlessChromium.open();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void registerNoticeMeetingAndYearAtAGlance() throws IOException {
		open("/register");
		assertThat(browser.getTitle()).isEqualTo("Decisions register: Office of the Police and Crime Commissioner");
		assertThat(numbers()).containsExactly("2027/004", "2027/003 v2", "2027/003", "2027/002", "2027/001");
		screenshot("register.png");

		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement first = browser.switchTo().activeElement();
		assertThat(first.getText()).isEqualTo("Skip to main content");
		first.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("/register#content");

		browser.findElement(By.id("q")).sendKeys("drone");
		browser.findElement(By.cssSelector("form.search button")).click();
		await(() -> browser.getCurrentUrl().contains("q=drone"));
		assertThat(numbers()).containsExactly("2027/003 v2", "2027/003");

		open("/register");
		browser.findElement(By.cssSelector("thead a[href*='sort=title']")).click();
		await(() -> browser.getCurrentUrl().contains("sort=title"));
		assertThat(rowTitles()).isSorted();
		assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"))
			.isEqualTo("ascending");

		browser.findElement(By.linkText("2027/002")).click();
		await(() -> browser.getCurrentUrl().endsWith("/register/2027/002"));
		String notice = browser.findElement(By.tagName("main")).getText();
		assertThat(notice).contains("Sale of the former Eastgate police station")
			.contains("Approved by Pat Commissioner on 18 January 2027")
			.contains("A Part 2 is not published (commercially sensitive)")
			.doesNotContain("Blackwater");
		screenshot("notice.png");

		open("/boards/PAF/" + fixture.firstMeeting);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thursday 28 January 2027, 14:00")
			.contains("Exempt item (taken in private)")
			.contains("To publish response times by district every quarter.")
			.doesNotContain(PublicPagesFixture.EXEMPT);
		screenshot("meeting.png");

		open("/boards/year/2027");
		assertThat(browser.findElements(By.cssSelector("td.meeting a.day"))).hasSize(10);
		assertThat(browser.findElements(By.cssSelector("td.holiday"))).hasSize(8);
		assertThat(browser.findElements(By.cssSelector("td.deadline"))).hasSize(10);
		screenshot("year-at-a-glance.png");

		for (String page : List.of("/register", "/register/2027/002", "/boards/PAF/" + fixture.firstMeeting,
				"/boards/year/2027")) {
			browser.manage().window().setSize(new Dimension(320, 800));
			open(page);
			Object sideways = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) sideways).intValue()).as(page + " at 320px").isLessThanOrEqualTo(0);
		}
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + port + path);
		await(() -> browser.findElements(By.tagName("footer")).size() == 1);
	}

	private void await(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> condition.getAsBoolean());
	}

	private List<String> numbers() {
		return browser.findElements(By.cssSelector("tbody th")).stream().map(WebElement::getText).toList();
	}

	private List<String> rowTitles() {
		return browser.findElements(By.cssSelector("tbody td:first-of-type"))
			.stream()
			.map(e -> e.getText().toLowerCase(java.util.Locale.UK))
			.toList();
	}

	/** The whole page, not only what fits the window, as docs/screenshots/{name}. */
	private void screenshot(String name) throws IOException {
		Number width = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth");
		Number height = (Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight");
		Map<String, Object> shot = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width.intValue(), "height", height.intValue(), "scale", 1)));
		Path file = repositoryRoot().resolve("docs/screenshots").resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs")))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Not inside the repository: " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

}
