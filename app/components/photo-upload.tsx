import { Form, useRevalidator } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

interface MediaAnswer {
  errors?: { message: string }[];
}

/**
 * A listing's photo upload. Without JavaScript it is a multipart form the page's action forwards to
 * the media endpoint; with JavaScript the browser sends the file's bytes straight to that endpoint
 * (PUT /media/listings/:id/photos) and the page reloads its data.
 */
export function PhotoUpload({ listingId, serverError }: { listingId: string; serverError: string | null }) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: boolean }>({ busy: false, error: null, done: false });
  const error = state.error ?? serverError;

  async function upload(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("photo");
    if (!(file instanceof File) || file.size === 0) return;
    event.preventDefault();
    const form = event.currentTarget;
    setState({ busy: true, error: null, done: false });
    try {
      const response = await fetch(`/media/listings/${encodeURIComponent(listingId)}/photos`, {
        method: "PUT",
        headers: { "content-type": "application/octet-stream" },
        body: file,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as MediaAnswer;
        setState({ busy: false, error: body.errors?.[0]?.message ?? response.statusText, done: false });
        return;
      }
      form.reset();
      setState({ busy: false, error: null, done: true });
      revalidator.revalidate();
    } catch {
      setState({ busy: false, error: t("photos.networkError"), done: false });
    }
  }

  return (
    <Form method="post" encType="multipart/form-data" className="photo-upload" onSubmit={upload}>
      <input type="hidden" name="intent" value="uploadPhoto" />
      <div className={error ? "field field-invalid" : "field"}>
        <label htmlFor="field-photo">{t("photos.choose")}</label>
        <p id="field-photo-hint" className="field-hint">
          {t("photos.hint")}
        </p>
        <input
          id="field-photo"
          type="file"
          name="photo"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={error ? "field-photo-hint field-photo-error" : "field-photo-hint"}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p id="field-photo-error" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button-small" disabled={state.busy}>
        {t("photos.upload")}
      </button>
      {state.busy ? <progress aria-label={t("photos.uploading")} /> : null}
      {state.done ? (
        <p role="status" className="notice notice-success">
          {t("photos.added")}
        </p>
      ) : null}
    </Form>
  );
}
