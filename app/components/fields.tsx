import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

interface FieldBase {
  name: string;
  label: string;
  /** Messages from the API about this field, already in the user's language. */
  errors?: string[];
  hint?: string;
  /** Needed when one page shows the same field name in several forms. */
  id?: string;
}

/** Ids that tie the label, hint and error message to the control, for screen readers. */
function describe({ name, id, hint, errors }: FieldBase) {
  const controlId = id ?? `field-${name.replace(/\W+/g, "-")}`;
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
    <fieldset className={ids.errorId ? "field choice field-invalid" : "field choice"} aria-describedby={ids.aria["aria-describedby"]}>
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
