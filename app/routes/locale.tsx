import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isAvailableLocale, localeCookie } from "../locale.server";
import { safeRedirect, textOf } from "../utils/forms";

/** The language switcher posts here; it works as a plain HTML form, so without JavaScript too. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = textOf(form, "lng");
  const back = safeRedirect(textOf(form, "redirectTo"));
  if (!isAvailableLocale(locale)) return redirect(back);
  return redirect(back, { headers: { "Set-Cookie": localeCookie(locale, request) } });
}

export function loader() {
  return redirect("/");
}
