import { shortDay } from '../lib/metrics';

export interface WeekBar {
  weekStart: string;
  value: number;
  /** Bars of weeks that met their goal are drawn as done. */
  met?: boolean | null;
}

interface WeekBarsProps {
  title: string;
  weeks: readonly WeekBar[];
  /** A dashed line at the weekly target, when there is one. */
  target?: number | null;
  unit: string;
}

const WIDTH = 300;
const HEIGHT = 90;
const BOTTOM = 16;
const PLOT = HEIGHT - BOTTOM - 4;

/** A small SVG bar chart of the last weeks, with the same numbers in a table for screen readers. */
export function WeekBars({ title, weeks, target, unit }: WeekBarsProps) {
  const max = Math.max(1, target ?? 0, ...weeks.map((week) => week.value));
  const slot = WIDTH / Math.max(1, weeks.length);
  const y = (value: number) => 4 + PLOT - (value / max) * PLOT;
  return (
    <figure className="week-bars">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false" data-testid="week-bars">
        {weeks.map((week, index) => (
          <g key={week.weekStart}>
            <rect
              className="week-bar"
              data-met={week.met === true ? '' : undefined}
              x={index * slot + slot * 0.15}
              y={y(week.value)}
              width={slot * 0.7}
              height={Math.max(0, 4 + PLOT - y(week.value))}
            />
            {index % 3 === weeks.length % 3 ? (
              <text x={index * slot + slot / 2} y={HEIGHT - 3} textAnchor="middle" className="week-bars-label">
                {shortDay(week.weekStart)}
              </text>
            ) : null}
          </g>
        ))}
        {target ? <line className="week-bars-target" x1={0} x2={WIDTH} y1={y(target)} y2={y(target)} /> : null}
      </svg>
      <figcaption className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{shortDay(week.weekStart)}</th>
                <td>
                  {week.value}
                  {week.met === true ? ' (goal met)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
