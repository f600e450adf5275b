package be.duaalatlas.schema;

import java.util.List;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;

/**
 * What changed between the published schema and a new one, by graphql-java's schema diff:
 * breaking changes (a client's valid query fails or gets a value it cannot handle) and
 * additions (safe).
 */
record BreakingChanges(List<String> breaking, List<String> additions) {

	static BreakingChanges between(String publishedSdl, String newSdl) {
		CapturingReporter reporter = new CapturingReporter();
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(publishedSdl, newSdl), reporter);
		return new BreakingChanges(reporter.getBreakages().stream().map(BreakingChanges::describe).toList(),
				reporter.getInfos().stream().map(BreakingChanges::describe).toList());
	}

	private static String describe(DiffEvent event) {
		String element = event.getFieldName() == null ? event.getTypeName()
				: event.getTypeName() + "." + event.getFieldName();
		return element + ": " + event.getReasonMsg() + " (" + event.getCategory() + ")";
	}

}
