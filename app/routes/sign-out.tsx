import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { api } from "../graphql.server";
import { SIGN_OUT } from "../operations/identity";

/** Signing out is a POST (a form in the header), so a link or an image on another site cannot do it. */
export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  await gql.query(SIGN_OUT);
  return gql.redirect("/");
}

export function loader() {
  return redirect("/");
}
