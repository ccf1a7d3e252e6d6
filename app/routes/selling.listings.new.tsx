import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CreateListingMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ListingForm } from "../components/listing-form";
import { SectionNav } from "../components/section-nav";
import { api } from "../graphql.server";
import { answerListingForm, listingFormOptions, type ListingFormAnswer } from "../listing-form.server";
import { CREATE_LISTING } from "../operations/listings";
import { sortErrors } from "../utils/forms";
import { emptyListingValues, listingFieldPaths } from "../utils/listing-form";
import { pageMeta } from "../utils/meta";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "listingForm.newTitle");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await sellerPreferences(gql);
  const options = await listingFormOptions(gql);
  return json({
    options,
    values: emptyListingValues({ originCountry: prefs.organisation?.country ?? "", currency: prefs.currency }),
  });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const answer = await answerListingForm(
    gql,
    form,
    "create",
    async (input) => (await gql.mutate<CreateListingMutation>(CREATE_LISTING, { input })).createListing,
    (listing) => gql.redirect(`/selling/listings/${listing.id}/edit?created=1`),
  );
  return answer ?? json(null, 400);
}

export default function NewListing() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as ListingFormAnswer | null | undefined;
  const busy = useNavigation().state === "submitting";
  const values = answer?.values ?? data.values;
  return (
    <div className="page">
      <SectionNav section="selling" />
      <h1>{t("listingForm.newTitle")}</h1>
      <p className="lead">{t("listingForm.newLead")}</p>
      <ListingForm
        values={values}
        errors={sortErrors(answer?.errors, listingFieldPaths(values))}
        options={data.options}
        submitLabel={t("listingForm.create")}
        busy={busy}
        version={answer?.version ?? "initial"}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
