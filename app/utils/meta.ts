import { isRouteErrorResponse, type MetaDescriptor } from "@remix-run/react";
import { lookup, type LocaleResources } from "../i18n";

interface MetaArgs {
  matches: readonly ({ id: string; data: unknown } | undefined)[];
  error?: unknown;
}

function errorTitleKey(error: unknown): string {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 403) return "error.forbidden.title";
  if (status === 404) return "error.notFound.title";
  return status < 500 ? "error.request.title" : "error.server.title";
}

/**
 * The page title in the user's language. Meta functions cannot use hooks, so the message comes from
 * the resources the root loader already sent; an error page gets its error's title instead.
 */
export function pageMeta({ matches, error }: MetaArgs, titleKey: string, titleText?: string | null): MetaDescriptor[] {
  const root = matches.find((match) => match?.id === "root")?.data as { resources?: LocaleResources; formRejected?: boolean } | undefined;
  const site = lookup(root?.resources, "app.name") ?? "Caravan";
  // A page about one thing (a listing, a request) is titled with its name when it has one.
  const title = error ? lookup(root?.resources, errorTitleKey(error)) : (titleText ?? lookup(root?.resources, titleKey));
  const full = title ? `${title} · ${site}` : site;
  return [{ title: root?.formRejected ? errorTitle(full, root.resources) : full }];
}

/** GOV.UK's error summary pattern: a page answering a form with errors says so first in its title. */
export function errorTitle(title: string, resources: LocaleResources | undefined): string {
  const prefix = lookup(resources, "errorSummary.titlePrefix") ?? "Error:";
  return title.startsWith(prefix) ? title : `${prefix} ${title}`;
}

/**
 * `<link rel="alternate" hreflang>` for a public page: the same address in each language Caravan
 * offers (?lng= picks it), and x-default without one, so search engines send each reader to theirs.
 */
export function languageAlternates({ matches, location }: MetaArgs & { location: { pathname: string; search: string } }): MetaDescriptor[] {
  const root = matches.find((match) => match?.id === "root")?.data as { languages?: { code: string }[] } | undefined;
  const href = (lng: string | null) => {
    const params = new URLSearchParams(location.search);
    if (lng) params.set("lng", lng);
    else params.delete("lng");
    const query = params.toString();
    return query ? `${location.pathname}?${query}` : location.pathname;
  };
  return [
    ...(root?.languages ?? []).map(({ code }) => ({ tagName: "link", rel: "alternate", hrefLang: code, href: href(code) })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: href(null) },
  ];
}
