import { describe, expect, it } from "vitest";
import { drawTable, finishPages, Flow, MARGIN } from "../../graph/documents/pdf/layout.js";
import { breakTokens, ltr, measure, shapeLine, visibleText, wrapText } from "../../graph/documents/pdf/text.js";
import { PdfWriter } from "../../graph/documents/pdf/writer.js";
import { difference, inkColumns, inkIn, pdfjsText, pdftotext, renderPage } from "./pdf-tools.js";

const SAMPLES = {
  polish: "Zakład Przetwórstwa Kokosów Łódź, ul. Żółkiewskiego 12",
  cyrillic: "ТОВ «Кокосовий Імпорт», вул. Хрещатик 22, Київ",
  chinese: "上海市浦东新区世纪大道100号环球金融中心",
  japanese: "東京都千代田区丸の内一丁目 ココナッツ商事株式会社",
  korean: "서울특별시 강남구 테헤란로 152 코코넛 무역",
  arabic: "شركة الضوء للتجارة العامة",
  hebrew: "חברת הסחר הבינלאומי בע״מ",
};

const SIZE = 12;
const X = 40;
/** 50 points apart: at 144 dpi a whole number of pixels, so lines render alike at every row. */
const ROW = 50;
const baselineOf = (row: number) => 60 + row * ROW;

async function page(lines: string[], at: (i: number) => number = () => X, size = SIZE): Promise<Uint8Array> {
  const writer = await PdfWriter.create();
  const canvas = writer.addPage();
  lines.forEach((line, i) => writer.text(canvas, line, at(i), baselineOf(i), { size }));
  return writer.finish();
}

/** The area one line of text covers, from the ascender to below the descender. */
const lineArea = (row: number, x: number, width: number) => ({ x, y: baselineOf(row) - SIZE, width, height: SIZE * 1.4 });

describe("the PDF engine draws every script and reads it back", () => {
  it("draws glyphs across the whole width of each line, in every script", async () => {
    const lines = Object.values(SAMPLES);
    const raster = renderPage(await page(lines));
    lines.forEach((line, row) => {
      const width = measure(line, SIZE);
      const columns = inkColumns(raster, lineArea(row, X, width));
      const inked = columns.filter(Boolean).length;
      // Glyphs are drawn: most columns across the run carry ink (spaces leave a few gaps).
      expect(inked / columns.length, line).toBeGreaterThan(0.55);
      // Nothing is drawn past the measured end of the line.
      expect(inkIn(raster, { x: X + width + 2, y: baselineOf(row) - SIZE, width: 100, height: SIZE * 1.4 })).toBe(0);
    });
  });

  it("joins Arabic letters: the shaped word is narrower than its letters set apart", () => {
    const joined = measure("شركة", SIZE);
    const apart = ["ش", "ر", "ك", "ة"].reduce((sum, letter) => sum + measure(letter, SIZE), 0);
    expect(joined).toBeLessThan(apart * 0.85);
  });

  it("lays Arabic out right to left: the first word is drawn at the right end", async () => {
    const sentence = "شركة الضوء";
    const first = "شركة";
    const sentenceWidth = measure(sentence, SIZE);
    const firstWidth = measure(first, SIZE);
    // Row 0: the sentence. Row 1: the first word alone, placed where the sentence's right end is.
    const bytes = await page([sentence, first], (i) => (i === 0 ? X : X + sentenceWidth - firstWidth));
    const raster = renderPage(bytes);
    const rightEnd = { ...lineArea(0, X + sentenceWidth - firstWidth, firstWidth) };
    const reference = { ...lineArea(1, X + sentenceWidth - firstWidth, firstWidth) };
    expect(difference(raster, rightEnd, raster, reference)).toBeLessThan(0.05);
    const leftEnd = { ...lineArea(0, X, firstWidth) };
    expect(difference(raster, leftEnd, raster, reference)).toBeGreaterThan(0.3);
  });

  it("keeps document numbers and amounts in order after Arabic words", async () => {
    const number = "2026-000123";
    const sentence = `فاتورة رقم ${ltr(number)}`;
    const line = shapeLine(sentence, {});
    // The number is the left-most run (the sentence reads right to left, the number after it).
    const numberWidth = measure(number, SIZE);
    const bytes = await page([sentence, number, "000123-2026"]);
    const raster = renderPage(bytes);
    expect(line.rtl).toBe(true);
    const drawnNumber = lineArea(0, X, numberWidth);
    expect(difference(raster, drawnNumber, raster, lineArea(1, X, numberWidth))).toBeLessThan(0.05);
    expect(difference(raster, drawnNumber, raster, lineArea(2, X, numberWidth))).toBeGreaterThan(0.2);
    const text = pdftotext(bytes);
    expect(text).toContain(number);
    expect(text).toContain("فاتورة رقم");
  });

  it("extracts every script in logical order with poppler and with pdf.js", async () => {
    const amount = "168,130.00 PLN";
    const lines = [...Object.values(SAMPLES), `المبلغ الإجمالي ${ltr(amount)}`, `HS ${ltr("0801.19")} — ${ltr("2026-000123")}`];
    const bytes = await page(lines);
    const poppler = pdftotext(bytes);
    const pdfjs = (await pdfjsText(bytes))[0] ?? "";
    for (const sample of Object.values(SAMPLES)) {
      expect(poppler).toContain(sample);
      expect(pdfjs).toContain(sample);
    }
    for (const token of [amount, "المبلغ الإجمالي", "0801.19", "2026-000123"]) {
      expect(poppler).toContain(token);
      expect(pdfjs).toContain(token);
    }
    // Marks and dots carry no text of their own, so neither tool reads control characters.
    expect([...pdfjs].filter((char) => char < " " && char !== "\n")).toEqual([]);
    // The isolate marks steer the layout and are kept out of the text.
    expect(poppler).not.toMatch(/[\u2066-\u2069]/);
  });

  it("embeds only the glyphs it draws: a page of Chinese, Arabic and Latin stays small", async () => {
    const bytes = await page(Object.values(SAMPLES));
    expect(bytes.length).toBeLessThan(60_000);
  });

  it("places Arabic marks where HarfBuzz puts them (the dot of ض above its base)", async () => {
    const size = 36;
    const bytes = await page(["ض", "ص"], () => X, size);
    const raster = renderPage(bytes);
    const width = measure("ض", size);
    // ض is ص with a dot above: the two differ only above the letter's body.
    const above = (row: number) => ({ x: X, y: baselineOf(row) - size, width, height: size * 0.6 });
    const body = (row: number) => ({ x: X, y: baselineOf(row) - size * 0.4, width, height: size * 0.7 });
    expect(inkIn(raster, above(0))).toBeGreaterThan(inkIn(raster, above(1)) + 4);
    expect(difference(raster, body(0), raster, body(1))).toBeLessThan(0.1);
  });
});

