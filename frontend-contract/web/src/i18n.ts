import type { Audience, Finality, Grade, Language, ProcessStep, Region, StudyDomain } from '../generated/graphql';

/** The website's two languages; the catalogue's texts follow the same choice through each operation's `lang`. */
export type SiteLanguage = Extract<Language, 'NL' | 'FR'>;

const words = {
  NL: {
    title: 'Duaal leren in Vlaanderen en Brussel',
    tabSearch: 'Opleiding zoeken',
    tabSchool: 'Werkplekken voor scholen',
    tabHelp: 'Wie helpt mij?',
    searchLabel: 'Wat wil je leren?',
    searchPlaceholder: 'bv. kapper, elektricien, garage',
    postcodeLabel: 'Jouw postcode',
    search: 'Zoeken',
    results: (n: number) => `${n} ${n === 1 ? 'opleiding' : 'opleidingen'}`,
    noResults: 'Niets gevonden. Probeer een ander woord.',
    didYouMean: 'Niets gevonden. Bedoel je misschien:',
    facetStudyDomain: 'Studiedomein',
    facetGrade: 'Graad',
    facetFinality: 'Finaliteit',
    clearFilters: 'Alle filters weg',
    whereButton: 'Waar in de buurt?',
    whereOffered: (programme: string, postcode: string) => `Waar kan je ${programme} volgen in de buurt van ${postcode}?`,
    offeredCount: (n: number) => `${n} ${n === 1 ? 'school of centrum' : 'scholen en centra'}`,
    km: (d: number) => `${d.toFixed(1).replace('.', ',')} km`,
    starts: 'start',
    enrol: 'Inschrijven',
    website: 'Website van de school',
    workplaceShare: (p: number) => `${p}% op de werkplek`,
    programmeLabel: 'Opleiding',
    programmePlaceholder: 'begin te typen, bv. elektr',
    campusLabel: 'Postcode van de campus',
    radiusLabel: 'Straal (km)',
    findWorkplaces: 'Werkplekken zoeken',
    workplacesCount: (n: number) => `${n} erkende ${n === 1 ? 'werkplek' : 'werkplekken'}`,
    looking: 'Zoekt een leerling',
    notLooking: 'Zoekt nu geen leerling',
    places: (n: number) => `${n} ${n === 1 ? 'plaats' : 'plaatsen'}`,
    availableFrom: 'vanaf',
    recognisedBy: 'erkend door',
    validUntil: 'geldig tot',
    choose: 'Kies eerst een opleiding uit de lijst.',
    audienceLabel: 'Ik ben',
    stepLabel: 'Ik ben bezig met',
    placeLabel: 'Postcode',
    findHelp: 'Toon wie helpt',
    servicesCount: (n: number) => `${n} ${n === 1 ? 'dienst' : 'diensten'}`,
    offeredBy: 'door',
    error: 'Er ging iets mis:',
    suggestionsName: 'Suggesties',
    tabMap: 'Kaart',
    sectorLabel: 'Sector',
    regionLabel: 'Regio',
    showMap: 'Toon op de kaart',
    mapTitle: (sector: string, region: string) => `${sector} in ${region}: waar zijn de werkplekken en opleidingen?`,
    mapPlaces: (n: number) => `${n} ${n === 1 ? 'gemeente' : 'gemeenten'}`,
    mapNone: 'Geen erkende werkplekken of opleidingen voor deze sector in deze regio.',
    municipality: 'Gemeente',
    recognisedWorkplaces: 'Erkende werkplekken',
    lookingForLearner: 'Zoeken een leerling',
    offerings: 'Opleidingsplaatsen (scholen en centra)',
    mapSums: 'Per gemeente opgeteld over de opleidingen van de sector: een werkplek erkend voor twee opleidingen telt twee keer.',
    legendWorkplaces: 'cirkel: erkende werkplekken',
    legendLooking: 'donkere cirkel: zoeken een leerling',
    legendOfferings: 'blauw vierkant: opleidingsplaatsen',
    inPlace: (place: string) => `In ${place}`,
    workplace: 'werkplek',
    offering: 'opleiding',
    mapNote: 'Omtrek: getekend uit de middelpunten van de Vlaamse en Brusselse postcodes (GeoNames, CC BY 4.0).',
    filters: 'Filters',
    showFilters: 'Filters',
  },
  FR: {
    title: 'L’apprentissage dual en Flandre et à Bruxelles',
    tabSearch: 'Chercher une formation',
    tabSchool: 'Lieux de travail pour écoles',
    tabHelp: 'Qui peut m’aider ?',
    searchLabel: 'Que veux-tu apprendre ?',
    searchPlaceholder: 'p. ex. coiffeur, électricien, garage',
    postcodeLabel: 'Ton code postal',
    search: 'Chercher',
    results: (n: number) => `${n} ${n === 1 ? 'formation' : 'formations'}`,
    noResults: 'Rien trouvé. Essaie un autre mot.',
    didYouMean: 'Rien trouvé. Tu cherches peut-être :',
    facetStudyDomain: 'Domaine d’études',
    facetGrade: 'Degré',
    facetFinality: 'Finalité',
    clearFilters: 'Retirer les filtres',
    whereButton: 'Où près de chez moi ?',
    whereOffered: (programme: string, postcode: string) => `Où suivre ${programme} près de ${postcode} ?`,
    offeredCount: (n: number) => `${n} ${n === 1 ? 'école ou centre' : 'écoles et centres'}`,
    km: (d: number) => `${d.toFixed(1).replace('.', ',')} km`,
    starts: 'début',
    enrol: 'S’inscrire',
    website: 'Site de l’école',
    workplaceShare: (p: number) => `${p} % sur le lieu de travail`,
    programmeLabel: 'Formation',
    programmePlaceholder: 'commencez à taper, p. ex. elektr',
    campusLabel: 'Code postal du campus',
    radiusLabel: 'Rayon (km)',
    findWorkplaces: 'Chercher des lieux de travail',
    workplacesCount: (n: number) => `${n} ${n === 1 ? 'lieu de travail reconnu' : 'lieux de travail reconnus'}`,
    looking: 'Cherche un apprenant',
    notLooking: 'Ne cherche pas d’apprenant',
    places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
    availableFrom: 'à partir du',
    recognisedBy: 'reconnu par',
    validUntil: 'valable jusqu’au',
    choose: 'Choisissez d’abord une formation dans la liste.',
    audienceLabel: 'Je suis',
    stepLabel: 'J’en suis à',
    placeLabel: 'Code postal',
    findHelp: 'Qui peut aider',
    servicesCount: (n: number) => `${n} ${n === 1 ? 'service' : 'services'}`,
    offeredBy: 'par',
    error: 'Une erreur s’est produite :',
    suggestionsName: 'Suggestions',
    tabMap: 'Carte',
    sectorLabel: 'Secteur',
    regionLabel: 'Région',
    showMap: 'Afficher sur la carte',
    mapTitle: (sector: string, region: string) => `${sector} – ${region} : où sont les lieux de travail et les formations ?`,
    mapPlaces: (n: number) => `${n} ${n === 1 ? 'commune' : 'communes'}`,
    mapNone: 'Aucun lieu de travail reconnu ni formation pour ce secteur dans cette région.',
    municipality: 'Commune',
    recognisedWorkplaces: 'Lieux de travail reconnus',
    lookingForLearner: 'Cherchent un apprenant',
    offerings: 'Formations (écoles et centres)',
    mapSums: 'Par commune, la somme sur les formations du secteur : un lieu de travail reconnu pour deux formations compte deux fois.',
    legendWorkplaces: 'cercle : lieux de travail reconnus',
    legendLooking: 'cercle foncé : cherchent un apprenant',
    legendOfferings: 'carré bleu : formations',
    inPlace: (place: string) => `À ${place}`,
    workplace: 'lieu de travail',
    offering: 'formation',
    mapNote: 'Contour : dessiné à partir des centres des codes postaux flamands et bruxellois (GeoNames, CC BY 4.0).',
    filters: 'Filtres',
    showFilters: 'Filtres',
  },
} satisfies Record<SiteLanguage, Record<string, unknown>>;

