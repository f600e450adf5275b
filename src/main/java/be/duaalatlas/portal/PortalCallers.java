package be.duaalatlas.portal;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.security.Caller;

import org.springframework.lang.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/** What every feature's mutations share: who calls, the day of a write, when it shows. */
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

	/** The day of a write, in Belgium (a record's {@code changed}). */
	public static String today() {
		return LocalDate.now(BELGIUM).toString();
	}

	/** By when every other service instance shows a write: the generation window. */
	public static String visibleEverywhereBy() {
		return Instant.now().plus(CatalogueGeneration.RECHECK).toString();
	}

}
