package be.duaalatlas.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.UpdateResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ErrorClassification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * How every write through the API goes: who may (token, right, own organisation), is the
 * input valid (the adapters' rules), is the version the one the caller read, then the
 * change on the live record guarded by the engine's sequence number (two writers on the
 * same version: exactly one wins), the journal entry that makes it survive re-imports,
 * and the audit entry. A refused write leaves the record exactly as it was and is audited
 * too.
 */
@Component
class PartnerWrites {

	private static final Logger log = LoggerFactory.getLogger(PartnerWrites.class);

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final WriteJournal journal;

	private final AuditTrail audit;

	private final CatalogueGeneration generation;

	PartnerWrites(ElasticsearchClient client, CatalogueIndices indices, WriteJournal journal, AuditTrail audit,
			CatalogueGeneration generation) {
		this.client = client;
		this.indices = indices;
		this.journal = journal;
		this.audit = audit;
		this.generation = generation;
	}

	/**
	 * A write that sets some fields of an existing record.
	 * @param attempt what is asked, by whom
	 * @param owns whether the caller's organisation owns the record as it is now
	 * @param changes the fields to set (a null value clears one), from the record as it
	 * is now; throws {@link BadArgumentException} naming the input field that breaks a
	 * rule
	 */
	Accepted merge(Attempt attempt, BiPredicate<Caller, ObjectNode> owns, Function<ObjectNode, ObjectNode> changes) {
		Caller caller = null;
		try {
			caller = attempt.caller()
				.orElseThrow(() -> RefusedException.unauthorized(attempt.operation() + " needs a bearer token"));
			if (!caller.has(attempt.right())) {
				throw RefusedException.forbidden("The token of " + caller.organisation() + " has no " + attempt.right()
						+ " right, which " + attempt.operation() + " needs");
			}
			String alias = indices.alias(attempt.kind());
			GetResponse<ObjectNode> current = client.get(g -> g.index(alias).id(attempt.recordId()), ObjectNode.class);
			if (!current.found()) {
				throw new NotFoundException(attempt.idArgument(),
						"No record '" + attempt.recordId() + "' in " + attempt.kind());
			}
			if (!owns.test(caller, current.source())) {
				throw RefusedException
					.forbidden("'" + attempt.recordId() + "' is not a record of organisation " + caller.organisation());
			}
			ObjectNode set = changes.apply(current.source());
			int version = current.source().path("recordVersion").asInt(0);
			if (attempt.expectedVersion() != version) {
				throw RefusedException.conflict("version", "'" + attempt.recordId() + "' is at version " + version
						+ ", not " + attempt.expectedVersion() + ": someone wrote in between; read it again");
			}
			return apply(attempt, caller, current, set, version + 1);
		}
		catch (RefusedException | BadArgumentException | NotFoundException ex) {
			audit.record(refusal(attempt, caller, classification(ex), ex.getMessage()));
			throw ex;
		}
		catch (IOException ex) {
			audit.record(refusal(attempt, caller, ErrorType.INTERNAL_ERROR, ex.getMessage()));
			throw new UncheckedIOException(ex);
		}
	}

	private Accepted apply(Attempt attempt, Caller caller, GetResponse<ObjectNode> current, ObjectNode set, int version)
			throws IOException {
		ObjectNode before = JsonNodeFactory.instance.objectNode();
		set.fieldNames()
			.forEachRemaining(field -> before.set(field, current.source().path(field).isMissingNode()
					? NullNode.getInstance() : current.source().get(field)));
		UpdateResponse<ObjectNode> updated;
		try {
			updated = client.update(u -> u.index(current.index())
				.id(current.id())
				.ifSeqNo(current.seqNo())
				.ifPrimaryTerm(current.primaryTerm())
				.doc(set.deepCopy().put("recordVersion", version))
				.refresh(Refresh.True), ObjectNode.class);
		}
		catch (ElasticsearchException | IOException ex) {
			if (EngineConflicts.isConflict(ex)) {
				throw RefusedException.conflict("version",
						"'" + attempt.recordId() + "' changed while this write " + "was checked; read it again");
			}
			throw ex;
		}
		List<String> fields = new ArrayList<>();
		set.fieldNames().forEachRemaining(fields::add);
		JournalEntry entry;
		try {
			entry = journal
				.append(new JournalEntry(0, attempt.kind(), attempt.recordId(), JournalEntry.Operation.MERGE.name(),
						version, fields, set, Instant.now().toString(), caller.organisation(), caller.subject()));
		}
		catch (IOException | RuntimeException ex) {
			undo(current, before, updated);
			throw ex;
		}
		String live = client.indices()
			.getAlias(g -> g.name(indices.alias(attempt.kind())))
			.result()
			.keySet()
			.stream()
			.findFirst()
			.orElse(current.index());
		if (!live.equals(current.index())) {
			// a full import switched the alias meanwhile and may not have seen this
			// entry: apply it there as well
			journal.applyIfNewer(entry, live);
		}
		generation.changed();
		ObjectNode after = set.deepCopy();
		ObjectNode record = current.source().deepCopy();
		record.setAll(set);
		record.put("recordVersion", version);
		audit.record(new AuditRecord(UUID.randomUUID().toString(), entry.at(), AuditRecord.ACCEPTED, null, null,
				caller.subject(), caller.organisation(), caller.rights().stream().map(Right::name).sorted().toList(),
				attempt.operation(), attempt.kind(), attempt.recordId(), attempt.expectedVersion(), version,
				entry.sequence(), before, after));
		return new Accepted(entry, record);
	}

	/**
	 * The journal could not keep the write: put the record back as it was, unless someone
	 * wrote after us.
	 */
	private void undo(GetResponse<ObjectNode> current, ObjectNode before, UpdateResponse<ObjectNode> updated) {
		try {
			ObjectNode restore = before.deepCopy();
			JsonNode version = current.source().get("recordVersion");
			restore.set("recordVersion", version == null ? NullNode.getInstance() : version);
			client.update(u -> u.index(current.index())
				.id(current.id())
				.ifSeqNo(updated.seqNo())
				.ifPrimaryTerm(updated.primaryTerm())
				.doc(restore)
				.refresh(Refresh.True), ObjectNode.class);
		}
		catch (IOException | RuntimeException ex) {
			log.error("A write to {} that the journal could not keep could not be undone: {}", current.id(),
					ex.getMessage());
		}
	}

	private static ErrorClassification classification(RuntimeException ex) {
		if (ex instanceof RefusedException refused) {
			return refused.classification();
		}
		return ex instanceof NotFoundException ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
	}

	private static AuditRecord refusal(Attempt attempt, Caller caller, ErrorClassification error, String reason) {
		return new AuditRecord(UUID.randomUUID().toString(), Instant.now().toString(), AuditRecord.REFUSED,
				error.toString(), reason, caller == null ? null : caller.subject(),
				caller == null ? null : caller.organisation(),
				caller == null ? List.of() : caller.rights().stream().map(Right::name).sorted().toList(),
				attempt.operation(), attempt.kind(), attempt.recordId(), attempt.expectedVersion(), null, null, null,
				null);
	}

	/**
	 * A write as asked.
	 *
	 * @param idArgument the input field that names the record (for NOT_FOUND)
	 */
	record Attempt(String operation, Optional<Caller> caller, Right right, String kind, String recordId,
			String idArgument, int expectedVersion) {
	}

	/** An accepted write: its journal entry and the record as it is now. */
	record Accepted(JournalEntry entry, ObjectNode record) {
	}

}
