export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_LISTING = 8;

export type PhotoContentType = "image/jpeg" | "image/png" | "image/webp";

/**
 * The image type from the file's first bytes. What a client says a file is (its name, its
 * Content-Type) is not trusted: only JPEG, PNG and WebP signatures are accepted, so no HTML, SVG
 * or script is ever served back from the photo URL.
 */
export function sniffImageType(bytes: Uint8Array): PhotoContentType | null {
  const starts = (offset: number, signature: readonly number[]) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts(0, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // RIFF....WEBP: a RIFF container whose form type is WEBP.
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return "image/webp";
  return null;
}

export function photoUrl(id: string): string {
  return `/media/photos/${id}`;
}

/** The widths a page may ask for: a catalogue card, a phone's full width, a laptop's gallery. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
const WIDEST = 1280;

/** Decoding a 20,000 × 20,000 "photo" would take gigabytes; a camera's 50 megapixels is plenty. */
const MAX_INPUT_PIXELS = 50_000_000;

/** The variant widths of a photo this wide: none wider than the original, always one. */
export function variantWidths(originalWidth: number): number[] {
  const fitting = PHOTO_WIDTHS.filter((w) => w < originalWidth);
  return fitting.length === PHOTO_WIDTHS.length ? [...fitting] : [...fitting, Math.min(originalWidth, WIDEST)];
}

/** The `srcset` of a photo's variants, for `<img>`; null for a photo stored before variants existed. */
export function photoSrcset(id: string, originalWidth: number | null): string | null {
  if (!originalWidth) return null;
  return variantWidths(originalWidth)
    .map((w) => `${photoUrl(id)}?w=${w} ${w}w`)
    .join(", ");
}

export interface PhotoRenditions {
  width: number;
  height: number;
  variants: { width: number; bytes: Buffer }[];
}

/**
 * The photo as pages show it: upright (the camera's orientation applied), in WebP at each variant
 * width, and without the camera's metadata, which can carry where the picture was taken. Null when
 * the bytes only look like an image.
 */
export async function photoRenditions(bytes: Uint8Array): Promise<PhotoRenditions | null> {
  const { default: sharp } = await import("sharp");
  try {
    const upright = sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const { info } = await upright.clone().toBuffer({ resolveWithObject: true });
    const variants = await Promise.all(
      variantWidths(info.width).map(async (width) => ({
        width,
        bytes: await upright.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer(),
      })),
    );
    return { width: info.width, height: info.height, variants };
  } catch {
    return null;
  }
}
