/**
 * The glossary's definitions, loaded once on the first Term shown (after first paint), shared by
 * every Term. Until they arrive a Term shows its name alone; they arrive within a moment of load.
 */
import type { GlossaryId } from './glossaryTerms';

type Definitions = Record<GlossaryId, string>;

let loaded: Definitions | undefined;
let loading: Promise<Definitions> | undefined;

/** The definitions if already loaded, else undefined. */
export function loadedDefinitions(): Definitions | undefined {
  return loaded;
}

/** Loads the definitions (once; a failed load, say offline before caching, is tried again next time). */
export function loadDefinitions(): Promise<Definitions> {
  loading ??= import('./glossary').then(
    (m) => (loaded = m.DEFINITIONS),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
