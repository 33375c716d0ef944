/** One entry point for every supported file: sniffs the format, reads it, resamples it. */
import type { Mapping } from './columnMapping';
import { importCsv, type Imported } from './importCsv';
import { ImportError } from './importError';
import { importPrometheus } from './importPrometheus';
import { OBSERVED_METRIC_NAMES, type Observed } from './observed';
import { resample } from './resample';

export interface ImportResult extends Imported {
  observed: Observed;
}

/** Reads text as Prometheus JSON when it starts with `{`, else as CSV. */
export function readMetrics(text: string, mapping: Mapping = {}): Imported {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch (e) {
      throw new ImportError(`not valid JSON: ${(e as Error).message}`, { field: '(root)' });
    }
    return importPrometheus(doc, mapping);
  }
  return importCsv(text, mapping);
}

export function importMetrics(text: string, mapping: Mapping = {}): ImportResult {
  const imported = readMetrics(text, mapping);
  if (imported.series.length === 0) {
    const names = imported.columns.map((c) => `"${c.source}"`).join(', ') || 'none';
    throw new ImportError(`no column or series is a metric the lab knows (found: ${names}); map them to one of ${OBSERVED_METRIC_NAMES.join(', ')}`);
  }
  return { ...imported, observed: resample(imported.series) };
}
