/** The preset gallery: scenarios with a story, the checks that prove it, and their share links. */
export { PRESETS, presetById, presetScenario } from './presets';
export { checkPreset, framesRun, measure, runPreset, windowOf, type CheckResult, type PresetRun } from './evaluate';
export { presetLink, type PresetLink } from './links';
export { toScenario, type ScenarioDocument } from './document';
export type { Preset, PresetCheck, PresetWindow } from './types';
