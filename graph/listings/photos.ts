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
