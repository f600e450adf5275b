package be.duaalatlas.ingest.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.Values;
import be.duaalatlas.programme.ProviderKind;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.JointCommittees;
import be.duaalatlas.vocabulary.KboNumber;
import be.duaalatlas.vocabulary.Sector;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a synthetic catalogue of workplaces in the real source formats (the recognition
 * register's CSV, the companies' availability CSV, the providers' offerings CSV), so that
 * it goes through the same adapters. Spread over the real places, sectors and programmes;
 * deterministic for a seed; streaming, so memory does not grow with the number of
 * workplaces. Every invented record is flagged {@code sample=true}.
 */
public final class CatalogueGenerator {

	static final String REGISTER_HEADER = "recognition_id;enterprise_number;establishment_number;establishment_name;"
			+ "legal_form;street;postcode;municipality;sector;programme_code;qualification;partnership;valid_from;"
			+ "valid_until;status;changed;sample;joint_committee";

	static final String AVAILABILITY_HEADER = "establishment_number;looking_for_learner;places;available_from;"
			+ "last_confirmed";

	static final String OFFERINGS_HEADER = "id;programme_code;provider_id;provider_name;provider_kind;street;postcode;"
			+ "municipality;language;start;changed;sample;website;email;phone;enrolment_url";

	private static final String[] NAME_PARTS = { "Aarde", "Beuk", "Delta", "Eik", "Fonkel", "Glans", "Haven", "Ijzer",
			"Kade", "Linde", "Mol", "Noord", "Oever", "Polder", "Rank", "Schelde", "Toren", "Uil", "Veld", "Wilg",
			"Zuid", "Berk", "Dijk", "Kouter", "Leie", "Maas", "Nete", "Vaart", "Zenne", "Demer" };

	private static final String[] LEGAL_FORMS = { "BV", "BV", "BV", "NV", "CV", "VZW", "EENMANSZAAK" };

	private static final String[] STREETS = { "Stationsstraat", "Kerkstraat", "Industrieweg", "Nijverheidsstraat",
			"Molenstraat", "Dorpsstraat", "Ambachtenlaan", "Kouterstraat", "Hoogstraat", "Zandstraat" };

	/** Secondary schools twice, as they are the most common providers. */
	private static final ProviderKind[] PROVIDER_KINDS = { ProviderKind.SECONDARY_SCHOOL, ProviderKind.SECONDARY_SCHOOL,
			ProviderKind.CDO, ProviderKind.SYNTRA, ProviderKind.CVO };

	private final List<Place> places;

	private final Map<String, List<String>> programmesBySector;

	private final List<String> sectors;

	private final Set<String> partnerships;

	private final Random random;

	private final LocalDate today;

	public CatalogueGenerator(CatalogueFacts facts, long seed, LocalDate today) {
		this.places = facts.places();
		this.programmesBySector = facts.programmesBySector();
		this.sectors = new ArrayList<>(programmesBySector.keySet());
		this.partnerships = facts.partnerships();
		this.random = new Random(seed);
		this.today = today;
	}

	/**
	 * Writes {@code workplaces} establishments with their recognitions, availability and
	 * the offerings near them.
	 */
	public Counts write(int workplaces, Writer registerOut, Writer availabilityOut, Writer offeringsOut)
			throws IOException {
		// the adapters' own CSV dialect, so that a ';' or a quote in a name stays in
		// its field
		SequenceWriter register = CsvRows.writer(registerOut, ';');
		SequenceWriter availability = CsvRows.writer(availabilityOut, ';');
		SequenceWriter offerings = CsvRows.writer(offeringsOut, ';');
		register.write(REGISTER_HEADER.split(";"));
		availability.write(AVAILABILITY_HEADER.split(";"));
		offerings.write(OFFERINGS_HEADER.split(";"));
		long recognitions = 0;
		long available = 0;
		long offeringCount = 0;
		for (int i = 0; i < workplaces; i++) {
			String sector = pickSector();
			Place place = places.get(random.nextInt(places.size()));
			String establishment = String.format("2.%03d.%03d.%03d", (100 + i / 1_000_000) % 1000, (i / 1000) % 1000,
					i % 1000);
			// a valid KBO number (mod-97 check digits) that no real enterprise of the
			// sample range is likely to have
			String enterprise = KboNumber.of(4_000_000L + i % 6_000_000);
			String legalForm = LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
			String name = NAME_PARTS[random.nextInt(NAME_PARTS.length)] + " "
					+ Coded.fromCode(Sector.class, sector).map(CatalogueGenerator::noun).orElse("Bedrijf") + " "
					+ (legalForm.equals("EENMANSZAAK") ? "" : legalForm + " ") + "(voorbeeld)";
			String street = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180));
			List<String> programmes = programmesBySector.get(sector);
			int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(Math.min(3, programmes.size())));
			// the company's joint committee routes its recognitions: a sectoral
			// partnership, or the Flemish one
			String jointCommittee = Coded.fromCode(Sector.class, sector)
				.map(CatalogueGenerator::jointCommittee)
				.orElse("200");
			String partnership = JointCommittees.recognisingBody(jointCommittee);
			List<String> chosen = new ArrayList<>();
			for (int r = 0; r < count; r++) {
				String programme = programmes.get(random.nextInt(programmes.size()));
				if (chosen.contains(programme)) {
					continue;
				}
				chosen.add(programme);
				LocalDate from = today.minusDays(random.nextInt(6 * 365));
				LocalDate until = from.plusYears(5);
				int roll = random.nextInt(100);
				String status = until.isBefore(today) ? "EXPIRED" : roll < 7 ? "WITHDRAWN" : "ACTIVE";
				// recorded some days after it was granted, but never after today
				LocalDate changed = from.plusDays(random.nextInt(60));
				register.write(new String[] { "R" + (i * 4L + r), enterprise, establishment, name, legalForm, street,
						place.postcode(), place.name(), sector, programme, "", partnership, from.toString(),
						until.toString(), status, (changed.isAfter(today) ? today : changed).toString(), "true",
						jointCommittee });
				recognitions++;
			}
			if (random.nextInt(100) < 45) {
				boolean looking = random.nextBoolean();
				availability.write(new String[] { establishment, Boolean.toString(looking),
						looking ? Integer.toString(1 + random.nextInt(3)) : "0",
						looking ? today.plusDays(random.nextInt(240)).toString() : "",
						today.minusDays(random.nextInt(400)).toString() });
				available++;
			}
			if (i % 40 == 0) {
				offeringCount += writeProvider(i / 40, offerings);
			}
		}
		register.flush();
		availability.flush();
		offerings.flush();
		return new Counts(workplaces, recognitions, available, offeringCount);
	}

	private long writeProvider(int n, SequenceWriter offerings) throws IOException {
		Place place = places.get(random.nextInt(places.size()));
		String kind = PROVIDER_KINDS[random.nextInt(PROVIDER_KINDS.length)].name();
		String id = "gen-provider-" + n;
		String name = "Campus " + NAME_PARTS[random.nextInt(NAME_PARTS.length)] + " " + (n + 1) + " (voorbeeld)";
		String street = STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(180));
		int count = 2 + random.nextInt(4);
		List<String> written = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			List<String> programmes = programmesBySector.get(pickSector());
			String programme = programmes.get(random.nextInt(programmes.size()));
			if (written.contains(programme)) {
				continue;
			}
			written.add(programme);
			offerings.write(new String[] { id + "--" + programme, programme, id, name, kind, street, place.postcode(),
					place.name(), "nl",
					today.getMonthValue() < 9 ? today.withMonth(9).withDayOfMonth(1).toString()
							: today.plusYears(1).withMonth(9).withDayOfMonth(1).toString(),
					today.toString(), "true", "https://www." + id + ".example", "info@" + id + ".example", "",
					"https://www." + id + ".example/inschrijven" });
		}
		return written.size();
	}

	/**
	 * The usual joint committee (paritair comité) of a sector's companies, as the
	 * generator invents them; a switch over every sector, so a new one cannot be
	 * forgotten.
	 */
	static String jointCommittee(Sector sector) {
		return switch (sector) {
			case BOUW -> "124";
			case ELEKTROTECHNIEK -> "149.01";
			case TECHNOLOGISCHE_INDUSTRIE -> "111";
			case HOUT_MEUBEL -> "126";
			case HORECA -> "302";
			case VOEDING -> "118";
			case HANDEL -> "201";
			case AUTO -> "112";
			case LOGISTIEK_TRANSPORT -> "226";
			case ZORG_WELZIJN -> "330";
			case HAARZORG_SCHOONHEID -> "314";
			case LAND_TUINBOUW -> "145";
			case SCHOONMAAK -> "121";
			case CHEMIE_KUNSTSTOF -> "116";
			case TEXTIEL_CONFECTIE -> "120";
			case GRAFISCHE_MEDIA -> "130";
			case BEDIENDEN_ADMINISTRATIE -> "200";
		};
	}

	/** The word in an invented company name of the sector. */
	private static String noun(Sector sector) {
		return switch (sector) {
			case BOUW -> "Bouw";
			case ELEKTROTECHNIEK -> "Elektro";
			case TECHNOLOGISCHE_INDUSTRIE -> "Techniek";
			case HOUT_MEUBEL -> "Schrijnwerk";
			case HORECA -> "Brasserie";
			case VOEDING -> "Ambacht";
			case HANDEL -> "Handel";
			case AUTO -> "Garage";
			case LOGISTIEK_TRANSPORT -> "Logistiek";
			case ZORG_WELZIJN -> "Zorg";
			case HAARZORG_SCHOONHEID -> "Kapsalon";
			case LAND_TUINBOUW -> "Groen";
			case SCHOONMAAK -> "Net";
			case CHEMIE_KUNSTSTOF -> "Chemie";
			case TEXTIEL_CONFECTIE -> "Atelier";
			case GRAFISCHE_MEDIA -> "Drukwerk";
			case BEDIENDEN_ADMINISTRATIE -> "Kantoor";
		};
	}

	private String pickSector() {
		// sectors with more programmes have more workplaces
		int total = programmesBySector.values().stream().mapToInt(List::size).sum();
		int roll = random.nextInt(total);
		for (String sector : sectors) {
			roll -= programmesBySector.get(sector).size();
			if (roll < 0) {
				return sector;
			}
		}
		return sectors.get(sectors.size() - 1);
	}

	/** What was written. */
	public record Counts(long workplaces, long recognitions, long availability, long offerings) {
	}

	/** A postcode area to put records in. */
	public record Place(String postcode, String name) {
	}

	/**
	 * The real facts the generator spreads its records over: the gazetteer's places, the
	 * programmes with their sectors, the recognising partnerships.
	 */
	public record CatalogueFacts(List<Place> places, Map<String, List<String>> programmesBySector,
			Set<String> partnerships) {

		/** The facts of the sample catalogue on the class path ({@code catalogue/}). */
		public static CatalogueFacts ofSample() throws IOException {
			try (InputStream places = resource("catalogue/places/postcodes-be.tsv");
					InputStream programmes = resource("catalogue/programmes/programmes.csv");
					InputStream stakeholders = resource("catalogue/stakeholders/stakeholders.yaml")) {
				return read(places, programmes, stakeholders);
			}
		}

		private static InputStream resource(String name) {
			InputStream in = CatalogueGenerator.class.getClassLoader().getResourceAsStream(name);
			return in == null ? InputStream.nullInputStream() : in;
		}

		public static CatalogueFacts read(InputStream gazetteer, InputStream programmes, InputStream stakeholders)
				throws IOException {
			// the same Jackson readers as the adapters: GeoNames' TSV (no quoting), the
			// programmes' ';'-CSV, YAML
			List<Place> places = new ArrayList<>();
			CsvSchema tsv = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar().withoutHeader();
			try (MappingIterator<String[]> rows = CsvMapper.builder()
				.enable(CsvParser.Feature.WRAP_AS_ARRAY)
				.build()
				.readerFor(String[].class)
				.with(tsv)
				.readValues(new InputStreamReader(gazetteer, StandardCharsets.UTF_8))) {
				rows.readAll().stream().filter(f -> f.length == 12).forEach(f -> places.add(new Place(f[1], f[2])));
			}
			Map<String, List<String>> bySector = new TreeMap<>();
			for (Map<String, String> row : CsvRows.readAll(new InputStreamReader(programmes, StandardCharsets.UTF_8),
					';')) {
				for (String sector : Values.list(row.get("sectors"))) {
					bySector.computeIfAbsent(sector, k -> new ArrayList<>()).add(row.get("code"));
				}
			}
			Set<String> partnerships = new java.util.TreeSet<>();
			if (stakeholders != null) {
				new YAMLMapper().readTree(stakeholders).forEach(item -> partnerships.add(item.path("id").asText()));
			}
			return new CatalogueFacts(places, new LinkedHashMap<>(bySector), partnerships);
		}

	}

}
