package be.duaalatlas.portal;

import org.springframework.modulith.NamedInterface;

/** The GraphQL {@code RemovalPayload}: what every removal answers. */
@NamedInterface("writes")
public record RemovalPayload(String id, Change change, String visibleEverywhereBy) {

	public static RemovalPayload of(String id, PartnerWrites.Accepted accepted) {
		return new RemovalPayload(id, Change.of(accepted.entry()), PortalCallers.visibleEverywhereBy());
	}

}
