/**
 * Where the lessons column puts the room: on a page the room server served, the room card (its own
 * chunk, with the socket, loaded only then); on any other host nothing (the QR dialog says what
 * room answers need, keeping the projector's column as it was).
 */
import { lazy, Suspense, useMemo } from 'react';
import { relayAddress } from './roomServed';
import type { RoomStep } from './RoomCard';

const RoomCard = lazy(() => import('./RoomCard'));

export function RoomSlot({ step, present }: { step: RoomStep | null; present: boolean }) {
  const relay = useMemo(() => relayAddress(document, location.href), []);
  if (relay === null) return null;
  return (
    <Suspense fallback={null}>
      <RoomCard relay={relay} step={step} present={present} />
    </Suspense>
  );
}
