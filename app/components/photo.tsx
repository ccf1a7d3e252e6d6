import { useTranslation } from "react-i18next";

/** A listing photo as the API gives it: the original's URL, its WebP variants and its size. */
export interface PhotoView {
  url: string;
  srcset: string | null;
  width: number | null;
  height: number | null;
}

/**
 * A photo that loads only the variant the layout needs (`sizes` says how wide it is drawn) and
 * whose box is reserved before it arrives, so the page does not jump.
 */
export function Photo({ photo, alt, sizes, className, eager = false }: { photo: PhotoView; alt: string; sizes: string; className?: string; eager?: boolean }) {
  return (
    <img
      src={photo.url}
      srcSet={photo.srcset ?? undefined}
      sizes={photo.srcset ? sizes : undefined}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      alt={alt}
      className={className}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  );
}

/** Where a photo would be: the same box, so cards with and without photos line up. */
export function PhotoPlaceholder({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`photo-placeholder ${className ?? ""}`.trim()} aria-hidden="true">
      <span>{t("photos.noPhoto")}</span>
    </div>
  );
}
