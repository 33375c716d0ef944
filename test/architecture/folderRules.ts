/**
 * The rule for every folder of the source tree: what kind of folder it is, and which other folders it
 * may import beyond what its kind allows everywhere, each with the reason the dependency is right.
 * `test/architecture/dependencyRules.test.ts` derives the folders from the tree and fails on any folder
 * without a rule here, on any import a rule does not allow, and on any cycle between folders.
 *
 * A folder is a directory directly under `src/` or `src/app/` (deeper directories belong to it), or a
 * file at the root of either (`src/main.tsx`, `src/app/App.tsx`, `src/app/format.ts`, …). Names are
 * relative to `src/`: `sim`, `app/charts`, `app/format.ts`.
 */

export type FolderKind =
  /** Pure TypeScript that runs anywhere (Node, a worker, the page). */
  | 'domain'
  /** Browser plumbing every worker host shares; it knows nothing of ours. */
  | 'platform'
  /** The simulation worker: hosts the core in a Web Worker. */
  | 'worker'
  /** The page's entry point. */
  | 'entry'
  /** Where the app is put together: the layout and the features' contributions to the shared layers. */
  | 'composition'
  /** Layers inside src/app that every feature builds on; they know no feature. */
  | 'shared'
  /** One capability of the lab. */
  | 'feature'
  /** A part of the page that is neither a shared layer nor a feature. */
  | 'part';

export interface FolderRule {
  kind: FolderKind;
  /** Folders it may import besides itself and what its kind allows, each with its reason. */
  uses?: Record<string, string>;
}

const APP_KINDS: FolderKind[] = ['entry', 'composition', 'shared', 'feature', 'part'];
const BELOW_THE_APP: FolderKind[] = ['domain', 'platform', 'worker'];

/** What a folder of each kind may import without naming it in `uses`. */
export const ALLOWED_BY_KIND: Record<FolderKind, FolderKind[]> = {
  domain: [],
  platform: [],
  worker: ['domain', 'platform'],
  entry: [...BELOW_THE_APP, ...APP_KINDS],
  composition: [...BELOW_THE_APP, 'composition', 'shared', 'feature', 'part'],
  shared: BELOW_THE_APP,
  feature: [...BELOW_THE_APP, 'shared'],
  part: [...BELOW_THE_APP, 'shared'],
};

/** What a folder of each kind may never import, whatever its `uses` say. */
export const FORBIDDEN_BY_KIND: Record<FolderKind, FolderKind[]> = {
  domain: ['worker', ...APP_KINDS],
  platform: ['domain', 'worker', ...APP_KINDS],
  worker: APP_KINDS,
  entry: [],
  composition: ['entry'],
  shared: ['entry', 'composition', 'feature', 'part'],
  feature: ['entry'],
  part: ['entry'],
};

const CORE = 'every domain module speaks the simulation core’s scenario, metrics and marks';

export const FOLDER_RULES: Record<string, FolderRule> = {
  // The domain.
  sim: { kind: 'domain' },
  share: { kind: 'domain', uses: { sim: CORE } },
  analysis: { kind: 'domain', uses: { sim: CORE } },
  fit: { kind: 'domain', uses: { sim: CORE } },
  mitigations: {
    kind: 'domain',
    uses: { sim: CORE, analysis: 'a mitigation’s recovery and its what-if outcome are read off with the frames queries and incident rules' },
  },
  presets: {
    kind: 'domain',
    uses: {
      sim: CORE,
      analysis: 'a preset’s checks are measured with the frames queries',
      share: 'incident presets are stored as scenario documents and opened through the migrations',
    },
  },
  map: {
    kind: 'domain',
    uses: {
      sim: CORE,
      analysis: 'the outcome judge reads runs with the frames queries and the recovered rule',
      platform: 'its browser worker pool (workerPool.ts, map.worker.ts) watches each worker’s lifeline like the other hosts',
    },
  },

  // Hosts of the core.
  platform: { kind: 'platform' },
  worker: { kind: 'worker' },
  'main.tsx': { kind: 'entry' },
  'app/App.tsx': { kind: 'composition' },
  'app/featureParts.tsx': { kind: 'composition' },

  // Shared layers of the app, lowest first: each may use only those above it in this list.
  'app/format.ts': { kind: 'shared' },
  'app/glossary': { kind: 'shared' },
  'app/data': { kind: 'shared' },
  'app/store': {
    kind: 'shared',
    uses: { 'app/data': 'its tests fingerprint runs with the frame digest', 'app/format.ts': 'control specs format their values' },
  },
  'app/runtime': {
    kind: 'shared',
    uses: {
      'app/data': 'the runtime fills the FrameRing',
      'app/store': 'the runtime folds each batch’s slow facts into the store',
      'app/format.ts': 'worker errors name simulated times',
    },
  },
  'app/shell': {
    kind: 'shared',
    uses: { 'app/runtime': 'the error banner shows the runtime’s errors', 'app/store': 'the banner clears the scenario’s issues; the theme is the store’s' },
  },
  'app/charts': {
    kind: 'shared',
    uses: {
      'app/data': 'charts read the FrameRing',
      'app/store': 'charts draw what the store holds (the lesson’s highlight, the window)',
      'app/runtime': 'charts paint on the frame clock and read the run’s marks',
      'app/format.ts': 'axes and captions use the number formats',
      'app/glossary': 'chart titles and state names explain their terms',
    },
  },

  // Features: each may use the shared layers; one feature uses another only for a stated reason.
  'app/compare': {
    kind: 'feature',
    uses: {
      'app/mitigations': 'run B is the scenario with the mitigations’ patches merged in',
      'app/cost': 'run B doubles the run: a costly pair asks before it starts',
    },
  },
  'app/mitigations': { kind: 'feature' },
  'app/cost': { kind: 'feature' },
  'app/room': { kind: 'feature' },
  'app/fit': { kind: 'feature' },
  'app/stack': { kind: 'feature' },
  'app/scenarios': {
    kind: 'feature',
    uses: {
      'app/cost': 'a costly preset, import or link asks before it runs',
      'app/room': 'a copied link uses the room address when one is set',
      'app/featureParts.tsx': 'the timeline editor words marks as the features do',
    },
  },
  'app/map': { kind: 'feature', uses: { 'app/cost': 'a costly sweep asks before it runs' } },
  'app/workshop': {
    kind: 'feature',
    uses: {
      'app/room': 'the QR panel links to the moment on screen through the room address',
      'app/fit': 'the postmortem’s what-if runs use the fit’s browser evaluator (Web Workers)',
      'app/controls': 'the presenter view shows the keyboard help and leaves the lab’s own keys alone',
    },
  },

  // Page parts.
  'app/controls': { kind: 'part' },
  'app/readouts': { kind: 'part', uses: { 'app/featureParts.tsx': 'the events list words marks as the features do' } },
  'app/offline': { kind: 'part' },
  'app/styles': { kind: 'part' },
};
