package be.duaalatlas.vocabulary;

/** Study domains (studiedomeinen) of Flemish secondary education. */
public enum StudyDomain {

	STEM, ECONOMIE_ORGANISATIE, KUNST_CREATIE, LAND_TUINBOUW, MAATSCHAPPIJ_WELZIJN, SPORT, TAAL_CULTUUR, VOEDING_HORECA

}
