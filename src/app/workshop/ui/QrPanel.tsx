/**
 * A QR code of the current run's link, large enough to scan from the back of the room. The QR
 * library (qrcode-generator, no dependencies) is imported only when the code is first shown; the
 * code is rendered as SVG so it stays sharp on a projector. The link is re-read every second: the
 * URL sync rewrites the hash as the run changes.
 */
import { useEffect, useState } from 'react';
import { followLink } from '../followLink';
import { useWorkshop, useWorkshopState } from './WorkshopContext';

export function QrPanel() {
  const workshop = useWorkshop();
  const open = useWorkshopState((s) => s.qrOpen);
  const [link, setLink] = useState(() => followLink(location.href));
  const [svg, setSvg] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    const t = setInterval(() => setLink(followLink(location.href)), 1000);
    return () => clearInterval(t);
  }, [open]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    import('qrcode-generator')
      .then(({ default: qrcode }) => {
        const qr = qrcode(0, 'L');
        qr.addData(link, 'Byte');
        qr.make();
        if (live) {
          setSvg(qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true }));
          setError(null);
        }
      })
      .catch((e: unknown) => live && setError(`No QR code: ${e instanceof Error ? e.message : String(e)}`));
    return () => {
      live = false;
    };
  }, [open, link]);
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="qr-heading" onClick={() => workshop.toggle('qrOpen', false)}>
      <div className="overlay-card qr-card" onClick={(e) => e.stopPropagation()}>
        <h2 id="qr-heading">Follow on your laptop</h2>
        {svg ? <div className="qr-code" role="img" aria-label="QR code of the link to this run" dangerouslySetInnerHTML={{ __html: svg }} /> : <p>{error ?? 'Drawing the code…'}</p>}
        <p className="qr-link">{link.length > 90 ? `${link.slice(0, 87)}…` : link}</p>
        <button type="button" className="btn" autoFocus onClick={() => workshop.toggle('qrOpen', false)}>
          Close (Esc)
        </button>
      </div>
    </div>
  );
}
