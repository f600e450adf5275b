package be.duaalatlas.ingest;

import java.util.List;

/**
 * The outcome of one import, kept in the engine (index {@code import-reports}) so that it
 * can be read back later.
 *
 * @param status SUCCEEDED (the new version went live), UNCHANGED (sources and definition
 * as in the live index, nothing done), FAILED (nothing went live, the previous catalogue
 * answers as before) or BUSY (another import of the kind ran all the while this one could
 * wait, nothing done; counted, not kept)
 * @param rejections the rejected rows, at most {@link #MAX_KEPT_REJECTIONS} of them;
 * {@code rejected} counts all
 */
public record ImportReport(String id, String kind, List<String> sources, List<String> files, String status,
		String failure, String liveIndex, long read, long imported, long rejected, List<Rejection> rejections,
		String startedAt, String finishedAt, long durationMs, double documentsPerSecond) {

	public static final int MAX_KEPT_REJECTIONS = 10_000;

	public boolean succeeded() {
		return !"FAILED".equals(status) && !"BUSY".equals(status);
	}

	/** One line for logs and the command line. */
	public String summary() {
		return String.format("%s %s: read %d, imported %d, rejected %d in %d ms (%.0f documents/s)%s%s", kind, status,
				read, imported, rejected, durationMs, documentsPerSecond,
				liveIndex == null ? "" : ", live index " + liveIndex, failure == null ? "" : " — " + failure);
	}

}
