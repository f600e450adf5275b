package be.duaalatlas.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who recognises a company as a learning workplace, by its joint committee (paritair
 * comité): the sectoral partnership competent for that joint committee, or the Vlaams
 * Partnerschap Duaal Leren where none is competent (decree of 10 June 2016 on alternating
 * training; the department never recognises). The table of joint committees per
 * partnership is public information, kept in
 * {@code catalogue/stakeholders/joint-committees.tsv} with its sources.
 */
public final class JointCommittees {

	/**
	 * The Flemish Partnership for Dual Learning: competent wherever no sectoral
	 * partnership is.
	 */
	public static final String FLEMISH_PARTNERSHIP = "vpdl";

	static final String TABLE = "catalogue/stakeholders/joint-committees.tsv";

	private static final Map<String, Committee> BY_CODE = load();

	/** A joint committee, its name and the sectoral partnership competent for it. */
	public record Committee(String code, String name, String partnership) {
	}

	private JointCommittees() {
	}

	/**
	 * Why the text is not a joint committee code ({@code 124}, {@code 149.01}), or null
	 * when it is one.
	 */
	public static String problem(String code) {
		if (code == null || !code.matches("\\d{3}(\\.\\d{2})?")) {
			return "joint_committee '" + code + "' is not a joint committee number like 124 or 149.01";
		}
		return null;
	}

	/**
	 * The id of the body that recognises workplaces of companies in this joint committee:
	 * the competent sectoral partnership (a sub-committee falls under its committee,
	 * 149.01 before 149), else {@link #FLEMISH_PARTNERSHIP}.
	 */
	public static String recognisingBody(String code) {
		Committee committee = committee(code);
		return committee == null ? FLEMISH_PARTNERSHIP : committee.partnership();
	}

	/**
	 * The table's line for a joint committee or its parent committee, or null when no
	 * partnership is competent.
	 */
	public static Committee committee(String code) {
		Committee exact = BY_CODE.get(code);
		if (exact != null || code == null || !code.contains(".")) {
			return exact;
		}
		return BY_CODE.get(code.substring(0, code.indexOf('.')));
	}

	/**
	 * The joint committees a sectoral partnership is competent for, in the table's order.
	 */
	public static List<String> of(String partnership) {
		List<String> codes = new ArrayList<>();
		BY_CODE.values().stream().filter(c -> c.partnership().equals(partnership)).forEach(c -> codes.add(c.code()));
		return Collections.unmodifiableList(codes);
	}

	private static Map<String, Committee> load() {
		Map<String, Committee> byCode = new LinkedHashMap<>();
		ClasspathTable.read(TABLE, (f, line) -> {
			if (f.length != 3 || problem(f[0]) != null || byCode.containsKey(f[0])) {
				throw new IllegalStateException(TABLE + ":" + line + ": expected a new joint committee number, "
						+ "its name and a partnership id separated by tabs");
			}
			byCode.put(f[0], new Committee(f[0], f[1], f[2]));
		});
		return Collections.unmodifiableMap(byCode);
	}

}
