import { run } from './api';
import { h, resultsHeading, statusRegion } from './dom';
import { label, regions, sectors, type SiteLanguage, wordsFor } from './i18n';
import { MapPlaceDocument, RegionalOverviewMapDocument, type Region, type RegionalOverviewMapQuery } from '../generated/graphql';
import { outline, project } from '../generated/outline';

const REGIONS: Region[] = ['FLANDERS', 'BRUSSELS', 'ANTWERPEN', 'LIMBURG', 'OOST_VLAANDEREN', 'VLAAMS_BRABANT',
  'WEST_VLAANDEREN'];
const SVG = 'http://www.w3.org/2000/svg';

/** One municipality on the map: the overview's rows of the sector's programmes there, added up. */
type MapPlace = { area: string; name: string; x: number; y: number; workplaces: number; looking: number; offerings: number };

const state: { sector: string; region: Region; asked: boolean } = { sector: 'elektrotechniek', region: 'OOST_VLAANDEREN', asked: false };

/** An SVG element: attributes only, never a style attribute (the Content-Security-Policy allows none). */
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>,
    ...children: SVGElement[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** Adds up the overview's rows (one per programme and municipality) per municipality. */
export function perMunicipality(rows: RegionalOverviewMapQuery['regionalOverview']): MapPlace[] {
  const places = new Map<string, MapPlace>();
  for (const row of rows) {
    if (!row.centre) continue;
    const [x, y] = project(row.centre.lat, row.centre.lon);
    const place = places.get(row.area)
      ?? { area: row.area, name: row.areaName, x, y, workplaces: 0, looking: 0, offerings: 0 };
    place.workplaces += row.recognisedWorkplaces;
    place.looking += row.workplacesLookingForLearner;
    place.offerings += row.offerings;
    places.set(row.area, place);
  }
  return [...places.values()].sort((a, b) => b.workplaces - a.workplaces || b.offerings - a.offerings
    || a.name.localeCompare(b.name));
}

/**
 * The regional overview of a sector in a region on a map of Flanders and Brussels: per municipality a circle for its
 * recognised workplaces, a darker one for those looking for a learner and a square for its offerings, each with an
 * area proportional to its count; a table beside it says the same for screen readers and keyboards. Clicking a place
 * (or its name in the table) lists its workplaces and offerings.
 */
export function regionalMap(screen: HTMLElement, language: SiteLanguage) {
  const words = wordsFor(language);
  const sector = h('select', { id: 'map-sector' }, ...Object.keys(sectors.NL).map((code) =>
    h('option', { value: code, selected: code === state.sector }, label(sectors, language, code))));
  const region = h('select', { id: 'map-region' }, ...REGIONS.map((value) =>
    h('option', { value, selected: value === state.region }, label(regions, language, value))));
  const form = h('form', { class: 'ask' },
    h('label', { for: 'map-sector' }, words.sectorLabel), sector,
    h('label', { for: 'map-region' }, words.regionLabel), region,
    h('button', { type: 'submit' }, words.showMap));
  const status = statusRegion();
  const results = h('section', { class: 'results map-results' });
  const placeList = h('section', { class: 'place-list' });
  screen.replaceChildren(form, status, results);

  const show = async (focus = false) => {
    state.sector = sector.value;
    state.region = region.value as Region;
    state.asked = true;
    try {
      const { regionalOverview } = await run(RegionalOverviewMapDocument, { sector: state.sector, region: state.region });
      const places = perMunicipality(regionalOverview);
      const title = words.mapTitle(label(sectors, language, state.sector), label(regions, language, state.region));
      results.replaceChildren(
        resultsHeading(places.length ? `${title} ${words.mapPlaces(places.length)}` : words.mapNone),
        ...(places.length ? [h('div', { class: 'map-and-table' }, drawing(places), table(places)), placeList] : []));
      status.textContent = places.length ? words.mapPlaces(places.length) : words.mapNone;
      if (focus) results.querySelector<HTMLElement>('h2.count')?.focus();
    } catch (error) {
      results.replaceChildren(h('p', { class: 'error' }, words.error, ' ', String((error as Error).message)));
      status.textContent = words.error;
    }
  };

  // Hidden from screen readers: the table after it says the same, and its buttons do what a click on a symbol does.
  const drawing = (places: MapPlace[]) => {
    const margin = 12;
    const minX = Math.max(0, Math.min(...places.map((p) => p.x)) - margin);
    const maxX = Math.min(outline.width, Math.max(...places.map((p) => p.x)) + margin);
    const minY = Math.max(0, Math.min(...places.map((p) => p.y)) - margin);
    const maxY = Math.min(outline.height, Math.max(...places.map((p) => p.y)) + margin);
    // at least 80 km wide, so that one municipality is not a map of itself
    const width = Math.max(maxX - minX, 80);
    const height = Math.max(maxY - minY, 45);
    const biggest = Math.max(1, ...places.flatMap((p) => [p.workplaces, p.offerings]));
    const radius = (n: number) => (n === 0 ? 0 : Math.max(0.9, (width / 22) * Math.sqrt(n / biggest)));
    const symbols = places.map((place) => {
      const side = radius(place.offerings) * Math.sqrt(Math.PI); // a square of the same area as such a circle
      const group = svg('g', {
        class: 'place', 'data-area': place.area, 'data-name': place.name, 'data-workplaces': place.workplaces,
        'data-looking': place.looking, 'data-offerings': place.offerings,
      },
      svg('title', {}),
      svg('circle', { class: 'workplaces', cx: place.x.toFixed(2), cy: place.y.toFixed(2), r: radius(place.workplaces).toFixed(2) }),
      svg('circle', { class: 'looking', cx: place.x.toFixed(2), cy: place.y.toFixed(2), r: radius(place.looking).toFixed(2) }),
      svg('rect', { class: 'offerings', x: (place.x - side / 2).toFixed(2), y: (place.y - side / 2).toFixed(2),
        width: side.toFixed(2), height: side.toFixed(2) }));
      group.querySelector('title')!.textContent = `${place.name}: ${place.workplaces} · ${place.looking} · ${place.offerings}`;
      group.addEventListener('click', () => void list(place, false));
      return group;
    });
    return h('figure', { class: 'map' },
      svg('svg', {
        viewBox: `${(minX + maxX - width) / 2} ${(minY + maxY - height) / 2} ${width} ${height}`,
        'aria-hidden': 'true', preserveAspectRatio: 'xMidYMid meet',
      },
      svg('path', { class: 'land', d: outline.land }),
      svg('path', { class: 'edge', d: outline.edge }),
      ...symbols) as unknown as Node,
      h('figcaption', {},
        h('ul', { class: 'legend' },
          h('li', { class: 'legend-workplaces' }, words.legendWorkplaces),
          h('li', { class: 'legend-looking' }, words.legendLooking),
          h('li', { class: 'legend-offerings' }, words.legendOfferings)),
        h('p', { class: 'note' }, words.mapNote)));
  };

  const table = (places: MapPlace[]) =>
    h('div', { class: 'table-scroll' },
      h('table', { class: 'overview' },
        h('caption', {}, words.mapSums),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, words.municipality),
          h('th', { scope: 'col' }, words.recognisedWorkplaces),
          h('th', { scope: 'col' }, words.lookingForLearner),
          h('th', { scope: 'col' }, words.offerings))),
        h('tbody', {}, ...places.map((place) => {
          const name = h('button', { type: 'button', class: 'place-name' }, place.name);
          name.addEventListener('click', () => void list(place, true));
          return h('tr', { 'data-area': place.area },
            h('th', { scope: 'row' }, name),
            h('td', { class: 'workplaces' }, String(place.workplaces)),
            h('td', { class: 'looking' }, String(place.looking)),
            h('td', { class: 'offerings' }, String(place.offerings)));
        }))));

  const list = async (place: MapPlace, focus: boolean) => {
    results.querySelectorAll('g.place.chosen').forEach((g) => g.classList.remove('chosen'));
    results.querySelector(`g.place[data-area="${CSS.escape(place.area)}"]`)?.classList.add('chosen');
    try {
      const { search } = await run(MapPlaceDocument, { municipality: place.name, sector: state.sector, lang: language });
      placeList.replaceChildren(
        h('h3', { tabindex: '-1' }, words.inPlace(place.name)),
        h('ol', { class: 'hits' }, ...search.edges.map(({ kind, node }) => {
          if (node.__typename === 'Workplace') {
            return h('li', { class: 'workplace' + (node.lookingForLearner ? ' looking' : '') },
              h('strong', {}, node.name.value), ` · ${words.workplace}`,
              node.lookingForLearner ? h('span', { class: 'badge' }, words.looking) : null,
              node.lookingForLearner && node.places ? ' · ' + words.places(node.places) : '');
          }
          if (node.__typename === 'Offering') {
            return h('li', { class: 'offering' }, h('strong', {}, node.name.value), ` · ${words.offering} · ${node.provider.name}`);
          }
          return h('li', {}, kind);
        })));
      status.textContent = words.inPlace(place.name);
      if (focus) placeList.querySelector<HTMLElement>('h3')?.focus();
    } catch (error) {
      placeList.replaceChildren(h('p', { class: 'error' }, words.error, ' ', String((error as Error).message)));
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(true);
  });
  if (state.asked) void show();
}
