/**
 * A QR code of the moment on screen (momentLink: the run, the lesson step, the simulated time,
 * paused), large enough to scan from the back of the room. On localhost the dialog says that such a
 * link opens nowhere else and asks for the room's address instead of silently encoding localhost.
 * The QR library (qrcode-generator, no dependencies) is imported only when the code is first shown;
 * SVG keeps it sharp on a projector. The link is re-read every second while open, as the run moves.
 */
import { useEffect, useState } from 'react';
import { useLab } from '../../runtime/LabContext';
import { momentLink } from '../../room/momentLink';
import { RoomAddressField } from '../../room/RoomAddressField';
import { rememberRoomAddress, roomLink, storedRoomAddress, type RoomLink } from '../../room/roomAddress';
import { useShortAddress } from '../../room/useShortAddress';
import { NEEDS_ROOM_SERVER, relayAddress } from '../../room/roomServed';
import { useModalDialog } from '../../shell/useModalDialog';
import { useWorkshop, useWorkshopState } from './WorkshopContext';

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function QrPanel() {
  const lab = useLab();
  const workshop = useWorkshop();
  const open = useWorkshopState((s) => s.qrOpen);
  const lessonId = useWorkshopState((s) => s.lesson.id);
  const stepIndex = useWorkshopState((s) => s.progress.step);
  const [room, setRoom] = useState(() => storedRoomAddress(storage()));
  const read = (): RoomLink => roomLink(momentLink(location.href, { lessonId, stepIndex, atS: lab.data().nowS }), room);
  // The run moves while the dialog is open: a tick re-renders once a second and the link is re-read.
  const [, setTick] = useState(0);
  const link: RoomLink = read();
  const [svg, setSvg] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { ref, close, onCancel, onClose } = useModalDialog(open, () => workshop.toggle('qrOpen', false));

  useEffect(() => {
    if (!open) return;
    const t = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [open]);
  // Served by the room server: the code carries the moment's short address (coarser, typeable).
  const short = useShortAddress(link.href, open && !link.localOnly);
  const href = short ?? link.href;
  const { localOnly } = link;
  useEffect(() => {
    if (!open || localOnly) return;
    let live = true;
    import('qrcode-generator')
      .then(({ default: qrcode }) => {
        const qr = qrcode(0, 'L');
        qr.addData(href, 'Byte');
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
  }, [open, href, localOnly]);

  const changeRoom = (address: string | null) => {
    rememberRoomAddress(storage(), address);
    setRoom(address);
  };
  const onLocalhost = roomLink(location.href, null).localOnly;
  return (
    <dialog ref={ref} className="lab-dialog qr-card" aria-labelledby="qr-heading" onCancel={onCancel} onClose={onClose}>
      <h2 id="qr-heading">Follow on your phone or laptop</h2>
      {onLocalhost && <RoomAddressField address={room} onChange={changeRoom} />}
      {link.localOnly ? (
        <p className="qr-missing">No QR code yet: a code for {location.host} would open nothing on a phone.</p>
      ) : svg ? (
        <div className="qr-code" role="img" aria-label="QR code of the link to this moment of the run" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <p>{error ?? 'Drawing the code…'}</p>
      )}
      {!link.localOnly && <p className="qr-link">{href.length > 90 ? `${href.slice(0, 87)}…` : href}</p>}
      <p className="param-hint">The link opens this lesson step, paused at the simulated time on screen now.</p>
      {/* On localhost the room address field already points at serve:room. */}
      {open && !onLocalhost && relayAddress(document, location.href) === null && <p className="param-hint">{NEEDS_ROOM_SERVER}</p>}
      <button type="button" className="btn" autoFocus onClick={close}>
        Close (Esc)
      </button>
    </dialog>
  );
}
