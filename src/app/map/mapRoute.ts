/**
 * The route to the map page, with no imports: the lab's entry and its "Map" button use it, and
 * must not pull the map's engine into the lab's first load.
 */
import { readQuery } from '../../share/address';

export const MAP_VIEW = 'map';

export const isMapView = (search: string): boolean => readQuery(search).values.view === MAP_VIEW;

/** The map page for a scenario link payload (`v1.…`), axes left to the page's defaults. */
export const mapPageForScenario = (pathname: string, scenarioLink: string): string => `${pathname}?view=${MAP_VIEW}#s=${scenarioLink}`;
