import { useRouteLoaderData } from "@remix-run/react";
import { useId } from "react";
import { barChartLayout, shorten, sparklinePoints } from "../utils/charts";

export interface BarDatum {
  label: string;
  value: number;
  /** The value in words, formatted for the viewer ("3 requests"). */
  valueText: string;
}

const WIDTH = 480;

/**
 * A horizontal bar chart as inline SVG. Screen readers get one image with a title and a
 * description that lists every bar in words; the labels on screen may be shortened, never the
 * description.
 */
export function BarChart({ title, data, rtl }: { title: string; data: readonly BarDatum[]; rtl: boolean }) {
  const id = useId();
  const { height, bars } = barChartLayout(
    data.map((d) => d.value),
    { width: WIDTH, rowHeight: 42, valueWidth: 90, rtl },
  );
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${Math.max(height, 30)}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      direction={rtl ? "rtl" : "ltr"}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{data.map((d) => `${d.label}: ${d.valueText}`).join("; ")}</desc>
      {bars.map((bar, index) => {
        const datum = data[index]!;
        return (
          <g key={`${datum.label}-${index}`} aria-hidden="true">
            <text x={bar.labelX} y={bar.labelY} textAnchor={bar.labelAnchor} className="chart-label">
              {shorten(datum.label, 72)}
            </text>
            <rect x={bar.barX} y={bar.barY} width={bar.barWidth} height={16} rx={3} className="chart-bar" />
            <text x={bar.valueX} y={bar.valueY} textAnchor={bar.valueAnchor} className="chart-value">
              {datum.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Twelve weeks in one line; the label says the counts in words for those who cannot see it. */
export function Sparkline({ values, label, rtl }: { values: readonly number[]; label: string; rtl: boolean }) {
  const width = 120;
  const height = 28;
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <polyline points={sparklinePoints(values, { width, height, rtl })} fill="none" className="sparkline-line" />
    </svg>
  );
}

/** Whether the page reads right to left, from the root loader (charts mirror themselves for it). */
export function useRtl(): boolean {
  const root = useRouteLoaderData("root") as { dir?: string } | undefined;
  return root?.dir === "rtl";
}
