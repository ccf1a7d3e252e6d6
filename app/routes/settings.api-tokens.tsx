import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, TextField } from "../components/fields";
import { api } from "../graphql.server";
import { API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from "../operations/identity";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime } from "../utils/format";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, "apiTokens.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const { viewer, apiTokens } = await gql.query<ApiTokensQuery>(API_TOKENS);
  const when = (iso: string | null) => formatDateTime(iso, gql.locale, viewer.organisation?.timeZone ?? "UTC");
  return json({
    isOwner: viewer.role === "OWNER",
    company: viewer.organisation?.legalName ?? null,
    graphqlUrl: new URL("/graphql", args.request.url).toString(),
    tokens: apiTokens.map((token) => ({
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      created: when(token.createdAt),
      lastUsed: when(token.lastUsedAt),
      revoked: when(token.revokedAt),
    })),
  });
}

type Answer =
  | { intent: "create"; token: string; name: string }
  | { intent: "create"; errors: UserError[]; name: string }
  | { intent: "revoke"; revoked: string }
  | { intent: "revoke"; errors: UserError[] };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  if (textOf(form, "intent") === "revoke") {
    const { revokeApiToken } = await gql.mutate<RevokeApiTokenMutation>(REVOKE_API_TOKEN, { id: textOf(form, "id") });
    if (revokeApiToken.userErrors.length || !revokeApiToken.apiToken) {
      return json<Answer>({ intent: "revoke", errors: revokeApiToken.userErrors }, 400);
    }
    return json<Answer>({ intent: "revoke", revoked: revokeApiToken.apiToken.name });
  }
  const name = textOf(form, "name");
  const { createApiToken } = await gql.mutate<CreateApiTokenMutation>(CREATE_API_TOKEN, { name });
  if (createApiToken.userErrors.length || !createApiToken.token) {
    return json<Answer>({ intent: "create", errors: createApiToken.userErrors, name }, 400);
  }
  // The secret is in this one response only: no cache, proxy or back button may keep a copy.
  return json<Answer>({ intent: "create", token: createApiToken.token, name }, { headers: { "Cache-Control": "no-store" } });
}

export default function ApiTokens() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const created = answer?.intent === "create" && "token" in answer ? answer : null;
  const createErrors = sortErrors(answer?.intent === "create" && "errors" in answer ? answer.errors : [], ["name"]);
  const revokeErrors = answer?.intent === "revoke" && "errors" in answer ? answer.errors.map((e) => e.message) : [];
  const curl = created
    ? `curl -H "Authorization: Bearer ${created.token}" -H "Content-Type: application/json" --data '{"query":"{ viewer { organisation { legalName } } }"}' ${data.graphqlUrl}`
    : "";

  return (
    <div className="page">
      <h1>{t("apiTokens.title")}</h1>
      <p className="lead">{t("apiTokens.lead", { company: data.company ?? "" })}</p>

      {created ? (
        <section className="panel new-token" aria-labelledby="new-token-title" role="status">
          <h2 id="new-token-title">{t("apiTokens.created.title", { name: created.name })}</h2>
          <p>
            <strong>{t("apiTokens.created.once")}</strong>
          </p>
          <label htmlFor="new-token">{t("apiTokens.created.tokenLabel")}</label>
          <input id="new-token" className="code" dir="ltr" readOnly value={created.token} data-testid="new-token" />
          <p className="field-hint">{t("apiTokens.created.copy")}</p>
          <p>{t("apiTokens.created.try")}</p>
          <pre className="code-block" dir="ltr">
            <code>{curl}</code>
          </pre>
        </section>
      ) : null}
      {answer?.intent === "revoke" && "revoked" in answer ? (
        <p role="status" className="notice notice-success">
          {t("apiTokens.revoked", { name: answer.revoked })}
        </p>
      ) : null}
      <FormErrors messages={revokeErrors} />

      <section className="panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t("apiTokens.list.title")}</h2>
        {data.tokens.length ? (
          <div className="table-scroll">
            <table className="table stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t("apiTokens.list.name")}</th>
                  <th scope="col">{t("apiTokens.list.prefix")}</th>
                  <th scope="col">{t("apiTokens.list.created")}</th>
                  <th scope="col">{t("apiTokens.list.lastUsed")}</th>
                  <th scope="col">{t("apiTokens.list.status")}</th>
                  {data.isOwner ? (
                    <th scope="col">
                      <span className="visually-hidden">{t("apiTokens.list.actions")}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.tokens.map((token) => (
                  <tr key={token.id}>
                    <td data-label={t("apiTokens.list.name")}>{token.name}</td>
                    <td data-label={t("apiTokens.list.prefix")}>
                      <code dir="ltr">{token.prefix}…</code>
                    </td>
                    <td data-label={t("apiTokens.list.created")}>{token.created}</td>
                    <td data-label={t("apiTokens.list.lastUsed")}>{token.lastUsed ?? <span className="muted">{t("apiTokens.list.never")}</span>}</td>
                    <td data-label={t("apiTokens.list.status")}>
                      {token.revoked ? (
                        <span className="badge badge-rejected">{t("apiTokens.list.revokedAt", { when: token.revoked })}</span>
                      ) : (
                        <span className="badge badge-verified">{t("apiTokens.list.active")}</span>
                      )}
                    </td>
                    {data.isOwner ? (
                      <td>
                        {token.revoked ? null : (
                          <Form method="post">
                            <input type="hidden" name="intent" value="revoke" />
                            <input type="hidden" name="id" value={token.id} />
                            <button type="submit" className="button-small button-danger" disabled={busy}>
                              {t("apiTokens.list.revoke", { name: token.name })}
                            </button>
                          </Form>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t("apiTokens.list.empty")}</p>
        )}
      </section>

      {data.isOwner ? (
        <section className="panel" aria-labelledby="create-title">
          <h2 id="create-title">{t("apiTokens.create.title")}</h2>
          <p>{t("apiTokens.create.lead")}</p>
          {/* A new key after each created token empties the form for the next one. */}
          <Form method="post" className="stack" noValidate key={created?.token ?? "create"}>
            <input type="hidden" name="intent" value="create" />
            <ErrorSummary errors={createErrors} />
            <TextField
              name="name"
              label={t("apiTokens.create.name")}
              hint={t("apiTokens.create.nameHint")}
              required
              maxLength={80}
              defaultValue={answer?.intent === "create" && "errors" in answer ? answer.name : undefined}
              errors={createErrors.fields.name}
            />
            <button type="submit" className="button" disabled={busy}>
              {t("apiTokens.create.submit")}
            </button>
          </Form>
        </section>
      ) : (
        <p className="muted">{t("apiTokens.ownerOnly")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
