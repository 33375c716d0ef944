/**
 * Registers a painter with the page's FrameClock for the lifetime of a component. Painters write to
 * the DOM directly (D3, textContent), never to React state: streaming data causes no re-render.
 */
import { useEffect, useEffectEvent } from 'react';
import { useLab } from './LabContext';

export function usePainter(paint: () => void): void {
  const lab = useLab();
  // An effect event always calls the latest closure, so the registration itself never has to change.
  const onPaint = useEffectEvent(paint);
  useEffect(() => lab.clock.add(() => onPaint()), [lab]);
}

/** Calls `onSize` with the element's content box (px) now and whenever it changes. */
export function useSize(ref: React.RefObject<HTMLElement | null>, onSize: (widthPx: number, heightPx: number) => void): void {
  const resized = useEffectEvent(onSize);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => resized(entries[0].contentRect.width, entries[0].contentRect.height));
    ro.observe(el);
    resized(el.clientWidth, el.clientHeight);
    return () => ro.disconnect();
  }, [ref]);
}
