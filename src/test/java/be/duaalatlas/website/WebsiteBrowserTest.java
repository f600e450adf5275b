package be.duaalatlas.website;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static be.duaalatlas.GraphQlResults.data;
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
		assertAccessible("pupil search, nl, before a search");
		type(box, "kapp");
		List<WebElement> suggestions = all(By.cssSelector("ul.suggestions li"));
		assertThat(suggestions).extracting(WebElement::getText).anyMatch(s -> s.startsWith("Kapper"));
		box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		// the list closes when the search is submitted, and stays closed over the results
		waiting().until(ExpectedConditions.attributeToBe(By.id("search-text"), "aria-expanded", "false"));
		assertThat(browser.findElement(By.cssSelector("ul.suggestions")).isDisplayed()).isFalse();

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
		assertAccessible("pupil search, nl, after a search with a facet chosen");

		type(browser.findElement(By.id("search-postcode")), "9000");
		click(By.cssSelector("li.programme[data-code=kapper-stylist-duaal] button.where"));
		List<String> offerings = texts(By.cssSelector(".offerings li.offering"));
		assertThat(visible(By.cssSelector(".offerings h4")).getText())
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
		assertAccessible("where a programme is offered near a postcode, nl");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void wordsThatFindNothingOfferTheClosestProgrammes() {
		browser.get(url("/#zoeken"));
		type(visible(By.id("search-text")), "sjokolatier");
		click(By.cssSelector("form.ask button[type=submit]"));
		assertThat(visible(By.cssSelector(".did-you-mean p")).getText())
			.isEqualTo("Niets gevonden. Bedoel je misschien:");
		assertThat(texts(By.cssSelector(".did-you-mean button.closest"))).contains("Chocolatier duaal");
		screenshot("website-did-you-mean");
		assertAccessible("pupil search, nl, nothing found, the closest programmes");
		click(By.cssSelector(".did-you-mean button.closest[data-code=chocolatier-duaal]"));
		assertThat(texts(By.cssSelector("ol.hits li.programme h3"))).contains("Chocolatier duaal");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void inFrenchTheLabelsAndTheCatalogueTextsAreFrench() {
		browser.get(url("/?lang=fr#zoeken"));
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("L’apprentissage dual en Flandre et à Bruxelles");
		assertAccessible("pupil search, fr, before a search");
		type(visible(By.id("search-text")), "coiffeur");
		type(browser.findElement(By.id("search-postcode")), "9000");
		click(By.cssSelector("form.ask button[type=submit]"));
		assertThat(all(By.cssSelector("ol.hits li.programme h3"))).extracting(WebElement::getText)
			.contains("Coiffeur-styliste (en alternance)");
		assertThat(visible(By.cssSelector(".results h2.count")).getText()).matches("\\d+ formations?");
		visible(By.cssSelector("fieldset[data-facet=grade] button"));
		screenshot("website-pupil-search-fr");
		assertAccessible("pupil search, fr, after a search with facets");
		click(By.cssSelector("li.programme[data-code=kapper-stylist-duaal] button.where"));
		visible(By.cssSelector(".offerings li.offering"));
		assertAccessible("where a programme is offered near a postcode, fr");

		browser.get(url("/?lang=fr#school"));
		type(visible(By.id("school-programme")), "elektrische");
		click(By.xpath("//ul[contains(@class,'suggestions')]/li[starts-with(., 'Elektrische installaties')]"));
		type(browser.findElement(By.id("school-campus")), "9000");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		assertThat(visible(By.cssSelector(".results h2.count")).getText()).contains("lieux de travail reconnus");
		assertAccessible("the school's workplace finder, fr");

		browser.get(url("/?lang=fr#hulp"));
		assertAccessible("who helps me, fr, before asking");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		visible(By.cssSelector("ol.hits li.service"));
		assertAccessible("who helps me, fr");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void aSchoolFindsRecognisedWorkplacesNearItsCampusThoseLookingForALearnerFirst() {
		browser.get(url("/#school"));
		WebElement programme = visible(By.id("school-programme"));
		assertAccessible("the school's workplace finder, nl, before a search");
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
		assertAccessible("the school's workplace finder, nl, with workplaces");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void whoHelpsMeByAudienceStepAndPlace() {
		browser.get(url("/#hulp"));
		visible(By.id("help-audience"));
		assertAccessible("who helps me, nl, before asking");
		new Select(visible(By.id("help-audience"))).selectByValue("COMPANY");
		new Select(browser.findElement(By.id("help-step"))).selectByValue("GET_RECOGNISED");
		type(browser.findElement(By.id("help-postcode")), "8500");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();

		List<WebElement> services = all(By.cssSelector("ol.hits li.service"));
		assertThat(services).isNotEmpty();
		assertThat(services.get(0).findElement(By.cssSelector("p.by")).getText()).startsWith("door ");
		assertThat(visible(By.cssSelector(".results h2.count")).getText()).matches("\\d+ diensten?");
		screenshot("website-who-helps-me");
		assertAccessible("who helps me, nl");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void theMapDrawsTheRegionalOverviewOfASectorInARegionAndItsTableSaysTheSame() throws IOException {
		browser.get(url("/#kaart"));
		new Select(visible(By.id("map-sector"))).selectByValue("elektrotechniek");
		new Select(browser.findElement(By.id("map-region"))).selectByValue("OOST_VLAANDEREN");
		assertAccessible("the map, nl, before asking");
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		List<WebElement> rows = all(By.cssSelector("table.overview tbody tr"));

		// what the API says, by the very operation the page runs, added up per
		// municipality
		Map<String, List<Long>> expected = new TreeMap<>();
		data(graphQl.document(Files.readString(Path.of("frontend-contract/regional-overview-map.graphql")))
			.variable("sector", "elektrotechniek")
			.variable("region", "OOST_VLAANDEREN")
			.execute(), "regionalOverview")
			.forEach(row -> expected.merge(row.path("area").asText(),
					List.of(row.path("recognisedWorkplaces").asLong(), row.path("workplacesLookingForLearner").asLong(),
							row.path("offerings").asLong()),
					(a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2))));
		assertThat(expected).hasSizeGreaterThan(3);
		Map<String, List<Long>> table = new TreeMap<>();
		for (WebElement row : rows) {
			table.put(row.getAttribute("data-area"),
					row.findElements(By.tagName("td")).stream().map(td -> Long.valueOf(td.getText())).toList());
		}
		Map<String, List<Long>> symbols = new TreeMap<>();
		for (WebElement place : browser.findElements(By.cssSelector("figure.map g.place"))) {
			symbols.put(place.getAttribute("data-area"),
					List.of(Long.valueOf(place.getAttribute("data-workplaces")),
							Long.valueOf(place.getAttribute("data-looking")),
							Long.valueOf(place.getAttribute("data-offerings"))));
		}
		assertThat(table).isEqualTo(expected);
		assertThat(symbols).isEqualTo(expected);
		// proportional symbols: a circle's area goes with its count (r² / count the same
		// for
		// all, but for the smallest, drawn at a minimum size to stay visible)
		List<Double> areaPerWorkplace = browser.findElements(By.cssSelector("figure.map g.place"))
			.stream()
			.filter(g -> Long.parseLong(g.getAttribute("data-workplaces")) > 0)
			.map(g -> new double[] {
					Double.parseDouble(g.findElement(By.cssSelector("circle.workplaces")).getAttribute("r")),
					Double.parseDouble(g.getAttribute("data-workplaces")) })
			.filter(rn -> rn[0] > 0.91)
			.map(rn -> rn[0] * rn[0] / rn[1])
			.toList();
		assertThat(areaPerWorkplace).isNotEmpty()
			.allSatisfy(q -> assertThat(q).isCloseTo(areaPerWorkplace.get(0),
					org.assertj.core.data.Percentage.withPercentage(3)));
		screenshot("website-map");
		assertAccessible("the map, nl");

		// a place clicked on the map lists its workplaces and offerings
		List<WebElement> places = browser.findElements(By.cssSelector("figure.map g.place"));
		WebElement last = places.get(places.size() - 1);
		String name = last.getAttribute("data-name");
		last.click();
		assertThat(visible(By.cssSelector(".place-list h3")).getText()).isEqualTo("In " + name);
		assertThat(all(By.cssSelector(".place-list li"))).isNotEmpty();
		// and its name in the table does the same, by keyboard too
		WebElement first = rows.get(0).findElement(By.cssSelector("button.place-name"));
		String firstName = first.getText();
		first.sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector(".place-list h3"), "In " + firstName));
		waiting().until(d -> active().equals(browser.findElement(By.cssSelector(".place-list h3"))));
		assertAccessible("the map with a place's list, nl");

		browser.get(url("/?lang=fr#kaart"));
		visible(By.id("map-sector"));
		browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
		visible(By.cssSelector("table.overview"));
		assertAccessible("the map, fr");
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	@Test
	void aKeyboardAloneFindsAProgrammeNarrowsItAndSeesWhereItIsOffered() {
		// a page of its own, not one an earlier test left (a hash change keeps its state)
		browser.get(url("/?walk#zoeken"));
		visible(By.id("search-text"));
		tabTo(By.id("search-text"), false);
		for (char c : "kapp".toCharArray()) {
			press(String.valueOf(c));
		}
		waiting().until(ExpectedConditions.attributeToBe(By.id("search-text"), "aria-expanded", "true"));
		press(Keys.ARROW_DOWN);
		WebElement box = browser.findElement(By.id("search-text"));
		String first = box.getAttribute("aria-activedescendant");
		assertThat(browser.findElement(By.id(first)).getAttribute("aria-selected")).isEqualTo("true");
		assertThat(box.getAttribute("aria-controls")).isEqualTo("search-text-suggestions");
		press(Keys.ESCAPE);
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(box.getAttribute("aria-activedescendant")).isNull();
		// the arrow key opens the list again, on its first option, and Enter searches it
		press(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first);
		press(Keys.ENTER);

		waiting().until(d -> active().equals(browser.findElement(By.cssSelector(".results h2.count"))));
		// the live region says what the heading says
		waiting().until(d -> browser.findElement(By.cssSelector("[role=status]"))
			.getAttribute("textContent")
			.equals(browser.findElement(By.cssSelector(".results h2.count")).getText()));
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

		tabTo(By.cssSelector("li.programme[data-code=kapper-stylist-duaal] button.where"), false);
		press(Keys.ENTER);
		waiting().until(d -> active().equals(browser.findElement(By.cssSelector(".offerings h4"))));
		assertThat(active().getText()).startsWith("Waar kan je Kapper-stylist duaal volgen");

		By facet = By.cssSelector("fieldset[data-facet=studyDomain] button[data-value=MAATSCHAPPIJ_WELZIJN]");
		tabTo(facet, true);
		press(Keys.SPACE);
		waiting().until(ExpectedConditions.attributeToBe(facet, "aria-pressed", "true"));
		// the facets are drawn again with the new counts: the focus stays on the one
		// pressed
		waiting().until(d -> active().equals(browser.findElement(facet)));

		tabTo(By.cssSelector("nav a[href='#school']"), true);
		press(Keys.ENTER);
		visible(By.id("school-programme"));
		assertThat(requestsLeavingTheMachine()).isEmpty();
	}

	/** Keys pressed on whatever has the focus. */
	static void press(CharSequence keys) {
		new Actions(browser).sendKeys(keys).perform();
	}

	static WebElement active() {
		return browser.switchTo().activeElement();
	}

	/**
	 * Presses Tab (or Shift+Tab) until the element has the focus, as a keyboard user
	 * would.
	 */
	static void tabTo(By target, boolean backwards) {
		for (int presses = 0; presses < 80; presses++) {
			if (active().equals(browser.findElement(target))) {
				return;
			}
			if (backwards) {
				new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
			}
			else {
				press(Keys.TAB);
			}
		}
		throw new AssertionError(
				"no " + target + " within 80 presses of Tab; the focus is on " + active().getAttribute("outerHTML"));
	}

}
