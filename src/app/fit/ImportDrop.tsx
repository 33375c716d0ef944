/** Import metrics: a button that opens the file chooser, and a zone that takes a dropped file. */
import { useRef, useState } from 'react';

export function ImportDrop({ onFile }: { onFile: (f: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`fit-drop${dragging ? ' fit-drop-active' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <button type="button" className="btn btn-small" onClick={() => input.current?.click()}>
        Import metrics…
      </button>
      <span className="param-hint"> or drop a CSV, Grafana CSV or Prometheus JSON file here</span>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.json,.txt,text/csv,application/json"
        data-testid="fit-import-file"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file can be chosen again
          if (f) onFile(f);
        }}
      />
    </div>
  );
}
