package be.duaalatlas.website;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen on a phone, 320 and 390 CSS px wide (Chromium's device emulation, as
 * DevTools does it): no sideways scrolling (WCAG 1.4.10, which axe-core does not test),
 * controls of at least 44 × 44 px, the suggestion list never over the search button, and
 * the text enlarged to 200 % still fitting; with a screenshot of each screen.
 */
class PhoneBrowserTest extends BrowserTest {

	private static final int TOUCH_TARGET = 44;

	@AfterEach
	void backToTheDesktop() {
		// the next test may load this page again by its hash only, which keeps the
		// document
		browser.executeScript("document.documentElement.style.fontSize = ''");
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@ParameterizedTest
	@ValueSource(ints = { 320, 390 })
	void everyScreenFitsAPhoneWithoutSidewaysScrolling(int width) {
		phone(width);
		browser.get(url("/#zoeken"));
		WebElement box = visible(By.id("search-text"));
		fits(width, "pupil search");
		type(box, "kapp");
		visible(By.cssSelector("ul.suggestions li"));
		WebElement button = browser.findElement(By.cssSelector("form.ask button[type=submit]"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
		// what a finger on the search button touches is the button, not the open list
		assertThat(browser.executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === arguments[0];
				""", button)).as("the search button is not covered by the suggestion list").isEqualTo(true);
		screenshot("phone-" + width + "-suggestions");
		box.sendKeys(Keys.ENTER);
		visible(By.cssSelector("ol.hits li.programme"));
		assertThat(browser.findElement(By.cssSelector("ul.suggestions")).isDisplayed()).isFalse();
		// the facets are folded behind a button
		assertThat(browser.findElement(By.cssSelector(".facet-groups")).isDisplayed()).isFalse();
		click(By.cssSelector("button.facets-toggle"));
		visible(By.cssSelector("fieldset[data-facet=grade] button"));
		fits(width, "pupil search with facets open");
		screenshot("phone-" + width + "-pupil-search");
		type(browser.findElement(By.id("search-postcode")), "9000");
		click(By.cssSelector("li.programme[data-code=kapper-stylist-duaal] button.where"));
		visible(By.cssSelector(".offerings li.offering"));
		fits(width, "where a programme is offered");
		screenshot("phone-" + width + "-offerings");

		browser.get(url("/#school"));
		type(visible(By.id("school-programme")), "elektrische");
		click(By.xpath("//ul[contains(@class,'suggestions')]/li[starts-with(., 'Elektrische installaties')]"));
		type(browser.findElement(By.id("school-campus")), "9000");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		visible(By.cssSelector("ol.hits li.workplace"));
		fits(width, "the school's workplace finder");
		screenshot("phone-" + width + "-school-workplaces");

		browser.get(url("/#hulp"));
		visible(By.id("help-audience"));
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		visible(By.cssSelector("ol.hits li.service"));
		fits(width, "who helps me");
		screenshot("phone-" + width + "-who-helps-me");

		browser.get(url("/#kaart"));
		visible(By.id("map-sector"));
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		visible(By.cssSelector("table.overview"));
		fits(width, "the map");
		screenshot("phone-" + width + "-map");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	/**
	 * WCAG 1.4.4: text at 200 % on a small laptop's width still fits, nothing scrolls
	 * sideways.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "zoeken", "school", "hulp", "kaart" })
	void textEnlargedTo200PercentStillFits(String screen) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1024, "height", 800, "deviceScaleFactor", 1, "mobile", false));
		browser.get(url("/#" + screen));
		visible(By.cssSelector("form.ask button[type=submit]"));
		// the CSS object model, not a style attribute: the Content-Security-Policy allows
		// none
		browser.executeScript("document.documentElement.style.fontSize = '200%'");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		waiting().until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h2.count")),
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".results .error"))));
		assertThat(scrollWidth()).as("text at 200 %% on %s", screen).isLessThanOrEqualTo(innerWidth());
		screenshot("text-200-" + screen);
	}

	static void phone(int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

	/**
	 * No sideways scrolling, and every control a finger can hit at least 44 × 44 px.
	 */
	static void fits(int width, String screen) {
		assertThat(innerWidth()).isEqualTo(width);
		assertThat(scrollWidth()).as("%s at %d px: the page's width", screen, width).isLessThanOrEqualTo(innerWidth());
		@SuppressWarnings("unchecked")
		List<String> small = (List<String>) browser.executeScript("""
				return [...document.querySelectorAll('a[href], button, input, select, [role=option]')]
				  .filter(e => e.getClientRects().length > 0)
				  .map(e => [e, e.getBoundingClientRect()])
				  .filter(([e, r]) => r.width < arguments[0] || r.height < arguments[0])
				  .map(([e, r]) => e.outerHTML.slice(0, 80) + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
				""", TOUCH_TARGET);
		assertThat(small).as("%s at %d px: controls smaller than %d × %d px", screen, width, TOUCH_TARGET, TOUCH_TARGET)
			.isEmpty();
	}

	static long scrollWidth() {
		return (Long) browser.executeScript("return document.documentElement.scrollWidth");
	}

	static long innerWidth() {
		return (Long) browser.executeScript("return window.innerWidth");
	}

}
