/**
 * Where the facilitator tells the lab the room's address, shown only while this page is on
 * localhost: a short warning that such links open nowhere else, and a field for the address
 * phones can reach (remembered in this browser). A bad address gets a message naming it.
 */
import { useId, useState } from 'react';
import { checkRoomAddress } from './roomAddress';

export function RoomAddressField({ address, onChange }: { address: string | null; onChange: (address: string | null) => void }) {
  const id = useId();
  const [text, setText] = useState(address ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const save = () => {
    if (text.trim() === '') {
      setMessage(null);
      onChange(null);
      return;
    }
    const check = checkRoomAddress(text);
    if (!check.ok) {
      setMessage(check.message);
      return;
    }
    setMessage(null);
    onChange(text.trim());
  };
  return (
    <form
      className="room-address"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className="room-warning" role="note">
        This page is on <strong>{location.host}</strong>, which only this computer can open. Give the address phones in the room can reach —
        <code>npm run serve:room</code> prints it.
      </p>
      <label htmlFor={`${id}-room`}>Room address</label>
      <div className="room-address-row">
        <input
          id={`${id}-room`}
          type="text"
          inputMode="url"
          placeholder="http://192.168.1.20:4173/"
          value={text}
          aria-invalid={message !== null}
          aria-describedby={message ? `${id}-msg` : undefined}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" className="btn btn-small">
          Use
        </button>
      </div>
      {message && (
        <p id={`${id}-msg`} className="room-error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
