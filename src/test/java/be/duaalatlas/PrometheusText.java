package be.duaalatlas;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what {@code /actuator/prometheus} answers. */
public final class PrometheusText {

	private PrometheusText() {
	}

	/**
	 * The value of one sample, by its name and tags as Prometheus prints them; 0 when
	 * absent.
	 */
	public static double sample(String metrics, String series) {
		Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

}
