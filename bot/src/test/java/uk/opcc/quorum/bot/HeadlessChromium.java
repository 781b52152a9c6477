package uk.opcc.quorum.bot;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, for the browser tests: nothing
 * is downloaded, and the flags keep Chromium off the network it may not reach.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	/** A fresh browser with an empty profile, in British English, 1280 by 900. */
	public static WebDriver open() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		try {
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
					"--user-data-dir=" + Files.createTempDirectory("quorum-chromium"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().window().setSize(new Dimension(1280, 900));
		return browser;
	}

}
