import { useMemo, type ReactNode } from 'react';
import { layoutSankey, type Flow } from '../lib/sankey-layout';
import { ChartCard } from './chart-card';

interface SankeyChartProps {
  flows: readonly Flow[];
  /** The SankeyMATIC export controls. */
  actions?: ReactNode;
}

const WIDTH = 900;
const HEIGHT = 380;
/** Room either side for the first and last columns' labels. */
const MARGIN = 130;
const PALETTE = ['#3b5bdb', '#0b7285', '#2b8a3e', '#e67700', '#7048e8', '#c2255c', '#5c6b80'];

export const SANKEY_EMPTY = 'Log applications and move them through stages to see where they flow — and where they drop out.';

const colourOf = (depth: number) => PALETTE[depth % PALETTE.length];

/** Where applications went: from channel through each stage to their outcome, as ribbons. */
export function SankeyChart({ flows, actions }: SankeyChartProps) {
  const layout = useMemo(() => layoutSankey(flows, WIDTH - 2 * MARGIN, HEIGHT), [flows]);
  const drawn = flows.filter((flow) => flow.value > 0);
  const depthOf = new Map(layout?.nodes.map((node) => [node.name, node.depth]));
  const lastDepth = Math.max(0, ...(layout?.nodes.map((node) => node.depth) ?? []));

  return (
    <ChartCard
      title="Where applications go"
      testId="sankey-chart"
      className="chart-wide"
      actions={drawn.length > 0 ? actions : null}
      empty={drawn.length === 0 ? SANKEY_EMPTY : null}
      summary="Each ribbon is a group of applications moving from one step to the next; its width is how many."
      table={
        <table>
          <caption className="visually-hidden">Flows between steps</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Applications</th>
            </tr>
          </thead>
          <tbody>
            {drawn.map((flow) => (
              <tr key={`${flow.source}→${flow.target}`}>
                <td>{flow.source}</td>
                <td>{flow.target}</td>
                <td>{flow.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {layout === null ? (
        <p className="chart-empty">These flows loop back on themselves, so they can't be drawn; the numbers are below.</p>
      ) : (
        <svg className="chart-svg sankey-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Flows between steps" data-testid="sankey-svg">
          <g transform={`translate(${MARGIN},0)`}>
            <g className="sankey-links">
              {layout.links.map((link) => {
                const description = `${link.source} → ${link.target}: ${link.value}`;
                return (
                  <path
                    key={`${link.source}→${link.target}`}
                    d={link.path}
                    strokeWidth={link.width}
                    stroke={colourOf(depthOf.get(link.source) ?? 0)}
                    className="sankey-link"
                    data-chart-item
                    role="img"
                    aria-label={description}
                    data-testid="sankey-link"
                    data-source={link.source}
                    data-target={link.target}
                    data-value={link.value}
                  >
                    <title>{description}</title>
                  </path>
                );
              })}
            </g>
            <g className="sankey-nodes">
              {layout.nodes.map((node) => {
                const last = node.depth === lastDepth && node.depth > 0;
                return (
                  <g key={node.name} data-testid="sankey-node" data-name={node.name}>
                    <title>{`${node.name}: ${node.value}`}</title>
                    <rect
                      x={node.x0}
                      y={node.y0}
                      width={node.x1 - node.x0}
                      height={Math.max(1, node.y1 - node.y0)}
                      fill={colourOf(node.depth)}
                      className="sankey-node"
                    />
                    <text
                      x={last ? node.x1 + 6 : node.x0 - 6}
                      y={(node.y0 + node.y1) / 2}
                      textAnchor={last ? 'start' : 'end'}
                      dominantBaseline="central"
                      className="chart-label"
                      aria-hidden="true"
                    >
                      {node.name} <tspan className="chart-n">{node.value}</tspan>
                    </text>
                  </g>
                );
              })}
            </g>
          </g>
        </svg>
      )}
    </ChartCard>
  );
}
