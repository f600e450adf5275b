package be.duaalatlas.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Slugs;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.programme.ProgrammeDocument.Qualification;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.vocabulary.JobNameForms;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.TradeWords;
import jakarta.validation.Validator;

/**
 * The rule for a programme of the offer: its input's constraints, then its document with
 * what it is suggested by (its names and aliases in every language, and the feminine of
 * the aliases that are job names).
 */
public final class ProgrammeRules {

	private ProgrammeRules() {
	}

	/** The first rule a programme breaks, if any. */
	public static Optional<Problem> problem(ProgrammeInput input, Validator validator) {
		return ValidationProblems.first(validator, input);
	}

	/** The document of a valid programme. */
	public static ProgrammeDocument programme(ProgrammeInput input, Provenance provenance) {
		List<Qualification> qualifications = ProgrammeInput.list(input.qualifications())
			.stream()
			.map(name -> new Qualification(Slugs.of(name), name))
			.toList();
		Localized name = new Localized(input.nameNl(), input.nameFr(), input.nameEn());
		LocalizedList aliases = new LocalizedList(ProgrammeInput.list(input.aliasesNl()),
				ProgrammeInput.list(input.aliasesFr()), ProgrammeInput.list(input.aliasesEn()));
		return new ProgrammeDocument(ProgrammeDocument.KIND, input.code(), name, aliases,
				new Localized(input.descriptionNl(), input.descriptionFr(), input.descriptionEn()), input.studyDomain(),
				input.grade(), input.finality(), qualifications, ProgrammeInput.list(input.sectors()),
				input.workplaceShare() == null ? null : Integer.valueOf(input.workplaceShare()),
				new Suggest(suggestions(name, aliases)), false, input.changed(), provenance);
	}

	private static List<String> suggestions(Localized name, LocalizedList aliases) {
		List<String> inputs = new ArrayList<>();
		for (Language language : Language.values()) {
			String lang = language.code();
			name.in(lang).ifPresent(inputs::add);
			for (String alias : aliases.in(lang)) {
				inputs.add(alias);
				// "kapst" suggests Kapper-stylist too: the feminine of a job name
				if (TradeWords.contains(alias, language)) {
					JobNameForms.feminine(alias, language).ifPresent(inputs::add);
				}
			}
		}
		return inputs.stream().distinct().toList();
	}

}
