import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isAvailableLocale, localeCookie } from "../locale.server";
import { safeRedirect, textOf } from "../utils/forms";

/** The language switcher posts here; it works as a plain HTML form, so without JavaScript too. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = textOf(form, "lng");
  const back = withoutLanguageParameter(safeRedirect(textOf(form, "redirectTo")));
  if (!isAvailableLocale(locale)) return redirect(back);
  return redirect(back, { headers: { "Set-Cookie": localeCookie(locale, request) } });
}

/** The same page, minus a ?lng= that would otherwise override the choice just made. */
function withoutLanguageParameter(path: string): string {
  const url = new URL(path, "http://caravan.invalid");
  url.searchParams.delete("lng");
  return url.pathname + url.search + url.hash;
}

export function loader() {
  return redirect("/");
}
