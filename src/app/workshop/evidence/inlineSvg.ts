/**
 * Serializes a live chart <svg> so it looks the same outside the page: the charts are styled by
 * CSS classes and CSS variables, which a standalone file does not have, so every element's
 * computed paint and text properties are written onto its clone as attributes.
 */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'display',
] as const;

export function inlineSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const copy = copies[i];
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    // Through the CSSOM: the page's Content-Security-Policy refuses style attributes set as text.
    (copy as SVGElement).style.cssText = style;
    copy.removeAttribute('class');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.removeAttribute('aria-hidden');
  clone.removeAttribute('focusable');
  return new XMLSerializer().serializeToString(clone);
}
