/**
 * Reference lines: what the model predicts a metric should be (capacities, the timeout, a
 * threshold), dotted across the plot with a label, so the line reads against its expectation.
 */
import type { ChartLayerType, LayerContext, LayerGroup } from './chartLayer';
import type { ReferenceLine } from './chartSpecs';

function drawReferences(g: LayerGroup, { references, box, y }: LayerContext): void {
  const rows = g
    .selectAll<SVGGElement, ReferenceLine>('g')
    .data(references, (r) => r.label)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'reference');
      e.append('line');
      e.append('text').attr('dy', '-0.3em');
      return e;
    })
    .attr('transform', (r) => `translate(0,${Math.round(y(r.value)) + 0.5})`);
  rows.select('line').attr('x1', box.left).attr('x2', box.right);
  // By default over the oldest data (left): the newest values, at the right, matter most.
  rows
    .select('text')
    .attr('text-anchor', (r) => r.align ?? 'start')
    .attr('x', (r) => (r.align === 'end' ? box.right - 4 : box.left + 4))
    .text((r) => r.label);
}

export const referenceLayer: ChartLayerType = {
  name: 'references',
  z: 50,
  create: (g) => ({ render: (ctx) => drawReferences(g, ctx) }),
};
