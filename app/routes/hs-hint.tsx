import { json, type LoaderFunctionArgs } from "@remix-run/node";
import type { HsCodeHintQuery } from "../__generated__/operations";
import { api } from "../graphql.server";
import { HS_CODE } from "../operations/sourcing";
import { formatHsCode } from "../utils/hs";

export interface HsHint {
  code: string;
  description: string;
}

/**
 * A resource route for the HS code field: the description of the chapter, heading or subheading
 * typed so far, in the viewer's language, or null while it names none.
 */
export async function loader(args: LoaderFunctionArgs) {
  const code = (new URL(args.request.url).searchParams.get("code") ?? "").replace(/[\s.]/g, "");
  if (!/^\d{2,10}$/.test(code)) return json<{ hint: HsHint | null }>({ hint: null });
  const answer = await api(args).attempt<HsCodeHintQuery>(HS_CODE, { code }, ["BAD_USER_INPUT"]);
  const found = answer.data?.hsCode;
  return json<{ hint: HsHint | null }>(
    { hint: found ? { code: formatHsCode(found.code), description: found.description } : null },
    { headers: { "Cache-Control": "private, max-age=3600" } },
  );
}
