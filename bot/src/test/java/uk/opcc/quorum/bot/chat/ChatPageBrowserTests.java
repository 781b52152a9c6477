package uk.opcc.quorum.bot.chat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import uk.opcc.quorum.bot.HeadlessChromium;
import uk.opcc.quorum.bot.QuorumIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local chat page in a real browser: Debian's headless Chromium, driven by its
 * chromedriver (no browser or driver is downloaded). Sends help, sees the card rendered
 * by Microsoft's renderer, presses a card button; as a secretary, books a meeting by a
 * plain request and its card's button.
 */
@QuorumIntegrationTest
class ChatPageBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = HeadlessChromium.open();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void helpTeachesByExampleAndItsButtonAsksTheExampleQuestion() {
		WebDriverWait wait = openChat();
		send("help");

		WebElement card = wait.until(b -> b.findElements(By.cssSelector(".message.card"))
			.stream()
			.filter(e -> e.getText().contains("What I can do"))
			.findFirst()
			.orElse(null));
		assertThat(card.getText()).contains("\u201cWhat does the Police and Crime Panel do?\u201d");

		button(card, "Try: What does the Police and Crime Panel do?").click();

		WebElement answer = wait.until(b -> b.findElements(By.cssSelector(".message.card"))
			.stream()
			.filter(e -> e.getText().contains("What does the Police and Crime Panel do?")
					&& !e.getText().contains("What I can do"))
			.findFirst()
			.orElse(null));
		assertThat(answer.getText()).contains("Helpful");
	}

	@Test
	void aPlainRequestShowsWhatWillHappenAndItsButtonDoesIt() {
		WebDriverWait wait = openChat();
		new Select(browser.findElement(By.id("role"))).selectByValue("SECRETARY");
		send("can you book the paf for 17th june at 3pm");

		WebElement form = wait.until(b -> b.findElements(By.cssSelector(".message.card"))
			.stream()
			.filter(e -> e.getText().contains("Schedule PAF"))
			.findFirst()
			.orElse(null));
		button(form, "Schedule").click();

		WebElement booked = wait.until(b -> b.findElements(By.cssSelector(".message.card"))
			.stream()
			.filter(e -> e.getText().contains("Scheduled: PAF"))
			.findFirst()
			.orElse(null));
		assertThat(booked.getText()).contains("17 June").contains("15:00");
	}

	private static WebElement button(WebElement card, String text) {
		return card.findElements(By.tagName("button"))
			.stream()
			.filter(button -> button.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button '" + text + "' on the card: " + card.getText()));
	}

	@Test
	void markdownIsRenderedAsTeamsRendersItAndMarkupStaysText() {
		WebDriverWait wait = openChat();
		send("ask");

		WebElement reply = wait.until(b -> b.findElements(By.cssSelector(".message.bot"))
			.stream()
			.filter(e -> e.getText().contains("Ask me a question"))
			.findFirst()
			.orElse(null));
		assertThat(reply.getText()).doesNotContain("**");
		assertThat(reply.findElement(By.tagName("strong")).getText())
			.isEqualTo("ask what does the Police and Crime Panel do?");

		send("<b>bold</b> **<i>x</i>**");
		WebElement typed = wait.until(b -> b.findElements(By.cssSelector(".message.user"))
			.stream()
			.filter(e -> e.getText().contains("<b>bold</b>"))
			.findFirst()
			.orElse(null));
		assertThat(typed.findElements(By.tagName("b"))).isEmpty();
	}

	private WebDriverWait openChat() {
		browser.get("http://127.0.0.1:" + port + "/");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(b -> b.findElement(By.id("send")).isEnabled());
		return wait;
	}

	private void send(String text) {
		browser.findElement(By.id("message")).sendKeys(text);
		browser.findElement(By.id("send")).click();
	}

}