export type Words = (typeof words)['NL'];

export function wordsFor(language: SiteLanguage): Words {
  return words[language];
}

type Labels<T extends string> = Record<SiteLanguage, Partial<Record<T, string>>>;

export const audiences: Labels<Audience> = {
  NL: { PUPIL: 'een leerling', PARENT: 'een ouder', SCHOOL: 'een school', COMPANY: 'een bedrijf', MENTOR: 'een mentor' },
  FR: { PUPIL: 'un élève', PARENT: 'un parent', SCHOOL: 'une école', COMPANY: 'une entreprise', MENTOR: 'un tuteur' },
};

export const steps: Labels<ProcessStep> = {
  NL: {
    INFORM_ORIENT: 'informeren en oriënteren',
    CHOOSE_PROGRAMME: 'een opleiding kiezen',
    FIND_WORKPLACE: 'een werkplek zoeken',
    GET_RECOGNISED: 'een werkplek laten erkennen',
    TRAIN_MENTORS: 'mentoren opleiden',
    SIGN_AGREEMENT: 'de overeenkomst sluiten',
    PREMIUMS: 'premies en voordelen',
    GUIDANCE: 'begeleiding tijdens de opleiding',
    CERTIFICATION: 'certificering',
    PROBLEMS_EXIT: 'problemen en vroegtijdig stoppen',
  },
  FR: {
    INFORM_ORIENT: 's’informer et s’orienter',
    CHOOSE_PROGRAMME: 'choisir une formation',
    FIND_WORKPLACE: 'trouver un lieu de travail',
    GET_RECOGNISED: 'faire reconnaître un lieu de travail',
    TRAIN_MENTORS: 'former des tuteurs',
    SIGN_AGREEMENT: 'signer la convention',
    PREMIUMS: 'primes et avantages',
    GUIDANCE: 'accompagnement pendant la formation',
    CERTIFICATION: 'certification',
    PROBLEMS_EXIT: 'problèmes et arrêt anticipé',
  },
};

