/**
 * Where the lessons column puts the room: on a page the room server served, the room card (its own
 * chunk, with the socket, loaded only then); on any other host the presenter view says what the
 * room features need and how to start it, and a phone shows nothing.
 */
import { lazy, Suspense, useMemo } from 'react';
import { NEEDS_ROOM_SERVER, relayAddress } from './roomServed';
import type { RoomStep } from './RoomCard';

const RoomCard = lazy(() => import('./RoomCard'));

export function RoomSlot({ step, present }: { step: RoomStep | null; present: boolean }) {
  const relay = useMemo(() => relayAddress(document, location.href), []);
  if (relay === null) return present ? <p className="room-needs">{NEEDS_ROOM_SERVER}</p> : null;
  return (
    <Suspense fallback={null}>
      <RoomCard relay={relay} step={step} present={present} />
    </Suspense>
  );
}
