package be.duaalatlas.website;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference website of frontend-contract/, served by the service, used as its
 * visitors would.
 */
class WebsiteBrowserTest extends BrowserTest {

	@Test
	void aPupilSearchesInHerOwnWordsNarrowsWithAFacetAndSeesWhereTheProgrammeIsOfferedNearHerPostcode() {
		browser.get(url("/#zoeken"));
		WebElement box = visible(By.id("search-text"));
		type(box, "kapp");
		List<WebElement> suggestions = all(By.cssSelector("ul.suggestions li"));
		assertThat(suggestions).extracting(WebElement::getText).anyMatch(s -> s.startsWith("Kapper"));
		box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

		assertThat(texts(By.cssSelector("ol.hits li.programme h3"))).contains("Kapper-stylist duaal",
				"Haarverzorging duaal");
		assertThat(visible(By.cssSelector(".results h2.count")).getText()).matches("\\d+ opleidingen?");
		WebElement domain = visible(
				By.cssSelector("fieldset[data-facet=studyDomain] button[data-value=MAATSCHAPPIJ_WELZIJN]"));
		assertThat(domain.getText()).matches("Maatschappij en welzijn \\(\\d+\\)");
		domain.click();
		waiting().until(ExpectedConditions.attributeToBe(
				By.cssSelector("fieldset[data-facet=studyDomain] button[data-value=MAATSCHAPPIJ_WELZIJN]"),
				"aria-pressed", "true"));

		type(browser.findElement(By.id("search-postcode")), "9000");
		click(By.cssSelector("li.programme[data-code=kapper-stylist-duaal] button.where"));
		List<String> offerings = texts(By.cssSelector(".offerings li.offering"));
		assertThat(visible(By.cssSelector(".offerings h2")).getText())
			.isEqualTo("Waar kan je Kapper-stylist duaal volgen in de buurt van 9000?");
		assertThat(offerings.get(0)).contains("Syntra-campus Gent-Haven").contains("9000").contains(" km");
		// and how to act on it: the school's enrolment page, its website and mailbox, in
		// words where to enrol
		WebElement first = browser.findElement(By.cssSelector(".offerings li.offering"));
		assertThat(first.findElement(By.cssSelector("a.enrol")).getText()).isEqualTo("Inschrijven");
		assertThat(first.findElement(By.cssSelector("a.enrol")).getAttribute("href"))
			.isEqualTo("https://www.syntra-campus-gent-haven.example/inschrijven");
		assertThat(first.findElement(By.cssSelector("a.email")).getAttribute("href"))
			.isEqualTo("mailto:info@syntra-campus-gent-haven.example");
		assertThat(first.findElement(By.cssSelector("p.how-to-enrol")).getText()).isNotBlank();
		browser.executeScript("arguments[0].scrollIntoView({block: 'end'})",
				browser.findElement(By.cssSelector(".offerings")));
		screenshot("website-pupil-search");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void inFrenchTheLabelsAndTheCatalogueTextsAreFrench() {
		browser.get(url("/?lang=fr#zoeken"));
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("L’apprentissage dual en Flandre et à Bruxelles");
		type(visible(By.id("search-text")), "coiffeur");
		click(By.cssSelector("form.ask button[type=submit]"));
		assertThat(all(By.cssSelector("ol.hits li.programme h3"))).extracting(WebElement::getText)
			.contains("Coiffeur-styliste (en alternance)");
		assertThat(visible(By.cssSelector(".results h2.count")).getText()).matches("\\d+ formations?");
		screenshot("website-pupil-search-fr");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void aSchoolFindsRecognisedWorkplacesNearItsCampusThoseLookingForALearnerFirst() {
		browser.get(url("/#school"));
		WebElement programme = visible(By.id("school-programme"));
		type(programme, "elektrische");
		click(By.xpath("//ul[contains(@class,'suggestions')]/li[starts-with(., 'Elektrische installaties')]"));
		type(browser.findElement(By.id("school-campus")), "9000");
		new Select(browser.findElement(By.id("school-radius"))).selectByValue("20");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();

		List<WebElement> workplaces = all(By.cssSelector("ol.hits li.workplace"));
		assertThat(visible(By.cssSelector(".results h2.count")).getText()).matches("\\d+ erkende werkplek(ken)?");
		List<Boolean> looking = workplaces.stream().map(w -> w.getAttribute("class").contains("looking")).toList();
		assertThat(workplaces).hasSizeGreaterThan(2);
		assertThat(looking).first().isEqualTo(true);
		assertThat(looking).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
		assertThat(workplaces.get(0).getText()).contains("Zoekt een leerling").contains(" km").contains("geldig tot");
		screenshot("website-school-workplaces");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void whoHelpsMeByAudienceStepAndPlace() {
		browser.get(url("/#hulp"));
		new Select(visible(By.id("help-audience"))).selectByValue("COMPANY");
		new Select(browser.findElement(By.id("help-step"))).selectByValue("GET_RECOGNISED");
		type(browser.findElement(By.id("help-postcode")), "8500");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();

		List<WebElement> services = all(By.cssSelector("ol.hits li.service"));
		assertThat(services).isNotEmpty();
		assertThat(services.get(0).findElement(By.cssSelector("p.by")).getText()).startsWith("door ");
		assertThat(visible(By.cssSelector(".results h2.count")).getText()).matches("\\d+ diensten?");
		screenshot("website-who-helps-me");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

}
