import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import type { SortedErrors } from "../utils/forms";

interface FieldBase {
  name: string;
  label: string;
  /** Messages from the API about this field, already in the user's language. */
  errors?: string[];
  hint?: string;
  /** Needed when one page shows the same field name in several forms. */
  id?: string;
}

/** The id of a field's control, which the error summary links to. */
export function fieldId(name: string): string {
  return `field-${name.replace(/\W+/g, "-")}`;
}

/** Ids that tie the label, hint and error message to the control, for screen readers. */
function describe({ name, id, hint, errors }: FieldBase) {
  const controlId = id ?? fieldId(name);
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return {
    controlId,
    hintId,
    errorId,
    aria: { "aria-invalid": errorId ? true : undefined, "aria-describedby": describedBy },
  };
}

function FieldFrame({ base, ids, children }: { base: FieldBase; ids: ReturnType<typeof describe>; children: ReactNode }) {
  return (
    <div className={ids.errorId ? "field field-invalid" : "field"}>
      <label htmlFor={ids.controlId}>{base.label}</label>
      {base.hint ? (
        <p id={ids.hintId} className="field-hint">
          {base.hint}
        </p>
      ) : null}
      {children}
      {ids.errorId ? (
        <p id={ids.errorId} className="field-error">
          {base.errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

export function TextField({ name, label, errors, hint, id, ...input }: InputProps) {
  const base = { name, label, errors, hint, id };
  const ids = describe(base);
  return (
    <FieldFrame base={base} ids={ids}>
      <input id={ids.controlId} name={name} type="text" {...ids.aria} {...input} />
    </FieldFrame>
  );
}

type SelectProps = FieldBase &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> & {
    options: readonly { value: string; label: string }[];
    /** A first, empty choice that asks the user to pick. */
    placeholder?: string;
  };

export function SelectField({ name, label, errors, hint, id, options, placeholder, ...select }: SelectProps) {
  const base = { name, label, errors, hint, id };
  const ids = describe(base);
  return (
    <FieldFrame base={base} ids={ids}>
      <select id={ids.controlId} name={name} {...ids.aria} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type TextAreaProps = FieldBase & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

export function TextAreaField({ name, label, errors, hint, id, ...textarea }: TextAreaProps) {
  const base = { name, label, errors, hint, id };
  const ids = describe(base);
  return (
    <FieldFrame base={base} ids={ids}>
      <textarea id={ids.controlId} name={name} {...ids.aria} {...textarea} />
    </FieldFrame>
  );
}

type ChoiceProps = FieldBase & {
  options: readonly { value: string; label: string; description?: string }[];
  defaultValue?: string;
  required?: boolean;
};

/** Radio buttons in a fieldset: the legend labels the group, the error describes it. */
export function ChoiceField({ name, label, errors, hint, id, options, defaultValue, required }: ChoiceProps) {
  const ids = describe({ name, label, errors, hint, id });
  return (
    <fieldset id={ids.controlId} className={ids.errorId ? "field choice field-invalid" : "field choice"} aria-describedby={ids.aria["aria-describedby"]}>
      <legend>{label}</legend>
      {hint ? (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {options.map((option) => {
        const optionId = `${ids.controlId}-${option.value.toLowerCase()}`;
        return (
          <div className="choice-option" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              required={required}
              aria-invalid={ids.aria["aria-invalid"]}
              aria-describedby={option.description ? `${optionId}-description` : undefined}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.description ? (
                <p id={`${optionId}-description`} className="choice-description">
                  {option.description}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
      {ids.errorId ? (
        <p id={ids.errorId} className="field-error">
          {errors?.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Problems with the whole form (or a field the page does not show), announced when they appear. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <div className="form-errors" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/**
 * GOV.UK's error summary: at the top of a form answered with errors, a list of what is wrong, each
 * field's message a link to the field. It takes the focus, so the page shows it and a screen reader
 * reads it: `autoFocus` when the server renders the answer (no JavaScript), an effect after an
 * answer by fetch. The page title says "Error:" as long as it is shown.
 */
export function ErrorSummary({ errors }: { errors: SortedErrors }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const fields = Object.entries(errors.fields);
  const shown = errors.form.length > 0 || fields.length > 0;
  useEffect(() => {
    if (!shown) return;
    box.current?.focus();
    const prefix = t("errorSummary.titlePrefix");
    const before = document.title;
    if (!before.startsWith(prefix)) document.title = `${prefix} ${before}`;
    return () => {
      document.title = document.title.startsWith(prefix) ? document.title.slice(prefix.length).trimStart() : document.title;
    };
  }, [errors, shown, t]);
  if (!shown) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={box} autoFocus data-testid="error-summary">
      <h2 id="error-summary-title">{t("errorSummary.title")}</h2>
      <ul>
        {errors.form.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fields.flatMap(([name, messages]) =>
          messages.map((message) => (
            <li key={`${name}:${message}`}>
              <a href={`#${fieldId(name)}`}>{message}</a>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
