package be.duaalatlas.index;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Several short texts per language, e.g. the words pupils use for a programme. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LocalizedList(List<String> nl, List<String> fr, List<String> en) {

	public List<String> in(String lang) {
		List<String> list = switch (lang) {
			case "fr" -> fr;
			case "en" -> en;
			default -> nl;
		};
		return list == null ? List.of() : list;
	}

}
