package be.duaalatlas.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.search.Documents;
import be.duaalatlas.search.Publication;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.PublicWriteBudget;
import be.duaalatlas.security.Right;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ErrorClassification;
import graphql.GraphQLContext;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/**
 * {@code reportListing}: anyone, anonymously, says a public record is wrong or holds
 * their data; the report is kept for the organisation that owns the record, which reads
 * the reports about its own records with {@code listingReports}. Nobody else reads them.
 * A public write: every input bounded, its own budget per address
 * ({@link PublicWriteBudget}), nothing about the reporter kept.
 */
@Controller
class ListingReportController {

	static final int MAX_COMMENT = 500;

	private static final int MAX_ID = 120;

	private final Documents documents;

	private final ListingReports reports;

	private final AuditTrail audit;

	private final PublicWriteBudget budget;

	ListingReportController(Documents documents, ListingReports reports, AuditTrail audit, PublicWriteBudget budget) {
		this.documents = documents;
		this.reports = reports;
		this.audit = audit;
		this.budget = budget;
	}

	@MutationMapping
	ReportPayload reportListing(@Argument ReportInput input, GraphQLContext context) {
		// a flood over the budget is refused before it costs the engine anything, and
		// is not audited (it must not fill the engine either)
		budget.take(context);
		String recordId = null;
		Kind kind = null;
		try {
			if (input.comment() != null && input.comment().length() > MAX_COMMENT) {
				throw new BadArgumentException("input.comment", "A comment has at most " + MAX_COMMENT + " characters");
			}
			if (input.id().length() > MAX_ID) {
				throw new BadArgumentException("input.id", "A global id has at most " + MAX_ID + " characters");
			}
			int colon = input.id().indexOf(':');
			kind = colon > 0 ? Kind.ofType(input.id().substring(0, colon)).orElse(null) : null;
			recordId = colon > 0 ? input.id().substring(colon + 1) : null;
			if (kind == null || recordId.isEmpty()) {
				throw new BadArgumentException("input.id", "'" + input.id() + "' is not a global id of this API");
			}
			if (!reportable(kind)) {
				throw new BadArgumentException("input.id",
						kind.type()
								+ " records have no owning organisation to report to; report a workplace, offering, "
								+ "stakeholder, support service or text");
			}
			String key = recordId;
			ObjectNode record = documents.byId(kind.indexKind(), key, ObjectNode.class)
				.filter(found -> Publication.shownOn(found, Publication.today()))
				.orElseThrow(() -> new NotFoundException("input.id", "No public record '" + input.id() + "'"));
			String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
			ListingReports.Report report = new ListingReports.Report(UUID.randomUUID().toString(),
					Instant.now().toString(), kind.globalId(recordId), kind.indexKind(), recordId,
					owner(kind, record).orElse(null), input.reason().name(), comment);
			reports.keep(report);
			ObjectNode after = JsonNodeFactory.instance.objectNode()
				.put("reason", input.reason().name())
				.put("report", report.id());
			audit.record(new AuditRecord(UUID.randomUUID().toString(), report.at(), AuditRecord.ACCEPTED, null, null,
					null, null, List.of(), "reportListing", kind.indexKind(), recordId, null, null, null, null, after));
			return new ReportPayload(report.id(), report.record(), report.at());
		}
		catch (BadArgumentException | NotFoundException ex) {
			ErrorClassification error = ex instanceof NotFoundException ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
			audit.record(new AuditRecord(UUID.randomUUID().toString(), Instant.now().toString(), AuditRecord.REFUSED,
					error.toString(), ex.getMessage(), null, null, List.of(), "reportListing",
					kind == null ? null : kind.indexKind(), recordId, null, null, null, null, null));
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@QueryMapping
	Connection<ReportView> listingReports(@Argument Integer first, @Argument String after,
			@Nullable Principal principal) {
		Caller caller = PortalCallers.of(principal)
			.orElseThrow(() -> RefusedException.unauthorized("listingReports needs a bearer token"));
		PageRequest page = PageRequest.of(first, after);
		if (page.after() != null
				&& (page.after().size() != 2 || !page.after().get(0).isLong() || !page.after().get(1).isString())) {
			throw new BadArgumentException("after", "'after' is not a cursor of listingReports");
		}
		try {
			return Connection.of(reports.about(caller.organisation(), caller.has(Right.CONTENT), page), page,
					hit -> ReportView.of(hit.source()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean reportable(Kind kind) {
		return switch (kind) {
			case WORKPLACE, OFFERING, STAKEHOLDER, SUPPORT_SERVICE, KEY_MESSAGE, GOOD_PRACTICE -> true;
			default -> false;
		};
	}

	/**
	 * Who owns a record, by the rules the writes use; a text no organisation owns is
	 * every editor's.
	 */
	private static Optional<String> owner(Kind kind, ObjectNode record) {
		String owner = switch (kind) {
			case WORKPLACE -> record.path("enterpriseNumber").asText(record.path("establishmentNumber").asText(null));
			case OFFERING -> record.path("provider").path("id").asText(null);
			case STAKEHOLDER -> record.path("id").asText(null);
			case SUPPORT_SERVICE -> record.path("stakeholder").asText(null);
			default -> record.path("editor").asText(null);
		};
		return Optional.ofNullable(owner);
	}

	/** The GraphQL {@code ListingReportInput}. */
	record ReportInput(String id, ListingReportReason reason, String comment) {
	}

	/** The GraphQL {@code ListingReportPayload}. */
	record ReportPayload(String reportId, String record, String receivedAt) {
	}

	/** The GraphQL {@code ListingReport}. */
	record ReportView(String id, String receivedAt, String record, String reason, String comment) {

		static ReportView of(ListingReports.Report report) {
			return new ReportView(report.id(), report.at(), report.record(), report.reason(), report.comment());
		}

	}

}
