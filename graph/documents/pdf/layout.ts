import { wrapText } from "./text.js";
import { PAGE_HEIGHT, PAGE_WIDTH, type PageCanvas, type PdfWriter, type Rgb } from "./writer.js";

/**
 * Form furniture every document type draws with: labelled boxes (the UN Layout Key's frames),
 * a flow that starts new pages, tables whose header repeats on every page, "page n of m".
 */

export const MARGIN = 28;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const GREY: Rgb = [0.38, 0.38, 0.38];
export const RULE: Rgb = [0.55, 0.55, 0.55];
export const LABEL_SIZE = 6;
export const VALUE_SIZE = 8.5;

/** A field label in English and, when the document has one, its second language. */
export interface Label {
  en: string;
  second?: string;
}

export function labelText(label: Label): string {
  return label.second && label.second !== label.en ? `${label.en} · ${label.second}` : label.en;
}

const LEADING = 1.22;

export function textHeight(value: string, width: number, size: number, bold = false): number {
  if (value === "") return 0;
  return wrapText(value, width, size, { bold }).length * size * LEADING;
}

const BOX_PAD = 3;

/** Height a labelled box needs for its value at a width. */
export function boxHeight(label: Label, value: string, width: number, size = VALUE_SIZE): number {
  const inner = width - 2 * BOX_PAD;
  return BOX_PAD + textHeight(labelText(label), inner, LABEL_SIZE) + textHeight(value, inner, size) + BOX_PAD + 1;
}

export interface BoxOptions {
  size?: number;
  bold?: boolean;
  /** Box number printed before the label, for forms whose boxes are numbered (Form E, EUR.1). */
  number?: string;
  align?: "left" | "right" | "center";
}

/** A framed field: small grey label on top, the value below, wrapped to the box. */
export function drawBox(
  writer: PdfWriter,
  canvas: PageCanvas,
  x: number,
  y: number,
  width: number,
  height: number,
  label: Label,
  value: string,
  options: BoxOptions = {},
): void {
  writer.rect(canvas, x, y, width, height, { stroke: RULE, lineWidth: 0.5 });
  const inner = width - 2 * BOX_PAD;
  const caption = options.number ? `${options.number}. ${labelText(label)}` : labelText(label);
  const used = writer.paragraph(canvas, caption, x + BOX_PAD, y + BOX_PAD - 1, inner, {
    size: LABEL_SIZE,
    color: GREY,
    leading: LABEL_SIZE * LEADING,
    align: "left",
  });
  if (value !== "") {
    const size = options.size ?? VALUE_SIZE;
    // Forms read left to right: a right-to-left name starts at the box's left edge like every
    // other line, and is still drawn right to left within its line.
    writer.paragraph(canvas, value, x + BOX_PAD, y + BOX_PAD + used, inner, {
      size,
      bold: options.bold,
      leading: size * LEADING,
      align: options.align ?? "left",
    });
  }
}

/** A row of boxes sharing one height (the tallest). Widths are fractions of `width`. */
export function drawBoxRow(
  writer: PdfWriter,
  canvas: PageCanvas,
  x: number,
  y: number,
  width: number,
  cells: { label: Label; value: string; share: number; options?: BoxOptions; minHeight?: number }[],
): number {
  const total = cells.reduce((sum, cell) => sum + cell.share, 0);
  const sized = cells.map((cell) => ({ ...cell, width: (width * cell.share) / total }));
  const height = Math.max(
    ...sized.map((cell) => Math.max(cell.minHeight ?? 0, boxHeight(cell.label, cell.value, cell.width, cell.options?.size))),
  );
  let left = x;
  for (const cell of sized) {
    drawBox(writer, canvas, left, y, cell.width, height, cell.label, cell.value, cell.options);
    left += cell.width;
  }
  return height;
}

/** Where drawing continues; a new page is started (with its running header) when space runs out. */
export class Flow {
  canvas: PageCanvas;
  y: number;

  constructor(
    readonly writer: PdfWriter,
    private readonly startPage: (writer: PdfWriter) => { canvas: PageCanvas; y: number },
    readonly bottom: number = PAGE_HEIGHT - MARGIN - 62,
  ) {
    const first = startPage(writer);
    this.canvas = first.canvas;
    this.y = first.y;
  }

  newPage(): void {
    const next = this.startPage(this.writer);
    this.canvas = next.canvas;
    this.y = next.y;
  }

  /** Starts a new page unless `height` still fits; says whether it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }
}

export interface TableColumn {
  label: Label;
  /** Share of the table width. */
  share: number;
  align?: "left" | "right" | "center";
}

export interface TableOptions {
  size?: number;
  /** Rows drawn bold and shaded, after the body (totals). */
  footerRows?: string[][];
}

const CELL_PAD = 2.5;

/**
 * A line-item table that breaks across pages: the header row is drawn again at the top of every
 * page the table continues on, and a row is never split.
 */
export function drawTable(flow: Flow, columns: TableColumn[], rows: string[][], options: TableOptions = {}): void {
  const writer = flow.writer;
  const size = options.size ?? 7.5;
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  let left = MARGIN;
  const placed = columns.map((column) => {
    const width = (CONTENT_WIDTH * column.share) / total;
    const cell = { left, width, align: column.align };
    left += width;
    return cell;
  });
  const column = (i: number) => placed[i] ?? { left: MARGIN, width: CONTENT_WIDTH, align: undefined };
  const headerCells = columns.map((c) => labelText(c.label));
  const heightOf = (cells: string[], cellSize: number, bold: boolean) =>
    Math.max(...cells.map((cell, i) => textHeight(cell, column(i).width - 2 * CELL_PAD, cellSize, bold))) + 2 * CELL_PAD;
  const headerHeight = heightOf(headerCells, LABEL_SIZE, false);

  const drawRow = (cells: string[], cellSize: number, style: { bold?: boolean; fill?: Rgb; color?: Rgb }) => {
    const height = heightOf(cells, cellSize, style.bold ?? false);
    if (style.fill) writer.rect(flow.canvas, MARGIN, flow.y, CONTENT_WIDTH, height, { fill: style.fill });
    cells.forEach((cell, i) => {
      const { left: x, width, align } = column(i);
      writer.paragraph(flow.canvas, cell, x + CELL_PAD, flow.y + CELL_PAD, width - 2 * CELL_PAD, {
        size: cellSize,
        bold: style.bold,
        color: style.color,
        align: align ?? "left",
        leading: cellSize * LEADING,
      });
    });
    writer.line(flow.canvas, MARGIN, flow.y + height, MARGIN + CONTENT_WIDTH, flow.y + height, RULE, 0.3);
    flow.y += height;
  };
  const drawHeader = () => drawRow(headerCells, LABEL_SIZE, { fill: [0.93, 0.93, 0.93], color: GREY });

  flow.ensure(headerHeight + heightOf(rows[0] ?? headerCells, size, false));
  drawHeader();
  for (const row of rows) {
    if (flow.ensure(heightOf(row, size, false))) drawHeader();
    drawRow(row, size, {});
  }
  for (const row of options.footerRows ?? []) {
    if (flow.ensure(heightOf(row, size, true))) drawHeader();
    drawRow(row, size, { bold: true, fill: [0.97, 0.97, 0.97] });
  }
}

/** Draws the running footer of every page once the page count is known ("page n of m"). */
export function finishPages(writer: PdfWriter, footer: (canvas: PageCanvas, page: number, pages: number) => void): void {
  writer.pages.forEach((canvas, i) => footer(canvas, i + 1, writer.pages.length));
}
