import { describe, expect, it } from "vitest";
import { photoSrcset, variantWidths } from "../../graph/listings/photos.js";

describe("the widths a photo is kept at", () => {
  it.each([
    { original: 4032, widths: [320, 640, 1280] },
    { original: 1280, widths: [320, 640, 1280] },
    { original: 1200, widths: [320, 640, 1200] },
    { original: 640, widths: [320, 640] },
    { original: 500, widths: [320, 500] },
    { original: 320, widths: [320] },
    { original: 1, widths: [1] },
  ])("a photo $original px wide is kept at $widths", ({ original, widths }) => {
    expect(variantWidths(original)).toEqual(widths);
  });

  it("lists the variants as an srcset, and none for a photo stored before variants existed", () => {
    expect(photoSrcset("pho_1", 900)).toBe("/media/photos/pho_1?w=320 320w, /media/photos/pho_1?w=640 640w, /media/photos/pho_1?w=900 900w");
    expect(photoSrcset("pho_1", null)).toBeNull();
  });
});
