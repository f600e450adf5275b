package be.duaalatlas.search;

/**
 * The GraphQL {@code Near} input: exactly one of postcode, municipality or lat+lon, and a
 * radius.
 */
public record Near(String postcode, String municipality, Double lat, Double lon, Double radiusKm) {

	public Near withRadius(double km) {
		return new Near(postcode, municipality, lat, lon, km);
	}

}