export const studyDomains: Labels<StudyDomain> = {
  NL: {
    STEM: 'STEM',
    ECONOMIE_ORGANISATIE: 'Economie en organisatie',
    KUNST_CREATIE: 'Kunst en creatie',
    LAND_TUINBOUW: 'Land- en tuinbouw',
    MAATSCHAPPIJ_WELZIJN: 'Maatschappij en welzijn',
    SPORT: 'Sport',
    TAAL_CULTUUR: 'Taal en cultuur',
    VOEDING_HORECA: 'Voeding en horeca',
  },
  FR: {
    STEM: 'STEM',
    ECONOMIE_ORGANISATIE: 'Économie et organisation',
    KUNST_CREATIE: 'Art et création',
    LAND_TUINBOUW: 'Agriculture et horticulture',
    MAATSCHAPPIJ_WELZIJN: 'Société et bien-être',
    SPORT: 'Sport',
    TAAL_CULTUUR: 'Langue et culture',
    VOEDING_HORECA: 'Alimentation et horeca',
  },
};

export const grades: Labels<Grade> = {
  NL: { GRADE_2: '2de graad', GRADE_3: '3de graad', SE_N_SE: 'Se-n-Se', BUSO_OV3: 'BuSO OV3', BUSO_OV4: 'BuSO OV4' },
  FR: { GRADE_2: '2e degré', GRADE_3: '3e degré', SE_N_SE: 'Se-n-Se', BUSO_OV3: 'BuSO OV3', BUSO_OV4: 'BuSO OV4' },
};

export const finalities: Labels<Finality> = {
  NL: { LABOUR_MARKET: 'Arbeidsmarkt', DOUBLE: 'Dubbele finaliteit' },
  FR: { LABOUR_MARKET: 'Marché du travail', DOUBLE: 'Double finalité' },
};

/** The label of an enum value in the site's language, or the value itself for one the site has no label for yet. */
export function label<T extends string>(labels: Labels<T>, language: SiteLanguage, value: T): string {
  return labels[language][value] ?? value;
}

export const regions: Labels<Region> = {
  NL: {
    FLANDERS: 'Vlaanderen', BRUSSELS: 'Brussel', ANTWERPEN: 'Antwerpen', LIMBURG: 'Limburg',
    OOST_VLAANDEREN: 'Oost-Vlaanderen', VLAAMS_BRABANT: 'Vlaams-Brabant', WEST_VLAANDEREN: 'West-Vlaanderen',
  },
  FR: {
    FLANDERS: 'Flandre', BRUSSELS: 'Bruxelles', ANTWERPEN: 'Anvers', LIMBURG: 'Limbourg',
    OOST_VLAANDEREN: 'Flandre-Orientale', VLAAMS_BRABANT: 'Brabant flamand', WEST_VLAANDEREN: 'Flandre-Occidentale',
  },
};

/** The catalogue's sectors by code (the schema passes sectors as codes, not enum values). */
export const sectors: Labels<string> = {
  NL: {
    bouw: 'Bouw', elektrotechniek: 'Elektrotechniek', 'technologische-industrie': 'Technologische industrie',
    'hout-meubel': 'Hout en meubel', horeca: 'Horeca', voeding: 'Voeding', handel: 'Handel', auto: 'Auto',
    'logistiek-transport': 'Logistiek en transport', 'zorg-welzijn': 'Zorg en welzijn',
    'haarzorg-schoonheid': 'Haarzorg en schoonheid', 'land-tuinbouw': 'Land- en tuinbouw', schoonmaak: 'Schoonmaak',
    'chemie-kunststof': 'Chemie en kunststof', 'textiel-confectie': 'Textiel en confectie',
    'grafische-media': 'Grafische media', 'bedienden-administratie': 'Bedienden en administratie',
  },
  FR: {
    bouw: 'Construction', elektrotechniek: 'Électrotechnique', 'technologische-industrie': 'Industrie technologique',
    'hout-meubel': 'Bois et ameublement', horeca: 'Horeca', voeding: 'Alimentation', handel: 'Commerce',
    auto: 'Automobile', 'logistiek-transport': 'Logistique et transport', 'zorg-welzijn': 'Soins et bien-être',
    'haarzorg-schoonheid': 'Coiffure et beauté', 'land-tuinbouw': 'Agriculture et horticulture', schoonmaak: 'Nettoyage',
    'chemie-kunststof': 'Chimie et plasturgie', 'textiel-confectie': 'Textile et confection',
    'grafische-media': 'Médias graphiques', 'bedienden-administratie': 'Employés et administration',
  },
};
