package be.duaalatlas.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.vocabulary.Kind;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The change feed (anonymous, from the journal) and the audit trail (with a token). */
@Controller
class ChangesController {

	private static final int MAX_ORGANISATION = 100;

	private final WriteJournal journal;

	private final AuditTrail audit;

	ChangesController(WriteJournal journal, AuditTrail audit) {
		this.journal = journal;
		this.audit = audit;
	}

	@QueryMapping
	Connection<Change> changes(@Argument String after, @Argument List<Kind> kinds, @Argument Integer first) {
		PageRequest page = PageRequest.of(first, after);
		if (page.after() != null
				&& (page.after().size() != 1 || !page.after().get(0).isLong() || page.after().get(0).longValue() < 0)) {
			throw new BadArgumentException("after", "'after' is not a cursor of the change feed");
		}
		// a closed enum list: at most one index kind per Kind, however long the list
		Set<String> indexKinds = new LinkedHashSet<>(kinds == null ? List.of() : Kind.indexKinds(kinds));
		try {
			return Connection.of(journal.after(page, indexKinds), page, hit -> Change.of(hit.source()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@QueryMapping
	Connection<AuditView> auditTrail(@Argument String organisation, @Argument Integer first, @Argument String after,
			@Nullable Principal principal) {
		Caller caller = (principal instanceof Authentication authentication ? Caller.of(authentication)
				: Optional.<Caller>empty())
			.orElseThrow(() -> RefusedException.unauthorized("auditTrail needs a bearer token"));
		if (organisation != null && organisation.length() > MAX_ORGANISATION) {
			throw new BadArgumentException("organisation",
					"An organisation id has at most " + MAX_ORGANISATION + " characters");
		}
		String scope = organisation;
		if (!caller.has(Right.AUDIT)) {
			if (organisation != null && !caller.actsFor(organisation)) {
				throw RefusedException.forbidden("Only the AUDIT right reads another organisation's audit entries");
			}
			scope = caller.organisation();
		}
		PageRequest page = PageRequest.of(first, after);
		if (page.after() != null
				&& (page.after().size() != 2 || !page.after().get(0).isLong() || !page.after().get(1).isString())) {
			throw new BadArgumentException("after", "'after' is not a cursor of the audit trail");
		}
		try {
			return Connection.of(audit.page(scope, page), page, hit -> AuditView.of(hit.source()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The GraphQL {@code AuditEntry}. */
	record AuditView(String at, String outcome, String error, String reason, String subject, String organisation,
			String operation, String id, Integer expectedVersion, Integer version, String before, String after,
			String changeCursor) {

		static AuditView of(AuditRecord record) {
			return new AuditView(record.at(), record.outcome(), record.error(), record.reason(), record.subject(),
					record.organisation(), record.operation(),
					record.recordId() == null ? null : Change.globalId(record.kind(), record.recordId()),
					record.expectedVersion(), record.version(),
					record.before() == null ? null : record.before().toString(),
					record.after() == null ? null : record.after().toString(),
					record.sequence() == null ? null : Change.cursor(record.sequence()));
		}

	}

}