describe("line breaking", () => {
  it("breaks Latin at spaces and Chinese between characters, never inside an isolate", () => {
    expect(breakTokens("fine grade coconut")).toEqual(["fine ", "grade ", "coconut"]);
    expect(breakTokens("椰子干")).toEqual(["椰", "子", "干"]);
    expect(breakTokens("中心。")).toEqual(["中", "心。"]);
    expect(breakTokens(`No ${ltr("2026 000 123")} ok`)).toEqual(["No ", `${ltr("2026 000 123")} `, "ok"]);
  });

  it("wraps a paragraph to the column and keeps every word", () => {
    const text = "Desiccated coconut, fine grade, 25 kg bags, 椰子干细粒每袋二十五公斤 جوز الهند المجفف";
    const lines = wrapText(text, 120, 9);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line, 9)).toBeLessThanOrEqual(120.5);
    expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    expect(visibleText(ltr("x"))).toBe("x");
  });
});

describe("tables across pages", () => {
  it("repeats the header on every page and numbers the pages", async () => {
    const writer = await PdfWriter.create();
    const flow = new Flow(writer, (w) => ({ canvas: w.addPage(), y: MARGIN }));
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Coconut lot ${i + 1} 椰子`, ltr("0801.19"), ltr(`${i},00`)]);
    drawTable(
      flow,
      [
        { label: { en: "No." }, share: 1 },
        { label: { en: "Description", second: "الوصف" }, share: 5 },
        { label: { en: "HS code" }, share: 2 },
        { label: { en: "Amount" }, share: 2, align: "right" },
      ],
      rows,
    );
    finishPages(writer, (canvas, n, m) => writer.text(canvas, `Page ${n} of ${m}`, MARGIN, 820, { size: 7 }));
    const bytes = await writer.finish();
    const pages = await pdfjsText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain("Description");
      expect(text).toContain("الوصف");
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = pages.join("\n");
    for (const i of [1, 60, 120]) expect(all).toContain(`Coconut lot ${i} 椰子`);
  });
});
