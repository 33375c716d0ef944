/**
 * Scenario files in the browser: export through a Blob and an object URL (no server), import through
 * a file input. The document is the one `npm run simulate` reads, written with every default spelled out.
 */
import { fileTooLargeMessage, MAX_FILE_BYTES, scenarioFromJsonText, scenarioToJson, type ScenarioFromFile } from '../../share';
import type { Scenario } from '../../sim/scenario';

/** A file name from the title: lowercase words joined by dashes, nothing a file system dislikes. */
export function fileNameFor(s: Scenario): string {
  const slug = (s.title ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'metastable-lab-scenario'}.json`;
}

export function downloadScenario(s: Scenario, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([scenarioToJson(s)], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileNameFor(s);
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a chosen file; a huge file is refused by its size before a byte of it is read. */
export async function readScenarioFile(file: File): Promise<ScenarioFromFile> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      scenario: scenarioFromJsonText('{}').scenario,
      errors: [fileTooLargeMessage(file.size)],
      usable: false,
    };
  }
  return scenarioFromJsonText(await file.text());
}
