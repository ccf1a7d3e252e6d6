import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HsHint } from "../routes/hs-hint";
import { TextField } from "./fields";

/**
 * The HS code input, with the nomenclature's description of what was typed shown under it. The
 * server sends the description of a code already filled in; with JavaScript it follows the typing.
 */
export function HsCodeField({ name, label, hint, defaultValue, errors, initialHint }: { name: string; label: string; hint: string; defaultValue: string; errors?: string[]; initialHint: HsHint | null }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<{ hint: HsHint | null }>();
  const [code, setCode] = useState(defaultValue);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const { load } = fetcher;

  useEffect(() => {
    if (code === defaultValue) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => load(`/hs-hint?${new URLSearchParams({ code })}`), 250);
    return () => clearTimeout(timer.current);
  }, [code, defaultValue, load]);

  const shown = code === defaultValue ? initialHint : (fetcher.data?.hint ?? null);
  return (
    <div className="hs-field">
      <TextField name={name} label={label} hint={hint} defaultValue={defaultValue} errors={errors} dir="ltr" inputMode="numeric" onChange={(event) => setCode(event.currentTarget.value)} />
      <p className="hs-hint" aria-live="polite" data-testid="hs-hint">
        {shown ? t("hsHint.found", { code: shown.code, description: shown.description }) : null}
      </p>
    </div>
  );
}
