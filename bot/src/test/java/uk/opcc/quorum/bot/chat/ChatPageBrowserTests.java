package uk.opcc.quorum.bot.chat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local chat page in a real browser: Debian's headless Chromium, driven by its
 * chromedriver (no browser or driver is downloaded). Sends help, sees the card rendered
 * by Microsoft's renderer, presses a card button.
 */
@QuorumIntegrationTest
class ChatPageBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + Files.createTempDirectory("quorum-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void helpShowsCardAndCardButtonAsksTheExampleQuestion() {
		browser.get("http://127.0.0.1:" + port + "/");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(b -> b.findElement(By.id("message")).isDisplayed());

		browser.findElement(By.id("message")).sendKeys("help");
		browser.findElement(By.id("send")).click();

		WebElement card = wait.until(b -> b.findElements(By.cssSelector(".message.card"))
			.stream()
			.filter(e -> e.getText().contains("What I can do"))
			.findFirst()
			.orElse(null));
		assertThat(card.getText()).contains("help").contains("ask");

		card.findElements(By.tagName("button"))
			.stream()
			.filter(button -> button.getText().contains("Ask an example question"))
			.findFirst()
			.orElseThrow()
			.click();

		WebElement answer = wait.until(b -> b.findElements(By.cssSelector(".message.card"))
			.stream()
			.filter(e -> e.getText().contains("What does the Police and Crime Panel do?"))
			.findFirst()
			.orElse(null));
		assertThat(answer.getText()).contains("Helpful");
	}

	@Test
	void markdownIsRenderedAsTeamsRendersItAndMarkupStaysText() {
		browser.get("http://127.0.0.1:" + port + "/");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(b -> b.findElement(By.id("message")).isDisplayed());

		browser.findElement(By.id("message")).sendKeys("ask");
		browser.findElement(By.id("send")).click();

		WebElement reply = wait.until(b -> b.findElements(By.cssSelector(".message.bot"))
			.stream()
			.filter(e -> e.getText().contains("Ask me a question"))
			.findFirst()
			.orElse(null));
		assertThat(reply.getText()).doesNotContain("**");
		assertThat(reply.findElement(By.tagName("strong")).getText())
			.isEqualTo("ask what does the Police and Crime Panel do?");

		browser.findElement(By.id("message")).sendKeys("<b>bold</b> **<i>x</i>**");
		browser.findElement(By.id("send")).click();
		WebElement typed = wait.until(b -> b.findElements(By.cssSelector(".message.user"))
			.stream()
			.filter(e -> e.getText().contains("<b>bold</b>"))
			.findFirst()
			.orElse(null));
		assertThat(typed.findElements(By.tagName("b"))).isEmpty();
	}

}
