package be.duaalatlas.search;

import java.util.List;

import be.duaalatlas.graphql.BadArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code regionalOverview} query: supply and demand per programme and area. */
@Controller
class RegionalOverviewController {

	static final int MAX_ROWS = 2_000;

	private final RegionalOverview overview;

	private final CatalogueQueries queries;

	RegionalOverviewController(RegionalOverview overview, CatalogueQueries queries) {
		this.overview = overview;
		this.queries = queries;
	}

	@QueryMapping
	List<RegionalOverview.Row> regionalOverview(@Argument RegionalOverview.Area by, @Argument SearchFilter filter,
			@Argument Near near, @Argument Integer first) {
		int rows = first == null ? 500 : first;
		if (rows < 1 || rows > MAX_ROWS) {
			throw new BadArgumentException("first", "first must be 1 to " + MAX_ROWS + ", was " + rows);
		}
		List<RegionalOverview.Row> all = overview.rows(by, filter, ResolvedNear.of(near, queries.gazetteer(), "near"));
		return all.subList(0, Math.min(rows, all.size()));
	}

}
