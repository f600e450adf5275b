package be.duaalatlas.portal;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.security.Caller;

import org.springframework.lang.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/** What every portal mutation shares: who calls, how a broken rule is reported. */
@NamedInterface("writes")
public final class PortalCallers {

	/** The provenance source of records written through the API. */
	public static final String SOURCE = "portal";

	private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

	private PortalCallers() {
	}

	/** The caller of a request; empty when anonymous. */
	public static Optional<Caller> of(@Nullable Principal principal) {
		return principal instanceof Authentication authentication ? Caller.of(authentication) : Optional.empty();
	}

	/**
	 * The first problem an adapter's rule found in an input built in the shape of its
	 * source item, as a BAD_REQUEST naming the input field ({@code input.} and the
	 * field's path, renamed where the input's name differs from the file's).
	 */
	static BadArgumentException badInput(YamlItems.Item checked, UnaryOperator<String> rename) {
		YamlItems.Problem problem = checked.problems().get(0);
		String renamed = problem.field() == null ? "" : rename.apply(problem.field());
		String field = renamed.isEmpty() ? "input" : "input." + renamed;
		return new BadArgumentException(field, problem.message());
	}

	/** The day of a write, in Belgium (a record's {@code changed}). */
	public static String today() {
		return LocalDate.now(BELGIUM).toString();
	}

	/** By when every other service instance shows a write: the generation window. */
	public static String visibleEverywhereBy() {
		return Instant.now().plus(CatalogueGeneration.RECHECK).toString();
	}

}
