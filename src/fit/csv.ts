/** A small RFC 4180 reader: commas, semicolons or tabs; quoted fields with doubled quotes; CRLF or LF. */
import { ImportError } from './importError';

export interface CsvTable {
  header: string[];
  /** Data rows with the 1-based line number each started on. */
  rows: { line: number; cells: string[] }[];
}

function splitRecords(text: string, sep: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0].trim() !== '') out.push({ line: startLine, cells });
      cells = [];
      cell = '';
      line++;
      startLine = line;
    } else cell += c;
  }
  if (quoted) throw new ImportError(`line ${startLine}: a quoted field is never closed`, { line: startLine });
  cells.push(cell);
  if (cells.length > 1 || cells[0].trim() !== '') out.push({ line: startLine, cells });
  return out;
}

/** The separator the header line uses most. */
function sniffSeparator(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, first.split(s).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const records = splitRecords(body, sniffSeparator(body));
  if (records.length === 0) throw new ImportError('the file is empty', { line: 1 });
  const [head, ...rows] = records;
  const header = head.cells.map((h) => h.trim());
  header.forEach((h, i) => {
    if (h === '') throw new ImportError(`line ${head.line}: column ${i + 1} has no name`, { line: head.line, column: String(i + 1) });
  });
  for (const r of rows) {
    if (r.cells.length !== header.length) {
      throw new ImportError(`line ${r.line}: ${r.cells.length} fields, but the header has ${header.length}`, { line: r.line });
    }
  }
  return { header, rows };
}
