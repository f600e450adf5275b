package be.duaalatlas.stakeholder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.Text;
import be.duaalatlas.search.CatalogueQueries;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.Region;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Stakeholders and the role map (Action 18.2), filtered in memory over
 * {@link Stakeholders#all()}.
 */
@Controller
class StakeholderController {

	private final Stakeholders stakeholders;

	StakeholderController(Stakeholders stakeholders) {
		this.stakeholders = stakeholders;
	}

	@QueryMapping
	Stakeholder stakeholder(@Argument String id, @Argument Language lang, DataFetchingEnvironment env) {
		return stakeholders.byId(id)
			.map(doc -> Stakeholder.of(doc, Languages.of(lang, env)))
			.orElseThrow(() -> new NotFoundException("id", "no stakeholder with id '" + id + "'"));
	}

	@QueryMapping
	List<RoleAssignment> roleMap(@Argument Region region, @Argument String sector, @Argument EcosystemRole role,
			@Argument Language lang, DataFetchingEnvironment env) {
		CatalogueQueries.checkSector(sector, "sector");
		String language = Languages.of(lang, env);
		List<RoleAssignment> assignments = new ArrayList<>();
		for (StakeholderDocument doc : stakeholders.all()) {
			if (!serves(doc.regions(), region) || !servesSector(doc.sectors(), sector) || doc.roles() == null) {
				continue;
			}
			Stakeholder stakeholder = Stakeholder.of(doc, language);
			doc.roles()
				.stream()
				.filter(r -> role == null || role.name().equals(r.role()))
				.forEach(r -> assignments.add(
						new RoleAssignment(r.role(), stakeholder, Text.of(r.description(), language), r.legalBasis())));
		}
		assignments.sort(Comparator.comparing(RoleAssignment::role).thenComparing(a -> a.stakeholder().key()));
		return assignments;
	}

	/**
	 * A stakeholder for all of Flanders serves every Flemish province; one with no
	 * regions serves everywhere.
	 */
	static boolean serves(List<String> regions, Region region) {
		if (region == null || regions == null || regions.isEmpty() || regions.contains(region.name())) {
			return true;
		}
		return region.partOf() != null && regions.contains(region.partOf().name());
	}

	static boolean servesSector(List<String> sectors, String sector) {
		return sector == null || sectors == null || sectors.isEmpty() || sectors.contains(sector);
	}

	/** The GraphQL {@code RoleAssignment}: a line of the role map. */
	record RoleAssignment(String role, Stakeholder stakeholder, Text description, String legalBasis) {
	}

}
