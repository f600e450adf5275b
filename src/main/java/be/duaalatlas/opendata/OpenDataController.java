package be.duaalatlas.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.graphql.HttpErrorBody;
import be.duaalatlas.index.KindChanges;
import be.duaalatlas.index.KindChanges.KindChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /open-data/{kind}.ndjson}, {@code .csv} and
 * {@code /open-data/catalog.jsonld}. An export is written straight to the response as the
 * engine hands its pages over (no kind is ever held in memory), on the request's own
 * thread, so that its end, however it comes, gives the client's slot back. Its
 * {@code ETag} is the kind's generation and its {@code Last-Modified} the kind's last
 * change, both read before anything is streamed: {@code If-None-Match} with it is a 304
 * without an export.
 */
@RestController
class OpenDataController {

	static final String PATH = "/open-data/";

	static final String CATALOG = "catalog.jsonld";

	private static final Logger log = LoggerFactory.getLogger(OpenDataController.class);

	private final KindChanges changes;

	private final Exports exports;

	private final ExportSlots slots;

	private final ObjectMapper json;

	private final OpenDataProperties properties;

	OpenDataController(KindChanges changes, Exports exports, ExportSlots slots, ObjectMapper json,
			OpenDataProperties properties) {
		this.changes = changes;
		this.exports = exports;
		this.slots = slots;
		this.json = json;
		this.properties = properties;
	}

	@GetMapping(PATH + "{file}")
	void get(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (CATALOG.equals(file)) {
			catalog(request, response);
			return;
		}
		int dot = file.lastIndexOf('.');
		Optional<Dataset> dataset = dot < 0 ? Optional.empty() : Dataset.named(file.substring(0, dot));
		Optional<Exports.Format> format = dot < 0 ? Optional.empty()
				: Exports.Format.ofExtension(file.substring(dot + 1));
		if (dataset.isEmpty() || format.isEmpty()) {
			refuse(response, HttpStatus.NOT_FOUND,
					"No such open-data file. The files are " + files() + " and " + PATH + CATALOG + ".");
			return;
		}
		export(dataset.get(), format.get(), request, response);
	}

	private void export(Dataset dataset, Exports.Format format, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		KindChange change;
		try {
			change = changes.of(dataset.indexKind(), properties.engineTimeout());
		}
		catch (RuntimeException ex) {
			unavailable(response, ex);
			return;
		}
		String etag = "\"" + dataset.fileName() + "-" + change.generation() + "-" + format.extension() + "\"";
		response.setHeader(HttpHeaders.ETAG, etag);
		if (change.lastChange() != null) {
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, change.lastChange().toEpochMilli());
		}
		// a partner's copy may be kept, as long as it is checked again before use
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		if (HttpMethod.HEAD.matches(request.getMethod())) {
			response.setContentType(format.mediaType());
			return;
		}
		String client = request.getRemoteAddr();
		Optional<ExportSlots.Slot> taken = slots.take(client);
		if (taken.isEmpty()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			refuse(response, HttpStatus.TOO_MANY_REQUESTS,
					slots.running(client) ? "An export for this address is running: one export at a time per client."
							: "As many exports as this service streams at once are running; try again in 10 s.");
			return;
		}
		try (ExportSlots.Slot slot = taken.get()) {
			response.setContentType(format.mediaType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"" + dataset.fileName() + "." + format.extension() + "\"");
			long started = System.nanoTime();
			long records = exports.write(dataset, format, response.getOutputStream());
			log.info("Exported {} {} records as {} in {} ms", records, dataset.fileName(), format.extension(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			if (response.isCommitted()) {
				// the client sees the answer end without its last chunk: incomplete
				throw ex;
			}
			response.reset();
			unavailable(response, ex);
		}
	}

	private void catalog(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<Dataset, Instant> lastChanges = new EnumMap<>(Dataset.class);
		StringBuilder generations = new StringBuilder();
		try {
			for (Dataset dataset : Dataset.values()) {
				KindChange change = changes.of(dataset.indexKind(), properties.engineTimeout());
				lastChanges.put(dataset, change.lastChange());
				generations.append(change.generation());
			}
		}
		catch (RuntimeException ex) {
			unavailable(response, ex);
			return;
		}
		String etag = "\"catalog-" + Integer.toHexString(generations.toString().hashCode()) + "\"";
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).path(PATH).build().toUriString();
		response.setContentType(CatalogDescription.MEDIA_TYPE);
		json.writeValue(nonClosing(response.getOutputStream()), CatalogDescription.of(base, lastChanges));
	}

	/** Whether an {@code If-None-Match} header names the entity tag (or is {@code *}). */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::trim)
			.map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.anyMatch(tag -> tag.equals("*") || tag.equals(etag));
	}

	private static String files() {
		StringBuilder files = new StringBuilder();
		for (Dataset dataset : Dataset.values()) {
			files.append(files.isEmpty() ? "" : ", ").append(PATH).append(dataset.fileName()).append(".{ndjson,csv}");
		}
		return files.toString();
	}

	private void unavailable(HttpServletResponse response, RuntimeException ex) throws IOException {
		log.warn("An open-data answer failed before it began: {}", ex.toString());
		Map<String, Object> body = HttpErrorBody.of(HttpStatus.SERVICE_UNAVAILABLE, "SEARCH_UNAVAILABLE",
				"The catalogue cannot be read now; try again in a moment.");
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(nonClosing(response.getOutputStream()), body);
	}

	private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(nonClosing(response.getOutputStream()), HttpErrorBody.of(status, message));
	}

	private static OutputStream nonClosing(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

}
