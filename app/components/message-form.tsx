import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sortErrors, type UserError } from "../utils/forms";
import { ErrorSummary, TextAreaField } from "./fields";

/** What a message form's action answers when the message is refused: the errors and what was typed. */
export interface MessageFormAnswer {
  errors: UserError[];
  body: string;
}

/** The one field of a message (a first one to a seller, or a reply), with its errors and the text kept. */
export function MessageForm({ label, rows, id }: { label: string; rows: number; id?: string }) {
  const { t } = useTranslation();
  const answer = useActionData<MessageFormAnswer>();
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, ["body"]);
  return (
    <Form method="post" className="panel stack" noValidate id={id}>
      <ErrorSummary errors={errors} />
      <TextAreaField name="body" label={label} hint={t("messages.bodyHint")} rows={rows} defaultValue={answer?.body ?? ""} errors={errors.fields.body} required key={answer ? "again" : "fresh"} />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t("messages.send")}
        </button>
      </div>
    </Form>
  );
}
