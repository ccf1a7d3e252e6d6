/**
 * Geometry for the small inline SVG charts. SVG has no logical directions, so right-to-left pages
 * get their charts mirrored here: labels at the right, bars growing leftwards, time running from
 * right to left, as Arabic and Hebrew readers read them. Text anchors stay logical: SVG reads
 * "start" and "end" in the text's direction, so the chart sets direction to match the page and the
 * anchors need no mirroring.
 */

export interface BarChartOptions {
  width: number;
  rowHeight: number;
  /** Room after the longest bar for its value. */
  valueWidth: number;
  rtl: boolean;
}

export interface BarGeometry {
  /** Top of the row. */
  y: number;
  /** Baseline of the label, which has the whole width above its bar: HS chapter names are long. */
  labelY: number;
  /** Top of the bar, and the baseline of the value beside it. */
  barY: number;
  valueY: number;
  barX: number;
  barWidth: number;
  labelX: number;
  valueX: number;
  /** Logical SVG text-anchor: the label and the value both start at the inline start of their place. */
  labelAnchor: "start";
  valueAnchor: "start";
}

/** Rows of a horizontal bar chart: each label on its own line, its bar below it, the value after the bar. */
export function barChartLayout(values: readonly number[], options: BarChartOptions): { height: number; bars: BarGeometry[] } {
  const { width, rowHeight, valueWidth, rtl } = options;
  const max = Math.max(0, ...values);
  const track = Math.max(0, width - valueWidth);
  const bars = values.map((value, index) => {
    const barWidth = max > 0 ? Math.max(value > 0 ? 2 : 0, (value / max) * track) : 0;
    const y = index * rowHeight;
    // Positions as measured from the inline start, then mirrored for right-to-left.
    const at = (x: number) => (rtl ? width - x : x);
    return {
      y,
      labelY: y + 14,
      barY: y + 20,
      valueY: y + 33,
      barX: rtl ? width - barWidth : 0,
      barWidth,
      labelX: at(0),
      valueX: at(barWidth + 6),
      labelAnchor: "start" as const,
      valueAnchor: "start" as const,
    };
  });
  return { height: values.length * rowHeight, bars };
}

/** The points of a sparkline polyline, oldest first at the inline start; the top is the largest value. */
export function sparklinePoints(values: readonly number[], options: { width: number; height: number; rtl: boolean }): string {
  const { width, height, rtl } = options;
  if (!values.length) return "";
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const pad = 2;
  return values
    .map((value, index) => {
      const x = rtl ? width - index * step : index * step;
      const y = height - pad - (value / max) * (height - 2 * pad);
      return `${round(x)},${round(y)}`;
    })
    .join(" ");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A long label cut to fit a chart, with an ellipsis; the full text goes in the chart's description. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}
